#!/usr/bin/env python3
"""Measure what `nd!` adds to `cargo check`.

Writes a scratch crate (default: target/compile-time/) that depends on ndview
by path, with N `nd!` expressions over realistic static shapes (dims up to
4096, e.g. 1080x1920x3), and a baseline crate that declares the same arrays
with no `nd!`. Runs `cargo check` on both with CARGO_INCREMENTAL=0 (a bare
`touch` would reuse the incremental cache), a few times each, after warming
the dependency build, and prints the medians and the difference.

    python3 scripts/compile_time.py [--exprs 200] [--runs 3]
    python3 scripts/compile_time.py --callgrind   # instructions, not seconds

Wall time on a shared VM moves by +-25 % between runs; `--callgrind` runs
rustc's check of each crate once under `valgrind --tool=callgrind` and
reports the instructions executed, which repeat exactly: use it to compare
two versions of the macro.
"""
import argparse, os, random, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SHAPES = [
    (1080, 1920, 3), (4096, 4096), (256, 512, 384), (3, 224, 224), (32, 3, 32, 32),
    (720, 1280), (2048,), (16, 16, 16), (64, 64), (480, 640, 4),
]

def slice_item(n, rng):
    kind = rng.randrange(7)
    if kind == 0:
        return ":"
    if kind == 1:
        return f"{rng.randrange(n)}:"
    if kind == 2:
        return f":{rng.randrange(1, n + 1)}"
    if kind == 3:
        return f"::{rng.choice([2, 3, 4, -1, -2])}"
    if kind == 4:
        a = rng.randrange(n)
        return f"{a}:{rng.randrange(a, n + 1)}"
    if kind == 5:
        return f"-{rng.randrange(1, n + 1)}:"
    return f"{rng.randrange(n)}"

ONLY_KIND = None
CPU = False

def expr(i, shape, rng):
    name = f"a{SHAPES.index(shape)}"
    r = len(shape)
    kind = i % 8 if ONLY_KIND is None else ONLY_KIND
    if kind == 0:
        items = ", ".join(slice_item(n, rng) for n in shape)
        return f"nd!({name}[{items}])"
    if kind == 1:
        idx = ", ".join(str(rng.randrange(n)) for n in shape)
        return f"nd!({name}[{idx}])"
    if kind == 2:
        total = 1
        for n in shape:
            total *= n
        # a divisor split
        d = rng.choice([k for k in (2, 3, 4, 8, 16, 64) if total % k == 0] or [1])
        return f"nd!({name}.reshape({d}, -1))"
    if kind == 3:
        perm = list(range(r)); rng.shuffle(perm)
        return f"nd!({name}.transpose({', '.join(map(str, perm))}))"
    if kind == 4:
        return f"nd!({name}.T)"
    if kind == 5:
        # a step-1 slice of the first axis keeps the view C-contiguous
        return f"nd!({name}[{rng.randrange(shape[0])}:].ravel())"
    if kind == 6:
        return f"nd!({name}[..., None].swapaxes(0, -1))"
    total = 1
    for n in shape:
        total *= n
    return f"nd!({name}.reshape({total}))"

def write_crate(path, n_exprs, with_nd, seed=1):
    rng = random.Random(seed)
    os.makedirs(os.path.join(path, "src"), exist_ok=True)
    with open(os.path.join(path, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "ct-{os.path.basename(path)}"\nversion = "0.0.0"\nedition = "2021"\n\n'
                f'[dependencies]\nndview = {{ path = "{ROOT}" }}\n\n[workspace]\n')
    lines = ["#![allow(unused)]", "use ndview::prelude::*;", "", "pub fn run() {"]
    for k, s in enumerate(SHAPES):
        dims = ", ".join(map(str, s))
        lines.append(f"    let a{k}: &Array<u8, shape![{dims}]> = unimplemented_source();")
    for i in range(n_exprs):
        shape = SHAPES[i % len(SHAPES)]
        e = expr(i, shape, rng)
        lines.append(f"    let _e{i} = {e};" if with_nd else f"    let _e{i} = 0;")
    lines.append("}")
    lines.append("fn unimplemented_source<T>() -> &'static T { panic!(\"compile-time fixture\") }")
    with open(os.path.join(path, "src", "lib.rs"), "w") as f:
        f.write("\n".join(lines) + "\n")

def check(path, target):
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=target)
    # Force the local crate to recompile, keep dependencies cached.
    subprocess.run(["cargo", "clean", "-p", f"ct-{os.path.basename(path)}", "-q"], cwd=path, env=env, check=False)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(["cargo", "check", "-q"], cwd=path, env=env, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.stderr.write(r.stderr[-4000:])
        sys.exit(f"cargo check failed in {path}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return dt if not CPU else cpu

def instructions(path, target):
    """Instructions rustc executes checking the crate at `path` (callgrind)."""
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=target)
    name = "ct-" + os.path.basename(path)
    subprocess.run(["cargo", "clean", "-p", name, "-q"], cwd=path, env=env, check=False)
    r = subprocess.run(["cargo", "check", "-v"], cwd=path, env=env, capture_output=True, text=True)
    crate = name.replace("-", "_")
    cmd = next(l for l in r.stderr.splitlines() if "Running `" in l and f"--crate-name {crate} " in l)
    cmd = cmd.split("Running `", 1)[1].rsplit("`", 1)[0]
    # cargo printed the command for a shell; the check already ran, so clean again
    subprocess.run(["cargo", "clean", "-p", name, "-q"], cwd=path, env=env, check=False)
    out = subprocess.run(
        f"valgrind --tool=callgrind --callgrind-out-file=/dev/null {cmd}",
        shell=True, cwd=path, env=env, capture_output=True, text=True,
    )
    for line in out.stderr.splitlines():
        if "refs:" in line:
            return int(line.split("refs:")[1].strip().replace(",", ""))
    sys.exit(f"no callgrind total for {path}:\n{out.stderr[-2000:]}")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exprs", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default=os.path.join(ROOT, "target", "compile-time"))
    ap.add_argument("--cpu", action="store_true", help="report CPU time (user+sys) instead of wall time; steadier on a busy machine")
    ap.add_argument("--callgrind", action="store_true", help="count rustc's instructions instead of timing")
    ap.add_argument("--kind", type=int, default=None, help="only one kind of expression (0-7), for profiling")
    a = ap.parse_args()
    global ONLY_KIND, CPU
    ONLY_KIND = a.kind
    CPU = a.cpu
    base, nd = os.path.join(a.dir, "baseline"), os.path.join(a.dir, "with_nd")
    write_crate(base, a.exprs, False)
    write_crate(nd, a.exprs, True)
    target = os.path.join(a.dir, "target")
    check(base, target); check(nd, target)  # warm dependencies
    if a.callgrind:
        ib, inn = instructions(base, target), instructions(nd, target)
        print(f"rustc instructions (callgrind), {a.exprs} nd! expressions over {len(SHAPES)} static shapes")
        print(f"baseline: {ib / 1e9:.3f} G   with nd!: {inn / 1e9:.3f} G   added: {(inn - ib) / 1e9:.3f} G "
              f"({(inn - ib) / a.exprs / 1e6:.1f} M per expression)")
        return
    tb = [check(base, target) for _ in range(a.runs)]
    tn = [check(nd, target) for _ in range(a.runs)]
    mb, mn = statistics.median(tb), statistics.median(tn)
    what = "CPU time (user+sys)" if a.cpu else "wall time"
    print(f"cargo check, CARGO_INCREMENTAL=0, {a.exprs} nd! expressions over {len(SHAPES)} static shapes, {what}")
    print(f"baseline (arrays only): median {mb:.2f} s  runs {[round(x, 2) for x in tb]}")
    print(f"with nd!:               median {mn:.2f} s  runs {[round(x, 2) for x in tn]}")
    print(f"added by nd!:           {mn - mb:.2f} s ({(mn - mb) / a.exprs * 1000:.1f} ms per expression)")

if __name__ == "__main__":
    main()
