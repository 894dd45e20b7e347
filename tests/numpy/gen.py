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
import textwrap

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
        if self.name == "broadcast_to":
            return "np.broadcast_to(%s, (%s,))" % (inner, a)
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
        if self.name == "broadcast_to":
            return np.broadcast_to(v, args)
        if self.name == "reshape":
            return v.reshape(args)
        if self.name == "ravel":
            return v.ravel()
        raise ValueError(self.name)


# ---------------------------------------------------------------------------
# What ndview's types know: static dims (None for Dyn) and the layout.
# ---------------------------------------------------------------------------


class TypeState:
    """What the type of a view knows: its dims (int, or None for `Dyn`) and
    its layout: "C" (proven C-contiguous), "S" (`Strided`: strides known only
    at run time) or ("K", strides), the `Known<B, H>` replay of
    runtime/src/known/: a list of element strides (None where a run-time step
    made one `Unknown`), or "opaque" (a `Dyn` dim hid them)."""

    def __init__(self, dims, layout="C"):
        self.dims = list(dims)  # int, or None for Dyn
        self.layout = layout

    def __repr__(self):
        return "TypeState(%r, %r)" % (self.dims, self.layout)


# Verdicts, as runtime/src/known/ names them.
VIEW, COPY, RUNTIME = "IsView", "NeedsCopy", "AtRunTime"


def both(a, b):
    """known/replay.rs `Both`: a definite copy wins, then run time, then view."""
    if COPY in (a, b):
        return COPY
    if RUNTIME in (a, b):
        return RUNTIME
    return VIEW


def c_strides(dims):
    out, acc = [], 1
    for d in reversed(dims):
        out.append(acc)
        acc *= d
    return out[::-1]


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


def prod(xs):
    p = 1
    for x in xs:
        p *= x
    return p


def no_copy_walk(dims, strides, tgt):
    """known/walk.rs `NoCopyReshape` over static, non-empty dims: NumPy's
    no-copy reshape, walked from the innermost axes out. Returns the verdict
    and the new strides (None for `Unknown`)."""
    kept = [(d, s) for d, s in zip(dims, strides) if d != 1]
    od = [d for d, _ in kept][::-1]
    os_ = [s for _, s in kept][::-1]
    nd = list(tgt)[::-1]
    P = Q = 1
    cur, pd, ps, acc, v = 0, 1, 0, [], VIEW
    i = j = 0
    times = lambda s, d: None if s is None else s * d
    while True:
        if Q == P:
            if i == len(od) and j == len(nd):
                break
            if i == len(od):
                acc.append(0)  # trailing size-1 axes
                j += 1
                continue
            d, x = od[i], os_[i]
            i += 1
            P *= d
            cur, pd, ps = x, d, x
        elif Q < P:
            e = nd[j]
            j += 1
            acc.append(cur)
            Q *= e
            cur = times(cur, e)
        else:
            d, x = od[i], os_[i]
            i += 1
            P *= d
            if x is None or ps is None:
                m = RUNTIME
            else:
                m = VIEW if x == pd * ps else COPY
            v = both(v, m)
            pd, ps = d, x
    return v, acc[::-1]


def reshape_verdict(ts, out):
    """known/mod.rs `ReshapeRule`: the verdict of reshaping a view of type
    `ts` into dims `out`, and the layout of the result."""
    if ts.layout == "C":
        return VIEW, "C"
    if ts.layout == "S" or ts.layout[1] == "opaque":
        return RUNTIME, "S"
    if 0 in ts.dims or 0 in out:
        return VIEW, ("K", "opaque")
    if None in ts.dims or None in out:
        return RUNTIME, "S"
    v, strides = no_copy_walk(ts.dims, ts.layout[1], out)
    return v, (("K", strides) if v == VIEW else "S")


def contiguous_verdict(ts):
    """known/walk.rs `Contiguous`: NumPy's C-contiguity flag, decided from the type."""
    if ts.layout == "C":
        return VIEW
    if ts.layout == "S" or ts.layout[1] == "opaque":
        return RUNTIME
    if 0 in ts.dims:
        return VIEW
    if None in ts.dims:
        return RUNTIME
    v, acc = VIEW, 1
    for d, s in reversed(list(zip(ts.dims, ts.layout[1]))):
        if d == 1:
            continue
        v = both(v, RUNTIME if s is None else (VIEW if s == acc else COPY))
        acc *= d
    return v


def ravel_verdicts(ts):
    """known/mod.rs `RavelRule`: (ravel's verdict, reshape(-1)'s verdict)."""
    size = None if None in ts.dims else prod(ts.dims)
    return contiguous_verdict(ts), reshape_verdict(ts, [size])[0]


def replay(strides, op, ts):
    """known/replay.rs `Apply`: the strides after recording `op` on a view of
    type `ts` (strides a list, None entries `Unknown`, or "opaque")."""
    if strides == "opaque":
        return "opaque"
    r = len(ts.dims)
    if op.name == "index":
        items = op.items
        ell = next((k for k, i in enumerate(items) if i.kind == "ell"), None)
        front = items if ell is None else items[:ell]
        back = [] if ell is None else items[ell + 1 :]
        nf = sum(1 for i in front if i.consumes())
        nb = sum(1 for i in back if i.consumes())

        def part(part_items, ss):
            out, ax = [], 0
            for it in part_items:
                if it.kind == "int":
                    ax += 1
                elif it.kind == "slice":
                    s = ss[ax]
                    if it.step is None:
                        out.append(s)
                    elif it.step.expr or s is None:
                        out.append(None)
                    else:
                        out.append(s * it.step.value)
                    ax += 1
                elif it.kind == "new":
                    out.append(0)
            return out

        return part(front, strides[:nf]) + strides[nf : r - nb] + part(back, strides[r - nb :])
    if op.name == "T" or (op.name == "transpose" and not op.args):
        return strides[::-1]
    if op.name == "transpose":
        return [strides[a % r] for a in op.args]
    if op.name == "swapaxes":
        i, j = (a % r for a in op.args)
        d = list(strides)
        d[i], d[j] = d[j], d[i]
        return d
    if op.name == "moveaxis":
        s, t = (a % r for a in op.args)
        order = [k for k in range(r) if k != s]
        order.insert(t, s)
        return [strides[k] for k in order]
    if op.name == "flip":
        k = op.args[0] % r
        d = list(strides)
        d[k] = None if d[k] is None else -d[k]
        return d
    if op.name == "expand_dims":
        d = list(strides)
        d.insert(op.args[0] % (r + 1), 0)
        return d
    if op.name == "squeeze" and op.args:
        k = op.args[0] % r
        return strides[:k] + strides[k + 1 :]
    if op.name == "squeeze":
        if None in ts.dims:
            return "opaque"
        return [s for d, s in zip(ts.dims, strides) if d != 1]
    if op.name == "broadcast_to":
        src = []
        for d, s in zip(ts.dims, strides):
            src.append(None if d is None else (0 if d == 1 else s))
        return [0] * (len(op.args) - r) + src
    raise ValueError(op.name)


def record(ts, op, keeps_c):
    """known/mod.rs `Then`: the layout after `op` on a view of type `ts`. A C
    view stays C where the op keeps it contiguous; otherwise it becomes
    `Known` if its shape is static, `Strided` if not."""
    if ts.layout == "S":
        return "S"
    if ts.layout == "C":
        if keeps_c:
            return "C"
        if None in ts.dims:
            return "S"
        return ("K", replay(c_strides(ts.dims), op, ts))
    return ("K", replay(ts.layout[1], op, ts))


def reshape_out_dims(ts, op):
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
    return out


def type_verdict(ts, op):
    """The verdict of a reshape or ravel on a view of type `ts`."""
    if op.name == "ravel":
        return ravel_verdicts(ts)[0]
    return reshape_verdict(ts, reshape_out_dims(ts, op))[0]


def type_step(ts, op):
    """The type after `op`, or None when nd! would not compile it (a rank
    past MAX_RANK, a squeeze of a static non-1 axis, or a reshape or ravel
    that the type proves needs a copy)."""
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
        return TypeState(dims, record(ts, op, index_keeps_c(items)))
    if op.name == "T" or (op.name == "transpose" and not op.args):
        # rank 0 and 1: nothing moves, nothing is recorded
        return TypeState(ts.dims[::-1], ts.layout if r <= 1 else record(ts, op, False))
    if op.name == "transpose":
        p = [a % r for a in op.args]
        return TypeState([ts.dims[k] for k in p], record(ts, op, p == list(range(r))))
    if op.name == "swapaxes":
        i, j = (a % r for a in op.args)
        d = list(ts.dims)
        d[i], d[j] = d[j], d[i]
        return TypeState(d, record(ts, op, False))
    if op.name == "moveaxis":
        s, t = (a % r for a in op.args)
        order = [k for k in range(r) if k != s]
        order.insert(t, s)
        return TypeState([ts.dims[k] for k in order], record(ts, op, False))
    if op.name == "expand_dims":
        if r >= MAX_RANK:
            return None
        k = op.args[0] % (r + 1)
        d = list(ts.dims)
        d.insert(k, 1)
        return TypeState(d, record(ts, op, True))
    if op.name == "squeeze" and op.args:
        k = op.args[0] % r
        if ts.dims[k] not in (1, None):
            return None
        return TypeState(ts.dims[:k] + ts.dims[k + 1 :], record(ts, op, True))
    if op.name == "squeeze":
        return TypeState([d for d in ts.dims if d != 1], record(ts, op, True))
    if op.name == "flip":
        return TypeState(ts.dims, record(ts, op, False))
    if op.name == "broadcast_to":
        if len(op.args) > MAX_RANK:
            return None
        return TypeState(list(op.args), record(ts, op, False))
    if op.name == "ravel":
        if ravel_verdicts(ts)[0] == COPY:
            return None
        size = None if None in ts.dims else prod(ts.dims)
        return TypeState([size], "C")
    if op.name == "reshape":
        out = reshape_out_dims(ts, op)
        if len(out) > MAX_RANK:
            return None
        v, layout = reshape_verdict(ts, out)
        if v == COPY:
            return None
        return TypeState(out, layout)
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


def rand_target(rng, shape, max_parts):
    """A random reshape target for a view of `shape`: its axes merged in
    runs, split into factors, or the size factored afresh, with 1s added
    and dropped (nd! has no spelling for a reshape to rank 0)."""
    size = prod(shape)
    if size == 0:
        parts = rng.randint(1, min(4, max_parts))
        tgt = [rng.randint(0, 4) for _ in range(parts)]
        tgt[rng.randrange(parts)] = 0
        return tgt
    x = rng.random()
    if x < 0.45:
        # Merge runs of neighbouring axes, then split some of the runs.
        tgt, run = [], []
        for d in shape:
            if d == 1 and rng.random() < 0.5:
                continue
            run.append(d)
            if rng.random() < 0.45:
                tgt.append(prod(run))
                run = []
        if run:
            tgt.append(prod(run))
        out = []
        for d in tgt:
            if d > 3 and rng.random() < 0.3:
                out.extend(factorizations(d, rng, 2))
            else:
                out.append(d)
        tgt = out
    elif x < 0.7:
        # Split each axis into factors.
        tgt = []
        for d in shape:
            if d == 1 and rng.random() < 0.5:
                continue
            tgt.extend([d] if d in (0, 1) else factorizations(d, rng, rng.randint(1, 3)))
    else:
        tgt = factorizations(size, rng, rng.randint(1, max_parts))
    while rng.random() < 0.25 and len(tgt) < max_parts:
        tgt.insert(rng.randint(0, len(tgt)), 1)
    return tgt if tgt else [1]


def rand_reshape(rng, v, ts, max_parts=6):
    """A reshape the type allows, or None."""
    for _ in range(20):
        tgt = rand_target(rng, list(v.shape), max_parts)
        if len(tgt) > max_parts:
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


def check_model(ts, v, what):
    """The type model agrees with NumPy: static dims, and the replayed strides
    on axes that address something."""
    assert len(ts.dims) == v.ndim, what
    for d, n in zip(ts.dims, v.shape):
        assert d is None or d == n, (what, ts, v.shape)
    if isinstance(ts.layout, tuple) and ts.layout[1] != "opaque" and v.size > 0:
        got = [s // v.itemsize for s in v.strides]
        for m, g, n in zip(ts.layout[1], got, v.shape):
            assert m is None or n == 1 or m == g, (what, ts, got)
    if ts.layout == "C":
        assert v.flags["C_CONTIGUOUS"], (what, ts)


def gen_chain(rng, base, ts0):
    length = rng.choice([1, 1, 2, 2, 3, 3, 4, 5])
    v, ts, ops = base, ts0, []
    for _ in range(length):
        op = rand_op(rng, v, ts)
        ts = type_step(ts, op)
        v = op.apply(v)
        assert chain_is_view(base, v), "ndview views, NumPy copies: %s" % [o.rust() for o in ops + [op]]
        ops.append(op)
        check_model(ts, v, "".join(o.rust() for o in ops))
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
    counts, disagreements = write_reshape_suite(seed)
    for k, n in counts.items():
        print("gen.py: tests/numpy_reshape_diff.rs: %d %s" % (n, k))
    for d in disagreements:
        print("gen.py: DISAGREES WITH NUMPY: " + d)
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


# ---------------------------------------------------------------------------
# The reshape suite: reshapes and ravels of strided views, each labelled by
# NumPy's reshape(..., copy=False) (ravel: np.shares_memory).
# ---------------------------------------------------------------------------

RESHAPE_VIEWS = 160  # static reshapes NumPy does as views
RESHAPE_COPIES = 150  # static reshapes NumPy must copy for (compile errors)
RAVEL_VIEWS = 20
RAVEL_COPIES = 20
RUNTIME_TWIN_EVERY = 2  # every other static reshape gets its run-time twin (compile time)
CASES_PER_FN = 10
UI_LINES_PER_FILE = 10
POOL = 40  # base shapes the cases draw from (rustc caches per shape)
MAX_POOL_ELEMS = 128


def pool_shape(rng):
    """A small base shape; some reach MAX_RANK with axes of 1 and 2."""
    while True:
        if rng.random() < 0.3:
            rank = rng.randint(min(6, MAX_RANK), MAX_RANK)
            dims = [rng.choice([1, 2, 2, 2, 3]) for _ in range(rank)]
        else:
            rank = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])
            dims = [0 if rng.random() < 0.02 else rng.choice([1, 2, 3, 4, 4, 5, 6, 7]) for _ in range(rank)]
        if prod(dims) <= MAX_POOL_ELEMS:
            return dims


def rand_broadcast(rng, v):
    shape = list(v.shape)
    lead = [rng.randint(1, 3) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
    tgt = lead + [rng.randint(1, 3) if d == 1 else d for d in shape]
    if len(tgt) > MAX_RANK or prod(tgt) > 4 * MAX_POOL_ELEMS or tgt == shape:
        return None
    return Op("broadcast_to", args=tgt)


def rand_strided_op(rng, v, ts):
    """A view op of the kinds that make strided views."""
    r = v.ndim
    while True:
        x = rng.random()
        if x < 0.4:
            op = rand_index(rng, v)
        elif x < 0.48:
            op = Op("T")
        elif x < 0.56:
            if r == 0:
                continue
            p = list(range(r))
            rng.shuffle(p)
            op = Op("transpose", args=[k - r if rng.random() < 0.3 else k for k in p])
        elif x < 0.63:
            if r == 0:
                continue
            op = Op("swapaxes", args=[rand_axis(rng, r), rand_axis(rng, r)])
        elif x < 0.7:
            if r == 0:
                continue
            op = Op("moveaxis", args=[rand_axis(rng, r), rand_axis(rng, r)])
        elif x < 0.8:
            if r == 0:
                continue
            op = Op("flip", args=[rand_axis(rng, r)])
        elif x < 0.86:
            op = rand_broadcast(rng, v)
            if op is None:
                continue
        elif x < 0.93:
            if r >= MAX_RANK:
                continue
            op = Op("expand_dims", args=[rand_axis(rng, r + 1)])
        else:
            ones = [k for k in range(r) if v.shape[k] == 1]
            op = Op("squeeze", args=[rng.choice(ones)]) if ones and rng.random() < 0.6 else Op("squeeze")
        if type_step(ts, op) is not None:
            return op


def numpy_reshape_view(v, args):
    """NumPy's reshape(..., copy=False): the view, or None when it must copy."""
    try:
        return v.reshape(args, copy=False)
    except ValueError:
        return None


class Case:
    def __init__(self, shape_id, ops, last, is_view, reshape_is_view):
        self.shape_id = shape_id
        self.ops = ops  # the prefix
        self.last = last  # the reshape or ravel
        self.is_view = is_view
        self.reshape_is_view = reshape_is_view  # ravel: whether reshape(-1) is a view


def final_type(ops, ts0):
    ts = ts0
    for op in ops:
        ts = type_step(ts, op)
        if ts is None:
            return None
    return ts


def gen_reshape_cases(rng, pool, disagreements):
    """Static cases until the quotas are met: (reshape views, reshape copies,
    ravel views, ravel copies)."""
    want = {("reshape", True): RESHAPE_VIEWS, ("reshape", False): RESHAPE_COPIES,
            ("ravel", True): RAVEL_VIEWS, ("ravel", False): RAVEL_COPIES}
    got = {k: [] for k in want}
    seen = set()
    while any(len(got[k]) < want[k] for k in want):
        sid = rng.randrange(len(pool))
        dims = pool[sid]
        base = np.arange(prod(dims), dtype=np.int64).reshape(dims)
        ts, v, ops = TypeState(dims), base, []
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            op = rand_strided_op(rng, v, ts)
            ts, v = type_step(ts, op), op.apply(v)
            ops.append(op)
            check_model(ts, v, "".join(o.rust() for o in ops))
        if ts.layout == "C":
            continue  # not a strided view
        ravel = rng.random() < 0.15
        if ravel:
            last = Op("ravel")
            w = v.ravel()
            is_view = bool(np.shares_memory(w, base)) or v.size == 0
            if is_view != v.flags["C_CONTIGUOUS"] and v.size > 0:
                raise AssertionError("NumPy's ravel: %s" % py_expr("a", ops))
            reshape_is_view = numpy_reshape_view(v, [-1]) is not None
            model = ravel_verdicts(ts)
            agree = model[0] == (VIEW if is_view else COPY) and model[1] == (VIEW if reshape_is_view else COPY)
        else:
            tgt = rand_target(rng, list(v.shape), MAX_RANK)
            if len(tgt) > MAX_RANK:
                continue
            args = list(tgt)
            if rng.random() < 0.3:
                k = rng.randrange(len(args))
                if prod(t for j, t in enumerate(tgt) if j != k) != 0:
                    args[k] = -1
            last = Op("reshape", args=args)
            w = numpy_reshape_view(v, args)
            is_view, reshape_is_view = w is not None, None
            if is_view and v.size > 0:
                assert np.shares_memory(w, base), py_expr("a", ops + [last])
            agree = type_verdict(ts, last) == (VIEW if is_view else COPY)
        key = (sid, "".join(o.rust() for o in ops + [last]))
        if key in seen:
            continue
        seen.add(key)
        if not agree:
            disagreements.append("%s = np.arange(%d).reshape(%s); NumPy: %s, ndview's types: %s"
                                 % ("a", prod(dims), tuple(dims), "view" if is_view else "copy",
                                    ravel_verdicts(ts) if ravel else type_verdict(ts, last)) + "  " + py_expr("a", ops + [last]))
            continue
        k = ("ravel" if ravel else "reshape", is_view)
        if len(got[k]) < want[k]:
            got[k].append(Case(sid, ops, last, is_view, reshape_is_view))
    return got


def reshape_twin(rng, case, pool):
    """The case with `{k(..)}` run-time values, so that for a copy the
    decision is made at run time; None when no spelling does that. When the
    chain's own numbers cannot make the decision a run-time one, a leading
    `[{k(0)}:]` (all of axis 0, with a run-time start: a `Dyn` dim) does."""
    dims = pool[case.shape_id]
    base = np.arange(prod(dims), dtype=np.int64).reshape(dims)
    ts0 = TypeState(dims)
    for attempt in range(16):
        ops = copy.deepcopy(case.ops + [case.last])
        if attempt >= 12:
            if not dims:
                return None
            ops.insert(0, Op("index", items=[Item("slice", start=Num(0, expr=True))]))
        shapes, v = [], base
        for op in ops:
            v = op.apply(v)
            shapes.append(v.shape)
        numbers = []
        for op in ops[:-1]:
            if op.name == "index":
                for it in op.items:
                    numbers.extend(n for n in it.numbers() if not n.expr)
        for n in numbers:
            n.expr = rng.random() < (0.5 if attempt < 12 else 0.0)
        last = ops[-1]
        if last.name == "reshape":
            last.args = [Num(a) if not isinstance(a, Num) else a for a in last.args]
            exprs = rng.random() < (0.5 if attempt < 6 else 1.0) and attempt < 12
            for a in last.args:
                a.expr = exprs
        if "{k(" not in "".join(op.rust() for op in ops):
            continue
        if not twin_types_ok(ops, ts0, shapes):
            continue
        verdict = type_verdict(final_type(ops[:-1], ts0), last)
        if case.is_view:
            assert verdict != COPY, py_expr("a", ops)
            return ops
        if verdict == RUNTIME:
            return ops
    return None


RESHAPE_HEADER = """\
//! The NumPy differential suite for reshapes and ravels of strided views:
//! views made by stepped and negative slices, transposes, flips, new axes,
//! integer indices, `swapaxes`/`moveaxis`, `broadcast_to` and
//! `squeeze`/`expand_dims` of random `arange` arrays (rank up to MAX_RANK,
//! {max_rank} when generated), then reshaped or ravelled. Each case is
//! labelled by NumPy {version}'s `reshape(..., copy=False)` (for `ravel`:
//! `np.shares_memory(x.ravel(), x)`).
//!
//! GENERATED by `python3 tests/numpy/gen.py` (seed {seed}, NumPy {version});
//! do not edit by hand: see CONFORMANCE.md to regenerate.
//!
//! {counts}
//!
//! - `static_views_*`: the chain is static; NumPy answers with a view, so it
//!   compiles and is a view: shape, strides in elements (on axes that
//!   address something), C-contiguity and elements equal NumPy's, and it
//!   shares memory with its base. The static copies are compile errors:
//!   `tests/ui_numpy_copies/reshape_copies_*.rs` and `ravel_copies_*.rs`.
//! - `runtime_views_*` / `runtime_copies_*`: the same chains with
//!   `{{k(..)}}` run-time values (slice bounds and steps, indices, reshape
//!   sizes) so that a run-time value decides: views run and match NumPy;
//!   copies are `Err(ShapeError::ReshapeNeedsCopy)` (ravel:
//!   `RavelNeedsCopy {{ reshape_is_view }}`, NumPy's `reshape(-1, copy=False)`)
//!   from `try_nd!`, and a sample also checks that `nd!` panics.

// Generated type annotations are long; the cases are spelled as NumPy's.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::{{Layout, Shape, ShapeError}};

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

/// The view agrees with NumPy's and shares memory with its base.
#[track_caller]
fn check<S: Shape, L: Layout, B: Shape>(
    v: &View<'_, i64, S, L>,
    base: &Array<i64, B>,
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
    if nonempty {{
        assert!(v.shares_memory(base), "a view of its base");
    }}
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

/// `f` panics with a message containing `want`.
#[track_caller]
fn panics_with(want: &str, f: impl FnOnce()) {{
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .expect_err("nd! must panic where try_nd! gives an error");
    let msg = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or_default();
    assert!(msg.contains(want), "panic message {{msg:?}} should contain {{want:?}}");
}}
"""

RESHAPE_PANIC_EVERY = 5


def base_decl(sid, pool):
    dims = pool[sid]
    return [
        "    // b%d = np.arange(%d).reshape(%s)" % (sid, prod(dims), tuple(dims)),
        "    let b%d = Array::<i64, %s>::arange();" % (sid, shape_lit(dims)),
    ]


def view_case_lines(case, ops, pool):
    dims = pool[case.shape_id]
    base = np.arange(prod(dims), dtype=np.int64).reshape(dims)
    v = run_chain(base, ops)
    name = "b%d" % case.shape_id
    shape, strides, contiguous, flat = expectation(v)
    return [
        "    // %s" % py_expr(name, ops),
        "    check(&nd!(%s%s), &%s, &%s, &%s, %s, %s);"
        % (name, "".join(o.rust() for o in ops), name, rust_list(shape), rust_list(strides),
           "true" if contiguous else "false", elems_rust(flat)),
    ]


def copy_case_lines(case, ops, pool, with_panic):
    name = "b%d" % case.shape_id
    chain = "%s%s" % (name, "".join(o.rust() for o in ops))
    if case.last.name == "ravel":
        err = "ShapeError::RavelNeedsCopy {\n reshape_is_view: %s }" % ("true" if case.reshape_is_view else "false")
        want = "cannot ravel this view without copying"
        comment = "%s: a copy (ravel of a view that is not C-contiguous)" % py_expr(name, ops)
    else:
        err = "ShapeError::ReshapeNeedsCopy"
        want = "cannot reshape this view without copying"
        comment = "%s with copy=False: ValueError" % py_expr(name, ops)
    lines = ["    // %s" % comment, "    assert_eq!(try_nd!(%s).map(drop).unwrap_err(), %s);" % (chain, err)]
    if with_panic:
        lines.append("    panics_with(%r, || { let _ = nd!(%s); });".replace("%r", '"%s"') % (want, chain))
    return lines


def functions(prefix, cases, pool, render):
    out = []
    for f in range(0, len(cases), CASES_PER_FN):
        chunk = cases[f : f + CASES_PER_FN]
        lines = []
        for sid in sorted({c[0].shape_id for c in chunk}):
            lines += base_decl(sid, pool)
        for j, (case, ops) in enumerate(chunk):
            lines += render(case, ops, f + j)
        out.append("#[test]\nfn %s_%02d() {\n%s\n}\n" % (prefix, f // CASES_PER_FN, "\n".join(lines)))
    return out


def write_reshape_suite(seed):
    rng = random.Random(seed + 1)
    pool = [pool_shape(rng) for _ in range(POOL)]
    disagreements = []
    got = gen_reshape_cases(rng, pool, disagreements)
    static_views = got[("reshape", True)] + got[("ravel", True)]
    static_copies = got[("reshape", False)] + got[("ravel", False)]
    rt_views, rt_copies = [], []
    for j, case in enumerate(static_views + static_copies):
        if case.last.name == "reshape" and j % RUNTIME_TWIN_EVERY:
            continue
        twin = reshape_twin(rng, case, pool)
        if twin is not None:
            (rt_views if case.is_view else rt_copies).append((case, twin))
    counts = {
        "static reshape views": len(got[("reshape", True)]),
        "static reshape copies (compile errors)": len(got[("reshape", False)]),
        "static ravel views": len(got[("ravel", True)]),
        "static ravel copies (compile errors)": len(got[("ravel", False)]),
        "run-time reshape views": sum(1 for c, _ in rt_views if c.last.name == "reshape"),
        "run-time reshape copies": sum(1 for c, _ in rt_copies if c.last.name == "reshape"),
        "run-time ravel views": sum(1 for c, _ in rt_views if c.last.name == "ravel"),
        "run-time ravel copies": sum(1 for c, _ in rt_copies if c.last.name == "ravel"),
    }
    counts_text = "Counts: " + "; ".join("%d %s" % (n, k) for k, n in counts.items()) + "."
    fns = functions("static_views", [(c, c.ops + [c.last]) for c in static_views], pool,
                    lambda c, ops, j: view_case_lines(c, ops, pool))
    fns += functions("runtime_views", rt_views, pool, lambda c, ops, j: view_case_lines(c, ops, pool))
    fns += functions("runtime_copies", rt_copies, pool,
                     lambda c, ops, j: copy_case_lines(c, ops, pool, j % RESHAPE_PANIC_EVERY == 0))
    text = RESHAPE_HEADER.format(version=np.__version__, seed=seed, max_rank=MAX_RANK,
                                 counts="\n//! ".join(textwrap.wrap(counts_text, 72)))
    text += "\n" + "\n".join(fns)
    path = os.path.join(ROOT, "tests", "numpy_reshape_diff.rs")
    with open(path, "w") as fh:
        fh.write(text)
    subprocess.run(["rustfmt", "--edition", "2021", path], check=True)
    write_ui_groups(seed, pool, got[("reshape", False)], "reshape_copies",
                    "reshape below with a copy (`reshape(..., copy=False)` raises), so\n"
                    "// each line is one compile error naming `.copy().reshape(..)`.")
    write_ui_groups(seed, pool, got[("ravel", False)], "ravel_copies",
                    "ravel below with a copy (the view is not C-contiguous), so each line\n"
                    "// is one compile error naming `.copy().ravel()`.")
    return counts, disagreements


def write_ui_groups(seed, pool, cases, stem, why):
    ui = os.path.join(ROOT, "tests", "ui_numpy_copies")
    for old in os.listdir(ui):
        if old.startswith(stem + "_") and old.endswith(".rs"):
            os.remove(os.path.join(ui, old))
    for f in range(0, len(cases), UI_LINES_PER_FILE):
        chunk = cases[f : f + UI_LINES_PER_FILE]
        lines = []
        for sid in sorted({c.shape_id for c in chunk}):
            lines.append("    let b%d = Array::<i64, %s>::arange();" % (sid, shape_lit(pool[sid])))
        for c in chunk:
            name = "b%d" % c.shape_id
            lines.append("    // %s" % py_expr(name, c.ops + [c.last]))
            lines.append("    let _ = nd!(%s%s);" % (name, "".join(o.rust() for o in c.ops + [c.last])))
        text = (
            "// GENERATED by tests/numpy/gen.py (seed %d, NumPy %s): NumPy answers each\n"
            "// %s\n"
            "use ndview::prelude::*;\n\n"
            "fn main() {\n%s\n}\n" % (seed, np.__version__, why, "\n".join(lines))
        )
        path = os.path.join(ui, "%s_%02d.rs" % (stem, f // UI_LINES_PER_FILE))
        with open(path, "w") as fh:
            fh.write(text)
        subprocess.run(["rustfmt", "--edition", "2021", path], check=True)


if __name__ == "__main__":
    main()
