//! Literal numbers as typenum types, written out as bit trees so any size
//! works (typenum's `U..` aliases stop at 1024).
//!
//! Inside an `nd!` expansion each distinct number is written once, as a local
//! alias `__NdU12`, and referred to by that name: the expansion stays small,
//! which keeps both the macro and rustc fast.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::cell::RefCell;
use std::collections::BTreeSet;

thread_local! {
    static ALIASES: RefCell<Option<BTreeSet<u64>>> = const { RefCell::new(None) };
}

/// `n` as a type: the bit tree `UInt<UInt<UTerm, B1>, B0>` (= 2), or its
/// local alias while an expansion collects aliases.
pub fn uint(n: u64) -> TokenStream {
    let aliased = ALIASES.with(|a| {
        a.borrow_mut().as_mut().map(|set| {
            set.insert(n);
        })
    });
    match aliased {
        Some(()) => {
            let name = format_ident!("__NdU{}", n);
            quote!(#name)
        }
        None => bit_tree(n),
    }
}

/// `n` as a short type: typenum's own alias up to 1024 (`U540`), the
/// runtime's up to 8192 (`U1080`), larger numbers as `high * 8192 + low`
/// over those names (`Big<U1, U7808>` is 16000).
/// The same canonical type as the full bit tree, but short to read, to
/// parse, and under clippy's `type_complexity` limit in users' annotations.
pub fn bit_tree(n: u64) -> TokenStream {
    if n <= 1024 {
        let alias = format_ident!("U{}", n);
        return quote!(::ndview::__private::typenum::consts::#alias);
    }
    if n <= 8192 {
        // the runtime names 1025..=8192 the same way
        let alias = format_ident!("U{}", n);
        return quote!(::ndview::__private::consts::#alias);
    }
    // n = high * 8192 + low, both named: a shallow type (clippy's
    // `type_complexity` counts nesting) that rustc reduces to the same
    // canonical bit tree.
    let high = bit_tree(n >> 13);
    let low = bit_tree(n & 8191);
    quote!(::ndview::__private::consts::Big<#high, #low>)
}

/// `n` with no type-level arithmetic left to normalise: a name up to 8192,
/// larger numbers as their low bits over a name (`UInt<U8000, B0>` is
/// 16000). Expansions use this form: inside their generic where-clauses a
/// projection such as `Big<..>` would not normalise before trait selection.
pub fn canonical_tree(n: u64) -> TokenStream {
    if n <= 8192 {
        return bit_tree(n);
    }
    let high = canonical_tree(n >> 1);
    let bit = low_bit(n);
    quote!(::ndview::__private::UInt<#high, #bit>)
}

/// `B1` or `B0`, the lowest bit of `n`.
fn low_bit(n: u64) -> TokenStream {
    if n & 1 == 1 {
        quote!(::ndview::__private::B1)
    } else {
        quote!(::ndview::__private::B0)
    }
}

/// The full bit tree of `n` (used by tests to check canonical forms).
#[cfg(test)]
fn full_tree(n: u64) -> TokenStream {
    if n == 0 {
        quote!(::ndview::__private::UTerm)
    } else {
        let high = full_tree(n >> 1);
        let bit = low_bit(n);
        quote!(::ndview::__private::UInt<#high, #bit>)
    }
}

/// Collect aliases for the numbers `f` uses; returns `f`'s result and the
/// alias items to put at the top of the expansion.
pub fn with_aliases<R>(f: impl FnOnce() -> R) -> (R, TokenStream) {
    ALIASES.with(|a| *a.borrow_mut() = Some(BTreeSet::new()));
    let r = f();
    let set = ALIASES.with(|a| a.borrow_mut().take()).unwrap_or_default();
    let defs = set.into_iter().map(|n| {
        let name = format_ident!("__NdU{}", n);
        let tree = canonical_tree(n);
        quote!(#[allow(non_camel_case_types, dead_code)] type #name = #tree;)
    });
    (r, quote!(#(#defs)*))
}

#[cfg(test)]
mod tests {
    use super::{bit_tree, full_tree, uint, with_aliases};

    #[test]
    fn numbers_are_canonical_bit_trees() {
        assert_eq!(full_tree(0).to_string(), ":: ndview :: __private :: UTerm");
        let two = full_tree(2).to_string().replace(' ', "");
        assert_eq!(two, "::ndview::__private::UInt<::ndview::__private::UInt<::ndview::__private::UTerm,::ndview::__private::B1>,::ndview::__private::B0>");
    }

    #[test]
    fn large_numbers_put_their_low_bits_over_a_typenum_alias() {
        let small = bit_tree(1024).to_string().replace(' ', "");
        assert_eq!(small, "::ndview::__private::typenum::consts::U1024");
        let named = bit_tree(1080).to_string().replace(' ', "");
        assert_eq!(named, "::ndview::__private::consts::U1080");
        // 16000 = 1 * 8192 + 7808
        let big = bit_tree(16000).to_string().replace(' ', "");
        assert_eq!(big, "::ndview::__private::consts::Big<::ndview::__private::typenum::consts::U1,::ndview::__private::consts::U7808>");
    }

    #[test]
    fn an_expansion_names_each_number_once() {
        let (ty, defs) = with_aliases(|| {
            let a = uint(12);
            let b = uint(12);
            quote::quote!((#a, #b))
        });
        assert_eq!(ty.to_string(), "(__NdU12 , __NdU12)");
        assert_eq!(defs.to_string().matches("type __NdU12").count(), 1);
        // Outside an expansion, the tree itself.
        assert!(uint(3).to_string().contains("U3"));
    }
}
