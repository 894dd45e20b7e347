"""The model side of tests/numpy/gen.py: the chains of view operations
(rendered for NumPy and for `nd!`), random chains, and what ndview's *types* know about a
view (static dims, and the C / Known / Strided layout with the replayed
strides of runtime/src/known/), so the generator writes only chains that
compile and labels each reshape as the compiler will.
"""

import copy
import os
import random
import re

import numpy as np

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


def rand_permutation(rng, v, ts):
    """`transpose(p)` of a random permutation, axes written with either sign."""
    r = v.ndim
    if r == 0:
        return None
    p = list(range(r))
    rng.shuffle(p)
    return Op("transpose", args=[k - r if rng.random() < 0.3 else k for k in p])


def rand_two_axes(name):
    """`swapaxes` or `moveaxis` of two random axes."""

    def make(rng, v, ts):
        r = v.ndim
        return None if r == 0 else Op(name, args=[rand_axis(rng, r), rand_axis(rng, r)])

    return make


def rand_expand_dims(rng, v, ts):
    """`expand_dims` at a random position, where the rank allows one more axis."""
    r = v.ndim
    return None if r >= MAX_RANK else Op("expand_dims", args=[rand_axis(rng, r + 1)])


def rand_squeeze(rng, v, ts):
    """Mostly `squeeze(k)` of an axis of length 1, when there is one."""
    r = v.ndim
    ones = [k for k in range(r) if v.shape[k] == 1]
    if ones and rng.random() < 0.6:
        k = rng.choice(ones)
        return Op("squeeze", args=[k - r if rng.random() < 0.4 else k])
    return Op("squeeze")


def rand_flip(rng, v, ts):
    return None if v.ndim == 0 else Op("flip", args=[rand_axis(rng, v.ndim)])


# Each entry: (weight, maker); a maker returns an op for the view `v` of type
# `ts`, or None when it has none for this view (another draw is made).
CHAIN_OPS = [
    (0.36, lambda rng, v, ts: rand_index(rng, v)),
    (0.06, lambda rng, v, ts: Op("T")),
    (0.03, lambda rng, v, ts: Op("transpose")),
    (0.08, rand_permutation),
    (0.06, rand_two_axes("swapaxes")),
    (0.06, rand_two_axes("moveaxis")),
    (0.06, rand_expand_dims),
    (0.06, rand_squeeze),
    (0.07, rand_flip),
    (0.11, rand_reshape),
    (0.05, lambda rng, v, ts: Op("ravel")),
]


def rand_op(rng, v, ts, table=CHAIN_OPS):
    """A random op of `table` (weights summing to 1) that the type of `ts`
    allows on the view `v`."""
    while True:
        x, acc = rng.random(), 0.0
        for weight, make in table:
            acc += weight
            if x < acc:
                break
        op = make(rng, v, ts)
        if op is not None and type_step(ts, op) is not None:
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
