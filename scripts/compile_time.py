#!/usr/bin/env python3
"""Measure what `nd!` adds to `cargo check`.

Writes a scratch crate (default: target/compile-time/) that depends on ndview
by path, with N `nd!` expressions, and a baseline crate that declares the same
arrays with no `nd!`. Runs `cargo check` on both with CARGO_INCREMENTAL=0 (a
bare `touch` would reuse the incremental cache), a few times each, after
warming the dependency build, and prints the medians and the difference.

Two mixes of expressions (seeded, so every run writes the same crate):

- `--mix distinct` (default, issue 12): many distinct shapes, as in a real
  crate. 60 % of the expressions use one of ten common shapes
  (`COMMON_SHAPES`), 40 % a fresh random shape of rank 2 to 4 with dims up
  to 4096; every distinct shape is declared as its own array. A quarter each
  of: a reshape into a random 2- or 3-factor split of the element count, a
  random permutation, `[1:, ::2]`, and `reshape(n).reshape(shape)[..., ::-1]`.
- `--mix simple`: the earlier mix, eight kinds of expression over ten shapes
  declared once (rustc caches trait results per type, so it is much cheaper).

`--solver stable` runs `cargo check`; `--solver next` runs `cargo +nightly
check` with `RUSTFLAGS=-Znext-solver=globally` (own target directory, since
the flags differ); `--solver both` (default when `cargo +nightly` exists)
reports both.

    python3 scripts/compile_time.py [--exprs 200] [--runs 3] [--solver both]
    python3 scripts/compile_time.py --callgrind   # instructions, not seconds

Wall time on a shared VM moves by +-25 % between runs; `--callgrind` runs
rustc's check of each crate once under `valgrind --tool=callgrind` and
reports the instructions executed, which repeat exactly: use it to compare
two versions of the macro.
"""
import argparse, os, random, resource, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SHAPES = [
    (1080, 1920, 3), (4096, 4096), (256, 512, 384), (3, 224, 224), (32, 3, 32, 32),
    (720, 1280), (2048,), (16, 16, 16), (64, 64), (480, 640, 4),
]

# The distinct-shape mix's common shapes (images, batches, attention heads).
COMMON_SHAPES = [
    (1080, 1920, 3), (64, 3, 224, 224), (4096, 4096), (2048, 12, 64), (3, 224, 224),
    (720, 1280), (256, 512, 384), (32, 3, 32, 32), (480, 640, 4), (8, 512, 768),
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

def expr(i, name, shape, rng):
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

def prime_factors(n):
    out, p = [], 2
    while p * p <= n:
        while n % p == 0:
            out.append(p); n //= p
        p += 1
    if n > 1:
        out.append(n)
    return out

def random_split(shape, rng):
    """A random 2- or 3-factor split of the element count (factors may be 1)."""
    primes = [p for n in shape for p in prime_factors(n)]
    parts = [1] * rng.choice([2, 3])
    for p in primes:
        parts[rng.randrange(len(parts))] *= p
    return parts

def distinct_expr(i, name, shape, rng):
    kind = i % 4 if ONLY_KIND is None else ONLY_KIND
    if kind == 0:
        return f"nd!({name}.reshape({', '.join(map(str, random_split(shape, rng)))}))"
    if kind == 1:
        perm = list(range(len(shape))); rng.shuffle(perm)
        return f"nd!({name}.transpose({', '.join(map(str, perm))}))"
    if kind == 2:
        return f"nd!({name}[1:, ::2])"
    total = 1
    for n in shape:
        total *= n
    return f"nd!({name}.reshape({total}).reshape({', '.join(map(str, shape))})[..., ::-1])"

def distinct_plan(n_exprs, rng):
    """(shape, expression kind index) per expression: 60 % common, 40 % fresh random shapes."""
    plan = []
    for i in range(n_exprs):
        if rng.random() < 0.6:
            shape = rng.choice(COMMON_SHAPES)
        else:
            shape = tuple(rng.randint(1, 4096) for _ in range(rng.randint(2, 4)))
        plan.append(shape)
    return plan

def write_crate(path, n_exprs, with_nd, mix, seed=1):
    rng = random.Random(seed)
    os.makedirs(os.path.join(path, "src"), exist_ok=True)
    with open(os.path.join(path, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "ct-{os.path.basename(path)}"\nversion = "0.0.0"\nedition = "2021"\n\n'
                f'[dependencies]\nndview = {{ path = "{ROOT}" }}\n\n[workspace]\n')
    if mix == "simple":
        shapes = [SHAPES[i % len(SHAPES)] for i in range(n_exprs)]
        declared = list(SHAPES)
        make = expr
    else:
        shapes = distinct_plan(n_exprs, rng)
        declared = list(dict.fromkeys(shapes))
        make = distinct_expr
    lines = ["#![allow(unused)]", "use ndview::prelude::*;", "", "pub fn run() {"]
    for k, s in enumerate(declared):
        dims = ", ".join(map(str, s))
        lines.append(f"    let a{k}: &Array<u8, shape![{dims}]> = unimplemented_source();")
    for i, shape in enumerate(shapes):
        e = make(i, f"a{declared.index(shape)}", shape, rng)
        lines.append(f"    let _e{i} = {e};" if with_nd else f"    let _e{i} = 0;")
    lines.append("}")
    lines.append("fn unimplemented_source<T>() -> &'static T { panic!(\"compile-time fixture\") }")
    with open(os.path.join(path, "src", "lib.rs"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return len(declared)

# How each solver runs: the cargo command, extra environment, and its own target directory.
SOLVERS = {
    "stable": (["cargo"], {}),
    "next": (["cargo", "+nightly"], {"RUSTFLAGS": "-Znext-solver=globally", "RUSTUP_TOOLCHAIN": "nightly"}),
}

def solver_env(solver, target):
    cargo, extra = SOLVERS[solver]
    return cargo, dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=os.path.join(target, solver), **extra)

def check(path, target, solver, fail_ok=False):
    cargo, env = solver_env(solver, target)
    # Force the local crate to recompile, keep dependencies cached.
    subprocess.run(cargo + ["clean", "-p", f"ct-{os.path.basename(path)}", "-q"], cwd=path, env=env, check=False)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cargo + ["check", "-q"], cwd=path, env=env, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        errors = [l for l in r.stderr.splitlines() if l.startswith("error")]
        if fail_ok:
            return None, errors
        sys.stderr.write(r.stderr[-4000:])
        sys.exit(f"cargo check ({solver} solver) failed in {path}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return (dt if not CPU else cpu), []

def instructions(path, target, solver):
    """Instructions rustc executes checking the crate at `path` (callgrind)."""
    cargo, env = solver_env(solver, target)
    name = "ct-" + os.path.basename(path)
    subprocess.run(cargo + ["clean", "-p", name, "-q"], cwd=path, env=env, check=False)
    r = subprocess.run(cargo + ["check", "-v"], cwd=path, env=env, capture_output=True, text=True)
    crate = name.replace("-", "_")
    cmd = next(l for l in r.stderr.splitlines() if "Running `" in l and f"--crate-name {crate} " in l)
    cmd = cmd.split("Running `", 1)[1].rsplit("`", 1)[0]
    # cargo printed the command for a shell; the check already ran, so clean again
    subprocess.run(cargo + ["clean", "-p", name, "-q"], cwd=path, env=env, check=False)
    # Run the toolchain's rustc itself, not rustup's proxy (callgrind does not follow the exec).
    rustc = subprocess.run(["rustup", "which", "rustc"], env=env, capture_output=True, text=True).stdout.strip()
    if rustc and cmd.startswith("rustc "):
        cmd = rustc + cmd[len("rustc"):]
    out = subprocess.run(
        f"valgrind --tool=callgrind --callgrind-out-file=/dev/null {cmd}",
        shell=True, cwd=path, env=env, capture_output=True, text=True,
    )
    for line in out.stderr.splitlines():
        if "refs:" in line:
            return int(line.split("refs:")[1].strip().replace(",", ""))
    sys.exit(f"no callgrind total for {path}:\n{out.stderr[-2000:]}")

def have_nightly():
    return shutil.which("cargo") is not None and subprocess.run(
        ["cargo", "+nightly", "--version"], capture_output=True).returncode == 0

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exprs", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default=os.path.join(ROOT, "target", "compile-time"))
    ap.add_argument("--mix", choices=["distinct", "simple"], default="distinct",
                    help="distinct: many distinct shapes (issue 12, default); simple: 10 shapes declared once")
    ap.add_argument("--solver", choices=["stable", "next", "both"], default=None,
                    help="stable cargo check, nightly with -Znext-solver=globally, or both (default: both when cargo +nightly exists)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cpu", action="store_true", help="report CPU time (user+sys) instead of wall time; steadier on a busy machine")
    ap.add_argument("--callgrind", action="store_true", help="count rustc's instructions instead of timing")
    ap.add_argument("--kind", type=int, default=None,
                    help="only one kind of expression (simple: 0-7; distinct: 0 split, 1 permute, 2 [1:, ::2], 3 reshape chain), for profiling")
    a = ap.parse_args()
    global ONLY_KIND, CPU
    ONLY_KIND = a.kind
    CPU = a.cpu
    solvers = {"stable": ["stable"], "next": ["next"], "both": ["stable", "next"]}[
        a.solver or ("both" if have_nightly() else "stable")]
    base, nd = os.path.join(a.dir, "baseline"), os.path.join(a.dir, "with_nd")
    write_crate(base, a.exprs, False, a.mix, a.seed)
    n_shapes = write_crate(nd, a.exprs, True, a.mix, a.seed)
    target = os.path.join(a.dir, "target")
    what_mix = f"{a.exprs} nd! expressions, mix {a.mix}, over {n_shapes} distinct static shapes (seed {a.seed})"
    for solver in solvers:
        label = "stable `cargo check`" if solver == "stable" else "next solver `cargo +nightly check`, -Znext-solver=globally"
        check(base, target, solver)
        _, errors = check(nd, target, solver, fail_ok=True)  # warm dependencies
        if errors:
            print(f"{label}: with nd! FAILS to compile: {len(errors) - 1 if errors[-1].startswith('error: could not') else len(errors)} errors")
            for e in list(dict.fromkeys(errors))[:8]:
                print(f"    {e[:200]}")
            continue
        if a.callgrind:
            ib, inn = instructions(base, target, solver), instructions(nd, target, solver)
            print(f"{label}: rustc instructions (callgrind), {what_mix}")
            print(f"baseline: {ib / 1e9:.3f} G   with nd!: {inn / 1e9:.3f} G   added: {(inn - ib) / 1e9:.3f} G "
                  f"({(inn - ib) / a.exprs / 1e6:.1f} M per expression)")
            continue
        tb = [check(base, target, solver)[0] for _ in range(a.runs)]
        tn = [check(nd, target, solver)[0] for _ in range(a.runs)]
        mb, mn = statistics.median(tb), statistics.median(tn)
        what = "CPU time (user+sys)" if a.cpu else "wall time"
        print(f"{label}, CARGO_INCREMENTAL=0, {what_mix}, {what}")
        print(f"baseline (arrays only): median {mb:.2f} s  runs {[round(x, 2) for x in tb]}")
        print(f"with nd!:               median {mn:.2f} s  runs {[round(x, 2) for x in tn]}")
        print(f"added by nd!:           {mn - mb:.2f} s ({(mn - mb) / a.exprs * 1000:.1f} ms per expression)")

if __name__ == "__main__":
    main()
