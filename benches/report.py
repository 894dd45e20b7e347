#!/usr/bin/env python3
"""Print the medians of the last `cargo bench` run as the Markdown tables of
BENCHMARKS.md, with each row's ratio to its group's baseline.

Usage: python3 report.py [criterion-dir]
(default: $CARGO_TARGET_DIR/criterion, else target/criterion)
"""

import json
import os
import sys
from pathlib import Path

# A group's baseline row: the id that starts with this prefix. In
# `view_creation` each ndview row is compared with its ndarray twin instead.
BASELINES = {
    "permuted_copy_f32_256x512x384": "memcpy",
    "transpose_copy_f64_4096x4096": "memcpy",
    "sum_f32_256x512x384": "slice",
    "take_vs_slice_i64_1000": "view",
}


def fmt(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.1f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.2f} ns"


def main():
    default = Path(os.environ.get("CARGO_TARGET_DIR", "target")) / "criterion"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    groups = {}
    for bench in sorted(root.glob("**/new/benchmark.json")):
        meta = json.loads(bench.read_text())
        estimates = json.loads((bench.parent / "estimates.json").read_text())
        median = estimates["median"]["point_estimate"]
        groups.setdefault(meta["group_id"], []).append(
            (meta["function_id"], meta["value_str"], median)
        )
    for group, rows in groups.items():
        print(f"\n### {group}\n")
        if group == "view_creation":
            print("| operation | ndview | ndarray | ndview / ndarray |")
            print("|---|---:|---:|---:|")
            by_op = {}
            for function, lib, median in rows:
                by_op.setdefault(function, {})[lib] = median
            for op, libs in by_op.items():
                ours, theirs = libs.get("ndview"), libs.get("ndarray")
                print(f"| `{op}` | {fmt(ours)} | {fmt(theirs)} | {ours / theirs:.2f}x |")
            continue
        prefix = BASELINES.get(group)
        base = next((m for f, _, m in rows if prefix and f.startswith(prefix)), rows[0][2])
        print("| row | median | ratio |")
        print("|---|---:|---:|")
        for function, _, median in rows:
            print(f"| {function} | {fmt(median)} | {median / base:.2f}x |")


if __name__ == "__main__":
    main()
