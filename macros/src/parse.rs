//! Tokens to the syntax tree of [`crate::ast`]: plain functions, so tests can
//! call them directly. The parser reads the grammar and nothing more (input
//! that is not `nd!`/`shape!` syntax is a `syn::Error` on the offending
//! token, with what was expected); whether a well-formed tree makes sense is
//! `valid`'s question. It never panics.

use crate::ast::*;
use crate::tokens::{is_punct, tidy};
use proc_macro2::{Delimiter, Group, Spacing, Span, TokenStream, TokenTree};
use syn::{Error, Result};

/// Parse the input of `nd!` / `try_nd!`.
pub fn parse_invocation(input: TokenStream) -> Result<Invocation> {
    let mut tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut pos = 0;
    let mut mutable = false;
    if let Some(TokenTree::Ident(id)) = tokens.first() {
        if id == "mut" {
            mutable = true;
            pos = 1;
        }
    }
    // A source from a `macro_rules!` fragment (`$e:expr`) arrives in an
    // invisible group: read it as `(expr)`, keeping its precedence.
    if let Some(TokenTree::Group(g)) = tokens.get(pos) {
        if g.delimiter() == Delimiter::None {
            let mut paren = Group::new(Delimiter::Parenthesis, g.stream());
            paren.set_span(g.span());
            tokens[pos] = TokenTree::Group(paren);
        }
    }
    let rest = see_through(tokens.split_off((pos + 1).min(tokens.len())));
    tokens.extend(rest);
    let (source, source_span, next) = parse_source(&tokens, pos)?;
    let mut postfix = Vec::new();
    let mut pos = next;
    while pos < tokens.len() {
        let (p, next) = parse_postfix(&tokens, pos)?;
        postfix.push(p);
        pos = next;
    }
    Ok(Invocation {
        mutable,
        source,
        source_span,
        postfix,
    })
}

/// Splice in the invisible groups that `macro_rules!` fragments arrive in
/// (`$n:literal` in `nd!(a[$n])` or `shape![$n]`), so the grammar sees the
/// number itself; inside index brackets and op parentheses too, but not
/// inside `{expr}`, which is Rust's to read.
fn see_through(tokens: Vec<TokenTree>) -> Vec<TokenTree> {
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        match t {
            TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
                out.extend(see_through(g.stream().into_iter().collect()));
            }
            TokenTree::Group(g) if g.delimiter() != Delimiter::Brace => {
                let inner: TokenStream = see_through(g.stream().into_iter().collect())
                    .into_iter()
                    .collect();
                let mut new = Group::new(g.delimiter(), inner);
                new.set_span(g.span());
                out.push(TokenTree::Group(new));
            }
            t => out.push(t),
        }
    }
    out
}

fn is_joint_colons(tokens: &[TokenTree], pos: usize) -> bool {
    matches!(tokens.get(pos), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Joint)
        && is_punct(tokens.get(pos + 1), ':')
}

const SOURCE_HELP: &str =
    "nd!: expected the source array: a name (`a`), a path (`m::A`), `(expr)` or `{expr}`";

fn parse_source(tokens: &[TokenTree], pos: usize) -> Result<(TokenStream, Span, usize)> {
    match tokens.get(pos) {
        None => Err(Error::new(Span::call_site(), SOURCE_HELP)),
        Some(TokenTree::Group(g))
            if matches!(g.delimiter(), Delimiter::Parenthesis | Delimiter::Brace) =>
        {
            if g.stream().is_empty() {
                return Err(Error::new(g.span(), "nd!: the source expression is empty"));
            }
            Ok((TokenStream::from(TokenTree::Group(g.clone())), g.span(), pos + 1))
        }
        Some(TokenTree::Ident(first)) => {
            let mut end = pos + 1;
            while is_joint_colons(tokens, end) && matches!(tokens.get(end + 2), Some(TokenTree::Ident(_))) {
                end += 3;
            }
            let ts: TokenStream = tokens[pos..end].iter().cloned().collect();
            let span = first.span().join(tokens[end - 1].span()).unwrap_or(first.span());
            Ok((ts, span, end))
        }
        Some(TokenTree::Punct(p)) if p.as_char() == '&' => Err(Error::new(
            p.span(),
            "nd!: write a reference source in parentheses: `nd!((&a)[1:])`, or just the name: `nd!(a[1:])`",
        )),
        Some(other) => Err(Error::new(other.span(), SOURCE_HELP)),
    }
}

fn parse_postfix(tokens: &[TokenTree], pos: usize) -> Result<(Postfix, usize)> {
    match &tokens[pos] {
        TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket => {
            let items = parse_index_items(g.stream(), g.span())?;
            Ok((
                Postfix::Index(IndexList {
                    span: g.span(),
                    text: tidy(&g.stream().to_string()),
                    items,
                }),
                pos + 1,
            ))
        }
        TokenTree::Punct(p) if p.as_char() == '.' => {
            let Some(TokenTree::Ident(name)) = tokens.get(pos + 1) else {
                return Err(Error::new(
                    tokens.get(pos + 1).map_or(p.span(), TokenTree::span),
                    "nd!: expected an operation name after `.`, e.g. `.reshape(2, 6)`, `.transpose(1, 0)`, `.T`",
                ));
            };
            let name_str = name.to_string();
            if name_str == "T" {
                if let Some(TokenTree::Group(g)) = tokens.get(pos + 2) {
                    if g.delimiter() == Delimiter::Parenthesis {
                        return Err(Error::new(
                            g.span(),
                            "nd!: `.T` takes no parentheses (or write `.transpose()`)",
                        ));
                    }
                }
                return Ok((
                    Postfix::Op(Op {
                        full_span: name.span(),
                        args_span: name.span(),
                        kind: OpKind::Reverse,
                    }),
                    pos + 2,
                ));
            }
            let Some(TokenTree::Group(args)) = tokens.get(pos + 2) else {
                return Err(Error::new(
                    name.span(),
                    format!("nd!: expected `(...)` after `.{name_str}`"),
                ));
            };
            if args.delimiter() != Delimiter::Parenthesis {
                return Err(Error::new(
                    args.span(),
                    format!("nd!: expected `(...)` after `.{name_str}`"),
                ));
            }
            let full_span = name.span().join(args.span()).unwrap_or(name.span());
            let kind = parse_op(&name_str, name.span(), args.stream(), args.span())?;
            let args_span = args.span();
            Ok((
                Postfix::Op(Op {
                    full_span,
                    args_span,
                    kind,
                }),
                pos + 3,
            ))
        }
        other => Err(Error::new(
            other.span(),
            "nd!: expected `[index]`, `.op(args)` or `.T` after the source",
        )),
    }
}

/// Split a token stream at top-level commas.
fn split_commas(ts: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut out = vec![Vec::new()];
    for t in ts {
        if matches!(&t, TokenTree::Punct(p) if p.as_char() == ',') {
            out.push(Vec::new());
        } else if let Some(last) = out.last_mut() {
            last.push(t);
        }
    }
    // A trailing comma leaves an empty last group.
    if out.len() > 1 && out.last().is_some_and(Vec::is_empty) {
        out.pop();
    }
    if out.len() == 1 && out[0].is_empty() {
        out.clear();
    }
    out
}

fn span_of(tokens: &[TokenTree], fallback: Span) -> Span {
    match (tokens.first(), tokens.last()) {
        (Some(a), Some(b)) => a.span().join(b.span()).unwrap_or(a.span()),
        _ => fallback,
    }
}

fn parse_index_items(ts: TokenStream, span: Span) -> Result<Vec<IndexItem>> {
    let groups = split_commas(ts);
    if groups.is_empty() {
        return Err(Error::new(
            span,
            "nd!: empty index `[]`; write `[...]` or `[:]` for the whole view",
        ));
    }
    let mut items = Vec::with_capacity(groups.len());
    for (k, g) in groups.iter().enumerate() {
        if g.is_empty() {
            return Err(Error::new(span, format!("nd!: index item {k} is empty")));
        }
        if let Some(list) = bracket_list(g) {
            return Err(fancy_index_error(&groups, k, list));
        }
        items.push(parse_index_item(g)?);
    }
    Ok(items)
}

/// The list of a fancy index item `[2, 7, 11]`, if `tokens` is one.
fn bracket_list(tokens: &[TokenTree]) -> Option<&proc_macro2::Group> {
    match tokens {
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::Bracket => Some(g),
        _ => None,
    }
}

/// Fancy indexing copies, so it is refused with the explicit `.take(...)`
/// that does the same: for `a[1:, [0, 2]]`, `a[1:, :].take([0, 2], axis = 1)`.
fn fancy_index_error(groups: &[Vec<TokenTree>], k: usize, list: &proc_macro2::Group) -> Error {
    let text = |ts: &[TokenTree]| tidy(&ts.iter().cloned().collect::<TokenStream>().to_string());
    let list_text = format!("[{}]", text(&list.stream().into_iter().collect::<Vec<_>>()));
    let lead = "nd!: fancy indexing with a list copies the elements, so nd! does not do it implicitly; write the copy explicitly";
    let msg = if groups.len() == 1 {
        format!(
            "{lead}: `.take({list_text})` picks from the flattened view; \
             `.take({list_text}, axis = 0)` picks along the first axis (NumPy's meaning of a list index)"
        )
    } else if groups.iter().filter(|g| bracket_list(g).is_some()).count() > 1 {
        format!("{lead}, one axis at a time: `.take({list_text}, axis = ...)`")
    } else {
        // The list's axis after indexing with `:` in its place: integers drop
        // their axis, `None` adds one; past a `...`, count from the end.
        let kind = |g: &Vec<TokenTree>| parse_index_item(g).ok();
        let makes_axis = |g: &Vec<TokenTree>| {
            !matches!(kind(g), Some(IndexItem::Int(_) | IndexItem::Ellipsis(_)))
        };
        let ellipsis_before = groups[..k]
            .iter()
            .any(|g| matches!(kind(g), Some(IndexItem::Ellipsis(_))));
        let axis = if ellipsis_before {
            -1 - groups[k + 1..].iter().filter(|g| makes_axis(g)).count() as i64
        } else {
            groups[..k].iter().filter(|g| makes_axis(g)).count() as i64
        };
        let all_full = groups
            .iter()
            .enumerate()
            .all(|(j, g)| j == k || kind(g).is_some_and(|i| i.is_full_slice()));
        let index = if all_full {
            String::new()
        } else {
            let items: Vec<String> = groups
                .iter()
                .enumerate()
                .map(|(j, g)| if j == k { ":".to_string() } else { text(g) })
                .collect();
            format!("[{}]", items.join(", "))
        };
        // NumPy moves the list's axis to the front when an integer index is
        // separated from the list by other items (`x[0, ..., [0, 2]]`).
        let is_int = |g: &Vec<TokenTree>| matches!(kind(g), Some(IndexItem::Int(_)));
        let separated = groups
            .iter()
            .enumerate()
            .any(|(j, g)| is_int(g) && groups[j.min(k) + 1..j.max(k)].iter().any(|h| !is_int(h)));
        let caveat = if separated {
            " (NumPy would put the picked axis first here, since an integer index is separated from the list)"
        } else {
            ""
        };
        format!("{lead}: `{index}.take({list_text}, axis = {axis})`{caveat}")
    };
    Error::new(list.span(), msg)
}

fn parse_index_item(tokens: &[TokenTree]) -> Result<IndexItem> {
    let span = span_of(tokens, Span::call_site());
    // `...`
    if tokens.len() == 3 && tokens.iter().all(|t| is_punct(Some(t), '.')) {
        return Ok(IndexItem::Ellipsis(span));
    }
    if let [TokenTree::Ident(id)] = tokens {
        if id == "None" || id == "newaxis" {
            return Ok(IndexItem::NewAxis);
        }
    }
    // Rust ranges: `a..b`, `a..`, `..b`, `..`.
    if let Some(k) = (0..tokens.len())
        .find(|&k| is_punct(tokens.get(k), '.') && is_punct(tokens.get(k + 1), '.'))
    {
        if is_punct(tokens.get(k + 2), '=') {
            return Err(inclusive_range_error(
                &tokens[..k],
                &tokens[k + 3..],
                tokens[k + 2].span(),
            ));
        }
        if is_punct(tokens.get(k + 2), '.') {
            return Err(Error::new(
                span,
                "nd!: `...` (ellipsis) must stand alone as an index item",
            ));
        }
        let start = parse_opt_num(&tokens[..k], span)?;
        let stop = parse_opt_num(&tokens[k + 2..], span)?;
        return Ok(IndexItem::Slice {
            start,
            stop,
            step: None,
        });
    }
    // NumPy slices: parts separated by `:`.
    if tokens.iter().any(|t| is_punct(Some(t), ':')) {
        let mut parts: Vec<&[TokenTree]> = Vec::new();
        let mut begin = 0;
        for (k, t) in tokens.iter().enumerate() {
            if is_punct(Some(t), ':') {
                parts.push(&tokens[begin..k]);
                begin = k + 1;
            }
        }
        parts.push(&tokens[begin..]);
        if parts.len() > 3 {
            // Point at the third `:`, where the fourth part begins.
            let extra = tokens
                .iter()
                .filter(|t| is_punct(Some(t), ':'))
                .nth(2)
                .map_or(span, TokenTree::span);
            return Err(Error::new(
                extra,
                "nd!: a slice has at most three parts: `start:stop:step`",
            ));
        }
        let start = parse_opt_num(parts[0], span)?;
        let stop = parse_opt_num(parts[1], span)?;
        let step = match parts.get(2) {
            Some(p) => parse_opt_num(p, span)?,
            None => None,
        };
        return Ok(IndexItem::Slice { start, stop, step });
    }
    Ok(IndexItem::Int(parse_num(tokens, span)?))
}

/// `a..=b` is refused with the exclusive spelling of the same slice.
fn inclusive_range_error(start: &[TokenTree], stop: &[TokenTree], span: Span) -> Error {
    let start = tidy(&start.iter().cloned().collect::<TokenStream>().to_string());
    let stop = match parse_num(stop, span) {
        // `..=-1` runs to the end.
        Ok(Num::Lit { value: -1, .. }) => String::new(),
        Ok(Num::Lit { value, .. }) => (value + 1).to_string(),
        _ => "b + 1".to_string(),
    };
    Error::new(
        span,
        format!("nd!: inclusive ranges `a..=b` are not NumPy slices; write `{start}..{stop}` (or `{start}:{stop}`)"),
    )
}

fn parse_opt_num(tokens: &[TokenTree], span: Span) -> Result<Option<Num>> {
    if tokens.is_empty() {
        Ok(None)
    } else {
        parse_num(tokens, span).map(Some)
    }
}

const NUM_HELP: &str =
    "expected an integer literal (`3`, `-1`) or a run-time value in braces (`{i}`)";

/// A literal integer, a negated one, or `{expr}`.
pub fn parse_num(tokens: &[TokenTree], span: Span) -> Result<Num> {
    match tokens {
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::Brace => {
            if g.stream().is_empty() {
                return Err(Error::new(
                    g.span(),
                    "nd!: empty `{}`: write a run-time value, e.g. `{i}`",
                ));
            }
            Ok(Num::Expr {
                tokens: g.stream(),
                span: g.span(),
            })
        }
        [TokenTree::Literal(lit)] => lit_value(lit, false),
        [TokenTree::Punct(p), TokenTree::Literal(lit)] if p.as_char() == '-' => {
            let mut n = lit_value(lit, true)?;
            if let Num::Lit { span, .. } = &mut n {
                *span = p.span().join(lit.span()).unwrap_or(lit.span());
            }
            Ok(n)
        }
        [TokenTree::Ident(id)] => Err(Error::new(
            id.span(),
            format!("nd!: `{id}` is not a number; write a run-time value in braces: `{{{id}}}`"),
        )),
        _ => Err(Error::new(
            span_of(tokens, span),
            format!("nd!: {NUM_HELP}"),
        )),
    }
}

fn lit_value(lit: &proc_macro2::Literal, negate: bool) -> Result<Num> {
    let parsed = syn::Lit::new(lit.clone());
    let syn::Lit::Int(int) = parsed else {
        return Err(Error::new(
            lit.span(),
            format!("nd!: `{lit}` is not an integer; {NUM_HELP}"),
        ));
    };
    if !int.suffix().is_empty()
        && !matches!(
            int.suffix(),
            "usize" | "isize" | "i64" | "u64" | "i32" | "u32"
        )
    {
        return Err(Error::new(
            lit.span(),
            format!("nd!: unexpected suffix `{}` on an index", int.suffix()),
        ));
    }
    let Ok(v) = int.base10_parse::<u64>() else {
        return Err(Error::new(
            lit.span(),
            format!("nd!: the number `{lit}` is too large for an index or size"),
        ));
    };
    if v > isize::MAX as u64 / 2 {
        return Err(Error::new(
            lit.span(),
            format!("nd!: the number `{lit}` is too large for an index or size"),
        ));
    }
    let v = v as i64;
    Ok(Num::Lit {
        value: if negate { -v } else { v },
        span: lit.span(),
    })
}

fn literal_arg(tokens: &[TokenTree], span: Span, what: &str) -> Result<i64> {
    match parse_num(tokens, span)? {
        Num::Lit { value, .. } => Ok(value),
        Num::Expr { span, .. } => Err(Error::new(
            span,
            format!("nd!: {what} must be an integer literal: the output type depends on it"),
        )),
        Num::Derived { .. } => Err(Error::new(
            span,
            format!("nd!: {what} must be an integer literal"),
        )),
    }
}

const OPS: &str = "reshape, transpose, T, swapaxes, moveaxis, squeeze, expand_dims, flip, ravel, copy, flatten, take, broadcast_to, sliding_window_view";

fn parse_op(name: &str, name_span: Span, args: TokenStream, args_span: Span) -> Result<OpKind> {
    let groups = split_commas(args);
    let arity = |n: usize| -> Result<()> {
        if groups.len() == n {
            Ok(())
        } else {
            Err(Error::new(
                args_span,
                format!(
                    "nd!: `{name}` takes {n} argument{}, found {}",
                    if n == 1 { "" } else { "s" },
                    groups.len()
                ),
            ))
        }
    };
    let axis_arg = |k: usize| literal_arg(&groups[k], args_span, "an axis");
    Ok(match name {
        "reshape" => {
            // `reshape()` is NumPy's `reshape(())`: rank 0, one element.
            let dims = groups
                .iter()
                .map(|g| parse_num(g, args_span))
                .collect::<Result<Vec<_>>>()?;
            OpKind::Reshape(dims)
        }
        "transpose" if groups.is_empty() => OpKind::Reverse,
        "transpose" => OpKind::Transpose((0..groups.len()).map(axis_arg).collect::<Result<_>>()?),
        "swapaxes" => {
            arity(2)?;
            OpKind::SwapAxes(axis_arg(0)?, axis_arg(1)?)
        }
        "moveaxis" => {
            arity(2)?;
            OpKind::MoveAxis(axis_arg(0)?, axis_arg(1)?)
        }
        "squeeze" if groups.is_empty() => OpKind::SqueezeAll,
        "squeeze" => {
            arity(1)?;
            OpKind::Squeeze(axis_arg(0)?)
        }
        "expand_dims" => {
            arity(1)?;
            OpKind::ExpandDims(axis_arg(0)?)
        }
        "flip" => {
            arity(1)?;
            OpKind::Flip(axis_arg(0)?)
        }
        "ravel" => {
            arity(0)?;
            OpKind::Ravel
        }
        "copy" => {
            arity(0)?;
            OpKind::Copy
        }
        "flatten" => {
            arity(0)?;
            OpKind::Flatten
        }
        "take" => parse_take(&groups, args_span)?,
        "broadcast_to" => parse_broadcast_to(&groups, args_span)?,
        "rearrange" => OpKind::Rearrange(Box::new(crate::rearrange::parse(&groups, args_span)?)),
        "sliding_window_view" => parse_sliding_window(&groups, args_span)?,
        // `.T(...)`: `.T` is written without parentheses.
        "T" => return Err(Error::new(name_span, "nd!: `.T` takes no parentheses")),
        _ => {
            return Err(Error::new(
                name_span,
                format!(
                    "nd!: unknown operation `{name}`;{} the operations are: {OPS}",
                    known_as(name).map_or(String::new(), |op| format!(" did you mean `{op}`?"))
                ),
            ))
        }
    })
}

/// `broadcast_to(d0, ...)`: sizes are literals or `{expr}`.
fn parse_broadcast_to(groups: &[Vec<TokenTree>], span: Span) -> Result<OpKind> {
    if groups.is_empty() {
        return Err(Error::new(
            span,
            "nd!: `broadcast_to` needs the target shape, e.g. `broadcast_to(2, 3)`",
        ));
    }
    let dims = groups
        .iter()
        .map(|g| parse_num(g, span))
        .collect::<Result<Vec<_>>>()?;
    Ok(OpKind::BroadcastTo(dims))
}

/// `sliding_window_view(w0, ...)` or `sliding_window_view(w, axis = k)`:
/// sizes are literals or `{expr}`, the axis (last, by keyword) a literal.
fn parse_sliding_window(groups: &[Vec<TokenTree>], span: Span) -> Result<OpKind> {
    let (sizes, axis) = match groups.split_last() {
        Some((last, sizes)) if is_keyword_arg(last, "axis") => {
            let axis = literal_arg(
                &last[2..],
                span_of(last, span),
                "the sliding_window_view axis",
            )?;
            (sizes, Some(axis))
        }
        _ => (groups, None),
    };
    if sizes.is_empty() {
        return Err(Error::new(
            span,
            "nd!: `sliding_window_view` needs the window's size, one per axis: \
             `sliding_window_view(3)`, `sliding_window_view(2, 3)`, or one axis: `sliding_window_view(3, axis = 1)`",
        ));
    }
    let window = sizes
        .iter()
        .map(|g| match g.as_slice() {
            // NumPy's tuple `window_shape=(2, 3)`.
            [TokenTree::Group(t)] if t.delimiter() == Delimiter::Parenthesis => Err(Error::new(
                t.span(),
                format!(
                    "nd!: write the window's sizes without parentheses: `sliding_window_view({})`",
                    tidy(&t.stream().to_string())
                ),
            )),
            _ if g.iter().any(|t| is_punct(Some(t), '=')) => Err(Error::new(
                span_of(g, span),
                "nd!: `sliding_window_view` takes the window's sizes, then an optional `axis = k` (last)",
            )),
            _ => parse_num(g, span),
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(OpKind::SlidingWindowView { window, axis })
}

/// `name = ...`, a keyword argument.
fn is_keyword_arg(tokens: &[TokenTree], name: &str) -> bool {
    matches!(tokens, [TokenTree::Ident(id), TokenTree::Punct(eq), ..] if id == name && eq.as_char() == '=')
}

/// The nd! operation that other array libraries spell `name`.
fn known_as(name: &str) -> Option<&'static str> {
    Some(match name {
        "permute" | "permute_dims" | "permuted_axes" | "reversed_axes" | "t" => "transpose",
        "view" | "into_shape" | "to_shape" | "into_shape_with_order" => "reshape",
        "swap_axes" | "swapdims" | "transpose_axes" => "swapaxes",
        "movedim" | "move_axis" => "moveaxis",
        "unsqueeze" | "insert_axis" | "newaxis" => "expand_dims",
        "invert_axis" | "flipud" | "fliplr" => "flip",
        "flat" | "view1d" => "ravel",
        "to_owned" | "clone" | "to_vec" => "copy",
        "index_select" | "select" => "take",
        "broadcast" | "expand" => "broadcast_to",
        "sliding_window" | "windows" | "unfold" => "sliding_window_view",
        _ => return None,
    })
}

fn parse_take(groups: &[Vec<TokenTree>], span: Span) -> Result<OpKind> {
    let Some(first) = groups.first() else {
        return Err(Error::new(
            span,
            "nd!: `take` needs a list of indices: `take([2, 7, 11])`",
        ));
    };
    let [TokenTree::Group(list)] = first.as_slice() else {
        return Err(Error::new(
            span_of(first, span),
            "nd!: `take` needs a bracketed list of indices: `take([2, 7, 11])`",
        ));
    };
    if list.delimiter() != Delimiter::Bracket {
        return Err(Error::new(
            list.span(),
            "nd!: `take` needs a bracketed list: `take([2, 7, 11])`",
        ));
    }
    let indices = split_commas(list.stream())
        .iter()
        .map(|g| parse_num(g, list.span()))
        .collect::<Result<Vec<_>>>()?;
    if indices.is_empty() {
        return Err(Error::new(
            list.span(),
            "nd!: `take` needs at least one index",
        ));
    }
    let axis = match groups.get(1) {
        None => None,
        Some(g) => match g.as_slice() {
            [TokenTree::Ident(id), TokenTree::Punct(eq), rest @ ..]
                if id == "axis" && eq.as_char() == '=' =>
            {
                Some(literal_arg(rest, span, "the take axis")?)
            }
            _ => {
                return Err(Error::new(
                    span_of(g, span),
                    "nd!: the second argument of `take` is `axis = k`",
                ))
            }
        },
    };
    if groups.len() > 2 {
        return Err(Error::new(
            span_of(&groups[2], span),
            "nd!: `take` takes a list and an optional `axis = k`",
        ));
    }
    Ok(OpKind::Take { indices, axis })
}

/// `shape![3, Dyn, 4]`: each dim is `Dyn` or a number.
pub fn parse_shape(input: TokenStream) -> Result<ShapeSpec> {
    let groups = split_commas(
        see_through(input.into_iter().collect())
            .into_iter()
            .collect(),
    );
    let mut dims = Vec::with_capacity(groups.len());
    for g in &groups {
        let span = span_of(g, Span::call_site());
        let kind = match g.as_slice() {
            [TokenTree::Ident(id)] if id == "Dyn" => ShapeDimKind::Dyn,
            tokens => match parse_num(tokens, span) {
                Ok(n) => ShapeDimKind::Num(n),
                Err(_) => return Err(Error::new(span, SHAPE_DIM_HELP)),
            },
        };
        dims.push(ShapeDim { span, kind });
    }
    Ok(ShapeSpec { dims })
}

/// What a `shape!` dim may be.
pub const SHAPE_DIM_HELP: &str = "shape!: each dim is a non-negative integer literal or `Dyn`";
