//! The bitwise half of the engine: copies of the primitive numeric types
//! (`u8`..`u64`, `i8`..`i64`, `usize`, `isize`, `f32`, `f64`, `bool`,
//! `char`) as raw integers of their width (1, 2, 4 or 8 bytes), with SIMD
//! kernels on x86-64 (SSE2, part of its baseline; scalar loops elsewhere):
//! block transposes, reversed runs, and non-temporal stores for large
//! reversed runs, straight from the source.
//!
//! The public entry points (`assign`, `copy`, `to_vec`, joins, `take`) are
//! bound by `T: Clone` and stable Rust has no specialisation, so the engine
//! cannot ask whether `T: Copy`. It asks instead whether `T` *is* one of the
//! primitives above ([`width`]): their `clone` is by definition a copy of
//! their bytes, so copying them as `u8`/`u16`/`u32`/`u64` is exactly what
//! the generic path does, only faster. Every other type (including user
//! `Copy` types, whose `Clone` impl could in principle do anything) keeps
//! the generic, clone-per-element path. The test compares `TypeId`s with
//! lifetimes erased ([`type_id`]), because `T: 'static` is not part of the
//! public bound either.

use super::stream::Lines;
use super::{Init, Pair, Plane, TileKernel};
use core::any::TypeId;
use core::marker::PhantomData;
use core::mem::{align_of, size_of};

/// The `TypeId` of `T` with its lifetimes erased (so for any `T`, not only
/// `'static` ones); the construction of the `typeid` crate. Two types whose
/// ids compare equal differ at most in lifetimes; the primitives compared
/// against have none.
fn type_id<T: ?Sized>() -> TypeId {
    trait NonStaticAny {
        fn type_id(&self) -> TypeId
        where
            Self: 'static;
    }
    impl<T: ?Sized> NonStaticAny for PhantomData<T> {
        fn type_id(&self) -> TypeId
        where
            Self: 'static,
        {
            TypeId::of::<T>()
        }
    }
    let phantom = PhantomData::<T>;
    let erased: &dyn NonStaticAny = &phantom;
    // Only the lifetime bound of the trait object changes; `type_id` reads
    // nothing through `self`, and `TypeId` does not depend on lifetimes.
    // SAFETY: same pointer and vtable; the object is a zero-sized marker.
    let erased: &(dyn NonStaticAny + 'static) = unsafe { core::mem::transmute(erased) };
    erased.type_id()
}

/// The width in bytes (1, 2, 4 or 8) under which `T` is copied bitwise, or
/// `None` when `T` is not one of the primitives listed in the module docs.
pub(super) fn width<T>() -> Option<usize> {
    let id = type_id::<T>();
    let primitive = [
        TypeId::of::<u8>(),
        TypeId::of::<i8>(),
        TypeId::of::<bool>(),
        TypeId::of::<u16>(),
        TypeId::of::<i16>(),
        TypeId::of::<u32>(),
        TypeId::of::<i32>(),
        TypeId::of::<f32>(),
        TypeId::of::<char>(),
        TypeId::of::<u64>(),
        TypeId::of::<i64>(),
        TypeId::of::<f64>(),
        TypeId::of::<usize>(),
        TypeId::of::<isize>(),
    ]
    .contains(&id);
    let size = size_of::<T>();
    // The integer of the same width must not need a stricter alignment.
    let aligned = match size {
        1 => align_of::<T>() >= align_of::<u8>(),
        2 => align_of::<T>() >= align_of::<u16>(),
        4 => align_of::<T>() >= align_of::<u32>(),
        8 => align_of::<T>() >= align_of::<u64>(),
        _ => false,
    };
    (primitive && aligned).then_some(size)
}

/// Copies the pair bitwise when `T` is a primitive ([`width`]); returns
/// `false`, having done nothing, for any other `T`. `existing` says whether
/// the destination is memory that existed before (`assign`) rather than a
/// fresh buffer (see [`in_lines`]).
///
/// # Safety
/// As for `copy::tiled`/`copy::run`: with the pair's strides, `src`
/// addresses live elements (not mutated during the call) and `dst` slots
/// that may be overwritten without a drop (true of any slot of a
/// primitive), disjoint from the source. `bytes` is the destination's size.
pub(super) unsafe fn copy<T>(
    dst: *mut T,
    src: *const T,
    pair: &Pair,
    bytes: usize,
    existing: bool,
) -> bool {
    // SAFETY (each arm): `T` has the size and at least the alignment of the
    // integer, and its clone is a copy of its bytes (it is a primitive).
    unsafe {
        match width::<T>() {
            Some(1) => copy_as::<u8>(dst.cast(), src.cast(), pair, bytes, existing),
            Some(2) => copy_as::<u16>(dst.cast(), src.cast(), pair, bytes, existing),
            Some(4) => copy_as::<u32>(dst.cast(), src.cast(), pair, bytes, existing),
            Some(8) => copy_as::<u64>(dst.cast(), src.cast(), pair, bytes, existing),
            _ => return false,
        }
    }
    true
}

/// The unsigned integers the primitives are copied as.
pub(super) trait Bits: Copy + 'static {}
impl Bits for u8 {}
impl Bits for u16 {}
impl Bits for u32 {}
impl Bits for u64 {}

/// # Safety
/// As for [`copy`], with `B` the integer of `T`'s width.
unsafe fn copy_as<B: Bits>(dst: *mut B, src: *const B, pair: &Pair, bytes: usize, existing: bool) {
    if let Some(p) = pair.tile_axis() {
        // SAFETY: caller's contract; `B` is `Copy`, so `Init` (a plain
        // write) is right for existing slots too.
        unsafe { super::tiled::<Init, B, Simd>(dst, src, pair, p, bytes) };
        return;
    }
    let q = pair.rank - 1;
    let (n, ds, ss) = pair.inner();
    if existing && ds == 1 && ss == 1 && bytes >= LINES_THRESHOLD && pair.dst_is_one_block() {
        // SAFETY: caller's contract; the runs are contiguous in both views,
        // as `in_lines` needs.
        unsafe { in_lines(dst, src, pair) };
        return;
    }
    let stream = ds == 1 && bytes >= RUN_STREAM_THRESHOLD && cfg!(target_arch = "x86_64");
    super::for_each_offset2(&pair.dims[..q], &pair.dst[..q], &pair.src[..q], |od, os| {
        let (d, s) = (dst.wrapping_offset(od), src.wrapping_offset(os));
        // SAFETY: one run of the pair: `n` live source elements and `n`
        // destination slots, disjoint (caller's contract).
        unsafe { run(d, ds, s, ss, n, stream) };
    });
    if stream {
        super::stream::fence();
    }
}

/// Copies into existing memory of at least this many bytes whose
/// destination is one block (`Pair::dst_is_one_block`: every cache line
/// split between two runs is completed by the other) and whose source runs
/// are contiguous go through [`in_lines`].
const LINES_THRESHOLD: usize = super::stream::STREAM_THRESHOLD;

/// The pair's contiguous runs through a [`Lines`] writer, walked in the
/// source's order ([`Pair::source_forward`]: a flipped outer axis is read
/// forwards and written backwards), so the hardware prefetchers see the
/// source as streams going forwards.
///
/// Measured (scratch program, `(256, 512, 384)` `f32` `x[:, ::-1]` into
/// existing memory, medians of 15 alternating rounds): rows streamed in the
/// destination's order, reading the source rows backwards, 1.49x the
/// `copy_from_slice` limit; reading them forwards and writing the
/// destination rows backwards 1.11x, as fast as rows in order (1.13x). In
/// the engine (medians of 11, three alternating runs of the two builds):
/// 29-34 ms in the destination's order with the source prefetched one run
/// ahead, 24-25 ms in the source's order (1.09-1.14x the limit), where the
/// prefetch no longer helped (`f64`: 1.29-1.34x without it, 1.37-1.56x with
/// it) and was dropped.
///
/// Only for existing memory: a fresh buffer's lines were just zeroed by the
/// kernel when its pages were faulted in and are in cache, and streaming
/// per run there measured 20-35 % slower (fresh `(256, 512, 384)` `f32`
/// flip and `concatenate`). Reversed and strided runs keep [`run`]: staged
/// through an L1 buffer into the writer they measured slower (2-D flips
/// 0.7-0.8x -> 1.0-1.2x the limit; `x[::2, :, ::3]` `f32` 3.2x -> 3.7-4.4x).
///
/// # Safety
/// As for [`copy`]; the runs are contiguous in both views (inner strides
/// 1).
unsafe fn in_lines<B: Bits>(dst: *mut B, src: *const B, pair: &Pair) {
    let walk = pair.source_forward();
    let (dst, src) = (
        dst.wrapping_offset(walk.dst_offset),
        src.wrapping_offset(walk.src_offset),
    );
    let q = walk.rank - 1;
    let (n, _, _) = walk.inner();
    let bytes = n * size_of::<B>();
    let mut lines = Lines::new();
    super::for_each_offset2(&walk.dims[..q], &walk.dst[..q], &walk.src[..q], |od, os| {
        let (d, s) = (dst.wrapping_offset(od), src.wrapping_offset(os));
        // SAFETY: a contiguous run of `n` live elements and its `n`
        // destination slots, which no other run writes.
        unsafe { lines.write(d.cast(), s.cast(), bytes) };
    });
    // SAFETY: every destination byte was passed to `write`.
    unsafe { lines.finish() };
}

/// Reversed runs into destinations of at least this many bytes are written
/// with non-temporal stores. Measured (BENCHMARKS.md): faster for the 64 and
/// 128 MiB `x[:, ::-1]` of a 4096 x 4096 array (`f32`, `f64`), slower for
/// the 16 MiB one (`u8`). Contiguous runs stream only through [`in_lines`]:
/// streamed one run at a time, the partial lines at every run's ends cost
/// more than the streaming saves.
const RUN_STREAM_THRESHOLD: usize = 32 << 20;

/// One run `dst[k * ds] <- src[k * ss]`, `k < n`; with `stream` (only when
/// `ds == 1`) the aligned middle of a reversed run is written with
/// non-temporal stores.
///
/// # Safety
/// Every `src + k * ss` is live, every `dst + k * ds` writable, disjoint.
#[inline(always)]
unsafe fn run<B: Bits>(dst: *mut B, ds: isize, src: *const B, ss: isize, n: usize, stream: bool) {
    // SAFETY (all arms): `k < n`, so each pointer is one of the run's
    // elements (caller's contract).
    unsafe {
        match (ds, ss) {
            (1, 1) => core::ptr::copy_nonoverlapping(src, dst, n),
            (1, -1) => simd::reversed(dst, src, n, stream),
            (1, 0) => core::slice::from_raw_parts_mut(dst, n).fill(*src),
            // Constant small steps for 4- and 8-byte elements; for bytes
            // they measured slower than the plain strided loop.
            (1, 2) if size_of::<B>() >= 4 => (0..n).for_each(|k| *dst.add(k) = *src.add(2 * k)),
            (1, 3) if size_of::<B>() >= 4 => (0..n).for_each(|k| *dst.add(k) = *src.add(3 * k)),
            (1, 4) if size_of::<B>() >= 4 => (0..n).for_each(|k| *dst.add(k) = *src.add(4 * k)),
            (1, _) => (0..n).for_each(|k| *dst.add(k) = *src.offset(k as isize * ss)),
            _ => (0..n).for_each(|k| {
                let k = k as isize;
                *dst.offset(k * ds) = *src.offset(k * ss)
            }),
        }
    }
}

/// Tiles of a transpose (`src_row == 1`, `dst_col == 1`) in SIMD blocks;
/// any other plane as the scalar kernel does.
pub(super) struct Simd;

impl<B: Bits> TileKernel<B> for Simd {
    #[inline(always)]
    unsafe fn tile<P: super::Put>(
        plane: &Plane,
        src: *const B,
        dst: *mut B,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        if plane.src_row == 1 && plane.dst_col == 1 {
            // SAFETY: caller's contract; the plane is a plain transpose.
            unsafe { simd::transpose_tile(plane, src, dst, r0, r1, c0, c1) }
        } else {
            // SAFETY: caller's contract.
            unsafe { <super::Scalar as TileKernel<B>>::tile::<P>(plane, src, dst, r0, r1, c0, c1) }
        }
    }
}

/// The `log2 N` unpack rounds of an `N x N` block transpose held in the
/// array `$v` (row `i` in `$v[rev(i)]`, see `simd::transpose`), starting at
/// units of `$width` bytes and doubling up to 16: each round pairs `$v[i]`
/// with `$v[i + N / 2]` and puts the interleaved low and high halves in
/// `$v[2i]` and `$v[2i + 1]`. The intrinsics are named (low and high, for
/// 1-, 2-, 4- and 8-byte units) so that one definition serves the SSE2 and
/// the AVX2 blocks; a macro rather than a generic function, so that the
/// AVX2 intrinsics expand inside the `target_feature` function using them.
#[cfg(target_arch = "x86_64")]
macro_rules! unpack_rounds {
    ($v:expr, $width:expr, $n:expr,
     [$lo1:ident, $hi1:ident, $lo2:ident, $hi2:ident,
      $lo4:ident, $hi4:ident, $lo8:ident, $hi8:ident]) => {{
        let mut unit = $width;
        while unit < 16 {
            let old = $v;
            for i in 0..$n / 2 {
                let (a, b) = (old[i], old[i + $n / 2]);
                // Inside an AVX2 function recent compilers call the AVX2
                // intrinsics safe; the oldest supported one (1.85) does not.
                #[allow(unused_unsafe)]
                // SAFETY: register-only operations of an extension the
                // caller has (SSE2 is the x86-64 baseline; the AVX2 blocks
                // run only in a function enabled for AVX2, once detected).
                let (lo, hi) = unsafe {
                    match unit {
                        1 => ($lo1(a, b), $hi1(a, b)),
                        2 => ($lo2(a, b), $hi2(a, b)),
                        4 => ($lo4(a, b), $hi4(a, b)),
                        _ => ($lo8(a, b), $hi8(a, b)),
                    }
                };
                $v[2 * i] = lo;
                $v[2 * i + 1] = hi;
            }
            unit *= 2;
        }
    }};
}

#[cfg(target_arch = "x86_64")]
mod simd {
    //! SSE2 kernels (SSE2 is part of the x86-64 baseline).
    use super::{Bits, Plane};
    use core::arch::x86_64::*;
    use core::mem::size_of;

    /// Lanes of `B` in a 16-byte vector.
    const fn lanes<B>() -> usize {
        16 / size_of::<B>()
    }

    /// Where row `i` of a block is loaded: `v[rev::<N>(i)]`, `i` with its
    /// `log2 N` bits reversed, so that [`transpose`] ends with column `j`
    /// in `v[j]`, its lanes in row order.
    pub(super) const fn rev<const N: usize>(i: usize) -> usize {
        if N < 2 {
            0
        } else {
            i.reverse_bits() >> (usize::BITS - N.trailing_zeros())
        }
    }

    /// Transposes the `N x N` block of `B`s held in `v` (`N` lanes per
    /// vector, row `i` in `v[rev::<N>(i)]`): `log2 N` rounds of unpacks at
    /// doubling widths, each pairing `v[i]` with `v[i + N / 2]`. Column `j`
    /// ends in `v[j]`, in row order; there is no final permutation (an
    /// earlier version permuted the result through the stack, which made
    /// the 16 x 16 byte blocks run at 4.8 GB/s instead of 6.9 GB/s in L2, a
    /// 512 x 512 `u8` transpose). The loads fill `v` in index order, `v[k]`
    /// from line `rev(k)`, through `array::from_fn`, which the compiler
    /// unrolls: with `v[rev(i)] = ...` in a loop it kept `v` on the stack
    /// and computed `rev` with `bswap` at run time (the AVX2 byte blocks
    /// went from 11.4 to 17.0 GB/s in L2 with the change).
    #[inline(always)]
    fn transpose<B: Bits, const N: usize>(v: &mut [__m128i; N]) {
        unpack_rounds!(
            *v,
            size_of::<B>(),
            N,
            [
                _mm_unpacklo_epi8,
                _mm_unpackhi_epi8,
                _mm_unpacklo_epi16,
                _mm_unpackhi_epi16,
                _mm_unpacklo_epi32,
                _mm_unpackhi_epi32,
                _mm_unpacklo_epi64,
                _mm_unpackhi_epi64
            ]
        );
    }

    /// One tile `r0..r1` by `c0..c1` of a transpose plane (`src_row == 1`,
    /// `dst_col == 1`): `N x N` blocks in registers, scalar edges.
    ///
    /// # Safety
    /// The tile lies in the plane; its source elements are live and its
    /// destination slots writable, disjoint.
    #[inline(always)]
    pub(super) unsafe fn transpose_tile<B: Bits>(
        plane: &Plane,
        src: *const B,
        dst: *mut B,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        // Bytes only: for 2-, 4- and 8-byte elements the AVX2 blocks measured
        // slower than the SSE2 ones (512 x 512 in L2: `u16` 15.4 -> 8.9 GB/s,
        // `f32` 9.7 -> 8.9; `f32` 4096 x 4096 `.T` 1.1-1.3x -> 2.2-2.5x the
        // limit).
        if size_of::<B>() == 1 && std::is_x86_feature_detected!("avx2") {
            // SAFETY: caller's contract; `B` is `u8` (the only 1-byte
            // `Bits`) and AVX2 was detected on this CPU.
            unsafe { super::avx2::transpose_tile(plane, src.cast(), dst.cast(), r0, r1, c0, c1) };
            return;
        }
        // SAFETY: caller's contract, for each width.
        unsafe {
            match lanes::<B>() {
                16 => blocks::<B, 16>(plane, src, dst, r0, r1, c0, c1),
                8 => blocks::<B, 8>(plane, src, dst, r0, r1, c0, c1),
                4 => blocks::<B, 4>(plane, src, dst, r0, r1, c0, c1),
                _ => blocks::<B, 2>(plane, src, dst, r0, r1, c0, c1),
            }
        }
    }

    /// # Safety
    /// As for [`transpose_tile`]; `N == lanes::<B>()`.
    #[inline(always)]
    pub(super) unsafe fn blocks<B: Bits, const N: usize>(
        plane: &Plane,
        src: *const B,
        dst: *mut B,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        let (src_col, dst_row) = (plane.src_col, plane.dst_row);
        let at = |r: usize, c: usize| {
            (
                r as isize + c as isize * src_col,
                r as isize * dst_row + c as isize,
            )
        };
        let mut c = c0;
        while c + N <= c1 {
            // Source line `c`, from row `r0`.
            let base = src.wrapping_offset(at(r0, c).0);
            let mut r = r0;
            while r + N <= r1 {
                // `v[k]` holds source line `c + rev(k)` (so row `i` of the
                // block is in `v[rev(i)]`, `rev` being its own inverse).
                let mut v: [__m128i; N] = core::array::from_fn(|k| {
                    let i = rev::<N>(k);
                    // Source line `c + i`, elements `r..r + N`: 16 bytes.
                    // SAFETY: (r..r + N, c + i) is in the tile.
                    unsafe {
                        _mm_loadu_si128(
                            base.offset(i as isize * src_col + (r - r0) as isize).cast(),
                        )
                    }
                });
                transpose::<B, N>(&mut v);
                for (j, x) in v.iter().enumerate() {
                    // Destination row `r + j`, elements `c..c + N`.
                    // SAFETY: (r + j, c..c + N) is in the tile.
                    unsafe { _mm_storeu_si128(dst.offset(at(r + j, c).1).cast(), *x) };
                }
                r += N;
            }
            for row in r..r1 {
                for col in c..c + N {
                    // SAFETY: (row, col) is in the tile.
                    unsafe { *dst.offset(at(row, col).1) = *src.offset(at(row, col).0) };
                }
            }
            c += N;
        }
        for row in r0..r1 {
            for col in c..c1 {
                // SAFETY: (row, col) is in the tile.
                unsafe { *dst.offset(at(row, col).1) = *src.offset(at(row, col).0) };
            }
        }
    }

    /// `x` with its lanes of `B` in reverse order.
    #[inline(always)]
    fn reverse_lanes<B: Bits>(x: __m128i) -> __m128i {
        // SAFETY: SSE2 is baseline on x86-64; register-only operations.
        unsafe {
            let swap64 = |x| _mm_shuffle_epi32::<0x4E>(x);
            let rev16 = |x| swap64(_mm_shufflehi_epi16::<0x1B>(_mm_shufflelo_epi16::<0x1B>(x)));
            match size_of::<B>() {
                8 => swap64(x),
                4 => _mm_shuffle_epi32::<0x1B>(x),
                2 => rev16(x),
                _ => {
                    let x = rev16(x);
                    _mm_or_si128(_mm_slli_epi16::<8>(x), _mm_srli_epi16::<8>(x))
                }
            }
        }
    }

    /// `dst[k] = src[-k]` for `k < n`; with `stream`, the whole 64-byte
    /// lines of the destination are written with non-temporal stores (see
    /// `stream::bytes` for why only whole lines).
    ///
    /// # Safety
    /// `src - k` live and `dst + k` writable for `k < n`, disjoint. With
    /// `stream`, call `stream::fence` afterwards.
    #[inline(always)]
    pub(super) unsafe fn reversed<B: Bits>(dst: *mut B, src: *const B, n: usize, stream: bool) {
        let lanes = lanes::<B>();
        // Elements before the destination is aligned for the vector loop (to
        // a line when streaming); it is `B`-aligned, so a whole number.
        let head = if stream {
            super::super::stream::to_next_line(dst)
        } else {
            dst.align_offset(16)
        }
        .min(n);
        // Elements up to the last line boundary: vectors below it stream.
        let lines_end = if stream {
            n - super::super::stream::past_line(dst.wrapping_add(n)).min(n)
        } else {
            0
        };
        let mut k = 0;
        while k < head {
            // SAFETY: k < n.
            unsafe { *dst.add(k) = *src.sub(k) };
            k += 1;
        }
        while k + lanes <= n {
            // Source elements k + lanes - 1 down to k, as one vector.
            // SAFETY: k + lanes <= n: all in the run; `dst + k` is aligned.
            unsafe {
                let x = _mm_loadu_si128(src.sub(k + lanes - 1).cast());
                let x = reverse_lanes::<B>(x);
                if k + lanes <= lines_end {
                    _mm_stream_si128(dst.add(k).cast(), x);
                } else {
                    _mm_store_si128(dst.add(k).cast(), x);
                }
            }
            k += lanes;
        }
        while k < n {
            // SAFETY: k < n.
            unsafe { *dst.add(k) = *src.sub(k) };
            k += 1;
        }
    }
}

/// AVX2 block transposes for bytes, used when the CPU has AVX2 (detected at
/// run time; SSE2 is the baseline). Each step transposes two `N x N` blocks at
/// once, one in each 128-bit lane: the 32-byte load from source line
/// `c + i` holds rows `r..r + N` in its low lane and `r + N..r + 2N` in its
/// high lane, and the in-lane unpacks of `simd::transpose` transpose both
/// halves together. Half the shuffles per byte of the SSE2 blocks, and
/// three-operand forms (no register copies): a `u8` 512 x 512 transpose in
/// L2 ran at 16.8-17.0 GB/s against 6.8 GB/s with the SSE2 blocks. For the
/// wider elements the same steps measured slower than the SSE2 blocks (see
/// `simd::transpose_tile`), so only bytes take them.
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use super::simd::{blocks, rev};
    use super::{Bits, Plane};
    use core::arch::x86_64::*;
    use core::mem::size_of;

    /// One tile of bytes as `simd::transpose_tile`: the rows in steps of
    /// 32 and the whole 16-line bands here, the rest (fewer than 32 rows at
    /// the end, fewer than 16 columns) by the SSE2 blocks.
    ///
    /// # Safety
    /// As for `simd::transpose_tile`; the CPU has AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn transpose_tile(
        plane: &Plane,
        src: *const u8,
        dst: *mut u8,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        // SAFETY: caller's contract; 16 lanes of bytes.
        unsafe { wide::<u8, 16>(plane, src, dst, r0, r1, c0, c1) }
    }

    /// # Safety
    /// As for [`transpose_tile`]; `N == lanes::<B>()`.
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn wide<B: Bits, const N: usize>(
        plane: &Plane,
        src: *const B,
        dst: *mut B,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        let (src_col, dst_row) = (plane.src_col, plane.dst_row);
        // The rectangle done here: whole 2N-row steps by whole N-line bands.
        let r_end = r0 + (r1 - r0) / (2 * N) * (2 * N);
        let c_end = c0 + (c1 - c0) / N * N;
        for c in (c0..c_end).step_by(N) {
            for r in (r0..r_end).step_by(2 * N) {
                // `v[k]` holds source line `c + rev(k)` (so row `i` of the
                // block is in `v[rev(i)]`, `rev` being its own inverse).
                let mut v: [__m256i; N] = core::array::from_fn(|k| {
                    let i = rev::<N>(k);
                    let line = src.wrapping_offset(r as isize + (c + i) as isize * src_col);
                    // Source line `c + i`, elements `r..r + 2N`: 32 bytes.
                    // SAFETY: (r..r + 2N, c + i) is in the tile.
                    unsafe { _mm256_loadu_si256(line.cast()) }
                });
                // In each 128-bit lane, as the SSE2 blocks do.
                unpack_rounds!(
                    v,
                    size_of::<B>(),
                    N,
                    [
                        _mm256_unpacklo_epi8,
                        _mm256_unpackhi_epi8,
                        _mm256_unpacklo_epi16,
                        _mm256_unpackhi_epi16,
                        _mm256_unpacklo_epi32,
                        _mm256_unpackhi_epi32,
                        _mm256_unpacklo_epi64,
                        _mm256_unpackhi_epi64
                    ]
                );
                for (j, x) in v.iter().enumerate() {
                    let row = |k: usize| dst.wrapping_offset(k as isize * dst_row + c as isize);
                    // Destination rows `r + j` (low lane) and `r + N + j`
                    // (high lane), elements `c..c + N`.
                    // SAFETY: both rows are in the tile.
                    unsafe {
                        _mm_storeu_si128(row(r + j).cast(), _mm256_castsi256_si128(*x));
                        _mm_storeu_si128(row(r + N + j).cast(), _mm256_extracti128_si256::<1>(*x));
                    }
                }
            }
        }
        // SAFETY: the rest of the tile (caller's contract).
        unsafe {
            blocks::<B, N>(plane, src, dst, r0, r_end, c_end, c1);
            blocks::<B, N>(plane, src, dst, r_end, r1, c0, c1);
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
mod simd {
    //! Portable fallbacks: the scalar kernels.
    use super::{Bits, Plane};

    /// The scalar tile kernel.
    ///
    /// # Safety
    /// The tile lies in the plane; its source elements are live and its
    /// destination slots writable, disjoint.
    pub(super) unsafe fn transpose_tile<B: Bits>(
        plane: &Plane,
        src: *const B,
        dst: *mut B,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        // SAFETY: caller's contract.
        unsafe {
            <super::super::Scalar as super::TileKernel<B>>::tile::<super::Init>(
                plane, src, dst, r0, r1, c0, c1,
            )
        }
    }

    /// `dst[k] = src[-k]` for `k < n` (no streaming here).
    ///
    /// # Safety
    /// `src - k` live and `dst + k` writable for `k < n`, disjoint.
    pub(super) unsafe fn reversed<B: Bits>(dst: *mut B, src: *const B, n: usize, _stream: bool) {
        // SAFETY: caller's contract.
        (0..n).for_each(|k| unsafe { *dst.add(k) = *src.sub(k) });
    }
}

#[cfg(test)]
mod tests {
    use super::{width, Bits, Plane};

    /// A transpose plane `rows x cols` (source lines of `rows` elements, one
    /// per column; destination rows of `cols`) copied by `kernel` over the
    /// whole plane, against the element-by-element answer.
    fn check_transpose<B: Bits + PartialEq + core::fmt::Debug>(
        rows: usize,
        cols: usize,
        make: fn(usize) -> B,
        kernel: unsafe fn(&Plane, *const B, *mut B, usize, usize, usize, usize),
    ) {
        let src: Vec<B> = (0..rows * cols).map(make).collect();
        let mut dst = vec![make(0); rows * cols];
        let plane = Plane {
            rows,
            cols,
            src_row: 1,
            src_col: rows as isize,
            dst_row: cols as isize,
            dst_col: 1,
            prefetch: false,
            tile: (16, 16),
        };
        // SAFETY: the plane covers exactly `src` and `dst` (both rows * cols).
        unsafe { kernel(&plane, src.as_ptr(), dst.as_mut_ptr(), 0, rows, 0, cols) };
        for r in 0..rows {
            for c in 0..cols {
                assert_eq!(
                    dst[r * cols + c],
                    src[r + c * rows],
                    "{rows} x {cols} at ({r}, {c})"
                );
            }
        }
    }

    /// The SSE2 blocks (every width) and, where the CPU has AVX2, the AVX2
    /// byte blocks, at sizes around the blocks and the two-block steps.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn block_transposes_of_every_width_and_edge() {
        let sizes = [
            (1, 1),
            (15, 17),
            (16, 16),
            (31, 16),
            (32, 32),
            (33, 47),
            (64, 80),
            (100, 3),
        ];
        for (r, c) in sizes {
            check_transpose::<u8>(r, c, |i| (i * 7 % 251) as u8, super::simd::blocks::<u8, 16>);
            check_transpose::<u16>(r, c, |i| (i * 7) as u16, super::simd::blocks::<u16, 8>);
            check_transpose::<u32>(r, c, |i| i as u32 | 1 << 31, super::simd::blocks::<u32, 4>);
            check_transpose::<u64>(r, c, |i| i as u64 | 1 << 63, super::simd::blocks::<u64, 2>);
            if std::is_x86_feature_detected!("avx2") {
                check_transpose::<u8>(r, c, |i| (i * 7 % 251) as u8, super::avx2::transpose_tile);
            }
        }
    }

    #[test]
    fn primitives_have_their_width_and_nothing_else_has_one() {
        assert_eq!(width::<u8>(), Some(1));
        assert_eq!(width::<bool>(), Some(1));
        assert_eq!(width::<i16>(), Some(2));
        assert_eq!(width::<f32>(), Some(4));
        assert_eq!(width::<char>(), Some(4));
        assert_eq!(width::<f64>(), Some(8));
        assert_eq!(width::<usize>(), Some(core::mem::size_of::<usize>()));
        #[derive(Clone, Copy)]
        struct Newtype(#[allow(dead_code)] u32);
        assert_eq!(width::<Newtype>(), None);
        assert_eq!(width::<[u8; 2]>(), None);
        assert_eq!(width::<String>(), None);
        assert_eq!(width::<()>(), None);
        // A type with a lifetime: its id is taken with the lifetime erased.
        fn borrowed<'a>(_: &'a u32) -> Option<usize> {
            width::<&'a u32>()
        }
        assert_eq!(borrowed(&1), None);
    }
}
