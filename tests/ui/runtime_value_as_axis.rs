use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let k = 1;
    let _ = nd!(a.swapaxes({ k }, 0));
}
