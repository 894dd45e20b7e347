use ndview::prelude::*;

fn main() {
    let x = Array::<i64, shape![6, 4]>::arange();
    let _ = nd!(x.rearrange("... h w -> ... (h w)"));
}
