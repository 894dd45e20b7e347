// Sliding windows overlap: nd!(mut ...) of sliding_window_view is refused.
use ndview::prelude::*;

fn main() {
    let mut x = Array::<i32, shape![6]>::arange();
    nd!(mut x.sliding_window_view(3)).fill(1);
}
