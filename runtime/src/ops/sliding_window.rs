//! `sliding_window_view`: NumPy's `lib.stride_tricks.sliding_window_view`,
//! its run-time stride rule, its type-level shape rule and its compile-time
//! check, in one place.
//!
//! A window of size `w` along an axis of size `n` has `n - w + 1`
//! positions: the result's shape is the input's with each windowed axis
//! trimmed to `n - w + 1`, followed by the window's shape; its strides are
//! the input's followed by the windowed axes' strides. Nothing is copied,
//! windows overlap, and the view is read-only (a [`View`]).
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::{sliding_window_view, Strided};
//! let x = Array::<i64, shape![5]>::arange();
//! // np.lib.stride_tricks.sliding_window_view(x, 3)
//! let w = sliding_window_view::<shape![3], _>(x.view(), [3]).unwrap();
//! let _: &View<'_, i64, shape![3, 3], Strided> = &w; // static: 5 - 3 + 1 = 3
//! assert_eq!(w.byte_strides().to_vec(), vec![8, 8]);
//! assert_eq!(w.to_vec(), vec![0, 1, 2, 1, 2, 3, 2, 3, 4]);
//! ```
//!
//! Three ways in:
//! - [`sliding_window_view`] (no `axis`: one window size per axis) and
//!   [`sliding_window_view_along`] (one axis): the output shape is computed
//!   at the type level ([`SlidingWindowShape`], [`SlidingWindowAlong`]), a
//!   static window larger than a static axis does not compile
//!   ([`WindowFits`]), `Dyn` sizes are checked at run time. These are what
//!   `nd!(x.sliding_window_view(..))` calls.
//! - [`View::sliding_window_view`]: any window and any list of axes (NumPy's
//!   `axis=(0, 0, 1)` included), everything checked at run time, for an
//!   output shape type the caller names.

use crate::arith::{DimAdd, SubBorrow, Verdict};
use crate::axis::AxisAt;
use crate::decimal::ToDecimal;
use crate::dim::{Dim, Dyn};
use crate::error::ShapeError;
use crate::known::{Then, WindowedAll, WindowedAlong};
use crate::layout::{Layout, Strided};
use crate::raw::RawView;
use crate::shape::{Shape, MAX_RANK};
use crate::view::{NdView, View};
use crate::window::Concat;
use typenum::{Bit, UInt, UTerm, Unsigned, B0, B1, U1};

impl<T, S: Shape> RawView<T, S> {
    /// The run-time rule of `sliding_window_view(x, window, axis)`: NumPy's
    /// checks in NumPy's order (window count against the axes, each window
    /// against what is left of its axis), then trimmed dims + window dims
    /// and the input's strides + the windowed axes' strides. `S2` must agree
    /// with the result (a `DimMismatch` otherwise).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// let r = a.raw_view().sliding_window::<shape![3, 2, 3]>(&[3], Some(&[1])).unwrap();
    /// assert_eq!((r.dims(), r.strides()), (&[3, 2, 3][..], &[4, 1, 1][..]));
    /// ```
    pub fn sliding_window<S2: Shape>(
        self,
        window: &[usize],
        axis: Option<&[isize]>,
    ) -> Result<RawView<T, S2>, ShapeError> {
        let ndim = S::RANK;
        let mut axes = [0usize; MAX_RANK];
        match axis {
            None if window.len() != ndim => {
                return Err(ShapeError::WindowNeedsEveryAxis {
                    window: window.len(),
                    ndim,
                })
            }
            None => {
                for (k, a) in axes.iter_mut().enumerate().take(ndim) {
                    *a = k;
                }
            }
            Some(given) if given.len() != window.len() => {
                return Err(ShapeError::WindowAxesMismatch {
                    window: window.len(),
                    axes: given.len(),
                })
            }
            Some(given) => {
                if given.len() > MAX_RANK {
                    return Err(ShapeError::TooManyIndices {
                        ndim: MAX_RANK,
                        indexed: given.len(),
                    });
                }
                for (a, &g) in axes.iter_mut().zip(given) {
                    *a = crate::axis::normalize_axis(g, ndim)?;
                }
            }
        }
        let rank = ndim + window.len();
        let mut dims = [0usize; 2 * MAX_RANK];
        let mut strides = [0isize; 2 * MAX_RANK];
        dims[..ndim].copy_from_slice(self.dims());
        strides[..ndim].copy_from_slice(self.strides());
        for (k, (&ax, &w)) in axes.iter().zip(window).enumerate() {
            let size = dims[ax];
            if size < w {
                return Err(ShapeError::WindowTooLarge {
                    axis: ax,
                    window: w,
                    size,
                });
            }
            dims[ax] = size - w + 1;
            dims[ndim + k] = w;
            strides[ndim + k] = strides[ax];
        }
        crate::array::check_dims::<S2>(&dims[..rank])?;
        // Position i on a trimmed axis plus offset j < w in the window is at
        // most (n - w) + (w - 1) = n - 1: every reachable element was
        // reachable in `self`.
        Ok(RawView::<T, S2>::with_parts::<S2>(
            self.ptr,
            &dims[..rank],
            &strides[..rank],
        ))
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// NumPy's `sliding_window_view(x, window, axis)` decided at run time:
    /// any window sizes, `axis` `None` (one size per axis) or a list of
    /// axes (negative from the end, repeats allowed, as in NumPy). The
    /// output shape type `S2` is the caller's (its rank is the view's rank
    /// plus the window's; its static dims are checked against the result).
    /// For a static output shape computed by the compiler, use
    /// [`sliding_window_view`].
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Strided;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// // np.lib.stride_tricks.sliding_window_view(a, 3, axis=1)
    /// let w: View<'_, i64, shape![Dyn, Dyn, Dyn], Strided> =
    ///     a.view().sliding_window_view(&[3], Some(&[1])).unwrap();
    /// assert_eq!(w.shape(), &[3, 2, 3]);
    /// assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 8]);
    /// assert_eq!(
    ///     a.view().sliding_window_view::<shape![Dyn, Dyn]>(&[5], None).unwrap_err().to_string(),
    ///     "Since axis is `None`, must provide window_shape for all dimensions of `x`; \
    ///      got 1 window_shape elements and `x.ndim` is 2."
    /// );
    /// ```
    pub fn sliding_window_view<S2: Shape>(
        &self,
        window: &[usize],
        axis: Option<&[isize]>,
    ) -> Result<View<'a, T, S2, Strided>, ShapeError> {
        let raw = self.raw.sliding_window::<S2>(window, axis)?;
        crate::view::debug_check::<T, S2, Strided>(&raw);
        Ok(View {
            raw,
            _borrow: core::marker::PhantomData,
        })
    }
}

/// One windowed axis at the type level: an axis of size `Self` and a
/// window of size `W` give `Self - W + 1` positions (`Trimmed`), and
/// `Fits` says whether `W <= Self`. A `Dyn` on either side gives `Dyn`,
/// checked at run time.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::WindowDim;
/// use ndview::typenum::{B0, B1, U1, U3, U5};
/// use ndview::Dyn;
/// let _: P<<U5 as WindowDim<U3>>::Trimmed> = P::<U3>;
/// let _: P<<U5 as WindowDim<U3>>::Fits> = P::<B1>;
/// let _: P<<U3 as WindowDim<U5>>::Fits> = P::<B0>;
/// let _: P<<U3 as WindowDim<U5>>::Trimmed> = P::<U1>; // kept a dim, for one message only
/// let _: P<<Dyn as WindowDim<U3>>::Trimmed> = P::<Dyn>;
/// ```
pub trait WindowDim<W> {
    /// `Self - W + 1`.
    type Trimmed: Dim;
    /// `B1` when `W <= Self` (or a side is `Dyn`).
    type Fits: Bit;
}
impl<W> WindowDim<W> for Dyn {
    type Trimmed = Dyn;
    type Fits = B1;
}
impl WindowDim<Dyn> for UTerm {
    type Trimmed = Dyn;
    type Fits = B1;
}
impl<U, B> WindowDim<Dyn> for UInt<U, B> {
    type Trimmed = Dyn;
    type Fits = B1;
}
impl<N, W> WindowDim<W> for N
where
    N: Unsigned + SubBorrow<W, B0>,
    W: Unsigned,
    <N as SubBorrow<W, B0>>::Out: Verdict,
    <<N as SubBorrow<W, B0>>::Out as Verdict>::Floor: DimAdd<U1>,
{
    type Trimmed = <<<N as SubBorrow<W, B0>>::Out as Verdict>::Floor as DimAdd<U1>>::Out;
    type Fits = <<N as SubBorrow<W, B0>>::Out as Verdict>::NonNegative;
}

/// The compile-time check of a window: implemented only for `B1`, so a
/// static window larger than its static axis is an error naming both.
///
/// ```compile_fail
/// use ndview::prelude::*;
/// let x = Array::<i64, shape![3]>::arange();
/// // error: nd!: sliding_window_view: window _5 is larger than axis 0 of size _3
/// let _ = ndview::sliding_window_view::<shape![5], _>(x.view(), [5]);
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: sliding_window_view: window {Window} is larger than axis {AXIS} of size {Size}",
    label = "window shape cannot be larger than input array shape",
    note = "a window of size w on an axis of size n has n - w + 1 positions, so w <= n; sizes print as decimal digit types, e.g. (_1, _2) is 12"
)]
pub trait WindowFits<const AXIS: isize, Window, Size> {}
#[diagnostic::do_not_recommend]
impl<const AXIS: isize, Window, Size> WindowFits<AXIS, Window, Size> for B1 {}

/// The output shape of `sliding_window_view` without `axis`: one window
/// size per axis (ranks 1 to 4, so the result's rank stays within
/// [`MAX_RANK`]); each axis trimmed, then the window's axes.
///
/// `<shape![3, 4] as SlidingWindowShape<shape![2, 3]>>::Out` is
/// `shape![2, 2, 2, 3]`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::SlidingWindowShape;
/// let _: P<<shape![3, 4] as SlidingWindowShape<shape![2, 3]>>::Out> = P::<shape![2, 2, 2, 3]>;
/// let _: P<<shape![Dyn] as SlidingWindowShape<shape![3]>>::Out> = P::<shape![Dyn, 3]>;
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: sliding_window_view without `axis` needs as many window sizes as the view has axes",
    label = "one window size per axis",
    note = "NumPy: since axis is `None`, must provide window_shape for all dimensions of `x`; \
            to slide along some axes only, name them with `axis = k`"
)]
pub trait SlidingWindowShape<W>: Shape {
    /// The result's shape.
    type Out: Shape;
}
macro_rules! sliding_window_shape {
    ($($k:literal $n:ident $w:ident),+) => {
        impl<$($n: Dim + ToDecimal, $w: Dim + ToDecimal),+> SlidingWindowShape<($($w,)+)> for ($($n,)+)
        where
            $($n: WindowDim<$w>,
              <$n as WindowDim<$w>>::Fits:
                WindowFits<$k, <$w as ToDecimal>::Out, <$n as ToDecimal>::Out>,)+
        {
            type Out = ($(<$n as WindowDim<$w>>::Trimmed,)+ $($w,)+);
        }
    };
}
sliding_window_shape!(0 A WA);
sliding_window_shape!(0 A WA, 1 B WB);
sliding_window_shape!(0 A WA, 1 B WB, 2 C WC);
sliding_window_shape!(0 A WA, 1 B WB, 2 C WC, 3 D WD);

/// The output shape of `sliding_window_view` along axis `K` (negative from
/// the end) with a window of shape `W = (w,)`: axis `K` trimmed, then the
/// window's axis.
///
/// `<shape![3, 4] as SlidingWindowAlong<1, shape![3]>>::Out` is
/// `shape![3, 2, 3]`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::SlidingWindowAlong;
/// let _: P<<shape![3, 4] as SlidingWindowAlong<1, shape![3]>>::Out> = P::<shape![3, 2, 3]>;
/// let _: P<<shape![3, 4] as SlidingWindowAlong<-2, shape![2]>>::Out> = P::<shape![2, 4, 2]>;
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!: sliding_window_view(.., axis = {K}) does not apply to this view",
    label = "no axis {K} to slide along",
    note = "for a view of rank n, axes are 0..n, or -n..-1 counting from the end; the result has one axis more (at most `ndview::MAX_RANK`)"
)]
pub trait SlidingWindowAlong<const K: isize, W>: Shape {
    /// The result's shape.
    type Out: Shape;
}
impl<S, W, const K: isize> SlidingWindowAlong<K, (W,)> for S
where
    S: AxisAt<K>,
    W: Dim + ToDecimal,
    <S as AxisAt<K>>::Dim: WindowDim<W> + ToDecimal,
    <<S as AxisAt<K>>::Dim as WindowDim<W>>::Fits:
        WindowFits<K, <W as ToDecimal>::Out, <<S as AxisAt<K>>::Dim as ToDecimal>::Out>,
    <S as AxisAt<K>>::Replace<<<S as AxisAt<K>>::Dim as WindowDim<W>>::Trimmed>: Concat<(W,)>,
{
    type Out =
        <<S as AxisAt<K>>::Replace<<<S as AxisAt<K>>::Dim as WindowDim<W>>::Trimmed> as Concat<
            (W,),
        >>::Out;
}

/// What `sliding_window_view` accepts: a read-only [`View`]. Not
/// implemented for `ViewMut`: the windows overlap, so
/// `nd!(mut x.sliding_window_view(..))` is a compile error.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::__private::WindowSource;
/// fn read_only<V: WindowSource>(_: V) {}
/// read_only(Array::<i32, shape![4]>::arange().view());
/// ```
#[diagnostic::on_unimplemented(
    message = "nd!(mut ...): `sliding_window_view` gives a read-only view, so it cannot be part of a mutable chain",
    label = "sliding windows are read-only",
    note = "the windows overlap, so one element appears in many windows; drop `mut`, or copy: `nd!(x.sliding_window_view(..).copy())`"
)]
pub trait WindowSource: NdView {}
impl<T, S: Shape, L: Layout> WindowSource for View<'_, T, S, L> {}

/// What [`sliding_window_view`] returns for a source `V` and a window
/// shape `W`: `V`'s kind of view (a [`View`]) of the windowed shape,
/// [`Strided`].
pub type Windows<V, W> =
    <V as NdView>::With<<<V as NdView>::Shape as SlidingWindowShape<W>>::Out, Strided>;

/// What [`sliding_window_view_along`] returns for a source `V`, a window
/// shape `W` and an axis `K`.
pub type WindowsAlong<V, W, const K: isize> =
    <V as NdView>::With<<<V as NdView>::Shape as SlidingWindowAlong<K, W>>::Out, Strided>;

/// NumPy's `sliding_window_view(x, window)` (no `axis`: one window size per
/// axis of `x`), with the output shape computed by the compiler: `W` is the
/// window as a shape type (`shape![2, 3]`; `Dyn` for a size known at run
/// time), `window` its sizes. A static window larger than its static axis
/// does not compile; `Dyn` sizes are checked at run time, with NumPy's
/// message.
///
/// ```
/// use ndview::prelude::*;
/// use ndview::{sliding_window_view, Strided};
/// let a = Array::<i64, shape![3, 4]>::arange();
/// let w: View<'_, i64, shape![2, 2, 2, 3], Strided> =
///     sliding_window_view::<shape![2, 3], _>(a.view(), [2, 3]).unwrap();
/// assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 32, 8]);
/// assert_eq!(nd!(w[1, 0]).to_vec(), vec![4, 5, 6, 8, 9, 10]);
///
/// // a run-time window: Dyn
/// let n = 4;
/// let x = Array::<i64, shape![Dyn]>::from_shape_vec([n], (0..n as i64).collect()).unwrap();
/// let too_big = sliding_window_view::<shape![Dyn], _>(x.view(), [5]).unwrap_err();
/// assert_eq!(
///     too_big.to_string(),
///     "window shape cannot be larger than input array shape (window 5 on axis 0 of size 4)"
/// );
/// ```
pub fn sliding_window_view<W, V>(v: V, window: W::Index) -> Result<Windows<V, W>, ShapeError>
where
    W: Shape,
    V: WindowSource,
    V::Shape: SlidingWindowShape<W>,
{
    crate::array::check_dims::<W>(window.as_ref())?;
    let raw = v.into_raw().sliding_window(window.as_ref(), None)?;
    // SAFETY: `raw` reaches only elements `v` reached (see `sliding_window`).
    Ok(unsafe { V::from_raw(raw) })
}

/// NumPy's `sliding_window_view(x, w, axis=K)`: a window along one axis
/// `K` (negative from the end), `W = shape![w]` (or `shape![Dyn]`) and
/// `window = [w]`; the output shape is computed by the compiler, as for
/// [`sliding_window_view`].
///
/// ```
/// use ndview::prelude::*;
/// use ndview::{sliding_window_view_along, Strided};
/// let a = Array::<i64, shape![3, 4]>::arange();
/// // np.lib.stride_tricks.sliding_window_view(a, 3, axis=1)
/// let w: View<'_, i64, shape![3, 2, 3], Strided> =
///     sliding_window_view_along::<shape![3], 1, _>(a.view(), [3]).unwrap();
/// assert_eq!(w.byte_strides().to_vec(), vec![32, 8, 8]);
/// assert_eq!(nd!(w[2, 1]).to_vec(), vec![9, 10, 11]);
/// ```
pub fn sliding_window_view_along<W, const K: isize, V>(
    v: V,
    window: W::Index,
) -> Result<WindowsAlong<V, W, K>, ShapeError>
where
    W: Shape,
    V: WindowSource,
    V::Shape: SlidingWindowAlong<K, W>,
{
    crate::array::check_dims::<W>(window.as_ref())?;
    let raw = v.into_raw().sliding_window(window.as_ref(), Some(&[K]))?;
    // SAFETY: `raw` reaches only elements `v` reached (see `sliding_window`).
    Ok(unsafe { V::from_raw(raw) })
}

/// What [`sliding_window_view_recorded`] returns.
#[doc(hidden)]
pub type WindowsRecorded<V, W> = <V as NdView>::With<
    <<V as NdView>::Shape as SlidingWindowShape<W>>::Out,
    <<V as NdView>::Layout as Then<WindowedAll, <V as NdView>::Shape, B0>>::Out,
>;
/// What [`sliding_window_view_along_recorded`] returns.
#[doc(hidden)]
pub type WindowsAlongRecorded<V, W, const K: isize, A> = <V as NdView>::With<
    <<V as NdView>::Shape as SlidingWindowAlong<K, W>>::Out,
    <<V as NdView>::Layout as Then<WindowedAlong<A>, <V as NdView>::Shape, B0>>::Out,
>;

/// What `nd!(x.sliding_window_view(..))` calls: [`sliding_window_view`]
/// with the op recorded in the layout (a static view stays `Known`, so a
/// later reshape of it is still decided at compile time).
#[doc(hidden)]
pub fn sliding_window_view_recorded<W, V>(
    v: V,
    window: W::Index,
) -> Result<WindowsRecorded<V, W>, ShapeError>
where
    W: Shape,
    V: WindowSource,
    V::Shape: SlidingWindowShape<W>,
    V::Layout: Then<WindowedAll, V::Shape, B0>,
{
    crate::array::check_dims::<W>(window.as_ref())?;
    let raw = v.into_raw().sliding_window(window.as_ref(), None)?;
    // SAFETY: `raw` reaches only elements `v` reached (see `sliding_window`).
    Ok(unsafe { V::from_raw(raw) })
}

/// What `nd!(x.sliding_window_view(w, axis = k))` calls: `A` is the axis
/// as the layout records it.
#[doc(hidden)]
pub fn sliding_window_view_along_recorded<W, const K: isize, A, V>(
    v: V,
    window: W::Index,
) -> Result<WindowsAlongRecorded<V, W, K, A>, ShapeError>
where
    W: Shape,
    V: WindowSource,
    V::Shape: SlidingWindowAlong<K, W>,
    V::Layout: Then<WindowedAlong<A>, V::Shape, B0>,
{
    crate::array::check_dims::<W>(window.as_ref())?;
    let raw = v.into_raw().sliding_window(window.as_ref(), Some(&[K]))?;
    // SAFETY: `raw` reaches only elements `v` reached (see `sliding_window`).
    Ok(unsafe { V::from_raw(raw) })
}

/// Window sizes given at run time (`nd!(x.sliding_window_view({w}))`) as
/// sizes: NumPy's error for a negative one.
///
/// ```
/// use ndview::__private::window_sizes;
/// assert_eq!(window_sizes([2, 3]).unwrap(), [2, 3]);
/// assert_eq!(
///     window_sizes([2, -1]).unwrap_err().to_string(),
///     "`window_shape` cannot contain negative values (found -1)"
/// );
/// ```
pub fn window_sizes<const N: usize>(sizes: [isize; N]) -> Result<[usize; N], ShapeError> {
    let mut out = [0usize; N];
    for (o, &w) in out.iter_mut().zip(&sizes) {
        *o = usize::try_from(w).map_err(|_| ShapeError::NegativeWindow { value: w })?;
    }
    Ok(out)
}
