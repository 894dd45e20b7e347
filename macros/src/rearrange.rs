//! einops' `rearrange` inside `nd!`: `x.rearrange("b c (h p) (w q) -> b h w (p q c)", p = 16, q = 16)`.
//!
//! Here: the pattern as a tree ([`Rearrange`], built by [`parse`] from the
//! call's arguments), its checks ([`check`], everything the pattern alone
//! decides, each a `syn::Error` at the string literal or the keyword
//! argument, quoting the part of the pattern at fault) and the axis moves
//! of patterns with `...` ([`ellipsis_ops`]). `expand/rearrange.rs` lowers
//! a checked pattern to the existing ops: a reshape that splits the left
//! side's groups, a transpose, a reshape that merges the right side's
//! groups (or, with `...`, squeeze / moveaxis / expand_dims), so the result
//! follows the view rules of those ops.
//!
//! Supported: axis names, groups on either side (at most one unknown size
//! per left group), `1` and `()` for length-1 axes (also inside groups),
//! `...` (once per side) when no group has two or more names, sizes given
//! as `name = 3` or `name = {expr}`. Not supported (a compile error saying
//! so): `...` together with a group of several axes or with sizes given,
//! `(...)`, anonymous sizes other than 1 (einops refuses them in rearrange
//! too).

use crate::ast::{Num, OpKind};
use crate::parse::parse_num;
use crate::MAX_RANK;
use proc_macro2::{Span, TokenTree};
use syn::{Error, Result};

/// A parsed `rearrange("PATTERN", name = size, ...)`.
pub struct Rearrange {
    /// The pattern as written.
    pub pattern: String,
    /// The string literal, where pattern errors point.
    pub span: Span,
    /// The axes before `->`.
    pub left: Vec<Axis>,
    /// The axes after `->`.
    pub right: Vec<Axis>,
    /// The sizes given by keyword.
    pub sizes: Vec<Size>,
}

/// One top-level entry of a side of the pattern.
#[derive(Clone, PartialEq, Debug)]
pub enum Axis {
    /// `b`, or a group holding one name (`(b)`, `(b 1)`).
    Name(String),
    /// `(h p)`: two or more names (`1`s inside dropped); `text` as written.
    Group { names: Vec<String>, text: String },
    /// `1`, `()` or a group of `1`s: an axis of length 1.
    Unit(String),
    /// `...`.
    Ellipsis,
}

impl Axis {
    /// The entry as written in the pattern.
    pub fn text(&self) -> String {
        match self {
            Axis::Name(n) => n.clone(),
            Axis::Group { text, .. } | Axis::Unit(text) => text.clone(),
            Axis::Ellipsis => "...".to_string(),
        }
    }
    /// The names it holds, in order.
    pub fn names(&self) -> Vec<&str> {
        match self {
            Axis::Name(n) => vec![n.as_str()],
            Axis::Group { names, .. } => names.iter().map(String::as_str).collect(),
            Axis::Unit(_) | Axis::Ellipsis => vec![],
        }
    }
}

/// `name = value`.
pub struct Size {
    pub name: String,
    /// The whole `name = value`.
    pub span: Span,
    pub value: Num,
}

impl Rearrange {
    /// The size given for `name`, if any.
    pub fn size_of(&self, name: &str) -> Option<&Num> {
        self.sizes.iter().find(|s| s.name == name).map(|s| &s.value)
    }

    /// Whether the lowering only re-shapes (no axis changes place), so the
    /// call may follow `copy()` in a chain.
    pub fn keeps_order(&self) -> bool {
        let order = |side: &[Axis]| -> Vec<String> {
            side.iter()
                .flat_map(|a| match a {
                    Axis::Ellipsis => vec!["...".to_string()],
                    a => a.names().into_iter().map(str::to_string).collect(),
                })
                .collect()
        };
        order(&self.left) == order(&self.right)
    }

    /// Whether the pattern has `...`.
    pub fn has_ellipsis(&self) -> bool {
        self.left.contains(&Axis::Ellipsis)
    }

    fn error(&self, what: String) -> Error {
        Error::new(
            self.span,
            format!("nd!: rearrange pattern \"{}\": {what}", self.pattern),
        )
    }
}

const ARGS_HELP: &str = "nd!: `rearrange` takes a pattern string and sizes by name: \
     `rearrange(\"b (h p) w -> b h p w\", p = 2)`";

/// The arguments of `.rearrange(...)`, split at top-level commas.
pub fn parse(groups: &[Vec<TokenTree>], args_span: Span) -> Result<Rearrange> {
    let Some(first) = groups.first() else {
        return Err(Error::new(args_span, ARGS_HELP));
    };
    let lit = match first.as_slice() {
        [TokenTree::Literal(lit)] => match syn::Lit::new(lit.clone()) {
            syn::Lit::Str(s) => s,
            _ => return Err(Error::new(lit.span(), ARGS_HELP)),
        },
        tokens => return Err(Error::new(span_of(tokens, args_span), ARGS_HELP)),
    };
    let pattern = lit.value();
    let span = lit.span();
    let fail = |what: String| {
        Error::new(
            span,
            format!("nd!: rearrange pattern \"{pattern}\": {what}"),
        )
    };
    let sides: Vec<&str> = pattern.split("->").collect();
    if sides.len() != 2 {
        return Err(fail(format!(
            "expected one `->` between the input axes and the output axes, found {}",
            sides.len() - 1
        )));
    }
    let left = parse_side(sides[0]).map_err(&fail)?;
    let right = parse_side(sides[1]).map_err(&fail)?;
    let mut sizes = Vec::new();
    for g in &groups[1..] {
        let g_span = span_of(g, args_span);
        match g.as_slice() {
            [TokenTree::Ident(name), TokenTree::Punct(eq), value @ ..]
                if eq.as_char() == '=' && !value.is_empty() =>
            {
                sizes.push(Size {
                    name: name.to_string(),
                    span: g_span,
                    value: parse_num(value, g_span)?,
                });
            }
            _ => return Err(Error::new(
                g_span,
                "nd!: after the pattern, `rearrange` takes sizes by name: `p = 16` or `p = {n}`",
            )),
        }
    }
    Ok(Rearrange {
        pattern,
        span,
        left,
        right,
        sizes,
    })
}

fn span_of(tokens: &[TokenTree], fallback: Span) -> Span {
    match (tokens.first(), tokens.last()) {
        (Some(a), Some(b)) => a.span().join(b.span()).unwrap_or(a.span()),
        _ => fallback,
    }
}

/// One side of the pattern: names, `...`, `1`, and `( ... )` groups.
fn parse_side(text: &str) -> std::result::Result<Vec<Axis>, String> {
    let mut out = Vec::new();
    // The group being read: its entries and its text.
    let mut group: Option<(Vec<String>, Vec<String>)> = None;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '(' {
            if group.is_some() {
                return Err("groups cannot nest: `(` inside a group".to_string());
            }
            group = Some((Vec::new(), Vec::new()));
            i += 1;
            continue;
        }
        if c == ')' {
            let Some((names, parts)) = group.take() else {
                return Err("`)` without its `(`".to_string());
            };
            let text = format!("({})", parts.join(" "));
            out.push(match names.len() {
                0 => Axis::Unit(text),
                1 => Axis::Name(names[0].clone()),
                _ => Axis::Group { names, text },
            });
            i += 1;
            continue;
        }
        let start = i;
        let token: String = if c == '.' {
            while i < chars.len() && chars[i] == '.' {
                i += 1;
            }
            chars[start..i].iter().collect()
        } else if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            chars[start..i].iter().collect()
        } else {
            return Err(format!(
                "unexpected `{c}`; a pattern holds axis names, `...`, `1` and `( )` groups"
            ));
        };
        if token == "..." {
            match &mut group {
                Some(_) => {
                    return Err(
                        "`(...)`, a group holding the ellipsis, is not supported by nd!; \
                         keep `...` outside groups"
                            .to_string(),
                    )
                }
                None => out.push(Axis::Ellipsis),
            }
        } else if token.starts_with('.') {
            return Err(format!(
                "`{token}`: an ellipsis is written with three dots, `...`"
            ));
        } else if token.chars().all(|c| c.is_ascii_digit()) {
            if token != "1" {
                return Err(format!(
                    "`{token}`: an anonymous axis other than `1` is not supported in rearrange \
                     (as in einops); name the axis and give its size: `k = {token}`"
                ));
            }
            match &mut group {
                Some((_, parts)) => parts.push(token),
                None => out.push(Axis::Unit(token)),
            }
        } else if token.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(format!("`{token}`: an axis name cannot start with a digit"));
        } else {
            match &mut group {
                Some((names, parts)) => {
                    names.push(token.clone());
                    parts.push(token);
                }
                None => out.push(Axis::Name(token)),
            }
        }
    }
    if group.is_some() {
        return Err("a `(` is not closed".to_string());
    }
    Ok(out)
}

/// Everything the pattern and the sizes alone decide.
pub fn check(r: &Rearrange) -> Result<()> {
    for (side, axes) in [("left", &r.left), ("right", &r.right)] {
        if axes.iter().filter(|a| **a == Axis::Ellipsis).count() > 1 {
            return Err(r.error(format!(
                "the {side} side has two ellipses (`...`); it stands once for all unnamed axes"
            )));
        }
        let mut seen: Vec<&str> = Vec::new();
        for name in axes.iter().flat_map(Axis::names) {
            if seen.contains(&name) {
                return Err(r.error(format!(
                    "axis `{name}` appears twice on the {side} side; each axis has one name"
                )));
            }
            seen.push(name);
        }
    }
    let names = |axes: &[Axis]| -> Vec<String> {
        axes.iter()
            .flat_map(Axis::names)
            .map(str::to_string)
            .collect()
    };
    let (left_names, right_names) = (names(&r.left), names(&r.right));
    for n in &left_names {
        if !right_names.contains(n) {
            return Err(r.error(format!(
                "axis `{n}` is on the left side but not on the right; rearrange keeps every axis \
                 (to drop a length-1 axis, write `1` or `()` in its place)"
            )));
        }
    }
    for n in &right_names {
        if !left_names.contains(n) {
            return Err(r.error(format!(
                "axis `{n}` is on the right side but not on the left; rearrange only reorders, \
                 splits and merges the input's axes (a new length-1 axis is `1` or `()`)"
            )));
        }
    }
    let ell = |axes: &[Axis]| axes.contains(&Axis::Ellipsis);
    match (ell(&r.left), ell(&r.right)) {
        (true, false) => {
            return Err(r.error(
                "`...` is on the left side but not on the right; write it on both".to_string(),
            ))
        }
        (false, true) => {
            return Err(r.error(
                "`...` is on the right side but not on the left; write it on both".to_string(),
            ))
        }
        _ => {}
    }
    for (k, s) in r.sizes.iter().enumerate() {
        if r.sizes[..k].iter().any(|o| o.name == s.name) {
            return Err(Error::new(
                s.span,
                format!("nd!: rearrange: the size of `{}` is given twice", s.name),
            ));
        }
        if !left_names.contains(&s.name) {
            return Err(Error::new(
                s.span,
                format!(
                    "nd!: rearrange: `{}` is not an axis of the pattern \"{}\"",
                    s.name, r.pattern
                ),
            ));
        }
        if let Num::Lit { value, span } = &s.value {
            if *value < 1 {
                return Err(Error::new(
                    *span,
                    format!(
                        "nd!: rearrange: the size of `{}` is {value}; sizes are >= 1",
                        s.name
                    ),
                ));
            }
        }
    }
    for axis in &r.left {
        if let Axis::Group { names, text } = axis {
            let unknown: Vec<&String> = names.iter().filter(|n| r.size_of(n).is_none()).collect();
            if unknown.len() > 1 {
                let list = unknown
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(r.error(format!(
                    "the group `{text}` has {} unknown sizes ({list}); give all but one of them, \
                     e.g. `{} = 2`",
                    unknown.len(),
                    unknown[1]
                )));
            }
        }
    }
    if ell(&r.left) {
        if let Some(s) = r.sizes.first() {
            return Err(Error::new(
                s.span,
                format!(
                    "nd!: rearrange: sizes cannot be given in a pattern with `...` (\"{}\"): \
                     nd! lowers it to axis moves, which need no size",
                    r.pattern
                ),
            ));
        }
        if let Some(g) = r
            .left
            .iter()
            .chain(&r.right)
            .find(|a| matches!(a, Axis::Group { .. }))
        {
            return Err(r.error(format!(
                "nd! cannot split or merge axes (`{}`) in a pattern with `...`, whose number of \
                 axes it does not know; name every axis instead of `...` \
                 (a pattern of names lowers to reshape and transpose)",
                g.text()
            )));
        }
    }
    let left_rank = left_names.len() + r.left.iter().filter(|a| matches!(a, Axis::Unit(_))).count();
    let right_rank = r.right.iter().filter(|a| **a != Axis::Ellipsis).count();
    for rank in [left_rank, right_rank, left_names.len()] {
        if rank > MAX_RANK {
            return Err(r.error(format!(
                "{rank} axes; nd! supports views of rank up to {MAX_RANK}"
            )));
        }
    }
    Ok(())
}

/// A pattern with `...` (and no groups) as existing ops: `squeeze` for the
/// left side's `1`s, `moveaxis` to put the names in the right side's order
/// (`...` stays one block), `expand_dims` for the right side's `1`s. Axes
/// before `...` are counted from the front, axes after it from the end, so
/// the ops work for any number of axes in `...`.
pub fn ellipsis_ops(r: &Rearrange) -> Vec<OpKind> {
    let mut ops = Vec::new();
    let split = |side: &[Axis]| -> (Vec<Axis>, Vec<Axis>) {
        let e = side
            .iter()
            .position(|a| *a == Axis::Ellipsis)
            .unwrap_or(side.len());
        (side[..e].to_vec(), side[(e + 1).min(side.len())..].to_vec())
    };
    let (lpre, lpost) = split(&r.left);
    let (rpre, rpost) = split(&r.right);
    // Drop the left side's units: front ones from the back, back ones from
    // the front, so each axis number stays right.
    for (i, a) in lpre.iter().enumerate().rev() {
        if matches!(a, Axis::Unit(_)) {
            ops.push(OpKind::Squeeze(i as i64));
        }
    }
    for (j, a) in lpost.iter().enumerate() {
        if matches!(a, Axis::Unit(_)) {
            ops.push(OpKind::Squeeze(j as i64 - lpost.len() as i64));
        }
    }
    let names = |side: &[Axis]| -> Vec<String> {
        side.iter()
            .flat_map(Axis::names)
            .map(str::to_string)
            .collect()
    };
    let (mut pre, mut post) = (names(&lpre), names(&lpost));
    let (tpre, tpost) = (names(&rpre), names(&rpost));
    for (i, name) in tpre.iter().enumerate() {
        if pre.get(i) == Some(name) {
            continue;
        }
        if let Some(p) = pre.iter().position(|n| n == name) {
            ops.push(OpKind::MoveAxis(p as i64, i as i64));
            let n = pre.remove(p);
            pre.insert(i, n);
        } else if let Some(j) = post.iter().position(|n| n == name) {
            ops.push(OpKind::MoveAxis(j as i64 - post.len() as i64, i as i64));
            let n = post.remove(j);
            pre.insert(i, n);
        }
    }
    for (k, name) in tpost.iter().rev().enumerate() {
        let dst = -(k as i64) - 1;
        if let Some(j) = post.iter().position(|n| n == name) {
            let src = j as i64 - post.len() as i64;
            if src != dst {
                ops.push(OpKind::MoveAxis(src, dst));
                let n = post.remove(j);
                let at = post.len() - k;
                post.insert(at, n);
            }
        } else if let Some(p) = pre.iter().position(|n| n == name) {
            ops.push(OpKind::MoveAxis(p as i64, dst));
            let n = pre.remove(p);
            let at = post.len() - k;
            post.insert(at, n);
        }
    }
    for (i, a) in rpre.iter().enumerate() {
        if matches!(a, Axis::Unit(_)) {
            ops.push(OpKind::ExpandDims(i as i64));
        }
    }
    for (j, a) in rpost.iter().enumerate().rev() {
        if matches!(a, Axis::Unit(_)) {
            ops.push(OpKind::ExpandDims(j as i64 - rpost.len() as i64));
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(p: &str) -> Rearrange {
        let lit = proc_macro2::Literal::string(p);
        parse(&[vec![TokenTree::Literal(lit)]], Span::call_site()).unwrap()
    }

    fn ops(p: &str) -> Vec<String> {
        ellipsis_ops(&pattern(p))
            .iter()
            .map(|k| match k {
                OpKind::Squeeze(a) => format!("squeeze({a})"),
                OpKind::MoveAxis(a, b) => format!("moveaxis({a}, {b})"),
                OpKind::ExpandDims(a) => format!("expand_dims({a})"),
                _ => "?".to_string(),
            })
            .collect()
    }

    #[test]
    fn ellipsis_patterns_become_rank_generic_moves() {
        assert_eq!(ops("b ... c -> b c ..."), ["moveaxis(-1, 1)"]);
        assert_eq!(
            ops("b c ... -> ... c b"),
            ["moveaxis(0, -1)", "moveaxis(0, -2)"]
        );
        assert_eq!(ops("... a b -> ... b a"), ["moveaxis(-2, -1)"]);
        assert_eq!(ops("a 1 ... -> ... a"), ["squeeze(1)", "moveaxis(0, -1)"]);
        assert_eq!(
            ops("... -> 1 ... ()"),
            ["expand_dims(0)", "expand_dims(-1)"]
        );
        assert!(ops("a ... b -> a ... b").is_empty());
    }

    /// Random patterns over the pattern's alphabet, through parse, check
    /// and the whole expansion: errors, never a panic.
    #[test]
    fn random_patterns_never_panic() {
        let alphabet: Vec<char> = "ab c()1.->2 _".chars().collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut side = |len: usize| -> String {
                (0..len).map(|_| alphabet[next(alphabet.len())]).collect()
            };
            let (l, r) = (side(12), side(12));
            let pattern = format!("{l}->{r}");
            let sizes = ["", ", a = 2", ", b = {n}", ", c = 0"][next(4)];
            let src = format!("mut x.rearrange({pattern:?}{sizes})");
            let ts: proc_macro2::TokenStream = src.parse().unwrap();
            if let Ok(inv) = crate::invocation(ts) {
                let _ = crate::expand::expand(&inv, next(2) == 0);
            }
        }
    }

    #[test]
    fn groups_keep_their_text_and_units_their_spelling() {
        let r = pattern("b (h 1 p) () 1 (w) -> b h p w");
        assert_eq!(r.left[1].text(), "(h 1 p)");
        assert_eq!(r.left[2], Axis::Unit("()".to_string()));
        assert_eq!(r.left[3], Axis::Unit("1".to_string()));
        assert_eq!(r.left[4], Axis::Name("w".to_string()));
        let e = check(&r).unwrap_err().to_string();
        assert!(
            e.contains("the group `(h 1 p)` has 2 unknown sizes (`h`, `p`)"),
            "{e}"
        );
    }
}
