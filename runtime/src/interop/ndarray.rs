//! Zero-copy conversions between ndview views and
//! [ndarray](https://docs.rs/ndarray) views (feature `ndarray`).
//!
//! - ndview to ndarray: [`View::to_ndarray`] gives an `ArrayView` and
//!   [`ViewMut::into_ndarray`] an `ArrayViewMut` of the same elements, with
//!   the same dims and strides (negative and zero strides included), rank `R`
//!   as `IxR` (`IxDyn` above rank 6). `From` impls do the same.
//! - ndarray to ndview: [`View::from_ndarray`] and [`ViewMut::from_ndarray`]
//!   (and `TryFrom`) check at run time that the rank and every static dim of
//!   the target shape type agree with the ndarray view, and return
//!   [`ShapeError::DimMismatch`] otherwise. The result's layout is
//!   [`Strided`]: the type proves nothing about ndarray's memory order.
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<f64, shape![2, 3]>::arange();
//! let nd_t: ndarray::ArrayView2<f64> = nd!(a.T).to_ndarray();
//! assert_eq!(nd_t[[2, 1]], 5.0);
//! assert_eq!(nd_t.strides(), &[1, 3]);
//!
//! let owned = ndarray::Array2::<f64>::zeros((4, 3));
//! let v: View<'_, f64, shape![Dyn, 3], ndview::Strided> = View::from_ndarray(owned.view()).unwrap();
//! assert_eq!(v.shape(), &[4, 3]);
//! let err = View::<f64, shape![Dyn, 4], ndview::Strided>::from_ndarray(owned.view()).unwrap_err();
//! assert_eq!(err.to_string(), "dims (4,3) do not match the static shape (-1,4) (-1 marks a Dyn dim)");
//! ```

use crate::array::check_dims;
use crate::error::ShapeError;
use crate::layout::{Layout, Strided};
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::{View, ViewMut};
use ::ndarray::{ArrayView, ArrayViewMut, Dimension, ShapeBuilder};
use core::marker::PhantomData;

/// The ndarray dimension type of a shape: rank `R` is `IxR` up to 6, then
/// `IxDyn`: `<shape![2, Dyn] as NdarrayShape>::Dim` is `Ix2`.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::interop::ndarray::NdarrayShape;
/// let d = <<shape![2, Dyn] as NdarrayShape>::Dim as ndarray::Dimension>::NDIM;
/// assert_eq!(d, Some(2));
/// ```
pub trait NdarrayShape: Shape {
    /// The ndarray dimension type.
    type Dim: Dimension;
}
macro_rules! ndarray_shape {
    ($n:tt $digits:tt; $($d:ident)*) => {
        impl<$($d: crate::dim::Dim),*> NdarrayShape for ($($d,)*) {
            type Dim = ndarray_dim!($n);
        }
    };
}
// Ranks 1 to 6 have ndarray's static `IxN`; above, its `IxDyn`.
macro_rules! ndarray_dim {
    (1) => {
        ::ndarray::Ix1
    };
    (2) => {
        ::ndarray::Ix2
    };
    (3) => {
        ::ndarray::Ix3
    };
    (4) => {
        ::ndarray::Ix4
    };
    (5) => {
        ::ndarray::Ix5
    };
    (6) => {
        ::ndarray::Ix6
    };
    ($n:tt) => {
        ::ndarray::IxDyn
    };
}
impl NdarrayShape for () {
    type Dim = ::ndarray::Ix0;
}
crate::shape::for_each_rank!(ndarray_shape);

/// ndarray's constructors need non-negative strides: the lowest-addressed
/// element, absolute strides, and which axes to invert afterwards.
struct Parts<T, D> {
    ptr: *mut T,
    dims: D,
    strides: D,
    inverted: [bool; crate::shape::MAX_RANK],
}

fn parts<T, S: NdarrayShape>(raw: &RawView<T, S>) -> Parts<T, S::Dim> {
    let mut dims = S::Dim::zeros(S::RANK);
    let mut strides = S::Dim::zeros(S::RANK);
    let mut inverted = [false; crate::shape::MAX_RANK];
    let mut ptr = raw.ptr;
    for (k, (&d, &s)) in raw.dims().iter().zip(raw.strides()).enumerate() {
        dims.slice_mut()[k] = d;
        strides.slice_mut()[k] = s.unsigned_abs();
        if s < 0 && d > 0 {
            // Move to the axis's last element, the lowest address on it.
            ptr = ptr.wrapping_offset((d as isize - 1) * s);
            inverted[k] = true;
        }
    }
    Parts {
        ptr,
        dims,
        strides,
        inverted,
    }
}

/// Dims, strides and pointer of an ndarray view, checked against `S`.
fn raw_from<T, S: Shape>(
    ptr: *mut T,
    shape: &[usize],
    strides: &[isize],
) -> Result<RawView<T, S>, ShapeError> {
    check_dims::<S>(shape)?;
    Ok(RawView::<T, S>::with_parts::<S>(ptr, shape, strides))
}

impl<'a, T, S: NdarrayShape, L: Layout> View<'a, T, S, L> {
    /// An ndarray view of the same elements, dims and strides (zero-copy).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![3, 4]>::arange();
    /// let r = nd!(a[::-1, 1]).to_ndarray();
    /// assert_eq!(r.to_vec(), vec![9, 5, 1]);
    /// assert_eq!(r.strides(), &[-4]);
    /// ```
    pub fn to_ndarray(&self) -> ArrayView<'a, T, S::Dim> {
        let p = parts(&self.raw);
        // SAFETY: the elements are live and shared for 'a; `p.ptr` is the lowest-addressed
        // element and the absolute strides reach exactly the view's elements, in one
        // allocation (inverting the axes afterwards restores the order).
        let mut out = unsafe { ArrayView::from_shape_ptr(p.dims.strides(p.strides), p.ptr) };
        for k in (0..S::RANK).filter(|k| p.inverted[*k]) {
            out.invert_axis(::ndarray::Axis(k));
        }
        out
    }
}

impl<'a, T, S: NdarrayShape> View<'a, T, S, Strided> {
    /// A view of an ndarray view's elements (zero-copy), if its rank and
    /// dims agree with the static dims of `S` (checked at run time).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let x = ndarray::Array::from_shape_vec((2, 3), (0..6).collect()).unwrap();
    /// let v = View::<i64, shape![2, 3], ndview::Strided>::from_ndarray(x.t()).unwrap_err();
    /// assert_eq!(v.to_string(), "dims (3,2) do not match the static shape (2,3) (-1 marks a Dyn dim)");
    /// let t = View::<i64, shape![3, 2], ndview::Strided>::from_ndarray(x.t()).unwrap();
    /// assert_eq!(nd!(t[:, 1]).to_vec(), vec![3, 4, 5]);
    /// ```
    pub fn from_ndarray<D: Dimension>(v: ArrayView<'a, T, D>) -> Result<Self, ShapeError> {
        let raw = raw_from::<T, S>(v.as_ptr() as *mut T, v.shape(), v.strides())?;
        Ok(View {
            raw,
            _borrow: PhantomData,
        })
    }
}

impl<'a, T, S: NdarrayShape, L: Layout> ViewMut<'a, T, S, L> {
    /// An ndarray mutable view of the same elements, dims and strides
    /// (zero-copy), giving up this view.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2, 3]>::zeros();
    /// let mut m = nd!(mut a.T).into_ndarray();
    /// m[[2, 0]] = 7;
    /// assert_eq!(a.to_vec(), vec![0, 0, 7, 0, 0, 0]);
    /// ```
    pub fn into_ndarray(self) -> ArrayViewMut<'a, T, S::Dim> {
        let p = parts(&self.raw);
        // SAFETY: as in `View::to_ndarray`, and this view's unique borrow of
        // its elements for 'a moves into the result (no two indices of a
        // ViewMut address one element, so ndarray's view does not alias).
        let mut out = unsafe { ArrayViewMut::from_shape_ptr(p.dims.strides(p.strides), p.ptr) };
        for k in (0..S::RANK).filter(|k| p.inverted[*k]) {
            out.invert_axis(::ndarray::Axis(k));
        }
        out
    }
}

impl<'a, T, S: NdarrayShape> ViewMut<'a, T, S, Strided> {
    /// A mutable view of an ndarray mutable view's elements (zero-copy), if
    /// its rank and dims agree with the static dims of `S`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut x = ndarray::Array2::<u8>::zeros((2, 4));
    /// let mut m = ViewMut::<u8, shape![2, Dyn], ndview::Strided>::from_ndarray(x.view_mut()).unwrap();
    /// nd!(mut m[:, 1::2]).fill(1);
    /// assert_eq!(x.as_slice().unwrap(), &[0, 1, 0, 1, 0, 1, 0, 1]);
    /// ```
    pub fn from_ndarray<D: Dimension>(mut v: ArrayViewMut<'a, T, D>) -> Result<Self, ShapeError> {
        let ptr = v.as_mut_ptr();
        let raw = raw_from::<T, S>(ptr, v.shape(), v.strides())?;
        Ok(ViewMut {
            raw,
            _borrow: PhantomData,
        })
    }
}

/// `view.into()`: [`View::to_ndarray`].
impl<'a, T, S: NdarrayShape, L: Layout> From<View<'a, T, S, L>> for ArrayView<'a, T, S::Dim> {
    fn from(v: View<'a, T, S, L>) -> Self {
        v.to_ndarray()
    }
}

/// `view.into()`: [`ViewMut::into_ndarray`].
impl<'a, T, S: NdarrayShape, L: Layout> From<ViewMut<'a, T, S, L>> for ArrayViewMut<'a, T, S::Dim> {
    fn from(v: ViewMut<'a, T, S, L>) -> Self {
        v.into_ndarray()
    }
}

/// `ndarray_view.try_into()`: [`View::from_ndarray`].
///
/// ```
/// use ndview::prelude::*;
/// let x = ndarray::arr2(&[[1, 2], [3, 4]]);
/// let v: View<'_, i32, shape![2, 2], ndview::Strided> = x.view().try_into().unwrap();
/// assert_eq!(*nd!(v[1, 0]), 3);
/// ```
impl<'a, T, S: NdarrayShape, D: Dimension> TryFrom<ArrayView<'a, T, D>>
    for View<'a, T, S, Strided>
{
    type Error = ShapeError;
    fn try_from(v: ArrayView<'a, T, D>) -> Result<Self, ShapeError> {
        View::<'a, T, S, Strided>::from_ndarray(v)
    }
}

/// `ndarray_view_mut.try_into()`: [`ViewMut::from_ndarray`].
impl<'a, T, S: NdarrayShape, D: Dimension> TryFrom<ArrayViewMut<'a, T, D>>
    for ViewMut<'a, T, S, Strided>
{
    type Error = ShapeError;
    fn try_from(v: ArrayViewMut<'a, T, D>) -> Result<Self, ShapeError> {
        ViewMut::<'a, T, S, Strided>::from_ndarray(v)
    }
}
