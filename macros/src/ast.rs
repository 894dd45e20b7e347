//! The `nd!` and `shape!` languages as a typed syntax tree, as written:
//! `parse` builds it, `valid` checks it, `expand` turns it into Rust.

use proc_macro2::{Span, TokenStream};

/// `nd!( [mut] SOURCE POSTFIX* )`.
pub struct Invocation {
    /// `mut` was written: mutable views.
    pub mutable: bool,
    /// The source expression's tokens.
    pub source: TokenStream,
    /// Span of the source, for errors about it.
    pub source_span: Span,
    /// Index lists and operations, in order.
    pub postfix: Vec<Postfix>,
}

/// One step of the chain.
pub enum Postfix {
    /// `[item, ...]`.
    Index(IndexList),
    /// `.op(args)` or `.T`.
    Op(Op),
}

/// A bracketed index list.
pub struct IndexList {
    /// Span of the brackets.
    pub span: Span,
    /// The index as written, for messages.
    pub text: String,
    /// The items.
    pub items: Vec<IndexItem>,
}

/// A number: a literal (value known to the macro) or `{expr}` (run time).
#[derive(Clone)]
pub enum Num {
    /// A literal, possibly negated.
    Lit { value: i64, span: Span },
    /// `{expr}`.
    Expr { tokens: TokenStream, span: Span },
    /// A size the macro derives from the view's own dims (`rearrange`'s
    /// lowering to reshape): its dim type, written in terms of `V::Shape`
    /// of the reshape's step, its run-time value, and its text for messages.
    Derived {
        ty: TokenStream,
        value: TokenStream,
        text: String,
    },
}

impl Num {
    pub fn literal(&self) -> Option<i64> {
        match self {
            Num::Lit { value, .. } => Some(*value),
            Num::Expr { .. } | Num::Derived { .. } => None,
        }
    }
}

/// One item of a basic index.
pub enum IndexItem {
    /// `3`, `-1`, `{i}`.
    Int(Num),
    /// `start:stop:step` or a Rust range.
    Slice {
        start: Option<Num>,
        stop: Option<Num>,
        step: Option<Num>,
    },
    /// `...`.
    Ellipsis(Span),
    /// `None` / `newaxis`.
    NewAxis,
}

impl IndexItem {
    pub fn consumes_axis(&self) -> bool {
        matches!(self, IndexItem::Int(_) | IndexItem::Slice { .. })
    }
    /// `:` (every element, in order).
    pub fn is_full_slice(&self) -> bool {
        match self {
            IndexItem::Slice { start, stop, step } => {
                start.is_none()
                    && stop.is_none()
                    && step.as_ref().is_none_or(|s| s.literal() == Some(1))
            }
            _ => false,
        }
    }
}

/// An operation with its arguments.
pub struct Op {
    /// Span of the whole `.op(args)`.
    pub full_span: Span,
    /// Span of `(args)` (of the name for `.T`).
    pub args_span: Span,
    /// What it is.
    pub kind: OpKind,
}

/// The operations of `nd!` (the crate docs and ndview's guide list them).
pub enum OpKind {
    Reshape(Vec<Num>),
    /// `transpose()` / `.T`.
    Reverse,
    Transpose(Vec<i64>),
    SwapAxes(i64, i64),
    MoveAxis(i64, i64),
    SqueezeAll,
    Squeeze(i64),
    ExpandDims(i64),
    Flip(i64),
    Ravel,
    Copy,
    Flatten,
    Take {
        indices: Vec<Num>,
        axis: Option<i64>,
    },
    /// `broadcast_to(d0, ...)`: a read-only view with stride-0 axes.
    BroadcastTo(Vec<Num>),
    /// `rearrange("PATTERN", name = size, ...)`, lowered to the ops above.
    Rearrange(Box<crate::rearrange::Rearrange>),
    /// `sliding_window_view(w0, ...)` (one size per axis) or
    /// `sliding_window_view(w, axis = k)`: a read-only view of overlapping
    /// windows.
    SlidingWindowView {
        window: Vec<Num>,
        axis: Option<i64>,
    },
}

impl OpKind {
    /// Whether the op turns the chain into an owned array.
    pub fn makes_owned(&self) -> bool {
        matches!(self, OpKind::Copy | OpKind::Flatten | OpKind::Take { .. })
    }
    /// Whether the output has as many elements as the input (so a count the
    /// macro knows stays known past it).
    pub fn keeps_count(&self) -> bool {
        !matches!(
            self,
            OpKind::Take { .. } | OpKind::BroadcastTo(_) | OpKind::SlidingWindowView { .. }
        )
    }
    /// Whether it may follow `copy()` (re-shapes the owned array in place).
    pub fn reshapes_owned(&self) -> bool {
        matches!(
            self,
            OpKind::Reshape(_)
                | OpKind::Ravel
                | OpKind::ExpandDims(_)
                | OpKind::Squeeze(_)
                | OpKind::SqueezeAll
        ) || self.makes_owned()
            || matches!(self, OpKind::Rearrange(r) if r.keeps_order())
    }
}

/// Axis `a` of a rank-`n` view as a position, NumPy style (`-1` is the
/// last); `None` when out of range.
pub fn normalize_axis(a: i64, n: usize) -> Option<usize> {
    let k = if a < 0 { a + n as i64 } else { a };
    (0..n as i64).contains(&k).then_some(k as usize)
}

/// The product of the literal sizes `>= 0` among `dims` (a reshape's known
/// element count; `-1` and `{n}` are left out), saturating.
pub fn known_product(dims: &[Num]) -> u128 {
    dims.iter()
        .filter_map(Num::literal)
        .filter(|v| *v >= 0)
        .fold(1u128, |acc, v| acc.saturating_mul(v as u128))
}

/// `shape![d0, d1, ...]`.
pub struct ShapeSpec {
    pub dims: Vec<ShapeDim>,
}

/// One dim of `shape!`, with the span of its tokens.
pub struct ShapeDim {
    pub span: Span,
    pub kind: ShapeDimKind,
}

pub enum ShapeDimKind {
    /// `Dyn`.
    Dyn,
    /// A number (valid only as a literal `>= 0`).
    Num(Num),
}
