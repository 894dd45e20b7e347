//! Support for the `nd!` expansions. Not a public API: names here may change.

// The signatures here spell out the types the expansions compute.
#![allow(clippy::type_complexity)]

pub use crate::arith::{
    DimCeilDiv, DimDiv, DimEqual, DimLess, DimMin, DimSatSub, DivParts, Odd, One, Step1, StepDiv,
    StepPow2, Twice,
};
pub use crate::axis::AxisAt;
pub use crate::consts;
pub use crate::decimal::{RankDigits, ToDecimal};
pub use crate::dim::{Dim, Dyn};
pub use crate::known::*;
pub use crate::ops::broadcast_to::Broadcasts;
pub use crate::ops::broadcast_to::{BroadcastSource, DimBroadcast};
pub use crate::ops::copy::{copy, flatten};
pub use crate::ops::expand_dims::ExpandDimsAxes;
pub use crate::ops::flip::FlipAxes;
pub use crate::ops::index::IndexAxes;
pub use crate::ops::index::IndexInBounds;
pub use crate::ops::index::IndexItem;
pub use crate::ops::index::{FromEnd, FromStart, SliceLen, StepBack, StepFwd};
pub use crate::ops::moveaxis::MoveAxisAxes;
pub use crate::ops::moveaxis::MoveAxisOf;
pub use crate::ops::rearrange::rearrange_dims;
pub use crate::ops::sliding_window::{
    sliding_window_view, sliding_window_view_along, sliding_window_view_along_recorded,
    sliding_window_view_recorded, window_sizes, SlidingWindowAlong, SlidingWindowShape, WindowDim,
    WindowFits, WindowSource,
};
pub use crate::ops::squeeze::SqueezeAll;
pub use crate::ops::squeeze::SqueezeAxes;
pub use crate::ops::squeeze::SqueezeSizeOne;
pub use crate::ops::swapaxes::SwapAxesAxes;
pub use crate::ops::swapaxes::SwapAxesOf;
pub use crate::ops::take::TakeAxes;
pub use crate::ops::take::{take_axis, take_flat, TakeAxisInBounds, TakeInBounds};
pub use crate::ops::transpose::ReverseAxes;
pub use crate::shape::{Cons, Nil};
pub use crate::shape::{Shape, ShapeList, ShapeSize};
pub use crate::view::{AsView, AsViewMut, NdView};
pub use crate::window::{Concat, Window};
pub use crate::{Array, Layout, ShapeError, Strided, C};
pub use typenum;
pub use typenum::{UInt, UTerm, B0, B1};

// Every type-level trait, so their doc examples can name them.
pub use crate::arith::*;
pub use crate::array::Reshaping;
pub use crate::axis::{InsertAxis, SameDims, SameShape};
pub use crate::count::*;
pub use crate::decimal::*;
pub use crate::ops::{broadcast_arrays::*, index::*, join::*, reshape::*, squeeze::*};
pub use crate::raw::RawView;
pub use crate::shape::*;
pub use crate::strides::*;
pub use crate::view::mutate::AssignShapes;

/// Unwrap an operation's result in `nd!`, panicking at the caller's line with
/// NumPy's message.
#[track_caller]
#[inline]
pub fn expect<T>(r: Result<T, ShapeError>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("nd!: {e}"),
    }
}

/// A run-time number written `{expr}` in `nd!`: any primitive integer.
pub trait IndexValue {
    /// The value as `isize` (saturating, so a huge value is out of bounds).
    fn to_isize(self) -> isize;
}
macro_rules! index_value {
    ($($t:ty)*) => {$(
        impl IndexValue for $t {
            #[inline]
            fn to_isize(self) -> isize {
                isize::try_from(self).unwrap_or(if (self as i128) < 0 { isize::MIN } else { isize::MAX })
            }
        }
        impl IndexValue for &$t {
            #[inline]
            fn to_isize(self) -> isize {
                (*self).to_isize()
            }
        }
    )*};
}
index_value!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

/// `{expr}` as isize.
#[inline]
pub fn value<I: IndexValue>(i: I) -> isize {
    i.to_isize()
}

/// What the end of an all-integer index gives: the element (`&T`/`&mut T`)
/// for a rank-0 result, else the view (NumPy: `a[1, 3]` is a scalar on 2-D,
/// a row on 3-D).
pub trait FinishShape<V: NdView> {
    /// Element or view.
    type Out;
    /// Convert.
    fn finish(v: V) -> Self::Out;
}
impl<V: NdView<Shape = ()>> FinishShape<V> for () {
    type Out = V::Scalar;
    fn finish(v: V) -> V::Scalar {
        v.into_scalar()
    }
}
macro_rules! finish_view {
    ($n:literal $digits:tt; $($d:ident)*) => {
        impl<V: NdView<Shape = ($($d,)*)>, $($d: Dim),*> FinishShape<V> for ($($d,)*) {
            type Out = V;
            fn finish(v: V) -> V {
                v
            }
        }
    };
}
crate::shape::for_each_rank!(finish_view);

/// See [`FinishShape`].
#[inline]
pub fn finish<V: NdView>(v: V) -> <V::Shape as FinishShape<V>>::Out
where
    V::Shape: FinishShape<V>,
{
    <V::Shape as FinishShape<V>>::finish(v)
}

/// Any `nd!` source as a view.
#[inline]
pub fn source<'a, X, T, S: Shape, L: Layout>(x: X) -> crate::View<'a, T, S, L>
where
    X: AsView<'a, Elem = T, Shape = S, Layout = L>,
{
    x.into_view()
}

/// Any `nd!(mut ...)` source as a mutable view.
#[inline]
pub fn source_mut<'a, X, T, S: Shape, L: Layout>(x: X) -> crate::ViewMut<'a, T, S, L>
where
    // Bindings instead of projections in the return type: a shared source is
    // then one error (AsViewMut's message), not two.
    X: AsViewMut<'a, Elem = T, Shape = S, Layout = L>,
{
    x.into_view_mut()
}

/// A run-time view operation with its arguments, as an expansion names it.
#[derive(Debug, Clone, Copy)]
pub enum RawOp<'x> {
    /// Basic indexing.
    Index(&'x [IndexItem]),
    /// `transpose(p)`, axes normalised.
    Permute(&'x [isize]),
    /// `.T`.
    Reverse,
    /// `swapaxes(i, j)`.
    SwapAxes(isize, isize),
    /// `moveaxis(src, dst)`.
    MoveAxis(isize, isize),
    /// `flip(axis)`.
    Flip(isize),
    /// `expand_dims(axis)`.
    ExpandDims(isize),
    /// `squeeze(axis)`.
    SqueezeAxis(isize),
    /// `squeeze()`.
    SqueezeAll,
    /// `reshape(spec)`.
    Reshape(&'x [isize]),
    /// `ravel()`.
    Ravel,
    /// `broadcast_to(target)`.
    BroadcastTo(&'x [isize]),
}

/// Apply a run-time op to a view and re-wrap it with the output types the
/// expansion computed. One generic function for every op keeps the
/// expansions free of closures (each closure is one more body for rustc to
/// type-check and borrow-check at every call site).
#[inline(always)]
pub fn apply_op<V: NdView, S2: Shape, L2: Layout>(
    v: V,
    op: RawOp<'_>,
) -> Result<V::With<S2, L2>, ShapeError> {
    let r = v.into_raw();
    let raw = match op {
        RawOp::Index(items) => r.index(items)?,
        RawOp::Permute(perm) => r.permute(perm)?,
        RawOp::Reverse => r.reverse_axes(),
        RawOp::SwapAxes(i, j) => r.swapaxes(i, j)?,
        RawOp::MoveAxis(i, j) => r.moveaxis(i, j)?,
        RawOp::Flip(a) => r.flip(a)?,
        RawOp::ExpandDims(a) if <V::Layout as Layout>::C_CONTIGUOUS => {
            r.expand_dims_contiguous(a)?
        }
        RawOp::ExpandDims(a) => r.expand_dims(a)?,
        RawOp::SqueezeAxis(a) => r.squeeze_axis(a)?,
        RawOp::SqueezeAll => r.squeeze_all(),
        // A view typed C is contiguous (every constructor keeps that, and
        // debug builds check it), so its reshape needs no stride analysis.
        RawOp::Reshape(spec) if L2::C_CONTIGUOUS && <V::Layout as Layout>::C_CONTIGUOUS => {
            r.reshape_contiguous(spec)?
        }
        RawOp::Reshape(spec) => r.reshape(spec)?,
        RawOp::Ravel => r.ravel()?,
        RawOp::BroadcastTo(target) => r.broadcast_to(target)?,
    };
    // SAFETY: every arm is a stride function of this crate, which derives a
    // view of the same elements only.
    Ok(unsafe { V::from_raw::<S2, L2>(raw) })
}

/// `.T` / `transpose()`. The ops below need no number from the call site,
/// so the expansion calls them directly: generic code type-checked once,
/// here, instead of a local function per call.
#[inline]
pub fn reverse_axes<V>(
    v: V,
) -> Result<
    V::With<
        <V::Shape as ReverseAxes<V::Layout>>::Out,
        <V::Shape as ReverseAxes<V::Layout>>::Layout,
    >,
    ShapeError,
>
where
    V: NdView,
    V::Shape: ReverseAxes<V::Layout>,
{
    apply_op(v, RawOp::Reverse)
}

/// `squeeze()`.
#[inline]
pub fn squeeze_all<V>(
    v: V,
) -> Result<
    V::With<
        <V::Shape as SqueezeAll>::Out,
        <V::Layout as Then<SqueezedAll<V::Shape>, V::Shape, B1>>::Out,
    >,
    ShapeError,
>
where
    V: NdView,
    V::Shape: SqueezeAll,
    V::Layout: Then<SqueezedAll<V::Shape>, V::Shape, B1>,
{
    apply_op(v, RawOp::SqueezeAll)
}

/// `ravel()`: NumPy's ravel, a view only of C-contiguous input (decided at
/// compile time when the layout is static, else when it runs).
#[inline]
pub fn ravel<V>(v: V) -> Result<V::With<(<V::Shape as ShapeSize>::Size,), C>, ShapeError>
where
    V: NdView,
    V::Shape: ShapeSize,
    V::Layout: RavelRule<V::Shape>,
    (
        <V::Layout as RavelRule<V::Shape>>::Verdict,
        <V::Layout as RavelRule<V::Shape>>::ReshapeToo,
    ): RavelWithoutCopy + RavelWithoutCopyOrReshape,
{
    apply_op(v, RawOp::Ravel)
}

/// `flatten()`: an owned 1-D copy, its length the view's static element count.
#[inline]
pub fn flatten_1d<V>(v: V) -> Array<V::Elem, (<V::Shape as ShapeSize>::Size,)>
where
    V: NdView,
    V::Elem: Clone,
    V::Shape: ShapeSize,
{
    flatten(v)
}
