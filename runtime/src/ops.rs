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
///
/// ```
/// use ndview::ops::IndexItem;
/// use ndview::prelude::*;
/// use ndview::Viewable;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// // a[-1, ::2]
/// let items = [IndexItem::Int(-1), IndexItem::Slice(None, None, 2)];
/// let r = a.raw_view().index::<shape![2]>(&items).unwrap();
/// assert_eq!(r.strides(), &[2]);
/// ```
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

#[inline]
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
    #[inline]
    fn new() -> Self {
        Build {
            dims: [0; MAX_RANK],
            strides: [0; MAX_RANK],
            len: 0,
        }
    }
    #[inline]
    fn push(&mut self, d: usize, s: isize) {
        assert!(
            self.len < MAX_RANK,
            "nd!: results of rank above {MAX_RANK} are not supported"
        );
        self.dims[self.len] = d;
        self.strides[self.len] = s;
        self.len += 1;
    }
    #[inline]
    fn finish<T, S2: Shape>(&self, ptr: *mut T) -> RawView<T, S2> {
        RawView::<T, S2>::with_parts::<S2>(ptr, &self.dims[..self.len], &self.strides[..self.len])
    }
}

impl<T, S: Shape> RawView<T, S> {
    /// NumPy basic indexing: integers, slices, new axes, one ellipsis.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// use ndview::ops::IndexItem::{Ellipsis, Int, NewAxis};
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// // a[None, ..., 1]
    /// let r = a.raw_view().index::<shape![1, 3]>(&[NewAxis, Ellipsis, Int(1)]).unwrap();
    /// assert_eq!((r.dims(), r.strides()), (&[1, 3][..], &[0, 4][..]));
    /// let err = a.raw_view().index::<shape![4]>(&[Int(3)]).err().unwrap();
    /// assert_eq!(err.to_string(), "index 3 is out of bounds for axis 0 with size 3");
    /// ```
    #[inline]
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
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let x = Array::<i64, shape![5, 7, 6]>::arange();
    /// let y = x.raw_view().permute::<shape![6, 5, 7]>(&[2, 0, 1]).unwrap();
    /// assert_eq!(y.strides(), &[1, 42, 6]);
    /// ```
    #[inline]
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
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(a.raw_view().reverse_axes::<shape![4, 3]>().strides(), &[1, 4]);
    /// ```
    #[inline]
    pub fn reverse_axes<S2: Shape>(self) -> RawView<T, S2> {
        let mut out = Build::new();
        for k in (0..S::RANK).rev() {
            out.push(self.dims.as_ref()[k], self.strides.as_ref()[k]);
        }
        out.finish(self.ptr)
    }

    /// `swapaxes(i, j)`.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let x = Array::<i64, shape![2, 3, 4]>::arange();
    /// let s = x.raw_view().swapaxes::<shape![4, 3, 2]>(0, -1).unwrap();
    /// assert_eq!(s.strides(), &[1, 4, 12]);
    /// ```
    #[inline]
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
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let x = Array::<i64, shape![2, 3, 4]>::arange();
    /// let m = x.raw_view().moveaxis::<shape![3, 4, 2]>(0, -1).unwrap();
    /// assert_eq!(m.strides(), &[4, 1, 12]);
    /// ```
    #[inline]
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
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(a.raw_view().flip::<shape![3, 4]>(0).unwrap().strides(), &[-4, 1]);
    /// ```
    #[inline]
    pub fn flip<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let k = axis(ax, S::RANK)?;
        let mut items = [IndexItem::Slice(None, None, 1); MAX_RANK];
        items[k] = IndexItem::Slice(None, None, -1);
        self.index(&items[..S::RANK])
    }

    /// `expand_dims(axis)`: a new length-1 axis at `axis` of the result
    /// (negative counts in the result's rank, as NumPy).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// let e = a.raw_view().expand_dims::<shape![3, 4, 1]>(-1).unwrap();
    /// assert_eq!(e.dims(), &[3, 4, 1]);
    /// ```
    #[inline]
    pub fn expand_dims<S2: Shape>(self, ax: isize) -> Result<RawView<T, S2>, ShapeError> {
        let dims = self.expanded_dims::<S2>(ax)?;
        // NumPy's expand_dims is a reshape, so the new axis gets the stride a
        // reshape gives it (`dim * stride` of the axis after it, or the last
        // stride at the end): np.expand_dims(arange(12).reshape(3, 4), 1) has
        // byte strides (32, 32, 8). Inserting a length-1 axis never needs a copy.
        let mut strides = S2::Strides::default();
        let viewable = crate::strides::reshape_strides(
            self.dims.as_ref(),
            self.strides.as_ref(),
            dims.as_ref(),
            strides.as_mut(),
        );
        debug_assert!(viewable, "inserting a length-1 axis is always a view");
        Ok(RawView {
            ptr: self.ptr,
            dims,
            strides,
        })
    }

    /// `expand_dims(axis)` of a view typed [`C`](crate::C): the reshape
    /// strides of a contiguous view are its fresh C strides.
    #[inline]
    pub(crate) fn expand_dims_contiguous<S2: Shape>(
        self,
        ax: isize,
    ) -> Result<RawView<T, S2>, ShapeError> {
        Ok(self.with_c_strides(self.expanded_dims::<S2>(ax)?))
    }

    /// The same first element under `dims` with fresh C strides.
    #[inline]
    fn with_c_strides<S2: Shape>(&self, dims: S2::Index) -> RawView<T, S2> {
        let mut strides = S2::Strides::default();
        crate::strides::c_strides(dims.as_ref(), strides.as_mut());
        RawView {
            ptr: self.ptr,
            dims,
            strides,
        }
    }

    #[inline]
    fn expanded_dims<S2: Shape>(&self, ax: isize) -> Result<S2::Index, ShapeError> {
        let k = axis(ax, S::RANK + 1)?;
        let mut dims = S2::Index::default();
        for (j, d) in dims.as_mut().iter_mut().enumerate() {
            *d = match j.cmp(&k) {
                core::cmp::Ordering::Less => self.dims.as_ref()[j],
                core::cmp::Ordering::Equal => 1,
                core::cmp::Ordering::Greater => self.dims.as_ref()[j - 1],
            };
        }
        Ok(dims)
    }

    /// `squeeze(axis)`: remove one axis, which must have size 1.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 1]>::arange();
    /// assert_eq!(a.raw_view().squeeze_axis::<shape![3]>(1).unwrap().dims(), &[3]);
    /// assert!(a.raw_view().squeeze_axis::<shape![1]>(0).is_err());
    /// ```
    #[inline]
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
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![1, 3, 1]>::arange();
    /// assert_eq!(a.raw_view().squeeze_all::<shape![3]>().dims(), &[3]);
    /// ```
    #[inline]
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
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// let r = a.raw_view().reshape::<shape![6, 2]>(&[6, -1]).unwrap();
    /// assert_eq!(r.strides(), &[2, 1]);
    /// // a transposed view cannot be flattened without a copy
    /// let t = nd!(a.T).raw_view();
    /// assert!(t.reshape::<shape![12]>(&[12]).is_err());
    /// ```
    #[inline]
    pub fn reshape<S2: Shape>(self, spec: &[isize]) -> Result<RawView<T, S2>, ShapeError> {
        let dims = self.reshape_dims::<S2>(spec)?;
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

    /// The dims a reshape to `spec` gives. When both shapes are fully static
    /// the compiler has already proved the element counts equal, and the dims
    /// are the type's constants.
    #[inline]
    fn reshape_dims<S2: Shape>(&self, spec: &[isize]) -> Result<S2::Index, ShapeError> {
        let mut dims = S2::Index::default();
        if !crate::shape::has_dyn::<S>() && !crate::shape::has_dyn::<S2>() {
            for (d, s) in dims.as_mut().iter_mut().zip(S2::STATIC_DIMS) {
                *d = s.unwrap_or(0);
            }
        } else {
            crate::strides::infer_reshape(self.len(), spec, dims.as_mut())?;
        }
        Ok(dims)
    }

    /// `reshape(spec)` of a view whose type proves it C-contiguous: fresh C
    /// strides, with no stride analysis (what NumPy does for contiguous
    /// arrays too).
    ///
    /// Only for views typed [`C`](crate::C): the layout marker's invariant is
    /// what makes the C strides address the same elements.
    #[inline]
    pub(crate) fn reshape_contiguous<S2: Shape>(
        self,
        spec: &[isize],
    ) -> Result<RawView<T, S2>, ShapeError> {
        Ok(self.with_c_strides(self.reshape_dims::<S2>(spec)?))
    }

    /// `ravel()`: a 1-D view of a contiguous view.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(nd!(a[1:]).raw_view().ravel::<shape![8]>().unwrap().dims(), &[8]);
    /// ```
    #[inline]
    pub fn ravel<S2: Shape>(self) -> Result<RawView<T, S2>, ShapeError> {
        self.reshape(&[-1])
    }

    /// `broadcast_to(target)`, NumPy's rule: axes aligned from the right keep
    /// their stride when the sizes are equal, get stride 0 when the view's
    /// size is 1; the target's extra leading axes get stride 0.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let row = Array::<i64, shape![1, 4]>::arange();
    /// let b = row.raw_view().broadcast_to::<shape![2, 3, 4]>(&[2, 3, 4]).unwrap();
    /// assert_eq!(b.strides(), &[0, 0, 1]);
    /// assert!(row.raw_view().broadcast_to::<shape![3, 5]>(&[3, 5]).is_err());
    /// ```
    #[inline]
    pub fn broadcast_to<S2: Shape>(self, target: &[isize]) -> Result<RawView<T, S2>, ShapeError> {
        if let Some(&value) = target.iter().find(|t| **t < 0) {
            return Err(ShapeError::NegativeDim { value });
        }
        let mismatch = || ShapeError::BroadcastMismatch {
            from: crate::error::DimList::from_dims(self.dims.as_ref()),
            to: crate::error::DimList::from_signed(target),
        };
        let lead = target.len().checked_sub(S::RANK).ok_or_else(mismatch)?;
        let mut out = Build::new();
        for (j, &t) in target.iter().enumerate() {
            let t = t as usize;
            if j < lead {
                out.push(t, 0);
                continue;
            }
            let (d, s) = (
                self.dims.as_ref()[j - lead],
                self.strides.as_ref()[j - lead],
            );
            if d == t {
                out.push(t, s);
            } else if d == 1 {
                out.push(t, 0);
            } else {
                return Err(mismatch());
            }
        }
        Ok(out.finish(self.ptr))
    }
}

pub mod as_strided;
pub mod broadcast_arrays;
pub mod sliding_window;
