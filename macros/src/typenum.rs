//! Literal numbers as typenum types. `named_uint` gives a short name for any
//! size (typenum's `U..` aliases stop at 1024; past 8192 a number is built
//! from named pieces), `canonical_tree` the same number with no type-level
//! arithmetic left to normalise.
//!
//! Inside an `nd!` expansion each distinct number is written once, as a local
//! alias `__NdU12`, and referred to by that name: the expansion stays small,
//! which keeps both the macro and rustc fast. [`Numbers`] is that context,
//! passed explicitly to whatever writes a number.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::cell::RefCell;
use std::collections::BTreeSet;

/// How an expansion writes numbers: through local aliases it collects
/// (`Numbers::aliasing`, then `defs` for the alias items), or as the type
/// itself (`Numbers::inline`).
pub struct Numbers {
    aliases: Option<RefCell<BTreeSet<u64>>>,
}

impl Numbers {
    /// Numbers as local aliases `__NdU12`, collected for `defs`.
    pub fn aliasing() -> Self {
        Numbers {
            aliases: Some(RefCell::new(BTreeSet::new())),
        }
    }

    /// Numbers written out with [`named_uint`], no alias.
    #[cfg(test)]
    pub fn inline() -> Self {
        Numbers { aliases: None }
    }

    /// `n` as a type: its local alias while collecting, else [`named_uint`].
    pub fn uint(&self, n: u64) -> TokenStream {
        match &self.aliases {
            Some(set) => {
                set.borrow_mut().insert(n);
                let name = format_ident!("__NdU{}", n);
                quote!(#name)
            }
            None => named_uint(n),
        }
    }

    /// The alias items for the numbers used so far, to put at the top of
    /// the expansion.
    pub fn defs(self) -> TokenStream {
        let set = self.aliases.map(RefCell::into_inner).unwrap_or_default();
        let defs = set.into_iter().map(|n| {
            let name = format_ident!("__NdU{}", n);
            let tree = canonical_tree(n);
            quote!(#[allow(non_camel_case_types, dead_code)] type #name = #tree;)
        });
        quote!(#(#defs)*)
    }
}

/// `n` as a short type: typenum's own alias up to 1024 (`U540`), the
/// runtime's up to 8192 (`U1080`), larger numbers as `high * 8192 + low`
/// over those names (`Big<U1, U7808>` is 16000).
/// The same canonical type as the full bit tree, but short to read, to
/// parse, and under clippy's `type_complexity` limit in users' annotations.
pub fn named_uint(n: u64) -> TokenStream {
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
    let high = named_uint(n >> 13);
    let low = named_uint(n & 8191);
    quote!(::ndview::__private::consts::Big<#high, #low>)
}

/// `n` with no type-level arithmetic left to normalise: a name up to 8192,
/// larger numbers as their low bits over a name (`UInt<U8000, B0>` is
/// 16000). Expansions use this form: inside their generic where-clauses a
/// projection such as `Big<..>` would not normalise before trait selection.
pub fn canonical_tree(n: u64) -> TokenStream {
    if n <= 8192 {
        return named_uint(n);
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

#[cfg(test)]
mod tests {
    use super::{full_tree, named_uint, Numbers};

    #[test]
    fn numbers_are_canonical_bit_trees() {
        assert_eq!(full_tree(0).to_string(), ":: ndview :: __private :: UTerm");
        let two = full_tree(2).to_string().replace(' ', "");
        assert_eq!(two, "::ndview::__private::UInt<::ndview::__private::UInt<::ndview::__private::UTerm,::ndview::__private::B1>,::ndview::__private::B0>");
    }

    #[test]
    fn large_numbers_put_their_low_bits_over_a_typenum_alias() {
        let small = named_uint(1024).to_string().replace(' ', "");
        assert_eq!(small, "::ndview::__private::typenum::consts::U1024");
        let named = named_uint(1080).to_string().replace(' ', "");
        assert_eq!(named, "::ndview::__private::consts::U1080");
        // 16000 = 1 * 8192 + 7808
        let big = named_uint(16000).to_string().replace(' ', "");
        assert_eq!(big, "::ndview::__private::consts::Big<::ndview::__private::typenum::consts::U1,::ndview::__private::consts::U7808>");
    }

    #[test]
    fn an_expansion_names_each_number_once() {
        let nums = Numbers::aliasing();
        let a = nums.uint(12);
        let b = nums.uint(12);
        let ty = quote::quote!((#a, #b));
        let defs = nums.defs();
        assert_eq!(ty.to_string(), "(__NdU12 , __NdU12)");
        assert_eq!(defs.to_string().matches("type __NdU12").count(), 1);
        // Outside an expansion, the tree itself.
        assert!(Numbers::inline().uint(3).to_string().contains("U3"));
    }
}
