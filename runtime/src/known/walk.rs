//! NumPy's no-copy reshape and C-contiguity test over replayed strides.
// The walk's state is one type with many parameters, by design.
#![allow(clippy::type_complexity)]

use super::lists::{Rev, RevOnto};
use super::replay::{Both, Facts, Merges, StrideTimes, ViewIf};
use super::*;
use crate::arith::{DimEqual, DimMul};
use crate::dim::Dyn;
use crate::shape::{Cons, Nil};
use core::marker::PhantomData;
use typenum::{Cmp, Compare, Equal, Greater, Less, UInt, UTerm, B1, U0, U1};

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
// The walk's first state ([`Walk`]'s fields in order): old dims and strides
// without their size-1 axes and the new dims, each reversed (the walk goes
// right to left); both products 1; no current stride yet (`Pos<U0>`, the
// first group sets it); a last old axis of size 1 and stride 0; no new
// strides yet; a view so far.
type WalkStart<OD, L, T> = Walk<
    Rev<<OD as DropUnitAxes<L>>::Dims>,
    Rev<<OD as DropUnitAxes<L>>::Strides>,
    Rev<T>,
    U1,
    U1,
    Pos<U0>,
    U1,
    Pos<U0>,
    Nil,
    IsView,
>;
impl<OD, L, T> ReshapeCase<OD, L, T> for CaseWalk
where
    OD: DropUnitAxes<L>,
    <OD as DropUnitAxes<L>>::Dims: RevOnto<Nil>,
    <OD as DropUnitAxes<L>>::Strides: RevOnto<Nil>,
    T: RevOnto<Nil>,
    WalkStart<OD, L, T>: WalkStep,
{
    type Verdict = <WalkStart<OD, L, T> as WalkStep>::Verdict;
    type Strides = <WalkStart<OD, L, T> as WalkStep>::Strides;
}

/// Dims (`Self`) and strides (`L`) without the axes of size 1.
pub trait DropUnitAxes<L> {
    /// The dims left.
    type Dims;
    /// Their strides.
    type Strides;
}
impl DropUnitAxes<Nil> for Nil {
    type Dims = Nil;
    type Strides = Nil;
}
impl<R: DropUnitAxes<LR>, X, LR> DropUnitAxes<Cons<X, LR>> for Cons<UInt<UTerm, B1>, R> {
    type Dims = R::Dims;
    type Strides = R::Strides;
}
impl<U, B2, B3, R: DropUnitAxes<LR>, X, LR> DropUnitAxes<Cons<X, LR>>
    for Cons<UInt<UInt<U, B2>, B3>, R>
{
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
// The walk's next state in each case below, named once (each impl's
// `Verdict` and `Strides` read the same state).
type AfterSizeOne<NR, P, Q, Cur, PD, PS, Acc, V> =
    Walk<Nil, Nil, NR, P, Q, Cur, PD, PS, Cons<Pos<U0>, Acc>, V>;
type AfterGroup<D, OR, X, SR, ND, P, Q, Acc, V> =
    Walk<OR, SR, ND, <P as DimMul<D>>::Out, Q, X, D, X, Acc, V>;
type AfterSplit<OD, OS, E, NR, P, Q, Cur, PD, PS, Acc, V> = Walk<
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
>;
type AfterMerge<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V> = Walk<
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
>;

// Q == P, old axes done: the new axes left have size 1 (any stride).
impl<E, NR, P, Q, Cur, PD, PS, Acc, V> WalkBy<Equal>
    for Walk<Nil, Nil, Cons<E, NR>, P, Q, Cur, PD, PS, Acc, V>
where
    AfterSizeOne<NR, P, Q, Cur, PD, PS, Acc, V>: WalkStep,
{
    type Verdict = <AfterSizeOne<NR, P, Q, Cur, PD, PS, Acc, V> as WalkStep>::Verdict;
    type Strides = <AfterSizeOne<NR, P, Q, Cur, PD, PS, Acc, V> as WalkStep>::Strides;
}
// Q == P with old axes left: a new group starts at the next old axis.
impl<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V> WalkBy<Equal>
    for Walk<Cons<D, OR>, Cons<X, SR>, ND, P, Q, Cur, PD, PS, Acc, V>
where
    P: DimMul<D>,
    AfterGroup<D, OR, X, SR, ND, P, Q, Acc, V>: WalkStep,
{
    type Verdict = <AfterGroup<D, OR, X, SR, ND, P, Q, Acc, V> as WalkStep>::Verdict;
    type Strides = <AfterGroup<D, OR, X, SR, ND, P, Q, Acc, V> as WalkStep>::Strides;
}
// Q < P: the next new axis takes the current stride.
impl<OD, OS, E, NR, P, Q, Cur, PD, PS, Acc, V> WalkBy<Less>
    for Walk<OD, OS, Cons<E, NR>, P, Q, Cur, PD, PS, Acc, V>
where
    Q: DimMul<E>,
    Cur: StrideTimes<E>,
    AfterSplit<OD, OS, E, NR, P, Q, Cur, PD, PS, Acc, V>: WalkStep,
{
    type Verdict = <AfterSplit<OD, OS, E, NR, P, Q, Cur, PD, PS, Acc, V> as WalkStep>::Verdict;
    type Strides = <AfterSplit<OD, OS, E, NR, P, Q, Cur, PD, PS, Acc, V> as WalkStep>::Strides;
}
// Q > P: the next old axis merges into the group; its stride must fit.
impl<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V> WalkBy<Greater>
    for Walk<Cons<D, OR>, Cons<X, SR>, ND, P, Q, Cur, PD, PS, Acc, V>
where
    P: DimMul<D>,
    X: Merges<PD, PS>,
    V: Both<<X as Merges<PD, PS>>::Out>,
    AfterMerge<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V>: WalkStep,
{
    type Verdict = <AfterMerge<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V> as WalkStep>::Verdict;
    type Strides = <AfterMerge<D, OR, X, SR, ND, P, Q, Cur, PD, PS, Acc, V> as WalkStep>::Strides;
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
impl<OD: DropUnitAxes<L>, L> ContigCase<OD, L> for CaseWalk
where
    <OD as DropUnitAxes<L>>::Dims: RevOnto<Nil>,
    <OD as DropUnitAxes<L>>::Strides: RevOnto<Nil>,
    Rev<<OD as DropUnitAxes<L>>::Dims>: CWalk<Rev<<OD as DropUnitAxes<L>>::Strides>, U1>,
{
    type Out = <Rev<<OD as DropUnitAxes<L>>::Dims> as CWalk<
        Rev<<OD as DropUnitAxes<L>>::Strides>,
        U1,
    >>::Out;
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
    type Out =
        <<X as IsStride<Acc>>::Out as Both<<R as CWalk<LR, <Acc as DimMul<D>>::Out>>::Out>>::Out;
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
