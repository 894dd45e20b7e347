//! The type-level half of `nd!(x.broadcast_to(d0, ...))`: NumPy's rule per
//! axis, and the marker that keeps broadcast views read-only.
//!
//! `broadcast_to` aligns the view's axes with the target's from the right;
//! each aligned axis must have the target's size (its stride is kept) or size
//! 1 (stride 0: the one element repeats), and the target's extra leading axes
//! get stride 0. Static sizes are checked by the compiler; a `Dyn` size on
//! either side is checked at run time.
//!
//! ```
//! use ndview::prelude::*;
//! let x = Array::<i64, shape![3]>::arange();
//! let b = nd!(x.broadcast_to(2, 3));     // np.broadcast_to(x, (2, 3))
//! assert_eq!(b.byte_strides().to_vec(), vec![0, 8]);
//! assert_eq!(b.to_vec(), vec![0, 1, 2, 0, 1, 2]);
//! let col = Array::<i64, shape![3, 1]>::arange();
//! assert_eq!(nd!(col.broadcast_to(3, 2)).to_vec(), vec![0, 0, 1, 1, 2, 2]);
//! ```
//!
//! A broadcast view repeats elements, so writing through it would write one
//! element many times: it is always a [`View`], and `nd!(mut ...)` of a
//! `broadcast_to` does not compile. Copy first to get a writable array:
//! `nd!(x.broadcast_to(2, 3).copy())`.

use crate::dim::Dyn;
use crate::layout::Layout;
use crate::shape::Shape;
use crate::view::{NdView, View};
use typenum::{Bit, IsEqual, Unsigned, B1, U1};

/// `B1` when an axis of size `Self` broadcasts to size `Target`: equal, or
/// `Self` is 1, or either is `Dyn` (checked at run time); `B0` otherwise.
///
/// ```
/// use ndview::broadcast::DimBroadcast;
/// use ndview::typenum::{Bit, U1, U3, U4};
/// use ndview::Dyn;
/// fn answer<A: DimBroadcast<B>, B>() -> bool { <A::Out as Bit>::BOOL }
/// assert!(answer::<U1, U4>());
/// assert!(answer::<U4, U4>());
/// assert!(answer::<Dyn, U4>());
/// assert!(!answer::<U3, U4>());
/// ```
pub trait DimBroadcast<Target> {
    /// The answer.
    type Out: Bit;
}
impl<Target> DimBroadcast<Target> for Dyn {
    type Out = B1;
}
impl DimBroadcast<Dyn> for typenum::UTerm {
    type Out = B1;
}
impl<U, B> DimBroadcast<Dyn> for typenum::UInt<U, B> {
    type Out = B1;
}
impl<N, T> DimBroadcast<T> for N
where
    N: Unsigned + IsEqual<T> + IsEqual<U1>,
    T: Unsigned,
    typenum::Eq<N, T>: core::ops::BitOr<typenum::Eq<N, U1>>,
    typenum::Or<typenum::Eq<N, T>, typenum::Eq<N, U1>>: Bit,
{
    type Out = typenum::Or<typenum::Eq<N, T>, typenum::Eq<N, U1>>;
}

/// What `broadcast_to` accepts: a read-only [`View`]. Not implemented for
/// `ViewMut`, so `nd!(mut x.broadcast_to(...))` is a compile error.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::broadcast::BroadcastSource;
/// fn read_only<V: BroadcastSource>(_: V) {}
/// let a = Array::<i32, shape![4]>::arange();
/// read_only(a.view());
/// ```
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let mut x = Array::<i32, shape![3]>::arange();
/// // error: nd!(mut ...): `broadcast_to` gives a read-only view, ...
/// nd!(mut x.broadcast_to(2, 3)).fill(1);
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!(mut ...): `broadcast_to` gives a read-only view, so it cannot be part of a mutable chain",
    label = "broadcast views are read-only",
    note = "its stride-0 axes show one element many times, so writing through it would write that element many times; \
            drop `mut`, or copy the broadcast first: `let mut b = nd!(x.broadcast_to(...).copy());`"
)]
pub trait BroadcastSource: NdView {}
impl<T, S: Shape, L: Layout> BroadcastSource for View<'_, T, S, L> {}
