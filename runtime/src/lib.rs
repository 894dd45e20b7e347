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

// The user's API is re-exported below; the modules themselves are private,
// except `interop`, `join` and `mutate` (their docs are the guides to
// conversions, joins and writing through views), `diagnostics` (what compile
// errors name), and the hidden `consts` and `__private` (what the `nd!`
// expansions name).
mod alloc;
mod arith;
mod array;
mod axis;
#[doc(hidden)]
pub mod consts;
mod copy;
mod count;
mod decimal;
mod dim;
mod error;
mod fmt;
mod gen;
pub mod interop;
mod known;
mod layout;
mod ops;
mod raw;
mod shape;
mod strides;
mod teach;
mod view;
mod window;

pub use array::{Arange, Array};
pub use axis::Axis;
pub use dim::{Dim, Dyn};
pub use error::{DimList, ShapeError};
pub use known::Known;
pub use layout::{Layout, Strided, C};
pub use ops::broadcast_arrays::broadcast_arrays;
pub use ops::join::{self, concatenate, stack};
pub use ops::sliding_window::{sliding_window_view, sliding_window_view_along};
pub use shape::{Shape, ShapeSize, StaticShape, MAX_RANK};
pub use teach::{Explanation, Tree};
pub use typenum;
pub use view::introspect::Viewable;
pub use view::iter::Iter;
pub use view::mutate::{self, IterMut};
pub use view::{AsView, AsViewMut, NdView, View, ViewMut};

/// The traits and digit types that `nd!`'s compile errors name.
///
/// A rejected `nd!` call is an unmet bound on one of these traits, whose
/// message names the operation, the axes and the sizes; a size computed at
/// the type level prints as decimal digit types (`(_1, _2)` is 12). They are
/// listed here, outside `__private`, so rustc prints their short names.
pub mod diagnostics {
    pub use crate::axis::AxisAt;
    pub use crate::decimal::digits;
    pub use crate::known::{
        AtRunTime, IsView, NeedsCopy, RavelWithoutCopy, RavelWithoutCopyOrReshape, ReshapeRule,
    };
    pub use crate::ops::broadcast_arrays::{BroadcastInputs, BroadcastShapesAgree};
    pub use crate::ops::broadcast_to::{BroadcastSource, Broadcasts};
    pub use crate::ops::expand_dims::ExpandDimsAxes;
    pub use crate::ops::flip::FlipAxes;
    pub use crate::ops::index::{IndexAxes, IndexInBounds};
    pub use crate::ops::moveaxis::{MoveAxisAxes, MoveAxisOf};
    pub use crate::ops::sliding_window::{
        SlidingWindowAlong, SlidingWindowShape, WindowFits, WindowSource,
    };
    pub use crate::ops::squeeze::{SqueezeAxes, SqueezeSizeOne};
    pub use crate::ops::swapaxes::{SwapAxesAxes, SwapAxesOf};
    pub use crate::ops::take::{TakeAxes, TakeAxisInBounds, TakeInBounds};
    pub use crate::view::mutate::AssignShapes;
}

/// What the `nd!` and `shape!` expansions name, as `::ndview::__private::X`.
/// Not a public API: names here may change.
#[doc(hidden)]
#[path = "expansion.rs"]
pub mod __private;
