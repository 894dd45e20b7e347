//! The layout an op gives: each op is recorded in the runtime's
//! `Known<B, H>` layout (`<V::Layout as Then<Op, V::Shape, KeepsC>>::Out`),
//! so a later `reshape` or `ravel` of a static view is decided exactly as
//! NumPy decides it. `C` stays `C` for the ops that keep it contiguous.

use super::p;
use crate::ast::{IndexItem, Num};
use crate::typenum::Numbers;
use proc_macro2::TokenStream;
use quote::quote;

/// An axis position as the records take it: `P0`, `P1`, ... (the
/// runtime's names for `Z`, `S<Z>`, ...; past them, written out).
pub(super) fn peano(k: usize) -> TokenStream {
    let p = p();
    if k <= 16 {
        let name = quote::format_ident!("P{}", k);
        return quote!(#p::#name);
    }
    (16..k).fold(quote!(#p::P16), |acc, _| quote!(#p::S<#acc>))
}

/// A literal axis: `Front<k>` for `k >= 0`, `Back<|k|>` for `k < 0`.
pub(super) fn axis(a: i64) -> TokenStream {
    let p = p();
    let k = peano(a.unsigned_abs() as usize);
    if a >= 0 {
        quote!(#p::Front<#k>)
    } else {
        quote!(#p::Back<#k>)
    }
}

/// The layout after recording `op` (a type of the runtime's records).
pub(super) fn after(op: TokenStream, keeps_c: bool) -> TokenStream {
    let p = p();
    let keeps = if keeps_c {
        quote!(#p::B1)
    } else {
        quote!(#p::B0)
    };
    quote!(<V::Layout as #p::Then<#op, V::Shape, #keeps>>::Out)
}

/// The record of a basic index: the items before the ellipsis and after it.
pub(super) fn indexed(nums: &Numbers, items: &[IndexItem]) -> TokenStream {
    let p = p();
    let ell = items
        .iter()
        .position(|i| matches!(i, IndexItem::Ellipsis(_)));
    let split = ell.unwrap_or(items.len());
    let (front, back) = (&items[..split], &items[(split + 1).min(items.len())..]);
    let list = |part: &[IndexItem]| {
        part.iter().rev().fold(quote!(#p::Nil), |acc, item| {
            let it = match item {
                IndexItem::Int(_) => quote!(#p::Drop),
                IndexItem::NewAxis => quote!(#p::NewAxis),
                IndexItem::Slice { step, .. } => step_record(nums, step),
                IndexItem::Ellipsis(_) => return acc,
            };
            quote!(#p::Cons<#it, #acc>)
        })
    };
    let (f, k) = (list(front), list(back));
    quote!(#p::Indexed<#f, #k>)
}

/// A slice's step as the records take it: `Slice<StepFwd<..>>`,
/// `Slice<StepBack<..>>`, or `Slice<DynStep>` for `{step}`.
fn step_record(nums: &Numbers, step: &Option<Num>) -> TokenStream {
    let p = p();
    let step = match step {
        None => 1,
        Some(n) => match n.literal() {
            Some(v) => v,
            None => return quote!(#p::Slice<#p::DynStep>),
        },
    };
    let mag = step.unsigned_abs();
    let div = if mag == 1 {
        quote!(#p::Step1)
    } else if mag.is_power_of_two() {
        let k = nums.uint(mag.trailing_zeros() as u64);
        quote!(#p::StepPow2<#k>)
    } else {
        let n = nums.uint(mag);
        quote!(#p::StepDiv<#n>)
    };
    if step > 0 {
        quote!(#p::Slice<#p::StepFwd<#div>>)
    } else {
        quote!(#p::Slice<#p::StepBack<#div>>)
    }
}
