//! `broadcast_arrays`: NumPy's `np.broadcast_arrays(a, b, ...)`, its
//! run-time rule, its type-level shape rule and its compile-time check.
//!
//! The inputs' shapes are aligned from the right; on each axis, the sizes
//! that are not 1 must agree, and that size (or 1) is the common one. Every
//! input comes back as a read-only view of the common shape, with stride 0
//! on the axes it repeats. Static shapes give a static common shape and a
//! mismatch that does not compile; `Dyn` sizes are checked at run time with
//! NumPy's message.
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::{broadcast_arrays, Strided};
//! let col = Array::<i64, shape![3, 1]>::arange();
//! let row = Array::<i64, shape![4]>::arange();
//! // np.broadcast_arrays(col, row)
//! let (c, r) = broadcast_arrays((&col, &row)).unwrap();
//! let _: &View<'_, i64, shape![3, 4], Strided> = &c;
//! assert_eq!(c.byte_strides().to_vec(), vec![8, 0]);
//! assert_eq!(r.byte_strides().to_vec(), vec![0, 8]);
//! assert_eq!(r.to_vec(), vec![0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]);
//! ```

use crate::arith::DimEqual;
use crate::decimal::DecimalShape;
use crate::dim::{Dim, Dyn};
use crate::error::{DimList, ShapeError};
use crate::layout::{Layout, Strided};
use crate::ops::join::AndBit;
use crate::shape::{Cons, ListToTuple, Nil, Shape, ShapeList, MAX_RANK};
use crate::view::{AsView, View};
use typenum::{Bit, UInt, UTerm, Unsigned, B0, B1};

/// The common size of two broadcast axes and whether they agree (NumPy:
/// equal, or one of them is 1). `Dyn` against a static size `n` other than
/// 1 gives `n` (the run-time check makes sure); against 1 it stays `Dyn`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::DimJoin;
/// use ndview::typenum::{B0, B1, U1, U3, U4};
/// use ndview::Dyn;
/// let _: P<<U1 as DimJoin<U4>>::Out> = P::<U4>;
/// let _: P<<U4 as DimJoin<U4>>::Ok> = P::<B1>;
/// let _: P<<U3 as DimJoin<U4>>::Ok> = P::<B0>;
/// let _: P<<Dyn as DimJoin<U4>>::Out> = P::<U4>;
/// let _: P<<Dyn as DimJoin<U1>>::Out> = P::<Dyn>;
/// ```
pub trait DimJoin<B> {
    /// The common size.
    type Out: Dim;
    /// `B1` when the sizes broadcast together.
    type Ok: Bit;
}
/// A size of 1 takes the other side's size.
impl<R: Dim> DimJoin<R> for UInt<UTerm, B1> {
    type Out = R;
    type Ok = B1;
}
impl DimJoin<UTerm> for UTerm {
    type Out = UTerm;
    type Ok = B1;
}
impl DimJoin<UInt<UTerm, B1>> for UTerm {
    type Out = UTerm;
    type Ok = B1;
}
impl<U, X, Y> DimJoin<UInt<UInt<U, X>, Y>> for UTerm {
    type Out = UTerm;
    type Ok = B0;
}
impl DimJoin<Dyn> for UTerm {
    type Out = UTerm;
    type Ok = B1;
}
impl<U, X, Y> DimJoin<UTerm> for UInt<UInt<U, X>, Y>
where
    UInt<UInt<U, X>, Y>: Dim,
{
    type Out = Self;
    type Ok = B0;
}
impl<U, X, Y> DimJoin<UInt<UTerm, B1>> for UInt<UInt<U, X>, Y>
where
    UInt<UInt<U, X>, Y>: Dim,
{
    type Out = Self;
    type Ok = B1;
}
impl<U, X, Y, U2, X2, Y2> DimJoin<UInt<UInt<U2, X2>, Y2>> for UInt<UInt<U, X>, Y>
where
    UInt<UInt<U, X>, Y>: Dim + Unsigned + DimEqual<UInt<UInt<U2, X2>, Y2>>,
{
    type Out = Self;
    type Ok = <Self as DimEqual<UInt<UInt<U2, X2>, Y2>>>::Out;
}
impl<U, X, Y> DimJoin<Dyn> for UInt<UInt<U, X>, Y>
where
    UInt<UInt<U, X>, Y>: Dim,
{
    type Out = Self;
    type Ok = B1;
}
impl DimJoin<UTerm> for Dyn {
    type Out = UTerm;
    type Ok = B1;
}
impl DimJoin<UInt<UTerm, B1>> for Dyn {
    type Out = Dyn;
    type Ok = B1;
}
impl<U, X, Y> DimJoin<UInt<UInt<U, X>, Y>> for Dyn
where
    UInt<UInt<U, X>, Y>: Dim,
{
    type Out = UInt<UInt<U, X>, Y>;
    type Ok = B1;
}
impl DimJoin<Dyn> for Dyn {
    type Out = Dyn;
    type Ok = B1;
}

/// A type-level list reversed onto `Acc`.
#[doc(hidden)]
pub trait Reverse<Acc> {
    type Out;
}
impl<Acc> Reverse<Acc> for Nil {
    type Out = Acc;
}
impl<H, T: Reverse<Cons<H, Acc>>, Acc> Reverse<Acc> for Cons<H, T> {
    type Out = <T as Reverse<Cons<H, Acc>>>::Out;
}

/// [`DimJoin`] over two lists of dims, last axis first (so the shorter list
/// runs out at its leading axes, NumPy's alignment from the right).
#[doc(hidden)]
pub trait ListJoin<R> {
    type Out;
    type Ok: Bit;
}
impl ListJoin<Nil> for Nil {
    type Out = Nil;
    type Ok = B1;
}
impl<H, T> ListJoin<Nil> for Cons<H, T> {
    type Out = Cons<H, T>;
    type Ok = B1;
}
impl<H, T> ListJoin<Cons<H, T>> for Nil {
    type Out = Cons<H, T>;
    type Ok = B1;
}
impl<H1, T1, H2, T2> ListJoin<Cons<H2, T2>> for Cons<H1, T1>
where
    H1: DimJoin<H2>,
    T1: ListJoin<T2>,
    <T1 as ListJoin<T2>>::Ok: AndBit<<H1 as DimJoin<H2>>::Ok>,
{
    type Out = Cons<<H1 as DimJoin<H2>>::Out, <T1 as ListJoin<T2>>::Out>;
    type Ok = <<T1 as ListJoin<T2>>::Ok as AndBit<<H1 as DimJoin<H2>>::Ok>>::Out;
}

/// The shape tuple of a list of dims (`Cons<U3, Cons<U4, Nil>>` is
/// `(U3, U4)`).
#[doc(hidden)]
pub trait FromList {
    type Shape: Shape;
}
impl<L: ListToTuple> FromList for L {
    type Shape = L::Tuple;
}

/// The broadcast of two shapes: `Out` is the common shape, `Ok` whether
/// they broadcast together.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::BroadcastShapes;
/// use ndview::typenum::{B0, B1};
/// let _: P<<shape![3, 1] as BroadcastShapes<shape![4]>>::Out> = P::<shape![3, 4]>;
/// let _: P<<shape![2, 1, 5] as BroadcastShapes<shape![Dyn, 5]>>::Out> = P::<shape![2, Dyn, 5]>;
/// let _: P<<shape![2] as BroadcastShapes<shape![3]>>::Ok> = P::<B0>;
/// ```
pub trait BroadcastShapes<B>: Shape {
    /// The common shape.
    type Out: Shape;
    /// `B1` when the shapes broadcast together.
    type Ok: Bit;
}
impl<A, B> BroadcastShapes<B> for A
where
    A: ShapeList,
    B: ShapeList,
    A::List: Reverse<Nil>,
    B::List: Reverse<Nil>,
    <A::List as Reverse<Nil>>::Out: ListJoin<<B::List as Reverse<Nil>>::Out>,
    <<A::List as Reverse<Nil>>::Out as ListJoin<<B::List as Reverse<Nil>>::Out>>::Out:
        Reverse<Nil>,
    <<<A::List as Reverse<Nil>>::Out as ListJoin<<B::List as Reverse<Nil>>::Out>>::Out as Reverse<
        Nil,
    >>::Out: FromList,
{
    type Out = <<<<A::List as Reverse<Nil>>::Out as ListJoin<
        <B::List as Reverse<Nil>>::Out,
    >>::Out as Reverse<Nil>>::Out as FromList>::Shape;
    type Ok =
        <<A::List as Reverse<Nil>>::Out as ListJoin<<B::List as Reverse<Nil>>::Out>>::Ok;
}

/// The common shape of a list of shapes (folded from the right).
#[doc(hidden)]
pub trait CommonShape {
    type Out: Shape;
    type Ok: Bit;
}
impl<S: Shape> CommonShape for Cons<S, Nil> {
    type Out = S;
    type Ok = B1;
}
impl<S, S2, R> CommonShape for Cons<S, Cons<S2, R>>
where
    Cons<S2, R>: CommonShape,
    S: BroadcastShapes<<Cons<S2, R> as CommonShape>::Out>,
    <Cons<S2, R> as CommonShape>::Ok:
        AndBit<<S as BroadcastShapes<<Cons<S2, R> as CommonShape>::Out>>::Ok>,
{
    type Out = <S as BroadcastShapes<<Cons<S2, R> as CommonShape>::Out>>::Out;
    type Ok = <<Cons<S2, R> as CommonShape>::Ok as AndBit<
        <S as BroadcastShapes<<Cons<S2, R> as CommonShape>::Out>>::Ok,
    >>::Out;
}

/// The compile-time check of [`broadcast_arrays`]: implemented only for
/// `B1`.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i32, shape![2]>::zeros();
/// let b = Array::<i32, shape![3]>::zeros();
/// // error: broadcast_arrays: shape mismatch: objects cannot be broadcast to a single shape: `((_2,), (_3,))`
/// let _ = ndview::broadcast_arrays((&a, &b));
/// ```
#[diagnostic::on_unimplemented(
    message = "broadcast_arrays: shape mismatch: objects cannot be broadcast to a single shape: `{Shapes}`",
    label = "shapes do not broadcast together",
    note = "shapes are aligned from the right; on each axis the sizes other than 1 must be equal; \
            shapes print as decimal digit types, e.g. (_3, (_1, _2)) is (3, 12); a `Dyn` dim is checked at run time"
)]
pub trait BroadcastShapesAgree<Shapes> {}
#[diagnostic::do_not_recommend]
impl<Shapes> BroadcastShapesAgree<Shapes> for B1 {}

/// The inputs of [`broadcast_arrays`]: a tuple of 1 to 6 arrays or views
/// (by reference: `(&a, &b)`), of any element types.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::__private::BroadcastInputs;
/// fn common_rank<'a, I: BroadcastInputs<'a>>(_: &I) -> usize {
///     <I::Common as ndview::Shape>::RANK
/// }
/// let a = Array::<i32, shape![2, 1]>::zeros();
/// let b = Array::<f64, shape![3]>::zeros();
/// assert_eq!(common_rank(&(&a, &b)), 2);
/// ```
pub trait BroadcastInputs<'a> {
    /// The common shape.
    type Common: Shape;
    /// `B1` when the static dims broadcast together.
    type Agree: Bit;
    /// The inputs' shapes, printable (for the compile error).
    type Shapes;
    /// The tuple of views.
    type Out;
    /// The views, or NumPy's error for run-time dims that disagree.
    #[doc(hidden)]
    fn broadcast(self) -> Result<Self::Out, ShapeError>;
}

/// NumPy's rule for the common shape, and its message naming the first
/// input that set an axis's size and the first one to disagree with it.
fn common_dims(shapes: &[&[usize]], out: &mut [usize; MAX_RANK]) -> Result<usize, ShapeError> {
    let ndim = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    for (i, d) in out.iter_mut().enumerate().take(ndim) {
        *d = 1;
        let mut setter = 0;
        for (j, s) in shapes.iter().enumerate() {
            let Some(k) = (i + s.len()).checked_sub(ndim) else {
                continue;
            };
            match s[k] {
                1 => {}
                n if *d == 1 => {
                    *d = n;
                    setter = j;
                }
                n if n != *d => {
                    return Err(ShapeError::BroadcastArgs {
                        first: setter,
                        first_shape: DimList::from_dims(shapes[setter]),
                        other: j,
                        other_shape: DimList::from_dims(s),
                    })
                }
                _ => {}
            }
        }
    }
    Ok(ndim)
}

/// One input as a view of the common dims (stride 0 where it repeats).
fn spread<'a, T, S: Shape, L: Layout, C: Shape>(
    v: View<'a, T, S, L>,
    dims: &[usize],
) -> Result<View<'a, T, C, Strided>, ShapeError> {
    crate::array::check_dims::<C>(dims)?;
    let mut target = [0isize; MAX_RANK];
    for (t, &d) in target.iter_mut().zip(dims) {
        *t = isize::try_from(d).map_err(|_| ShapeError::Overflow)?;
    }
    let raw = v.raw.broadcast_to::<C>(&target[..dims.len()])?;
    crate::view::debug_check::<T, C, Strided>(&raw);
    // broadcast_to only repeats (stride 0) or keeps axes of `v`: every
    // reachable element is one `v` reaches, borrowed for 'a.
    Ok(View {
        raw,
        _borrow: core::marker::PhantomData,
    })
}

macro_rules! broadcast_tuple {
    ($($x:ident $i:tt),+) => {
        impl<'a, $($x: AsView<'a>),+> BroadcastInputs<'a> for ($($x,)+)
        where
            broadcast_tuple!(@list $($x)+): CommonShape,
            $($x::Shape: DecimalShape,)+
        {
            type Common = <broadcast_tuple!(@list $($x)+) as CommonShape>::Out;
            type Agree = <broadcast_tuple!(@list $($x)+) as CommonShape>::Ok;
            type Shapes = ($(<$x::Shape as DecimalShape>::Out,)+);
            type Out = ($(View<'a, $x::Elem, Self::Common, Strided>,)+);
            fn broadcast(self) -> Result<Self::Out, ShapeError> {
                let views = ($(self.$i.into_view(),)+);
                let mut dims = [0usize; MAX_RANK];
                let ndim = common_dims(&[$(views.$i.raw.dims(),)+], &mut dims)?;
                Ok(($(spread(views.$i, &dims[..ndim])?,)+))
            }
        }
    };
    (@list $x:ident $($rest:ident)*) => { Cons<$x::Shape, broadcast_tuple!(@list $($rest)*)> };
    (@list) => { Nil };
}
broadcast_tuple!(A 0);
broadcast_tuple!(A 0, B 1);
broadcast_tuple!(A 0, B 1, C 2);
broadcast_tuple!(A 0, B 1, C 2, D 3);
broadcast_tuple!(A 0, B 1, C 2, D 3, E 4);
broadcast_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

/// NumPy's `np.broadcast_arrays(a, b, ...)`: each input as a read-only
/// view of the common shape. The inputs are a tuple of references to
/// arrays or views (`(&a, &b)`, 1 to 6 of them, element types may differ);
/// the result is the tuple of views, in the same order.
///
/// With static shapes the common shape is static and a mismatch is a
/// compile error; a `Dyn` size is checked at run time, and a mismatch is
/// NumPy's error.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::{broadcast_arrays, Strided};
/// let x = Array::<i32, shape![3]>::arange();
/// let y = Array::<f32, shape![2, 1]>::from_elem(0.5);
/// let (bx, by) = broadcast_arrays((&x, &y)).unwrap();
/// let _: (View<'_, i32, shape![2, 3], Strided>, View<'_, f32, shape![2, 3], Strided>) = (bx, by);
/// assert_eq!(bx.to_vec(), vec![0, 1, 2, 0, 1, 2]);
///
/// // run-time sizes: NumPy's message
/// let d = Array::<i32, shape![Dyn]>::from_shape_vec([2], vec![7, 8]).unwrap();
/// assert_eq!(
///     broadcast_arrays((&d, &x)).unwrap_err().to_string(),
///     "shape mismatch: objects cannot be broadcast to a single shape.  \
///      Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,)."
/// );
/// ```
pub fn broadcast_arrays<'a, I>(inputs: I) -> Result<I::Out, ShapeError>
where
    I: BroadcastInputs<'a>,
    I::Agree: BroadcastShapesAgree<I::Shapes>,
{
    inputs.broadcast()
}
