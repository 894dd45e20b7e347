//! `nd!(x.broadcast_to(d0, ...))`: NumPy's broadcasting rule as a read-only
//! view (align from the right; equal sizes keep the stride, size-1 and new
//! leading axes get stride 0). Expected strides are NumPy 2.4's, in bytes.

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::Strided;

#[test]
fn new_leading_axes_get_stride_zero() {
    let x = Array::<i64, shape![3]>::arange();
    let b: View<'_, i64, shape![2, 3], Strided> = nd!(x.broadcast_to(2, 3)).strided();
    assert_eq!(b.byte_strides().to_vec(), vec![0, 8]); // np.broadcast_to(x, (2, 3)).strides
    assert_eq!(b.to_vec(), vec![0, 1, 2, 0, 1, 2]);
    assert!(!b.is_contiguous());
    assert!(b.shares_memory(&x));
}

#[test]
fn size_one_axes_repeat_with_stride_zero() {
    let c = Array::<i64, shape![3, 1]>::arange();
    let b: View<'_, i64, shape![2, 3, 4], Strided> = nd!(c.broadcast_to(2, 3, 4)).strided();
    assert_eq!(b.byte_strides().to_vec(), vec![0, 8, 0]); // (0, 8, 0)
    assert_eq!(nd!(b[1, 2]).to_vec(), vec![2, 2, 2, 2]);
}

#[test]
fn a_size_one_axis_broadcasts_to_size_zero() {
    let c = Array::<i64, shape![3, 1]>::arange();
    let b: View<'_, i64, shape![3, 0], Strided> = nd!(c.broadcast_to(3, 0)).strided();
    assert_eq!(b.byte_strides().to_vec(), vec![8, 0]); // (8, 0)
    assert!(b.is_empty());
}

#[test]
fn strided_and_reversed_views_keep_their_strides() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let t = nd!(a.T.broadcast_to(2, 4, 3));
    assert_eq!(t.byte_strides().to_vec(), vec![0, 8, 32]); // (0, 8, 32)
    let r = nd!(a[::-1].broadcast_to(2, 3, 4));
    assert_eq!(r.byte_strides().to_vec(), vec![0, -32, 8]); // (0, -32, 8)
    assert_eq!(nd!(r[1, 0]).to_vec(), vec![8, 9, 10, 11]);
}

#[test]
fn a_scalar_broadcasts_to_any_shape() {
    let s = Array::<i64, shape![]>::from_elem(5);
    let b = nd!(s.broadcast_to(2, 2));
    assert_eq!(b.byte_strides().to_vec(), vec![0, 0]); // (0, 0)
    assert_eq!(b.to_vec(), vec![5; 4]);
}

#[test]
fn broadcast_to_the_same_shape_is_the_same_view() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let b = nd!(a.broadcast_to(3, 4));
    assert_eq!(b.strides(), a.strides());
    assert_eq!(b.to_vec(), a.to_vec());
}

#[test]
fn broadcast_views_chain_with_other_view_ops() {
    let x = Array::<i64, shape![3]>::arange();
    let b: View<'_, i64, shape![3, 2], Strided> = nd!(x.broadcast_to(2, 3).T).strided();
    assert_eq!(b.to_vec(), vec![0, 0, 1, 1, 2, 2]);
    let s = nd!(x.broadcast_to(4, 3)[1:3, ::-1]);
    assert_eq!(s.to_vec(), vec![2, 1, 0, 2, 1, 0]);
}

#[test]
fn copy_of_a_broadcast_is_an_owned_writable_array() {
    let x = Array::<i64, shape![3]>::arange();
    let mut c: Array<i64, shape![2, 3]> = nd!(x.broadcast_to(2, 3).copy());
    assert_eq!(c.strides(), &[3, 1]);
    *nd!(mut c[0, 0]) = 9;
    assert_eq!(c.to_vec(), vec![9, 1, 2, 0, 1, 2]);
}

#[test]
fn run_time_target_sizes_are_dyn_and_checked_at_run_time() {
    let x = Array::<i64, shape![1, 3]>::arange();
    let (rows, cols) = (4usize, 3u32);
    let b: View<'_, i64, shape![Dyn, Dyn], Strided> =
        nd!(x.broadcast_to({ rows }, { cols })).strided();
    assert_eq!(b.shape(), &[4, 3]);
    assert_eq!(b.byte_strides().to_vec(), vec![0, 8]);
    let bad = 4;
    assert_eq!(
        try_nd!(x.broadcast_to(2, { bad }))
            .map(drop)
            .unwrap_err()
            .to_string(),
        "operands could not be broadcast together with shape (1,3) and requested shape (2,4)"
    );
}

#[test]
fn dyn_source_dims_are_checked_at_run_time() {
    let x = Array::<i64, shape![Dyn]>::from_shape_vec([1], vec![7]).unwrap();
    let b: View<'_, i64, shape![2, 5], Strided> = nd!(x.broadcast_to(2, 5));
    assert_eq!(b.to_vec(), vec![7; 10]);
    let y = Array::<i64, shape![Dyn]>::from_shape_vec([3], vec![1, 2, 3]).unwrap();
    assert!(try_nd!(y.broadcast_to(2, 5)).is_err());
    assert_eq!(
        try_nd!(y.broadcast_to(2, 3)).unwrap().to_vec(),
        vec![1, 2, 3, 1, 2, 3]
    );
}
