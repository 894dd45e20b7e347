use ndview::prelude::*;

fn main() {
    let mut a = Array::<f64, shape![3, 4]>::zeros();
    let flat = Array::<f64, shape![12]>::zeros();
    a.assign(&flat);
}
