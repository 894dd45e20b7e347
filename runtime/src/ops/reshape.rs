//! `reshape(d0, ...)` and `ravel()`: the same elements under new dims, as a
//! view. The run-time rules ([`RawView::reshape`], NumPy's no-copy stride
//! rule [`reshape_strides`] and the `-1` inference [`infer_reshape`]), the
//! type-level view-ability of a reshape and `ravel()` (the replay of a
//! [`Known`](crate::Known) layout, in `crate::known`). The element-count
//! check is the macro's (`ShapeSize` of both shapes).

use crate::dim::Dyn;
use crate::error::ShapeError;

use crate::raw::RawView;
use crate::shape::Shape;
use crate::strides::c_strides;
use crate::strides::element_count;
use crate::strides::is_c_contiguous;

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

    /// `ravel()`: a 1-D view of a C-contiguous view. NumPy's `ravel` copies
    /// anything else, even where `reshape(-1)` would be a view; here that is
    /// an error naming the copy (and `reshape(-1)` when it is a view).
    ///
    /// ```
    /// use ndview::prelude::*;
    /// use ndview::{ShapeError, Viewable};
    /// let a = Array::<i64, shape![3, 4]>::arange();
    /// assert_eq!(nd!(a[1:]).raw_view().ravel::<shape![8]>().unwrap().dims(), &[8]);
    /// // a[:, ::2] is not contiguous, but its reshape(-1) is a view (strides (4, 2))
    /// let err = nd!(a[:, ::2]).raw_view().ravel::<shape![6]>().map(drop).unwrap_err();
    /// assert_eq!(err, ShapeError::RavelNeedsCopy { reshape_is_view: true });
    /// // a[::2] is neither (strides (8, 1))
    /// let err = nd!(a[::2]).raw_view().ravel::<shape![8]>().map(drop).unwrap_err();
    /// assert_eq!(err, ShapeError::RavelNeedsCopy { reshape_is_view: false });
    /// ```
    #[inline]
    pub fn ravel<S2: Shape>(self) -> Result<RawView<T, S2>, ShapeError> {
        if self.dims.as_ref().contains(&0)
            || crate::strides::is_c_contiguous(self.dims.as_ref(), self.strides.as_ref())
        {
            return self.reshape(&[-1]);
        }
        let reshape_is_view = self.reshape::<S2>(&[-1]).is_ok();
        Err(ShapeError::RavelNeedsCopy { reshape_is_view })
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
