//! The copy and iteration kernels (runtime/src/copy.rs, iter.rs) agree with a
//! naive gather, element by element through `get`, on every layout they
//! special-case: empty, size-1 axes, negative strides, stride 0, rank 0,
//! rank 8, contiguous runs, and tiled transposes whose sizes are not
//! multiples of the tile.

use ndview::prelude::*;
use ndview::{Layout, Shape};

/// The elements of `v` in C order, one `get` per multi-index: the reference.
fn naive_gather<T: Clone, S: Shape, L: Layout>(v: View<'_, T, S, L>) -> Vec<T> {
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

/// Every way to read a view agrees with the naive gather: `to_vec`, `copy`,
/// `iter` (one element at a time and by `fold`), and `iter_memory_order`
/// (same elements, any order).
fn assert_kernels_agree<T, S: Shape, L: Layout>(v: View<'_, T, S, L>) -> Vec<T>
where
    T: Clone + PartialEq + Ord + core::fmt::Debug,
{
    let expected = naive_gather(v);
    assert_eq!(
        v.to_vec(),
        expected,
        "to_vec, shape {:?} strides {:?}",
        v.shape(),
        v.strides()
    );
    let copy = v.copy();
    assert_eq!(copy.as_slice(), &expected[..], "copy");
    assert_eq!(copy.shape(), v.shape(), "copy keeps the shape");
    assert!(copy.is_contiguous());
    // A `for` loop calls `next()`, one element at a time.
    let mut by_next = Vec::new();
    assert_eq!(v.iter().len(), expected.len());
    for x in v.iter() {
        by_next.push(x.clone());
    }
    assert_eq!(by_next, expected, "iter().next()");
    assert_eq!(
        v.iter().fold(Vec::new(), |mut acc, x| {
            acc.push(x.clone());
            acc
        }),
        expected,
        "iter().fold()"
    );
    // fold after a few next() calls continues where next() stopped.
    let mut it = v.iter();
    let head: Vec<T> = it.by_ref().take(3).cloned().collect();
    let tail: Vec<T> = it.cloned().collect();
    assert_eq!([head, tail].concat(), expected, "next() then fold()");
    let mut in_memory: Vec<T> = v.iter_memory_order().cloned().collect();
    assert_eq!(v.iter_memory_order().len(), expected.len());
    in_memory.sort();
    let mut sorted = expected.clone();
    sorted.sort();
    assert_eq!(
        in_memory, sorted,
        "iter_memory_order() visits each element once"
    );
    expected
}

#[test]
fn a_contiguous_array_copies_as_one_run() {
    let a = Array::<i32, shape![3, 4, 5]>::arange();
    assert_eq!(assert_kernels_agree(a.view()), (0..60).collect::<Vec<_>>());
}

#[test]
fn empty_views_copy_to_nothing() {
    let a = Array::<i32, shape![3, 4]>::arange();
    assert!(assert_kernels_agree(nd!(a[2:2])).is_empty());
    assert!(assert_kernels_agree(nd!(a[:, 5:])).is_empty());
    assert!(assert_kernels_agree(nd!(a.T[1:1])).is_empty());
    let z = Array::<i32, shape![0, 3]>::zeros();
    assert!(assert_kernels_agree(nd!(z.T)).is_empty());
}

#[test]
fn size_one_axes_are_skipped() {
    let a = Array::<i32, shape![1, 1, 1]>::arange();
    assert_eq!(assert_kernels_agree(nd!(a.T)), vec![0]);
    let b = Array::<i32, shape![3, 4]>::arange();
    // b[1:2, ::-1] is one row walked backwards: [7, 6, 5, 4]
    assert_eq!(assert_kernels_agree(nd!(b[1:2, ::-1])), vec![7, 6, 5, 4]);
    // b[:, 2:3].T is one row of stride 4: [2, 6, 10]
    assert_eq!(assert_kernels_agree(nd!(b[:, 2:3].T)), vec![2, 6, 10]);
}

#[test]
fn negative_strides_walk_backwards() {
    let a = Array::<i32, shape![3, 4]>::arange();
    // np.arange(12).reshape(3, 4)[::-1, ::-2].ravel() == [11, 9, 7, 5, 3, 1]
    assert_eq!(
        assert_kernels_agree(nd!(a[::-1, ::-2])),
        vec![11, 9, 7, 5, 3, 1]
    );
    assert_eq!(
        assert_kernels_agree(nd!(a.flip(0))),
        vec![8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3]
    );
    // a[::-1, ::-1].T: a transpose whose both strides are negative
    assert_eq!(
        assert_kernels_agree(nd!(a[::-1, ::-1].T)),
        vec![11, 7, 3, 10, 6, 2, 9, 5, 1, 8, 4, 0]
    );
    let big = Array::<i32, shape![37, 53]>::arange();
    assert_kernels_agree(nd!(big[::-1].T));
    assert_kernels_agree(nd!(big[:, ::-1].T));
    assert_kernels_agree(nd!(big[::-3, ::-2].T));
}

#[test]
fn new_axes_have_stride_zero_and_size_one() {
    let a = Array::<i32, shape![3, 4]>::arange();
    let v = nd!(a[:, None, ::-1]);
    assert_eq!(v.strides(), &[4, 0, -1]);
    assert_kernels_agree(v);
    assert_kernels_agree(nd!(a.T[None, :, None]));
}

#[test]
fn broadcast_axes_of_stride_zero_repeat_elements() {
    let x = Array::<i32, shape![3]>::arange();
    assert_eq!(
        assert_kernels_agree(nd!(x.broadcast_to(2, 3))),
        vec![0, 1, 2, 0, 1, 2]
    );
    let c = Array::<i32, shape![40, 1]>::arange();
    // stride 0 innermost, large stride outside: the copy is not tiled
    let b = nd!(c.broadcast_to(40, 37));
    assert_eq!(b.strides(), &[1, 0]);
    assert_kernels_agree(b);
    // stride 0 outermost with a transposed plane inside
    let m = Array::<i32, shape![9, 70]>::arange();
    assert_kernels_agree(nd!(m.T.broadcast_to(3, 70, 9)));
}

#[test]
fn rank_zero_views_hold_one_element() {
    let data = [42];
    let v = View::<i32, shape![]>::from_slice(&data).unwrap();
    assert_eq!(assert_kernels_agree(v), vec![42]);
}

#[test]
fn rank_eight_views_copy_in_c_order() {
    let a = Array::<u16, shape![2, 3, 2, 3, 2, 3, 2, 2]>::arange();
    assert_kernels_agree(a.view());
    assert_kernels_agree(nd!(a.T));
    assert_kernels_agree(nd!(a.transpose(7, 0, 6, 1, 5, 2, 4, 3)));
    assert_kernels_agree(nd!(a.transpose(1, 0, 2, 3, 4, 5, 7, 6)));
    assert_kernels_agree(nd!(a[::-1, 1:, :, ::2, :, ::-1, :, 1:].T));
}

#[test]
fn transposes_of_every_size_around_the_tiles_match() {
    // The tiled kernel works in 4 x 4 blocks inside 16 x 64 tiles, and in
    // blocks of 1024 rows: sizes just off those multiples hit every edge.
    let a = Array::<i64, shape![67, 130]>::arange();
    assert_kernels_agree(nd!(a.T));
    assert_kernels_agree(nd!(a[1:, 3:].T));
    assert_kernels_agree(nd!(a[:, ::2].T));
    let tall = Array::<i64, shape![5, 1030]>::arange();
    assert_kernels_agree(nd!(tall.T));
    let c = Array::<u8, shape![3, 17, 70]>::from_fn(|[i, j, k]| (i * 31 + j * 7 + k) as u8);
    assert_kernels_agree(nd!(c.transpose(2, 0, 1)));
    assert_kernels_agree(nd!(c.transpose(2, 1, 0)));
    assert_kernels_agree(nd!(c.transpose(1, 2, 0)));
    assert_kernels_agree(nd!(c.transpose(0, 2, 1)));
    assert_kernels_agree(nd!(c.transpose(1, 0, 2)));
}

#[test]
fn a_transposed_cube_is_merged_into_a_2d_transpose() {
    // x.transpose(2, 0, 1) of a C (4, 5, 6) array: axes 1 and 2 merge.
    let x = Array::<i32, shape![4, 5, 6]>::arange();
    let y = nd!(x.transpose(2, 0, 1));
    let expected = assert_kernels_agree(y);
    // y[k, i, j] == x[i, j, k]
    assert_eq!(expected[..5], [0, 6, 12, 18, 24]);
    assert_eq!(*nd!(y[5, 3, 4]), *nd!(x[3, 4, 5]));
}

#[test]
fn elements_with_drop_glue_are_cloned_once_each() {
    let a = Array::<String, shape![3, 5]>::from_fn(|[i, j]| format!("{i}{j}"));
    let t = assert_kernels_agree(nd!(a.T));
    assert_eq!(t[..3], ["00", "10", "20"]);
    let big = Array::<String, shape![20, 70]>::from_fn(|[i, j]| format!("{i:02}{j:02}"));
    assert_kernels_agree(nd!(big.T));
    assert_kernels_agree(nd!(big[::-1, 1::3].T));
}

#[test]
fn flatten_copies_in_c_order() {
    let a = Array::<i32, shape![3, 4]>::arange();
    let f = nd!(a.T.flatten());
    assert_eq!(f.as_slice(), &[0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
    assert_eq!(f.as_slice(), &naive_gather(nd!(a.T))[..]);
}

#[test]
fn iteration_in_memory_order_follows_the_strides() {
    let a = Array::<i32, shape![2, 3]>::arange();
    // whatever the view's axis order or direction, memory order is ascending
    assert_eq!(
        nd!(a.T).iter_memory_order().copied().collect::<Vec<_>>(),
        vec![0, 1, 2, 3, 4, 5]
    );
    assert_eq!(
        nd!(a[::-1, ::-1])
            .iter_memory_order()
            .copied()
            .collect::<Vec<_>>(),
        vec![0, 1, 2, 3, 4, 5]
    );
    assert_eq!(
        nd!(a[:, ::2].T)
            .iter_memory_order()
            .copied()
            .collect::<Vec<_>>(),
        vec![0, 2, 3, 5]
    );
}

#[test]
fn random_slices_of_permuted_cubes_match_the_naive_gather() {
    // A small LCG: deterministic, no dependency.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let x = Array::<i32, shape![7, 9, 40]>::arange();
    for _ in 0..200 {
        let bound = |next: &mut dyn FnMut(usize) -> usize, n: usize| -> (isize, isize, isize) {
            let step = [1isize, 1, 2, 3, -1, -2][next(6)];
            let start = next(n + 1) as isize - (n as isize / 2);
            let stop = next(n + 1) as isize;
            (start, stop, step)
        };
        let (a0, b0, s0) = bound(&mut next, 7);
        let (a1, b1, s1) = bound(&mut next, 9);
        let (a2, b2, s2) = bound(&mut next, 40);
        let v = nd!(x[{a0}:{b0}:{s0}, {a1}:{b1}:{s1}, {a2}:{b2}:{s2}]);
        match next(6) {
            0 => assert_kernels_agree(v),
            1 => assert_kernels_agree(nd!(v.transpose(2, 0, 1))),
            2 => assert_kernels_agree(nd!(v.transpose(1, 2, 0))),
            3 => assert_kernels_agree(nd!(v.transpose(0, 2, 1))),
            4 => assert_kernels_agree(nd!(v.T)),
            _ => assert_kernels_agree(nd!(v.transpose(1, 0, 2))),
        };
    }
}

#[test]
fn take_gathers_flat_positions_of_any_layout() {
    let a = Array::<i32, shape![4, 6]>::arange();
    let t = nd!(a[::-1, 1::2].T);
    let flat = naive_gather(t);
    // np.take(a[::-1, 1::2].T, [0, 5, -1, 7]) picks flat positions 0, 5, 11, 7
    let taken = nd!(t.take([0, 5, -1, 7]));
    assert_eq!(taken.as_slice(), &[flat[0], flat[5], flat[11], flat[7]]);
    assert_eq!(taken.as_slice(), &[19, 15, 5, 3]); // NumPy 2.4
}
