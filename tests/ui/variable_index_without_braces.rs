use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let i = 1;
    let _ = nd!(a[i]);
}
