// What the tokens alone decide: a negative size (NumPy: `window_shape`
// cannot contain negative values), one size with `axis`, a literal axis (the
// output type depends on it), the sizes without a tuple, at least one size.
use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let k = 1;
    let _ = nd!(a.sliding_window_view(-2, 2));
    let _ = nd!(a.sliding_window_view(2, 2, axis = 1));
    let _ = nd!(a.sliding_window_view(2, axis = {k}));
    let _ = nd!(a.sliding_window_view((2, 3)));
    let _ = nd!(a.sliding_window_view());
    let _ = nd!(a.sliding_window_view(axis = 1, 2));
    let _ = nd!(a.windows(2, 2));
}
