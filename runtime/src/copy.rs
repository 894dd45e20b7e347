//! The copy engine: every path that copies elements from a strided view goes
//! through here, whether it writes into memory that already exists
//! (`assign`, strided `fill`) or into a fresh buffer (`copy()`, `to_vec()`,
//! `flatten()`, `take(.., axis)`, `concatenate`, `stack`).
//!
//! A copy is a destination layout and a source layout over the same dims.
//! The engine first simplifies the pair ([`Pair::new`]):
//!
//! 1. size-1 axes go;
//! 2. axes whose destination stride is negative are flipped in both views
//!    (the start pointers move), so the destination is walked forwards;
//! 3. the axes are sorted by decreasing destination stride: the
//!    destination's innermost axis (in memory) becomes the inner loop;
//! 4. neighbouring axes that are contiguous with each other in *both*
//!    layouts merge. A C-contiguous copy is then one run, and a
//!    `transpose(2, 0, 1)` of a C `(256, 512, 384)` array a 2-D transpose
//!    of a `384 x 131072` matrix.
//!
//! Then one of two kernels runs:
//!
//! - **runs**: the inner axis is walked with a loop whose strides are
//!   constants where it matters (a contiguous run is one `clone_from_slice`
//!   or `extend_from_slice`, which the standard library turns into a
//!   `memcpy` for `Copy` types; a reversed run, a broadcast run and a
//!   strided run each get their own loop, so the compiler can vectorise
//!   them); the outer axes are walked by an odometer once per run;
//! - **tiled**: when the source is far apart along the destination's inner
//!   axis but close along another axis, the plane of those two axes is
//!   copied in tiles that fit in L1 (a cache-blocked transpose), so reads
//!   and writes both use whole cache lines. For destinations of 16 MiB or
//!   more each tile is cloned into an L1 buffer and written out with
//!   non-temporal stores ([`stream`]).
//!
//! Fresh buffers come from [`crate::alloc`] (huge pages for large ones).
//!
//! The engine is generic over `T: Clone` (the public bound). When `T` is
//! one of the primitive numeric types (`bits::width`), whose `clone` is a
//! copy of its bytes, the pair is copied as integers of the same width by
//! [`bits`]: SSE2 block transposes in the tiles, SIMD reversed runs,
//! non-temporal stores for large reversed runs. Every other `T` takes the
//! generic kernels, which call `clone` for every element, so they are sound
//! for any `T`. Writes into fresh memory use `ptr::write` (nothing to drop);
//! writes into existing memory use `clone_from` (the old value is dropped or
//! reused, as `*dst = src.clone()` would).

mod bits;
mod stream;

use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};
use core::mem::{needs_drop, size_of};
use stream::Buf;

/// The destination and source layouts of one copy over the same dims,
/// simplified (see the module docs). Never rank 0, never empty: a
/// one-element copy is one axis of length 1.
#[derive(Debug, Clone, Copy)]
struct Pair {
    rank: usize,
    dims: [usize; MAX_RANK],
    dst: [isize; MAX_RANK],
    src: [isize; MAX_RANK],
    /// Offsets (in elements) from the callers' pointers to the first
    /// element of the walk: non-zero when an axis was flipped.
    dst_offset: isize,
    src_offset: isize,
}

impl Pair {
    /// `None` when there is nothing to copy (a dim is 0).
    fn new(dims: &[usize], dst: &[isize], src: &[isize]) -> Option<Pair> {
        debug_assert!(dims.len() == dst.len() && dims.len() == src.len());
        if dims.contains(&0) {
            return None;
        }
        let mut axes = [(1usize, 0isize, 0isize); MAX_RANK];
        let mut n = 0;
        let (mut dst_offset, mut src_offset) = (0isize, 0isize);
        for ((&d, &ds), &ss) in dims.iter().zip(dst).zip(src) {
            if d == 1 {
                continue;
            }
            let (ds, ss) = if ds < 0 {
                // Walk this axis from its other end in both views.
                dst_offset += (d as isize - 1) * ds;
                src_offset += (d as isize - 1) * ss;
                (-ds, -ss)
            } else {
                (ds, ss)
            };
            axes[n] = (d, ds, ss);
            n += 1;
        }
        // Decreasing destination stride; an insertion sort (stable, so C
        // order is kept among equal strides; no allocation; rank <= 16).
        for i in 1..n {
            let mut j = i;
            while j > 0 && axes[j - 1].1 < axes[j].1 {
                axes.swap(j - 1, j);
                j -= 1;
            }
        }
        let mut pair = Pair {
            rank: 0,
            dims: [1; MAX_RANK],
            dst: [0; MAX_RANK],
            src: [0; MAX_RANK],
            dst_offset,
            src_offset,
        };
        for &(d, ds, ss) in &axes[..n] {
            if pair.rank > 0 {
                let last = pair.rank - 1;
                let di = d as isize;
                let merges = di.checked_mul(ds) == Some(pair.dst[last])
                    && di.checked_mul(ss) == Some(pair.src[last])
                    && pair.dims[last].checked_mul(d).is_some();
                if merges {
                    // (i, j) -> i * (d * s) + j * s == (i * d + j) * s, in both.
                    pair.dims[last] *= d;
                    pair.dst[last] = ds;
                    pair.src[last] = ss;
                    continue;
                }
            }
            pair.dims[pair.rank] = d;
            pair.dst[pair.rank] = ds;
            pair.src[pair.rank] = ss;
            pair.rank += 1;
        }
        if pair.rank == 0 {
            // One element: a contiguous run of length 1.
            (pair.rank, pair.dst[0], pair.src[0]) = (1, 1, 1);
        }
        Some(pair)
    }

    /// Number of elements.
    fn len(&self) -> usize {
        self.dims[..self.rank].iter().product()
    }

    /// The inner axis: length, destination stride, source stride.
    fn inner(&self) -> (usize, isize, isize) {
        let q = self.rank - 1;
        (self.dims[q], self.dst[q], self.src[q])
    }

    /// Whether the destination is one contiguous block that the walk (C
    /// order over the pair's axes) visits front to back: inner stride 1,
    /// each outer stride the size of the axes inside it.
    fn dst_is_one_block(&self) -> bool {
        let q = self.rank - 1;
        self.dst[q] == 1
            && (0..q).all(|k| self.dst[k] == self.dst[k + 1] * self.dims[k + 1] as isize)
    }

    /// This pair with every outer axis whose source stride is negative
    /// walked from its other end in both views, so the walk meets the
    /// source's runs in increasing address order along those axes (the
    /// destination's then run backwards there). Its `dst_offset` and
    /// `src_offset` are the offsets of the new start from this pair's.
    fn source_forward(&self) -> Pair {
        let mut walk = Pair {
            dst_offset: 0,
            src_offset: 0,
            ..*self
        };
        for k in 0..self.rank - 1 {
            if walk.src[k] < 0 {
                let last = walk.dims[k] as isize - 1;
                walk.dst_offset += last * walk.dst[k];
                walk.src_offset += last * walk.src[k];
                (walk.dst[k], walk.src[k]) = (-walk.dst[k], -walk.src[k]);
            }
        }
        walk
    }

    /// The axis worth tiling with the inner one: the axis with the smallest
    /// non-zero source stride, when that is smaller than the inner axis's
    /// source stride and the inner axis is neither contiguous in the source
    /// nor a broadcast (stride 0).
    fn tile_axis(&self) -> Option<usize> {
        let q = self.rank - 1;
        let inner = self.src[q].unsigned_abs();
        if inner <= 1 {
            return None;
        }
        let p = (0..q)
            .filter(|&k| self.src[k] != 0)
            .min_by_key(|&k| self.src[k].unsigned_abs())?;
        (self.src[p].unsigned_abs() < inner).then_some(p)
    }
}

/// How an element reaches the destination.
trait Put {
    /// Store a clone of `*src` at `dst`.
    ///
    /// # Safety
    /// `src` is a live element; `dst` is a valid slot for this policy (see
    /// the implementors) and does not overlap `src`.
    unsafe fn put<T: Clone>(dst: *mut T, src: *const T);
    /// Store the value `x` at `dst`.
    ///
    /// # Safety
    /// As for [`Put::put`].
    unsafe fn store<T>(dst: *mut T, x: T);
}

/// Into fresh (uninitialised) memory: `ptr::write`, nothing to drop.
struct Init;
/// Into existing elements: the old value is dropped or reused.
struct Assign;

impl Put for Init {
    #[inline(always)]
    unsafe fn put<T: Clone>(dst: *mut T, src: *const T) {
        // SAFETY: caller's contract: `src` live, `dst` writable (uninit).
        unsafe { dst.write((*src).clone()) }
    }
    #[inline(always)]
    unsafe fn store<T>(dst: *mut T, x: T) {
        // SAFETY: caller's contract: `dst` writable.
        unsafe { dst.write(x) }
    }
}

impl Put for Assign {
    #[inline(always)]
    unsafe fn put<T: Clone>(dst: *mut T, src: *const T) {
        // SAFETY: caller's contract: `src` live, `dst` a live element
        // uniquely borrowed, distinct from `src`.
        unsafe { (*dst).clone_from(&*src) }
    }
    #[inline(always)]
    unsafe fn store<T>(dst: *mut T, x: T) {
        // SAFETY: caller's contract: `dst` a live, uniquely borrowed
        // element; the assignment drops its old value.
        unsafe { *dst = x }
    }
}

/// One run of `n` elements: `dst[k * ds] <- src[k * ss]`. Each common
/// stride pattern has a loop of its own with constant strides. The
/// contiguous case (`ds == ss == 1`) is usually the caller's (a slice
/// operation), but is handled here too.
///
/// # Safety
/// Every `src + k * ss` is a live element and every `dst + k * ds` a valid
/// slot for `P`, for `k < n`; the two ranges do not overlap.
#[inline(always)]
unsafe fn run<P: Put, T: Clone>(dst: *mut T, ds: isize, src: *const T, ss: isize, n: usize) {
    // SAFETY (all loops): `k < n`, so each pointer is one of the run's
    // elements (caller's contract).
    unsafe {
        if ds == 1 {
            match ss {
                1 => (0..n).for_each(|k| P::put(dst.add(k), src.add(k))),
                -1 => (0..n).for_each(|k| P::put(dst.add(k), src.sub(k))),
                // Constant small steps (interleaved loads the compiler can
                // vectorise) for 4-byte and larger elements; for bytes they
                // measured slower than the plain strided loop.
                2 if size_of::<T>() >= 4 => (0..n).for_each(|k| P::put(dst.add(k), src.add(2 * k))),
                3 if size_of::<T>() >= 4 => (0..n).for_each(|k| P::put(dst.add(k), src.add(3 * k))),
                4 if size_of::<T>() >= 4 => (0..n).for_each(|k| P::put(dst.add(k), src.add(4 * k))),
                0 => (0..n).for_each(|k| P::put(dst.add(k), src)),
                _ => (0..n).for_each(|k| P::put(dst.add(k), src.offset(k as isize * ss))),
            }
        } else {
            (0..n).for_each(|k| {
                let k = k as isize;
                P::put(dst.offset(k * ds), src.offset(k * ss))
            });
        }
    }
}

/// Calls `f(a, b)` with the two offsets of every multi-index of `dims` in C
/// order (`sa`, `sb` give each axis's steps); one call with `(0, 0)` for
/// rank 0. `dims` has no zero.
#[inline(always)]
fn for_each_offset2(dims: &[usize], sa: &[isize], sb: &[isize], mut f: impl FnMut(isize, isize)) {
    let rank = dims.len();
    let mut idx = [0usize; MAX_RANK];
    let (mut a, mut b) = (0isize, 0isize);
    loop {
        f(a, b);
        let mut k = rank;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            idx[k] += 1;
            a += sa[k];
            b += sb[k];
            if idx[k] < dims[k] {
                break;
            }
            a -= sa[k] * dims[k] as isize;
            b -= sb[k] * dims[k] as isize;
            idx[k] = 0;
        }
    }
}

/// Copy `src` (dims, `src_strides`) into the existing elements at `dst`
/// (same dims, `dst_strides`): NumPy's `dst[...] = src`.
///
/// # Safety
/// Both layouts address live elements for every multi-index of `dims`
/// (the RawView invariant); `dst` is uniquely borrowed and maps distinct
/// multi-indices to distinct elements (the ViewMut invariant); `src` is not
/// mutated during the call and shares no element with `dst`.
pub(crate) unsafe fn assign<T: Clone>(
    dst: *mut T,
    dst_strides: &[isize],
    src: *const T,
    src_strides: &[isize],
    dims: &[usize],
) {
    let Some(pair) = Pair::new(dims, dst_strides, src_strides) else {
        return;
    };
    let dst = dst.wrapping_offset(pair.dst_offset);
    let src = src.wrapping_offset(pair.src_offset);
    let bytes = pair.len().saturating_mul(size_of::<T>());
    // SAFETY: the pair describes the same elements as the caller's layouts
    // (flips moved the start pointers); a primitive's old value needs no drop.
    if unsafe { bits::copy(dst, src, &pair, bytes, true) } {
        return;
    }
    if let Some(p) = pair.tile_axis() {
        // SAFETY: the pair describes the same elements as the caller's
        // layouts (flips moved the start pointers); caller's contract.
        unsafe { tiled::<Assign, T, Scalar>(dst, src, &pair, p, bytes) };
        return;
    }
    let q = pair.rank - 1;
    let (n, ds, ss) = pair.inner();
    for_each_offset2(&pair.dims[..q], &pair.dst[..q], &pair.src[..q], |od, os| {
        let (d, s) = (dst.wrapping_offset(od), src.wrapping_offset(os));
        if ds == 1 && ss == 1 {
            // SAFETY: a contiguous run of `n` live elements in each view,
            // `d` uniquely borrowed and disjoint from `s` (caller's contract).
            let (d, s) = unsafe {
                (
                    core::slice::from_raw_parts_mut(d, n),
                    core::slice::from_raw_parts(s, n),
                )
            };
            d.clone_from_slice(s);
        } else {
            // SAFETY: one run of the pair: live elements in both views.
            unsafe { run::<Assign, T>(d, ds, s, ss, n) };
        }
    });
}

/// Append the elements of the view at `src` (dims, strides) to `out` in C
/// order: the fresh-buffer half of the engine (`copy()`, `to_vec()`, joins,
/// `take`). Reserves what it needs; the new elements are written in place,
/// never zeroed first.
///
/// # Safety
/// `src` with `dims` and `strides` addresses live elements (the RawView
/// invariant), not mutated during the call.
pub(crate) unsafe fn extend<T: Clone>(
    out: &mut Vec<T>,
    src: *const T,
    dims: &[usize],
    strides: &[isize],
) {
    let rank = dims.len();
    let mut c = [0isize; MAX_RANK];
    crate::strides::c_strides(dims, &mut c[..rank]);
    let Some(pair) = Pair::new(dims, &c[..rank], strides) else {
        return;
    };
    // C strides are never negative: only the source may have moved.
    debug_assert_eq!(pair.dst_offset, 0);
    let len = pair.len();
    out.reserve(len);
    let src = src.wrapping_offset(pair.src_offset);
    // Streaming pays when the whole array being built is large, even if
    // this block (one input of a join) is not.
    let bytes = out.capacity().saturating_mul(size_of::<T>());
    let start = out.len();
    // SAFETY: `out` has room for `len` more elements after `start`
    // (reserved above); the pair addresses the caller's view.
    if unsafe { bits::copy(out.as_mut_ptr().add(start), src, &pair, bytes, false) } {
        // SAFETY: the bitwise copy wrote the `len` slots after `start`.
        unsafe { out.set_len(start + len) };
        return;
    }
    match pair.tile_axis() {
        // Tiles write out of order, so `out`'s length is set once at the
        // end; types with drop glue copy in order instead (a `clone` that
        // panicked midway would otherwise leak the clones made so far).
        Some(p) if !needs_drop::<T>() => {
            // SAFETY: `out` has room for `len` more elements after `start`
            // (reserved above); the pair addresses the caller's view.
            unsafe { tiled::<Init, T, Scalar>(out.as_mut_ptr().add(start), src, &pair, p, bytes) };
            // SAFETY: the tiles cover the `len` output slots exactly once,
            // so `start..start + len` is now initialised.
            unsafe { out.set_len(start + len) };
        }
        _ => {
            // The pair's axes are in C order with C strides (sorting by
            // decreasing C stride keeps them), so the runs come in output
            // order and are appended one after the other.
            let q = pair.rank - 1;
            let (n, ds, ss) = pair.inner();
            debug_assert_eq!(ds, 1);
            crate::view::iter::for_each_offset(&pair.dims[..q], &pair.src[..q], |os| {
                let s = src.wrapping_offset(os);
                if ss == 1 {
                    // SAFETY: a contiguous run of `n` live source elements.
                    out.extend_from_slice(unsafe { core::slice::from_raw_parts(s, n) });
                    return;
                }
                let at = out.len();
                // SAFETY: room for `n` more elements (reserved above), and
                // one run of live source elements.
                unsafe { run::<Init, T>(out.as_mut_ptr().add(at), 1, s, ss, n) };
                // SAFETY: the run initialised `at..at + n`.
                unsafe { out.set_len(at + n) };
            });
        }
    }
}

/// The elements of `raw` in logical C order, in a fresh buffer (huge pages
/// for large ones, see [`crate::alloc`]).
pub(crate) fn to_vec<T: Clone, S: Shape>(raw: &RawView<T, S>) -> Vec<T> {
    let mut out = crate::alloc::vec_with_capacity(raw.len());
    if !raw.is_empty() && crate::strides::is_c_contiguous(raw.dims(), raw.strides()) {
        // The common case first, without the layout analysis (it costs
        // about as much as copying a small array).
        // SAFETY: a C-contiguous live view: `len` elements from `ptr`.
        out.extend_from_slice(unsafe { core::slice::from_raw_parts(raw.ptr, raw.len()) });
        return out;
    }
    // SAFETY: `raw` is a live view (RawView invariant), borrowed by the
    // caller for the call.
    unsafe { extend(&mut out, raw.ptr, raw.dims(), raw.strides()) };
    debug_assert_eq!(out.len(), raw.len());
    out
}

/// Copies the pair with the plane of axis `p` and the inner axis tiled; the
/// other axes are walked around it. `bytes` is the size of the whole
/// destination (it decides whether tiles are streamed).
///
/// # Safety
/// `src`/`dst` with the pair's strides address live source elements (not
/// mutated during the call) and valid destination slots for `P`, disjoint.
unsafe fn tiled<P: Put, T: Clone, K: TileKernel<T>>(
    dst: *mut T,
    src: *const T,
    pair: &Pair,
    p: usize,
    bytes: usize,
) {
    let rank = pair.rank;
    let q = rank - 1;
    let mut outer_dims = [1usize; MAX_RANK];
    let mut outer_src = [0isize; MAX_RANK];
    let mut outer_dst = [0isize; MAX_RANK];
    let mut n = 0;
    for k in (0..q).filter(|&k| k != p) {
        outer_dims[n] = pair.dims[k];
        outer_src[n] = pair.src[k];
        outer_dst[n] = pair.dst[k];
        n += 1;
    }
    let plane = Plane {
        rows: pair.dims[p],
        cols: pair.dims[q],
        src_row: pair.src[p],
        src_col: pair.src[q],
        dst_row: pair.dst[p],
        dst_col: pair.dst[q],
        prefetch: bytes >= PREFETCH_THRESHOLD,
        tile: tile_shape::<T>(pair.src[q]),
    };
    let per_tile = plane.tile.0 * plane.tile.1;
    let mut buf = (plane.dst_col == 1 && stream::enabled::<T>(bytes, per_tile)).then(Buf::new);
    for_each_offset2(
        &outer_dims[..n],
        &outer_dst[..n],
        &outer_src[..n],
        |od, os| {
            let (s, d) = (src.wrapping_offset(os), dst.wrapping_offset(od));
            // SAFETY: the plane at this outer multi-index is part of both
            // layouts (caller's contract); streaming only where enabled.
            unsafe {
                match buf.as_mut() {
                    Some(buf) => plane.copy_streamed::<T, K>(s, d, buf),
                    None => plane.copy::<P, T, K>(s, d),
                }
            }
        },
    );
    if buf.is_some() {
        stream::fence();
    }
}

/// Asks for the cache lines of `bytes` bytes from `ptr` (a hint: never a
/// memory access, never a fault).
#[inline(always)]
fn prefetch_lines(ptr: *const u8, bytes: usize) {
    #[cfg(target_arch = "x86_64")]
    for k in (0..bytes).step_by(64) {
        use core::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: SSE is part of the x86-64 baseline; a prefetch reads and
        // writes nothing.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(ptr.wrapping_add(k).cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (ptr, bytes);
}

/// Tiled copies writing at least this many bytes prefetch the next tile's
/// source lines; smaller ones stay in L2, where the prefetches only cost
/// (a 32 x 32 `f32` transpose took 8 % longer with them).
const PREFETCH_THRESHOLD: usize = 1 << 20;

/// How one tile of a [`Plane`] is copied: [`Scalar`] for any `T: Clone`,
/// `bits::Simd` for the primitives.
trait TileKernel<T> {
    /// Copies the tile `r0..r1` by `c0..c1` of `plane`.
    ///
    /// # Safety
    /// As for [`Plane::copy`], for a sub-rectangle of the plane.
    unsafe fn tile<P: Put>(
        plane: &Plane,
        src: *const T,
        dst: *mut T,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    );
}

/// Element by element, `clone` for each, in unrolled blocks.
struct Scalar;

impl<T: Clone> TileKernel<T> for Scalar {
    #[inline(always)]
    unsafe fn tile<P: Put>(
        plane: &Plane,
        src: *const T,
        dst: *mut T,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        // SAFETY: caller's contract; the constant strides are the plane's.
        unsafe {
            match (plane.dst_col, plane.src_row) {
                (1, 1) => plane.tile::<P, T, true, true>(src, dst, r0, r1, c0, c1),
                (1, _) => plane.tile::<P, T, true, false>(src, dst, r0, r1, c0, c1),
                _ => plane.tile::<P, T, false, false>(src, dst, r0, r1, c0, c1),
            }
        }
    }
}

/// A 2-D plane to copy: for `r < rows` and `c < cols`, the destination
/// element at `r * dst_row + c * dst_col` gets the source element at
/// `r * src_row + c * src_col`, where `|src_row| < |src_col|`: the
/// destination's inner axis (columns) runs across source lines.
struct Plane {
    rows: usize,
    cols: usize,
    src_row: isize,
    src_col: isize,
    dst_row: isize,
    dst_col: isize,
    /// Whether the source lines of the next tile are prefetched.
    prefetch: bool,
    /// Rows and columns of a tile ([`tile_shape`]).
    tile: (usize, usize),
}

/// The shape of a tile, (rows, columns) in elements, for a plane whose
/// source lines (one per column) are `src_col` elements apart. A tile reads
/// `columns` source lines, `rows` elements of each, and writes `rows`
/// destination lines of `columns` elements; tiles are walked column band by
/// column band, so each band reads a block of source lines once, in order.
///
/// - Source lines less than a page apart: 256 bytes of each destination row
///   (4 cache lines) by at least a cache line of each source line (16 rows
///   of 4-byte and larger elements, 64 of bytes).
/// - Source lines a page or more apart (every line on its own page, as in a
///   `(4096, 4096)` `.T`): 128 bytes of each by 128 bytes of each, which
///   reads more of every far line (and page) per visit.
///
/// Measured (BENCHMARKS.md, "Copies"; scratch program, assign into existing
/// memory, ratio to `copy_from_slice`): once the streamed rows were whole
/// lines, 256 destination bytes beat 512 and 1024 for `f32` and `f64` (`f32`
/// `(4096, 4096)` `.T` 1.9x -> 1.2x, `f64` 1.0x -> 0.9x, the `(256, 512,
/// 384)` transposes 1.6x -> 1.4-1.5x); for far lines 128 x 128 bytes took
/// `u8` `.T` from 3.6-3.8x to 2.7x and `f32` `.T` from 1.05x to 0.85-0.88x,
/// while on the `(256, 512, 384)` transposes (lines 384 elements apart) it
/// was slower (`u8` 2.2x -> 2.4-3.2x), hence the two shapes.
fn tile_shape<T>(src_col: isize) -> (usize, usize) {
    let size = size_of::<T>();
    if size == 0 {
        return (16, 64);
    }
    let far = src_col.unsigned_abs().saturating_mul(size) >= PAGE;
    let (row_bytes, col_bytes) = if far { (128, 128) } else { (64, 256) };
    ((row_bytes / size).max(16), (col_bytes / size).max(1))
}

/// The smallest page size of the common targets.
const PAGE: usize = 4096;
/// Rows are walked in blocks of this many, band by band inside each block,
/// so that the destination pages a band touches stay in the TLB.
const ROW_BLOCK: usize = 1024;
/// Side of the unrolled block inside a tile.
const MICRO: usize = 4;

impl Plane {
    /// The source's row stride: the constant 1 when `SRC1`.
    #[inline(always)]
    fn src_row<const SRC1: bool>(&self) -> isize {
        if SRC1 {
            1
        } else {
            self.src_row
        }
    }

    /// The destination's column stride: the constant 1 when `UNIT`, so the
    /// stores of a row are adjacent to the compiler too.
    #[inline(always)]
    fn dst_col<const UNIT: bool>(&self) -> isize {
        if UNIT {
            1
        } else {
            self.dst_col
        }
    }

    /// # Safety
    /// Every source offset of the plane addresses a live element, not mutated
    /// during the call; every destination offset is a valid slot for `P`.
    unsafe fn copy<P: Put, T: Clone, K: TileKernel<T>>(&self, src: *const T, dst: *mut T) {
        let (rows_per_tile, cols_per_tile) = self.tile;
        for block in (0..self.rows).step_by(ROW_BLOCK) {
            let block_end = (block + ROW_BLOCK).min(self.rows);
            for c0 in (0..self.cols).step_by(cols_per_tile) {
                let c1 = (c0 + cols_per_tile).min(self.cols);
                for r0 in (block..block_end).step_by(rows_per_tile) {
                    let r1 = (r0 + rows_per_tile).min(block_end);
                    self.prefetch::<T>(src, r1, (r1 + rows_per_tile).min(block_end), c0, c1);
                    // SAFETY: a sub-rectangle of the plane (caller's contract).
                    unsafe { K::tile::<P>(self, src, dst, r0, r1, c0, c1) };
                }
            }
        }
    }

    /// Asks for the source lines of the next tile, `r0..r1` by `c0..c1`
    /// (empty past the block), while this one is copied: a tile reads one
    /// short piece of each of many far-apart source lines, which the
    /// hardware prefetchers do not follow. Only for a source contiguous
    /// along the rows (a transpose); a hint, never a memory access.
    #[inline(always)]
    fn prefetch<T>(&self, src: *const T, r0: usize, r1: usize, c0: usize, c1: usize) {
        if self.prefetch && self.src_row == 1 && r0 < r1 {
            let span = (r1 - r0) * size_of::<T>();
            for c in c0..c1 {
                let line = src.wrapping_offset(r0 as isize + c as isize * self.src_col);
                prefetch_lines(line.cast(), span);
            }
        }
    }

    /// As [`Plane::copy`], each tile cloned into `buf` (laid out as the
    /// destination rows) and its rows streamed to the destination.
    ///
    /// # Safety
    /// As for [`Plane::copy`] with `dst_col == 1`; `T` has no drop glue and
    /// a tile fits the buffer ([`stream::enabled`]). Call [`stream::fence`]
    /// afterwards.
    unsafe fn copy_streamed<T: Clone, K: TileKernel<T>>(
        &self,
        src: *const T,
        dst: *mut T,
        buf: &mut Buf,
    ) {
        let (rows_per_tile, cols_per_tile) = self.tile;
        let staged = buf.as_mut_ptr::<T>();
        // The first band ends where row 0 of the destination reaches a
        // cache line. When the destination's rows are a whole number of
        // lines apart (any power-of-two row of 64 bytes or more), every
        // later band then starts on a line in every row, and the streamed
        // pieces of rows are whole lines (see `stream::bytes`).
        let lead = stream::to_next_line(dst).min(self.cols);
        let bands = (lead > 0).then_some((0, lead)).into_iter().chain(
            (lead..self.cols)
                .step_by(cols_per_tile)
                .map(|c0| (c0, (c0 + cols_per_tile).min(self.cols))),
        );
        for block in (0..self.rows).step_by(ROW_BLOCK) {
            let block_end = (block + ROW_BLOCK).min(self.rows);
            for (c0, c1) in bands.clone() {
                let width = c1 - c0;
                for r0 in (block..block_end).step_by(rows_per_tile) {
                    let r1 = (r0 + rows_per_tile).min(block_end);
                    self.prefetch::<T>(src, r1, (r1 + rows_per_tile).min(block_end), c0, c1);
                    // The tile as a plane of its own whose destination is
                    // the buffer, `width` elements per row.
                    let tile = Plane {
                        rows: r1 - r0,
                        cols: width,
                        src_row: self.src_row,
                        src_col: self.src_col,
                        dst_row: width as isize,
                        dst_col: 1,
                        prefetch: false,
                        tile: self.tile,
                    };
                    let from = src
                        .wrapping_offset(r0 as isize * self.src_row + c0 as isize * self.src_col);
                    // The buffer's room was checked by `stream::enabled`.
                    // SAFETY: the tile's source elements are live (caller's contract);
                    // the buffer holds `(r1 - r0) * width <= rows_per_tile * cols_per_tile`.
                    unsafe { K::tile::<Init>(&tile, from, staged, 0, r1 - r0, 0, width) };
                    for r in r0..r1 {
                        let row = dst.wrapping_offset(r as isize * self.dst_row + c0 as isize);
                        // The staged clones move there bytewise; the buffer is
                        // reused without dropping them.
                        // SAFETY: row `r`, columns `c0..c1`: `width` contiguous slots of the plane.
                        unsafe {
                            stream::bytes(
                                row.cast(),
                                staged.add((r - r0) * width).cast_const().cast(),
                                width * size_of::<T>(),
                            )
                        };
                    }
                }
            }
        }
    }

    /// One tile, `r0..r1` by `c0..c1`, in unrolled `MICRO x MICRO` blocks and
    /// single elements at the edges.
    ///
    /// # Safety
    /// As for [`Plane::copy`], for a sub-rectangle of the plane; `UNIT` only
    /// if `dst_col == 1`, `SRC1` only if `src_row == 1`.
    #[inline(always)]
    unsafe fn tile<P: Put, T: Clone, const UNIT: bool, const SRC1: bool>(
        &self,
        src: *const T,
        dst: *mut T,
        r0: usize,
        r1: usize,
        c0: usize,
        c1: usize,
    ) {
        let mut r = r0;
        while r + MICRO <= r1 {
            let mut c = c0;
            while c + MICRO <= c1 {
                // SAFETY: the block r..r + MICRO by c..c + MICRO is in the tile.
                unsafe { self.micro_block::<P, T, UNIT, SRC1>(src, dst, r, c) };
                c += MICRO;
            }
            for row in r..r + MICRO {
                for col in c..c1 {
                    // SAFETY: (row, col) is in the tile.
                    unsafe { self.element::<P, T, UNIT, SRC1>(src, dst, row, col) };
                }
            }
            r += MICRO;
        }
        for row in r..r1 {
            for col in c0..c1 {
                // SAFETY: (row, col) is in the tile.
                unsafe { self.element::<P, T, UNIT, SRC1>(src, dst, row, col) };
            }
        }
    }

    /// Copies the `MICRO x MICRO` block at `(r, c)`: all loads first (from
    /// `MICRO` source lines, so their cache misses overlap), then all stores.
    ///
    /// # Safety
    /// The block lies in the plane (see [`Plane::copy`]).
    #[inline(always)]
    unsafe fn micro_block<P: Put, T: Clone, const UNIT: bool, const SRC1: bool>(
        &self,
        src: *const T,
        dst: *mut T,
        r: usize,
        c: usize,
    ) {
        let (r, c) = (r as isize, c as isize);
        let dst_col = self.dst_col::<UNIT>();
        let src = src.wrapping_offset(r * self.src_row::<SRC1>() + c * self.src_col);
        let dst = dst.wrapping_offset(r * self.dst_row + c * dst_col);
        let block: [[T; MICRO]; MICRO] = core::array::from_fn(|j| {
            core::array::from_fn(|i| {
                let offset = j as isize * self.src_row::<SRC1>() + i as isize * self.src_col;
                // SAFETY: (r + j, c + i) is in the plane: a live source element.
                unsafe { &*src.offset(offset) }.clone()
            })
        });
        for (j, row) in block.into_iter().enumerate() {
            for (i, x) in row.into_iter().enumerate() {
                let offset = j as isize * self.dst_row + i as isize * dst_col;
                // SAFETY: (r + j, c + i) is in the plane: a valid slot.
                unsafe { P::store(dst.offset(offset), x) };
            }
        }
    }

    /// Copies the element at `(r, c)`.
    ///
    /// # Safety
    /// `(r, c)` lies in the plane (see [`Plane::copy`]).
    #[inline(always)]
    unsafe fn element<P: Put, T: Clone, const UNIT: bool, const SRC1: bool>(
        &self,
        src: *const T,
        dst: *mut T,
        r: usize,
        c: usize,
    ) {
        let (r, c) = (r as isize, c as isize);
        // SAFETY: (r, c) is in the plane: its source element is live and its
        // destination slot valid (caller's contract).
        unsafe {
            P::put(
                dst.offset(r * self.dst_row + c * self.dst_col::<UNIT>()),
                src.offset(r * self.src_row::<SRC1>() + c * self.src_col),
            )
        }
    }
}

/// The element offset of flat (C-order) position `k < len` of `raw`: `take`
/// gathers with it in O(rank) per index, whatever the view's size.
pub(crate) fn flat_offset<T, S: Shape>(raw: &RawView<T, S>, k: usize) -> isize {
    debug_assert!(k < raw.len());
    let mut rest = k;
    let mut offset = 0isize;
    for (&d, &s) in raw.dims().iter().zip(raw.strides()).rev() {
        offset += (rest % d) as isize * s;
        rest /= d;
    }
    offset
}
