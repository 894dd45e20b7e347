//! The explicit allocating joins: [`concatenate`] and [`stack`], NumPy's
//! `np.concatenate((a, b), axis=k)` and `np.stack((a, b), axis=k)`.
//!
//! Each allocates its result once and copies every input into it. The
//! inputs are a tuple of arrays or views (or references to them), whose
//! shape types may differ, or a slice of one array or view type:
//!
//! - a **tuple** keeps every static dim: `concatenate((&a, &b), Axis::<0>)`
//!   of `shape![3, 4]` and `shape![2, 4]` is an `Array<_, shape![5, 4]>`,
//!   and shapes that cannot match are a compile error naming them;
//! - a **slice** (`&[a.view(), b.view()]`, `&views[..]`) has a run-time
//!   length, so the joined axis is `Dyn`.
//!
//! Dims that are `Dyn` are compared at run time: a mismatch is an `Err` with
//! NumPy's message.
//!
//! Calling `concatenate` in a loop copies everything joined so far at every
//! step (quadratic time, as in NumPy); to build an array row by row,
//! preallocate and assign rows instead (see `examples/preallocate.rs`):
//!
//! ```
//! use ndview::prelude::*;
//! let n = 4;
//! let mut arr = Array::<f64, shape![Dyn, 3]>::from_shape_elem([n, 3], 0.0).unwrap();
//! for i in 0..n {
//!     let row = Array::<f64, shape![3]>::from_elem(i as f64);
//!     nd!(mut arr[{i}]).assign(&row); // no allocation per row
//! }
//! assert_eq!(nd!(arr[:, 0]).to_vec(), vec![0.0, 1.0, 2.0, 3.0]);
//! ```

use crate::arith::DimAdd;
use crate::array::Array;
use crate::axis::{axis_index, AxisAt, InsertAxis, SameShape};
use crate::decimal::DecimalShape;
use crate::dim::{Dim, Dyn};
use crate::error::{DimList, ShapeError};
use crate::raw::RawView;
use crate::shape::{Cons, Nil, Shape, MAX_RANK};
use crate::view::introspect::Viewable;
use crate::Axis;
use typenum::{Bit, B0, B1, U0};

/// One input of a join, with its rank erased (the type level already
/// checked that all ranks agree).
#[doc(hidden)]
pub struct Piece<T> {
    ptr: *const T,
    rank: usize,
    dims: [usize; MAX_RANK],
    strides: [isize; MAX_RANK],
}

impl<T> Piece<T> {
    fn of<S: Shape>(raw: RawView<T, S>) -> Self {
        let mut dims = [0; MAX_RANK];
        let mut strides = [0; MAX_RANK];
        dims[..S::RANK].copy_from_slice(raw.dims());
        strides[..S::RANK].copy_from_slice(raw.strides());
        Piece {
            ptr: raw.ptr,
            rank: S::RANK,
            dims,
            strides,
        }
    }
    fn dims(&self) -> &[usize] {
        &self.dims[..self.rank]
    }
    /// The same elements with a new length-1 axis before axis `k`.
    fn with_new_axis(&self, k: usize) -> Self {
        assert!(
            self.rank < MAX_RANK,
            "stack: results of rank above {MAX_RANK} are not supported"
        );
        let mut out = Piece {
            ptr: self.ptr,
            rank: self.rank + 1,
            dims: [0; MAX_RANK],
            strides: [0; MAX_RANK],
        };
        for j in 0..out.rank {
            let (d, s) = match j.cmp(&k) {
                core::cmp::Ordering::Less => (self.dims[j], self.strides[j]),
                core::cmp::Ordering::Equal => (1, 0),
                core::cmp::Ordering::Greater => (self.dims[j - 1], self.strides[j - 1]),
            };
            out.dims[j] = d;
            out.strides[j] = s;
        }
        out
    }
}

/// The inputs of [`concatenate`] and [`stack`]: tuples (arity 2 to 8) of
/// anything [`Viewable`] with one element type, and slices or array
/// references of one viewable type.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::join::JoinInputs;
/// fn elem_size<I: JoinInputs>(_: &I) -> usize { core::mem::size_of::<I::Elem>() }
/// let a = Array::<i32, shape![2]>::arange();
/// assert_eq!(elem_size(&(&a, &a)), 4);
/// assert_eq!(elem_size(&&[a.view(), a.view()][..]), 4);
/// ```
pub trait JoinInputs {
    /// The element type.
    type Elem;
    /// Number of inputs.
    #[doc(hidden)]
    fn count(&self) -> usize;
    /// Input `i`.
    #[doc(hidden)]
    fn piece(&self, i: usize) -> Piece<Self::Elem>;
}

/// The type-level result of concatenating inputs along axis `K`.
///
/// `<(&Array<i32, shape![3, 4]>, &Array<i32, shape![2, 4]>) as ConcatInputs<0>>::Out`
/// is `shape![5, 4]`; for a slice the joined axis is `Dyn`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::join::ConcatInputs;
/// type A<S> = &'static Array<i32, S>;
/// let _: P<<(A<shape![3, 4]>, A<shape![2, 4]>) as ConcatInputs<0>>::Out> = P::<shape![5, 4]>;
/// let _: P<<&[View<'static, i32, shape![3, 4]>] as ConcatInputs<1>>::Out> = P::<shape![3, Dyn]>;
/// ```
pub trait ConcatInputs<const K: isize>: JoinInputs {
    /// The result's shape.
    type Out: Shape;
    /// `B1` when the static dims off axis `K` can agree.
    type Agree: Bit;
    /// The inputs' shapes, printable in a compile error.
    type Shapes;
}

/// The type-level result of stacking inputs along a new axis `K`.
///
/// `<(&Array<i32, shape![3]>, &Array<i32, shape![3]>) as StackInputs<1>>::Out`
/// is `shape![3, 2]`; for a slice the new axis is `Dyn`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::join::StackInputs;
/// type A<S> = &'static Array<i32, S>;
/// let _: P<<(A<shape![3]>, A<shape![3]>) as StackInputs<1>>::Out> = P::<shape![3, 2]>;
/// let _: P<<&[View<'static, i32, shape![3]>] as StackInputs<0>>::Out> = P::<shape![Dyn, 3]>;
/// ```
#[diagnostic::on_unimplemented(
    message = "stack: the axis is out of bounds for the result, or the result would have more than 16 axes; ndview supports rank up to 16",
    label = "inputs of rank n stack into a result of rank n + 1",
    note = "for inputs of rank n, `K` is 0..=n, or -(n + 1)..=-1 counting from the end of the result; n + 1 is at most `ndview::MAX_RANK`"
)]
pub trait StackInputs<const K: isize>: JoinInputs {
    /// The result's shape.
    type Out: Shape;
    /// `B1` when the static dims can agree.
    type Agree: Bit;
    /// The inputs' shapes, printable in a compile error.
    type Shapes;
}

/// The compile-time check of [`concatenate`]: implemented only for `B1`.
///
/// ```
/// use ndview::join::ConcatShapesAgree;
/// use ndview::typenum::B1;
/// fn agrees<A: ConcatShapesAgree<()>>() {}
/// agrees::<B1>(); // `B0` would not compile, with the message of this trait
/// ```
///
/// ```compile_fail
/// use ndview::prelude::*;
/// use ndview::{concatenate, Axis};
/// let a = Array::<i32, shape![2, 3]>::zeros();
/// let b = Array::<i32, shape![2, 4]>::zeros();
/// // error: concatenate: the inputs' shapes `((_2, _3), (_2, _4))` must agree ...
/// let _ = concatenate((&a, &b), Axis::<0>);
/// ```
#[diagnostic::on_unimplemented(
    message = "concatenate: the inputs' shapes `{Shapes}` must agree on every axis except the concatenation axis, and have the same rank",
    label = "shapes differ off the concatenation axis",
    note = "shapes print as decimal digit types, e.g. (_3, (_1, _2)) is (3, 12); a `Dyn` dim is checked at run time"
)]
pub trait ConcatShapesAgree<Shapes> {}
impl<Shapes> ConcatShapesAgree<Shapes> for B1 {}

/// The compile-time check of [`stack`]: implemented only for `B1`.
///
/// ```
/// use ndview::join::StackShapesAgree;
/// use ndview::typenum::B1;
/// fn agrees<A: StackShapesAgree<()>>() {}
/// agrees::<B1>(); // `B0` would not compile, with the message of this trait
/// ```
///
/// ```compile_fail
/// use ndview::prelude::*;
/// use ndview::{stack, Axis};
/// let a = Array::<i32, shape![3]>::zeros();
/// let b = Array::<i32, shape![4]>::zeros();
/// // error: stack: all input arrays must have the same shape, but their shapes are `((_3,), (_4,))`
/// let _ = stack((&a, &b), Axis::<0>);
/// ```
#[diagnostic::on_unimplemented(
    message = "stack: all input arrays must have the same shape, but their shapes are `{Shapes}`",
    label = "shapes differ",
    note = "shapes print as decimal digit types, e.g. (_3, (_1, _2)) is (3, 12); a `Dyn` dim is checked at run time"
)]
pub trait StackShapesAgree<Shapes> {}
impl<Shapes> StackShapesAgree<Shapes> for B1 {}

/// The inputs of a concatenation along axis `K`, as a list of shapes: the
/// joined shape is the first one with axis `K` replaced by the sum of the
/// inputs' dims there ([`SumAxis`]), and the inputs agree when each, with
/// axis `K` zeroed, can equal the first one so zeroed ([`AgreeOff`]). Each
/// input is looked at on its own (folding a two-shape concatenation over the
/// list nested every partial result inside the next, and cost more). The
/// check time still grows about 2.5x per input past six, so tuples stop at
/// eight inputs; a slice takes any number.
#[doc(hidden)]
pub trait ConcatList<const K: isize> {
    type Out: Shape;
    type Agree: Bit;
}
impl<S, R, const K: isize> ConcatList<K> for Cons<S, R>
where
    S: AxisAt<K>,
    Cons<S, R>: SumAxis<K> + AgreeOff<<S as AxisAt<K>>::Replace<U0>, K>,
{
    type Out = <S as AxisAt<K>>::Replace<<Cons<S, R> as SumAxis<K>>::Sum>;
    type Agree = <Cons<S, R> as AgreeOff<<S as AxisAt<K>>::Replace<U0>, K>>::Agree;
}

/// The sum of the dims on axis `K` of a list of shapes.
#[doc(hidden)]
pub trait SumAxis<const K: isize> {
    type Sum: Dim;
}
impl<S: AxisAt<K>, const K: isize> SumAxis<K> for Cons<S, Nil> {
    type Sum = <S as AxisAt<K>>::Dim;
}
impl<S, S2, R, const K: isize> SumAxis<K> for Cons<S, Cons<S2, R>>
where
    S: AxisAt<K>,
    Cons<S2, R>: SumAxis<K>,
    <S as AxisAt<K>>::Dim: DimAdd<<Cons<S2, R> as SumAxis<K>>::Sum>,
{
    type Sum = <<S as AxisAt<K>>::Dim as DimAdd<<Cons<S2, R> as SumAxis<K>>::Sum>>::Out;
}

/// `B1` when every shape of a list, with axis `K` zeroed, can equal `Z`.
#[doc(hidden)]
pub trait AgreeOff<Z, const K: isize> {
    type Agree: Bit;
}
impl<Z, const K: isize> AgreeOff<Z, K> for Nil {
    type Agree = B1;
}
impl<Z, H, R, const K: isize> AgreeOff<Z, K> for Cons<H, R>
where
    H: AxisAt<K>,
    Z: SameShape<<H as AxisAt<K>>::Replace<U0>>,
    R: AgreeOff<Z, K>,
    <R as AgreeOff<Z, K>>::Agree: AndBit<<Z as SameShape<<H as AxisAt<K>>::Replace<U0>>>::Out>,
{
    type Agree = <<R as AgreeOff<Z, K>>::Agree as AndBit<
        <Z as SameShape<<H as AxisAt<K>>::Replace<U0>>>::Out,
    >>::Out;
}

/// `Self` and-ed with `A`, for bits.
#[doc(hidden)]
pub trait AndBit<A> {
    type Out: Bit;
}
impl<A: Bit> AndBit<A> for B1 {
    type Out = A;
}
impl<A> AndBit<A> for B0 {
    type Out = B0;
}

/// `B1` when every shape of a list can equal `S` (each level names the rest
/// once, as [`AgreeOff`]).
#[doc(hidden)]
pub trait AllSame<S> {
    type Agree: Bit;
}
impl<S> AllSame<S> for Nil {
    type Agree = B1;
}
impl<S, H, R> AllSame<S> for Cons<H, R>
where
    S: SameShape<H>,
    R: AllSame<S>,
    <R as AllSame<S>>::Agree: AndBit<<S as SameShape<H>>::Out>,
{
    type Agree = <<R as AllSame<S>>::Agree as AndBit<<S as SameShape<H>>::Out>>::Out;
}

fn piece_of<X: Viewable>(x: &X) -> Piece<X::Elem> {
    Piece::of(x.raw_view())
}

macro_rules! join_tuple {
    ($n:ty; $a:ident $ai:tt $(, $x:ident $xi:tt)+) => {
        impl<$a: Viewable $(, $x: Viewable<Elem = $a::Elem>)+> JoinInputs for ($a, $($x,)+) {
            type Elem = $a::Elem;
            fn count(&self) -> usize {
                [$ai $(, $xi)+].len()
            }
            fn piece(&self, i: usize) -> Piece<$a::Elem> {
                match i {
                    $ai => piece_of(&self.$ai),
                    $($xi => piece_of(&self.$xi),)+
                    _ => panic!("ndview internal error: join input {i} of {}", self.count()),
                }
            }
        }
        #[diagnostic::do_not_recommend]
        impl<$a: Viewable $(, $x: Viewable<Elem = $a::Elem>)+, const K: isize> ConcatInputs<K>
            for ($a, $($x,)+)
        where
            Cons<$a::Shape, join_tuple!(@list $($x)+)>: ConcatList<K>,
            $a::Shape: DecimalShape,
            $($x::Shape: DecimalShape,)+
        {
            type Out = <Cons<$a::Shape, join_tuple!(@list $($x)+)> as ConcatList<K>>::Out;
            type Agree = <Cons<$a::Shape, join_tuple!(@list $($x)+)> as ConcatList<K>>::Agree;
            type Shapes = (<$a::Shape as DecimalShape>::Out, $(<$x::Shape as DecimalShape>::Out,)+);
        }
        #[diagnostic::do_not_recommend]
        impl<$a: Viewable $(, $x: Viewable<Elem = $a::Elem>)+, const K: isize> StackInputs<K>
            for ($a, $($x,)+)
        where
            $a::Shape: InsertAxis<K> + DecimalShape,
            join_tuple!(@list $($x)+): AllSame<$a::Shape>,
            $($x::Shape: DecimalShape,)+
        {
            type Out = <$a::Shape as InsertAxis<K>>::Insert<$n>;
            type Agree = <join_tuple!(@list $($x)+) as AllSame<$a::Shape>>::Agree;
            type Shapes = (<$a::Shape as DecimalShape>::Out, $(<$x::Shape as DecimalShape>::Out,)+);
        }
    };
    (@list $x:ident $($rest:ident)*) => { Cons<$x::Shape, join_tuple!(@list $($rest)*)> };
    (@list) => { Nil };
}
join_tuple!(typenum::U2; A 0, B 1);
join_tuple!(typenum::U3; A 0, B 1, C 2);
join_tuple!(typenum::U4; A 0, B 1, C 2, D 3);
join_tuple!(typenum::U5; A 0, B 1, C 2, D 3, E 4);
join_tuple!(typenum::U6; A 0, B 1, C 2, D 3, E 4, F 5);
join_tuple!(typenum::U7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
join_tuple!(typenum::U8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

impl<X: Viewable> JoinInputs for &[X] {
    type Elem = X::Elem;
    fn count(&self) -> usize {
        self.len()
    }
    fn piece(&self, i: usize) -> Piece<X::Elem> {
        piece_of(&self[i])
    }
}
impl<X: Viewable, const K: isize> ConcatInputs<K> for &[X]
where
    X::Shape: AxisAt<K>,
{
    type Out = <X::Shape as AxisAt<K>>::Replace<Dyn>;
    type Agree = B1;
    type Shapes = ();
}
impl<X: Viewable, const K: isize> StackInputs<K> for &[X]
where
    X::Shape: InsertAxis<K>,
{
    type Out = <X::Shape as InsertAxis<K>>::Insert<Dyn>;
    type Agree = B1;
    type Shapes = ();
}

impl<X: Viewable, const N: usize> JoinInputs for &[X; N] {
    type Elem = X::Elem;
    fn count(&self) -> usize {
        N
    }
    fn piece(&self, i: usize) -> Piece<X::Elem> {
        piece_of(&self[i])
    }
}
impl<X: Viewable, const N: usize, const K: isize> ConcatInputs<K> for &[X; N]
where
    X::Shape: AxisAt<K>,
{
    type Out = <X::Shape as AxisAt<K>>::Replace<Dyn>;
    type Agree = B1;
    type Shapes = ();
}
impl<X: Viewable, const N: usize, const K: isize> StackInputs<K> for &[X; N]
where
    X::Shape: InsertAxis<K>,
{
    type Out = <X::Shape as InsertAxis<K>>::Insert<Dyn>;
    type Agree = B1;
    type Shapes = ();
}

/// Join arrays along an existing axis `K`, allocating the result once:
/// NumPy's `np.concatenate((a, b, ...), axis=K)`.
///
/// `inputs` is a tuple (2 to 8 inputs, shape types may differ; static dims
/// are added up and checked at compile time) or a slice / array reference
/// of one viewable type (the joined axis is `Dyn`). Inputs may be [`Array`]s,
/// [`View`](crate::View)s, [`ViewMut`](crate::ViewMut)s or references to them.
/// Dims off axis `K` must agree; `Dyn` ones are compared at run time and a
/// mismatch is an `Err` with NumPy's message.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::{concatenate, Axis};
/// let a = Array::<i32, shape![2, 2]>::arange();
/// let b = Array::<i32, shape![2, 1]>::from_elem(9);
/// let c: Array<i32, shape![2, 3]> = concatenate((&a, &b), Axis::<1>).unwrap();
/// assert_eq!(c.to_vec(), vec![0, 1, 9, 2, 3, 9]);
///
/// // A run-time number of pieces: the joined axis is Dyn.
/// let parts = [nd!(a[:1]), nd!(a[1:]), nd!(a[:1])];
/// let d: Array<i32, shape![Dyn, 2]> = concatenate(&parts[..], Axis::<0>).unwrap();
/// assert_eq!(d.to_vec(), vec![0, 1, 2, 3, 0, 1]);
///
/// // Run-time dims that disagree: NumPy's message.
/// let x = Array::<i32, shape![2, Dyn]>::from_shape_vec([2, 3], vec![0; 6]).unwrap();
/// let y = Array::<i32, shape![2, Dyn]>::from_shape_vec([2, 4], vec![0; 8]).unwrap();
/// assert_eq!(
///     concatenate((&x, &y), Axis::<0>).unwrap_err().to_string(),
///     "all the input array dimensions except for the concatenation axis must match exactly, \
///      but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 4"
/// );
/// ```
pub fn concatenate<I, const K: isize>(
    inputs: I,
    axis: Axis<K>,
) -> Result<Array<I::Elem, I::Out>, ShapeError>
where
    I: ConcatInputs<K>,
    I::Elem: Clone,
    I::Agree: ConcatShapesAgree<I::Shapes>,
{
    let _ = axis;
    let count = inputs.count();
    if count == 0 {
        return Err(ShapeError::NothingToJoin { op: "concatenate" });
    }
    let first = inputs.piece(0);
    // The type check proved `K` names an axis (from the end when negative).
    let k = axis_index(K, first.rank);
    let mut dims = [0usize; MAX_RANK];
    dims[..first.rank].copy_from_slice(first.dims());
    for i in 1..count {
        let p = inputs.piece(i);
        for (j, (&d0, &d)) in first.dims().iter().zip(p.dims()).enumerate() {
            if j != k && d0 != d {
                return Err(ShapeError::ConcatMismatch {
                    axis: j,
                    first: d0,
                    index: i,
                    size: d,
                });
            }
        }
        dims[k] += p.dims[k];
    }
    join_pieces(count, |i| inputs.piece(i), k, &dims[..first.rank])
}

/// Join arrays of one shape along a new axis `K`, allocating the result
/// once: NumPy's `np.stack((a, b, ...), axis=K)`.
///
/// `inputs` as for [`concatenate`]: a tuple (the new axis has the tuple's
/// length, static shapes must be equal at compile time) or a slice / array
/// reference (the new axis is `Dyn`). `Dyn` dims are compared at run time.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::{stack, Axis};
/// let a = Array::<i32, shape![3]>::arange();
/// let b = Array::<i32, shape![3]>::from_elem(7);
/// let rows: Array<i32, shape![2, 3]> = stack((&a, &b), Axis::<0>).unwrap();
/// assert_eq!(rows.to_vec(), vec![0, 1, 2, 7, 7, 7]);
/// let cols: Array<i32, shape![3, 2]> = stack((&a, &b), Axis::<1>).unwrap();
/// assert_eq!(cols.to_vec(), vec![0, 7, 1, 7, 2, 7]);
///
/// let many = vec![a.view(); 4];
/// let s: Array<i32, shape![Dyn, 3]> = stack(&many[..], Axis::<0>).unwrap();
/// assert_eq!(s.shape(), &[4, 3]);
/// ```
pub fn stack<I, const K: isize>(
    inputs: I,
    axis: Axis<K>,
) -> Result<Array<I::Elem, I::Out>, ShapeError>
where
    I: StackInputs<K>,
    I::Elem: Clone,
    I::Agree: StackShapesAgree<I::Shapes>,
{
    let _ = axis;
    let count = inputs.count();
    if count == 0 {
        return Err(ShapeError::NothingToJoin { op: "stack" });
    }
    let first = inputs.piece(0);
    for i in 1..count {
        let p = inputs.piece(i);
        if p.dims() != first.dims() {
            return Err(ShapeError::StackMismatch {
                first: DimList::from_dims(first.dims()),
                index: i,
                found: DimList::from_dims(p.dims()),
            });
        }
    }
    // The new axis's position in the result (from its end when negative).
    let k = axis_index(K, first.rank + 1);
    let mut dims = [0usize; MAX_RANK];
    let expanded = first.with_new_axis(k);
    dims[..expanded.rank].copy_from_slice(expanded.dims());
    dims[k] = count;
    join_pieces(
        count,
        |i| inputs.piece(i).with_new_axis(k),
        k,
        &dims[..expanded.rank],
    )
}

/// Copy the pieces, joined along axis `k`, into one new C-ordered array of
/// `dims` (already checked).
fn join_pieces<T: Clone, S: Shape>(
    count: usize,
    piece: impl Fn(usize) -> Piece<T>,
    k: usize,
    dims: &[usize],
) -> Result<Array<T, S>, ShapeError> {
    let total = crate::strides::element_count(dims).ok_or(ShapeError::Overflow)?;
    let mut data = crate::alloc::vec_with_capacity(total);
    let pieces_outer: usize = dims[..k].iter().product();
    let mut outer = [0usize; MAX_RANK];
    for _ in 0..pieces_outer {
        for i in 0..count {
            let p = piece(i);
            let base: isize = (0..k).map(|j| outer[j] as isize * p.strides[j]).sum();
            push_block(
                &mut data,
                p.ptr.wrapping_offset(base),
                &p.dims[k..p.rank],
                &p.strides[k..p.rank],
            );
        }
        // The next index over the axes before `k`, in C order.
        for j in (0..k).rev() {
            outer[j] += 1;
            if outer[j] < dims[j] {
                break;
            }
            outer[j] = 0;
        }
    }
    debug_assert_eq!(data.len(), total);
    let mut index = S::Index::default();
    index.as_mut().copy_from_slice(dims);
    Ok(Array::from_parts(data, index))
}

/// Append the elements of the block at `ptr` (dims and strides) in C order,
/// through the copy engine.
fn push_block<T: Clone>(out: &mut Vec<T>, ptr: *const T, dims: &[usize], strides: &[isize]) {
    // SAFETY: the block is part of an input the caller borrows for the
    // whole join (its dims and strides are the input's own).
    unsafe { crate::copy::extend(out, ptr, dims, strides) };
}
