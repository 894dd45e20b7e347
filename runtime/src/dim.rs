//! Dimensions: a static type-level number, or [`Dyn`], known only at run time.
//!
//! A static dim is a [`typenum`] unsigned number (`shape![3]` holds `U3`; the macro
//! writes a size as a name such as typenum's `U540` or the runtime's `U1080`,
//! so any size works). The arithmetic on dims, lifted over `Dyn`, is in
//! `arith.rs`.

use typenum::{Bit, Unsigned};
use typenum::{UInt, UTerm};

/// A dimension whose size is only known at run time.
///
/// ```
/// use ndview::prelude::*;
/// let a = Array::<i32, shape![Dyn, 2]>::from_shape_vec([3, 2], vec![1, 2, 3, 4, 5, 6]).unwrap();
/// assert_eq!(&*a.shape(), &[3, 2]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Dyn;

/// One dimension of a [`Shape`](crate::Shape): a typenum number or [`Dyn`].
///
/// `<U3 as Dim>::STATIC == Some(3)`, `<Dyn as Dim>::STATIC == None`.
///
/// ```
/// use ndview::{Dim, Dyn};
/// use ndview::typenum::U3;
/// assert_eq!(<U3 as Dim>::STATIC, Some(3));
/// assert_eq!(<Dyn as Dim>::STATIC, None);
/// ```
pub trait Dim: 'static {
    /// The size when known at compile time.
    const STATIC: Option<usize>;
}

impl Dim for Dyn {
    const STATIC: Option<usize> = None;
}
impl Dim for UTerm {
    const STATIC: Option<usize> = Some(0);
}
impl<U: Unsigned + 'static, B: Bit + 'static> Dim for UInt<U, B> {
    const STATIC: Option<usize> = Some(<UInt<U, B> as Unsigned>::USIZE);
}
