// np.broadcast_arrays(np.zeros(2), np.zeros(3)): ValueError in NumPy; static here.
use ndview::prelude::*;

fn main() {
    let a = Array::<i32, shape![2]>::zeros();
    let b = Array::<i32, shape![3]>::zeros();
    let _ = ndview::broadcast_arrays((&a, &b));
}
