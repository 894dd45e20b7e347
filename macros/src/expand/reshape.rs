//! `reshape(d0, ...)`: the output dims (one `-1` inferred by dividing the
//! element count: dropping bits of the binary count for a power-of-two
//! product, long division of the decimal count otherwise), the
//! element-count check, and the layout's view-ability check.

use super::bounds::fn_where;
use super::messages::nums_text;
use super::{num_value, p, tuple, Ctx};
use crate::ast::*;
use crate::typenum::Numbers;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// The divisor `k` as `DimDiv` takes it: one `Twice` per factor 2 (a
/// dropped bit), then `Odd<m>` for the odd rest, or `One`.
pub(super) fn divisor(nums: &Numbers, k: u64) -> TokenStream {
    let p = p();
    // (0 never gets here: the macro refuses to infer `-1` next to a 0.)
    let a = if k == 0 { 0 } else { k.trailing_zeros() };
    let m = k >> a;
    let mut spec = if m <= 1 {
        quote!(#p::One)
    } else {
        let m = nums.uint(m);
        quote!(#p::Odd<#m>)
    };
    for _ in 0..a {
        spec = quote!(#p::Twice<#spec>);
    }
    spec
}

/// `n` as the runtime's little-endian decimal digit list
/// (`DCons<_2, DCons<_1, DNil>>` for 12, `DNil` for 0), as `ShapeCount` writes it.
fn digit_list(n: u64) -> TokenStream {
    let p = p();
    let mut list = quote!(#p::DNil);
    for d in n.to_string().bytes().filter(|_| n > 0) {
        let d = format_ident!("_{}", d as char);
        list = quote!(#p::DCons<#p::digits::#d, #list>);
    }
    list
}

pub(super) fn expand_reshape(cx: &mut Ctx, op: &Op, id: usize, dims: &[Num]) {
    let p = p();
    let nums = cx.nums;
    let fname = format_ident!("__nd_op{}", id);
    let span = op.full_span;
    let all_literal = dims.iter().all(|d| d.literal().is_some());
    let inferred = dims.iter().position(|d| d.literal() == Some(-1));
    // (`valid` has checked that it fits in `isize`.)
    let known = known_product(dims) as u64;
    // The view's element count: binary (`ShapeSize`) for a `-1` next to a
    // power-of-two product, decimal digits (`ShapeCount`) otherwise.
    let size = quote!(<V::Shape as #p::ShapeSize>::Size);
    let digits = quote!(<V::Shape as #p::ShapeCount>::Out);
    let target_text = nums_text(dims);
    // NumPy's tuple spelling: `(12,)` for one dim.
    let target_tuple = if dims.len() == 1 {
        format!("({target_text},)")
    } else {
        format!("({target_text})")
    };
    // The element count when an earlier reshape of the chain fixed the shape
    // (`reshape(n).reshape(3, -1)`): the macro checks it and infers `-1`
    // itself, and the type system computes no count.
    let count_in = cx.count_in.filter(|_| all_literal);
    if all_literal && inferred.is_none() {
        cx.count_out = Some(known);
    }
    if let Some(n) = count_in {
        let error = match inferred {
            None if n != known => Some(format!(
                "nd!: cannot reshape {n} elements into {target_tuple} ({known} elements)"
            )),
            Some(_) if known == 0 || n % known != 0 => Some(format!(
                "nd!: cannot reshape {n} elements into {target_tuple}: the known sizes multiply to {known}, which does not divide the element count"
            )),
            _ => None,
        };
        if let Some(message) = error {
            cx.items
                .push(quote_spanned!(span=> compile_error!(#message);));
        }
        cx.count_out = Some(n);
    }
    let out_dims: Vec<TokenStream> = dims
        .iter()
        .map(|d| match (d, d.literal()) {
            (Num::Derived { ty, .. }, _) => ty.clone(),
            // (after a count error the macro already reported, any dim will do)
            (_, Some(-1)) if count_in.is_some() => {
                nums.uint(count_in.map_or(0, |n| n / known.max(1)))
            }
            (_, Some(-1)) if all_literal && known.is_power_of_two() => {
                let k = divisor(nums, known);
                quote!(<<#size as #p::DimDiv<#k>>::Out as #p::DivParts>::Quot)
            }
            (_, Some(-1)) if all_literal => {
                let k = digit_list(known);
                quote!(<<#digits as #p::DecDiv<#k>>::Quot as #p::FromDigits>::Out)
            }
            (_, Some(v)) if v >= 0 => nums.uint(v as u64),
            _ => quote!(#p::Dyn),
        })
        .collect();
    let out = tuple(&out_dims);
    let mut bounds = Vec::new();
    if all_literal && count_in.is_none() {
        let count = format_ident!("__NdOp{}Count", id);
        let note = "reshape keeps the number of elements; counts print as decimal digit types, e.g. (_1, _2) is 12";
        if inferred.is_some() {
            cx.check_trait(
                &count,
                &format!("nd!: cannot reshape {{N}} elements into {target_tuple}: the known sizes multiply to {known}, which does not divide the element count"),
                &format!("{known} does not divide the element count"),
                note,
                true,
            );
            if known.is_power_of_two() {
                // Dropping bits of the binary count is cheaper than any
                // decimal division (BENCHMARKS.md, "`reshape(.., -1)`").
                let k = divisor(nums, known);
                bounds.push(quote!(V::Shape: #p::ShapeSize));
                bounds.push(quote!(
                    <<#size as #p::DimDiv<#k>>::Out as #p::DivParts>::Exact:
                        #count<<#size as #p::ToDecimal>::Out>
                ));
            } else {
                // Long division of the decimal count by the literal product.
                let k = digit_list(known);
                bounds.push(quote!(
                    <<#digits as #p::DecDiv<#k>>::Rem as #p::SameCount<#p::DNil>>::Out:
                        #count<<#digits as #p::Printable>::Out>
                ));
            }
        } else {
            // The count in decimal digits (`ShapeCount`), compared with the
            // literal product as a type: no binary multiplication.
            cx.check_trait(
                &count,
                &format!(
                    "nd!: cannot reshape {{N}} elements into {target_tuple} ({known} elements)"
                ),
                "element counts differ",
                note,
                true,
            );
            let target = digit_list(known);
            bounds.push(quote!(
                <#digits as #p::SameCount<#target>>::Out: #count<<#digits as #p::Printable>::Out>
            ));
        }
    }
    let view = format_ident!("__NdOp{}View", id);
    let fix = cx
        .reshape_fix
        .clone()
        .unwrap_or_else(|| format!("`.copy().reshape({target_text})`"));
    let msg = format!(
        "nd!: cannot reshape this view into {target_tuple} without copying: it merges axes whose strides do not fit together; write {fix}"
    );
    cx.items.push(quote! {
        #[diagnostic::on_unimplemented(
            message = #msg,
            label = "needs a copy",
            note = "a reshape is a view exactly when NumPy's reshape(..., copy=False) succeeds: splitting axes always is, merging axes needs each stride to equal the next axis's size times its stride"
        )]
        trait #view {}
        #[diagnostic::do_not_recommend]
        impl #view for #p::IsView {}
        #[diagnostic::do_not_recommend]
        impl #view for #p::AtRunTime {}
    });
    let rule = quote!(<V::Layout as #p::ReshapeRule<V::Shape, #out>>);
    bounds.push(quote!(V::Layout: #p::ReshapeRule<V::Shape, #out>));
    bounds.push(quote!(#rule::Verdict: #view));
    let spec = dims.iter().map(num_value);
    let bounds = fn_where(&bounds, std::slice::from_ref(&out));
    cx.items.push(quote! {
        #[inline]
        fn #fname<V: #p::NdView>(v: V, spec: &[isize])
            -> ::core::result::Result<V::With<#out, #rule::Out>, #p::ShapeError>
        where
            #(#bounds,)*
        {
            #p::apply_op(v, #p::RawOp::Reshape(spec))
        }
    });
    let fname = Ident::new(&fname.to_string(), span);
    cx.step(quote_spanned!(span=> #fname(__nd_v, &[#(#spec),*])));
}
