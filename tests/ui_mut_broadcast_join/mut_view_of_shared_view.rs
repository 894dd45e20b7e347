use ndview::prelude::*;

fn main() {
    let a = Array::<i32, shape![3, 4]>::zeros();
    let v = a.view();
    *nd!(mut v[1, 2]) = 5;
}
