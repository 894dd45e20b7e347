#!/usr/bin/env python3
"""What one element count of a fresh shape costs `cargo check`.

Writes three scratch crates (under target/count-probe/) with 30 fresh rank-4
shapes, dims 1000-4096 (48-bit counts), and measures rustc's instructions
(callgrind, as `compile_time.py --callgrind`) for: the arrays alone, their
counts as typenum `ShapeSize`, and as decimal `ShapeCount`. BENCHMARKS.md,
"Element counts in decimal digits", quotes it.

    python3 scripts/count_probe.py [--shapes 30] [--solver stable]
"""
import argparse, os, random, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compile_time as ct  # noqa: E402

HEAD = """#![allow(unused)]
use ndview::prelude::*;
use ndview::__private as p;
fn src<T>() -> &'static T { panic!("compile-time fixture") }
fn size<S: p::ShapeSize, T>(_: &Array<T, S>) -> core::marker::PhantomData<S::Size> { core::marker::PhantomData }
fn count<S: p::ShapeCount + p::Shape, T>(_: &Array<T, S>) -> core::marker::PhantomData<S::Out> { core::marker::PhantomData }
"""


def crate(path, shapes, call):
    os.makedirs(os.path.join(path, "src"), exist_ok=True)
    with open(os.path.join(path, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "ct-{os.path.basename(path)}"\nversion = "0.0.0"\nedition = "2021"\n\n'
                f'[dependencies]\nndview = {{ path = "{ct.ROOT}" }}\n\n[workspace]\n')
    lines = [HEAD, "pub fn run() {"]
    for k, s in enumerate(shapes):
        lines.append(f"    let a{k}: &Array<u8, shape![{', '.join(map(str, s))}]> = src();")
        if call:
            lines.append(f"    let _ = {call}(a{k});")
    lines.append("}")
    with open(os.path.join(path, "src", "lib.rs"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shapes", type=int, default=30)
    ap.add_argument("--solver", choices=["stable", "next"], default="stable")
    a = ap.parse_args()
    rng = random.Random(5)
    shapes = [tuple(rng.randint(1000, 4096) for _ in range(4)) for _ in range(a.shapes)]
    root = os.path.join(ct.ROOT, "target", "count-probe")
    target = os.path.join(root, "target")
    results = {}
    for name, call in [("arrays", None), ("shapesize", "size"), ("shapecount", "count")]:
        path = os.path.join(root, name)
        crate(path, shapes, call)
        cargo, env = ct.solver_env(a.solver, target)
        subprocess.run(cargo + ["check", "-q"], cwd=path, env=env, check=True)
        results[name] = ct.instructions(path, target, a.solver)
    base = results["arrays"]
    print(f"{a.shapes} fresh rank-4 shapes, dims 1000-4096, {a.solver} solver, rustc instructions:")
    for name in ("shapesize", "shapecount"):
        added = results[name] - base
        print(f"  {name:10}: {added / 1e9:.3f} G added, {added / a.shapes / 1e6:.1f} M per count")


if __name__ == "__main__":
    main()
