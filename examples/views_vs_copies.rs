//! The seed's second lesson, measured in Rust: a slice is a view, fancy
//! indexing is a copy.
//!
//! Run it with `cargo run --release --example views_vs_copies`.
//!
//! ```text
//! NumPy                 ndview                            what it is
//! a[10:20]              nd!(a[10:20])                     a view: pointer, dims, strides
//! a[range(10, 20)]      nd!(a.take([10, 11, ..., 19]))    a new array: allocate + gather
//! a[[2, 7, 11]]         nd!(a.take([2, 7, 11]))           a new array: allocate + gather
//! ```
//!
//! In ndview the difference is visible in the source: `a[[2, 7, 11]]` does
//! not compile and names `.take([2, 7, 11])`, the explicit copy. The view
//! costs a few nanoseconds whatever the slice's length; a copy allocates and
//! grows with the number of elements. The seed's NumPy figures (2-core
//! machine, NumPy 2.4) are printed alongside; they are dominated by Python's
//! per-call overhead, so compare ratios, not absolute times.

use ndview::prelude::*;
use std::hint::black_box;
use std::time::Instant;

/// Calls per timed batch, and batches (the median batch is reported).
const CALLS: u32 = 2_000;
const BATCHES: usize = 51;

/// Median time of one call of `f`, in nanoseconds.
fn median_ns<R>(mut f: impl FnMut() -> R) -> f64 {
    let mut batches: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..CALLS {
                black_box(f());
            }
            start.elapsed().as_nanos() as f64 / f64::from(CALLS)
        })
        .collect();
    batches.sort_by(f64::total_cmp);
    batches[BATCHES / 2]
}

fn main() {
    let a = Array::<i64, shape![1000]>::arange();

    // What each expression gives, checked before timing it.
    let view = nd!(a[10:20]);
    assert!(view.shares_memory(&a));
    let range_copy = nd!(a.take([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]));
    assert_eq!(range_copy.as_slice(), view.as_slice());
    assert!(!range_copy.shares_memory(&a));
    let fancy = nd!(a.take([2, 7, 11]));
    assert_eq!(fancy.as_slice(), &[2, 7, 11]);

    // `a` goes through black_box so the compiler cannot precompute the views.
    let rows = [
        (
            "a[10:20]",
            "nd!(a[10:20])",
            146.0,
            median_ns(|| {
                let a = black_box(&a);
                nd!(a[10:20])
            }),
        ),
        (
            "a[range(10, 20)]",
            "nd!(a.take([10, 11, ..., 19]))",
            1648.0,
            median_ns(|| {
                let a = black_box(&a);
                nd!(a.take([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]))
            }),
        ),
        (
            "a[[2, 7, 11]]",
            "nd!(a.take([2, 7, 11]))",
            948.0,
            median_ns(|| {
                let a = black_box(&a);
                nd!(a.take([2, 7, 11]))
            }),
        ),
        (
            "a[10:20].copy()",
            "nd!(a[10:20]).copy()",
            f64::NAN,
            median_ns(|| {
                let a = black_box(&a);
                nd!(a[10:20]).copy()
            }),
        ),
    ];

    let view_ns = rows[0].3;
    let numpy_view_ns = rows[0].2;
    println!("a = np.arange(1000) / Array::<i64, shape![1000]>::arange()");
    println!("median of {BATCHES} batches of {CALLS} calls each\n");
    println!(
        "{:<18} {:>9} {:>7}   {:<32} {:>9} {:>7}",
        "NumPy", "time", "ratio", "ndview", "time", "ratio"
    );
    for (numpy, ours, numpy_ns, ns) in rows {
        let numpy_time = if numpy_ns.is_nan() {
            "-".to_string()
        } else {
            format!("{numpy_ns:.0} ns")
        };
        let numpy_ratio = if numpy_ns.is_nan() {
            "-".to_string()
        } else {
            format!("{:.1}x", numpy_ns / numpy_view_ns)
        };
        println!(
            "{numpy:<18} {numpy_time:>9} {numpy_ratio:>7}   {ours:<32} {:>6.1} ns {:>6.1}x",
            ns,
            ns / view_ns
        );
    }
    println!("\nratio: time relative to the slice view in the same column");
}
