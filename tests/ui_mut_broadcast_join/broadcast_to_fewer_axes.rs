use ndview::prelude::*;

fn main() {
    let x = Array::<i32, shape![2, 3]>::arange();
    let _ = nd!(x.broadcast_to(3));
}
