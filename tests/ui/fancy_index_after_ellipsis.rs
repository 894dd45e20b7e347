use ndview::prelude::*;

fn main() {
    let x = Array::<i64, shape![2, 3, 4]>::arange();
    let _ = nd!(x[..., [0, 2]]);
    let _ = nd!(x[0, ..., [0, 2]]);
}
