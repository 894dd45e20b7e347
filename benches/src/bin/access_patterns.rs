//! The memory access patterns of the `(256, 512, 384)` `f32`
//! `transpose(2, 0, 1)` copy, each on its own, against a sequential read,
//! a sequential non-temporal write and `copy_from_slice` of the same 192 MiB
//! (BENCHMARKS.md, "Targets not met"). Wall time, medians of 9:
//!
//! ```sh
//! cd benches && cargo run --release --bin access_patterns
//! ```
//!
//! - writes: 384 destination rows 512 KiB apart, written band by band in
//!   pieces of 128 to 4096 bytes (the tiles' order), with non-temporal
//!   stores, against the same bytes written in order;
//! - reads: 131072 source lines 1536 bytes apart, 64 bytes of each line per
//!   visit, in bands of 16, 64 or 256 lines (the tiles' order), with and
//!   without a prefetch of the next visit, against a sequential read.

use std::hint::black_box;
use std::time::Instant;

const TOTAL: usize = 192 << 20;

fn median_ms(mut f: impl FnMut()) -> f64 {
    f();
    let mut t: Vec<f64> = (0..9)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(|a, b| a.total_cmp(b));
    t[4]
}

#[cfg(target_arch = "x86_64")]
fn main() {
    use core::arch::x86_64::*;

    #[repr(C, align(64))]
    struct Block([u8; 4096]);
    let block = Block([7; 4096]);
    let from = block.0.as_ptr();
    // `len` bytes (a multiple of 16) from the aligned block to `to`
    // (16-byte aligned), with non-temporal stores.
    let stream = |to: *mut u8, len: usize| {
        for k in (0..len).step_by(64) {
            for q in (k..k + 64).step_by(16) {
                // SAFETY: `q + 16 <= len <= 4096` bytes of the block; the
                // caller's `to..to + len` is inside the destination, aligned.
                unsafe { _mm_stream_si128(to.add(q).cast(), _mm_load_si128(from.add(q).cast())) };
            }
        }
    };
    let mut dst = vec![1u8; TOTAL + 64];
    let at = dst.as_ptr().align_offset(64);
    let d = dst[at..].as_mut_ptr();
    let fence = || {
        // SAFETY: `sfence` only orders stores.
        unsafe { _mm_sfence() }
    };

    let src = vec![3u8; TOTAL];
    let mut out = vec![0u8; TOTAL];
    let copy = median_ms(|| black_box(&mut out[..]).copy_from_slice(black_box(&src[..])));
    let write = median_ms(|| {
        // The 192 MiB in order, 4 KiB at a time.
        for k in (0..TOTAL).step_by(4096) {
            stream(d.wrapping_add(k), 4096);
        }
        fence();
    });
    let x = src.as_ptr();
    // Adds the 64 bytes at `p` (four 16-byte loads) into `acc`.
    let line64 = |acc: __m128i, p: *const u8| {
        (0..4).fold(acc, |acc, q| {
            // SAFETY: callers pass `p` with 64 bytes of `src` after it.
            unsafe { _mm_add_epi8(acc, _mm_loadu_si128(p.add(16 * q).cast())) }
        })
    };
    let read = median_ms(|| {
        // SAFETY: SSE2 is baseline on x86-64; register only.
        let mut acc = unsafe { _mm_setzero_si128() };
        for k in (0..TOTAL).step_by(64) {
            acc = line64(acc, x.wrapping_add(k));
        }
        black_box(acc);
    });
    println!("192 MiB: copy_from_slice {copy:.2} ms, sequential read {read:.2} ms, sequential non-temporal write {write:.2} ms");

    let (rows, row) = (384usize, TOTAL / 384);
    for piece in [128usize, 256, 1024, 4096] {
        let t = median_ms(|| {
            for band in 0..row / piece {
                for r in 0..rows {
                    stream(d.wrapping_add(r * row + band * piece), piece);
                }
            }
            fence();
        });
        println!("  writes in the tiles' order, {piece} B per row per band: {t:.2} ms ({:.2}x the sequential write)", t / write);
    }

    let (line, lines) = (1536usize, TOTAL / 1536);
    for band in [16usize, 64, 256] {
        for prefetch in [false, true] {
            let t = median_ms(|| {
                // SAFETY: SSE2 is baseline on x86-64; register only.
                let mut acc = unsafe { _mm_setzero_si128() };
                for b in 0..lines / band {
                    for visit in 0..line / 64 {
                        // The next visit's pieces first, as the engine does
                        // for the next tile.
                        if prefetch && visit + 1 < line / 64 {
                            for l in 0..band {
                                let at = (b * band + l) * line + (visit + 1) * 64;
                                // SAFETY: a hint; SSE is baseline on x86-64.
                                unsafe { _mm_prefetch::<_MM_HINT_T0>(x.wrapping_add(at).cast()) };
                            }
                        }
                        for l in 0..band {
                            acc = line64(acc, x.wrapping_add((b * band + l) * line + visit * 64));
                        }
                    }
                }
                black_box(acc);
            });
            println!("  reads in the tiles' order, {band} lines per band, prefetch {prefetch}: {t:.2} ms ({:.2}x the sequential read)", t / read);
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn main() {
    println!("access_patterns measures x86-64 non-temporal stores; nothing to do here");
}
