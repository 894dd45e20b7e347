//! Iteration in logical C order over any strides.

use crate::raw::RawView;
use crate::shape::Shape;
use core::marker::PhantomData;

/// Walks a multi-index in C order and yields element offsets.
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

/// The elements of a view by reference, in logical C order (`iter()`).
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i32, shape![2, 3]>::arange();
/// let t = nd!(a.T);
/// assert_eq!(t.iter().copied().collect::<Vec<_>>(), vec![0, 3, 1, 4, 2, 5]);
/// ```
pub struct Iter<'a, T, S: Shape> {
    ptr: *const T,
    walk: Odometer<S>,
    _life: PhantomData<&'a T>,
}

impl<'a, T, S: Shape> Iter<'a, T, S> {
    /// # Safety
    /// `raw` must satisfy the [`RawView`] invariant for the lifetime `'a`, with
    /// no mutable access to its elements during `'a`.
    pub(crate) unsafe fn new(raw: RawView<T, S>) -> Self {
        Iter {
            ptr: raw.ptr,
            walk: Odometer::new(&raw),
            _life: PhantomData,
        }
    }
}

impl<'a, T, S: Shape> Iterator for Iter<'a, T, S> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        let off = self.walk.next()?;
        // SAFETY: the odometer only yields offsets of in-bounds multi-indices,
        // which by the RawView invariant point at live elements borrowed for 'a.
        Some(unsafe { &*self.ptr.offset(off) })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.walk.size_hint()
    }
}

impl<T, S: Shape> ExactSizeIterator for Iter<'_, T, S> {}
