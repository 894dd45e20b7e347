//! `rearrange` in `nd!`: einops' patterns, lowered to reshape and transpose,
//! so the results are views with NumPy's strides. The differential suite
//! against einops is `einops_diff.rs`; this file states the rules.

use ndview::prelude::*;
use ndview::Strided;

#[test]
fn rearrange_permutes_named_axes_like_transpose() {
    let x = Array::<i64, shape![2, 3, 4]>::arange();
    // einops.rearrange(x, 'h w c -> c h w') is x.transpose(2, 0, 1)
    let y = nd!(x.rearrange("h w c -> c h w"));
    assert_eq!(y.shape(), &[4, 2, 3]);
    assert_eq!(y.strides(), &[1, 12, 4]);
    assert_eq!(y.to_vec(), nd!(x.transpose(2, 0, 1)).to_vec());
}

#[test]
fn rearrange_splits_a_group_with_one_size_given() {
    let x = Array::<i64, shape![6, 5]>::arange();
    let y: View<'_, i64, shape![3, 2, 5]> = nd!(x.rearrange("(b t) c -> b t c", t = 2));
    assert_eq!(y.strides(), &[10, 5, 1]);
    let n = 3;
    let z = nd!(x.rearrange("(b t) c -> b t c", b = { n }));
    assert_eq!((z.shape(), z.strides()), (&[3, 2, 5][..], &[10, 5, 1][..]));
}

#[test]
fn rearrange_merges_contiguous_axes_into_a_view() {
    let x = Array::<i64, shape![2, 3, 4, 5]>::arange();
    let y: View<'_, i64, shape![2, 12, 5]> = nd!(x.rearrange("b h w c -> b (h w) c"));
    assert_eq!(y.strides(), &[60, 5, 1]);
    assert_eq!(nd!(y[1, 11, 4]), nd!(x[1, 2, 3, 4]));
}

#[test]
fn rearrange_with_ellipsis_moves_the_named_axes() {
    let x = Array::<i64, shape![2, 3, 4, 5]>::arange();
    // 'b ... c -> b c ...' is np.moveaxis(x, -1, 1)
    let y: View<'_, i64, shape![2, 5, 3, 4], Strided> =
        nd!(x.rearrange("b ... c -> b c ...")).strided();
    assert_eq!(y.strides(), &[60, 1, 20, 5]);
    let z: View<'_, i64, shape![1, 2, 3, 4, 5, 1]> = nd!(x.rearrange("... -> 1 ... ()"));
    assert_eq!(z.to_vec(), x.to_vec());
}

#[test]
fn rearrange_adds_and_drops_length_one_axes() {
    let x = Array::<i64, shape![2, 1, 3]>::arange();
    let y: View<'_, i64, shape![3, 1, 2], Strided> = nd!(x.rearrange("a 1 b -> b () a")).strided();
    assert_eq!(y.to_vec(), vec![0, 3, 1, 4, 2, 5]);
}

#[test]
fn rearrange_of_a_mutable_view_writes_through() {
    let mut x = Array::<i64, shape![2, 6]>::arange();
    let mut y = nd!(mut x.rearrange("a (b c) -> c a b", c = 3));
    *y.get_mut([2, 1, 0]).unwrap() = -1;
    assert_eq!(*nd!(x[1, 2]), -1);
}

#[test]
fn rearrange_after_copy_reshapes_the_new_array() {
    let x = Array::<i64, shape![4, 3]>::arange();
    let t = nd!(x.T);
    let y: Array<i64, shape![6, 2]> = nd!(t.copy().rearrange("c (a b) -> (c a) b", b = 2));
    assert_eq!(y.to_vec(), nd!(t.copy()).to_vec());
}

#[test]
fn rearrange_on_run_time_dims_checks_at_run_time() {
    let x = Array::<i64, shape![Dyn, 4]>::from_shape_vec([6, 4], (0..24).collect()).unwrap();
    let y = nd!(x.rearrange("(b t) c -> t b c", t = 3));
    assert_eq!((y.shape(), y.strides()), (&[3, 2, 4][..], &[4, 12, 1][..]));
    let e = try_nd!(x.rearrange("(b t) c -> t b c", t = 4)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot reshape array of size 6 into shape (-1,4)"
    );
    let t = 5;
    assert!(try_nd!(x.rearrange("(b t) c -> t b c", t = { t })).is_err());
}
