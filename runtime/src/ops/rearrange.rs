//! The run-time half of `rearrange` in `nd!`: the sizes its pattern gives
//! for the left-hand axes, checked against the view's dims. The pattern
//! itself is parsed, checked and lowered to reshape/transpose by the macro.

use crate::error::DimList;
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::NdView;
use crate::ShapeError;

/// Check the sizes a `rearrange` call gives, `(axis, product, whole)` per
/// left-hand axis: `whole` when every size of the axis's group is given
/// (the axis must equal `product`), else the one unknown size is inferred
/// (`product` must divide the axis). Returns the view, unchanged, with its
/// dims, from which `nd!` computes the sizes of its reshapes. `S2` is the
/// view's shape as `nd!`'s rank check gives it back (the same type).
///
/// ```
/// use ndview::prelude::*;
/// use ndview::__private::rearrange_dims;
/// let a = Array::<i64, shape![6, 4]>::arange();
/// let (v, dims) = rearrange_dims::<_, shape![6, 4]>(a.view(), &[(0, 3, false)]).unwrap();
/// assert_eq!((dims, v.len()), ([6, 4], 24));
/// let e = rearrange_dims::<_, shape![6, 4]>(a.view(), &[(0, 4, false)]).unwrap_err();
/// assert_eq!(e.to_string(), "cannot reshape array of size 6 into shape (-1,4)");
/// ```
#[allow(clippy::type_complexity)]
pub fn rearrange_dims<V: NdView, S2: Shape>(
    v: V,
    given: &[(usize, isize, bool)],
) -> Result<(V::With<S2, V::Layout>, S2::Index), ShapeError> {
    let raw = v.into_raw();
    for &(axis, product, whole) in given {
        let size = raw.dims()[axis];
        let fits = if whole {
            usize::try_from(product) == Ok(size)
        } else {
            product > 0 && size % product as usize == 0
        };
        if !fits {
            let to: &[isize] = if whole { &[product] } else { &[-1, product] };
            return Err(ShapeError::ReshapeCount {
                from: size,
                to: DimList::from_signed(to),
            });
        }
    }
    // `S2` is the view's own shape, as the caller's rank check names it.
    let mut dims = S2::Index::default();
    let mut strides = S2::Strides::default();
    dims.as_mut().copy_from_slice(raw.dims());
    strides.as_mut().copy_from_slice(raw.strides());
    let same = RawView {
        ptr: raw.ptr,
        dims,
        strides,
    };
    // SAFETY: the raw view this view gave, unchanged.
    Ok((unsafe { V::from_raw(same) }, dims))
}
