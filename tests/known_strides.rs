//! The type-level replay of strides (`Known<B, H>` layouts) against NumPy.
use ndview::__private::*;
use ndview::prelude::*;

use ndview::typenum::{U1, U12, U15, U2, U20, U3, U4, U5, U6};

trait Same<B> {}
impl<A> Same<A> for A {}
fn same<A: Same<B>, B>() {}

type L1<A> = Cons<A, Nil>;
type L2<A, B> = Cons<A, Cons<B, Nil>>;
type L3<A, B, C> = Cons<A, Cons<B, Cons<C, Nil>>>;

type Facts2<S> = <S as StrideFacts>::Out;

#[test]
fn c_strides_of_a_static_shape() {
    // np.arange(12).reshape(3, 4).strides == (32, 8): (4, 1) elements
    same::<Facts2<Known<shape![3, 4], Nil>>, Facts<L2<Pos<U4>, Pos<U1>>>>();
}

#[test]
fn stepped_slice_of_even_length_merges() {
    // np.arange(12).reshape(3, 4)[:, ::2].reshape(6) is a view, strides (16,)
    type H = L1<Indexed<L2<Slice<StepFwd<Step1>>, Slice<StepFwd<StepPow2<U1>>>>, Nil>>;
    type K = Known<shape![3, 4], H>;
    same::<Facts2<K>, Facts<L2<Pos<U4>, Pos<U2>>>>();
    same::<<K as ReshapeRule<shape![3, 2], shape![6]>>::Verdict, IsView>();
    same::<
        <Cons<U3, Cons<U2, Nil>> as NoCopyReshape<Facts2<K>, L1<U6>>>::Strides,
        Facts<L1<Pos<U2>>>,
    >();
}

#[test]
fn transposed_view_needs_a_copy_to_flatten() {
    type K = Known<shape![3, 4], L1<Reversed>>;
    same::<Facts2<K>, Facts<L2<Pos<U1>, Pos<U4>>>>();
    same::<<K as ReshapeRule<shape![4, 3], shape![12]>>::Verdict, NeedsCopy>();
    // but splitting an axis of it is a view: (4, 3) -> (2, 2, 3), strides (2, 1, 4)
    same::<<K as ReshapeRule<shape![4, 3], shape![2, 2, 3]>>::Verdict, IsView>();
    same::<
        <L2<U4, U3> as NoCopyReshape<Facts2<K>, L3<U2, U2, U3>>>::Strides,
        Facts<L3<Pos<U2>, Pos<U1>, Pos<U4>>>,
    >();
    same::<<K as RavelRule<shape![4, 3]>>::Verdict, NeedsCopy>();
    same::<<K as RavelRule<shape![4, 3]>>::ReshapeToo, NeedsCopy>();
}

#[test]
fn flipped_last_axis_merges_the_others() {
    // img = np.arange(60).reshape(4, 5, 3); img[..., ::-1].reshape(-1, 3) is a view
    type H = L1<Indexed<Nil, L1<Slice<StepBack<Step1>>>>>;
    type K = Known<shape![4, 5, 3], H>;
    same::<Facts2<K>, Facts<L3<Pos<U15>, Pos<U3>, Neg<U1>>>>();
    same::<<K as ReshapeRule<shape![4, 5, 3], shape![20, 3]>>::Verdict, IsView>();
    same::<
        <L3<U4, U5, U3> as NoCopyReshape<Facts2<K>, L2<U20, U3>>>::Strides,
        Facts<L2<Pos<U3>, Neg<U1>>>,
    >();
    // but not with the flipped axis inside a merge
    same::<<K as ReshapeRule<shape![4, 5, 3], shape![4, 15]>>::Verdict, NeedsCopy>();
    same::<<K as RavelRule<shape![4, 5, 3]>>::Verdict, NeedsCopy>();
}

#[test]
fn a_run_time_step_leaves_merges_to_run_time() {
    type H = L1<Indexed<L2<Slice<StepFwd<Step1>>, Slice<DynStep>>, Nil>>;
    type K = Known<shape![3, 4], H>;
    same::<<K as ReshapeRule<shape![3, 2], shape![6]>>::Verdict, AtRunTime>();
    // a split never looks at strides
    same::<<K as ReshapeRule<shape![3, 2], shape![3, 2, 1]>>::Verdict, IsView>();
}

#[test]
fn axis_ops_replay_like_numpy() {
    // np.arange(24).reshape(2, 3, 4): strides (12, 4, 1)
    type B = shape![2, 3, 4];
    same::<Facts2<Known<B, L1<Permuted<(P2, P0, P1)>>>>, Facts<L3<Pos<U1>, Pos<U12>, Pos<U4>>>>();
    same::<
        Facts2<Known<B, L1<Swapped<Front<Z>, Back<S<Z>>>>>>,
        Facts<L3<Pos<U1>, Pos<U4>, Pos<U12>>>,
    >();
    same::<Facts2<Known<B, L1<Moved<Front<Z>, Back<S<Z>>>>>>, Facts<L3<Pos<U4>, Pos<U1>, Pos<U12>>>>(
    );
    same::<Facts2<Known<B, L1<Flipped<Back<S<Z>>>>>>, Facts<L3<Pos<U12>, Pos<U4>, Neg<U1>>>>();
    same::<Facts2<Known<B, L1<Squeezed<Front<Z>>>>>, Facts<L2<Pos<U4>, Pos<U1>>>>();
    same::<
        Facts2<Known<B, L1<Expanded<Back<S<Z>>>>>>,
        Facts<Cons<Pos<U12>, L3<Pos<U4>, Pos<U1>, Pos<ndview::typenum::U0>>>>,
    >();
}

#[test]
fn broadcast_strides_are_zero_where_sizes_repeat() {
    // np.broadcast_to(np.arange(3).reshape(3, 1), (2, 3, 4)).strides == (0, 8, 0)
    type K = Known<shape![3, 1], L1<Broadcast<shape![3, 1], shape![2, 3, 4]>>>;
    use ndview::typenum::U0;
    same::<Facts2<K>, Facts<L3<Pos<U0>, Pos<U1>, Pos<U0>>>>();
    // a broadcast view cannot merge its repeated axis with a real one
    same::<<K as ReshapeRule<shape![2, 3, 4], shape![6, 4]>>::Verdict, NeedsCopy>();
}

#[test]
fn empty_and_c_and_strided_layouts() {
    type K = Known<shape![3, 4], L1<Indexed<L1<Slice<StepFwd<StepPow2<U2>>>>, Nil>>>;
    // [::4] of 3 rows is 1 row: dims (1, 4) -> size-1 axis dropped, contiguous
    same::<<K as RavelRule<shape![1, 4]>>::Verdict, IsView>();
    same::<<ndview::C as ReshapeRule<shape![3, 4], shape![12]>>::Verdict, IsView>();
    same::<<ndview::Strided as ReshapeRule<shape![3, 4], shape![12]>>::Verdict, AtRunTime>();
    same::<<K as ReshapeRule<shape![0, 4], shape![2, 0]>>::Verdict, IsView>();
    same::<<K as ReshapeRule<shape![Dyn, 4], shape![Dyn]>>::Verdict, AtRunTime>();
}

#[test]
fn recording_needs_a_static_shape() {
    same::<
        <ndview::C as Then<Reversed, shape![3, 4], ndview::typenum::B0>>::Out,
        Known<shape![3, 4], L1<Reversed>>,
    >();
    same::<<ndview::C as Then<Reversed, shape![Dyn, 4], ndview::typenum::B0>>::Out, ndview::Strided>(
    );
    same::<<ndview::C as Then<Reversed, shape![3, 4], ndview::typenum::B1>>::Out, ndview::C>();
}
