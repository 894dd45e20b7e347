//! Literal numbers as typenum types, written out as bit trees so any size
//! works (typenum's `U..` aliases stop at 1024).

use proc_macro2::TokenStream;
use quote::quote;

/// `n` as `UInt<UInt<UTerm, B1>, B0>` (= 2), through the facade's re-exports.
pub fn uint(n: u64) -> TokenStream {
    if n == 0 {
        quote!(::ndview::__private::UTerm)
    } else {
        let high = uint(n >> 1);
        let bit = if n & 1 == 1 {
            quote!(::ndview::__private::B1)
        } else {
            quote!(::ndview::__private::B0)
        };
        quote!(::ndview::__private::UInt<#high, #bit>)
    }
}

#[cfg(test)]
mod tests {
    use super::uint;

    #[test]
    fn numbers_are_canonical_bit_trees() {
        assert_eq!(uint(0).to_string(), ":: ndview :: __private :: UTerm");
        let two = uint(2).to_string().replace(' ', "");
        assert_eq!(two, "::ndview::__private::UInt<::ndview::__private::UInt<::ndview::__private::UTerm,::ndview::__private::B1>,::ndview::__private::B0>");
    }
}
