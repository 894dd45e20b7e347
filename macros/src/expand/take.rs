//! `take([i, ...])` and `take([i, ...], axis = k)`: NumPy's explicit gather
//! into an owned array, literal indices checked against the size or dim.

use super::bounds::fn_where;
use super::window::{axes_window, window_axis, window_map};
use super::{const_arg, num_value, p, Ctx};
use crate::ast::*;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

pub(super) fn expand_take(cx: &mut Ctx, op: &Op, id: usize, indices: &[Num], axis: Option<i64>) {
    let p = p();
    let nums = cx.nums;
    let fname = format_ident!("__nd_op{}", id);
    let span = op.full_span;
    let len = nums.uint(indices.len() as u64);
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
        let u = nums.uint(u);
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
