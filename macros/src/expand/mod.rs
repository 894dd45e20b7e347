//! A valid [`Invocation`] to tokens, one file per job.
//!
//! Each postfix step becomes a local generic function `__nd_opK` over
//! `V: NdView` (so `nd!` and `nd!(mut ...)` share one expansion), plus local
//! traits that map the input shape type to the output shape type and carry
//! this call site's error messages (`#[diagnostic::on_unimplemented]`). A
//! rejected call is therefore an E0277 at the user's tokens, under
//! `cargo check`, with a message naming the numbers the macro knows.
//!
//! Here: the expansion's frame, its context and the op dispatch. `index`
//! (with `slices` for one slice's length) expands `[...]`; `axes` the ops
//! that move, add, drop or flip axes, over the shape maps of `window`;
//! `reshape`, `take`, `broadcast`, `sliding_window` one op each; `bounds` writes
//! where-clauses; `messages` the per-call-site error traits and texts.

mod axes;
mod bounds;
mod broadcast;
mod index;
mod layout;
mod messages;
mod rearrange;
mod reshape;
mod slices;
mod sliding_window;
mod take;
mod window;

use crate::ast::*;
use crate::typenum::{named_uint, Numbers};
use bounds::fn_where;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// What an expansion collects: local items (traits, aliases, the step
/// functions), the statements that call them, and how it writes numbers.
struct Ctx<'a> {
    items: Vec<TokenStream>,
    stmts: Vec<TokenStream>,
    counter: usize,
    try_mode: bool,
    nums: &'a Numbers,
    /// The fix a reshape's copy-needed error names, when the reshape is
    /// part of a lowered op (`rearrange`) rather than written by the user.
    reshape_fix: Option<String>,
    /// The view's element count before this step, when the macro knows it
    /// (a literal reshape earlier in the chain fixed it).
    count_in: Option<u64>,
    /// The element count after this step, when known; moved to `count_in`
    /// before the next step.
    count_out: Option<u64>,
}

/// The runtime's support module, imported once per expansion as `__ndp`.
fn p() -> TokenStream {
    quote!(__ndp)
}

fn dim_idents(r: usize) -> Vec<Ident> {
    (0..r).map(|k| format_ident!("__D{}", k)).collect()
}

fn tuple(types: &[TokenStream]) -> TokenStream {
    quote!((#(#types,)*))
}

/// A const generic argument: `5`, or `{ -4 }` for a negative number.
fn const_arg(v: i64) -> TokenStream {
    if v < 0 {
        quote!({ #v })
    } else {
        let v = proc_macro2::Literal::i64_unsuffixed(v);
        quote!(#v)
    }
}

fn lit_isize(v: i64) -> TokenStream {
    let v = v as isize;
    quote!(#v)
}

fn num_value(n: &Num) -> TokenStream {
    let p = p();
    match n {
        Num::Lit { value, .. } => lit_isize(*value),
        // Kept in braces so any block body works (`{ let i = 1; i }`), bound
        // by a `let` so the braces never trip `unused_braces` in user code.
        Num::Expr { tokens, span } => quote_spanned!(*span=> {
            #[allow(unused_braces)]
            let __nd_value = { #tokens };
            #p::value(__nd_value)
        }),
        Num::Derived { value, .. } => value.clone(),
    }
}

fn opt_num(n: &Option<Num>) -> TokenStream {
    match n {
        None => quote!(::core::option::Option::None),
        Some(n) => {
            let v = num_value(n);
            quote!(::core::option::Option::Some(#v))
        }
    }
}

/// The first id of this expansion's local items, from a hash of the
/// invocation's text: the local traits of two `nd!` calls must not share a
/// name, or rustc notes that the view "implements similarly named trait
/// `main::__NdOp0`, but not `main::__NdOp0`". The hash is FNV-1a, written
/// out here, so the names (which compile errors show) do not change with
/// the toolchain, as those from `std`'s `DefaultHasher` may.
fn first_id() -> usize {
    let text = Span::call_site().source_text().unwrap_or_default();
    (fnv1a64(text.as_bytes()) % 100_000) as usize * 100
}

/// The 64-bit FNV-1a hash of `bytes`.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Ctx<'_> {
    fn next_id(&mut self) -> usize {
        self.counter += 1;
        self.counter - 1
    }

    /// `let __nd_v = STEP(call);`
    fn step(&mut self, call: TokenStream) {
        self.bind(quote!(__nd_v), call);
    }

    /// `let NAME = STEP(call);`: the `Ok` value of a fallible call; its
    /// `Err` panics (`nd!`) or is returned (`try_nd!`).
    fn bind(&mut self, name: TokenStream, call: TokenStream) {
        let p = p();
        if self.try_mode {
            self.stmts.push(quote! {
                let #name = match #call {
                    ::core::result::Result::Ok(v) => v,
                    ::core::result::Result::Err(e) => break '__nd ::core::result::Result::Err(e),
                };
            });
        } else {
            self.stmts.push(quote!(let #name = #p::expect(#call);));
        }
    }
}

/// Expand a parsed invocation.
pub fn expand(inv: &Invocation, try_mode: bool) -> TokenStream {
    let nums = Numbers::aliasing();
    let (label, inner) = expand_body(inv, try_mode, &nums);
    let aliases = nums.defs();
    quote!(#label {
        #[allow(unused_imports)]
        use ::ndview::__private as __ndp;
        #aliases
        #inner
    })
}

fn expand_body(inv: &Invocation, try_mode: bool, nums: &Numbers) -> (TokenStream, TokenStream) {
    let p = p();
    let mut cx = Ctx {
        items: Vec::new(),
        stmts: Vec::new(),
        counter: first_id(),
        try_mode,
        nums,
        reshape_fix: None,
        count_in: None,
        count_out: None,
    };
    let src = &inv.source;
    let source = if inv.mutable {
        quote_spanned!(inv.source_span=> #p::source_mut(&mut #src))
    } else {
        quote_spanned!(inv.source_span=> #p::source(&#src))
    };
    cx.stmts.push(quote!(let __nd_v = #source;));

    let mut owned = false;
    let mut finish_scalar = false;
    for (k, post) in inv.postfix.iter().enumerate() {
        let last = k + 1 == inv.postfix.len();
        cx.count_in = cx.count_out.take();
        match post {
            Postfix::Index(list) => {
                index::expand_index(&mut cx, list);
                finish_scalar = last && list.items.iter().all(|i| matches!(i, IndexItem::Int(_)));
            }
            Postfix::Op(op) => {
                if op.kind.keeps_count() {
                    // (a reshape sets its own)
                    cx.count_out = cx.count_in;
                }
                if owned && !op.kind.makes_owned() {
                    // Re-shape the owned array through a handle, no second copy.
                    cx.stmts
                        .push(quote!(let (__nd_data, __nd_v) = __nd_v.into_reshaping();));
                    expand_op(&mut cx, op);
                    cx.stmts.push(
                        quote!(let __nd_v = #p::Array::<_, _>::from_reshaping(__nd_data, __nd_v);),
                    );
                } else {
                    if owned {
                        cx.stmts.push(quote!(let __nd_v = __nd_v.view();));
                    }
                    expand_op(&mut cx, op);
                }
                owned |= op.kind.makes_owned();
            }
        }
    }
    let result = if finish_scalar {
        quote!(#p::finish(__nd_v))
    } else {
        quote!(__nd_v)
    };
    let items = &cx.items;
    let stmts = &cx.stmts;
    if try_mode {
        (
            quote!('__nd:),
            quote! {
                #(#items)*
                #(#stmts)*
                ::core::result::Result::<_, #p::ShapeError>::Ok(#result)
            },
        )
    } else {
        (
            quote!(),
            quote! {
                #(#items)*
                #(#stmts)*
                #result
            },
        )
    }
}

/// One `.op(args)` step.
fn expand_op(cx: &mut Ctx, op: &Op) {
    let p = p();
    let id = cx.next_id();
    let span = op.full_span;
    match &op.kind {
        // Ops with no number from the call site: a direct library call.
        OpKind::Reverse => cx.step(quote_spanned!(span=> #p::reverse_axes(__nd_v))),
        OpKind::Transpose(perm) => axes::transpose(cx, op, id, perm),
        OpKind::SwapAxes(a, b) | OpKind::MoveAxis(a, b) => axes::swap_or_move(cx, op, id, *a, *b),
        OpKind::Flip(a) => axes::flip(cx, op, id, *a),
        OpKind::ExpandDims(a) => axes::expand_dims(cx, op, id, *a),
        OpKind::Squeeze(a) => axes::squeeze(cx, op, id, *a),
        OpKind::SqueezeAll => cx.step(quote_spanned!(span=> #p::squeeze_all(__nd_v))),
        OpKind::Ravel => cx.step(quote_spanned!(span=> #p::ravel(__nd_v))),
        OpKind::Reshape(dims) => reshape::expand_reshape(cx, op, id, dims),
        OpKind::Copy => {
            cx.stmts
                .push(quote_spanned!(span=> let __nd_v = #p::copy(__nd_v);));
        }
        OpKind::Flatten => {
            cx.stmts
                .push(quote_spanned!(span=> let __nd_v = #p::flatten_1d(__nd_v);));
        }
        OpKind::Take { indices, axis } => take::expand_take(cx, op, id, indices, *axis),
        OpKind::BroadcastTo(dims) => broadcast::expand_broadcast(cx, op, id, dims),
        OpKind::Rearrange(r) => rearrange::expand_rearrange(cx, op, id, r),
        OpKind::SlidingWindowView { window, axis } => {
            sliding_window::expand_sliding_window(cx, op, window, *axis)
        }
    }
}

/// The step function `__nd_opK(v)` of an op whose only inputs are the view
/// and its type: output shape `out`, layout `layout`, checked by `bounds`,
/// `body` the library's run-time op.
fn simple_op(
    cx: &mut Ctx,
    (id, span): (usize, Span),
    out: TokenStream,
    layout: TokenStream,
    bounds: Vec<TokenStream>,
    body: TokenStream,
) {
    let p = p();
    let fname = format_ident!("__nd_op{}", id);
    let bounds = fn_where(&bounds, &[out.clone(), layout.clone()]);
    cx.items.push(quote! {
        #[inline]
        fn #fname<V: #p::NdView>(v: V)
            -> ::core::result::Result<V::With<#out, #layout>, #p::ShapeError>
        where
            #(#bounds,)*
        {
            #p::apply_op(v, #body)
        }
    });
    let fname = Ident::new(&fname.to_string(), span);
    cx.step(quote_spanned!(span=> #fname(__nd_v)));
}

/// `shape![..]`: the tuple type of its dims (numbers written out, no alias).
pub fn shape(spec: &ShapeSpec) -> TokenStream {
    let dims = spec.dims.iter().map(|d| match &d.kind {
        ShapeDimKind::Dyn => quote!(::ndview::Dyn),
        ShapeDimKind::Num(n) => named_uint(n.literal().unwrap_or(0) as u64),
    });
    quote!((#(#dims,)*))
}

#[cfg(test)]
mod tests {
    use super::fnv1a64;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
