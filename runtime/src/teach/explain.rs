//! [`Explanation`]: the address arithmetic of one element.

use super::{base_in, own_base};
use crate::error::ShapeError;
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::introspect::Viewable;
use core::fmt;
use core::marker::PhantomData;

/// The address arithmetic of one element, made by `.explain([i, j, ..])`:
/// the offset of the view's first element (when it is not 0), plus each
/// index times its stride, in bytes and in elements, counted from the
/// origin (the lowest address the view reaches, or the start of the buffer
/// given to [`relative_to`](Explanation::relative_to)).
///
/// `explain` returns `Err(ShapeError::IndexOutOfBounds)`, with NumPy's
/// message, for an index outside its axis: it is a question about an
/// element, so it answers like [`get`](crate::View::get) rather than
/// panicking like indexing.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// assert_eq!(
///     a.explain([1, 3]).unwrap().to_string(),
///     "[1, 3] -> 1*32 + 3*8 = 56 bytes from the start (element 7)\n\
///      in elements: 1*4 + 3*1 = 7 (i64 is 8 bytes)"
/// );
/// // a flipped view starts at the end of its memory: its offset shows
/// let f = nd!(a[::-1]);
/// assert_eq!(
///     f.explain([2, 3]).unwrap().to_string(),
///     "[2, 3] -> 64 (offset) + 2*(-32) + 3*8 = 24 bytes from the start (element 3)\n\
///      in elements: 8 (offset) + 2*(-4) + 3*1 = 3 (i64 is 8 bytes)"
/// );
/// assert_eq!(
///     a.explain([5, 0]).unwrap_err().to_string(),
///     "index 5 is out of bounds for axis 0 with size 3"
/// );
/// ```
pub struct Explanation<'a, T, S: Shape> {
    raw: RawView<T, S>,
    index: S::Index,
    /// Offset of the view's first element from the origin, in elements.
    base: isize,
    _borrow: PhantomData<&'a T>,
}

impl<'a, T, S: Shape> Explanation<'a, T, S> {
    pub(crate) fn new(raw: RawView<T, S>, index: S::Index) -> Result<Self, ShapeError> {
        for (axis, (&i, &size)) in index.as_ref().iter().zip(raw.dims()).enumerate() {
            if i >= size {
                return Err(ShapeError::IndexOutOfBounds {
                    index: i as isize,
                    axis,
                    size,
                });
            }
        }
        Ok(Explanation {
            base: own_base(&raw),
            raw,
            index,
            _borrow: PhantomData,
        })
    }

    /// Count from the start of `base`'s memory (the lowest address it
    /// reaches; for an [`Array`](crate::Array), its buffer), so that the
    /// offset of a view made from `base` shows.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// let s = nd!(a[1:, ::2]);
    /// assert_eq!(
    ///     s.explain([1, 1]).unwrap().relative_to(&a).to_string(),
    ///     "[1, 1] -> 32 (offset) + 1*32 + 1*16 = 80 bytes from the start (element 10)\n\
    ///      in elements: 4 (offset) + 1*4 + 1*2 = 10 (i64 is 8 bytes)"
    /// );
    /// ```
    pub fn relative_to<B: Viewable<Elem = T> + ?Sized>(mut self, base: &B) -> Self {
        self.base = base_in(&self.raw, base);
        self
    }

    /// The element's offset from the origin, in elements.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(nd!(a.T).explain([3, 1]).unwrap().element_offset(), 7);
    /// ```
    pub fn element_offset(&self) -> isize {
        self.base + self.terms().map(|(i, s)| i * s).sum::<isize>()
    }

    /// The element's offset from the origin, in bytes.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(a.explain([1, 3]).unwrap().byte_offset(), 56);
    /// ```
    pub fn byte_offset(&self) -> isize {
        self.element_offset() * core::mem::size_of::<T>() as isize
    }

    fn terms(&self) -> impl Iterator<Item = (isize, isize)> + '_ {
        self.index
            .as_ref()
            .iter()
            .zip(self.raw.strides())
            .map(|(&i, &s)| (i as isize, s))
    }

    /// `64 (offset) + 1*(-32) + 3*8`, strides scaled by `unit`.
    fn sum(&self, unit: isize) -> String {
        let mut parts = Vec::new();
        if self.base != 0 {
            parts.push(format!("{} (offset)", self.base * unit));
        }
        for (i, s) in self.terms() {
            let s = s * unit;
            parts.push(if s < 0 {
                format!("{i}*({s})")
            } else {
                format!("{i}*{s}")
            });
        }
        if parts.is_empty() {
            parts.push("0".into());
        }
        parts.join(" + ")
    }
}

impl<T, S: Shape> fmt::Display for Explanation<'_, T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let size = core::mem::size_of::<T>();
        writeln!(
            f,
            "{} -> {} = {} bytes from the start (element {})",
            super::tree::index_list(self.index.as_ref()),
            self.sum(size as isize),
            self.byte_offset(),
            self.element_offset(),
        )?;
        let name = super::tree::short_type_name(core::any::type_name::<T>());
        let plural = if size == 1 { "" } else { "s" };
        write!(
            f,
            "in elements: {} = {} ({name} is {size} byte{plural})",
            self.sum(1),
            self.element_offset(),
        )
    }
}

impl<T, S: Shape> fmt::Debug for Explanation<'_, T, S> {
    /// The same text as `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
