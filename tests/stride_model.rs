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

// The reference model (coordinate and stride halves).
include!("support/numpy_model.rs");

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
