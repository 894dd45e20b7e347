//! Dimensions: a static type-level number, or [`Dyn`], known only at run time.
//!
//! A static dim is a [`typenum`] unsigned number (`shape![3]` holds `U3`, written
//! out as a bit tree by the macro so any size works). Arithmetic on dims is lifted
//! over `Dyn`: anything combined with a `Dyn` dim is `Dyn`, so a chain of
//! operations keeps every dim that is still known at compile time.

use core::ops::{Add, Mul, Sub};
use typenum::{Bit, Max, Min, Unsigned, B1, U1};
use typenum::{UInt, UTerm};

/// A dimension whose size is only known at run time.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i32, shape![Dyn, 2]>::from_shape_vec([3, 2], vec![1, 2, 3, 4, 5, 6]).unwrap();
/// assert_eq!(&*a.shape(), &[3, 2]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Dyn;

/// One dimension of a [`Shape`](crate::Shape): a typenum number or [`Dyn`].
///
/// `<U3 as Dim>::STATIC == Some(3)`, `<Dyn as Dim>::STATIC == None`.
///
/// ```
/// use ndview::{Dim, Dyn};
/// use ndview::typenum::U3;
/// assert_eq!(<U3 as Dim>::STATIC, Some(3));
/// assert_eq!(<Dyn as Dim>::STATIC, None);
/// ```
pub trait Dim: 'static {
    /// The size when known at compile time.
    const STATIC: Option<usize>;
}

impl Dim for Dyn {
    const STATIC: Option<usize> = None;
}
impl Dim for UTerm {
    const STATIC: Option<usize> = Some(0);
}
impl<U: Unsigned + 'static, B: Bit + 'static> Dim for UInt<U, B> {
    const STATIC: Option<usize> = Some(<UInt<U, B> as Unsigned>::USIZE);
}

macro_rules! lift_binary {
    ($(#[$doc:meta])* $name:ident, $op:ident) => {
        $(#[$doc])*
        pub trait $name<Rhs> {
            /// The resulting dim.
            type Out: Dim;
        }
        impl<Rhs> $name<Rhs> for Dyn {
            type Out = Dyn;
        }
        impl $name<Dyn> for UTerm {
            type Out = Dyn;
        }
        impl<U, B> $name<Dyn> for UInt<U, B> {
            type Out = Dyn;
        }
        impl $name<UTerm> for UTerm
        where
            UTerm: $op<UTerm>,
            <UTerm as $op<UTerm>>::Output: Dim,
        {
            type Out = <UTerm as $op<UTerm>>::Output;
        }
        impl<U, B> $name<UInt<U, B>> for UTerm
        where
            UTerm: $op<UInt<U, B>>,
            <UTerm as $op<UInt<U, B>>>::Output: Dim,
        {
            type Out = <UTerm as $op<UInt<U, B>>>::Output;
        }
        impl<U, B> $name<UTerm> for UInt<U, B>
        where
            UInt<U, B>: $op<UTerm>,
            <UInt<U, B> as $op<UTerm>>::Output: Dim,
        {
            type Out = <UInt<U, B> as $op<UTerm>>::Output;
        }
        impl<U, B, U2, B2> $name<UInt<U2, B2>> for UInt<U, B>
        where
            UInt<U, B>: $op<UInt<U2, B2>>,
            <UInt<U, B> as $op<UInt<U2, B2>>>::Output: Dim,
        {
            type Out = <UInt<U, B> as $op<UInt<U2, B2>>>::Output;
        }
    };
}

lift_binary!(
    /// `A * B` over dims: `DimMul<U3, U4> = U12`, anything with `Dyn` is `Dyn`.
    DimMul, Mul
);
lift_binary!(
    /// `A + B` over dims.
    DimAdd, Add
);
lift_binary!(
    /// `min(A, B)` over dims.
    DimMin, Min
);
lift_binary!(
    /// `max(A, B)` over dims.
    DimMax, Max
);

/// Saturating `A - B` over dims (`U3 - U5 = U0`): computed as `A - min(A, B)`,
/// which stays in typenum's unsigned numbers.
pub trait DimSatSub<Rhs> {
    /// The resulting dim.
    type Out: Dim;
}
impl<A, Rhs> DimSatSub<Rhs> for A
where
    A: DimMin<Rhs>,
    A: DimSubExact<<A as DimMin<Rhs>>::Out>,
{
    type Out = <A as DimSubExact<<A as DimMin<Rhs>>::Out>>::Out;
}

lift_binary!(
    /// `A - B` over dims, for `B <= A` (used by [`DimSatSub`]).
    DimSubExact, Sub
);

/// Ceiling division by a step that the macro writes as a literal.
///
/// Steps of 1 cost nothing, powers of two become shifts, other steps use
/// typenum's division (the slowest type-level operation, so the rare case).
pub trait DimCeilDiv<Step> {
    /// `ceil(Self / Step)`.
    type Out: Dim;
}

/// Marker for a step of one.
pub struct Step1;
/// Marker for a step `2^K` (a shift by `K`).
pub struct StepPow2<K>(core::marker::PhantomData<K>);
/// Marker for any other step `N`.
pub struct StepDiv<N>(core::marker::PhantomData<N>);

impl<D: Dim> DimCeilDiv<Step1> for D {
    type Out = D;
}
impl<K> DimCeilDiv<StepPow2<K>> for Dyn {
    type Out = Dyn;
}
impl<N> DimCeilDiv<StepDiv<N>> for Dyn {
    type Out = Dyn;
}
impl<D, K, Shifted> DimCeilDiv<StepPow2<K>> for D
where
    D: Unsigned + Add<<U1 as core::ops::Shl<K>>::Output>,
    U1: core::ops::Shl<K>,
    <D as Add<<U1 as core::ops::Shl<K>>::Output>>::Output: Sub<U1>,
    Shifted: Dim,
    typenum::Diff<<D as Add<<U1 as core::ops::Shl<K>>::Output>>::Output, U1>:
        core::ops::Shr<K, Output = Shifted>,
{
    type Out = Shifted;
}
impl<D, N> DimCeilDiv<StepDiv<N>> for D
where
    D: Unsigned + Add<N>,
    typenum::Sum<D, N>: Sub<U1>,
    typenum::Diff<typenum::Sum<D, N>, U1>: core::ops::Div<N>,
    typenum::Quot<typenum::Diff<typenum::Sum<D, N>, U1>, N>: Dim,
{
    type Out = typenum::Quot<typenum::Diff<typenum::Sum<D, N>, U1>, N>;
}

/// Type-level `true`/`false` answers of dim predicates, with `Dyn` always
/// answering `True` (the check moves to run time).
pub trait DimLess<Rhs> {
    /// `B1` when `Self < Rhs` or either side is `Dyn`, else `B0`.
    type Out: Bit;
}
impl<Rhs> DimLess<Rhs> for Dyn {
    type Out = B1;
}
impl DimLess<Dyn> for UTerm {
    type Out = B1;
}
impl<U, B> DimLess<Dyn> for UInt<U, B> {
    type Out = B1;
}
impl<L, R> DimLess<R> for L
where
    L: Unsigned + typenum::IsLess<R>,
    R: Unsigned,
    typenum::Le<L, R>: Bit,
{
    type Out = typenum::Le<L, R>;
}

/// `B1` when `Self == Rhs` or either side is `Dyn`, else `B0`.
pub trait DimEqual<Rhs> {
    /// The answer.
    type Out: Bit;
}
impl<Rhs> DimEqual<Rhs> for Dyn {
    type Out = B1;
}
impl DimEqual<Dyn> for UTerm {
    type Out = B1;
}
impl<U, B> DimEqual<Dyn> for UInt<U, B> {
    type Out = B1;
}
impl<L, R> DimEqual<R> for L
where
    L: Unsigned + typenum::IsEqual<R>,
    R: Unsigned,
    typenum::Eq<L, R>: Bit,
{
    type Out = typenum::Eq<L, R>;
}

/// `Self / K` over dims (exact division is checked by [`DimDivides`]).
pub trait DimQuot<K> {
    /// The quotient.
    type Out: Dim;
}
impl<K> DimQuot<K> for Dyn {
    type Out = Dyn;
}
impl<N, K> DimQuot<K> for N
where
    N: Unsigned + core::ops::Div<K>,
    typenum::Quot<N, K>: Dim,
{
    type Out = typenum::Quot<N, K>;
}

/// `B1` when `K` divides `Self` (or `Self` is `Dyn`), else `B0`.
pub trait DimDivides<K> {
    /// The answer.
    type Out: Bit;
}
impl<K> DimDivides<K> for Dyn {
    type Out = B1;
}
impl<N, K> DimDivides<K> for N
where
    N: Unsigned + core::ops::Rem<K>,
    typenum::Mod<N, K>: typenum::IsEqual<typenum::U0>,
    typenum::Eq<typenum::Mod<N, K>, typenum::U0>: Bit,
{
    type Out = typenum::Eq<typenum::Mod<N, K>, typenum::U0>;
}
