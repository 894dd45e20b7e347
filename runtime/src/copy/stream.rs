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
//! Only whole 64-byte lines are streamed ([`bytes`]); a destination written
//! front to back in pieces (the runs of a copy) goes through [`Lines`],
//! which gathers the bytes of a line split between two pieces first.
//!
//! On the generic path elements are never copied bitwise from the source:
//! the engine clones them into a small buffer ([`Buf`], in L1), and only
//! that buffer's bytes are moved to the destination (a move of values
//! already cloned, then forgotten). The primitives (`copy/bits.rs`), whose
//! clone is a copy of their bytes, are streamed straight from the source.
//! The byte copy is inline assembly, which like `memcpy` may carry
//! uninitialised padding bytes along; typed SIMD loads could not.

use core::mem::{align_of, needs_drop, size_of, MaybeUninit};

/// Destinations of at least this many bytes are written with non-temporal
/// stores. Chosen as half the L3 of the first machine of BENCHMARKS.md (32
/// MiB); on the second (480 MiB of L3) staged, streamed tiles still beat
/// plain stores at 16 MiB by far (`u8` `(4096, 4096)` `.T` 4.6x against
/// 7.0x the `copy_from_slice` limit; probably also because the staging
/// buffer keeps the tile's far-apart destination rows out of the cache).
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
/// the write-combining buffer partly filled, and the partial line is then
/// written out as a partial write (the memory side has to merge it). Measured (BENCHMARKS.md): a `u8`
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
        // SAFETY: `lines` whole lines from `head`, inside both ranges; the
        // destination is line-aligned there.
        unsafe { whole_lines(dst.add(head), src.add(head), lines) };
        // SAFETY: the last `len - done` bytes, inside both ranges.
        unsafe { core::ptr::copy_nonoverlapping(src.add(done), dst.add(done), len - done) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    // SAFETY: caller's contract.
    unsafe {
        core::ptr::copy_nonoverlapping(src, dst, len)
    };
}

/// Copies `lines` 64-byte lines from `src` (any alignment) to `dst` with
/// non-temporal stores (plain copies off x86-64).
///
/// # Safety
/// `dst` is 64-byte aligned and valid for writes of `64 * lines` bytes,
/// `src` for reads of as many, not overlapping.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
unsafe fn whole_lines(dst: *mut u8, src: *const u8, lines: usize) {
    // SAFETY: caller's contract.
    unsafe { core::ptr::copy_nonoverlapping(src, dst, lines * LINE) };
}

/// See the portable version above.
///
/// # Safety
/// As there.
#[cfg(target_arch = "x86_64")]
#[inline]
unsafe fn whole_lines(dst: *mut u8, src: *const u8, lines: usize) {
    if lines == 0 {
        return;
    }
    // The loop touches no other memory and no stack, and leaves every
    // register but its operands intact.
    // SAFETY: caller's contract (16-byte alignment is what `movntdq` needs).
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
            s = inout(reg) src => _,
            d = inout(reg) dst => _,
            n = inout(reg) lines => _,
            a = out(xmm_reg) _,
            b = out(xmm_reg) _,
            options(nostack),
        );
    }
}

/// A destination written front to back in pieces of any length (the runs of
/// a copy whose destination is one contiguous block walked in order): the
/// bytes of each cache line are gathered, in a line-sized buffer when a
/// piece ends inside a line, and every whole line is written with
/// non-temporal stores as a whole. Only the partial lines at the very start
/// and end of the block are written with plain stores.
///
/// Per-piece streaming ([`bytes`] on each run) writes the partial lines at
/// both ends of every run with plain stores, and each of those has to read
/// its line from memory first (later stores queue behind it, presumably): a
/// `(256, 512, 384)` `f32` `x[:, ::-1]` has a run boundary every 1536 bytes.
/// Measured with a scratch program: runs of 384 `f32` copied one `memcpy`
/// each 2.8x the one-`memcpy` limit, streamed per run 1.9x, through this
/// writer 1.15x.
pub(super) struct Lines {
    /// The next destination byte.
    at: *mut u8,
    /// Bytes still to write before `at` reaches the first line boundary.
    head: usize,
    /// The line being gathered (it starts at `at`, which is then aligned).
    line: LineBuf,
    /// Bytes of `line` gathered so far.
    filled: usize,
}

#[repr(C, align(64))]
struct LineBuf([MaybeUninit<u8>; LINE]);

impl Lines {
    /// A writer starting at `dst`.
    pub(super) fn new(dst: *mut u8) -> Lines {
        Lines {
            at: dst,
            head: to_next_line(dst),
            line: LineBuf([MaybeUninit::uninit(); LINE]),
            filled: 0,
        }
    }

    /// Appends `len` bytes from `src`.
    ///
    /// # Safety
    /// `src` is valid for reads of `len` bytes; the next `len` bytes of the
    /// destination (from where the last piece ended) are valid for writes
    /// and do not overlap `src`.
    pub(super) unsafe fn write(&mut self, mut src: *const u8, mut len: usize) {
        if self.head > 0 {
            let k = self.head.min(len);
            // SAFETY: the first `k` bytes of the piece (caller's contract).
            unsafe { core::ptr::copy_nonoverlapping(src, self.at, k) };
            (self.at, self.head) = (self.at.wrapping_add(k), self.head - k);
            (src, len) = (src.wrapping_add(k), len - k);
        }
        if self.filled > 0 {
            let k = (LINE - self.filled).min(len);
            // SAFETY: `k` bytes of the piece into the rest of the line buffer.
            unsafe {
                core::ptr::copy_nonoverlapping(
                    src,
                    self.line.0.as_mut_ptr().add(self.filled).cast(),
                    k,
                )
            };
            self.filled += k;
            (src, len) = (src.wrapping_add(k), len - k);
            if self.filled < LINE {
                return;
            }
            // SAFETY: the whole line at `at` (aligned: `head` is done) is the
            // caller's; the buffer holds its 64 bytes, all written above.
            unsafe { whole_lines(self.at, self.line.0.as_ptr().cast(), 1) };
            (self.at, self.filled) = (self.at.wrapping_add(LINE), 0);
        }
        let lines = len / LINE;
        // SAFETY: `lines` whole lines of the piece; `at` is line-aligned.
        unsafe { whole_lines(self.at, src, lines) };
        self.at = self.at.wrapping_add(lines * LINE);
        let rest = len - lines * LINE;
        // SAFETY: the last `rest < 64` bytes of the piece into the buffer.
        unsafe {
            core::ptr::copy_nonoverlapping(
                src.add(lines * LINE),
                self.line.0.as_mut_ptr().cast(),
                rest,
            )
        };
        self.filled = rest;
    }

    /// Writes the gathered start of the last line (plain stores) and orders
    /// the non-temporal stores before later ones ([`fence`]).
    ///
    /// # Safety
    /// The destination bytes of the gathered part are the caller's (the
    /// contract of [`Lines::write`]).
    pub(super) unsafe fn finish(self) {
        // SAFETY: the `filled` bytes after `at` were passed to `write`.
        unsafe {
            core::ptr::copy_nonoverlapping(self.line.0.as_ptr().cast(), self.at, self.filled)
        };
        fence();
    }
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
