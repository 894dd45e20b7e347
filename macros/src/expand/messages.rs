//! Per-call-site error messages: the marker traits whose
//! `#[diagnostic::on_unimplemented]` text names this call's numbers, and the
//! numbers as the user wrote them.

use super::{p, Ctx};
use crate::ast::Num;
use crate::tokens::tidy;
use proc_macro2::Ident;
use quote::quote;

impl Ctx<'_> {
    /// A marker trait implemented only for `B1`, whose message fires when a
    /// type-level check answers `B0`. `N` (when given) is shown in the message.
    pub(super) fn check_trait(
        &mut self,
        name: &Ident,
        message: &str,
        label: &str,
        note: &str,
        with_param: bool,
    ) {
        let p = p();
        let note = if note.is_empty() {
            quote!()
        } else {
            quote!(, note = #note)
        };
        if with_param {
            self.items.push(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label #note)]
                trait #name<N> {}
                #[diagnostic::do_not_recommend]
                impl<N> #name<N> for #p::B1 {}
            });
        } else {
            self.items.push(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label #note)]
                trait #name {}
                #[diagnostic::do_not_recommend]
                impl #name for #p::B1 {}
            });
        }
    }
}

/// Numbers as the user wrote them, for messages: `5, -1, {n}`.
pub(super) fn nums_text(nums: &[Num]) -> String {
    nums.iter()
        .map(|d| match d {
            Num::Lit { value, .. } => value.to_string(),
            Num::Expr { tokens, .. } => format!("{{{}}}", tidy(&tokens.to_string())),
            Num::Derived { text, .. } => text.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn args_text(args: &[i64]) -> String {
    args.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
