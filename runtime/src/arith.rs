//! Type-level arithmetic on dims, lifted over [`Dyn`] (anything combined
//! with a `Dyn` dim is `Dyn`): sums and products, `min`, saturating and
//! borrowing subtraction ([`SubBorrow`], [`Verdict`]), ceiling division by a
//! slice step ([`DimCeilDiv`]), comparisons ([`DimLess`], [`DimEqual`]) and
//! long division ([`DimDiv`], [`DivParts`]). Each trait's doc shows what it
//! computes; the slice, index and reshape rules in `ops/` are built on them.

use crate::dim::{Dim, Dyn};
use core::ops::{Add, Mul, Sub};
use typenum::{Bit, Unsigned, B1, U1};
use typenum::{UInt, UTerm};

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
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::__private::DimMul;
    /// use ndview::typenum::{U3, U4, U12};
    /// use ndview::Dyn;
    /// let _: P<<U3 as DimMul<U4>>::Out> = P::<U12>;
    /// let _: P<<U3 as DimMul<Dyn>>::Out> = P::<Dyn>;
    /// ```
    DimMul, Mul
);
lift_binary!(
    /// `A + B` over dims.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::__private::DimAdd;
    /// use ndview::typenum::{U3, U4, U7};
    /// let _: P<<U3 as DimAdd<U4>>::Out> = P::<U7>;
    /// ```
    DimAdd, Add
);
// The cases of a binary dim op that need no arithmetic: anything with `Dyn`
// is `Dyn`, and 0 on the left gives 0 (`min(0, b)`, `0 - b` saturating).
macro_rules! dyn_and_zero_cases {
    ($name:ident) => {
        impl<Rhs> $name<Rhs> for Dyn {
            type Out = Dyn;
        }
        impl $name<Dyn> for UTerm {
            type Out = Dyn;
        }
        impl<U, B> $name<Dyn> for UInt<U, B> {
            type Out = Dyn;
        }
        impl $name<UTerm> for UTerm {
            type Out = UTerm;
        }
        impl<U, B> $name<UInt<U, B>> for UTerm {
            type Out = UTerm;
        }
    };
}

/// `min(A, B)` over dims, anything with `Dyn` is `Dyn`: `A` when `A - B`
/// goes below zero, else `B` (one pass of [`SubBorrow`]).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::DimMin;
/// use ndview::typenum::{U3, U4};
/// let _: P<<U3 as DimMin<U4>>::Out> = P::<U3>;
/// let _: P<<U4 as DimMin<U3>>::Out> = P::<U3>;
/// ```
pub trait DimMin<Rhs> {
    /// The resulting dim.
    type Out: Dim;
}
dyn_and_zero_cases!(DimMin);
impl<U, B, R> DimMin<R> for UInt<U, B>
where
    R: Dim,
    UInt<U, B>: Dim + SubBorrow<R, typenum::B0>,
    <UInt<U, B> as SubBorrow<R, typenum::B0>>::Out: Verdict,
{
    type Out = <<UInt<U, B> as SubBorrow<R, typenum::B0>>::Out as Verdict>::Pick<UInt<U, B>, R>;
}

/// Saturating `A - B` over dims (`U3 - U5 = U0`), anything with `Dyn` is
/// `Dyn`.
///
/// One pass from the low bit with a borrow ([`SubBorrow`]); a borrow left at
/// the top means `A < B`, and the answer is 0. (`A - min(A, B)` with
/// typenum's `Min` and `Sub` took a comparison, a subtraction and a trim,
/// about three times the `cargo check` time.)
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::DimSatSub;
/// use ndview::typenum::{U0, U2, U3, U5};
/// let _: P<<U3 as DimSatSub<U5>>::Out> = P::<U0>;
/// let _: P<<U5 as DimSatSub<U3>>::Out> = P::<U2>;
/// ```
pub trait DimSatSub<Rhs> {
    /// The resulting dim.
    type Out: Dim;
}
dyn_and_zero_cases!(DimSatSub);
impl<U, B, R> DimSatSub<R> for UInt<U, B>
where
    R: Unsigned,
    UInt<U, B>: SubBorrow<R, typenum::B0>,
    <UInt<U, B> as SubBorrow<R, typenum::B0>>::Out: Verdict,
{
    type Out = <<UInt<U, B> as SubBorrow<R, typenum::B0>>::Out as Verdict>::Floor;
}

/// The result of a subtraction that went below zero (see [`SubBorrow`]).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{SubBorrow, Underflow};
/// use ndview::typenum::{B0, U2, U5};
/// let _: P<<U2 as SubBorrow<U5, B0>>::Out> = P::<Underflow>;
/// ```
pub struct Underflow;

/// `Self - R - C` for typenum numbers and a borrow bit `C`, one bit per
/// level from the bottom: a canonical number, or [`Underflow`] when the
/// result would be negative. Each level names the level above once.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{SubBorrow, Underflow};
/// use ndview::typenum::{B0, B1, U2, U3, U5, U8};
/// let _: P<<U8 as SubBorrow<U3, B0>>::Out> = P::<U5>;
/// let _: P<<U5 as SubBorrow<U3, B0>>::Out> = P::<U2>;
/// let _: P<<U3 as SubBorrow<U3, B1>>::Out> = P::<Underflow>;
/// ```
pub trait SubBorrow<R, C> {
    /// The difference, or `Underflow`.
    type Out;
}
impl SubBorrow<UTerm, typenum::B0> for UTerm {
    type Out = UTerm;
}
impl SubBorrow<UTerm, B1> for UTerm {
    type Out = Underflow;
}
impl<U, B, C> SubBorrow<UInt<U, B>, C> for UTerm {
    type Out = Underflow;
}
// A non-empty number takes four bits of each side per level (the top level
// pads with zero bits): 48-bit element counts are 12 levels deep, not 48, so
// the next trait solver (`-Znext-solver`), which spends about three levels of
// its recursion limit per level here, stays far below the default limit.
impl<U, B, R, C> SubBorrow<R, C> for UInt<U, B>
where
    UInt<U, B>: Nibbles,
    R: Nibbles,
    <UInt<U, B> as Nibbles>::Out: SubNibbles<<R as Nibbles>::Out, C>,
{
    type Out = <<UInt<U, B> as Nibbles>::Out as SubNibbles<<R as Nibbles>::Out, C>>::Out;
}

/// A number's low four bits and the number above them (`Nib<B3, B2, B1, B0,
/// Upper>`); numbers shorter than four bits are padded with `B0`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Nib, Nibbles};
/// use ndview::typenum::{B0, B1, U1, U5, U21};
/// let _: P<<U21 as Nibbles>::Out> = P::<Nib<B0, B1, B0, B1, U1>>; // 21 = 0b1_0101
/// let _: P<<U5 as Nibbles>::Out> = P::<Nib<B0, B1, B0, B1, ndview::typenum::U0>>;
/// ```
pub trait Nibbles {
    /// The split number.
    type Out;
}
/// Four bits, most significant first, and the number above them (see
/// [`Nibbles`]).
pub struct Nib<B3, B2, B1, B0, Upper>(core::marker::PhantomData<(B3, B2, B1, B0, Upper)>);
impl Nibbles for UTerm {
    type Out = Nib<typenum::B0, typenum::B0, typenum::B0, typenum::B0, UTerm>;
}
impl<A0> Nibbles for UInt<UTerm, A0> {
    type Out = Nib<typenum::B0, typenum::B0, typenum::B0, A0, UTerm>;
}
impl<A1, A0> Nibbles for UInt<UInt<UTerm, A1>, A0> {
    type Out = Nib<typenum::B0, typenum::B0, A1, A0, UTerm>;
}
impl<A2, A1, A0> Nibbles for UInt<UInt<UInt<UTerm, A2>, A1>, A0> {
    type Out = Nib<typenum::B0, A2, A1, A0, UTerm>;
}
impl<U, A3, A2, A1, A0> Nibbles for UInt<UInt<UInt<UInt<U, A3>, A2>, A1>, A0> {
    type Out = Nib<A3, A2, A1, A0, U>;
}

/// One level of [`SubBorrow`]: four bits of each side with a borrow in, the
/// uppers subtracted with the borrow out, the four difference bits pushed
/// back under the result.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Nib, SubNibbles};
/// use ndview::typenum::{B0, B1, U0, U2};
/// // 0b10_0000 - 0b1 = 0b1_1111
/// type X = Nib<B0, B0, B0, B0, U2>;
/// type Y = Nib<B0, B0, B0, B1, U0>;
/// let _: P<<X as SubNibbles<Y, B0>>::Out> = P::<ndview::typenum::U31>;
/// ```
pub trait SubNibbles<R, C> {
    /// The difference, or `Underflow`.
    type Out;
}
type Borrow<A, B, C> = <A as BitSub<B, C>>::Borrow;
type DiffBit<A, B, C> = <A as BitSub<B, C>>::Diff;
impl<A3, A2, A1, A0, Ua, B3, B2, B1_, B0_, Ub, C> SubNibbles<Nib<B3, B2, B1_, B0_, Ub>, C>
    for Nib<A3, A2, A1, A0, Ua>
where
    A0: BitSub<B0_, C>,
    A1: BitSub<B1_, Borrow<A0, B0_, C>>,
    A2: BitSub<B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>,
    A3: BitSub<B3, Borrow<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>>,
    Ua: SubBorrow<Ub, Borrow<A3, B3, Borrow<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>>>,
    <Ua as SubBorrow<Ub, Borrow<A3, B3, Borrow<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>>>>::Out:
        PushNibble<
            DiffBit<A3, B3, Borrow<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>>,
            DiffBit<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>,
            DiffBit<A1, B1_, Borrow<A0, B0_, C>>,
            DiffBit<A0, B0_, C>,
        >,
{
    type Out = <<Ua as SubBorrow<
        Ub,
        Borrow<A3, B3, Borrow<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>>,
    >>::Out as PushNibble<
        DiffBit<A3, B3, Borrow<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>>,
        DiffBit<A2, B2, Borrow<A1, B1_, Borrow<A0, B0_, C>>>,
        DiffBit<A1, B1_, Borrow<A0, B0_, C>>,
        DiffBit<A0, B0_, C>,
    >>::Out;
}

/// `a - b - c` for bits: the difference bit and the borrow out.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::BitSub;
/// use ndview::typenum::{B0, B1};
/// let _: P<<B0 as BitSub<B1, B0>>::Diff> = P::<B1>;
/// let _: P<<B0 as BitSub<B1, B0>>::Borrow> = P::<B1>;
/// ```
pub trait BitSub<B, C> {
    /// The difference bit.
    type Diff;
    /// The borrow out.
    type Borrow;
}
macro_rules! bit_sub {
    ($($a:ident $b:ident $c:ident => $bit:ident $borrow:ident;)*) => {
        $(impl BitSub<typenum::$b, typenum::$c> for typenum::$a {
            type Diff = typenum::$bit;
            type Borrow = typenum::$borrow;
        })*
    };
}
bit_sub! {
    B0 B0 B0 => B0 B0;
    B0 B0 B1 => B1 B1;
    B0 B1 B0 => B1 B1;
    B0 B1 B1 => B0 B1;
    B1 B0 B0 => B1 B0;
    B1 B0 B1 => B0 B0;
    B1 B1 B0 => B0 B0;
    B1 B1 B1 => B1 B1;
}

/// `16 * Self + 0bD3D2D1D0`, kept canonical; `Underflow` stays `Underflow`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::PushNibble;
/// use ndview::typenum::{B0, B1, U0, U1, U3, U19};
/// let _: P<<U1 as PushNibble<B0, B0, B1, B1>>::Out> = P::<U19>;
/// let _: P<<U0 as PushNibble<B0, B0, B1, B1>>::Out> = P::<U3>;
/// ```
pub trait PushNibble<D3, D2, D1, D0> {
    /// The result.
    type Out;
}
impl<U, B, D3, D2, D1, D0> PushNibble<D3, D2, D1, D0> for UInt<U, B> {
    type Out = UInt<UInt<UInt<UInt<UInt<U, B>, D3>, D2>, D1>, D0>;
}
impl<D3, D2, D1, D0> PushNibble<D3, D2, D1, D0> for Underflow {
    type Out = Underflow;
}
impl<D3, D2, D1, D0> PushNibble<D3, D2, D1, D0> for UTerm
where
    UTerm: PushBit<D3>,
    <UTerm as PushBit<D3>>::Out: PushBit<D2>,
    <<UTerm as PushBit<D3>>::Out as PushBit<D2>>::Out: PushBit<D1>,
    <<<UTerm as PushBit<D3>>::Out as PushBit<D2>>::Out as PushBit<D1>>::Out: PushBit<D0>,
{
    type Out =
        <<<<UTerm as PushBit<D3>>::Out as PushBit<D2>>::Out as PushBit<D1>>::Out as PushBit<D0>>::Out;
}

/// What a [`SubBorrow`] result says about `A - B`: the difference with 0
/// for anything below zero (what [`DimSatSub`] gives), whether it is
/// non-negative, whether it is zero, and which of two dims is the smaller.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Underflow, Verdict};
/// use ndview::typenum::{B0, B1, U0, U2, U3, U4};
/// let _: P<<Underflow as Verdict>::Floor> = P::<U0>;
/// let _: P<<U4 as Verdict>::Floor> = P::<U4>;
/// let _: P<<Underflow as Verdict>::NonNegative> = P::<B0>;
/// let _: P<<U0 as Verdict>::Zero> = P::<B1>;
/// let _: P<<U2 as Verdict>::Pick<U2, U3>> = P::<U3>;
/// ```
pub trait Verdict {
    /// The difference, or 0 when the subtraction went below zero.
    type Floor: Dim;
    /// `B1` unless the subtraction went below zero.
    type NonNegative: Bit;
    /// `B1` when the difference is zero.
    type Zero: Bit;
    /// `A` when the subtraction went below zero, else `B`: `min(A, B)` of
    /// the subtraction `A - B`.
    type Pick<A: Dim, B: Dim>: Dim;
}
impl Verdict for Underflow {
    type Floor = UTerm;
    type NonNegative = typenum::B0;
    type Zero = typenum::B0;
    type Pick<A: Dim, B: Dim> = A;
}
impl Verdict for UTerm {
    type Floor = UTerm;
    type NonNegative = B1;
    type Zero = B1;
    type Pick<A: Dim, B: Dim> = B;
}
impl<U: Unsigned + 'static, B: Bit + 'static> Verdict for UInt<U, B> {
    type Floor = UInt<U, B>;
    type NonNegative = B1;
    type Zero = typenum::B0;
    type Pick<A: Dim, C: Dim> = C;
}

/// Ceiling division by a step that the macro writes as a literal.
///
/// Steps of 1 cost nothing, powers of two become shifts, other steps use
/// typenum's division (the slowest type-level operation, so the rare case).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimCeilDiv, Step1, StepDiv, StepPow2};
/// use ndview::typenum::{U1, U2, U3, U4, U7};
/// let _: P<<U7 as DimCeilDiv<Step1>>::Out> = P::<U7>;
/// let _: P<<U7 as DimCeilDiv<StepPow2<U1>>>::Out> = P::<U4>; // ceil(7 / 2)
/// let _: P<<U7 as DimCeilDiv<StepDiv<U3>>>::Out> = P::<U3>;  // ceil(7 / 3)
/// let _: P<<U4 as DimCeilDiv<StepPow2<U2>>>::Out> = P::<U1>; // ceil(4 / 4)
/// let _: P<<U2 as DimCeilDiv<StepDiv<U3>>>::Out> = P::<U1>;
/// ```
pub trait DimCeilDiv<Step> {
    /// `ceil(Self / Step)`.
    type Out: Dim;
}

/// Marker for a step of one.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimCeilDiv, Step1};
/// use ndview::typenum::U5;
/// let _: P<<U5 as DimCeilDiv<Step1>>::Out> = P::<U5>;
/// ```
pub struct Step1;
/// Marker for a step `2^K` (a shift by `K`).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimCeilDiv, StepPow2};
/// use ndview::typenum::{U2, U3, U9};
/// let _: P<<U9 as DimCeilDiv<StepPow2<U2>>>::Out> = P::<U3>; // step 4: ceil(9 / 4)
/// ```
pub struct StepPow2<K>(core::marker::PhantomData<K>);
/// Marker for any other step `N`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimCeilDiv, StepDiv};
/// use ndview::typenum::{U2, U5, U10};
/// let _: P<<U10 as DimCeilDiv<StepDiv<U5>>>::Out> = P::<U2>;
/// ```
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
    typenum::Diff<typenum::Sum<D, N>, U1>: LongDiv<N>,
    <<typenum::Diff<typenum::Sum<D, N>, U1> as LongDiv<N>>::Out as DivParts>::Quot: Dim,
{
    type Out = <<typenum::Diff<typenum::Sum<D, N>, U1> as LongDiv<N>>::Out as DivParts>::Quot;
}

/// Type-level `true`/`false` answers of dim predicates, with `Dyn` always
/// answering `True` (the check moves to run time).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::DimLess;
/// use ndview::typenum::{B0, B1, U3, U4};
/// use ndview::Dyn;
/// let _: P<<U3 as DimLess<U4>>::Out> = P::<B1>;
/// let _: P<<U4 as DimLess<U3>>::Out> = P::<B0>;
/// let _: P<<Dyn as DimLess<U3>>::Out> = P::<B1>;
/// ```
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
// `L < R` exactly when `R - L - 1` does not go below zero: one pass of
// [`SubBorrow`] (typenum's `IsLess` compares, then maps the ordering).
impl<L: Unsigned, R> DimLess<R> for L
where
    R: Unsigned + SubBorrow<L, B1>,
    <R as SubBorrow<L, B1>>::Out: Verdict,
{
    type Out = <<R as SubBorrow<L, B1>>::Out as Verdict>::NonNegative;
}

/// `B1` when `Self == Rhs` or either side is `Dyn`, else `B0`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::DimEqual;
/// use ndview::typenum::{B0, B1, U3, U4};
/// use ndview::Dyn;
/// let _: P<<U3 as DimEqual<U3>>::Out> = P::<B1>;
/// let _: P<<U3 as DimEqual<U4>>::Out> = P::<B0>;
/// let _: P<<U3 as DimEqual<Dyn>>::Out> = P::<B1>;
/// ```
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
// `L == R` exactly when `L - R` is zero.
impl<L, R> DimEqual<R> for L
where
    L: Unsigned + SubBorrow<R, typenum::B0>,
    R: Unsigned,
    <L as SubBorrow<R, typenum::B0>>::Out: Verdict,
{
    type Out = <<L as SubBorrow<R, typenum::B0>>::Out as Verdict>::Zero;
}

/// `Self / K` over dims, with whether it is exact, for `reshape(k, -1)`.
///
/// `K` is the divisor as the macro writes it, `2^a * m` with `m` odd:
/// [`Twice`] once per factor 2 (dropping a low bit, almost free), then
/// [`Odd`]`<m>` ([`LongDiv`]) or [`One`]. The answer is one type, read
/// through [`DivParts`]: `Quot` for the new dim, `Exact` for the check.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimDiv, DivParts, Odd, One, Twice};
/// use ndview::typenum::{B0, B1, U3, U4, U12, U13};
/// // 12 / 4 = 3, exact; 13 / 4 = 3, not exact; 12 / 3 = 4
/// let _: P<<<U12 as DimDiv<Twice<Twice<One>>>>::Out as DivParts>::Quot> = P::<U3>;
/// let _: P<<<U12 as DimDiv<Twice<Twice<One>>>>::Out as DivParts>::Exact> = P::<B1>;
/// let _: P<<<U13 as DimDiv<Twice<Twice<One>>>>::Out as DivParts>::Exact> = P::<B0>;
/// let _: P<<<U12 as DimDiv<Odd<U3>>>::Out as DivParts>::Quot> = P::<U4>;
/// ```
pub trait DimDiv<K> {
    /// The quotient and whether the division is exact.
    type Out: DivParts;
}
/// A divisor `2 * K` (see [`DimDiv`]).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimDiv, DivParts, One, Twice};
/// use ndview::typenum::{U5, U10};
/// let _: P<<<U10 as DimDiv<Twice<One>>>::Out as DivParts>::Quot> = P::<U5>;
/// ```
pub struct Twice<K>(core::marker::PhantomData<K>);
/// An odd divisor `M > 1` (see [`DimDiv`]).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimDiv, DivParts, Odd};
/// use ndview::typenum::{U3, U5, U15};
/// let _: P<<<U15 as DimDiv<Odd<U5>>>::Out as DivParts>::Quot> = P::<U3>;
/// ```
pub struct Odd<M>(core::marker::PhantomData<M>);
/// The divisor 1 (see [`DimDiv`]).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DimDiv, DivParts, One};
/// use ndview::typenum::U7;
/// let _: P<<<U7 as DimDiv<One>>::Out as DivParts>::Quot> = P::<U7>;
/// ```
pub struct One;

impl<K> DimDiv<K> for Dyn {
    type Out = QuotRem<Dyn, UTerm>;
}
impl DimDiv<One> for UTerm {
    type Out = QuotRem<UTerm, UTerm>;
}
impl<U, B> DimDiv<One> for UInt<U, B>
where
    UInt<U, B>: Dim,
{
    type Out = QuotRem<UInt<U, B>, UTerm>;
}
impl<M> DimDiv<Odd<M>> for UTerm {
    type Out = QuotRem<UTerm, UTerm>;
}
impl<U, B, M> DimDiv<Odd<M>> for UInt<U, B>
where
    UInt<U, B>: LongDiv<M>,
{
    type Out = <UInt<U, B> as LongDiv<M>>::Out;
}
impl<K> DimDiv<Twice<K>> for UTerm {
    type Out = QuotRem<UTerm, UTerm>;
}
impl<U, B, K> DimDiv<Twice<K>> for UInt<U, B>
where
    U: DimDiv<K>,
    <U as DimDiv<K>>::Out: DropBit<B>,
{
    type Out = <<U as DimDiv<K>>::Out as DropBit<B>>::Out;
}

/// Account for a low bit `B` dropped by a [`Twice`] step: a `B1` makes the
/// division inexact.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivParts, DropBit, QuotRem};
/// use ndview::typenum::{B0, B1, U0, U3};
/// let _: P<<<QuotRem<U3, U0> as DropBit<B1>>::Out as DivParts>::Exact> = P::<B0>;
/// let _: P<<<QuotRem<U3, U0> as DropBit<B0>>::Out as DivParts>::Exact> = P::<B1>;
/// ```
pub trait DropBit<B> {
    /// The answer after the dropped bit.
    type Out: DivParts;
}
impl<X: DivParts> DropBit<typenum::B0> for X {
    type Out = X;
}
impl<X: DivParts> DropBit<B1> for X {
    type Out = Inexact<X>;
}

/// A division answer marked inexact (a [`Twice`] step dropped a 1 bit).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivParts, Inexact, QuotRem};
/// use ndview::typenum::{B0, U0, U3};
/// let _: P<<Inexact<QuotRem<U3, U0>> as DivParts>::Exact> = P::<B0>;
/// ```
pub struct Inexact<X>(core::marker::PhantomData<X>);
impl<X: DivParts> DivParts for Inexact<X> {
    type Quot = X::Quot;
    type Exact = typenum::B0;
}

/// Schoolbook long division, one bit of `Self` at a time from the top, with
/// a remainder no wider than the divisor: quotient and remainder in one pass,
/// much cheaper for `cargo check` than typenum's `Div` and `Rem` on wide
/// numbers (the divisor is a literal the macro wrote).
///
/// Each level names the level below exactly once (`Out` is the pair
/// [`QuotRem`], taken apart by [`DivParts`]): a where-clause that named
/// `<U as LongDiv<D>>::Rem` and `::Quot` separately made rustc redo the
/// division below for every mention, and cost several times more.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivParts, LongDiv};
/// use ndview::typenum::{U2, U3, U5, U17};
/// let _: P<<<U17 as LongDiv<U5>>::Out as DivParts>::Quot> = P::<U3>;
/// let _: P<<U17 as LongDiv<U5>>::Out> = P::<ndview::__private::QuotRem<U3, U2>>;
/// ```
pub trait LongDiv<D> {
    /// `QuotRem<Self / D, Self % D>`.
    type Out: DivParts;
}
impl<D> LongDiv<D> for UTerm {
    type Out = QuotRem<UTerm, UTerm>;
}
// Four bits per level (the top level takes the 1 to 4 bits left), for the
// next trait solver's recursion limit, as in `SubBorrow`.
impl<A0, D> LongDiv<D> for UInt<UTerm, A0>
where
    QuotRem<UTerm, UTerm>: DivNibble<typenum::B0, typenum::B0, typenum::B0, A0, D>,
{
    type Out =
        <QuotRem<UTerm, UTerm> as DivNibble<typenum::B0, typenum::B0, typenum::B0, A0, D>>::Out;
}
impl<A1, A0, D> LongDiv<D> for UInt<UInt<UTerm, A1>, A0>
where
    QuotRem<UTerm, UTerm>: DivNibble<typenum::B0, typenum::B0, A1, A0, D>,
{
    type Out = <QuotRem<UTerm, UTerm> as DivNibble<typenum::B0, typenum::B0, A1, A0, D>>::Out;
}
impl<A2, A1, A0, D> LongDiv<D> for UInt<UInt<UInt<UTerm, A2>, A1>, A0>
where
    QuotRem<UTerm, UTerm>: DivNibble<typenum::B0, A2, A1, A0, D>,
{
    type Out = <QuotRem<UTerm, UTerm> as DivNibble<typenum::B0, A2, A1, A0, D>>::Out;
}
impl<U, A3, A2, A1, A0, D> LongDiv<D> for UInt<UInt<UInt<UInt<U, A3>, A2>, A1>, A0>
where
    U: LongDiv<D>,
    <U as LongDiv<D>>::Out: DivNibble<A3, A2, A1, A0, D>,
{
    type Out = <<U as LongDiv<D>>::Out as DivNibble<A3, A2, A1, A0, D>>::Out;
}

/// Four levels of [`DivBit`] in one: bring down `A3`, `A2`, `A1`, `A0`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivNibble, QuotRem};
/// use ndview::typenum::{B0, B1, U0, U1, U2, U3, U5};
/// // 0b1011 = 11 = 2 * 5 + 1
/// let _: P<<QuotRem<U0, U0> as DivNibble<B1, B0, B1, B1, U5>>::Out> = P::<QuotRem<U2, U1>>;
/// # let _ = P::<U3>;
/// ```
pub trait DivNibble<A3, A2, A1, A0, D> {
    /// The next `QuotRem`.
    type Out: DivParts;
}
impl<X, A3, A2, A1, A0, D> DivNibble<A3, A2, A1, A0, D> for X
where
    X: DivBit<A3, D>,
    <X as DivBit<A3, D>>::Out: DivBit<A2, D>,
    <<X as DivBit<A3, D>>::Out as DivBit<A2, D>>::Out: DivBit<A1, D>,
    <<<X as DivBit<A3, D>>::Out as DivBit<A2, D>>::Out as DivBit<A1, D>>::Out: DivBit<A0, D>,
{
    type Out =
        <<<<X as DivBit<A3, D>>::Out as DivBit<A2, D>>::Out as DivBit<A1, D>>::Out as DivBit<
            A0,
            D,
        >>::Out;
}

/// A quotient and a remainder, the result of [`LongDiv`].
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivParts, QuotRem};
/// use ndview::typenum::{U2, U3};
/// let _: P<<QuotRem<U3, U2> as DivParts>::Quot> = P::<U3>;
/// ```
pub struct QuotRem<Q, R>(core::marker::PhantomData<(Q, R)>);

/// The parts of a [`QuotRem`], and whether the remainder is zero.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivParts, QuotRem};
/// use ndview::typenum::{B0, B1, U0, U2, U3};
/// let _: P<<QuotRem<U3, U2> as DivParts>::Exact> = P::<B0>;
/// let _: P<<QuotRem<U3, U0> as DivParts>::Exact> = P::<B1>;
/// ```
pub trait DivParts {
    /// The quotient.
    type Quot: Dim;
    /// `B1` when the remainder is zero.
    type Exact: Bit;
}
impl<Q: Dim> DivParts for QuotRem<Q, UTerm> {
    type Quot = Q;
    type Exact = B1;
}
impl<Q: Dim, U, B> DivParts for QuotRem<Q, UInt<U, B>> {
    type Quot = Q;
    type Exact = typenum::B0;
}

/// One level of [`LongDiv`]: bring down bit `B` into the remainder, compare
/// it with `D`, and let [`DivStep`] append the quotient bit.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivBit, DivParts, QuotRem};
/// use ndview::typenum::{B1, U1, U2, U3, U5};
/// // quotient 1, remainder 2, next bit 1 over divisor 3: 5 / 3 is 1 rest 2
/// let _: P<<<QuotRem<U1, U2> as DivBit<B1, U3>>::Out as DivParts>::Quot> = P::<U3>;
/// let _: P<<QuotRem<U1, U2> as DivBit<B1, U3>>::Out> = P::<QuotRem<U3, U2>>;
/// # let _ = P::<U5>;
/// ```
pub trait DivBit<B, D> {
    /// The next `QuotRem`.
    type Out: DivParts;
}
impl<Q, R, B, D> DivBit<B, D> for QuotRem<Q, R>
where
    R: PushBit<B>,
    <R as PushBit<B>>::Out: typenum::Cmp<D>,
    typenum::Compare<<R as PushBit<B>>::Out, D>: DivStep<Q, <R as PushBit<B>>::Out, D>,
{
    type Out =
        <typenum::Compare<<R as PushBit<B>>::Out, D> as DivStep<Q, <R as PushBit<B>>::Out, D>>::Out;
}

/// `2 * Self + B`, kept canonical (no leading zero bit).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::PushBit;
/// use ndview::typenum::{B0, B1, U0, U3, U7};
/// let _: P<<U3 as PushBit<B1>>::Out> = P::<U7>;
/// let _: P<<U0 as PushBit<B0>>::Out> = P::<U0>;
/// ```
pub trait PushBit<B> {
    /// The result.
    type Out;
}
impl PushBit<typenum::B0> for UTerm {
    type Out = UTerm;
}
impl PushBit<B1> for UTerm {
    type Out = UInt<UTerm, B1>;
}
impl<U, B, C> PushBit<C> for UInt<U, B> {
    type Out = UInt<UInt<U, B>, C>;
}
impl<C> PushBit<C> for Underflow {
    type Out = Underflow;
}

/// One step of [`LongDiv`]: with running remainder `R` compared to `D`,
/// append a quotient bit and subtract when `R >= D`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{DivParts, DivStep, QuotRem};
/// use ndview::typenum::{Greater, Less, U1, U2, U3, U5, U7};
/// // remainder 7 >= 5: quotient bit 1, remainder 2
/// let _: P<<Greater as DivStep<U1, U7, U5>>::Out> = P::<QuotRem<U3, U2>>;
/// // remainder 3 < 5: quotient bit 0, remainder kept
/// let _: P<<<Less as DivStep<U1, U3, U5>>::Out as DivParts>::Quot> = P::<U2>;
/// ```
pub trait DivStep<Q, R, D> {
    /// The new quotient and remainder.
    type Out: DivParts;
}
impl<Q: PushBit<typenum::B0>, R, D> DivStep<Q, R, D> for typenum::Less
where
    QuotRem<<Q as PushBit<typenum::B0>>::Out, R>: DivParts,
{
    type Out = QuotRem<<Q as PushBit<typenum::B0>>::Out, R>;
}
impl<Q: PushBit<B1>, R, D> DivStep<Q, R, D> for typenum::Equal
where
    QuotRem<<Q as PushBit<B1>>::Out, UTerm>: DivParts,
{
    type Out = QuotRem<<Q as PushBit<B1>>::Out, UTerm>;
}
impl<Q: PushBit<B1>, R: Sub<D>, D> DivStep<Q, R, D> for typenum::Greater
where
    QuotRem<<Q as PushBit<B1>>::Out, typenum::Diff<R, D>>: DivParts,
{
    type Out = QuotRem<<Q as PushBit<B1>>::Out, typenum::Diff<R, D>>;
}
