use ndview::prelude::*;

fn main() {
    let x = Array::<i64, shape![6, 4]>::arange();
    let t = nd!(x.T);
    let _ = nd!(t.copy().rearrange("a b -> b a"));
}
