use ndview::prelude::*;

// A reshape target of 17 sizes is past the limit, whatever the view.
fn main() {
    let a = Array::<i32, shape![4, 4]>::arange();
    let _ = nd!(a.reshape(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4));
}
