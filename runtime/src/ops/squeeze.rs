//! `squeeze(axis)` and `squeeze()`: drop axes of size 1. The run-time rules
//! ([`RawView::squeeze_axis`], [`RawView::squeeze_all`]), the type-level
//! shape of `squeeze()` ([`SqueezeAll`]), the window of `squeeze(axis)`
//! ([`SqueezeAxes`]) and its size check ([`SqueezeSizeOne`]).

use crate::axis::normalize_axis;
use crate::dim::Dyn;
use crate::error::ShapeError;
use crate::ops::reshape::DimKind;
use crate::ops::Build;
use crate::raw::RawView;
use crate::shape::{Cons, ListToTuple, Nil, Shape};
use typenum::{Equal, Greater, Less, B1};

impl<T, S: Shape> RawView<T, S> {
    /// `squeeze(axis)`: remove one axis, which must have size 1.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 1]>::arange();
    /// assert_eq!(a.raw_view().squeeze_axis::<shape![3]>(1).unwrap().dims(), &[3]);
    /// assert!(a.raw_view().squeeze_axis::<shape![1]>(0).is_err());
    /// ```
    #[inline]
    pub fn squeeze_axis<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let k = normalize_axis(ax, S::RANK)?;
        let size = self.dims.as_ref()[k];
        if size != 1 {
            return Err(ShapeError::SqueezeNotOne { axis: k, size });
        }
        let mut out = Build::new();
        for j in (0..S::RANK).filter(|j| *j != k) {
            out.push(self.dims.as_ref()[j], self.strides.as_ref()[j]);
        }
        Ok(out.finish(self.ptr))
    }

    /// `squeeze()`: remove every axis whose size is statically 1 (a `Dyn`
    /// axis stays, since the rank must be known at compile time).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![1, 3, 1]>::arange();
    /// assert_eq!(a.raw_view().squeeze_all::<shape![3]>().dims(), &[3]);
    /// ```
    #[inline]
    pub fn squeeze_all<S2: Shape>(self) -> RawView<T, S2> {
        let mut out = Build::new();
        for j in 0..S::RANK {
            if S::STATIC_DIMS[j] != Some(1) {
                out.push(self.dims.as_ref()[j], self.strides.as_ref()[j]);
            }
        }
        out.finish(self.ptr)
    }
}

/// `squeeze()`: drop every axis whose size is statically 1; `Dyn` axes stay.
/// `<shape![1, 3, 1] as SqueezeAll>::Out = shape![3]`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::SqueezeAll;
/// let _: P<<shape![1, 3, 1] as SqueezeAll>::Out> = P::<shape![3]>;
/// let _: P<<shape![1, Dyn] as SqueezeAll>::Out> = P::<shape![Dyn]>;
/// ```
pub trait SqueezeAll {
    /// The squeezed shape.
    type Out: crate::Shape;
}
impl<S: crate::shape::ShapeList> SqueezeAll for S
where
    S::List: DropOnes,
    <S::List as DropOnes>::Out: ListToTuple,
{
    type Out = <<S::List as DropOnes>::Out as ListToTuple>::Tuple;
}

/// A list without its static-1 entries.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Cons, Nil};
/// use ndview::__private::DropOnes;
/// use ndview::typenum::{U1, U3};
/// let _: P<<Cons<U1, Cons<U3, Cons<U1, Nil>>> as DropOnes>::Out> = P::<Cons<U3, Nil>>;
/// ```
pub trait DropOnes {
    /// The filtered list.
    type Out;
}
impl DropOnes for Nil {
    type Out = Nil;
}
impl<H: DimKind, R: DropOnes> DropOnes for Cons<H, R>
where
    H::Kind: DropStep<H, R::Out>,
{
    type Out = <H::Kind as DropStep<H, R::Out>>::Out;
}
/// One step of [`DropOnes`], chosen by the kind of the head.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Cons, Nil};
/// use ndview::__private::DropStep;
/// use ndview::typenum::{Equal, Greater, U1, U3};
/// let _: P<<Equal as DropStep<U1, Nil>>::Out> = P::<Nil>;             // a 1 is dropped
/// let _: P<<Greater as DropStep<U3, Nil>>::Out> = P::<Cons<U3, Nil>>; // a 3 is kept
/// ```
pub trait DropStep<H, Rest> {
    /// The list.
    type Out;
}
impl<H, Rest> DropStep<H, Rest> for Equal {
    type Out = Rest;
}
impl<H, Rest> DropStep<H, Rest> for Less {
    type Out = Cons<H, Rest>;
}
impl<H, Rest> DropStep<H, Rest> for Greater {
    type Out = Cons<H, Rest>;
}
impl<H, Rest> DropStep<H, Rest> for Dyn {
    type Out = Cons<H, Rest>;
}

/// `squeeze(AXIS)` of an axis of size 1.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a.squeeze(0)); // nd!: squeeze(0): that axis has size _3, not 1
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: squeeze({AXIS}): that axis has size {Size}, not 1; only axes of size 1 can be squeezed",
    label = "axis size is not 1",
    note = "sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait SqueezeSizeOne<const AXIS: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const AXIS: i64, Size> SqueezeSizeOne<AXIS, Size> for B1 {}

crate::window::window_op!(
    /// The window of `squeeze(A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::__private::SqueezeAxes;
    /// let _: P<<shape![1, 3] as SqueezeAxes<U1, U0, 1, 0>>::Head> = P::<shape![1]>;
    /// ```
    SqueezeAxes [A: i64] "nd!: squeeze({A}) needs a view with at least {N} axes"
);
