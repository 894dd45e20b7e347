use ndview::prelude::*;

fn main() {
    let mut a = Array::<f64, shape![3, 4]>::zeros();
    let row = Array::<f64, shape![3]>::zeros();
    nd!(mut a[1]).assign(&row);
}
