//! SPEC's seed walkthrough, line by line.

use ndview::prelude::*;

#[test]
fn seed_walkthrough_holds() {
    let a = Array::<i64, shape![3, 4]>::arange();
    assert_eq!(a.byte_strides().to_vec(), vec![32, 8]);
    assert_eq!(*nd!(a[1, 3]), 7);
    let b = nd!(a.reshape(6, 2)); // byte strides [16, 8], no copy
    assert_eq!(b.byte_strides().to_vec(), vec![16, 8]);
    assert!(b.shares_memory(&a));
    let c = nd!(a.reshape(2, 2, 3)); // byte strides [48, 24, 8]
    assert_eq!(c.byte_strides().to_vec(), vec![48, 24, 8]);
    let t = nd!(a.transpose(1, 0)); // byte strides [8, 32]
    assert_eq!(t.byte_strides().to_vec(), vec![8, 32]);
    assert_eq!(t.shape(), &[4, 3]);
    assert_ne!(nd!(a.reshape(4, 3)).to_vec(), t.to_vec()); // same shape, different order
    let x = Array::<i64, shape![5, 7, 6]>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as i64);
    let y = nd!(x.transpose(2, 0, 1)); // shape [6, 5, 7]
    assert_eq!(y.shape(), &[6, 5, 7]);
    assert_eq!(nd!(x[1, 2, 3]), nd!(y[3, 1, 2]));
    let s = nd!(a[1:, ::2]); // view, no copy
    assert_eq!(s.shape(), &[2, 2]);
    assert_eq!(s.to_vec(), vec![4, 6, 8, 10]);
    assert!(s.shares_memory(&a));
}
