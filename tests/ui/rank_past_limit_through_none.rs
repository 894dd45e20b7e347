use ndview::prelude::*;

// `None` adds an axis: on a rank-16 view that is one too many.
fn main() {
    let a = Array::<i32, shape![1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]>::zeros();
    let _ = nd!(a[None, ...]);
}
