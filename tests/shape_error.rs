//! `ShapeError`: one variant per kind of run-time failure, each produced by
//! the operation that fails, with a `Display` text that names the numbers
//! (NumPy's wording where NumPy has one) and `std::error::Error`.

// `shape![..]` in a type annotation expands to typenum bit trees, which
// clippy's type_complexity counts as written out.
#![allow(clippy::type_complexity)]

use ndview::__private::IndexItem;
use ndview::prelude::*;
use ndview::DimList;
use ndview::{concatenate, stack, Axis, ShapeError, Viewable};

fn dyn_rows(n: usize) -> Array<i64, shape![Dyn, 4]> {
    Array::from_shape_vec([n, 4], (0..4 * n as i64).collect()).unwrap()
}

/// The variant, and its text.
fn check(err: ShapeError, variant: ShapeError, text: &str) {
    assert_eq!(err, variant);
    assert_eq!(err.to_string(), text);
}

#[test]
fn index_out_of_bounds_names_index_axis_and_size() {
    let a = dyn_rows(3);
    let i = 7;
    check(
        try_nd!(a[{ i }]).map(drop).unwrap_err(),
        ShapeError::IndexOutOfBounds {
            index: 7,
            axis: 0,
            size: 3,
        },
        "index 7 is out of bounds for axis 0 with size 3",
    );
}

#[test]
fn too_many_indices_names_the_rank_and_the_count() {
    // nd! rejects this at compile time; the run-time index function agrees.
    let a = dyn_rows(3);
    let err = a
        .raw_view()
        .index::<()>(&[IndexItem::Int(0), IndexItem::Int(0), IndexItem::Int(0)])
        .map(drop)
        .unwrap_err();
    check(
        err,
        ShapeError::TooManyIndices {
            ndim: 2,
            indexed: 3,
        },
        "too many indices for array: array is 2-dimensional, but 3 were indexed",
    );
}

#[test]
fn zero_step_says_so() {
    let a = dyn_rows(3);
    let step = 0;
    check(
        try_nd!(a[::{ step }]).map(drop).unwrap_err(),
        ShapeError::ZeroStep,
        "slice step cannot be zero",
    );
}

#[test]
fn reshape_count_names_the_size_and_the_target() {
    let a = dyn_rows(3);
    let n = 5;
    check(
        try_nd!(a.reshape({ n }, -1)).map(drop).unwrap_err(),
        ShapeError::ReshapeCount {
            from: 12,
            to: DimList::from_signed(&[5, -1]),
        },
        "cannot reshape array of size 12 into shape (5,-1)",
    );
}

#[test]
fn bad_reshape_spec_names_the_entry() {
    let a = dyn_rows(3);
    let n = -2;
    check(
        try_nd!(a.reshape({ n }, 6)).map(drop).unwrap_err(),
        ShapeError::BadReshapeSpec { value: -2 },
        "invalid reshape entry -2: only one -1 may be inferred, other sizes must be >= 0",
    );
}

#[test]
fn reshape_needing_a_copy_says_to_copy() {
    // nd! rejects this at compile time (the type does not prove
    // contiguity); the run-time reshape agrees.
    let a = dyn_rows(3);
    let t = nd!(a.T);
    let err = t.raw_view().reshape::<(Dyn,)>(&[-1]).map(drop).unwrap_err();
    check(
        err,
        ShapeError::ReshapeNeedsCopy,
        "cannot reshape this view without copying its elements; call `.copy()` first",
    );
}

#[test]
fn length_mismatch_names_the_shape_and_both_counts() {
    check(
        Array::<u8, shape![Dyn, 4]>::from_shape_vec([3, 4], vec![0; 10]).unwrap_err(),
        ShapeError::LengthMismatch {
            shape: DimList::from_dims(&[3, 4]),
            expected: 12,
            found: 10,
        },
        "cannot build an array of shape (3,4) (12 elements) from 10 elements",
    );
}

#[test]
fn dim_mismatch_names_the_dims_and_the_static_shape() {
    check(
        Array::<u8, shape![Dyn, 4]>::from_shape_vec([2, 6], vec![0; 12]).unwrap_err(),
        ShapeError::DimMismatch {
            found: DimList::from_dims(&[2, 6]),
            expected: DimList::from_signed(&[-1, 4]),
        },
        "dims (2,6) do not match the static shape (-1,4) (-1 marks a Dyn dim)",
    );
}

#[test]
fn axis_out_of_bounds_names_the_axis_and_the_rank() {
    // nd! checks literal axes at compile time; the run-time op agrees.
    let a = dyn_rows(3);
    let err = a
        .raw_view()
        .swapaxes::<(Dyn, Dyn)>(0, 2)
        .map(drop)
        .unwrap_err();
    check(
        err,
        ShapeError::AxisOutOfBounds { axis: 2, ndim: 2 },
        "axis 2 is out of bounds for array of dimension 2",
    );
}

#[test]
fn squeeze_not_one_names_the_axis_and_its_size() {
    let a = dyn_rows(3);
    check(
        try_nd!(a.squeeze(0)).map(drop).unwrap_err(),
        ShapeError::SqueezeNotOne { axis: 0, size: 3 },
        "cannot select an axis to squeeze out which has size not equal to one (axis 0 has size 3)",
    );
}

#[test]
fn overflow_says_the_count_overflows() {
    check(
        Array::<u8, shape![Dyn, Dyn]>::from_shape_vec([usize::MAX, 2], vec![]).unwrap_err(),
        ShapeError::Overflow,
        "the element count overflows usize",
    );
}

#[test]
fn broadcast_mismatch_names_both_shapes() {
    let a = dyn_rows(3);
    check(
        try_nd!(a.broadcast_to(2, 4)).map(drop).unwrap_err(),
        ShapeError::BroadcastMismatch {
            from: DimList::from_dims(&[3, 4]),
            to: DimList::from_dims(&[2, 4]),
        },
        "operands could not be broadcast together with shape (3,4) and requested shape (2,4)",
    );
}

#[test]
fn negative_dim_names_the_size() {
    let a = dyn_rows(3);
    let n = -1;
    check(
        try_nd!(a.broadcast_to({ n }, 4)).map(drop).unwrap_err(),
        ShapeError::NegativeDim { value: -1 },
        "all elements of broadcast shape must be non-negative, found -1",
    );
}

#[test]
fn assign_mismatch_names_both_shapes_in_numpy_words() {
    // `assign` panics with this text (tests/mutate.rs); the variant carries it.
    let err = ShapeError::AssignMismatch {
        from: DimList::from_dims(&[3]),
        into: DimList::from_dims(&[4]),
    };
    assert_eq!(
        err.to_string(),
        "could not broadcast input array from shape (3,) into shape (4,)"
    );
}

#[test]
fn concat_mismatch_names_the_axis_and_both_sizes() {
    let a = Array::<i32, shape![2, Dyn]>::from_shape_vec([2, 3], vec![0; 6]).unwrap();
    let b = Array::<i32, shape![2, Dyn]>::from_shape_vec([2, 4], vec![0; 8]).unwrap();
    check(
        concatenate((&a, &b), Axis::<0>).map(drop).unwrap_err(),
        ShapeError::ConcatMismatch {
            axis: 1,
            first: 3,
            index: 1,
            size: 4,
        },
        "all the input array dimensions except for the concatenation axis must match exactly, \
         but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 4",
    );
}

#[test]
fn stack_mismatch_names_both_shapes() {
    let a = Array::<i32, shape![Dyn]>::from_shape_vec([3], vec![0; 3]).unwrap();
    let b = Array::<i32, shape![Dyn]>::from_shape_vec([4], vec![0; 4]).unwrap();
    check(
        stack(&[a.view(), a.view(), b.view()][..], Axis::<0>)
            .map(drop)
            .unwrap_err(),
        ShapeError::StackMismatch {
            first: DimList::from_dims(&[3]),
            index: 2,
            found: DimList::from_dims(&[4]),
        },
        "all input arrays must have the same shape, but the array at index 0 has shape (3,) and the array at index 2 has shape (4,)",
    );
}

#[test]
fn nothing_to_join_names_the_operation() {
    let none: &[View<'_, i32, shape![3]>] = &[];
    check(
        concatenate(none, Axis::<0>).map(drop).unwrap_err(),
        ShapeError::NothingToJoin { op: "concatenate" },
        "need at least one array to concatenate",
    );
    check(
        stack(none, Axis::<0>).map(drop).unwrap_err(),
        ShapeError::NothingToJoin { op: "stack" },
        "need at least one array to stack",
    );
}

#[test]
fn shape_error_is_a_std_error() {
    fn boxed(e: ShapeError) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(e)
    }
    let e = boxed(ShapeError::ZeroStep);
    assert_eq!(e.to_string(), "slice step cannot be zero");
}
