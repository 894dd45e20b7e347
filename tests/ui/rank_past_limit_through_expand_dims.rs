use ndview::prelude::*;

// A rank-16 view has no room for another axis: ndview's limit is 16.
fn main() {
    let a = Array::<i32, shape![1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]>::zeros();
    let _ = nd!(a.expand_dims(0));
}
