//! `broadcast_to(d0, ...)`: NumPy's broadcasting rules, one check per
//! literal target size.

use super::bounds::{fn_where, wf_bounds};
use super::messages::nums_text;
use super::{const_arg, dim_idents, num_value, p, tuple, Ctx};
use crate::ast::*;
use crate::MAX_RANK;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

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
pub(super) fn expand_broadcast(cx: &mut Ctx, op: &Op, id: usize, dims: &[Num]) {
    let p = p();
    let nums = cx.nums;
    let bfn = format_ident!("__nd_op{}", id);
    let bmap = format_ident!("__NdOp{}Broadcast", id);
    let span = op.full_span;
    let n = dims.len();
    let target_text = nums_text(dims);
    let targets: Vec<TokenStream> = dims
        .iter()
        .map(|d| match d.literal() {
            Some(v) => nums.uint(v as u64),
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
                    answers.push(nums.uint(1));
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
    let layout = super::layout::after(quote!(#p::Broadcast<V::Shape, #out>), false);
    let bounds = fn_where(&bounds, std::slice::from_ref(&layout));
    let values = dims.iter().map(num_value);
    cx.items.push(quote! {
        #[inline]
        fn #bfn<V: #p::NdView>(v: V, target: &[isize])
            -> ::core::result::Result<V::With<#out, #layout>, #p::ShapeError>
        where
            #(#bounds,)*
        {
            #p::apply_op(v, #p::RawOp::BroadcastTo(target))
        }
    });
    let bfn = Ident::new(&bfn.to_string(), span);
    cx.step(quote_spanned!(span=> #bfn(__nd_v, &[#(#values),*])));
}
