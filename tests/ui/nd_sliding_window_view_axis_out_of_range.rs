// sliding_window_view(np.zeros((3, 4)), 2, axis=2): AxisError in NumPy; static here.
use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let _ = nd!(a.sliding_window_view(2, axis = 2));
}
