//! `rearrange("PATTERN", name = size, ...)`, lowered to the existing ops.
//!
//! A pattern without `...` becomes: one step that checks the view's rank and
//! the sizes the call gives (at compile time where the dims are static, at
//! run time otherwise) and reads the dims; a `reshape` that splits the left
//! side's groups and drops its `1`s; a `transpose` into the right side's
//! order; a `reshape` that merges the right side's groups and adds its `1`s
//! (each step only when needed). The reshapes' sizes are `Num::Derived`:
//! dim types read off the view's shape (`AxisAt`, a type-level division
//! for a group's one unknown size, `ShapeSize` for a merged group), so a
//! static view stays static. A pattern with `...` becomes squeeze / moveaxis
//! / expand_dims (see [`crate::rearrange::ellipsis_ops`]). Either way the
//! result is what those ops give, view rules included.

use super::bounds::fn_where;
use super::reshape::divisor;
use super::{dim_idents, expand_op, lit_isize, num_value, p, Ctx};
use crate::ast::*;
use crate::rearrange::{ellipsis_ops, Axis, Rearrange};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// One lowered op, with the spans of the `rearrange` call.
fn lowered(cx: &mut Ctx, op: &Op, kind: OpKind) {
    let op = Op {
        full_span: op.full_span,
        args_span: op.args_span,
        kind,
    };
    expand_op(cx, &op);
}

/// A size given by keyword: its run-time value and, for a literal, the number.
struct Given {
    value: TokenStream,
    literal: Option<u64>,
}

pub(super) fn expand_rearrange(cx: &mut Ctx, op: &Op, id: usize, r: &Rearrange) {
    if r.has_ellipsis() {
        for kind in ellipsis_ops(r) {
            lowered(cx, op, kind);
        }
        return;
    }
    let p = p();
    let nums = cx.nums;
    let span = op.full_span;
    let pattern = &r.pattern;
    // Sizes written `{expr}` are evaluated once, in the order written.
    let mut given = Vec::with_capacity(r.sizes.len());
    for (i, s) in r.sizes.iter().enumerate() {
        let g = match &s.value {
            Num::Lit { value, .. } => Given {
                value: lit_isize(*value),
                literal: Some(*value as u64),
            },
            n => {
                let var = format_ident!("__nd_size{}", i);
                let v = num_value(n);
                cx.stmts.push(quote!(let #var: isize = #v;));
                Given {
                    value: quote!(#var),
                    literal: None,
                }
            }
        };
        given.push((s.name.as_str(), g));
    }
    let size_of = |n: &str| given.iter().find(|(name, _)| *name == n).map(|(_, g)| g);

    // The check step: rank, and each left axis whose sizes are given.
    let fname = format_ident!("__nd_op{}", id);
    let rank_trait = format_ident!("__NdOp{}Rank", id);
    let d = dim_idents(r.left.len());
    let left_text = r.left.iter().map(Axis::text).collect::<Vec<_>>().join(" ");
    let rank_msg = format!(
        "nd!: rearrange(\"{pattern}\"): the pattern's left side `{left_text}` has {} axes, but this view has {{Shown}} axes",
        r.left.len()
    );
    cx.items.push(quote! {
        #[diagnostic::on_unimplemented(
            message = #rank_msg,
            label = "a view of another rank",
            note = "numbers print as decimal digit types: _2 is 2; `...` in the pattern stands for any number of axes"
        )]
        trait #rank_trait<Shown> { type Out: #p::Shape; }
        #[diagnostic::do_not_recommend]
        impl<#(#d: #p::Dim,)* Shown> #rank_trait<Shown> for (#(#d,)*) {
            type Out = (#(#d,)*);
        }
    });
    let mut bounds = vec![quote!(V::Shape: #rank_trait<<V::Shape as #p::RankDigits>::Out>)];
    // The view's own shape, through the rank check: a view of another rank
    // gets this one error, not one more from each lowered op.
    let checked = quote!(<V::Shape as #rank_trait<<V::Shape as #p::RankDigits>::Out>>::Out);
    let mut runtime_checks = Vec::new();
    // Each left name's size (type, run-time value), in order.
    let mut elems: Vec<(&str, TokenStream, TokenStream)> = Vec::new();
    for (k, axis) in r.left.iter().enumerate() {
        let kl = Literal::isize_unsuffixed(k as isize);
        let ku = Literal::usize_unsuffixed(k);
        let dim = quote!(<V::Shape as #p::AxisAt<#kl>>::Dim);
        let here = quote!((__nd_dims[#ku] as isize));
        let text = axis.text();
        let mut static_check = |cx: &mut Ctx, check: TokenStream, message: String, label: &str| {
            let name = format_ident!("__NdOp{}Axis{}", id, k);
            cx.check_trait(
                &name,
                &format!("nd!: rearrange(\"{pattern}\"): axis {k} (`{text}`) has length {{N}}, {message}"),
                label,
                "lengths print as decimal digit types, e.g. (_1, _2) is 12",
                true,
            );
            bounds.push(quote!(#check: #name<<#dim as #p::ToDecimal>::Out>));
        };
        match axis {
            Axis::Unit(_) => {
                let one = nums.uint(1);
                static_check(
                    cx,
                    quote!(<#dim as #p::DimEqual<#one>>::Out),
                    format!("but `{text}` on the left side stands for an axis of length 1"),
                    "not of length 1",
                );
                runtime_checks.push(quote!((#ku, 1isize, true)));
            }
            Axis::Name(n) => {
                if let Some(g) = size_of(n) {
                    if let Some(v) = g.literal {
                        let u = nums.uint(v);
                        static_check(
                            cx,
                            quote!(<#dim as #p::DimEqual<#u>>::Out),
                            format!("but `{n} = {v}` was given"),
                            "length differs from the size given",
                        );
                    }
                    let value = &g.value;
                    runtime_checks.push(quote!((#ku, #value, true)));
                }
                elems.push((n, dim, here));
            }
            Axis::Group { names, .. } => {
                let known: Vec<&Given> = names.iter().filter_map(|n| size_of(n)).collect();
                let all_literal = known.iter().all(|g| g.literal.is_some());
                let literal_product = known
                    .iter()
                    .filter_map(|g| g.literal)
                    .fold(1u64, u64::saturating_mul);
                let mut factors: Vec<TokenStream> = known
                    .iter()
                    .filter(|g| g.literal.is_none())
                    .map(|g| g.value.clone())
                    .collect();
                if literal_product != 1 || factors.is_empty() {
                    factors.insert(0, lit_isize(literal_product.min(i64::MAX as u64) as i64));
                }
                let mut product = factors.iter();
                let first = product.next().cloned().unwrap_or(quote!(1isize));
                let product = product.fold(first, |acc, f| quote!(#acc * #f));
                let product = quote!((#product));
                let unknown = names.iter().find(|n| size_of(n).is_none());
                let sizes_text = names
                    .iter()
                    .filter(|n| size_of(n).is_some())
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(" * ");
                if all_literal {
                    let (check, message, label) = match unknown {
                        Some(u) => {
                            let div = divisor(nums, literal_product);
                            (
                                quote!(<<#dim as #p::DimDiv<#div>>::Out as #p::DivParts>::Exact),
                                format!(
                                    "which does not split into `{text}`: {sizes_text} = {literal_product} does not divide it (`{u}` would not be a whole number)"
                                ),
                                "not a multiple of the sizes given",
                            )
                        }
                        None => {
                            let u = nums.uint(literal_product);
                            (
                                quote!(<#dim as #p::DimEqual<#u>>::Out),
                                format!(
                                    "but the sizes given make {sizes_text} = {literal_product}"
                                ),
                                "length differs from the sizes given",
                            )
                        }
                    };
                    static_check(cx, check, message, label);
                }
                let whole = unknown.is_none();
                runtime_checks.push(quote!((#ku, #product, #whole)));
                for n in names {
                    match size_of(n) {
                        Some(g) => {
                            let ty = match g.literal {
                                Some(v) => nums.uint(v),
                                None => quote!(#p::Dyn),
                            };
                            elems.push((n, ty, g.value.clone()));
                        }
                        None => {
                            let ty = if all_literal {
                                let div = divisor(nums, literal_product);
                                quote!(<<#dim as #p::DimDiv<#div>>::Out as #p::DivParts>::Quot)
                            } else {
                                quote!(#p::Dyn)
                            };
                            elems.push((n, ty, quote!((#here / #product))));
                        }
                    }
                }
            }
            Axis::Ellipsis => {}
        }
    }
    let bounds = fn_where(&bounds, std::slice::from_ref(&checked));
    cx.items.push(quote! {
        #[inline]
        fn #fname<V: #p::NdView>(v: V, given: &[(usize, isize, bool)])
            -> ::core::result::Result<
                (V::With<#checked, V::Layout>, <#checked as #p::Shape>::Index),
                #p::ShapeError,
            >
        where
            #(#bounds,)*
        {
            #p::rearrange_dims::<V, #checked>(v, given)
        }
    });

    let split = r
        .left
        .iter()
        .any(|a| matches!(a, Axis::Group { .. } | Axis::Unit(_)));
    let merge = r
        .right
        .iter()
        .any(|a| matches!(a, Axis::Group { .. } | Axis::Unit(_)));
    let dims_var = if split || merge {
        quote!(__nd_dims)
    } else {
        quote!(_)
    };
    let fname = Ident::new(&fname.to_string(), span);
    let call = quote_spanned!(span=> #fname(__nd_v, &[#(#runtime_checks),*]));
    cx.stmts.push(if cx.try_mode {
        quote! {
            let (__nd_v, #dims_var) = match #call {
                ::core::result::Result::Ok(v) => v,
                ::core::result::Result::Err(e) => break '__nd ::core::result::Result::Err(e),
            };
        }
    } else {
        quote!(let (__nd_v, #dims_var) = #p::expect(#call);)
    });
    if split || merge {
        let values = elems.iter().map(|(_, _, v)| v);
        let n = Literal::usize_unsuffixed(elems.len());
        cx.stmts
            .push(quote!(let __nd_sizes: [isize; #n] = [#(#values),*];));
    }
    let position = |n: &str| {
        elems
            .iter()
            .position(|(name, _, _)| *name == n)
            .unwrap_or(0)
    };
    let size_value = |i: usize| {
        let i = Literal::usize_unsuffixed(i);
        quote!(__nd_sizes[#i])
    };

    if split {
        let dims = elems
            .iter()
            .enumerate()
            .map(|(i, (name, ty, _))| Num::Derived {
                ty: ty.clone(),
                value: size_value(i),
                text: name.to_string(),
            })
            .collect();
        lowered(cx, op, OpKind::Reshape(dims));
    }
    let right_names: Vec<&str> = r.right.iter().flat_map(Axis::names).collect();
    let perm: Vec<usize> = right_names.iter().map(|n| position(n)).collect();
    if perm.iter().enumerate().any(|(i, k)| i != *k) {
        lowered(
            cx,
            op,
            OpKind::Transpose(perm.iter().map(|&k| k as i64).collect()),
        );
    }
    if merge {
        // After the transpose, the names stand in the right side's order.
        let dim_at = |n: &str| {
            let at = right_names.iter().position(|m| *m == n).unwrap_or(0);
            let at = Literal::isize_unsuffixed(at as isize);
            quote!(<V::Shape as #p::AxisAt<#at>>::Dim)
        };
        let dims = r
            .right
            .iter()
            .map(|axis| match axis {
                Axis::Name(n) => Num::Derived {
                    ty: dim_at(n),
                    value: size_value(position(n)),
                    text: n.clone(),
                },
                Axis::Group { names, text } => {
                    let tys = names.iter().map(|n| dim_at(n));
                    let values = names.iter().map(|n| size_value(position(n)));
                    Num::Derived {
                        ty: quote!(<(#(#tys,)*) as #p::ShapeSize>::Size),
                        value: quote!((1isize #(* #values)*)),
                        text: text.clone(),
                    }
                }
                _ => Num::Lit {
                    value: 1,
                    span: r.span,
                },
            })
            .collect();
        // The merge is the one step that can need a copy: the fix is to
        // copy between the permutation and the merge.
        let side = |axes: &[Axis]| axes.iter().map(Axis::text).collect::<Vec<_>>().join(" ");
        let (left, mid, right) = (side(&r.left), right_names.join(" "), side(&r.right));
        cx.reshape_fix = Some(if left == mid {
            // Nothing moves first: the view itself must be copied.
            format!("the copy first: `.copy().rearrange(\"{left} -> {right}\")`")
        } else {
            format!(
                "the copy between the permutation and the merge: `.rearrange(\"{left} -> {mid}\").copy().rearrange(\"{mid} -> {right}\")`"
            )
        });
        lowered(cx, op, OpKind::Reshape(dims));
        cx.reshape_fix = None;
    }
}
