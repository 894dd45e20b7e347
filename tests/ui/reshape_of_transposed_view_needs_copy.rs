use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let t = nd!(a.transpose(1, 0));
    let _ = nd!(t.reshape(12));
}
