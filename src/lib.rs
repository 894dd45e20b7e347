//! # ndview: NumPy's view model, checked at compile time
//!
//! See the [`guide`] for a walk through strides, views and the explicit-copy
//! rule, written for NumPy users.
//!
//! ```
//! use ndview::prelude::*;
//!
//! let a = Array::<i64, shape![3, 4]>::arange();
//! assert_eq!(a.byte_strides().to_vec(), vec![32, 8]);
//! assert_eq!(*nd!(a[1, 3]), 7);
//! let t = nd!(a.transpose(1, 0));             // a view: byte strides [8, 32]
//! assert_eq!(t.byte_strides().to_vec(), vec![8, 32]);
//! let s = nd!(a[1:, ::2]);                    // a view, no copy
//! assert_eq!(s.to_vec(), vec![4, 6, 8, 10]);
//! ```

pub use ndview_macros::{nd, shape, try_nd};
pub use ndview_runtime::*;

pub mod guide;

/// Everything a user needs: `use ndview::prelude::*;`.
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
pub use ndview_runtime::private as __private;
