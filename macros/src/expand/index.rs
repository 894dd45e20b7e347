//! `[item, ...]`: NumPy's basic indexing. Items before an ellipsis act on
//! the first axes, items after it on the last ones; literal integers are
//! checked against their dim at compile time.

use super::bounds::fn_where;
use super::slices::slice_len_type;
use super::window::window_map;
use super::{const_arg, num_value, opt_num, p, Ctx};
use crate::ast::*;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

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

pub(super) fn expand_index(cx: &mut Ctx, list: &IndexList) {
    let p = p();
    let nums = cx.nums;
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
                                let u = nums.uint(u);
                                let dim = &dims[ax];
                                extras.push(quote!(<#u as #p::DimLess<#dim>>::Out));
                                extras.push(quote!(#dim));
                            }
                            ax += 1;
                        }
                        IndexItem::Slice { start, stop, step } => {
                            out.push(slice_len_type(nums, &dims[ax], start, stop, step));
                            ax += 1;
                        }
                        IndexItem::NewAxis => out.push(nums.uint(1)),
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
    let layout = super::layout::after(super::layout::indexed(cx.nums, items), index_keeps_c(items));
    let out = &m.out;
    let bounds = fn_where(
        &[m.bounds.clone(), bounds].concat(),
        &[out.clone(), layout.clone()],
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
