//! Views of rank 9 to 16 (`ndview::MAX_RANK`): every expected shape, stride
//! and value below is NumPy 2.4's, computed on the same data.

use ndview::prelude::*;
use ndview::{stack, Axis};

/// `(2,)*16`: 2^16 elements.
type Twos16 = shape![2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
/// `(2,)*15`.
type Twos15 = shape![2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];

#[test]
fn the_rank_limit_is_16() {
    assert_eq!(ndview::MAX_RANK, 16);
    let a = Array::<i32, Twos16>::zeros();
    assert_eq!(a.ndim(), 16);
}

/// NumPy's own test suite transposes a rank-16 array.
#[test]
fn rank_16_reversed_transpose_matches_numpy() {
    let a = Array::<i32, Twos16>::arange();
    // t = np.arange(2**16, dtype=np.int32).reshape((2,)*16).transpose(15, 14, ..., 0)
    let t = nd!(a.transpose(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
    assert_eq!(t.shape(), &[2; 16]);
    // t.strides // 4
    assert_eq!(
        t.strides(),
        &[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768]
    );
    // t[1, 0, ..., 0] == 1; t[0, 1, 0, ..., 0, 1] == 32770
    assert_eq!(t[[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]], 1);
    assert_eq!(t[[0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]], 32770);
    // t.ravel()[:6], t.ravel()[-3:]
    let v = t.to_vec();
    assert_eq!(&v[..6], &[0, 32768, 16384, 49152, 8192, 40960]);
    assert_eq!(&v[v.len() - 3..], &[49151, 32767, 65535]);
    // .T is the same reversal
    assert_eq!(nd!(a.T).strides(), t.strides());
}

#[test]
fn rank_16_random_permutation_matches_numpy() {
    let a = Array::<i32, Twos16>::arange();
    // np.random.default_rng(0).permutation(16)
    let u = nd!(a.transpose(2, 11, 3, 10, 0, 4, 7, 5, 14, 12, 6, 9, 13, 8, 1, 15));
    assert_eq!(
        u.strides(),
        &[8192, 16, 4096, 32, 32768, 2048, 256, 1024, 2, 8, 512, 64, 4, 128, 16384, 1]
    );
    let v = u.to_vec();
    assert_eq!(&v[..5], &[0, 1, 16384, 16385, 128]);
    assert_eq!(v[1000], 1806);
}

#[test]
fn reshape_into_ten_small_axes_is_a_view() {
    let x = Array::<i32, shape![4, 4, 4, 4, 4]>::arange();
    // x.reshape((2,)*10).strides // 4
    let y = nd!(x.reshape(2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
    assert_eq!(y.strides(), &[512, 256, 128, 64, 32, 16, 8, 4, 2, 1]);
    assert_eq!(y.to_vec(), x.to_vec());
    // x[:, ::-1].reshape(4, 2, 2, 4, 4, 4): a view, strides (256, -128, -64, 16, 4, 1)
    let z = nd!(x[:, ::-1].reshape(4, 2, 2, 4, 4, 4));
    assert_eq!(z.shape(), &[4, 2, 2, 4, 4, 4]);
    assert_eq!(z.strides(), &[256, -128, -64, 16, 4, 1]);
    assert!(z.shares_memory(&x));
}

#[test]
fn reshape_with_run_time_dims_reaches_rank_12() {
    let n = 4usize;
    let x = Array::<i32, shape![Dyn, 64]>::from_shape_vec([n, 64], (0..256).collect()).unwrap();
    let y = nd!(x.reshape(-1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1));
    assert_eq!(y.ndim(), 12);
    assert_eq!(y.shape(), &[4, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1]);
    assert_eq!(y.to_vec(), (0..256).collect::<Vec<_>>());
}

#[test]
fn expand_dims_of_a_rank_15_view_gives_rank_16() {
    let w = Array::<i32, Twos15>::arange();
    // np.expand_dims(w, 7).strides // 4
    let e = nd!(w.expand_dims(7));
    assert_eq!(e.shape(), &[2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2]);
    assert_eq!(
        e.strides(),
        &[16384, 8192, 4096, 2048, 1024, 512, 256, 256, 128, 64, 32, 16, 8, 4, 2, 1]
    );
    // and through None, then a run-time slice
    let k = 1usize;
    let f = nd!(w[{ k }:, None]);
    assert_eq!(f.shape(), &[1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    assert_eq!(f[[0; 16]], 16384);
}

#[test]
fn mixed_sign_axis_ops_at_rank_16() {
    let a = Array::<i32, Twos16>::arange();
    // np.swapaxes(a, 0, -1).strides[0] // 4 == 1 ; np.moveaxis(a, 0, -1).strides[-1] // 4 == 32768
    assert_eq!(nd!(a.swapaxes(0, -1)).strides()[0], 1);
    assert_eq!(nd!(a.swapaxes(0, -1)).strides()[15], 32768);
    let m = nd!(a.moveaxis(0, -1));
    assert_eq!(m.strides()[15], 32768);
    assert_eq!(m.strides()[0], 16384);
    assert_eq!(nd!(a.moveaxis(-1, 3)).strides()[3], 1);
}

#[test]
fn stack_of_rank_15_inputs_is_rank_16() {
    let w = Array::<i32, Twos15>::arange();
    let lo = nd!(w[:1]);
    let hi = nd!(w[1:]);
    // np.stack((w[:1], w[1:]), axis=0).shape == (2, 1, 2, ..., 2)
    let s = stack((&lo, &hi), Axis::<0>).unwrap();
    assert_eq!(s.shape(), &[2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    assert_eq!(s.to_vec(), w.to_vec());
    // along the new last axis
    let t = stack((&lo, &hi), Axis::<-1>).unwrap();
    assert_eq!(t.shape()[15], 2);
    assert_eq!(&t.to_vec()[..4], &[0, 16384, 1, 16385]);
}

#[test]
fn copy_and_to_vec_at_rank_16() {
    let a = Array::<i32, Twos16>::arange();
    let t = nd!(a.T);
    // t.copy().ravel()[:4] == [0, 32768, 16384, 49152]; t.sum() == 2147450880
    let c = t.copy();
    assert_eq!(c.strides()[15], 1);
    assert_eq!(&c.to_vec()[..4], &[0, 32768, 16384, 49152]);
    assert_eq!(
        c.to_vec().iter().map(|&x| x as i64).sum::<i64>(),
        2147450880
    );
    // a[::-1, ..., ::-1].copy().ravel()[0] == 32769
    let d = nd!(a[::-1, ..., ::-1]).copy();
    assert_eq!(d.to_vec()[0], 32769);
}
