//! The teaching aids: `tree()` and `explain([..])`, as exact text. Each
//! snapshot is the picture the article draws for the same array; the
//! offsets are the ones NumPy's strides give (`np.arange(12).reshape(3, 4)`
//! has byte strides `(32, 8)`: element `[1, 3]` is 56 bytes in).

use ndview::prelude::*;

#[test]
fn tree_of_the_seed_array_is_one_branch_per_row() {
    let a = Array::<i64, shape![3, 4]>::arange();
    assert_eq!(
        a.tree().to_string(),
        "\
(3, 4) i64, byte strides (32, 8); leaves: value@element offset
├── 0: 0@0    1@1    2@2    3@3
├── 1: 4@4    5@5    6@6    7@7
└── 2: 8@8    9@9    10@10  11@11
"
    );
}

#[test]
fn reshape_keeps_the_leaves_and_regroups_the_branches() {
    let a = Array::<i64, shape![3, 4]>::arange();
    assert_eq!(
        nd!(a.reshape(6, 2)).tree().to_string(),
        "\
(6, 2) i64, byte strides (16, 8); leaves: value@element offset
├── 0: 0@0    1@1
├── 1: 2@2    3@3
├── 2: 4@4    5@5
├── 3: 6@6    7@7
├── 4: 8@8    9@9
└── 5: 10@10  11@11
"
    );
    assert_eq!(
        nd!(a.reshape(2, 2, 3)).tree().to_string(),
        "\
(2, 2, 3) i64, byte strides (48, 24, 8); leaves: value@element offset
├── 0
│   ├── 0: 0@0    1@1    2@2
│   └── 1: 3@3    4@4    5@5
└── 1
    ├── 0: 6@6    7@7    8@8
    └── 1: 9@9    10@10  11@11
"
    );
}

#[test]
fn transpose_and_reshape_to_the_same_shape_draw_different_trees() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let reshaped = nd!(a.reshape(4, 3)).tree().to_string();
    let transposed = nd!(a.transpose(1, 0)).tree().to_string();
    assert_eq!(
        reshaped,
        "\
(4, 3) i64, byte strides (24, 8); leaves: value@element offset
├── 0: 0@0    1@1    2@2
├── 1: 3@3    4@4    5@5
├── 2: 6@6    7@7    8@8
└── 3: 9@9    10@10  11@11
"
    );
    assert_eq!(
        transposed,
        "\
(4, 3) i64, byte strides (8, 32); leaves: value@element offset
├── 0: 0@0    4@4    8@8
├── 1: 1@1    5@5    9@9
├── 2: 2@2    6@6    10@10
└── 3: 3@3    7@7    11@11
"
    );
    assert_ne!(reshaped, transposed);
}

#[test]
fn tree_offsets_count_from_the_lowest_address_or_the_given_base() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let v = nd!(a[::-1, 1:]);
    // alone, the view's lowest address is a[0, 1]
    assert_eq!(
        v.tree().to_string(),
        "\
(3, 3) i64, byte strides (-32, 8); leaves: value@element offset
├── 0: 9@8    10@9   11@10
├── 1: 5@4    6@5    7@6
└── 2: 1@0    2@1    3@2
"
    );
    // relative to `a`, the offsets are those of `a`'s buffer
    assert_eq!(
        v.tree().relative_to(&a).to_string(),
        "\
(3, 3) i64, byte strides (-32, 8); leaves: value@element offset
├── 0: 9@9    10@10  11@11
├── 1: 5@5    6@6    7@7
└── 2: 1@1    2@2    3@3
"
    );
}

#[test]
fn tree_of_rank_0_1_and_empty() {
    let s = Array::<u8, shape![]>::from_elem(7);
    assert_eq!(
        s.tree().to_string(),
        "() u8, byte strides (); leaves: value@element offset\n└── 7@0\n"
    );
    let x = Array::<f32, shape![3]>::arange();
    assert_eq!(
        x.tree().to_string(),
        "(3,) f32, byte strides (4,); leaves: value@element offset\n└── 0@0  1@1  2@2\n"
    );
    let a = Array::<i64, shape![3, 4]>::arange();
    assert_eq!(
        nd!(a[3:]).tree().to_string(),
        "(0, 4) i64, byte strides (32, 8); leaves: value@element offset\n└── (no elements)\n"
    );
}

#[test]
fn tree_of_a_large_array_elides_the_middle_of_each_long_axis() {
    let big = Array::<i32, shape![10, 10]>::arange();
    assert_eq!(
        big.tree().to_string(),
        "\
(10, 10) i32, byte strides (40, 4); leaves: value@element offset
├── 0: 0@0    1@1    2@2    ...    7@7    8@8    9@9
├── 1: 10@10  11@11  12@12  ...    17@17  18@18  19@19
├── 2: 20@20  21@21  22@22  ...    27@27  28@28  29@29
├── ...
├── 7: 70@70  71@71  72@72  ...    77@77  78@78  79@79
├── 8: 80@80  81@81  82@82  ...    87@87  88@88  89@89
└── 9: 90@90  91@91  92@92  ...    97@97  98@98  99@99
"
    );
    let huge = Array::<u8, shape![1000]>::zeros();
    assert_eq!(huge.tree().to_string().lines().count(), 2);
    let wide = Array::<i32, shape![100, 100, 100]>::zeros();
    assert!(wide.tree().to_string().lines().count() < 60);
}

#[test]
fn tree_works_on_mutable_views() {
    let mut a = Array::<i64, shape![2, 2]>::arange();
    let m = nd!(mut a.T);
    assert_eq!(
        m.tree().to_string(),
        "(2, 2) i64, byte strides (8, 16); leaves: value@element offset\n├── 0: 0@0  2@2\n└── 1: 1@1  3@3\n"
    );
}

#[test]
fn explain_shows_the_seed_arithmetic() {
    let a = Array::<i64, shape![3, 4]>::arange();
    assert_eq!(
        a.explain([1, 3]).unwrap().to_string(),
        "[1, 3] -> 1*32 + 3*8 = 56 bytes from the start (element 7)\n\
         in elements: 1*4 + 3*1 = 7 (i64 is 8 bytes)"
    );
    // the same element through the transpose: same address, other terms
    assert_eq!(
        nd!(a.transpose(1, 0)).explain([3, 1]).unwrap().to_string(),
        "[3, 1] -> 3*8 + 1*32 = 56 bytes from the start (element 7)\n\
         in elements: 3*1 + 1*4 = 7 (i64 is 8 bytes)"
    );
}

#[test]
fn explain_of_a_negative_stride_view_shows_its_offset() {
    let a = Array::<i64, shape![3, 4]>::arange();
    // a[::-1, ::-1] starts at element 11 (88 bytes), np: a[::-1, ::-1].strides == (-32, -8)
    assert_eq!(
        nd!(a[::-1, ::-1]).explain([0, 1]).unwrap().to_string(),
        "[0, 1] -> 88 (offset) + 0*(-32) + 1*(-8) = 80 bytes from the start (element 10)\n\
         in elements: 11 (offset) + 0*(-4) + 1*(-1) = 10 (i64 is 8 bytes)"
    );
}

#[test]
fn explain_relative_to_the_array_shows_a_slice_offset() {
    let a = Array::<i64, shape![3, 4]>::arange();
    let s = nd!(a[1:, 1:]);
    let e = s.explain([1, 2]).unwrap();
    assert_eq!(e.element_offset(), 6); // without a base: from s's own start
    let e = e.relative_to(&a);
    assert_eq!(
        e.to_string(),
        "[1, 2] -> 40 (offset) + 1*32 + 2*8 = 88 bytes from the start (element 11)\n\
         in elements: 5 (offset) + 1*4 + 2*1 = 11 (i64 is 8 bytes)"
    );
    assert_eq!((e.byte_offset(), e.element_offset()), (88, 11));
}

#[test]
fn explain_of_rank_0_and_other_item_sizes() {
    let s = Array::<u8, shape![]>::from_elem(1);
    assert_eq!(
        s.explain([]).unwrap().to_string(),
        "[] -> 0 = 0 bytes from the start (element 0)\nin elements: 0 = 0 (u8 is 1 byte)"
    );
    let f = Array::<f32, shape![2, 3]>::zeros();
    assert_eq!(
        f.explain([1, 0]).unwrap().to_string(),
        "[1, 0] -> 1*12 + 0*4 = 12 bytes from the start (element 3)\n\
         in elements: 1*3 + 0*1 = 3 (f32 is 4 bytes)"
    );
}

#[test]
fn explain_out_of_bounds_is_numpys_index_error() {
    let a = Array::<i64, shape![3, 4]>::arange();
    // np.arange(12).reshape(3, 4)[5, 0]: IndexError
    assert_eq!(
        a.explain([5, 0]).unwrap_err().to_string(),
        "index 5 is out of bounds for axis 0 with size 3"
    );
    assert_eq!(
        nd!(a.T).explain([0, 3]).unwrap_err().to_string(),
        "index 3 is out of bounds for axis 1 with size 3"
    );
}
