//! Division of a decimal count by a literal (`reshape(.., -1)`), and a
//! digit list back to a typenum dim: see the parent module.

use super::{PushDigit, ScaleDigits};
use crate::arith::PushNibble;
use crate::decimal::digits::*;
use crate::decimal::{DCons, DNil, HexBits};
use crate::dim::{Dim, Dyn};
use typenum::{Bit, UTerm, B0, B1};

/// `Self - B - C` for decimal digits and a borrow bit: the low digit and
/// the borrow out.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, SubDigit};
/// use ndview::typenum::{B0, B1};
/// // 3 - 7 - 1 = -5 = 5 - 10
/// let _: P<<_3 as SubDigit<_7, B1>>::Lo> = P::<_5>;
/// let _: P<<_3 as SubDigit<_7, B1>>::Borrow> = P::<B1>;
/// let _: P<<_7 as SubDigit<_3, B0>>::Borrow> = P::<B0>;
/// ```
pub trait SubDigit<B, C> {
    /// The low digit.
    type Lo;
    /// `B1` when the difference went below zero.
    type Borrow: Bit;
}

/// `Self - B` on digit lists, with a borrow in: the digits of the
/// difference (high zero digits not trimmed, see [`Trim`]) and the borrow
/// out (`B1` when `Self < B`).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, SubDigits};
/// use ndview::typenum::{B0, B1};
/// // 102 - 7 = 095
/// type N102 = DCons<_2, DCons<_0, DCons<_1, DNil>>>;
/// type N7 = DCons<_7, DNil>;
/// let _: P<<N102 as SubDigits<N7, B0>>::Out> = P::<DCons<_5, DCons<_9, DCons<_0, DNil>>>>;
/// let _: P<<N102 as SubDigits<N7, B0>>::Borrow> = P::<B0>;
/// let _: P<<N7 as SubDigits<N102, B0>>::Borrow> = P::<B1>;
/// ```
pub trait SubDigits<B, C> {
    /// The difference's digits.
    type Out;
    /// `B1` when `Self < B`.
    type Borrow: Bit;
}
impl SubDigits<DNil, B0> for DNil {
    type Out = DNil;
    type Borrow = B0;
}
impl SubDigits<DNil, B1> for DNil {
    type Out = DNil;
    type Borrow = B1;
}
impl<B, S, C> SubDigits<DCons<B, S>, C> for DNil
where
    _0: SubDigit<B, C>,
    DNil: SubDigits<S, <_0 as SubDigit<B, C>>::Borrow>,
{
    type Out = DCons<
        <_0 as SubDigit<B, C>>::Lo,
        <DNil as SubDigits<S, <_0 as SubDigit<B, C>>::Borrow>>::Out,
    >;
    type Borrow = <DNil as SubDigits<S, <_0 as SubDigit<B, C>>::Borrow>>::Borrow;
}
impl<A, R, C> SubDigits<DNil, C> for DCons<A, R>
where
    A: SubDigit<_0, C>,
    R: SubDigits<DNil, <A as SubDigit<_0, C>>::Borrow>,
{
    type Out = DCons<
        <A as SubDigit<_0, C>>::Lo,
        <R as SubDigits<DNil, <A as SubDigit<_0, C>>::Borrow>>::Out,
    >;
    type Borrow = <R as SubDigits<DNil, <A as SubDigit<_0, C>>::Borrow>>::Borrow;
}
impl<A, R, B, S, C> SubDigits<DCons<B, S>, C> for DCons<A, R>
where
    A: SubDigit<B, C>,
    R: SubDigits<S, <A as SubDigit<B, C>>::Borrow>,
{
    type Out =
        DCons<<A as SubDigit<B, C>>::Lo, <R as SubDigits<S, <A as SubDigit<B, C>>::Borrow>>::Out>;
    type Borrow = <R as SubDigits<S, <A as SubDigit<B, C>>::Borrow>>::Borrow;
}

/// A digit list without its high zero digits.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, Trim};
/// let _: P<<DCons<_5, DCons<_0, DNil>> as Trim>::Out> = P::<DCons<_5, DNil>>;
/// let _: P<<DCons<_0, DCons<_0, DNil>> as Trim>::Out> = P::<DNil>;
/// ```
pub trait Trim {
    /// The canonical list.
    type Out;
}
impl Trim for DNil {
    type Out = DNil;
}
impl<D, R: Trim> Trim for DCons<D, R>
where
    R::Out: PushDigit<D>,
{
    type Out = <R::Out as PushDigit<D>>::Out;
}

// One quotient digit of `R / K` (`R < 10 K`) by a binary search over the
// multiples `j * K` (at most four comparisons, each a subtraction). Each
// search node is a trait implemented for the borrow bit of `R - j * K`: `B1`
// (below) and `B0`. The nodes take only `R` and `K`, small types, so that
// rustc does not walk a large tree type at every step.
type Times<K, J> = <K as ScaleDigits<J, _0>>::Out;
type Below<R, K, J> = <R as SubDigits<Times<K, J>, B0>>::Borrow;
type Minus<R, K, J> = <<R as SubDigits<Times<K, J>, B0>>::Out as Trim>::Out;

/// One arm of a search node: the quotient digit 0 (`zero`), the digit `q`
/// with the remainder `R - j * K` (`leaf q j`), or the next node after
/// comparing `R` with `j * K` (`node Next j`).
macro_rules! search_arm {
    ($node:ident for $bit:ident: zero) => {
        impl<R, K> $node<R, K> for $bit {
            type Q = _0;
            type Rem = R;
        }
    };
    ($node:ident for $bit:ident: leaf $q:ident $j:ident) => {
        impl<R, K> $node<R, K> for $bit
        where
            K: ScaleDigits<$j, _0>,
            R: SubDigits<Times<K, $j>, B0>,
            <R as SubDigits<Times<K, $j>, B0>>::Out: Trim,
        {
            type Q = $q;
            type Rem = Minus<R, K, $j>;
        }
    };
    ($node:ident for $bit:ident: node $next:ident $j:ident) => {
        impl<R, K> $node<R, K> for $bit
        where
            K: ScaleDigits<$j, _0>,
            R: SubDigits<Times<K, $j>, B0>,
            Below<R, K, $j>: $next<R, K>,
        {
            type Q = <Below<R, K, $j> as $next<R, K>>::Q;
            type Rem = <Below<R, K, $j> as $next<R, K>>::Rem;
        }
    };
}

/// A search node (`Self` is the borrow of `R - j * K`) and its two arms.
macro_rules! search_node {
    ($node:ident ($j:literal): below => $($lt:ident)+; above => $($ge:ident)+) => {
        #[doc = concat!("A node of [`QuotDigit`]'s search: `Self` is the borrow of `R - ", $j, " * K`.")]
        pub trait $node<R, K> {
            /// The quotient digit.
            type Q;
            /// The remainder.
            type Rem;
        }
        search_arm!($node for B1: $($lt)+);
        search_arm!($node for B0: $($ge)+);
    };
}

search_node!(Q5 (5): below => node Q2 _2; above => node Q7 _7);
search_node!(Q2 (2): below => node Q1 _1; above => node Q3 _3);
search_node!(Q1 (1): below => zero; above => leaf _1 _1);
search_node!(Q3 (3): below => leaf _2 _2; above => node Q4 _4);
search_node!(Q4 (4): below => leaf _3 _3; above => leaf _4 _4);
search_node!(Q7 (7): below => node Q6 _6; above => node Q8 _8);
search_node!(Q6 (6): below => leaf _5 _5; above => leaf _6 _6);
search_node!(Q8 (8): below => leaf _7 _7; above => node Q9 _9);
search_node!(Q9 (9): below => leaf _8 _8; above => leaf _9 _9);

/// One quotient digit of `Self / K` for `Self < 10 K`, and the remainder.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, QuotDigit};
/// // 95 / 12 = 7 remainder 11
/// type N95 = DCons<_5, DCons<_9, DNil>>;
/// type N12 = DCons<_2, DCons<_1, DNil>>;
/// let _: P<<N95 as QuotDigit<N12>>::Q> = P::<_7>;
/// let _: P<<N95 as QuotDigit<N12>>::Rem> = P::<DCons<_1, DCons<_1, DNil>>>;
/// ```
pub trait QuotDigit<K> {
    /// The quotient digit.
    type Q;
    /// The remainder.
    type Rem;
}
impl<R, K> QuotDigit<K> for R
where
    K: ScaleDigits<_5, _0>,
    R: SubDigits<Times<K, _5>, B0>,
    Below<R, K, _5>: Q5<R, K>,
{
    type Q = <Below<R, K, _5> as Q5<R, K>>::Q;
    type Rem = <Below<R, K, _5> as Q5<R, K>>::Rem;
}

/// Long division of a count by the divisor `K` (a nonzero digit list the
/// macro writes): the quotient and the remainder as digit lists, one
/// quotient digit per digit of the count, from the top. A `Dyn` count
/// divides to `Dyn` with no remainder (the run-time check decides).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, DecDiv};
/// // 6220800 / 17 = 365929 remainder 7
/// type N = DCons<_0, DCons<_0, DCons<_8, DCons<_0, DCons<_2, DCons<_2, DCons<_6, DNil>>>>>>>;
/// type K = DCons<_7, DCons<_1, DNil>>;
/// type Q = DCons<_9, DCons<_2, DCons<_9, DCons<_5, DCons<_6, DCons<_3, DNil>>>>>>;
/// let _: P<<N as DecDiv<K>>::Quot> = P::<Q>;
/// let _: P<<N as DecDiv<K>>::Rem> = P::<DCons<_7, DNil>>;
/// ```
pub trait DecDiv<K> {
    /// The quotient.
    type Quot;
    /// The remainder.
    type Rem;
}
impl<K> DecDiv<K> for Dyn {
    type Quot = Dyn;
    type Rem = DNil;
}
impl<K> DecDiv<K> for DNil {
    type Quot = DNil;
    type Rem = DNil;
}
// The digits above this one first (the list is least significant first),
// then this digit brought down next to their remainder.
type Brought<D, R, K> = <<R as DecDiv<K>>::Rem as PushDigit<D>>::Out;
impl<D, R, K> DecDiv<K> for DCons<D, R>
where
    R: DecDiv<K>,
    <R as DecDiv<K>>::Rem: PushDigit<D>,
    Brought<D, R, K>: QuotDigit<K>,
    <R as DecDiv<K>>::Quot: PushDigit<<Brought<D, R, K> as QuotDigit<K>>::Q>,
{
    type Quot = <<R as DecDiv<K>>::Quot as PushDigit<<Brought<D, R, K> as QuotDigit<K>>::Q>>::Out;
    type Rem = <Brought<D, R, K> as QuotDigit<K>>::Rem;
}

use crate::decimal::hex::*;

/// `10 * Self + C` for a hex digit and a carry `C` of at most 10: the low
/// hex digit and the carry.
pub trait HexTimes10<C> {
    /// The low digit.
    type Lo;
    /// The carry (at most 10).
    type Hi;
}
/// A decimal digit as a hex digit.
pub trait DigitHex {
    /// The hex digit.
    type Out;
}
/// `10 * Self + C` on a little-endian hex digit list.
pub trait HexTimes10Add<C> {
    /// The new list.
    type Out;
}
impl HexTimes10Add<X0> for DNil {
    type Out = DNil;
}
macro_rules! hex_carry_out {
    ($($x:ident)*) => {$(
        impl HexTimes10Add<$x> for DNil {
            type Out = DCons<$x, DNil>;
        }
    )*};
}
hex_carry_out!(X1 X2 X3 X4 X5 X6 X7 X8 X9 X10);
impl<H, R, C> HexTimes10Add<C> for DCons<H, R>
where
    H: HexTimes10<C>,
    R: HexTimes10Add<<H as HexTimes10<C>>::Hi>,
{
    type Out = DCons<<H as HexTimes10<C>>::Lo, <R as HexTimes10Add<<H as HexTimes10<C>>::Hi>>::Out>;
}

/// A decimal digit list as a hex digit list (both least significant first):
/// `10 * x + d` from the top decimal digit down.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, hex::*, DCons, DNil, DecToHex};
/// // 1000 = 0x3e8
/// type N1000 = DCons<_0, DCons<_0, DCons<_0, DCons<_1, DNil>>>>;
/// let _: P<<N1000 as DecToHex>::Out> = P::<DCons<X8, DCons<X14, DCons<X3, DNil>>>>;
/// ```
pub trait DecToHex {
    /// The hex digits.
    type Out;
}
impl DecToHex for DNil {
    type Out = DNil;
}
impl<D: DigitHex, R: DecToHex> DecToHex for DCons<D, R>
where
    R::Out: HexTimes10Add<D::Out>,
{
    type Out = <R::Out as HexTimes10Add<D::Out>>::Out;
}

/// A hex digit list as a typenum number: four bits per digit
/// (`PushNibble`, which keeps the number canonical).
pub trait HexToBin {
    /// The number.
    type Out: Dim;
}
impl HexToBin for DNil {
    type Out = UTerm;
}
impl<H: HexBits, R: HexToBin> HexToBin for DCons<H, R>
where
    R::Out: PushNibble<H::B3, H::B2, H::B1, H::B0>,
    <R::Out as PushNibble<H::B3, H::B2, H::B1, H::B0>>::Out: Dim,
{
    type Out = <R::Out as PushNibble<H::B3, H::B2, H::B1, H::B0>>::Out;
}

/// A digit list as a typenum number (a dim), `Dyn` stays `Dyn`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{digits::*, DCons, DNil, FromDigits};
/// use ndview::typenum::{U0, U1000, U907};
/// type N1000 = DCons<_0, DCons<_0, DCons<_0, DCons<_1, DNil>>>>;
/// type N907 = DCons<_7, DCons<_0, DCons<_9, DNil>>>;
/// let _: P<<N1000 as FromDigits>::Out> = P::<U1000>;
/// let _: P<<N907 as FromDigits>::Out> = P::<U907>;
/// let _: P<<DNil as FromDigits>::Out> = P::<U0>;
/// ```
pub trait FromDigits {
    /// The number.
    type Out: Dim;
}
impl FromDigits for Dyn {
    type Out = Dyn;
}
impl FromDigits for DNil {
    type Out = UTerm;
}
// Through hex digits: decimal to hex is one table lookup per digit pair,
// hex to binary four bits per digit, with no binary addition.
impl<D, R> FromDigits for DCons<D, R>
where
    DCons<D, R>: DecToHex,
    <DCons<D, R> as DecToHex>::Out: HexToBin,
{
    type Out = <<DCons<D, R> as DecToHex>::Out as HexToBin>::Out;
}
