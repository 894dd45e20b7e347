// After a literal reshape the macro knows the element count, and checks the
// next reshape itself (also through count-keeping ops such as `.T`).
use ndview::prelude::*;

fn main() {
    let a = Array::<u8, shape![6, 20]>::zeros();
    let _ = nd!(a.reshape(120).reshape(7, 3));
    let _ = nd!(a.reshape(120).T.reshape(7, -1));
}
