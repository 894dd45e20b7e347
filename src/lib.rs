//! # ndview: NumPy's view model, checked at compile time
//!
//! ndview gives Rust NumPy's strided views (basic slicing, reshape, transpose
//! and friends) through one macro, [`nd!`], and moves their checks to compile
//! time: shapes are types, so an invalid reshape, a bad permutation or an
//! out-of-range literal index is a compile error, not a run-time exception.
//!
//! ```
//! use ndview::prelude::*;
//!
//! let a = Array::<i64, shape![3, 4]>::arange(); // np.arange(12).reshape(3, 4)
//! assert_eq!(a.byte_strides().to_vec(), vec![32, 8]);
//! assert_eq!(*nd!(a[1, 3]), 7);
//! let t = nd!(a.transpose(1, 0));             // a view: byte strides [8, 32]
//! assert_eq!(t.byte_strides().to_vec(), vec![8, 32]);
//! let s = nd!(a[1:, ::2]);                    // a view, no copy
//! assert_eq!(s.to_vec(), vec![4, 6, 8, 10]);
//! ```
//!
//! ## Strides
//!
//! An [`Array`] owns its elements in one buffer, in C (row-major) order. The
//! element at multi-index `[i, j]` sits at `offset + i * strides[0] + j *
//! strides[1]`: the *strides* say how far to move in memory for one step
//! along each axis. For a 3 x 4 array of `i64` they are `[4, 1]` elements,
//! which NumPy prints as `(32, 8)` bytes; [`Array::strides`] gives the former,
//! [`Array::byte_strides`] the latter.
//!
//! ## Views
//!
//! A [`View`] (or a [`ViewMut`]) is a pointer, dims and strides over someone
//! else's buffer. Slicing moves the pointer and multiplies strides by the
//! step, `transpose` permutes the strides, `reshape` of contiguous memory
//! computes fresh strides: none of them touches the elements, so views cost
//! O(rank) and never allocate. [`View::shares_memory`] tells whether two
//! views can touch the same element.
//!
//! ## Copies are explicit
//!
//! Whether a view is known to be C-contiguous is part of its type: the layout
//! marker [`C`] (proven contiguous) or [`Strided`] (nothing proven). An
//! operation that would need a copy, such as `ravel` of a transposed view,
//! does not compile; the error names the copy to write, `.copy().ravel()`:
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let t = nd!(a.T);
//! let flat = nd!(t.ravel()); // error: cannot ravel this view without copying
//! ```
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let t = nd!(a.T);
//! let flat = nd!(t.copy().ravel()); // one copy, written out
//! assert_eq!(flat.to_vec(), vec![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
//! ```
//!
//! The [`guide`] walks a NumPy user through all of this: the index items of
//! `nd!`, every operation, run-time (`Dyn`) dims and how to read the compile
//! errors.

#![warn(missing_docs)]

pub use ndview_macros::{nd, shape, try_nd};
pub use ndview_runtime::*;

pub mod guide;

/// Everything a user needs: `use ndview::prelude::*;` brings [`nd!`],
/// [`try_nd!`], [`shape!`], [`Array`], [`View`], [`ViewMut`] and [`Dyn`].
///
/// ```
/// use ndview::prelude::*;
/// let a: Array<f32, shape![2, Dyn]> = Array::from_shape_vec([2, 2], vec![1.0; 4]).unwrap();
/// let v: View<'_, f32, shape![2, Dyn]> = a.view();
/// assert_eq!(v.len(), 4);
/// ```
pub mod prelude {
    pub use ndview_macros::{nd, shape, try_nd};
    pub use ndview_runtime::{Array, Dyn, View, ViewMut};
}

#[doc(hidden)]
pub use ndview_runtime::__private;

/// The macros' rank limit as a literal, for the test that it equals
/// [`MAX_RANK`] (tests/rank_limit.rs).
#[doc(hidden)]
pub use ndview_macros::__max_rank;

/// The README's examples, run as doctests so they keep compiling.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
