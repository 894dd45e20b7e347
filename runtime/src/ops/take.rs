//! `take([i, ...])` and `take([i, ...], axis = k)`: NumPy's `np.take`, an
//! explicit copy that gathers elements (or sub-arrays along one axis) by
//! index. The gather kernels ([`take_flat`], [`take_axis`]), the compile-time
//! bound checks of literal indices ([`TakeInBounds`], [`TakeAxisInBounds`])
//! and the window of the axis form ([`TakeAxes`]).

use crate::array::Array;
use crate::axis::normalize_axis;
use crate::error::ShapeError;
use crate::ops::index::normalize_index;
use crate::shape::Shape;
use crate::view::iter::for_each_offset;
use crate::view::NdView;
use typenum::B1;

/// `take([i, ...])`: gather from the flattened view (NumPy's `np.take` without `axis`).
pub fn take_flat<V: NdView, S2: Shape>(
    v: V,
    idx: &[isize],
) -> Result<Array<V::Elem, S2>, ShapeError>
where
    V::Elem: Clone,
{
    let raw = v.into_raw();
    let n = raw.len();
    let position = |i: isize| {
        normalize_index(i, n).ok_or(ShapeError::IndexOutOfBounds {
            index: i,
            axis: 0,
            size: n,
        })
    };
    // Check every index before cloning anything; then one allocation.
    for &i in idx {
        position(i)?;
    }
    let mut data = crate::alloc::vec_with_capacity(idx.len());
    for &i in idx {
        let offset = crate::copy::flat_offset(&raw, position(i)?);
        // SAFETY: the offset of a flat position below `len` of this live view.
        data.push(unsafe { &*raw.ptr.offset(offset) }.clone());
    }
    let mut dims = S2::Index::default();
    dims.as_mut()[0] = idx.len();
    Ok(Array::from_parts(data, dims))
}

/// `take([i, ...], axis = k)`: gather whole sub-arrays along one axis.
pub fn take_axis<V: NdView, S2: Shape>(
    v: V,
    idx: &[isize],
    axis: isize,
) -> Result<Array<V::Elem, S2>, ShapeError>
where
    V::Elem: Clone,
{
    let raw = v.into_raw();
    let rank = <V::Shape as Shape>::RANK;
    let ax = normalize_axis(axis, rank)?;
    let size = raw.dims()[ax];
    let mut dims = S2::Index::default();
    dims.as_mut().copy_from_slice(raw.dims());
    dims.as_mut()[ax] = idx.len();
    let mut positions = Vec::with_capacity(idx.len());
    for &i in idx {
        positions.push(
            normalize_index(i, size).ok_or(ShapeError::IndexOutOfBounds {
                index: i,
                axis: ax,
                size,
            })?,
        );
    }
    // For each index over the axes before `ax`, and each position taken on
    // `ax`, the block of the axes after `ax` is appended in C order by the
    // copy engine.
    let total: usize = dims.as_ref().iter().product();
    let mut data = crate::alloc::vec_with_capacity(total);
    let (dims_in, strides) = (raw.dims(), raw.strides());
    if total > 0 {
        for_each_offset(&dims_in[..ax], &strides[..ax], |outer| {
            for &p in &positions {
                let block = raw.ptr.wrapping_offset(outer + p as isize * strides[ax]);
                // SAFETY: `p` is in bounds on `ax` and `outer` is the offset
                // of an in-bounds index over the axes before it, so the
                // block is part of the live source view.
                unsafe {
                    crate::copy::extend(&mut data, block, &dims_in[ax + 1..], &strides[ax + 1..])
                };
            }
        });
    }
    Ok(Array::from_parts(data, dims))
}

/// A literal `take` index inside the flattened view.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a.take([12])); // nd!: take index 12 is out of bounds for the flattened view, of size (_1, _2)
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: take index {INDEX} is out of bounds for the flattened view, of size {Size}",
    label = "index out of bounds",
    note = "valid indices are -n..n for size n; sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait TakeInBounds<const INDEX: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const INDEX: i64, Size> TakeInBounds<INDEX, Size> for B1 {}

/// A literal `take(.., axis = AXIS)` index inside that axis.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a.take([4], axis = 1)); // nd!: take index 4 is out of bounds for axis 1, of size _4
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: take index {INDEX} is out of bounds for axis {AXIS}, of size {Size}",
    label = "index out of bounds",
    note = "valid indices are -n..n for size n; sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait TakeAxisInBounds<const INDEX: i64, const AXIS: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const INDEX: i64, const AXIS: i64, Size> TakeAxisInBounds<INDEX, AXIS, Size> for B1 {}

crate::window::window_op!(
    /// The window of `take([..], axis = A)`.
    ///
    /// ```
    /// use core::marker::PhantomData as P;
    /// use ndview::prelude::*;
    /// use ndview::typenum::{U0, U1};
    /// use ndview::__private::TakeAxes;
    /// let _: P<<shape![2, 3] as TakeAxes<U0, U1, 1, { -1 }>>::Mid> = P::<shape![2]>;
    /// ```
    TakeAxes [A: i64] "nd!: take(..., axis = {A}) needs a view with at least {N} axes"
);
