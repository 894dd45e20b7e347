//! Basic indexing, `nd!(a[1, 2:, ::-1, None, ...])`: integers, slices, new
//! axes and one ellipsis. The run-time rule ([`RawView::index`], with
//! [`slice_axis`] for one slice), the slice length at the type level
//! ([`SliceLen`]) and the compile-time bound check ([`IndexInBounds`]).

use crate::arith::{DimCeilDiv, DimMin, DimSatSub};
use crate::dim::Dim;
use crate::error::ShapeError;
use crate::ops::Build;
use crate::raw::RawView;
use crate::shape::Shape;
use core::marker::PhantomData;
use typenum::B1;

/// One item of a NumPy basic index, with values resolved.
///
/// ```
/// use ndview::__private::IndexItem;
/// use ndview::prelude::*;
/// use ndview::Viewable;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// // a[-1, ::2]
/// let items = [IndexItem::Int(-1), IndexItem::Slice(None, None, 2)];
/// let r = a.raw_view().index::<shape![2]>(&items).unwrap();
/// assert_eq!(r.strides(), &[2]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexItem {
    /// An integer index; drops the axis.
    Int(isize),
    /// `start:stop:step`.
    Slice(Option<isize>, Option<isize>, isize),
    /// `None` / `newaxis`: a new axis of length 1.
    NewAxis,
    /// `...`.
    Ellipsis,
}

impl<T, S: Shape> RawView<T, S> {
    /// NumPy basic indexing: integers, slices, new axes, one ellipsis.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// use ndview::__private::IndexItem::{Ellipsis, Int, NewAxis};
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// // a[None, ..., 1]
    /// let r = a.raw_view().index::<shape![1, 3]>(&[NewAxis, Ellipsis, Int(1)]).unwrap();
    /// assert_eq!((r.dims(), r.strides()), (&[1, 3][..], &[0, 4][..]));
    /// let err = a.raw_view().index::<shape![4]>(&[Int(3)]).err().unwrap();
    /// assert_eq!(err.to_string(), "index 3 is out of bounds for axis 0 with size 3");
    /// ```
    #[inline]
    pub fn index<S2: Shape>(self, items: &[IndexItem]) -> Result<RawView<T, S2>, ShapeError> {
        let consumed = items
            .iter()
            .filter(|i| matches!(i, IndexItem::Int(_) | IndexItem::Slice(..)))
            .count();
        let ndim = S::RANK;
        if consumed > ndim {
            return Err(ShapeError::TooManyIndices {
                ndim,
                indexed: consumed,
            });
        }
        let dims = self.dims.as_ref();
        let strides = self.strides.as_ref();
        let mut out = Build::new();
        let mut offset = 0isize;
        let mut ax = 0usize;
        let mut saw_ellipsis = false;
        for item in items {
            match *item {
                IndexItem::Int(i) => {
                    let k = normalize_index(i, dims[ax]).ok_or(ShapeError::IndexOutOfBounds {
                        index: i,
                        axis: ax,
                        size: dims[ax],
                    })?;
                    offset += k as isize * strides[ax];
                    ax += 1;
                }
                IndexItem::Slice(start, stop, step) => {
                    let s = slice_axis(dims[ax], start, stop, step)?;
                    offset += s.start as isize * strides[ax];
                    out.push(s.len, strides[ax] * s.stride_factor());
                    ax += 1;
                }
                IndexItem::NewAxis => out.push(1, 0),
                IndexItem::Ellipsis => {
                    if saw_ellipsis {
                        return Err(ShapeError::TooManyIndices {
                            ndim,
                            indexed: consumed,
                        });
                    }
                    saw_ellipsis = true;
                    for _ in 0..ndim - consumed {
                        out.push(dims[ax], strides[ax]);
                        ax += 1;
                    }
                }
            }
        }
        while ax < ndim {
            out.push(dims[ax], strides[ax]);
            ax += 1;
        }
        Ok(out.finish(self.ptr.wrapping_offset(offset)))
    }
}

/// An integer index `i` on an axis of length `n`, NumPy style: `-n <= i < n`,
/// negative counting from the end. Returns the position in `0..n`.
///
/// ```
/// use ndview::__private::normalize_index;
/// assert_eq!(normalize_index(-1, 4), Some(3));
/// assert_eq!(normalize_index(4, 4), None);
/// ```
#[inline]
pub fn normalize_index(i: isize, n: usize) -> Option<usize> {
    let n = n as isize;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

/// The result of `start:stop:step` on one axis: the first element taken and
/// how many are taken.
///
/// ```
/// use ndview::__private::{slice_axis, AxisSlice};
/// // np.arange(10)[::-1] starts at 9 and takes 10
/// assert_eq!(slice_axis(10, None, None, -1).unwrap(), AxisSlice { start: 9, len: 10, step: -1 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AxisSlice {
    /// First index taken (0 when `len == 0`, as NumPy leaves the offset alone).
    pub start: usize,
    /// Number of elements taken.
    pub len: usize,
    /// The step (never 0). When `len == 0` NumPy keeps the old stride: see
    /// [`AxisSlice::stride_factor`].
    pub step: isize,
}

impl AxisSlice {
    /// The factor the axis stride is multiplied by: the step, or 1 for an
    /// empty result (NumPy leaves offset and stride unchanged then).
    ///
    /// ```
    /// use ndview::__private::slice_axis;
    /// assert_eq!(slice_axis(10, Some(1), None, 3).unwrap().stride_factor(), 3);
    /// assert_eq!(slice_axis(10, Some(2), Some(8), -1).unwrap().stride_factor(), 1);
    /// ```
    #[inline]
    pub fn stride_factor(&self) -> isize {
        if self.len == 0 {
            1
        } else {
            self.step
        }
    }
}

/// NumPy's `PySlice_AdjustIndices` followed by the length rule: clamp `start`
/// and `stop` into the axis, default them by the sign of `step`, count the
/// elements taken.
///
/// ```
/// use ndview::__private::slice_axis;
/// // x = np.arange(10); x[20:-20:-3] is [9, 6, 3, 0]
/// let s = slice_axis(10, Some(20), Some(-20), -3).unwrap();
/// assert_eq!((s.start, s.len), (9, 4));
/// // x[2:8:-1] is empty
/// assert_eq!(slice_axis(10, Some(2), Some(8), -1).unwrap().len, 0);
/// ```
#[inline]
pub fn slice_axis(
    n: usize,
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
) -> Result<AxisSlice, ShapeError> {
    if step == 0 {
        return Err(ShapeError::ZeroStep);
    }
    let n = n as isize;
    let clamp = |x: isize| -> isize {
        let mut x = x;
        if x < 0 {
            x += n;
            if x < 0 {
                x = if step < 0 { -1 } else { 0 };
            }
        } else if x >= n {
            x = if step < 0 { n - 1 } else { n };
        }
        x
    };
    let start = match start {
        Some(s) => clamp(s),
        None if step < 0 => n - 1,
        None => 0,
    };
    let stop = match stop {
        Some(s) => clamp(s),
        None if step < 0 => -1,
        None => n,
    };
    let len = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(if len == 0 {
        AxisSlice {
            start: 0,
            len: 0,
            step,
        }
    } else {
        AxisSlice {
            start: start as usize,
            len: len as usize,
            step,
        }
    })
}

/// A slice bound clamped into `[0, N]` as `min(U, N)` (a non-negative literal).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Clamp, FromStart};
/// use ndview::typenum::{U2, U5, U7};
/// let _: P<<FromStart<U2> as Clamp<U5>>::Out> = P::<U2>;
/// let _: P<<FromStart<U7> as Clamp<U5>>::Out> = P::<U5>; // 7: on an axis of 5 clamps to 5
/// ```
pub struct FromStart<U>(PhantomData<U>);
/// A slice bound clamped into `[0, N]` as `N - min(U, N)` (a negative literal `-U`).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Clamp, FromEnd};
/// use ndview::typenum::{U0, U2, U3, U5, U9};
/// let _: P<<FromEnd<U2> as Clamp<U5>>::Out> = P::<U3>; // -2 on an axis of 5 is 3
/// let _: P<<FromEnd<U9> as Clamp<U5>>::Out> = P::<U0>; // -9 clamps to 0
/// ```
pub struct FromEnd<U>(PhantomData<U>);

/// A bound resolved against an axis of length `N`: `<FromEnd<U2> as Clamp<U5>>::Out = U3`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::{Clamp, FromEnd};
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

/// A positive step; `D` is [`Step1`](crate::arith::Step1), a power of two or a general divisor.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::StepPow2;
/// use ndview::__private::{FromStart, SliceLen, StepFwd};
/// use ndview::typenum::{U0, U1, U3, U6};
/// // np.arange(6)[::2] has 3 elements (step 2 = 2^1)
/// let _: P<<U6 as SliceLen<FromStart<U0>, FromStart<U6>, StepFwd<StepPow2<U1>>>>::Out> = P::<U3>;
/// ```
pub struct StepFwd<D>(PhantomData<D>);
/// A negative step, bounds shifted by one so NumPy's "before index 0" is 0.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::StepPow2;
/// use ndview::__private::{FromStart, SliceLen, StepBack};
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
/// use ndview::__private::StepDiv;
/// use ndview::__private::{FromStart, SliceLen, StepFwd};
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

/// A literal index inside its axis: `-size <= INDEX < size`.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a[3, 0]); // nd!: index 3 is out of bounds for axis 0 with size _3
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: index {INDEX} is out of bounds for axis {AXIS} with size {Size}",
    label = "index out of bounds",
    note = "valid indices on an axis of size n are -n..n; sizes print as decimal digit types, e.g. (_1, _2) is 12 (a negative axis counts from the end)"
)]
pub trait IndexInBounds<const INDEX: i64, const AXIS: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const INDEX: i64, const AXIS: i64, Size> IndexInBounds<INDEX, AXIS, Size> for B1 {}

crate::window::window_op!(
    /// The window of a basic index using `N` axes.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::__private::IndexAxes;
    /// let _: P<<shape![2, 3] as IndexAxes<U1, U0, 1>>::Mid> = P::<shape![3]>;
    /// ```
    IndexAxes [] "nd!: this index uses {N} axes, but the view has fewer",
    "too many indices for this view"
);
