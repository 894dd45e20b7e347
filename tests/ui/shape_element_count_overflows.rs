use ndview::prelude::*;

fn main() {
    let _ = Array::<u8, shape![1099511627776, 1099511627776]>::zeros();
}
