//! Type-level numbers as decimal digits: for compile-error messages, and
//! for element counts (`crate::count`).
//!
//! typenum prints 12 as `UInt<UInt<UInt<UInt<UTerm, B1>, B1>, B0>, B0>`; the
//! checks of `nd!` print `<N as ToDecimal>::Out` instead, which rustc shows as
//! `(_1, _2)`: one type per decimal digit. The conversion takes four bits per
//! step (`16 * digits + nibble`), one table lookup per decimal digit.

use crate::dim::Dyn;
use typenum::{UInt, UTerm, B0};

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

/// The hexadecimal digits 0 to 15 (`X10` is 10): the carries of
/// [`Times16`] and the digits `crate::count` turns a quotient into a dim
/// through.
pub mod hex {
    macro_rules! hex_digits {
        ($($x:ident)*) => {$(
            #[doc = concat!("The hexadecimal digit ", stringify!($x), ".")]
            #[derive(Debug, Clone, Copy, Default)]
            pub struct $x;
        )*};
    }
    hex_digits!(X0 X1 X2 X3 X4 X5 X6 X7 X8 X9 X10 X11 X12 X13 X14 X15);
}

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

/// `16 * Self + 0bC3C2C1C0` on a digit list: the four bits as a hex digit
/// ([`Nibble`]), then one [`Times16`] lookup per digit, with a carry
/// (a hex digit) from the digit below ([`Times16Add`]).
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
impl<L, C3, C2, C1, C0> DoubleAdd4<C3, C2, C1, C0> for L
where
    C0: Nibble<C3, C2, C1>,
    L: Times16Add<<C0 as Nibble<C3, C2, C1>>::Out>,
{
    type Out = <L as Times16Add<<C0 as Nibble<C3, C2, C1>>::Out>>::Out;
}

/// The bits `C3 C2 C1 Self` as a hex digit.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{hex::*, Nibble};
/// use ndview::typenum::{B0, B1};
/// let _: PhantomData<<B1 as Nibble<B1, B0, B1>>::Out> = PhantomData::<X11>;
/// ```
pub trait Nibble<C3, C2, C1> {
    /// The hex digit.
    type Out;
}

/// A hex digit's four bits, most significant first (the inverse of
/// [`Nibble`]).
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{hex::*, HexBits};
/// use ndview::typenum::{B0, B1};
/// let _: PhantomData<<X11 as HexBits>::B3> = PhantomData::<B1>;
/// let _: PhantomData<<X11 as HexBits>::B2> = PhantomData::<B0>;
/// ```
pub trait HexBits {
    /// Bit 3.
    type B3;
    /// Bit 2.
    type B2;
    /// Bit 1.
    type B1;
    /// Bit 0.
    type B0;
}

/// `16 * Self + H` for a decimal digit and a hex digit `H`: the low digit
/// and the carry (a hex digit).
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, hex::*, Times16};
/// // 16 * 7 + 11 = 123
/// let _: PhantomData<<_7 as Times16<X11>>::Lo> = PhantomData::<_3>;
/// let _: PhantomData<<_7 as Times16<X11>>::Hi> = PhantomData::<X12>;
/// ```
pub trait Times16<H> {
    /// The low digit.
    type Lo;
    /// The carry.
    type Hi;
}

/// A hex digit as a decimal digit list.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, hex::*, DCons, DNil, HexDigits};
/// let _: PhantomData<<X12 as HexDigits>::Out> = PhantomData::<DCons<_2, DCons<_1, DNil>>>;
/// let _: PhantomData<<X0 as HexDigits>::Out> = PhantomData::<DNil>;
/// ```
pub trait HexDigits {
    /// The digits.
    type Out;
}

/// `16 * Self + H` on a digit list, `H` a hex digit: one table lookup
/// ([`Times16`]) per digit.
///
/// ```
/// use core::marker::PhantomData;
/// use ndview::__private::{digits::*, hex::*, DCons, DNil, Times16Add};
/// // 16 * 99 + 15 = 1599
/// type N99 = DCons<_9, DCons<_9, DNil>>;
/// type N1599 = DCons<_9, DCons<_9, DCons<_5, DCons<_1, DNil>>>>;
/// let _: PhantomData<<N99 as Times16Add<X15>>::Out> = PhantomData::<N1599>;
/// ```
pub trait Times16Add<H> {
    /// The new list.
    type Out;
}
impl<H: HexDigits> Times16Add<H> for DNil {
    type Out = H::Out;
}
impl<D, R, H> Times16Add<H> for DCons<D, R>
where
    D: Times16<H>,
    R: Times16Add<<D as Times16<H>>::Hi>,
{
    type Out = DCons<<D as Times16<H>>::Lo, <R as Times16Add<<D as Times16<H>>::Hi>>::Out>;
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
