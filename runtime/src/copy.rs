//! The explicit-copy kernels: gather a strided view into C order.

use crate::raw::RawView;
use crate::shape::Shape;

/// The elements of `raw` in logical C order.
pub(crate) fn to_vec<T: Clone, S: Shape>(raw: &RawView<T, S>) -> Vec<T> {
    if raw.is_empty() {
        return Vec::new();
    }
    if crate::strides::is_c_contiguous(raw.dims(), raw.strides()) {
        // SAFETY: contiguous: `len` elements in one run from `ptr`, live for
        // the borrow the caller holds.
        return unsafe { core::slice::from_raw_parts(raw.ptr, raw.len()) }.to_vec();
    }
    let mut out = Vec::with_capacity(raw.len());
    for off in crate::iter::Odometer::new(raw) {
        // SAFETY: in-bounds offsets of a live view.
        out.push(unsafe { &*raw.ptr.offset(off) }.clone());
    }
    out
}
