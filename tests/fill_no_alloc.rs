//! The preallocation workflow never allocates per row: `nd!(mut ...)` views,
//! `assign`, `fill`, `iter_mut` and `split_at_mut` only borrow. Counted with a
//! global allocator that counts the allocations of the current thread.

use ndview::prelude::*;
use ndview::Axis;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations `f` makes on this thread.
fn allocations_in(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

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
