//! [`RawView`]: pointer, dims and strides with no lifetime, the common core of
//! [`View`](crate::View), [`ViewMut`](crate::ViewMut) and [`Array`](crate::Array).

use crate::shape::Shape;

/// A pointer to the first element plus run-time dims and strides (in elements).
///
/// Invariant kept by every constructor in this crate: for every multi-index
/// `idx` with `idx[k] < dims[k]`, `ptr + sum(idx[k] * strides[k])` points to an
/// initialised `T` of the allocation the view borrows.
///
/// It is what [`Viewable::raw_view`](crate::Viewable::raw_view) returns and
/// what the run-time half of every `nd!` operation (see `ops/`)
/// transforms.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::Viewable;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let t = nd!(a.T).raw_view();
/// assert_eq!((t.dims(), t.strides()), (&[4, 3][..], &[1, 4][..]));
/// ```
pub struct RawView<T, S: Shape> {
    pub(crate) ptr: *mut T,
    pub(crate) dims: S::Index,
    pub(crate) strides: S::Strides,
}

impl<T, S: Shape> Clone for RawView<T, S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, S: Shape> Copy for RawView<T, S> {}

impl<T, S: Shape> RawView<T, S> {
    /// The run-time dims.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<u8, shape![3, 4]>::zeros();
    /// assert_eq!(nd!(a[1:]).raw_view().dims(), &[2, 4]);
    /// ```
    pub fn dims(&self) -> &[usize] {
        self.dims.as_ref()
    }
    /// The strides in elements.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<u8, shape![3, 4]>::zeros();
    /// assert_eq!(nd!(a[::-1, ::2]).raw_view().strides(), &[-4, 2]);
    /// ```
    pub fn strides(&self) -> &[isize] {
        self.strides.as_ref()
    }
    /// Number of elements.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<u8, shape![3, 4]>::zeros();
    /// assert_eq!(a.raw_view().len(), 12);
    /// ```
    pub fn len(&self) -> usize {
        self.dims.as_ref().iter().product()
    }
    /// Whether the view holds no element.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<u8, shape![3, 4]>::zeros();
    /// assert!(nd!(a[3:]).raw_view().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Element offset (from `ptr`) of a multi-index, `None` when out of bounds.
    pub(crate) fn offset_of(&self, idx: &[usize]) -> Option<isize> {
        if idx.len() != S::RANK {
            return None;
        }
        let mut off = 0isize;
        for ((i, d), s) in idx
            .iter()
            .zip(self.dims.as_ref())
            .zip(self.strides.as_ref())
        {
            if i >= d {
                return None;
            }
            off += *i as isize * *s;
        }
        Some(off)
    }
    /// The same memory under another shape type with the same run-time dims.
    pub(crate) fn with_parts<S2: Shape>(
        ptr: *mut T,
        dims: &[usize],
        strides: &[isize],
    ) -> RawView<T, S2> {
        assert_eq!(dims.len(), S2::RANK, "ndview internal error: rank mismatch");
        let mut d = S2::Index::default();
        let mut s = S2::Strides::default();
        d.as_mut().copy_from_slice(dims);
        s.as_mut().copy_from_slice(strides);
        RawView {
            ptr,
            dims: d,
            strides: s,
        }
    }
    /// The smallest and largest element offsets reachable (for `shares_memory`),
    /// `None` for an empty view.
    pub(crate) fn offset_span(&self) -> Option<(isize, isize)> {
        if self.is_empty() {
            return None;
        }
        let (mut lo, mut hi) = (0isize, 0isize);
        for (d, s) in self.dims.as_ref().iter().zip(self.strides.as_ref()) {
            let reach = (*d as isize - 1) * *s;
            if reach < 0 {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        Some((lo, hi))
    }
}
