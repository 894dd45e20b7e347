//! `moveaxis(src, dst)`: one axis moves, the others keep their order. The
//! run-time rule ([`RawView::moveaxis`]); the type-level shape through
//! [`MoveAxisAxes`] (axes of one sign) or [`MoveAxisOf`] (axes of opposite
//! signs: [`AxisAt`] removes the axis, [`InsertAxis`] puts it back).

use crate::axis::{normalize_axis, AxisAt, InsertAxis};
use crate::error::ShapeError;
use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};

impl<T, S: Shape> RawView<T, S> {
    /// `moveaxis(src, dst)`: axis `src` moves to position `dst`, the others keep their order.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let x = Array::<i64, shape![2, 3, 4]>::arange();
    /// let m = x.raw_view().moveaxis::<shape![3, 4, 2]>(0, -1).unwrap();
    /// assert_eq!(m.strides(), &[4, 1, 12]);
    /// ```
    #[inline]
    pub fn moveaxis<S2: Shape>(self, src: isize, dst: isize) -> Result<RawView<T, S2>, ShapeError> {
        let (src, dst) = (normalize_axis(src, S::RANK)?, normalize_axis(dst, S::RANK)?);
        let mut rest = [0isize; MAX_RANK];
        let mut n = 0;
        for k in 0..S::RANK {
            if k != src {
                rest[n] = k as isize;
                n += 1;
            }
        }
        let mut perm = [0isize; MAX_RANK];
        let mut r = 0;
        for (k, p) in perm.iter_mut().enumerate().take(S::RANK) {
            if k == dst {
                *p = src as isize;
            } else {
                *p = rest[r];
                r += 1;
            }
        }
        self.permute(&perm[..S::RANK])
    }
}

crate::window::window_op!(
    /// The window of `moveaxis(A, B)` with axes of one sign.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U2};
    /// use ndview::__private::MoveAxisAxes;
    /// let _: P<<shape![2, 3] as MoveAxisAxes<U0, U2, 2, { -1 }, { -2 }>>::Tail> = P::<shape![2, 3]>;
    /// ```
    MoveAxisAxes [A: i64, B: i64] "nd!: moveaxis({A}, {B}) needs a view with at least {N} axes"
);

/// `moveaxis(A, B)` for axes of opposite signs; `N` is the least rank,
/// which the error message prints.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::MoveAxisOf;
/// use ndview::prelude::*;
/// let _: P<<shape![2, 3, 4] as MoveAxisOf<0, { -1 }, 1>>::Out> = P::<shape![3, 4, 2]>;
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: moveaxis({A}, {B}) needs a view with at least {N} axes",
    label = "axis out of range for this view"
)]
pub trait MoveAxisOf<const A: isize, const B: isize, const N: usize> {
    /// The shape with axis `A` moved to position `B`.
    type Out: Shape;
}
// Axis `A` leaves, and comes back before axis `B` of the result (NumPy
// counts a negative destination from the end of the result, as
// `InsertAxis` does): one impl for every rank.
#[diagnostic::do_not_recommend]
impl<S, const A: isize, const B: isize, const N: usize> MoveAxisOf<A, B, N> for S
where
    S: AxisAt<A>,
    <S as AxisAt<A>>::Remove: InsertAxis<B>,
{
    type Out = <<S as AxisAt<A>>::Remove as InsertAxis<B>>::Insert<<S as AxisAt<A>>::Dim>;
}
