use ndview::prelude::*;

// stack adds an axis: rank-16 inputs would give a rank-17 result.
fn main() {
    let a = Array::<i32, shape![1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]>::zeros();
    let _ = ndview::stack((&a, &a), ndview::Axis::<0>);
}
