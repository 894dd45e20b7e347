#!/usr/bin/env python3
"""NumPy's figures for issue 11's copy benchmarks, next to criterion's medians.

    python3 numpy_ref.py --run     # cargo bench --bench copies, then NumPy, same session
    python3 numpy_ref.py           # NumPy now, with the medians of the last bench run

It times NumPy with the same clock as the Rust benches (CPU time of the
calling thread, so page faults count), median of 9 runs, right after the
criterion run, and prints:

- the "into existing memory" table: for each assign group, the
  `copy_from_slice` limit, ndview, ndarray (criterion medians) and NumPy's
  `np.copyto(out, view)`, with ndview / limit and ndarray / ndview;
- the "into a fresh array" table: every row of the fresh groups against
  NumPy's contiguous `x.copy()` of the same bytes (the issue's target,
  at most 1.3x) and against NumPy's own copy of the same view.

Needs `pip install numpy`.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

RUNS = 9
HERE = Path(__file__).resolve().parent


def cpu_median(f, runs=RUNS):
    f()  # warm up (first-touch of inputs, caches)
    times = []
    for _ in range(runs):
        t0 = time.thread_time_ns()
        r = f()
        times.append(time.thread_time_ns() - t0)
        del r
    return statistics.median(times)


def fmt(ns):
    if ns is None:
        return "-"
    if ns >= 1e6:
        return f"{ns / 1e6:.1f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


def medians(root):
    out = {}
    for bench in root.glob("**/new/benchmark.json"):
        meta = json.loads(bench.read_text())
        est = json.loads((bench.parent / "estimates.json").read_text())
        out.setdefault(meta["group_id"], {})[meta["function_id"]] = est["median"]["point_estimate"]
    return out


def numpy_assign():
    """np.copyto(out, view) for each assign group, out already touched."""
    res = {}
    dtypes = {"f32": np.float32, "f64": np.float64, "u8": np.uint8}
    for name, dt in dtypes.items():
        x = np.arange(256 * 512 * 384).astype(dt).reshape(256, 512, 384)
        cases = {
            "256x512x384_transpose201": x.transpose(2, 0, 1),
            "256x512x384_flip_axis1": x[:, ::-1],
            "256x512x384_step_2_1_3": x[::2, :, ::3],
        }
        for case, v in cases.items():
            out = np.ones(v.shape, dt)
            res[f"assign_{name}_{case}"] = cpu_median(lambda: np.copyto(out, v))
        del x, cases, out
        a = np.arange(4096 * 4096).astype(dt).reshape(4096, 4096)
        for case, v in {"4096x4096_T": a.T, "4096x4096_flip_axis1": a[:, ::-1]}.items():
            out = np.ones(v.shape, dt)
            res[f"assign_{name}_{case}"] = cpu_median(lambda: np.copyto(out, v))
        del a, out
    return res


def numpy_fresh():
    """NumPy's fresh copies of the fresh groups' bytes."""
    res = {}
    x = np.arange(256 * 512 * 384, dtype=np.float32).reshape(256, 512, 384)
    res["fresh_f32_256x512x384"] = {
        "x.copy()": cpu_median(lambda: x.copy()),
        "np.ascontiguousarray(x.transpose(2, 0, 1))": cpu_median(
            lambda: np.ascontiguousarray(x.transpose(2, 0, 1))
        ),
        "x[:, ::-1].copy()": cpu_median(lambda: x[:, ::-1].copy()),
        "np.concatenate((x[128:], x[:128]))": cpu_median(lambda: np.concatenate((x[128:], x[:128]))),
        "np.stack((x[:128], x[128:]))": cpu_median(lambda: np.stack((x[:128], x[128:]))),
    }
    del x
    a = np.arange(4096 * 4096, dtype=np.float64).reshape(4096, 4096)
    res["fresh_f64_4096x4096"] = {
        "a.copy()": cpu_median(lambda: a.copy()),
        "np.ascontiguousarray(a.T)": cpu_median(lambda: np.ascontiguousarray(a.T)),
    }
    return res


def main():
    if "--run" in sys.argv:
        subprocess.run(["cargo", "bench", "--bench", "copies"], cwd=HERE, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", HERE / "target"))
    crit = medians(target / "criterion")
    print(f"NumPy {np.__version__}; CPU time of the calling thread, median of {RUNS}")

    npa = numpy_assign()
    print("\n### Into existing memory (assign)\n")
    print("| case | limit | ndview | ndarray | NumPy copyto | ndview / limit | ndarray / ndview | NumPy / ndview |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for group in sorted(g for g in crit if g.startswith("assign_")):
        rows = crit[group]
        lim = next((m for f, m in rows.items() if f.startswith("limit")), None)
        ours = next((m for f, m in rows.items() if f.startswith("ndview")), None)
        theirs = next((m for f, m in rows.items() if f.startswith("ndarray")), None)
        npy = npa.get(group)
        ratio = lambda a, b: f"{a / b:.2f}x" if a and b else "-"
        print(
            f"| {group[len('assign_'):]} | {fmt(lim)} | {fmt(ours)} | {fmt(theirs)} | {fmt(npy)} "
            f"| {ratio(ours, lim)} | {ratio(theirs, ours)} | {ratio(npy, ours)} |"
        )

    npf = numpy_fresh()
    for group, np_rows in npf.items():
        rows = crit.get(group, {})
        base = next(v for k, v in np_rows.items() if k.endswith(".copy()") and "[" not in k)
        print(f"\n### {group}: into a fresh array (NumPy contiguous copy {fmt(base)})\n")
        print("| row | median | / NumPy contiguous copy | / copy_from_slice limit |")
        print("|---|---:|---:|---:|")
        lim = next((m for f, m in rows.items() if f.startswith("limit")), None)
        for f, m in rows.items():
            print(f"| {f} | {fmt(m)} | {m / base:.2f}x | {m / lim:.2f}x |" if lim else f"| {f} | {fmt(m)} | {m / base:.2f}x | - |")
        for f, m in np_rows.items():
            print(f"| NumPy: {f} | {fmt(m)} | {m / base:.2f}x | {m / lim:.2f}x |" if lim else f"| NumPy: {f} | {fmt(m)} | {m / base:.2f}x | - |")

    for group in sorted(g for g in crit if g.startswith("unchanged_")):
        print(f"\n### {group}\n")
        print("| row | median |")
        print("|---|---:|")
        for f, m in crit[group].items():
            print(f"| {f} | {fmt(m)} |")


if __name__ == "__main__":
    main()
