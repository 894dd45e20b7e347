//! A valid [`Invocation`] to tokens.
//!
//! Each postfix step becomes a local generic function `__nd_opK` over
//! `V: NdView` (so `nd!` and `nd!(mut ...)` share one expansion), plus local
//! traits that map the input shape type to the output shape type and carry
//! this call site's error messages (`#[diagnostic::on_unimplemented]`). A
//! rejected call is therefore an E0277 at the user's tokens, under
//! `cargo check`, with a message naming the numbers the macro knows.

use crate::ast::*;
use crate::typenum::uint;
use crate::valid::MAX_RANK;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};

/// Collapse the spacing `to_string` puts into tokens (`1 : : 2` -> `1::2`).
pub fn tidy(s: &str) -> String {
    let mut out = String::new();
    for part in s.split_whitespace() {
        let glue = part == ","
            || out.ends_with(':')
            || out.ends_with('-') && !out.ends_with(", -")
            || out.ends_with('.')
            || out.ends_with('(')
            || out.ends_with('[')
            || part.starts_with(':')
            || part.starts_with('.')
            || part.starts_with(')')
            || part.starts_with(']')
            || out.is_empty();
        if !glue {
            out.push(' ');
        }
        out.push_str(part);
    }
    out.replace(",", ", ").replace(",  ", ", ")
}

struct Ctx {
    items: Vec<TokenStream>,
    stmts: Vec<TokenStream>,
    counter: usize,
    try_mode: bool,
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
/// `main::__NdOp0`, but not `main::__NdOp0`".
fn first_id() -> usize {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    Span::call_site().source_text().hash(&mut h);
    (h.finish() % 100_000) as usize * 100
}

impl Ctx {
    fn next_id(&mut self) -> usize {
        self.counter += 1;
        self.counter - 1
    }

    /// `let __nd_v = STEP(call);`
    fn step(&mut self, call: TokenStream) {
        let p = p();
        if self.try_mode {
            self.stmts.push(quote! {
                let __nd_v = match #call {
                    ::core::result::Result::Ok(v) => v,
                    ::core::result::Result::Err(e) => break '__nd ::core::result::Result::Err(e),
                };
            });
        } else {
            self.stmts.push(quote!(let __nd_v = #p::expect(#call);));
        }
    }

    /// A marker trait implemented only for `B1`, whose message fires when a
    /// type-level check answers `B0`. `N` (when given) is shown in the message.
    fn check_trait(
        &mut self,
        name: &Ident,
        message: &str,
        label: &str,
        note: &str,
        with_param: bool,
    ) {
        let p = p();
        let note = if note.is_empty() {
            quote!()
        } else {
            quote!(, note = #note)
        };
        if with_param {
            self.items.push(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label #note)]
                trait #name<N> {}
                #[diagnostic::do_not_recommend]
                impl<N> #name<N> for #p::B1 {}
            });
        } else {
            self.items.push(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label #note)]
                trait #name {}
                #[diagnostic::do_not_recommend]
                impl #name for #p::B1 {}
            });
        }
    }
}

/// Expand a parsed invocation.
pub fn expand(inv: &Invocation, try_mode: bool) -> TokenStream {
    let (body, aliases) = crate::typenum::with_aliases(|| expand_body(inv, try_mode));
    let (label, inner) = body;
    quote!(#label {
        #[allow(unused_imports)]
        use ::ndview::__private as __ndp;
        #aliases
        #inner
    })
}

fn expand_body(inv: &Invocation, try_mode: bool) -> (TokenStream, TokenStream) {
    let p = p();
    let mut cx = Ctx {
        items: Vec::new(),
        stmts: Vec::new(),
        counter: first_id(),
        try_mode,
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
        match post {
            Postfix::Index(list) => {
                expand_index(&mut cx, list);
                finish_scalar = last && list.items.iter().all(|i| matches!(i, IndexItem::Int(_)));
            }
            Postfix::Op(op) => {
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

/// The type-level encoding of one literal slice item's output length, or
/// `None` to keep the dim unchanged (`:`, `::-1`).
fn slice_len_type(
    dim: &TokenStream,
    start: &Option<Num>,
    stop: &Option<Num>,
    step: &Option<Num>,
) -> TokenStream {
    let p = p();
    let lit = |n: &Option<Num>| n.as_ref().map(|n| n.literal());
    let (start_v, stop_v, step_v) = (lit(start), lit(stop), lit(step));
    if start_v == Some(None) || stop_v == Some(None) || step_v == Some(None) {
        return quote!(#p::Dyn);
    }
    let step = step_v.flatten().unwrap_or(1);
    let (start_v, stop_v) = (start_v.flatten(), stop_v.flatten());
    if start_v.is_none() && stop_v.is_none() && step.abs() == 1 {
        return quote!(#dim);
    }
    if let Some(ty) = slice_len_shortcut(dim, start_v, stop_v, step) {
        return ty;
    }
    let mag = step.unsigned_abs();
    let div = if mag == 1 {
        quote!(#p::Step1)
    } else if mag.is_power_of_two() {
        let k = uint(mag.trailing_zeros() as u64);
        quote!(#p::StepPow2<#k>)
    } else {
        let n = uint(mag);
        quote!(#p::StepDiv<#n>)
    };
    // `::s` and `::-s` take ceil(n / |s|) elements: one division, no clamping.
    if start_v.is_none() && stop_v.is_none() {
        return quote!(<#dim as #p::DimCeilDiv<#div>>::Out);
    }
    let from_start = |u: u64| {
        let u = uint(u);
        quote!(#p::FromStart<#u>)
    };
    let from_end = |u: u64| {
        let u = uint(u);
        quote!(#p::FromEnd<#u>)
    };
    let (a, b) = if step > 0 {
        let enc = |x: i64| {
            if x >= 0 {
                from_start(x as u64)
            } else {
                from_end(x.unsigned_abs())
            }
        };
        (
            start_v.map_or_else(|| from_start(0), enc),
            stop_v.map_or_else(|| from_end(0), enc),
        )
    } else {
        let enc = |x: i64| {
            if x >= 0 {
                from_start(x as u64 + 1)
            } else {
                from_end(x.unsigned_abs() - 1)
            }
        };
        (
            start_v.map_or_else(|| from_end(0), enc),
            stop_v.map_or_else(|| from_start(0), enc),
        )
    };
    let dir = if step > 0 {
        quote!(#p::StepFwd<#div>)
    } else {
        quote!(#p::StepBack<#div>)
    };
    quote!(<#dim as #p::SliceLen<#a, #b, #dir>>::Out)
}

/// Cheaper type-level forms of the common step-1 patterns (one `min` or one
/// saturating subtraction instead of the general clamp, clamp, subtract,
/// divide; `::s` is handled by the caller), since `cargo check` time grows with each
/// type-level operation. Each equals NumPy's length for every `N`.
fn slice_len_shortcut(
    dim: &TokenStream,
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
) -> Option<TokenStream> {
    let p = p();
    let min = |k: u64| {
        let u = uint(k);
        quote!(<#dim as #p::DimMin<#u>>::Out)
    };
    let sat_sub = |k: u64| {
        let u = uint(k);
        quote!(<#dim as #p::DimSatSub<#u>>::Out)
    };
    if step == 1 {
        return match (start, stop) {
            (Some(0), None) => Some(quote!(#dim)),
            // `a:` is n - min(a, n); `:-k` is the same with k.
            (Some(a), None) if a > 0 => Some(sat_sub(a as u64)),
            (None, Some(b)) if b < 0 => Some(sat_sub(b.unsigned_abs())),
            // `:b` is min(b, n); `-k:` is min(k, n).
            (None, Some(b)) => Some(min(b as u64)),
            (Some(a), None) => Some(min(a.unsigned_abs())),
            // `a:b` with 0 <= a, b: min(b, n) - a, saturating; empty when b <= a.
            (Some(a), Some(b)) if a >= 0 && b >= 0 => {
                if b <= a {
                    Some(uint(0))
                } else {
                    let m = min(b as u64);
                    let u = uint(a as u64);
                    Some(quote!(<#m as #p::DimSatSub<#u>>::Out))
                }
            }
            // `-k1:-k2`: min(n, k1) - k2, saturating; empty when k2 >= k1.
            (Some(a), Some(b)) if a < 0 && b < 0 => {
                let (k1, k2) = (a.unsigned_abs(), b.unsigned_abs());
                if k2 >= k1 {
                    Some(uint(0))
                } else {
                    let m = min(k1);
                    let u = uint(k2);
                    Some(quote!(<#m as #p::DimSatSub<#u>>::Out))
                }
            }
            _ => None,
        };
    }
    None
}

/// The where-predicates that make every projection `<X as Tr<..>>::Out`
/// inside `ty` well-formed (`X: Tr<..>`), innermost first.
fn wf_bounds(ty: &TokenStream) -> Vec<TokenStream> {
    let tokens: Vec<TokenTree> = ty.clone().into_iter().collect();
    let mut out = Vec::new();
    collect_wf(&tokens, &mut out);
    out
}

fn is_punct(t: Option<&TokenTree>, c: char) -> bool {
    matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// Every `<X as Trait<..>>::` in `tokens` gives the bound `X: Trait<..>`,
/// innermost first. A token scan, not a syn parse: the expansion's own
/// types have a simple, known form, and the macro runs unoptimised in users'
/// debug builds.
fn collect_wf(tokens: &[TokenTree], out: &mut Vec<TokenStream>) {
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                collect_wf(&inner, out);
                i += 1;
            }
            TokenTree::Punct(p) if p.as_char() == '<' => {
                let (mut depth, mut j, mut as_at) = (0usize, i, None);
                while j < tokens.len() {
                    let t = &tokens[j];
                    if is_punct(Some(t), '<') {
                        depth += 1;
                    } else if is_punct(Some(t), '>') {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    } else if depth == 1 && matches!(t, TokenTree::Ident(id) if id == "as") {
                        as_at.get_or_insert(j);
                    }
                    j += 1;
                }
                if j >= tokens.len() {
                    return;
                }
                match as_at {
                    // `as` right inside the brackets: a qualified path.
                    Some(a) => {
                        let (ty, tr) = (&tokens[i + 1..a], &tokens[a + 1..j]);
                        collect_wf(ty, out);
                        collect_wf(tr, out);
                        out.push(quote!(#(#ty)*: #(#tr)*));
                    }
                    None => collect_wf(&tokens[i + 1..j], out),
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
}

/// `bounds` plus what makes every projection in them and in `types` well-formed.
fn fn_where(bounds: &[TokenStream], types: &[TokenStream]) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for t in types {
        out.extend(wf_bounds(t));
    }
    for b in bounds {
        out.extend(wf_bounds(b));
        out.push(b.clone());
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|b| seen.insert(b.to_string()));
    out
}

/// Whether a basic index keeps a C-contiguous view C-contiguous: leading
/// integers, then at most one step-1 slice, then only full slices.
fn index_keeps_c(items: &[IndexItem]) -> bool {
    let mut seen_slice = false;
    for item in items {
        match item {
            IndexItem::NewAxis => {}
            IndexItem::Ellipsis(_) => seen_slice = true,
            IndexItem::Int(_) if !seen_slice => {}
            IndexItem::Int(_) => return false,
            _ if item.is_full_slice() => seen_slice = true,
            IndexItem::Slice { step, .. } => {
                let step1 = step.as_ref().is_none_or(|s| s.literal() == Some(1));
                if seen_slice || !step1 {
                    return false;
                }
                seen_slice = true;
            }
        }
    }
    true
}

fn expand_index(cx: &mut Ctx, list: &IndexList) {
    let p = p();
    let id = cx.next_id();
    let fname = format_ident!("__nd_op{}", id);
    let items = &list.items;
    let ell = items
        .iter()
        .position(|i| matches!(i, IndexItem::Ellipsis(_)));

    // Literal integer checks: (item position, check number).
    let int_checks: Vec<(usize, i64)> = items
        .iter()
        .enumerate()
        .filter_map(|(k, i)| match i {
            IndexItem::Int(Num::Lit { value, .. }) => Some((k, *value)),
            _ => None,
        })
        .collect();

    // Items before the ellipsis (all of them without one) act on the first
    // axes, items after it on the last axes; the rest pass through.
    let split = ell.unwrap_or(items.len());
    let (front, back) = (&items[..split], &items[(split + 1).min(items.len())..]);
    let count = |part: &[IndexItem]| part.iter().filter(|i| i.consumes_axis()).count();
    let m = window_map(
        cx,
        &format_ident!("__NdOp{}", id),
        ("IndexAxes", &[]),
        (count(front), count(back)),
        |head, tail| {
            let mut extras = Vec::new();
            let mut map_part = |part: &[IndexItem], dims: &[TokenStream]| {
                let mut out = Vec::new();
                let mut ax = 0usize;
                for item in part {
                    match item {
                        IndexItem::Int(n) => {
                            if let Num::Lit { value, .. } = n {
                                let u = if *value >= 0 {
                                    *value as u64
                                } else {
                                    value.unsigned_abs() - 1
                                };
                                let u = uint(u);
                                let dim = &dims[ax];
                                extras.push(quote!(<#u as #p::DimLess<#dim>>::Out));
                                extras.push(quote!(#dim));
                            }
                            ax += 1;
                        }
                        IndexItem::Slice { start, stop, step } => {
                            out.push(slice_len_type(&dims[ax], start, stop, step));
                            ax += 1;
                        }
                        IndexItem::NewAxis => out.push(uint(1)),
                        IndexItem::Ellipsis(_) => {}
                    }
                }
                out
            };
            let head_out = map_part(front, head);
            let tail_out = map_part(back, tail);
            (head_out, tail_out, extras)
        },
    );

    let mut bounds = Vec::new();
    for (c, (k, value)) in int_checks.iter().enumerate() {
        // The axis as NumPy would name it; after an ellipsis, counted from the end.
        let axis = match ell {
            Some(e) if *k > e => -(items[*k..].iter().filter(|i| i.consumes_axis()).count() as i64),
            _ => items[..*k].iter().filter(|i| i.consumes_axis()).count() as i64,
        };
        let (index, axis) = (const_arg(*value), const_arg(axis));
        let (chk, dim) = (&m.extras[2 * c], &m.extras[2 * c + 1]);
        bounds.push(quote!(#chk: #p::IndexInBounds<#index, #axis, <#dim as #p::ToDecimal>::Out>));
    }
    let layout = if index_keeps_c(items) {
        quote!(V::Layout)
    } else {
        quote!(#p::Strided)
    };
    let out = &m.out;
    let bounds = fn_where(
        &[m.bounds.clone(), bounds].concat(),
        std::slice::from_ref(out),
    );
    cx.items.push(quote! {
        #[inline]
        fn #fname<V: #p::NdView>(v: V, items: &[#p::IndexItem])
            -> ::core::result::Result<V::With<#out, #layout>, #p::ShapeError>
        where
            #(#bounds,)*
        {
            #p::apply_op(v, #p::RawOp::Index(items))
        }
    });
    let runtime_items = items.iter().map(|i| match i {
        IndexItem::Int(n) => {
            let v = num_value(n);
            quote!(#p::IndexItem::Int(#v))
        }
        IndexItem::Slice { start, stop, step } => {
            let a = opt_num(start);
            let b = opt_num(stop);
            let s = step.as_ref().map_or_else(|| quote!(1isize), num_value);
            quote!(#p::IndexItem::Slice(#a, #b, #s))
        }
        IndexItem::NewAxis => quote!(#p::IndexItem::NewAxis),
        IndexItem::Ellipsis(_) => quote!(#p::IndexItem::Ellipsis),
    });
    // The callee's span decides where the return type's errors land: give it
    // the user's tokens, so a failed check is reported once, there.
    let fname = Ident::new(&fname.to_string(), list.span);
    let call = quote_spanned!(list.span=> #fname(__nd_v, &[#(#runtime_items),*]));
    cx.step(call);
}

/// The output shape of `transpose(p)`, defined for the one rank `p` names:
/// a local trait with one impl, whose message (naming the permutation and
/// showing the view's rank in digits) is what a view of another rank gets.
fn permuted_map(cx: &mut Ctx, map: &Ident, rank_msg: &str, perm: &[usize]) -> MapRef {
    let p = p();
    let d = dim_idents(perm.len());
    let out: Vec<&Ident> = perm.iter().map(|&k| &d[k]).collect();
    let rank_msg = rank_msg.replace("{Self}", "{Shown}");
    cx.items.push(quote! {
        #[diagnostic::on_unimplemented(
            message = #rank_msg,
            label = "axis out of range for this view",
            note = "numbers print as decimal digit types: _2 is 2, (_1, _2) is 12"
        )]
        trait #map<Shown> { type Out: #p::Shape; }
        #[diagnostic::do_not_recommend]
        impl<#(#d: #p::Dim,)* Shown> #map<Shown> for (#(#d,)*) {
            type Out = (#(#out,)*);
        }
    });
    MapRef {
        out: quote!(<V::Shape as #map<<V::Shape as #p::RankDigits>::Out>>::Out),
        extras: vec![],
        bounds: vec![rank_bound(map)],
    }
}

/// A computed output shape: its type (in terms of `V::Shape`), extra types
/// some checks need (by position), and the bounds that make them hold.
struct MapRef {
    out: TokenStream,
    extras: Vec<TokenStream>,
    bounds: Vec<TokenStream>,
}

/// The output shape of an op that touches only the first `p` and the last
/// `q` axes: `f(head, tail)` maps the head and tail dims (and gives extra
/// types). The library's `Window` splits the shape for every rank, `AxisAt`
/// names its dims and `Concat` re-joins the pieces, so the output is one
/// type written at the call site and no helper item (items are what
/// `cargo check` time is spent on). The window is read through `op`, the
/// library's per-operation name for it (`FlipAxes<P, Q, N, A>`), so a view
/// with too few axes gets a message naming the operation, its axes (`args`)
/// and the least rank.
#[allow(clippy::type_complexity)]
fn window_map(
    cx: &mut Ctx,
    map: &Ident,
    (op, args): (&str, &[i64]),
    (p_len, q_len): (usize, usize),
    f: impl Fn(&[TokenStream], &[TokenStream]) -> (Vec<TokenStream>, Vec<TokenStream>, Vec<TokenStream>),
) -> MapRef {
    let p = p();
    let up = uint(p_len as u64);
    let uq = uint(q_len as u64);
    let need = proc_macro2::Literal::usize_unsuffixed(p_len + q_len);
    let op = format_ident!("{}", op);
    let args = args.iter().map(|&a| const_arg(a));
    let window = quote!(#p::#op<#up, #uq, #need #(, #args)*>);
    // Local aliases name the pieces and each dim once, so the signature and
    // its bounds stay short (rustc parses and resolves every token).
    let mut bounds = vec![quote!(V::Shape: #window)];
    let alias = |suffix: String| format_ident!("{}{}", map, suffix);
    let mut piece = |name: &str, len: usize| -> Vec<TokenStream> {
        if len == 0 {
            return Vec::new();
        }
        let assoc = format_ident!("{}", name);
        let whole = alias(name[..1].to_string());
        cx.items
            .push(quote!(type #whole<S> = <S as #window>::#assoc;));
        (0..len)
            .map(|k| {
                let d = alias(format!("{}{}", &name[..1], k));
                let k = proc_macro2::Literal::isize_unsuffixed(k as isize);
                cx.items
                    .push(quote!(type #d<S> = <#whole<S> as #p::AxisAt<#k>>::Dim;));
                bounds.push(quote!(#whole<V::Shape>: #p::AxisAt<#k>));
                quote!(#d<V::Shape>)
            })
            .collect()
    };
    let h = piece("Head", p_len);
    let t = piece("Tail", q_len);
    let (head_out, tail_out, extras) = f(&h, &t);
    let mid = alias("M".to_string());
    cx.items.push(quote!(type #mid<S> = <S as #window>::Mid;));
    let mid = quote!(#mid<V::Shape>);
    let joined = if head_out.is_empty() {
        mid
    } else {
        let head = tuple(&head_out);
        quote!(<#head as #p::Concat<#mid>>::Out)
    };
    let out = if tail_out.is_empty() {
        joined
    } else {
        let tail = tuple(&tail_out);
        quote!(<#joined as #p::Concat<#tail>>::Out)
    };
    MapRef {
        out,
        extras,
        bounds,
    }
}

/// Normalise axis `a` for rank `n`, NumPy style.
fn norm(a: i64, n: usize) -> Option<usize> {
    let k = if a < 0 { a + n as i64 } else { a };
    (0..n as i64).contains(&k).then_some(k as usize)
}

/// The bound that requires a shape map. Its parameter is the view's shape
/// in decimal digits, which the map's rank error prints as `{Shown}`.
fn rank_bound(map: &Ident) -> TokenStream {
    let p = p();
    quote!(V::Shape: #map<<V::Shape as #p::RankDigits>::Out>)
}

/// The window of axes that literal axes of one sign address: the first
/// `max + 1` for non-negative axes, the last `max |a|` for negative ones;
/// `None` when signs are mixed.
fn axes_window(axes: &[i64]) -> Option<(usize, usize)> {
    if axes.iter().all(|a| *a >= 0) {
        Some((axes.iter().map(|a| *a as usize + 1).max().unwrap_or(0), 0))
    } else if axes.iter().all(|a| *a < 0) {
        Some((
            0,
            axes.iter()
                .map(|a| a.unsigned_abs() as usize)
                .max()
                .unwrap_or(0),
        ))
    } else {
        None
    }
}

/// Where literal axis `a` sits in the window [`axes_window`] gave for it: in
/// the head (`a >= 0`, position `a`) or in the tail (counted from its end).
#[allow(clippy::type_complexity)]
fn window_axis<'p, 'd>(
    (_, q): (usize, usize),
    a: i64,
    head: (&'p mut Vec<TokenStream>, &'d [TokenStream]),
    tail: (&'p mut Vec<TokenStream>, &'d [TokenStream]),
) -> (&'p mut Vec<TokenStream>, &'d [TokenStream], usize) {
    if a >= 0 {
        (head.0, head.1, a as usize)
    } else {
        (tail.0, tail.1, (q as i64 + a) as usize)
    }
}

/// The smallest rank for which axis `a` exists.
fn min_rank(a: i64) -> usize {
    if a < 0 {
        a.unsigned_abs() as usize
    } else {
        a as usize + 1
    }
}

/// Numbers as the user wrote them, for messages: `5, -1, {n}`.
fn nums_text(nums: &[Num]) -> String {
    nums.iter()
        .map(|d| match d {
            Num::Lit { value, .. } => value.to_string(),
            Num::Expr { tokens, .. } => format!("{{{}}}", tidy(&tokens.to_string())),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn args_text(args: &[i64]) -> String {
    args.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn expand_op(cx: &mut Ctx, op: &Op) {
    let p = p();
    let id = cx.next_id();
    let map = format_ident!("__NdOp{}", id);
    let fname = format_ident!("__nd_op{}", id);
    let span = op.full_span;
    // (output type, layout, extra where-bounds, extra params, run-time body, call args)
    let simple = |cx: &mut Ctx,
                  out: TokenStream,
                  layout: TokenStream,
                  bounds: Vec<TokenStream>,
                  body: TokenStream| {
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
    };
    match &op.kind {
        // Ops with no number from the call site: a direct library call.
        OpKind::Reverse => cx.step(quote_spanned!(span=> #p::reverse_axes(__nd_v))),
        OpKind::Transpose(perm) => {
            let n = perm.len();
            let normalized: Vec<usize> = perm.iter().map(|&a| norm(a, n).unwrap_or(0)).collect();
            let msg = format!(
                "nd!: transpose({}) permutes {n} axes, but this view has a different number of axes (it has {{Self}})",
                args_text(perm)
            );
            let m = permuted_map(cx, &map, &msg, &normalized);
            let identity = normalized.iter().enumerate().all(|(i, &k)| i == k);
            let layout = if identity {
                quote!(V::Layout)
            } else {
                quote!(#p::Strided)
            };
            let perm_lits = normalized.iter().map(|&k| k as isize);
            simple(
                cx,
                m.out,
                layout,
                m.bounds,
                quote!(#p::RawOp::Permute(&[#(#perm_lits),*])),
            );
        }
        OpKind::SwapAxes(a, b) | OpKind::MoveAxis(a, b) => {
            let (a, b) = (*a, *b);
            let swap = matches!(op.kind, OpKind::SwapAxes(..));
            let need = min_rank(a).max(min_rank(b));
            let reorder = |dims: &[TokenStream], i: usize, j: usize| -> Vec<TokenStream> {
                let mut order: Vec<usize> = (0..dims.len()).collect();
                if swap {
                    order.swap(i, j);
                } else {
                    let moved = order.remove(i);
                    order.insert(j, moved);
                }
                order.iter().map(|&k| dims[k].clone()).collect()
            };
            let m = match axes_window(&[a, b]) {
                Some(win) => window_map(
                    cx,
                    &map,
                    (if swap { "SwapAxesAxes" } else { "MoveAxisAxes" }, &[a, b]),
                    win,
                    |h, t| {
                        if win.0 > 0 {
                            (reorder(h, a as usize, b as usize), t.to_vec(), vec![])
                        } else {
                            let q = win.1 as i64;
                            (
                                h.to_vec(),
                                reorder(t, (q + a) as usize, (q + b) as usize),
                                vec![],
                            )
                        }
                    },
                ),
                // One axis from the front, one from the back: the distance
                // between them depends on the rank; the library has one impl
                // per rank and pair of axes.
                None => {
                    let tr = if swap {
                        quote!(#p::SwapAxesOf)
                    } else {
                        quote!(#p::MoveAxisOf)
                    };
                    let (ca, cb) = (const_arg(a), const_arg(b));
                    let need = proc_macro2::Literal::usize_unsuffixed(need);
                    let bound = quote!(V::Shape: #tr<#ca, #cb, #need>);
                    MapRef {
                        out: quote!(<V::Shape as #tr<#ca, #cb, #need>>::Out),
                        extras: vec![],
                        bounds: vec![bound],
                    }
                }
            };
            let (la, lb) = (a as isize, b as isize);
            let body = if swap {
                quote!(#p::RawOp::SwapAxes(#la, #lb))
            } else {
                quote!(#p::RawOp::MoveAxis(#la, #lb))
            };
            simple(cx, m.out, quote!(#p::Strided), m.bounds, body);
        }
        OpKind::Flip(a) => {
            let a = *a;
            let win = axes_window(&[a]).unwrap_or((0, 0));
            let m = window_map(cx, &map, ("FlipAxes", &[a]), win, |h, t| {
                (h.to_vec(), t.to_vec(), vec![])
            });
            let la = a as isize;
            simple(
                cx,
                m.out,
                quote!(#p::Strided),
                m.bounds,
                quote!(#p::RawOp::Flip(#la)),
            );
        }
        OpKind::ExpandDims(a) => {
            let a = *a;
            // The new axis goes after the first `a` axes, or before the last `-a - 1`.
            let win = if a >= 0 {
                (a as usize, 0)
            } else {
                (0, a.unsigned_abs() as usize - 1)
            };
            let m = window_map(cx, &map, ("ExpandDimsAxes", &[a]), win, |h, t| {
                let (mut head, mut tail) = (h.to_vec(), t.to_vec());
                if a >= 0 {
                    head.push(uint(1));
                } else {
                    tail.insert(0, uint(1));
                }
                (head, tail, vec![])
            });
            let la = a as isize;
            simple(
                cx,
                m.out,
                quote!(V::Layout),
                m.bounds,
                quote!(#p::RawOp::ExpandDims(#la)),
            );
        }
        OpKind::Squeeze(a) => {
            let a = *a;
            let win = axes_window(&[a]).unwrap_or((0, 0));
            let m = window_map(cx, &map, ("SqueezeAxes", &[a]), win, |h, t| {
                let (mut head, mut tail) = (h.to_vec(), t.to_vec());
                let (part, dims, k) = window_axis(win, a, (&mut head, h), (&mut tail, t));
                part.remove(k);
                let x = &dims[k];
                let one = uint(1);
                (
                    head,
                    tail,
                    vec![quote!(<#x as #p::DimEqual<#one>>::Out), quote!(#x)],
                )
            });
            let axis = const_arg(a);
            let la = a as isize;
            let (chk, dim) = (&m.extras[0], &m.extras[1]);
            let mut bounds = m.bounds.clone();
            bounds.push(quote!(#chk: #p::SqueezeSizeOne<#axis, <#dim as #p::ToDecimal>::Out>));
            simple(
                cx,
                m.out.clone(),
                quote!(V::Layout),
                bounds,
                quote!(#p::RawOp::SqueezeAxis(#la)),
            );
        }
        OpKind::SqueezeAll => cx.step(quote_spanned!(span=> #p::squeeze_all(__nd_v))),
        OpKind::Ravel => cx.step(quote_spanned!(span=> #p::ravel(__nd_v))),
        OpKind::Reshape(dims) => expand_reshape(cx, op, id, dims),
        OpKind::Copy => {
            cx.stmts
                .push(quote_spanned!(span=> let __nd_v = #p::copy(__nd_v);));
        }
        OpKind::Flatten => {
            cx.stmts
                .push(quote_spanned!(span=> let __nd_v = #p::flatten_1d(__nd_v);));
        }
        OpKind::Take { indices, axis } => expand_take(cx, op, id, indices, *axis),
        OpKind::BroadcastTo(dims) => expand_broadcast(cx, op, id, dims),
    }
}

/// The divisor `k` as `DimDiv` takes it: one `Twice` per factor 2 (a
/// dropped bit), then `Odd<m>` for the odd rest, or `One`.
fn divisor(k: u64) -> TokenStream {
    let p = p();
    // (0 never gets here: the macro refuses to infer `-1` next to a 0.)
    let a = if k == 0 { 0 } else { k.trailing_zeros() };
    let m = k >> a;
    let mut spec = if m <= 1 {
        quote!(#p::One)
    } else {
        let m = uint(m);
        quote!(#p::Odd<#m>)
    };
    for _ in 0..a {
        spec = quote!(#p::Twice<#spec>);
    }
    spec
}

fn expand_reshape(cx: &mut Ctx, op: &Op, id: usize, dims: &[Num]) {
    let p = p();
    let fname = format_ident!("__nd_op{}", id);
    let span = op.full_span;
    let all_literal = dims.iter().all(|d| d.literal().is_some());
    let inferred = dims.iter().position(|d| d.literal() == Some(-1));
    let known: u64 = dims
        .iter()
        .filter_map(Num::literal)
        .filter(|v| *v >= 0)
        .map(|v| v as u64)
        .product();
    let size = quote!(<V::Shape as #p::ShapeSize>::Size);
    let target_text = nums_text(dims);
    // NumPy's tuple spelling: `(12,)` for one dim.
    let target_tuple = if dims.len() == 1 {
        format!("({target_text},)")
    } else {
        format!("({target_text})")
    };
    let out_dims: Vec<TokenStream> = dims
        .iter()
        .map(|d| match d.literal() {
            Some(-1) if all_literal => {
                let k = divisor(known);
                quote!(<<#size as #p::DimDiv<#k>>::Out as #p::DivParts>::Quot)
            }
            Some(v) if v >= 0 => uint(v as u64),
            _ => quote!(#p::Dyn),
        })
        .collect();
    let out = tuple(&out_dims);
    let mut bounds = vec![quote!(V::Shape: #p::ShapeSize + #p::ShapeList)];
    if all_literal {
        let count = format_ident!("__NdOp{}Count", id);
        let k = uint(known);
        let (check, message, label) = if inferred.is_some() {
            let k = divisor(known);
            (
                quote!(<<#size as #p::DimDiv<#k>>::Out as #p::DivParts>::Exact),
                format!("nd!: cannot reshape {{N}} elements into {target_tuple}: the known sizes multiply to {known}, which does not divide the element count"),
                format!("{known} does not divide the element count"),
            )
        } else {
            (
                quote!(<#size as #p::DimEqual<#k>>::Out),
                format!(
                    "nd!: cannot reshape {{N}} elements into {target_tuple} ({known} elements)"
                ),
                "element counts differ".to_string(),
            )
        };
        cx.check_trait(
            &count,
            &message,
            &label,
            "reshape keeps the number of elements; counts print as decimal digit types, e.g. (_1, _2) is 12",
            true,
        );
        bounds.push(quote!(#check: #count<<#size as #p::ToDecimal>::Out>));
    }
    let view = format_ident!("__NdOp{}View", id);
    let msg = format!(
        "nd!: cannot reshape this view into {target_tuple} without copying: its type does not prove that the axes being merged are contiguous (layout `{{L}}`); write `.copy().reshape({target_text})`"
    );
    cx.items.push(quote! {
        #[diagnostic::on_unimplemented(
            message = #msg,
            label = "needs a copy",
            note = "reshapes that only split axes or add/remove size-1 axes are views of any strided view; merging axes needs C-contiguous memory"
        )]
        trait #view<L> {}
        #[diagnostic::do_not_recommend]
        impl<L> #view<L> for #p::B1 {}
    });
    let list = out_dims
        .iter()
        .rev()
        .fold(quote!(#p::Nil), |acc, d| quote!(#p::Cons<#d, #acc>));
    bounds.push(quote!(
        <V::Layout as #p::ReshapeIsView<<V::Shape as #p::ShapeList>::List, #list>>::Out: #view<V::Layout>
    ));
    let spec = dims.iter().map(num_value);
    let bounds = fn_where(&bounds, std::slice::from_ref(&out));
    cx.items.push(quote! {
        #[inline]
        fn #fname<V: #p::NdView>(v: V, spec: &[isize])
            -> ::core::result::Result<V::With<#out, V::Layout>, #p::ShapeError>
        where
            #(#bounds,)*
        {
            #p::apply_op(v, #p::RawOp::Reshape(spec))
        }
    });
    let fname = Ident::new(&fname.to_string(), span);
    cx.step(quote_spanned!(span=> #fname(__nd_v, &[#(#spec),*])));
}

fn expand_take(cx: &mut Ctx, op: &Op, id: usize, indices: &[Num], axis: Option<i64>) {
    let p = p();
    let fname = format_ident!("__nd_op{}", id);
    let span = op.full_span;
    let len = uint(indices.len() as u64);
    let lits: Vec<i64> = indices.iter().filter_map(Num::literal).collect();
    let max_pos = lits.iter().filter(|v| **v >= 0).max().copied();
    let max_neg = lits.iter().filter(|v| **v < 0).min().copied();
    let values: Vec<TokenStream> = indices.iter().map(num_value).collect();
    // (the size type the checks compare with, the shape type out, bounds)
    let (size, out, mut bounds, call_axis) = match axis {
        None => (
            quote!(<V::Shape as #p::ShapeSize>::Size),
            quote!((#len,)),
            vec![quote!(V::Shape: #p::ShapeSize)],
            None,
        ),
        Some(a) => {
            let len2 = len.clone();
            let win = axes_window(&[a]).unwrap_or((0, 0));
            let m = window_map(
                cx,
                &format_ident!("__NdOp{}", id),
                ("TakeAxes", &[a]),
                win,
                |h, t| {
                    let (mut head, mut tail) = (h.to_vec(), t.to_vec());
                    let (part, dims, k) = window_axis(win, a, (&mut head, h), (&mut tail, t));
                    part[k] = len2.clone();
                    let x = &dims[k];
                    (head, tail, vec![quote!(#x)])
                },
            );
            (m.extras[0].clone(), m.out, m.bounds, Some(a as isize))
        }
    };
    for v in [max_pos, max_neg].into_iter().flatten() {
        let u = if v >= 0 {
            v as u64
        } else {
            v.unsigned_abs() - 1
        };
        let u = uint(u);
        let index = const_arg(v);
        let check = match axis {
            Some(a) => {
                let a = const_arg(a);
                quote!(#p::TakeAxisInBounds<#index, #a, <#size as #p::ToDecimal>::Out>)
            }
            None => quote!(#p::TakeInBounds<#index, <#size as #p::ToDecimal>::Out>),
        };
        bounds.push(quote!(<#u as #p::DimLess<#size>>::Out: #check));
    }
    let bounds = fn_where(&bounds, std::slice::from_ref(&out));
    let body = match call_axis {
        None => quote!(#p::take_flat(v, idx)),
        Some(a) => quote!(#p::take_axis(v, idx, #a)),
    };
    cx.items.push(quote! {
        #[inline]
        fn #fname<V: #p::NdView>(v: V, idx: &[isize])
            -> ::core::result::Result<#p::Array<V::Elem, #out>, #p::ShapeError>
        where
            V::Elem: ::core::clone::Clone,
            #(#bounds,)*
        {
            #body
        }
    });
    let fname = Ident::new(&fname.to_string(), span);
    cx.step(quote_spanned!(span=> #fname(__nd_v, &[#(#values),*])));
}

/// `broadcast_to(d0, ...)`: the output shape is the target (a literal size
/// is static, `{n}` is `Dyn`); for each literal target size, the view's axis
/// aligned with it from the right must broadcast to it (`DimBroadcast`), one
/// check per axis with its own message. Only a read-only `View` is accepted
/// (`BroadcastSource`), so `nd!(mut ...)` of it does not compile.
///
/// The shape map here is its own (not `permuted_map`): it is implemented for
/// every rank, a view with more axes than the target answering
/// `RankOk = B0`, so the per-axis checks always normalise and a wrong rank
/// gives exactly one message, the rank one.
fn expand_broadcast(cx: &mut Ctx, op: &Op, id: usize, dims: &[Num]) {
    let p = p();
    let bfn = format_ident!("__nd_op{}", id);
    let bmap = format_ident!("__NdOp{}Broadcast", id);
    let span = op.full_span;
    let n = dims.len();
    let target_text = nums_text(dims);
    let targets: Vec<TokenStream> = dims
        .iter()
        .map(|d| match d.literal() {
            Some(v) => uint(v as u64),
            None => quote!(#p::Dyn),
        })
        .collect();
    let checked: Vec<(usize, i64)> = dims
        .iter()
        .enumerate()
        .filter_map(|(j, d)| d.literal().map(|v| (j, v)))
        .collect();
    let mut decls = vec![format_ident!("RankOk")];
    decls.extend(
        checked
            .iter()
            .flat_map(|(j, _)| [format_ident!("Chk{}", j), format_ident!("Dim{}", j)]),
    );
    let mut impls = Vec::new();
    for r in 0..=MAX_RANK {
        let d = dim_idents(r);
        let lead = n.checked_sub(r);
        let mut answers = vec![if lead.is_some() {
            quote!(#p::B1)
        } else {
            quote!(#p::B0)
        }];
        for (j, _) in &checked {
            match lead {
                Some(lead) if *j >= lead => {
                    let x = &d[j - lead];
                    let t = &targets[*j];
                    answers.push(quote!(<#x as #p::DimBroadcast<#t>>::Out));
                    answers.push(quote!(#x));
                }
                // A new leading axis, or a rank already rejected: no check.
                _ => {
                    answers.push(quote!(#p::B1));
                    answers.push(uint(1));
                }
            }
        }
        let preds: Vec<TokenStream> = answers.iter().flat_map(wf_bounds).collect();
        let defs = decls
            .iter()
            .zip(&answers)
            .map(|(k, t)| quote!(type #k = #t;));
        impls.push(quote! {
            impl<#(#d: #p::Dim),*> #bmap for (#(#d,)*) where #(#preds,)* {
                #(#defs)*
            }
        });
    }
    cx.items.push(quote! {
        trait #bmap { #(type #decls;)* }
        #(#impls)*
    });
    let rank_check = format_ident!("__NdOp{}BroadcastRank", id);
    cx.check_trait(
        &rank_check,
        &format!(
            "nd!: broadcast_to({target_text}) targets {n} axes, but this view has more (it has {{N}} axes); broadcasting adds leading axes, it never removes any"
        ),
        "too many axes for this target",
        "numbers print as decimal digit types: _2 is 2, (_1, _2) is 12",
        true,
    );
    let mut bounds = vec![
        quote!(V::Shape: #bmap),
        quote!(<V::Shape as #bmap>::RankOk: #rank_check<<V::Shape as #p::RankDigits>::Out>),
        quote!(V: #p::BroadcastSource),
    ];
    for (j, t) in &checked {
        let (target, axis) = (const_arg(*t), const_arg(*j as i64));
        let (cn, dn) = (format_ident!("Chk{}", j), format_ident!("Dim{}", j));
        bounds.push(quote!(<V::Shape as #bmap>::#cn: #p::Broadcasts<#target, #axis, <<V::Shape as #bmap>::#dn as #p::ToDecimal>::Out>));
    }
    let out = tuple(&targets);
    let bounds = fn_where(&bounds, &[]);
    let values = dims.iter().map(num_value);
    cx.items.push(quote! {
        #[inline]
        fn #bfn<V: #p::NdView>(v: V, target: &[isize])
            -> ::core::result::Result<V::With<#out, #p::Strided>, #p::ShapeError>
        where
            #(#bounds,)*
        {
            #p::apply_op(v, #p::RawOp::BroadcastTo(target))
        }
    });
    let bfn = Ident::new(&bfn.to_string(), span);
    cx.step(quote_spanned!(span=> #bfn(__nd_v, &[#(#values),*])));
}
