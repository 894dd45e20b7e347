//! `nd!(x.broadcast_to(d0, ...))`: the run-time rule ([`RawView::broadcast_to`]),
//! the type-level rule per axis ([`DimBroadcast`]), its compile error
//! ([`Broadcasts`]),
//! and the marker that keeps broadcast views read-only.
//!
//! `broadcast_to` aligns the view's axes with the target's from the right;
//! each aligned axis must have the target's size (its stride is kept) or size
//! 1 (stride 0: the one element repeats), and the target's extra leading axes
//! get stride 0. Static sizes are checked by the compiler; a `Dyn` size on
//! either side is checked at run time.
//!
//! ```
//! use ndview::prelude::*;
//! let x = Array::<i64, shape![3]>::arange();
//! let b = nd!(x.broadcast_to(2, 3));     // np.broadcast_to(x, (2, 3))
//! assert_eq!(b.byte_strides().to_vec(), vec![0, 8]);
//! assert_eq!(b.to_vec(), vec![0, 1, 2, 0, 1, 2]);
//! let col = Array::<i64, shape![3, 1]>::arange();
//! assert_eq!(nd!(col.broadcast_to(3, 2)).to_vec(), vec![0, 0, 1, 1, 2, 2]);
//! ```
//!
//! A broadcast view repeats elements, so writing through it would write one
//! element many times: it is always a [`View`], and `nd!(mut ...)` of a
//! `broadcast_to` does not compile. Copy first to get a writable array:
//! `nd!(x.broadcast_to(2, 3).copy())`.

use crate::dim::Dyn;
use crate::error::ShapeError;
use crate::layout::Layout;
use crate::ops::Build;
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::{NdView, View};
use typenum::{Bit, IsEqual, Unsigned, B1, U1};

/// `B1` when an axis of size `Self` broadcasts to size `Target`: equal, or
/// `Self` is 1, or either is `Dyn` (checked at run time); `B0` otherwise.
///
/// ```
/// use ndview::__private::DimBroadcast;
/// use ndview::typenum::{Bit, U1, U3, U4};
/// use ndview::Dyn;
/// fn answer<A: DimBroadcast<B>, B>() -> bool { <A::Out as Bit>::BOOL }
/// assert!(answer::<U1, U4>());
/// assert!(answer::<U4, U4>());
/// assert!(answer::<Dyn, U4>());
/// assert!(!answer::<U3, U4>());
/// ```
pub trait DimBroadcast<Target> {
    /// The answer.
    type Out: Bit;
}
impl<Target> DimBroadcast<Target> for Dyn {
    type Out = B1;
}
impl DimBroadcast<Dyn> for typenum::UTerm {
    type Out = B1;
}
impl<U, B> DimBroadcast<Dyn> for typenum::UInt<U, B> {
    type Out = B1;
}
impl<N, T> DimBroadcast<T> for N
where
    N: Unsigned + IsEqual<T> + IsEqual<U1>,
    T: Unsigned,
    typenum::Eq<N, T>: core::ops::BitOr<typenum::Eq<N, U1>>,
    typenum::Or<typenum::Eq<N, T>, typenum::Eq<N, U1>>: Bit,
{
    type Out = typenum::Or<typenum::Eq<N, T>, typenum::Eq<N, U1>>;
}

/// What `broadcast_to` accepts: a read-only [`View`]. Not implemented for
/// `ViewMut`, so `nd!(mut x.broadcast_to(...))` is a compile error.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::__private::BroadcastSource;
/// fn read_only<V: BroadcastSource>(_: V) {}
/// let a = Array::<i32, shape![4]>::arange();
/// read_only(a.view());
/// ```
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let mut x = Array::<i32, shape![3]>::arange();
/// // error: nd!(mut ...): `broadcast_to` gives a read-only view, ...
/// nd!(mut x.broadcast_to(2, 3)).fill(1);
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!(mut ...): `broadcast_to` gives a read-only view, so it cannot be part of a mutable chain",
    label = "broadcast views are read-only",
    note = "its stride-0 axes show one element many times, so writing through it would write that element many times; \
            drop `mut`, or copy the broadcast first: `let mut b = nd!(x.broadcast_to(...).copy());`"
)]
pub trait BroadcastSource: NdView {}
impl<T, S: Shape, L: Layout> BroadcastSource for View<'_, T, S, L> {}

impl<T, S: Shape> RawView<T, S> {
    /// `broadcast_to(target)`, NumPy's rule: axes aligned from the right keep
    /// their stride when the sizes are equal, get stride 0 when the view's
    /// size is 1; the target's extra leading axes get stride 0.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let row = Array::<i64, shape![1, 4]>::arange();
    /// let b = row.raw_view().broadcast_to::<shape![2, 3, 4]>(&[2, 3, 4]).unwrap();
    /// assert_eq!(b.strides(), &[0, 0, 1]);
    /// assert!(row.raw_view().broadcast_to::<shape![3, 5]>(&[3, 5]).is_err());
    /// ```
    #[inline]
    pub fn broadcast_to<S2: Shape>(self, target: &[isize]) -> Result<RawView<T, S2>, ShapeError> {
        if let Some(&value) = target.iter().find(|t| **t < 0) {
            return Err(ShapeError::NegativeDim { value });
        }
        let mismatch = || ShapeError::BroadcastMismatch {
            from: crate::error::DimList::from_dims(self.dims.as_ref()),
            to: crate::error::DimList::from_signed(target),
        };
        let lead = target.len().checked_sub(S::RANK).ok_or_else(mismatch)?;
        let mut out = Build::new();
        for (j, &t) in target.iter().enumerate() {
            let t = t as usize;
            if j < lead {
                out.push(t, 0);
                continue;
            }
            let (d, s) = (
                self.dims.as_ref()[j - lead],
                self.strides.as_ref()[j - lead],
            );
            if d == t {
                out.push(t, s);
            } else if d == 1 {
                out.push(t, 0);
            } else {
                return Err(mismatch());
            }
        }
        Ok(out.finish(self.ptr))
    }
}

/// `broadcast_to`: an axis of the view broadcasts to the target size `TARGET`
/// on axis `AXIS` of the target.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3]>::arange();
/// let _ = nd!(a.broadcast_to(2, 4)); // cannot broadcast size _3 to size 4 on axis 1
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: broadcast_to: cannot broadcast size {Size} to size {TARGET} on axis {AXIS} of the target",
    label = "sizes do not broadcast",
    note = "axes are aligned from the right; each must have the target's size or size 1 (then it repeats); sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait Broadcasts<const TARGET: u64, const AXIS: u64, Size> {}
#[diagnostic::do_not_recommend]
impl<const TARGET: u64, const AXIS: u64, Size> Broadcasts<TARGET, AXIS, Size> for B1 {}
