//! `concatenate` and `stack`: NumPy's `np.concatenate((a, b), axis=k)` and
//! `np.stack((a, b), axis=k)`, allocating the result once. Tuples keep
//! static dims (checked at compile time); slices give a `Dyn` joined axis.
//! Expected values are NumPy 2.4's for `a = np.arange(6).reshape(2, 3)`,
//! `b = np.arange(6, 12).reshape(2, 3)`.

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::prelude::*;
use ndview::{concatenate, stack, Axis};

fn pair() -> (Array<i32, shape![2, 3]>, Array<i32, shape![2, 3]>) {
    let a = Array::<i32, shape![2, 3]>::arange();
    let b = Array::<i32, shape![2, 3]>::from_fn(|[i, j]| (6 + 3 * i + j) as i32);
    (a, b)
}

#[test]
fn concatenate_along_axis_0_appends_rows_and_adds_the_static_dims() {
    let (a, b) = pair();
    let c: Array<i32, shape![4, 3]> = concatenate((&a, &b), Axis::<0>).unwrap();
    assert_eq!(c.to_vec(), (0..12).collect::<Vec<_>>());
    assert_eq!(c.strides(), &[3, 1]);
}

#[test]
fn concatenate_along_axis_1_interleaves_rows() {
    let (a, b) = pair();
    let c: Array<i32, shape![2, 6]> = concatenate((&a, &b), Axis::<1>).unwrap();
    assert_eq!(c.to_vec(), vec![0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11]);
}

#[test]
fn concatenate_reads_strided_views_in_their_logical_order() {
    let (a, b) = pair();
    // np.concatenate((a.T, b.T), axis=0)
    let c: Array<i32, shape![6, 2]> = concatenate((nd!(a.T), nd!(b.T)), Axis::<0>).unwrap();
    assert_eq!(c.to_vec(), vec![0, 3, 1, 4, 2, 5, 6, 9, 7, 10, 8, 11]);
    // np.concatenate((a, b[:, ::-1], a[:, 1:]), axis=1)
    let d: Array<i32, shape![2, 8]> =
        concatenate((&a, nd!(b[:, ::-1]), nd!(a[:, 1:])), Axis::<1>).unwrap();
    assert_eq!(
        d.to_vec(),
        vec![0, 1, 2, 8, 7, 6, 1, 2, 3, 4, 5, 11, 10, 9, 4, 5]
    );
}

#[test]
fn concatenate_of_a_slice_has_a_dyn_joined_axis() {
    let (a, b) = pair();
    let views = [a.view(), b.view(), a.view()];
    let c: Array<i32, shape![Dyn, 3]> = concatenate(&views[..], Axis::<0>).unwrap();
    assert_eq!(c.shape(), &[6, 3]);
    let arrays = [&a, &b];
    let d: Array<i32, shape![2, Dyn]> = concatenate(&arrays, Axis::<1>).unwrap();
    assert_eq!(d.to_vec(), vec![0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11]);
}

#[test]
fn concatenate_mixes_static_and_dyn_shapes() {
    let acc = Array::<f64, shape![Dyn, 3]>::from_shape_elem([2, 3], 1.0).unwrap();
    let row = Array::<f64, shape![3]>::from_elem(2.0);
    // np.concatenate((acc, row[None]))
    let grown: Array<f64, shape![Dyn, 3]> = concatenate((&acc, nd!(row[None])), Axis::<0>).unwrap();
    assert_eq!(grown.shape(), &[3, 3]);
    assert_eq!(nd!(grown[2]).to_vec(), vec![2.0; 3]);
}

#[test]
fn concatenate_of_empty_pieces_keeps_the_others() {
    let (a, _) = pair();
    let empty = Array::<i32, shape![0, 3]>::zeros();
    let c: Array<i32, shape![2, 3]> = concatenate((&empty, &a, &empty), Axis::<0>).unwrap();
    assert_eq!(c, a);
}

#[test]
fn stack_inserts_a_new_axis_of_the_tuple_length() {
    let (a, b) = pair();
    let s0: Array<i32, shape![2, 2, 3]> = stack((&a, &b), Axis::<0>).unwrap();
    assert_eq!(s0.to_vec(), (0..12).collect::<Vec<_>>());
    let s1: Array<i32, shape![2, 2, 3]> = stack((&a, &b), Axis::<1>).unwrap();
    // np.stack((a, b), axis=1)
    assert_eq!(s1.to_vec(), vec![0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11]);
    let s2: Array<i32, shape![2, 3, 2]> = stack((&a, &b), Axis::<2>).unwrap();
    // np.stack((a, b), axis=2)
    assert_eq!(s2.to_vec(), vec![0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11]);
}

#[test]
fn stack_of_a_slice_has_a_dyn_new_axis() {
    let (a, b) = pair();
    let views = [nd!(a.T), nd!(b.T), nd!(a.T)];
    let s: Array<i32, shape![Dyn, 3, 2]> = stack(&views, Axis::<0>).unwrap();
    assert_eq!(s.shape(), &[3, 3, 2]);
    assert_eq!(nd!(s[1, 0]).to_vec(), vec![6, 9]);
}

#[test]
fn stack_checks_dyn_dims_at_run_time() {
    let x = Array::<i32, shape![Dyn]>::from_shape_vec([2], vec![1, 2]).unwrap();
    let y = Array::<i32, shape![2]>::from_vec(vec![3, 4]).unwrap();
    let s: Array<i32, shape![2, Dyn]> = stack((&x, &y), Axis::<0>).unwrap();
    assert_eq!(s.to_vec(), vec![1, 2, 3, 4]);
    let z = Array::<i32, shape![Dyn]>::from_shape_vec([3], vec![0; 3]).unwrap();
    assert!(stack((&x, &z), Axis::<0>).is_err());
}

#[test]
fn joins_allocate_a_fresh_array_that_shares_nothing() {
    let (a, b) = pair();
    let c = concatenate((&a, &b), Axis::<0>).unwrap();
    assert!(!c.shares_memory(&a) && !c.shares_memory(&b));
}

#[test]
fn tuples_of_up_to_eight_inputs_keep_their_static_dims() {
    // np.concatenate([np.full((1, 2), k) for k in range(8)]) has shape
    // (8, 2); np.stack of the same eight has shape (8, 1, 2).
    let p: Vec<Array<i32, shape![1, 2]>> =
        (0..8).map(Array::<i32, shape![1, 2]>::from_elem).collect();
    let inputs = (&p[0], &p[1], &p[2], &p[3], &p[4], &p[5], &p[6], &p[7]);
    let c: Array<i32, shape![8, 2]> = concatenate(inputs, Axis::<0>).unwrap();
    let expect: Vec<i32> = (0..8).flat_map(|k| [k, k]).collect();
    assert_eq!(c.to_vec(), expect);
    let s: Array<i32, shape![8, 1, 2]> = stack(inputs, Axis::<0>).unwrap();
    assert_eq!(s.to_vec(), expect);
    // Seven inputs along axis 1, with different static widths.
    let w1 = Array::<i32, shape![1, 1]>::from_elem(1);
    let w2 = Array::<i32, shape![1, 2]>::from_elem(2);
    let c: Array<i32, shape![1, 10]> =
        concatenate((&w1, &w2, &w1, &w2, &w1, &w2, &w1), Axis::<1>).unwrap();
    assert_eq!(c.to_vec(), vec![1, 2, 2, 1, 2, 2, 1, 2, 2, 1]);
}

#[test]
fn negative_axes_count_from_the_end_as_in_numpy() {
    let (a, b) = pair();
    // np.concatenate((a, b), axis=-1): shape (2, 6)
    let c: Array<i32, shape![2, 6]> = concatenate((&a, &b), Axis::<-1>).unwrap();
    assert_eq!(c.to_vec(), vec![0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11]);
    // np.concatenate((a, b), axis=-2): shape (4, 3)
    let c: Array<i32, shape![4, 3]> = concatenate((&a, &b), Axis::<-2>).unwrap();
    assert_eq!(c.to_vec(), (0..12).collect::<Vec<_>>());
    // np.stack((a, b), axis=-1): shape (2, 3, 2), a new last axis
    let s: Array<i32, shape![2, 3, 2]> = stack((&a, &b), Axis::<-1>).unwrap();
    assert_eq!(s.to_vec(), vec![0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11]);
    // np.stack((a, b), axis=-3): shape (2, 2, 3), the same as axis=0
    let s: Array<i32, shape![2, 2, 3]> = stack((&a, &b), Axis::<-3>).unwrap();
    assert_eq!(s.to_vec(), (0..12).collect::<Vec<_>>());
    // A slice of inputs: the joined axis is Dyn.
    let parts = [a.view(), b.view()];
    let d: Array<i32, shape![2, Dyn]> = concatenate(&parts[..], Axis::<-1>).unwrap();
    assert_eq!(d.shape(), &[2, 6]);
}
