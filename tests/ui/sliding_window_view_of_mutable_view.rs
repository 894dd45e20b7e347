// Sliding windows overlap: the view is read-only, a ViewMut is refused.
use ndview::prelude::*;

fn main() {
    let mut x = Array::<i64, shape![6]>::arange();
    let _ = ndview::sliding_window_view::<shape![3], _>(x.view_mut(), [3]);
}
