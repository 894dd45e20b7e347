//! The run-time half of every `nd!` view operation: new dims, strides and
//! offset from old ones, by NumPy's rules. The type-level half (output shape
//! types, compile-time checks) lives in the expansion and in `typelevel`.
//!
//! Each function returns a `RawView<T, S2>` for the output shape type the
//! expansion computed; the rank always agrees (the type level decided it), and
//! debug builds check that static dims agree with the run-time ones.

use crate::error::ShapeError;
use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};
use crate::strides::{normalize_index, slice_axis};

/// One item of a NumPy basic index, with values resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexItem {
    /// An integer index; drops the axis.
    Int(isize),
    /// `start:stop:step`.
    Slice(Option<isize>, Option<isize>, isize),
    /// `None` / `newaxis`: a new axis of length 1.
    NewAxis,
    /// `...`.
    Ellipsis,
}

fn axis(a: isize, ndim: usize) -> Result<usize, ShapeError> {
    let n = ndim as isize;
    let k = if a < 0 { a + n } else { a };
    if (0..n).contains(&k) {
        Ok(k as usize)
    } else {
        Err(ShapeError::AxisOutOfBounds { axis: a, ndim })
    }
}

/// Fixed-capacity dims/strides under construction.
struct Build {
    dims: [usize; MAX_RANK],
    strides: [isize; MAX_RANK],
    len: usize,
}
impl Build {
    fn new() -> Self {
        Build {
            dims: [0; MAX_RANK],
            strides: [0; MAX_RANK],
            len: 0,
        }
    }
    fn push(&mut self, d: usize, s: isize) {
        assert!(
            self.len < MAX_RANK,
            "nd!: results of rank above {MAX_RANK} are not supported"
        );
        self.dims[self.len] = d;
        self.strides[self.len] = s;
        self.len += 1;
    }
    fn finish<T, S2: Shape>(&self, ptr: *mut T) -> RawView<T, S2> {
        RawView::<T, S2>::with_parts::<S2>(ptr, &self.dims[..self.len], &self.strides[..self.len])
    }
}

impl<T, S: Shape> RawView<T, S> {
    /// NumPy basic indexing: integers, slices, new axes, one ellipsis.
    pub fn index<S2: Shape>(self, items: &[IndexItem]) -> Result<RawView<T, S2>, ShapeError> {
        let consumed = items
            .iter()
            .filter(|i| matches!(i, IndexItem::Int(_) | IndexItem::Slice(..)))
            .count();
        let ndim = S::RANK;
        if consumed > ndim {
            return Err(ShapeError::TooManyIndices {
                ndim,
                indexed: consumed,
            });
        }
        let dims = self.dims.as_ref();
        let strides = self.strides.as_ref();
        let mut out = Build::new();
        let mut offset = 0isize;
        let mut ax = 0usize;
        let mut saw_ellipsis = false;
        for item in items {
            match *item {
                IndexItem::Int(i) => {
                    let k = normalize_index(i, dims[ax]).ok_or(ShapeError::IndexOutOfBounds {
                        index: i,
                        axis: ax,
                        size: dims[ax],
                    })?;
                    offset += k as isize * strides[ax];
                    ax += 1;
                }
                IndexItem::Slice(start, stop, step) => {
                    let s = slice_axis(dims[ax], start, stop, step)?;
                    offset += s.start as isize * strides[ax];
                    out.push(s.len, strides[ax] * s.stride_factor());
                    ax += 1;
                }
                IndexItem::NewAxis => out.push(1, 0),
                IndexItem::Ellipsis => {
                    if saw_ellipsis {
                        return Err(ShapeError::TooManyIndices {
                            ndim,
                            indexed: consumed,
                        });
                    }
                    saw_ellipsis = true;
                    for _ in 0..ndim - consumed {
                        out.push(dims[ax], strides[ax]);
                        ax += 1;
                    }
                }
            }
        }
        while ax < ndim {
            out.push(dims[ax], strides[ax]);
            ax += 1;
        }
        Ok(out.finish(self.ptr.wrapping_offset(offset)))
    }

    /// `transpose(p)`: `new[i] = old[p[i]]`; `p` holds normalised axes.
    pub fn permute<S2: Shape>(self, perm: &[isize]) -> Result<RawView<T, S2>, ShapeError> {
        let mut out = Build::new();
        let mut seen = [false; MAX_RANK];
        if perm.len() != S::RANK {
            return Err(ShapeError::AxisOutOfBounds {
                axis: perm.len() as isize,
                ndim: S::RANK,
            });
        }
        for &p in perm {
            let k = axis(p, S::RANK)?;
            if seen[k] {
                return Err(ShapeError::AxisOutOfBounds {
                    axis: p,
                    ndim: S::RANK,
                });
            }
            seen[k] = true;
            out.push(self.dims.as_ref()[k], self.strides.as_ref()[k]);
        }
        Ok(out.finish(self.ptr))
    }

    /// `.T` / `transpose()`: axes reversed.
    pub fn reverse_axes<S2: Shape>(self) -> RawView<T, S2> {
        let mut out = Build::new();
        for k in (0..S::RANK).rev() {
            out.push(self.dims.as_ref()[k], self.strides.as_ref()[k]);
        }
        out.finish(self.ptr)
    }

    /// `swapaxes(i, j)`.
    pub fn swapaxes<S2: Shape>(self, i: isize, j: isize) -> Result<RawView<T, S2>, ShapeError> {
        let (i, j) = (axis(i, S::RANK)?, axis(j, S::RANK)?);
        let mut perm = [0isize; MAX_RANK];
        for (k, p) in perm.iter_mut().enumerate().take(S::RANK) {
            *p = k as isize;
        }
        perm.swap(i, j);
        self.permute(&perm[..S::RANK])
    }

    /// `moveaxis(src, dst)`: axis `src` moves to position `dst`, the others keep their order.
    pub fn moveaxis<S2: Shape>(self, src: isize, dst: isize) -> Result<RawView<T, S2>, ShapeError> {
        let (src, dst) = (axis(src, S::RANK)?, axis(dst, S::RANK)?);
        let mut rest = [0isize; MAX_RANK];
        let mut n = 0;
        for k in 0..S::RANK {
            if k != src {
                rest[n] = k as isize;
                n += 1;
            }
        }
        let mut perm = [0isize; MAX_RANK];
        let mut r = 0;
        for (k, p) in perm.iter_mut().enumerate().take(S::RANK) {
            if k == dst {
                *p = src as isize;
            } else {
                *p = rest[r];
                r += 1;
            }
        }
        self.permute(&perm[..S::RANK])
    }

    /// `flip(axis)`: the axis walked backwards (offset to its last element,
    /// stride negated), as `x[..., ::-1, ...]`.
    pub fn flip<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let k = axis(ax, S::RANK)?;
        let mut items = [IndexItem::Slice(None, None, 1); MAX_RANK];
        items[k] = IndexItem::Slice(None, None, -1);
        self.index(&items[..S::RANK])
    }

    /// `expand_dims(axis)`: a new length-1 axis at `axis` of the result
    /// (negative counts in the result's rank, as NumPy).
    pub fn expand_dims<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let k = axis(ax, S::RANK + 1)?;
        let mut out = Build::new();
        for j in 0..=S::RANK {
            if j == k {
                out.push(1, 0);
            }
            if j < S::RANK {
                out.push(self.dims.as_ref()[j], self.strides.as_ref()[j]);
            }
        }
        Ok(out.finish(self.ptr))
    }

    /// `squeeze(axis)`: remove one axis, which must have size 1.
    pub fn squeeze_axis<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let k = axis(ax, S::RANK)?;
        let size = self.dims.as_ref()[k];
        if size != 1 {
            return Err(ShapeError::SqueezeNotOne { axis: k, size });
        }
        let mut out = Build::new();
        for j in (0..S::RANK).filter(|j| *j != k) {
            out.push(self.dims.as_ref()[j], self.strides.as_ref()[j]);
        }
        Ok(out.finish(self.ptr))
    }

    /// `squeeze()`: remove every axis whose size is statically 1 (a `Dyn`
    /// axis stays, since the rank must be known at compile time).
    pub fn squeeze_all<S2: Shape>(self) -> RawView<T, S2> {
        let mut out = Build::new();
        for j in 0..S::RANK {
            if S::STATIC_DIMS[j] != Some(1) {
                out.push(self.dims.as_ref()[j], self.strides.as_ref()[j]);
            }
        }
        out.finish(self.ptr)
    }

    /// `reshape(spec)` with at most one `-1`, as a view (NumPy's no-copy rule).
    pub fn reshape<S2: Shape>(self, spec: &[isize]) -> Result<RawView<T, S2>, ShapeError> {
        let mut dims = S2::Index::default();
        crate::strides::infer_reshape(self.len(), spec, dims.as_mut())?;
        let mut strides = S2::Strides::default();
        if !crate::strides::reshape_strides(
            self.dims.as_ref(),
            self.strides.as_ref(),
            dims.as_ref(),
            strides.as_mut(),
        ) {
            return Err(ShapeError::ReshapeNeedsCopy);
        }
        Ok(RawView {
            ptr: self.ptr,
            dims,
            strides,
        })
    }

    /// `ravel()`: a 1-D view of a contiguous view.
    pub fn ravel<S2: Shape>(self) -> Result<RawView<T, S2>, ShapeError> {
        self.reshape(&[-1])
    }
}
