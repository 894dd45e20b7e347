//! Writing through views: [`assign`](ViewMut::assign), [`fill`](ViewMut::fill),
//! [`iter_mut`](ViewMut::iter_mut) and disjoint views from
//! [`split_at_mut`](ViewMut::split_at_mut), on [`ViewMut`] and [`Array`].
//!
//! NumPy's `a[i] = row` is `nd!(mut a[{i}]).assign(&row)`: a mutable view of
//! the destination (no allocation), then an element-wise copy. Shapes must
//! be equal; the compiler checks the static dims, and dims that are `Dyn` on
//! either side are compared at run time.
//!
//! Soundness rests on one invariant of every [`ViewMut`]: two different
//! multi-indices never address the same element. Every operation that makes
//! a `ViewMut` keeps it (slices, transposes, reshapes; new axes have length
//! 1), and the one operation that breaks it, `broadcast_to` (stride-0 axes),
//! only makes read-only [`View`]s.
//!
//! ```
//! use ndview::prelude::*;
//! let n = 3;
//! let row = Array::<f64, shape![4]>::from_fn(|[j]| j as f64);
//! let mut arr = Array::<f64, shape![Dyn, 4]>::from_shape_elem([n, 4], 0.0).unwrap();
//! for i in 0..n {
//!     nd!(mut arr[{i}]).assign(&row);
//! }
//! assert_eq!(arr.to_vec()[4..8], [0.0, 1.0, 2.0, 3.0]);
//! ```

use crate::array::Array;
use crate::axis::{axis_index, AxisAt, SameShape};
use crate::decimal::DecimalShape;
use crate::dim::Dyn;
use crate::error::{DimList, ShapeError};
use crate::layout::{Layout, C};
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::iter::Odometer;
use crate::view::{AsView, NdView, View, ViewMut};
use crate::Axis;
use core::marker::PhantomData;

/// The compile-time half of `assign`: implemented only for `B1`, the answer
/// of [`SameShape`] when the source's static dims can equal the
/// destination's.
///
/// ```
/// use ndview::__private::AssignShapes;
/// use ndview::typenum::B1;
/// fn agrees<A: AssignShapes<(), ()>>() {}
/// agrees::<B1>(); // `B0` would not compile, with the message of this trait
/// ```
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let mut a = Array::<f64, shape![3, 4]>::zeros();
/// let row = Array::<f64, shape![3]>::zeros();
/// // error: assign: could not assign an array of shape `(_3,)` into a view of shape `(_4,)`
/// nd!(mut a[1]).assign(&row);
/// ```
#[diagnostic::on_unimplemented(
    message = "assign: could not assign an array of shape `{From}` into a view of shape `{Into}`",
    label = "shapes differ",
    note = "assign copies element by element and needs equal shapes (a `Dyn` dim is checked at run time); \
            shapes print as decimal digit types, e.g. (_3, (_1, _2)) is (3, 12); \
            to repeat a smaller source, broadcast it first: `dst.assign(&nd!(src.broadcast_to(...)))`"
)]
pub trait AssignShapes<From, Into> {}
impl<From, Into> AssignShapes<From, Into> for typenum::B1 {}

/// Copy `src` into `dst`; the dims are equal. The copy engine walks the
/// destination in memory order (see `copy.rs`).
fn copy_raw<T: Clone, S1: Shape, S2: Shape>(dst: RawView<T, S1>, src: RawView<T, S2>) {
    debug_assert_eq!(dst.dims(), src.dims());
    let contiguous = |d: &[usize], s: &[isize]| crate::strides::is_c_contiguous(d, s);
    if !dst.is_empty()
        && contiguous(dst.dims(), dst.strides())
        && contiguous(src.dims(), src.strides())
    {
        // SAFETY: both are C-contiguous runs of `len` elements; `dst` is
        // uniquely borrowed by the caller and `src` shared, so they do not
        // overlap (a shared and a unique borrow of one element cannot coexist).
        let (d, s) = unsafe {
            (
                core::slice::from_raw_parts_mut(dst.ptr, dst.len()),
                core::slice::from_raw_parts(src.ptr as *const T, src.len()),
            )
        };
        d.clone_from_slice(s);
        return;
    }
    // (A shared and a unique borrow of one element cannot coexist.)
    // SAFETY: both are live views of the same dims; `dst` is uniquely borrowed
    // by the caller and `src` shared, so they share no element.
    unsafe {
        crate::copy::assign(
            dst.ptr,
            dst.strides(),
            src.ptr as *const T,
            src.strides(),
            dst.dims(),
        )
    };
}

/// `fill` for any strides.
fn fill_raw<T: Clone, S: Shape>(dst: RawView<T, S>, x: T) {
    if crate::strides::is_c_contiguous(dst.dims(), dst.strides()) {
        if !dst.is_empty() {
            // SAFETY: a C-contiguous run of `len` elements, uniquely borrowed.
            unsafe { core::slice::from_raw_parts_mut(dst.ptr, dst.len()) }.fill(x);
        }
        return;
    }
    // Any other layout: assign from `x` broadcast to every axis (stride 0).
    let zeros = [0isize; crate::shape::MAX_RANK];
    // SAFETY: `dst` is a live, uniquely borrowed view; the source is the
    // local `x` at every multi-index (all strides 0), which no element of
    // `dst` can be.
    unsafe {
        crate::copy::assign(
            dst.ptr,
            dst.strides(),
            &x as *const T,
            &zeros[..S::RANK],
            dst.dims(),
        )
    };
}

/// The two halves of a view cut before `index` on axis `k` (`index` clamped
/// to the axis, as NumPy slices clamp: `(v[:index], v[index:])`).
/// `v` cut on axis `k` before `index`, as two views of the same kind.
fn split_view<V: NdView, S2: Shape, L2: Layout>(
    v: V,
    k: usize,
    index: usize,
) -> (V::With<S2, L2>, V::With<S2, L2>) {
    let (first, second) = split_raw::<V::Elem, V::Shape, S2>(v.into_raw(), k, index);
    // SAFETY: both parts address disjoint elements of `v` (one ends where the
    // other starts on axis k), so even for a ViewMut no element is reachable
    // through both; `v` is consumed, handing its borrow to the parts.
    unsafe { (V::from_raw(first), V::from_raw(second)) }
}

fn split_raw<T, S: Shape, S2: Shape>(
    raw: RawView<T, S>,
    k: usize,
    index: usize,
) -> (RawView<T, S2>, RawView<T, S2>) {
    let n = raw.dims()[k];
    let i = index.min(n);
    let mut first = RawView::<T, S>::with_parts::<S2>(raw.ptr, raw.dims(), raw.strides());
    let mut second = first;
    first.dims.as_mut()[k] = i;
    second.dims.as_mut()[k] = n - i;
    if i < n {
        second.ptr = raw.ptr.wrapping_offset(i as isize * raw.strides()[k]);
    }
    (first, second)
}

#[track_caller]
fn check_assign<T, S1: Shape, S2: Shape>(dst: &RawView<T, S1>, src: &RawView<T, S2>) {
    if dst.dims() != src.dims() {
        panic!(
            "{}",
            ShapeError::AssignMismatch {
                from: DimList::from_dims(src.dims()),
                into: DimList::from_dims(dst.dims()),
            }
        );
    }
}

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// Copy `src` (an [`Array`], a [`View`], a [`ViewMut`], or a reference
    /// to one) into this view, element by element: NumPy's `dst[...] = src`.
    ///
    /// The shapes must be equal. Static dims are compared by the compiler
    /// (a mismatch is a compile error naming both shapes); a `Dyn` dim is
    /// compared at run time, and a mismatch panics with NumPy's message.
    /// Never allocates.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![3, 4]>::zeros();
    /// let row = Array::<i32, shape![4]>::arange();
    /// nd!(mut a[1]).assign(&row);
    /// nd!(mut a[:, 0]).assign(&nd!(row[1:]));
    /// assert_eq!(a.to_vec(), vec![1, 0, 0, 0, 2, 1, 2, 3, 3, 0, 0, 0]);
    /// ```
    ///
    /// With run-time dims the check runs at run time:
    ///
    /// ```should_panic
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![Dyn]>::from_shape_elem([4], 0).unwrap();
    /// let b = Array::<i32, shape![Dyn]>::from_shape_elem([3], 1).unwrap();
    /// // panics: could not broadcast input array from shape (3,) into shape (4,)
    /// a.view_mut().assign(&b);
    /// ```
    #[track_caller]
    pub fn assign<'s, X>(&mut self, src: X)
    where
        X: AsView<'s, Elem = T>,
        T: Clone + 's,
        S: SameShape<X::Shape> + DecimalShape,
        X::Shape: DecimalShape,
        <S as SameShape<X::Shape>>::Out:
            AssignShapes<<X::Shape as DecimalShape>::Out, <S as DecimalShape>::Out>,
    {
        let src = src.into_view();
        check_assign(&self.raw, &src.raw);
        copy_raw(self.raw, src.raw);
    }

    /// Set every element to `x` (NumPy's `a[...] = x`, `a.fill(x)`).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<u8, shape![3, 4]>::zeros();
    /// nd!(mut a[:, 1::2]).fill(7);
    /// assert_eq!(nd!(a[0]).to_vec(), vec![0, 7, 0, 7]);
    /// ```
    pub fn fill(&mut self, x: T)
    where
        T: Clone,
    {
        fill_raw(self.raw, x);
    }

    /// The elements by mutable reference, in logical C order.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2, 3]>::arange();
    /// for (k, x) in nd!(mut a.T).iter_mut().enumerate() {
    ///     *x = k as i32; // walks the transpose in its own C order
    /// }
    /// assert_eq!(a.to_vec(), vec![0, 2, 4, 1, 3, 5]);
    /// ```
    pub fn iter_mut(&mut self) -> IterMut<'_, T, S> {
        IterMut {
            ptr: self.raw.ptr,
            walk: Odometer::new(&self.raw),
            _life: PhantomData,
        }
    }

    /// Two disjoint mutable views: the elements before `index` on axis `K`
    /// and the rest, as NumPy's `(v[:index], v[index:])` along that axis
    /// (`index` past the end is clamped, giving an empty second part).
    ///
    /// The split axis becomes `Dyn` (the index is a run-time value); the other
    /// dims keep their types. A split along axis 0 keeps the layout (each
    /// part is a run of whole rows).
    ///
    /// The two parts can be filled from two threads:
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Axis;
    /// let mut a = Array::<u32, shape![4, 3]>::zeros();
    /// let (mut top, mut bottom) = a.view_mut().split_at_mut(Axis::<0>, 1);
    /// assert_eq!((top.shape(), bottom.shape()), (&[1, 3][..], &[3, 3][..]));
    /// std::thread::scope(|s| {
    ///     s.spawn(move || top.fill(1));
    ///     s.spawn(move || bottom.fill(2));
    /// });
    /// assert_eq!(a.to_vec(), vec![1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn split_at_mut<const K: isize>(
        self,
        axis: Axis<K>,
        index: usize,
    ) -> (
        ViewMut<'a, T, S::Replace<Dyn>, S::CutLayout<L>>,
        ViewMut<'a, T, S::Replace<Dyn>, S::CutLayout<L>>,
    )
    where
        S: AxisAt<K>,
    {
        let _ = axis;
        split_view(self, axis_index(K, S::RANK), index)
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// Two read-only views: the elements before `index` on axis `K` and the
    /// rest (`index` clamped, as NumPy slices clamp). See
    /// [`ViewMut::split_at_mut`].
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Axis;
    /// let a = Array::<i32, shape![2, 5]>::arange();
    /// let (left, right) = a.view().split_at(Axis::<1>, 2);
    /// let right: View<'_, i32, shape![2, Dyn], ndview::Strided> = right;
    /// assert_eq!(left.to_vec(), vec![0, 1, 5, 6]);
    /// assert_eq!(right.to_vec(), vec![2, 3, 4, 7, 8, 9]);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn split_at<const K: isize>(
        self,
        axis: Axis<K>,
        index: usize,
    ) -> (
        View<'a, T, S::Replace<Dyn>, S::CutLayout<L>>,
        View<'a, T, S::Replace<Dyn>, S::CutLayout<L>>,
    )
    where
        S: AxisAt<K>,
    {
        let _ = axis;
        split_view(self, axis_index(K, S::RANK), index)
    }
}

impl<T, S: Shape> Array<T, S> {
    /// Copy `src` into the whole array; see [`ViewMut::assign`].
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i32, shape![2, 3]>::arange();
    /// let mut b = Array::<i32, shape![3, 2]>::zeros();
    /// b.assign(&nd!(a.T));
    /// assert_eq!(b.to_vec(), vec![0, 3, 1, 4, 2, 5]);
    /// ```
    #[track_caller]
    pub fn assign<'s, X>(&mut self, src: X)
    where
        X: AsView<'s, Elem = T>,
        T: Clone + 's,
        S: SameShape<X::Shape> + DecimalShape,
        X::Shape: DecimalShape,
        <S as SameShape<X::Shape>>::Out:
            AssignShapes<<X::Shape as DecimalShape>::Out, <S as DecimalShape>::Out>,
    {
        self.view_mut().assign(src);
    }

    /// Set every element to `x`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<f32, shape![2, 2]>::zeros();
    /// a.fill(0.5);
    /// assert_eq!(a.to_vec(), vec![0.5; 4]);
    /// ```
    pub fn fill(&mut self, x: T)
    where
        T: Clone,
    {
        self.view_mut().fill(x);
    }

    /// The elements by mutable reference, in C order.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![3]>::arange();
    /// a.iter_mut().for_each(|x| *x *= 10);
    /// assert_eq!(a.to_vec(), vec![0, 10, 20]);
    /// ```
    pub fn iter_mut(&mut self) -> core::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }
}

impl<'a, T, S: Shape> ViewMut<'a, T, S, C> {
    /// Give up the view for a mutable slice of its elements, for its whole
    /// lifetime; only where the type proves C-contiguity.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let mut a = Array::<i32, shape![2, 3]>::zeros();
    /// let row: &mut [i32] = nd!(mut a[1]).into_slice_mut();
    /// row[2] = 5;
    /// assert_eq!(a.to_vec(), vec![0, 0, 0, 0, 0, 5]);
    /// ```
    pub fn into_slice_mut(self) -> &'a mut [T] {
        // SAFETY: layout C: one run of `len` elements from `ptr`, uniquely
        // borrowed for 'a (self is consumed). The pointer is non-null and
        // aligned even when empty: it comes from a slice or a Vec.
        unsafe { core::slice::from_raw_parts_mut(self.raw.ptr, self.raw.len()) }
    }
}

/// The elements of a [`ViewMut`] by mutable reference, in logical C order
/// (`iter_mut()`, or `for x in view_mut`).
///
/// ```
/// use ndview::prelude::*;
/// let mut a = Array::<i32, shape![2, 2]>::zeros();
/// for x in nd!(mut a[:, 1]) {
///     *x = 1;
/// }
/// assert_eq!(a.to_vec(), vec![0, 1, 0, 1]);
/// ```
pub struct IterMut<'a, T, S: Shape> {
    ptr: *mut T,
    walk: Odometer<S>,
    _life: PhantomData<&'a mut T>,
}

// SAFETY: IterMut hands out `&mut T` to distinct elements, like `slice::IterMut`.
unsafe impl<T: Send, S: Shape> Send for IterMut<'_, T, S> {}
// SAFETY: shared access to the iterator gives no access to elements.
unsafe impl<T: Sync, S: Shape> Sync for IterMut<'_, T, S> {}

impl<'a, T, S: Shape> Iterator for IterMut<'a, T, S> {
    type Item = &'a mut T;
    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        let off = self.walk.next()?;
        // SAFETY: the odometer yields each in-bounds multi-index once, and a
        // ViewMut maps distinct indices to distinct live elements, uniquely
        // borrowed for 'a: no two returned references alias.
        Some(unsafe { &mut *self.ptr.offset(off) })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.walk.size_hint()
    }
}

impl<T, S: Shape> ExactSizeIterator for IterMut<'_, T, S> {}

impl<'a, T, S: Shape, L: Layout> IntoIterator for ViewMut<'a, T, S, L> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T, S>;
    fn into_iter(self) -> IterMut<'a, T, S> {
        IterMut {
            ptr: self.raw.ptr,
            walk: Odometer::new(&self.raw),
            _life: PhantomData,
        }
    }
}
