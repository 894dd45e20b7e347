//! Layout markers: what a view's type proves about its memory order.

/// The layout a view's type proves: [`C`] (C-contiguous), [`Known`](crate::Known)
/// (strides the compiler can replay, for views made from a static array) or
/// [`Strided`] (nothing proven). `reshape` and `ravel` are decided from it: at
/// compile time for `C` and `Known` (a needed copy is a compile error, never a
/// hidden copy), at run time for `Strided`.
///
/// ```
/// use ndview::{Layout, C, Strided};
/// assert!(<C as Layout>::C_CONTIGUOUS);
/// assert!(!<Strided as Layout>::C_CONTIGUOUS);
/// ```
pub trait Layout: 'static {
    /// Whether the type proves C (row-major) contiguity.
    const C_CONTIGUOUS: bool;
}

/// Proven C-contiguous: the elements are one run of memory in row-major order.
/// Every [`Array`](crate::Array) is `C`; so are views that keep that order
/// (leading integer indices, a step-1 slice of the first sliced axis, reshape
/// of a `C` view, `expand_dims`, `squeeze`).
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<u8, shape![2, 3]>::zeros();
/// let row: View<'_, u8, shape![3], ndview::C> = nd!(a[1]);
/// assert_eq!(row.as_slice(), &[0, 0, 0]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct C;

/// Any strides: nothing about the memory order is known to the compiler (a
/// view of an array with a `Dyn` dim after `transpose`, a stepped slice,
/// `flip`, ...; or any view after [`View::strided`](crate::View::strided)).
/// Its reshapes and ravels are decided when they run; `is_contiguous()` tells
/// whether it is contiguous.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<u8, shape![2, 3]>::zeros();
/// let t: View<'_, u8, shape![3, 2], ndview::Strided> = nd!(a.T).strided();
/// assert!(!t.is_contiguous());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Strided;

impl Layout for C {
    const C_CONTIGUOUS: bool = true;
}
impl Layout for Strided {
    const C_CONTIGUOUS: bool = false;
}
