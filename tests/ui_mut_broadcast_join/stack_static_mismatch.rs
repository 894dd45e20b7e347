use ndview::prelude::*;
use ndview::{stack, Axis};

fn main() {
    let a = Array::<i32, shape![3]>::zeros();
    let b = Array::<i32, shape![4]>::zeros();
    let _ = stack((&a, &b), Axis::<0>);
}
