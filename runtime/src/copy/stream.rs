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
//! in pieces (the runs of a copy, in the order the source is read) goes
//! through [`Lines`], which gathers the bytes of a line split between two
//! pieces first.
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

/// A destination written in pieces (the contiguous runs of a copy into one
/// block), in any order: the whole cache lines inside a piece are streamed
/// at once, and the bytes of a line a piece covers only in part are
/// gathered in a small table of partial lines, a line being streamed as a
/// whole once every byte of it has come. Only lines still partial at the
/// end (the block's first and last) or pushed out of a full table are
/// written with plain stores.
///
/// Per-piece streaming ([`bytes`] on each run) writes the partial lines at
/// both ends of every run with plain stores, and each of those has to read
/// its line from memory first (later stores queue behind it, presumably): a
/// `(256, 512, 384)` `f32` `x[:, ::-1]` has a run boundary every 1536 bytes.
/// Measured with a scratch program: runs of 384 `f32` copied one `memcpy`
/// each 2.8x the one-`memcpy` limit, streamed per run 1.9x, through a
/// writer gathering the split lines 1.15x.
///
/// A walk in C order, or with outer axes reversed, keeps a few lines
/// partial at a time (with a reversed axis: the block's first line, the
/// lines shared with the neighbouring blocks along that axis, and the
/// current one), which is what [`PARTIAL_LINES`] allows for; a table that
/// overflows writes its oldest line out with plain stores, so any order of
/// pieces is correct, only slower.
pub(super) struct Lines {
    partial: [Partial; PARTIAL_LINES],
    /// The slot the next new line takes.
    next: usize,
}

/// Room for this many partly gathered lines in a [`Lines`] writer.
const PARTIAL_LINES: usize = 8;

/// A line being gathered.
#[repr(C, align(64))]
struct Partial {
    bytes: [MaybeUninit<u8>; LINE],
    /// The line in the destination; null when the slot is free.
    line: *mut u8,
    /// Which bytes have come (bit `k` for byte `k`).
    have: u64,
}

impl Partial {
    const FREE: Partial = Partial {
        bytes: [MaybeUninit::uninit(); LINE],
        line: core::ptr::null_mut(),
        have: 0,
    };

    /// Writes the bytes gathered so far with plain stores and frees the slot.
    ///
    /// # Safety
    /// The gathered bytes of `line` are the writer's caller's to write.
    unsafe fn write_plain(&mut self) {
        let mut have = self.have;
        while have != 0 {
            let from = have.trailing_zeros() as usize;
            let len = (!(have >> from)).trailing_zeros() as usize;
            // SAFETY: bytes `from..from + len` of the line were gathered
            // (caller's contract for the destination).
            unsafe {
                core::ptr::copy_nonoverlapping(
                    self.bytes.as_ptr().add(from).cast(),
                    self.line.add(from),
                    len,
                )
            };
            have &= !mask(from, len);
        }
        (self.line, self.have) = (core::ptr::null_mut(), 0);
    }
}

/// The bits `from..from + len` of a line's byte mask (`from + len <= 64`).
fn mask(from: usize, len: usize) -> u64 {
    let ones = if len == LINE { !0 } else { (1u64 << len) - 1 };
    ones << from
}

impl Lines {
    /// A writer with no line gathered yet.
    pub(super) fn new() -> Lines {
        Lines {
            partial: [Partial::FREE; PARTIAL_LINES],
            next: 0,
        }
    }

    /// Copies `len` bytes from `src` to `dst`.
    ///
    /// # Safety
    /// `src` is valid for reads of `len` bytes and `dst` for writes of as
    /// many, not overlapping `src`; no two pieces passed to the writer
    /// overlap.
    pub(super) unsafe fn write(&mut self, dst: *mut u8, src: *const u8, len: usize) {
        let head = to_next_line(dst).min(len);
        let lines = (len - head) / LINE;
        let done = head + lines * LINE;
        // SAFETY (all three): parts of the piece (caller's contract); the
        // head and tail each lie within one line, the middle is whole lines
        // from a line boundary.
        unsafe {
            if head > 0 {
                self.gather(dst, src, head);
            }
            whole_lines(dst.add(head), src.add(head), lines);
            if done < len {
                self.gather(dst.add(done), src.add(done), len - done);
            }
        }
    }

    /// Gathers `len` bytes from `src` for `dst..dst + len`, which lie
    /// within one line.
    ///
    /// # Safety
    /// As for [`Lines::write`].
    unsafe fn gather(&mut self, dst: *mut u8, src: *const u8, len: usize) {
        let from = dst as usize % LINE;
        let line = dst.wrapping_sub(from);
        let k = match self.partial.iter().position(|p| p.line == line) {
            Some(k) => k,
            None => {
                // New lines take the slots in turn: a slot is reused as late
                // as possible (taking the first free slot, one written out
                // a moment before, made a `(256, 512, 384)` `f32` flip 1.15x
                // -> 1.5x the limit).
                let k = self.next;
                self.next = (k + 1) % PARTIAL_LINES;
                if !self.partial[k].line.is_null() {
                    // SAFETY: the gathered bytes of the line that had the
                    // slot came through `write` (caller's contract).
                    unsafe { self.partial[k].write_plain() };
                }
                self.partial[k].line = line;
                k
            }
        };
        let p = &mut self.partial[k];
        // SAFETY: `from + len <= 64`: the bytes fit the line buffer.
        unsafe { core::ptr::copy_nonoverlapping(src, p.bytes.as_mut_ptr().add(from).cast(), len) };
        p.have |= mask(from, len);
        if p.have == !0 {
            // SAFETY: the whole line has come through `write` (caller's
            // contract); `line` is line-aligned and the buffer holds its 64
            // bytes.
            unsafe { whole_lines(p.line, p.bytes.as_ptr().cast(), 1) };
            (p.line, p.have) = (core::ptr::null_mut(), 0);
        }
    }

    /// Writes the lines still partial (plain stores) and orders the
    /// non-temporal stores before later ones ([`fence`]).
    ///
    /// # Safety
    /// The gathered bytes are the caller's to write (the contract of
    /// [`Lines::write`]).
    pub(super) unsafe fn finish(mut self) {
        for p in &mut self.partial {
            if !p.line.is_null() {
                // SAFETY: bytes that came through `write`.
                unsafe { p.write_plain() };
            }
        }
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

#[cfg(test)]
mod tests {
    use super::{Lines, LINE, PARTIAL_LINES};
    use proptest::prelude::*;

    /// Writes `pieces` (lengths summing to the block) of a block starting
    /// `skip` bytes into a buffer, in the order `order` gives (a shuffle of
    /// the piece numbers), and checks the block and the bytes around it.
    fn write_in_order(skip: usize, pieces: &[usize], order: &[usize]) {
        let len: usize = pieces.iter().sum();
        let src: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8 + 1).collect();
        let mut buf = vec![0u8; skip + len + LINE];
        let starts: Vec<usize> = pieces
            .iter()
            .scan(0, |at, &n| Some(core::mem::replace(at, *at + n)))
            .collect();
        let dst = buf[skip..].as_mut_ptr();
        let mut lines = Lines::new();
        for &k in order {
            // SAFETY: piece `k` lies inside both `src` and the block, and the
            // pieces do not overlap.
            unsafe { lines.write(dst.add(starts[k]), src.as_ptr().add(starts[k]), pieces[k]) };
        }
        // SAFETY: every byte passed to `write` is the block's.
        unsafe { lines.finish() };
        assert!(buf[..skip].iter().all(|&b| b == 0), "before the block");
        assert_eq!(&buf[skip..skip + len], &src[..]);
        assert!(buf[skip + len..].iter().all(|&b| b == 0), "after it");
    }

    #[test]
    fn pieces_forwards_backwards_and_alone() {
        for skip in [0, 1, 16, 63] {
            for piece in [1, 5, 63, 64, 65, 200, 1536] {
                let pieces = vec![piece; 3 * LINE * 4 / piece + 3];
                let forwards: Vec<usize> = (0..pieces.len()).collect();
                let backwards: Vec<usize> = forwards.iter().rev().copied().collect();
                write_in_order(skip, &pieces, &forwards);
                write_in_order(skip, &pieces, &backwards);
            }
            write_in_order(skip, &[], &[]);
            write_in_order(skip, &[7], &[0]);
        }
    }

    proptest! {
        /// Any order, including ones that keep more lines partial than the
        /// writer has room for (the oldest is written out plainly).
        #[test]
        fn pieces_in_any_order(
            skip in 0..LINE,
            pieces in prop::collection::vec(1..150usize, 1..4 * PARTIAL_LINES * 8),
            seed in any::<u64>(),
        ) {
            let mut order: Vec<usize> = (0..pieces.len()).collect();
            let mut x = seed | 1;
            for i in (1..order.len()).rev() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                order.swap(i, (x % (i as u64 + 1)) as usize);
            }
            write_in_order(skip, &pieces, &order);
        }
    }
}
