//! Property tests: the stride math every `nd!` expansion calls, against a
//! reference model of NumPy's rules written independently in this file.
//!
//! The model has two halves that never share code with the library:
//!
//! - a *coordinate* model: which source element each output multi-index
//!   reads, computed from the meaning of each operation (Python's slice
//!   semantics by filtering `range(n)`, axis permutations, C-order
//!   reinterpretation for reshape), without strides;
//! - a *stride* model: dims, strides and offset by NumPy's rules as
//!   RESEARCH.md states them, with reshape decided by brute force (a view
//!   exists when some strides reproduce the source's C-order addresses).
//!
//! The base array is `arange`, so an element's value is its address: the two
//! halves are checked against each other, then against the library's
//! `strides::*` functions and `RawView` operations (dims, strides, offset,
//! contiguity, and the elements of `to_vec`/`iter` through a `View`).

use ndview::__private::IndexItem;
use ndview::__private::RawView;
use ndview::__private::{
    c_strides, infer_reshape, is_c_contiguous, normalize_index, reshape_strides, slice_axis,
};
use ndview::{Array, Dyn, NdView, Shape, ShapeError, Strided, View, Viewable, C};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// The reference model.
// ---------------------------------------------------------------------------

/// Python's `list(range(n))[start:stop:step]`, by filtering `0..n`: keep the
/// indices inside the (negative-resolved) bounds that are a whole number of
/// steps from the first index taken. Only the anchor of the walk is clamped.
fn model_slice(n: usize, start: Option<isize>, stop: Option<isize>, step: isize) -> Vec<usize> {
    assert_ne!(step, 0);
    let n = n as isize;
    let resolve = |x: isize| if x < 0 { x + n } else { x };
    let picked: Vec<isize> = if step > 0 {
        let first = start.map_or(0, resolve).max(0);
        let end = stop.map_or(n, resolve);
        (0..n)
            .filter(|i| *i >= first && *i < end && (i - first) % step == 0)
            .collect()
    } else {
        let first = start.map_or(n - 1, resolve).min(n - 1);
        let end = stop.map_or(-1, resolve);
        (0..n)
            .rev()
            .filter(|i| *i <= first && *i > end && (first - i) % -step == 0)
            .collect()
    };
    picked.into_iter().map(|i| i as usize).collect()
}

/// NumPy's integer index: valid for `-n <= i < n`.
fn model_normalize(i: isize, n: usize) -> Option<usize> {
    let n = n as isize;
    if i >= -n && i < n {
        Some(i.rem_euclid(n.max(1)) as usize)
    } else {
        None
    }
}

/// NumPy's C strides: the product of the dims to the right, zero-size dims
/// counted as 1.
fn model_c_strides(dims: &[usize]) -> Vec<isize> {
    (0..dims.len())
        .map(|k| dims[k + 1..].iter().map(|d| (*d).max(1) as isize).product())
        .collect()
}

fn unravel(mut flat: usize, dims: &[usize], out: &mut [usize]) {
    for k in (0..dims.len()).rev() {
        out[k] = flat % dims[k];
        flat /= dims[k];
    }
}

fn ravel(idx: &[usize], dims: &[usize]) -> usize {
    idx.iter().zip(dims).fold(0, |acc, (i, d)| acc * d + i)
}

fn count(dims: &[usize]) -> usize {
    dims.iter().product()
}

/// The addresses of a strided layout in C order.
fn addresses(dims: &[usize], strides: &[isize], offset: isize) -> Vec<isize> {
    let mut idx = vec![0; dims.len()];
    (0..count(dims))
        .map(|f| {
            unravel(f, dims, &mut idx);
            offset
                + idx
                    .iter()
                    .zip(strides)
                    .map(|(i, s)| *i as isize * s)
                    .sum::<isize>()
        })
        .collect()
}

/// NumPy's contiguity flag, by brute force: the C-order addresses are
/// consecutive (empty arrays count as contiguous).
fn model_contiguous(dims: &[usize], strides: &[isize]) -> bool {
    let a = addresses(dims, strides, 0);
    a.windows(2).all(|w| w[1] == w[0] + 1)
}

/// Strides that make `new_dims` address the same elements in the same C
/// order as `addrs`, when they exist: each axis's stride is the step between
/// the first element and the next one along it; then every address is checked.
/// Length-1 axes get stride 0 here (any stride addresses them correctly).
fn model_view_strides(addrs: &[isize], new_dims: &[usize]) -> Option<Vec<isize>> {
    if addrs.is_empty() {
        return Some(model_c_strides(new_dims));
    }
    let r = new_dims.len();
    let unit = |k: usize| {
        let mut idx = vec![0; r];
        idx[k] = 1;
        ravel(&idx, new_dims)
    };
    let strides: Vec<isize> = (0..r)
        .map(|k| {
            if new_dims[k] > 1 {
                addrs[unit(k)] - addrs[0]
            } else {
                0
            }
        })
        .collect();
    let mut idx = vec![0; r];
    for (f, a) in addrs.iter().enumerate() {
        unravel(f, new_dims, &mut idx);
        let got: isize = addrs[0]
            + idx
                .iter()
                .zip(&strides)
                .map(|(i, s)| *i as isize * s)
                .sum::<isize>();
        if got != *a {
            return None;
        }
    }
    Some(strides)
}

/// How an operation can fail, as the test compares errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fail {
    IndexOutOfBounds,
    TooManyIndices,
    ZeroStep,
    Axis,
    SqueezeNotOne,
    ReshapeCount,
    BadReshapeSpec,
    NeedsCopy,
}

fn fail_of(e: &ShapeError) -> Fail {
    match e {
        ShapeError::IndexOutOfBounds { .. } => Fail::IndexOutOfBounds,
        ShapeError::TooManyIndices { .. } => Fail::TooManyIndices,
        ShapeError::ZeroStep => Fail::ZeroStep,
        ShapeError::AxisOutOfBounds { .. } => Fail::Axis,
        ShapeError::SqueezeNotOne { .. } => Fail::SqueezeNotOne,
        ShapeError::ReshapeCount { .. } => Fail::ReshapeCount,
        ShapeError::BadReshapeSpec { .. } => Fail::BadReshapeSpec,
        ShapeError::ReshapeNeedsCopy => Fail::NeedsCopy,
        ShapeError::RavelNeedsCopy { .. } => Fail::NeedsCopy,
        other => panic!("unexpected error from a view operation: {other}"),
    }
}

/// NumPy's reshape target with one inferred `-1`.
fn model_infer(len: usize, spec: &[isize]) -> Result<Vec<usize>, Fail> {
    if spec.iter().any(|d| *d < -1) || spec.iter().filter(|d| **d == -1).count() > 1 {
        return Err(Fail::BadReshapeSpec);
    }
    let known: usize = spec
        .iter()
        .filter(|d| **d >= 0)
        .map(|d| *d as usize)
        .product();
    if spec.contains(&-1) {
        if known == 0 || len % known != 0 {
            return Err(Fail::ReshapeCount);
        }
        Ok(spec
            .iter()
            .map(|d| if *d == -1 { len / known } else { *d as usize })
            .collect())
    } else if known == len {
        Ok(spec.iter().map(|d| *d as usize).collect())
    } else {
        Err(Fail::ReshapeCount)
    }
}

/// A view in the model: dims, strides and offset (the stride half) and the
/// elements in C order (the coordinate half). The base is `arange`, so
/// `values` are addresses.
#[derive(Clone, Debug)]
struct Model {
    dims: Vec<usize>,
    strides: Vec<isize>,
    offset: isize,
    values: Vec<i64>,
    /// Axes whose stride NumPy leaves unspecified (length-1 axes made by a
    /// non-contiguous reshape); `check` adopts the library's choice for them.
    free: Vec<bool>,
}

/// One view operation, as `RawView` exposes it.
#[derive(Clone, Debug)]
enum Op {
    Index(Vec<IndexItem>),
    Permute(Vec<isize>),
    Reverse,
    Swap(isize, isize),
    Move(isize, isize),
    Flip(isize),
    Expand(isize),
    Squeeze(isize),
    Reshape(Vec<isize>),
    Ravel,
}

fn norm_axis(a: isize, n: usize) -> Result<usize, Fail> {
    let k = if a < 0 { a + n as isize } else { a };
    if k >= 0 && (k as usize) < n {
        Ok(k as usize)
    } else {
        Err(Fail::Axis)
    }
}

impl Model {
    fn base(n: usize) -> Model {
        Model {
            dims: vec![n],
            strides: vec![1],
            offset: 0,
            values: (0..n as i64).collect(),
            free: vec![false],
        }
    }

    /// The output elements: output multi-index -> source multi-index.
    fn gather(&self, dims: &[usize], map: impl Fn(&[usize], &mut [usize])) -> Vec<i64> {
        let mut out_idx = vec![0; dims.len()];
        let mut src_idx = vec![0; self.dims.len()];
        (0..count(dims))
            .map(|f| {
                unravel(f, dims, &mut out_idx);
                map(&out_idx, &mut src_idx);
                self.values[ravel(&src_idx, &self.dims)]
            })
            .collect()
    }

    fn index(&self, items: &[IndexItem]) -> Result<Model, Fail> {
        let rank = self.dims.len();
        let consumed = items
            .iter()
            .filter(|i| matches!(i, IndexItem::Int(_) | IndexItem::Slice(..)))
            .count();
        if consumed > rank {
            return Err(Fail::TooManyIndices);
        }
        // The ellipsis (explicit, or implicit at the end) stands for full slices.
        let full = IndexItem::Slice(None, None, 1);
        let mut expanded = Vec::new();
        let mut had_ellipsis = false;
        for item in items {
            if let IndexItem::Ellipsis = item {
                had_ellipsis = true;
                expanded.extend(std::iter::repeat_n(full, rank - consumed));
            } else {
                expanded.push(*item);
            }
        }
        if !had_ellipsis {
            expanded.extend(std::iter::repeat_n(full, rank - consumed));
        }
        let mut fixed = vec![0usize; rank];
        // Per output axis: the source axis and the indices it takes, or a new axis.
        let mut sources: Vec<Option<(usize, Vec<usize>)>> = Vec::new();
        let (mut dims, mut strides, mut offset) = (Vec::new(), Vec::new(), self.offset);
        let mut ax = 0;
        for item in expanded {
            match item {
                IndexItem::Int(i) => {
                    let k = model_normalize(i, self.dims[ax]).ok_or(Fail::IndexOutOfBounds)?;
                    fixed[ax] = k;
                    offset += k as isize * self.strides[ax];
                    ax += 1;
                }
                IndexItem::Slice(start, stop, step) => {
                    if step == 0 {
                        return Err(Fail::ZeroStep);
                    }
                    let taken = model_slice(self.dims[ax], start, stop, step);
                    // An empty result leaves offset and stride as they were.
                    match taken.first() {
                        Some(first) => {
                            offset += *first as isize * self.strides[ax];
                            strides.push(self.strides[ax] * step);
                        }
                        None => strides.push(self.strides[ax]),
                    }
                    dims.push(taken.len());
                    sources.push(Some((ax, taken)));
                    ax += 1;
                }
                IndexItem::NewAxis => {
                    dims.push(1);
                    strides.push(0);
                    sources.push(None);
                }
                IndexItem::Ellipsis => unreachable!("expanded above"),
            }
        }
        let values = self.gather(&dims, |o, s| {
            s.copy_from_slice(&fixed);
            for (k, src) in sources.iter().enumerate() {
                if let Some((ax, taken)) = src {
                    s[*ax] = taken[o[k]];
                }
            }
        });
        Ok(Model {
            free: vec![false; dims.len()],
            dims,
            strides,
            offset,
            values,
        })
    }

    /// `new[i] = old[perm[i]]`.
    fn permute(&self, perm: &[isize]) -> Result<Model, Fail> {
        let rank = self.dims.len();
        if perm.len() != rank {
            return Err(Fail::Axis);
        }
        let p = perm
            .iter()
            .map(|a| norm_axis(*a, rank))
            .collect::<Result<Vec<_>, _>>()?;
        if (0..rank).any(|k| !p.contains(&k)) {
            return Err(Fail::Axis);
        }
        let dims: Vec<usize> = p.iter().map(|k| self.dims[*k]).collect();
        let values = self.gather(&dims, |o, s| {
            for (i, k) in p.iter().enumerate() {
                s[*k] = o[i];
            }
        });
        Ok(Model {
            strides: p.iter().map(|k| self.strides[*k]).collect(),
            free: vec![false; rank],
            dims,
            offset: self.offset,
            values,
        })
    }

    fn apply(&self, op: &Op) -> Result<Model, Fail> {
        let rank = self.dims.len();
        match op {
            Op::Index(items) => self.index(items),
            Op::Permute(p) => self.permute(p),
            Op::Reverse => self.permute(&(0..rank as isize).rev().collect::<Vec<_>>()),
            Op::Swap(i, j) => {
                let (i, j) = (norm_axis(*i, rank)?, norm_axis(*j, rank)?);
                let mut p: Vec<isize> = (0..rank as isize).collect();
                p.swap(i, j);
                self.permute(&p)
            }
            Op::Move(src, dst) => {
                let (src, dst) = (norm_axis(*src, rank)?, norm_axis(*dst, rank)?);
                let mut p: Vec<isize> = (0..rank as isize).filter(|k| *k != src as isize).collect();
                p.insert(dst, src as isize);
                self.permute(&p)
            }
            // np.flip(m, axis) is m[..., ::-1, ...] with the step on `axis`.
            Op::Flip(a) => {
                let k = norm_axis(*a, rank)?;
                let mut items = vec![IndexItem::Slice(None, None, 1); rank];
                items[k] = IndexItem::Slice(None, None, -1);
                self.index(&items)
            }
            // np.expand_dims is a reshape with a length-1 axis inserted.
            Op::Expand(a) => {
                let k = norm_axis(*a, rank + 1)?;
                let mut spec: Vec<isize> = self.dims.iter().map(|d| *d as isize).collect();
                spec.insert(k, 1);
                self.reshape(&spec)
            }
            Op::Squeeze(a) => {
                let k = norm_axis(*a, rank)?;
                if self.dims[k] != 1 {
                    return Err(Fail::SqueezeNotOne);
                }
                let mut m = self.clone();
                m.dims.remove(k);
                m.strides.remove(k);
                m.free.remove(k);
                Ok(m)
            }
            Op::Reshape(spec) => self.reshape(spec),
            // np.ravel is a view only of C-contiguous input (it copies
            // anything else, even where reshape(-1) would be a view).
            Op::Ravel => {
                let addrs: Vec<isize> = self.values.iter().map(|v| *v as isize).collect();
                if addrs.windows(2).all(|w| w[1] == w[0] + 1) {
                    self.reshape(&[-1])
                } else {
                    Err(Fail::NeedsCopy)
                }
            }
        }
    }

    /// NumPy's reshape: a contiguous (or empty) source gets fresh C strides;
    /// any other source is a view exactly when some strides reproduce its
    /// C-order addresses, else a copy is needed.
    fn reshape(&self, spec: &[isize]) -> Result<Model, Fail> {
        let dims = model_infer(count(&self.dims), spec)?;
        let addrs: Vec<isize> = self.values.iter().map(|v| *v as isize).collect();
        let contiguous = addrs.windows(2).all(|w| w[1] == w[0] + 1);
        let (strides, free) = if contiguous {
            (model_c_strides(&dims), vec![false; dims.len()])
        } else {
            let s = model_view_strides(&addrs, &dims).ok_or(Fail::NeedsCopy)?;
            let free = dims.iter().map(|d| *d == 1).collect();
            (s, free)
        };
        Ok(Model {
            dims,
            strides,
            offset: self.offset,
            values: self.values.clone(),
            free,
        })
    }

    /// The two halves of the model agree: each element is at
    /// `offset + sum(idx * strides)`.
    fn assert_consistent(&self) {
        let a = addresses(&self.dims, &self.strides, self.offset);
        let v: Vec<isize> = self.values.iter().map(|v| *v as isize).collect();
        assert_eq!(a, v, "model halves disagree: {self:?}");
    }
}

// ---------------------------------------------------------------------------
// Driving RawView at any rank: run-time rank -> a `(Dyn, ...)` shape type.
// ---------------------------------------------------------------------------

type D0 = ();
type D1 = (Dyn,);
type D2 = (Dyn, Dyn);
type D3 = (Dyn, Dyn, Dyn);
type D4 = (Dyn, Dyn, Dyn, Dyn);
type D5 = (Dyn, Dyn, Dyn, Dyn, Dyn);
type D6 = (Dyn, Dyn, Dyn, Dyn, Dyn, Dyn);
type D7 = (Dyn, Dyn, Dyn, Dyn, Dyn, Dyn, Dyn);
type D8 = (Dyn, Dyn, Dyn, Dyn, Dyn, Dyn, Dyn, Dyn);

/// A `RawView` of `i64` of any rank up to 8, all dims `Dyn`.
#[derive(Clone, Copy)]
enum AnyRaw {
    R0(RawView<i64, D0>),
    R1(RawView<i64, D1>),
    R2(RawView<i64, D2>),
    R3(RawView<i64, D3>),
    R4(RawView<i64, D4>),
    R5(RawView<i64, D5>),
    R6(RawView<i64, D6>),
    R7(RawView<i64, D7>),
    R8(RawView<i64, D8>),
}

trait Wrap: Shape {
    fn wrap(r: RawView<i64, Self>) -> AnyRaw;
}
macro_rules! wrap {
    ($($t:ident => $v:ident),*) => {$(
        impl Wrap for $t {
            fn wrap(r: RawView<i64, Self>) -> AnyRaw {
                AnyRaw::$v(r)
            }
        }
    )*};
}
wrap!(D0 => R0, D1 => R1, D2 => R2, D3 => R3, D4 => R4, D5 => R5, D6 => R6, D7 => R7, D8 => R8);

/// `$body` with `$s` naming the `(Dyn, ...)` shape of rank `$r`.
macro_rules! with_rank {
    ($r:expr, $s:ident => $body:expr) => {
        match $r {
            0 => {
                type $s = D0;
                $body
            }
            1 => {
                type $s = D1;
                $body
            }
            2 => {
                type $s = D2;
                $body
            }
            3 => {
                type $s = D3;
                $body
            }
            4 => {
                type $s = D4;
                $body
            }
            5 => {
                type $s = D5;
                $body
            }
            6 => {
                type $s = D6;
                $body
            }
            7 => {
                type $s = D7;
                $body
            }
            8 => {
                type $s = D8;
                $body
            }
            r => panic!("rank {r} is above MAX_RANK"),
        }
    };
}

/// `$body` with `$raw` bound to the typed raw view inside an `AnyRaw`.
macro_rules! on_any {
    ($any:expr, $raw:ident => $body:expr) => {
        match $any {
            AnyRaw::R0($raw) => $body,
            AnyRaw::R1($raw) => $body,
            AnyRaw::R2($raw) => $body,
            AnyRaw::R3($raw) => $body,
            AnyRaw::R4($raw) => $body,
            AnyRaw::R5($raw) => $body,
            AnyRaw::R6($raw) => $body,
            AnyRaw::R7($raw) => $body,
            AnyRaw::R8($raw) => $body,
        }
    };
}

fn run_op<S: Shape, S2: Wrap>(r: RawView<i64, S>, op: &Op) -> Result<AnyRaw, Fail> {
    let out: Result<RawView<i64, S2>, ShapeError> = match op {
        Op::Index(items) => r.index(items),
        Op::Permute(p) => r.permute(p),
        Op::Reverse => {
            assert_eq!(S::RANK, S2::RANK);
            Ok(r.reverse_axes())
        }
        Op::Swap(i, j) => r.swapaxes(*i, *j),
        Op::Move(i, j) => r.moveaxis(*i, *j),
        Op::Flip(a) => r.flip(*a),
        Op::Expand(a) => r.expand_dims(*a),
        Op::Squeeze(a) => r.squeeze_axis(*a),
        Op::Reshape(spec) => r.reshape(spec),
        Op::Ravel => r.ravel(),
    };
    out.map(S2::wrap).map_err(|e| fail_of(&e))
}

/// Apply `op` through the library; `out_rank` is the rank the expansion's
/// types would give the result (the model's, or for a failing op any rank).
fn apply(raw: AnyRaw, op: &Op, out_rank: usize) -> Result<AnyRaw, Fail> {
    on_any!(raw, r => with_rank!(out_rank, S2 => run_op::<_, S2>(r, op)))
}

fn dims_of(raw: &AnyRaw) -> Vec<usize> {
    on_any!(raw, r => r.dims().to_vec())
}

fn strides_of(raw: &AnyRaw) -> Vec<isize> {
    on_any!(raw, r => r.strides().to_vec())
}

/// The view a raw view stands for, borrowing `base`.
fn into_view<'a, S: Shape>(
    _base: &'a Array<i64, D1>,
    r: RawView<i64, S>,
) -> View<'a, i64, S, Strided> {
    // SAFETY: derived from `base.raw_view()` by RawView's operations; `check` proved (with
    // `shares_memory`, which reads nothing) its addresses lie inside `base` before any
    // read; `base` is borrowed for 'a and never mutated.
    unsafe { <View<'a, i64, D1, C> as NdView>::from_raw::<S, Strided>(r) }
}

/// A one-element view of `base` at address `k`.
fn element(base: &Array<i64, D1>, k: usize) -> AnyRaw {
    let r = base
        .raw_view()
        .index::<D1>(&[IndexItem::Slice(Some(k as isize), Some(k as isize + 1), 1)])
        .unwrap();
    AnyRaw::R1(r)
}

fn shares(base: &Array<i64, D1>, a: &AnyRaw, b: &AnyRaw) -> bool {
    on_any!(*a, ra => on_any!(*b, rb => into_view(base, ra).shares_memory(&into_view(base, rb))))
}

/// The library's result equals the model's: dims, strides (the unspecified
/// ones excepted), the address range (checked without reading memory), then
/// the elements in C order through `to_vec` and `iter`, and contiguity.
fn check(base: &Array<i64, D1>, model: &mut Model, raw: &AnyRaw) {
    model.assert_consistent();
    assert_eq!(dims_of(raw), model.dims, "dims");
    let strides = strides_of(raw);
    for ((free, s), got) in model.free.iter_mut().zip(&mut model.strides).zip(&strides) {
        if *free {
            *s = *got;
            *free = false;
        }
    }
    if !model.values.is_empty() {
        assert_eq!(strides, model.strides, "strides of {model:?}");
        let lo = *model.values.iter().min().unwrap() as usize;
        let hi = *model.values.iter().max().unwrap() as usize;
        let n = base.len();
        assert!(shares(base, raw, &element(base, lo)), "offset: misses {lo}");
        assert!(shares(base, raw, &element(base, hi)), "offset: misses {hi}");
        if lo > 0 {
            assert!(
                !shares(base, raw, &element(base, lo - 1)),
                "offset: reaches {}",
                lo - 1
            );
        }
        if hi + 1 < n {
            assert!(
                !shares(base, raw, &element(base, hi + 1)),
                "offset: reaches {}",
                hi + 1
            );
        }
        let (to_vec, iter) = on_any!(*raw, r => {
            let v = into_view(base, r);
            (v.to_vec(), v.iter().copied().collect::<Vec<_>>())
        });
        assert_eq!(to_vec, model.values, "to_vec");
        assert_eq!(iter, model.values, "iter");
    } else {
        // Empty: NumPy's strides are still defined by the rules.
        assert_eq!(strides, model.strides, "strides of empty {model:?}");
    }
    assert_eq!(
        is_c_contiguous(&model.dims, &strides),
        model_contiguous(&model.dims, &model.strides),
        "contiguity of {model:?}"
    );
}

// ---------------------------------------------------------------------------
// Random operations, interpreted against the current view.
// ---------------------------------------------------------------------------

/// Random numbers an operation is built from (interpreted by `make_op`, so
/// proptest can shrink them).
type OpSeed = (u8, u32, [u32; 8]);

fn make_slice(w: u32) -> IndexItem {
    let bound = |bits: u32| {
        if bits & 3 == 0 {
            None
        } else {
            Some(((bits >> 2) % 23) as isize - 11)
        }
    };
    let step = if (w >> 14) % 3 == 0 {
        1
    } else if (w >> 21) % 64 == 0 {
        0
    } else {
        let s = ((w >> 16) % 9) as isize + 1;
        if (w >> 20) & 1 == 1 {
            -s
        } else {
            s
        }
    };
    IndexItem::Slice(bound(w), bound(w >> 7), step)
}

fn make_items(m: &Model, n_pick: u32, words: &[u32; 8]) -> Vec<IndexItem> {
    let rank = m.dims.len();
    let n_items = (1 + n_pick as usize % (rank + 2)).min(words.len());
    let mut kinds: Vec<u32> = words[..n_items].iter().map(|w| w % 9).collect();
    // At most one ellipsis; usually no more axis-consuming items than axes.
    let mut seen = false;
    for k in kinds.iter_mut() {
        if *k == 8 {
            if seen {
                *k = 7;
            }
            seen = true;
        }
    }
    let consumes = |k: &u32| *k <= 6;
    if n_pick % 7 != 0 {
        while kinds.iter().filter(|k| consumes(k)).count() > rank {
            let pos = kinds.iter().position(consumes).unwrap();
            kinds.remove(pos);
        }
    }
    // Keep the result within rank 8.
    let ints = kinds.iter().filter(|k| **k <= 2).count();
    while rank + kinds.iter().filter(|k| **k == 7).count() > 8 + ints {
        let pos = kinds.iter().position(|k| *k == 7).unwrap();
        kinds.remove(pos);
    }
    let consumed = kinds.iter().filter(|k| consumes(k)).count();
    let ell = kinds.iter().position(|k| *k == 8);
    let mut items = Vec::new();
    let mut ax = 0usize;
    for (j, kind) in kinds.iter().enumerate() {
        let w = words[j] / 9;
        // After the ellipsis, items address the last axes.
        if Some(j) == ell {
            ax = rank.saturating_sub(consumed - kinds[..j].iter().filter(|k| consumes(k)).count());
        }
        items.push(match kind {
            0..=2 => {
                let n = m.dims.get(ax).copied().unwrap_or(1) as i64;
                // -n-1 ..= n: both out-of-bounds neighbours included.
                let v = (w as i64) % (2 * n + 2) - n - 1;
                ax += 1;
                IndexItem::Int(v as isize)
            }
            3..=6 => {
                ax += 1;
                make_slice(w)
            }
            7 => IndexItem::NewAxis,
            _ => IndexItem::Ellipsis,
        });
    }
    items
}

/// A random split of `len` into `words.len() % 7` dims, maybe with a `-1`.
fn make_reshape(len: usize, pick: u32, words: &[u32; 8]) -> Vec<isize> {
    let rank = (pick % 7) as usize;
    if rank == 0 {
        return vec![];
    }
    let mut dims = vec![1usize; rank];
    if len == 0 {
        for (d, w) in dims.iter_mut().zip(words) {
            *d = (*w % 8) as usize;
        }
        dims[(words[7] as usize) % rank] = 0;
    } else {
        let mut rest = len;
        for (d, w) in dims.iter_mut().zip(words).take(rank - 1) {
            let divisors: Vec<usize> = (1..=rest).filter(|k| rest % k == 0).collect();
            *d = divisors[*w as usize % divisors.len()];
            rest /= *d;
        }
        dims[rank - 1] = rest;
        let shift = words[6] as usize % rank;
        dims.rotate_left(shift);
    }
    let mut spec: Vec<isize> = dims.iter().map(|d| *d as isize).collect();
    if pick / 7 % 3 == 0 {
        spec[(pick / 21) as usize % rank] = -1;
    }
    if pick / 7 % 11 == 1 {
        spec[0] += 1; // a count that does not match: an error
    }
    spec
}

fn make_op(m: &Model, (kind, pick, words): &OpSeed) -> Op {
    let rank = m.dims.len();
    // An axis argument: usually in range (either sign), rarely one past it.
    let axis = |w: u32, n: usize| -> isize {
        let n = n as isize;
        if w % 16 == 0 {
            if w % 32 == 0 {
                n
            } else {
                -n - 1
            }
        } else if n == 0 {
            0
        } else {
            (w as isize / 16) % (2 * n) - n
        }
    };
    match kind % 13 {
        0..=3 => Op::Index(make_items(m, *pick, words)),
        4 => {
            let mut perm: Vec<usize> = (0..rank).collect();
            for k in (1..rank).rev() {
                perm.swap(k, words[k] as usize % (k + 1));
            }
            Op::Permute(
                perm.iter()
                    .enumerate()
                    .map(|(k, a)| {
                        if words[k] & 1 == 1 {
                            *a as isize - rank as isize
                        } else {
                            *a as isize
                        }
                    })
                    .collect(),
            )
        }
        5 => Op::Reverse,
        6 => Op::Swap(axis(words[0], rank), axis(words[1], rank)),
        7 => Op::Move(axis(words[0], rank), axis(words[1], rank)),
        8 => Op::Flip(axis(words[0], rank)),
        9 if rank < 8 => Op::Expand(axis(words[0], rank + 1)),
        10 => {
            // Prefer an axis of length 1 when there is one.
            match m.dims.iter().position(|d| *d == 1) {
                Some(k) if words[1] % 4 != 0 => {
                    Op::Squeeze(k as isize - (words[2] % 2) as isize * rank as isize)
                }
                _ => Op::Squeeze(axis(words[0], rank)),
            }
        }
        11 => Op::Reshape(make_reshape(count(&m.dims), *pick, words)),
        12 => Op::Ravel,
        _ => Op::Reverse,
    }
}

/// The rank the expansion's output type would have (also for failing ops).
fn out_rank(m: &Model, op: &Op, result: &Result<Model, Fail>) -> usize {
    if let Ok(r) = result {
        return r.dims.len();
    }
    let rank = m.dims.len();
    match op {
        Op::Index(items) => {
            let ints = items
                .iter()
                .filter(|i| matches!(i, IndexItem::Int(_)))
                .count();
            let new = items
                .iter()
                .filter(|i| matches!(i, IndexItem::NewAxis))
                .count();
            (rank + new).saturating_sub(ints).min(8)
        }
        Op::Expand(_) => rank + 1,
        Op::Squeeze(_) => rank.saturating_sub(1),
        Op::Reshape(spec) => spec.len(),
        Op::Ravel => 1,
        _ => rank,
    }
}

fn dims_strategy() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0usize..=7, 0..=6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Random chains of view operations on `arange` of a random shape: every
    /// step's dims, strides, offset, elements and contiguity agree with the model.
    #[test]
    fn raw_view_ops_match_numpy_model(
        dims in dims_strategy(),
        seeds in prop::collection::vec(any::<OpSeed>(), 1..8),
    ) {
        let n = count(&dims);
        let base = Array::<i64, D1>::from_shape_vec([n], (0..n as i64).collect()).unwrap();
        let mut raw = AnyRaw::R1(base.raw_view());
        let mut model = Model::base(n);
        // First the reshape to the random shape (C-contiguous: fresh C strides).
        let spec: Vec<isize> = dims.iter().map(|d| *d as isize).collect();
        let mut ops = vec![Op::Reshape(spec)];
        let mut seeds = seeds.into_iter();
        loop {
            let Some(op) = ops.pop() else {
                match seeds.next() {
                    Some(seed) => { ops.push(make_op(&model, &seed)); continue; }
                    None => break,
                }
            };
            let expected = model.apply(&op);
            let got = apply(raw, &op, out_rank(&model, &op, &expected));
            match (expected, got) {
                (Ok(m), Ok(r)) => {
                    model = m;
                    raw = r;
                    check(&base, &mut model, &raw);
                }
                (Err(fail), Err(e)) => {
                    // Both refuse; the chain goes on from the same view.
                    prop_assert_eq!(fail, e, "{:?} on {:?}", op, model.dims);
                }
                (Ok(m), Err(e)) => prop_assert!(false, "{:?} on {:?}: model gives {:?}, library fails: {:?}", op, model.dims, m.dims, e),
                (Err(fail), Ok(r)) => prop_assert!(false, "{:?} on {:?}: model fails ({:?}), library gives {:?}", op, model.dims, fail, dims_of(&r)),
            }
        }
    }

    /// `slice_axis` is Python's slice on `range(n)`: same first index,
    /// length and step (and for an empty result, NumPy's start 0).
    #[test]
    fn slice_axis_is_python_slicing(
        n in 0usize..20,
        start in prop::option::of(-30isize..30),
        stop in prop::option::of(-30isize..30),
        step in prop_oneof![-12isize..0, 1isize..13],
    ) {
        let taken = model_slice(n, start, stop, step);
        let s = slice_axis(n, start, stop, step).unwrap();
        prop_assert_eq!(s.len, taken.len());
        prop_assert_eq!(s.step, step);
        prop_assert_eq!(s.start, taken.first().copied().unwrap_or(0));
        prop_assert_eq!(s.stride_factor(), if taken.is_empty() { 1 } else { step });
    }

    /// A step of zero is NumPy's "slice step cannot be zero".
    #[test]
    fn slice_axis_rejects_step_zero(n in 0usize..20, start in prop::option::of(-30isize..30)) {
        prop_assert_eq!(slice_axis(n, start, None, 0), Err(ShapeError::ZeroStep));
    }

    /// `normalize_index` accepts exactly `-n..n`, counting negatives from the end.
    #[test]
    fn normalize_index_counts_negatives_from_the_end(i in -20isize..20, n in 0usize..10) {
        prop_assert_eq!(normalize_index(i, n), model_normalize(i, n));
    }

    /// `c_strides` is NumPy's rule, and on a non-empty shape it addresses the
    /// flat positions 0, 1, 2, ... in C order.
    #[test]
    fn c_strides_address_c_order(dims in prop::collection::vec(0usize..=7, 0..=8)) {
        let mut s = vec![0isize; dims.len()];
        c_strides(&dims, &mut s);
        prop_assert_eq!(&s, &model_c_strides(&dims));
        let a = addresses(&dims, &s, 0);
        prop_assert!(a.iter().enumerate().all(|(k, x)| *x == k as isize));
    }

    /// `is_c_contiguous` is true exactly when the C-order addresses are
    /// consecutive (size-1 axes with any stride, empty arrays included).
    #[test]
    fn is_c_contiguous_means_consecutive_addresses(
        dims in prop::collection::vec(0usize..=4, 0..=5),
        perturb in prop::collection::vec(-3isize..4, 5),
        random in any::<bool>(),
    ) {
        let mut s = model_c_strides(&dims);
        for (k, p) in perturb.iter().enumerate().take(dims.len()) {
            // Random strides, or C strides with some axes disturbed.
            if random || *p == 3 { s[k] = *p * 3 + s[k] * (*p % 2); }
        }
        prop_assert_eq!(is_c_contiguous(&dims, &s), model_contiguous(&dims, &s));
    }

    /// `infer_reshape` resolves one `-1` and checks counts like NumPy.
    #[test]
    fn infer_reshape_matches_numpy(
        len in 0usize..60,
        spec in prop::collection::vec(-2isize..7, 0..=4),
    ) {
        let mut out = vec![0usize; spec.len()];
        let got = infer_reshape(len, &spec, &mut out);
        match model_infer(len, &spec) {
            Ok(dims) => { prop_assert!(got.is_ok()); prop_assert_eq!(out, dims); }
            Err(f) => prop_assert_eq!(f, fail_of(&got.unwrap_err())),
        }
    }

    /// `reshape_strides` finds a view exactly when one exists, with strides
    /// that address the source's elements in C order (NumPy's no-copy
    /// reshape); contiguous or empty sources get fresh C strides.
    #[test]
    fn reshape_strides_find_a_view_exactly_when_one_exists(
        dims in prop::collection::vec(0usize..=5, 0..=5),
        factors in prop::collection::vec(prop_oneof![Just(1isize), Just(1), Just(2), Just(-1), Just(3), Just(0)], 5),
        perm_seed in any::<u32>(),
        pick in any::<u32>(),
        words in any::<[u32; 8]>(),
    ) {
        // Strides of a stepped, permuted view of some C array.
        let mut strides = model_c_strides(&dims);
        for (s, f) in strides.iter_mut().zip(&factors) { *s *= f; }
        let r = dims.len();
        let mut order: Vec<usize> = (0..r).collect();
        for k in (1..r).rev() { order.swap(k, (perm_seed as usize >> k) % (k + 1)); }
        let dims: Vec<usize> = order.iter().map(|k| dims[*k]).collect();
        let strides: Vec<isize> = order.iter().map(|k| strides[*k]).collect();
        let len = count(&dims);
        let mut spec = make_reshape(len, pick, &words);
        spec.retain(|d| *d >= 0);
        let new_dims: Vec<usize> = spec.iter().map(|d| *d as usize).collect();
        prop_assume!(count(&new_dims) == len);
        let mut out = vec![0isize; new_dims.len()];
        let got = reshape_strides(&dims, &strides, &new_dims, &mut out);
        let addrs = addresses(&dims, &strides, 0);
        if len == 0 || model_contiguous(&dims, &strides) {
            prop_assert!(got);
            prop_assert_eq!(out, model_c_strides(&new_dims));
        } else {
            match model_view_strides(&addrs, &new_dims) {
                Some(expected) => {
                    prop_assert!(got, "no view found for {:?} {:?} -> {:?}", dims, strides, new_dims);
                    for k in 0..new_dims.len() {
                        if new_dims[k] > 1 { prop_assert_eq!(out[k], expected[k]); }
                    }
                }
                None => prop_assert!(!got, "a view claimed for {:?} {:?} -> {:?}: {:?}", dims, strides, new_dims, out),
            }
        }
    }
}

/// Larger views than the chains use (dims up to 40), so the copy kernels'
/// tiled and run-by-run paths both run: `to_vec` is the model's gather.
#[test]
fn to_vec_of_large_permuted_stepped_views_is_the_c_order_gather() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(32));
    let strategy = (
        prop::collection::vec(1usize..=40, 2..=3),
        any::<u32>(),
        prop::collection::vec(prop_oneof![Just(1isize), Just(2), Just(-1), Just(-3)], 4),
    );
    runner
        .run(&strategy, |(dims, perm_seed, steps)| {
            let n = count(&dims);
            let base = Array::<i64, D1>::from_shape_vec([n], (0..n as i64).collect()).unwrap();
            let spec: Vec<isize> = dims.iter().map(|d| *d as isize).collect();
            let mut model = Model::base(n);
            let mut raw = AnyRaw::R1(base.raw_view());
            let r = dims.len();
            let mut perm: Vec<isize> = (0..r as isize).collect();
            for k in (1..r).rev() {
                perm.swap(k, (perm_seed as usize >> k) % (k + 1));
            }
            let items: Vec<IndexItem> = steps[..r]
                .iter()
                .map(|s| IndexItem::Slice(None, None, *s))
                .collect();
            for op in [Op::Reshape(spec), Op::Index(items), Op::Permute(perm)] {
                let m = model.apply(&op).unwrap();
                raw = apply(raw, &op, m.dims.len()).unwrap();
                model = m;
                check(&base, &mut model, &raw);
            }
            Ok(())
        })
        .unwrap();
}
