//! Type-level computations the `nd!` expansions call: slice lengths, index
//! bound checks, reshape view-ability. Every trait here maps types to types
//! (or to a `B1`/`B0` answer); the expansion turns a `B0` into a compile error
//! with a message written for its call site.

use crate::dim::{Dim, DimCeilDiv, DimMin, DimSatSub, Dyn};
use crate::layout::{Strided, C};
use crate::shape::{Cons, Nil};
use core::marker::PhantomData;
use core::ops::Mul;
use typenum::{Bit, Cmp, Compare, Equal, Greater, Less, Unsigned, B0, B1, U1};

/// A slice bound clamped into `[0, N]` as `min(U, N)` (a non-negative literal).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::typelevel::{Clamp, FromStart};
/// use ndview::typenum::{U2, U5, U7};
/// let _: P<<FromStart<U2> as Clamp<U5>>::Out> = P::<U2>;
/// let _: P<<FromStart<U7> as Clamp<U5>>::Out> = P::<U5>; // 7: on an axis of 5 clamps to 5
/// ```
pub struct FromStart<U>(PhantomData<U>);
/// A slice bound clamped into `[0, N]` as `N - min(U, N)` (a negative literal `-U`).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::typelevel::{Clamp, FromEnd};
/// use ndview::typenum::{U0, U2, U3, U5, U9};
/// let _: P<<FromEnd<U2> as Clamp<U5>>::Out> = P::<U3>; // -2 on an axis of 5 is 3
/// let _: P<<FromEnd<U9> as Clamp<U5>>::Out> = P::<U0>; // -9 clamps to 0
/// ```
pub struct FromEnd<U>(PhantomData<U>);

/// A bound resolved against an axis of length `N`: `<FromEnd<U2> as Clamp<U5>>::Out = U3`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::typelevel::{Clamp, FromEnd};
/// use ndview::typenum::{U2, U3, U5};
/// let _: P<<FromEnd<U2> as Clamp<U5>>::Out> = P::<U3>;
/// ```
pub trait Clamp<N> {
    /// The clamped bound.
    type Out: Dim;
}
impl<U, N: DimMin<U>> Clamp<N> for FromStart<U> {
    type Out = <N as DimMin<U>>::Out;
}
impl<U, N: DimSatSub<U>> Clamp<N> for FromEnd<U> {
    type Out = <N as DimSatSub<U>>::Out;
}

/// A positive step; `D` is [`Step1`](crate::dim::Step1), a power of two or a general divisor.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::dim::StepPow2;
/// use ndview::typelevel::{FromStart, SliceLen, StepFwd};
/// use ndview::typenum::{U0, U1, U3, U6};
/// // np.arange(6)[::2] has 3 elements (step 2 = 2^1)
/// let _: P<<U6 as SliceLen<FromStart<U0>, FromStart<U6>, StepFwd<StepPow2<U1>>>>::Out> = P::<U3>;
/// ```
pub struct StepFwd<D>(PhantomData<D>);
/// A negative step, bounds shifted by one so NumPy's "before index 0" is 0.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::dim::StepPow2;
/// use ndview::typelevel::{FromStart, SliceLen, StepBack};
/// use ndview::typenum::{U1, U3, U9, U10};
/// // np.arange(10)[8:2:-2] is [8, 6, 4]: bounds 8 and 2 are written 9 and 3
/// let _: P<<U10 as SliceLen<FromStart<U9>, FromStart<U3>, StepBack<StepPow2<U1>>>>::Out> = P::<U3>;
/// ```
pub struct StepBack<D>(PhantomData<D>);

/// The length of `start:stop:step` on an axis of length `Self`, as NumPy
/// computes it: `<U10 as SliceLen<FromStart<U2>, FromStart<U8>, StepFwd<StepDiv<U3>>>>::Out = U2`.
///
/// The macro encodes the literal bounds so all arithmetic stays unsigned:
/// for a positive step, `x >= 0` is `FromStart<x>` and `-k` is `FromEnd<k>`;
/// for a negative step bounds are shifted by one (`x >= 0` is
/// `FromStart<x + 1>`, `-k` is `FromEnd<k - 1>`). Length is
/// `ceil((stop - start) / step)`, saturating at 0.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::dim::StepDiv;
/// use ndview::typelevel::{FromStart, SliceLen, StepFwd};
/// use ndview::typenum::{U2, U3, U8, U10};
/// // np.arange(10)[2:8:3] is [2, 5]
/// let _: P<<U10 as SliceLen<FromStart<U2>, FromStart<U8>, StepFwd<StepDiv<U3>>>>::Out> = P::<U2>;
/// ```
pub trait SliceLen<Start, Stop, Step> {
    /// The number of elements taken.
    type Out: Dim;
}
impl<N, A, B, D> SliceLen<A, B, StepFwd<D>> for N
where
    A: Clamp<N>,
    B: Clamp<N>,
    B::Out: DimSatSub<A::Out>,
    <B::Out as DimSatSub<A::Out>>::Out: DimCeilDiv<D>,
{
    type Out = <<B::Out as DimSatSub<A::Out>>::Out as DimCeilDiv<D>>::Out;
}
impl<N, A, B, D> SliceLen<A, B, StepBack<D>> for N
where
    A: Clamp<N>,
    B: Clamp<N>,
    A::Out: DimSatSub<B::Out>,
    <A::Out as DimSatSub<B::Out>>::Out: DimCeilDiv<D>,
{
    type Out = <<A::Out as DimSatSub<B::Out>>::Out as DimCeilDiv<D>>::Out;
}

/// Whether a reshape of a view with layout `Self` and dims list `Src` into
/// `Target` can be a view: always for [`C`]; for [`Strided`], when it only
/// splits axes and adds or removes length-1 axes ([`SplitsInto`]).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::shape::ShapeList;
/// use ndview::typelevel::ReshapeIsView;
/// use ndview::typenum::{B0, B1};
/// use ndview::{Strided, C};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<C as ReshapeIsView<L<shape![6, 4]>, L<shape![24]>>>::Out> = P::<B1>;
/// let _: P<<Strided as ReshapeIsView<L<shape![6, 4]>, L<shape![2, 3, 4]>>>::Out> = P::<B1>;
/// let _: P<<Strided as ReshapeIsView<L<shape![6, 4]>, L<shape![24]>>>::Out> = P::<B0>;
/// ```
pub trait ReshapeIsView<Src, Target> {
    /// `B1` when it is a view.
    type Out: Bit;
}
impl<Src, Target> ReshapeIsView<Src, Target> for C {
    type Out = B1;
}
impl<Src, Target> ReshapeIsView<Src, Target> for Strided
where
    Src: SplitsInto<Target> + HasZero,
    <Src as HasZero>::Out: core::ops::BitOr<<Src as SplitsInto<Target>>::Out>,
    typenum::Or<<Src as HasZero>::Out, <Src as SplitsInto<Target>>::Out>: Bit,
{
    // An empty array reshapes freely (NumPy: zero-size arrays are contiguous).
    type Out = typenum::Or<<Src as HasZero>::Out, <Src as SplitsInto<Target>>::Out>;
}

/// `B1` when some dim of the list is statically 0.
pub trait HasZero {
    /// The answer.
    type Out: Bit;
}
impl HasZero for Nil {
    type Out = B0;
}
impl<H: DimKind, R: HasZero> HasZero for Cons<H, R>
where
    H::Kind: KindIsZero,
    <H::Kind as KindIsZero>::Out: core::ops::BitOr<<R as HasZero>::Out>,
    typenum::Or<<H::Kind as KindIsZero>::Out, <R as HasZero>::Out>: Bit,
{
    type Out = typenum::Or<<H::Kind as KindIsZero>::Out, <R as HasZero>::Out>;
}
/// `B1` for the kind of a dim equal to 0.
pub trait KindIsZero {
    /// The answer.
    type Out: Bit;
}
impl KindIsZero for Less {
    type Out = B1;
}
impl KindIsZero for Equal {
    type Out = B0;
}
impl KindIsZero for Greater {
    type Out = B0;
}
impl KindIsZero for Dyn {
    type Out = B0;
}

/// `B1` when every source axis (length-1 axes aside) is the product of a run
/// of consecutive target axes, so reshaping needs no merge of strided axes:
/// `SplitsInto<[6, 4] -> [2, 3, 4]>` is `B1`, `[6, 4] -> [24]` is `B0`.
/// Any zero-length source axis answers `B1` (empty arrays reshape freely);
/// a `Dyn` source axis answers `B0` (not provable at compile time).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::shape::ShapeList;
/// use ndview::typelevel::SplitsInto;
/// use ndview::typenum::{B0, B1};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<L<shape![6, 4]> as SplitsInto<L<shape![2, 3, 1, 4]>>>::Out> = P::<B1>;
/// let _: P<<L<shape![6, 4]> as SplitsInto<L<shape![24]>>>::Out> = P::<B0>;
/// let _: P<<L<shape![Dyn, 4]> as SplitsInto<L<shape![Dyn, 2, 2]>>>::Out> = P::<B0>;
/// ```
pub trait SplitsInto<Target> {
    /// The answer.
    type Out: Bit;
}

/// `B1` when every entry of the list is 1.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::shape::ShapeList;
/// use ndview::typelevel::AllOnes;
/// use ndview::typenum::{B0, B1};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<L<shape![1, 1]> as AllOnes>::Out> = P::<B1>;
/// let _: P<<L<shape![1, 2]> as AllOnes>::Out> = P::<B0>;
/// ```
pub trait AllOnes {
    /// The answer.
    type Out: Bit;
}
impl AllOnes for Nil {
    type Out = B1;
}
impl<H: DimKind, R: AllOnes> AllOnes for Cons<H, R>
where
    <H as DimKind>::Kind: KindIsOne,
    <<H as DimKind>::Kind as KindIsOne>::Out: core::ops::BitAnd<<R as AllOnes>::Out>,
    typenum::And<<<H as DimKind>::Kind as KindIsOne>::Out, <R as AllOnes>::Out>: Bit,
{
    type Out = typenum::And<<<H as DimKind>::Kind as KindIsOne>::Out, <R as AllOnes>::Out>;
}

/// Classifies a dim: `Less` for 0, `Equal` for 1, `Greater` for more, `Dyn` for `Dyn`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::typelevel::DimKind;
/// use ndview::typenum::{Equal, Greater, Less, U0, U1, U5};
/// use ndview::Dyn;
/// let _: P<<U0 as DimKind>::Kind> = P::<Less>;
/// let _: P<<U1 as DimKind>::Kind> = P::<Equal>;
/// let _: P<<U5 as DimKind>::Kind> = P::<Greater>;
/// let _: P<<Dyn as DimKind>::Kind> = P::<Dyn>;
/// ```
pub trait DimKind {
    /// `Less`, `Equal`, `Greater` or `Dyn`.
    type Kind;
}
impl DimKind for Dyn {
    type Kind = Dyn;
}
impl<N: Unsigned + Cmp<U1>> DimKind for N {
    type Kind = Compare<N, U1>;
}
/// `B1` for the kind of a dim equal to 1.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::typelevel::KindIsOne;
/// use ndview::typenum::{Equal, Greater, B0, B1};
/// let _: P<<Equal as KindIsOne>::Out> = P::<B1>;
/// let _: P<<Greater as KindIsOne>::Out> = P::<B0>;
/// ```
pub trait KindIsOne {
    /// The answer.
    type Out: Bit;
}
impl KindIsOne for Equal {
    type Out = B1;
}
impl KindIsOne for Less {
    type Out = B0;
}
impl KindIsOne for Greater {
    type Out = B0;
}
impl KindIsOne for Dyn {
    type Out = B0;
}

impl<T: AllOnes> SplitsInto<T> for Nil {
    type Out = <T as AllOnes>::Out;
}
impl<D: DimKind, SR, T> SplitsInto<T> for Cons<D, SR>
where
    D::Kind: SplitHead<D, SR, T>,
{
    type Out = <D::Kind as SplitHead<D, SR, T>>::Out;
}

/// One step of [`SplitsInto`], chosen by the kind of the source head `D`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::shape::{Nil, ShapeList};
/// use ndview::typelevel::SplitHead;
/// use ndview::typenum::{Greater, B1, U6};
/// type L<S> = <S as ShapeList>::List;
/// // a source head 6 (> 1) followed by nothing, into [2, 3]
/// let _: P<<Greater as SplitHead<U6, Nil, L<shape![2, 3]>>>::Out> = P::<B1>;
/// ```
pub trait SplitHead<D, SR, T> {
    /// The answer.
    type Out: Bit;
}
/// `D == 0`: an empty array, any reshape is a view.
impl<D, SR, T> SplitHead<D, SR, T> for Less {
    type Out = B1;
}
/// `D == 1`: drop the source axis.
impl<D, SR: SplitsInto<T>, T> SplitHead<D, SR, T> for Equal {
    type Out = <SR as SplitsInto<T>>::Out;
}
/// `D` unknown: not provable.
impl<D, SR, T> SplitHead<D, SR, T> for Dyn {
    type Out = B0;
}
/// `D > 1`: consume target axes until their product reaches `D`.
impl<D, SR, T> SplitHead<D, SR, T> for Greater
where
    T: Consume<D, U1, SR>,
{
    type Out = <T as Consume<D, U1, SR>>::Out;
}

/// Consume target axes (the list `Self`) into a running product `Acc` until it
/// equals `D`, then continue [`SplitsInto`] with the source rest `SR`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::shape::{Nil, ShapeList};
/// use ndview::typelevel::Consume;
/// use ndview::typenum::{B0, B1, U1, U6};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<L<shape![2, 3]> as Consume<U6, U1, Nil>>::Out> = P::<B1>; // 2 * 3 == 6
/// let _: P<<L<shape![4, 3]> as Consume<U6, U1, Nil>>::Out> = P::<B0>; // 4 * 3 overshoots
/// ```
pub trait Consume<D, Acc, SR> {
    /// The answer.
    type Out: Bit;
}
impl<D, Acc, SR, T> Consume<D, Acc, SR> for T
where
    Acc: Cmp<D>,
    Compare<Acc, D>: ConsumeStep<D, Acc, SR, T>,
{
    type Out = <Compare<Acc, D> as ConsumeStep<D, Acc, SR, T>>::Out;
}

/// One step of [`Consume`], chosen by comparing the running product with `D`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::shape::Nil;
/// use ndview::typelevel::ConsumeStep;
/// use ndview::typenum::{Equal, Greater, B0, B1, U6, U8};
/// let _: P<<Equal as ConsumeStep<U6, U6, Nil, Nil>>::Out> = P::<B1>;   // product reached 6
/// let _: P<<Greater as ConsumeStep<U6, U8, Nil, Nil>>::Out> = P::<B0>; // went past 6
/// ```
pub trait ConsumeStep<D, Acc, SR, T> {
    /// The answer.
    type Out: Bit;
}
impl<D, Acc, SR: SplitsInto<T>, T> ConsumeStep<D, Acc, SR, T> for Equal {
    type Out = <SR as SplitsInto<T>>::Out;
}
impl<D, Acc, SR, T> ConsumeStep<D, Acc, SR, T> for Greater {
    type Out = B0;
}
impl<D, Acc, SR> ConsumeStep<D, Acc, SR, Nil> for Less {
    type Out = B0;
}
impl<D, Acc, SR, H, TR> ConsumeStep<D, Acc, SR, Cons<H, TR>> for Less
where
    Acc: Mul<H>,
    TR: Consume<D, typenum::Prod<Acc, H>, SR>,
{
    type Out = <TR as Consume<D, typenum::Prod<Acc, H>, SR>>::Out;
}

/// `.T` / `transpose()`: the dims reversed, and the layout after it (a view
/// of rank 0 or 1 keeps its layout, others become [`Strided`]).
/// `<shape![2, 3, 4] as ReverseAxes<C>>::Out = shape![4, 3, 2]`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::typelevel::ReverseAxes;
/// use ndview::{Strided, C};
/// let _: P<<shape![2, 3, 4] as ReverseAxes<C>>::Out> = P::<shape![4, 3, 2]>;
/// let _: P<<shape![2, 3, 4] as ReverseAxes<C>>::Layout> = P::<Strided>;
/// let _: P<<shape![5] as ReverseAxes<C>>::Layout> = P::<C>;
/// ```
pub trait ReverseAxes<L> {
    /// The reversed shape.
    type Out: crate::Shape;
    /// The layout after reversing.
    type Layout: crate::Layout;
}

/// A type-level list back to a shape tuple.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::shape::{Cons, Nil};
/// use ndview::typelevel::ListToTuple;
/// use ndview::typenum::{U3, U4};
/// let _: P<<Cons<U3, Cons<U4, Nil>> as ListToTuple>::Tuple> = P::<shape![3, 4]>;
/// ```
pub trait ListToTuple {
    /// The tuple.
    type Tuple: crate::Shape;
}

/// `squeeze()`: drop every axis whose size is statically 1; `Dyn` axes stay.
/// `<shape![1, 3, 1] as SqueezeAll>::Out = shape![3]`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::typelevel::SqueezeAll;
/// let _: P<<shape![1, 3, 1] as SqueezeAll>::Out> = P::<shape![3]>;
/// let _: P<<shape![1, Dyn] as SqueezeAll>::Out> = P::<shape![Dyn]>;
/// ```
pub trait SqueezeAll {
    /// The squeezed shape.
    type Out: crate::Shape;
}
impl<S: crate::shape::ShapeList> SqueezeAll for S
where
    S::List: DropOnes,
    <S::List as DropOnes>::Out: ListToTuple,
{
    type Out = <<S::List as DropOnes>::Out as ListToTuple>::Tuple;
}

/// A list without its static-1 entries.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::shape::{Cons, Nil};
/// use ndview::typelevel::DropOnes;
/// use ndview::typenum::{U1, U3};
/// let _: P<<Cons<U1, Cons<U3, Cons<U1, Nil>>> as DropOnes>::Out> = P::<Cons<U3, Nil>>;
/// ```
pub trait DropOnes {
    /// The filtered list.
    type Out;
}
impl DropOnes for Nil {
    type Out = Nil;
}
impl<H: DimKind, R: DropOnes> DropOnes for Cons<H, R>
where
    H::Kind: DropStep<H, R::Out>,
{
    type Out = <H::Kind as DropStep<H, R::Out>>::Out;
}
/// One step of [`DropOnes`], chosen by the kind of the head.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::shape::{Cons, Nil};
/// use ndview::typelevel::DropStep;
/// use ndview::typenum::{Equal, Greater, U1, U3};
/// let _: P<<Equal as DropStep<U1, Nil>>::Out> = P::<Nil>;             // a 1 is dropped
/// let _: P<<Greater as DropStep<U3, Nil>>::Out> = P::<Cons<U3, Nil>>; // a 3 is kept
/// ```
pub trait DropStep<H, Rest> {
    /// The list.
    type Out;
}
impl<H, Rest> DropStep<H, Rest> for Equal {
    type Out = Rest;
}
impl<H, Rest> DropStep<H, Rest> for Less {
    type Out = Cons<H, Rest>;
}
impl<H, Rest> DropStep<H, Rest> for Greater {
    type Out = Cons<H, Rest>;
}
impl<H, Rest> DropStep<H, Rest> for Dyn {
    type Out = Cons<H, Rest>;
}

use crate::Layout;
impl<L: Layout> ReverseAxes<L> for () {
    type Out = ();
    type Layout = L;
}
impl ListToTuple for Nil {
    type Tuple = ();
}
impl<L: Layout, A: Dim> ReverseAxes<L> for (A,) {
    type Out = (A,);
    type Layout = L;
}
impl<A: Dim> ListToTuple for Cons<A, Nil> {
    type Tuple = (A,);
}
impl<L: Layout, A: Dim, B: Dim> ReverseAxes<L> for (A, B)
where
    L: crate::known::Then<crate::known::Reversed, (A, B), B0>,
{
    type Out = (B, A);
    type Layout = <L as crate::known::Then<crate::known::Reversed, (A, B), B0>>::Out;
}
impl<A: Dim, B: Dim> ListToTuple for Cons<A, Cons<B, Nil>> {
    type Tuple = (A, B);
}
impl<L: Layout, A: Dim, B: Dim, C: Dim> ReverseAxes<L> for (A, B, C)
where
    L: crate::known::Then<crate::known::Reversed, (A, B, C), B0>,
{
    type Out = (C, B, A);
    type Layout = <L as crate::known::Then<crate::known::Reversed, (A, B, C), B0>>::Out;
}
impl<A: Dim, B: Dim, C: Dim> ListToTuple for Cons<A, Cons<B, Cons<C, Nil>>> {
    type Tuple = (A, B, C);
}
impl<L: Layout, A: Dim, B: Dim, C: Dim, D: Dim> ReverseAxes<L> for (A, B, C, D)
where
    L: crate::known::Then<crate::known::Reversed, (A, B, C, D), B0>,
{
    type Out = (D, C, B, A);
    type Layout = <L as crate::known::Then<crate::known::Reversed, (A, B, C, D), B0>>::Out;
}
impl<A: Dim, B: Dim, C: Dim, D: Dim> ListToTuple for Cons<A, Cons<B, Cons<C, Cons<D, Nil>>>> {
    type Tuple = (A, B, C, D);
}
impl<L: Layout, A: Dim, B: Dim, C: Dim, D: Dim, E: Dim> ReverseAxes<L> for (A, B, C, D, E)
where
    L: crate::known::Then<crate::known::Reversed, (A, B, C, D, E), B0>,
{
    type Out = (E, D, C, B, A);
    type Layout = <L as crate::known::Then<crate::known::Reversed, (A, B, C, D, E), B0>>::Out;
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Nil>>>>>
{
    type Tuple = (A, B, C, D, E);
}
impl<L: Layout, A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim> ReverseAxes<L>
    for (A, B, C, D, E, F)
{
    type Out = (F, E, D, C, B, A);
    type Layout = Strided;
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Cons<F, Nil>>>>>>
{
    type Tuple = (A, B, C, D, E, F);
}
impl<L: Layout, A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim, G: Dim> ReverseAxes<L>
    for (A, B, C, D, E, F, G)
{
    type Out = (G, F, E, D, C, B, A);
    type Layout = Strided;
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim, G: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Cons<F, Cons<G, Nil>>>>>>>
{
    type Tuple = (A, B, C, D, E, F, G);
}
impl<L: Layout, A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim, G: Dim, H: Dim> ReverseAxes<L>
    for (A, B, C, D, E, F, G, H)
{
    type Out = (H, G, F, E, D, C, B, A);
    type Layout = Strided;
}
impl<A: Dim, B: Dim, C: Dim, D: Dim, E: Dim, F: Dim, G: Dim, H: Dim> ListToTuple
    for Cons<A, Cons<B, Cons<C, Cons<D, Cons<E, Cons<F, Cons<G, Cons<H, Nil>>>>>>>>
{
    type Tuple = (A, B, C, D, E, F, G, H);
}
