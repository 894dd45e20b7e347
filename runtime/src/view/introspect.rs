//! The introspection methods shared by [`Array`], [`View`] and [`ViewMut`]
//! (shape, strides, `to_vec`, `copy`, ...), written once over [`Viewable`].

use crate::array::Array;
use crate::layout::{Layout, C};
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::{View, ViewMut};

/// Anything with elements laid out by dims and strides: [`Array`], [`View`],
/// [`ViewMut`]. Used by [`View::shares_memory`] and friends.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::Viewable;
/// let a = Array::<i32, shape![2, 2]>::arange();
/// assert_eq!(a.raw_view().dims(), &[2, 2]);
/// ```
pub trait Viewable {
    /// Element type.
    type Elem;
    /// Shape type.
    type Shape: Shape;
    /// Pointer, dims and strides.
    fn raw_view(&self) -> RawView<Self::Elem, Self::Shape>;
}

impl<T, S: Shape> Viewable for Array<T, S> {
    type Elem = T;
    type Shape = S;
    fn raw_view(&self) -> RawView<T, S> {
        self.view().raw
    }
}
impl<T, S: Shape, L: Layout> Viewable for View<'_, T, S, L> {
    type Elem = T;
    type Shape = S;
    fn raw_view(&self) -> RawView<T, S> {
        self.raw
    }
}
impl<T, S: Shape, L: Layout> Viewable for ViewMut<'_, T, S, L> {
    type Elem = T;
    type Shape = S;
    fn raw_view(&self) -> RawView<T, S> {
        self.raw
    }
}
impl<X: Viewable> Viewable for &X {
    type Elem = X::Elem;
    type Shape = X::Shape;
    fn raw_view(&self) -> RawView<X::Elem, X::Shape> {
        (**self).raw_view()
    }
}

macro_rules! common_methods {
    ($(#[$m:meta])* [$($gen:tt)*] $ty:ty, $layout:ty, $kind:literal) => {
        impl<$($gen)*> $ty {
            /// The dims (NumPy's `.shape`).
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<u8, shape![3, 4]>::zeros();
            /// assert_eq!(nd!(a.T).shape(), &[4, 3]);
            /// ```
            pub fn shape(&self) -> &[usize] {
                self.dims_ref()
            }

            /// The strides in elements (NumPy's `.strides` divided by the item size).
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<u8, shape![3, 4]>::zeros();
            /// assert_eq!(nd!(a[:, ::-2]).strides(), &[4, -2]);
            /// ```
            pub fn strides(&self) -> &[isize] {
                self.strides_ref()
            }

            /// The strides in bytes, as NumPy's `.strides` prints them.
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i64, shape![3, 4]>::arange();
            /// assert_eq!(nd!(a.transpose(1, 0)).byte_strides().to_vec(), vec![8, 32]);
            /// ```
            pub fn byte_strides(&self) -> S::Strides {
                let mut out = self.raw_view().strides;
                for s in out.as_mut() {
                    *s *= core::mem::size_of::<T>() as isize;
                }
                out
            }

            /// The rank (number of axes).
            ///
            /// ```
            /// use ndview::prelude::*;
            /// assert_eq!(Array::<u8, shape![3, 4]>::zeros().ndim(), 2);
            /// ```
            pub fn ndim(&self) -> usize {
                S::RANK
            }

            /// The number of elements.
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<u8, shape![3, 4]>::zeros();
            /// assert_eq!(nd!(a[1:]).len(), 8);
            /// ```
            pub fn len(&self) -> usize {
                self.raw_view().len()
            }

            /// Whether there are no elements (some dim is 0).
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<u8, shape![3, 4]>::zeros();
            /// assert!(nd!(a[5:]).is_empty());
            /// ```
            pub fn is_empty(&self) -> bool {
                self.raw_view().is_empty()
            }

            /// Run-time C-contiguity, NumPy's rule: size-1 axes are ignored and
            /// empty arrays are contiguous.
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<u8, shape![3, 4]>::zeros();
            /// assert!(nd!(a[1:]).is_contiguous());
            /// assert!(!nd!(a[:, 1:]).is_contiguous());
            /// ```
            pub fn is_contiguous(&self) -> bool {
                let r = self.raw_view();
                crate::strides::is_c_contiguous(r.dims.as_ref(), r.strides.as_ref())
            }

            /// The elements in logical C order.
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i32, shape![2, 2]>::arange();
            /// assert_eq!(nd!(a.T).to_vec(), vec![0, 2, 1, 3]);
            /// ```
            pub fn to_vec(&self) -> Vec<T>
            where
                T: Clone,
            {
                crate::copy::to_vec(&self.raw_view())
            }

            /// An owned C-contiguous copy: the explicit copy.
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i32, shape![2, 3]>::arange();
            /// let t = nd!(a.T).copy();
            /// assert_eq!(t.strides(), &[2, 1]);
            /// ```
            pub fn copy(&self) -> Array<T, S>
            where
                T: Clone,
            {
                self.raw_view().to_array()
            }

            /// Whether the two can touch a common element: their address
            /// ranges overlap (like NumPy's `may_share_memory`; an answer of
            /// `true` for interleaved strided views is conservative).
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i32, shape![4]>::arange();
            /// let b = Array::<i32, shape![4]>::arange();
            /// assert!(nd!(a[1:]).shares_memory(&a));
            /// assert!(!nd!(a[:2]).shares_memory(&nd!(a[2:])));
            /// assert!(!a.shares_memory(&b));
            /// ```
            pub fn shares_memory<O: crate::view::introspect::Viewable<Elem = T>>(&self, other: &O) -> bool {
                crate::view::introspect::overlap(&self.raw_view(), &other.raw_view())
            }

            /// The seed's tree picture: one level per axis, the elements as
            /// leaves, each `value@offset` (in elements from the start of the
            /// memory; see [`Tree`](crate::Tree)).
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i64, shape![2, 3]>::arange();
            /// assert_eq!(
            ///     a.tree().to_string(),
            ///     "(2, 3) i64, byte strides (24, 8); leaves: value@element offset\n\
            ///      ├── 0: 0@0  1@1  2@2\n\
            ///      └── 1: 3@3  4@4  5@5\n"
            /// );
            /// ```
            pub fn tree(&self) -> crate::teach::Tree<'_, T, S> {
                crate::teach::Tree::new(self.raw_view())
            }

            /// The address arithmetic of the element at `index`, in bytes and
            /// in elements; `Err` with NumPy's message when out of bounds (see
            /// [`Explanation`](crate::Explanation)).
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i64, shape![3, 4]>::arange();
            /// let e = a.explain([1, 3]).unwrap();
            /// assert_eq!((e.byte_offset(), e.element_offset()), (56, 7));
            /// println!("{e}"); // [1, 3] -> 1*32 + 3*8 = 56 bytes from the start (element 7) ...
            /// ```
            pub fn explain(
                &self,
                index: S::Index,
            ) -> Result<crate::teach::Explanation<'_, T, S>, crate::ShapeError> {
                crate::teach::Explanation::new(self.raw_view(), index)
            }
        }

        impl<$($gen)*> core::ops::Index<S::Index> for $ty {
            type Output = T;
            /// Element at a multi-index; panics when out of bounds.
            fn index(&self, idx: S::Index) -> &T {
                let r = self.raw_view();
                let Some(off) = r.offset_of(idx.as_ref()) else {
                    panic!("index {:?} is out of bounds for shape {:?}", idx, r.dims)
                };
                // SAFETY: in bounds (checked above), element live while self is borrowed.
                unsafe { &*r.ptr.offset(off) }
            }
        }

        impl<$($gen)*> core::fmt::Debug for $ty where T: core::fmt::Debug {
            /// Shape, strides, contiguity and the elements.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                let r = self.raw_view();
                write!(
                    f,
                    "{} shape={:?} strides={:?} layout={} contiguous={}\n",
                    $kind,
                    r.dims,
                    r.strides,
                    core::any::type_name::<$layout>().rsplit("::").next().unwrap_or(""),
                    crate::strides::is_c_contiguous(r.dims.as_ref(), r.strides.as_ref()),
                )?;
                crate::fmt::write_nested(f, &r, &|f, x: &T| write!(f, "{x:?}"))
            }
        }

        impl<$($gen)*> core::fmt::Display for $ty where T: core::fmt::Display {
            /// Prints like NumPy: `[[ 0  1  2  3]\n [ 4  5  6  7]]`.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                crate::fmt::write_nested(f, &self.raw_view(), &|f, x: &T| write!(f, "{x}"))
            }
        }
    };
}

impl<T, S: Shape, L: Layout> View<'_, T, S, L> {
    fn dims_ref(&self) -> &[usize] {
        self.raw.dims.as_ref()
    }
    fn strides_ref(&self) -> &[isize] {
        self.raw.strides.as_ref()
    }
}
impl<T, S: Shape, L: Layout> ViewMut<'_, T, S, L> {
    fn dims_ref(&self) -> &[usize] {
        self.raw.dims.as_ref()
    }
    fn strides_ref(&self) -> &[isize] {
        self.raw.strides.as_ref()
    }
}

pub(crate) fn overlap<T, S1: Shape, S2: Shape>(a: &RawView<T, S1>, b: &RawView<T, S2>) -> bool {
    let (Some((alo, ahi)), Some((blo, bhi))) = (a.offset_span(), b.offset_span()) else {
        return false;
    };
    let a0 = a.ptr as isize;
    let b0 = b.ptr as isize;
    let size = core::mem::size_of::<T>().max(1) as isize;
    let (alo, ahi) = (a0 + alo * size, a0 + ahi * size + size);
    let (blo, bhi) = (b0 + blo * size, b0 + bhi * size + size);
    alo < bhi && blo < ahi
}

common_methods!([T, S: Shape] Array<T, S>, C, "Array");
common_methods!([T, S: Shape, L: Layout] View<'_, T, S, L>, L, "View");
common_methods!([T, S: Shape, L: Layout] ViewMut<'_, T, S, L>, L, "ViewMut");

macro_rules! get_method {
    ([$($gen:tt)*] $ty:ty) => {
        impl<$($gen)*> $ty {
            /// The element at a multi-index, `None` when out of bounds.
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i32, shape![2, 3]>::arange();
            /// assert_eq!(a.get([1, 2]), Some(&5));
            /// assert_eq!(a.get([2, 0]), None);
            /// ```
            pub fn get(&self, idx: S::Index) -> Option<&T> {
                self.get_impl(idx)
            }

            /// The elements by reference, in logical C order.
            ///
            /// ```
            /// use ndview::prelude::*;
            /// let a = Array::<i32, shape![2, 2]>::arange();
            /// assert_eq!(a.iter().sum::<i32>(), 6);
            /// ```
            pub fn iter(&self) -> crate::view::iter::Iter<'_, T, S> {
                // SAFETY: the elements are borrowed immutably through `&self`
                // for the iterator's lifetime.
                unsafe { crate::view::iter::Iter::new(self.raw_view()) }
            }

            fn get_impl(&self, idx: S::Index) -> Option<&T> {
                let r = self.raw_view();
                let off = r.offset_of(idx.as_ref())?;
                // SAFETY: offset_of checked the index against the dims; the
                // element is live while `self` is borrowed.
                Some(unsafe { &*r.ptr.offset(off) })
            }
        }
    };
}
get_method!([T, S: Shape] Array<T, S>);
get_method!([T, S: Shape, L: Layout] ViewMut<'_, T, S, L>);
