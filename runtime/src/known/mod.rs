//! NumPy's view rule for static layouts: the layout [`Known<B, H>`] records
//! how a view was made from a C-contiguous array of static shape `B` (the
//! list `H` of operations, newest first), so the compiler can replay the
//! strides and decide a `reshape` or `ravel` exactly as NumPy's
//! `reshape(..., copy=False)` would.
//!
//! Recording costs nothing per operation (one type constructor); the replay
//! happens only where a `reshape` or `ravel` of such a view needs it. Every
//! verdict is one of three: [`IsView`] (compiles, is a view), [`NeedsCopy`]
//! (a compile error naming the copy to write) and [`AtRunTime`] (a run-time
//! value decides: compiles, checked when it runs).
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! // np.arange(12).reshape(3, 4)[:, ::2].reshape(6) is a view (strides (16,))
//! let r = nd!(a[:, ::2].reshape(6));
//! assert_eq!(r.byte_strides().to_vec(), vec![16]);
//! assert_eq!(r.to_vec(), vec![0, 2, 4, 6, 8, 10]);
//! ```
//!
//! Strides are elements, signed: [`Pos<M>`], [`Neg<M>`], or [`Unknown`]
//! when a run-time step made them. A replay that cannot know the strides at
//! all (a `Dyn` dim decided which axes a `squeeze()` drops) gives [`Opaque`].

mod lists;
mod replay;
mod walk;

pub use lists::*;
pub use replay::*;
pub use walk::*;

use crate::dim::Dyn;
use crate::layout::{Layout, Strided, C};
use crate::shape::{Cons, Nil, ShapeList};
use core::marker::PhantomData;
use typenum::{Bit, UInt, UTerm, B0, B1};

/// The layout of a view whose strides the compiler knows: made from a
/// C-contiguous array of static shape `B` by the operations `H` (a type
/// list, newest first). It converts to [`Strided`] for free
/// ([`View::strided`](crate::View::strided)).
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let t = nd!(a.T);                       // layout Known<shape![3, 4], [Reversed]>
/// assert!(!t.is_contiguous());
/// let s: View<'_, i64, shape![4, 3], ndview::Strided> = t.strided();
/// assert_eq!(s.strides(), &[1, 4]);
/// ```
pub struct Known<B, H>(PhantomData<fn() -> (B, H)>);

impl<B: 'static, H: 'static> Layout for Known<B, H> {
    const C_CONTIGUOUS: bool = false;
}

// ---------------------------------------------------------------- strides

/// A static stride of `+M` elements.
pub struct Pos<M>(PhantomData<M>);
/// A static stride of `-M` elements.
pub struct Neg<M>(PhantomData<M>);
/// A stride a run-time value (a `{step}`) decided.
pub struct Unknown;
/// Strides that cannot be known before run time at all.
pub struct Opaque;

// ------------------------------------------------------------- operations

/// Axis `K` counted from the front (`Z`, `S<Z>`, ...).
pub struct Front<K>(PhantomData<K>);
/// Axis `-K` counted from the back (`Back<S<Z>>` is `-1`).
pub struct Back<K>(PhantomData<K>);
/// Zero, for axis positions.
pub struct Z;
/// One more than `N`, for axis positions.
pub struct S<N>(PhantomData<N>);

/// `.T` / `transpose()`: the axes reversed.
pub struct Reversed;
/// `transpose(p)`: the tuple `P` of axis positions (`new[i] = old[p[i]]`).
pub struct Permuted<P>(PhantomData<P>);
/// `swapaxes(a, b)`.
pub struct Swapped<A, Bx>(PhantomData<(A, Bx)>);
/// `moveaxis(src, dst)`.
pub struct Moved<A, Bx>(PhantomData<(A, Bx)>);
/// `flip(a)`.
pub struct Flipped<A>(PhantomData<A>);
/// `squeeze(a)`.
pub struct Squeezed<A>(PhantomData<A>);
/// `squeeze()` of a view of shape `Sh`.
pub struct SqueezedAll<Sh>(PhantomData<Sh>);
/// `expand_dims(a)` (`a` in the output's numbering).
pub struct Expanded<A>(PhantomData<A>);
/// Basic indexing: the items before the ellipsis (`F`) and after it (`K`),
/// each a list of [`Drop`], [`NewAxis`] and [`Slice`].
pub struct Indexed<F, K>(PhantomData<(F, K)>);
/// `broadcast_to` from shape `Sh` to shape `T`.
pub struct Broadcast<Sh, T>(PhantomData<(Sh, T)>);
/// `reshape` from shape `Sh` to shape `T`.
pub struct Reshaped<Sh, T>(PhantomData<(Sh, T)>);
/// `sliding_window_view(w0, ..)`: one window axis per axis, strides repeated.
pub struct WindowedAll;
/// `sliding_window_view(w, axis = a)`: one window axis, the stride of `a`.
pub struct WindowedAlong<A>(PhantomData<A>);

/// An integer index: the axis goes.
pub struct Drop;
/// `None` / `newaxis`: a new axis of length 1.
pub struct NewAxis;
/// A slice with step `D` (`StepFwd<..>`, `StepBack<..>` or [`DynStep`]).
pub struct Slice<D>(PhantomData<D>);
/// A `{step}` decided at run time.
pub struct DynStep;

// ---------------------------------------------------------------- verdicts

/// The operation is a view.
pub struct IsView;
/// The operation needs a copy.
pub struct NeedsCopy;
/// A run-time value decides.
pub struct AtRunTime;

// ------------------------------------------------------ recording an op

/// The layout after an operation `Op` on a view of shape `Sh` with this
/// layout; `KeepsC` is `B1` when the operation keeps a C view C (leading
/// integer indices, `expand_dims`, ...).
///
/// `C` turns into `Known` only when `Sh` is fully static (a `Dyn` dim makes
/// the strides run-time values: `Strided`).
pub trait Then<Op, Sh, KeepsC> {
    /// The new layout.
    type Out: Layout;
}
impl<Op, Sh> Then<Op, Sh, B1> for C {
    type Out = C;
}
impl<Op: 'static, Sh: ShapeList + 'static> Then<Op, Sh, B0> for C
where
    Sh::List: AllStatic,
    <Sh::List as AllStatic>::Out: Pick<Known<Sh, Cons<Op, Nil>>, Strided>,
{
    type Out = <<Sh::List as AllStatic>::Out as Pick<Known<Sh, Cons<Op, Nil>>, Strided>>::Out;
}
impl<Op, Sh, K> Then<Op, Sh, K> for Strided {
    type Out = Strided;
}
impl<Op: 'static, Sh, K, B: 'static, H: 'static> Then<Op, Sh, K> for Known<B, H> {
    type Out = Known<B, Cons<Op, H>>;
}

/// `B1` when no dim of the list is `Dyn`.
pub trait AllStatic {
    /// The answer.
    type Out: Bit;
}
impl AllStatic for Nil {
    type Out = B1;
}
impl<R: AllStatic> AllStatic for Cons<Dyn, R> {
    type Out = B0;
}
impl<R: AllStatic> AllStatic for Cons<UTerm, R> {
    type Out = R::Out;
}
impl<U, Bt, R: AllStatic> AllStatic for Cons<UInt<U, Bt>, R> {
    type Out = R::Out;
}

/// `A` for `B1`, `B` for `B0`.
pub trait Pick<A: Layout, B: Layout> {
    /// The chosen layout.
    type Out: Layout;
}
impl<A: Layout, B: Layout> Pick<A, B> for B1 {
    type Out = A;
}
impl<A: Layout, B: Layout> Pick<A, B> for B0 {
    type Out = B;
}

// ------------------------------------------------------- layout verdicts

/// `reshape` of a view of shape `Sh` with this layout into shape `T`: the
/// verdict and the layout of the result.
pub trait ReshapeRule<Sh, T> {
    /// `IsView`, `NeedsCopy` or `AtRunTime`.
    type Verdict;
    /// The result's layout.
    type Out: Layout;
}
impl<Sh, T> ReshapeRule<Sh, T> for C {
    type Verdict = IsView;
    type Out = C;
}
impl<Sh, T> ReshapeRule<Sh, T> for Strided {
    type Verdict = AtRunTime;
    type Out = Strided;
}
impl<Sh: ShapeList + 'static, T: ShapeList + 'static, B: 'static, H: 'static> ReshapeRule<Sh, T>
    for Known<B, H>
where
    Known<B, H>: StrideFacts,
    Sh::List: NoCopyReshape<<Known<B, H> as StrideFacts>::Out, T::List>,
    <Sh::List as NoCopyReshape<<Known<B, H> as StrideFacts>::Out, T::List>>::Verdict:
        LayoutAfter<Known<B, Cons<Reshaped<Sh, T>, H>>>,
{
    type Verdict = <Sh::List as NoCopyReshape<<Known<B, H> as StrideFacts>::Out, T::List>>::Verdict;
    type Out = <<Sh::List as NoCopyReshape<<Known<B, H> as StrideFacts>::Out, T::List>>::Verdict as LayoutAfter<
        Known<B, Cons<Reshaped<Sh, T>, H>>,
    >>::Out;
}

/// The layout after a reshape with this verdict: the recorded `L` for a
/// view, `Strided` when the strides are only known at run time.
pub trait LayoutAfter<L: Layout> {
    /// The layout.
    type Out: Layout;
}
impl<L: Layout> LayoutAfter<L> for IsView {
    type Out = L;
}
impl<L: Layout> LayoutAfter<L> for AtRunTime {
    type Out = Strided;
}
impl<L: Layout> LayoutAfter<L> for NeedsCopy {
    type Out = Strided;
}

/// `ravel()` of a view of shape `Sh` with this layout: NumPy's ravel is a
/// view only of C-contiguous input. `Verdict` is `IsView`, `NeedsCopy` or
/// `AtRunTime`; `ReshapeToo` is the verdict of `reshape(-1)`, which the
/// error names when it is a view.
pub trait RavelRule<Sh> {
    /// Whether `ravel` is a view.
    type Verdict;
    /// Whether `reshape(-1)` is.
    type ReshapeToo;
}
impl<Sh> RavelRule<Sh> for C {
    type Verdict = IsView;
    type ReshapeToo = IsView;
}
impl<Sh> RavelRule<Sh> for Strided {
    type Verdict = AtRunTime;
    type ReshapeToo = AtRunTime;
}
impl<Sh: ShapeList, B: 'static, H: 'static> RavelRule<Sh> for Known<B, H>
where
    Known<B, H>: StrideFacts,
    Sh::List: Contiguous<<Known<B, H> as StrideFacts>::Out> + CStrides,
    Sh::List:
        NoCopyReshape<<Known<B, H> as StrideFacts>::Out, Cons<<Sh::List as CStrides>::Size, Nil>>,
{
    type Verdict = <Sh::List as Contiguous<<Known<B, H> as StrideFacts>::Out>>::Out;
    type ReshapeToo = <Sh::List as NoCopyReshape<
        <Known<B, H> as StrideFacts>::Out,
        Cons<<Sh::List as CStrides>::Size, Nil>,
    >>::Verdict;
}

// ------------------------------------------------------- ravel's errors

/// What `ravel()` needs: a view NumPy's `ravel` would not copy. The pair is
/// (ravel's verdict, `reshape(-1)`'s verdict); when both need a copy the
/// message names the copy only.
#[diagnostic::on_unimplemented(
    message = "nd!: cannot ravel this view without copying: it is not C-contiguous; write `.copy().ravel()`",
    label = "needs a copy",
    note = "NumPy's ravel copies a view that is not C-contiguous (after a transpose, a flip or a stepped slice); ndview makes that copy explicit"
)]
pub trait RavelWithoutCopy {}
#[diagnostic::do_not_recommend]
impl<R> RavelWithoutCopy for (IsView, R) {}
#[diagnostic::do_not_recommend]
impl<R> RavelWithoutCopy for (AtRunTime, R) {}
#[diagnostic::do_not_recommend]
impl RavelWithoutCopy for (NeedsCopy, IsView) {}

/// [`RavelWithoutCopy`] when `reshape(-1)` is a view: the message says so.
#[diagnostic::on_unimplemented(
    message = "nd!: cannot ravel this view without copying: it is not C-contiguous; write `.copy().ravel()`, or `.reshape(-1)`, which is a view of it",
    label = "needs a copy",
    note = "NumPy's ravel copies a view that is not C-contiguous even where reshape(-1) can merge its axes; ndview makes that copy explicit"
)]
pub trait RavelWithoutCopyOrReshape {}
#[diagnostic::do_not_recommend]
impl<R> RavelWithoutCopyOrReshape for (IsView, R) {}
#[diagnostic::do_not_recommend]
impl<R> RavelWithoutCopyOrReshape for (AtRunTime, R) {}
#[diagnostic::do_not_recommend]
impl RavelWithoutCopyOrReshape for (NeedsCopy, NeedsCopy) {}
#[diagnostic::do_not_recommend]
impl RavelWithoutCopyOrReshape for (NeedsCopy, AtRunTime) {}
