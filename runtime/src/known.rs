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

use crate::dim::{DimEqual, DimMul, Dyn, Step1, StepDiv, StepPow2};
use crate::layout::{Layout, Strided, C};
use crate::shape::{Cons, Nil, ShapeList};
use crate::typelevel::{StepBack, StepFwd};
use core::marker::PhantomData;
use typenum::{Bit, Cmp, Compare, Equal, Greater, Less, UInt, UTerm, B0, B1, U0, U1};

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
/// `transpose(p)`: the list `P` of axis positions (`new[i] = old[p[i]]`).
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

/// An integer index: the axis goes.
pub struct Drop;
/// `None` / `newaxis`: a new axis of length 1.
pub struct NewAxis;
/// A slice with step `D` ([`StepFwd`], [`StepBack`] or [`DynStep`]).
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

// ----------------------------------------------------------------- lists

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
type Rev<L> = <L as RevOnto<Nil>>::Out;

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
type Pos0<A, L> = <A as AxisPos<<L as Len>::Count>>::Out;

// ------------------------------------------------------- stride arithmetic

/// A stride times a dim `D` (`D >= 1`).
pub trait StrideTimes<D> {
    /// The product.
    type Out;
}
impl<D> StrideTimes<D> for Unknown {
    type Out = Unknown;
}
impl<M: DimMul<D>, D> StrideTimes<D> for Pos<M> {
    type Out = Pos<M::Out>;
}
impl<M: DimMul<D>, D> StrideTimes<D> for Neg<M> {
    type Out = Neg<M::Out>;
}

/// A stride with its sign flipped.
pub trait Negate {
    /// The flipped stride.
    type Out;
}
impl Negate for Unknown {
    type Out = Unknown;
}
impl<M> Negate for Pos<M> {
    type Out = Neg<M>;
}
impl<M> Negate for Neg<M> {
    type Out = Pos<M>;
}

/// The stride of a sliced axis: times the step's size, sign flipped for a
/// negative step.
pub trait Stepped<D> {
    /// The new stride.
    type Out;
}
impl<X> Stepped<DynStep> for X {
    type Out = Unknown;
}
impl<X: Magnified<D>, D> Stepped<StepFwd<D>> for X {
    type Out = X::Out;
}
impl<X: Magnified<D>, D> Stepped<StepBack<D>> for X
where
    X::Out: Negate,
{
    type Out = <X::Out as Negate>::Out;
}

/// A stride times a positive step ([`Step1`], [`StepPow2`], [`StepDiv`]).
pub trait Magnified<D> {
    /// The new stride.
    type Out;
}
impl<X> Magnified<Step1> for X {
    type Out = X;
}
impl<X: StrideTimes<<U1 as core::ops::Shl<K>>::Output>, K> Magnified<StepPow2<K>> for X
where
    U1: core::ops::Shl<K>,
{
    type Out = X::Out;
}
impl<X: StrideTimes<N>, N> Magnified<StepDiv<N>> for X {
    type Out = X::Out;
}

/// Whether stride `Self` equals `D` times stride `R` (`D >= 2`): NumPy's test
/// that two neighbouring axes can merge. `IsView`, `NeedsCopy` or `AtRunTime`.
pub trait Merges<D, R> {
    /// The verdict.
    type Out;
}
impl<D, R> Merges<D, R> for Unknown {
    type Out = AtRunTime;
}
impl<M, D> Merges<D, Unknown> for Pos<M> {
    type Out = AtRunTime;
}
impl<M, D> Merges<D, Unknown> for Neg<M> {
    type Out = AtRunTime;
}
impl<M, D, N> Merges<D, Pos<N>> for Pos<M>
where
    N: DimMul<D>,
    M: DimEqual<<N as DimMul<D>>::Out>,
    <M as DimEqual<<N as DimMul<D>>::Out>>::Out: ViewIf,
{
    type Out = <<M as DimEqual<<N as DimMul<D>>::Out>>::Out as ViewIf>::Out;
}
impl<M, D, N> Merges<D, Neg<N>> for Neg<M>
where
    N: DimMul<D>,
    M: DimEqual<<N as DimMul<D>>::Out>,
    <M as DimEqual<<N as DimMul<D>>::Out>>::Out: ViewIf,
{
    type Out = <<M as DimEqual<<N as DimMul<D>>::Out>>::Out as ViewIf>::Out;
}
// Opposite signs are equal only when both are zero.
impl<M, D, N> Merges<D, Neg<N>> for Pos<M>
where
    (M, N): BothZero,
{
    type Out = <(M, N) as BothZero>::Out;
}
impl<M, D, N> Merges<D, Pos<N>> for Neg<M>
where
    (M, N): BothZero,
{
    type Out = <(M, N) as BothZero>::Out;
}

/// `IsView` when both magnitudes are 0, else `NeedsCopy`.
pub trait BothZero {
    /// The verdict.
    type Out;
}
impl BothZero for (UTerm, UTerm) {
    type Out = IsView;
}
impl<U, Bt> BothZero for (UInt<U, Bt>, UTerm) {
    type Out = NeedsCopy;
}
impl<U, Bt> BothZero for (UTerm, UInt<U, Bt>) {
    type Out = NeedsCopy;
}
impl<U, Bt, U2, B2> BothZero for (UInt<U, Bt>, UInt<U2, B2>) {
    type Out = NeedsCopy;
}

/// `B1` → `IsView`, `B0` → `NeedsCopy`.
pub trait ViewIf {
    /// The verdict.
    type Out;
}
impl ViewIf for B1 {
    type Out = IsView;
}
impl ViewIf for B0 {
    type Out = NeedsCopy;
}

/// Two verdicts together: a definite copy wins, then run time, then view.
pub trait Both<R> {
    /// The combined verdict.
    type Out;
}
impl<R> Both<R> for NeedsCopy {
    type Out = NeedsCopy;
}
impl<R> Both<R> for IsView {
    type Out = R;
}
impl Both<IsView> for AtRunTime {
    type Out = AtRunTime;
}
impl Both<AtRunTime> for AtRunTime {
    type Out = AtRunTime;
}
impl Both<NeedsCopy> for AtRunTime {
    type Out = NeedsCopy;
}

// --------------------------------------------------------------- replay

/// The strides of a view with this layout (a list of [`Pos`]/[`Neg`]/
/// [`Unknown`], or [`Opaque`]); `C` and `Strided` views have none to offer.
pub trait StrideFacts {
    /// The strides.
    type Out;
}
impl<B: ShapeList, H: Replay<B::List>> StrideFacts for Known<B, H> {
    type Out = H::Out;
}

/// The strides after the operations `Self` (newest first) on a C array
/// whose dims are the list `BL`.
pub trait Replay<BL> {
    /// The strides.
    type Out;
}
impl<BL: CStrides> Replay<BL> for Nil {
    type Out = Facts<<BL as CStrides>::Out>;
}
impl<Op, Rest: Replay<BL>, BL> Replay<BL> for Cons<Op, Rest>
where
    Op: Apply<Rest::Out>,
{
    type Out = <Op as Apply<Rest::Out>>::Out;
}

/// A list of known strides (as opposed to [`Opaque`]).
pub struct Facts<L>(PhantomData<L>);

/// C strides of a dims list: `[3, 4] -> [+4, +1]`.
pub trait CStrides {
    /// The strides.
    type Out;
    /// The element count.
    type Size;
}
impl CStrides for Nil {
    type Out = Nil;
    type Size = U1;
}
impl<H, T: CStrides> CStrides for Cons<H, T>
where
    H: DimMul<T::Size>,
{
    type Out = Cons<Pos<T::Size>, T::Out>;
    type Size = <H as DimMul<T::Size>>::Out;
}

/// One operation applied to strides ([`Facts`] or [`Opaque`]).
pub trait Apply<F> {
    /// The new strides.
    type Out;
}
impl<Op> Apply<Opaque> for Op {
    type Out = Opaque;
}
impl<L: RevOnto<Nil>> Apply<Facts<L>> for Reversed {
    type Out = Facts<Rev<L>>;
}
impl<L, P: PermuteOf<L>> Apply<Facts<L>> for Permuted<P> {
    type Out = Facts<P::Out>;
}
impl<L: Len, A, Bx> Apply<Facts<L>> for Swapped<A, Bx>
where
    A: AxisPos<L::Count>,
    Bx: AxisPos<L::Count>,
    L: At<Pos0<A, L>> + At<Pos0<Bx, L>> + SetAt<Pos0<A, L>, <L as At<Pos0<Bx, L>>>::Out>,
    <L as SetAt<Pos0<A, L>, <L as At<Pos0<Bx, L>>>::Out>>::Out:
        SetAt<Pos0<Bx, L>, <L as At<Pos0<A, L>>>::Out>,
{
    type Out = Facts<
        <<L as SetAt<Pos0<A, L>, <L as At<Pos0<Bx, L>>>::Out>>::Out as SetAt<
            Pos0<Bx, L>,
            <L as At<Pos0<A, L>>>::Out,
        >>::Out,
    >;
}
impl<L: Len, A, Bx> Apply<Facts<L>> for Moved<A, Bx>
where
    A: AxisPos<L::Count>,
    Bx: AxisPos<L::Count>,
    L: At<Pos0<A, L>> + RemoveAt<Pos0<A, L>>,
    <L as RemoveAt<Pos0<A, L>>>::Out: InsertAt<Pos0<Bx, L>, <L as At<Pos0<A, L>>>::Out>,
{
    type Out = Facts<
        <<L as RemoveAt<Pos0<A, L>>>::Out as InsertAt<Pos0<Bx, L>, <L as At<Pos0<A, L>>>::Out>>::Out,
    >;
}
impl<L: Len, A> Apply<Facts<L>> for Flipped<A>
where
    A: AxisPos<L::Count>,
    L: At<Pos0<A, L>>,
    <L as At<Pos0<A, L>>>::Out: Negate,
    L: SetAt<Pos0<A, L>, <<L as At<Pos0<A, L>>>::Out as Negate>::Out>,
{
    type Out = Facts<<L as SetAt<Pos0<A, L>, <<L as At<Pos0<A, L>>>::Out as Negate>::Out>>::Out>;
}
impl<L: Len, A> Apply<Facts<L>> for Squeezed<A>
where
    A: AxisPos<L::Count>,
    L: RemoveAt<Pos0<A, L>>,
{
    type Out = Facts<<L as RemoveAt<Pos0<A, L>>>::Out>;
}
impl<L: Len, A> Apply<Facts<L>> for Expanded<A>
where
    A: AxisPos<S<L::Count>>,
    L: InsertAt<<A as AxisPos<S<L::Count>>>::Out, Pos<U0>>,
{
    type Out = Facts<<L as InsertAt<<A as AxisPos<S<L::Count>>>::Out, Pos<U0>>>::Out>;
}
impl<L, Sh: ShapeList> Apply<Facts<L>> for SqueezedAll<Sh>
where
    Sh::List: SqueezeOnes<L>,
{
    type Out = <Sh::List as SqueezeOnes<L>>::Out;
}
impl<L, Sh: ShapeList, T: ShapeList> Apply<Facts<L>> for Broadcast<Sh, T>
where
    Sh::List: BroadcastStrides<L> + Len,
    T::List: Len,
    <T::List as Len>::Count: PeanoSub<<Sh::List as Len>::Count>,
    <<T::List as Len>::Count as PeanoSub<<Sh::List as Len>::Count>>::Out: ZerosOnto<<Sh::List as BroadcastStrides<L>>::Out>,
{
    type Out = <<<T::List as Len>::Count as PeanoSub<<Sh::List as Len>::Count>>::Out as ZerosOnto<
        <Sh::List as BroadcastStrides<L>>::Out,
    >>::Out;
}
impl<L, F, K> Apply<Facts<L>> for Indexed<F, K>
where
    F: Items<L>,
    K: RevOnto<Nil>,
    Rev<K>: Items<Rev<F::Rest>>,
    Rev<<Rev<K> as Items<Rev<F::Rest>>>::Rest>: Append<Rev<<Rev<K> as Items<Rev<F::Rest>>>::Done>>,
    Rev<<Rev<K> as Items<Rev<F::Rest>>>::Done>: Sized,
    F::Rest: RevOnto<Nil>,
    <Rev<K> as Items<Rev<F::Rest>>>::Done: RevOnto<Nil>,
    <Rev<K> as Items<Rev<F::Rest>>>::Rest: RevOnto<Nil>,
    F::Done: Append<
        <Rev<<Rev<K> as Items<Rev<F::Rest>>>::Rest> as Append<
            Rev<<Rev<K> as Items<Rev<F::Rest>>>::Done>,
        >>::Out,
    >,
{
    type Out = Facts<
        <F::Done as Append<
            <Rev<<Rev<K> as Items<Rev<F::Rest>>>::Rest> as Append<
                Rev<<Rev<K> as Items<Rev<F::Rest>>>::Done>,
            >>::Out,
        >>::Out,
    >;
}
impl<L, Sh: ShapeList, T: ShapeList> Apply<Facts<L>> for Reshaped<Sh, T>
where
    Sh::List: NoCopyReshape<Facts<L>, T::List>,
{
    type Out = <Sh::List as NoCopyReshape<Facts<L>, T::List>>::Strides;
}

/// `transpose(p)`: the list `Self` of positions picks from `L`.
pub trait PermuteOf<L> {
    /// The permuted list.
    type Out;
}
impl<L> PermuteOf<L> for Nil {
    type Out = Nil;
}
impl<K, R: PermuteOf<L>, L: At<K>> PermuteOf<L> for Cons<K, R> {
    type Out = Cons<<L as At<K>>::Out, R::Out>;
}

/// `Self` zero strides in front of `L` (the leading axes `broadcast_to` adds).
pub trait ZerosOnto<F> {
    /// The strides.
    type Out;
}
impl ZerosOnto<Opaque> for Z {
    type Out = Opaque;
}
impl<L> ZerosOnto<Facts<L>> for Z {
    type Out = Facts<L>;
}
impl<N: ZerosOnto<F>, F> ZerosOnto<F> for S<N>
where
    N::Out: PushFront<Pos<U0>>,
{
    type Out = <N::Out as PushFront<Pos<U0>>>::Out;
}

/// Strides with `X` in front ([`Opaque`] stays opaque).
pub trait PushFront<X> {
    /// The strides.
    type Out;
}
impl<X> PushFront<X> for Opaque {
    type Out = Opaque;
}
impl<X, L> PushFront<X> for Facts<L> {
    type Out = Facts<Cons<X, L>>;
}

/// `broadcast_to`: an axis of size 1 repeats (stride 0); a `Dyn` one may.
pub trait BroadcastStrides<L> {
    /// The strides.
    type Out;
}
impl BroadcastStrides<Nil> for Nil {
    type Out = Facts<Nil>;
}
impl<D, R, X, LR> BroadcastStrides<Cons<X, LR>> for Cons<D, R>
where
    R: BroadcastStrides<LR>,
    D: OneGivesZero<X>,
    R::Out: PushFront<D::Out>,
{
    type Out = <R::Out as PushFront<D::Out>>::Out;
}
/// The stride of an axis of size `Self` after `broadcast_to`.
pub trait OneGivesZero<X> {
    /// The stride.
    type Out;
}
impl<X> OneGivesZero<X> for Dyn {
    type Out = Unknown;
}
impl<X> OneGivesZero<X> for UTerm {
    type Out = X;
}
impl<X> OneGivesZero<X> for UInt<UTerm, B1> {
    type Out = Pos<U0>;
}
impl<X, U, B2, B3> OneGivesZero<X> for UInt<UInt<U, B2>, B3> {
    type Out = X;
}

/// `squeeze()`: the strides of the axes whose size is not 1; a `Dyn` size
/// leaves the answer to run time.
pub trait SqueezeOnes<L> {
    /// The strides.
    type Out;
}
impl SqueezeOnes<Nil> for Nil {
    type Out = Facts<Nil>;
}
impl<R, X, LR> SqueezeOnes<Cons<X, LR>> for Cons<Dyn, R> {
    type Out = Opaque;
}
impl<R: SqueezeOnes<LR>, X, LR> SqueezeOnes<Cons<X, LR>> for Cons<UInt<UTerm, B1>, R> {
    type Out = R::Out;
}
impl<R: SqueezeOnes<LR>, X, LR> SqueezeOnes<Cons<X, LR>> for Cons<UTerm, R>
where
    R::Out: PushFront<X>,
{
    type Out = <R::Out as PushFront<X>>::Out;
}
impl<U, B2, B3, R: SqueezeOnes<LR>, X, LR> SqueezeOnes<Cons<X, LR>> for Cons<UInt<UInt<U, B2>, B3>, R>
where
    R::Out: PushFront<X>,
{
    type Out = <R::Out as PushFront<X>>::Out;
}

/// Index items applied to strides `L` from the front: the strides they give
/// (`Done`) and the strides they leave untouched (`Rest`).
pub trait Items<L> {
    /// Strides of the indexed axes, in order.
    type Done;
    /// The strides after the last consumed axis.
    type Rest;
}
impl<L> Items<L> for Nil {
    type Done = Nil;
    type Rest = L;
}
impl<R: Items<LR>, X, LR> Items<Cons<X, LR>> for Cons<Drop, R> {
    type Done = R::Done;
    type Rest = R::Rest;
}
impl<R: Items<L>, L> Items<L> for Cons<NewAxis, R> {
    type Done = Cons<Pos<U0>, R::Done>;
    type Rest = R::Rest;
}
impl<D, R: Items<LR>, X: Stepped<D>, LR> Items<Cons<X, LR>> for Cons<Slice<D>, R> {
    type Done = Cons<<X as Stepped<D>>::Out, R::Done>;
    type Rest = R::Rest;
}

// --------------------------------------------------------------- reshape

/// NumPy's no-copy reshape of a view with dims `Self` (a list) and strides
/// `F` into the dims list `T`: the [`Verdict`](NoCopyReshape::Verdict) and the new
/// [`Strides`](NoCopyReshape::Strides).
///
/// Size-1 axes of the source are dropped; then old and new axes are walked
/// from the innermost out, in groups whose products match; inside a group
/// each old stride must be the next old dim times the next old stride
/// (`stride[k] == dim[k + 1] * stride[k + 1]`), and each new axis gets the
/// group's innermost stride times the new dims inside it.
pub trait NoCopyReshape<F, T> {
    /// `IsView`, `NeedsCopy` or `AtRunTime`.
    type Verdict;
    /// The strides of the result ([`Facts`] or [`Opaque`]).
    type Strides;
}
impl<OD, T> NoCopyReshape<Opaque, T> for OD {
    type Verdict = AtRunTime;
    type Strides = Opaque;
}
impl<OD, L, T> NoCopyReshape<Facts<L>, T> for OD
where
    OD: Classify<T>,
    <OD as Classify<T>>::Out: ReshapeCase<OD, L, T>,
{
    type Verdict = <<OD as Classify<T>>::Out as ReshapeCase<OD, L, T>>::Verdict;
    type Strides = <<OD as Classify<T>>::Out as ReshapeCase<OD, L, T>>::Strides;
}

/// What the dims say before any stride is looked at: `Empty` (a static 0:
/// any reshape is a view), `Runtime` (a `Dyn` dim), or `Walk`.
pub trait Classify<T> {
    /// `CaseEmpty`, `CaseDyn` or `CaseWalk`.
    type Out;
}
/// A zero-size array.
pub struct CaseEmpty;
/// A `Dyn` dim on either side.
pub struct CaseDyn;
/// All static and non-empty.
pub struct CaseWalk;
impl<OD: DimsKind, T: DimsKind> Classify<T> for OD
where
    OD::Out: JoinKind<T::Out>,
{
    type Out = <OD::Out as JoinKind<T::Out>>::Out;
}
/// `CaseEmpty` if a dim is 0, else `CaseDyn` if one is `Dyn`, else `CaseWalk`.
pub trait DimsKind {
    /// The kind.
    type Out;
}
impl DimsKind for Nil {
    type Out = CaseWalk;
}
impl<R: DimsKind> DimsKind for Cons<UTerm, R> {
    type Out = CaseEmpty;
}
impl<R: DimsKind> DimsKind for Cons<Dyn, R>
where
    CaseDyn: JoinKind<R::Out>,
{
    type Out = <CaseDyn as JoinKind<R::Out>>::Out;
}
impl<U, Bt, R: DimsKind> DimsKind for Cons<UInt<U, Bt>, R> {
    type Out = R::Out;
}
/// Two kinds together: empty wins, then `Dyn`.
pub trait JoinKind<R> {
    /// The kind.
    type Out;
}
impl<R> JoinKind<R> for CaseEmpty {
    type Out = CaseEmpty;
}
impl JoinKind<CaseEmpty> for CaseDyn {
    type Out = CaseEmpty;
}
impl JoinKind<CaseDyn> for CaseDyn {
    type Out = CaseDyn;
}
impl JoinKind<CaseWalk> for CaseDyn {
    type Out = CaseDyn;
}
impl<R> JoinKind<R> for CaseWalk
where
    R: KindOf,
{
    type Out = R;
}
/// The kinds are themselves kinds.
pub trait KindOf {}
impl KindOf for CaseEmpty {}
impl KindOf for CaseDyn {}
impl KindOf for CaseWalk {}

/// The reshape for one [`Classify`] case.
pub trait ReshapeCase<OD, L, T> {
    /// The verdict.
    type Verdict;
    /// The new strides.
    type Strides;
}
impl<OD, L, T> ReshapeCase<OD, L, T> for CaseEmpty {
    type Verdict = IsView;
    type Strides = Opaque;
}
impl<OD, L, T> ReshapeCase<OD, L, T> for CaseDyn {
    type Verdict = AtRunTime;
    type Strides = Opaque;
}
impl<OD, L, T> ReshapeCase<OD, L, T> for CaseWalk
where
    OD: DropOnes<L>,
    <OD as DropOnes<L>>::Dims: RevOnto<Nil>,
    <OD as DropOnes<L>>::Strides: RevOnto<Nil>,
    T: RevOnto<Nil>,
    Walk<
        Rev<<OD as DropOnes<L>>::Dims>,
        Rev<<OD as DropOnes<L>>::Strides>,
        Rev<T>,
        U1,
        U1,
        Pos<U0>,
        U1,
        Pos<U0>,
        Nil,
        IsView,
    >: WalkStep,
{
    type Verdict = <Walk<
        Rev<<OD as DropOnes<L>>::Dims>,
        Rev<<OD as DropOnes<L>>::Strides>,
        Rev<T>,
        U1,
        U1,
        Pos<U0>,
        U1,
        Pos<U0>,
        Nil,
        IsView,
    > as WalkStep>::Verdict;
    type Strides = <Walk<
        Rev<<OD as DropOnes<L>>::Dims>,
        Rev<<OD as DropOnes<L>>::Strides>,
        Rev<T>,
        U1,
        U1,
        Pos<U0>,
        U1,
        Pos<U0>,
        Nil,
        IsView,
    > as WalkStep>::Strides;
}

/// Dims (`Self`) and strides (`L`) without the axes of size 1.
pub trait DropOnes<L> {
    /// The dims left.
    type Dims;
    /// Their strides.
    type Strides;
}
impl DropOnes<Nil> for Nil {
    type Dims = Nil;
    type Strides = Nil;
}
impl<R: DropOnes<LR>, X, LR> DropOnes<Cons<X, LR>> for Cons<UInt<UTerm, B1>, R> {
    type Dims = R::Dims;
    type Strides = R::Strides;
}
impl<U, B2, B3, R: DropOnes<LR>, X, LR> DropOnes<Cons<X, LR>> for Cons<UInt<UInt<U, B2>, B3>, R> {
    type Dims = Cons<UInt<UInt<U, B2>, B3>, R::Dims>;
    type Strides = Cons<X, R::Strides>;
}

/// The state of the walk from the innermost axes out: old dims and strides
/// left (`OD`, `OS`), new dims left (`ND`), the products of the old and new
/// dims consumed (`P`, `Q`), the stride of the next new axis (`Cur`), the
/// last old dim and stride consumed (`PD`, `PS`), the new strides so far
/// (`Acc`, outermost first) and the verdict so far (`V`).
pub struct Walk<OD, OS, ND, P, Q, Cur, PD, PS, Acc, V>(
    PhantomData<(OD, OS, ND, P, Q, Cur, PD, PS, Acc, V)>,
);

/// One step of the walk, chosen by comparing `Q` with `P`.
pub trait WalkStep {
    /// The verdict.
    type Verdict;
    /// The new strides.
    type Strides;
}
impl<OD, OS, ND, P, Q, Cur, PD, PS, Acc, V> WalkStep for Walk<OD, OS, ND, P, Q, Cur, PD, PS, Acc, V>
where
    Q: Cmp<P>,
    Walk<OD, OS, ND, P, Q, Cur, PD, PS, Acc, V>: WalkBy<Compare<Q, P>>,
{
    type Verdict = <Self as WalkBy<Compare<Q, P>>>::Verdict;
    type Strides = <Self as WalkBy<Compare<Q, P>>>::Strides;
}

/// [`WalkStep`] for `Q` less than, equal to or greater than `P`.
pub trait WalkBy<O> {
    /// The verdict.
    type Verdict;
    /// The new strides.
    type Strides;
}
// Q == P, nothing left: done.
impl<P, Q, Cur, PD, PS, Acc, V> WalkBy<Equal> for Walk<Nil, Nil, Nil, P, Q, Cur, PD, PS, Acc, V> {
    type Verdict = V;
    type Strides = Facts<Acc>;
}
// Q == P, old axes done: the new axes left have size 1 (any stride).
impl<E, NR, P, Q, Cur, PD, PS, Acc, V> WalkBy<Equal>
    for Walk<Nil, Nil, Cons<E, NR>, P, Q, Cur, PD, PS, Acc, V>
where
    Walk<Nil, Nil, NR, P, Q, Cur, PD, PS, Cons<Pos<U0>, Acc>, V>: WalkStep,
{
    type Verdict = <Walk<Nil, Nil, NR, P, Q, Cur, PD, PS, Cons<Pos<U0>, Acc>, V> as WalkStep>::Verdict;
    type Strides = <Walk<Nil, Nil, NR, P, Q, Cur, PD, PS, Cons<Pos<U0>, Acc>, V> as WalkStep>::Strides;
}
// Q == P with old axes left: a new group starts at the next old axis.
impl<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V> WalkBy<Equal>
    for Walk<Cons<D, OR>, Cons<X, SR>, ND, P, Q, Cur, PD, PS, Acc, V>
where
    P: DimMul<D>,
    Walk<OR, SR, ND, <P as DimMul<D>>::Out, Q, X, D, X, Acc, V>: WalkStep,
{
    type Verdict = <Walk<OR, SR, ND, <P as DimMul<D>>::Out, Q, X, D, X, Acc, V> as WalkStep>::Verdict;
    type Strides = <Walk<OR, SR, ND, <P as DimMul<D>>::Out, Q, X, D, X, Acc, V> as WalkStep>::Strides;
}
// Q < P: the next new axis takes the current stride.
impl<OD, OS, E, NR, P, Q, Cur, PD, PS, Acc, V> WalkBy<Less>
    for Walk<OD, OS, Cons<E, NR>, P, Q, Cur, PD, PS, Acc, V>
where
    Q: DimMul<E>,
    Cur: StrideTimes<E>,
    Walk<OD, OS, NR, P, <Q as DimMul<E>>::Out, <Cur as StrideTimes<E>>::Out, PD, PS, Cons<Cur, Acc>, V>:
        WalkStep,
{
    type Verdict = <Walk<
        OD,
        OS,
        NR,
        P,
        <Q as DimMul<E>>::Out,
        <Cur as StrideTimes<E>>::Out,
        PD,
        PS,
        Cons<Cur, Acc>,
        V,
    > as WalkStep>::Verdict;
    type Strides = <Walk<
        OD,
        OS,
        NR,
        P,
        <Q as DimMul<E>>::Out,
        <Cur as StrideTimes<E>>::Out,
        PD,
        PS,
        Cons<Cur, Acc>,
        V,
    > as WalkStep>::Strides;
}
// Q > P: the next old axis merges into the group; its stride must fit.
impl<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V> WalkBy<Greater>
    for Walk<Cons<D, OR>, Cons<X, SR>, ND, P, Q, Cur, PD, PS, Acc, V>
where
    P: DimMul<D>,
    X: Merges<PD, PS>,
    V: Both<<X as Merges<PD, PS>>::Out>,
    Walk<OR, SR, ND, <P as DimMul<D>>::Out, Q, Cur, D, X, Acc, <V as Both<<X as Merges<PD, PS>>::Out>>::Out>:
        WalkStep,
{
    type Verdict = <Walk<
        OR,
        SR,
        ND,
        <P as DimMul<D>>::Out,
        Q,
        Cur,
        D,
        X,
        Acc,
        <V as Both<<X as Merges<PD, PS>>::Out>>::Out,
    > as WalkStep>::Verdict;
    type Strides = <Walk<
        OR,
        SR,
        ND,
        <P as DimMul<D>>::Out,
        Q,
        Cur,
        D,
        X,
        Acc,
        <V as Both<<X as Merges<PD, PS>>::Out>>::Out,
    > as WalkStep>::Strides;
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
    Sh::List: NoCopyReshape<<Known<B, H> as StrideFacts>::Out, Cons<<Sh::List as CStrides>::Size, Nil>>,
{
    type Verdict = <Sh::List as Contiguous<<Known<B, H> as StrideFacts>::Out>>::Out;
    type ReshapeToo = <Sh::List as NoCopyReshape<
        <Known<B, H> as StrideFacts>::Out,
        Cons<<Sh::List as CStrides>::Size, Nil>,
    >>::Verdict;
}

/// NumPy's C-contiguity flag of dims `Self` and strides `F`: a zero-size
/// array is contiguous; size-1 axes are ignored; every other stride is the
/// product of the sizes to its right.
pub trait Contiguous<F> {
    /// `IsView` (contiguous), `NeedsCopy` or `AtRunTime`.
    type Out;
}
impl<OD> Contiguous<Opaque> for OD {
    type Out = AtRunTime;
}
impl<OD, L> Contiguous<Facts<L>> for OD
where
    OD: Classify<Nil>,
    <OD as Classify<Nil>>::Out: ContigCase<OD, L>,
{
    type Out = <<OD as Classify<Nil>>::Out as ContigCase<OD, L>>::Out;
}
/// [`Contiguous`] per [`Classify`] case.
pub trait ContigCase<OD, L> {
    /// The verdict.
    type Out;
}
impl<OD, L> ContigCase<OD, L> for CaseEmpty {
    type Out = IsView;
}
impl<OD, L> ContigCase<OD, L> for CaseDyn {
    type Out = AtRunTime;
}
impl<OD: DropOnes<L>, L> ContigCase<OD, L> for CaseWalk
where
    <OD as DropOnes<L>>::Dims: RevOnto<Nil>,
    <OD as DropOnes<L>>::Strides: RevOnto<Nil>,
    Rev<<OD as DropOnes<L>>::Dims>: CWalk<Rev<<OD as DropOnes<L>>::Strides>, U1>,
{
    type Out = <Rev<<OD as DropOnes<L>>::Dims> as CWalk<Rev<<OD as DropOnes<L>>::Strides>, U1>>::Out;
}
/// Innermost first: each stride must be `+Acc`, then `Acc *= dim`.
pub trait CWalk<L, Acc> {
    /// The verdict.
    type Out;
}
impl<Acc> CWalk<Nil, Acc> for Nil {
    type Out = IsView;
}
impl<D, R, X, LR, Acc> CWalk<Cons<X, LR>, Acc> for Cons<D, R>
where
    X: IsStride<Acc>,
    Acc: DimMul<D>,
    R: CWalk<LR, <Acc as DimMul<D>>::Out>,
    <X as IsStride<Acc>>::Out: Both<<R as CWalk<LR, <Acc as DimMul<D>>::Out>>::Out>,
{
    type Out = <<X as IsStride<Acc>>::Out as Both<<R as CWalk<LR, <Acc as DimMul<D>>::Out>>::Out>>::Out;
}
/// Whether a stride is `+Acc`.
pub trait IsStride<Acc> {
    /// The verdict.
    type Out;
}
impl<Acc> IsStride<Acc> for Unknown {
    type Out = AtRunTime;
}
impl<Acc, M> IsStride<Acc> for Neg<M> {
    type Out = NeedsCopy;
}
impl<Acc, M: DimEqual<Acc>> IsStride<Acc> for Pos<M>
where
    M::Out: ViewIf,
{
    type Out = <M::Out as ViewIf>::Out;
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
