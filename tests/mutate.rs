//! Writing through views: `assign`, `fill`, `iter_mut`, `*nd!(mut ...) = x`
//! and disjoint mutable views from `split_at_mut`, with NumPy's semantics
//! (`dst[...] = src` for equal shapes, `dst.fill(x)`).

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::{Axis, Strided, C};

#[test]
fn scalar_access_through_nd_mut_writes_the_element() {
    let mut a = Array::<i64, shape![3, 4]>::zeros();
    *nd!(mut a[1, 3]) = 5;
    *nd!(mut a[-1, -1]) += 2;
    let (i, j) = (0, 2);
    *nd!(mut a.T[{ j }, { i }]) = 9; // a.T[2, 0] is a[0, 2]
    assert_eq!(a.to_vec(), vec![0, 0, 9, 0, 0, 0, 0, 5, 0, 0, 0, 2]);
}

#[test]
fn assign_copies_any_viewable_source_of_the_same_shape() {
    let mut a = Array::<i32, shape![2, 3]>::zeros();
    let src = Array::<i32, shape![2, 3]>::arange();
    a.assign(&src); // &Array
    assert_eq!(a, src);
    a.fill(0);
    let v = src.view();
    a.assign(&v); // &View
    a.assign(&&v); // &&View
    assert_eq!(a, src);
    let mut other = Array::<i32, shape![2, 3]>::from_elem(7);
    let m = other.view_mut();
    a.assign(&m); // &ViewMut
    assert_eq!(a.to_vec(), vec![7; 6]);
    other.fill(1);
}

#[test]
fn assign_into_a_strided_view_writes_in_its_logical_order() {
    // b = np.zeros((3, 2)); b.T[...] = np.arange(6).reshape(2, 3)
    let mut b = Array::<i32, shape![3, 2]>::zeros();
    let src = Array::<i32, shape![2, 3]>::arange();
    nd!(mut b.T).assign(&src);
    assert_eq!(b.to_vec(), vec![0, 3, 1, 4, 2, 5]);
    // a[:, ::2] = a reversed column pair
    let mut a = Array::<i32, shape![2, 4]>::zeros();
    let cols = Array::<i32, shape![2, 2]>::arange();
    nd!(mut a[:, ::2]).assign(&nd!(cols[:, ::-1]));
    assert_eq!(a.to_vec(), vec![1, 0, 0, 0, 3, 0, 2, 0]);
}

#[test]
fn assign_row_by_row_into_a_preallocated_dyn_array() {
    let n = 4;
    let mut arr = Array::<f64, shape![Dyn, 3]>::from_shape_elem([n, 3], 0.0).unwrap();
    let mut row = Array::<f64, shape![3]>::zeros();
    for i in 0..n {
        row.iter_mut()
            .enumerate()
            .for_each(|(j, x)| *x = (10 * i + j) as f64);
        nd!(mut arr[{ i }]).assign(&row);
    }
    assert_eq!(nd!(arr[:, 0]).to_vec(), vec![0.0, 10.0, 20.0, 30.0]);
    assert_eq!(nd!(arr[3]).to_vec(), vec![30.0, 31.0, 32.0]);
}

#[test]
fn assign_checks_dyn_dims_at_run_time_and_accepts_equal_ones() {
    let mut a = Array::<i32, shape![Dyn, 2]>::from_shape_elem([3, 2], 0).unwrap();
    let b = Array::<i32, shape![3, 2]>::arange();
    a.assign(&b); // Dyn 3 against static 3: checked at run time
    assert_eq!(a.to_vec(), b.to_vec());
}

#[test]
#[should_panic(expected = "could not broadcast input array from shape (3,) into shape (4,)")]
fn assign_of_a_different_run_time_shape_panics_like_numpy() {
    let mut a = Array::<i32, shape![Dyn]>::from_shape_elem([4], 0).unwrap();
    let b = Array::<i32, shape![Dyn]>::from_shape_elem([3], 1).unwrap();
    a.view_mut().assign(&b);
}

#[test]
#[should_panic(expected = "could not broadcast input array from shape (2,3) into shape (3,3)")]
fn assign_of_a_static_source_into_a_dyn_destination_checks_at_run_time() {
    let mut a = Array::<i32, shape![Dyn, 3]>::from_shape_elem([3, 3], 0).unwrap();
    let b = Array::<i32, shape![2, 3]>::arange();
    a.assign(&b);
}

#[test]
fn assign_of_a_broadcast_source_repeats_it() {
    // a[...] = row  (NumPy broadcasts implicitly; here it is spelled out)
    let mut a = Array::<i32, shape![3, 4]>::zeros();
    let row = Array::<i32, shape![4]>::arange();
    a.assign(&nd!(row.broadcast_to(3, 4)));
    assert_eq!(a.to_vec(), vec![0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]);
}

#[test]
fn fill_sets_every_element_of_any_view() {
    let mut a = Array::<u8, shape![3, 4]>::zeros();
    nd!(mut a[::2, 1::2]).fill(1); // a[::2, 1::2] = 1
    assert_eq!(a.to_vec(), vec![0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1]);
    nd!(mut a.T[0]).fill(2); // column 0 through the transpose
    assert_eq!(nd!(a[:, 0]).to_vec(), vec![2, 2, 2]);
    a.fill(3);
    assert_eq!(a.to_vec(), vec![3; 12]);
    let mut e = Array::<u8, shape![0, 4]>::zeros();
    e.fill(1); // nothing to fill
    assert!(e.is_empty());
}

#[test]
fn iter_mut_walks_the_view_in_its_own_c_order() {
    let mut a = Array::<i32, shape![2, 3]>::zeros();
    for (k, x) in nd!(mut a.T).iter_mut().enumerate() {
        *x = k as i32;
    }
    // a.T is 3x2; its C order visits a[0,0], a[1,0], a[0,1], ...
    assert_eq!(a.to_vec(), vec![0, 2, 4, 1, 3, 5]);
    let mut v = nd!(mut a[:, ::-1]);
    assert_eq!(v.iter_mut().len(), 6);
    for x in v {
        *x *= 10;
    }
    assert_eq!(a.to_vec(), vec![0, 20, 40, 10, 30, 50]);
    a.iter_mut().for_each(|x| *x += 1);
    assert_eq!(a.to_vec(), vec![1, 21, 41, 11, 31, 51]);
}

#[test]
fn into_slice_mut_gives_up_a_contiguous_view_for_a_slice() {
    let mut a = Array::<i32, shape![2, 3]>::zeros();
    let row: &mut [i32] = nd!(mut a[1]).into_slice_mut();
    row.copy_from_slice(&[4, 5, 6]);
    assert_eq!(a.to_vec(), vec![0, 0, 0, 4, 5, 6]);
}

#[test]
fn split_at_mut_along_axis_0_gives_two_disjoint_row_blocks() {
    let mut a = Array::<i32, shape![4, 3]>::zeros();
    let (top, bottom) = a.view_mut().split_at_mut(Axis::<0>, 1);
    // The split axis becomes Dyn; row blocks stay C-contiguous.
    let mut top: ViewMut<'_, i32, shape![Dyn, 3], C> = top;
    let mut bottom: ViewMut<'_, i32, shape![Dyn, 3], C> = bottom;
    assert_eq!((top.shape(), bottom.shape()), (&[1, 3][..], &[3, 3][..]));
    assert!(!top.shares_memory(&bottom));
    top.fill(1);
    bottom.fill(2);
    assert_eq!(a.to_vec(), vec![1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
}

#[test]
fn split_at_mut_along_a_later_axis_keeps_the_other_static_dims() {
    let mut a = Array::<i32, shape![2, 3, 4]>::zeros();
    let (left, right) = a.view_mut().split_at_mut(Axis::<2>, 3);
    let mut left: ViewMut<'_, i32, shape![2, 3, Dyn], Strided> = left;
    let mut right: ViewMut<'_, i32, shape![2, 3, Dyn], Strided> = right;
    assert_eq!(right.shape(), &[2, 3, 1]);
    left.fill(1);
    right.fill(2);
    assert_eq!(nd!(a[1, 2]).to_vec(), vec![1, 1, 1, 2]);
    // Every element was written exactly once by one of the halves.
    assert_eq!(a.to_vec().iter().filter(|x| **x == 2).count(), 6);
}

#[test]
fn split_at_mut_takes_negative_axes_from_the_end() {
    // Axis::<-1> of a rank-3 view is axis 2; Axis::<-3> is axis 0.
    let mut a = Array::<i32, shape![2, 3, 4]>::zeros();
    let (left, right) = a.view_mut().split_at_mut(Axis::<-1>, 3);
    let mut left: ViewMut<'_, i32, shape![2, 3, Dyn], Strided> = left;
    let mut right: ViewMut<'_, i32, shape![2, 3, Dyn], Strided> = right;
    left.fill(1);
    right.fill(2);
    assert_eq!(nd!(a[1, 2]).to_vec(), vec![1, 1, 1, 2]);
    let (top, bottom) = a.view().split_at(Axis::<-3>, 1);
    assert_eq!(
        (top.shape(), bottom.shape()),
        (&[1, 3, 4][..], &[1, 3, 4][..])
    );
    // The first half of axis 0 keeps the view's C layout, as with Axis::<0>.
    let _: View<'_, i32, shape![Dyn, 3, 4], ndview::C> = top;
}

#[test]
fn split_at_mut_clamps_the_index_like_a_numpy_slice() {
    // (v[:10], v[10:]) on 3 rows: everything, then nothing.
    let mut a = Array::<i32, shape![3, 2]>::zeros();
    let (all, none) = a.view_mut().split_at_mut(Axis::<0>, 10);
    assert_eq!(all.shape(), &[3, 2]);
    assert_eq!(none.shape(), &[0, 2]);
    assert!(none.is_empty());
}

#[test]
fn split_at_mut_parts_can_be_filled_from_two_threads() {
    let n = 1000;
    let mut a = Array::<u64, shape![Dyn, 8]>::from_shape_elem([n, 8], 0).unwrap();
    let (first, second) = a.view_mut().split_at_mut(Axis::<0>, n / 2);
    std::thread::scope(|s| {
        for (part, offset) in [(first, 0), (second, n / 2)] {
            s.spawn(move || {
                let mut part = part;
                for i in 0..part.shape()[0] {
                    nd!(mut part[{ i }]).fill((offset + i) as u64);
                }
            });
        }
    });
    assert_eq!(nd!(a[:, 0]).to_vec(), (0..n as u64).collect::<Vec<_>>());
}

#[test]
fn split_at_mut_halves_split_again() {
    let mut a = Array::<i32, shape![4, 4]>::zeros();
    let (top, bottom) = a.view_mut().split_at_mut(Axis::<0>, 2);
    let (mut tl, mut tr) = top.split_at_mut(Axis::<1>, 2);
    let (mut bl, mut br) = bottom.split_at_mut(Axis::<1>, 2);
    tl.fill(1);
    tr.fill(2);
    bl.fill(3);
    br.fill(4);
    assert_eq!(
        a.to_vec(),
        vec![1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4]
    );
}

#[test]
fn split_at_on_a_read_only_view_gives_two_views() {
    let a = Array::<i32, shape![2, 5]>::arange();
    let (left, right) = a.view().split_at(Axis::<1>, 2);
    let right: View<'_, i32, shape![2, Dyn], Strided> = right;
    assert_eq!(left.to_vec(), vec![0, 1, 5, 6]);
    assert_eq!(right.to_vec(), vec![2, 3, 4, 7, 8, 9]);
}

#[test]
fn every_view_op_in_a_mut_chain_gives_a_mutable_view() {
    let mut a = Array::<i32, shape![2, 3]>::arange();
    let _: ViewMut<'_, i32, shape![3, 2], Strided> = nd!(mut a.T).strided();
    let _: ViewMut<'_, i32, shape![3, 2], Strided> = nd!(mut a.transpose(1, 0)).strided();
    let _: ViewMut<'_, i32, shape![3, 2], Strided> = nd!(mut a.swapaxes(0, 1)).strided();
    let _: ViewMut<'_, i32, shape![3, 2], Strided> = nd!(mut a.moveaxis(0, 1)).strided();
    let _: ViewMut<'_, i32, shape![2, 3], Strided> = nd!(mut a.flip(1)).strided();
    let _: ViewMut<'_, i32, shape![2, 1, 3], C> = nd!(mut a.expand_dims(1));
    let _: ViewMut<'_, i32, shape![2, 3], C> = nd!(mut a.expand_dims(0).squeeze(0));
    let _: ViewMut<'_, i32, shape![2, 3], C> = nd!(mut a.expand_dims(0).squeeze());
    let _: ViewMut<'_, i32, shape![3, 2], C> = nd!(mut a.reshape(3, 2));
    let _: ViewMut<'_, i32, shape![6], C> = nd!(mut a.ravel());
    let _: ViewMut<'_, i32, shape![1, 3], Strided> = nd!(mut a[None, 1, ::-1]).strided();
    let r: &mut i32 = nd!(mut a.reshape(3, 2)[2, 1]);
    *r = 50;
    assert_eq!(a.to_vec(), vec![0, 1, 2, 3, 4, 50]);
}
