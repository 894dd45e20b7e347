//! Fresh buffers for copies: `Vec::with_capacity`, plus, on Linux, a request
//! for transparent huge pages when the buffer is large (as NumPy does).
//!
//! A fresh buffer is memory the kernel has not handed out yet: every 4 KiB
//! page faults on its first write. For a 192 MiB copy that is about 49,000
//! faults, several times the cost of the copy itself (see BENCHMARKS.md).
//! With `madvise(MADV_HUGEPAGE)` (this machine's THP mode is `madvise`, the
//! common default) the same buffer takes about 100 faults of 2 MiB. Small
//! buffers are left alone: below [`HUGE_PAGE_THRESHOLD`] the system call
//! would cost more than it saves.
//!
//! The buffers are returned empty (length 0) and are filled in place by the
//! copy engine, never zeroed first.

/// Buffers of at least this many bytes ask for huge pages (NumPy's
/// threshold, 4 MiB: two huge pages).
pub(crate) const HUGE_PAGE_THRESHOLD: usize = 4 << 20;

/// An empty `Vec` with room for `n` elements; when it spans at least
/// [`HUGE_PAGE_THRESHOLD`] bytes, its 2 MiB-aligned part is advised to use
/// transparent huge pages (Linux only; elsewhere a plain allocation).
pub(crate) fn vec_with_capacity<T>(n: usize) -> Vec<T> {
    let v: Vec<T> = Vec::with_capacity(n);
    let bytes = n.saturating_mul(core::mem::size_of::<T>());
    if bytes >= HUGE_PAGE_THRESHOLD {
        advise_huge_pages(v.as_ptr().cast::<u8>(), bytes);
    }
    v
}

/// Size of a transparent huge page on x86-64 and most aarch64 kernels.
#[cfg(target_os = "linux")]
const HUGE_PAGE: usize = 2 << 20;

/// Ask the kernel to back the whole 2 MiB pages inside `ptr..ptr + bytes`
/// with huge pages. Returns whether a range was advised (and the call
/// succeeded); a refusal only costs the speed-up.
#[cfg(target_os = "linux")]
pub(crate) fn advise_huge_pages(ptr: *const u8, bytes: usize) -> bool {
    let start = (ptr as usize).next_multiple_of(HUGE_PAGE);
    let end = (ptr as usize).saturating_add(bytes) & !(HUGE_PAGE - 1);
    if start >= end {
        return false;
    }
    // MADV_HUGEPAGE is only a hint about how to back those pages: it changes
    // neither their contents nor which addresses are valid.
    // SAFETY: `start..end` is page-aligned and inside the caller's allocation
    // of `bytes` bytes at `ptr` (both ends rounded inwards).
    let rc = unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) };
    rc == 0
}

/// Other platforms: plain allocation, nothing to advise.
#[cfg(not(target_os = "linux"))]
pub(crate) fn advise_huge_pages(_ptr: *const u8, _bytes: usize) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_buffers_are_not_advised() {
        let v: Vec<u8> = vec_with_capacity(HUGE_PAGE_THRESHOLD - 1);
        assert!(v.capacity() >= HUGE_PAGE_THRESHOLD - 1);
        assert!(v.is_empty());
        // Below two huge pages there may be no whole aligned huge page.
        let empty: Vec<f64> = vec_with_capacity(0);
        assert_eq!(empty.len(), 0);
        assert!(!advise_huge_pages(empty.as_ptr().cast(), 0));
    }

    #[test]
    fn large_buffers_are_advised_on_linux() {
        // 4 MiB always contains at least one whole 2 MiB-aligned page.
        let mut v: Vec<u32> = vec_with_capacity(HUGE_PAGE_THRESHOLD / 4);
        let advised = advise_huge_pages(v.as_ptr().cast(), HUGE_PAGE_THRESHOLD);
        assert_eq!(advised, cfg!(target_os = "linux"));
        // The advised buffer is ordinary memory: write it all and read it back.
        v.extend(0..(HUGE_PAGE_THRESHOLD / 4) as u32);
        assert_eq!(v[12345], 12345);
        assert_eq!(
            v.last().copied(),
            Some((HUGE_PAGE_THRESHOLD / 4 - 1) as u32)
        );
    }

    #[test]
    fn zero_sized_elements_never_advise() {
        let v: Vec<()> = vec_with_capacity(usize::MAX);
        assert!(v.is_empty());
    }
}
