use ndview::prelude::*;

// sliding_window_view along one axis adds the window's axis.
fn main() {
    let a = Array::<i32, shape![1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4]>::zeros();
    let _ = nd!(a.sliding_window_view(2, axis = 15));
}
