//! SPEC "Copies are explicit; view-ability is NumPy's": a reshape is a view
//! exactly when NumPy's `reshape(..., copy=False)` succeeds. Static views are
//! decided by the compiler (the copies are compile errors, see tests/ui),
//! run-time values decide at run time. Every expected value below is what
//! NumPy 2.4.6 printed for the same expression.

use ndview::prelude::*;
use ndview::ShapeError;

#[test]
fn merging_a_stepped_axis_of_even_length_is_a_view_like_numpy() {
    // np.arange(12).reshape(3, 4)[:, ::2].reshape(6): strides (16,)
    let a = Array::<i64, shape![3, 4]>::arange();
    let r: View<'_, i64, shape![6], _> = nd!(a[:, ::2].reshape(6));
    assert_eq!(r.byte_strides().to_vec(), vec![16]);
    assert_eq!(r.to_vec(), vec![0, 2, 4, 6, 8, 10]);
    assert!(r.shares_memory(&a));
}

#[test]
fn reversed_channels_merge_the_pixel_axes_like_numpy() {
    // img[..., ::-1].reshape(-1, 3) of a (4, 5, 3) image: strides (24, -8)
    let img = Array::<i64, shape![4, 5, 3]>::arange();
    let px = nd!(img[..., ::-1].reshape(-1, 3));
    assert_eq!(px.shape(), &[20, 3]);
    assert_eq!(px.byte_strides().to_vec(), vec![24, -8]);
    assert_eq!(nd!(px[:3]).to_vec(), vec![2, 1, 0, 5, 4, 3, 8, 7, 6]);
    assert!(px.shares_memory(&img));
}

#[test]
fn a_reshape_of_a_reshaped_strided_view_is_decided_from_its_new_strides() {
    // c = np.arange(24).reshape(2, 3, 4)[:, :, ::2].reshape(6, 2): strides (4, 2) elements;
    // c.reshape(12) and c.reshape(2, 3, 2) are views
    let a = Array::<i64, shape![2, 3, 4]>::arange();
    let c = nd!(a[:, :, ::2].reshape(6, 2));
    assert_eq!(c.strides(), &[4, 2]);
    let flat = nd!(c.reshape(12));
    assert_eq!(flat.strides(), &[2]);
    let d = nd!(c.reshape(2, 3, 2));
    assert_eq!(d.strides(), &[12, 4, 2]);
    assert_eq!(d.to_vec(), (0..24).step_by(2).collect::<Vec<i64>>());
}

#[test]
fn a_reshape_after_a_literal_reshape_is_checked_and_inferred_by_the_macro() {
    // After `reshape(120)` the macro knows the count (120), through
    // count-keeping ops too, so `-1` is its own arithmetic; NumPy agrees:
    // np.arange(120).reshape(6, 20).reshape(120).reshape(4, 3, 10)
    //   .transpose(2, 0, 1).reshape(10, -1): shape (10, 12), strides (1, 10)
    //   elements, [3, 5] == 53, a view; .T.reshape(2, -1, 6): (2, 10, 6),
    //   strides (60, 6, 1).
    let a = Array::<i64, shape![6, 20]>::arange();
    let v: View<'_, i64, shape![10, 12], _> = nd!(a
        .reshape(120)
        .reshape(4, 3, 10)
        .transpose(2, 0, 1)
        .reshape(10, -1));
    assert_eq!(v.strides(), &[1, 10]);
    assert_eq!(*nd!(v[3, 5]), 53);
    assert!(v.shares_memory(&a));
    let w: View<'_, i64, shape![2, 10, 6], _> = nd!(a.reshape(120).T.reshape(2, -1, 6));
    assert_eq!(w.strides(), &[60, 6, 1]);
    assert_eq!(w.to_vec(), (0..120).collect::<Vec<i64>>());
    // the same chain with a run-time size
    let n = 4;
    let r = nd!(a
        .reshape(120)
        .reshape({ n }, 3, 10)
        .transpose(2, 0, 1)
        .reshape(10, -1));
    assert_eq!(r.shape(), &[10, 12]);
    assert_eq!(r.strides(), &[1, 10]);
    assert_eq!(*nd!(r[3, 5]), 53);
}

/// The program of the issue: an image whose size is read at run time, a crop
/// with run-time bounds, channels reversed and moved first, cut into tiles.
#[test]
fn run_time_crop_reshapes_into_tiles_as_a_view_like_numpy() {
    let (h, w, top, left) = (300usize, 400usize, 17usize, 33usize);
    let data: Vec<i64> = (0..(h * w * 3) as i64).collect();
    let img = Array::<i64, shape![Dyn, Dyn, 3]>::from_shape_vec([h, w, 3], data).unwrap();
    let crop = nd!(img[{ top }:{ top + 256 }, { left }:{ left + 256 }, ::-1].transpose(2, 0, 1));
    let tiles = nd!(crop.reshape(3, 4, 64, 4, 64).transpose(1, 3, 0, 2, 4));
    // NumPy: tiles.shape (4, 4, 3, 64, 64), strides in elements (76800, 192, -1, 1200, 3)
    assert_eq!(tiles.shape(), &[4, 4, 3, 64, 64]);
    assert_eq!(tiles.strides(), &[76800, 192, -1, 1200, 3]);
    assert_eq!(tiles[[1, 2, 0, 5, 7]], 103706);
    assert_eq!(tiles[[3, 3, 2, 63, 63]], 327264);
    assert_eq!(tiles[[0, 0, 1, 0, 0]], 20500);
    assert_eq!(tiles.iter().sum::<i64>(), 34186690560);
    assert!(tiles.shares_memory(&img));
}

#[test]
fn a_run_time_reshape_that_needs_a_copy_is_an_error_or_a_panic() {
    // NumPy: crop.reshape(3, -1, copy=False) raises "Unable to avoid creating a copy"
    let (h, w) = (30usize, 40usize);
    let img =
        Array::<i64, shape![Dyn, Dyn, 3]>::from_shape_vec([h, w, 3], vec![0; h * w * 3]).unwrap();
    let crop = nd!(img[{ 2 }:{ 12 }, { 3 }:{ 13 }, ::-1].transpose(2, 0, 1));
    assert_eq!(
        try_nd!(crop.reshape(3, -1)).unwrap_err(),
        ShapeError::ReshapeNeedsCopy
    );
    // the explicit copy is the fix
    assert_eq!(nd!(crop.copy().reshape(3, -1)).shape(), &[3, 100]);
    let split = try_nd!(crop.reshape(3, 2, 5, 10)).unwrap();
    assert_eq!(split.shape(), &[3, 2, 5, 10]);
}

#[test]
#[should_panic(expected = "cannot reshape this view without copying")]
fn nd_panics_on_a_run_time_reshape_that_needs_a_copy() {
    let a = Array::<i64, shape![Dyn, 4]>::from_shape_vec([3, 4], (0..12).collect()).unwrap();
    let _ = nd!(a.T.reshape(-1));
}

#[test]
fn a_run_time_step_decides_at_run_time() {
    // a[:, ::k].reshape(-1): a view for k = 2 (strides fit), a copy for k = 3
    let a = Array::<i64, shape![3, 4]>::arange();
    let two = nd!(a[:, ::{ 2 }].reshape(-1));
    assert_eq!(two.to_vec(), vec![0, 2, 4, 6, 8, 10]);
    assert_eq!(two.strides(), &[2]);
    let three = try_nd!(a[:, ::{ 3 }].reshape(-1));
    assert_eq!(three.unwrap_err(), ShapeError::ReshapeNeedsCopy);
}

#[test]
fn ravel_is_numpys_ravel_at_run_time() {
    // a[::2].ravel() copies in NumPy (not C-contiguous) although reshape(-1) of
    // a[:, ::2] is a view; the error says which
    let a = Array::<i64, shape![Dyn, 6]>::from_shape_vec([4, 6], (0..24).collect()).unwrap();
    let e = try_nd!(a[::2].ravel()).unwrap_err();
    assert_eq!(
        e,
        ShapeError::RavelNeedsCopy {
            reshape_is_view: false
        }
    );
    assert_eq!(
        e.to_string(),
        "cannot ravel this view without copying: it is not C-contiguous; write `.copy().ravel()`"
    );
    let e = try_nd!(a[:, ::2].ravel()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot ravel this view without copying: it is not C-contiguous; write `.copy().ravel()`, or `.reshape(-1)`, which is a view of it"
    );
    // contiguous at run time: a view
    let rows = nd!(a[1:3].T.T.ravel());
    assert_eq!(rows.to_vec(), (6..18).collect::<Vec<i64>>());
    assert!(rows.shares_memory(&a));
}

#[test]
fn a_statically_contiguous_strided_view_ravels() {
    // a.T.T is C-contiguous again: NumPy's ravel is a view, and so is ours
    let a = Array::<i64, shape![3, 4]>::arange();
    let r = nd!(a.T.T.ravel());
    assert_eq!(r.to_vec(), (0..12).collect::<Vec<i64>>());
    assert!(r.shares_memory(&a));
    let s = r.as_slice();
    assert_eq!(s.len(), 12);
}

#[test]
fn assign_takes_a_view_by_value_or_by_reference() {
    let x = Array::<i64, shape![2, 3]>::arange();
    let mut out = Array::<i64, shape![3, 2]>::zeros();
    out.assign(nd!(x.T));
    assert_eq!(out.to_vec(), vec![0, 3, 1, 4, 2, 5]);
    let mut again = Array::<i64, shape![3, 2]>::zeros();
    again.assign(&nd!(x.T));
    assert_eq!(again.to_vec(), out.to_vec());
    let mut y = Array::<i64, shape![2, 3]>::zeros();
    nd!(mut y).assign(nd!(x[::-1]));
    assert_eq!(y.to_vec(), vec![3, 4, 5, 0, 1, 2]);
}

#[test]
fn strided_forgets_the_layout_and_decides_at_run_time() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let s: View<'_, i64, shape![3, 2], ndview::Strided> = nd!(a[:, ::2]).strided();
    assert_eq!(nd!(s.reshape(6)).to_vec(), vec![0, 2, 4, 6, 8, 10]);
    let t: View<'_, i64, shape![4, 3], ndview::Strided> = nd!(a.T).strided();
    assert_eq!(
        try_nd!(t.reshape(12)).unwrap_err(),
        ShapeError::ReshapeNeedsCopy
    );
}

#[test]
fn a_sliding_window_view_is_replayed_too() {
    // sliding_window_view(a, 2, axis=0) of a (3, 4) array: shape (2, 4, 2),
    // strides (4, 1, 4); its reshape(8, 2) merges (2, 4) (4 == 4 * 1): a view
    let a = Array::<i64, shape![3, 4]>::arange();
    let r = nd!(a.sliding_window_view(2, axis = 0).reshape(8, 2));
    assert_eq!(r.strides(), &[1, 4]);
    assert_eq!(
        r.to_vec(),
        vec![0, 4, 1, 5, 2, 6, 3, 7, 4, 8, 5, 9, 6, 10, 7, 11]
    );
    assert!(r.shares_memory(&a));
    // the windows of a run-time array decide at run time: here a copy
    let x = Array::<i64, shape![Dyn]>::from_shape_vec([6], (0..6).collect()).unwrap();
    let w = try_nd!(x.sliding_window_view(3).reshape(12));
    assert_eq!(w.unwrap_err(), ShapeError::ReshapeNeedsCopy);
}
