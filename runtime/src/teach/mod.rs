//! Teaching aids: the two pictures of the article ndview grew from, as
//! values a user can print.
//!
//! - [`Tree`] (from `.tree()`): one level per axis, the elements as leaves,
//!   each leaf with its offset in memory, so that a reshape (same leaves,
//!   new branches) and a transpose (leaves reordered) can be compared by eye.
//! - [`Explanation`] (from `.explain([i, j, ..])`): the address arithmetic
//!   of one element, in bytes and in elements.
//!
//! Both measure offsets from an *origin*: by default the lowest address the
//! array or view reaches (for an [`Array`](crate::Array), the start of its
//! buffer). A view made by `nd!` does not remember the array it came from;
//! give it with `.relative_to(&a)` to count from the start of `a`'s buffer,
//! so that a slice's offset shows.
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let e = a.explain([1, 3]).unwrap();
//! assert_eq!(e.to_string().lines().next(), Some("[1, 3] -> 1*32 + 3*8 = 56 bytes from the start (element 7)"));
//! let row = nd!(a[1:]);
//! assert_eq!(row.explain([0, 0]).unwrap().relative_to(&a).element_offset(), 4);
//! ```

mod explain;
pub(crate) use tree::tuple;
mod tree;

pub use explain::Explanation;
pub use tree::Tree;

use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::introspect::Viewable;

/// Where a view's first element (`ptr`, index `[0, ..]`) sits, in elements,
/// from the origin: the lowest address `raw` reaches by default.
pub(crate) fn own_base<T, S: Shape>(raw: &RawView<T, S>) -> isize {
    raw.offset_span().map_or(0, |(lo, _)| -lo)
}

/// Where `raw`'s first element sits, in elements, from the lowest address
/// `base` reaches (the start of its buffer for an `Array`). Zero-sized
/// elements have no addresses to compare: the view's own origin is used.
pub(crate) fn base_in<T, S: Shape, B: Viewable<Elem = T> + ?Sized>(
    raw: &RawView<T, S>,
    base: &B,
) -> isize {
    let size = core::mem::size_of::<T>() as isize;
    if size == 0 {
        return own_base(raw);
    }
    let b = base.raw_view();
    let origin = (b.ptr as isize).wrapping_add(b.offset_span().map_or(0, |(lo, _)| lo * size));
    (raw.ptr as isize).wrapping_sub(origin) / size
}
