// sliding_window_view(np.zeros((3, 4)), 5, axis=1): ValueError in NumPy; static here.
use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let _ = nd!(a.sliding_window_view(5, axis = 1));
}
