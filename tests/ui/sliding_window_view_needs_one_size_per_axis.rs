// sliding_window_view(np.zeros((3, 4)), 3): without `axis`, NumPy needs a
// window size for every axis.
use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let _ = ndview::sliding_window_view::<shape![3], _>(a.view(), [3]);
}
