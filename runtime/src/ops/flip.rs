//! `flip(axis)`: one axis walked backwards, NumPy's `np.flip(x, axis)`. The
//! run-time rule ([`RawView::flip`]) and the window the macro reads the
//! shape through ([`FlipAxes`]); the shape itself does not change.

use crate::axis::normalize_axis;
use crate::error::ShapeError;

use crate::ops::index::IndexItem;
use crate::raw::RawView;
use crate::shape::Shape;
use crate::shape::MAX_RANK;

impl<T, S: Shape> RawView<T, S> {
    /// `flip(axis)`: the axis walked backwards (offset to its last element,
    /// stride negated), as `x[..., ::-1, ...]`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(a.raw_view().flip::<shape![3, 4]>(0).unwrap().strides(), &[-4, 1]);
    /// ```
    #[inline]
    pub fn flip<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let k = normalize_axis(ax, S::RANK)?;
        let mut items = [IndexItem::Slice(None, None, 1); MAX_RANK];
        items[k] = IndexItem::Slice(None, None, -1);
        self.index(&items[..S::RANK])
    }
}

crate::window::window_op!(
    /// The window of `flip(A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::__private::FlipAxes;
    /// let _: P<<shape![2, 3] as FlipAxes<U0, U1, 1, { -1 }>>::Tail> = P::<shape![3]>;
    /// ```
    FlipAxes [A: i64] "nd!: flip({A}) needs a view with at least {N} axes"
);
