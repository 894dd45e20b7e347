//! A tour of ndview: SPEC.md's seed walkthrough, step by step.
//!
//! Run it with `cargo run --example tour`. Each step prints the NumPy line it
//! mirrors, the Rust line, the shape, the strides in bytes (as NumPy's
//! `.strides` prints them), whether the result is C-contiguous, why, and the
//! values (`Display` prints like NumPy).

use ndview::prelude::*;

/// `(3, 4)`, `(12,)`, `()`: NumPy's tuple spelling.
fn tuple<T: std::fmt::Display>(items: &[T]) -> String {
    let parts: Vec<String> = items.iter().map(|x| x.to_string()).collect();
    match parts.len() {
        1 => format!("({},)", parts[0]),
        _ => format!("({})", parts.join(", ")),
    }
}

/// Indent every line of a printed array, so it sits under its step.
fn indented(text: impl std::fmt::Display) -> String {
    text.to_string()
        .lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("      {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Source text as `stringify!` gives it, on one line.
fn one_line(source: &str) -> String {
    source.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One step: bind `let $name = $e;`, then print the NumPy line, the Rust
/// line, shape, byte strides, contiguity, why, and (unless `no values`) the
/// values. Works for arrays and views alike: they share these methods.
macro_rules! step {
    ($numpy:literal, let $name:ident = $e:expr; $why:literal $(, $novalues:ident)?) => {
        let $name = $e;
        println!("NumPy: {}", $numpy);
        println!("Rust:  {}", one_line(stringify!(let $name = $e;)));
        println!(
            "  shape {}  strides {} bytes  contiguous: {}",
            tuple($name.shape()),
            tuple($name.byte_strides().as_ref()),
            if $name.is_contiguous() { "yes" } else { "no" },
        );
        println!("  why: {}", $why);
        step!(@values $name $(, $novalues)?);
        println!();
    };
    (@values $name:ident) => {
        println!("{}", indented(&$name));
    };
    (@values $name:ident, no_values) => {};
}

fn section(title: &str) {
    println!("=== {title} ===\n");
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    section("The seed walkthrough");

    step!("a = np.arange(12).reshape(3, 4)",
        let a = Array::<i64, shape![3, 4]>::arange();
        "a new array is C-contiguous: each stride is 8 bytes times the product of the dims to its right");
    assert_eq!(a.byte_strides().to_vec(), vec![32, 8]);

    println!("NumPy: a[1, 3]");
    println!("Rust:  *nd!(a[1, 3])");
    println!("  = {}", *nd!(a[1, 3]));
    println!("  why: integers on every axis give one element, at offset 1*32 + 3*8 = 56 bytes\n");
    assert_eq!(*nd!(a[1, 3]), 7);

    step!("b = a.reshape(6, 2)",
        let b = nd!(a.reshape(6, 2));
        "reshaping contiguous memory only computes new strides: same buffer, no copy");
    assert_eq!(b.byte_strides().to_vec(), vec![16, 8]);
    assert!(b.shares_memory(&a));

    step!("c = a.reshape(2, 2, 3)",
        let c = nd!(a.reshape(2, 2, 3));
        "any rank works the same way: strides are 8 bytes times the dims to the right");
    assert_eq!(c.byte_strides().to_vec(), vec![48, 24, 8]);

    step!("t = a.transpose(1, 0)",
        let t = nd!(a.transpose(1, 0));
        "transpose swaps the strides, no data moves; walking t in C order jumps through memory");
    assert_eq!(t.byte_strides().to_vec(), vec![8, 32]);

    step!("r = a.reshape(4, 3)",
        let r = nd!(a.reshape(4, 3));
        "same shape as t, but reshape keeps the memory order: a reshape is not a transpose");
    assert_ne!(r.to_vec(), t.to_vec());

    step!("x = np.fromfunction(lambda i, j, k: i*100 + j*10 + k, (5, 7, 6), dtype=np.int64)",
        let x = Array::<i64, shape![5, 7, 6]>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as i64);
        "x[i, j, k] = 100i + 10j + k, so an element's value spells its index (210 values, not printed)",
        no_values);

    step!("y = x.transpose(2, 0, 1)",
        let y = nd!(x.transpose(2, 0, 1));
        "new axis i is old axis p[i]: dims and strides are permuted together, no data moves",
        no_values);
    assert_eq!(y.shape(), &[6, 5, 7]);

    println!("NumPy: x[1, 2, 3] == y[3, 1, 2]");
    println!("Rust:  nd!(x[1, 2, 3]) == nd!(y[3, 1, 2])");
    println!("  = {} == {}", nd!(x[1, 2, 3]), nd!(y[3, 1, 2]));
    println!("  why: y's index (k, i, j) is x's (i, j, k); both land on the same byte offset\n");
    assert_eq!(nd!(x[1, 2, 3]), nd!(y[3, 1, 2]));

    step!("s = a[1:, ::2]",
        let s = nd!(a[1:, ::2]);
        "1: moves the start one row (32 bytes) on; ::2 doubles the column stride; a view, no copy");
    assert!(s.shares_memory(&a));

    println!("Three lines of the seed do not compile; the messages are in the comments");
    println!("of examples/tour.rs, as `cargo check` prints them.\n");
    // nd!(t.ravel()):
    //   error[E0277]: nd!: cannot ravel this view without copying: its type does not
    //   prove it is C-contiguous (layout `Strided`, e.g. after a transpose, a stepped
    //   slice or flip); write `.copy().ravel()` or `.flatten()`
    //   = note: ravel returns a view, which needs C-contiguous memory; `.copy()` makes
    //     the copy explicit
    //
    // nd!(a[[2, 7, 11]]):
    //   error: nd!: fancy indexing with a list copies the elements, so nd! does not do
    //   it implicitly; write the copy explicitly: `.take([2, 7, 11])` picks from the
    //   flattened view; `.take([2, 7, 11], axis = 0)` picks along the first axis
    //   (NumPy's meaning of a list index)
    //
    // nd!(a.reshape(5, 2)):
    //   error[E0277]: nd!: cannot reshape (_1, _2) elements into (5, 2) (10 elements)
    //   = note: reshape keeps the number of elements; counts print as decimal digit
    //     types, e.g. (_1, _2) is 12

    section("The seed's pictures: trees and address arithmetic");

    println!("Each level of a tree is an axis, each leaf an element as value@offset, the offset");
    println!("in elements from the start of the buffer. A reshape keeps the leaves in order and");
    println!("regroups the branches; a transpose reorders the leaves (see the offsets jump).\n");
    println!("Rust:  a.tree()");
    println!("{}", indented(a.tree()));
    println!("Rust:  nd!(a.reshape(6, 2)).tree()");
    println!("{}", indented(b.tree()));
    println!("Rust:  nd!(a.reshape(2, 2, 3)).tree()");
    println!("{}", indented(c.tree()));
    println!("Rust:  nd!(a.transpose(1, 0)).tree()");
    println!("{}", indented(t.tree()));
    println!("Rust:  nd!(a.reshape(4, 3)).tree()  (same shape as t, other leaves)");
    println!("{}\n", indented(r.tree()));
    assert_ne!(t.tree().to_string(), r.tree().to_string());

    println!("NumPy: a[1, 3] sits at 1*a.strides[0] + 3*a.strides[1] bytes");
    println!("Rust:  a.explain([1, 3])?");
    println!("{}", indented(a.explain([1, 3])?));
    println!("  why: the integer after 7 integers; the strides turn an index into an address\n");
    assert_eq!(a.explain([1, 3])?.byte_offset(), 56);

    section("More basic indexing");

    step!("a[::-1, 1::2]",
        let rev = nd!(a[::-1, 1::2]);
        "a negative step starts at the last row and negates the stride: offset 64 bytes, stride -32");
    assert_eq!(rev.byte_strides().to_vec(), vec![-32, 16]);

    step!("a[None, :, np.newaxis]",
        let n = nd!(a[None, :, newaxis]);
        "None / newaxis insert axes of length 1; their stride is never used, NumPy writes 0");
    assert_eq!(n.shape(), &[1, 3, 1, 4]);

    step!("x[..., 2]",
        let e = nd!(x[..., 2]);
        "... stands for every axis not named, so 2 indexes the last axis",
        no_values);
    assert_eq!(*nd!(e[4, 6]), 462);

    let i = 2;
    step!("a[i]  (i = 2, known only at run time)",
        let row = try_nd!(a[{i}])?;
        "{i} is a run-time index: checked when it runs; try_nd! returns Err instead of panicking");
    assert_eq!(row.to_vec(), vec![8, 9, 10, 11]);

    let i = 7;
    let err = try_nd!(a[{ i }]).unwrap_err();
    println!("NumPy: a[7]  ->  IndexError: index 7 is out of bounds for axis 0 with size 3");
    println!("Rust:  try_nd!(a[{{i}}])  (i = 7)");
    println!("  = Err({err})");
    println!("  why: the same check and the same words as NumPy; nd! would panic with them\n");

    step!("a[1..3, ..2]  (Rust ranges; NumPy a[1:3, :2])",
        let ranges = nd!(a[1..3, ..2]);
        "a..b is another spelling of a:b, with the same clamping");
    assert_eq!(ranges.to_vec(), vec![4, 5, 8, 9]);

    section("Reshape, copies and take");

    step!("w = np.arange(24).reshape(4, 6)",
        let w = Array::<i64, shape![4, 6]>::arange();
        "a fresh 4 x 6 array; the next step takes every other column",
        no_values);

    step!("ws = w[:, ::2]",
        let ws = nd!(w[:, ::2]);
        "stepped columns: strides (48, 16), not contiguous, so the layout type is Strided");

    step!("ws.reshape(2, 2, 3)",
        let split = nd!(ws.reshape(2, 2, 3));
        "splitting an axis (4 -> 2 x 2) is a view of any strided view; merging axes would need a copy");
    assert!(split.shares_memory(&w));

    step!("flat = t.copy().ravel()",
        let flat = nd!(t.copy().ravel());
        "copy() writes t out in C order (the one copy); ravel of that fresh array is free");
    assert_eq!(flat.to_vec(), vec![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);

    step!("a.take([2, 7, 11])",
        let picked = nd!(a.take([2, 7, 11]));
        "take gathers elements of the flattened array into a new array: the explicit copy fancy indexing makes");
    assert_eq!(picked.to_vec(), vec![2, 7, 11]);

    step!("a.take([2, 0], axis=1)",
        let cols = nd!(a.take([2, 0], axis = 1));
        "with an axis, take picks whole columns (NumPy's a[:, [2, 0]]), again into a new array");
    assert_eq!(cols.to_vec(), vec![2, 0, 6, 4, 10, 8]);

    section("Stride tricks");

    let six = Array::<i64, shape![6]>::arange();
    step!("np.lib.stride_tricks.sliding_window_view(np.arange(6), 3)",
        let windows = nd!(six.sliding_window_view(3));
        "4 overlapping windows of 3: the window axis reuses the stride of the axis it slides along");
    assert_eq!(windows.byte_strides().to_vec(), vec![8, 8]);

    let col = Array::<i64, shape![3, 1]>::arange();
    let (bc, br) = ndview::broadcast_arrays((&col, &nd!(a[0])))?;
    println!("NumPy: np.broadcast_arrays(np.arange(3).reshape(3, 1), a[0])");
    println!("Rust:  ndview::broadcast_arrays((&col, &nd!(a[0])))?");
    println!(
        "  shapes {} and {}  strides {} and {} bytes",
        tuple(bc.shape()),
        tuple(br.shape()),
        tuple(bc.byte_strides().as_ref()),
        tuple(br.byte_strides().as_ref())
    );
    println!("  why: both become read-only (3, 4) views; stride 0 repeats what was size 1\n");
    assert_eq!(br.byte_strides().to_vec(), vec![0, 8]);

    section("Part 4: a detector head, reshape/transpose and rearrange");

    step!("head = np.arange(255 * 13 * 13).reshape(1, 255, 13, 13)",
        let head = Array::<i64, shape![1, 255, 13, 13]>::arange();
        "a detector's output: 3 anchors x 85 values (box, score, 80 classes) per cell of a 13 x 13 grid",
        no_values);

    step!("head.reshape(1, 3, 85, 13, 13).transpose(0, 1, 3, 4, 2)",
        let cells = nd!(head.reshape(1, 3, 85, 13, 13).transpose(0, 1, 3, 4, 2));
        "splitting 255 into 3 x 85 and moving the 85 values last are both views (no copy yet)",
        no_values);
    assert!(cells.shares_memory(&head));

    step!("head.reshape(1, 3, 85, 13, 13).transpose(0, 1, 3, 4, 2).reshape(1, 507, 85)",
        let preds = nd!(head.reshape(1, 3, 85, 13, 13).transpose(0, 1, 3, 4, 2).copy().reshape(1, 507, 85));
        "merging anchors and cells (3 x 13 x 13 = 507) needs a copy in NumPy too; nd! makes you write it: .copy() before the last reshape",
        no_values);
    assert_eq!(preds.shape(), &[1, 507, 85]);

    step!("einops.rearrange(head, 'b (a k) h w -> b (a h w) k', a=3)",
        let preds2 = nd!(head
            .rearrange("b (a k) h w -> b a h w k", a = 3)
            .copy()
            .rearrange("b a h w k -> b (a h w) k"));
        "the same pipeline as a pattern: the merge after the permutation is where the copy goes",
        no_values);
    assert_eq!(preds2.to_vec(), preds.to_vec());
    // the 85 values of anchor 1 at cell (2, 5): prediction row 1*169 + 2*13 + 5
    assert_eq!(*nd!(preds2[0, 200, 4]), *nd!(head[0, 89, 2, 5]));

    Ok(())
}
