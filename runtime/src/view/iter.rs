//! Walking a view: in logical C order ([`Iter`]), or in memory order where the
//! order does not matter ([`View::iter_memory_order`]).
//!
//! Both walk a simplified layout (`Axes`): size-1 axes are dropped and
//! neighbouring axes that are contiguous with each other are merged, so a
//! C-contiguous view is a single run and a transposed matrix is two axes,
//! whatever the rank it was written with. The innermost axis is walked by
//! pointer steps; only the end of a run touches the outer multi-index.

use crate::layout::Layout;
use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};
use crate::view::View;
use core::marker::PhantomData;

/// A view's dims and strides simplified for walking, with its C order kept:
/// no size-1 axes, and no two neighbours `k, k + 1` with
/// `strides[k] == dims[k + 1] * strides[k + 1]` (those are merged into one).
/// Never rank 0: a one-element view is one axis of length 1, an empty view
/// one axis of length 0.
///
/// A C array `(256, 512, 384)` transposed `(2, 0, 1)` has dims
/// `[384, 256, 512]` and strides `[1, 196608, 384]`; its axes are
/// `[384, 131072]` with strides `[1, 384]`: a 2-D transpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Axes {
    pub(crate) dims: [usize; MAX_RANK],
    pub(crate) strides: [isize; MAX_RANK],
    pub(crate) rank: usize,
}

impl Axes {
    /// The axes of `dims`/`strides` in logical C order.
    pub(crate) fn c_order(dims: &[usize], strides: &[isize]) -> Axes {
        let mut axes = Axes {
            dims: [1; MAX_RANK],
            strides: [0; MAX_RANK],
            rank: 0,
        };
        if dims.contains(&0) {
            axes.dims[0] = 0;
            axes.rank = 1;
            return axes;
        }
        for (&d, &s) in dims.iter().zip(strides) {
            if d == 1 {
                continue;
            }
            let last = axes.rank.wrapping_sub(1);
            let merges = axes.rank > 0
                && (d as isize).checked_mul(s) == Some(axes.strides[last])
                && axes.dims[last].checked_mul(d).is_some();
            if merges {
                // (i, j) -> i * (d * s) + j * s == (i * d + j) * s
                axes.dims[last] *= d;
                axes.strides[last] = s;
            } else {
                axes.dims[axes.rank] = d;
                axes.strides[axes.rank] = s;
                axes.rank += 1;
            }
        }
        if axes.rank == 0 {
            axes.rank = 1;
        }
        axes
    }

    /// The axes of `dims`/`strides` reordered to follow memory: every
    /// negative stride flipped (the returned offset moves the start to the
    /// element lowest in memory), axes sorted by decreasing `|stride|`, then
    /// merged as in [`Axes::c_order`]. Returns the offset and the axes.
    pub(crate) fn memory_order(dims: &[usize], strides: &[isize]) -> (isize, Axes) {
        if dims.contains(&0) {
            return (0, Axes::c_order(dims, strides));
        }
        let rank = dims.len();
        let mut order = [0usize; MAX_RANK];
        for (k, o) in order.iter_mut().enumerate().take(rank) {
            *o = k;
        }
        // A stable sort keeps C order among equal strides.
        order[..rank].sort_by_key(|&k| core::cmp::Reverse(strides[k].unsigned_abs()));
        let mut offset = 0isize;
        let mut sorted_dims = [1usize; MAX_RANK];
        let mut sorted_strides = [0isize; MAX_RANK];
        for (j, &k) in order[..rank].iter().enumerate() {
            let (d, s) = (dims[k], strides[k]);
            if s < 0 {
                offset += (d as isize - 1) * s;
            }
            sorted_dims[j] = d;
            sorted_strides[j] = s.abs();
        }
        (
            offset,
            Axes::c_order(&sorted_dims[..rank], &sorted_strides[..rank]),
        )
    }

    /// Number of elements.
    pub(crate) fn len(&self) -> usize {
        self.dims[..self.rank].iter().product()
    }

    /// The innermost axis: its length and stride.
    pub(crate) fn inner(&self) -> (usize, isize) {
        (self.dims[self.rank - 1], self.strides[self.rank - 1])
    }
}

/// Walks a multi-index in C order and yields element offsets (used where
/// speed does not matter: printing).
pub(crate) struct Odometer<S: Shape> {
    dims: S::Index,
    strides: S::Strides,
    idx: S::Index,
    offset: isize,
    remaining: usize,
}

impl<S: Shape> Odometer<S> {
    pub(crate) fn new<T>(raw: &RawView<T, S>) -> Self {
        Odometer {
            dims: raw.dims,
            strides: raw.strides,
            idx: S::Index::default(),
            offset: 0,
            remaining: raw.len(),
        }
    }
}

impl<S: Shape> Iterator for Odometer<S> {
    type Item = isize;
    #[inline]
    fn next(&mut self) -> Option<isize> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let here = self.offset;
        if self.remaining > 0 {
            let dims = self.dims.as_ref();
            let strides = self.strides.as_ref();
            let idx = self.idx.as_mut();
            for k in (0..S::RANK).rev() {
                idx[k] += 1;
                self.offset += strides[k];
                if idx[k] < dims[k] {
                    break;
                }
                self.offset -= strides[k] * dims[k] as isize;
                idx[k] = 0;
            }
        }
        Some(here)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<S: Shape> ExactSizeIterator for Odometer<S> {}

/// Calls `f(offset)` with the offset of every multi-index of `dims` in C
/// order (`strides` gives each axis's step): no call when a dim is 0, one
/// call with offset 0 for rank 0.
#[inline]
pub(crate) fn for_each_offset(dims: &[usize], strides: &[isize], mut f: impl FnMut(isize)) {
    if dims.contains(&0) {
        return;
    }
    let rank = dims.len();
    let mut idx = [0usize; MAX_RANK];
    let mut offset = 0isize;
    loop {
        f(offset);
        let mut k = rank;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            idx[k] += 1;
            offset += strides[k];
            if idx[k] < dims[k] {
                break;
            }
            offset -= strides[k] * dims[k] as isize;
            idx[k] = 0;
        }
    }
}

/// The elements of a view by reference, in logical C order (`iter()`), or in
/// memory order (`iter_memory_order()`).
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i32, shape![2, 3]>::arange();
/// let t = nd!(a.T);
/// assert_eq!(t.iter().copied().collect::<Vec<_>>(), vec![0, 3, 1, 4, 2, 5]);
/// ```
pub struct Iter<'a, T, S: Shape> {
    /// Element 0 of the walk.
    base: *const T,
    axes: Axes,
    /// Length and stride of the innermost axis.
    inner_len: usize,
    stride: isize,
    /// The next element, in the current run along the innermost axis.
    next: *const T,
    /// Elements of the current run not yet yielded.
    run_left: usize,
    /// Multi-index of the current run over the outer axes `0..rank - 1`.
    outer: [usize; MAX_RANK],
    /// Offset of the current run's first element from `base`.
    run_offset: isize,
    /// Runs after the current one.
    runs_left: usize,
    _life: PhantomData<&'a T>,
    _shape: PhantomData<fn() -> S>,
}

impl<'a, T, S: Shape> Iter<'a, T, S> {
    /// The elements of `raw` in logical C order.
    ///
    /// # Safety
    /// `raw` must satisfy the [`RawView`] invariant for the lifetime `'a`, with
    /// no mutable access to its elements during `'a`.
    pub(crate) unsafe fn new(raw: RawView<T, S>) -> Self {
        Self::over(raw.ptr, Axes::c_order(raw.dims(), raw.strides()))
    }

    /// The elements of `raw` in memory order.
    ///
    /// # Safety
    /// As for [`Iter::new`].
    pub(crate) unsafe fn memory_order(raw: RawView<T, S>) -> Self {
        let (offset, axes) = Axes::memory_order(raw.dims(), raw.strides());
        Self::over(raw.ptr.wrapping_offset(offset), axes)
    }

    fn over(base: *const T, axes: Axes) -> Self {
        let (inner_len, stride) = axes.inner();
        let runs = axes.len().checked_div(inner_len).unwrap_or(0);
        Iter {
            base,
            axes,
            inner_len,
            stride,
            next: base,
            run_left: inner_len,
            outer: [0; MAX_RANK],
            run_offset: 0,
            runs_left: runs.saturating_sub(1),
            _life: PhantomData,
            _shape: PhantomData,
        }
    }

    /// Moves to the start of the next run; `runs_left` must be positive.
    #[inline]
    fn start_next_run(&mut self) {
        self.runs_left -= 1;
        let outer_rank = self.axes.rank - 1;
        for k in (0..outer_rank).rev() {
            self.outer[k] += 1;
            self.run_offset += self.axes.strides[k];
            if self.outer[k] < self.axes.dims[k] {
                break;
            }
            self.run_offset -= self.axes.strides[k] * self.axes.dims[k] as isize;
            self.outer[k] = 0;
        }
        self.next = self.base.wrapping_offset(self.run_offset);
        self.run_left = self.inner_len;
    }

    fn remaining(&self) -> usize {
        self.run_left + self.runs_left * self.inner_len
    }
}

impl<'a, T, S: Shape> Iterator for Iter<'a, T, S> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        if self.run_left == 0 {
            if self.runs_left == 0 {
                return None;
            }
            self.start_next_run();
        }
        let here = self.next;
        self.run_left -= 1;
        self.next = here.wrapping_offset(self.stride);
        // SAFETY: `here` is the element of an in-bounds multi-index (the run
        // has `run_left + 1` elements left from it), live and borrowed for 'a
        // by the RawView invariant.
        Some(unsafe { &*here })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.remaining();
        (n, Some(n))
    }

    /// Internal iteration (`sum`, `for_each`, `fold`, ...) runs a plain loop
    /// per run, over a slice when the run is contiguous.
    fn fold<B, F: FnMut(B, &'a T) -> B>(mut self, init: B, mut f: F) -> B {
        let stride = self.stride;
        let mut acc = init;
        loop {
            acc = if self.run_left == 0 {
                acc
            } else if stride == 1 {
                // SAFETY: a run of stride 1 is `run_left` consecutive live
                // elements from `next`, borrowed immutably for 'a.
                let run = unsafe { core::slice::from_raw_parts(self.next, self.run_left) };
                run.iter().fold(acc, &mut f)
            } else {
                let start = self.next;
                (0..self.run_left as isize).fold(acc, |acc, k| {
                    // SAFETY: the k-th element of the current run, in bounds
                    // for k < run_left.
                    f(acc, unsafe { &*start.offset(k * stride) })
                })
            };
            if self.runs_left == 0 {
                return acc;
            }
            self.start_next_run();
        }
    }
}

impl<T, S: Shape> ExactSizeIterator for Iter<'_, T, S> {}

impl<T, S: Shape> Clone for Iter<'_, T, S> {
    fn clone(&self) -> Self {
        Iter { ..*self }
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// The elements by reference in **memory order**: the order they sit in
    /// memory, not the logical C order of [`iter`](View::iter). Use it where
    /// the order does not matter (a sum, a count, a maximum): a transposed or
    /// flipped view is then read as fast as a contiguous one. Axes are walked
    /// from the largest stride to the smallest, negative strides backwards
    /// (NumPy's `order='K'`).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![2, 3]>::arange();
    /// let t = nd!(a.T);
    /// assert_eq!(t.iter().copied().collect::<Vec<_>>(), vec![0, 3, 1, 4, 2, 5]);
    /// assert_eq!(t.iter_memory_order().copied().collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5]);
    /// assert_eq!(t.iter_memory_order().sum::<i32>(), 15);
    /// ```
    pub fn iter_memory_order(&self) -> Iter<'a, T, S> {
        // SAFETY: a View borrows its elements immutably for 'a; the memory
        // order walk visits the same elements (a permutation of the axes and
        // flipped strides address the same set).
        unsafe { Iter::memory_order(self.raw) }
    }
}
