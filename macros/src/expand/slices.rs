//! The output length of one literal slice item, as a type-level
//! computation over the input dim (NumPy's clamping rules, all unsigned).

use super::p;
use crate::ast::Num;
use crate::typenum::Numbers;
use proc_macro2::TokenStream;
use quote::quote;

/// The type-level encoding of one literal slice item's output length, or
/// `None` to keep the dim unchanged (`:`, `::-1`).
pub(super) fn slice_len_type(
    nums: &Numbers,
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
    if let Some(ty) = slice_len_shortcut(nums, dim, start_v, stop_v, step) {
        return ty;
    }
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
    // `::s` and `::-s` take ceil(n / |s|) elements: one division, no clamping.
    if start_v.is_none() && stop_v.is_none() {
        return quote!(<#dim as #p::DimCeilDiv<#div>>::Out);
    }
    let from_start = |u: u64| {
        let u = nums.uint(u);
        quote!(#p::FromStart<#u>)
    };
    let from_end = |u: u64| {
        let u = nums.uint(u);
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
    nums: &Numbers,
    dim: &TokenStream,
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
) -> Option<TokenStream> {
    let p = p();
    let min = |k: u64| {
        let u = nums.uint(k);
        quote!(<#dim as #p::DimMin<#u>>::Out)
    };
    let sat_sub = |k: u64| {
        let u = nums.uint(k);
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
                    Some(nums.uint(0))
                } else {
                    let m = min(b as u64);
                    let u = nums.uint(a as u64);
                    Some(quote!(<#m as #p::DimSatSub<#u>>::Out))
                }
            }
            // `-k1:-k2`: min(n, k1) - k2, saturating; empty when k2 >= k1.
            (Some(a), Some(b)) if a < 0 && b < 0 => {
                let (k1, k2) = (a.unsigned_abs(), b.unsigned_abs());
                if k2 >= k1 {
                    Some(nums.uint(0))
                } else {
                    let m = min(k1);
                    let u = nums.uint(k2);
                    Some(quote!(<#m as #p::DimSatSub<#u>>::Out))
                }
            }
            _ => None,
        };
    }
    None
}
