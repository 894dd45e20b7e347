//! Where-clauses: the bounds that make every projection in an expansion's
//! types well-formed, and the bound that requires a shape map.

use super::p;
use crate::tokens::is_punct;
use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::quote;

/// The where-predicates that make every projection `<X as Tr<..>>::Out`
/// inside `ty` well-formed (`X: Tr<..>`), innermost first.
pub(super) fn wf_bounds(ty: &TokenStream) -> Vec<TokenStream> {
    let tokens: Vec<TokenTree> = ty.clone().into_iter().collect();
    let mut out = Vec::new();
    collect_wf(&tokens, &mut out);
    out
}

/// Every `<X as Trait<..>>::` in `tokens` gives the bound `X: Trait<..>`,
/// innermost first. A token scan, not a syn parse: the expansion's own
/// types have a simple, known form, and the macro runs unoptimised in users'
/// debug builds.
fn collect_wf(tokens: &[TokenTree], out: &mut Vec<TokenStream>) {
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                collect_wf(&inner, out);
                i += 1;
            }
            TokenTree::Punct(p) if p.as_char() == '<' => {
                let (mut depth, mut j, mut as_at) = (0usize, i, None);
                while j < tokens.len() {
                    let t = &tokens[j];
                    if is_punct(Some(t), '<') {
                        depth += 1;
                    } else if is_punct(Some(t), '>') {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    } else if depth == 1 && matches!(t, TokenTree::Ident(id) if id == "as") {
                        as_at.get_or_insert(j);
                    }
                    j += 1;
                }
                if j >= tokens.len() {
                    return;
                }
                match as_at {
                    // `as` right inside the brackets: a qualified path.
                    Some(a) => {
                        let (ty, tr) = (&tokens[i + 1..a], &tokens[a + 1..j]);
                        collect_wf(ty, out);
                        collect_wf(tr, out);
                        out.push(quote!(#(#ty)*: #(#tr)*));
                    }
                    None => collect_wf(&tokens[i + 1..j], out),
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
}

/// `bounds` plus what makes every projection in them and in `types` well-formed.
pub(super) fn fn_where(bounds: &[TokenStream], types: &[TokenStream]) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for t in types {
        out.extend(wf_bounds(t));
    }
    for b in bounds {
        out.extend(wf_bounds(b));
        out.push(b.clone());
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|b| seen.insert(b.to_string()));
    out
}

/// The bound that requires a shape map. Its parameter is the view's shape
/// in decimal digits, which the map's rank error prints as `{Shown}`.
pub(super) fn rank_bound(map: &Ident) -> TokenStream {
    let p = p();
    quote!(V::Shape: #map<<V::Shape as #p::RankDigits>::Out>)
}
