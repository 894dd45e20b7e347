//! The stride facts every operation shares, as plain functions on slices of
//! dims and strides: C strides, NumPy's contiguity flag, the element count.
//! Each operation's own rule lives in its file under `ops/`; the property
//! tests compare these with a direct transcription of NumPy's rules.
//! Strides are in elements here; `byte_strides()` multiplies by the item size.

/// C (row-major) strides for `dims`, in elements: `stride[i] = prod(dims[i+1..])`,
/// with zero-size dims counted as 1 in the product (as NumPy does).
///
/// ```
/// let mut s = [0isize; 3];
/// ndview::__private::c_strides(&[2, 3, 4], &mut s);
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
/// use ndview::__private::is_c_contiguous;
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
/// assert_eq!(ndview::__private::element_count(&[3, 4]), Some(12));
/// assert_eq!(ndview::__private::element_count(&[1 << 40, 1 << 40]), None);
/// ```
#[inline]
pub fn element_count(dims: &[usize]) -> Option<usize> {
    dims.iter().try_fold(1usize, |acc, d| acc.checked_mul(*d))
}
