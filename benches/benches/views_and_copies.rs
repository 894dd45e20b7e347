//! Issue 4's benchmarks: iteration of permuted views; the cost of creating
//! views; `take` against a slice view. The copies (issue 11) are in
//! `copies.rs`.
//!
//! Run with `cd benches && cargo bench`; BENCHMARKS.md records one run.
//! Each group's rows are measured in the same run, so their ratios are
//! comparable even on a noisy machine.
//!
//! Times are the CPU time of the benchmarking thread (user + system, so page
//! faults count), not wall-clock time: on a shared machine the wall clock
//! mostly measures the other jobs. `NDVIEW_BENCH_CLOCK=wall cargo bench`
//! measures wall-clock time instead.

#[path = "common/clock.rs"]
mod clock;

use clock::{Clock, Criterion};
use criterion::{criterion_group, criterion_main, BenchmarkId, SamplingMode};
use ndarray::{s, Array3, Axis};
use ndview::prelude::*;
use std::hint::black_box;
use std::time::Duration;

type Cube = shape![256, 512, 384];

/// Summing a (256, 512, 384) f32 array and its (2, 0, 1) permutation.
fn permuted_sum(c: &mut Criterion) {
    let x = Array::<f32, Cube>::from_vec((0..256 * 512 * 384).map(|i| (i % 7) as f32).collect())
        .unwrap();
    let nx = Array3::from_shape_vec((256, 512, 384), x.as_slice().to_vec()).unwrap();
    let mut g = c.benchmark_group("sum_f32_256x512x384");
    g.sample_size(20).sampling_mode(SamplingMode::Flat);
    g.bench_function("slice: x.as_slice().iter().sum()", |b| {
        b.iter(|| black_box(black_box(&x).as_slice().iter().sum::<f32>()))
    });
    g.bench_function("ndview contiguous: nd!(x).iter().sum()", |b| {
        b.iter(|| black_box(nd!(x).iter().sum::<f32>()))
    });
    g.bench_function(
        "ndview permuted, memory order: iter_memory_order().sum()",
        |b| b.iter(|| black_box(nd!(x.transpose(2, 0, 1)).iter_memory_order().sum::<f32>())),
    );
    g.bench_function("ndview permuted, C order: iter().sum()", |b| {
        b.iter(|| black_box(nd!(x.transpose(2, 0, 1)).iter().sum::<f32>()))
    });
    g.bench_function("ndview permuted, C order: for loop over iter()", |b| {
        b.iter(|| {
            let mut total = 0f32;
            for v in nd!(x.transpose(2, 0, 1)).iter() {
                total += *v;
            }
            black_box(total)
        })
    });
    g.bench_function("ndarray contiguous: sum()", |b| {
        b.iter(|| black_box(black_box(&nx).sum()))
    });
    g.bench_function("ndarray permuted: permuted_axes([2, 0, 1]).sum()", |b| {
        b.iter(|| black_box(black_box(&nx).view().permuted_axes([2, 0, 1]).sum()))
    });
    g.bench_function("ndarray permuted: iter().sum()", |b| {
        b.iter(|| {
            black_box(
                black_box(&nx)
                    .view()
                    .permuted_axes([2, 0, 1])
                    .iter()
                    .sum::<f32>(),
            )
        })
    });
    g.finish();
    // Memory order over the permuted view is the contiguous order here, so
    // the two sums are the same additions.
    let total: f32 = x.as_slice().iter().sum();
    assert_eq!(
        nd!(x.transpose(2, 0, 1)).iter_memory_order().sum::<f32>(),
        total
    );
}

/// Creating views: ndview (static shapes) against ndarray, on a (64, 128, 32) f32 array.
// ndarray's `s![3, 1..-1, ..;-1]` counts -1 from the end, like NumPy.
#[allow(clippy::reversed_empty_ranges)]
fn view_creation(c: &mut Criterion) {
    let a = Array::<f32, shape![64, 128, 32]>::arange();
    let na = Array3::from_shape_vec((64, 128, 32), a.as_slice().to_vec()).unwrap();
    let mut g = c.benchmark_group("view_creation");
    g.bench_function(BenchmarkId::new("slice [1:, ::2]", "ndview"), |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a[1:, ::2]))
        })
    });
    g.bench_function(BenchmarkId::new("slice [1:, ::2]", "ndarray"), |b| {
        b.iter(|| black_box(black_box(&na).slice(s![1.., ..;2, ..])))
    });
    g.bench_function(BenchmarkId::new("transpose(2, 0, 1)", "ndview"), |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a.transpose(2, 0, 1)))
        })
    });
    g.bench_function(BenchmarkId::new("transpose(2, 0, 1)", "ndarray"), |b| {
        b.iter(|| black_box(black_box(&na).view().permuted_axes([2, 0, 1])))
    });
    g.bench_function(BenchmarkId::new("reshape(8192, 32)", "ndview"), |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a.reshape(8192, 32)))
        })
    });
    g.bench_function(BenchmarkId::new("reshape(8192, 32)", "ndarray"), |b| {
        b.iter(|| {
            black_box(
                black_box(&na)
                    .view()
                    .into_shape_with_order((8192, 32))
                    .unwrap(),
            )
        })
    });
    g.bench_function(BenchmarkId::new("index [3, 1:-1, ::-1]", "ndview"), |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a[3, 1:-1, ::-1]))
        })
    });
    g.bench_function(BenchmarkId::new("index [3, 1:-1, ::-1]", "ndarray"), |b| {
        b.iter(|| black_box(black_box(&na).slice(s![3, 1..-1, ..;-1])))
    });
    g.bench_function(BenchmarkId::new(".T", "ndview"), |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a.T))
        })
    });
    g.bench_function(BenchmarkId::new(".T", "ndarray"), |b| {
        b.iter(|| black_box(black_box(&na).t()))
    });
    g.bench_function(BenchmarkId::new("expand_dims(1)", "ndview"), |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a.expand_dims(1)))
        })
    });
    g.bench_function(BenchmarkId::new("expand_dims(1)", "ndarray"), |b| {
        b.iter(|| black_box(black_box(&na).view().insert_axis(Axis(1))))
    });
    g.finish();
}

/// The seed's views-versus-copies table: a slice view against `take` copies.
fn take_vs_slice(c: &mut Criterion) {
    let a = Array::<i64, shape![1000]>::arange();
    let mut g = c.benchmark_group("take_vs_slice_i64_1000");
    g.bench_function("view: nd!(a[10:20])", |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a[10:20]))
        })
    });
    g.bench_function("copy: nd!(a.take([10, 11, ..., 19]))", |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a.take([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])))
        })
    });
    g.bench_function("copy: nd!(a.take([2, 7, 11]))", |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a.take([2, 7, 11])))
        })
    });
    g.bench_function("copy: nd!(a[10:20]).copy()", |b| {
        b.iter(|| {
            let a = black_box(&a);
            black_box(nd!(a[10:20]).copy())
        })
    });
    g.finish();
}

fn config() -> Criterion {
    criterion::Criterion::default()
        .with_measurement(Clock::from_env())
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = permuted_sum, view_creation, take_vs_slice
}
criterion_main!(benches);
