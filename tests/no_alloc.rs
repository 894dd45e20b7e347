//! Creating views allocates nothing: slicing, transposes, reshapes,
//! `expand_dims`, `flip`, integer indexing, `.T`, views of a static array,
//! and walking them. Counted by a global allocator that counts the
//! allocations of the current thread (this file is its own test binary, so
//! the allocator affects nothing else).

#[path = "support/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::allocations_in;
use ndview::prelude::*;
use std::hint::black_box;

#[test]
fn the_counter_sees_allocations() {
    // The control: a copy allocates once, so a count of 0 below means something.
    let a = Array::<i64, shape![3, 4]>::arange();
    assert_eq!(allocations_in(|| drop(black_box(nd!(a.T).copy()))), 1);
    assert_eq!(
        allocations_in(|| drop(black_box(nd!(a.take([2, 7, 11]))))),
        1
    );
}

#[test]
fn slicing_and_indexing_allocate_nothing() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let count = allocations_in(|| {
        black_box(nd!(a[1:, ::2]));
        black_box(nd!(a[::-1, 1:3]));
        black_box(nd!(a[..2, -1]));
        black_box(nd!(a[1]));
        black_box(nd!(a[:, None, 1:]));
        black_box(nd!(a[..., 2]));
        assert_eq!(*nd!(a[1, 3]), 7);
        let i = black_box(2usize);
        black_box(nd!(a[{ i }, { i }:]));
    });
    assert_eq!(count, 0);
}

#[test]
fn transposes_reshapes_and_axis_ops_allocate_nothing() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let x = Array::<f32, shape![5, 7, 6]>::arange();
    let count = allocations_in(|| {
        black_box(nd!(a.T));
        black_box(nd!(a.transpose(1, 0)));
        black_box(nd!(x.transpose(2, 0, 1)));
        black_box(nd!(x.swapaxes(0, 2)));
        black_box(nd!(x.moveaxis(0, -1)));
        black_box(nd!(a.reshape(6, 2)));
        black_box(nd!(a.reshape(2, -1, 3)));
        black_box(nd!(a.ravel()));
        black_box(nd!(a.expand_dims(1)));
        black_box(nd!(a.expand_dims(0).squeeze(0)));
        black_box(nd!(a.flip(0)));
        black_box(nd!(x[1:, ::2].T.flip(-1)[0]));
    });
    assert_eq!(count, 0);
}

static DATA: [i32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

#[test]
fn views_of_a_static_array_allocate_nothing() {
    let count = allocations_in(|| {
        let v = View::<i32, shape![3, 4]>::from_slice(&DATA).unwrap();
        black_box(nd!(v.T[1:]));
        black_box(nd!(v.reshape(2, 6)[::-1]));
        assert_eq!(*nd!(v[2, 1]), 9);
    });
    assert_eq!(count, 0);
}

#[test]
fn walking_a_view_allocates_nothing() {
    let x = Array::<i32, shape![4, 5, 6]>::arange();
    let count = allocations_in(|| {
        let t = nd!(x.transpose(2, 0, 1));
        assert_eq!(t.iter().copied().sum::<i32>(), 7140);
        assert_eq!(t.iter_memory_order().copied().sum::<i32>(), 7140);
        assert_eq!(t.iter().count(), 120);
        assert_eq!(t.get([5, 3, 4]), Some(&119));
        assert!(!t.is_contiguous());
        assert!(t.shares_memory(&x));
    });
    assert_eq!(count, 0);
}
