//! Element counts of static shapes in decimal digits, for `reshape`'s
//! element-count check.
//!
//! typenum multiplies bit by bit: every step of the recursion binds a
//! nested binary number as deep as the product (48 levels for a rank-4
//! shape with dims near 4096), and rustc's trait solver walks that type at
//! each step. An element count of a fresh rank-4 shape cost about 175 M
//! rustc instructions that way. Here a count is a little-endian list of
//! decimal digits ([`DCons`]), at most 20 levels deep, and each step is one
//! lookup in a digit table (`gen/digits.rs`); the same count costs about a
//! fifth of that (36 M; `BENCHMARKS.md`, "Element counts in decimal
//! digits", `scripts/count_probe.py`). The macro writes the target count as
//! the same list and compares digit by digit ([`SameCount`]), and the
//! message prints the digits as they are. A `reshape(.., -1)` next to a
//! product that is not a power of two divides the count by long division
//! ([`DecDiv`], in `div.rs`) and turns the quotient into a dim through hex
//! digits ([`FromDigits`]).
//!
//! ```
//! use core::marker::PhantomData as P;
//! use ndview::__private::{digits::*, DCons, DNil, ShapeCount};
//! use ndview::prelude::*;
//! // 1080 * 1920 * 3 = 6220800
//! type N = DCons<_0, DCons<_0, DCons<_8, DCons<_0, DCons<_2, DCons<_2, DCons<_6, DNil>>>>>>>;
//! let _: P<<shape![1080, 1920, 3] as ShapeCount>::Out> = P::<N>;
//! let _: P<<shape![Dyn, 3] as ShapeCount>::Out> = P::<Dyn>;
//! ```

mod div;
pub use div::*;

use crate::decimal::digits::*;
use crate::decimal::{DCons, DNil, DigitList};
use crate::dim::Dyn;
use typenum::{Bit, UInt, UTerm, B0, B1};

/// `Self * B + C` for decimal digits: the low digit and the carry digit.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, MulDigit};
/// // 7 * 8 + 5 = 61
/// let _: P<<_7 as MulDigit<_8, _5>>::Lo> = P::<_1>;
/// let _: P<<_7 as MulDigit<_8, _5>>::Hi> = P::<_6>;
/// ```
pub trait MulDigit<B, C> {
    /// The low digit.
    type Lo;
    /// The carry digit.
    type Hi;
}

/// `Self + B + C` for decimal digits and a carry bit: the low digit and the
/// carry out.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, AddDigit};
/// use ndview::typenum::B1;
/// // 7 + 8 + 1 = 16
/// let _: P<<_7 as AddDigit<_8, B1>>::Lo> = P::<_6>;
/// let _: P<<_7 as AddDigit<_8, B1>>::Carry> = P::<B1>;
/// ```
pub trait AddDigit<B, C> {
    /// The low digit.
    type Lo;
    /// The carry out.
    type Carry: Bit;
}

/// A digit list times the digit `B`, plus the carry digit `C`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, ScaleDigits};
/// // 45 * 3 + 0 = 135
/// type N45 = DCons<_5, DCons<_4, DNil>>;
/// let _: P<<N45 as ScaleDigits<_3, _0>>::Out> = P::<DCons<_5, DCons<_3, DCons<_1, DNil>>>>;
/// ```
pub trait ScaleDigits<B, C> {
    /// The product.
    type Out;
}
impl<B> ScaleDigits<B, _0> for DNil {
    type Out = DNil;
}
macro_rules! carry_out {
    ($($d:ident)*) => {$(
        impl<B> ScaleDigits<B, $d> for DNil {
            type Out = DCons<$d, DNil>;
        }
    )*};
}
carry_out!(_1 _2 _3 _4 _5 _6 _7 _8 _9);
// Up to four digits per step: each step of a recursion over a list costs
// rustc far more than the table lookups in it (`BENCHMARKS.md`).
type MulLo<A, B, C> = <A as MulDigit<B, C>>::Lo;
type MulHi<A, B, C> = <A as MulDigit<B, C>>::Hi;
impl<A0, B, C> ScaleDigits<B, C> for DCons<A0, DNil>
where
    A0: MulDigit<B, C>,
    DNil: ScaleDigits<B, MulHi<A0, B, C>>,
{
    type Out = DCons<MulLo<A0, B, C>, <DNil as ScaleDigits<B, MulHi<A0, B, C>>>::Out>;
}
impl<A0, A1, B, C> ScaleDigits<B, C> for DCons<A0, DCons<A1, DNil>>
where
    A0: MulDigit<B, C>,
    A1: MulDigit<B, MulHi<A0, B, C>>,
    DNil: ScaleDigits<B, MulHi<A1, B, MulHi<A0, B, C>>>,
{
    type Out = DCons<
        MulLo<A0, B, C>,
        DCons<
            MulLo<A1, B, MulHi<A0, B, C>>,
            <DNil as ScaleDigits<B, MulHi<A1, B, MulHi<A0, B, C>>>>::Out,
        >,
    >;
}
impl<A0, A1, A2, B, C> ScaleDigits<B, C> for DCons<A0, DCons<A1, DCons<A2, DNil>>>
where
    A0: MulDigit<B, C>,
    A1: MulDigit<B, MulHi<A0, B, C>>,
    A2: MulDigit<B, MulHi<A1, B, MulHi<A0, B, C>>>,
    DNil: ScaleDigits<B, MulHi<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>>,
{
    type Out = DCons<
        MulLo<A0, B, C>,
        DCons<
            MulLo<A1, B, MulHi<A0, B, C>>,
            DCons<
                MulLo<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>,
                <DNil as ScaleDigits<B, MulHi<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>>>::Out,
            >,
        >,
    >;
}
impl<A0, A1, A2, A3, R, B, C> ScaleDigits<B, C> for DCons<A0, DCons<A1, DCons<A2, DCons<A3, R>>>>
where
    A0: MulDigit<B, C>,
    A1: MulDigit<B, MulHi<A0, B, C>>,
    A2: MulDigit<B, MulHi<A1, B, MulHi<A0, B, C>>>,
    A3: MulDigit<B, MulHi<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>>,
    R: ScaleDigits<B, MulHi<A3, B, MulHi<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>>>,
{
    type Out = DCons<
        MulLo<A0, B, C>,
        DCons<
            MulLo<A1, B, MulHi<A0, B, C>>,
            DCons<
                MulLo<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>,
                DCons<
                    MulLo<A3, B, MulHi<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>>,
                    <R as ScaleDigits<
                        B,
                        MulHi<A3, B, MulHi<A2, B, MulHi<A1, B, MulHi<A0, B, C>>>>,
                    >>::Out,
                >,
            >,
        >,
    >;
}

/// The sum of two digit lists and a carry bit.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, AddDigits, DCons, DNil};
/// use ndview::typenum::B0;
/// // 95 + 7 = 102
/// type N95 = DCons<_5, DCons<_9, DNil>>;
/// type N7 = DCons<_7, DNil>;
/// let _: P<<N95 as AddDigits<N7, B0>>::Out> = P::<DCons<_2, DCons<_0, DCons<_1, DNil>>>>;
/// ```
pub trait AddDigits<B, C> {
    /// The sum.
    type Out;
}
impl AddDigits<DNil, B0> for DNil {
    type Out = DNil;
}
impl AddDigits<DNil, B1> for DNil {
    type Out = DCons<_1, DNil>;
}
impl<D, R> AddDigits<DCons<D, R>, B0> for DNil {
    type Out = DCons<D, R>;
}
impl<D, R> AddDigits<DNil, B0> for DCons<D, R> {
    type Out = DCons<D, R>;
}
impl<D, R> AddDigits<DNil, B1> for DCons<D, R>
where
    D: AddDigit<_0, B1>,
    R: AddDigits<DNil, <D as AddDigit<_0, B1>>::Carry>,
{
    type Out = DCons<
        <D as AddDigit<_0, B1>>::Lo,
        <R as AddDigits<DNil, <D as AddDigit<_0, B1>>::Carry>>::Out,
    >;
}
impl<D, R> AddDigits<DCons<D, R>, B1> for DNil
where
    D: AddDigit<_0, B1>,
    R: AddDigits<DNil, <D as AddDigit<_0, B1>>::Carry>,
{
    type Out = DCons<
        <D as AddDigit<_0, B1>>::Lo,
        <R as AddDigits<DNil, <D as AddDigit<_0, B1>>::Carry>>::Out,
    >;
}
// One digit per step when either side has one digit left, two otherwise.
impl<A, B, S, C> AddDigits<DCons<B, S>, C> for DCons<A, DNil>
where
    A: AddDigit<B, C>,
    DNil: AddDigits<S, <A as AddDigit<B, C>>::Carry>,
{
    type Out =
        DCons<<A as AddDigit<B, C>>::Lo, <DNil as AddDigits<S, <A as AddDigit<B, C>>::Carry>>::Out>;
}
impl<A, A1, R, B, C> AddDigits<DCons<B, DNil>, C> for DCons<A, DCons<A1, R>>
where
    A: AddDigit<B, C>,
    DCons<A1, R>: AddDigits<DNil, <A as AddDigit<B, C>>::Carry>,
{
    type Out = DCons<
        <A as AddDigit<B, C>>::Lo,
        <DCons<A1, R> as AddDigits<DNil, <A as AddDigit<B, C>>::Carry>>::Out,
    >;
}
impl<A0, A1, R, B0, B1, S, C> AddDigits<DCons<B0, DCons<B1, S>>, C> for DCons<A0, DCons<A1, R>>
where
    A0: AddDigit<B0, C>,
    A1: AddDigit<B1, <A0 as AddDigit<B0, C>>::Carry>,
    R: AddDigits<S, <A1 as AddDigit<B1, <A0 as AddDigit<B0, C>>::Carry>>::Carry>,
{
    type Out = DCons<
        <A0 as AddDigit<B0, C>>::Lo,
        DCons<
            <A1 as AddDigit<B1, <A0 as AddDigit<B0, C>>::Carry>>::Lo,
            <R as AddDigits<S, <A1 as AddDigit<B1, <A0 as AddDigit<B0, C>>::Carry>>::Carry>>::Out,
        >,
    >;
}

/// `10 * Self + D` on a digit list, kept canonical (`10 * 0 + 0` is `DNil`).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, PushDigit};
/// let _: P<<DCons<_4, DNil> as PushDigit<_0>>::Out> = P::<DCons<_0, DCons<_4, DNil>>>;
/// let _: P<<DNil as PushDigit<_0>>::Out> = P::<DNil>;
/// let _: P<<DNil as PushDigit<_3>>::Out> = P::<DCons<_3, DNil>>;
/// ```
pub trait PushDigit<D> {
    /// The new list.
    type Out;
}
impl PushDigit<_0> for DNil {
    type Out = DNil;
}
macro_rules! push_onto_nil {
    ($($d:ident)*) => {$(
        impl PushDigit<$d> for DNil {
            type Out = DCons<$d, DNil>;
        }
    )*};
}
push_onto_nil!(_1 _2 _3 _4 _5 _6 _7 _8 _9);
impl<D, E, R> PushDigit<D> for DCons<E, R> {
    type Out = DCons<D, DCons<E, R>>;
}

/// `Self * B` on digit lists, by `B`'s digits (so put the shorter number
/// on the right); anything with `Dyn` is `Dyn`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, DecMul};
/// use ndview::Dyn;
/// // 125 * 48 = 6000
/// type N125 = DCons<_5, DCons<_2, DCons<_1, DNil>>>;
/// type N48 = DCons<_8, DCons<_4, DNil>>;
/// let _: P<<N125 as DecMul<N48>>::Out> = P::<DCons<_0, DCons<_0, DCons<_0, DCons<_6, DNil>>>>>;
/// let _: P<<N125 as DecMul<Dyn>>::Out> = P::<Dyn>;
/// ```
pub trait DecMul<B> {
    /// The product.
    type Out;
}
impl<B> DecMul<B> for Dyn {
    type Out = Dyn;
}
impl DecMul<Dyn> for DNil {
    type Out = Dyn;
}
impl<D, R> DecMul<Dyn> for DCons<D, R> {
    type Out = Dyn;
}
impl DecMul<DNil> for DNil {
    type Out = DNil;
}
impl<B, S> DecMul<DCons<B, S>> for DNil {
    type Out = DNil;
}
impl<D, R> DecMul<DNil> for DCons<D, R> {
    type Out = DNil;
}
impl<D, R, B, S> DecMul<DCons<B, S>> for DCons<D, R>
where
    DCons<D, R>: ScaleDigits<B, _0> + DecMul<S>,
    <DCons<D, R> as DecMul<S>>::Out: PushDigit<_0>,
    <DCons<D, R> as ScaleDigits<B, _0>>::Out:
        AddDigits<<<DCons<D, R> as DecMul<S>>::Out as PushDigit<_0>>::Out, B0>,
{
    type Out = <<DCons<D, R> as ScaleDigits<B, _0>>::Out as AddDigits<
        <<DCons<D, R> as DecMul<S>>::Out as PushDigit<_0>>::Out,
        B0,
    >>::Out;
}

/// A dim as a digit list: typenum numbers through [`DigitList`], `Dyn` stays.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, CountDigits, DCons, DNil};
/// use ndview::typenum::{U0, U12};
/// use ndview::Dyn;
/// let _: P<<U12 as CountDigits>::Out> = P::<DCons<_2, DCons<_1, DNil>>>;
/// let _: P<<U0 as CountDigits>::Out> = P::<DNil>;
/// let _: P<<Dyn as CountDigits>::Out> = P::<Dyn>;
/// ```
pub trait CountDigits {
    /// The digits.
    type Out;
}
impl CountDigits for Dyn {
    type Out = Dyn;
}
impl CountDigits for UTerm {
    type Out = DNil;
}
impl<U, B> CountDigits for UInt<U, B>
where
    UInt<U, B>: DigitList,
{
    type Out = <UInt<U, B> as DigitList>::Out;
}

/// The element count of a shape as a digit list ([`DecMul`] of its dims,
/// `Dyn` when a dim is `Dyn`).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, ShapeCount};
/// use ndview::prelude::*;
/// let _: P<<shape![3, 4] as ShapeCount>::Out> = P::<DCons<_2, DCons<_1, DNil>>>;
/// let _: P<<shape![] as ShapeCount>::Out> = P::<DCons<_1, DNil>>;
/// let _: P<<shape![5, 0] as ShapeCount>::Out> = P::<DNil>;
/// ```
pub trait ShapeCount {
    /// The count.
    type Out;
}
impl ShapeCount for () {
    type Out = DCons<_1, DNil>;
}
impl<A: CountDigits> ShapeCount for (A,) {
    type Out = A::Out;
}
// The count of the tail times the head's digits: the recursion runs over the
// head's few digits, each step scanning the long partial count.
macro_rules! impl_count {
    ($n:literal $digits:tt; $one:ident) => {};
    ($n:literal $digits:tt; $head:ident $($tail:ident)+) => {
        impl<$head: CountDigits $(, $tail)+> ShapeCount for ($head, $($tail,)+)
        where
            ($($tail,)+): ShapeCount,
            <($($tail,)+) as ShapeCount>::Out: DecMul<$head::Out>,
        {
            type Out = <<($($tail,)+) as ShapeCount>::Out as DecMul<$head::Out>>::Out;
        }
    };
}
crate::shape::for_each_rank!(impl_count);

/// Whether two decimal digits are equal, as a typenum bit.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DigitEq};
/// use ndview::typenum::{B0, B1};
/// let _: P<<_7 as DigitEq<_7>>::Out> = P::<B1>;
/// let _: P<<_7 as DigitEq<_1>>::Out> = P::<B0>;
/// ```
pub trait DigitEq<B> {
    /// `B1` when equal.
    type Out: Bit;
}

/// Whether a count equals the digit list `B`, as a typenum bit (`B1` for a
/// `Dyn` count: the run-time check decides).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, SameCount, ShapeCount};
/// use ndview::prelude::*;
/// use ndview::typenum::{B0, B1};
/// type N12 = DCons<_2, DCons<_1, DNil>>;
/// let _: P<<<shape![3, 4] as ShapeCount>::Out as SameCount<N12>>::Out> = P::<B1>;
/// let _: P<<<shape![3, 5] as ShapeCount>::Out as SameCount<N12>>::Out> = P::<B0>;
/// let _: P<<<shape![Dyn, 5] as ShapeCount>::Out as SameCount<N12>>::Out> = P::<B1>;
/// ```
pub trait SameCount<B> {
    /// `B1` when equal.
    type Out: Bit;
}
impl<B> SameCount<B> for Dyn {
    type Out = B1;
}
impl SameCount<DNil> for DNil {
    type Out = B1;
}
impl<B, S> SameCount<DCons<B, S>> for DNil {
    type Out = B0;
}
impl<D, R> SameCount<DNil> for DCons<D, R> {
    type Out = B0;
}
impl<D, R, B, S> SameCount<DCons<B, S>> for DCons<D, R>
where
    D: DigitEq<B>,
    <D as DigitEq<B>>::Out: SameRest<R, S>,
{
    type Out = <<D as DigitEq<B>>::Out as SameRest<R, S>>::Out;
}

/// [`SameCount`]'s next step: compare the rests `R` and `S` after equal
/// digits (`B1`), stop after different ones (`B0`).
pub trait SameRest<R, S> {
    /// `B1` when equal.
    type Out: Bit;
}
impl<R, S> SameRest<R, S> for B0 {
    type Out = B0;
}
impl<R: SameCount<S>, S> SameRest<R, S> for B1 {
    type Out = <R as SameCount<S>>::Out;
}
