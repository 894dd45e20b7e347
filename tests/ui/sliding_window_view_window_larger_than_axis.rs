// sliding_window_view(np.arange(3), 5): ValueError in NumPy; static here.
use ndview::prelude::*;

fn main() {
    let x = Array::<i64, shape![3]>::arange();
    let _ = ndview::sliding_window_view::<shape![5], _>(x.view(), [5]);
}
