//! Issue 4's benchmarks: ndview's explicit copies against a plain contiguous
//! copy of the same bytes (the memcpy row) and against ndarray; iteration of
//! permuted views; the cost of creating views; `take` against a slice view.
//!
//! Run with `cd benches && cargo bench`; BENCHMARKS.md records one run.
//! Each group's rows are measured in the same run, so their ratios are
//! comparable even on a noisy machine.
//!
//! Times are the CPU time of the benchmarking thread (user + system, so page
//! faults count), not wall-clock time: on a shared machine the wall clock
//! mostly measures the other jobs. `NDVIEW_BENCH_CLOCK=wall cargo bench`
//! measures wall-clock time instead.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, BenchmarkId, SamplingMode};
use ndarray::{s, Array2, Array3, Axis};
use ndview::prelude::*;
use std::hint::black_box;
use std::time::Duration;

type Criterion = criterion::Criterion<Clock>;

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`), or wall-clock
/// time when `NDVIEW_BENCH_CLOCK=wall`.
struct Clock {
    wall: bool,
}

impl Clock {
    fn from_env() -> Clock {
        Clock {
            wall: std::env::var("NDVIEW_BENCH_CLOCK").is_ok_and(|v| v == "wall"),
        }
    }

    fn now(&self) -> Duration {
        if self.wall {
            return START.with(|start| start.elapsed());
        }
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec through a valid pointer.
        let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    }
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

impl Measurement for Clock {
    type Intermediate = Duration;
    type Value = Duration;
    fn start(&self) -> Duration {
        self.now()
    }
    fn end(&self, start: Duration) -> Duration {
        self.now().saturating_sub(start)
    }
    fn add(&self, v1: &Duration, v2: &Duration) -> Duration {
        *v1 + *v2
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        static WALL: WallTime = WallTime;
        WALL.formatter()
    }
}

type Cube = shape![256, 512, 384];
type Square = shape![4096, 4096];

fn cube() -> Array<f32, Cube> {
    Array::arange()
}

/// `np.ascontiguousarray(x.transpose(2, 0, 1))` for a (256, 512, 384) f32 array (192 MiB).
fn permuted_copy(c: &mut Criterion) {
    let x = cube();
    let nx = Array3::from_shape_vec((256, 512, 384), x.as_slice().to_vec()).unwrap();
    let mut g = c.benchmark_group("permuted_copy_f32_256x512x384");
    g.sample_size(20).sampling_mode(SamplingMode::Flat);
    g.bench_function("memcpy: contiguous copy of the same bytes", |b| {
        b.iter(|| black_box(black_box(&x).as_slice().to_vec()))
    });
    g.bench_function("ndview: nd!(x.transpose(2, 0, 1)).copy()", |b| {
        b.iter(|| black_box(nd!(x.transpose(2, 0, 1)).copy()))
    });
    g.bench_function(
        "ndarray: permuted_axes([2, 0, 1]).as_standard_layout()",
        |b| {
            b.iter(|| {
                black_box(
                    black_box(&nx)
                        .view()
                        .permuted_axes([2, 0, 1])
                        .as_standard_layout()
                        .into_owned(),
                )
            })
        },
    );
    g.finish();
    // Same answers, checked once outside the timing.
    let ours = nd!(x.transpose(2, 0, 1)).copy();
    let theirs = nx
        .view()
        .permuted_axes([2, 0, 1])
        .as_standard_layout()
        .into_owned();
    assert_eq!(ours.as_slice(), theirs.as_slice().unwrap());
}

/// `np.ascontiguousarray(a.T)` for a (4096, 4096) f64 array (128 MiB).
fn transpose_copy(c: &mut Criterion) {
    let a = Array::<f64, Square>::arange();
    let na = Array2::from_shape_vec((4096, 4096), a.as_slice().to_vec()).unwrap();
    let mut g = c.benchmark_group("transpose_copy_f64_4096x4096");
    g.sample_size(20).sampling_mode(SamplingMode::Flat);
    g.bench_function("memcpy: contiguous copy of the same bytes", |b| {
        b.iter(|| black_box(black_box(&a).as_slice().to_vec()))
    });
    g.bench_function("ndview: nd!(a.T).copy()", |b| {
        b.iter(|| black_box(nd!(a.T).copy()))
    });
    g.bench_function("ndarray: t().as_standard_layout()", |b| {
        b.iter(|| black_box(black_box(&na).t().as_standard_layout().into_owned()))
    });
    g.finish();
    let ours = nd!(a.T).copy();
    let theirs = na.t().as_standard_layout().into_owned();
    assert_eq!(ours.as_slice(), theirs.as_slice().unwrap());
}

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
    targets = permuted_copy, transpose_copy, permuted_sum, view_creation, take_vs_slice
}
criterion_main!(benches);
