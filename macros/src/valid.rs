//! Checks decidable from the tokens alone, run on the parsed tree before it
//! is expanded, each a `syn::Error` on the token at fault that says what is
//! expected. What depends on the view's shape is left to the type system
//! (the expansion's where-clauses) or to run time.

use crate::ast::*;
use crate::MAX_RANK;
use syn::{Error, Result};

/// Check an `nd!` invocation.
pub fn check_invocation(inv: &Invocation) -> Result<()> {
    check_literals(&inv.postfix)?;
    check_chain(&inv.postfix)
}

/// Numbers that are wrong whatever the view and the chain: a zero slice
/// step, a broadcast target of too many axes or a negative size. Checked
/// first, in the order written.
fn check_literals(postfix: &[Postfix]) -> Result<()> {
    for p in postfix {
        match p {
            Postfix::Index(list) => {
                for item in &list.items {
                    if let IndexItem::Slice {
                        step: Some(Num::Lit { value: 0, span }),
                        ..
                    } = item
                    {
                        return Err(Error::new(*span, "nd!: slice step cannot be zero"));
                    }
                }
            }
            Postfix::Op(Op {
                kind: OpKind::BroadcastTo(dims),
                args_span,
                ..
            }) => check_broadcast_to(dims, *args_span)?,
            Postfix::Op(Op {
                kind: OpKind::SlidingWindowView { window, axis },
                args_span,
                ..
            }) => check_sliding_window(window, *axis, *args_span)?,
            Postfix::Op(_) => {}
        }
    }
    Ok(())
}

fn check_broadcast_to(dims: &[Num], args_span: proc_macro2::Span) -> Result<()> {
    if dims.len() > MAX_RANK {
        return Err(Error::new(
            args_span,
            format!(
                "nd!: broadcast_to rank {}; nd! supports rank up to {MAX_RANK}",
                dims.len()
            ),
        ));
    }
    for d in dims {
        if let Num::Lit { value, span } = d {
            if *value < 0 {
                return Err(Error::new(
                    *span,
                    format!("nd!: broadcast_to size {value} is negative; all elements of the broadcast shape must be non-negative"),
                ));
            }
        }
    }
    Ok(())
}

/// NumPy's `window_shape` rules that the tokens decide: sizes `>= 0`, one
/// size with `axis`, and a result within the rank limit (without `axis`,
/// `n` sizes make `2n` axes).
fn check_sliding_window(
    window: &[Num],
    axis: Option<i64>,
    args_span: proc_macro2::Span,
) -> Result<()> {
    for w in window {
        if let Num::Lit { value, span } = w {
            if *value < 0 {
                return Err(Error::new(
                    *span,
                    format!("nd!: sliding_window_view size {value} is negative; `window_shape` cannot contain negative values"),
                ));
            }
        }
    }
    match axis {
        Some(a) => {
            if window.len() != 1 {
                return Err(Error::new(
                    args_span,
                    format!(
                        "nd!: sliding_window_view with `axis = {a}` takes one window size, found {}; \
                         for windows on every axis, give one size per axis without `axis`",
                        window.len()
                    ),
                ));
            }
            if a.unsigned_abs() as usize >= MAX_RANK {
                return Err(Error::new(
                    args_span,
                    format!("nd!: sliding_window_view axis {a} is out of range: the result has one axis more than the view, and nd! supports rank up to {MAX_RANK}"),
                ));
            }
        }
        None if 2 * window.len() > MAX_RANK => {
            return Err(Error::new(
                args_span,
                format!(
                    "nd!: sliding_window_view with {n} window sizes gives a view of {} axes; nd! supports rank up to {MAX_RANK}",
                    2 * window.len(),
                    n = window.len()
                ),
            ));
        }
        None => {}
    }
    Ok(())
}

/// The chain as a whole (nothing but re-shaping after a copy), then each
/// index and operation.
fn check_chain(postfix: &[Postfix]) -> Result<()> {
    // The op that made the chain an owned array, as written.
    let mut owned: Option<&str> = None;
    for p in postfix {
        match p {
            Postfix::Index(list) => {
                if let Some(copy) = owned {
                    let step = format!("[{}]", list.text);
                    return Err(Error::new(list.span, temporary_help(copy, &step)));
                }
                check_index(list)?;
            }
            Postfix::Op(op) => {
                let name = op_name(&op.kind);
                if let Some(copy) = owned {
                    if !op.kind.reshapes_owned() {
                        let step = match (&op.kind, op.full_span.source_text().as_deref()) {
                            (OpKind::Reverse, Some("T")) => ".T".to_string(),
                            (OpKind::Reverse, _) => ".transpose()".to_string(),
                            _ => format!(".{name}(...)"),
                        };
                        return Err(Error::new(op.full_span, temporary_help(copy, &step)));
                    }
                }
                check_op(op)?;
                if op.kind.makes_owned() {
                    owned = Some(match op.kind {
                        OpKind::Copy => ".copy()",
                        OpKind::Flatten => ".flatten()",
                        _ => ".take(...)",
                    });
                }
            }
        }
    }
    Ok(())
}

/// `step` would borrow the array that `copy` makes, which dies with the statement.
fn temporary_help(copy: &str, step: &str) -> String {
    format!(
        "nd!: `{step}` after `{copy}` would be a view into the new array, a temporary dropped at the end of \
         this statement; bind it first: `let c = nd!(... {copy});`, then `nd!(c{step})` \
         (in one chain, only reshape, ravel, expand_dims and squeeze may follow `{copy}`)"
    )
}

pub fn op_name(kind: &OpKind) -> &'static str {
    match kind {
        OpKind::Reshape(_) => "reshape",
        OpKind::Reverse => "T",
        OpKind::Transpose(_) => "transpose",
        OpKind::SwapAxes(..) => "swapaxes",
        OpKind::MoveAxis(..) => "moveaxis",
        OpKind::SqueezeAll | OpKind::Squeeze(_) => "squeeze",
        OpKind::ExpandDims(_) => "expand_dims",
        OpKind::Flip(_) => "flip",
        OpKind::Ravel => "ravel",
        OpKind::Copy => "copy",
        OpKind::Flatten => "flatten",
        OpKind::Take { .. } => "take",
        OpKind::BroadcastTo(_) => "broadcast_to",
        OpKind::Rearrange(_) => "rearrange",
        OpKind::SlidingWindowView { .. } => "sliding_window_view",
    }
}

fn check_index(list: &IndexList) -> Result<()> {
    let mut ellipsis = None;
    for item in &list.items {
        if let IndexItem::Ellipsis(span) = item {
            if ellipsis.is_some() {
                return Err(Error::new(
                    *span,
                    "nd!: an index can only have a single ellipsis (`...`)",
                ));
            }
            ellipsis = Some(*span);
        }
    }
    let consumed = list.items.iter().filter(|i| i.consumes_axis()).count();
    let added = list
        .items
        .iter()
        .filter(|i| matches!(i, IndexItem::NewAxis))
        .count();
    if consumed > MAX_RANK || added > MAX_RANK {
        return Err(Error::new(
            list.span,
            format!(
                "nd!: this index uses {consumed} axes; nd! supports views of rank up to {MAX_RANK}"
            ),
        ));
    }
    Ok(())
}

fn check_axis_literal(a: i64, op: &Op) -> Result<()> {
    if a.unsigned_abs() as usize > MAX_RANK {
        return Err(Error::new(
            op.full_span,
            format!("nd!: axis {a} is out of range: nd! supports views of rank up to {MAX_RANK}"),
        ));
    }
    Ok(())
}

fn check_op(op: &Op) -> Result<()> {
    match &op.kind {
        OpKind::Transpose(axes) => {
            let n = axes.len();
            let listed = axes
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            if n > MAX_RANK {
                return Err(Error::new(
                    op.full_span,
                    format!("nd!: transpose of {n} axes; nd! supports rank up to {MAX_RANK}"),
                ));
            }
            let mut seen = vec![false; n];
            for &a in axes {
                let Some(k) = normalize_axis(a, n) else {
                    return Err(Error::new(
                        op.full_span,
                        format!(
                            "nd!: transpose({listed}): axis {a} is out of bounds for array of dimension {n}; \
                             a permutation of {n} axes lists each of 0..{n} once"
                        ),
                    ));
                };
                if seen[k] {
                    return Err(Error::new(
                        op.full_span,
                        format!("nd!: transpose({listed}) repeats axis {k}; a permutation lists each axis once"),
                    ));
                }
                seen[k] = true;
            }
        }
        OpKind::SwapAxes(a, b) | OpKind::MoveAxis(a, b) => {
            check_axis_literal(*a, op)?;
            check_axis_literal(*b, op)?;
        }
        OpKind::Squeeze(a) | OpKind::ExpandDims(a) | OpKind::Flip(a) => check_axis_literal(*a, op)?,
        OpKind::Take { axis: Some(a), .. } => check_axis_literal(*a, op)?,
        OpKind::Reshape(dims) => check_reshape(dims, op)?,
        OpKind::Rearrange(r) => crate::rearrange::check(r)?,
        _ => {}
    }
    Ok(())
}

fn check_reshape(dims: &[Num], op: &Op) -> Result<()> {
    if dims.len() > MAX_RANK {
        return Err(Error::new(
            op.full_span,
            format!(
                "nd!: reshape to rank {}; nd! supports rank up to {MAX_RANK}",
                dims.len()
            ),
        ));
    }
    let mut inferred = false;
    for (k, d) in dims.iter().enumerate() {
        if let Num::Lit { value, span } = d {
            if *value == -1 {
                if inferred {
                    return Err(Error::new(
                        *span,
                        "nd!: can only specify one unknown dimension (`-1`) in reshape",
                    ));
                }
                inferred = true;
            } else if *value < 0 {
                return Err(Error::new(
                    *span,
                    format!("nd!: reshape size {value} is negative; sizes are >= 0, with one `-1` to infer"),
                ));
            } else if known_product(&dims[..=k]) > isize::MAX as u128 {
                return Err(Error::new(
                    *span,
                    "nd!: the reshape target has more elements than fit in usize",
                ));
            }
        }
    }
    let all_literal = dims.iter().all(|d| d.literal().is_some());
    if inferred && all_literal && known_product(dims) == 0 {
        return Err(Error::new(
            op.full_span,
            "nd!: cannot infer the `-1` dimension when the other sizes multiply to 0",
        ));
    }
    Ok(())
}

/// Check a `shape!` type: its rank, each dim a literal `>= 0` or `Dyn`, and
/// an element count an array can hold.
pub fn check_shape(spec: &ShapeSpec) -> Result<()> {
    if spec.dims.len() > MAX_RANK {
        return Err(Error::new(
            spec.dims[MAX_RANK].span,
            format!(
                "shape!: rank {} is above the supported {MAX_RANK}",
                spec.dims.len()
            ),
        ));
    }
    let mut total: u128 = 1;
    for dim in &spec.dims {
        match &dim.kind {
            ShapeDimKind::Dyn => {}
            ShapeDimKind::Num(Num::Lit { value, span }) if *value >= 0 => {
                total = total.saturating_mul(*value as u128);
                if total > isize::MAX as u128 {
                    let count = if total == u128::MAX {
                        "more than 2^128".to_string()
                    } else {
                        total.to_string()
                    };
                    return Err(Error::new(
                        *span,
                        format!(
                            "shape!: the dims up to here multiply to {count} elements, \
                             more than any array can hold (isize::MAX is {})",
                            isize::MAX
                        ),
                    ));
                }
            }
            ShapeDimKind::Num(_) => return Err(Error::new(dim.span, crate::parse::SHAPE_DIM_HELP)),
        }
    }
    Ok(())
}
