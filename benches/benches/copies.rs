//! Issue 11's benchmarks: copies measured against the real limits.
//!
//! - `assign_*` groups write a view into memory that already exists. Their
//!   baseline ("limit") is `copy_from_slice` of the same number of bytes
//!   between two buffers that already exist (the memory-bandwidth limit),
//!   never a copy into a fresh `Vec`, whose page faults would hide the
//!   kernel's cost. ndarray 0.17's `assign` from the same view is the peer.
//! - `fresh_*` groups copy into a new array (`copy()`, `flatten()`,
//!   `to_vec()`, `take`, `concatenate`, `stack`). `numpy_ref.py` runs
//!   NumPy's `x.copy()` of the same bytes in the same session and prints
//!   the ratios next to these medians.
//! - `unchanged_*` groups are the paths the issue says must not get slower
//!   (fill, memory-order iteration, constructors, small arrays).
//!
//! Run with `cd benches && cargo bench --bench copies`, then
//! `python3 numpy_ref.py`. Times are CPU time of the benchmarking thread
//! (see `common/clock.rs`).

#[path = "common/clock.rs"]
mod clock;

use clock::{Clock, Criterion};
use criterion::{criterion_group, criterion_main, SamplingMode};
use ndarray::{s, ArrayView2, ArrayView3, ArrayViewMut2, ArrayViewMut3};
use ndview::prelude::*;
use ndview::{concatenate, stack, Arange, Axis};
use std::fmt::Debug;
use std::hint::black_box;
use std::time::Duration;

type Cube = shape![256, 512, 384];
type CubeT = shape![384, 256, 512];
type Stepped = shape![128, 512, 128];
type Square = shape![4096, 4096];

/// The element types of the assign groups.
trait Elem: Copy + Default + PartialEq + Debug + Arange + 'static {
    const NAME: &'static str;
}
impl Elem for f32 {
    const NAME: &'static str = "f32";
}
impl Elem for f64 {
    const NAME: &'static str = "f64";
}
impl Elem for u8 {
    const NAME: &'static str = "u8";
}

/// One assign group: the limit, ndview and ndarray rows. `ndview` and
/// `ndarray` write the same view into `out` (already allocated and
/// touched); `limit` copies `out.len()` elements between two existing
/// buffers.
fn assign_group<T: Elem>(
    c: &mut Criterion,
    case: &str,
    out: &mut [T],
    mut ndview: impl FnMut(&mut [T]),
    mut ndarray: impl FnMut(&mut [T]),
) {
    let n = out.len();
    let src: Vec<T> = (0..n).map(T::from_index).collect();
    let mut dst = vec![T::default(); n];
    let mut g = c.benchmark_group(format!("assign_{}_{case}", T::NAME));
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(3));
    g.bench_function("limit: copy_from_slice into existing memory", |b| {
        b.iter(|| black_box(&mut dst[..]).copy_from_slice(black_box(&src[..])))
    });
    g.bench_function("ndview: out.assign(view)", |b| {
        b.iter(|| ndview(black_box(&mut *out)))
    });
    g.bench_function("ndarray: out.assign(&view)", |b| {
        b.iter(|| ndarray(black_box(&mut *out)))
    });
    g.finish();
    // Same answers, checked once outside the timing.
    ndview(out);
    let ours = out.to_vec();
    out.fill(T::default());
    ndarray(out);
    assert_eq!(ours, out, "ndview and ndarray assign the same elements");
}

fn assign_all<T: Elem>(c: &mut Criterion) {
    let x = Array::<T, Cube>::arange();
    let nx = ArrayView3::from_shape((256, 512, 384), x.as_slice()).unwrap();
    let mut out = vec![T::default(); 256 * 512 * 384];

    assign_group::<T>(
        c,
        "256x512x384_transpose201",
        &mut out,
        |o| {
            let mut o = ViewMut::<T, CubeT>::from_slice_mut(o).unwrap();
            o.assign(nd!(x.transpose(2, 0, 1)));
        },
        |o| {
            let mut o = ArrayViewMut3::from_shape((384, 256, 512), o).unwrap();
            o.assign(&nx.view().permuted_axes([2, 0, 1]));
        },
    );
    assign_group::<T>(
        c,
        "256x512x384_flip_axis1",
        &mut out,
        |o| {
            let mut o = ViewMut::<T, Cube>::from_slice_mut(o).unwrap();
            o.assign(nd!(x[:, ::-1]));
        },
        |o| {
            let mut o = ArrayViewMut3::from_shape((256, 512, 384), o).unwrap();
            o.assign(&nx.slice(s![.., ..;-1, ..]));
        },
    );
    assign_group::<T>(
        c,
        "256x512x384_step_2_1_3",
        &mut out[..128 * 512 * 128],
        |o| {
            let mut o = ViewMut::<T, Stepped>::from_slice_mut(o).unwrap();
            o.assign(nd!(x[::2, :, ::3]));
        },
        |o| {
            let mut o = ArrayViewMut3::from_shape((128, 512, 128), o).unwrap();
            o.assign(&nx.slice(s![..;2, .., ..;3]));
        },
    );
    drop(out);
    drop(x);

    let a = Array::<T, Square>::arange();
    let na = ArrayView2::from_shape((4096, 4096), a.as_slice()).unwrap();
    let mut out = vec![T::default(); 4096 * 4096];
    assign_group::<T>(
        c,
        "4096x4096_T",
        &mut out,
        |o| {
            let mut o = ViewMut::<T, Square>::from_slice_mut(o).unwrap();
            o.assign(nd!(a.T));
        },
        |o| {
            let mut o = ArrayViewMut2::from_shape((4096, 4096), o).unwrap();
            o.assign(&na.t());
        },
    );
    assign_group::<T>(
        c,
        "4096x4096_flip_axis1",
        &mut out,
        |o| {
            let mut o = ViewMut::<T, Square>::from_slice_mut(o).unwrap();
            o.assign(nd!(a[:, ::-1]));
        },
        |o| {
            let mut o = ArrayViewMut2::from_shape((4096, 4096), o).unwrap();
            o.assign(&na.slice(s![.., ..;-1]));
        },
    );
}

/// Copies into fresh arrays, f32 (256, 512, 384): 192 MiB out each time.
fn fresh_f32(c: &mut Criterion) {
    let x = Array::<f32, Cube>::arange();
    let nx = ArrayView3::from_shape((256, 512, 384), x.as_slice()).unwrap();
    let mut dst = vec![0f32; x.len()];
    let mut g = c.benchmark_group("fresh_f32_256x512x384");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(3));
    g.bench_function("limit: copy_from_slice into existing memory", |b| {
        b.iter(|| black_box(&mut dst[..]).copy_from_slice(black_box(x.as_slice())))
    });
    g.bench_function(
        "fresh Vec: x.as_slice().to_vec() (4 KiB page faults)",
        |b| b.iter(|| black_box(black_box(x.as_slice()).to_vec())),
    );
    g.bench_function("ndview: x.copy() (contiguous)", |b| {
        b.iter(|| black_box(black_box(&x).copy()))
    });
    g.bench_function("ndview: x.clone()", |b| {
        b.iter(|| black_box(black_box(&x).clone()))
    });
    g.bench_function("ndview: nd!(x.transpose(2, 0, 1)).copy()", |b| {
        b.iter(|| black_box(nd!(x.transpose(2, 0, 1)).copy()))
    });
    g.bench_function("ndview: nd!(x.transpose(2, 0, 1).flatten())", |b| {
        b.iter(|| black_box(nd!(x.transpose(2, 0, 1).flatten())))
    });
    g.bench_function("ndview: nd!(x.transpose(2, 0, 1)).to_vec()", |b| {
        b.iter(|| black_box(nd!(x.transpose(2, 0, 1)).to_vec()))
    });
    g.bench_function("ndview: nd!(x[:, ::-1]).copy()", |b| {
        b.iter(|| black_box(nd!(x[:, ::-1]).copy()))
    });
    g.bench_function(
        "ndview: nd!(x.reshape(4, 64, 512, 384).take([3, 2, 1, 0], axis = 0))",
        |b| b.iter(|| black_box(nd!(x.reshape(4, 64, 512, 384).take([3, 2, 1, 0], axis = 0)))),
    );
    g.bench_function("ndview: concatenate((x[128:], x[:128]), Axis::<0>)", |b| {
        b.iter(|| {
            let x = black_box(&x);
            black_box(concatenate((nd!(x[128:]), nd!(x[:128])), Axis::<0>).unwrap())
        })
    });
    g.bench_function("ndview: stack((x[:128], x[128:]), Axis::<0>)", |b| {
        b.iter(|| {
            let x = black_box(&x);
            black_box(stack((nd!(x[:128]), nd!(x[128:])), Axis::<0>).unwrap())
        })
    });
    g.bench_function("ndarray: to_owned() (contiguous)", |b| {
        b.iter(|| black_box(black_box(&nx).to_owned()))
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
    let ours = nd!(x.transpose(2, 0, 1)).copy();
    let theirs = nx
        .view()
        .permuted_axes([2, 0, 1])
        .as_standard_layout()
        .into_owned();
    assert_eq!(ours.as_slice(), theirs.as_slice().unwrap());
}

/// Copies into fresh arrays, f64 (4096, 4096): 128 MiB out each time.
fn fresh_f64(c: &mut Criterion) {
    let a = Array::<f64, Square>::arange();
    let na = ArrayView2::from_shape((4096, 4096), a.as_slice()).unwrap();
    let mut dst = vec![0f64; a.len()];
    let mut g = c.benchmark_group("fresh_f64_4096x4096");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(3));
    g.bench_function("limit: copy_from_slice into existing memory", |b| {
        b.iter(|| black_box(&mut dst[..]).copy_from_slice(black_box(a.as_slice())))
    });
    g.bench_function(
        "fresh Vec: a.as_slice().to_vec() (4 KiB page faults)",
        |b| b.iter(|| black_box(black_box(a.as_slice()).to_vec())),
    );
    g.bench_function("ndview: a.copy() (contiguous)", |b| {
        b.iter(|| black_box(black_box(&a).copy()))
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

/// Paths that must not get slower: small arrays (4 KiB), fill, memory-order
/// iteration and constructors. Compare with the same rows run on the
/// previous commit.
fn unchanged(c: &mut Criterion) {
    let x = Array::<f32, shape![32, 32]>::arange();
    let mut out = Array::<f32, shape![32, 32]>::zeros();
    let mut g = c.benchmark_group("unchanged_small_f32_32x32");
    g.sample_size(10).measurement_time(Duration::from_secs(1));
    g.bench_function("x.copy()", |b| b.iter(|| black_box(black_box(&x).copy())));
    g.bench_function("nd!(x.T).copy()", |b| b.iter(|| black_box(nd!(x.T).copy())));
    g.bench_function("out.assign(&x)", |b| {
        b.iter(|| black_box(&mut out).assign(black_box(&x)))
    });
    g.bench_function("out.assign(nd!(x.T))", |b| {
        b.iter(|| black_box(&mut out).assign(nd!(x.T)))
    });
    g.bench_function("nd!(mut out[:, ::2]).fill(1.0)", |b| {
        b.iter(|| nd!(mut out[:, ::2]).fill(black_box(1.0)))
    });
    g.bench_function("Array::zeros()", |b| {
        b.iter(|| black_box(Array::<f32, shape![32, 32]>::zeros()))
    });
    g.finish();

    let mut big = Array::<f32, Cube>::zeros();
    let mut g = c.benchmark_group("unchanged_f32_256x512x384");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(3));
    g.bench_function("big.fill(1.0)", |b| b.iter(|| big.fill(black_box(1.0))));
    g.bench_function("nd!(mut big[:, :, ::2]).fill(1.0)", |b| {
        b.iter(|| nd!(mut big[:, :, ::2]).fill(black_box(1.0)))
    });
    g.bench_function(
        "nd!(big.transpose(2, 0, 1)).iter_memory_order().sum()",
        |b| b.iter(|| black_box(nd!(big.transpose(2, 0, 1)).iter_memory_order().sum::<f32>())),
    );
    g.bench_function("Array::from_elem(1.0)", |b| {
        b.iter(|| black_box(Array::<f32, Cube>::from_elem(black_box(1.0))))
    });
    g.bench_function("Array::arange()", |b| {
        b.iter(|| black_box(Array::<f32, Cube>::arange()))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = criterion::Criterion::default()
        .with_measurement(Clock::from_env())
        .warm_up_time(Duration::from_millis(500));
    targets = assign_all::<f32>, assign_all::<f64>, assign_all::<u8>, fresh_f32, fresh_f64, unchanged
}
criterion_main!(benches);
