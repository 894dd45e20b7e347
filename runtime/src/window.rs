//! Type-level splitting and joining of shape tuples, so an `nd!` operation
//! that touches only the first `P` and the last `Q` axes is written once for
//! every rank: `Window<U1, U0>` splits `shape![2, 3, 4]` into head `(U2,)`,
//! middle `(U3, U4)` and tail `()`, and [`Concat`] puts the pieces back.
//!
//! (Generated impls for every rank up to [`MAX_RANK`](crate::MAX_RANK).)

#![allow(missing_docs)]

use crate::dim::Dim;
use crate::shape::Shape;
use typenum::consts::*;

/// Split a shape into its first `P` axes, the middle, and its last `Q` axes.
/// (`nd!` reads it through a per-operation trait such as [`FlipAxes`],
/// whose message names the operation; this one is for direct users.)
#[diagnostic::on_unimplemented(
    message = "the shape has fewer axes than the window's first {P} and last {Q}",
    label = "too few axes"
)]
///
/// ```
/// use ndview::window::Window;
/// use ndview::typenum::{U1, U2, U3, U4};
/// fn same<A: Eq<B>, B>() {}
/// trait Eq<B> {}
/// impl<A> Eq<A> for A {}
/// same::<<(U2, U3, U4) as Window<U1, U1>>::Mid, (U3,)>();
/// ```
pub trait Window<P, Q>: Shape {
    /// The first `P` axes.
    type Head: Shape;
    /// The axes between.
    type Mid: Shape;
    /// The last `Q` axes.
    type Tail: Shape;
}

/// The [`Window`] of one `nd!` operation, under a name whose error message
/// names the operation: `nd!` writes `<S as FlipAxes<P, Q, N, 2>>::Head`, so
/// a view with too few axes reads `nd!: flip(2) needs a view with at least
/// 3 axes`. Each forwards to `Window<P, Q>`; `N` is `P + Q`, for the message.
macro_rules! window_op {
    ($(#[$doc:meta])* $name:ident [$($c:ident: $t:ty),*] $msg:literal) => {
        window_op!($(#[$doc])* $name [$($c: $t),*] $msg, "axis out of range for this view");
    };
    ($(#[$doc:meta])* $name:ident [$($c:ident: $t:ty),*] $msg:literal, $label:literal) => {
        $(#[$doc])*
        #[diagnostic::on_unimplemented(message = $msg, label = $label)]
        pub trait $name<P, Q, const N: usize, $(const $c: $t),*> {
            /// The first `P` axes.
            type Head: Shape;
            /// The axes between.
            type Mid: Shape;
            /// The last `Q` axes.
            type Tail: Shape;
        }
        #[diagnostic::do_not_recommend]
        impl<S: Window<P, Q>, P, Q, const N: usize, $(const $c: $t),*> $name<P, Q, N, $($c),*> for S {
            type Head = <S as Window<P, Q>>::Head;
            type Mid = <S as Window<P, Q>>::Mid;
            type Tail = <S as Window<P, Q>>::Tail;
        }
    };
}

window_op!(
    /// The window of a basic index using `N` axes.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::window::IndexAxes;
    /// let _: P<<shape![2, 3] as IndexAxes<U1, U0, 1>>::Mid> = P::<shape![3]>;
    /// ```
    IndexAxes [] "nd!: this index uses {N} axes, but the view has fewer",
    "too many indices for this view"
);
window_op!(
    /// The window of `flip(A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::window::FlipAxes;
    /// let _: P<<shape![2, 3] as FlipAxes<U0, U1, 1, { -1 }>>::Tail> = P::<shape![3]>;
    /// ```
    FlipAxes [A: i64] "nd!: flip({A}) needs a view with at least {N} axes"
);
window_op!(
    /// The window of `squeeze(A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::window::SqueezeAxes;
    /// let _: P<<shape![1, 3] as SqueezeAxes<U1, U0, 1, 0>>::Head> = P::<shape![1]>;
    /// ```
    SqueezeAxes [A: i64] "nd!: squeeze({A}) needs a view with at least {N} axes"
);
window_op!(
    /// The window of `expand_dims(A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U2};
    /// use ndview::window::ExpandDimsAxes;
    /// let _: P<<shape![2, 3] as ExpandDimsAxes<U2, U0, 2, 2>>::Mid> = P::<shape![]>;
    /// ```
    ExpandDimsAxes [A: i64] "nd!: expand_dims({A}) needs a view with at least {N} axes"
);
window_op!(
    /// The window of `swapaxes(A, B)` with axes of one sign.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U2};
    /// use ndview::window::SwapAxesAxes;
    /// let _: P<<shape![2, 3] as SwapAxesAxes<U2, U0, 2, 0, 1>>::Head> = P::<shape![2, 3]>;
    /// ```
    SwapAxesAxes [A: i64, B: i64] "nd!: swapaxes({A}, {B}) needs a view with at least {N} axes"
);
window_op!(
    /// The window of `moveaxis(A, B)` with axes of one sign.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U2};
    /// use ndview::window::MoveAxisAxes;
    /// let _: P<<shape![2, 3] as MoveAxisAxes<U0, U2, 2, { -1 }, { -2 }>>::Tail> = P::<shape![2, 3]>;
    /// ```
    MoveAxisAxes [A: i64, B: i64] "nd!: moveaxis({A}, {B}) needs a view with at least {N} axes"
);
window_op!(
    /// The window of `take([..], axis = A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::window::TakeAxes;
    /// let _: P<<shape![2, 3] as TakeAxes<U0, U1, 1, { -1 }>>::Mid> = P::<shape![2]>;
    /// ```
    TakeAxes [A: i64] "nd!: take(..., axis = {A}) needs a view with at least {N} axes"
);

/// Concatenate two shape tuples: `<shape![2] as Concat<shape![3, 4]>>::Out`
/// is `shape![2, 3, 4]`. The impl is chosen by the left tuple's length, so
/// rustc looks at a handful of candidates, not every pair.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::window::Concat;
/// let _: P<<shape![2] as Concat<shape![3, 4]>>::Out> = P::<shape![2, 3, 4]>;
/// ```
pub trait Concat<Rhs> {
    /// The joined shape.
    type Out: Shape;
}

#[diagnostic::do_not_recommend]
impl Window<U0, U0> for () {
    type Head = ();
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim> Window<U0, U0> for (A0,) {
    type Head = ();
    type Mid = (A0,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim> Window<U0, U1> for (A0,) {
    type Head = ();
    type Mid = ();
    type Tail = (A0,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim> Window<U1, U0> for (A0,) {
    type Head = (A0,);
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim> Window<U0, U0> for (A0, A1) {
    type Head = ();
    type Mid = (A0, A1);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim> Window<U0, U1> for (A0, A1) {
    type Head = ();
    type Mid = (A0,);
    type Tail = (A1,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim> Window<U0, U2> for (A0, A1) {
    type Head = ();
    type Mid = ();
    type Tail = (A0, A1);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim> Window<U1, U0> for (A0, A1) {
    type Head = (A0,);
    type Mid = (A1,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim> Window<U1, U1> for (A0, A1) {
    type Head = (A0,);
    type Mid = ();
    type Tail = (A1,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim> Window<U2, U0> for (A0, A1) {
    type Head = (A0, A1);
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U0, U0> for (A0, A1, A2) {
    type Head = ();
    type Mid = (A0, A1, A2);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U0, U1> for (A0, A1, A2) {
    type Head = ();
    type Mid = (A0, A1);
    type Tail = (A2,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U0, U2> for (A0, A1, A2) {
    type Head = ();
    type Mid = (A0,);
    type Tail = (A1, A2);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U0, U3> for (A0, A1, A2) {
    type Head = ();
    type Mid = ();
    type Tail = (A0, A1, A2);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U1, U0> for (A0, A1, A2) {
    type Head = (A0,);
    type Mid = (A1, A2);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U1, U1> for (A0, A1, A2) {
    type Head = (A0,);
    type Mid = (A1,);
    type Tail = (A2,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U1, U2> for (A0, A1, A2) {
    type Head = (A0,);
    type Mid = ();
    type Tail = (A1, A2);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U2, U0> for (A0, A1, A2) {
    type Head = (A0, A1);
    type Mid = (A2,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U2, U1> for (A0, A1, A2) {
    type Head = (A0, A1);
    type Mid = ();
    type Tail = (A2,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim> Window<U3, U0> for (A0, A1, A2) {
    type Head = (A0, A1, A2);
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U0, U0> for (A0, A1, A2, A3) {
    type Head = ();
    type Mid = (A0, A1, A2, A3);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U0, U1> for (A0, A1, A2, A3) {
    type Head = ();
    type Mid = (A0, A1, A2);
    type Tail = (A3,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U0, U2> for (A0, A1, A2, A3) {
    type Head = ();
    type Mid = (A0, A1);
    type Tail = (A2, A3);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U0, U3> for (A0, A1, A2, A3) {
    type Head = ();
    type Mid = (A0,);
    type Tail = (A1, A2, A3);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U0, U4> for (A0, A1, A2, A3) {
    type Head = ();
    type Mid = ();
    type Tail = (A0, A1, A2, A3);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U1, U0> for (A0, A1, A2, A3) {
    type Head = (A0,);
    type Mid = (A1, A2, A3);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U1, U1> for (A0, A1, A2, A3) {
    type Head = (A0,);
    type Mid = (A1, A2);
    type Tail = (A3,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U1, U2> for (A0, A1, A2, A3) {
    type Head = (A0,);
    type Mid = (A1,);
    type Tail = (A2, A3);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U1, U3> for (A0, A1, A2, A3) {
    type Head = (A0,);
    type Mid = ();
    type Tail = (A1, A2, A3);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U2, U0> for (A0, A1, A2, A3) {
    type Head = (A0, A1);
    type Mid = (A2, A3);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U2, U1> for (A0, A1, A2, A3) {
    type Head = (A0, A1);
    type Mid = (A2,);
    type Tail = (A3,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U2, U2> for (A0, A1, A2, A3) {
    type Head = (A0, A1);
    type Mid = ();
    type Tail = (A2, A3);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U3, U0> for (A0, A1, A2, A3) {
    type Head = (A0, A1, A2);
    type Mid = (A3,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U3, U1> for (A0, A1, A2, A3) {
    type Head = (A0, A1, A2);
    type Mid = ();
    type Tail = (A3,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim> Window<U4, U0> for (A0, A1, A2, A3) {
    type Head = (A0, A1, A2, A3);
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U0, U0> for (A0, A1, A2, A3, A4) {
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U0, U1> for (A0, A1, A2, A3, A4) {
    type Head = ();
    type Mid = (A0, A1, A2, A3);
    type Tail = (A4,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U0, U2> for (A0, A1, A2, A3, A4) {
    type Head = ();
    type Mid = (A0, A1, A2);
    type Tail = (A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U0, U3> for (A0, A1, A2, A3, A4) {
    type Head = ();
    type Mid = (A0, A1);
    type Tail = (A2, A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U0, U4> for (A0, A1, A2, A3, A4) {
    type Head = ();
    type Mid = (A0,);
    type Tail = (A1, A2, A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U0, U5> for (A0, A1, A2, A3, A4) {
    type Head = ();
    type Mid = ();
    type Tail = (A0, A1, A2, A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U1, U0> for (A0, A1, A2, A3, A4) {
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U1, U1> for (A0, A1, A2, A3, A4) {
    type Head = (A0,);
    type Mid = (A1, A2, A3);
    type Tail = (A4,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U1, U2> for (A0, A1, A2, A3, A4) {
    type Head = (A0,);
    type Mid = (A1, A2);
    type Tail = (A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U1, U3> for (A0, A1, A2, A3, A4) {
    type Head = (A0,);
    type Mid = (A1,);
    type Tail = (A2, A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U1, U4> for (A0, A1, A2, A3, A4) {
    type Head = (A0,);
    type Mid = ();
    type Tail = (A1, A2, A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U2, U0> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1);
    type Mid = (A2, A3, A4);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U2, U1> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1);
    type Mid = (A2, A3);
    type Tail = (A4,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U2, U2> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1);
    type Mid = (A2,);
    type Tail = (A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U2, U3> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1);
    type Mid = ();
    type Tail = (A2, A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U3, U0> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1, A2);
    type Mid = (A3, A4);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U3, U1> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1, A2);
    type Mid = (A3,);
    type Tail = (A4,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U3, U2> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1, A2);
    type Mid = ();
    type Tail = (A3, A4);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U4, U0> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1, A2, A3);
    type Mid = (A4,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U4, U1> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1, A2, A3);
    type Mid = ();
    type Tail = (A4,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim> Window<U5, U0> for (A0, A1, A2, A3, A4) {
    type Head = (A0, A1, A2, A3, A4);
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U0, U0>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4, A5);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U0, U1>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4);
    type Tail = (A5,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U0, U2>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3);
    type Tail = (A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U0, U3>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = ();
    type Mid = (A0, A1, A2);
    type Tail = (A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U0, U4>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = ();
    type Mid = (A0, A1);
    type Tail = (A2, A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U0, U5>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = ();
    type Mid = (A0,);
    type Tail = (A1, A2, A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U0, U6>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = ();
    type Mid = ();
    type Tail = (A0, A1, A2, A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U1, U0>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4, A5);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U1, U1>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4);
    type Tail = (A5,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U1, U2>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3);
    type Tail = (A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U1, U3>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0,);
    type Mid = (A1, A2);
    type Tail = (A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U1, U4>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0,);
    type Mid = (A1,);
    type Tail = (A2, A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U1, U5>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0,);
    type Mid = ();
    type Tail = (A1, A2, A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U2, U0>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4, A5);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U2, U1>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4);
    type Tail = (A5,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U2, U2>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1);
    type Mid = (A2, A3);
    type Tail = (A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U2, U3>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1);
    type Mid = (A2,);
    type Tail = (A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U2, U4>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1);
    type Mid = ();
    type Tail = (A2, A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U3, U0>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4, A5);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U3, U1>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4);
    type Tail = (A5,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U3, U2>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2);
    type Mid = (A3,);
    type Tail = (A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U3, U3>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2);
    type Mid = ();
    type Tail = (A3, A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U4, U0>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4, A5);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U4, U1>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4,);
    type Tail = (A5,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U4, U2>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2, A3);
    type Mid = ();
    type Tail = (A4, A5);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U5, U0>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = (A5,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U5, U1>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = ();
    type Tail = (A5,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim> Window<U6, U0>
    for (A0, A1, A2, A3, A4, A5)
{
    type Head = (A0, A1, A2, A3, A4, A5);
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4, A5, A6);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U1>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4, A5);
    type Tail = (A6,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U2>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4);
    type Tail = (A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U3>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3);
    type Tail = (A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U4>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = (A0, A1, A2);
    type Tail = (A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U5>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = (A0, A1);
    type Tail = (A2, A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U6>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = (A0,);
    type Tail = (A1, A2, A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U0, U7>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = ();
    type Mid = ();
    type Tail = (A0, A1, A2, A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U1, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4, A5, A6);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U1, U1>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4, A5);
    type Tail = (A6,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U1, U2>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4);
    type Tail = (A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U1, U3>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3);
    type Tail = (A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U1, U4>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0,);
    type Mid = (A1, A2);
    type Tail = (A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U1, U5>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0,);
    type Mid = (A1,);
    type Tail = (A2, A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U1, U6>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0,);
    type Mid = ();
    type Tail = (A1, A2, A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U2, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4, A5, A6);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U2, U1>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4, A5);
    type Tail = (A6,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U2, U2>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4);
    type Tail = (A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U2, U3>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1);
    type Mid = (A2, A3);
    type Tail = (A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U2, U4>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1);
    type Mid = (A2,);
    type Tail = (A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U2, U5>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1);
    type Mid = ();
    type Tail = (A2, A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U3, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4, A5, A6);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U3, U1>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4, A5);
    type Tail = (A6,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U3, U2>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4);
    type Tail = (A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U3, U3>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2);
    type Mid = (A3,);
    type Tail = (A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U3, U4>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2);
    type Mid = ();
    type Tail = (A3, A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U4, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4, A5, A6);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U4, U1>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4, A5);
    type Tail = (A6,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U4, U2>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4,);
    type Tail = (A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U4, U3>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3);
    type Mid = ();
    type Tail = (A4, A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U5, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = (A5, A6);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U5, U1>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = (A5,);
    type Tail = (A6,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U5, U2>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = ();
    type Tail = (A5, A6);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U6, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3, A4, A5);
    type Mid = (A6,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U6, U1>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3, A4, A5);
    type Mid = ();
    type Tail = (A6,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim> Window<U7, U0>
    for (A0, A1, A2, A3, A4, A5, A6)
{
    type Head = (A0, A1, A2, A3, A4, A5, A6);
    type Mid = ();
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4, A5, A6, A7);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4, A5, A6);
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U2>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4, A5);
    type Tail = (A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U3>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3, A4);
    type Tail = (A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U4>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0, A1, A2, A3);
    type Tail = (A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U5>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0, A1, A2);
    type Tail = (A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U6>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0, A1);
    type Tail = (A2, A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U7>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = (A0,);
    type Tail = (A1, A2, A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U0, U8>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = ();
    type Mid = ();
    type Tail = (A0, A1, A2, A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4, A5, A6, A7);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4, A5, A6);
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U2>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4, A5);
    type Tail = (A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U3>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3, A4);
    type Tail = (A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U4>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = (A1, A2, A3);
    type Tail = (A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U5>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = (A1, A2);
    type Tail = (A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U6>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = (A1,);
    type Tail = (A2, A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U1, U7>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0,);
    type Mid = ();
    type Tail = (A1, A2, A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U2, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4, A5, A6, A7);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U2, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4, A5, A6);
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U2, U2>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4, A5);
    type Tail = (A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U2, U3>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1);
    type Mid = (A2, A3, A4);
    type Tail = (A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U2, U4>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1);
    type Mid = (A2, A3);
    type Tail = (A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U2, U5>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1);
    type Mid = (A2,);
    type Tail = (A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U2, U6>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1);
    type Mid = ();
    type Tail = (A2, A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U3, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4, A5, A6, A7);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U3, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4, A5, A6);
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U3, U2>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4, A5);
    type Tail = (A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U3, U3>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2);
    type Mid = (A3, A4);
    type Tail = (A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U3, U4>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2);
    type Mid = (A3,);
    type Tail = (A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U3, U5>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2);
    type Mid = ();
    type Tail = (A3, A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U4, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4, A5, A6, A7);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U4, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4, A5, A6);
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U4, U2>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4, A5);
    type Tail = (A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U4, U3>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3);
    type Mid = (A4,);
    type Tail = (A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U4, U4>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3);
    type Mid = ();
    type Tail = (A4, A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U5, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = (A5, A6, A7);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U5, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = (A5, A6);
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U5, U2>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = (A5,);
    type Tail = (A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U5, U3>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4);
    type Mid = ();
    type Tail = (A5, A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U6, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4, A5);
    type Mid = (A6, A7);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U6, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4, A5);
    type Mid = (A6,);
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U6, U2>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4, A5);
    type Mid = ();
    type Tail = (A6, A7);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U7, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4, A5, A6);
    type Mid = (A7,);
    type Tail = ();
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U7, U1>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4, A5, A6);
    type Mid = ();
    type Tail = (A7,);
}
#[diagnostic::do_not_recommend]
impl<A0: Dim, A1: Dim, A2: Dim, A3: Dim, A4: Dim, A5: Dim, A6: Dim, A7: Dim> Window<U8, U0>
    for (A0, A1, A2, A3, A4, A5, A6, A7)
{
    type Head = (A0, A1, A2, A3, A4, A5, A6, A7);
    type Mid = ();
    type Tail = ();
}
impl Concat<()> for () {
    type Out = ();
}
impl<T0: Dim> Concat<(T0,)> for () {
    type Out = (T0,);
}
impl<T0: Dim, T1: Dim> Concat<(T0, T1)> for () {
    type Out = (T0, T1);
}
impl<T0: Dim, T1: Dim, T2: Dim> Concat<(T0, T1, T2)> for () {
    type Out = (T0, T1, T2);
}
impl<T0: Dim, T1: Dim, T2: Dim, T3: Dim> Concat<(T0, T1, T2, T3)> for () {
    type Out = (T0, T1, T2, T3);
}
impl<T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim> Concat<(T0, T1, T2, T3, T4)> for () {
    type Out = (T0, T1, T2, T3, T4);
}
impl<T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim, T5: Dim> Concat<(T0, T1, T2, T3, T4, T5)> for () {
    type Out = (T0, T1, T2, T3, T4, T5);
}
impl<T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim, T5: Dim, T6: Dim>
    Concat<(T0, T1, T2, T3, T4, T5, T6)> for ()
{
    type Out = (T0, T1, T2, T3, T4, T5, T6);
}
impl<T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim, T5: Dim, T6: Dim, T7: Dim>
    Concat<(T0, T1, T2, T3, T4, T5, T6, T7)> for ()
{
    type Out = (T0, T1, T2, T3, T4, T5, T6, T7);
}
impl<H0: Dim> Concat<()> for (H0,) {
    type Out = (H0,);
}
impl<H0: Dim, T0: Dim> Concat<(T0,)> for (H0,) {
    type Out = (H0, T0);
}
impl<H0: Dim, T0: Dim, T1: Dim> Concat<(T0, T1)> for (H0,) {
    type Out = (H0, T0, T1);
}
impl<H0: Dim, T0: Dim, T1: Dim, T2: Dim> Concat<(T0, T1, T2)> for (H0,) {
    type Out = (H0, T0, T1, T2);
}
impl<H0: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim> Concat<(T0, T1, T2, T3)> for (H0,) {
    type Out = (H0, T0, T1, T2, T3);
}
impl<H0: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim> Concat<(T0, T1, T2, T3, T4)> for (H0,) {
    type Out = (H0, T0, T1, T2, T3, T4);
}
impl<H0: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim, T5: Dim> Concat<(T0, T1, T2, T3, T4, T5)>
    for (H0,)
{
    type Out = (H0, T0, T1, T2, T3, T4, T5);
}
impl<H0: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim, T5: Dim, T6: Dim>
    Concat<(T0, T1, T2, T3, T4, T5, T6)> for (H0,)
{
    type Out = (H0, T0, T1, T2, T3, T4, T5, T6);
}
impl<H0: Dim, H1: Dim> Concat<()> for (H0, H1) {
    type Out = (H0, H1);
}
impl<H0: Dim, H1: Dim, T0: Dim> Concat<(T0,)> for (H0, H1) {
    type Out = (H0, H1, T0);
}
impl<H0: Dim, H1: Dim, T0: Dim, T1: Dim> Concat<(T0, T1)> for (H0, H1) {
    type Out = (H0, H1, T0, T1);
}
impl<H0: Dim, H1: Dim, T0: Dim, T1: Dim, T2: Dim> Concat<(T0, T1, T2)> for (H0, H1) {
    type Out = (H0, H1, T0, T1, T2);
}
impl<H0: Dim, H1: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim> Concat<(T0, T1, T2, T3)> for (H0, H1) {
    type Out = (H0, H1, T0, T1, T2, T3);
}
impl<H0: Dim, H1: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim> Concat<(T0, T1, T2, T3, T4)>
    for (H0, H1)
{
    type Out = (H0, H1, T0, T1, T2, T3, T4);
}
impl<H0: Dim, H1: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim, T5: Dim>
    Concat<(T0, T1, T2, T3, T4, T5)> for (H0, H1)
{
    type Out = (H0, H1, T0, T1, T2, T3, T4, T5);
}
impl<H0: Dim, H1: Dim, H2: Dim> Concat<()> for (H0, H1, H2) {
    type Out = (H0, H1, H2);
}
impl<H0: Dim, H1: Dim, H2: Dim, T0: Dim> Concat<(T0,)> for (H0, H1, H2) {
    type Out = (H0, H1, H2, T0);
}
impl<H0: Dim, H1: Dim, H2: Dim, T0: Dim, T1: Dim> Concat<(T0, T1)> for (H0, H1, H2) {
    type Out = (H0, H1, H2, T0, T1);
}
impl<H0: Dim, H1: Dim, H2: Dim, T0: Dim, T1: Dim, T2: Dim> Concat<(T0, T1, T2)> for (H0, H1, H2) {
    type Out = (H0, H1, H2, T0, T1, T2);
}
impl<H0: Dim, H1: Dim, H2: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim> Concat<(T0, T1, T2, T3)>
    for (H0, H1, H2)
{
    type Out = (H0, H1, H2, T0, T1, T2, T3);
}
impl<H0: Dim, H1: Dim, H2: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim, T4: Dim>
    Concat<(T0, T1, T2, T3, T4)> for (H0, H1, H2)
{
    type Out = (H0, H1, H2, T0, T1, T2, T3, T4);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim> Concat<()> for (H0, H1, H2, H3) {
    type Out = (H0, H1, H2, H3);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, T0: Dim> Concat<(T0,)> for (H0, H1, H2, H3) {
    type Out = (H0, H1, H2, H3, T0);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, T0: Dim, T1: Dim> Concat<(T0, T1)> for (H0, H1, H2, H3) {
    type Out = (H0, H1, H2, H3, T0, T1);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, T0: Dim, T1: Dim, T2: Dim> Concat<(T0, T1, T2)>
    for (H0, H1, H2, H3)
{
    type Out = (H0, H1, H2, H3, T0, T1, T2);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, T0: Dim, T1: Dim, T2: Dim, T3: Dim>
    Concat<(T0, T1, T2, T3)> for (H0, H1, H2, H3)
{
    type Out = (H0, H1, H2, H3, T0, T1, T2, T3);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim> Concat<()> for (H0, H1, H2, H3, H4) {
    type Out = (H0, H1, H2, H3, H4);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, T0: Dim> Concat<(T0,)> for (H0, H1, H2, H3, H4) {
    type Out = (H0, H1, H2, H3, H4, T0);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, T0: Dim, T1: Dim> Concat<(T0, T1)>
    for (H0, H1, H2, H3, H4)
{
    type Out = (H0, H1, H2, H3, H4, T0, T1);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, T0: Dim, T1: Dim, T2: Dim> Concat<(T0, T1, T2)>
    for (H0, H1, H2, H3, H4)
{
    type Out = (H0, H1, H2, H3, H4, T0, T1, T2);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, H5: Dim> Concat<()> for (H0, H1, H2, H3, H4, H5) {
    type Out = (H0, H1, H2, H3, H4, H5);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, H5: Dim, T0: Dim> Concat<(T0,)>
    for (H0, H1, H2, H3, H4, H5)
{
    type Out = (H0, H1, H2, H3, H4, H5, T0);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, H5: Dim, T0: Dim, T1: Dim> Concat<(T0, T1)>
    for (H0, H1, H2, H3, H4, H5)
{
    type Out = (H0, H1, H2, H3, H4, H5, T0, T1);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, H5: Dim, H6: Dim> Concat<()>
    for (H0, H1, H2, H3, H4, H5, H6)
{
    type Out = (H0, H1, H2, H3, H4, H5, H6);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, H5: Dim, H6: Dim, T0: Dim> Concat<(T0,)>
    for (H0, H1, H2, H3, H4, H5, H6)
{
    type Out = (H0, H1, H2, H3, H4, H5, H6, T0);
}
impl<H0: Dim, H1: Dim, H2: Dim, H3: Dim, H4: Dim, H5: Dim, H6: Dim, H7: Dim> Concat<()>
    for (H0, H1, H2, H3, H4, H5, H6, H7)
{
    type Out = (H0, H1, H2, H3, H4, H5, H6, H7);
}
