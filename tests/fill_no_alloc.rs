//! The preallocation workflow never allocates per row: `nd!(mut ...)` views,
//! `assign`, `fill`, `iter_mut` and `split_at_mut` only borrow. Counted with a
//! global allocator that counts the allocations of the current thread.

#[path = "support/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::allocations_in;
use ndview::prelude::*;
use ndview::Axis;

#[test]
fn filling_a_preallocated_array_row_by_row_does_not_allocate() {
    let n = 1000;
    let mut arr = Array::<f64, shape![Dyn, 10]>::from_shape_elem([n, 10], 0.0).unwrap();
    let mut row = Array::<f64, shape![10]>::zeros();
    let count = allocations_in(|| {
        for i in 0..n {
            for (j, x) in row.iter_mut().enumerate() {
                *x = (10 * i + j) as f64;
            }
            nd!(mut arr[{ i }]).assign(&row);
        }
    });
    assert_eq!(count, 0);
    assert_eq!(*nd!(arr[999, 9]), 9999.0);
}

#[test]
fn strided_writes_and_splits_do_not_allocate() {
    let mut a = Array::<i32, shape![Dyn, 6]>::from_shape_elem([8, 6], 0).unwrap();
    let src = Array::<i32, shape![6, 8]>::arange();
    let count = allocations_in(|| {
        nd!(mut a.T).assign(&src);
        nd!(mut a[:, ::2]).fill(1);
        for x in nd!(mut a[::-1, 1]).iter_mut() {
            *x += 1;
        }
        let (mut top, mut bottom) = a.view_mut().split_at_mut(Axis::<0>, 3);
        top.fill(2);
        bottom.fill(3);
        let _ = nd!(a.broadcast_to(2, 8, 6));
    });
    assert_eq!(count, 0);
}
