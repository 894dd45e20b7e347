//! Why the copy engine walks contiguous runs in the *source's* order, and
//! what bounds the stepped copies (BENCHMARKS.md, "What was tried" and
//! "Targets not met"). Over a `(256, 512, 384)` `f32` array (192 MiB),
//! every variant is run in turn, 15 rounds, and the medians are printed
//! with their ratio to `copy_from_slice` between two existing buffers:
//!
//! ```sh
//! cd benches && cargo run --release --bin read_order
//! ```
//!
//! - `x[:, ::-1]` by hand: each 1536-byte row copied with non-temporal
//!   stores, in the destination's order (source rows read backwards within
//!   each plane) or in the source's order (destination rows written
//!   backwards), and rows in order; the library's `out.assign(x[:, ::-1])`
//!   and its contiguous `out.assign(&x)`;
//! - `x[::2, :, ::3]`: the library's `assign` against a bare read of every
//!   cache line it needs (every other plane) and against its own 32 MiB
//!   `copy_from_slice` limit.
//!
//! The hand-written rows leave out the last 64 bytes of each row and start
//! 48 bytes into it, so every store is a whole, aligned line.

use ndview::prelude::*;
use std::cell::RefCell;
use std::hint::black_box;
use std::time::Instant;

type Cube = shape![256, 512, 384];
type Stepped = shape![128, 512, 128];
const ROW: usize = 384 * 4;

/// Runs each variant once, then `rounds` times in turn; prints the medians
/// (ms) and their ratio to the first variant's.
fn rounds(names: &[&str], variants: &mut [&mut dyn FnMut()], rounds: usize) {
    for f in variants.iter_mut() {
        f();
    }
    let mut t = vec![Vec::new(); variants.len()];
    for _ in 0..rounds {
        for (k, f) in variants.iter_mut().enumerate() {
            let s = Instant::now();
            f();
            t[k].push(s.elapsed().as_secs_f64() * 1e3);
        }
    }
    let medians: Vec<f64> = t
        .iter_mut()
        .map(|v| {
            v.sort_by(|a, b| a.total_cmp(b));
            v[v.len() / 2]
        })
        .collect();
    for (name, m) in names.iter().zip(&medians) {
        println!("  {name:<48} {m:7.2} ms {:5.2}x", m / medians[0]);
    }
}

#[cfg(target_arch = "x86_64")]
fn main() {
    use core::arch::x86_64::*;

    let n = 256 * 512 * 384;
    let x = Array::<f32, Cube>::arange();
    let xs = x.as_slice();
    let a = vec![1f32; n];
    let mut limit_out = vec![0f32; n];
    // Every variant writes into `out`, one at a time.
    let out = RefCell::new(vec![0f32; n]);
    let (a6, mut b6) = (vec![1f32; n / 6], vec![2f32; n / 6]);
    // Row `r` of the destination from row `q` of `x`, whole lines only.
    let row = |out: &mut [f32], r: usize, q: usize| {
        let d = out[r * 384..][..384].as_mut_ptr().cast::<u8>();
        let s = xs[q * 384..][..384].as_ptr().cast::<u8>();
        let skip = d.align_offset(64);
        for k in (skip..skip + ROW - 64).step_by(16) {
            // SAFETY: `k + 16 <= ROW`: inside both rows; `d + k` is 16-byte
            // aligned (`d + skip` is 64-byte aligned); SSE2 is baseline.
            unsafe { _mm_stream_ps(d.add(k).cast(), _mm_loadu_ps(s.add(k).cast())) };
        }
    };
    let fence = || {
        // SAFETY: `sfence` only orders stores.
        unsafe { _mm_sfence() }
    };
    println!("x[:, ::-1] of a (256, 512, 384) f32 array, into existing memory:");
    rounds(
        &[
            "copy_from_slice, 192 MiB (the limit)",
            "library: out.assign(x[:, ::-1])",
            "by hand: destination order (source backwards)",
            "by hand: source order (destination backwards)",
            "by hand: rows in order (a contiguous copy)",
            "library: out.assign(&x) (contiguous)",
        ],
        &mut [
            &mut || black_box(&mut limit_out[..]).copy_from_slice(black_box(&a[..])),
            &mut || {
                let mut out = out.borrow_mut();
                let mut o = ViewMut::<f32, Cube>::from_slice_mut(&mut out).unwrap();
                o.assign(nd!(x[:, ::-1]));
            },
            &mut || {
                let mut out = out.borrow_mut();
                for i in 0..256 {
                    for j in 0..512 {
                        row(&mut out, i * 512 + j, i * 512 + 511 - j);
                    }
                }
                fence();
            },
            &mut || {
                let mut out = out.borrow_mut();
                for i in 0..256 {
                    for j in 0..512 {
                        row(&mut out, i * 512 + 511 - j, i * 512 + j);
                    }
                }
                fence();
            },
            &mut || {
                let mut out = out.borrow_mut();
                for r in 0..256 * 512 {
                    row(&mut out, r, r);
                }
                fence();
            },
            &mut || {
                let mut out = out.borrow_mut();
                let mut o = ViewMut::<f32, Cube>::from_slice_mut(&mut out).unwrap();
                o.assign(&x);
            },
        ],
        15,
    );
    println!("x[::2, :, ::3] of the same array (32 MiB out), into existing memory:");
    rounds(
        &[
            "copy_from_slice, 32 MiB (the limit)",
            "library: out.assign(x[::2, :, ::3])",
            "bare read of every other plane (96 MiB)",
        ],
        &mut [
            &mut || black_box(&mut b6[..]).copy_from_slice(black_box(&a6[..])),
            &mut || {
                let mut out = out.borrow_mut();
                let mut o = ViewMut::<f32, Stepped>::from_slice_mut(&mut out[..n / 6]).unwrap();
                o.assign(nd!(x[::2, :, ::3]));
            },
            &mut || {
                let plane = 512 * 384;
                let mut acc = [0f32; 16];
                for p in xs.chunks_exact(plane).step_by(2) {
                    for v in p.chunks_exact(16) {
                        for (a, v) in acc.iter_mut().zip(v) {
                            *a += v;
                        }
                    }
                }
                black_box(acc);
            },
        ],
        15,
    );
}

#[cfg(not(target_arch = "x86_64"))]
fn main() {
    println!("read_order measures x86-64 non-temporal stores; nothing to do here");
}
