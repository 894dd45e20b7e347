//! NumPy's stride rules as plain functions on slices of dims and strides.
//!
//! Every view operation of `nd!` ends in one of these functions, and the
//! property tests compare them with a direct transcription of NumPy's rules.
//! Strides are in elements here; `byte_strides()` multiplies by the item size.

use crate::error::ShapeError;

/// C (row-major) strides for `dims`, in elements: `stride[i] = prod(dims[i+1..])`,
/// with zero-size dims counted as 1 in the product (as NumPy does).
///
/// ```
/// let mut s = [0isize; 3];
/// ndview::strides::c_strides(&[2, 3, 4], &mut s);
/// assert_eq!(s, [12, 4, 1]);
/// ```
#[inline]
pub fn c_strides(dims: &[usize], out: &mut [isize]) {
    let mut acc: isize = 1;
    for (d, s) in dims.iter().zip(out.iter_mut()).rev() {
        *s = acc;
        acc = acc.wrapping_mul((*d).max(1) as isize);
    }
}

/// NumPy's C-contiguity flag: true for any array with a zero dim; otherwise,
/// skipping length-1 axes, each stride equals the product of the dims to its right.
///
/// ```
/// use ndview::strides::is_c_contiguous;
/// assert!(is_c_contiguous(&[3, 4], &[4, 1]));
/// assert!(!is_c_contiguous(&[3, 4], &[1, 3]));
/// assert!(is_c_contiguous(&[3, 1, 4], &[4, 99, 1])); // size-1 axes are ignored
/// assert!(is_c_contiguous(&[0, 4], &[1, 7]));        // empty arrays are contiguous
/// ```
#[inline]
pub fn is_c_contiguous(dims: &[usize], strides: &[isize]) -> bool {
    if dims.contains(&0) {
        return true;
    }
    let mut expected: isize = 1;
    for (d, s) in dims.iter().zip(strides).rev() {
        if *d == 1 {
            continue;
        }
        if *s != expected {
            return false;
        }
        expected *= *d as isize;
    }
    true
}

/// The number of elements of `dims`, `None` on overflow.
///
/// ```
/// assert_eq!(ndview::strides::element_count(&[3, 4]), Some(12));
/// assert_eq!(ndview::strides::element_count(&[1 << 40, 1 << 40]), None);
/// ```
#[inline]
pub fn element_count(dims: &[usize]) -> Option<usize> {
    dims.iter().try_fold(1usize, |acc, d| acc.checked_mul(*d))
}

/// An integer index `i` on an axis of length `n`, NumPy style: `-n <= i < n`,
/// negative counting from the end. Returns the position in `0..n`.
///
/// ```
/// use ndview::strides::normalize_index;
/// assert_eq!(normalize_index(-1, 4), Some(3));
/// assert_eq!(normalize_index(4, 4), None);
/// ```
#[inline]
pub fn normalize_index(i: isize, n: usize) -> Option<usize> {
    let n = n as isize;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

/// The result of `start:stop:step` on one axis: the first element taken and
/// how many are taken.
///
/// ```
/// use ndview::strides::{slice_axis, AxisSlice};
/// // np.arange(10)[::-1] starts at 9 and takes 10
/// assert_eq!(slice_axis(10, None, None, -1).unwrap(), AxisSlice { start: 9, len: 10, step: -1 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AxisSlice {
    /// First index taken (0 when `len == 0`, as NumPy leaves the offset alone).
    pub start: usize,
    /// Number of elements taken.
    pub len: usize,
    /// The step (never 0). When `len == 0` NumPy keeps the old stride: see
    /// [`AxisSlice::stride_factor`].
    pub step: isize,
}

impl AxisSlice {
    /// The factor the axis stride is multiplied by: the step, or 1 for an
    /// empty result (NumPy leaves offset and stride unchanged then).
    ///
    /// ```
    /// use ndview::strides::slice_axis;
    /// assert_eq!(slice_axis(10, Some(1), None, 3).unwrap().stride_factor(), 3);
    /// assert_eq!(slice_axis(10, Some(2), Some(8), -1).unwrap().stride_factor(), 1);
    /// ```
    #[inline]
    pub fn stride_factor(&self) -> isize {
        if self.len == 0 {
            1
        } else {
            self.step
        }
    }
}

/// NumPy's `PySlice_AdjustIndices` followed by the length rule: clamp `start`
/// and `stop` into the axis, default them by the sign of `step`, count the
/// elements taken.
///
/// ```
/// use ndview::strides::slice_axis;
/// // x = np.arange(10); x[20:-20:-3] is [9, 6, 3, 0]
/// let s = slice_axis(10, Some(20), Some(-20), -3).unwrap();
/// assert_eq!((s.start, s.len), (9, 4));
/// // x[2:8:-1] is empty
/// assert_eq!(slice_axis(10, Some(2), Some(8), -1).unwrap().len, 0);
/// ```
#[inline]
pub fn slice_axis(
    n: usize,
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
) -> Result<AxisSlice, ShapeError> {
    if step == 0 {
        return Err(ShapeError::ZeroStep);
    }
    let n = n as isize;
    let clamp = |x: isize| -> isize {
        let mut x = x;
        if x < 0 {
            x += n;
            if x < 0 {
                x = if step < 0 { -1 } else { 0 };
            }
        } else if x >= n {
            x = if step < 0 { n - 1 } else { n };
        }
        x
    };
    let start = match start {
        Some(s) => clamp(s),
        None if step < 0 => n - 1,
        None => 0,
    };
    let stop = match stop {
        Some(s) => clamp(s),
        None if step < 0 => -1,
        None => n,
    };
    let len = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(if len == 0 {
        AxisSlice {
            start: 0,
            len: 0,
            step,
        }
    } else {
        AxisSlice {
            start: start as usize,
            len: len as usize,
            step,
        }
    })
}

/// NumPy's no-copy reshape (`_attempt_nocopy_reshape`): strides for `new_dims`
/// that address the same elements in the same C order as `(dims, strides)`, or
/// `None` when that needs a copy. Element counts must already agree.
///
/// ```
/// use ndview::strides::reshape_strides;
/// let mut out = [0isize; 2];
/// // arange(24).reshape(2,3,4)[:, :, ::2] -> reshape(6, 2) is a view
/// assert!(reshape_strides(&[2, 3, 2], &[12, 4, 2], &[6, 2], &mut out));
/// assert_eq!(out, [4, 2]);
/// // a transposed (3, 4) array cannot be flattened without a copy
/// let mut flat = [0isize; 1];
/// assert!(!reshape_strides(&[4, 3], &[1, 4], &[12], &mut flat));
/// ```
#[inline]
pub fn reshape_strides(
    dims: &[usize],
    strides: &[isize],
    new_dims: &[usize],
    out: &mut [isize],
) -> bool {
    debug_assert_eq!(element_count(dims), element_count(new_dims));
    if dims.contains(&0) || is_c_contiguous(dims, strides) {
        // Empty or contiguous: fresh C strides (scaled by the last stride is not
        // needed: contiguous means unit innermost stride).
        c_strides(new_dims, out);
        return true;
    }
    // Drop length-1 axes of the source.
    let mut od = [0usize; 64];
    let mut os = [0isize; 64];
    let mut oi = 0;
    for (d, s) in dims.iter().zip(strides) {
        if *d != 1 {
            od[oi] = *d;
            os[oi] = *s;
            oi += 1;
        }
    }
    let (od, os) = (&od[..oi], &os[..oi]);
    let nn = new_dims.len();
    let (mut oi, mut oj) = (0usize, 1usize);
    let (mut ni, mut nj) = (0usize, 1usize);
    while ni < nn && oi < od.len() {
        let mut np = new_dims[ni];
        let mut op = od[oi];
        while np != op {
            if np < op {
                np *= new_dims[nj];
                nj += 1;
            } else {
                op *= od[oj];
                oj += 1;
            }
        }
        // The merged old axes must be contiguous with each other.
        for ok in oi..oj - 1 {
            if os[ok] != od[ok + 1] as isize * os[ok + 1] {
                return false;
            }
        }
        // New strides, right to left, from the last old stride of the group.
        out[nj - 1] = os[oj - 1];
        for nk in (ni + 1..nj).rev() {
            out[nk - 1] = out[nk] * new_dims[nk] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // Trailing new length-1 axes take the last stride (any stride would do).
    let last = if ni >= 1 { out[ni - 1] } else { 1 };
    for s in out.iter_mut().take(nn).skip(ni) {
        *s = last;
    }
    true
}

/// Resolve a reshape target with at most one `-1` against `len` elements.
///
/// ```
/// use ndview::strides::infer_reshape;
/// let mut out = [0usize; 2];
/// infer_reshape(12, &[-1, 4], &mut out).unwrap();
/// assert_eq!(out, [3, 4]);
/// assert!(infer_reshape(12, &[5, -1], &mut out).is_err());
/// ```
#[inline]
pub fn infer_reshape(len: usize, spec: &[isize], out: &mut [usize]) -> Result<(), ShapeError> {
    let mut known: usize = 1;
    let mut unknown = None;
    for (k, (&d, o)) in spec.iter().zip(out.iter_mut()).enumerate() {
        if d < 0 {
            if d != -1 || unknown.is_some() {
                return Err(ShapeError::BadReshapeSpec { value: d });
            }
            unknown = Some(k);
        } else {
            *o = d as usize;
            known = known.checked_mul(d as usize).ok_or(ShapeError::Overflow)?;
        }
    }
    let ok = match unknown {
        Some(k) => {
            if known != 0 && len % known == 0 {
                out[k] = len / known;
                true
            } else {
                false
            }
        }
        None => known == len,
    };
    if ok {
        Ok(())
    } else {
        Err(ShapeError::ReshapeCount {
            from: len,
            to: crate::error::DimList::from_signed(spec),
        })
    }
}
