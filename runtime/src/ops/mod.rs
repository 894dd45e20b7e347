//! Every `nd!` operation, one file each. A file holds the operation's
//! run-time rule (new dims, strides and offset from old ones, by NumPy's
//! rules, as a method of [`RawView`]), its type-level shape rule and the
//! traits whose `on_unimplemented` message is its compile error.
//!
//! | `nd!` operation | file |
//! |---|---|
//! | `a[1, 2:, ::-1, None, ...]` | `index.rs` |
//! | `transpose(p)`, `transpose()`, `.T` | `transpose.rs` |
//! | `swapaxes(a, b)` | `swapaxes.rs` |
//! | `moveaxis(src, dst)` | `moveaxis.rs` |
//! | `flip(axis)` | `flip.rs` |
//! | `expand_dims(axis)` | `expand_dims.rs` |
//! | `squeeze(axis)`, `squeeze()` | `squeeze.rs` |
//! | `reshape(...)`, `ravel()` | `reshape.rs` |
//! | `broadcast_to(...)` | `broadcast_to.rs` |
//! | `copy()`, `flatten()` | `copy.rs` |
//! | `take([...])`, `take([...], axis = k)` | `take.rs` |
//! | `concatenate`, `stack` | `join.rs` |
//! | `sliding_window_view(w0, ..)`, `sliding_window_view(w, axis = k)` | `sliding_window.rs` |
//!
//! NumPy's stride tricks outside `nd!` live here too: `View::as_strided`
//! (`as_strided.rs`) and `broadcast_arrays` (`broadcast_arrays.rs`).
//!
//! Each run-time rule returns a `RawView<T, S2>` for the output shape type
//! the expansion computed; the rank always agrees (the type level decided
//! it), and debug builds check that static dims agree with the run-time
//! ones.

pub mod as_strided;
pub mod broadcast_arrays;
pub mod broadcast_to;
pub mod copy;
pub mod expand_dims;
pub mod flip;
pub mod index;
pub mod join;
pub mod moveaxis;
pub mod rearrange;
pub mod reshape;
pub mod sliding_window;
pub mod squeeze;
pub mod swapaxes;
pub mod take;
pub mod transpose;

use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};
/// Fixed-capacity dims/strides under construction.
pub(crate) struct Build {
    dims: [usize; MAX_RANK],
    strides: [isize; MAX_RANK],
    len: usize,
}
impl Build {
    #[inline]
    pub(crate) fn new() -> Self {
        Build {
            dims: [0; MAX_RANK],
            strides: [0; MAX_RANK],
            len: 0,
        }
    }
    #[inline]
    pub(crate) fn push(&mut self, d: usize, s: isize) {
        assert!(
            self.len < MAX_RANK,
            "nd!: results of rank above {MAX_RANK} are not supported"
        );
        self.dims[self.len] = d;
        self.strides[self.len] = s;
        self.len += 1;
    }
    #[inline]
    pub(crate) fn finish<T, S2: Shape>(&self, ptr: *mut T) -> RawView<T, S2> {
        RawView::<T, S2>::with_parts::<S2>(ptr, &self.dims[..self.len], &self.strides[..self.len])
    }
}

impl<T, S: Shape> RawView<T, S> {
    /// The same first element under `dims` with fresh C strides.
    #[inline]
    pub(crate) fn with_c_strides<S2: Shape>(&self, dims: S2::Index) -> RawView<T, S2> {
        let mut strides = S2::Strides::default();
        crate::strides::c_strides(dims.as_ref(), strides.as_mut());
        RawView {
            ptr: self.ptr,
            dims,
            strides,
        }
    }
}
