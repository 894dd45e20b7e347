//! The `nd!` mini-language of [ndview](https://docs.rs/ndview): NumPy's basic
//! indexing and view operations, with shapes checked at compile time.
//!
//! Use it through the `ndview` crate (`use ndview::prelude::*;`); the
//! expansions name `::ndview::__private`.
//!
//! The crate is split as thiserror's is, one job per module: `parse` turns
//! tokens into the syntax tree of `ast` (nothing else), `valid` checks what
//! the tokens alone decide, `expand` turns a valid tree into Rust (a folder,
//! one file per job). `typenum` writes numbers as types, `tokens` holds
//! small token and text helpers. `nd!`, `try_nd!` and `shape!` all take
//! that one path (`invocation` then `expand::expand`, or `shape_type`).

use proc_macro::TokenStream;

pub(crate) mod ast;
mod expand;
#[cfg(test)]
mod fuzz_tests;
mod parse;
mod rearrange;
mod tokens;
mod typenum;
mod valid;

/// The largest rank the expansions handle; the runtime's `MAX_RANK` is the
/// same number (the facade's `rank_limit` test checks it through
/// [`__max_rank!`](macro@__max_rank)).
pub(crate) const MAX_RANK: usize = 16;

/// Evaluate an `nd!` expression: a view, an owned array, or `&T`.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// assert_eq!(*nd!(a[1, 3]), 7);
/// assert_eq!(nd!(a[1:, ::2]).to_vec(), vec![4, 6, 8, 10]);
/// ```
#[proc_macro]
pub fn nd(input: TokenStream) -> TokenStream {
    run(input.into(), false).into()
}

/// Like `nd!`, but run-time failures are `Err(ShapeError)` instead of panics.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let i = 7;
/// assert_eq!(try_nd!(a[{i}]).unwrap_err().to_string(), "index 7 is out of bounds for axis 0 with size 3");
/// ```
#[proc_macro]
pub fn try_nd(input: TokenStream) -> TokenStream {
    run(input.into(), true).into()
}

/// A shape type: `shape![3, 4]`, `shape![Dyn, 4]`, `shape![]`.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<u8, shape![1080, 1920, 3]>::zeros();
/// assert_eq!(a.shape(), &[1080, 1920, 3]);
/// ```
#[proc_macro]
pub fn shape(input: TokenStream) -> TokenStream {
    match shape_type(input.into()) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// The rank limit of the expansions, as a `usize` literal (for the test
/// that it equals the runtime's `MAX_RANK`).
#[doc(hidden)]
#[proc_macro]
pub fn __max_rank(_input: TokenStream) -> TokenStream {
    let n = proc_macro2::Literal::usize_suffixed(MAX_RANK);
    TokenStream::from(proc_macro2::TokenStream::from(
        proc_macro2::TokenTree::Literal(n),
    ))
}

fn run(input: proc_macro2::TokenStream, try_mode: bool) -> proc_macro2::TokenStream {
    match invocation(input) {
        Ok(inv) => expand::expand(&inv, try_mode),
        Err(e) => e.to_compile_error(),
    }
}

/// The input of `nd!` / `try_nd!` as a checked syntax tree.
fn invocation(input: proc_macro2::TokenStream) -> syn::Result<ast::Invocation> {
    let inv = parse::parse_invocation(input)?;
    valid::check_invocation(&inv)?;
    Ok(inv)
}

/// The input of `shape!` as the tuple type of its dims.
fn shape_type(input: proc_macro2::TokenStream) -> syn::Result<proc_macro2::TokenStream> {
    let spec = parse::parse_shape(input)?;
    valid::check_shape(&spec)?;
    Ok(expand::shape(&spec))
}

#[cfg(test)]
mod expansion_size {
    fn count(ts: proc_macro2::TokenStream) -> usize {
        ts.into_iter()
            .map(|t| match t {
                proc_macro2::TokenTree::Group(g) => 1 + count(g.stream()),
                _ => 1,
            })
            .sum()
    }

    /// Expansions stay small: rustc's time per `nd!` grows with what it has
    /// to parse and check, so a change that bloats them shows up here (as a
    /// count, not a timing). `cargo test -p ndview-macros expansion -- --nocapture`
    /// also prints the macro's own time per expansion in a debug build.
    #[test]
    fn expansions_stay_within_their_token_budget() {
        let cases = [
            // about 1.3x what they were when this test was written
            ("a[1:, ::2, 3]", 1150),
            ("a[1, 2, 3]", 1450),
            ("a.reshape(2, -1)", 750),
            // + the op recorded in the layout (`Permuted<(P2, P0, P1)>`), so
            // a later reshape is decided exactly: 260 -> 345 tokens
            ("a.transpose(2, 0, 1)", 380),
            ("a.T", 60),
            ("a[..., None].swapaxes(0, -1)", 1650),
        ];
        for (src, budget) in cases {
            let ts: proc_macro2::TokenStream = src.parse().unwrap();
            let start = std::time::Instant::now();
            let inv = crate::invocation(ts).unwrap();
            let tokens = count(crate::expand::expand(&inv, false));
            println!("{src:32} {tokens:5} tokens, {:?}", start.elapsed());
            assert!(
                tokens <= budget,
                "nd!({src}) expands to {tokens} tokens, budget {budget}"
            );
        }
    }
}
