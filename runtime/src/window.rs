//! Type-level splitting and joining of shape tuples, so an `nd!` operation
//! that touches only the first `P` and the last `Q` axes is written once for
//! every rank: `Window<U1, U0>` splits `shape![2, 3, 4]` into head `(U2,)`,
//! middle `(U3, U4)` and tail `()`, and [`Concat`] puts the pieces back.
//!
//! The impls, for every rank up to [`MAX_RANK`](crate::MAX_RANK), are generated
//! in `gen/window.rs` by `scripts/gen_tables.py`.

#![allow(missing_docs)]

use crate::shape::Shape;

/// Split a shape into its first `P` axes, the middle, and its last `Q` axes.
/// (`nd!` reads it through a per-operation trait such as [`FlipAxes`](crate::ops::flip::FlipAxes),
/// whose message names the operation; this one is for direct users.)
#[diagnostic::on_unimplemented(
    message = "the shape has fewer axes than the window's first {P} and last {Q}",
    label = "too few axes"
)]
///
/// ```
/// use ndview::__private::Window;
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
        $crate::window::window_op!($(#[$doc])* $name [$($c: $t),*] $msg, "axis out of range for this view");
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
        impl<S: $crate::window::Window<P, Q>, P, Q, const N: usize, $(const $c: $t),*> $name<P, Q, N, $($c),*> for S {
            type Head = <S as $crate::window::Window<P, Q>>::Head;
            type Mid = <S as $crate::window::Window<P, Q>>::Mid;
            type Tail = <S as $crate::window::Window<P, Q>>::Tail;
        }
    };
}

pub(crate) use window_op;

/// Concatenate two shape tuples: `<shape![2] as Concat<shape![3, 4]>>::Out`
/// is `shape![2, 3, 4]`. The impl is chosen by the left tuple's length, so
/// rustc looks at a handful of candidates, not every pair.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::Concat;
/// let _: P<<shape![2] as Concat<shape![3, 4]>>::Out> = P::<shape![2, 3, 4]>;
/// ```
///
/// Every pair of shapes whose ranks sum to [`MAX_RANK`](crate::MAX_RANK) at
/// most has an impl, so a missing impl means the joined shape has too many
/// axes: an operation that adds axes (`expand_dims`, `None` in an index,
/// `stack`, `sliding_window_view`) to a view of the largest rank.
#[diagnostic::on_unimplemented(
    message = "nd!: this operation would make a view of more than 16 axes; ndview supports rank up to 16",
    label = "adds an axis to a view that cannot have more",
    note = "NumPy allows 64 axes; ndview's limit is `ndview::MAX_RANK`"
)]
pub trait Concat<Rhs> {
    /// The joined shape.
    type Out: Shape;
}
