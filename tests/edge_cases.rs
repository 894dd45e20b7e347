//! Edge cases of NumPy's view rules, one test per rule, each pinned to what
//! NumPy 2.4.6 answers (the NumPy expression is in a comment next to each
//! assertion; strides are NumPy's byte strides divided by 8).

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::{ShapeError, Strided, C};

/// A run-time value the compiler cannot see through.
fn k(x: isize) -> isize {
    std::hint::black_box(x)
}

/// `np.arange(4 * n).reshape(n, 4)` with the row count known only at run time.
fn dyn_rows(n: usize) -> Array<i64, shape![Dyn, 4]> {
    Array::from_shape_vec([n, 4], (0..4 * n as i64).collect()).unwrap()
}

// --- zero-size dims --------------------------------------------------------

#[test]
fn zero_size_arrays_have_c_strides_counting_the_zero_as_one() {
    // a = np.arange(0).reshape(3, 0, 4): strides (4, 4, 1), C-contiguous
    let a = Array::<i64, shape![3, 0, 4]>::arange();
    assert_eq!(a.strides(), &[4, 4, 1]);
    assert!(a.is_contiguous());
    assert!(a.is_empty());
    assert_eq!(a.to_vec(), Vec::<i64>::new());
}

#[test]
fn slicing_a_zero_size_array_keeps_the_strides_numpy_computes() {
    let a = Array::<i64, shape![3, 0, 4]>::arange();
    // a[1:]: shape (2, 0, 4), strides (4, 4, 1)
    let s: View<'_, i64, shape![2, 0, 4], C> = nd!(a[1:]);
    assert_eq!(s.strides(), &[4, 4, 1]);
    // a[:, :, ::-1]: the last axis is not empty, so its stride is negated: (4, 4, -1)
    let r = nd!(a[:, :, ::-1]);
    assert_eq!(r.shape(), &[3, 0, 4]);
    assert_eq!(r.strides(), &[4, 4, -1]);
    assert!(r.to_vec().is_empty());
    // a[:, 5:, 1]: shape (3, 0)
    assert_eq!(nd!(a[:, 5:, 1]).shape(), &[3, 0]);
}

#[test]
fn an_empty_slice_leaves_the_stride_as_it_was() {
    // e = np.arange(0).reshape(0, 3); e[::-1].strides == (24, 8), np.flip(e, 0) too
    let e = Array::<i64, shape![0, 3]>::arange();
    assert_eq!(nd!(e[::-1]).strides(), &[3, 1]);
    assert_eq!(nd!(e.flip(0)).strides(), &[3, 1]);
    // e[:, ::-1].strides == (24, -8): the sliced axis itself is not empty
    assert_eq!(nd!(e[:, ::-1]).strides(), &[3, -1]);
}

#[test]
fn zero_size_arrays_reshape_freely_and_are_contiguous_after_transpose() {
    let a = Array::<i64, shape![3, 0, 4]>::arange();
    // a.reshape(0, 5): strides (5, 1); a.reshape(-1, 6): shape (0, 6)
    let r: View<'_, i64, shape![0, 5], C> = nd!(a.reshape(0, 5));
    assert_eq!(r.strides(), &[5, 1]);
    let inferred: View<'_, i64, shape![0, 6], C> = nd!(a.reshape(-1, 6));
    assert_eq!(inferred.strides(), &[6, 1]);
    // a.T: shape (4, 0, 3), strides (1, 4, 4), C-contiguous (NumPy: empty arrays are)
    let t = nd!(a.T);
    assert_eq!(t.shape(), &[4, 0, 3]);
    assert_eq!(t.strides(), &[1, 4, 4]);
    assert!(t.is_contiguous());
    // a.T.reshape(4, 0, 1, 3): splitting or adding size-1 axes of an empty
    // strided view is a view
    assert_eq!(nd!(a.T.reshape(4, 0, 1, 3)).shape(), &[4, 0, 1, 3]);
}

#[test]
fn copy_of_a_zero_size_view_is_an_empty_c_array() {
    let a = Array::<i64, shape![3, 0, 4]>::arange();
    // a.T.copy(): shape (4, 0, 3), no elements. (NumPy reports strides
    // (0, 0, 0) for a fresh empty array; ndview gives C strides. Strides of
    // an empty array address nothing, so this is not a difference in meaning.)
    let c: Array<i64, shape![4, 0, 3]> = nd!(a.T.copy());
    assert_eq!(c.shape(), &[4, 0, 3]);
    assert!(c.is_contiguous());
    assert!(c.to_vec().is_empty());
    assert!(c.as_slice().is_empty());
}

#[test]
fn an_integer_index_on_a_zero_size_axis_is_out_of_bounds() {
    // np.arange(0).reshape(0, 3)[0] -> IndexError: index 0 is out of bounds for axis 0 with size 0
    // (a literal index is a compile error, see tests/ui; a run-time one is an Err)
    let e = Array::<i64, shape![0, 3]>::arange();
    let err = try_nd!(e[{ k(0) }]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "index 0 is out of bounds for axis 0 with size 0"
    );
}

// --- size-1 dims with arbitrary strides --------------------------------------

#[test]
fn size_1_axes_do_not_count_for_contiguity_whatever_their_stride() {
    let b = Array::<i64, shape![3, 4]>::arange();
    // b[1:2]: (1, 4), strides (4, 1), contiguous
    assert!(nd!(b[1:2]).is_contiguous());
    // b[1:2].T: (4, 1), strides (1, 4), contiguous (the size-1 axis is skipped)
    let t = nd!(b[1:2].T);
    assert_eq!(t.strides(), &[1, 4]);
    assert!(t.is_contiguous());
    // b[1:2, 1:2]: (1, 1), contiguous
    assert!(nd!(b[1:2, 1:2]).is_contiguous());
    // b[None]: (1, 3, 4), strides (0, 4, 1), contiguous
    let n = nd!(b[None]);
    assert_eq!(n.strides(), &[0, 4, 1]);
    assert!(n.is_contiguous());
    // b[:, 2:3]: (3, 1), strides (4, 1): NOT contiguous (axis 0 steps by 4)
    assert!(!nd!(b[:, 2:3]).is_contiguous());
    // b[1:2, ::2]: (1, 2), strides (4, 2): not contiguous
    assert!(!nd!(b[1:2, ::2]).is_contiguous());
}

#[test]
fn reshapes_around_size_1_axes_of_strided_views_are_views() {
    let b = Array::<i64, shape![3, 4]>::arange();
    // b[1:2].T.reshape(2, 2): strides (2, 1), [[4, 5], [6, 7]]
    let r: View<'_, i64, shape![2, 2], Strided> = nd!(b[1:2].T.reshape(2, 2)).strided();
    assert_eq!(r.strides(), &[2, 1]);
    assert_eq!(r.to_vec(), vec![4, 5, 6, 7]);
    assert!(r.shares_memory(&b));
    // b[:, 2:3].reshape(3): strides (4,), [2, 6, 10]
    let c = nd!(b[:, 2:3].reshape(3));
    assert_eq!(c.strides(), &[4]);
    assert_eq!(c.to_vec(), vec![2, 6, 10]);
    // adding and dropping size-1 axes of a stepped view: b[:, ::2].reshape(3, 1, 2)
    let d = nd!(b[:, ::2].reshape(3, 1, 2));
    assert_eq!(d.shape(), &[3, 1, 2]);
    assert_eq!(d.to_vec(), vec![0, 2, 4, 6, 8, 10]);
}

// --- rank 0 ------------------------------------------------------------------

#[test]
fn rank_0_arrays_hold_one_element_and_take_every_view_op() {
    // s = np.arange(1).reshape(())
    let s = Array::<i64, shape![]>::arange();
    assert_eq!((s.ndim(), s.len()), (0, 1));
    assert_eq!(s.shape(), &[] as &[usize]);
    assert!(s.is_contiguous());
    assert_eq!(s.get([]), Some(&0));
    assert_eq!(s.to_string(), "0");
    // s[...] is a 0-d view; s[None] has shape (1,) and stride 0
    let e = nd!(s[...]);
    assert_eq!((e.ndim(), e.to_vec()), (0, vec![0]));
    let n = nd!(s[None]);
    assert_eq!((n.shape(), n.strides()), (&[1usize][..], &[0isize][..]));
    // s.reshape(1, 1), np.expand_dims(s, 0), s.ravel(), s.squeeze(), s.T
    assert_eq!(nd!(s.reshape(1, 1)).shape(), &[1, 1]);
    assert_eq!(nd!(s.expand_dims(0)).shape(), &[1]);
    assert_eq!(nd!(s.ravel()).to_vec(), vec![0]);
    assert_eq!(nd!(s.squeeze()).ndim(), 0);
    assert_eq!(nd!(s.T).ndim(), 0);
    let c: Array<i64, shape![]> = nd!(s.copy());
    assert_eq!(c.to_vec(), vec![0]);
}

#[test]
fn a_full_integer_index_as_the_last_step_gives_the_element() {
    let b = Array::<i64, shape![3, 4]>::arange();
    // b[1, 2] is 6; b[1][2] too; b[1, 2, ...] is a 0-d view of it
    assert_eq!(*nd!(b[1, 2]), 6);
    assert_eq!(*nd!(b[1][2]), 6);
    assert_eq!(nd!(b[1, 2, ...]).to_vec(), vec![6]);
    // a 0-d view from a full index in the middle of a chain takes more steps
    assert_eq!(nd!(b[1, 2][None]).shape(), &[1]);
}

// --- rank 8 --------------------------------------------------------------------

#[test]
fn rank_8_views_index_transpose_and_reshape() {
    // r8 = np.arange(16).reshape(2, 1, 2, 1, 2, 1, 2, 1): strides (8, 8, 4, 4, 2, 2, 1, 1)
    let r8 = Array::<i64, shape![2, 1, 2, 1, 2, 1, 2, 1]>::arange();
    assert_eq!(r8.ndim(), 8);
    assert_eq!(r8.strides(), &[8, 8, 4, 4, 2, 2, 1, 1]);
    // r8.T: strides (1, 1, 2, 2, 4, 4, 8, 8)
    assert_eq!(nd!(r8.T).strides(), &[1, 1, 2, 2, 4, 4, 8, 8]);
    // r8[1, ..., 0]: shape (1, 2, 1, 2, 1, 2), strides (8, 4, 4, 2, 2, 1), [8..16)
    let i = nd!(r8[1, ..., 0]);
    assert_eq!(i.shape(), &[1, 2, 1, 2, 1, 2]);
    assert_eq!(i.strides(), &[8, 4, 4, 2, 2, 1]);
    assert_eq!(i.to_vec(), (8..16).collect::<Vec<i64>>());
    // np.arange(16).reshape(2, 2, 2, 2, 1, 1, 1, 1): strides (8, 4, 2, 1, 1, 1, 1, 1)
    let flat = Array::<i64, shape![16]>::arange();
    let up = nd!(flat.reshape(2, 2, 2, 2, 1, 1, 1, 1));
    assert_eq!(up.shape(), &[2, 2, 2, 2, 1, 1, 1, 1]);
    assert_eq!(&up.strides()[..4], &[8, 4, 2, 1]);
    // back down, and a rank-7 view grown to rank 8 with expand_dims
    assert_eq!(nd!(r8.reshape(-1)).to_vec(), (0..16).collect::<Vec<i64>>());
    let seven = Array::<i64, shape![1, 2, 1, 2, 1, 2, 1]>::arange();
    assert_eq!(nd!(seven.expand_dims(-1)).ndim(), 8);
    assert_eq!(
        nd!(r8.transpose(7, 6, 5, 4, 3, 2, 1, 0)).strides(),
        nd!(r8.T).strides()
    );
}

// --- negative steps and empty slices ---------------------------------------------

#[test]
fn a_negative_step_with_bounds_in_increasing_order_is_empty() {
    // x = np.arange(10): x[2:8:-1] is [], strides (8,); x[-20:-30:-1] is []
    let x = Array::<i64, shape![10]>::arange();
    let e: View<'_, i64, shape![0], Strided> = nd!(x[2:8:-1]).strided();
    assert_eq!(e.strides(), &[1]);
    assert!(e.to_vec().is_empty());
    assert_eq!(nd!(x[-20:-30:-1]).len(), 0);
    // x[8:2] is empty with a positive step
    assert_eq!(nd!(x[8:2]).len(), 0);
    // x[::-1][5:5]: empty, keeps the reversed stride -1
    let r = nd!(x[::-1][5:5]);
    assert_eq!((r.len(), r.strides()), (0, &[-1isize][..]));
    // run-time bounds: the same answers, as Dyn dims
    let d = nd!(x[{ k(2) }:{ k(8) }:{ k(-1) }]);
    assert_eq!((d.shape(), d.strides()), (&[0usize][..], &[1isize][..]));
}

#[test]
fn a_negative_step_on_a_zero_size_axis_is_empty() {
    // np.arange(0)[::-1] and np.arange(0)[5:-5:-2] are empty
    let z = Array::<i64, shape![0]>::arange();
    assert_eq!(nd!(z[::-1]).len(), 0);
    assert_eq!(nd!(z[5:-5:-2]).len(), 0);
    assert_eq!(nd!(z[{ k(5) }:{ k(-5) }:{ k(-2) }]).len(), 0);
}

// --- steps larger than the dim ---------------------------------------------------

#[test]
fn a_step_larger_than_the_dim_takes_only_the_first_element() {
    // x[::11] is [0], strides (88,); x[::-11] is [9], strides (-88,)
    let x = Array::<i64, shape![10]>::arange();
    let f: View<'_, i64, shape![1], Strided> = nd!(x[::11]).strided();
    assert_eq!((f.to_vec(), f.strides()), (vec![0], &[11isize][..]));
    let b = nd!(x[::-11]);
    assert_eq!((b.to_vec(), b.strides()), (vec![9], &[-11isize][..]));
    // x[3::100] is [3]; x[-1::-100] is [9], strides (-800,)
    assert_eq!(nd!(x[3::100]).to_vec(), vec![3]);
    let l = nd!(x[-1::-100]);
    assert_eq!((l.to_vec(), l.strides()), (vec![9], &[-100isize][..]));
    // np.arange(12).reshape(3, 4)[::5, ::-7] is [[3]], strides (20, -7)
    let m = Array::<i64, shape![3, 4]>::arange();
    let s = nd!(m[::5, ::-7]);
    assert_eq!((s.to_vec(), s.strides()), (vec![3], &[20isize, -7][..]));
    // the same with run-time steps
    assert_eq!(nd!(x[::{ k(11) }]).to_vec(), vec![0]);
    assert_eq!(nd!(x[::{ k(-11) }]).strides(), &[-11]);
}

// --- squeeze ---------------------------------------------------------------------

#[test]
fn squeeze_of_a_run_time_axis_that_is_not_1_is_numpys_error() {
    // np.arange(12).reshape(3, 4).squeeze(0) -> ValueError: cannot select an
    // axis to squeeze out which has size not equal to one
    let a = dyn_rows(3);
    let err = try_nd!(a.squeeze(0)).unwrap_err();
    assert_eq!(err, ShapeError::SqueezeNotOne { axis: 0, size: 3 });
    assert!(err
        .to_string()
        .starts_with("cannot select an axis to squeeze out which has size not equal to one"));
    // with one row at run time it squeezes: shape (4,)
    let one = dyn_rows(1);
    assert_eq!(nd!(one.squeeze(0)).to_vec(), vec![0, 1, 2, 3]);
}

#[test]
#[should_panic(expected = "cannot select an axis to squeeze out which has size not equal to one")]
fn squeeze_of_a_run_time_axis_that_is_not_1_panics_in_nd() {
    let a = dyn_rows(3);
    let _ = nd!(a.squeeze(0));
}

#[test]
fn squeeze_without_an_axis_keeps_dyn_axes_even_of_size_1() {
    // NumPy: np.arange(4).reshape(1, 4).squeeze() has shape (4,). ndview's
    // output rank is a compile-time fact, so a Dyn axis stays even when it
    // is 1 at run time; write squeeze(0) to drop it (a deliberate difference,
    // listed in CONFORMANCE.md). Static size-1 axes go, as in NumPy.
    let one = dyn_rows(1);
    let kept: View<'_, i64, shape![Dyn, 4], C> = nd!(one.squeeze());
    assert_eq!(kept.shape(), &[1, 4]);
    let dropped: View<'_, i64, shape![4], C> = nd!(one.squeeze(0));
    assert_eq!(dropped.shape(), &[4]);
    let s = Array::<i64, shape![1, 4, 1]>::arange();
    assert_eq!(nd!(s.squeeze()).shape(), &[4]);
}

// --- -1 with zero-size arrays ------------------------------------------------------

#[test]
fn minus_one_with_a_zero_elsewhere_cannot_be_inferred() {
    // np.arange(0).reshape(0, 3).reshape(-1, 0) -> ValueError: cannot reshape
    // array of size 0 into shape ... (NumPy 2.4 prints "(0)"). With literals
    // this is a compile error (tests/ui/reshape_inferred_with_zero_size.rs);
    // with a run-time size it is a ShapeError.
    let e = Array::<i64, shape![0, 3]>::arange();
    let err = try_nd!(e.reshape({ k(-1) }, 0)).unwrap_err();
    assert!(
        matches!(err, ShapeError::ReshapeCount { from: 0, .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "cannot reshape array of size 0 into shape (-1,0)"
    );
    let z = dyn_rows(0);
    assert!(try_nd!(z.reshape(-1, { k(0) })).is_err());
    // np.arange(0).reshape(0, 3).reshape(0, -1) fails too (the known sizes multiply to 0)
    assert!(try_nd!(z.reshape({ k(0) }, -1)).is_err());
}

#[test]
fn minus_one_with_nonzero_known_sizes_infers_zero() {
    // np.arange(0).reshape(0, 3).reshape(-1, 3) has shape (0, 3)
    let e = Array::<i64, shape![0, 3]>::arange();
    let r: View<'_, i64, shape![0, 3], C> = nd!(e.reshape(-1, 3));
    assert_eq!(r.shape(), &[0, 3]);
    let z = dyn_rows(0);
    assert_eq!(nd!(z.reshape(-1, 2)).shape(), &[0, 2]);
}

// --- broadcast (stride-0) views ------------------------------------------------------

#[test]
fn broadcast_views_have_stride_0_and_are_not_contiguous() {
    // bx = np.broadcast_to(np.arange(3), (4, 3)): strides (0, 1), not C-contiguous
    let x = Array::<i64, shape![3]>::arange();
    let bx = nd!(x.broadcast_to(4, 3));
    assert_eq!(bx.strides(), &[0, 1]);
    assert!(!bx.is_contiguous());
    // np.broadcast_to(np.arange(3), (1, 3)) is C-contiguous: the size-1 axis does not count
    assert!(nd!(x.broadcast_to(1, 3)).is_contiguous());
    // bx[::2] and bx[::-1] keep stride 0; bx.T has strides (1, 0)
    assert_eq!(nd!(x.broadcast_to(4, 3)[::2]).strides(), &[0, 1]);
    assert_eq!(nd!(x.broadcast_to(4, 3)[::-1]).strides(), &[0, 1]);
    assert_eq!(nd!(x.broadcast_to(4, 3).T).strides(), &[1, 0]);
}

#[test]
fn splitting_a_stride_0_axis_is_a_view_with_stride_0() {
    // bx.reshape(2, 2, 3): a view, strides (0, 0, 1)
    let x = Array::<i64, shape![3]>::arange();
    let r = nd!(x.broadcast_to(4, 3).reshape(2, 2, 3));
    assert_eq!(r.strides(), &[0, 0, 1]);
    assert_eq!(r.to_vec(), [0, 1, 2].repeat(4));
    // c = np.broadcast_to(np.arange(3).reshape(3, 1), (3, 4)): strides (1, 0);
    // c.reshape(3, 2, 2): strides (1, 0, 0); c[:, 1:3]: strides (1, 0)
    let col = Array::<i64, shape![3, 1]>::arange();
    let c = nd!(col.broadcast_to(3, 4));
    assert_eq!(c.strides(), &[1, 0]);
    assert_eq!(
        nd!(col.broadcast_to(3, 4).reshape(3, 2, 2)).strides(),
        &[1, 0, 0]
    );
    assert_eq!(nd!(col.broadcast_to(3, 4)[:, 1:3]).strides(), &[1, 0]);
    assert_eq!(c.to_vec(), vec![0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
}

// --- overflow -----------------------------------------------------------------------

#[test]
fn run_time_dims_whose_product_overflows_are_a_shape_error() {
    // (shape![1 << 40, 1 << 40] written out is a compile error: tests/ui)
    let big = 1usize << 40;
    assert_eq!(
        Array::<u8, shape![Dyn, Dyn]>::from_shape_vec([big, big], vec![]).unwrap_err(),
        ShapeError::Overflow
    );
    let x = Array::<u8, shape![4]>::arange();
    let err = try_nd!(x.reshape({ big }, { big })).unwrap_err();
    assert_eq!(err, ShapeError::Overflow);
}

// `macro_rules!` fragments reach a proc macro in invisible groups; `nd!` and
// `shape!` read through them (a literal `$n`, a `-1`, an expression source).
macro_rules! shape_of {
    ($n:literal) => {
        shape![$n, 4]
    };
}
macro_rules! row_of {
    ($a:expr, $i:literal) => {
        nd!($a[$i, ::2])
    };
}
macro_rules! reshaped {
    ($a:ident, $n:literal, $m:literal) => {
        nd!($a.reshape($n, $m))
    };
}

#[test]
fn nd_and_shape_read_macro_rules_fragments() {
    let a = Array::<i64, shape_of!(3)>::arange();
    let r = row_of!(&a, -1);
    assert_eq!(r.shape().to_vec(), vec![2]);
    assert_eq!(r.to_vec(), vec![8, 10]);
    let b = reshaped!(a, 2, -1);
    assert_eq!(b.shape().to_vec(), vec![2, 6]);
}
