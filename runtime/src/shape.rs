//! Shapes as type-level lists of dims.
//!
//! `shape![3, 4]` is the tuple type `(U3, U4)` (each number written as a typenum
//! name, `U1080` for 1080), `shape![Dyn, 4]` is `(Dyn, U4)`, `shape![]` is `()`. A shape type
//! knows its rank and the static part of its dims; the run-time dims and strides
//! of a view live in fixed-size arrays (`[usize; RANK]`), so nothing allocates.

use crate::dim::Dim;

use crate::arith::DimMul;
use core::fmt::Debug;
use core::hash::Hash;
use typenum::{Unsigned, U1};

/// The largest rank `nd!` operations support.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<u8, shape![1, 1, 1, 1, 1, 1, 1, 2]>::zeros();
/// assert_eq!(a.ndim(), ndview::MAX_RANK);
/// ```
pub const MAX_RANK: usize = 8;

/// A fixed-size array of `E`, one entry per axis (`[usize; 3]` for a 3-D shape).
///
/// ```
/// use ndview::prelude::*;
/// use ndview::Shape;
/// let idx: <shape![2, 3, 4] as Shape>::Index = [1, 2, 3];
/// let strides: <shape![2, 3, 4] as Shape>::Strides = [12, 4, 1];
/// assert_eq!(idx.len() + strides.len(), 6);
/// ```
pub trait AxisArray<E>:
    Copy + Default + AsRef<[E]> + AsMut<[E]> + Debug + Eq + Hash + Send + Sync + 'static
{
}
impl<E, const N: usize> AxisArray<E> for [E; N] where
    [E; N]: Copy + Default + AsRef<[E]> + AsMut<[E]> + Debug + Eq + Hash + Send + Sync + 'static
{
}

/// A shape type: a tuple of [`Dim`]s.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::Shape;
/// assert_eq!(<shape![3, 4] as Shape>::RANK, 2);
/// assert_eq!(<shape![Dyn, 4] as Shape>::STATIC_DIMS, &[None, Some(4)]);
/// ```
pub trait Shape: 'static + Sized {
    /// Number of axes.
    const RANK: usize;
    /// Each axis's size when static, `None` for [`Dyn`](crate::Dyn).
    const STATIC_DIMS: &'static [Option<usize>];
    /// `[usize; RANK]`: a multi-index, or the run-time dims.
    type Index: AxisArray<usize>;
    /// `[isize; RANK]`: strides in elements.
    type Strides: AxisArray<isize>;

    /// Whether run-time `dims` agree with every static dim of this type.
    fn accepts(dims: &[usize]) -> bool {
        dims.len() == Self::RANK
            && Self::STATIC_DIMS
                .iter()
                .zip(dims)
                .all(|(s, d)| s.is_none_or(|s| s == *d))
    }
}

/// A shape whose every dim is static: it can be built with no run-time input.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::StaticShape;
/// assert_eq!(<shape![2, 3] as StaticShape>::dims(), [2, 3]);
/// ```
pub trait StaticShape: Shape {
    /// The dims as an array.
    fn dims() -> Self::Index {
        let mut out = Self::Index::default();
        for (o, s) in out.as_mut().iter_mut().zip(Self::STATIC_DIMS) {
            *o = s.expect("StaticShape has only static dims");
        }
        out
    }
}

/// The element count of a shape at the type level: `Size<shape![3, 4]> = U12`,
/// `Dyn` when any dim is `Dyn`.
///
/// Kept apart from [`Shape`] so only the operations that need it (reshape,
/// take) pay for the type-level multiplication.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::prelude::*;
/// use ndview::ShapeSize;
/// use ndview::typenum::U12;
/// let _: PhantomData<<shape![3, 4] as ShapeSize>::Size> = PhantomData::<U12>;
/// let _: PhantomData<<shape![Dyn, 4] as ShapeSize>::Size> = PhantomData::<Dyn>;
/// ```
pub trait ShapeSize: Shape {
    /// The product of the dims.
    type Size: Dim;
}

/// Type-level list form of a shape (`Cons<U3, Cons<U4, Nil>>`), used by the
/// recursive checks such as the reshape replay of [`Known`](crate::Known) layouts.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::prelude::*;
/// use ndview::__private::{Cons, Nil, ShapeList};
/// use ndview::typenum::{U3, U4};
/// let _: PhantomData<<shape![3, 4] as ShapeList>::List> = PhantomData::<Cons<U3, Cons<U4, Nil>>>;
/// ```
pub trait ShapeList: Shape {
    /// The list.
    type List;
}

/// A non-empty type-level list: a head dim and the rest.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::prelude::*;
/// use ndview::__private::{Cons, Nil, ShapeList};
/// use ndview::typenum::U5;
/// let _: PhantomData<<shape![5] as ShapeList>::List> = PhantomData::<Cons<U5, Nil>>;
/// ```
pub struct Cons<H, T>(core::marker::PhantomData<(H, T)>);
/// The empty type-level list (the list of a rank-0 shape).
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::prelude::*;
/// use ndview::__private::{Nil, ShapeList};
/// let _: PhantomData<<shape![] as ShapeList>::List> = PhantomData::<Nil>;
/// ```
pub struct Nil;

impl Shape for () {
    const RANK: usize = 0;
    const STATIC_DIMS: &'static [Option<usize>] = &[];
    type Index = [usize; 0];
    type Strides = [isize; 0];
}
impl StaticShape for () {}
impl ShapeSize for () {
    type Size = U1;
}
impl ShapeList for () {
    type List = Nil;
}

macro_rules! impl_shape {
    ($n:literal; $head:ident $(, $tail:ident)*) => {
        impl<$head: Dim $(, $tail: Dim)*> Shape for ($head, $($tail,)*) {
            const RANK: usize = $n;
            const STATIC_DIMS: &'static [Option<usize>] = &[$head::STATIC $(, $tail::STATIC)*];
            type Index = [usize; $n];
            type Strides = [isize; $n];
        }
        impl<$head: Dim + Unsigned $(, $tail: Dim + Unsigned)*> StaticShape for ($head, $($tail,)*) {}
        impl<$head: Dim $(, $tail: Dim)*> ShapeList for ($head, $($tail,)*)
        where
            ($($tail,)*): ShapeList,
        {
            type List = Cons<$head, <($($tail,)*) as ShapeList>::List>;
        }
    };
}
impl_shape!(1; A);
impl_shape!(2; A, B);
impl_shape!(3; A, B, C);
impl_shape!(4; A, B, C, D);
impl_shape!(5; A, B, C, D, E);
impl_shape!(6; A, B, C, D, E, F);
impl_shape!(7; A, B, C, D, E, F, G);
impl_shape!(8; A, B, C, D, E, F, G, H);

// A rank-1 shape's count is its dim (no multiplication by 1: each type-level
// multiplication costs `cargo check` time); longer shapes multiply the head
// into the count of the rest.
impl<A: Dim> ShapeSize for (A,) {
    type Size = A;
}
macro_rules! impl_size {
    ($head:ident $(, $tail:ident)+) => {
        impl<$head: Dim $(, $tail: Dim)+> ShapeSize for ($head, $($tail,)+)
        where
            ($($tail,)+): ShapeSize,
            $head: DimMul<<($($tail,)+) as ShapeSize>::Size>,
        {
            type Size = <$head as DimMul<<($($tail,)+) as ShapeSize>::Size>>::Out;
        }
    };
}
impl_size!(A, B);
impl_size!(A, B, C);
impl_size!(A, B, C, D);
impl_size!(A, B, C, D, E);
impl_size!(A, B, C, D, E, F);
impl_size!(A, B, C, D, E, F, G);
impl_size!(A, B, C, D, E, F, G, H);

/// Whether a shape has a run-time ([`Dyn`](crate::Dyn)) dim.
///
/// ```
/// use ndview::prelude::*;
/// assert!(ndview::__private::has_dyn::<shape![Dyn, 4]>());
/// assert!(!ndview::__private::has_dyn::<shape![3, 4]>());
/// ```
#[inline]
pub fn has_dyn<S: Shape>() -> bool {
    S::STATIC_DIMS.iter().any(Option::is_none)
}

/// A type-level list back to a shape tuple.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::{Cons, Nil};
/// use ndview::__private::ListToTuple;
/// use ndview::typenum::{U3, U4};
/// let _: P<<Cons<U3, Cons<U4, Nil>> as ListToTuple>::Tuple> = P::<shape![3, 4]>;
/// ```
pub trait ListToTuple {
    /// The tuple.
    type Tuple: crate::Shape;
}
impl ListToTuple for Nil {
    type Tuple = ();
}
impl<A: Dim> ListToTuple for Cons<A, Nil> {
    type Tuple = (A,);
}
impl<A: Dim, B: Dim> ListToTuple for Cons<A, Cons<B, Nil>> {
    type Tuple = (A, B);
}
impl<A: Dim, B: Dim, C: Dim> ListToTuple for Cons<A, Cons<B, Cons<C, Nil>>> {
    type Tuple = (A, B, C);
}
impl<A: Dim, B: Dim, C: Dim, D: Dim> ListToTuple for Cons<A, Cons<B, Cons<C, Cons<D, Nil>>>> {
    type Tuple = (A, B, C, D);
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Nil>>>>>
{
    type Tuple = (A, B, C, D, E);
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Cons<F, Nil>>>>>>
{
    type Tuple = (A, B, C, D, E, F);
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim, G: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Cons<F, Cons<G, Nil>>>>>>>
{
    type Tuple = (A, B, C, D, E, F, G);
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim, G: Dim, H: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Cons<F, Cons<G, Cons<H, Nil>>>>>>>>
{
    type Tuple = (A, B, C, D, E, F, G, H);
}
