use ndview::prelude::*;

// np.lib.stride_tricks.sliding_window_view(np.arange(6), 3).reshape(12, copy=False)
// raises: the windows overlap (strides (1, 1)), so flattening them copies.
fn main() {
    let x = Array::<i64, shape![6]>::arange();
    let _ = nd!(x.sliding_window_view(3).reshape(12));
}
