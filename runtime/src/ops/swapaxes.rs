//! `swapaxes(a, b)`: two axes trade places. The run-time rule
//! ([`RawView::swapaxes`], the identity permutation with two entries swapped); the type-level
//! shape through [`SwapAxesAxes`] (axes of one sign, a [`Window`](crate::window::Window))
//! or [`SwapAxesOf`] (axes of opposite signs, two [`AxisAt`] replacements).

use crate::axis::{normalize_axis, AxisAt};
use crate::error::ShapeError;
use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};

impl<T, S: Shape> RawView<T, S> {
    /// `swapaxes(i, j)`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let x = Array::<i64, shape![2, 3, 4]>::arange();
    /// let s = x.raw_view().swapaxes::<shape![4, 3, 2]>(0, -1).unwrap();
    /// assert_eq!(s.strides(), &[1, 4, 12]);
    /// ```
    #[inline]
    pub fn swapaxes<S2: Shape>(self, i: isize, j: isize) -> Result<RawView<T, S2>, ShapeError> {
        let (i, j) = (normalize_axis(i, S::RANK)?, normalize_axis(j, S::RANK)?);
        let mut perm = [0isize; MAX_RANK];
        for (k, p) in perm.iter_mut().enumerate().take(S::RANK) {
            *p = k as isize;
        }
        perm.swap(i, j);
        self.permute(&perm[..S::RANK])
    }
}

crate::window::window_op!(
    /// The window of `swapaxes(A, B)` with axes of one sign.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U2};
    /// use ndview::__private::SwapAxesAxes;
    /// let _: P<<shape![2, 3] as SwapAxesAxes<U2, U0, 2, 0, 1>>::Head> = P::<shape![2, 3]>;
    /// ```
    SwapAxesAxes [A: i64, B: i64] "nd!: swapaxes({A}, {B}) needs a view with at least {N} axes"
);

/// `swapaxes(A, B)` for axes of opposite signs; `N` is the least rank,
/// which the error message prints.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::SwapAxesOf;
/// use ndview::prelude::*;
/// let _: P<<shape![2, 3, 4] as SwapAxesOf<0, { -1 }, 1>>::Out> = P::<shape![4, 3, 2]>;
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: swapaxes({A}, {B}) needs a view with at least {N} axes",
    label = "axis out of range for this view"
)]
pub trait SwapAxesOf<const A: isize, const B: isize, const N: usize> {
    /// The shape with the two axes swapped.
    type Out: Shape;
}
// Axis `A` takes axis `B`'s dim, then axis `B` takes axis `A`'s: one impl
// for every rank (a table per rank and pair of axes cost more to compile;
// see BENCHMARKS.md).
#[diagnostic::do_not_recommend]
impl<S, const A: isize, const B: isize, const N: usize> SwapAxesOf<A, B, N> for S
where
    S: AxisAt<A> + AxisAt<B>,
    <S as AxisAt<A>>::Replace<<S as AxisAt<B>>::Dim>: AxisAt<B>,
{
    type Out = <<S as AxisAt<A>>::Replace<<S as AxisAt<B>>::Dim> as AxisAt<B>>::Replace<
        <S as AxisAt<A>>::Dim,
    >;
}
