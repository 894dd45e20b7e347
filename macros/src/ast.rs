//! The `nd!` language as a typed syntax tree.

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
}

impl Num {
    pub fn literal(&self) -> Option<i64> {
        match self {
            Num::Lit { value, .. } => Some(*value),
            Num::Expr { .. } => None,
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
    /// What it is.
    pub kind: OpKind,
}

/// The operations of SPEC.
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
}

impl OpKind {
    /// Whether the op turns the chain into an owned array.
    pub fn makes_owned(&self) -> bool {
        matches!(self, OpKind::Copy | OpKind::Flatten | OpKind::Take { .. })
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
    }
}
