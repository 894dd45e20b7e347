//! The replay: strides of a `Known` layout, one recorded op at a time.

use super::lists::*;
use super::walk::NoCopyReshape;
use super::*;
use crate::arith::{DimEqual, DimMul, Step1, StepDiv, StepPow2};
use crate::dim::Dyn;
use crate::ops::index::{StepBack, StepFwd};
use crate::shape::{Cons, Nil, ShapeList};
use typenum::{UInt, UTerm, B0, B1, U0, U1};

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
impl<L, P: TupleList> Apply<Facts<L>> for Permuted<P>
where
    P::List: PermuteOf<L>,
{
    type Out = Facts<<P::List as PermuteOf<L>>::Out>;
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
    type Out =
        Facts<
            <<L as RemoveAt<Pos0<A, L>>>::Out as InsertAt<
                Pos0<Bx, L>,
                <L as At<Pos0<A, L>>>::Out,
            >>::Out,
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
    <<T::List as Len>::Count as PeanoSub<<Sh::List as Len>::Count>>::Out:
        ZerosOnto<<Sh::List as BroadcastStrides<L>>::Out>,
{
    type Out =
        <<<T::List as Len>::Count as PeanoSub<<Sh::List as Len>::Count>>::Out as ZerosOnto<
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

impl<L: Append<L>> Apply<Facts<L>> for WindowedAll {
    type Out = Facts<<L as Append<L>>::Out>;
}
impl<L: Len, A> Apply<Facts<L>> for WindowedAlong<A>
where
    A: AxisPos<L::Count>,
    L: At<Pos0<A, L>> + Append<Cons<<L as At<Pos0<A, L>>>::Out, Nil>>,
{
    type Out = Facts<<L as Append<Cons<<L as At<Pos0<A, L>>>::Out, Nil>>>::Out>;
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
impl<U, B2, B3, R: SqueezeOnes<LR>, X, LR> SqueezeOnes<Cons<X, LR>>
    for Cons<UInt<UInt<U, B2>, B3>, R>
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
