//! The ops that move, add, drop or flip axes: `transpose(p)`, `swapaxes`,
//! `moveaxis`, `flip`, `expand_dims`, `squeeze(axis)`. Each names its
//! output shape through a map of `window` and calls the library's op.

use super::layout;
use super::messages::args_text;
use super::window::{axes_window, min_rank, permuted_map, window_axis, window_map, MapRef};
use super::{const_arg, p, simple_op, Ctx};
use crate::ast::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `transpose(p)`: `new[i] = old[p[i]]`, over a map for the one rank `p` names.
pub(super) fn transpose(cx: &mut Ctx, op: &Op, id: usize, perm: &[i64]) {
    let p = p();
    let map = format_ident!("__NdOp{}", id);
    let n = perm.len();
    let normalized: Vec<usize> = perm
        .iter()
        .map(|&a| normalize_axis(a, n).unwrap_or(0))
        .collect();
    let msg = format!(
        "nd!: transpose({}) permutes {n} axes, but this view has a different number of axes (it has {{Self}})",
        args_text(perm)
    );
    let m = permuted_map(cx, &map, &msg, &normalized);
    let identity = normalized.iter().enumerate().all(|(i, &k)| i == k);
    let positions = normalized.iter().map(|&k| layout::peano(k));
    let positions = quote!((#(#positions,)*));
    let layout = layout::after(quote!(#p::Permuted<#positions>), identity);
    let perm_lits = normalized.iter().map(|&k| k as isize);
    simple_op(
        cx,
        (id, op.full_span),
        m.out,
        layout,
        m.bounds,
        quote!(#p::RawOp::Permute(&[#(#perm_lits),*])),
    );
}

/// `swapaxes(a, b)` / `moveaxis(a, b)`: over the window of the axes named
/// when both have one sign, else the library's per-rank map.
pub(super) fn swap_or_move(cx: &mut Ctx, op: &Op, id: usize, a: i64, b: i64) {
    let p = p();
    let map = format_ident!("__NdOp{}", id);
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
        // between them depends on the rank; the library composes its
        // `AxisAt` / `InsertAxis` steps (axes as `isize`, as `AxisAt` takes).
        None => {
            let tr = if swap {
                quote!(#p::SwapAxesOf)
            } else {
                quote!(#p::MoveAxisOf)
            };
            let (ca, cb) = (isize_arg(a), isize_arg(b));
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
    let (ra, rb) = (layout::axis(a), layout::axis(b));
    let record = if swap {
        quote!(#p::Swapped<#ra, #rb>)
    } else {
        quote!(#p::Moved<#ra, #rb>)
    };
    let body = if swap {
        quote!(#p::RawOp::SwapAxes(#la, #lb))
    } else {
        quote!(#p::RawOp::MoveAxis(#la, #lb))
    };
    simple_op(
        cx,
        (id, op.full_span),
        m.out,
        layout::after(record, false),
        m.bounds,
        body,
    );
}

/// An axis as an unsuffixed const argument (`{ -1 }`), so it takes the
/// library's `isize`.
fn isize_arg(v: i64) -> TokenStream {
    let lit = proc_macro2::Literal::i64_unsuffixed(v.abs());
    if v < 0 {
        quote!({ -#lit })
    } else {
        quote!(#lit)
    }
}

/// `flip(a)`: same shape, the axis walked backwards.
pub(super) fn flip(cx: &mut Ctx, op: &Op, id: usize, a: i64) {
    let p = p();
    let map = format_ident!("__NdOp{}", id);
    let win = axes_window(&[a]).unwrap_or((0, 0));
    let m = window_map(cx, &map, ("FlipAxes", &[a]), win, |h, t| {
        (h.to_vec(), t.to_vec(), vec![])
    });
    let la = a as isize;
    let ra = layout::axis(a);
    simple_op(
        cx,
        (id, op.full_span),
        m.out,
        layout::after(quote!(#p::Flipped<#ra>), false),
        m.bounds,
        quote!(#p::RawOp::Flip(#la)),
    );
}

/// `expand_dims(a)`: a new axis of length 1.
pub(super) fn expand_dims(cx: &mut Ctx, op: &Op, id: usize, a: i64) {
    let p = p();
    let nums = cx.nums;
    let map = format_ident!("__NdOp{}", id);
    // The new axis goes after the first `a` axes, or before the last `-a - 1`.
    let win = if a >= 0 {
        (a as usize, 0)
    } else {
        (0, a.unsigned_abs() as usize - 1)
    };
    let m = window_map(cx, &map, ("ExpandDimsAxes", &[a]), win, |h, t| {
        let (mut head, mut tail) = (h.to_vec(), t.to_vec());
        if a >= 0 {
            head.push(nums.uint(1));
        } else {
            tail.insert(0, nums.uint(1));
        }
        (head, tail, vec![])
    });
    let la = a as isize;
    let ra = layout::axis(a);
    simple_op(
        cx,
        (id, op.full_span),
        m.out,
        layout::after(quote!(#p::Expanded<#ra>), true),
        m.bounds,
        quote!(#p::RawOp::ExpandDims(#la)),
    );
}

/// `squeeze(a)`: drop axis `a`, checked to have size 1.
pub(super) fn squeeze(cx: &mut Ctx, op: &Op, id: usize, a: i64) {
    let p = p();
    let nums = cx.nums;
    let map = format_ident!("__NdOp{}", id);
    let win = axes_window(&[a]).unwrap_or((0, 0));
    let m = window_map(cx, &map, ("SqueezeAxes", &[a]), win, |h, t| {
        let (mut head, mut tail) = (h.to_vec(), t.to_vec());
        let (part, dims, k) = window_axis(win, a, (&mut head, h), (&mut tail, t));
        part.remove(k);
        let x = &dims[k];
        let one = nums.uint(1);
        (
            head,
            tail,
            vec![quote!(<#x as #p::DimEqual<#one>>::Out), quote!(#x)],
        )
    });
    let axis = const_arg(a);
    let la = a as isize;
    let ra = layout::axis(a);
    let (chk, dim) = (&m.extras[0], &m.extras[1]);
    let mut bounds = m.bounds.clone();
    bounds.push(quote!(#chk: #p::SqueezeSizeOne<#axis, <#dim as #p::ToDecimal>::Out>));
    simple_op(
        cx,
        (id, op.full_span),
        m.out.clone(),
        layout::after(quote!(#p::Squeezed<#ra>), true),
        bounds,
        quote!(#p::RawOp::SqueezeAxis(#la)),
    );
}
