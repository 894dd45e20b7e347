use ndview::prelude::*;

fn main() {
    let mut x = Array::<i32, shape![3]>::arange();
    nd!(mut x.broadcast_to(2, 3)).fill(1);
}
