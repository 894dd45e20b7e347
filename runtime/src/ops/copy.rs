//! `copy()` and `flatten()`: the explicit copies into a fresh C-contiguous
//! [`Array`]. The kernels that gather a strided view live in `crate::copy`.

use crate::array::Array;
use crate::raw::RawView;
use crate::shape::Shape;
use crate::view::NdView;

impl<T, S: Shape> RawView<T, S> {
    /// The elements in C order as an owned array of the same shape.
    #[inline]
    pub(crate) fn to_array(self) -> Array<T, S>
    where
        T: Clone,
    {
        Array::from_parts(crate::copy::to_vec(&self), self.dims)
    }
}

/// `copy()`: an owned C-contiguous array of the view's elements.
pub fn copy<V: NdView>(v: V) -> Array<V::Elem, V::Shape>
where
    V::Elem: Clone,
{
    v.into_raw().to_array()
}

/// `flatten()`: an owned 1-D copy in C order.
pub fn flatten<V: NdView, S2: Shape>(v: V) -> Array<V::Elem, S2>
where
    V::Elem: Clone,
{
    let raw = v.into_raw();
    let data = crate::copy::to_vec(&raw);
    let mut dims = S2::Index::default();
    dims.as_mut()[0] = data.len();
    Array::from_parts(data, dims)
}
