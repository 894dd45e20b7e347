use ndview::prelude::*;

fn main() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let _ = nd!(a.T.reshape(2, 6));
}
