//! The macro never panics: random token trees and mutations of valid `nd!`
//! and `shape!` inputs go through the parser and, when it accepts them, the
//! expansion. Each must return (`Ok` tokens that parse as a Rust expression
//! or type, or a `syn::Error` with an `nd!:`/`shape!:` message), never panic.
//!
//! proc_macro2 runs on its fallback implementation outside a proc-macro
//! context, so these are plain unit tests.

use crate::ast::{IndexItem, Invocation, Num, OpKind, Postfix};
use crate::expand::expand;
// The whole pipeline: parse, then the checks of `valid`.
use crate::{invocation as parse_invocation, shape_type as parse_shape};
use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use proptest::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;

/// Single tokens to build inputs from: the language's own words, numbers of
/// every kind (huge, negative zero, floats, suffixed, `i64::MIN` spelled as
/// a path and as digits), and punctuation that does not belong.
const ATOMS: &[&str] = &[
    "a",
    "b",
    "mut",
    "None",
    "newaxis",
    "T",
    "axis",
    "Dyn",
    "reshape",
    "transpose",
    "swapaxes",
    "moveaxis",
    "squeeze",
    "expand_dims",
    "flip",
    "ravel",
    "copy",
    "flatten",
    "take",
    "unknown",
    "self",
    "crate",
    "_",
    "0",
    "1",
    "2",
    "3",
    "7",
    "-1",
    "-0",
    "- 0",
    "-3",
    "8",
    "9",
    "64",
    "99999999999999999999999",
    "-99999999999999999999999",
    "18446744073709551615",
    "18446744073709551616",
    "9223372036854775807",
    "-9223372036854775808",
    "4611686018427387904",
    "i64::MIN",
    "i64 :: MAX",
    "usize::MAX",
    "1.5",
    "-2.5",
    "1e3",
    "0.0",
    "1f32",
    "0x10",
    "0b11",
    "0o7",
    "1_000",
    "3usize",
    "3u8",
    "3i128",
    "'c'",
    "\"s\"",
    "b'x'",
    "true",
    ":",
    "::",
    ",",
    ".",
    "..",
    "...",
    "..=",
    "-",
    "+",
    "*",
    "&",
    "&&",
    "=",
    "==",
    "!",
    "?",
    ";",
    "#",
    "@",
    "$",
    "|",
    "<",
    ">",
    "->",
    "=>",
    "/",
    "%",
    "^",
    "~",
];

/// Inputs `nd!` accepts (each is parsed and expanded in a test below).
const VALID: &[&str] = &[
    "a[1, 3]",
    "a[1:, ::2]",
    "a[-1]",
    "a[20:-20:-3]",
    "a[::-1, ..., None]",
    "a[1..3, ..]",
    "a[newaxis, 2:, :-1:2]",
    "a.reshape(6, 2)",
    "a.reshape(2, -1, 3)",
    "a.reshape({n}, -1)",
    "a.transpose(1, 0)",
    "a.transpose(2, 0, -2)",
    "a.T",
    "a.transpose()",
    "a.swapaxes(0, -1)",
    "a.moveaxis(0, 2)",
    "a.squeeze()",
    "a.squeeze(1)",
    "a.expand_dims(-1)",
    "a.flip(0)",
    "a.ravel()",
    "a.copy()",
    "a.copy().ravel()",
    "a.flatten()",
    "a.take([2, 7, 11])",
    "a.take([0, -1], axis = 1)",
    "mut a[0, ..., 1:3]",
    "(x.y)[{i}:{j}:{k}]",
    "{v}[{i}]",
    "m::A[1:3].T.reshape(2, -1)[..., 0]",
    "a[1:3][0].flip(0).expand_dims(0).squeeze(0)",
    "a.rearrange(\"b c (h p) (w q) -> b h w (p q c)\", p = 16, q = {q})",
    "a.rearrange(\"b ... 1 c -> b c () ...\")",
    "a.copy().rearrange(\"(a b) c -> a (b c)\", b = 2)",
];

/// Valid `shape!` inputs.
const VALID_SHAPES: &[&str] = &[
    "3, 4",
    "",
    "Dyn, 4",
    "1080, 1920, 3",
    "1, 1, 1, 1, 1, 1, 1, 1",
    "0",
];

/// Run `nd!`/`try_nd!` on `input`; `Err` with a description if it panicked
/// or produced something unexpected.
///
/// The `nd!` expansion must parse as an expression. (The `try_nd!` one is
/// only expanded: its `break '__nd ::core::...` is valid Rust that syn 2
/// reads as a labeled block and rejects, while rustc accepts it.)
fn run_nd(input: &TokenStream) -> Result<(), String> {
    for try_mode in [false, true] {
        let input = input.clone();
        let outcome = catch_unwind(AssertUnwindSafe(move || match parse_invocation(input) {
            Ok(inv) => {
                let out = expand(&inv, try_mode);
                if try_mode || !user_expressions_parse(&inv) {
                    // The user's own malformed expression is pasted as written;
                    // rustc reports it at the user's tokens.
                    return Ok(());
                }
                syn::parse2::<syn::Expr>(out.clone())
                    .map(|_| ())
                    .map_err(|e| format!("the expansion is not an expression ({e}): {out}"))
            }
            Err(e) => check_error(&e, "nd!:"),
        }));
        match outcome {
            Ok(result) => result?,
            Err(_) => return Err("panicked".to_string()),
        }
    }
    Ok(())
}

/// Whether the Rust code the user embedded (the source expression, the
/// block bodies of `{...}` numbers) is itself valid.
fn user_expressions_parse(inv: &Invocation) -> bool {
    let mut nums: Vec<&Num> = Vec::new();
    for post in &inv.postfix {
        match post {
            Postfix::Index(list) => {
                for item in &list.items {
                    match item {
                        IndexItem::Int(n) => nums.push(n),
                        IndexItem::Slice { start, stop, step } => {
                            nums.extend([start, stop, step].into_iter().flatten())
                        }
                        _ => {}
                    }
                }
            }
            Postfix::Op(op) => match &op.kind {
                OpKind::Reshape(v)
                | OpKind::BroadcastTo(v)
                | OpKind::SlidingWindowView { window: v, .. } => nums.extend(v),
                OpKind::Take { indices, .. } => nums.extend(indices),
                OpKind::Rearrange(r) => nums.extend(r.sizes.iter().map(|s| &s.value)),
                _ => {}
            },
        }
    }
    let is_expr = |ts: &TokenStream| syn::parse2::<syn::Expr>(ts.clone()).is_ok();
    // `{...}` holds a block body (`{ let i = 1; i }` is allowed).
    let is_block = |ts: &TokenStream| syn::parse2::<syn::Block>(quote::quote!({ #ts })).is_ok();
    is_expr(&inv.source)
        && nums.iter().all(|n| match n {
            Num::Expr { tokens, .. } => is_block(tokens),
            Num::Lit { .. } | Num::Derived { .. } => true,
        })
}

fn run_shape(input: &TokenStream) -> Result<(), String> {
    let input = input.clone();
    let outcome = catch_unwind(AssertUnwindSafe(move || match parse_shape(input) {
        Ok(out) => syn::parse2::<syn::Type>(out.clone())
            .map(|_| ())
            .map_err(|e| format!("shape! output is not a type ({e}): {out}")),
        Err(e) => check_error(&e, "shape!:"),
    }));
    outcome.unwrap_or_else(|_| Err("panicked".to_string()))
}

/// An error is a `syn::Error` whose message says which macro refused what,
/// and that turns into a `compile_error!` invocation.
fn check_error(e: &syn::Error, prefix: &str) -> Result<(), String> {
    let msg = e.to_string();
    if !msg.starts_with(prefix) && !msg.starts_with("nd!:") {
        return Err(format!(
            "error message without the `{prefix}` prefix: {msg}"
        ));
    }
    let ce = e.to_compile_error().to_string();
    if !ce.contains("compile_error") {
        return Err(format!("not a compile_error!: {ce}"));
    }
    Ok(())
}

/// A token tree as an editable structure.
#[derive(Clone, Debug)]
enum Node {
    Leaf(TokenTree),
    Group(Delimiter, Vec<Node>),
}

fn to_nodes(ts: TokenStream) -> Vec<Node> {
    ts.into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => Node::Group(g.delimiter(), to_nodes(g.stream())),
            other => Node::Leaf(other),
        })
        .collect()
}

fn to_stream(nodes: &[Node]) -> TokenStream {
    nodes
        .iter()
        .map(|n| match n {
            Node::Leaf(t) => t.clone(),
            Node::Group(d, inner) => TokenTree::Group(Group::new(*d, to_stream(inner))),
        })
        .collect()
}

/// Number of token lists (the top level and every group's contents).
fn lists(nodes: &[Node]) -> usize {
    1 + nodes
        .iter()
        .map(|n| match n {
            Node::Group(_, inner) => lists(inner),
            Node::Leaf(_) => 0,
        })
        .sum::<usize>()
}

/// The `target`-th token list, depth first (`*seen` counts lists passed).
fn list_mut<'a>(
    nodes: &'a mut Vec<Node>,
    target: usize,
    seen: &mut usize,
) -> Option<&'a mut Vec<Node>> {
    if *seen == target {
        return Some(nodes);
    }
    *seen += 1;
    for n in nodes.iter_mut() {
        if let Node::Group(_, inner) = n {
            if let Some(found) = list_mut(inner, target, seen) {
                return Some(found);
            }
        }
    }
    None
}

fn atom(k: usize) -> Vec<Node> {
    to_nodes(TokenStream::from_str(ATOMS[k % ATOMS.len()]).expect("atoms lex"))
}

/// One edit of a token list: drop, insert, replace, duplicate, swap, wrap
/// in a group, or unwrap a group.
fn mutate(nodes: &mut Vec<Node>, (kind, which, pos, pick): (u8, usize, usize, usize)) {
    let total = lists(nodes);
    let mut seen = 0;
    let Some(list) = list_mut(nodes, which % total, &mut seen) else {
        return;
    };
    let len = list.len();
    let at = if len == 0 { 0 } else { pos % len };
    match kind % 7 {
        0 if len > 0 => {
            list.remove(at);
        }
        1 => {
            let at = pos % (len + 1);
            for (j, n) in atom(pick).into_iter().enumerate() {
                list.insert(at + j, n);
            }
        }
        2 if len > 0 => {
            list.remove(at);
            for (j, n) in atom(pick).into_iter().enumerate() {
                list.insert(at + j, n);
            }
        }
        3 if len > 0 => {
            let n = list[at].clone();
            list.insert(at, n);
        }
        4 if len > 1 => list.swap(at, (at + 1) % len),
        5 if len > 0 => {
            let delim = [Delimiter::Bracket, Delimiter::Parenthesis, Delimiter::Brace][pick % 3];
            let end = (at + 1 + pick % 3).min(len);
            let inner: Vec<Node> = list.drain(at..end).collect();
            list.insert(at, Node::Group(delim, inner));
        }
        6 if len > 0 => {
            if let Node::Group(_, inner) = list[at].clone() {
                list.remove(at);
                for (j, n) in inner.into_iter().enumerate() {
                    list.insert(at + j, n);
                }
            }
        }
        _ => {}
    }
}

/// A random token tree as source text, built from atoms and groups.
fn tree_text() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(ATOMS).prop_map(str::to_string);
    leaf.prop_recursive(4, 48, 6, |inner| {
        (0..3usize, prop::collection::vec(inner, 0..6)).prop_map(|(d, xs)| {
            let (open, close) = [("[", "]"), ("(", ")"), ("{", "}")][d];
            format!("{open}{}{close}", xs.join(" "))
        })
    })
}

type Edit = (u8, usize, usize, usize);

/// Runs `f` on a thread with a large stack: syn's recursive descent over the
/// expansion's type-level numbers (62 nested `UInt<..>` for a 62-bit
/// literal) needs more than a test thread's 2 MiB in a debug build. The
/// macro itself runs inside rustc, whose stack grows on demand.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn a test thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

fn runner(cases: u32) -> proptest::test_runner::TestRunner {
    proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(cases))
}

/// Arbitrary token soup: `Ok` or a spanned `syn::Error`, never a panic.
#[test]
fn random_token_trees_never_panic() {
    on_big_stack(|| {
        let strategy = prop::collection::vec(tree_text(), 0..8);
        runner(3000)
            .run(&strategy, |parts| {
                let text = parts.join(" ");
                let ts = TokenStream::from_str(&text).expect("atoms and groups always lex");
                prop_assert_eq!(run_nd(&ts), Ok(()), "nd!({})", text);
                prop_assert_eq!(run_shape(&ts), Ok(()), "shape![{}]", text);
                Ok(())
            })
            .unwrap();
    });
}

/// Valid inputs with tokens dropped, inserted (huge literals, `-0`,
/// floats, `i64::MIN`, stray punctuation), replaced, duplicated, swapped,
/// wrapped in groups or unwrapped.
#[test]
fn mutated_valid_inputs_never_panic() {
    on_big_stack(|| {
        let strategy = (0..VALID.len(), prop::collection::vec(any::<Edit>(), 1..5));
        runner(4000)
            .run(&strategy, |(which, edits)| {
                let mut nodes = to_nodes(TokenStream::from_str(VALID[which]).unwrap());
                for e in edits {
                    mutate(&mut nodes, e);
                }
                let ts = to_stream(&nodes);
                prop_assert_eq!(run_nd(&ts), Ok(()), "nd!({})", ts);
                Ok(())
            })
            .unwrap();
    });
}

/// The same for `shape![...]`.
#[test]
fn mutated_shapes_never_panic() {
    on_big_stack(|| {
        let strategy = (
            0..VALID_SHAPES.len(),
            prop::collection::vec(any::<Edit>(), 1..4),
        );
        runner(2000)
            .run(&strategy, |(which, edits)| {
                let mut nodes = to_nodes(TokenStream::from_str(VALID_SHAPES[which]).unwrap());
                for e in edits {
                    mutate(&mut nodes, e);
                }
                let ts = to_stream(&nodes);
                prop_assert_eq!(run_shape(&ts), Ok(()), "shape![{}]", ts);
                Ok(())
            })
            .unwrap();
    });
}

/// The corpus the mutations start from is accepted and expands to an expression.
#[test]
fn every_valid_corpus_input_expands_to_an_expression() {
    on_big_stack(every_valid_corpus_input_expands);
}

fn every_valid_corpus_input_expands() {
    for src in VALID {
        let ts = TokenStream::from_str(src).unwrap();
        assert!(
            parse_invocation(ts.clone()).is_ok(),
            "nd!({src}) should parse"
        );
        assert_eq!(run_nd(&ts), Ok(()), "nd!({src})");
    }
    for src in VALID_SHAPES {
        let ts = TokenStream::from_str(src).unwrap();
        assert!(
            parse_shape(ts.clone()).is_ok(),
            "shape![{src}] should parse"
        );
    }
}

/// Literal edge cases, one by one, in every position a number can take.
#[test]
fn extreme_literals_in_every_number_position_are_errors_or_expansions() {
    on_big_stack(extreme_literals);
}

fn extreme_literals() {
    let numbers = [
        "99999999999999999999999",
        "18446744073709551616",
        "9223372036854775807",
        "-9223372036854775808",
        "4611686018427387904",
        "-4611686018427387903",
        "i64::MIN",
        "-0",
        "0",
        "1.5",
        "1e3",
        "0x7fffffffffffffff",
        "3u8",
        "-{i}",
    ];
    let templates = [
        "a[N]",
        "a[N:]",
        "a[:N]",
        "a[::N]",
        "a[N:N:N]",
        "a[N..N]",
        "a.reshape(N, -1)",
        "a.reshape(N, N)",
        "a.transpose(N, 0)",
        "a.swapaxes(N, 0)",
        "a.moveaxis(0, N)",
        "a.squeeze(N)",
        "a.expand_dims(N)",
        "a.flip(N)",
        "a.take([N])",
        "a.take([0], axis = N)",
    ];
    for t in templates {
        for n in numbers {
            let src = t.replace('N', n);
            let ts = TokenStream::from_str(&src).unwrap();
            assert_eq!(run_nd(&ts), Ok(()), "nd!({src})");
        }
    }
    for n in numbers {
        for src in [n.to_string(), format!("3, {n}"), format!("{n}, {n}, {n}")] {
            let ts = TokenStream::from_str(&src).unwrap();
            assert_eq!(run_shape(&ts), Ok(()), "shape![{src}]");
        }
    }
}
