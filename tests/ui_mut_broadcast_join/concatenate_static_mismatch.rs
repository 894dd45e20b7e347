use ndview::prelude::*;
use ndview::{concatenate, Axis};

fn main() {
    let a = Array::<i32, shape![2, 3]>::zeros();
    let b = Array::<i32, shape![2, 4]>::zeros();
    let _ = concatenate((&a, &b), Axis::<0>);
}
