//! `sliding_window_view(w0, ...)` and `sliding_window_view(w, axis = k)`:
//! NumPy's `lib.stride_tricks.sliding_window_view`, through the runtime's
//! entry points, whose where-clauses hold the type-level rule (the output
//! shape `SlidingWindowShape` / `SlidingWindowAlong`, a static window no
//! larger than its static axis `WindowFits`, a read-only source
//! `WindowSource`). A literal size is a static window dim, `{w}` is `Dyn`
//! and checked at run time.

use super::{num_value, p, tuple, Ctx};
use crate::ast::*;
use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

pub(super) fn expand_sliding_window(cx: &mut Ctx, op: &Op, window: &[Num], axis: Option<i64>) {
    let p = p();
    let span = op.full_span;
    let window_type: Vec<TokenStream> = window
        .iter()
        .map(|w| match w.literal() {
            Some(v) => cx.nums.uint(v as u64),
            None => quote!(#p::Dyn),
        })
        .collect();
    let window_type = tuple(&window_type);
    let sizes = if window.iter().all(|w| w.literal().is_some()) {
        // `valid` made sure literal sizes are >= 0.
        let sizes = window
            .iter()
            .filter_map(Num::literal)
            .map(|v| Literal::usize_suffixed(v as usize));
        quote!([#(#sizes),*])
    } else {
        let values = window.iter().map(num_value);
        cx.bind(
            quote!(__nd_window),
            quote_spanned!(span=> #p::window_sizes([#(#values),*])),
        );
        quote!(__nd_window)
    };
    let call = match axis {
        None => {
            quote_spanned!(span=> #p::sliding_window_view_recorded::<#window_type, _>(__nd_v, #sizes))
        }
        Some(a) => {
            // The entry point's `K` is an `isize`: an unsuffixed literal.
            let k = Literal::i64_unsuffixed(a.abs());
            let k = if a < 0 { quote!({ -#k }) } else { quote!(#k) };
            let rec = super::layout::axis(a);
            quote_spanned!(span=> #p::sliding_window_view_along_recorded::<#window_type, #k, #rec, _>(__nd_v, #sizes))
        }
    };
    cx.step(call);
}
