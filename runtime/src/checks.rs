//! The compile-time checks `nd!` expansions require, as traits implemented
//! only for typenum's `B1` (a check that answers `B0` does not compile).
//!
//! The numbers the macro knows (an index, an axis) are const parameters, which
//! rustc prints in decimal in the message; a size computed at the type level
//! is a digit type (`(_1, _2)` is 12). Being library traits, they cost each
//! call site nothing but the bound itself.

use typenum::B1;

/// A literal index inside its axis: `-size <= INDEX < size`.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a[3, 0]); // nd!: index 3 is out of bounds for axis 0 with size _3
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: index {INDEX} is out of bounds for axis {AXIS} with size {Size}",
    label = "index out of bounds",
    note = "valid indices on an axis of size n are -n..n; sizes print as decimal digit types, e.g. (_1, _2) is 12 (a negative axis counts from the end)"
)]
pub trait IndexInBounds<const INDEX: i64, const AXIS: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const INDEX: i64, const AXIS: i64, Size> IndexInBounds<INDEX, AXIS, Size> for B1 {}

/// `squeeze(AXIS)` of an axis of size 1.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a.squeeze(0)); // nd!: squeeze(0): that axis has size _3, not 1
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: squeeze({AXIS}): that axis has size {Size}, not 1; only axes of size 1 can be squeezed",
    label = "axis size is not 1",
    note = "sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait SqueezeSizeOne<const AXIS: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const AXIS: i64, Size> SqueezeSizeOne<AXIS, Size> for B1 {}

/// A literal `take` index inside the flattened view.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a.take([12])); // nd!: take index 12 is out of bounds for the flattened view, of size (_1, _2)
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: take index {INDEX} is out of bounds for the flattened view, of size {Size}",
    label = "index out of bounds",
    note = "valid indices are -n..n for size n; sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait TakeInBounds<const INDEX: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const INDEX: i64, Size> TakeInBounds<INDEX, Size> for B1 {}

/// A literal `take(.., axis = AXIS)` index inside that axis.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let _ = nd!(a.take([4], axis = 1)); // nd!: take index 4 is out of bounds for axis 1, of size _4
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: take index {INDEX} is out of bounds for axis {AXIS}, of size {Size}",
    label = "index out of bounds",
    note = "valid indices are -n..n for size n; sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait TakeAxisInBounds<const INDEX: i64, const AXIS: i64, Size> {}
#[diagnostic::do_not_recommend]
impl<const INDEX: i64, const AXIS: i64, Size> TakeAxisInBounds<INDEX, AXIS, Size> for B1 {}

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
