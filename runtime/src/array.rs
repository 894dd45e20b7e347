//! [`Array`]: the owned, always C-contiguous array.

use crate::error::{DimList, ShapeError};
use crate::layout::{Layout, C};
use crate::raw::RawView;
use crate::shape::{Shape, StaticShape};
use crate::view::{NdView, View, ViewMut};
use core::marker::PhantomData;

/// An owned array of `T` with shape `S`, stored C-contiguously (row-major).
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// assert_eq!(a.byte_strides().to_vec(), vec![32, 8]);
/// assert_eq!(*nd!(a[1, 3]), 7);
/// ```
pub struct Array<T, S: Shape> {
    data: Vec<T>,
    dims: S::Index,
    strides: S::Strides,
}

impl<T: Clone, S: Shape> Clone for Array<T, S> {
    fn clone(&self) -> Self {
        // A fresh buffer from the copy engine's allocator (huge pages for
        // large arrays), filled without zeroing.
        let mut data = crate::alloc::vec_with_capacity(self.data.len());
        data.extend_from_slice(&self.data);
        Array {
            data,
            dims: self.dims,
            strides: self.strides,
        }
    }
}

impl<T: PartialEq, S: Shape> PartialEq for Array<T, S> {
    /// Equal shapes and equal elements.
    fn eq(&self, other: &Self) -> bool {
        self.dims == other.dims && self.data == other.data
    }
}
impl<T: Eq, S: Shape> Eq for Array<T, S> {}

pub(crate) fn check_len(dims: &[usize], found: usize) -> Result<(), ShapeError> {
    let expected = crate::strides::element_count(dims).ok_or(ShapeError::Overflow)?;
    if expected == found {
        Ok(())
    } else {
        Err(ShapeError::LengthMismatch {
            shape: DimList::from_dims(dims),
            expected,
            found,
        })
    }
}

/// Run-time `dims` must have the rank of `S` and agree with its static dims.
pub(crate) fn check_dims<S: Shape>(dims: &[usize]) -> Result<(), ShapeError> {
    if S::accepts(dims) {
        return Ok(());
    }
    let mut expected = [0isize; crate::shape::MAX_RANK];
    for (e, d) in expected.iter_mut().zip(S::STATIC_DIMS) {
        *e = d.map_or(-1, |d| d as isize);
    }
    Err(ShapeError::DimMismatch {
        found: DimList::from_dims(dims),
        expected: DimList::from_signed(&expected[..S::RANK]),
    })
}

/// Numbers `arange` can count in: every primitive integer and float.
///
/// ```
/// use ndview::Arange;
/// assert_eq!(<f32 as Arange>::from_index(3), 3.0);
/// ```
pub trait Arange {
    /// The number `i` (wrapping, as `as` casts do, for narrow integer types).
    fn from_index(i: usize) -> Self;
}
macro_rules! impl_arange {
    ($($t:ty)*) => {$(
        impl Arange for $t {
            fn from_index(i: usize) -> Self { i as $t }
        }
    )*};
}
impl_arange!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64);

impl<T, S: StaticShape> Array<T, S> {
    /// An array of `T::default()` (zero for numbers).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<f64, shape![2, 2]>::zeros();
    /// assert_eq!(a.to_vec(), vec![0.0; 4]);
    /// ```
    pub fn zeros() -> Self
    where
        T: Default + Clone,
    {
        Self::from_elem(T::default())
    }

    /// An array with every element `x`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<char, shape![3]>::from_elem('x');
    /// assert_eq!(a.to_vec(), vec!['x'; 3]);
    /// ```
    pub fn from_elem(x: T) -> Self
    where
        T: Clone,
    {
        let dims = S::dims();
        let n = crate::strides::element_count(dims.as_ref()).expect("shape overflows usize");
        Array::from_parts(vec![x; n], dims)
    }

    /// An array whose element at multi-index `idx` is `f(idx)`, filled in C order.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<usize, shape![2, 3]>::from_fn(|[i, j]| 10 * i + j);
    /// assert_eq!(a.to_vec(), vec![0, 1, 2, 10, 11, 12]);
    /// ```
    pub fn from_fn(mut f: impl FnMut(S::Index) -> T) -> Self {
        let dims = S::dims();
        let n = crate::strides::element_count(dims.as_ref()).expect("shape overflows usize");
        let mut data = Vec::with_capacity(n);
        let mut idx = S::Index::default();
        for _ in 0..n {
            data.push(f(idx));
            // Advance the multi-index in C order.
            for k in (0..S::RANK).rev() {
                idx.as_mut()[k] += 1;
                if idx.as_ref()[k] < dims.as_ref()[k] {
                    break;
                }
                idx.as_mut()[k] = 0;
            }
        }
        Array::from_parts(data, dims)
    }

    /// An array over `vec`, whose length must be the element count.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![2, 2]>::from_vec(vec![1, 2, 3, 4]).unwrap();
    /// assert_eq!(*nd!(a[1, 0]), 3);
    /// ```
    pub fn from_vec(vec: Vec<T>) -> Result<Self, ShapeError> {
        Self::from_shape_vec(S::dims(), vec)
    }

    /// `0, 1, 2, ...` in C order, like `np.arange(n).reshape(S)`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i64, shape![2, 3]>::arange();
    /// assert_eq!(a.to_vec(), vec![0, 1, 2, 3, 4, 5]);
    /// ```
    pub fn arange() -> Self
    where
        T: Arange,
    {
        let dims = S::dims();
        let n = crate::strides::element_count(dims.as_ref()).expect("shape overflows usize");
        Array::from_parts((0..n).map(T::from_index).collect(), dims)
    }
}

impl<T, S: Shape> Array<T, S> {
    /// An array with run-time `dims` (static dims of `S` must agree) over `vec`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<u8, shape![Dyn, 2]>::from_shape_vec([3, 2], vec![0; 6]).unwrap();
    /// assert_eq!(a.shape(), &[3, 2]);
    /// assert!(Array::<u8, shape![Dyn, 2]>::from_shape_vec([2, 3], vec![0; 6]).is_err());
    /// ```
    pub fn from_shape_vec(dims: S::Index, vec: Vec<T>) -> Result<Self, ShapeError> {
        check_dims::<S>(dims.as_ref())?;
        check_len(dims.as_ref(), vec.len())?;
        Ok(Array::from_parts(vec, dims))
    }

    /// An array with run-time `dims` (static dims of `S` must agree), every
    /// element `x`: NumPy's `np.full(dims, x)`, the way to preallocate.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let n = 3;
    /// let a = Array::<f64, shape![Dyn, 4]>::from_shape_elem([n, 4], 0.0).unwrap();
    /// assert_eq!(a.shape(), &[3, 4]);
    /// let err = Array::<f64, shape![Dyn, 4]>::from_shape_elem([n, 5], 0.0).unwrap_err();
    /// assert_eq!(err.to_string(), "dims (3,5) do not match the static shape (-1,4) (-1 marks a Dyn dim)");
    /// ```
    pub fn from_shape_elem(dims: S::Index, x: T) -> Result<Self, ShapeError>
    where
        T: Clone,
    {
        let n = crate::strides::element_count(dims.as_ref()).ok_or(ShapeError::Overflow)?;
        Self::from_shape_vec(dims, vec![x; n])
    }

    /// The elements in C order, giving up the array.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// assert_eq!(Array::<i32, shape![3]>::arange().into_vec(), vec![0, 1, 2]);
    /// ```
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    /// A read-only view of the whole array.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![2]>::arange();
    /// assert_eq!(a.view().to_vec(), vec![0, 1]);
    /// ```
    pub fn view(&self) -> View<'_, T, S, C> {
        View {
            raw: self.raw_parts(self.data.as_ptr() as *mut T),
            _borrow: PhantomData,
        }
    }

    /// A mutable view of the whole array.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2]>::arange();
    /// a.view_mut().fill(5);
    /// assert_eq!(a.to_vec(), vec![5, 5]);
    /// ```
    pub fn view_mut(&mut self) -> ViewMut<'_, T, S, C> {
        let ptr = self.data.as_mut_ptr();
        ViewMut {
            raw: self.raw_parts(ptr),
            _borrow: PhantomData,
        }
    }

    /// The elements as a slice, in C order.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// assert_eq!(Array::<i32, shape![2]>::arange().as_slice(), &[0, 1]);
    /// ```
    pub fn as_slice(&self) -> &[T] {
        &self.data
    }

    /// The elements as a mutable slice, in C order.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2]>::zeros();
    /// a.as_mut_slice()[1] = 4;
    /// assert_eq!(a.to_vec(), vec![0, 4]);
    /// ```
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        &mut self.data
    }

    fn raw_parts(&self, ptr: *mut T) -> RawView<T, S> {
        RawView {
            ptr,
            dims: self.dims,
            strides: self.strides,
        }
    }

    pub(crate) fn dims_ref(&self) -> &[usize] {
        self.dims.as_ref()
    }

    pub(crate) fn strides_ref(&self) -> &[isize] {
        self.strides.as_ref()
    }

    /// Split into the storage and a handle that `nd!` re-shapes after `copy()`.
    #[doc(hidden)]
    pub fn into_reshaping(mut self) -> (Vec<T>, Reshaping<T, S, C>) {
        let ptr = self.data.as_mut_ptr();
        let raw = self.raw_parts(ptr);
        (
            self.data,
            Reshaping {
                raw,
                _l: PhantomData,
            },
        )
    }

    /// Rebuild an array from its storage and a re-shaped, still C, handle.
    #[doc(hidden)]
    pub fn from_reshaping(data: Vec<T>, handle: Reshaping<T, S, C>) -> Self {
        assert_eq!(
            handle.raw.ptr as *const T,
            data.as_ptr(),
            "ndview internal error"
        );
        assert_eq!(handle.raw.len(), data.len(), "ndview internal error");
        Self::from_parts(data, handle.raw.dims)
    }

    /// An array from C-ordered elements and dims (already checked).
    pub(crate) fn from_parts(data: Vec<T>, dims: S::Index) -> Self {
        debug_assert!(S::accepts(dims.as_ref()));
        debug_assert_eq!(
            crate::strides::element_count(dims.as_ref()),
            Some(data.len())
        );
        let mut strides = S::Strides::default();
        crate::strides::c_strides(dims.as_ref(), strides.as_mut());
        Array {
            data,
            dims,
            strides,
        }
    }
}

/// The shape of an owned array being re-shaped by `nd!` after `copy()`,
/// `flatten()` or `take()`: those ops (`reshape`, `ravel`, `expand_dims`,
/// `squeeze`) are the same code as for views, and the result is an `Array`
/// again without a second copy.
#[doc(hidden)]
pub struct Reshaping<T, S: Shape, L: Layout> {
    raw: RawView<T, S>,
    _l: PhantomData<L>,
}

// SAFETY: the raw view addresses the Vec held next to it by the expansion;
// it is never dereferenced, only re-shaped.
unsafe impl<T, S: Shape, L: Layout> NdView for Reshaping<T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    type With<S2: Shape, L2: Layout> = Reshaping<T, S2, L2>;
    type Scalar = ();
    fn into_raw(self) -> RawView<T, S> {
        self.raw
    }
    unsafe fn from_raw<S2: Shape, L2: Layout>(raw: RawView<T, S2>) -> Reshaping<T, S2, L2> {
        crate::view::debug_check::<T, S2, L2>(&raw);
        Reshaping {
            raw,
            _l: PhantomData,
        }
    }
    fn into_scalar(self) {}
}
