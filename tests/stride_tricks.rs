//! NumPy's stride tricks (`numpy.lib.stride_tricks.sliding_window_view`,
//! `as_strided`, `np.broadcast_arrays`) against NumPy 2.4.6: every shape,
//! byte stride and element list below is what NumPy printed for the same
//! call (the Python is in each test's comment), on static shapes and on
//! `Dyn` (run-time) ones.

use ndview::prelude::*;
use ndview::{broadcast_arrays, sliding_window_view, sliding_window_view_along, Strided};

/// `np.arange(n)` with a run-time length.
fn dyn_arange(n: usize) -> Array<i64, shape![Dyn]> {
    Array::from_shape_vec([n], (0..n as i64).collect()).unwrap()
}

/// `np.arange(12).reshape(3, 4)` with run-time dims.
fn dyn_a() -> Array<i64, shape![Dyn, Dyn]> {
    Array::from_shape_vec([3, 4], (0..12).collect()).unwrap()
}

// ---- sliding_window_view -------------------------------------------------

#[test]
fn sliding_window_of_1d_has_shape_n_minus_w_plus_1_then_w() {
    // sliding_window_view(np.arange(6), 3): (4, 3), strides (8, 8)
    let x = Array::<i64, shape![6]>::arange();
    let w: View<'_, i64, shape![4, 3], Strided> =
        sliding_window_view::<shape![3], _>(x.view(), [3]).unwrap();
    assert_eq!(w.shape(), &[4, 3]);
    assert_eq!(w.byte_strides().to_vec(), vec![8, 8]);
    assert_eq!(w.to_vec(), vec![0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5]);
    assert!(w.shares_memory(&x));
}

#[test]
fn sliding_window_of_dyn_input_checks_at_run_time() {
    let x = dyn_arange(6);
    let w: View<'_, i64, shape![Dyn, 3], Strided> =
        sliding_window_view::<shape![3], _>(x.view(), [3]).unwrap();
    assert_eq!(w.shape(), &[4, 3]);
    assert_eq!(w.byte_strides().to_vec(), vec![8, 8]);
    assert_eq!(w.to_vec(), vec![0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5]);
    // sliding_window_view(np.arange(2), 3): ValueError
    assert_eq!(
        sliding_window_view::<shape![3], _>(dyn_arange(2).view(), [3])
            .unwrap_err()
            .to_string(),
        "window shape cannot be larger than input array shape (window 3 on axis 0 of size 2)"
    );
}

#[test]
fn sliding_window_with_a_run_time_window_is_dyn() {
    let x = Array::<i64, shape![6]>::arange();
    let n = std::hint::black_box(3);
    let w: View<'_, i64, shape![Dyn, Dyn], Strided> =
        sliding_window_view::<shape![Dyn], _>(x.view(), [n]).unwrap();
    assert_eq!(w.shape(), &[4, 3]);
    assert!(sliding_window_view::<shape![Dyn], _>(x.view(), [7]).is_err());
}

#[test]
fn sliding_window_without_axis_takes_one_size_per_axis() {
    // sliding_window_view(np.arange(12).reshape(3, 4), (2, 3)):
    // (2, 2, 2, 3), strides (32, 8, 32, 8)
    let expected = [
        0, 1, 2, 4, 5, 6, 1, 2, 3, 5, 6, 7, 4, 5, 6, 8, 9, 10, 5, 6, 7, 9, 10, 11,
    ];
    let a = Array::<i64, shape![3, 4]>::arange();
    let w: View<'_, i64, shape![2, 2, 2, 3], Strided> =
        sliding_window_view::<shape![2, 3], _>(a.view(), [2, 3]).unwrap();
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 32, 8]);
    assert_eq!(w.to_vec(), expected);
    let d = dyn_a();
    let w: View<'_, i64, shape![Dyn, Dyn, 2, 3], Strided> =
        sliding_window_view::<shape![2, 3], _>(d.view(), [2, 3]).unwrap();
    assert_eq!(w.shape(), &[2, 2, 2, 3]);
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 32, 8]);
    assert_eq!(w.to_vec(), expected);
}

#[test]
fn sliding_window_along_one_axis_appends_that_axis_stride() {
    // sliding_window_view(a, 3, axis=1): (3, 2, 3), strides (32, 8, 8)
    let expected = [0, 1, 2, 1, 2, 3, 4, 5, 6, 5, 6, 7, 8, 9, 10, 9, 10, 11];
    let a = Array::<i64, shape![3, 4]>::arange();
    let w: View<'_, i64, shape![3, 2, 3], Strided> =
        sliding_window_view_along::<shape![3], 1, _>(a.view(), [3]).unwrap();
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 8]);
    assert_eq!(w.to_vec(), expected);
    let d = dyn_a();
    let w: View<'_, i64, shape![Dyn, Dyn, 3], Strided> =
        sliding_window_view_along::<shape![3], 1, _>(d.view(), [3]).unwrap();
    assert_eq!(w.shape(), &[3, 2, 3]);
    assert_eq!(w.to_vec(), expected);
    // sliding_window_view(a, 2, axis=-2): (2, 4, 2), strides (32, 8, 32)
    let w: View<'_, i64, shape![2, 4, 2], Strided> =
        sliding_window_view_along::<shape![2], -2, _>(a.view(), [2]).unwrap();
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 32]);
    assert_eq!(
        w.to_vec(),
        vec![0, 4, 1, 5, 2, 6, 3, 7, 4, 8, 5, 9, 6, 10, 7, 11]
    );
}

#[test]
fn sliding_window_of_strided_views_keeps_their_strides() {
    let a = Array::<i64, shape![3, 4]>::arange();
    // sliding_window_view(a[:, ::-2], 2, axis=0): (2, 2, 2), strides (32, -16, 32)
    let w = sliding_window_view_along::<shape![2], 0, _>(nd!(a[:, ::-2]), [2]).unwrap();
    assert_eq!(w.shape(), &[2, 2, 2]);
    assert_eq!(w.byte_strides().to_vec(), vec![32, -16, 32]);
    assert_eq!(w.to_vec(), vec![3, 7, 1, 5, 7, 11, 5, 9]);
    // sliding_window_view(a.T, (2, 2)): (3, 2, 2, 2), strides (8, 32, 8, 32)
    let w = sliding_window_view::<shape![2, 2], _>(nd!(a.T), [2, 2]).unwrap();
    assert_eq!(w.shape(), &[3, 2, 2, 2]);
    assert_eq!(w.byte_strides().to_vec(), vec![8, 32, 8, 32]);
    assert_eq!(
        w.to_vec(),
        vec![0, 4, 1, 5, 4, 8, 5, 9, 1, 5, 2, 6, 5, 9, 6, 10, 2, 6, 3, 7, 6, 10, 7, 11]
    );
    // sliding_window_view(a[1:, ::2], (2, 1)): (1, 2, 2, 1), strides (32, 16, 32, 16)
    let w = sliding_window_view::<shape![2, 1], _>(nd!(a[1:, ::2]), [2, 1]).unwrap();
    assert_eq!(w.shape(), &[1, 2, 2, 1]);
    assert_eq!(w.byte_strides().to_vec(), vec![32, 16, 32, 16]);
    assert_eq!(w.to_vec(), vec![4, 8, 6, 10]);
}

#[test]
fn sliding_window_of_size_zero_has_n_plus_1_empty_windows() {
    // sliding_window_view(np.arange(3), 0): (4, 0), strides (8, 8)
    let x = Array::<i64, shape![3]>::arange();
    let w: View<'_, i64, shape![4, 0], Strided> =
        sliding_window_view::<shape![0], _>(x.view(), [0]).unwrap();
    assert_eq!(w.byte_strides().to_vec(), vec![8, 8]);
    assert!(w.to_vec().is_empty());
}

#[test]
fn sliding_window_view_method_takes_any_axes_at_run_time() {
    // sliding_window_view(np.arange(10), (2, 3), axis=(0, 0)): (7, 2, 3), strides (8, 8, 8)
    let x = Array::<i64, shape![10]>::arange();
    let w: View<'_, i64, shape![Dyn, Dyn, Dyn], Strided> = x
        .view()
        .sliding_window_view(&[2, 3], Some(&[0, 0]))
        .unwrap();
    assert_eq!(w.shape(), &[7, 2, 3]);
    assert_eq!(w.byte_strides().to_vec(), vec![8, 8, 8]);
    assert_eq!(&w.to_vec()[..12], &[0, 1, 2, 1, 2, 3, 1, 2, 3, 2, 3, 4]);
    assert_eq!(w.to_vec().len(), 42);
    // A static output type is checked against the result.
    let s: View<'_, i64, shape![7, 2, 3], Strided> = x
        .view()
        .sliding_window_view(&[2, 3], Some(&[0, -1]))
        .unwrap();
    assert_eq!(s.to_vec()[41], 9);
    assert!(x
        .view()
        .sliding_window_view::<shape![8, 2, 3]>(&[2, 3], Some(&[0, 0]))
        .is_err());
}

#[test]
fn sliding_window_errors_are_numpys() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let v = a.view();
    type Out = shape![Dyn, Dyn, Dyn];
    // sliding_window_view(a, 2)
    assert_eq!(
        v.sliding_window_view::<Out>(&[2], None)
            .unwrap_err()
            .to_string(),
        "Since axis is `None`, must provide window_shape for all dimensions of `x`; \
         got 1 window_shape elements and `x.ndim` is 2."
    );
    // sliding_window_view(a, (2, 3), axis=(0,))
    assert_eq!(
        v.sliding_window_view::<Out>(&[2, 3], Some(&[0]))
            .unwrap_err()
            .to_string(),
        "Must provide matching length window_shape and axis; \
         got 2 window_shape elements and 1 axes elements."
    );
    // sliding_window_view(a, 3, axis=2)
    assert_eq!(
        v.sliding_window_view::<Out>(&[3], Some(&[2]))
            .unwrap_err()
            .to_string(),
        "axis 2 is out of bounds for array of dimension 2"
    );
    // sliding_window_view(a, 5, axis=0)
    assert_eq!(
        v.sliding_window_view::<Out>(&[5], Some(&[0]))
            .unwrap_err()
            .to_string(),
        "window shape cannot be larger than input array shape (window 5 on axis 0 of size 3)"
    );
}

// ---- as_strided ----------------------------------------------------------

type Strided32<'a, S> = View<'a, i32, S, Strided>;

#[test]
fn as_strided_builds_overlapping_rows_like_numpy() {
    // as_strided(np.arange(6, dtype=np.int32), (4, 3), (4, 4))
    let data: Vec<i32> = (0..6).collect();
    let w = Strided32::<shape![4, 3]>::as_strided(&data, [4, 3], [1, 1]).unwrap();
    assert_eq!(w.byte_strides().to_vec(), vec![4, 4]);
    assert_eq!(w.to_vec(), vec![0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5]);
    let d = Strided32::<shape![Dyn, Dyn]>::as_strided(&data, [4, 3], [1, 1]).unwrap();
    assert_eq!(d.to_vec(), w.to_vec());
}

#[test]
fn as_strided_accepts_zero_and_negative_strides() {
    let data: Vec<i32> = (0..6).collect();
    // as_strided(x, (2, 3), (0, 4)): [0, 1, 2, 0, 1, 2]
    let z = Strided32::<shape![2, 3]>::as_strided(&data, [2, 3], [0, 1]).unwrap();
    assert_eq!(z.byte_strides().to_vec(), vec![0, 4]);
    assert_eq!(z.to_vec(), vec![0, 1, 2, 0, 1, 2]);
    // as_strided(x[2:], (2, 3), (12, -4)): [2, 1, 0, 5, 4, 3]; here the
    // lowest element reached is data[0], so the first one is data[2]
    let n = Strided32::<shape![2, 3]>::as_strided(&data, [2, 3], [3, -1]).unwrap();
    assert_eq!(n.byte_strides().to_vec(), vec![12, -4]);
    assert_eq!(n.to_vec(), vec![2, 1, 0, 5, 4, 3]);
    assert_eq!(n.get([0, 0]), Some(&2));
}

#[test]
fn as_strided_refuses_anything_reaching_outside_the_slice() {
    let data: Vec<i32> = (0..6).collect();
    let e = Strided32::<shape![2, 3]>::as_strided(&data, [2, 3], [3, 2]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "as_strided: the dims and strides reach element offsets 0 to 7 \
         from the first element, a span of 8 elements, but the slice holds 6"
    );
    assert!(Strided32::<shape![2, 3]>::as_strided(&data, [2, 3], [-3, 2]).is_err());
    assert!(Strided32::<shape![1]>::as_strided(&[], [1], [0]).is_err());
    // wrapping arithmetic would land back inside the slice; checked
    // arithmetic refuses it
    let huge = isize::MAX / 2 + 1;
    assert_eq!(
        Strided32::<shape![3]>::as_strided(&data, [3], [huge]).unwrap_err(),
        ndview::ShapeError::Overflow
    );
    assert_eq!(
        Strided32::<shape![Dyn, Dyn]>::as_strided(&data, [usize::MAX, 2], [0, 0]).unwrap_err(),
        ndview::ShapeError::Overflow
    );
    // dims must agree with the static shape
    assert!(Strided32::<shape![2, 3]>::as_strided(&data, [3, 2], [1, 1]).is_err());
}

#[test]
fn as_strided_with_an_empty_dim_reaches_nothing() {
    let w = Strided32::<shape![0, 3]>::as_strided(&[], [0, 3], [1_000_000, -7]).unwrap();
    assert!(w.is_empty());
    assert_eq!(w.to_vec(), Vec::<i32>::new());
}

// ---- broadcast_arrays ------------------------------------------------------

#[test]
fn broadcast_arrays_gives_views_of_the_common_shape() {
    // np.broadcast_arrays(np.arange(3).reshape(3, 1), np.arange(4))
    let col = Array::<i64, shape![3, 1]>::arange();
    let row = Array::<i64, shape![4]>::arange();
    type Common<'a> = View<'a, i64, shape![3, 4], Strided>;
    let (c, r): (Common<'_>, Common<'_>) = broadcast_arrays((&col, &row)).unwrap();
    assert_eq!(c.byte_strides().to_vec(), vec![8, 0]);
    assert_eq!(c.to_vec(), vec![0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    assert_eq!(r.byte_strides().to_vec(), vec![0, 8]);
    assert_eq!(r.to_vec(), vec![0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]);
}

#[test]
fn broadcast_arrays_of_three_inputs() {
    // np.broadcast_arrays(arange(2).reshape(2, 1, 1), arange(3).reshape(3, 1), arange(4))
    let x = Array::<i64, shape![2, 1, 1]>::arange();
    let y = Array::<i64, shape![3, 1]>::arange();
    let z = Array::<i64, shape![4]>::arange();
    let (bx, by, bz) = broadcast_arrays((&x, &y, &z)).unwrap();
    let _: &View<'_, i64, shape![2, 3, 4], Strided> = &bx;
    assert_eq!(bx.byte_strides().to_vec(), vec![8, 0, 0]);
    assert_eq!(by.byte_strides().to_vec(), vec![0, 8, 0]);
    assert_eq!(bz.byte_strides().to_vec(), vec![0, 0, 8]);
    assert_eq!(&by.to_vec()[..12], &[0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    assert_eq!(bz.to_vec()[13], 1);
}

#[test]
fn broadcast_arrays_of_strided_views_and_mixed_element_types() {
    // np.broadcast_arrays(np.arange(3)[::-1], np.arange(6).reshape(2, 3).T[:1].T):
    // (2, 3) with strides (0, -8) and (24, 0)
    let x = Array::<i64, shape![3]>::arange();
    let m = Array::<i64, shape![2, 3]>::arange();
    let (a, b) = broadcast_arrays((&nd!(x[::-1]), &nd!(m[:, :1]))).unwrap();
    assert_eq!(a.byte_strides().to_vec(), vec![0, -8]);
    assert_eq!(a.to_vec(), vec![2, 1, 0, 2, 1, 0]);
    assert_eq!(b.byte_strides().to_vec(), vec![24, 0]);
    assert_eq!(b.to_vec(), vec![0, 0, 0, 3, 3, 3]);
    let f = Array::<f32, shape![2, 1]>::from_elem(0.5);
    let (i, g) = broadcast_arrays((&x, &f)).unwrap();
    assert_eq!((i.shape(), g.shape()), (&[2, 3][..], &[2, 3][..]));
    assert_eq!(g.to_vec(), vec![0.5; 6]);
}

#[test]
fn broadcast_arrays_with_dyn_dims_checks_at_run_time() {
    let d = Array::<i64, shape![Dyn, 1]>::from_shape_vec([3, 1], vec![0, 1, 2]).unwrap();
    let row = Array::<i64, shape![4]>::arange();
    let (c, r) = broadcast_arrays((&d, &row)).unwrap();
    let _: &View<'_, i64, shape![Dyn, 4], Strided> = &c;
    assert_eq!(c.byte_strides().to_vec(), vec![8, 0]);
    assert_eq!(r.byte_strides().to_vec(), vec![0, 8]);
    // a Dyn of 1 against a static 4 gives the static 4
    let one = Array::<i64, shape![Dyn]>::from_shape_vec([1], vec![9]).unwrap();
    let (o, _) = broadcast_arrays((&one, &row)).unwrap();
    let _: &View<'_, i64, shape![4], Strided> = &o;
    assert_eq!(o.to_vec(), vec![9; 4]);
    // np.broadcast_arrays(np.zeros((0, 1)), np.arange(3)): shapes (0, 3)
    let empty = Array::<i64, shape![Dyn, 1]>::from_shape_vec([0, 1], vec![]).unwrap();
    let (e, f) = broadcast_arrays((&empty, &nd!(row[:3]))).unwrap();
    assert_eq!((e.shape(), f.shape()), (&[0, 3][..], &[0, 3][..]));
}

#[test]
fn broadcast_arrays_errors_name_the_args_like_numpy() {
    let two = dyn_arange(2);
    let three = dyn_arange(3);
    // np.broadcast_arrays(np.zeros(3), np.zeros(2), np.zeros(3))
    assert_eq!(
        broadcast_arrays((&three, &two, &three))
            .unwrap_err()
            .to_string(),
        "shape mismatch: objects cannot be broadcast to a single shape.  \
         Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,)."
    );
    // np.broadcast_arrays(np.zeros(1), np.zeros((2, 3)), np.zeros(4))
    let one = dyn_arange(1);
    let m = Array::<i64, shape![Dyn, Dyn]>::from_shape_vec([2, 3], vec![0; 6]).unwrap();
    let four = dyn_arange(4);
    assert_eq!(
        broadcast_arrays((&one, &m, &four)).unwrap_err().to_string(),
        "shape mismatch: objects cannot be broadcast to a single shape.  \
         Mismatch is between arg 1 with shape (2, 3) and arg 2 with shape (4,)."
    );
}
