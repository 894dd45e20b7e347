//! Conversions to and from plain Rust containers (`&[T]`, `&mut [T]`,
//! `Vec<T>`), all zero-copy, and, with the `ndarray` feature, to and from
//! [ndarray](https://docs.rs/ndarray) views (module `interop::ndarray`).
//!
//! | from | to | how | checked |
//! |---|---|---|---|
//! | `&[T]` | `View<T, S, C>` | `View::from_slice`, `try_into()`, `View::from_shape_slice(dims, ..)` | length (and static dims) |
//! | `&mut [T]` | `ViewMut<T, S, C>` | `ViewMut::from_slice_mut`, `try_into()`, `ViewMut::from_shape_slice_mut(dims, ..)` | length (and static dims) |
//! | `Vec<T>` | `Array<T, S>` | `Array::from_vec`, `try_into()`, `Array::from_shape_vec(dims, ..)` | length (and static dims) |
//! | `View<T, S, C>` | `&[T]` | `as_slice()`, `into()` | the type proves contiguity |
//! | `ViewMut<T, S, C>` | `&mut [T]` | `into_slice_mut()`, `into()` | the type proves contiguity |
//! | `Array<T, S>` | `Vec<T>` | `into_vec()`, `into()` | — |
//!
//! ```
//! use ndview::prelude::*;
//! let mut data = vec![0.0f32; 6];
//! {
//!     let mut m: ViewMut<'_, f32, shape![2, 3]> = data.as_mut_slice().try_into().unwrap();
//!     nd!(mut m[:, 1]).fill(1.0);
//! }
//! let v: View<'_, f32, shape![3, 2]> = data.as_slice().try_into().unwrap();
//! assert_eq!(v.to_vec(), vec![0.0, 1.0, 0.0, 0.0, 1.0, 0.0]);
//! let n = data.len() / 2;
//! let w = View::<f32, shape![Dyn, 2]>::from_shape_slice([n, 2], &data).unwrap();
//! let back: &[f32] = w.into();
//! assert_eq!(back.len(), 6);
//! ```

use crate::array::{check_dims, check_len, Array};
use crate::error::ShapeError;
use crate::layout::C;
use crate::raw::RawView;
use crate::shape::{Shape, StaticShape};
use crate::view::{View, ViewMut};
use core::marker::PhantomData;

#[cfg(feature = "ndarray")]
pub mod ndarray;

/// C-ordered dims and strides over `len` elements at `ptr`, checked.
fn c_raw<T, S: Shape>(
    dims: S::Index,
    ptr: *mut T,
    len: usize,
) -> Result<RawView<T, S>, ShapeError> {
    check_dims::<S>(dims.as_ref())?;
    check_len(dims.as_ref(), len)?;
    let mut strides = S::Strides::default();
    crate::strides::c_strides(dims.as_ref(), strides.as_mut());
    Ok(RawView { ptr, dims, strides })
}

impl<'a, T, S: Shape> View<'a, T, S, C> {
    /// A C-contiguous view of a slice with run-time `dims` (static dims of
    /// `S` must agree); the length must equal the element count.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let data: Vec<u16> = (0..12).collect();
    /// let rows = 3;
    /// let v = View::<u16, shape![Dyn, 4]>::from_shape_slice([rows, 4], &data).unwrap();
    /// assert_eq!(*nd!(v[2, 1]), 9);
    /// assert!(View::<u16, shape![Dyn, 4]>::from_shape_slice([2, 4], &data).is_err());
    /// ```
    pub fn from_shape_slice(dims: S::Index, data: &'a [T]) -> Result<Self, ShapeError> {
        Ok(View {
            raw: c_raw(dims, data.as_ptr() as *mut T, data.len())?,
            _borrow: PhantomData,
        })
    }
}

impl<'a, T, S: Shape> ViewMut<'a, T, S, C> {
    /// A mutable C-contiguous view of a slice, for a static shape; the length
    /// must equal the element count.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut data = [0u8; 6];
    /// let mut m = ViewMut::<u8, shape![2, 3]>::from_slice_mut(&mut data).unwrap();
    /// *nd!(mut m[1, 2]) = 7;
    /// assert_eq!(data, [0, 0, 0, 0, 0, 7]);
    /// ```
    pub fn from_slice_mut(data: &'a mut [T]) -> Result<Self, ShapeError>
    where
        S: StaticShape,
    {
        Self::from_shape_slice_mut(S::dims(), data)
    }

    /// A mutable C-contiguous view of a slice with run-time `dims` (static
    /// dims of `S` must agree); the length must equal the element count.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut data = vec![0i32; 8];
    /// let n = 2;
    /// let mut m = ViewMut::<i32, shape![Dyn, 4]>::from_shape_slice_mut([n, 4], &mut data).unwrap();
    /// nd!(mut m[:, -1]).fill(1);
    /// assert_eq!(data, vec![0, 0, 0, 1, 0, 0, 0, 1]);
    /// ```
    pub fn from_shape_slice_mut(dims: S::Index, data: &'a mut [T]) -> Result<Self, ShapeError> {
        Ok(ViewMut {
            raw: c_raw(dims, data.as_mut_ptr(), data.len())?,
            _borrow: PhantomData,
        })
    }
}

/// `slice.try_into()`: [`View::from_slice`].
impl<'a, T, S: StaticShape> TryFrom<&'a [T]> for View<'a, T, S, C> {
    type Error = ShapeError;
    fn try_from(data: &'a [T]) -> Result<Self, ShapeError> {
        View::from_slice(data)
    }
}

/// `slice.try_into()`: [`ViewMut::from_slice_mut`].
impl<'a, T, S: StaticShape> TryFrom<&'a mut [T]> for ViewMut<'a, T, S, C> {
    type Error = ShapeError;
    fn try_from(data: &'a mut [T]) -> Result<Self, ShapeError> {
        ViewMut::from_slice_mut(data)
    }
}

/// `vec.try_into()`: [`Array::from_vec`].
///
/// ```
/// use ndview::prelude::*;
/// let a: Array<i32, shape![2, 2]> = vec![1, 2, 3, 4].try_into().unwrap();
/// let back: Vec<i32> = a.into();
/// assert_eq!(back, vec![1, 2, 3, 4]);
/// ```
impl<T, S: StaticShape> TryFrom<Vec<T>> for Array<T, S> {
    type Error = ShapeError;
    fn try_from(vec: Vec<T>) -> Result<Self, ShapeError> {
        Array::from_vec(vec)
    }
}

/// `array.into()`: the elements in C order, no copy ([`Array::into_vec`]).
impl<T, S: Shape> From<Array<T, S>> for Vec<T> {
    fn from(a: Array<T, S>) -> Vec<T> {
        a.into_vec()
    }
}

/// `view.into()`: the elements of a view whose type proves C-contiguity.
impl<'a, T, S: Shape> From<View<'a, T, S, C>> for &'a [T] {
    fn from(v: View<'a, T, S, C>) -> &'a [T] {
        v.as_slice()
    }
}

/// `view.into()`: the elements of a mutable view whose type proves
/// C-contiguity ([`ViewMut::into_slice_mut`]).
///
/// ```
/// use ndview::prelude::*;
/// let mut a = Array::<i32, shape![2, 2]>::zeros();
/// let row: &mut [i32] = nd!(mut a[0]).into();
/// row[1] = 3;
/// assert_eq!(a.to_vec(), vec![0, 3, 0, 0]);
/// ```
impl<'a, T, S: Shape> From<ViewMut<'a, T, S, C>> for &'a mut [T] {
    fn from(v: ViewMut<'a, T, S, C>) -> &'a mut [T] {
        v.into_slice_mut()
    }
}
