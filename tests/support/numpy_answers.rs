//! What the generated NumPy differential suites (tests/numpy_diff.rs and
//! tests/numpy_reshape_diff.rs, both written by tests/numpy/gen.py) check
//! each `nd!` result against: NumPy's shape, strides in elements,
//! C-contiguity and elements. Each suite includes it with
//! `#[path = "support/numpy_answers.rs"] mod numpy_answers;`.

use ndview::{Array, Layout, Shape, View};

/// A run-time value the compiler cannot see through.
pub fn k(x: isize) -> isize {
    std::hint::black_box(x)
}

/// NumPy's elements in C order.
pub enum Elems {
    /// Every element.
    List(&'static [i64]),
    /// Count, first four, FNV-1a hash of all (as u64, in C order).
    Digest {
        len: usize,
        head: [i64; 4],
        hash: u64,
    },
}

fn fnv(values: &[i64]) -> u64 {
    values.iter().fold(0xcbf2_9ce4_8422_2325, |h, x| {
        (h ^ *x as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The result of an `nd!` chain agrees with NumPy's: shape, strides (on
/// axes of length > 1 of non-empty results, the only strides that address
/// anything), C-contiguity and elements.
#[track_caller]
pub fn check<S: Shape, L: Layout>(
    v: &View<'_, i64, S, L>,
    shape: &[usize],
    strides: &[isize],
    contiguous: bool,
    elems: Elems,
) {
    assert_eq!(v.shape(), shape, "shape");
    let nonempty = !shape.contains(&0);
    for (k, (got, want)) in v.strides().iter().zip(strides).enumerate() {
        if nonempty && shape[k] > 1 {
            assert_eq!(
                got,
                want,
                "stride of axis {k}: {:?} vs NumPy {:?}",
                v.strides(),
                strides
            );
        }
    }
    assert_eq!(v.is_contiguous(), contiguous, "C-contiguity");
    let got = v.to_vec();
    match elems {
        Elems::List(want) => assert_eq!(got, want, "elements"),
        Elems::Digest { len, head, hash } => {
            assert_eq!(got.len(), len, "element count");
            assert_eq!(got[..4], head, "first elements");
            assert_eq!(fnv(&got), hash, "element order (hash)");
        }
    }
}

/// The view agrees with NumPy's (as [`check`]) and, when non-empty, shares
/// memory with its base: NumPy answered with a view, not a copy.
#[track_caller]
pub fn check_view_of<S: Shape, L: Layout, B: Shape>(
    v: &View<'_, i64, S, L>,
    base: &Array<i64, B>,
    shape: &[usize],
    strides: &[isize],
    contiguous: bool,
    elems: Elems,
) {
    check(v, shape, strides, contiguous, elems);
    if !shape.contains(&0) {
        assert!(v.shares_memory(base), "a view of its base");
    }
}

/// `f` panics with a message containing `want`.
#[track_caller]
pub fn panics_with(want: &str, f: impl FnOnce()) {
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .expect_err("nd! must panic where try_nd! gives an error");
    let msg = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or_default();
    assert!(
        msg.contains(want),
        "panic message {msg:?} should contain {want:?}"
    );
}
