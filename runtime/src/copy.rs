//! The explicit-copy kernels: gather a strided view into C order, at memory
//! speed where the layout allows it.
//!
//! Every copy (`copy()`, `to_vec()`, `flatten()`) first simplifies the view's
//! layout ([`Axes::c_order`]): size-1 axes go and neighbouring axes that are
//! contiguous with each other merge, so a C-contiguous view is one axis and a
//! `(2, 0, 1)` permutation of a C array is a 2-D transpose. Then:
//!
//! - one contiguous run: a single `extend_from_slice` (a `memcpy` for `Copy`
//!   types, which the standard library specialises);
//! - the innermost axis has the smallest source stride: the output is written
//!   in order, one run of the innermost axis at a time;
//! - otherwise the output's innermost axis is far apart in the source: the
//!   plane of that axis and the axis with the smallest source stride is copied
//!   in square tiles that fit in L1, so reads and writes both use whole cache
//!   lines (a cache-blocked transpose).

use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};
use crate::view::iter::{for_each_offset, Axes};

/// The elements of `raw` in logical C order.
pub(crate) fn to_vec<T: Clone, S: Shape>(raw: &RawView<T, S>) -> Vec<T> {
    let len = raw.len();
    if len == 0 {
        return Vec::new();
    }
    let axes = Axes::c_order(raw.dims(), raw.strides());
    let mut out = Vec::with_capacity(len);
    match tile_axis(&axes) {
        // Tiles write out of order; a `Clone` that panics midway would leak
        // the clones made so far, so types with drop glue copy in order.
        Some(p) if !core::mem::needs_drop::<T>() => {
            // SAFETY: `raw` is a live view (RawView invariant) of `len`
            // elements, `axes` its simplified layout, and `out` has room for
            // `len` elements.
            unsafe { copy_tiled(raw.ptr, &axes, p, out.as_mut_ptr()) };
            // SAFETY: copy_tiled initialised every element of 0..len exactly
            // once (the tiles cover the output's index space).
            unsafe { out.set_len(len) };
        }
        _ => copy_runs(raw.ptr, &axes, &mut out),
    }
    debug_assert_eq!(out.len(), len);
    out
}

/// The axis worth tiling with the innermost one: the axis with the smallest
/// source stride, when it is smaller than the innermost axis's stride and the
/// innermost axis is not already contiguous (or a broadcast).
fn tile_axis(axes: &Axes) -> Option<usize> {
    let rank = axes.rank;
    let inner = axes.strides[rank - 1].unsigned_abs();
    if rank < 2 || inner <= 1 {
        return None;
    }
    let p = (0..rank - 1).min_by_key(|&k| axes.strides[k].unsigned_abs())?;
    (axes.strides[p].unsigned_abs() < inner).then_some(p)
}

/// Appends the elements in C order, one run of the innermost axis at a time.
fn copy_runs<T: Clone>(src: *const T, axes: &Axes, out: &mut Vec<T>) {
    let rank = axes.rank;
    let (len, stride) = axes.inner();
    for_each_offset(
        &axes.dims[..rank - 1],
        &axes.strides[..rank - 1],
        |offset| {
            let run = src.wrapping_offset(offset);
            if stride == 1 {
                // SAFETY: a stride-1 run of `len` live elements of the view,
                // not mutated while the caller borrows it.
                out.extend_from_slice(unsafe { core::slice::from_raw_parts(run, len) });
            } else {
                out.extend((0..len as isize).map(|k| {
                    // SAFETY: the k-th element of an in-bounds run.
                    unsafe { &*run.offset(k * stride) }.clone()
                }));
            }
        },
    );
}

/// Copies the view into `out` in C order, tiling the plane of axis `p` and the
/// innermost axis; the other axes are walked around it.
///
/// # Safety
/// `src` with `axes` must address live elements (the RawView invariant) not
/// mutated during the call, and `out` must be valid for writes of
/// `axes.len()` elements.
unsafe fn copy_tiled<T: Clone>(src: *const T, axes: &Axes, p: usize, out: *mut T) {
    let rank = axes.rank;
    let q = rank - 1;
    // The output is C-contiguous over the simplified dims.
    let mut out_strides = [0isize; MAX_RANK];
    crate::strides::c_strides(&axes.dims[..rank], &mut out_strides[..rank]);
    // Walk every axis except p and q around the plane.
    let mut outer_dims = [1usize; MAX_RANK];
    let mut outer_src = [0isize; MAX_RANK];
    let mut outer_out = [0isize; MAX_RANK];
    let mut n = 0;
    for k in (0..rank).filter(|&k| k != p && k != q) {
        outer_dims[n] = axes.dims[k];
        outer_src[n] = axes.strides[k];
        outer_out[n] = out_strides[k];
        n += 1;
    }
    let plane = Plane {
        rows: axes.dims[p],
        cols: axes.dims[q],
        src_row: axes.strides[p],
        src_col: axes.strides[q],
        out_row: out_strides[p],
    };
    let mut idx = [0usize; MAX_RANK];
    let total: usize = outer_dims[..n].iter().product();
    let (mut src_offset, mut out_offset) = (0isize, 0isize);
    for _ in 0..total {
        // SAFETY: the plane at this outer multi-index is part of the view
        // and of the output (caller's contract).
        unsafe {
            plane.copy(
                src.wrapping_offset(src_offset),
                out.wrapping_offset(out_offset),
            )
        };
        for k in (0..n).rev() {
            idx[k] += 1;
            src_offset += outer_src[k];
            out_offset += outer_out[k];
            if idx[k] < outer_dims[k] {
                break;
            }
            src_offset -= outer_src[k] * outer_dims[k] as isize;
            out_offset -= outer_out[k] * outer_dims[k] as isize;
            idx[k] = 0;
        }
    }
}

/// A 2-D plane to copy: `out[r * out_row + c] = src[r * src_row + c * src_col]`
/// for `r < rows`, `c < cols`, where `|src_row| < |src_col|`: the output's
/// rows run along the source's columns.
struct Plane {
    rows: usize,
    cols: usize,
    src_row: isize,
    src_col: isize,
    out_row: isize,
}

/// Tile sizes, in elements. A tile reads `TILE_COLS` source lines of
/// `TILE_ROWS` elements and writes `TILE_ROWS` output lines of `TILE_COLS`
/// elements; tiles are walked column band by column band, so each band reads
/// a block of source lines once, in order. Rows are walked in blocks of
/// `ROW_BLOCK` so the output pages a band touches stay in the TLB. Tuned on
/// the benchmarks of BENCHMARKS.md (f32 and f64): tiles from 16 to 64 differ
/// by less than the machine's noise; the unrolled 4 x 4 blocks with their
/// loads first gained 10-25 % over a plain double loop.
const TILE_ROWS: usize = 16;
const TILE_COLS: usize = 64;
const ROW_BLOCK: usize = 1024;
/// Side of the unrolled block inside a tile.
const MICRO: usize = 4;

impl Plane {
    /// # Safety
    /// Every source offset of the plane addresses a live element, not mutated
    /// during the call; every output offset is valid for writes.
    unsafe fn copy<T: Clone>(&self, src: *const T, out: *mut T) {
        for block in (0..self.rows).step_by(ROW_BLOCK) {
            let block_end = (block + ROW_BLOCK).min(self.rows);
            for c0 in (0..self.cols).step_by(TILE_COLS) {
                let c1 = (c0 + TILE_COLS).min(self.cols);
                for r0 in (block..block_end).step_by(TILE_ROWS) {
                    let r1 = (r0 + TILE_ROWS).min(block_end);
                    // SAFETY: a sub-rectangle of the plane (caller's contract).
                    unsafe { self.tile(src, out, r0, r1, c0, c1) };
                }
            }
        }
    }

    /// One tile, `r0..r1` by `c0..c1`, in unrolled `MICRO x MICRO` blocks and
    /// single elements at the edges.
    ///
    /// # Safety
    /// As for [`Plane::copy`], for a sub-rectangle of the plane.
    #[inline(always)]
    unsafe fn tile<T: Clone>(
        &self,
        src: *const T,
        out: *mut T,
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
                unsafe { self.micro_block(src, out, r, c) };
                c += MICRO;
            }
            for row in r..r + MICRO {
                for col in c..c1 {
                    // SAFETY: (row, col) is in the tile.
                    unsafe { self.element(src, out, row, col) };
                }
            }
            r += MICRO;
        }
        for row in r..r1 {
            for col in c0..c1 {
                // SAFETY: (row, col) is in the tile.
                unsafe { self.element(src, out, row, col) };
            }
        }
    }

    /// Copies the `MICRO x MICRO` block at `(r, c)`: all loads first (from
    /// `MICRO` source lines, so their cache misses overlap), then all stores.
    ///
    /// # Safety
    /// The block lies in the plane (see [`Plane::copy`]).
    #[inline(always)]
    unsafe fn micro_block<T: Clone>(&self, src: *const T, out: *mut T, r: usize, c: usize) {
        let src = src.wrapping_offset(r as isize * self.src_row + c as isize * self.src_col);
        let out = out.wrapping_offset(r as isize * self.out_row + c as isize);
        let block: [[T; MICRO]; MICRO] = core::array::from_fn(|j| {
            core::array::from_fn(|i| {
                let offset = j as isize * self.src_row + i as isize * self.src_col;
                // SAFETY: (r + j, c + i) is in the plane: a live source element.
                unsafe { &*src.offset(offset) }.clone()
            })
        });
        for (j, row) in block.into_iter().enumerate() {
            for (i, x) in row.into_iter().enumerate() {
                // SAFETY: (r + j, c + i) is in the plane: a writable output slot.
                unsafe { out.offset(j as isize * self.out_row + i as isize).write(x) };
            }
        }
    }

    /// Copies the element at `(r, c)`.
    ///
    /// # Safety
    /// `(r, c)` lies in the plane (see [`Plane::copy`]).
    #[inline(always)]
    unsafe fn element<T: Clone>(&self, src: *const T, out: *mut T, r: usize, c: usize) {
        let (r, c) = (r as isize, c as isize);
        // SAFETY: (r, c) is in the plane: its source element is live and its
        // output slot writable (caller's contract).
        unsafe {
            let x = (*src.offset(r * self.src_row + c * self.src_col)).clone();
            out.offset(r * self.out_row + c).write(x);
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
