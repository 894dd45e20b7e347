//! The seed's first lesson, measured in Rust: build 10,000 rows of 10 `f64`.
//!
//! Run it with `cargo run --release --example preallocate`.
//!
//! NumPy's anti-pattern grows the result with `np.concatenate` in a loop:
//! every step allocates a new array and copies everything built so far, so
//! the total work is quadratic. The fix preallocates once and fills rows:
//!
//! ```text
//! NumPy                                        ndview
//! arr = np.empty((0, 10))                      let mut acc = Array::<f64, shape![Dyn, 10]>::from_shape_vec([0, 10], vec![])?;
//! for i in range(n):                           for i in 0..n {
//!     arr = np.concatenate((arr, row[None]))       acc = concatenate((&acc, nd!(row[None])), Axis::<0>)?;
//!                                              }
//! arr = np.empty((n, 10))                      let mut arr = Array::<f64, shape![Dyn, 10]>::from_shape_elem([n, 10], 0.0)?;
//! for i in range(n):                           for i in 0..n {
//!     arr[i] = row                                 nd!(mut arr[{i}]).assign(&row); // a view, then a copy: no allocation
//!                                              }
//! ```
//!
//! The seed reports about 25x between the two in NumPy (14.6x measured with
//! NumPy 2.4 on the project's machine, where the Python loop itself costs
//! most of the preallocated version's time). Here the preallocated loop does
//! no allocation at all, which this example checks by counting allocations.
//!
//! The second half shows the seed's other point: once the memory exists,
//! filling it from a *permuted* view (`out.assign(nd!(x.transpose(2, 0, 1)))`)
//! costs about what a plain copy of the same bytes costs (0.85x for this
//! 48 MiB array in one run; 1.0-1.5x for the larger arrays of BENCHMARKS.md),
//! not the several times more an element-by-element walk would (ndarray's
//! `assign` of the same view: 2.4-56x slower there).

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::{concatenate, Axis};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const ROWS: usize = 10_000;
const RUNS: usize = 5;

/// The system allocator, counting allocations so the example can show that
/// the preallocated fill loop makes none.
struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Row `i` of the result: `i * 10 + j` for `j` in `0..10`, written into a
/// reused buffer (both versions build the same rows the same way).
fn make_row(i: usize, row: &mut Array<f64, shape![10]>) {
    for (j, x) in row.iter_mut().enumerate() {
        *x = (i * 10 + j) as f64;
    }
}

/// `np.concatenate` in a loop: a new array every step.
fn concatenate_in_a_loop(n: usize) -> Array<f64, shape![Dyn, 10]> {
    let mut acc = Array::<f64, shape![Dyn, 10]>::from_shape_vec([0, 10], Vec::new())
        .expect("an empty (0, 10) array");
    let mut row = Array::<f64, shape![10]>::zeros();
    for i in 0..n {
        make_row(i, &mut row);
        acc = concatenate((&acc, nd!(row[None])), Axis::<0>).expect("rows of 10 join");
    }
    acc
}

/// Preallocate once, then assign each row through a mutable view. Returns
/// the array and the number of allocations the fill loop made.
fn preallocate_and_fill(n: usize) -> (Array<f64, shape![Dyn, 10]>, usize) {
    let mut arr = Array::<f64, shape![Dyn, 10]>::from_shape_elem([n, 10], 0.0)
        .expect("(n, 10) matches shape![Dyn, 10]");
    let mut row = Array::<f64, shape![10]>::zeros();
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for i in 0..n {
        make_row(i, &mut row);
        nd!(mut arr[{ i }]).assign(&row);
    }
    let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
    (arr, allocations)
}

type Cube = shape![64, 512, 384];
type CubeT = shape![384, 64, 512];

/// Fill preallocated arrays from a (64, 512, 384) f32 array: a plain copy of
/// the same bytes, then its `transpose(2, 0, 1)` and a reversed view.
/// Returns the three median times.
fn fill_from_views() -> (Duration, Duration, Duration) {
    let x = Array::<f32, Cube>::arange();
    let mut same = Array::<f32, Cube>::zeros();
    let mut permuted = Array::<f32, CubeT>::zeros();
    let mut flipped = Array::<f32, Cube>::zeros();
    let (plain, ()) = median_time(|| same.as_mut_slice().copy_from_slice(x.as_slice()));
    let (transposed, ()) = median_time(|| permuted.assign(nd!(x.transpose(2, 0, 1))));
    let (reversed, ()) = median_time(|| flipped.assign(nd!(x[::-1, ::-1])));
    assert_eq!(nd!(permuted[5, 6, 7]), nd!(x[6, 7, 5]));
    assert_eq!(nd!(flipped[0, 0, 3]), nd!(x[63, 511, 3]));
    (plain, transposed, reversed)
}

/// The median time of `RUNS` runs of `f`.
fn median_time<R>(mut f: impl FnMut() -> R) -> (Duration, R) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let out = std::hint::black_box(f());
        times.push(start.elapsed());
        last = Some(out);
    }
    times.sort();
    (times[RUNS / 2], last.expect("RUNS > 0"))
}

fn main() {
    let (slow, grown) = median_time(|| concatenate_in_a_loop(ROWS));
    let (fast, (filled, allocations)) = median_time(|| preallocate_and_fill(ROWS));
    assert_eq!(grown, filled, "both ways build the same array");
    assert_eq!(
        allocations, 0,
        "the preallocated fill loop must not allocate"
    );

    println!("{ROWS} rows of 10 f64, median of {RUNS} runs:");
    println!(
        "  concatenate in a loop:      {:>10.3} ms  (a new array every row)",
        slow.as_secs_f64() * 1e3
    );
    println!(
        "  preallocate, assign rows:   {:>10.3} ms  ({allocations} allocations in the fill loop)",
        fast.as_secs_f64() * 1e3
    );
    println!(
        "  ratio:                      {:>10.1}x  (NumPy: ~25x in the seed, 14.6x measured with NumPy 2.4)",
        slow.as_secs_f64() / fast.as_secs_f64()
    );

    let (plain, transposed, reversed) = fill_from_views();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("\nfilling a preallocated (64, 512, 384) f32 array (48 MiB), median of {RUNS} runs:");
    println!(
        "  copy_from_slice of the same bytes:       {:>8.2} ms",
        ms(plain)
    );
    println!(
        "  assign(nd!(x.transpose(2, 0, 1))):      {:>8.2} ms  ({:.2}x the plain copy)",
        ms(transposed),
        ms(transposed) / ms(plain)
    );
    println!(
        "  assign(nd!(x[::-1, ::-1])):             {:>8.2} ms  ({:.2}x the plain copy)",
        ms(reversed),
        ms(reversed) / ms(plain)
    );
}
