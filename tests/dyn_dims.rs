//! Run-time dims end to end: `shape![Dyn, 4]` arrays through every `nd!`
//! operation, `{expr}` values wherever a number goes, run-time checks that
//! panic in `nd!` and are `Err` in `try_nd!` with the same NumPy text, and
//! static dims that stay static when a `Dyn` dim joins the chain.
//!
//! Expected values are NumPy 2.4's, for `a = np.arange(12).reshape(3, 4)`.

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::{ShapeError, Strided, C};

/// `np.arange(12).reshape(n, 4)` with the row count known only at run time.
fn dyn_rows(n: usize) -> Array<i64, shape![Dyn, 4]> {
    Array::from_shape_vec([n, 4], (0..4 * n as i64).collect()).unwrap()
}

#[test]
fn from_shape_vec_checks_the_length_and_the_static_dims() {
    let a = dyn_rows(3);
    assert_eq!(a.shape(), &[3, 4]);
    assert_eq!(a.byte_strides().to_vec(), vec![32, 8]);
    assert_eq!(
        Array::<i64, shape![Dyn, 4]>::from_shape_vec([3, 4], vec![0; 11]).unwrap_err(),
        ShapeError::LengthMismatch {
            shape: ndview::DimList::from_dims(&[3, 4]),
            expected: 12,
            found: 11
        }
    );
    let err = Array::<i64, shape![Dyn, 4]>::from_shape_vec([4, 3], vec![0; 12]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "dims (4,3) do not match the static shape (-1,4) (-1 marks a Dyn dim)"
    );
}

#[test]
fn from_shape_elem_preallocates_with_run_time_dims() {
    let n = 5;
    let a = Array::<f64, shape![Dyn, 10]>::from_shape_elem([n, 10], 0.0).unwrap();
    assert_eq!(a.shape(), &[5, 10]);
    assert!(a.view().iter().all(|x| *x == 0.0));
    assert!(Array::<f64, shape![Dyn, 10]>::from_shape_elem([n, 9], 0.0).is_err());
}

#[test]
fn integer_indices_on_a_dyn_array_keep_the_static_dims() {
    let a = dyn_rows(3);
    let row: View<'_, i64, shape![4], C> = nd!(a[1]);
    assert_eq!(row.to_vec(), vec![4, 5, 6, 7]);
    let last: View<'_, i64, shape![4], C> = nd!(a[-1]);
    assert_eq!(last.to_vec(), vec![8, 9, 10, 11]);
    let col: View<'_, i64, shape![Dyn], Strided> = nd!(a[:, 1]);
    assert_eq!(col.to_vec(), vec![1, 5, 9]); // a[:, 1]
    let x: &i64 = nd!(a[2, 3]);
    assert_eq!(*x, 11);
}

#[test]
fn slices_of_a_dyn_axis_are_dyn_and_slices_of_a_static_axis_stay_static() {
    let a = dyn_rows(3);
    let s: View<'_, i64, shape![Dyn, 2], Strided> = nd!(a[1:, ::2]);
    assert_eq!(s.to_vec(), vec![4, 6, 8, 10]); // a[1:, ::2]
    let t: View<'_, i64, shape![Dyn, 3], Strided> = nd!(a[-1:, -3:]);
    assert_eq!(t.to_vec(), vec![9, 10, 11]); // a[-1:, -3:]
    let r: View<'_, i64, shape![Dyn, 2], Strided> = nd!(a[2:0:-1, 3:0:-2]);
    assert_eq!(r.to_vec(), vec![11, 9, 7, 5]); // a[2:0:-1, 3:0:-2]
    assert_eq!(r.strides(), &[-4, -2]);
}

#[test]
fn new_axes_and_ellipsis_work_around_dyn_axes() {
    let a = dyn_rows(3);
    let v: View<'_, i64, shape![1, Dyn], Strided> = nd!(a[None, ..., 1]);
    assert_eq!(v.to_vec(), vec![1, 5, 9]);
    let w: View<'_, i64, shape![Dyn, 4, 1], C> = nd!(a[..., None]);
    assert_eq!(w.shape(), &[3, 4, 1]);
}

#[test]
fn axis_permutations_move_the_dyn_dim_with_its_axis() {
    let a = dyn_rows(3);
    let t: View<'_, i64, shape![4, Dyn], Strided> = nd!(a.T);
    assert_eq!(t.to_vec(), vec![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]); // a.T
    let p: View<'_, i64, shape![4, Dyn], Strided> = nd!(a.transpose(1, 0));
    assert_eq!(p.byte_strides().to_vec(), vec![8, 32]);
    let s: View<'_, i64, shape![4, Dyn], Strided> = nd!(a.swapaxes(0, -1));
    assert_eq!(s.to_vec(), t.to_vec());
    let m: View<'_, i64, shape![4, Dyn], Strided> = nd!(a.moveaxis(0, 1));
    assert_eq!(m.to_vec(), t.to_vec());
    let f: View<'_, i64, shape![Dyn, 4], Strided> = nd!(a.flip(0));
    assert_eq!(nd!(f[0]).to_vec(), vec![8, 9, 10, 11]); // np.flip(a, 0)[0]
}

#[test]
fn expand_dims_and_squeeze_keep_dyn_axes() {
    let a = dyn_rows(3);
    let e: View<'_, i64, shape![Dyn, 1, 4], C> = nd!(a.expand_dims(1));
    assert_eq!(e.shape(), &[3, 1, 4]);
    let s: View<'_, i64, shape![Dyn, 4], C> = nd!(a.expand_dims(0).squeeze(0));
    assert_eq!(s.shape(), &[3, 4]);
    // squeeze() removes statically-1 axes only: the rank must be known at
    // compile time, so a Dyn axis of size 1 stays.
    let one = dyn_rows(1);
    let q: View<'_, i64, shape![Dyn, 4], C> = nd!(one.squeeze());
    assert_eq!(q.shape(), &[1, 4]);
    let r: View<'_, i64, shape![4], C> = nd!(one.squeeze(0));
    assert_eq!(r.to_vec(), vec![0, 1, 2, 3]);
}

#[test]
fn reshape_of_a_dyn_array_infers_the_dyn_dims_at_run_time() {
    let a = dyn_rows(3);
    let b: View<'_, i64, shape![2, Dyn], C> = nd!(a.reshape(2, -1));
    assert_eq!(b.shape(), &[2, 6]); // a.reshape(2, -1)
    let n = 6;
    let c: View<'_, i64, shape![Dyn, Dyn], C> = nd!(a.reshape({ n }, -1));
    assert_eq!(c.shape(), &[6, 2]);
    assert_eq!(c.byte_strides().to_vec(), vec![16, 8]);
    let minus_one = -1;
    let d: View<'_, i64, shape![Dyn, 3], C> = nd!(a.reshape({ minus_one }, 3));
    assert_eq!(d.shape(), &[4, 3]);
    let flat: View<'_, i64, shape![Dyn], C> = nd!(a.reshape(-1));
    assert_eq!(flat.len(), 12);
    let r: View<'_, i64, shape![Dyn], C> = nd!(a.ravel());
    assert_eq!(r.to_vec(), (0..12).collect::<Vec<_>>());
}

#[test]
fn static_arrays_reshape_to_run_time_sizes() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let rows = 2;
    let b: View<'_, i64, shape![Dyn, Dyn], C> = nd!(a.reshape({ rows }, -1));
    assert_eq!(b.shape(), &[2, 6]);
    let c: View<'_, i64, shape![Dyn, 4], C> = nd!(a.reshape({ rows * 3 / 2 }, 4));
    assert_eq!(c.shape(), &[3, 4]);
}

#[test]
fn copies_of_a_dyn_array_keep_its_shape_type() {
    let a = dyn_rows(3);
    let c: Array<i64, shape![Dyn, 4]> = nd!(a.T.T.copy());
    assert_eq!(c, a);
    let f: Array<i64, shape![Dyn]> = nd!(a.T.flatten());
    assert_eq!(f.to_vec(), vec![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
    let t: Array<i64, shape![2]> = nd!(a.take([0, 5]));
    assert_eq!(t.to_vec(), vec![0, 5]); // a.take([0, 5])
    let rows: Array<i64, shape![2, 4]> = nd!(a.take([0, 2], axis = 0));
    assert_eq!(rows.to_vec(), vec![0, 1, 2, 3, 8, 9, 10, 11]);
    let col: Array<i64, shape![Dyn, 1]> = nd!(a.take([-1], axis = 1));
    assert_eq!(col.to_vec(), vec![3, 7, 11]); // a.take([-1], axis=1)
    let i = 1;
    let picked: Array<i64, shape![Dyn, 1]> = nd!(a.take([{ i }], axis = 1));
    assert_eq!(picked.to_vec(), vec![1, 5, 9]);
    let again: Array<i64, shape![Dyn, 2, 2]> = nd!(a.copy().reshape(-1, 2, 2));
    assert_eq!(again.shape(), &[3, 2, 2]);
}

#[test]
fn broadcast_to_with_dyn_dims_checks_at_run_time() {
    let a = dyn_rows(3);
    let n = 2;
    let b: View<'_, i64, shape![Dyn, 3, 4], Strided> = nd!(a.broadcast_to({ n }, 3, 4));
    assert_eq!(b.byte_strides().to_vec(), vec![0, 32, 8]); // np.broadcast_to(a, (2, 3, 4))
    assert_eq!(nd!(b[1]).to_vec(), a.to_vec());
    let rows = 3;
    let c: View<'_, i64, shape![2, Dyn, 4], Strided> = nd!(a.broadcast_to(2, { rows }, 4));
    assert_eq!(c.shape(), &[2, 3, 4]);
}

#[test]
fn run_time_values_work_in_indices_bounds_and_steps() {
    let a = dyn_rows(3);
    let (i, j) = (2usize, -1i32);
    assert_eq!(*nd!(a[{ i }, { j }]), 11);
    let (lo, hi, step) = (3i64, 0i64, -2i64);
    let s: View<'_, i64, shape![Dyn, Dyn], Strided> = nd!(a[{ i }:0:-1, { lo }:{ hi }:{ step }]);
    assert_eq!(s.to_vec(), vec![11, 9, 7, 5]); // a[2:0:-1, 3:0:-2]
    let k = 1u8;
    let r: View<'_, i64, shape![Dyn, 4], C> = nd!(a[{ k }..]);
    assert_eq!(r.shape(), &[2, 4]);
    let stat = Array::<i64, shape![3, 4]>::arange();
    // A run-time bound makes that axis Dyn; the literal slice stays static.
    let m: View<'_, i64, shape![Dyn, 2], Strided> = nd!(stat[{ k }:, 1:3]).strided();
    assert_eq!(m.to_vec(), vec![5, 6, 9, 10]);
    let row: View<'_, i64, shape![4], C> = nd!(stat[{ i }]);
    assert_eq!(row.to_vec(), vec![8, 9, 10, 11]);
}

#[test]
fn a_chain_through_a_dyn_dim_keeps_every_static_dim() {
    let a = dyn_rows(3);
    let i = 1;
    // a[1:].T[::2]: the transposed static 4 is sliced to a static 2.
    let v: View<'_, i64, shape![2, Dyn], Strided> = nd!(a[{ i }:].T[::2]);
    assert_eq!(v.to_vec(), vec![4, 8, 6, 10]);
    let w: View<'_, i64, shape![Dyn, 2, 2], C> = nd!(a.reshape(-1, 2, 2)[{ i }:]);
    assert_eq!(w.shape(), &[2, 2, 2]);
    let x: View<'_, i64, shape![2, Dyn], Strided> = nd!(w.reshape(-1, 2).T);
    assert_eq!(x.shape(), &[2, 4]);
}

#[test]
fn views_of_dyn_arrays_are_sources_too() {
    let a = dyn_rows(4);
    let v = a.view();
    let w: View<'_, i64, shape![Dyn, 4], C> = nd!(v[1:3]);
    assert_eq!(*nd!(w[1, 0]), 8);
    let mut b = dyn_rows(2);
    let mut m = b.view_mut();
    *nd!(mut m[1, 0]) = 40;
    assert_eq!(*nd!(b[1, 0]), 40);
}

#[test]
fn mutable_chains_work_on_dyn_arrays() {
    let mut a = dyn_rows(3);
    let i = 2;
    *nd!(mut a[{ i }, 3]) = -1;
    nd!(mut a[:, 0]).fill(0);
    let row: ViewMut<'_, i64, shape![4], C> = nd!(mut a[1]);
    assert_eq!(row.shape(), &[4]);
    assert_eq!(a.to_vec(), vec![0, 1, 2, 3, 0, 5, 6, 7, 0, 9, 10, -1]);
}

// --- run-time failures: panics in nd!, the same text as Err in try_nd! ---

#[test]
#[should_panic(expected = "index 7 is out of bounds for axis 0 with size 3")]
fn run_time_index_past_a_dyn_axis_panics_like_numpy() {
    let a = dyn_rows(3);
    let i = 7;
    let _ = nd!(a[{ i }]);
}

#[test]
#[should_panic(expected = "index -4 is out of bounds for axis 0 with size 3")]
fn run_time_negative_index_past_the_start_panics_like_numpy() {
    let a = dyn_rows(3);
    let i = -4;
    let _ = nd!(a[{ i }]);
}

#[test]
#[should_panic(expected = "index 4 is out of bounds for axis 1 with size 4")]
fn run_time_index_past_a_static_axis_panics_like_numpy() {
    let a = dyn_rows(3);
    let j = 4;
    let _ = nd!(a[0, { j }]);
}

#[test]
#[should_panic(expected = "slice step cannot be zero")]
fn run_time_zero_step_panics_like_numpy() {
    let a = dyn_rows(3);
    let step = 0;
    let _ = nd!(a[::{ step }]);
}

#[test]
#[should_panic(expected = "cannot reshape array of size 12 into shape (5,-1)")]
fn run_time_reshape_that_does_not_divide_panics_like_numpy() {
    let a = dyn_rows(3);
    let n = 5;
    let _ = nd!(a.reshape({ n }, -1));
}

#[test]
#[should_panic(expected = "cannot reshape array of size 8 into shape (3,4)")]
fn reshape_of_a_dyn_array_to_a_static_shape_checks_the_count_at_run_time() {
    let a = dyn_rows(2);
    let _ = nd!(a.reshape(3, 4));
}

#[test]
#[should_panic(expected = "cannot select an axis to squeeze out which has size not equal to one")]
fn squeeze_of_a_dyn_axis_that_is_not_one_panics_like_numpy() {
    let a = dyn_rows(3);
    let _ = nd!(a.squeeze(0));
}

#[test]
#[should_panic(
    expected = "operands could not be broadcast together with shape (3,4) and requested shape (2,4)"
)]
fn broadcast_of_a_dyn_axis_that_does_not_fit_panics() {
    let a = dyn_rows(3);
    let _ = nd!(a.broadcast_to(2, 4));
}

#[test]
#[should_panic(expected = "all elements of broadcast shape must be non-negative, found -2")]
fn broadcast_to_a_negative_run_time_size_panics_like_numpy() {
    let a = dyn_rows(3);
    let n = -2;
    let _ = nd!(a.broadcast_to({ n }, 3, 4));
}

#[test]
fn try_nd_returns_the_same_failures_as_errors() {
    let a = dyn_rows(3);
    let (i, j, zero, five, minus) = (7, 4, 0, 5, -2);
    let text = |r: Result<(), ShapeError>| r.unwrap_err().to_string();
    assert_eq!(
        text(try_nd!(a[{ i }]).map(drop)),
        "index 7 is out of bounds for axis 0 with size 3"
    );
    assert_eq!(
        text(try_nd!(a[0, { j }]).map(drop)),
        "index 4 is out of bounds for axis 1 with size 4"
    );
    assert_eq!(
        text(try_nd!(a[::{ zero }]).map(drop)),
        "slice step cannot be zero"
    );
    assert_eq!(
        text(try_nd!(a.reshape({ five }, -1)).map(drop)),
        "cannot reshape array of size 12 into shape (5,-1)"
    );
    assert_eq!(
        try_nd!(a.squeeze(0)).map(drop).unwrap_err(),
        ShapeError::SqueezeNotOne { axis: 0, size: 3 }
    );
    assert_eq!(
        text(try_nd!(a.broadcast_to(2, 4)).map(drop)),
        "operands could not be broadcast together with shape (3,4) and requested shape (2,4)"
    );
    assert_eq!(
        try_nd!(a.broadcast_to({ minus }, 3, 4))
            .map(drop)
            .unwrap_err(),
        ShapeError::NegativeDim { value: -2 }
    );
    // The first failing step ends the chain.
    assert_eq!(
        text(try_nd!(a[{ i }].reshape(2, 2)).map(drop)),
        "index 7 is out of bounds for axis 0 with size 3"
    );
}

#[test]
fn try_nd_passes_successes_through_with_their_types() {
    let a = dyn_rows(3);
    let i = 1;
    let row: Result<View<'_, i64, shape![4], C>, ShapeError> = try_nd!(a[{ i }]);
    assert_eq!(row.unwrap().to_vec(), vec![4, 5, 6, 7]);
    let x: Result<&i64, ShapeError> = try_nd!(a[{ i }, -1]);
    assert_eq!(x, Ok(&7));
}
