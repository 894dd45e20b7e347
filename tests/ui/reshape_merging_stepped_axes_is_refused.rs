use ndview::prelude::*;

// NumPy returns a view here (strides (16,)): the stepped axes happen to be
// evenly spaced. The type of `a[:, ::2]` only says "strided", so nd! cannot
// prove it and asks for the copy; a deliberate difference (CONFORMANCE.md).
fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let _ = nd!(a[:, ::2].reshape(6));
}
