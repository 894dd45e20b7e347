//! `View::as_strided`: NumPy's `lib.stride_tricks.as_strided`, made safe.
//!
//! NumPy's `as_strided` builds a view from any shape and strides and trusts
//! the caller: a stride too large reads outside the buffer. Here the dims
//! and element strides may be anything (negative and zero included), but
//! the view is only built when every element it can reach lies inside the
//! slice; otherwise the answer is a [`ShapeError`]. The view is read-only,
//! and there is no mutable variant: zero or overlapping strides make one
//! element appear at many indices, which is sound to read but not to write.
//!
//! It is the last resort: [`sliding_window_view`](crate::sliding_window_view),
//! `broadcast_to` and [`broadcast_arrays`](crate::broadcast_arrays) build
//! the common strided views with their shapes checked.

use crate::error::ShapeError;
use crate::layout::Strided;
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::View;
use core::marker::PhantomData;

/// The lowest and highest element offsets that `dims` and `strides` reach
/// from offset 0, `None` when nothing is reachable (some dim is 0);
/// `Err(Overflow)` when the arithmetic does not fit `isize`.
fn reach(dims: &[usize], strides: &[isize]) -> Result<Option<(isize, isize)>, ShapeError> {
    if dims.contains(&0) {
        return Ok(None);
    }
    let (mut low, mut high) = (0isize, 0isize);
    for (&d, &s) in dims.iter().zip(strides) {
        let last = isize::try_from(d - 1).map_err(|_| ShapeError::Overflow)?;
        let step = last.checked_mul(s).ok_or(ShapeError::Overflow)?;
        if step < 0 {
            low = low.checked_add(step).ok_or(ShapeError::Overflow)?;
        } else {
            high = high.checked_add(step).ok_or(ShapeError::Overflow)?;
        }
    }
    Ok(Some((low, high)))
}

impl<'a, T, S: Shape> View<'a, T, S, Strided> {
    /// A read-only view of `data` with any `dims` and element `strides`
    /// (NumPy's `as_strided(x, shape, strides)`, strides counted in
    /// elements, not bytes).
    ///
    /// The view is placed so that the lowest element it reaches is
    /// `data[0]`: with strides `>= 0` its first element (index `[0, ..]`) is
    /// `data[0]`; a negative stride starts further in, as a flipped NumPy
    /// array does (dims `[4]`, strides `[-1]` read `data[3], data[2], ..`).
    ///
    /// `Err` unless every element the view reaches lies inside `data`: the
    /// offsets `sum(i[k] * strides[k])` for `0 <= i[k] < dims[k]` span at
    /// most `data.len()` elements (a view with a 0 dim reaches nothing and
    /// is always accepted); `dims` must agree with the static dims of `S`,
    /// and the element count and offsets must fit `usize` / `isize`.
    ///
    /// The last resort: prefer
    /// [`sliding_window_view`](crate::sliding_window_view),
    /// [`broadcast_arrays`](crate::broadcast_arrays) or `broadcast_to`,
    /// whose shapes the compiler checks.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Strided;
    /// type V<'a, S> = View<'a, i32, S, Strided>;
    /// let data = [0, 1, 2, 3, 4, 5];
    /// // np.lib.stride_tricks.as_strided(x, shape=(4, 3), strides=(4, 4)) for int32 x
    /// let w = V::<shape![4, 3]>::as_strided(&data, [4, 3], [1, 1]).unwrap();
    /// assert_eq!(w.to_vec(), vec![0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5]);
    /// // a zero stride repeats; a negative one walks backwards from the end
    /// let r = V::<shape![2, 3]>::as_strided(&data, [2, 3], [0, 1]).unwrap();
    /// assert_eq!(r.to_vec(), vec![0, 1, 2, 0, 1, 2]);
    /// let b = V::<shape![2, 3]>::as_strided(&data, [2, 3], [3, -1]).unwrap();
    /// assert_eq!(b.to_vec(), vec![2, 1, 0, 5, 4, 3]);
    /// let e = V::<shape![5, 3]>::as_strided(&data, [5, 3], [1, 1]).unwrap_err();
    /// assert_eq!(
    ///     e.to_string(),
    ///     "as_strided: the dims and strides reach element offsets 0 to 6 \
    ///      from the first element, a span of 7 elements, but the slice holds 6"
    /// );
    /// ```
    pub fn as_strided(
        data: &'a [T],
        dims: S::Index,
        strides: S::Strides,
    ) -> Result<Self, ShapeError> {
        crate::array::check_dims::<S>(dims.as_ref())?;
        crate::strides::element_count(dims.as_ref()).ok_or(ShapeError::Overflow)?;
        let mut start = 0usize;
        if let Some((low, high)) = reach(dims.as_ref(), strides.as_ref())? {
            let span = high.checked_sub(low).ok_or(ShapeError::Overflow)?;
            if span as usize >= data.len() {
                return Err(ShapeError::StridedOutOfBounds {
                    low,
                    high,
                    len: data.len(),
                });
            }
            start = low.unsigned_abs();
        }
        // Invariant of `RawView` (every in-bounds index addresses a live
        // element): the reachable offsets from `start` are
        // `start + low ..= start + high`, that is `0 ..= span`, inside
        // `data` (checked above; `start` is 0 when nothing is reachable),
        // and `data` is borrowed immutably for 'a. Aliasing indices (zero or
        // overlapping strides) only ever hand out `&T`.
        let raw = RawView {
            ptr: data[start..].as_ptr() as *mut T,
            dims,
            strides,
        };
        crate::view::debug_check::<T, S, Strided>(&raw);
        Ok(View {
            raw,
            _borrow: PhantomData,
        })
    }
}
