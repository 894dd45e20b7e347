//! Type-level lists (`Cons`/`Nil`) and the axis positions the records use.

use super::{Back, Front, S, Z};
use crate::shape::{Cons, Nil};

/// Peano length of a list.
pub trait Len {
    /// `Z`, `S<Z>`, ...
    type Count;
}
impl Len for Nil {
    type Count = Z;
}
impl<H, T: Len> Len for Cons<H, T> {
    type Count = S<T::Count>;
}

/// A list reversed onto `Acc`.
pub trait RevOnto<Acc> {
    /// The reversed list.
    type Out;
}
impl<Acc> RevOnto<Acc> for Nil {
    type Out = Acc;
}
impl<H, T: RevOnto<Cons<H, Acc>>, Acc> RevOnto<Acc> for Cons<H, T> {
    type Out = T::Out;
}
pub(crate) type Rev<L> = <L as RevOnto<Nil>>::Out;

/// A list followed by `R`.
pub trait Append<R> {
    /// The joined list.
    type Out;
}
impl<R> Append<R> for Nil {
    type Out = R;
}
impl<H, T: Append<R>, R> Append<R> for Cons<H, T> {
    type Out = Cons<H, T::Out>;
}

/// Element `K` of a list.
pub trait At<K> {
    /// The element.
    type Out;
}
impl<H, T> At<Z> for Cons<H, T> {
    type Out = H;
}
impl<H, T: At<K>, K> At<S<K>> for Cons<H, T> {
    type Out = T::Out;
}

/// The list without element `K`.
pub trait RemoveAt<K> {
    /// The shorter list.
    type Out;
}
impl<H, T> RemoveAt<Z> for Cons<H, T> {
    type Out = T;
}
impl<H, T: RemoveAt<K>, K> RemoveAt<S<K>> for Cons<H, T> {
    type Out = Cons<H, T::Out>;
}

/// The list with `X` inserted before position `K`.
pub trait InsertAt<K, X> {
    /// The longer list.
    type Out;
}
impl<L, X> InsertAt<Z, X> for L {
    type Out = Cons<X, L>;
}
impl<H, T: InsertAt<K, X>, K, X> InsertAt<S<K>, X> for Cons<H, T> {
    type Out = Cons<H, T::Out>;
}

/// The list with element `K` replaced by `X`.
pub trait SetAt<K, X> {
    /// The new list.
    type Out;
}
impl<H, T, X> SetAt<Z, X> for Cons<H, T> {
    type Out = Cons<X, T>;
}
impl<H, T: SetAt<K, X>, K, X> SetAt<S<K>, X> for Cons<H, T> {
    type Out = Cons<H, T::Out>;
}

/// `Self - K` on Peano numbers (`K <= Self`).
pub trait PeanoSub<K> {
    /// The difference.
    type Out;
}
impl<N> PeanoSub<Z> for N {
    type Out = N;
}
impl<N: PeanoSub<K>, K> PeanoSub<S<K>> for S<N> {
    type Out = N::Out;
}

/// An axis ([`Front`]/[`Back`]) as a position in a list of length `N`.
pub trait AxisPos<N> {
    /// The position.
    type Out;
}
impl<K, N> AxisPos<N> for Front<K> {
    type Out = K;
}
impl<K, N: PeanoSub<K>> AxisPos<N> for Back<K> {
    type Out = N::Out;
}
pub(crate) type Pos0<A, L> = <A as AxisPos<<L as Len>::Count>>::Out;

/// Names for the first axis positions, as `nd!` writes them: `P2 = S<S<Z>>`.
pub type P0 = Z;
macro_rules! positions {
    ($($name:ident = $prev:ident),*) => {
        $(
            #[doc = concat!("The axis position after [`", stringify!($prev), "`].")]
            pub type $name = S<$prev>;
        )*
    };
}
positions!(
    P1 = P0,
    P2 = P1,
    P3 = P2,
    P4 = P3,
    P5 = P4,
    P6 = P5,
    P7 = P6,
    P8 = P7,
    P9 = P8,
    P10 = P9,
    P11 = P10,
    P12 = P11,
    P13 = P12,
    P14 = P13,
    P15 = P14,
    P16 = P15
);

/// A tuple of types as a list: `(A, B)` is `Cons<A, Cons<B, Nil>>` (how
/// `nd!` writes a permutation: shorter than the list).
pub trait TupleList {
    /// The list.
    type List;
}
macro_rules! tuple_list {
    ($($a:ident)*) => { tuple_list!(@ [$($a)*] []); };
    (@ [$h:ident $($t:ident)*] [$($done:ident)*]) => {
        tuple_list!(@ [$($t)*] [$($done)* $h]);
        tuple_list!(@@ [$($done)* $h]);
    };
    (@ [] [$($done:ident)*]) => {};
    (@@ [$($a:ident)*]) => {
        impl<$($a),*> TupleList for ($($a,)*) {
            type List = tuple_list!(@list $($a)*);
        }
    };
    (@list) => { Nil };
    (@list $h:ident $($t:ident)*) => { Cons<$h, tuple_list!(@list $($t)*)> };
}
tuple_list!(A B C D E F G H I J K L M N O Q);
