//! Type-level numbers as decimal digits, only for compile-error messages.
//!
//! typenum prints 12 as `UInt<UInt<UInt<UInt<UTerm, B1>, B1>, B0>, B0>`; the
//! checks of `nd!` print `<N as ToDecimal>::Out` instead, which rustc shows as
//! `(_1, _2)`: one type per decimal digit. The conversion is double-dabble,
//! one table step per bit and digit, so it costs about as much as an addition.

use crate::dim::Dyn;
use typenum::{Bit, UInt, UTerm, B0, B1};

/// The decimal digits 0 to 9, as types (`_7` is 7). A number prints as a
/// tuple of them, most significant first: `(_1, _2)` is 12.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, ToDecimal};
/// use ndview::typenum::U12;
/// let _: PhantomData<<U12 as ToDecimal>::Out> = PhantomData::<(_1, _2)>;
/// ```
pub mod digits {

    /// The decimal digit 0.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _0;
    /// The decimal digit 1.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _1;
    /// The decimal digit 2.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _2;
    /// The decimal digit 3.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _3;
    /// The decimal digit 4.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _4;
    /// The decimal digit 5.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _5;
    /// The decimal digit 6.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _6;
    /// The decimal digit 7.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _7;
    /// The decimal digit 8.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _8;
    /// The decimal digit 9.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct _9;
}
use digits::*;

/// A little-endian list of digits under construction: 12 is
/// `DCons<_2, DCons<_1, DNil>>`.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, DCons, DNil, DigitList};
/// use ndview::typenum::U12;
/// let _: PhantomData<<U12 as DigitList>::Out> = PhantomData::<DCons<_2, DCons<_1, DNil>>>;
/// ```
pub struct DCons<D, R>(core::marker::PhantomData<(D, R)>);
/// The empty digit list (the number 0).
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{DNil, DigitList};
/// use ndview::typenum::U0;
/// let _: PhantomData<<U0 as DigitList>::Out> = PhantomData::<DNil>;
/// ```
pub struct DNil;

/// One doubling step: `2 * Self + C` as a digit and a carry.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, DoubleDigit};
/// use ndview::typenum::{B1, B0};
/// // 2 * 7 + 1 = 15: digit 5, carry 1
/// let _: PhantomData<<_7 as DoubleDigit<B1>>::Digit> = PhantomData::<_5>;
/// let _: PhantomData<<_7 as DoubleDigit<B1>>::Carry> = PhantomData::<B1>;
/// let _: PhantomData<<_3 as DoubleDigit<B0>>::Carry> = PhantomData::<B0>;
/// ```
pub trait DoubleDigit<C> {
    /// The digit.
    type Digit;
    /// The carry out.
    type Carry: Bit;
}

impl DoubleDigit<B0> for _0 {
    type Digit = _0;
    type Carry = B0;
}
impl DoubleDigit<B1> for _0 {
    type Digit = _1;
    type Carry = B0;
}
impl DoubleDigit<B0> for _1 {
    type Digit = _2;
    type Carry = B0;
}
impl DoubleDigit<B1> for _1 {
    type Digit = _3;
    type Carry = B0;
}
impl DoubleDigit<B0> for _2 {
    type Digit = _4;
    type Carry = B0;
}
impl DoubleDigit<B1> for _2 {
    type Digit = _5;
    type Carry = B0;
}
impl DoubleDigit<B0> for _3 {
    type Digit = _6;
    type Carry = B0;
}
impl DoubleDigit<B1> for _3 {
    type Digit = _7;
    type Carry = B0;
}
impl DoubleDigit<B0> for _4 {
    type Digit = _8;
    type Carry = B0;
}
impl DoubleDigit<B1> for _4 {
    type Digit = _9;
    type Carry = B0;
}
impl DoubleDigit<B0> for _5 {
    type Digit = _0;
    type Carry = B1;
}
impl DoubleDigit<B1> for _5 {
    type Digit = _1;
    type Carry = B1;
}
impl DoubleDigit<B0> for _6 {
    type Digit = _2;
    type Carry = B1;
}
impl DoubleDigit<B1> for _6 {
    type Digit = _3;
    type Carry = B1;
}
impl DoubleDigit<B0> for _7 {
    type Digit = _4;
    type Carry = B1;
}
impl DoubleDigit<B1> for _7 {
    type Digit = _5;
    type Carry = B1;
}
impl DoubleDigit<B0> for _8 {
    type Digit = _6;
    type Carry = B1;
}
impl DoubleDigit<B1> for _8 {
    type Digit = _7;
    type Carry = B1;
}
impl DoubleDigit<B0> for _9 {
    type Digit = _8;
    type Carry = B1;
}
impl DoubleDigit<B1> for _9 {
    type Digit = _9;
    type Carry = B1;
}

/// `2 * Self + C` on a digit list.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, DCons, DNil, DoubleAdd};
/// use ndview::typenum::B1;
/// // 2 * 6 + 1 = 13
/// type Six = DCons<_6, DNil>;
/// let _: PhantomData<<Six as DoubleAdd<B1>>::Out> = PhantomData::<DCons<_3, DCons<_1, DNil>>>;
/// ```
pub trait DoubleAdd<C> {
    /// The new list.
    type Out;
}
impl DoubleAdd<B0> for DNil {
    type Out = DNil;
}
impl DoubleAdd<B1> for DNil {
    type Out = DCons<_1, DNil>;
}
impl<D: DoubleDigit<C>, R: DoubleAdd<<D as DoubleDigit<C>>::Carry>, C> DoubleAdd<C>
    for DCons<D, R>
{
    type Out =
        DCons<<D as DoubleDigit<C>>::Digit, <R as DoubleAdd<<D as DoubleDigit<C>>::Carry>>::Out>;
}

/// The digit list of a typenum number, least significant digit first.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, DCons, DNil, DigitList};
/// use ndview::typenum::U40;
/// let _: PhantomData<<U40 as DigitList>::Out> = PhantomData::<DCons<_0, DCons<_4, DNil>>>;
/// ```
pub trait DigitList {
    /// Little-endian digits.
    type Out;
}
impl DigitList for UTerm {
    type Out = DNil;
}
// Four bits per level, so a 48-bit count is 12 levels deep, not 48, for the
// next trait solver's recursion limit (the top level takes the 1 to 4 bits
// left, padded with zero bits).
impl<A0> DigitList for UInt<UTerm, A0>
where
    DNil: DoubleAdd4<B0, B0, B0, A0>,
{
    type Out = <DNil as DoubleAdd4<B0, B0, B0, A0>>::Out;
}
impl<A1, A0> DigitList for UInt<UInt<UTerm, A1>, A0>
where
    DNil: DoubleAdd4<B0, B0, A1, A0>,
{
    type Out = <DNil as DoubleAdd4<B0, B0, A1, A0>>::Out;
}
impl<A2, A1, A0> DigitList for UInt<UInt<UInt<UTerm, A2>, A1>, A0>
where
    DNil: DoubleAdd4<B0, A2, A1, A0>,
{
    type Out = <DNil as DoubleAdd4<B0, A2, A1, A0>>::Out;
}
impl<U, A3, A2, A1, A0> DigitList for UInt<UInt<UInt<UInt<U, A3>, A2>, A1>, A0>
where
    U: DigitList,
    U::Out: DoubleAdd4<A3, A2, A1, A0>,
{
    type Out = <U::Out as DoubleAdd4<A3, A2, A1, A0>>::Out;
}

/// `16 * Self + 0bC3C2C1C0` on a digit list: [`DoubleAdd`] four times (with
/// `C3` first), in one pass over the digits, each digit doubled four times
/// with one carry per doubling from the digit below.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, DCons, DNil, DoubleAdd4};
/// use ndview::typenum::{B0, B1};
/// // 16 * 7 + 0b1011 = 123
/// type Seven = DCons<_7, DNil>;
/// type Out = <Seven as DoubleAdd4<B1, B0, B1, B1>>::Out;
/// let _: PhantomData<Out> = PhantomData::<DCons<_3, DCons<_2, DCons<_1, DNil>>>>;
/// ```
pub trait DoubleAdd4<C3, C2, C1, C0> {
    /// The new list.
    type Out;
}
impl<C3, C2, C1, C0> DoubleAdd4<C3, C2, C1, C0> for DNil
where
    DNil: DoubleAdd<C3>,
    <DNil as DoubleAdd<C3>>::Out: DoubleAdd<C2>,
    <<DNil as DoubleAdd<C3>>::Out as DoubleAdd<C2>>::Out: DoubleAdd<C1>,
    <<<DNil as DoubleAdd<C3>>::Out as DoubleAdd<C2>>::Out as DoubleAdd<C1>>::Out: DoubleAdd<C0>,
{
    type Out = <<<<DNil as DoubleAdd<C3>>::Out as DoubleAdd<C2>>::Out as DoubleAdd<C1>>::Out as DoubleAdd<C0>>::Out;
}
// The digit and the carry of each of the four doublings of one digit.
type Digit<D, C> = <D as DoubleDigit<C>>::Digit;
type Carry<D, C> = <D as DoubleDigit<C>>::Carry;
impl<D, R, C3, C2, C1, C0> DoubleAdd4<C3, C2, C1, C0> for DCons<D, R>
where
    D: DoubleDigit<C3>,
    Digit<D, C3>: DoubleDigit<C2>,
    Digit<Digit<D, C3>, C2>: DoubleDigit<C1>,
    Digit<Digit<Digit<D, C3>, C2>, C1>: DoubleDigit<C0>,
    R: DoubleAdd4<
        Carry<D, C3>,
        Carry<Digit<D, C3>, C2>,
        Carry<Digit<Digit<D, C3>, C2>, C1>,
        Carry<Digit<Digit<Digit<D, C3>, C2>, C1>, C0>,
    >,
{
    type Out = DCons<
        Digit<Digit<Digit<Digit<D, C3>, C2>, C1>, C0>,
        <R as DoubleAdd4<
            Carry<D, C3>,
            Carry<Digit<D, C3>, C2>,
            Carry<Digit<Digit<D, C3>, C2>, C1>,
            Carry<Digit<Digit<Digit<D, C3>, C2>, C1>, C0>,
        >>::Out,
    >;
}

/// A number as rustc should print it: `<U1024 as ToDecimal>::Out` is
/// `(_1, _0, _2, _4)`, single digits are bare (`_7`), `Dyn` stays `Dyn`.
///
/// ```
/// use ndview::__private::{ToDecimal, digits::*};
/// use ndview::typenum::{U7, U1024};
/// fn same<A, B>() -> bool where A: Same<B> { true }
/// trait Same<B> {}
/// impl<A> Same<A> for A {}
/// assert!(same::<<U1024 as ToDecimal>::Out, (_1, _0, _2, _4)>());
/// assert!(same::<<U7 as ToDecimal>::Out, _7>());
/// ```
pub trait ToDecimal {
    /// The printable form.
    type Out;
}
impl ToDecimal for Dyn {
    type Out = Dyn;
}
impl ToDecimal for UTerm {
    type Out = _0;
}
impl<U, B> ToDecimal for UInt<U, B>
where
    UInt<U, B>: DigitList,
    <UInt<U, B> as DigitList>::Out: Printable,
{
    type Out = <<UInt<U, B> as DigitList>::Out as Printable>::Out;
}

/// A little-endian digit list to a big-endian tuple (up to 20 digits).
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, DCons, DNil, Printable};
/// let _: PhantomData<<DCons<_0, DCons<_4, DNil>> as Printable>::Out> = PhantomData::<(_4, _0)>;
/// ```
pub trait Printable {
    /// The tuple.
    type Out;
}

/// `DCons<D0, DCons<D1, .. DNil>>`, the digit list of the idents given.
macro_rules! digit_list {
    () => { DNil };
    ($head:ident $($tail:ident)*) => { DCons<$head, digit_list!($($tail)*)> };
}

/// One [`Printable`] impl per list length up to the idents given: the list
/// `D0 D1 .. Dn` (least significant first) prints as `(Dn, .., D1, D0)`, and
/// a single digit as itself.
macro_rules! printable {
    (@out $one:ident) => { $one };
    (@out $($digit:ident)+) => { ($($digit),+) };
    ([$($done:ident)*] [$($reversed:ident)*]) => {};
    ([$($done:ident)*] [$($reversed:ident)*] $next:ident $($rest:ident)*) => {
        impl<$($done,)* $next> Printable for digit_list!($($done)* $next) {
            type Out = printable!(@out $next $($reversed)*);
        }
        printable!([$($done)* $next] [$next $($reversed)*] $($rest)*);
    };
}

// 0 prints as `_0`, a count that depends on `Dyn` as `Dyn`.
impl Printable for DNil {
    type Out = _0;
}
impl Printable for Dyn {
    type Out = Dyn;
}
// A u64 has at most 20 decimal digits.
printable!([] [] D0 D1 D2 D3 D4 D5 D6 D7 D8 D9 D10 D11 D12 D13 D14 D15 D16 D17 D18 D19);

/// A shape with each dim in decimal digits, for messages:
/// `<shape![1080, 3] as DecimalShape>::Out` is `((_1, _0, _8, _0), _3)`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DecimalShape};
/// use ndview::prelude::*;
/// let _: P<<shape![1080, 3] as DecimalShape>::Out> = P::<((_1, _0, _8, _0), _3)>;
/// let _: P<<shape![Dyn, 12] as DecimalShape>::Out> = P::<(Dyn, (_1, _2))>;
/// ```
pub trait DecimalShape {
    /// The printable shape.
    type Out;
}
impl DecimalShape for () {
    type Out = ();
}
macro_rules! decimal_shape {
    ($n:literal $digits:tt; $($d:ident)+) => {
        impl<$($d: ToDecimal),+> DecimalShape for ($($d,)+) {
            type Out = ($($d::Out,)+);
        }
    };
}
crate::shape::for_each_rank!(decimal_shape);

/// The rank of a shape as a digit type, for messages: `<shape![3, 4] as
/// RankDigits>::Out` is `_2`. One impl per rank, nothing to compute.
pub trait RankDigits {
    /// The rank's digit.
    type Out;
}
impl RankDigits for () {
    type Out = _0;
}
macro_rules! rank_digits {
    ($n:literal $digits:tt; $($d:ident)+) => {
        impl<$($d),+> RankDigits for ($($d,)+) {
            type Out = $digits;
        }
    };
}
crate::shape::for_each_rank!(rank_digits);
