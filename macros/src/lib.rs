//! The `nd!` mini-language of [ndview](https://docs.rs/ndview): NumPy's basic
//! indexing and view operations, with shapes checked at compile time.
//!
//! Use it through the `ndview` crate (`use ndview::prelude::*;`); the
//! expansions name `::ndview::__private`.
//!
//! The crate is split as thiserror's is: `parse` turns tokens into the
//! syntax tree of `ast` (checking what the tokens alone decide, in
//! `valid`), `expand` turns a valid tree into Rust.

use proc_macro::TokenStream;

pub(crate) mod ast;
mod expand;
#[cfg(test)]
mod fuzz_tests;
mod parse;
mod typenum;
mod valid;

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
    match parse::parse_shape(input.into()) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn run(input: proc_macro2::TokenStream, try_mode: bool) -> proc_macro2::TokenStream {
    match parse::parse_invocation(input) {
        Ok(inv) => expand::expand(&inv, try_mode),
        Err(e) => e.to_compile_error(),
    }
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
            ("a.transpose(2, 0, 1)", 340),
            ("a.T", 60),
            ("a[..., None].swapaxes(0, -1)", 1650),
        ];
        for (src, budget) in cases {
            let ts: proc_macro2::TokenStream = src.parse().unwrap();
            let start = std::time::Instant::now();
            let inv = crate::parse::parse_invocation(ts).unwrap();
            let tokens = count(crate::expand::expand(&inv, false));
            println!("{src:32} {tokens:5} tokens, {:?}", start.elapsed());
            assert!(
                tokens <= budget,
                "nd!({src}) expands to {tokens} tokens, budget {budget}"
            );
        }
    }
}
