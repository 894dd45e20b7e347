//! Non-temporal ("streaming") stores for large destinations.
//!
//! A plain store to memory that is not in cache first reads the line it
//! writes (a read-for-ownership), so a copy moves three times its size
//! through the memory bus; a non-temporal store writes whole lines without
//! reading them, as `memcpy` does for large copies. That is the difference
//! between a transposed copy at 1.5x and at about 1x the `copy_from_slice`
//! limit. Non-temporal stores also bypass the cache, which is right only
//! when the destination is larger than the cache: below
//! [`STREAM_THRESHOLD`] the engine uses plain stores.
//!
//! Elements are never copied bitwise from the source: the engine clones
//! them into a small buffer ([`Buf`], in L1), and only that buffer's bytes
//! are moved to the destination (a move of values already cloned, then
//! forgotten). The byte copy is inline assembly, which like `memcpy` may
//! carry uninitialised padding bytes along; typed SIMD loads could not.

use core::mem::{align_of, needs_drop, size_of, MaybeUninit};

/// Destinations of at least this many bytes are written with non-temporal
/// stores (half the L3 of the machine in BENCHMARKS.md; glibc's `memcpy`
/// switches at a similar size).
pub(crate) const STREAM_THRESHOLD: usize = 16 << 20;

/// Size of the staging buffer.
pub(super) const BUF_BYTES: usize = 16 * 1024;

/// The staging buffer: cache-line aligned, in L1.
#[repr(C, align(64))]
pub(super) struct Buf(pub(super) [MaybeUninit<u8>; BUF_BYTES]);

impl Buf {
    pub(super) fn new() -> Buf {
        Buf([MaybeUninit::uninit(); BUF_BYTES])
    }
    /// The buffer as room for `T`s (aligned: `T`'s alignment is at most 64,
    /// checked by [`enabled`]).
    pub(super) fn as_mut_ptr<T>(&mut self) -> *mut T {
        self.0.as_mut_ptr().cast()
    }
}

/// Whether a copy writing `bytes` bytes of `T`, staged `per_chunk` elements
/// at a time, streams: on x86-64, for types without drop glue (their old
/// values may be overwritten without being dropped), that fit the buffer.
pub(super) fn enabled<T>(bytes: usize, per_chunk: usize) -> bool {
    cfg!(target_arch = "x86_64")
        && !needs_drop::<T>()
        && size_of::<T>() > 0
        && align_of::<T>() <= 64
        && per_chunk.saturating_mul(size_of::<T>()) <= BUF_BYTES
        && bytes >= STREAM_THRESHOLD
}

/// Copies `len` bytes from `src` to `dst`: the whole 64-byte cache lines
/// of `dst` with non-temporal stores, the partial lines at either end (if
/// `dst` or `dst + len` is not line-aligned) with plain stores. Call
/// [`fence`] before the destination is read or handed on.
///
/// Only whole lines stream: a non-temporal store of part of a line leaves
/// the write-combining buffer half full, and the memory controller then
/// reads the line to merge the write. Measured (BENCHMARKS.md): a `u8`
/// `(4104, 4104)` transpose, whose destination rows are not line-aligned,
/// took 17x the `copy_from_slice` limit when every 16-byte block streamed
/// and 4.4x with partial lines written plainly.
///
/// # Safety
/// `src` is valid for reads and `dst` for writes of `len` bytes, and the
/// ranges do not overlap.
#[inline]
pub(super) unsafe fn bytes(dst: *mut u8, src: *const u8, len: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        let head = dst.align_offset(LINE).min(len);
        let lines = (len - head) / LINE;
        let done = head + lines * LINE;
        // SAFETY: `head <= len` bytes, inside both ranges (caller's contract).
        unsafe { core::ptr::copy_nonoverlapping(src, dst, head) };
        if lines > 0 {
            // The loop touches no other memory and no stack, and leaves every
            // register but its operands intact.
            // SAFETY: `lines` 64-byte lines from `head` lie inside both ranges;
            // the destination lines are 64-byte aligned (16 is what `movntdq`
            // requires).
            unsafe {
                core::arch::asm!(
                    "2:",
                    "movdqu {a}, xmmword ptr [{s}]",
                    "movdqu {b}, xmmword ptr [{s} + 16]",
                    "movntdq xmmword ptr [{d}], {a}",
                    "movntdq xmmword ptr [{d} + 16], {b}",
                    "movdqu {a}, xmmword ptr [{s} + 32]",
                    "movdqu {b}, xmmword ptr [{s} + 48]",
                    "movntdq xmmword ptr [{d} + 32], {a}",
                    "movntdq xmmword ptr [{d} + 48], {b}",
                    "add {s}, 64",
                    "add {d}, 64",
                    "dec {n}",
                    "jnz 2b",
                    s = inout(reg) src.add(head) => _,
                    d = inout(reg) dst.add(head) => _,
                    n = inout(reg) lines => _,
                    a = out(xmm_reg) _,
                    b = out(xmm_reg) _,
                    options(nostack),
                );
            }
        }
        // SAFETY: the last `len - done` bytes, inside both ranges.
        unsafe { core::ptr::copy_nonoverlapping(src.add(done), dst.add(done), len - done) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    // SAFETY: caller's contract.
    unsafe {
        core::ptr::copy_nonoverlapping(src, dst, len)
    };
}

/// A cache line: the unit non-temporal stores are written in.
pub(super) const LINE: usize = 64;

/// How many `T`s `ptr` is past the last cache-line boundary (0 when it is
/// on one, or when that is not a whole number of `T`s).
pub(super) fn past_line<T>(ptr: *const T) -> usize {
    let size = size_of::<T>();
    let past = ptr as usize % LINE;
    if size == 0 || past % size != 0 {
        0
    } else {
        past / size
    }
}

/// How many `T`s from `ptr` to the next cache-line boundary (0 when `ptr`
/// is on one, or when no whole number of `T`s reaches one).
pub(super) fn to_next_line<T>(ptr: *const T) -> usize {
    let size = size_of::<T>();
    let past = ptr as usize % LINE;
    let gap = (LINE - past) % LINE;
    if size == 0 || gap % size != 0 {
        0
    } else {
        gap / size
    }
}

/// Orders the non-temporal stores made so far before any later store
/// (`sfence`): without it another thread, or a later read through a
/// different path, could see the destination before the streamed bytes.
#[inline]
pub(super) fn fence() {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `sfence` only orders stores; it reads and writes no memory
    // and no register.
    unsafe {
        core::arch::asm!("sfence", options(nostack, preserves_flags))
    };
}
