//! `expand_dims(axis)` (and `None` in an index): a new axis of length 1. The
//! run-time rules ([`RawView::expand_dims`], and fresh C strides for views
//! typed [`C`](crate::C)) and the window the macro inserts the `U1` through
//! ([`ExpandDimsAxes`]).

use crate::axis::normalize_axis;
use crate::error::ShapeError;
use crate::raw::RawView;
use crate::shape::Shape;

impl<T, S: Shape> RawView<T, S> {
    /// `expand_dims(axis)`: a new length-1 axis at `axis` of the result
    /// (negative counts in the result's rank, as NumPy).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// let e = a.raw_view().expand_dims::<shape![3, 4, 1]>(-1).unwrap();
    /// assert_eq!(e.dims(), &[3, 4, 1]);
    /// ```
    #[inline]
    pub fn expand_dims<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let dims = self.expanded_dims::<S2>(ax)?;
        // NumPy's expand_dims is a reshape, so the new axis gets the stride a
        // reshape gives it (`dim * stride` of the axis after it, or the last
        // stride at the end): np.expand_dims(arange(12).reshape(3, 4), 1) has
        // byte strides (32, 32, 8). Inserting a length-1 axis never needs a copy.
        let mut strides = S2::Strides::default();
        let viewable = crate::ops::reshape::reshape_strides(
            self.dims.as_ref(),
            self.strides.as_ref(),
            dims.as_ref(),
            strides.as_mut(),
        );
        debug_assert!(viewable, "inserting a length-1 axis is always a view");
        Ok(RawView {
            ptr: self.ptr,
            dims,
            strides,
        })
    }

    /// `expand_dims(axis)` of a view typed [`C`](crate::C): the reshape
    /// strides of a contiguous view are its fresh C strides.
    #[inline]
    pub(crate) fn expand_dims_contiguous<S2: Shape>(
        self,
        ax: isize,
    ) -> Result<RawView<T, S2>, ShapeError> {
        Ok(self.with_c_strides(self.expanded_dims::<S2>(ax)?))
    }

    #[inline]
    fn expanded_dims<S2: Shape>(&self, ax: isize) -> Result<S2::Index, ShapeError> {
        let k = normalize_axis(ax, S::RANK + 1)?;
        let mut dims = S2::Index::default();
        for (j, d) in dims.as_mut().iter_mut().enumerate() {
            *d = match j.cmp(&k) {
                core::cmp::Ordering::Less => self.dims.as_ref()[j],
                core::cmp::Ordering::Equal => 1,
                core::cmp::Ordering::Greater => self.dims.as_ref()[j - 1],
            };
        }
        Ok(dims)
    }
}

crate::window::window_op!(
    /// The window of `expand_dims(A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U2};
    /// use ndview::__private::ExpandDimsAxes;
    /// let _: P<<shape![2, 3] as ExpandDimsAxes<U2, U0, 2, 2>>::Mid> = P::<shape![]>;
    /// ```
    ExpandDimsAxes [A: i64] "nd!: expand_dims({A}) needs a view with at least {N} axes"
);
