//! # ndview for NumPy users
//!
//! This guide maps what you know from NumPy onto ndview. The short version:
//! NumPy's basic indexing and view operations are written inside `nd!`,
//! shapes are part of the types, and anything NumPy would do with a hidden
//! copy is an error that tells you which copy to write (at compile time
//! when the shapes and steps are static).
//!
//! 1. [Strides and offsets](#strides-and-offsets)
//! 2. [Views](#views)
//! 3. [The layout marker: `C` or `Strided`](#the-layout-marker-c-or-strided),
//!    and [Copies](#copies)
//! 4. [Indexing: NumPy to `nd!`](#indexing-numpy-to-nd)
//! 5. [Operations](#operations)
//! 6. [rearrange](#rearrange)
//! 7. [Run-time values and `Dyn` dims](#run-time-values-and-dyn-dims)
//! 8. [Mutation](#mutation)
//! 9. [Reading the compile errors](#reading-the-compile-errors)
//! 10. [Differences from ndarray and from NumPy](#differences-from-ndarray-and-from-numpy)
//!
//! ## Strides and offsets
//!
//! An array is one buffer plus, per axis, a length (the dim) and a *stride*:
//! how far apart two neighbours along that axis sit in memory. The element at
//! multi-index `[i, j, k]` is at `offset + i*s0 + j*s1 + k*s2`. A new array
//! is C-contiguous (row-major): the last axis has stride one element, and
//! each stride to its left is the product of the dims to its right.
//!
//! NumPy's `.strides` counts bytes; ndview gives both: `strides()` in
//! elements, `byte_strides()` in bytes (what NumPy prints).
//!
//! ```
//! use ndview::prelude::*;
//! // a = np.arange(12).reshape(3, 4); a.strides == (32, 8)
//! let a = Array::<i64, shape![3, 4]>::arange();
//! assert_eq!(a.strides(), &[4, 1]);
//! assert_eq!(a.byte_strides(), [32, 8]);
//! // a[1, 3] sits 1*4 + 3*1 = 7 elements from the start
//! assert_eq!(*nd!(a[1, 3]), 7);
//! assert_eq!(a.as_slice()[7], 7);
//! ```
//!
//! ## Views
//!
//! A view ([`View`](crate::View), or [`ViewMut`](crate::ViewMut) for
//! `nd!(mut ...)`) is a pointer, dims and strides over memory it borrows.
//! Every index and every operation of `nd!` except `copy`, `flatten` and
//! `take` builds a new view by arithmetic on those numbers alone: slicing
//! moves the start and multiplies a stride by the step, `transpose` permutes
//! the strides, `reshape` computes new strides. No element is read or
//! written, nothing is allocated, and the borrow checker makes sure the view
//! does not outlive the array.
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let t = nd!(a.T);                        // a.T
//! assert_eq!(t.shape(), &[4, 3]);
//! assert_eq!(t.byte_strides(), [8, 32]);   // swapped; no element moved
//! assert!(t.shares_memory(&a));            // np.shares_memory(t, a)
//! assert_eq!(t.to_vec(), vec![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
//! ```
//!
//! A view is printed like NumPy prints an array (`Display`); `Debug` adds
//! shape, strides (in elements), layout and contiguity.
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! assert_eq!(nd!(a[1:, ::2]).to_string(), "[[ 4  6]\n [ 8 10]]");
//! ```
//!
//! ## The layout marker: `C` or `Strided`
//!
//! Whether a view is C-contiguous is tracked in its type, as the last
//! parameter of `View<'a, T, S, L>`:
//!
//! - [`C`](crate::C): proven contiguous in C order. Every `Array` is `C`, and
//!   so is any view that keeps that order: leading integer indices (`a[1]`),
//!   a step-1 slice of the first sliced axis (`a[1:]`, `a[1, 2:]`), a reshape
//!   of a `C` view, `ravel`, new axes, `expand_dims`, `squeeze`.
//! - [`Known`](crate::Known): the strides of a view made from an array of
//!   static shape by `transpose`, a stepped slice, a slice of an inner axis
//!   (`a[:, 1:]`), `flip`, ...: the type records the operations, so the
//!   compiler can replay the strides and decide a later `reshape` or `ravel`
//!   exactly as NumPy does.
//! - [`Strided`](crate::Strided): nothing known before run time (the same
//!   operations on an array with a `Dyn` dim, or any view after
//!   `.strided()`, which forgets the layout for free). The memory may still
//!   happen to be contiguous; `is_contiguous()` checks at run time with
//!   NumPy's rule.
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::{C, Strided};
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let row: View<'_, i64, shape![4], C> = nd!(a[1]);
//! let cols: View<'_, i64, shape![3, 2], Strided> = nd!(a[:, 1:3]).strided();
//! assert_eq!(row.as_slice(), &[4, 5, 6, 7]);  // as_slice needs C
//! assert!(!cols.is_contiguous());
//! ```
//!
//! `as_slice` needs `C`. A view made by an operation that does not keep `C`
//! from an array of static shape has the layout `Known<B, H>`: the static
//! shape `B` it came from and the operations `H` applied, from which the
//! compiler replays its strides (`.strided()` forgets them).
//!
//! ## Copies
//!
//! `nd!` never copies silently: a `reshape` is a view exactly when NumPy's
//! `reshape(..., copy=False)` succeeds. Splitting axes and adding or dropping
//! length-1 axes always are; merging axes is a view when each merged stride
//! equals the next axis's size times its stride, whatever slices,
//! transposes or flips came before. Two views NumPy makes, and so does
//! `nd!`:
//!
//! ```
//! use ndview::prelude::*;
//! // img[..., ::-1].reshape(-1, 3): the pixel axes merge, strides (24, -8)
//! let img = Array::<i64, shape![4, 5, 3]>::arange();
//! let px = nd!(img[..., ::-1].reshape(-1, 3));
//! assert_eq!(px.byte_strides().to_vec(), vec![24, -8]);
//! assert!(px.shares_memory(&img));
//! // np.arange(12).reshape(3, 4)[:, ::2].reshape(6): an even-length stepped
//! // axis merges with the rows, strides (16,)
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let r = nd!(a[:, ::2].reshape(6));
//! assert_eq!(r.byte_strides().to_vec(), vec![16]);
//! assert_eq!(r.to_vec(), vec![0, 2, 4, 6, 8, 10]);
//! ```
//!
//! When NumPy would copy and everything the answer depends on is static, it
//! is a compile error naming the copy to write:
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let flat = nd!(a.T.reshape(12));
//! // error[E0277]: nd!: cannot reshape this view into (12,) without copying: it
//! // merges axes whose strides do not fit together; write `.copy().reshape(12)`
//! ```
//!
//! The fix is the copy NumPy would have made, written out. `copy()` gives an
//! owned C-contiguous [`Array`](crate::Array); `reshape`, `ravel`,
//! `expand_dims` and `squeeze` right after it in the same chain re-shape that
//! new array without a second copy:
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let flat: Array<i64, shape![12]> = nd!(a.T.copy().reshape(12));   // one copy
//! assert_eq!(flat.to_vec(), vec![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
//! ```
//!
//! When a run-time value decides (a `Dyn` dim, `{expr}` bounds or steps, a
//! `Strided` layout), the reshape compiles and is decided when it runs:
//! `try_nd!` returns [`ShapeError::ReshapeNeedsCopy`](crate::ShapeError),
//! `nd!` panics with a message naming `.copy()`.
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::ShapeError;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let (two, three): (isize, isize) = (2, 3);
//! // a[:, ::2].reshape(-1) is a view, a[:, ::3].reshape(-1) needs a copy
//! assert_eq!(try_nd!(a[:, ::{two}].reshape(-1)).unwrap().strides(), &[2]);
//! let err = try_nd!(a[:, ::{three}].reshape(-1)).map(drop).unwrap_err();
//! assert_eq!(err, ShapeError::ReshapeNeedsCopy);
//! ```
//!
//! `ravel()` is NumPy's `ravel`: a view only of C-contiguous input. NumPy
//! copies any other input, even where `reshape(-1)` is a view, so `ravel`
//! of such a view is an error naming both fixes:
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let flat = nd!(a[:, ::2].ravel());
//! // error[E0277]: nd!: cannot ravel this view without copying: it is not
//! // C-contiguous; write `.copy().ravel()`, or `.reshape(-1)`, which is a view of it
//! ```
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let flat = nd!(a[:, ::2].reshape(-1));   // a view, strides (2,)
//! assert_eq!(flat.strides(), &[2]);
//! let copied = nd!(a[:, ::2].copy().ravel());
//! assert_eq!(copied.to_vec(), flat.to_vec());
//! ```
//!
//! ## Indexing: NumPy to `nd!`
//!
//! Inside `nd!`, `[...]` is NumPy's basic indexing with NumPy's semantics
//! exactly (clamping, negative steps, empty slices).
//!
//! | NumPy | `nd!` | result |
//! |---|---|---|
//! | `a[1]` | `nd!(a[1])` | view; the axis is dropped |
//! | `a[-1]` | `nd!(a[-1])` | negative counts from the end |
//! | `a[1, 3]` | `*nd!(a[1, 3])` | integers on every axis give `&T` |
//! | `a[1:3]`, `a[1:]`, `a[:3]`, `a[:]` | the same | view |
//! | `a[::2]`, `a[::-1]`, `a[5:1:-2]` | the same | view, stride times step |
//! | `a[1:3]` | `nd!(a[1..3])`, also `a..`, `..b`, `..` | Rust-range spelling of `start:stop` |
//! | `a[..., 0]` | `nd!(a[..., 0])` | the ellipsis stands for the axes not named |
//! | `a[None]`, `a[:, np.newaxis]` | `nd!(a[None])`, `nd!(a[:, newaxis])` | new axis of length 1 |
//! | `a[i]`, `a[i:j]` (Python variables) | `nd!(a[{i}])`, `nd!(a[{i}:{j}])` | a run-time value: any Rust expression in braces |
//! | `a[[0, 2]]` | compile error: write `nd!(a.take([0, 2], axis = 0))` | fancy indexing copies, so it is spelled `take` |
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! assert_eq!(nd!(a[-1]).to_vec(), vec![8, 9, 10, 11]);
//! assert_eq!(nd!(a[::-1, 1::2]).to_vec(), vec![9, 11, 5, 7, 1, 3]);
//! assert_eq!(nd!(a[::-1, 1::2]).byte_strides(), [-32, 16]);
//! assert_eq!(nd!(a[1..3, ..2]).to_vec(), nd!(a[1:3, :2]).to_vec());
//! assert_eq!(nd!(a[None, :, newaxis]).shape(), &[1, 3, 1, 4]);
//! assert_eq!(nd!(a[..., 0]).to_vec(), vec![0, 4, 8]);
//! // x = np.arange(10); x[20:-20:-3] is [9, 6, 3, 0]; x[2:8:-1] is empty
//! let x = Array::<i64, shape![10]>::arange();
//! assert_eq!(nd!(x[20:-20:-3]).to_vec(), vec![9, 6, 3, 0]);
//! assert_eq!(nd!(x[2:8:-1]).len(), 0);
//! let (i, j) = (2, 5);
//! assert_eq!(nd!(x[{i}:{j}]).to_vec(), vec![2, 3, 4]);
//! ```
//!
//! Literal indices are checked against static dims at compile time; a
//! list index is refused with the `take` it stands for:
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a[3]);
//! // error[E0277]: nd!: index 3 is out of bounds for axis 0 with size _3
//! ```
//!
//! ```compile_fail
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a[[2, 7, 11]]);
//! // error: nd!: fancy indexing with a list copies the elements, so nd! does not
//! // do it implicitly; write the copy explicitly ...
//! ```
//!
//! ## Operations
//!
//! Written as postfix steps after the source (`nd!(a.T[1:].reshape(2, -1))`);
//! a chain can be as long as you like, and with static shapes every output
//! shape is computed at compile time.
//!
//! | `nd!` | NumPy | result | checked at compile time |
//! |---|---|---|---|
//! | `reshape(2, -1)` | `a.reshape(2, -1)` | view | element counts equal; contiguity when merging axes |
//! | `.T`, `transpose()` | `a.T` | view, axes reversed | — |
//! | `transpose(2, 0, 1)` | `a.transpose(2, 0, 1)` | view, `new[i] = old[p[i]]` | a permutation of the axes |
//! | `swapaxes(0, -1)` | `a.swapaxes(0, -1)` | view | axes in range |
//! | `moveaxis(0, -1)` | `np.moveaxis(a, 0, -1)` | view | axes in range |
//! | `squeeze()`, `squeeze(1)` | `a.squeeze()`, `a.squeeze(1)` | view | the axis has size 1 |
//! | `expand_dims(0)` | `np.expand_dims(a, 0)` | view | axis in range |
//! | `flip(0)` | `np.flip(a, 0)` | view, negative stride | axis in range |
//! | `broadcast_to(3, 4)` | `np.broadcast_to(a, (3, 4))` | read-only view, stride 0 on repeated axes | NumPy's broadcasting rule |
//! | `sliding_window_view(2, 3)`, `sliding_window_view(3, axis = 1)` | `sliding_window_view(a, (2, 3))`, `sliding_window_view(a, 3, axis=1)` | read-only view of shape `trimmed + window` | one size per axis (or one axis); each window no larger than its axis |
//! | `ravel()` | `a.ravel()` | 1-D view | the view is `C` |
//! | `copy()` | `a.copy()` | owned `Array` | — |
//! | `flatten()` | `a.flatten()` | owned 1-D `Array` | — |
//! | `take([2, 7])`, `take([2, 0], axis = 1)` | `a.take([2, 7])`, `a.take([2, 0], axis=1)` | owned `Array` | literal indices in range |
//!
//! ```
//! use ndview::prelude::*;
//! let x = Array::<i64, shape![5, 7, 6]>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i64);
//! let y = nd!(x.transpose(2, 0, 1));
//! assert_eq!(y.shape(), &[6, 5, 7]);
//! assert_eq!(nd!(x[1, 2, 3]), nd!(y[3, 1, 2]));
//! assert_eq!(nd!(x.moveaxis(0, -1)).shape(), &[7, 6, 5]);
//! assert_eq!(nd!(x.swapaxes(0, 2)).byte_strides(), [8, 48, 336]);
//! assert_eq!(nd!(x[0].expand_dims(0).squeeze()).shape(), &[7, 6]);
//!
//! let a = Array::<i64, shape![3, 4]>::arange();
//! assert_eq!(nd!(a.flip(0)[0]).to_vec(), vec![8, 9, 10, 11]);
//! assert_eq!(nd!(a.reshape(2, -1, 3)).shape(), &[2, 2, 3]);
//! assert_eq!(nd!(a.take([2, 7, 11])).to_vec(), vec![2, 7, 11]);
//! assert_eq!(nd!(a.take([2, 0], axis = 1)).to_vec(), vec![2, 0, 6, 4, 10, 8]);
//!
//! // np.broadcast_to(np.arange(4), (3, 4)): the row repeated with stride 0
//! let row = Array::<i64, shape![4]>::arange();
//! let b = nd!(row.broadcast_to(3, 4));
//! assert_eq!(b.byte_strides(), [0, 8]);
//! assert_eq!(b.to_vec(), vec![0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]);
//! ```
//!
//! After `copy()`, `flatten()` or `take(...)` the chain holds a temporary
//! array, so only `reshape`, `ravel`, `expand_dims` and `squeeze` may follow
//! it (they re-shape the new array in place); for anything else, bind the
//! copy first:
//!
//! ```compile_fail
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a.copy().T);
//! // error: nd!: `.T` after `.copy()` would be a view into the new array, a
//! // temporary dropped at the end of this statement; bind it first:
//! // `let c = nd!(... .copy());`, then `nd!(c.T)`
//! ```
//!
//! ## rearrange
//!
//! einops' `rearrange` is written inside `nd!`, and its pattern is parsed
//! and checked when the program compiles: `x.rearrange("PATTERN", name =
//! size, ...)`. A pattern names the input's axes left of `->` and the
//! output's right of it; `(h p)` on the left splits an axis, `(h w)` on the
//! right merges axes, `1` or `()` is an axis of length 1 (dropped on the
//! left, added on the right), `...` stands for the axes the pattern does
//! not name. Sizes are given by name, as literals (`p = 16`) or run-time
//! values (`p = {n}`); each left group may leave one size to infer.
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::Strided;
//! // channels last to channels first: x.transpose(2, 0, 1)
//! let img = Array::<u8, shape![4, 6, 3]>::zeros();
//! let chw: View<'_, u8, shape![3, 4, 6], Strided> = nd!(img.rearrange("h w c -> c h w")).strided();
//! assert_eq!(chw.strides(), &[1, 18, 3]);
//!
//! // unflatten a batch: (b t) c -> b t c, a view
//! let seq = Array::<f32, shape![12, 5]>::zeros();
//! let bt: View<'_, f32, shape![3, 4, 5]> = nd!(seq.rearrange("(b t) c -> b t c", t = 4));
//! assert_eq!(bt.strides(), &[20, 5, 1]);
//!
//! // move the channels next to the batch, whatever lies between:
//! // b ... c -> b c ... is np.moveaxis(x, -1, 1)
//! let x = Array::<f32, shape![2, 7, 7, 3]>::zeros();
//! let y = nd!(x.rearrange("b ... c -> b c ..."));
//! assert_eq!(y.shape(), &[2, 3, 7, 7]);
//! ```
//!
//! The pattern lowers to the operations above: a `reshape` that splits the
//! left side's groups, a `transpose` into the right side's order, a
//! `reshape` that merges the right side's groups (with `...`: `squeeze`,
//! `moveaxis` and `expand_dims`). So the result is a view exactly when
//! those are, and a pattern that needs a copy (a merge of axes the
//! transpose put apart) follows the copy rule: a compile error naming
//! `.copy()`. Patchifying an image is such a pattern; write the copy where
//! it goes, between the permutation and the merge:
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let x = Array::<f32, shape![2, 3, 32, 32]>::zeros();
//! // einops copies here; nd! asks for the copy
//! let patches = nd!(x.rearrange("b c (h p) (w q) -> b (h w) (p q c)", p = 16, q = 16));
//! ```
//!
//! ```
//! use ndview::prelude::*;
//! let x = Array::<f32, shape![2, 3, 32, 32]>::zeros();
//! let patches: Array<f32, shape![2, 4, 768]> = nd!(x
//!     .rearrange("b c (h p) (w q) -> b h w p q c", p = 16, q = 16)
//!     .copy()
//!     .rearrange("b h w p q c -> b (h w) (p q c)"));
//! ```
//!
//! Everything the pattern decides is a compile error at the pattern:
//! unknown or repeated names, a name on one side only, two `...`, a group
//! with two unknown sizes, a size given for a name the pattern lacks.
//! Shapes decide the rest, at compile time when static (`(h p)` with
//! `p = 4` on an axis of length 6, a view of another rank than the
//! pattern's) and at run time otherwise (a panic in `nd!`, an `Err` in
//! `try_nd!`). Not supported, each a compile error saying so: `...`
//! together with a group of several names or with sizes given (the macro
//! does not know how many axes `...` holds), `(...)`, and anonymous sizes
//! other than `1` (einops refuses those too). After `copy()` in a chain, a
//! pattern may split, merge and add or drop `1`s but not move axes (that
//! would be a view into the temporary copy).
//!
//! ## Run-time values and `Dyn` dims
//!
//! A dim written `Dyn` is known only at run time: `shape![Dyn, 4]`. Build such
//! arrays with `Array::from_shape_vec(dims, vec)`, which checks the length and
//! the static dims. A number in `nd!` written in braces, `{expr}`, is a
//! run-time value; it can stand for any index, slice bound, step or reshape
//! size.
//!
//! Checks that involve a run-time value run at run time, with NumPy's
//! wording: `nd!` panics, `try_nd!` returns `Err(ShapeError)`. Checks between
//! static dims stay at compile time, and static dims stay static through a
//! chain that mixes in `Dyn` ones.
//!
//! ```
//! use ndview::prelude::*;
//! let n = 3;
//! let d = Array::<i64, shape![Dyn, 4]>::from_shape_vec([n, 4], (0..12).collect()).unwrap();
//! let col: View<'_, i64, shape![Dyn], ndview::Strided> = nd!(d[:, 1]);
//! assert_eq!(col.to_vec(), vec![1, 5, 9]);
//! let r = nd!(d.reshape({2 * n}, -1));
//! assert_eq!(r.shape(), &[6, 2]);
//!
//! let i = 7;
//! let err = try_nd!(d[{i}]).unwrap_err();
//! assert_eq!(err.to_string(), "index 7 is out of bounds for axis 0 with size 3");
//! let err = try_nd!(d.reshape(5, -1)).unwrap_err();
//! assert_eq!(err.to_string(), "cannot reshape array of size 12 into shape (5,-1)");
//! ```
//!
//! A `Strided` view with a `Dyn` axis cannot prove at compile time that a
//! reshape only splits that axis, so such a reshape asks for `.copy()` too.
//!
//! ## Mutation
//!
//! `nd!(mut ...)` gives [`ViewMut`](crate::ViewMut) views and `&mut T`
//! elements; the source must be mutable (`let mut a`, or a `ViewMut`).
//! NumPy's assignments through a view map to methods of the mutable view:
//!
//! | NumPy | ndview |
//! |---|---|
//! | `a[1, 3] = 5` | `*nd!(mut a[1, 3]) = 5` |
//! | `a[:, 0] = 9`, `a.fill(9)` | `nd!(mut a[:, 0]).fill(9)` |
//! | `a[1] = row` | `nd!(mut a[1]).assign(&row)` (shapes checked at compile time when static) |
//! | `for x in np.nditer(a, op_flags=['readwrite'])` | `for x in nd!(mut a.T).iter_mut()` |
//!
//! ```
//! use ndview::prelude::*;
//! let mut a = Array::<i64, shape![3, 4]>::zeros();
//! let row = Array::<i64, shape![4]>::arange();
//! *nd!(mut a[1, 3]) = 5;
//! nd!(mut a[2]).assign(&row);
//! nd!(mut a[:, 0]).fill(9);
//! for x in nd!(mut a[0, 1:]).iter_mut() {
//!     *x = -1;
//! }
//! assert_eq!(a.to_vec(), vec![9, -1, -1, -1, 9, 0, 0, 5, 9, 1, 2, 3]);
//! ```
//!
//! Allocating joins are explicit functions, not `nd!` ops:
//! [`concatenate`](crate::concatenate) and [`stack`](crate::stack) allocate
//! the result once (preallocate-then-fill is the pattern to prefer in a loop).
//! Their axis, and `split_at_mut`'s, is a type, [`Axis`](crate::Axis), and
//! counts from the end when negative, as NumPy's `axis=-1` does:
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::{stack, Axis};
//! let a = Array::<i32, shape![2, 3]>::arange();
//! // np.stack((a, a), axis=-1).shape == (2, 3, 2)
//! let s: Array<i32, shape![2, 3, 2]> = stack((&a, &a), Axis::<-1>).unwrap();
//! assert_eq!(s.to_vec()[..4], [0, 0, 1, 1]);
//! ```
//!
//! ### Preallocate, then fill
//!
//! NumPy's first performance lesson holds here too: building an array by
//! concatenating in a loop copies everything built so far at every step.
//! Allocate the result once, with a run-time row count, and assign each row
//! into a view of it; the loop allocates nothing (`examples/preallocate.rs`
//! measures both ways).
//!
//! ```
//! use ndview::prelude::*;
//! let n = 1000;
//! let mut out = Array::<f64, shape![Dyn, 10]>::from_shape_elem([n, 10], 0.0).unwrap();
//! let mut row = Array::<f64, shape![10]>::zeros();
//! for i in 0..n {
//!     row.view_mut().fill(i as f64);             // compute the row
//!     nd!(mut out[{i}]).assign(&row);            // no allocation per row
//! }
//! assert_eq!(*nd!(out[999, 9]), 999.0);
//! ```
//!
//! ## Pictures: `tree()` and `explain`
//!
//! Two pictures make strides concrete. `tree()` draws one level per axis
//! and the elements as leaves, each `value@offset` (the offset in elements
//! from the start of the buffer): a reshape keeps the leaves in order, a
//! transpose reorders them. `explain([i, j])` spells out the address
//! arithmetic of one element, in bytes and in elements; an index out of
//! range is NumPy's `IndexError` text, as an `Err`.
//!
//! ```
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! println!("{}", nd!(a.transpose(1, 0)).tree());
//! assert_eq!(
//!     a.explain([1, 3]).unwrap().to_string().lines().next(),
//!     Some("[1, 3] -> 1*32 + 3*8 = 56 bytes from the start (element 7)")
//! );
//! // a view does not know its array: name it to count from the array's start
//! let s = nd!(a[1:]);
//! assert_eq!(s.explain([0, 0]).unwrap().relative_to(&a).byte_offset(), 32);
//! ```
//!
//! ## Stride tricks
//!
//! NumPy's `numpy.lib.stride_tricks` builds views whose strides repeat or
//! overlap elements. ndview has the three most used, all read-only (an
//! element may appear at many indices, so writing through them would be
//! ambiguous); `.copy()` gives a writable array.
//!
//! | NumPy | ndview |
//! |---|---|
//! | `sliding_window_view(x, 3)` | `nd!(x.sliding_window_view(3))` |
//! | `sliding_window_view(x, (2, 3))` | `nd!(x.sliding_window_view(2, 3))` |
//! | `sliding_window_view(x, 3, axis=1)` | `nd!(x.sliding_window_view(3, axis = 1))` |
//! | `sliding_window_view(x, w, axis=-1)`, `w` known at run time | `nd!(x.sliding_window_view({w}, axis = -1))` |
//! | the same outside `nd!` | [`sliding_window_view::<shape![2, 3], _>(x.view(), [2, 3])`](crate::sliding_window_view), [`sliding_window_view_along::<shape![3], 1, _>(x.view(), [3])`](crate::sliding_window_view_along) |
//! | `sliding_window_view(x, w, axis=(0, 0))`, any run-time window | [`x.view().sliding_window_view::<S2>(&w, Some(&[0, 0]))`](crate::View::sliding_window_view) |
//! | `np.broadcast_arrays(a, b)` | [`broadcast_arrays((&a, &b))`](crate::broadcast_arrays) |
//! | `as_strided(x, shape, strides)` | [`View::as_strided(&data, dims, strides)`](crate::View::as_strided) (strides in elements) |
//!
//! `nd!(x.sliding_window_view(w0, w1, ..))` takes one window size per axis
//! of `x` (NumPy's `axis=None`), `nd!(x.sliding_window_view(w, axis = k))`
//! one size for axis `k` (negative counts from the end). The result is a
//! read-only [`View`](crate::View) of shape `trimmed + window`: each windowed
//! axis of size `n` becomes `n - w + 1` window positions, followed by the
//! window's axes, whose strides repeat those of the axes they slide along.
//! Sizes are literals (`>= 0`) or `{expr}`; the axis is a literal.
//!
//! With static shapes, `sliding_window_view` and `broadcast_arrays` compute
//! their output shapes at compile time, and a window larger than its axis,
//! a window count that does not match the rank, an axis the view lacks, or
//! shapes that do not broadcast are compile errors; `Dyn` sizes and
//! `{expr}` windows are checked when the program runs, with NumPy's messages
//! (`nd!` panics with it, `try_nd!` returns it). `nd!(mut ..)` of a sliding
//! window does not compile: the windows overlap.
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::{broadcast_arrays, Strided};
//! let x = Array::<f64, shape![6]>::from_fn(|[i]| i as f64);
//! // moving average over 3: windows are a (4, 3) view, no copy
//! let w = nd!(x.sliding_window_view(3));
//! let _: &View<'_, f64, shape![4, 3], Strided> = &w.strided();
//! let means: Vec<f64> = (0..4).map(|i| nd!(w[{i}]).iter().sum::<f64>() / 3.0).collect();
//! assert_eq!(means, vec![1.0, 2.0, 3.0, 4.0]);
//!
//! // sliding_window_view(a, 3, axis=1): shape (3, 2, 3), byte strides (32, 8, 8)
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let rows = nd!(a.sliding_window_view(3, axis = 1));
//! assert_eq!((rows.shape(), rows.byte_strides().to_vec()), (&[3, 2, 3][..], vec![32, 8, 8]));
//! // a window known at run time: Dyn dims, checked when it runs
//! let k = 5;
//! assert_eq!(
//!     try_nd!(a.sliding_window_view({k}, axis = 1)).unwrap_err().to_string(),
//!     "window shape cannot be larger than input array shape (window 5 on axis 1 of size 4)"
//! );
//!
//! let col = Array::<i32, shape![3, 1]>::arange();
//! let row = Array::<i32, shape![4]>::arange();
//! let (c, r) = broadcast_arrays((&col, &row)).unwrap();
//! assert_eq!((c.shape(), r.byte_strides().to_vec()), (&[3, 4][..], vec![0, 4]));
//! ```
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let x = Array::<i64, shape![3]>::arange();
//! let w = nd!(x.sliding_window_view(5)); // error: nd!: sliding_window_view: window _5 is larger than axis 0 of size _3
//! ```
//!
//! `as_strided` is the last resort, as in NumPy, but made safe: it takes
//! any dims and element strides (zero and negative too) over a slice, and
//! returns an `Err` unless every element the view can reach lies inside the
//! slice (the lowest one reached is the slice's first element). There is no
//! mutable variant.
//!
//! ```
//! use ndview::prelude::*;
//! use ndview::Strided;
//! let data = [1, 2, 3, 4];
//! let toeplitz = View::<i32, shape![3, 2], Strided>::as_strided(&data, [3, 2], [1, -1]).unwrap();
//! assert_eq!(toeplitz.to_vec(), vec![2, 1, 3, 2, 4, 3]);
//! assert!(View::<i32, shape![3, 3], Strided>::as_strided(&data, [3, 3], [1, 1]).is_err());
//! ```
//!
//! ## Reading the compile errors
//!
//! Every rejection happens at `cargo check` time, so editors show it too, at
//! your call site, with a message that starts with `nd!:` and names the
//! operation and the numbers. Two things to know when reading them:
//!
//! - Static sizes the compiler computed (rather than ones you wrote) print
//!   as **digit types**: `(_1, _2)` is 12, `(_1, _0, _8, _0)` is 1080, and a
//!   single digit is bare, `_3` is 3. The note under the error repeats this.
//! - A view with too few axes for the operation gets the least rank the
//!   operation needs (`nd!: flip(2) needs a view with at least 3 axes`;
//!   a `transpose(p)` of the wrong rank also gets the view's rank, `it has
//!   _2`). The `help:` line under such errors names the view's shape type
//!   in typenum's binary trees, one per axis: `UInt<UInt<UTerm, B1>, B1>` is
//!   binary `11`, that is 3 (read the `B0`/`B1` from the innermost outwards),
//!   `UInt<UInt<UInt<UTerm, B1>, B0>, B0>` is 4.
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a.flip(2));
//! // error[E0277]: nd!: flip(2) needs a view with at least 3 axes
//! ```
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let b = nd!(a.reshape(5, 2));
//! // error[E0277]: nd!: cannot reshape (_1, _2) elements into (5, 2) (10 elements)
//! //   = note: reshape keeps the number of elements; counts print as decimal
//! //     digit types, e.g. (_1, _2) is 12
//! ```
//!
//! Mistakes visible in the tokens alone are reported at the offending token,
//! without a type-level detour:
//!
//! ```compile_fail
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a.transpose(0, 0));
//! // error: nd!: transpose(0, 0) repeats axis 0; a permutation lists each axis once
//! ```
//!
//! ```compile_fail
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a[:, ::0]);
//! // error: nd!: slice step cannot be zero
//! ```
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a.squeeze(0));
//! // error[E0277]: nd!: squeeze(0): that axis has size _3, not 1; only axes of
//! // size 1 can be squeezed
//! ```
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let x = nd!(a.take([12]));
//! // error[E0277]: nd!: take index 12 is out of bounds for the flattened view,
//! // of size (_1, _2)
//! ```
//!
//! ```compile_fail,E0277
//! use ndview::prelude::*;
//! let a = Array::<i64, shape![3, 4]>::arange();
//! let v = a.view();
//! let x = nd!(mut v[1]);
//! // error[E0277]: nd!(mut ...) needs a mutable source (an `Array` declared
//! // `let mut`, a `ViewMut`, or a `&mut` to one); this source only lends
//! // shared access
//! ```
//!
//! ## Differences from ndarray and from NumPy
//!
//! ndview follows NumPy where ndarray does not:
//!
//! - Negative steps: `nd!(x[1:3:-1])` is empty, as `x[1:3:-1]` in Python;
//!   ndarray's `s![1..3;-1]` walks the range backwards (`[2, 1]`).
//! - Out-of-range slice bounds clamp, as in NumPy (`x[-100:100]` is all of
//!   `x`); ndarray panics.
//! - Slices of length 0 or 1 keep their stride, as in NumPy; ndarray sets it
//!   to 0.
//! - An impossible reshape or permutation is a compile error (for static
//!   shapes); ndarray's `into_shape_with_order` and `permuted_axes` fail at
//!   run time, and `to_shape` copies when it must.
//!
//! ```
//! use ndview::prelude::*;
//! let x = Array::<i64, shape![10]>::arange();
//! assert_eq!(nd!(x[1:3:-1]).len(), 0);
//! assert_eq!(nd!(x[-100:100]).len(), 10);
//! assert_eq!(nd!(x[3:4]).strides(), &[1]);
//! ```
//!
//! And from NumPy itself, on purpose:
//!
//! - No hidden copies: a `reshape` or `ravel` NumPy would answer with a
//!   copy does not compile when static, and is an error (`try_nd!`) or a
//!   panic (`nd!`) when a run-time value decides; write `.copy()` first
//!   (see [Copies](#copies)). NumPy copies silently.
//! - Fancy indexing (`a[[2, 7, 11]]`) is spelled `take`, which is visibly a
//!   copy.
//! - `squeeze()` removes only axes whose size is statically 1: a `Dyn` axis
//!   stays, since the rank of the result must be known at compile time.
//! - Shapes are types, so a result's rank and static dims are fixed when the
//!   program compiles; run-time sizes go through `Dyn` dims and `{expr}`.
