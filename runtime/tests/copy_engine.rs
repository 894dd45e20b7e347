//! The copy engine (runtime/src/copy.rs, copy/stream.rs, alloc.rs) at the
//! edges of its `unsafe` code: every path that writes into existing memory
//! (`assign`, strided `fill`) or into a fresh buffer (`copy`, `to_vec`,
//! `flatten`, `take`, `concatenate`, `stack`) agrees with a naive gather
//! through `get`, for empty and size-1 views, negative strides on either
//! side, stride-0 (broadcast) sources, tiled transposes whose sizes are not
//! multiples of the tile, types with drop glue, zero-sized types, and sizes
//! on both sides of the huge-page threshold (4 MiB) and of the streaming
//! threshold (16 MiB). Runs under `scripts/valgrind.sh`.

use ndview::prelude::*;
use ndview::{concatenate, stack, Axis, Layout, Shape};

/// The elements of `v` in C order, one `get` per multi-index.
fn naive<T: Clone, S: Shape, L: Layout>(v: View<'_, T, S, L>) -> Vec<T> {
    let dims = v.shape().to_vec();
    let count: usize = dims.iter().product();
    let mut idx = S::Index::default();
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        out.push(v.get(idx).expect("in bounds").clone());
        for k in (0..dims.len()).rev() {
            idx.as_mut()[k] += 1;
            if idx.as_ref()[k] < dims[k] {
                break;
            }
            idx.as_mut()[k] = 0;
        }
    }
    out
}

type Mat<T> = Array<T, shape![Dyn, Dyn]>;

fn mat<T>(rows: usize, cols: usize, f: impl Fn(usize) -> T) -> Mat<T> {
    Mat::from_shape_vec([rows, cols], (0..rows * cols).map(f).collect()).unwrap()
}

/// `out.assign(src)` and `src.copy()` both give the naive gather of `src`.
fn check_assign_and_copy<T, L: Layout>(src: View<'_, T, shape![Dyn, Dyn], L>, fill: T)
where
    T: Clone + PartialEq + core::fmt::Debug,
{
    let expected = naive(src);
    let [r, c] = [src.shape()[0], src.shape()[1]];
    let mut out = Mat::from_shape_elem([r, c], fill.clone()).unwrap();
    out.assign(&src);
    assert_eq!(out.as_slice(), &expected[..], "assign {:?}", src.strides());
    assert_eq!(
        src.copy().as_slice(),
        &expected[..],
        "copy {:?}",
        src.strides()
    );
    assert_eq!(src.to_vec(), expected, "to_vec");
    assert_eq!(nd!(src.flatten()).to_vec(), expected, "flatten");
    // Into a destination walked backwards on both axes.
    let mut back = Mat::from_shape_elem([r, c], fill).unwrap();
    nd!(mut back[::-1, ::-1]).assign(&src);
    let again = naive(nd!(back[::-1, ::-1]));
    assert_eq!(again, expected, "assign into a reversed destination");
}

#[test]
fn every_layout_of_a_small_matrix() {
    for (r, c) in [
        (0, 0),
        (0, 5),
        (5, 0),
        (1, 1),
        (1, 7),
        (7, 1),
        (3, 4),
        (17, 67),
        (67, 17),
    ] {
        let a = mat(r, c, |i| i as u32);
        check_assign_and_copy(a.view(), 9);
        if r > 0 && c > 0 {
            check_assign_and_copy(nd!(a[::-1, :]), 9);
            check_assign_and_copy(nd!(a[:, ::-1]), 9);
            check_assign_and_copy(nd!(a[::-1, ::-1]), 9);
        }
        let t = mat(c, r, |i| i as u32);
        check_assign_and_copy(nd!(t.T), 9);
        if r > 0 && c > 0 {
            check_assign_and_copy(nd!(t.T[::-1, :]), 9);
            check_assign_and_copy(nd!(t.T[:, ::-1]), 9);
            let wide = mat(c, 3 * r, |i| i as u32);
            check_assign_and_copy(nd!(wide[:, ::3].T), 9);
            let tall = mat(2 * r, c, |i| i as u32);
            check_assign_and_copy(nd!(tall[::2, ::-1]), 9);
        }
    }
}

#[test]
fn strided_sources_of_every_small_step() {
    let a = mat(9, 40, |i| i as u8);
    for step in 1..=5isize {
        let v = nd!(a[:, ::{ step }]);
        check_assign_and_copy(v, 0);
        let v = nd!(a[::-1, ::{ -step }]);
        check_assign_and_copy(v, 0);
    }
}

#[test]
fn broadcast_sources_have_stride_zero() {
    let row = Array::<i64, shape![5]>::arange();
    let b = nd!(row.broadcast_to(4, 5));
    let mut out = Array::<i64, shape![4, 5]>::zeros();
    out.assign(&b);
    assert_eq!(out.as_slice(), &naive(b)[..]);
    assert_eq!(b.copy().as_slice(), &naive(b)[..]);
    // Broadcast along the destination's inner axis, written transposed.
    let col = Array::<i64, shape![4, 1]>::arange();
    let bc = nd!(col.broadcast_to(4, 6));
    let mut t = Array::<i64, shape![6, 4]>::zeros();
    nd!(mut t.T).assign(&bc);
    assert_eq!(naive(nd!(t.T)), naive(bc));
    // A fully broadcast scalar.
    let one = Array::<i64, shape![1, 1]>::from_elem(7);
    let all = nd!(one.broadcast_to(3, 4));
    assert_eq!(all.copy().to_vec(), vec![7; 12]);
}

#[test]
fn fill_through_negative_and_stepped_strides() {
    let mut a = Array::<i32, shape![6, 8]>::zeros();
    nd!(mut a[::-2, 1::3]).fill(5);
    nd!(mut a.T[::-1, 0]).fill(-1);
    let mut expected = vec![0i32; 48];
    for i in [5usize, 3, 1] {
        for j in [1usize, 4, 7] {
            expected[i * 8 + j] = 5;
        }
    }
    expected[..8].fill(-1);
    assert_eq!(a.to_vec(), expected);
    // Empty and size-1 fills.
    nd!(mut a[3:3, ::-1]).fill(9);
    nd!(mut a[2:3, 2:3]).fill(9);
    assert_eq!(*nd!(a[2, 2]), 9);
    assert_eq!(a.to_vec().iter().filter(|&&x| x == 9).count(), 1);
}

#[test]
fn types_with_drop_glue_clone_every_element() {
    let a = mat(13, 70, |i| format!("s{i}"));
    check_assign_and_copy(nd!(a.T), String::from("old"));
    check_assign_and_copy(nd!(a[::-1, ::3]), String::new());
    let b = nd!(a.T).copy();
    let joined = concatenate((nd!(b[:5]), nd!(b[5:])), Axis::<0>).unwrap();
    assert_eq!(joined.to_vec(), naive(nd!(a.T)));
}

#[test]
fn zero_sized_elements() {
    let a = Array::<(), shape![33, 65]>::zeros();
    assert_eq!(nd!(a.T).copy().len(), 33 * 65);
    let mut b = Array::<(), shape![65, 33]>::zeros();
    b.assign(nd!(a.T));
    assert_eq!(nd!(a[::-1, ::2]).to_vec().len(), 33 * 33);
}

#[test]
fn joins_and_take_of_strided_inputs() {
    let a = mat(37, 70, |i| i as f64);
    let t = nd!(a.T); // (70, 37), tiled when copied
    let c: Array<f64, shape![Dyn, Dyn]> = concatenate((t, nd!(a[:, ::-1].T)), Axis::<1>).unwrap();
    let mut expected = Vec::new();
    let (x, y) = (naive(t), naive(nd!(a[:, ::-1].T)));
    for i in 0..70 {
        expected.extend_from_slice(&x[i * 37..][..37]);
        expected.extend_from_slice(&y[i * 37..][..37]);
    }
    assert_eq!(c.to_vec(), expected);
    let s: Array<f64, shape![Dyn, Dyn, 2]> = stack((t, t), Axis::<2>).unwrap();
    let pairs: Vec<f64> = x.iter().flat_map(|&v| [v, v]).collect();
    assert_eq!(s.to_vec(), pairs);
    let taken = nd!(t.take([-1, 0, 3], axis = 1));
    let mut expected = Vec::new();
    for i in 0..70 {
        expected.extend_from_slice(&[x[i * 37 + 36], x[i * 37], x[i * 37 + 3]]);
    }
    assert_eq!(taken.to_vec(), expected);
    let rows = nd!(t.take([69, 0], axis = 0));
    assert_eq!(rows.to_vec(), [&x[69 * 37..], &x[..37]].concat());
}

/// 4 MiB is the huge-page threshold: copies on both sides of it.
#[test]
fn huge_page_threshold_crossing() {
    for rows in [1023usize, 1024] {
        let a = mat(rows, 1024, |i| i as f32);
        let t = nd!(a.T);
        let c = t.copy();
        assert_eq!(c.shape(), &[1024, rows]);
        for &(i, j) in &[(0, 0), (1023, rows - 1), (511, rows / 2), (7, 3)] {
            assert_eq!(*nd!(c[{ i }, { j }]), (j * 1024 + i) as f32);
        }
        let flat = nd!(a.flatten());
        assert_eq!(flat.as_slice(), a.as_slice());
        let cloned = a.clone();
        assert_eq!(cloned.as_slice(), a.as_slice());
    }
}

/// 16 MiB is the streaming threshold (1448² f64 is just below, 1449² just
/// above): transposed copies on both sides of it, into fresh and into
/// existing memory, odd sizes at the edges.
#[test]
fn streaming_threshold_crossing() {
    for (rows, cols) in [(1448usize, 1448usize), (1449, 1451)] {
        let a = mat(rows, cols, |i| i as f64);
        let t = nd!(a.T);
        let mut out = Mat::from_shape_elem([cols, rows], -1.0).unwrap();
        out.assign(&t);
        let fresh = t.copy();
        assert_eq!(out.as_slice(), fresh.as_slice());
        for &(i, j) in &[(0, 0), (cols - 1, rows - 1), (cols / 2, 17), (3, rows - 2)] {
            let want = (j * cols + i) as f64;
            assert_eq!(*nd!(out[{ i }, { j }]), want, "assign at ({i}, {j})");
            assert_eq!(*nd!(fresh[{ i }, { j }]), want, "copy at ({i}, {j})");
        }
    }
}

/// Every layout `check_assign_and_copy` covers, for one element type, at
/// sizes around the SIMD blocks (2 to 16 lanes) and the tiles (16 or 64
/// rows, 64 to 256 columns): `f(i)` makes element `i`.
fn every_width_case<T>(f: impl Fn(usize) -> T, fill: T)
where
    T: Clone + PartialEq + core::fmt::Debug,
{
    for (r, c) in [
        (1, 1),
        (2, 2),
        (15, 17),
        (16, 16),
        (17, 33),
        (64, 64),
        (65, 257),
        (257, 65),
        (3, 300),
        (300, 3),
    ] {
        let a = mat(r, c, &f);
        check_assign_and_copy(nd!(a.T), fill.clone());
        check_assign_and_copy(nd!(a[:, ::-1]), fill.clone());
        check_assign_and_copy(nd!(a[::-1, ::-1].T), fill.clone());
        check_assign_and_copy(nd!(a[:, ::3]), fill.clone());
        check_assign_and_copy(nd!(a[::2, ::-2]), fill.clone());
        check_assign_and_copy(nd!(a[1:, 1:].T), fill.clone());
    }
}

/// The primitives are copied bitwise, as integers of their width (1, 2, 4,
/// 8 bytes), with SIMD transposes and reversed runs: each width against the
/// naive gather, including bit patterns that are not small integers.
#[test]
fn primitive_widths_copy_like_the_naive_gather() {
    every_width_case(|i| (i * 7) as u8, 0);
    every_width_case(|i| (i as i8).wrapping_mul(-3), 0);
    every_width_case(|i| i % 3 == 0, false);
    every_width_case(|i| (i * 31) as u16, 0);
    every_width_case(|i| -(i as i32) * 65_537, 0);
    every_width_case(|i| i as f32 * -0.5, 1.0);
    every_width_case(|i| char::from_u32(0x1F600 + i as u32).unwrap(), ' ');
    every_width_case(|i| i as f64 + 0.25, -1.0);
    every_width_case(|i| (i as u64) << 33 | i as u64, 0);
    every_width_case(|i| -(i as isize), 0);
}

/// A reversed run of every length from 0 to 40, into destinations that
/// start at every offset modulo 16 bytes (the SIMD loop starts once the
/// destination is 16-byte aligned, with scalar heads and tails).
#[test]
fn reversed_runs_of_every_length_and_alignment() {
    fn check<T: Copy + PartialEq + core::fmt::Debug + Default>(f: impl Fn(usize) -> T) {
        let lanes = 16 / core::mem::size_of::<T>();
        for n in 0..=40usize {
            let a = mat(3, n, &f);
            for skip in 0..lanes.min(n + 1) {
                let src = nd!(a[:, { skip as isize }:]);
                let width = n - skip;
                let mut out = Mat::from_shape_elem([3, n], T::default()).unwrap();
                nd!(mut out[:, { skip as isize }:]).assign(nd!(src[:, ::-1]));
                for i in 0..3 {
                    let want: Vec<T> = (0..width).map(|j| f(i * n + n - 1 - j)).collect();
                    assert_eq!(
                        &out.to_vec()[i * n + skip..][..width],
                        &want[..],
                        "n {n} skip {skip}"
                    );
                }
            }
        }
    }
    check(|i| i as u8);
    check(|i| i as u16);
    check(|i| i as f32);
    check(|i| i as f64);
}

/// Primitives broadcast (stride 0), empty and size-1, through the bitwise path.
#[test]
fn primitive_broadcasts_and_edges() {
    let row = Array::<u8, shape![1, 5]>::arange();
    let b = nd!(row.broadcast_to(300, 5));
    let mut t = Array::<u8, shape![5, 300]>::zeros();
    nd!(mut t.T).assign(&b);
    assert_eq!(naive(nd!(t.T)), naive(b));
    let mut m = mat(7, 9, |i| i as u16);
    nd!(mut m[::-2, 1::3]).fill(9);
    assert_eq!(*nd!(m[6, 7]), 9);
    assert_eq!(*nd!(m[5, 7]), 5 * 9 + 7);
    let e = mat(0, 7, |i| i as f32);
    assert!(nd!(e.T).copy().is_empty());
    let one = mat(1, 1, |_| 2.5f64);
    assert_eq!(nd!(one.T).to_vec(), vec![2.5]);
}

/// Types that are not primitives keep the generic path, which clones each
/// element: a `Copy` newtype, and a type without drop glue whose `clone`
/// is not a copy of its bytes.
#[test]
fn non_primitive_types_are_cloned_not_copied_bitwise() {
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Meters(f32);
    every_width_case(|i| Meters(i as f32), Meters(0.0));

    /// `clone` marks the copy, so a bitwise copy would be visible.
    #[derive(Debug, PartialEq)]
    struct Marked(u32, bool);
    impl Clone for Marked {
        fn clone(&self) -> Self {
            Marked(self.0, true)
        }
    }
    let a = mat(17, 70, |i| Marked(i as u32, false));
    let c = nd!(a.T).copy();
    assert!(c.to_vec().iter().all(|m| m.1));
    assert_eq!(c.to_vec()[1].0, 70);
}

/// 32 MiB is where reversed runs start to stream: `x[:, ::-1]` on both
/// sides of it (1024 x 4095 f64 just below, 1024 x 4097 just above).
#[test]
fn reversed_run_streaming_threshold_crossing() {
    for cols in [4095usize, 4097] {
        let a = mat(1024, cols, |i| i as f64);
        let mut out = Mat::from_shape_elem([1024, cols], -1.0).unwrap();
        out.assign(nd!(a[:, ::-1]));
        for &(i, j) in &[(0, 0), (1023, cols - 1), (512, 1), (3, cols / 2)] {
            assert_eq!(*nd!(out[{ i }, { j }]), (i * cols + cols - 1 - j) as f64);
        }
        assert_eq!(nd!(a[:, ::-1]).copy().as_slice(), out.as_slice());
    }
}

/// Whole rows `i` (every `step`-th, and the first and last two) of `got`
/// against `want(i, j)`.
fn assert_sampled_rows<T: Clone + PartialEq + core::fmt::Debug, L: Layout>(
    got: View<'_, T, shape![Dyn, Dyn], L>,
    step: usize,
    want: impl Fn(usize, usize) -> T,
) {
    let [rows, cols] = [got.shape()[0], got.shape()[1]];
    let picked = (0..rows)
        .step_by(step)
        .chain([1, rows.saturating_sub(2), rows - 1]);
    for i in picked.filter(|&i| i < rows) {
        for j in 0..cols {
            assert_eq!(got.get([i, j]), Some(&want(i, j)), "at ({i}, {j})");
        }
    }
}

/// Streamed transposes (16 MiB and more) write whole cache lines with
/// non-temporal stores and the partial lines at the ends of each row's piece
/// with plain stores; the first column band ends on a line of the
/// destination. Destinations that start off a line, with row strides that
/// are and are not whole lines, for 1-, 2-, 4- and 8-byte elements.
#[test]
fn streamed_tiles_into_destinations_off_the_cache_lines() {
    fn check<T: Copy + PartialEq + core::fmt::Debug>(rows: usize, cols: usize, f: fn(usize) -> T) {
        let a = mat(rows, cols, f);
        let want = |i: usize, j: usize| f(j * cols + i);
        // Fresh (its own alignment) and into an existing array.
        assert_sampled_rows(nd!(a.T).copy().view(), 193, want);
        let mut out = Mat::from_shape_elem([cols, rows], f(0)).unwrap();
        out.assign(nd!(a.T));
        assert_sampled_rows(out.view(), 193, want);
        // Into views starting 1 and 3 elements into a wider array: row
        // strides `rows + 64 / size` (whole lines when `rows` is) and
        // `rows + 7` (never whole lines).
        let size = core::mem::size_of::<T>();
        for (extra, skip) in [(64 / size, 1usize), (7, 3)] {
            let mut wide = Mat::from_shape_elem([cols, rows + extra], f(1)).unwrap();
            let mut target = nd!(mut wide[:, { skip }:{ skip + rows }]);
            target.assign(nd!(a.T));
            assert_sampled_rows(nd!(wide[:, { skip }:{ skip + rows }]), 193, want);
            // The columns around the view are untouched.
            assert_eq!(*nd!(wide[{ cols / 2 }, { skip - 1 }]), f(1));
            if skip + rows < rows + extra {
                assert_eq!(*nd!(wide[{ cols - 1 }, { skip + rows }]), f(1));
            }
        }
    }
    check::<u8>(4096, 4100, |i| (i * 7 % 251) as u8);
    check::<u16>(2048, 4100, |i| (i * 7 % 65521) as u16);
    check::<f32>(2048, 2051, |i| i as f32);
    check::<f64>(1024, 2051, |i| i as f64);
}

/// Streamed reversed runs (32 MiB and more) into destinations whose rows
/// start off a cache line and are not a whole number of lines long: the
/// partial lines at both ends of every run are written with plain stores.
#[test]
fn streamed_reversed_runs_off_the_cache_lines() {
    let (rows, cols) = (1024usize, 4099usize);
    let a = mat(rows, cols, |i| i as f64);
    let mut wide = Mat::from_shape_elem([rows, cols + 3], -1.0).unwrap();
    nd!(mut wide[:, 1:{ cols + 1 }]).assign(nd!(a[:, ::-1]));
    let got = nd!(wide[:, 1:{ cols + 1 }]);
    assert_sampled_rows(got, 61, |i, j| (i * cols + cols - 1 - j) as f64);
    assert_eq!(*nd!(wide[7, 0]), -1.0);
    assert_eq!(*nd!(wide[7, { cols + 1 }]), -1.0);
}

/// Contiguous source runs into existing memory of 16 MiB or more whose
/// destination is one block (here `a[::-1, :]` into a C-contiguous view) go
/// through the line writer: whole lines streamed, the bytes of a line split
/// between two runs gathered first, the partial lines at both ends of the
/// block written plainly. Rows that are not a whole number of lines, and
/// destinations starting 0 to 3 elements past the buffer's start.
#[test]
fn contiguous_runs_into_one_block_through_the_line_writer() {
    fn check<T: Copy + PartialEq + core::fmt::Debug>(rows: usize, cols: usize, f: fn(usize) -> T) {
        let a = mat(rows, cols, f);
        for skip in 0..4 {
            let mut buf = vec![f(1); rows * cols + skip + 3];
            let mut out = ViewMut::<T, shape![Dyn, Dyn]>::from_shape_slice_mut(
                [rows, cols],
                &mut buf[skip..skip + rows * cols],
            )
            .unwrap();
            out.assign(nd!(a[::-1, :]));
            assert_sampled_rows(out.view(), 211, |i, j| f((rows - 1 - i) * cols + j));
            assert!(buf[..skip].iter().all(|x| *x == f(1)), "before the block");
            assert!(
                buf[skip + rows * cols..].iter().all(|x| *x == f(1)),
                "after it"
            );
        }
    }
    check::<u8>(4100, 4099, |i| (i * 7 % 251) as u8);
    check::<f32>(1029, 4099, |i| i as f32);
    check::<f64>(515, 4099, |i| i as f64);
}

/// The streamed paths with static shapes and literal slices: a static
/// `(4100, 4099)` `u8` array's `[::-1, :]` (line writer) and `.T` (streamed
/// tiles) into static destinations, the same bytes as the `Dyn` copies.
/// Contiguous runs into one block of 16 MiB or more with flipped outer
/// axes: the engine reads the source forwards, so along a flipped axis the
/// runs are written backwards and the line writer gathers lines split
/// between runs written in either order. Dyn shapes with `{expr}` steps and
/// starts, destinations 0 and 3 elements off the block's start, runs that
/// are not whole lines; and a broadcast outer axis (source stride 0).
#[test]
fn flipped_outer_axes_into_one_block() {
    fn check<T: Copy + PartialEq + core::fmt::Debug>(d: [usize; 3], f: fn(usize) -> T) {
        let [a, b, c] = d;
        let x =
            Array::<T, shape![Dyn, Dyn, Dyn]>::from_shape_vec(d, (0..a * b * c).map(f).collect())
                .unwrap();
        for (s0, s1, c0) in [(-1isize, 1isize, 1usize), (1, -1, 0), (-1, -1, 1)] {
            let (v, n) = (nd!(x[::{s0}, ::{s1}, {c0}:]), a * b * (c - c0));
            let want: Vec<T> = (0..a)
                .flat_map(|i| (0..b).map(move |j| (i, j)))
                .flat_map(|(i, j)| {
                    let i = if s0 < 0 { a - 1 - i } else { i };
                    let j = if s1 < 0 { b - 1 - j } else { j };
                    (c0..c).map(move |k| (i * b + j) * c + k)
                })
                .map(f)
                .collect();
            for skip in [0, 3] {
                let mut buf = vec![f(1); n + skip + 2];
                let mut out = ViewMut::<T, shape![Dyn, Dyn, Dyn]>::from_shape_slice_mut(
                    [a, b, c - c0],
                    &mut buf[skip..skip + n],
                )
                .unwrap();
                out.assign(&v);
                assert!(
                    buf[skip..skip + n] == want[..],
                    "x[::{s0}, ::{s1}, {c0}:] skip {skip}"
                );
                assert!(buf[..skip].iter().all(|e| *e == f(1)), "before the block");
                assert!(buf[skip + n..].iter().all(|e| *e == f(1)), "after it");
            }
        }
    }
    check::<u8>([64, 1024, 259], |i| (i * 7 % 251) as u8);
    check::<f64>([16, 512, 259], |i| i as f64);
    // A broadcast (stride 0) outer axis: every run reads the same row.
    let (rows, cols) = (4100, 4099);
    let row = Array::<u8, shape![Dyn, Dyn]>::from_shape_vec(
        [1, cols],
        (0..cols).map(|i| i as u8).collect(),
    )
    .unwrap();
    let mut buf = vec![7u8; rows * cols + 3];
    let mut out =
        ViewMut::<u8, shape![Dyn, Dyn]>::from_shape_slice_mut([rows, cols], &mut buf[3..]).unwrap();
    out.assign(nd!(row.broadcast_to({ rows }, { cols })));
    assert!(buf[3..].chunks(cols).all(|r| r == row.as_slice()));
    assert_eq!(buf[..3], [7, 7, 7]);
}

#[test]
fn streamed_paths_with_static_shapes() {
    type Big = shape![4100, 4099];
    type BigT = shape![4099, 4100];
    let f = |i: usize| (i * 7 % 251) as u8;
    let a = Array::<u8, Big>::from_vec((0..4100 * 4099).map(f).collect()).unwrap();
    let d = mat(4100, 4099, f);
    let mut flipped = Array::<u8, Big>::zeros();
    flipped.assign(nd!(a[::-1, :]));
    assert_eq!(flipped.as_slice(), nd!(d[::-1, :]).copy().as_slice());
    let mut t = Array::<u8, BigT>::zeros();
    t.assign(nd!(a.T));
    assert_eq!(t.as_slice(), nd!(d.T).copy().as_slice());
    // Flipped outer axes (runs written backwards along them), literal steps.
    type Cube = shape![64, 1024, 259];
    let x = Array::<u8, Cube>::from_fn(|[i, j, k]| f((i * 1024 + j) * 259 + k));
    let y =
        Array::<u8, shape![Dyn, Dyn, Dyn]>::from_shape_vec([64, 1024, 259], x.to_vec()).unwrap();
    let mut out = Array::<u8, shape![64, 1024, 258]>::zeros();
    out.assign(nd!(x[::-1, ::-1, 1:]));
    assert_eq!(out.as_slice(), nd!(y[::-1, ::-1, 1:]).copy().as_slice());
}

/// A streamed transpose whose source lines are less than a page apart (the
/// `(256, 512, 384)` case of the benchmarks: 256-byte tile rows) next to
/// the far-line shape above: `transpose(2, 0, 1)` of a `u8` `(130, 260,
/// 500)` array (16.9 MB) into a fresh and an existing array, whole inner
/// rows compared.
#[test]
fn streamed_tiles_with_near_source_lines() {
    type Cube = Array<u8, shape![Dyn, Dyn, Dyn]>;
    let (a, b, c) = (130usize, 260usize, 500usize);
    let f = |i: usize| (i * 7 % 251) as u8;
    let x = Cube::from_shape_vec([a, b, c], (0..a * b * c).map(f).collect()).unwrap();
    let fresh = nd!(x.transpose(2, 0, 1)).copy();
    let mut out = Cube::from_shape_elem([c, a, b], 0).unwrap();
    out.assign(nd!(x.transpose(2, 0, 1)));
    for got in [fresh.view(), out.view()] {
        assert_eq!(got.shape(), &[c, a, b]);
        for k in (0..c).step_by(37).chain([c - 1]) {
            for i in (0..a).step_by(11).chain([a - 1]) {
                for j in 0..b {
                    assert_eq!(got.get([k, i, j]), Some(&f((i * b + j) * c + k)));
                }
            }
        }
    }
}
