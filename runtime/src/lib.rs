//! The runtime of [ndview](https://docs.rs/ndview): shapes as types, owned
//! arrays and strided views, and NumPy's stride rules. Use it through the
//! `ndview` crate, whose `nd!` macro drives everything here.
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let t = nd!(a.transpose(1, 0));
//! assert_eq!(t.byte_strides().to_vec(), vec![8, 32]);
//! ```

#![warn(missing_docs)]
// `ShapeError` keeps its dims inline (no allocation on the error path, `Copy`),
// which makes it larger than clippy's default for `Err` variants.
#![allow(clippy::result_large_err)]

mod alloc;
pub mod array;
pub mod axis;
pub mod broadcast;
pub mod checks;
pub mod common;
#[doc(hidden)]
pub mod consts;
mod copy;
pub mod decimal;
pub mod dim;
pub mod error;
mod fmt;
pub mod interop;
pub mod iter;
pub mod join;
pub mod layout;
pub mod mixed;
pub mod mutate;
pub mod ops;
#[doc(hidden)]
pub mod private;
pub mod raw;
pub mod shape;
pub mod strides;
pub mod typelevel;
pub mod view;
pub mod window;

pub use array::{Arange, Array};
pub use axis::Axis;
pub use common::Viewable;
pub use dim::{Dim, Dyn};
pub use error::ShapeError;
pub use join::{concatenate, stack};
pub use layout::{Layout, Strided, C};
pub use shape::{Shape, ShapeSize, StaticShape, MAX_RANK};
pub use typenum;
pub use view::{AsView, AsViewMut, NdView, View, ViewMut};
