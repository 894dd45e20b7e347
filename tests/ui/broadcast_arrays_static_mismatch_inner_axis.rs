// np.broadcast_arrays(np.zeros((2, 3)), np.zeros((4, 1)), np.zeros(3)): axis 0 disagrees.
use ndview::prelude::*;

fn main() {
    let a = Array::<i32, shape![2, 3]>::zeros();
    let b = Array::<f64, shape![4, 1]>::zeros();
    let c = Array::<u8, shape![3]>::zeros();
    let _ = ndview::broadcast_arrays((&a, &b, &c));
}
