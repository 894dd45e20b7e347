use ndview::prelude::*;
use ndview::Axis;

fn main() {
    let mut a = Array::<i32, shape![3, 4]>::zeros();
    let _ = a.view_mut().split_at_mut(Axis::<2>, 1);
}
