use ndview::prelude::*;

fn main() {
    let x = Array::<i32, shape![3]>::arange();
    let _ = nd!(x.broadcast_to(2, 4));
}
