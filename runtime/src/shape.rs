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
/// let a = Array::<u8, shape![1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]>::zeros();
/// assert_eq!(a.ndim(), ndview::MAX_RANK);
/// ```
pub const MAX_RANK: usize = 16;

/// Invokes `$mac!(n digits; D0 .. Dn-1)` once per rank `n` from 1 to
/// [`MAX_RANK`]: the rank as a literal, as decimal digit types (`_2`,
/// `(_1, _6)`), and that many dim idents. Every per-rank table of the
/// runtime is written through it, and it fails to compile unless it reaches
/// exactly `MAX_RANK`, so raising the limit means extending this one list.
macro_rules! for_each_rank {
    ($mac:ident) => {
        $crate::shape::for_each_rank!(@ $mac []
            (1 _1 D0) (2 _2 D1) (3 _3 D2) (4 _4 D3) (5 _5 D4) (6 _6 D5) (7 _7 D6) (8 _8 D7)
            (9 _9 D8) (10 (_1, _0) D9) (11 (_1, _1) D10) (12 (_1, _2) D11)
            (13 (_1, _3) D12) (14 (_1, _4) D13) (15 (_1, _5) D14) (16 (_1, _6) D15));
    };
    (@ $mac:ident [$($done:ident)*]) => {
        const _: () = assert!(
            [$(stringify!($done)),*].len() == $crate::shape::MAX_RANK,
            "for_each_rank! must list exactly MAX_RANK ranks"
        );
    };
    (@ $mac:ident [$($done:ident)*] ($n:tt $digits:tt $next:ident) $($rest:tt)*) => {
        $mac!($n $digits; $($done)* $next);
        $crate::shape::for_each_rank!(@ $mac [$($done)* $next] $($rest)*);
    };
}
pub(crate) use for_each_rank;

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

/// `Cons<A, Cons<B, Nil>>` for the idents `A B`.
macro_rules! list_type {
    () => { Nil };
    ($head:ident $($tail:ident)*) => { Cons<$head, list_type!($($tail)*)> };
}

macro_rules! impl_shape {
    ($n:literal $digits:tt; $head:ident $($tail:ident)*) => {
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
        impl<$head: Dim $(, $tail: Dim)*> ListToTuple for list_type!($head $($tail)*) {
            type Tuple = ($head, $($tail,)*);
        }
    };
}
for_each_rank!(impl_shape);

// A rank-1 shape's count is its dim (no multiplication by 1: each type-level
// multiplication costs `cargo check` time); longer shapes multiply the head
// into the count of the rest.
impl<A: Dim> ShapeSize for (A,) {
    type Size = A;
}
macro_rules! impl_size {
    ($n:literal $digits:tt; $one:ident) => {};
    ($n:literal $digits:tt; $head:ident $($tail:ident)+) => {
        impl<$head: Dim $(, $tail: Dim)+> ShapeSize for ($head, $($tail,)+)
        where
            ($($tail,)+): ShapeSize,
            $head: DimMul<<($($tail,)+) as ShapeSize>::Size>,
        {
            type Size = <$head as DimMul<<($($tail,)+) as ShapeSize>::Size>>::Out;
        }
    };
}
for_each_rank!(impl_size);

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
// The per-rank impls are written by `impl_shape!` above.
