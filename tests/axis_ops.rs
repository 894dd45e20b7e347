//! Axis operations with positive and negative axes on several ranks; the
//! expected shapes and values are NumPy's (np.swapaxes, np.moveaxis, ...).

use ndview::prelude::*;

#[test]
fn swapaxes_with_axes_of_one_sign_matches_numpy_on_every_rank() {
    let a = Array::<i32, shape![2, 3, 4, 5]>::arange();
    // np.swapaxes(a, 0, 2).shape == (4, 3, 2, 5)
    assert_eq!(nd!(a.swapaxes(0, 2)).shape(), &[4, 3, 2, 5]);
    // np.swapaxes(a, -1, -3).shape == (2, 5, 4, 3)
    assert_eq!(nd!(a.swapaxes(-1, -3)).shape(), &[2, 5, 4, 3]);
    // mixed signs: np.swapaxes(a, 0, -1).shape == (5, 3, 4, 2)
    assert_eq!(nd!(a.swapaxes(0, -1)).shape(), &[5, 3, 4, 2]);
    let b = Array::<i32, shape![2, 3]>::arange();
    assert_eq!(nd!(b.swapaxes(0, -1)).to_vec(), vec![0, 3, 1, 4, 2, 5]);
    assert_eq!(nd!(b.swapaxes(1, 1)).to_vec(), b.to_vec());
}

#[test]
fn moveaxis_keeps_the_other_axes_in_order() {
    let a = Array::<i32, shape![2, 3, 4, 5]>::arange();
    // np.moveaxis(a, 0, 2).shape == (3, 4, 2, 5)
    assert_eq!(nd!(a.moveaxis(0, 2)).shape(), &[3, 4, 2, 5]);
    // np.moveaxis(a, -1, -3).shape == (2, 5, 3, 4)
    assert_eq!(nd!(a.moveaxis(-1, -3)).shape(), &[2, 5, 3, 4]);
    // np.moveaxis(a, 0, -1).shape == (3, 4, 5, 2)
    assert_eq!(nd!(a.moveaxis(0, -1)).shape(), &[3, 4, 5, 2]);
    assert_eq!(nd!(a.moveaxis(0, -1)).strides(), &[20, 5, 1, 60]);
}

#[test]
fn flip_reverses_one_axis_with_a_negative_stride() {
    let a = Array::<i32, shape![2, 3]>::arange();
    // np.flip(a, -1) == [[2, 1, 0], [5, 4, 3]], strides (3, -1) in elements
    let f = nd!(a.flip(-1));
    assert_eq!(f.to_vec(), vec![2, 1, 0, 5, 4, 3]);
    assert_eq!(f.strides(), &[3, -1]);
    assert_eq!(nd!(a.flip(0)).to_vec(), vec![3, 4, 5, 0, 1, 2]);
}

#[test]
fn expand_dims_counts_negative_axes_in_the_result() {
    let a = Array::<i32, shape![2, 3]>::arange();
    // np.expand_dims(a, 0).shape == (1, 2, 3); (a, 2) -> (2, 3, 1)
    assert_eq!(nd!(a.expand_dims(0)).shape(), &[1, 2, 3]);
    assert_eq!(nd!(a.expand_dims(2)).shape(), &[2, 3, 1]);
    // np.expand_dims(a, -1).shape == (2, 3, 1); (a, -3) -> (1, 2, 3); (a, -2) -> (2, 1, 3)
    assert_eq!(nd!(a.expand_dims(-1)).shape(), &[2, 3, 1]);
    assert_eq!(nd!(a.expand_dims(-3)).shape(), &[1, 2, 3]);
    assert_eq!(nd!(a.expand_dims(-2)).shape(), &[2, 1, 3]);
    assert_eq!(nd!(a.expand_dims(1)).as_slice(), a.as_slice());
}

#[test]
fn squeeze_removes_one_size_1_axis_or_all_static_ones() {
    let a = Array::<i32, shape![1, 3, 1]>::arange();
    assert_eq!(nd!(a.squeeze(0)).shape(), &[3, 1]);
    assert_eq!(nd!(a.squeeze(-1)).shape(), &[1, 3]);
    assert_eq!(nd!(a.squeeze()).shape(), &[3]);
}

#[test]
fn take_along_an_axis_gathers_whole_slices() {
    let a = Array::<i32, shape![2, 3, 4]>::arange();
    // np.take(a, [2, 0], axis=-1)[1] == [[14, 12], [18, 16], [22, 20]]
    let t = nd!(a.take([2, 0], axis = -1));
    assert_eq!(t.shape(), &[2, 3, 2]);
    assert_eq!(nd!(t[1]).to_vec(), vec![14, 12, 18, 16, 22, 20]);
    // np.take(a, [-1], axis=0).shape == (1, 3, 4)
    assert_eq!(nd!(a.take([-1], axis = 0)).to_vec(), nd!(a[1:]).to_vec());
    // np.take(a, [23, -24]) == [23, 0]
    assert_eq!(nd!(a.take([23, -24])).to_vec(), vec![23, 0]);
}

#[test]
fn index_items_after_an_ellipsis_address_the_last_axes() {
    let a = Array::<i32, shape![2, 3, 4]>::arange();
    // a[..., 1].shape == (2, 3); a[0, ..., -1] == [3, 7, 11]
    assert_eq!(nd!(a[..., 1]).shape(), &[2, 3]);
    assert_eq!(nd!(a[0, ..., -1]).to_vec(), vec![3, 7, 11]);
    assert_eq!(nd!(a[..., None, 1:3]).shape(), &[2, 3, 1, 2]);
    // With an ellipsis NumPy gives a 0-d array, not a scalar: a[1, ..., 2, 3].shape == ()
    let zero_d = nd!(a[1, ..., 2, 3]);
    assert_eq!(zero_d.shape(), &[] as &[usize]);
    assert_eq!(zero_d.to_vec(), vec![23]);
}

#[test]
fn reshape_infers_minus_one_by_exact_division() {
    let a = Array::<u8, shape![1080, 1920, 3]>::zeros();
    // np.zeros((1080, 1920, 3)).reshape(1080, -1).shape == (1080, 5760)
    let r: View<'_, u8, shape![1080, 5760]> = nd!(a.reshape(1080, -1));
    assert_eq!(r.strides(), &[5760, 1]);
    let s: View<'_, u8, shape![48, 129600]> = nd!(a.reshape(48, -1));
    assert_eq!(s.shape(), &[48, 129600]);
    let t: View<'_, u8, shape![6220800]> = nd!(a.reshape(-1));
    assert_eq!(t.len(), 6220800);
}

#[test]
fn expand_dims_strides_are_numpys_reshape_strides() {
    let a = Array::<i64, shape![3, 4]>::arange();
    // NumPy 2.4: np.expand_dims(a, k).strides for k = 0, 1, 2 (bytes)
    assert_eq!(
        nd!(a.expand_dims(0)).byte_strides().to_vec(),
        vec![96, 32, 8]
    );
    assert_eq!(
        nd!(a.expand_dims(1)).byte_strides().to_vec(),
        vec![32, 32, 8]
    );
    assert_eq!(
        nd!(a.expand_dims(2)).byte_strides().to_vec(),
        vec![32, 8, 8]
    );
    // on a.T: (32, 8, 32), (8, 96, 32), (8, 32, 32)
    assert_eq!(
        nd!(a.T.expand_dims(0)).byte_strides().to_vec(),
        vec![32, 8, 32]
    );
    assert_eq!(
        nd!(a.T.expand_dims(1)).byte_strides().to_vec(),
        vec![8, 96, 32]
    );
    assert_eq!(
        nd!(a.T.expand_dims(-1)).byte_strides().to_vec(),
        vec![8, 32, 32]
    );
    // on a[:, ::2]: (96, 32, 16), (32, 32, 16), (32, 16, 16)
    assert_eq!(
        nd!(a[:, ::2].expand_dims(0)).byte_strides().to_vec(),
        vec![96, 32, 16]
    );
    assert_eq!(
        nd!(a[:, ::2].expand_dims(1)).byte_strides().to_vec(),
        vec![32, 32, 16]
    );
    assert_eq!(
        nd!(a[:, ::2].expand_dims(2)).byte_strides().to_vec(),
        vec![32, 16, 16]
    );
    // while indexing with None gives stride 0: a[:, None].strides == (32, 0, 8)
    assert_eq!(nd!(a[:, None]).byte_strides().to_vec(), vec![32, 0, 8]);
}

#[test]
fn display_prints_like_numpy() {
    let a = Array::<i64, shape![3, 4]>::arange();
    assert_eq!(
        a.to_string(),
        "[[ 0  1  2  3]\n [ 4  5  6  7]\n [ 8  9 10 11]]"
    );
    // print(np.arange(6.).reshape(2, 3)) -> [[0. 1. 2.]\n [3. 4. 5.]]
    let f = Array::<f64, shape![2, 3]>::arange();
    assert_eq!(f.to_string(), "[[0. 1. 2.]\n [3. 4. 5.]]");
    // print(np.array([[0.5, 1], [-2.25, 3]])) -> [[ 0.5   1.  ]\n [-2.25  3.  ]]
    let g = Array::<f64, shape![2, 2]>::from_vec(vec![0.5, 1.0, -2.25, 3.0]).unwrap();
    assert_eq!(g.to_string(), "[[ 0.5   1.  ]\n [-2.25  3.  ]]");
    // print(np.arange(8).reshape(2, 2, 2)) separates blocks with a blank line
    let c = Array::<i32, shape![2, 2, 2]>::arange();
    assert_eq!(c.to_string(), "[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]");
    // a 0-d view prints its element; an empty one prints []
    assert_eq!(nd!(a[1, ..., 2]).to_string(), "6");
    assert_eq!(nd!(a[5:]).to_string(), "[]");
}

#[test]
fn run_time_values_may_be_any_block() {
    let a = Array::<i32, shape![3, 4]>::arange();
    assert_eq!(*nd!(a[{ let i = 1; i + 1 }, 0]), 8);
}

#[test]
fn reshape_with_no_dims_is_numpys_rank_0_reshape() {
    // np.arange(1).reshape(()) is a 0-d array holding 0
    let a = Array::<i32, shape![1, 1]>::arange();
    let r = nd!(a.reshape());
    assert_eq!(r.ndim(), 0);
    assert_eq!(r.to_vec(), vec![0]);
}

#[test]
fn empty_strided_views_reshape_freely() {
    // np.zeros((3, 0, 4)).T.reshape(12, 0) is a view
    let a = Array::<i64, shape![3, 0, 4]>::arange();
    let r = nd!(a.T.reshape(12, 0));
    assert_eq!(r.shape(), &[12, 0]);
}

#[test]
fn reshapes_of_more_than_8192_elements_are_checked_statically() {
    let b = Array::<u8, shape![64, 129]>::zeros();
    assert_eq!(nd!(b.reshape(8256)).shape(), &[8256]);
    let a = Array::<u8, shape![64, 128, 32]>::zeros();
    assert_eq!(nd!(a.reshape(8192, 32)).shape(), &[8192, 32]);
    assert_eq!(nd!(a.reshape(-1)).len(), 262144);
    let big: View<'_, u8, shape![262144]> = nd!(a.ravel());
    assert_eq!(big.len(), 262144);
}
