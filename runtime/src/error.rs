//! [`ShapeError`]: every run-time rejection, with NumPy's wording.

use core::fmt;

/// A short list of dims kept inline (no allocation) for error messages.
/// It prints as NumPy prints a shape tuple.
///
/// ```
/// use ndview::DimList;
/// assert_eq!(DimList::from_dims(&[3]).to_string(), "(3,)");
/// assert_eq!(DimList::from_signed(&[2, -1]).to_string(), "(2,-1)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct DimList {
    len: usize,
    dims: [isize; crate::shape::MAX_RANK],
}

impl DimList {
    /// A list from signed entries (a reshape target may hold `-1`).
    ///
    /// ```
    /// let l = ndview::DimList::from_signed(&[5, -1]);
    /// assert_eq!(l.to_string(), "(5,-1)");
    /// ```
    pub fn from_signed(dims: &[isize]) -> Self {
        let mut out = DimList {
            len: dims.len().min(crate::shape::MAX_RANK),
            dims: [0; crate::shape::MAX_RANK],
        };
        out.dims[..out.len].copy_from_slice(&dims[..out.len]);
        out
    }

    /// A list from dims.
    ///
    /// ```
    /// let l = ndview::DimList::from_dims(&[5, 2]);
    /// assert_eq!(l.to_string(), "(5,2)");
    /// ```
    pub fn from_dims(dims: &[usize]) -> Self {
        let mut out = DimList {
            len: dims.len().min(crate::shape::MAX_RANK),
            dims: [0; crate::shape::MAX_RANK],
        };
        for (o, d) in out.dims.iter_mut().zip(dims) {
            *o = *d as isize;
        }
        out
    }
}

impl DimList {
    /// Python's tuple spelling, with spaces, as `broadcast_arrays` prints
    /// shapes: `(2, 3)`, `(3,)`.
    fn spaced(&self) -> String {
        crate::teach::tuple(&self.dims[..self.len])
    }
}

impl fmt::Display for DimList {
    /// NumPy's tuple spelling: `(5,2)`, `(3,)`, `()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        for (k, d) in self.dims[..self.len].iter().enumerate() {
            if k > 0 {
                f.write_str(",")?;
            }
            write!(f, "{d}")?;
        }
        if self.len == 1 {
            f.write_str(",")?;
        }
        f.write_str(")")
    }
}

impl fmt::Debug for DimList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Why a shape operation was refused at run time.
///
/// Static shapes are checked by the compiler; these errors come from
/// run-time values (`{expr}` in `nd!`, `Dyn` dims, `from_vec`).
///
/// ```
/// use ndview::prelude::*;
/// let err = Array::<f32, shape![2, 3]>::from_vec(vec![0.0; 5]).unwrap_err();
/// assert_eq!(err.to_string(), "cannot build an array of shape (2,3) (6 elements) from 5 elements");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShapeError {
    /// An integer index outside `-size..size`.
    IndexOutOfBounds {
        /// The index as written.
        index: isize,
        /// The axis it applies to.
        axis: usize,
        /// That axis's size.
        size: usize,
    },
    /// More index items than axes.
    TooManyIndices {
        /// The view's rank.
        ndim: usize,
        /// Number of axis-consuming items.
        indexed: usize,
    },
    /// A slice step of 0.
    ZeroStep,
    /// Element counts of a reshape differ (or `-1` cannot be inferred).
    ReshapeCount {
        /// Elements in the source.
        from: usize,
        /// The requested shape.
        to: DimList,
    },
    /// A reshape target entry below `-1`, or two `-1`.
    BadReshapeSpec {
        /// The offending entry.
        value: isize,
    },
    /// A reshape that needs a copy because the strides do not allow a view.
    ReshapeNeedsCopy,
    /// `ravel()` of a view that is not C-contiguous (NumPy's `ravel` would copy).
    RavelNeedsCopy {
        /// Whether `reshape(-1)` is a view of it (the error then says so).
        reshape_is_view: bool,
    },
    /// A vector of the wrong length for the shape.
    LengthMismatch {
        /// The shape asked for.
        shape: DimList,
        /// Its element count.
        expected: usize,
        /// The vector's length.
        found: usize,
    },
    /// Run-time dims that disagree with the static dims of the type.
    DimMismatch {
        /// Dims given.
        found: DimList,
        /// The static dims required (`-1` for `Dyn`).
        expected: DimList,
    },
    /// An axis number outside the rank.
    AxisOutOfBounds {
        /// The axis as written.
        axis: isize,
        /// The rank.
        ndim: usize,
    },
    /// `squeeze` of an axis whose size is not 1.
    SqueezeNotOne {
        /// The axis.
        axis: usize,
        /// Its size.
        size: usize,
    },
    /// A shape whose element count overflows `usize`.
    Overflow,
    /// `broadcast_to` a shape the view does not broadcast to (NumPy's rule:
    /// aligned from the right, each axis equal or of size 1).
    BroadcastMismatch {
        /// The view's shape.
        from: DimList,
        /// The requested shape.
        to: DimList,
    },
    /// A negative size in a `broadcast_to` target.
    NegativeDim {
        /// The size as given.
        value: isize,
    },
    /// `assign` from a source whose shape differs from the destination's.
    AssignMismatch {
        /// The source's shape.
        from: DimList,
        /// The destination's shape.
        into: DimList,
    },
    /// `concatenate` inputs that differ on an axis other than the joining one.
    ConcatMismatch {
        /// The axis where they differ.
        axis: usize,
        /// The first input's size on that axis.
        first: usize,
        /// Which input differs.
        index: usize,
        /// Its size on that axis.
        size: usize,
    },
    /// `stack` inputs of different shapes.
    StackMismatch {
        /// The first input's shape.
        first: DimList,
        /// Which input differs.
        index: usize,
        /// Its shape.
        found: DimList,
    },
    /// `concatenate` or `stack` of an empty list.
    NothingToJoin {
        /// `"concatenate"` or `"stack"`.
        op: &'static str,
    },
    /// `sliding_window_view`: a window longer than its axis.
    WindowTooLarge {
        /// The axis.
        axis: usize,
        /// The window's size on it.
        window: usize,
        /// The axis's size (what is left of it after earlier windows on the
        /// same axis).
        size: usize,
    },
    /// `sliding_window_view`: a window size below zero (given at run time).
    NegativeWindow {
        /// The size as given.
        value: isize,
    },
    /// `sliding_window_view` without `axis`: the window needs one size per
    /// axis of the view.
    WindowNeedsEveryAxis {
        /// Sizes in the window.
        window: usize,
        /// The view's rank.
        ndim: usize,
    },
    /// `sliding_window_view` with `axis`: as many axes as window sizes.
    WindowAxesMismatch {
        /// Sizes in the window.
        window: usize,
        /// Axes given.
        axes: usize,
    },
    /// `as_strided`: dims and strides span more elements than the slice.
    StridedOutOfBounds {
        /// The lowest element offset reached, from the first element (`<= 0`).
        low: isize,
        /// The highest element offset reached, from the first element (`>= 0`).
        high: isize,
        /// The slice's length.
        len: usize,
    },
    /// `broadcast_arrays`: two inputs whose shapes do not broadcast together.
    BroadcastArgs {
        /// The earlier input.
        first: usize,
        /// Its shape.
        first_shape: DimList,
        /// The input that disagrees with it.
        other: usize,
        /// Its shape.
        other_shape: DimList,
    },
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeError::IndexOutOfBounds { index, axis, size } => write!(
                f,
                "index {index} is out of bounds for axis {axis} with size {size}"
            ),
            ShapeError::TooManyIndices { ndim, indexed } => write!(
                f,
                "too many indices for array: array is {ndim}-dimensional, but {indexed} were indexed"
            ),
            ShapeError::ZeroStep => f.write_str("slice step cannot be zero"),
            ShapeError::ReshapeCount { from, to } => {
                write!(f, "cannot reshape array of size {from} into shape {to}")
            }
            ShapeError::BadReshapeSpec { value } => write!(
                f,
                "invalid reshape entry {value}: only one -1 may be inferred, other sizes must be >= 0"
            ),
            ShapeError::ReshapeNeedsCopy => f.write_str(
                "cannot reshape this view without copying its elements; call `.copy()` first",
            ),
            ShapeError::RavelNeedsCopy { reshape_is_view } => {
                f.write_str(
                    "cannot ravel this view without copying: it is not C-contiguous; write `.copy().ravel()`",
                )?;
                if *reshape_is_view {
                    f.write_str(", or `.reshape(-1)`, which is a view of it")?;
                }
                Ok(())
            }
            ShapeError::LengthMismatch { shape, expected, found } => write!(
                f,
                "cannot build an array of shape {shape} ({expected} elements) from {found} elements"
            ),
            ShapeError::DimMismatch { found, expected } => write!(
                f,
                "dims {found} do not match the static shape {expected} (-1 marks a Dyn dim)"
            ),
            ShapeError::AxisOutOfBounds { axis, ndim } => write!(
                f,
                "axis {axis} is out of bounds for array of dimension {ndim}"
            ),
            ShapeError::SqueezeNotOne { axis, size } => write!(
                f,
                "cannot select an axis to squeeze out which has size not equal to one (axis {axis} has size {size})"
            ),
            ShapeError::Overflow => f.write_str("the element count overflows usize"),
            ShapeError::BroadcastMismatch { from, to } => write!(
                f,
                "operands could not be broadcast together with shape {from} and requested shape {to}"
            ),
            ShapeError::NegativeDim { value } => write!(
                f,
                "all elements of broadcast shape must be non-negative, found {value}"
            ),
            ShapeError::AssignMismatch { from, into } => write!(
                f,
                "could not broadcast input array from shape {from} into shape {into}"
            ),
            ShapeError::ConcatMismatch { axis, first, index, size } => write!(
                f,
                "all the input array dimensions except for the concatenation axis must match exactly, \
                 but along dimension {axis}, the array at index 0 has size {first} and the array at index {index} has size {size}"
            ),
            ShapeError::StackMismatch { first, index, found } => write!(
                f,
                "all input arrays must have the same shape, but the array at index 0 has shape {first} and the array at index {index} has shape {found}"
            ),
            ShapeError::NothingToJoin { op } => write!(f, "need at least one array to {op}"),
            ShapeError::WindowTooLarge { axis, window, size } => write!(
                f,
                "window shape cannot be larger than input array shape (window {window} on axis {axis} of size {size})"
            ),
            ShapeError::NegativeWindow { value } => write!(
                f,
                "`window_shape` cannot contain negative values (found {value})"
            ),
            ShapeError::WindowNeedsEveryAxis { window, ndim } => write!(
                f,
                "Since axis is `None`, must provide window_shape for all dimensions of `x`; \
                 got {window} window_shape elements and `x.ndim` is {ndim}."
            ),
            ShapeError::WindowAxesMismatch { window, axes } => write!(
                f,
                "Must provide matching length window_shape and axis; \
                 got {window} window_shape elements and {axes} axes elements."
            ),
            ShapeError::StridedOutOfBounds { low, high, len } => write!(
                f,
                "as_strided: the dims and strides reach element offsets {low} to {high} \
                 from the first element, a span of {} elements, but the slice holds {len}",
                high.abs_diff(*low).saturating_add(1)
            ),
            ShapeError::BroadcastArgs { first, first_shape, other, other_shape } => write!(
                f,
                "shape mismatch: objects cannot be broadcast to a single shape.  \
                 Mismatch is between arg {first} with shape {} and arg {other} with shape {}.",
                first_shape.spaced(),
                other_shape.spaced()
            ),
        }
    }
}

impl std::error::Error for ShapeError {}
