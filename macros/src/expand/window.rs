//! Shape maps: how an op's output shape type is written from the view's.
//! `window_map` reads the first and last axes an op touches through the
//! library's `Window` (any rank); `permuted_map` is a local trait for the
//! one rank a permutation names.

use super::bounds::rank_bound;
use super::{const_arg, dim_idents, p, tuple, Ctx};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// A computed output shape: its type (in terms of `V::Shape`), extra types
/// some checks need (by position), and the bounds that make them hold.
pub(super) struct MapRef {
    pub(super) out: TokenStream,
    pub(super) extras: Vec<TokenStream>,
    pub(super) bounds: Vec<TokenStream>,
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
pub(super) fn window_map(
    cx: &mut Ctx,
    map: &Ident,
    (op, args): (&str, &[i64]),
    (p_len, q_len): (usize, usize),
    f: impl Fn(&[TokenStream], &[TokenStream]) -> (Vec<TokenStream>, Vec<TokenStream>, Vec<TokenStream>),
) -> MapRef {
    let p = p();
    let nums = cx.nums;
    let up = nums.uint(p_len as u64);
    let uq = nums.uint(q_len as u64);
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

/// The output shape of `transpose(p)`, defined for the one rank `p` names:
/// a local trait with one impl, whose message (naming the permutation and
/// showing the view's rank in digits) is what a view of another rank gets.
pub(super) fn permuted_map(cx: &mut Ctx, map: &Ident, rank_msg: &str, perm: &[usize]) -> MapRef {
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

/// The window of axes that literal axes of one sign address: the first
/// `max + 1` for non-negative axes, the last `max |a|` for negative ones;
/// `None` when signs are mixed.
pub(super) fn axes_window(axes: &[i64]) -> Option<(usize, usize)> {
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
pub(super) fn window_axis<'p, 'd>(
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
pub(super) fn min_rank(a: i64) -> usize {
    if a < 0 {
        a.unsigned_abs() as usize
    } else {
        a as usize + 1
    }
}
