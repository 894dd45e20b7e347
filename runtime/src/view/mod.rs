//! [`View`] and [`ViewMut`]: borrowed strided views, and the traits `nd!`
//! uses to treat arrays, views and references to them alike.

pub mod introspect;
pub mod iter;
pub mod mutate;

use crate::array::Array;
use crate::layout::{Layout, C};
use crate::raw::RawView;
use crate::shape::Shape;
use core::marker::PhantomData;

/// A read-only strided view of `T` elements with shape `S` and layout `L`.
///
/// Made by `nd!` (or [`View::from_slice`]); it is `Copy` and never owns or
/// allocates. `L` is [`C`] when the type proves C-contiguity.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let b = nd!(a.reshape(6, 2));
/// assert_eq!(b.byte_strides().to_vec(), vec![16, 8]);
/// assert!(b.shares_memory(&a));
/// ```
pub struct View<'a, T, S: Shape, L: Layout = C> {
    pub(crate) raw: RawView<T, S>,
    pub(crate) _borrow: PhantomData<(&'a T, L)>,
}

/// A mutable strided view: like [`View`], but grants `&mut T` access. Made by
/// `nd!(mut ...)`.
///
/// ```
/// use ndview::prelude::*;
/// let mut a = Array::<i64, shape![3, 4]>::zeros();
/// *nd!(mut a[1, 3]) = 7;
/// let row = nd!(mut a[2]);
/// assert_eq!(row.shape(), &[4]);
/// assert_eq!(a.to_vec()[7], 7);
/// ```
pub struct ViewMut<'a, T, S: Shape, L: Layout = C> {
    pub(crate) raw: RawView<T, S>,
    pub(crate) _borrow: PhantomData<(&'a mut T, L)>,
}

impl<T, S: Shape, L: Layout> Clone for View<'_, T, S, L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, S: Shape, L: Layout> Copy for View<'_, T, S, L> {}

// SAFETY: a View is a shared borrow of `T`s; sending or sharing it is sharing `&T`.
unsafe impl<T: Sync, S: Shape, L: Layout> Send for View<'_, T, S, L> {}
// SAFETY: as above.
unsafe impl<T: Sync, S: Shape, L: Layout> Sync for View<'_, T, S, L> {}
// SAFETY: a ViewMut is a unique borrow of its elements, like `&mut [T]`.
unsafe impl<T: Send, S: Shape, L: Layout> Send for ViewMut<'_, T, S, L> {}
// SAFETY: shared access to a ViewMut only hands out `&T`.
unsafe impl<T: Sync, S: Shape, L: Layout> Sync for ViewMut<'_, T, S, L> {}

impl<'a, T, S: Shape> View<'a, T, S, C> {
    /// A C-contiguous view of a slice, for a static shape; the length must equal
    /// the element count.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let data = [1, 2, 3, 4, 5, 6];
    /// let v = View::<i32, shape![2, 3]>::from_slice(&data).unwrap();
    /// assert_eq!(*nd!(v[1, 0]), 4);
    /// assert!(View::<i32, shape![4, 2]>::from_slice(&data).is_err());
    /// ```
    pub fn from_slice(data: &'a [T]) -> Result<Self, crate::ShapeError>
    where
        S: crate::shape::StaticShape,
    {
        let dims = S::dims();
        crate::array::check_len(dims.as_ref(), data.len())?;
        let mut strides = S::Strides::default();
        crate::strides::c_strides(dims.as_ref(), strides.as_mut());
        Ok(View {
            raw: RawView {
                ptr: data.as_ptr() as *mut T,
                dims,
                strides,
            },
            _borrow: PhantomData,
        })
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// The elements in logical C order, by reference, for the view's lifetime.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![2, 2]>::arange();
    /// let sum: i32 = nd!(a.T).iter().sum();
    /// assert_eq!(sum, 6);
    /// ```
    pub fn iter(&self) -> crate::view::iter::Iter<'a, T, S> {
        // SAFETY: a View borrows its elements immutably for 'a.
        unsafe { crate::view::iter::Iter::new(self.raw) }
    }

    /// The same view with its layout forgotten: [`Strided`](crate::Strided),
    /// the plain form functions can name in their signatures. Free: no
    /// element moves, only the type changes (reshapes of the result are
    /// then decided at run time).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i64, shape![2, 3]>::arange();
    /// let t: View<'_, i64, shape![3, 2], ndview::Strided> = nd!(a.T).strided();
    /// assert_eq!(t.to_vec(), vec![0, 3, 1, 4, 2, 5]);
    /// ```
    pub fn strided(self) -> View<'a, T, S, crate::Strided> {
        View {
            raw: self.raw,
            _borrow: PhantomData,
        }
    }

    /// The element at a multi-index, for the view's lifetime.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![2, 3]>::arange();
    /// assert_eq!(nd!(a.T).get([2, 1]), Some(&5));
    /// assert_eq!(nd!(a.T).get([3, 0]), None);
    /// ```
    pub fn get(&self, idx: S::Index) -> Option<&'a T> {
        let off = self.raw.offset_of(idx.as_ref())?;
        // SAFETY: offset_of checked the index against the dims, so by the
        // RawView invariant the element is live and borrowed for 'a.
        Some(unsafe { &*self.raw.ptr.offset(off) })
    }
}

impl<'a, T, S: Shape> View<'a, T, S, C> {
    /// The elements as a slice; only where the type proves C-contiguity.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![2, 3]>::arange();
    /// assert_eq!(nd!(a[1]).as_slice(), &[3, 4, 5]);
    /// ```
    pub fn as_slice(&self) -> &'a [T] {
        // SAFETY: layout C means the `len` elements are one run in C order
        // starting at `ptr`, borrowed immutably for 'a (ptr is non-null and
        // aligned even when empty: it comes from a slice or a Vec).
        unsafe { core::slice::from_raw_parts(self.raw.ptr, self.raw.len()) }
    }
}

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// A shorter-lived read-only view of the same elements.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2, 2]>::arange();
    /// let m = nd!(mut a.T);
    /// assert_eq!(m.view().to_vec(), vec![0, 2, 1, 3]);
    /// ```
    pub fn view(&self) -> View<'_, T, S, L> {
        View {
            raw: self.raw,
            _borrow: PhantomData,
        }
    }

    /// The same mutable view with its layout forgotten:
    /// [`Strided`](crate::Strided). Free (see [`View::strided`]).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i64, shape![2, 3]>::zeros();
    /// let mut t: ViewMut<'_, i64, shape![3, 2], ndview::Strided> = nd!(mut a.T).strided();
    /// *t.get_mut([2, 1]).unwrap() = 7;
    /// assert_eq!(a.to_vec(), vec![0, 0, 0, 0, 0, 7]);
    /// ```
    pub fn strided(self) -> ViewMut<'a, T, S, crate::Strided> {
        ViewMut {
            raw: self.raw,
            _borrow: PhantomData,
        }
    }

    /// Mutable element access by multi-index.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2, 2]>::zeros();
    /// let mut t = nd!(mut a.T);
    /// *t.get_mut([1, 0]).unwrap() = 9;
    /// assert_eq!(a.to_vec(), vec![0, 9, 0, 0]);
    /// ```
    pub fn get_mut(&mut self, idx: S::Index) -> Option<&mut T> {
        let off = self.raw.offset_of(idx.as_ref())?;
        // SAFETY: in bounds by offset_of; `&mut self` makes this the only
        // access to the view's elements for the returned borrow.
        Some(unsafe { &mut *self.raw.ptr.offset(off) })
    }
}

impl<'a, T, S: Shape> ViewMut<'a, T, S, C> {
    /// The elements as a mutable slice; only where the type proves C-contiguity.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2, 3]>::zeros();
    /// nd!(mut a[1]).as_mut_slice().copy_from_slice(&[1, 2, 3]);
    /// assert_eq!(a.to_vec(), vec![0, 0, 0, 1, 2, 3]);
    /// ```
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: layout C: one run of `len` elements from `ptr`, uniquely
        // borrowed through `&mut self`.
        unsafe { core::slice::from_raw_parts_mut(self.raw.ptr, self.raw.len()) }
    }
}

/// What `nd!` can operate on: a [`View`] or a [`ViewMut`] (and the owned
/// reshaping handle used after `copy()`). Ops are written once, generic over
/// this trait, so the `mut` and shared forms of `nd!` share every expansion.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::NdView;
/// // a helper generic over shared and mutable views alike
/// fn rank<V: NdView>(v: V) -> usize {
///     v.into_raw().dims().len()
/// }
/// let mut a = Array::<i64, shape![3, 4]>::arange();
/// assert_eq!(rank(nd!(a[1])), 1);
/// assert_eq!(rank(nd!(mut a.T)), 2);
/// ```
///
/// # Safety
/// `from_raw` must only be given a `RawView` derived (by the stride functions
/// of this crate) from one this value produced with `into_raw`.
pub unsafe trait NdView: Sized {
    /// Element type.
    type Elem;
    /// Shape type.
    type Shape: Shape;
    /// Layout marker.
    type Layout: Layout;
    /// The same kind of view with another shape and layout.
    type With<S2: Shape, L2: Layout>: NdView<Elem = Self::Elem, Shape = S2, Layout = L2>;
    /// What full integer indexing yields: `&T` or `&mut T`.
    type Scalar;
    /// Give up the borrow wrapper, keep pointer, dims and strides.
    fn into_raw(self) -> RawView<Self::Elem, Self::Shape>;
    /// Re-wrap a derived raw view.
    ///
    /// # Safety
    /// See the trait: `raw` addresses only elements of the original view.
    unsafe fn from_raw<S2: Shape, L2: Layout>(raw: RawView<Self::Elem, S2>) -> Self::With<S2, L2>;
    /// The element of a rank-0 view.
    fn into_scalar(self) -> Self::Scalar;
}

// SAFETY: from_raw keeps the borrow 'a of the view the raw view came from.
unsafe impl<'a, T, S: Shape, L: Layout> NdView for View<'a, T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    type With<S2: Shape, L2: Layout> = View<'a, T, S2, L2>;
    type Scalar = &'a T;
    fn into_raw(self) -> RawView<T, S> {
        self.raw
    }
    unsafe fn from_raw<S2: Shape, L2: Layout>(raw: RawView<T, S2>) -> View<'a, T, S2, L2> {
        debug_check::<T, S2, L2>(&raw);
        View {
            raw,
            _borrow: PhantomData,
        }
    }
    fn into_scalar(self) -> &'a T {
        // SAFETY: the offset 0 of a rank-0 view is its one element (rank 0
        // views are never empty), live for 'a.
        debug_assert_eq!(S::RANK, 0);
        unsafe { &*self.raw.ptr }
    }
}

// SAFETY: as for View, with the unique borrow moved into the result.
unsafe impl<'a, T, S: Shape, L: Layout> NdView for ViewMut<'a, T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    type With<S2: Shape, L2: Layout> = ViewMut<'a, T, S2, L2>;
    type Scalar = &'a mut T;
    fn into_raw(self) -> RawView<T, S> {
        self.raw
    }
    unsafe fn from_raw<S2: Shape, L2: Layout>(raw: RawView<T, S2>) -> ViewMut<'a, T, S2, L2> {
        debug_check::<T, S2, L2>(&raw);
        ViewMut {
            raw,
            _borrow: PhantomData,
        }
    }
    fn into_scalar(self) -> &'a mut T {
        debug_assert_eq!(S::RANK, 0);
        // SAFETY: the one element of a rank-0 view, uniquely borrowed for 'a
        // (self is consumed).
        unsafe { &mut *self.raw.ptr }
    }
}

/// In debug builds, every view an operation builds is checked against its
/// type: static dims equal the run-time dims, and a `C` type is contiguous.
/// The whole test suite thereby cross-checks the type-level shape arithmetic
/// with the run-time stride arithmetic.
pub(crate) fn debug_check<T, S: Shape, L: Layout>(raw: &RawView<T, S>) {
    debug_assert!(
        S::accepts(raw.dims.as_ref()),
        "ndview internal error: run-time dims {:?} disagree with the static dims {:?}",
        raw.dims,
        S::STATIC_DIMS
    );
    debug_assert!(
        !L::C_CONTIGUOUS
            || crate::strides::is_c_contiguous(raw.dims.as_ref(), raw.strides.as_ref()),
        "ndview internal error: a view typed C is not contiguous: dims {:?} strides {:?}",
        raw.dims,
        raw.strides
    );
}

/// Borrow anything `nd!` accepts as a source (an [`Array`], a [`View`], a
/// [`ViewMut`], or references to them) as a [`View`].
///
/// ```
/// use ndview::prelude::*;
/// use ndview::AsView;
/// let a = Array::<i32, shape![2]>::arange();
/// let v = (&a).into_view();
/// let w = (&&v).into_view();
/// assert_eq!(w.to_vec(), vec![0, 1]);
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: the source must be an ndview Array, View or ViewMut (or a reference to one), found `{Self}` (borrowed)",
    label = "not an array or view",
    note = "wrap plain data first, e.g. `View::<T, shape![..]>::from_slice(&data)` or `Array::<T, shape![..]>::from_vec(vec)`"
)]
pub trait AsView<'a> {
    /// Element type.
    type Elem: 'a;
    /// Shape type.
    type Shape: Shape;
    /// Layout marker.
    type Layout: Layout;
    /// The view.
    fn into_view(self) -> View<'a, Self::Elem, Self::Shape, Self::Layout>;
}

impl<'a, T: 'a, S: Shape> AsView<'a> for &'a Array<T, S> {
    type Elem = T;
    type Shape = S;
    type Layout = C;
    fn into_view(self) -> View<'a, T, S, C> {
        self.view()
    }
}
impl<'a, T, S: Shape, L: Layout> AsView<'a> for &View<'a, T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    fn into_view(self) -> View<'a, T, S, L> {
        *self
    }
}
impl<'a, T, S: Shape, L: Layout> AsView<'a> for &'a ViewMut<'_, T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    fn into_view(self) -> View<'a, T, S, L> {
        self.view()
    }
}
// By value too, so `out.assign(nd!(x.T))` needs no `&`.
impl<'a, T, S: Shape, L: Layout> AsView<'a> for View<'a, T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    fn into_view(self) -> View<'a, T, S, L> {
        self
    }
}
impl<'a, T, S: Shape, L: Layout> AsView<'a> for ViewMut<'a, T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    fn into_view(self) -> View<'a, T, S, L> {
        View {
            raw: self.raw,
            _borrow: PhantomData,
        }
    }
}
impl<'b, X: ?Sized> AsView<'b> for &&'b X
where
    &'b X: AsView<'b>,
{
    type Elem = <&'b X as AsView<'b>>::Elem;
    type Shape = <&'b X as AsView<'b>>::Shape;
    type Layout = <&'b X as AsView<'b>>::Layout;
    fn into_view(self) -> View<'b, Self::Elem, Self::Shape, Self::Layout> {
        (*self).into_view()
    }
}
impl<'a, X: ?Sized> AsView<'a> for &'a &mut X
where
    &'a X: AsView<'a>,
{
    type Elem = <&'a X as AsView<'a>>::Elem;
    type Shape = <&'a X as AsView<'a>>::Shape;
    type Layout = <&'a X as AsView<'a>>::Layout;
    fn into_view(self) -> View<'a, Self::Elem, Self::Shape, Self::Layout> {
        (&**self).into_view()
    }
}

/// Borrow a mutable source of `nd!(mut ...)` (an [`Array`] or [`ViewMut`],
/// or a `&mut` to one) as a [`ViewMut`].
///
/// ```
/// use ndview::prelude::*;
/// use ndview::AsViewMut;
/// let mut a = Array::<i32, shape![2]>::zeros();
/// (&mut a).into_view_mut().fill(3);
/// assert_eq!(a.to_vec(), vec![3, 3]);
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!(mut ...) needs a mutable source (an `Array` declared `let mut`, a `ViewMut`, or a `&mut` to one); this source only lends shared access",
    label = "not a mutable array or view",
    note = "declare the array `let mut a = ...` and pass it by name or as `&mut a`; a `View` is read-only, use a `ViewMut` (from `nd!(mut ...)`)"
)]
pub trait AsViewMut<'a> {
    /// Element type.
    type Elem: 'a;
    /// Shape type.
    type Shape: Shape;
    /// Layout marker.
    type Layout: Layout;
    /// The mutable view.
    fn into_view_mut(self) -> ViewMut<'a, Self::Elem, Self::Shape, Self::Layout>;
}

impl<'a, T: 'a, S: Shape> AsViewMut<'a> for &'a mut Array<T, S> {
    type Elem = T;
    type Shape = S;
    type Layout = C;
    fn into_view_mut(self) -> ViewMut<'a, T, S, C> {
        self.view_mut()
    }
}
impl<'a, T, S: Shape, L: Layout> AsViewMut<'a> for &'a mut ViewMut<'_, T, S, L> {
    type Elem = T;
    type Shape = S;
    type Layout = L;
    fn into_view_mut(self) -> ViewMut<'a, T, S, L> {
        ViewMut {
            raw: self.raw,
            _borrow: PhantomData,
        }
    }
}
impl<'a, X: ?Sized> AsViewMut<'a> for &'a mut &mut X
where
    &'a mut X: AsViewMut<'a>,
{
    type Elem = <&'a mut X as AsViewMut<'a>>::Elem;
    type Shape = <&'a mut X as AsViewMut<'a>>::Shape;
    type Layout = <&'a mut X as AsViewMut<'a>>::Layout;
    fn into_view_mut(self) -> ViewMut<'a, Self::Elem, Self::Shape, Self::Layout> {
        (&mut **self).into_view_mut()
    }
}
