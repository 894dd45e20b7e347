//! `reshape(d0, ...)` and `ravel()`: the same elements under new dims, as a
//! view. The run-time rules ([`RawView::reshape`], NumPy's no-copy stride
//! rule [`reshape_strides`] and the `-1` inference [`infer_reshape`]), the
//! type-level view-ability of a reshape ([`ReshapeIsView`]) and `ravel()`'s
//! layout requirement ([`RavelNeedsC`]). The element-count check is the
//! macro's (`ShapeSize` of both shapes).

use crate::dim::Dyn;
use crate::error::ShapeError;
use crate::layout::{Strided, C};
use crate::raw::RawView;
use crate::shape::{Cons, Nil, Shape};
use crate::strides::c_strides;
use crate::strides::element_count;
use crate::strides::is_c_contiguous;
use core::ops::Mul;
use typenum::{Bit, Cmp, Compare, Equal, Greater, Less, Unsigned, B0, B1, U1};

impl<T, S: Shape> RawView<T, S> {
    /// `reshape(spec)` with at most one `-1`, as a view (NumPy's no-copy rule).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// let r = a.raw_view().reshape::<shape![6, 2]>(&[6, -1]).unwrap();
    /// assert_eq!(r.strides(), &[2, 1]);
    /// // a transposed view cannot be flattened without a copy
    /// let t = nd!(a.T).raw_view();
    /// assert!(t.reshape::<shape![12]>(&[12]).is_err());
    /// ```
    #[inline]
    pub fn reshape<S2: Shape>(self, spec: &[isize]) -> Result<RawView<T, S2>, ShapeError> {
        let dims = self.reshape_dims::<S2>(spec)?;
        let mut strides = S2::Strides::default();
        if !crate::ops::reshape::reshape_strides(
            self.dims.as_ref(),
            self.strides.as_ref(),
            dims.as_ref(),
            strides.as_mut(),
        ) {
            return Err(ShapeError::ReshapeNeedsCopy);
        }
        Ok(RawView {
            ptr: self.ptr,
            dims,
            strides,
        })
    }

    /// The dims a reshape to `spec` gives. When both shapes are fully static
    /// the compiler has already proved the element counts equal, and the dims
    /// are the type's constants.
    #[inline]
    fn reshape_dims<S2: Shape>(&self, spec: &[isize]) -> Result<S2::Index, ShapeError> {
        let mut dims = S2::Index::default();
        if !crate::shape::has_dyn::<S>() && !crate::shape::has_dyn::<S2>() {
            for (d, s) in dims.as_mut().iter_mut().zip(S2::STATIC_DIMS) {
                *d = s.unwrap_or(0);
            }
        } else {
            crate::ops::reshape::infer_reshape(self.len(), spec, dims.as_mut())?;
        }
        Ok(dims)
    }

    /// `reshape(spec)` of a view whose type proves it C-contiguous: fresh C
    /// strides, with no stride analysis (what NumPy does for contiguous
    /// arrays too).
    ///
    /// Only for views typed [`C`](crate::C): the layout marker's invariant is
    /// what makes the C strides address the same elements.
    #[inline]
    pub(crate) fn reshape_contiguous<S2: Shape>(
        self,
        spec: &[isize],
    ) -> Result<RawView<T, S2>, ShapeError> {
        Ok(self.with_c_strides(self.reshape_dims::<S2>(spec)?))
    }

    /// `ravel()`: a 1-D view of a contiguous view.
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::Viewable;
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(nd!(a[1:]).raw_view().ravel::<shape![8]>().unwrap().dims(), &[8]);
    /// ```
    #[inline]
    pub fn ravel<S2: Shape>(self) -> Result<RawView<T, S2>, ShapeError> {
        self.reshape(&[-1])
    }
}

/// NumPy's no-copy reshape (`_attempt_nocopy_reshape`): strides for `new_dims`
/// that address the same elements in the same C order as `(dims, strides)`, or
/// `None` when that needs a copy. Element counts must already agree.
///
/// ```
/// use ndview::__private::reshape_strides;
/// let mut out = [0isize; 2];
/// // arange(24).reshape(2,3,4)[:, :, ::2] -> reshape(6, 2) is a view
/// assert!(reshape_strides(&[2, 3, 2], &[12, 4, 2], &[6, 2], &mut out));
/// assert_eq!(out, [4, 2]);
/// // a transposed (3, 4) array cannot be flattened without a copy
/// let mut flat = [0isize; 1];
/// assert!(!reshape_strides(&[4, 3], &[1, 4], &[12], &mut flat));
/// ```
#[inline]
pub fn reshape_strides(
    dims: &[usize],
    strides: &[isize],
    new_dims: &[usize],
    out: &mut [isize],
) -> bool {
    debug_assert_eq!(element_count(dims), element_count(new_dims));
    if dims.contains(&0) || is_c_contiguous(dims, strides) {
        // Empty or contiguous: fresh C strides (scaled by the last stride is not
        // needed: contiguous means unit innermost stride).
        c_strides(new_dims, out);
        return true;
    }
    // Drop length-1 axes of the source.
    let mut od = [0usize; 64];
    let mut os = [0isize; 64];
    let mut oi = 0;
    for (d, s) in dims.iter().zip(strides) {
        if *d != 1 {
            od[oi] = *d;
            os[oi] = *s;
            oi += 1;
        }
    }
    let (od, os) = (&od[..oi], &os[..oi]);
    let nn = new_dims.len();
    let (mut oi, mut oj) = (0usize, 1usize);
    let (mut ni, mut nj) = (0usize, 1usize);
    while ni < nn && oi < od.len() {
        let mut np = new_dims[ni];
        let mut op = od[oi];
        while np != op {
            if np < op {
                np *= new_dims[nj];
                nj += 1;
            } else {
                op *= od[oj];
                oj += 1;
            }
        }
        // The merged old axes must be contiguous with each other.
        for ok in oi..oj - 1 {
            if os[ok] != od[ok + 1] as isize * os[ok + 1] {
                return false;
            }
        }
        // New strides, right to left, from the last old stride of the group.
        out[nj - 1] = os[oj - 1];
        for nk in (ni + 1..nj).rev() {
            out[nk - 1] = out[nk] * new_dims[nk] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // Trailing new length-1 axes take the last stride (any stride would do).
    let last = if ni >= 1 { out[ni - 1] } else { 1 };
    for s in out.iter_mut().take(nn).skip(ni) {
        *s = last;
    }
    true
}

/// Resolve a reshape target with at most one `-1` against `len` elements.
///
/// ```
/// use ndview::__private::infer_reshape;
/// let mut out = [0usize; 2];
/// infer_reshape(12, &[-1, 4], &mut out).unwrap();
/// assert_eq!(out, [3, 4]);
/// assert!(infer_reshape(12, &[5, -1], &mut out).is_err());
/// ```
#[inline]
pub fn infer_reshape(len: usize, spec: &[isize], out: &mut [usize]) -> Result<(), ShapeError> {
    let mut known: usize = 1;
    let mut unknown = None;
    for (k, (&d, o)) in spec.iter().zip(out.iter_mut()).enumerate() {
        if d < 0 {
            if d != -1 || unknown.is_some() {
                return Err(ShapeError::BadReshapeSpec { value: d });
            }
            unknown = Some(k);
        } else {
            *o = d as usize;
            known = known.checked_mul(d as usize).ok_or(ShapeError::Overflow)?;
        }
    }
    let ok = match unknown {
        Some(k) => {
            if known != 0 && len % known == 0 {
                out[k] = len / known;
                true
            } else {
                false
            }
        }
        None => known == len,
    };
    if ok {
        Ok(())
    } else {
        Err(ShapeError::ReshapeCount {
            from: len,
            to: crate::error::DimList::from_signed(spec),
        })
    }
}

/// Whether a reshape of a view with layout `Self` and dims list `Src` into
/// `Target` can be a view: always for [`C`]; for [`Strided`], when it only
/// splits axes and adds or removes length-1 axes ([`SplitsInto`]).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::ShapeList;
/// use ndview::__private::ReshapeIsView;
/// use ndview::typenum::{B0, B1};
/// use ndview::{Strided, C};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<C as ReshapeIsView<L<shape![6, 4]>, L<shape![24]>>>::Out> = P::<B1>;
/// let _: P<<Strided as ReshapeIsView<L<shape![6, 4]>, L<shape![2, 3, 4]>>>::Out> = P::<B1>;
/// let _: P<<Strided as ReshapeIsView<L<shape![6, 4]>, L<shape![24]>>>::Out> = P::<B0>;
/// ```
pub trait ReshapeIsView<Src, Target> {
    /// `B1` when it is a view.
    type Out: Bit;
}
impl<Src, Target> ReshapeIsView<Src, Target> for C {
    type Out = B1;
}
impl<Src, Target> ReshapeIsView<Src, Target> for Strided
where
    Src: SplitsInto<Target> + HasZero,
    <Src as HasZero>::Out: core::ops::BitOr<<Src as SplitsInto<Target>>::Out>,
    typenum::Or<<Src as HasZero>::Out, <Src as SplitsInto<Target>>::Out>: Bit,
{
    // An empty array reshapes freely (NumPy: zero-size arrays are contiguous).
    type Out = typenum::Or<<Src as HasZero>::Out, <Src as SplitsInto<Target>>::Out>;
}

/// `B1` when some dim of the list is statically 0.
pub trait HasZero {
    /// The answer.
    type Out: Bit;
}
impl HasZero for Nil {
    type Out = B0;
}
impl<H: DimKind, R: HasZero> HasZero for Cons<H, R>
where
    H::Kind: KindIsZero,
    <H::Kind as KindIsZero>::Out: core::ops::BitOr<<R as HasZero>::Out>,
    typenum::Or<<H::Kind as KindIsZero>::Out, <R as HasZero>::Out>: Bit,
{
    type Out = typenum::Or<<H::Kind as KindIsZero>::Out, <R as HasZero>::Out>;
}
/// `B1` for the kind of a dim equal to 0.
pub trait KindIsZero {
    /// The answer.
    type Out: Bit;
}
impl KindIsZero for Less {
    type Out = B1;
}
impl KindIsZero for Equal {
    type Out = B0;
}
impl KindIsZero for Greater {
    type Out = B0;
}
impl KindIsZero for Dyn {
    type Out = B0;
}

/// `B1` when every source axis (length-1 axes aside) is the product of a run
/// of consecutive target axes, so reshaping needs no merge of strided axes:
/// `SplitsInto<[6, 4] -> [2, 3, 4]>` is `B1`, `[6, 4] -> [24]` is `B0`.
/// Any zero-length source axis answers `B1` (empty arrays reshape freely);
/// a `Dyn` source axis answers `B0` (not provable at compile time).
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::ShapeList;
/// use ndview::__private::SplitsInto;
/// use ndview::typenum::{B0, B1};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<L<shape![6, 4]> as SplitsInto<L<shape![2, 3, 1, 4]>>>::Out> = P::<B1>;
/// let _: P<<L<shape![6, 4]> as SplitsInto<L<shape![24]>>>::Out> = P::<B0>;
/// let _: P<<L<shape![Dyn, 4]> as SplitsInto<L<shape![Dyn, 2, 2]>>>::Out> = P::<B0>;
/// ```
pub trait SplitsInto<Target> {
    /// The answer.
    type Out: Bit;
}

/// `B1` when every entry of the list is 1.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::ShapeList;
/// use ndview::__private::AllOnes;
/// use ndview::typenum::{B0, B1};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<L<shape![1, 1]> as AllOnes>::Out> = P::<B1>;
/// let _: P<<L<shape![1, 2]> as AllOnes>::Out> = P::<B0>;
/// ```
pub trait AllOnes {
    /// The answer.
    type Out: Bit;
}
impl AllOnes for Nil {
    type Out = B1;
}
impl<H: DimKind, R: AllOnes> AllOnes for Cons<H, R>
where
    <H as DimKind>::Kind: KindIsOne,
    <<H as DimKind>::Kind as KindIsOne>::Out: core::ops::BitAnd<<R as AllOnes>::Out>,
    typenum::And<<<H as DimKind>::Kind as KindIsOne>::Out, <R as AllOnes>::Out>: Bit,
{
    type Out = typenum::And<<<H as DimKind>::Kind as KindIsOne>::Out, <R as AllOnes>::Out>;
}

/// Classifies a dim: `Less` for 0, `Equal` for 1, `Greater` for more, `Dyn` for `Dyn`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::DimKind;
/// use ndview::typenum::{Equal, Greater, Less, U0, U1, U5};
/// use ndview::Dyn;
/// let _: P<<U0 as DimKind>::Kind> = P::<Less>;
/// let _: P<<U1 as DimKind>::Kind> = P::<Equal>;
/// let _: P<<U5 as DimKind>::Kind> = P::<Greater>;
/// let _: P<<Dyn as DimKind>::Kind> = P::<Dyn>;
/// ```
pub trait DimKind {
    /// `Less`, `Equal`, `Greater` or `Dyn`.
    type Kind;
}
impl DimKind for Dyn {
    type Kind = Dyn;
}
impl<N: Unsigned + Cmp<U1>> DimKind for N {
    type Kind = Compare<N, U1>;
}
/// `B1` for the kind of a dim equal to 1.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::KindIsOne;
/// use ndview::typenum::{Equal, Greater, B0, B1};
/// let _: P<<Equal as KindIsOne>::Out> = P::<B1>;
/// let _: P<<Greater as KindIsOne>::Out> = P::<B0>;
/// ```
pub trait KindIsOne {
    /// The answer.
    type Out: Bit;
}
impl KindIsOne for Equal {
    type Out = B1;
}
impl KindIsOne for Less {
    type Out = B0;
}
impl KindIsOne for Greater {
    type Out = B0;
}
impl KindIsOne for Dyn {
    type Out = B0;
}

impl<T: AllOnes> SplitsInto<T> for Nil {
    type Out = <T as AllOnes>::Out;
}
impl<D: DimKind, SR, T> SplitsInto<T> for Cons<D, SR>
where
    D::Kind: SplitHead<D, SR, T>,
{
    type Out = <D::Kind as SplitHead<D, SR, T>>::Out;
}

/// One step of [`SplitsInto`], chosen by the kind of the source head `D`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::{Nil, ShapeList};
/// use ndview::__private::SplitHead;
/// use ndview::typenum::{Greater, B1, U6};
/// type L<S> = <S as ShapeList>::List;
/// // a source head 6 (> 1) followed by nothing, into [2, 3]
/// let _: P<<Greater as SplitHead<U6, Nil, L<shape![2, 3]>>>::Out> = P::<B1>;
/// ```
pub trait SplitHead<D, SR, T> {
    /// The answer.
    type Out: Bit;
}
/// `D == 0`: an empty array, any reshape is a view.
impl<D, SR, T> SplitHead<D, SR, T> for Less {
    type Out = B1;
}
/// `D == 1`: drop the source axis.
impl<D, SR: SplitsInto<T>, T> SplitHead<D, SR, T> for Equal {
    type Out = <SR as SplitsInto<T>>::Out;
}
/// `D` unknown: not provable.
impl<D, SR, T> SplitHead<D, SR, T> for Dyn {
    type Out = B0;
}
/// `D > 1`: consume target axes until their product reaches `D`.
impl<D, SR, T> SplitHead<D, SR, T> for Greater
where
    T: Consume<D, U1, SR>,
{
    type Out = <T as Consume<D, U1, SR>>::Out;
}

/// Consume target axes (the list `Self`) into a running product `Acc` until it
/// equals `D`, then continue [`SplitsInto`] with the source rest `SR`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::prelude::*;
/// use ndview::__private::{Nil, ShapeList};
/// use ndview::__private::Consume;
/// use ndview::typenum::{B0, B1, U1, U6};
/// type L<S> = <S as ShapeList>::List;
/// let _: P<<L<shape![2, 3]> as Consume<U6, U1, Nil>>::Out> = P::<B1>; // 2 * 3 == 6
/// let _: P<<L<shape![4, 3]> as Consume<U6, U1, Nil>>::Out> = P::<B0>; // 4 * 3 overshoots
/// ```
pub trait Consume<D, Acc, SR> {
    /// The answer.
    type Out: Bit;
}
impl<D, Acc, SR, T> Consume<D, Acc, SR> for T
where
    Acc: Cmp<D>,
    Compare<Acc, D>: ConsumeStep<D, Acc, SR, T>,
{
    type Out = <Compare<Acc, D> as ConsumeStep<D, Acc, SR, T>>::Out;
}

/// One step of [`Consume`], chosen by comparing the running product with `D`.
///
/// ```
/// use core::marker::PhantomData as P;
/// use ndview::__private::Nil;
/// use ndview::__private::ConsumeStep;
/// use ndview::typenum::{Equal, Greater, B0, B1, U6, U8};
/// let _: P<<Equal as ConsumeStep<U6, U6, Nil, Nil>>::Out> = P::<B1>;   // product reached 6
/// let _: P<<Greater as ConsumeStep<U6, U8, Nil, Nil>>::Out> = P::<B0>; // went past 6
/// ```
pub trait ConsumeStep<D, Acc, SR, T> {
    /// The answer.
    type Out: Bit;
}
impl<D, Acc, SR: SplitsInto<T>, T> ConsumeStep<D, Acc, SR, T> for Equal {
    type Out = <SR as SplitsInto<T>>::Out;
}
impl<D, Acc, SR, T> ConsumeStep<D, Acc, SR, T> for Greater {
    type Out = B0;
}
impl<D, Acc, SR> ConsumeStep<D, Acc, SR, Nil> for Less {
    type Out = B0;
}
impl<D, Acc, SR, H, TR> ConsumeStep<D, Acc, SR, Cons<H, TR>> for Less
where
    Acc: Mul<H>,
    TR: Consume<D, typenum::Prod<Acc, H>, SR>,
{
    type Out = <TR as Consume<D, typenum::Prod<Acc, H>, SR>>::Out;
}

/// What `ravel()` needs: a layout that proves C-contiguity.
#[diagnostic::on_unimplemented(
    message = "nd!: cannot ravel this view without copying: its type does not prove it is C-contiguous (layout `{Self}`, e.g. after a transpose, a stepped slice or flip); write `.copy().ravel()` or `.flatten()`",
    label = "needs a copy",
    note = "ravel returns a view, which needs C-contiguous memory; `.copy()` makes the copy explicit"
)]
pub trait RavelNeedsC {}
#[diagnostic::do_not_recommend]
impl RavelNeedsC for C {}
