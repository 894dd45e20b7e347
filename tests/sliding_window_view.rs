//! `nd!(x.sliding_window_view(..))` against NumPy 2.4.6: every shape, byte
//! stride and element list below is what
//! `numpy.lib.stride_tricks.sliding_window_view` printed for the same call
//! (the Python is in each test's comment). Static windows give static
//! shapes (the `let _: View<..>` lines are the type the compiler computed);
//! `{expr}` windows give `Dyn` and are checked at run time.

use ndview::prelude::*;
use ndview::Strided;

/// `np.arange(12).reshape(3, 4)`.
fn a() -> Array<i64, shape![3, 4]> {
    Array::arange()
}

#[test]
fn one_size_on_a_1d_view_trims_the_axis_then_appends_the_window() {
    // swv(np.arange(6), 3): (4, 3), strides (8, 8)
    let x = Array::<i64, shape![6]>::arange();
    let w = nd!(x.sliding_window_view(3));
    let _: &View<'_, i64, shape![4, 3], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![8, 8]);
    assert_eq!(w.to_vec(), vec![0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5]);
    assert!(w.shares_memory(&x));
}

#[test]
fn one_size_per_axis_windows_every_axis() {
    // swv(a, (2, 3)): (2, 2, 2, 3), strides (32, 8, 32, 8)
    let a = a();
    let w = nd!(a.sliding_window_view(2, 3));
    let _: &View<'_, i64, shape![2, 2, 2, 3], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 32, 8]);
    assert_eq!(
        w.to_vec(),
        vec![0, 1, 2, 4, 5, 6, 1, 2, 3, 5, 6, 7, 4, 5, 6, 8, 9, 10, 5, 6, 7, 9, 10, 11]
    );
}

#[test]
fn axis_keyword_windows_one_axis_and_appends_its_stride() {
    // swv(a, 3, axis=1): (3, 2, 3), strides (32, 8, 8)
    let a = a();
    let w = nd!(a.sliding_window_view(3, axis = 1));
    let _: &View<'_, i64, shape![3, 2, 3], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 8]);
    assert_eq!(
        w.to_vec(),
        vec![0, 1, 2, 1, 2, 3, 4, 5, 6, 5, 6, 7, 8, 9, 10, 9, 10, 11]
    );
}

#[test]
fn negative_axis_counts_from_the_end() {
    // swv(a, 2, axis=-2): (2, 4, 2), strides (32, 8, 32)
    let a = a();
    let w = nd!(a.sliding_window_view(2, axis = -2));
    let _: &View<'_, i64, shape![2, 4, 2], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 32]);
    assert_eq!(
        w.to_vec(),
        vec![0, 4, 1, 5, 2, 6, 3, 7, 4, 8, 5, 9, 6, 10, 7, 11]
    );
    // swv(a, 2, axis=-1): (3, 3, 2), strides (32, 8, 8)
    let w = nd!(a.sliding_window_view(2, axis = -1));
    let _: &View<'_, i64, shape![3, 3, 2], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 8]);
}

#[test]
fn run_time_window_sizes_give_dyn_dims() {
    // swv(a, 3, axis=1) and swv(a, (2, 3)) with the sizes in variables
    let a = a();
    let (w, h) = (std::hint::black_box(3), std::hint::black_box(2usize));
    let v = nd!(a.sliding_window_view({ w }, axis = 1));
    let _: &View<'_, i64, shape![3, Dyn, Dyn], Strided> = &v.strided();
    assert_eq!(v.shape(), &[3, 2, 3]);
    assert_eq!(v.byte_strides().to_vec(), vec![32, 8, 8]);
    let v = nd!(a.sliding_window_view({ h }, 3));
    let _: &View<'_, i64, shape![Dyn, 2, Dyn, 3], Strided> = &v.strided();
    assert_eq!(v.shape(), &[2, 2, 2, 3]);
    assert_eq!(v.byte_strides().to_vec(), vec![32, 8, 32, 8]);
    assert_eq!(nd!(v[1, 0]).to_vec(), vec![4, 5, 6, 8, 9, 10]);
}

#[test]
fn strided_sources_keep_their_strides_in_the_window_axes() {
    // swv(a[::2, ::-1], 2, axis=1): (2, 3, 2), strides (64, -8, -8)
    let a = a();
    let w = nd!(a[::2, ::-1].sliding_window_view(2, axis = 1));
    let _: &View<'_, i64, shape![2, 3, 2], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![64, -8, -8]);
    assert_eq!(w.to_vec(), vec![3, 2, 2, 1, 1, 0, 11, 10, 10, 9, 9, 8]);
    // swv(a.T, (2, 2)): (3, 2, 2, 2), strides (8, 32, 8, 32)
    let w = nd!(a.T.sliding_window_view(2, 2));
    let _: &View<'_, i64, shape![3, 2, 2, 2], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![8, 32, 8, 32]);
    assert_eq!(
        w.to_vec(),
        vec![0, 4, 1, 5, 4, 8, 5, 9, 1, 5, 2, 6, 5, 9, 6, 10, 2, 6, 3, 7, 6, 10, 7, 11]
    );
    // swv(np.arange(10)[::2], 2): (4, 2), strides (16, 16)
    let x = Array::<i64, shape![10]>::arange();
    let w = nd!(x[::2].sliding_window_view(2));
    assert_eq!(w.byte_strides().to_vec(), vec![16, 16]);
    assert_eq!(w.to_vec(), vec![0, 2, 2, 4, 4, 6, 6, 8]);
    // swv(np.arange(10)[::-3], 3): (2, 3), strides (-24, -24)
    let w = nd!(x[::-3].sliding_window_view(3));
    assert_eq!(w.byte_strides().to_vec(), vec![-24, -24]);
    assert_eq!(w.to_vec(), vec![9, 6, 3, 6, 3, 0]);
    // b = np.arange(24).reshape(2, 3, 4); swv(b[:, 1:, ::2], 2, axis=2):
    // (2, 2, 1, 2), strides (96, 32, 16, 16)
    let b = Array::<i64, shape![2, 3, 4]>::arange();
    let w = nd!(b[:, 1:, ::2].sliding_window_view(2, axis = 2));
    let _: &View<'_, i64, shape![2, 2, 1, 2], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![96, 32, 16, 16]);
    assert_eq!(w.to_vec(), vec![4, 6, 8, 10, 16, 18, 20, 22]);
}

#[test]
fn three_axes_with_a_size_one_window() {
    // swv(b, (1, 2, 2)): (2, 2, 3, 1, 2, 2), strides (96, 32, 8, 96, 32, 8)
    let b = Array::<i64, shape![2, 3, 4]>::arange();
    let w = nd!(b.sliding_window_view(1, 2, 2));
    type Windows = shape![2, 2, 3, 1, 2, 2];
    let _: &View<'_, i64, Windows, Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![96, 32, 8, 96, 32, 8]);
    assert_eq!(&w.to_vec()[..12], &[0, 1, 4, 5, 1, 2, 5, 6, 2, 3, 6, 7]);
}

#[test]
fn window_of_size_zero_gives_n_plus_1_empty_windows() {
    // swv(np.arange(6), 0): (7, 0), strides (8, 8)
    let x = Array::<i64, shape![6]>::arange();
    let w = nd!(x.sliding_window_view(0));
    let _: &View<'_, i64, shape![7, 0], Strided> = &w.strided();
    assert_eq!(w.byte_strides().to_vec(), vec![8, 8]);
    assert!(w.to_vec().is_empty());
}

#[test]
fn windows_can_be_indexed_sliced_and_copied_in_the_same_chain() {
    // swv(np.arange(6), 3)[1:, ::2]: (3, 2), strides (8, 16)
    let x = Array::<i64, shape![6]>::arange();
    let s = nd!(x.sliding_window_view(3)[1:, ::2]);
    let _: &View<'_, i64, shape![3, 2], Strided> = &s.strided();
    assert_eq!(s.byte_strides().to_vec(), vec![8, 16]);
    assert_eq!(s.to_vec(), vec![1, 3, 2, 4, 3, 5]);
    // np.ascontiguousarray(swv(np.arange(6), 3)): strides (24, 8), writable
    let mut c = nd!(x.sliding_window_view(3).copy());
    let _: &Array<i64, shape![4, 3]> = &c;
    assert_eq!(c.byte_strides().to_vec(), vec![24, 8]);
    *nd!(mut c[1, 0]) = 100;
    assert_eq!(c.to_vec(), vec![0, 1, 2, 100, 2, 3, 2, 3, 4, 3, 4, 5]);
    assert_eq!(x.to_vec(), vec![0, 1, 2, 3, 4, 5]); // the source is untouched
}

#[test]
fn dyn_sources_are_checked_at_run_time_with_numpys_message() {
    let x: Array<i64, shape![Dyn]> = Array::from_shape_vec([2], vec![0, 1]).unwrap();
    // swv(np.arange(2), 3): ValueError
    assert_eq!(
        try_nd!(x.sliding_window_view(3)).unwrap_err().to_string(),
        "window shape cannot be larger than input array shape (window 3 on axis 0 of size 2)"
    );
    let w = nd!(x.sliding_window_view(2));
    let _: &View<'_, i64, shape![Dyn, 2], Strided> = &w;
    assert_eq!(w.to_vec(), vec![0, 1]);
}

#[test]
fn run_time_window_errors_are_numpys() {
    let a = a();
    // swv(a, 5, axis=1): ValueError
    let big = std::hint::black_box(5);
    assert_eq!(
        try_nd!(a.sliding_window_view({ big }, axis = 1))
            .unwrap_err()
            .to_string(),
        "window shape cannot be larger than input array shape (window 5 on axis 1 of size 4)"
    );
    // swv(np.arange(6), -1): ValueError
    let neg = std::hint::black_box(-1);
    let x = Array::<i64, shape![6]>::arange();
    assert_eq!(
        try_nd!(x.sliding_window_view({ neg }))
            .unwrap_err()
            .to_string(),
        "`window_shape` cannot contain negative values (found -1)"
    );
}

#[test]
#[should_panic(expected = "nd!: window shape cannot be larger than input array shape")]
fn nd_panics_with_numpys_message_for_a_run_time_window_too_large() {
    let a = a();
    let big = std::hint::black_box(4);
    let _ = nd!(a.sliding_window_view({ big }, axis = 0));
}
