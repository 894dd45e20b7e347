//! Small helpers over token trees and their text, shared by the parser, the
//! checks and the expansion's messages.

use proc_macro2::TokenTree;

/// Whether `t` is the punctuation `c`.
pub fn is_punct(t: Option<&TokenTree>, c: char) -> bool {
    matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// Collapse the spacing `to_string` puts into tokens (`1 : : 2` -> `1::2`).
pub fn tidy(s: &str) -> String {
    let mut out = String::new();
    for part in s.split_whitespace() {
        let glue = part == ","
            || out.ends_with(':')
            || out.ends_with('-') && !out.ends_with(", -")
            || out.ends_with('.')
            || out.ends_with('(')
            || out.ends_with('[')
            || part.starts_with(':')
            || part.starts_with('.')
            || part.starts_with(')')
            || part.starts_with(']')
            || out.is_empty();
        if !glue {
            out.push(' ');
        }
        out.push_str(part);
    }
    out.replace(",", ", ").replace(",  ", ", ")
}
