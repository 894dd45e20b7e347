//! Zero-copy conversions: slices and `Vec` always; ndarray views with
//! `--features ndarray` (`cargo test --workspace --features ndarray`).

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::{ShapeError, C};

#[test]
fn a_slice_becomes_a_view_when_its_length_fits_the_shape() {
    let data: Vec<i32> = (0..12).collect();
    let v: View<'_, i32, shape![3, 4], C> = data.as_slice().try_into().unwrap();
    assert_eq!(*nd!(v[2, 1]), 9);
    assert!(v.as_slice().as_ptr() == data.as_ptr()); // zero-copy
    let r: Result<View<'_, i32, shape![5, 2]>, ShapeError> = data.as_slice().try_into();
    assert_eq!(
        r.unwrap_err().to_string(),
        "cannot build an array of shape (5,2) (10 elements) from 12 elements"
    );
}

#[test]
fn a_slice_with_run_time_dims_checks_the_static_ones() {
    let data = [1.0f64; 8];
    let n = 2;
    let v = View::<f64, shape![Dyn, 4]>::from_shape_slice([n, 4], &data).unwrap();
    assert_eq!(v.shape(), &[2, 4]);
    assert!(matches!(
        View::<f64, shape![Dyn, 4]>::from_shape_slice([4, 2], &data),
        Err(ShapeError::DimMismatch { .. })
    ));
}

#[test]
fn a_mutable_slice_becomes_a_mutable_view() {
    let mut data = vec![0u8; 6];
    {
        let mut m: ViewMut<'_, u8, shape![2, 3], C> = data.as_mut_slice().try_into().unwrap();
        nd!(mut m[:, 0]).fill(1);
    }
    assert_eq!(data, vec![1, 0, 0, 1, 0, 0]);
    let rows = 3;
    let mut m = ViewMut::<u8, shape![Dyn, 2]>::from_shape_slice_mut([rows, 2], &mut data).unwrap();
    *nd!(mut m[2, 1]) = 9;
    assert_eq!(data[5], 9);
    assert!(ViewMut::<u8, shape![4, 2]>::from_slice_mut(&mut data).is_err());
}

#[test]
fn contiguous_views_turn_back_into_slices() {
    let mut a = Array::<i32, shape![3, 4]>::arange();
    let row: &[i32] = nd!(a[1]).into();
    assert_eq!(row, &[4, 5, 6, 7]);
    let row: &mut [i32] = nd!(mut a[2]).into();
    row[0] = -1;
    assert_eq!(*nd!(a[2, 0]), -1);
}

#[test]
fn vecs_convert_to_and_from_arrays_without_copying() {
    let v: Vec<i64> = (0..6).collect();
    let ptr = v.as_ptr();
    let a: Array<i64, shape![2, 3]> = v.try_into().unwrap();
    assert_eq!(a.as_slice().as_ptr(), ptr);
    let back: Vec<i64> = a.into();
    assert_eq!(back.as_ptr(), ptr);
    let bad: Result<Array<i64, shape![4, 2]>, _> = back.try_into();
    assert!(bad.is_err());
}

#[cfg(feature = "ndarray")]
mod with_ndarray {
    use ndarray::{s, Array2, Array3, ArrayView1, ArrayView2, ArrayViewMut2, IxDyn};
    use ndview::prelude::*;
    use ndview::{ShapeError, Strided};

    #[test]
    fn ndview_views_become_ndarray_views_of_the_same_memory() {
        let a = Array::<i64, shape![3, 4]>::arange();
        let v: ArrayView2<i64> = a.view().to_ndarray();
        assert_eq!(v.as_ptr(), a.as_slice().as_ptr());
        assert_eq!(v.strides(), &[4, 1]);
        assert_eq!(v[[2, 3]], 11);
        let t: ArrayView2<i64> = nd!(a.T).into();
        assert_eq!(t.strides(), &[1, 4]);
        assert_eq!(t.row(1).to_vec(), vec![1, 5, 9]);
    }

    #[test]
    fn negative_and_zero_strides_survive_the_conversion() {
        let a = Array::<i64, shape![3, 4]>::arange();
        let r: ArrayView2<i64> = nd!(a[::-1, ::-2]).to_ndarray();
        assert_eq!(r.strides(), &[-4, -2]);
        assert_eq!(
            r.iter().copied().collect::<Vec<_>>(),
            vec![11, 9, 7, 5, 3, 1]
        );
        let x = Array::<i64, shape![3]>::arange();
        let b: ArrayView2<i64> = nd!(x.broadcast_to(2, 3)).to_ndarray();
        assert_eq!(b.strides(), &[0, 1]);
        assert_eq!(
            b.iter().copied().collect::<Vec<_>>(),
            vec![0, 1, 2, 0, 1, 2]
        );
        let e = Array::<i64, shape![0, 4]>::zeros();
        let ev: ArrayView2<i64> = nd!(e[::-1]).to_ndarray();
        assert_eq!(ev.shape(), &[0, 4]);
    }

    #[test]
    fn ranks_above_six_use_ixdyn() {
        let a = Array::<u8, shape![1, 2, 1, 2, 1, 2, 1]>::zeros();
        let v: ndarray::ArrayView<u8, IxDyn> = a.view().to_ndarray();
        assert_eq!(v.shape(), &[1, 2, 1, 2, 1, 2, 1]);
    }

    #[test]
    fn mutable_views_convert_both_ways() {
        let mut a = Array::<i32, shape![2, 3]>::zeros();
        let mut m: ArrayViewMut2<i32> = nd!(mut a[:, ::-1]).into_ndarray();
        m[[0, 0]] = 5; // a[0, 2]
        m.row_mut(1).fill(1);
        assert_eq!(a.to_vec(), vec![0, 0, 5, 1, 1, 1]);

        let mut x = Array2::<i32>::zeros((3, 4));
        {
            let mut v: ViewMut<'_, i32, shape![Dyn, 4], Strided> =
                x.slice_mut(s![.., ..]).try_into().unwrap();
            nd!(mut v[1]).fill(7);
        }
        assert_eq!(x.row(1).to_vec(), vec![7; 4]);
    }

    #[test]
    fn ndarray_views_become_ndview_views_of_the_same_memory() {
        let x = Array3::<f32>::from_shape_fn((2, 3, 4), |(i, j, k)| (100 * i + 10 * j + k) as f32);
        let v: View<'_, f32, shape![2, 3, 4], Strided> = x.view().try_into().unwrap();
        assert_eq!(*nd!(v[1, 2, 3]), 123.0);
        assert!(std::ptr::eq(nd!(v[0, 0, 0]), &x[[0, 0, 0]])); // zero-copy
                                                               // A reversed, stepped ndarray view keeps its strides.
        let sl = x.slice(s![.., ..;-1, ..;2]);
        let w = View::<f32, shape![2, Dyn, 2], Strided>::from_ndarray(sl).unwrap();
        assert_eq!(w.strides(), &[12, -4, 2]);
        assert_eq!(nd!(w[0, 0]).to_vec(), vec![20.0, 22.0]);
        let one: ArrayView1<f32> = x.slice(s![1, 2, ..]);
        let r = View::<f32, shape![4], Strided>::from_ndarray(one).unwrap();
        assert_eq!(r.to_vec(), vec![120.0, 121.0, 122.0, 123.0]);
    }

    #[test]
    fn static_dims_are_checked_at_run_time_when_coming_from_ndarray() {
        let x = Array2::<f64>::zeros((3, 4));
        let err = View::<f64, shape![3, 5], Strided>::from_ndarray(x.view()).unwrap_err();
        assert!(matches!(err, ShapeError::DimMismatch { .. }));
        assert_eq!(
            err.to_string(),
            "dims (3,4) do not match the static shape (3,5) (-1 marks a Dyn dim)"
        );
        // A wrong rank (here from a dynamic-rank ndarray view) too.
        let d = x.view().into_dyn();
        let rank = View::<f64, shape![Dyn], Strided>::from_ndarray(d).unwrap_err();
        assert_eq!(
            rank.to_string(),
            "dims (3,4) do not match the static shape (-1,) (-1 marks a Dyn dim)"
        );
    }

    #[test]
    fn a_round_trip_keeps_pointer_dims_and_strides() {
        let a = Array::<i16, shape![4, 6]>::arange();
        let v = nd!(a[1::2, ::-3]);
        let back = View::<i16, shape![2, 2], Strided>::from_ndarray(v.to_ndarray()).unwrap();
        assert_eq!(back.shape(), v.shape());
        assert_eq!(back.strides(), v.strides());
        assert_eq!(back.to_vec(), v.to_vec());
    }
}
