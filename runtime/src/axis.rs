//! Axis numbers as types, and the type-level shape edits the functions that
//! take an axis need: read or replace one dim ([`AxisAt`]), insert a new one
//! ([`InsertAxis`]) and compare two shapes ([`SameShape`]).
//!
//! `split_at_mut`, [`concatenate`](crate::ops::join::concatenate) and
//! [`stack`](crate::ops::join::stack) take their axis as [`Axis::<K>`](Axis), a
//! const generic, so the output type keeps every dim the compiler knows:
//! splitting `shape![Dyn, 10]` along axis 0 gives two `shape![Dyn, 10]`
//! views, splitting `shape![4, 10]` along axis 1 gives two `shape![4, Dyn]`.

use crate::dim::Dim;

use crate::arith::DimEqual;
use crate::error::ShapeError;
use crate::layout::Layout;
use crate::shape::{Cons, Nil, Shape, ShapeList};
use typenum::{Bit, B0, B1};

/// An axis number known at compile time: `Axis::<0>` is NumPy's `axis=0`,
/// and a negative axis counts from the end as in NumPy (`Axis::<-1>` is the
/// last axis; for `stack`, the last axis of the result).
///
/// ```
/// use ndview::prelude::*;
/// use ndview::Axis;
/// let a = Array::<i32, shape![2, 3]>::arange();
/// let b = Array::<i32, shape![1, 3]>::from_elem(9);
/// let c: Array<i32, shape![3, 3]> = ndview::concatenate((&a, &b), Axis::<0>).unwrap();
/// assert_eq!(c.to_vec(), vec![0, 1, 2, 3, 4, 5, 9, 9, 9]);
/// // np.concatenate((a, a), axis=-1) has shape (2, 6)
/// let d: Array<i32, shape![2, 6]> = ndview::concatenate((&a, &a), Axis::<-1>).unwrap();
/// assert_eq!(d.shape(), &[2, 6]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Axis<const K: isize>;

impl<const K: isize> Axis<K> {
    /// The axis number as written (negative counts from the end).
    ///
    /// ```
    /// assert_eq!(ndview::Axis::<2>::INDEX, 2);
    /// assert_eq!(ndview::Axis::<-1>::INDEX, -1);
    /// ```
    pub const INDEX: isize = K;
}

/// Axis `a` of a rank-`ndim` view as an index, NumPy style (-1 is the
/// last), or NumPy's `AxisError`. Every run-time axis goes through here.
#[inline]
pub(crate) fn normalize_axis(a: isize, ndim: usize) -> Result<usize, ShapeError> {
    let n = ndim as isize;
    let k = if a < 0 { a + n } else { a };
    if (0..n).contains(&k) {
        Ok(k as usize)
    } else {
        Err(ShapeError::AxisOutOfBounds { axis: a, ndim })
    }
}

/// Axis `k` of a rank-`rank` shape as an index, NumPy style (-1 is the
/// last). The types ([`AxisAt`], [`InsertAxis`]) already proved it in range.
pub(crate) fn axis_index(k: isize, rank: usize) -> usize {
    let i = normalize_axis(k, rank);
    debug_assert!(i.is_ok(), "axis {k} for rank {rank}");
    i.unwrap_or(0)
}

/// Axis `K` of a shape: its dim, and the shape with that dim replaced.
///
/// `<shape![3, 4] as AxisAt<1>>::Dim` is `U4`;
/// `<shape![3, 4] as AxisAt<1>>::Replace<Dyn>` is `shape![3, Dyn]`.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::__private::AxisAt;
/// fn same<A: Same<B>, B>() {}
/// trait Same<B> {}
/// impl<A> Same<A> for A {}
/// same::<<shape![3, 4] as AxisAt<1>>::Replace<Dyn>, shape![3, Dyn]>();
/// same::<<shape![3, 4] as AxisAt<0>>::Dim, ndview::typenum::U3>();
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {K} is out of bounds for a shape of this rank (`{Self}`)",
    label = "no axis {K} here",
    note = "for a shape of rank n, axes are 0..n, or -n..-1 counting from the end"
)]
pub trait AxisAt<const K: isize>: Shape {
    /// The dim of axis `K`.
    type Dim: Dim;
    /// The shape with axis `K` of dim `D` instead.
    type Replace<D: Dim>: Shape;
    /// The shape without axis `K` (`<shape![3, 4] as AxisAt<0>>::Remove` is
    /// `shape![4]`).
    type Remove: Shape;
    /// The layout a view of layout `L` keeps when only axis `K` is cut short:
    /// `L` for axis 0 (a run of whole rows), [`Strided`](crate::Strided) otherwise.
    type CutLayout<L: Layout>: Layout;
}

/// A new axis of dim `D` inserted before axis `K` (`K` may equal the rank:
/// a new last axis).
///
/// `<shape![3, 4] as InsertAxis<1>>::Insert<U2>` is `shape![3, 2, 4]`.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::__private::InsertAxis;
/// use ndview::typenum::U2;
/// fn same<A: Same<B>, B>() {}
/// trait Same<B> {}
/// impl<A> Same<A> for A {}
/// same::<<shape![3, 4] as InsertAxis<1>>::Insert<U2>, shape![3, 2, 4]>();
/// same::<<shape![3, 4] as InsertAxis<2>>::Insert<Dyn>, shape![3, 4, Dyn]>();
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {K} is out of bounds for stacking arrays of shape `{Self}`",
    label = "no axis {K} in the result",
    note = "stack inserts a new axis: for inputs of rank n, `K` is 0..=n, or -(n + 1)..=-1 counting from the end of the result"
)]
pub trait InsertAxis<const K: isize>: Shape {
    /// The shape with the new axis.
    type Insert<D: Dim>: Shape;
}

// The impls, one per (rank, axis) pair up to `MAX_RANK` (negative axes
// counting from the end, as in NumPy), are generated in `gen/axes.rs`.

/// `B1` when two shapes can be equal: same rank, and each pair of dims equal
/// or involving a `Dyn` (checked at run time then); `B0` otherwise.
///
/// `<shape![3, 4] as SameShape<shape![Dyn, 4]>>::Out` is `B1`,
/// `<shape![3, 4] as SameShape<shape![4, 3]>>::Out` and
/// `<shape![3, 4] as SameShape<shape![12]>>::Out` are `B0`.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::__private::SameShape;
/// use ndview::typenum::{Bit, B0, B1};
/// fn answer<A: SameShape<B>, B>() -> bool { <A::Out as Bit>::BOOL }
/// assert!(answer::<shape![3, 4], shape![Dyn, 4]>());
/// assert!(!answer::<shape![3, 4], shape![4, 3]>());
/// assert!(!answer::<shape![3, 4], shape![12]>());
/// ```
pub trait SameShape<Other> {
    /// The answer.
    type Out: Bit;
}
impl<A: ShapeList, B: ShapeList> SameShape<B> for A
where
    A::List: SameDims<B::List>,
{
    type Out = <A::List as SameDims<B::List>>::Out;
}

/// [`SameShape`] over the list form of shapes.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::SameDims;
/// use ndview::__private::ShapeList;
/// use ndview::typenum::{B0, B1};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<L<shape![3, 4]> as SameDims<L<shape![3, Dyn]>>>::Out> = P::<B1>;
/// let _: P<<L<shape![3, 4]> as SameDims<L<shape![3]>>>::Out> = P::<B0>;
/// ```
pub trait SameDims<Other> {
    /// The answer.
    type Out: Bit;
}
impl SameDims<Nil> for Nil {
    type Out = B1;
}
impl<H, T> SameDims<Nil> for Cons<H, T> {
    type Out = B0;
}
impl<H, T> SameDims<Cons<H, T>> for Nil {
    type Out = B0;
}
impl<H1, T1, H2, T2> SameDims<Cons<H2, T2>> for Cons<H1, T1>
where
    H1: DimEqual<H2>,
    T1: SameDims<T2>,
    <H1 as DimEqual<H2>>::Out: core::ops::BitAnd<<T1 as SameDims<T2>>::Out>,
    typenum::And<<H1 as DimEqual<H2>>::Out, <T1 as SameDims<T2>>::Out>: Bit,
{
    type Out = typenum::And<<H1 as DimEqual<H2>>::Out, <T1 as SameDims<T2>>::Out>;
}
