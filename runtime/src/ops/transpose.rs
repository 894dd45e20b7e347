//! `transpose(p)`, `transpose()` and `.T`: axes permuted or reversed. The
//! run-time rules ([`RawView::permute`], [`RawView::reverse_axes`]) and the
//! type-level shape of `.T` ([`ReverseAxes`]); `transpose(p)`'s shape is the
//! permutation the macro writes out.

use crate::axis::normalize_axis;
use crate::dim::Dim;
use crate::error::ShapeError;
use crate::known::{Reversed, Then};
use crate::layout::Layout;
use crate::ops::Build;
use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};
use typenum::B0;

impl<T, S: Shape> RawView<T, S> {
    /// `transpose(p)`: `new[i] = old[p[i]]`; `p` holds normalised axes.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let x = Array::<i64, shape![5, 7, 6]>::arange();
    /// let y = x.raw_view().permute::<shape![6, 5, 7]>(&[2, 0, 1]).unwrap();
    /// assert_eq!(y.strides(), &[1, 42, 6]);
    /// ```
    #[inline]
    pub fn permute<S2: Shape>(self, perm: &[isize]) -> Result<RawView<T, S2>, ShapeError> {
        let mut out = Build::new();
        let mut seen = [false; MAX_RANK];
        if perm.len() != S::RANK {
            return Err(ShapeError::AxisOutOfBounds {
                axis: perm.len() as isize,
                ndim: S::RANK,
            });
        }
        for &p in perm {
            let k = normalize_axis(p, S::RANK)?;
            if seen[k] {
                return Err(ShapeError::AxisOutOfBounds {
                    axis: p,
                    ndim: S::RANK,
                });
            }
            seen[k] = true;
            out.push(self.dims.as_ref()[k], self.strides.as_ref()[k]);
        }
        Ok(out.finish(self.ptr))
    }

    /// `.T` / `transpose()`: axes reversed.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(a.raw_view().reverse_axes::<shape![4, 3]>().strides(), &[1, 4]);
    /// ```
    #[inline]
    pub fn reverse_axes<S2: Shape>(self) -> RawView<T, S2> {
        let mut out = Build::new();
        for k in (0..S::RANK).rev() {
            out.push(self.dims.as_ref()[k], self.strides.as_ref()[k]);
        }
        out.finish(self.ptr)
    }
}

/// `.T` / `transpose()`: the dims reversed, and the layout after it (a view
/// of rank 0 or 1 keeps its layout; others record the reversal, see
/// [`Known`](crate::Known)).
/// `<shape![2, 3, 4] as ReverseAxes<C>>::Out = shape![4, 3, 2]`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::ReverseAxes;
/// use ndview::{Strided, C};
/// let _: P<<shape![2, 3, 4] as ReverseAxes<C>>::Out> = P::<shape![4, 3, 2]>;
/// let _: P<<shape![Dyn, 3, 4] as ReverseAxes<C>>::Layout> = P::<Strided>;
/// let _: P<<shape![5] as ReverseAxes<C>>::Layout> = P::<C>;
/// ```
pub trait ReverseAxes<L> {
    /// The reversed shape.
    type Out: crate::Shape;
    /// The layout after reversing.
    type Layout: crate::Layout;
}

impl<L: Layout> ReverseAxes<L> for () {
    type Out = ();
    type Layout = L;
}
impl<L: Layout, A: Dim> ReverseAxes<L> for (A,) {
    type Out = (A,);
    type Layout = L;
}
// Rank 2 and up: the dims reversed, and the reversal recorded in the layout
// (`C` becomes `Known`, so a later reshape is still decided exactly).
macro_rules! reverse_axes {
    ($n:literal $digits:tt; $one:ident) => {};
    ($n:literal $digits:tt; $($a:ident)*) => { reverse_axes!(@ [$($a)*] [$($a)*] []); };
    (@ [$($o:ident)*] [$h:ident $($t:ident)*] [$($r:ident)*]) => {
        reverse_axes!(@ [$($o)*] [$($t)*] [$h $($r)*]);
    };
    (@ [$($o:ident)*] [] [$($r:ident)*]) => {
        impl<L: Layout, $($o: Dim),*> ReverseAxes<L> for ($($o,)*)
        where
            L: Then<Reversed, ($($o,)*), B0>,
        {
            type Out = ($($r,)*);
            type Layout = <L as Then<Reversed, ($($o,)*), B0>>::Out;
        }
    };
}
crate::shape::for_each_rank!(reverse_axes);
