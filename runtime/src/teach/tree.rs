//! [`Tree`]: the seed's tree picture of an array or view.

use super::{base_in, own_base};
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::introspect::Viewable;
use core::fmt::{self, Write};
use core::marker::PhantomData;

/// Arrays with more elements than this are summarised: an axis longer than
/// `2 * EDGE` shows its first and last `EDGE` entries around a `...`.
const SUMMARY_THRESHOLD: usize = 64;
/// Entries kept at each end of a summarised axis.
const EDGE: usize = 3;

/// The tree of an array or view, made by `.tree()`: one level per axis in
/// the view's axis order, the elements as leaves. Each leaf reads
/// `value@offset`, the offset counted in elements from the origin (the
/// lowest address the view reaches, or the start of the buffer given to
/// [`relative_to`](Tree::relative_to)); multiply by the item size in the
/// header for bytes. The last axis is one row of leaves; arrays with more
/// than 64 elements show at most `3 ... 3` entries per axis.
///
/// A reshape keeps the leaves in the same order and regroups the branches;
/// a transpose reorders the leaves, which the offsets make visible:
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// assert_eq!(
///     nd!(a.reshape(4, 3)).tree().to_string(),
///     "(4, 3) i64, byte strides (24, 8); leaves: value@element offset\n\
///      ├── 0: 0@0    1@1    2@2\n\
///      ├── 1: 3@3    4@4    5@5\n\
///      ├── 2: 6@6    7@7    8@8\n\
///      └── 3: 9@9    10@10  11@11\n"
/// );
/// assert_eq!(
///     nd!(a.transpose(1, 0)).tree().to_string(),
///     "(4, 3) i64, byte strides (8, 32); leaves: value@element offset\n\
///      ├── 0: 0@0    4@4    8@8\n\
///      ├── 1: 1@1    5@5    9@9\n\
///      ├── 2: 2@2    6@6    10@10\n\
///      └── 3: 3@3    7@7    11@11\n"
/// );
/// ```
pub struct Tree<'a, T, S: Shape> {
    raw: RawView<T, S>,
    /// Offset of the view's first element from the origin, in elements.
    base: isize,
    _borrow: PhantomData<&'a T>,
}

impl<'a, T, S: Shape> Tree<'a, T, S> {
    pub(crate) fn new(raw: RawView<T, S>) -> Self {
        Tree {
            base: own_base(&raw),
            raw,
            _borrow: PhantomData,
        }
    }

    /// Count the offsets from the start of `base`'s memory (the lowest
    /// address it reaches; for an [`Array`](crate::Array), its buffer), so
    /// that a view shows where it sits in the array it was made from.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// let corner = nd!(a[1:, 2:]);
    /// assert_eq!(
    ///     corner.tree().relative_to(&a).to_string(),
    ///     "(2, 2) i64, byte strides (32, 8); leaves: value@element offset\n\
    ///      ├── 0: 6@6    7@7\n\
    ///      └── 1: 10@10  11@11\n"
    /// );
    /// ```
    pub fn relative_to<B: Viewable<Elem = T> + ?Sized>(mut self, base: &B) -> Self {
        self.base = base_in(&self.raw, base);
        self
    }

    /// `value@offset` of the element at the in-bounds multi-index `idx`.
    fn leaf(&self, idx: &S::Index) -> String
    where
        T: fmt::Display,
    {
        let view = crate::view::View::<'a, T, S, crate::Strided> {
            raw: self.raw,
            _borrow: PhantomData,
        };
        let offset = self.raw.offset_of(idx.as_ref()).unwrap_or(0);
        match view.get(*idx) {
            Some(value) => format!("{value}@{}", self.base + offset),
            None => String::from("?"),
        }
    }

    /// The shown entries of axis `k`: every index, or (summarised) the first
    /// and last `EDGE` around a `None` for the `...`.
    fn entries(&self, k: usize) -> Vec<Option<usize>> {
        let d = self.raw.dims()[k];
        if self.raw.len() > SUMMARY_THRESHOLD && d > 2 * EDGE {
            (0..EDGE)
                .map(Some)
                .chain([None])
                .chain((d - EDGE..d).map(Some))
                .collect()
        } else {
            (0..d).map(Some).collect()
        }
    }

    /// Every shown leaf's text, for the column width.
    fn leaves(&self, k: usize, idx: &mut S::Index, out: &mut Vec<String>)
    where
        T: fmt::Display,
    {
        if k == S::RANK {
            out.push(self.leaf(idx));
            return;
        }
        for i in self.entries(k).into_iter().flatten() {
            idx.as_mut()[k] = i;
            self.leaves(k + 1, idx, out);
        }
    }

    /// The last axis's leaves under the branch `idx` (its earlier entries).
    fn row(&self, idx: &mut S::Index, width: usize) -> String
    where
        T: fmt::Display,
    {
        let k = S::RANK - 1;
        let mut cells = Vec::new();
        for i in self.entries(k) {
            let cell = match i {
                Some(i) => {
                    idx.as_mut()[k] = i;
                    self.leaf(idx)
                }
                None => String::from("..."),
            };
            cells.push(format!("{cell:<width$}"));
        }
        cells.join("  ").trim_end().to_string()
    }

    fn branches(
        &self,
        f: &mut fmt::Formatter<'_>,
        prefix: &str,
        k: usize,
        idx: &mut S::Index,
        width: usize,
    ) -> fmt::Result
    where
        T: fmt::Display,
    {
        let entries = self.entries(k);
        let label_width = (self.raw.dims()[k].saturating_sub(1)).to_string().len();
        for (n, i) in entries.iter().enumerate() {
            let last = n + 1 == entries.len();
            let joint = if last { "└── " } else { "├── " };
            let Some(i) = i else {
                writeln!(f, "{prefix}{joint}...")?;
                continue;
            };
            idx.as_mut()[k] = *i;
            if k + 2 == S::RANK {
                let row = self.row(idx, width);
                writeln!(f, "{prefix}{joint}{i:>label_width$}: {row}")?;
            } else {
                writeln!(f, "{prefix}{joint}{i:>label_width$}")?;
                let deeper = format!("{prefix}{}", if last { "    " } else { "│   " });
                self.branches(f, &deeper, k + 1, idx, width)?;
            }
        }
        Ok(())
    }
}

impl<T: fmt::Display, S: Shape> fmt::Display for Tree<'_, T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let size = core::mem::size_of::<T>() as isize;
        let byte_strides: Vec<isize> = self.raw.strides().iter().map(|s| s * size).collect();
        writeln!(
            f,
            "{} {}, byte strides {}; leaves: value@element offset",
            tuple(self.raw.dims()),
            short_type_name(core::any::type_name::<T>()),
            tuple(&byte_strides),
        )?;
        if self.raw.is_empty() {
            return writeln!(f, "└── (no elements)");
        }
        let mut idx = S::Index::default();
        let mut leaves = Vec::new();
        self.leaves(0, &mut idx, &mut leaves);
        let width = leaves.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        match S::RANK {
            0 => writeln!(f, "└── {}", self.leaf(&idx)),
            1 => writeln!(f, "└── {}", self.row(&mut idx, width)),
            _ => self.branches(f, "", 0, &mut idx, width),
        }
    }
}

/// NumPy's tuple spelling, with spaces: `(3, 4)`, `(12,)`, `()`.
pub(crate) fn tuple<X: fmt::Display>(items: &[X]) -> String {
    let mut out = String::from("(");
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{x}");
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    out
}

/// `alloc::vec::Vec<alloc::string::String>` as `Vec<String>`.
pub(super) fn short_type_name(full: &str) -> String {
    let mut out = String::new();
    let mut word_start = 0;
    let mut rest = full;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("::") {
            out.truncate(word_start);
            rest = after;
            continue;
        }
        out.push(c);
        if !(c.is_alphanumeric() || c == '_') {
            word_start = out.len();
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A multi-index as written in Rust: `[1, 3]`.
pub(super) fn index_list(index: &[usize]) -> String {
    let parts: Vec<String> = index.iter().map(usize::to_string).collect();
    format!("[{}]", parts.join(", "))
}

impl<T: fmt::Display, S: Shape> fmt::Debug for Tree<'_, T, S> {
    /// The same drawing as `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
