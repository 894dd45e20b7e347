use ndview::prelude::*;

fn main() {
    let x = Array::<f32, shape![2, 3, 32, 32]>::zeros();
    // einops copies here: (h w) and (p q c) merge axes the transpose put apart
    let _ = nd!(x.rearrange("b c (h p) (w q) -> b (h w) (p q c)", p = 16, q = 16));
}
