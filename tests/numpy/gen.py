#!/usr/bin/env python3
"""Generate ndview's NumPy differential suite.

Random `arange` arrays (rank 0 to 6, dims 0 to 7) and random chains of the
view operations of SPEC run through NumPy; NumPy's shape, strides (in
elements), contiguity and elements in C order become assertions on the
`nd!` spelling of the same chain.

Writes, from the repository root:
  tests/numpy_diff.rs    static chains (literal numbers: shapes stay static)
                         and the same chains with `{expr}` run-time values
  tests/ui_numpy_copies/*.rs    chains NumPy can only answer with a copy: `nd!`
                         must refuse them at compile time

Usage (see CONFORMANCE.md):
  python3 tests/numpy/gen.py [--seed N]
  TRYBUILD=overwrite cargo test --test ui_numpy_copies   # refresh the .stderr snapshots

The output is a pure function of SEED and the NumPy version, which is pinned:
another version refuses to run unless --any-numpy is given.

The generator keeps a model of what ndview's *types* know (each dim static
or Dyn, and whether the layout is proven C-contiguous), mirroring
macros/src/expand/, so that every chain it writes compiles: reshape and
ravel only where the type allows them (a C layout, or a reshape that only
splits axes and adds or drops length-1 axes), squeeze(axis) only on axes
that can be 1.
"""

import copy
import os
import random
import re
import subprocess
import sys

import numpy as np

PINNED_NUMPY = "2.4.6"
SEED = 20250605
N_FUNCS = 26  # test functions per kind (static, run-time)
BASES_PER_FUNC = 4
CHAINS_PER_BASE = 5  # 26 * 4 * 5 = 520 static cases, and 520 run-time twins
MAX_ELEMS = 30000  # keep debug-build tests quick
LIST_LIMIT = 48  # results up to this size list every element

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The rank limit, read from the one place it is written (runtime/src/shape.rs).
MAX_RANK = int(
    re.search(
        r"pub const MAX_RANK: usize = (\d+);",
        open(os.path.join(ROOT, "runtime", "src", "shape.rs")).read(),
    ).group(1)
)


# ---------------------------------------------------------------------------
# Chains: abstract operations, rendered for NumPy and for nd!.
# ---------------------------------------------------------------------------


class Num:
    """A number of an index item: a literal, or `{k(v)}` in the run-time twin."""

    def __init__(self, value, expr=False):
        self.value = value
        self.expr = expr

    def rust(self):
        return "{k(%d)}" % self.value if self.expr else str(self.value)

    def py(self):
        return str(self.value)


class Item:
    """One index item: kind is 'int', 'slice', 'new' or 'ell'."""

    def __init__(self, kind, num=None, start=None, stop=None, step=None, spelling=None):
        self.kind = kind
        self.num = num
        self.start, self.stop, self.step = start, stop, step
        self.spelling = spelling  # 'range' (a..b) or 'newaxis' / 'None'

    def consumes(self):
        return self.kind in ("int", "slice")

    def numpy(self):
        if self.kind == "int":
            return self.num.value
        if self.kind == "slice":
            val = lambda n: None if n is None else n.value
            return slice(val(self.start), val(self.stop), val(self.step))
        if self.kind == "new":
            return None
        return Ellipsis

    def _parts(self, f):
        if self.spelling == "range":
            return "%s..%s" % ("" if self.start is None else f(self.start), "" if self.stop is None else f(self.stop))
        s = ("" if self.start is None else f(self.start)) + ":" + ("" if self.stop is None else f(self.stop))
        if self.step is not None:
            s += ":" + f(self.step)
        return s

    def rust(self):
        if self.kind == "int":
            return self.num.rust()
        if self.kind == "slice":
            return self._parts(Num.rust)
        if self.kind == "new":
            return self.spelling
        return "..."

    def py(self):
        if self.kind == "int":
            return self.num.py()
        if self.kind == "slice":
            s = ("" if self.start is None else self.start.py()) + ":" + ("" if self.stop is None else self.stop.py())
            if self.step is not None:
                s += ":" + self.step.py()
            return s
        if self.kind == "new":
            return "None"
        return "..."

    def numbers(self):
        if self.kind == "int":
            return [self.num]
        if self.kind == "slice":
            return [n for n in (self.start, self.stop, self.step) if n is not None]
        return []


class Op:
    """One postfix step: name in index, T, transpose, swapaxes, moveaxis,
    expand_dims, squeeze, flip, reshape, ravel."""

    def __init__(self, name, args=(), items=None):
        self.name = name
        self.args = list(args)
        self.items = items

    def rust(self):
        if self.name == "index":
            return "[" + ", ".join(i.rust() for i in self.items) + "]"
        if self.name == "T":
            return ".T"
        if self.name == "reshape":
            return ".reshape(%s)" % ", ".join(a.rust() if isinstance(a, Num) else str(a) for a in self.args)
        return ".%s(%s)" % (self.name, ", ".join(str(a) for a in self.args))

    def py(self, inner):
        """The NumPy expression applying this step to `inner`."""
        a = ", ".join(str(x.value if isinstance(x, Num) else x) for x in self.args)
        if self.name == "index":
            return "%s[%s]" % (inner, ", ".join(i.py() for i in self.items))
        if self.name == "T":
            return inner + ".T"
        if self.name in ("moveaxis", "expand_dims", "flip"):
            return "np.%s(%s, %s)" % (self.name, inner, a)
        return "%s.%s(%s)" % (inner, self.name, a)

    def apply(self, v):
        """Run the step in NumPy."""
        args = [x.value if isinstance(x, Num) else x for x in self.args]
        if self.name == "index":
            key = tuple(i.numpy() for i in self.items)
            if not any(i.kind == "ell" for i in self.items):
                key += (Ellipsis,)  # a full integer index gives a 0-d view, not a scalar
            return v[key]
        if self.name == "T":
            return v.T
        if self.name == "transpose":
            return v.transpose(*args)
        if self.name == "swapaxes":
            return v.swapaxes(*args)
        if self.name == "moveaxis":
            return np.moveaxis(v, *args)
        if self.name == "expand_dims":
            return np.expand_dims(v, *args)
        if self.name == "squeeze":
            return v.squeeze(*args)
        if self.name == "flip":
            return np.flip(v, *args)
        if self.name == "reshape":
            return v.reshape(args)
        if self.name == "ravel":
            return v.ravel()
        raise ValueError(self.name)


# ---------------------------------------------------------------------------
# What ndview's types know: static dims (None for Dyn) and the layout.
# ---------------------------------------------------------------------------


class TypeState:
    def __init__(self, dims, layout="C"):
        self.dims = list(dims)  # int, or None for Dyn
        self.layout = layout  # 'C' (proven contiguous) or 'S' (strided)

    def __repr__(self):
        return "TypeState(%r, %r)" % (self.dims, self.layout)


def is_full_slice(it):
    return (
        it.kind == "slice"
        and it.start is None
        and it.stop is None
        and (it.step is None or (not it.step.expr and it.step.value == 1))
    )


def index_keeps_c(items):
    """expand/index.rs `index_keeps_c`: leading integers, then at most one step-1
    slice, then only full slices."""
    seen = False
    for it in items:
        if it.kind == "new":
            continue
        if it.kind == "ell":
            seen = True
            continue
        if it.kind == "int":
            if seen:
                return False
            continue
        if is_full_slice(it):
            seen = True
            continue
        step1 = it.step is None or (not it.step.expr and it.step.value == 1)
        if seen or not step1:
            return False
        seen = True
    return True


def splits_into(src, tgt):
    """typelevel.rs `SplitsInto`: each source axis (1s aside) is the product
    of a run of target axes; a 0 source axis answers yes."""
    i = 0
    for d in src:
        if d == 0:
            return True
        if d == 1:
            continue
        acc = 1
        while acc < d:
            if i >= len(tgt):
                return False
            acc *= tgt[i]
            i += 1
        if acc > d:
            return False
    return all(t == 1 for t in tgt[i:])


def prod(xs):
    p = 1
    for x in xs:
        p *= x
    return p


def type_step(ts, op):
    """The type after `op`, or None when nd! would not compile it."""
    r = len(ts.dims)
    if op.name == "index":
        items = op.items
        consumed = sum(1 for i in items if i.consumes())
        if consumed > r:
            return None
        ell = next((k for k, i in enumerate(items) if i.kind == "ell"), None)
        front = items if ell is None else items[:ell]
        back = [] if ell is None else items[ell + 1 :]
        nf = sum(1 for i in front if i.consumes())
        nb = sum(1 for i in back if i.consumes())

        def part(part_items, dims):
            out, ax = [], 0
            for it in part_items:
                if it.kind == "int":
                    ax += 1
                elif it.kind == "slice":
                    d = dims[ax]
                    if d is None or any(n.expr for n in it.numbers()):
                        out.append(None)
                    elif is_full_slice(it) or (it.start is None and it.stop is None and it.step.value == -1):
                        # `:` and `::-1` keep the dim as it is
                        out.append(d)
                    else:
                        out.append(len(range(d)[it.numpy()]))
                    ax += 1
                elif it.kind == "new":
                    out.append(1)
            return out

        dims = part(front, ts.dims[:nf]) + ts.dims[nf : r - nb] + part(back, ts.dims[r - nb :])
        if len(dims) > MAX_RANK:
            return None
        return TypeState(dims, ts.layout if index_keeps_c(items) else "S")
    if op.name == "T" or (op.name == "transpose" and not op.args):
        return TypeState(ts.dims[::-1], ts.layout if r <= 1 else "S")
    if op.name == "transpose":
        p = [a % r for a in op.args]
        return TypeState([ts.dims[k] for k in p], ts.layout if p == list(range(r)) else "S")
    if op.name == "swapaxes":
        i, j = (a % r for a in op.args)
        d = list(ts.dims)
        d[i], d[j] = d[j], d[i]
        return TypeState(d, "S")
    if op.name == "moveaxis":
        s, t = (a % r for a in op.args)
        order = [k for k in range(r) if k != s]
        order.insert(t, s)
        return TypeState([ts.dims[k] for k in order], "S")
    if op.name == "expand_dims":
        if r >= MAX_RANK:
            return None
        k = op.args[0] % (r + 1)
        d = list(ts.dims)
        d.insert(k, 1)
        return TypeState(d, ts.layout)
    if op.name == "squeeze" and op.args:
        k = op.args[0] % r
        if ts.dims[k] not in (1, None):
            return None
        return TypeState(ts.dims[:k] + ts.dims[k + 1 :], ts.layout)
    if op.name == "squeeze":
        return TypeState([d for d in ts.dims if d != 1], ts.layout)
    if op.name == "flip":
        return TypeState(ts.dims, "S")
    if op.name == "ravel":
        if ts.layout != "C":
            return None
        size = None if None in ts.dims else prod(ts.dims)
        return TypeState([size], "C")
    if op.name == "reshape":
        args = op.args
        literal = all(not (isinstance(a, Num) and a.expr) for a in args)
        vals = [a.value if isinstance(a, Num) else a for a in args]
        size = None if None in ts.dims else prod(ts.dims)
        known = prod(v for v in vals if v >= 0)
        out = []
        for a, v in zip(args, vals):
            if isinstance(a, Num) and a.expr:
                out.append(None)
            elif v == -1:
                out.append(size // known if (literal and size is not None) else None)
            else:
                out.append(v)
        if ts.layout != "C":
            if not literal or None in ts.dims or None in out or not splits_into(ts.dims, out):
                return None
        return TypeState(out, ts.layout)
    raise ValueError(op.name)


# ---------------------------------------------------------------------------
# Random chains.
# ---------------------------------------------------------------------------


def rand_axis(rng, r):
    """An axis of rank r, written with either sign."""
    k = rng.randrange(r)
    return k - r if rng.random() < 0.4 else k


def rand_bound(rng, n):
    if rng.random() < 0.3:
        return None
    return Num(rng.randint(-n - 3, n + 3))


def rand_step(rng):
    x = rng.random()
    if x < 0.4:
        return None
    if x < 0.5:
        return Num(rng.choice([-9, 9, 11, -11]))  # larger than most dims
    return Num(rng.choice([-4, -3, -2, -1, 1, 2, 3, 4]))


def rand_index(rng, v):
    r = v.ndim
    consumed = rng.randint(0, r) if r else 0
    if consumed == 0 and r and rng.random() < 0.7:
        consumed = 1
    with_ell = rng.random() < 0.3
    # Which consumed axes, in order: the first `nf` then the last `consumed - nf`.
    nf = rng.randint(0, consumed) if with_ell else consumed
    axes = list(range(nf)) + list(range(r - (consumed - nf), r))
    items = []
    ints = 0
    for ax in axes:
        n = v.shape[ax]
        if n > 0 and rng.random() < 0.35:
            ints += 1
            items.append(Item("int", num=Num(rng.randint(-n, n - 1))))
        else:
            spelling = None
            # Mostly slices that take something; some empty ones.
            for _ in range(4):
                start, stop, step = rand_bound(rng, n), rand_bound(rng, n), rand_step(rng)
                sl = slice(*(None if x is None else x.value for x in (start, stop, step)))
                if len(range(n)[sl]) > 0 or rng.random() < 0.25:
                    break
            if step is None and rng.random() < 0.35:
                spelling = "range"
            items.append(Item("slice", start=start, stop=stop, step=step, spelling=spelling))
    if with_ell:
        items.insert(nf, Item("ell"))
    out_rank = r - ints
    n_new = 0
    while out_rank + n_new < MAX_RANK and rng.random() < 0.25:
        n_new += 1
    for _ in range(n_new):
        items.insert(rng.randint(0, len(items)), Item("new", spelling=rng.choice(["None", "newaxis"])))
    if not items:
        items = [Item("ell")]
    return Op("index", items=items)


def factorizations(n, rng, parts):
    """A random split of n > 0 into `parts` factors."""
    out = []
    for _ in range(parts - 1):
        divs = [d for d in range(1, n + 1) if n % d == 0]
        d = rng.choice(divs)
        out.append(d)
        n //= d
    out.append(n)
    rng.shuffle(out)
    return out


def rand_reshape(rng, v, ts):
    """A reshape the type allows, or None."""
    size = v.size
    for _ in range(20):
        if ts.layout == "C":
            # (nd! has no spelling for a reshape to rank 0: `reshape()` is an error)
            parts = rng.randint(1, 5)
            if size == 0:
                parts = max(parts, 1)
                tgt = [rng.randint(0, 4) for _ in range(parts)]
                tgt[rng.randrange(parts)] = 0
            else:
                tgt = factorizations(size, rng, parts)
        else:
            # Split each source axis into factors, add and drop 1s.
            tgt = []
            for d in ts.dims:
                if d == 1 and rng.random() < 0.5:
                    continue
                if d in (0, 1):
                    tgt.append(d)
                else:
                    tgt.extend(factorizations(d, rng, rng.randint(1, 3)))
            while rng.random() < 0.3 and len(tgt) < 6:
                tgt.insert(rng.randint(0, len(tgt)), 1)
        if not tgt or len(tgt) > 6:
            continue
        args = list(tgt)
        if args and rng.random() < 0.35:
            k = rng.randrange(len(args))
            if prod(t for j, t in enumerate(tgt) if j != k) != 0:
                args[k] = -1
        op = Op("reshape", args=args)
        if type_step(ts, op) is not None:
            return op
    return None


def rand_op(rng, v, ts):
    r = v.ndim
    while True:
        x = rng.random()
        if x < 0.36:
            op = rand_index(rng, v)
        elif x < 0.42:
            op = Op("T")
        elif x < 0.45:
            op = Op("transpose")
        elif x < 0.53:
            if r == 0:
                continue
            p = list(range(r))
            rng.shuffle(p)
            op = Op("transpose", args=[k - r if rng.random() < 0.3 else k for k in p])
        elif x < 0.59:
            if r == 0:
                continue
            op = Op("swapaxes", args=[rand_axis(rng, r), rand_axis(rng, r)])
        elif x < 0.65:
            if r == 0:
                continue
            op = Op("moveaxis", args=[rand_axis(rng, r), rand_axis(rng, r)])
        elif x < 0.71:
            if r >= MAX_RANK:
                continue
            op = Op("expand_dims", args=[rand_axis(rng, r + 1)])
        elif x < 0.77:
            ones = [k for k in range(r) if v.shape[k] == 1]
            if ones and rng.random() < 0.6:
                k = rng.choice(ones)
                op = Op("squeeze", args=[k - r if rng.random() < 0.4 else k])
            else:
                op = Op("squeeze")
        elif x < 0.84:
            if r == 0:
                continue
            op = Op("flip", args=[rand_axis(rng, r)])
        elif x < 0.95:
            op = rand_reshape(rng, v, ts)
            if op is None:
                continue
        else:
            op = Op("ravel")
        if type_step(ts, op) is not None:
            return op


def root(a):
    while a.base is not None:
        a = a.base
    return a


def run_chain(base, ops):
    v = base
    for op in ops:
        v = op.apply(v)
    return v


def chain_is_view(base, v):
    """NumPy answered with a view of `base` (no copy anywhere)."""
    return root(v) is root(base)


def gen_chain(rng, base, ts0):
    length = rng.choice([1, 1, 2, 2, 3, 3, 4, 5])
    v, ts, ops = base, ts0, []
    for _ in range(length):
        op = rand_op(rng, v, ts)
        ts = type_step(ts, op)
        v = op.apply(v)
        assert chain_is_view(base, v), "NumPy copied: %s" % [o.rust() for o in ops + [op]]
        ops.append(op)
    return ops


def runtime_twin(rng, ops, ts0, static_shapes):
    """The same chain with index numbers (and some reshape sizes) as `{expr}`
    run-time values, as far as the types still allow every step and keep
    NumPy's ranks (a Dyn axis of length 1 survives `squeeze()`)."""
    twin = copy.deepcopy(ops)
    for k, op in enumerate(twin):
        numbers = []
        if op.name == "index":
            for it in op.items:
                numbers.extend(it.numbers())
        elif op.name == "reshape":
            numbers = [a for a in op.args]
        if not numbers:
            continue
        if op.name == "reshape":
            op.args = [Num(a) if not isinstance(a, Num) else a for a in op.args]
            numbers = op.args
        choices = [rng.random() < 0.6 for _ in numbers]
        # Try the random choice, then integers only, then nothing.
        for attempt in range(3):
            for n, c in zip(numbers, choices):
                is_int_item = op.name == "index" and any(it.kind == "int" and it.num is n for it in op.items)
                n.expr = c if attempt == 0 else (c and is_int_item and attempt == 1)
            if twin_types_ok(twin, ts0, static_shapes):
                break
        else:
            raise AssertionError("no valid run-time twin")
    return twin


def twin_types_ok(ops, ts0, static_shapes):
    ts = ts0
    for op, shape in zip(ops, static_shapes):
        ts = type_step(ts, op)
        if ts is None or len(ts.dims) != len(shape):
            return False
    return True


# ---------------------------------------------------------------------------
# Rust output.
# ---------------------------------------------------------------------------

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def fnv(values):
    h = FNV_OFFSET
    for x in values:
        h ^= int(x) & 0xFFFFFFFFFFFFFFFF
        h = (h * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


def shape_lit(dims):
    return "shape![%s]" % ", ".join(str(d) for d in dims)


def rust_list(xs):
    return "[%s]" % ", ".join(str(int(x)) for x in xs)


def expectation(v):
    """(shape, strides in elements, contiguous, elements) of a NumPy view."""
    item = v.itemsize
    strides = [s // item for s in v.strides]
    flat = v.flatten().tolist()
    return list(v.shape), strides, bool(v.flags["C_CONTIGUOUS"]), flat


def elems_rust(flat):
    if len(flat) <= LIST_LIMIT:
        return "Elems::List(&%s)" % rust_list(flat)
    head = flat[:4]
    return "Elems::Digest { len: %d, head: %s, hash: 0x%016x }" % (len(flat), rust_list(head), fnv(flat))


def case_lines(name, ops, base, expr_py):
    v = run_chain(base, ops)
    chain = "".join(op.rust() for op in ops)
    # nd! gives `&T` when the last step is all integers and leaves rank 0.
    scalar = v.ndim == 0 and ops[-1].name == "index" and all(i.kind == "int" for i in ops[-1].items)
    lines = ["    // %s" % expr_py]
    if scalar:
        lines.append("    assert_eq!(*nd!(%s%s), %d);" % (name, chain, int(v[()])))
    else:
        shape, strides, contiguous, flat = expectation(v)
        lines.append(
            "    check(&nd!(%s%s), &%s, &%s, %s, %s);"
            % (name, chain, rust_list(shape), rust_list(strides), "true" if contiguous else "false", elems_rust(flat))
        )
    return lines


def py_expr(name, ops):
    e = name
    for op in ops:
        e = op.py(e)
    return e


def rand_base_shape(rng):
    while True:
        rank = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6])
        dims = [0 if rng.random() < 0.04 else rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 7]) for _ in range(rank)]
        if prod(dims) <= MAX_ELEMS:
            return dims


HEADER = """\
//! The NumPy differential suite: random `arange` arrays and random chains
//! of `nd!` view operations, each asserted against what NumPy {version}
//! answered for the same chain: shape, strides in elements (on axes of
//! length > 1 of non-empty results, the only strides that address
//! anything), C-contiguity, and the elements in C order (listed, or for
//! larger results the count, the first four and an FNV-1a hash).
//!
//! GENERATED by `python3 tests/numpy/gen.py` (seed {seed}, NumPy {version});
//! do not edit by hand: see CONFORMANCE.md to regenerate.
//!
//! `static_chains_*` use literal numbers, so every shape stays static and
//! the type-level arithmetic is checked by the debug assertions of every
//! view (static dims equal run-time dims). `runtime_chains_*` are the same
//! chains with index numbers and some reshape sizes written `{{k(..)}}`,
//! run-time values that make `Dyn` dims (where a chain has such numbers,
//! and as far as the types still allow each step); NumPy's answers are the
//! same.

use ndview::prelude::*;
use ndview::{{Layout, Shape}};

/// A run-time value the compiler cannot see through.
fn k(x: isize) -> isize {{
    std::hint::black_box(x)
}}

/// NumPy's elements in C order.
enum Elems {{
    /// Every element.
    List(&'static [i64]),
    /// Count, first four, FNV-1a hash of all (as u64, in C order).
    Digest {{ len: usize, head: [i64; 4], hash: u64 }},
}}

fn fnv(values: &[i64]) -> u64 {{
    values.iter().fold(0xcbf2_9ce4_8422_2325, |h, x| {{
        (h ^ *x as u64).wrapping_mul(0x0100_0000_01b3)
    }})
}}

/// The result of an `nd!` chain agrees with NumPy's.
#[track_caller]
fn check<S: Shape, L: Layout>(
    v: &View<'_, i64, S, L>,
    shape: &[usize],
    strides: &[isize],
    contiguous: bool,
    elems: Elems,
) {{
    assert_eq!(v.shape(), shape, "shape");
    let nonempty = !shape.contains(&0);
    for (k, (got, want)) in v.strides().iter().zip(strides).enumerate() {{
        if nonempty && shape[k] > 1 {{
            assert_eq!(got, want, "stride of axis {{k}}: {{:?}} vs NumPy {{:?}}", v.strides(), strides);
        }}
    }}
    assert_eq!(v.is_contiguous(), contiguous, "C-contiguity");
    let got = v.to_vec();
    match elems {{
        Elems::List(want) => assert_eq!(got, want, "elements"),
        Elems::Digest {{ len, head, hash }} => {{
            assert_eq!(got.len(), len, "element count");
            assert_eq!(got[..4], head, "first elements");
            assert_eq!(fnv(&got), hash, "element order (hash)");
        }}
    }}
}}
"""


def main():
    if np.__version__ != PINNED_NUMPY and "--any-numpy" not in sys.argv:
        sys.exit("gen.py: NumPy %s is pinned, found %s (pass --any-numpy to override)" % (PINNED_NUMPY, np.__version__))
    seed = SEED
    if "--seed" in sys.argv:
        # Exploration with another seed; the committed suite uses SEED.
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    rng = random.Random(seed)
    static_fns, runtime_fns = [], []
    n_static = n_runtime = 0
    for f in range(N_FUNCS):
        s_lines, r_lines = [], []
        for b in range(BASES_PER_FUNC):
            dims = rand_base_shape(rng)
            name = "a%d" % b
            base = np.arange(prod(dims), dtype=np.int64).reshape(dims)
            decl = "    let %s = Array::<i64, %s>::arange();" % (name, shape_lit(dims))
            comment = "    // %s = np.arange(%d).reshape(%s)" % (name, prod(dims), tuple(dims))
            s_lines += [comment, decl]
            r_base = []
            for _ in range(CHAINS_PER_BASE):
                ts0 = TypeState(dims, "C")
                ops = gen_chain(rng, base, ts0)
                s_lines += case_lines(name, ops, base, py_expr(name, ops))
                n_static += 1
                shapes, v = [], base
                for op in ops:
                    v = op.apply(v)
                    shapes.append(v.shape)
                twin = runtime_twin(rng, ops, ts0, shapes)
                # Chains without an index or reshape number have no run-time twin.
                if "{k(" in "".join(op.rust() for op in twin):
                    r_base += case_lines(name, twin, base, py_expr(name, twin))
                    n_runtime += 1
            if r_base:
                r_lines += [comment, decl] + r_base
        static_fns.append(
            "#[test]\nfn static_chains_%02d() {\n%s\n}\n" % (f, "\n".join(s_lines))
        )
        if r_lines:
            runtime_fns.append(
                "#[test]\nfn runtime_chains_%02d() {\n%s\n}\n" % (f, "\n".join(r_lines))
            )
    out = HEADER.format(version=np.__version__, seed=seed)
    out += "\n// %d static cases\n\n" % n_static + "\n".join(static_fns)
    out += "\n// %d run-time cases\n\n" % n_runtime + "\n".join(runtime_fns)
    path = os.path.join(ROOT, "tests", "numpy_diff.rs")
    with open(path, "w") as fh:
        fh.write(out)
    # The workspace CI runs `cargo fmt --all -- --check`.
    subprocess.run(["rustfmt", "--edition", "2021", path], check=True)
    n_ui = write_ui()
    print(
        "gen.py: NumPy %s, seed %d: %d static + %d run-time cases in tests/numpy_diff.rs, %d compile-fail cases in tests/ui_numpy_copies/"
        % (np.__version__, seed, n_static, n_runtime, n_ui)
    )


# ---------------------------------------------------------------------------
# Compile-fail side: chains NumPy must copy for.
# ---------------------------------------------------------------------------

UI_CASES = [
    # (file name, base dims, view-making steps, the step that needs a copy)
    ("ravel_after_T", [3, 4], [Op("T")], Op("ravel")),
    ("reshape_flat_after_transpose", [2, 3, 4], [Op("transpose", args=[2, 0, 1])], Op("reshape", args=[-1])),
    ("reshape_merging_after_swapaxes", [4, 5], [Op("swapaxes", args=[0, 1])], Op("reshape", args=[20])),
    ("reshape_merging_after_moveaxis", [2, 3, 4], [Op("moveaxis", args=[0, -1])], Op("reshape", args=[3, 8])),
    ("ravel_after_flip", [3, 4], [Op("flip", args=[1])], Op("ravel")),
    ("ravel_after_stepped_slice", [6, 5], [Op("index", items=[Item("slice", step=Num(2)), Item("slice", start=Num(1))])], Op("ravel")),
    ("reshape_merging_after_column_index", [3, 4, 5], [Op("index", items=[Item("slice"), Item("int", num=Num(1))])], Op("reshape", args=[15])),
    ("reshape_merging_after_negative_step", [4, 6], [Op("index", items=[Item("slice", step=Num(-1)), Item("slice", start=Num(1), stop=Num(-1))])], Op("reshape", args=[2, 8])),
]


def write_ui():
    ui = os.path.join(ROOT, "tests", "ui_numpy_copies")
    os.makedirs(ui, exist_ok=True)
    for name, dims, steps, last in UI_CASES:
        base = np.arange(prod(dims), dtype=np.int64).reshape(dims)
        v = run_chain(base, steps)
        assert chain_is_view(base, v)
        ts = TypeState(dims)
        for op in steps:
            ts = type_step(ts, op)
        assert ts is not None and type_step(ts, last) is None, name
        w = last.apply(v)
        assert not np.shares_memory(w, base), "%s: NumPy does not copy" % name
        chain = "".join(op.rust() for op in steps + [last])
        text = (
            "// GENERATED by tests/numpy/gen.py (NumPy %s): NumPy answers\n"
            "// `%s` with a copy (np.shares_memory(result, a) is False),\n"
            "// so nd! must refuse the chain and name the explicit copy.\n"
            "use ndview::prelude::*;\n\n"
            "fn main() {\n"
            "    let a = Array::<i64, %s>::arange();\n"
            "    let _ = nd!(a%s);\n"
            "}\n" % (np.__version__, py_expr("a", steps + [last]), shape_lit(dims), chain)
        )
        with open(os.path.join(ui, name + ".rs"), "w") as fh:
            fh.write(text)
    # Fancy indexing always copies in NumPy.
    base = np.arange(12, dtype=np.int64).reshape(3, 4)
    assert not np.shares_memory(base[[2, 0]], base)
    with open(os.path.join(ui, "fancy_index_copies.rs"), "w") as fh:
        fh.write(
            "// GENERATED by tests/numpy/gen.py (NumPy %s): NumPy answers `a[[2, 0]]`\n"
            "// (fancy indexing) with a copy, so nd! must refuse it and name `.take`.\n"
            "use ndview::prelude::*;\n\n"
            "fn main() {\n"
            "    let a = Array::<i64, shape![3, 4]>::arange();\n"
            "    let _ = nd!(a[[2, 0]]);\n"
            "}\n" % np.__version__
        )
    return len(UI_CASES) + 1


if __name__ == "__main__":
    main()
