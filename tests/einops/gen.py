#!/usr/bin/env python3
"""Generate ndview's einops differential suite for `nd!(x.rearrange(...))`.

Random einops `rearrange` patterns (axis names, groups on either side,
`1` and `()`, `...`) with their sizes, run through einops on NumPy
`arange` arrays; the result's shape, strides (in elements) and elements
in C order become assertions on the `nd!` spelling of the same call.

Writes, from the repository root:
  tests/einops_diff.rs   static cases (static shapes, literal sizes) and
                         run-time cases (`Dyn` dims, sizes written `{k(..)}`)

Usage:
  python3 tests/einops/gen.py [--seed N]

Only patterns whose einops result is a *view* of the input enter the suite
(`np.shares_memory`): a pattern that einops can only answer with a copy must
not compile as a view (tests/ui/rearrange_*copy*.rs hold such cases). Every
view einops finds is in the suite: ndview's layouts decide reshapes exactly
as NumPy's `reshape(..., copy=False)` does, so merges after a transpose or
on a strided source compile when NumPy can view them.

The output is a pure function of SEED and the pinned NumPy and einops
versions; another version refuses to run unless --any-version is given.
"""

import os
import random
import subprocess
import sys

import einops
import numpy as np

PINNED_NUMPY = "2.4.6"
PINNED_EINOPS = "0.8.2"
SEED = 20260114
N_STATIC = 140
N_RUNTIME = 70
CASES_PER_FUNC = 10
NAMES = "abcdefghijklmn"

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Case:
    """One rearrange call: the pattern, its sizes, the source and its slicing."""

    def __init__(self, left, right, sizes, given, ellipsis_dims=None):
        self.left = left  # list of entries: name, [names] (group), "1", "()", "..."
        self.right = right
        self.sizes = sizes  # every name's size
        self.given = given  # names whose size the call gives
        self.ellipsis_dims = ellipsis_dims or []
        self.slicing = None  # (numpy index, nd! index) applied to the source first

    def side_text(self, side):
        out = []
        for e in side:
            if isinstance(e, list):
                out.append("(" + " ".join(e) + ")")
            else:
                out.append(e)
        return " ".join(out)

    def pattern(self):
        return self.side_text(self.left) + " -> " + self.side_text(self.right)

    def source_shape(self):
        shape = []
        for e in self.left:
            if e == "...":
                shape.extend(self.ellipsis_dims)
            elif e in ("1", "()"):
                shape.append(1)
            elif isinstance(e, list):
                shape.append(int(np.prod([self.sizes[n] for n in e if n != "1"])))
            else:
                shape.append(self.sizes[e])
        return shape


def names_of(side):
    out = []
    for e in side:
        if isinstance(e, list):
            out.extend(n for n in e if n != "1")
        elif e not in ("1", "()", "..."):
            out.append(e)
    return out


def random_case(rng, ellipsis):
    n_axes = rng.randint(1, 4)
    pool = list(NAMES)
    rng.shuffle(pool)
    left, sizes, given = [], {}, set()
    for _ in range(n_axes):
        roll = rng.random()
        if not ellipsis and roll < 0.35:
            group = [pool.pop() for _ in range(rng.choice([2, 2, 3]))]
            for n in group:
                sizes[n] = rng.randint(1, 4)
            unknown = rng.choice(group + [None])  # None: every size given
            given.update(n for n in group if n != unknown)
            if rng.random() < 0.1:
                group.insert(rng.randint(0, len(group)), "1")
            left.append(group)
        elif roll < 0.45:
            left.append(rng.choice(["1", "()"]))
        else:
            n = pool.pop()
            sizes[n] = rng.randint(1, 5)
            if rng.random() < 0.1 and not ellipsis:
                given.add(n)
            left.append(n)
    if not names_of(left):
        n = pool.pop()
        sizes[n] = rng.randint(2, 5)
        left.append(n)
    ellipsis_dims = []
    if ellipsis:
        left.insert(rng.randint(0, len(left)), "...")
        ellipsis_dims = [rng.randint(1, 4) for _ in range(rng.randint(0, 2))]
    names = names_of(left)
    order = names[:]
    rng.shuffle(order)
    right = []
    i = 0
    while i < len(order):
        if ellipsis:
            right.append(order[i])
            i += 1
        else:
            k = rng.choice([1, 1, 1, 2, 2, 3])
            chunk = order[i : i + k]
            right.append(chunk if len(chunk) > 1 else chunk[0])
            i += k
        if rng.random() < 0.12:
            right.append(rng.choice(["1", "()"]))
    if ellipsis:
        right.insert(rng.randint(0, len(right)), "...")
    return Case(left, right, sizes, given, ellipsis_dims)


def einops_result(case, x):
    kwargs = {n: case.sizes[n] for n in sorted(case.given)}
    return einops.rearrange(x, case.pattern(), **kwargs)


def lowering(case):
    """What the macro lowers a pattern without `...` to: (split, perm, merge)."""
    split = any(isinstance(e, list) or e in ("1", "()") for e in case.left)
    left_names = names_of(case.left)
    right_names = names_of(case.right)
    perm = [left_names.index(n) for n in right_names]
    merge = any(isinstance(e, list) or e in ("1", "()") for e in case.right)
    return split, perm, merge


def ndview_accepts(case, strided_source, runtime):
    """Whether today's layout types prove the lowered reshapes views: a
    merge needs a C layout (an `Array`, not permuted) or to merge only
    length-1 axes (with static sizes)."""
    if "..." in case.left:
        return True
    split, perm, merge = lowering(case)
    c_layout = not strided_source and perm == sorted(perm)
    if not merge or c_layout:
        return True
    if runtime:
        return False
    for e in case.right:
        if isinstance(e, list) and sum(1 for n in e if n != "1" and case.sizes[n] != 1) > 1:
            return False
    return True


SLICINGS = [
    ("[::-1]", "[::-1]"),
    ("[1:]", "[1:]"),
    ("[::2]", "[::2]"),
]


def rust_list(values):
    return "&[" + ", ".join(str(int(v)) for v in values) + "]"


def rust_case(case, src_name, runtime, strided_index):
    args = ['"%s"' % case.pattern()]
    for n in sorted(case.given):
        v = case.sizes[n]
        args.append("%s = %s" % (n, "{k(%d)}" % v if runtime else str(v)))
    index = strided_index or ""
    return "nd!(%s%s.rearrange(%s))" % (src_name, index, ", ".join(args))


def generate(rng, runtime, count, known_layout, skipped):
    cases = []
    tries = 0
    while len(cases) < count and tries < count * 200:
        tries += 1
        case = random_case(rng, ellipsis=rng.random() < 0.3)
        shape = case.source_shape()
        if int(np.prod(shape)) > 400 or len(shape) > 6:
            continue
        x = np.arange(int(np.prod(shape)), dtype=np.int64).reshape(shape)
        slicing = None
        if not runtime and rng.random() < 0.25 and len(shape) > 0 and shape[0] > 1:
            slicing = rng.choice(SLICINGS)
            src = eval("x" + slicing[0])
            # the pattern must fit the sliced source: re-derive the first axis
            first = case.left[0]
            if first == "..." or isinstance(first, list) or first in ("1", "()"):
                continue
            case.sizes[first] = src.shape[0]
            if first in case.given:
                continue
        else:
            src = x
        try:
            y = einops_result(case, src)
        except einops.EinopsError as e:
            raise SystemExit("einops refused %r: %s" % (case.pattern(), e))
        if y.size > 0 and not np.shares_memory(y, x):
            skipped["copy"] += 1
            continue
        if y.ndim > 8:
            continue
        if not ndview_accepts(case, slicing is not None, runtime):
            if not known_layout:
                skipped["layout"] += 1
                continue
        case.slicing = slicing
        cases.append((case, shape, y))
    return cases


def emit(cases, runtime, out):
    kind = "runtime" if runtime else "static"
    for f in range(0, len(cases), CASES_PER_FUNC):
        out.append("#[test]")
        out.append("fn %s_rearrange_%02d() {" % (kind, f // CASES_PER_FUNC))
        for j, (case, shape, y) in enumerate(cases[f : f + CASES_PER_FUNC]):
            name = "x%d" % j
            dims = ", ".join(str(d) for d in shape)
            n = int(np.prod(shape))
            if runtime:
                dyn = ", ".join("Dyn" for _ in shape)
                out.append(
                    "    let %s = Array::<i64, shape![%s]>::from_shape_vec([%s], (0..%d).collect()).unwrap();"
                    % (name, dyn, dims, n)
                )
            else:
                out.append("    let %s = Array::<i64, shape![%s]>::arange();" % (name, dims))
            index = case.slicing[1] if case.slicing else None
            kwargs = ", ".join("%s=%d" % (n, case.sizes[n]) for n in sorted(case.given))
            src = "x%s" % (case.slicing[0] if case.slicing else "")
            out.append(
                "    // einops.rearrange(%s, '%s'%s) on np.arange(%d).reshape(%s)"
                % (src, case.pattern(), ", " + kwargs if kwargs else "", n, tuple(shape))
            )
            strides = [s // 8 for s in y.strides]
            out.append(
                "    check(&%s, %s, %s, %s);"
                % (
                    rust_case(case, name, runtime, index),
                    rust_list(y.shape),
                    rust_list(strides),
                    rust_list(y.ravel().tolist()),
                )
            )
        out.append("}")
        out.append("")


HEADER = """//! The einops differential suite: random `rearrange` patterns (names,
//! groups on both sides, `1` and `()`, `...`) with their sizes, each
//! asserted against what einops %(einops)s on NumPy %(numpy)s answered for
//! the same call on the same `arange` array: shape, strides in elements (on
//! axes of length > 1 of non-empty results), and the elements in C order.
//! Every case is a view of the input in einops too (`np.shares_memory`).
//!
//! GENERATED by `python3 tests/einops/gen.py` (seed %(seed)d); do not edit by
//! hand.
//!
//! `static_rearrange_*`: static shapes and literal sizes (some on sliced,
//! strided sources), so the lowering's type-level shapes are checked by the
//! debug assertions of every view. `runtime_rearrange_*`: `Dyn` sources
//! and sizes written `{k(..)}`, checked at run time.
//!
//! %(static)d static cases, %(runtime)d run-time cases; the generator left out %(copy)d
//! patterns einops answers with a copy and %(layout)d views that today's
//! layout types cannot prove (merges after a transpose or on a strided source).

use ndview::prelude::*;
use ndview::{Layout, Shape};

/// A run-time value the compiler cannot see through.
fn k(x: isize) -> isize {
    std::hint::black_box(x)
}

/// The result of an `nd!` rearrange agrees with einops'.
#[track_caller]
fn check<S: Shape, L: Layout>(v: &View<'_, i64, S, L>, shape: &[usize], strides: &[isize], elems: &[i64]) {
    assert_eq!(v.shape(), shape, "shape");
    let nonempty = !shape.contains(&0);
    for (k, (got, want)) in v.strides().iter().zip(strides).enumerate() {
        if nonempty && shape[k] > 1 {
            assert_eq!(got, want, "stride of axis {k}: {:?} vs einops {:?}", v.strides(), strides);
        }
    }
    assert_eq!(v.to_vec(), elems, "elements");
}

"""


def main():
    any_version = "--any-version" in sys.argv
    if (np.__version__, einops.__version__) != (PINNED_NUMPY, PINNED_EINOPS) and not any_version:
        sys.exit(
            "gen.py: NumPy %s and einops %s are pinned, found %s and %s (pass --any-version to override)"
            % (PINNED_NUMPY, PINNED_EINOPS, np.__version__, einops.__version__)
        )
    seed = SEED
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    known_layout = True  # layouts decide merges exactly as NumPy does
    rng = random.Random(seed)
    skipped = {"copy": 0, "layout": 0}
    static = generate(rng, False, N_STATIC, known_layout, skipped)
    runtime = generate(rng, True, N_RUNTIME, known_layout, skipped)
    out = [
        HEADER
        % dict(
            einops=einops.__version__,
            numpy=np.__version__,
            seed=seed,
            static=len(static),
            runtime=len(runtime),
            copy=skipped["copy"],
            layout=skipped["layout"],
        )
    ]
    emit(static, False, out)
    emit(runtime, True, out)
    path = os.path.join(ROOT, "tests", "einops_diff.rs")
    with open(path, "w") as f:
        f.write("\n".join(out))
    subprocess.run(["rustfmt", "--edition", "2021", path], check=True)
    print("wrote %s: %d static, %d run-time cases; skipped %s" % (path, len(static), len(runtime), skipped))


if __name__ == "__main__":
    main()
