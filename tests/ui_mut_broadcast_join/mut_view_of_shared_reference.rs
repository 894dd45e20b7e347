use ndview::prelude::*;

fn main() {
    let mut a = Array::<i32, shape![3, 4]>::zeros();
    let r = &a;
    nd!(mut (*r)[1]).fill(5);
    a.fill(0);
}
