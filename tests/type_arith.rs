//! The type-level arithmetic behind static shapes, checked against plain
//! integer arithmetic on a grid of numbers (small ones, powers of two and
//! their neighbours, and the realistic sizes of `scripts/compile_time.py`).
//! These operations are written for `cargo check` speed, bit by bit, so
//! each is pinned here on its own, not only through the ops that use it.

// `n % 1` and `n / 1` are part of the grid on purpose.
#![allow(clippy::modulo_one, clippy::identity_op)]

use ndview::__private::AxisAt;
use ndview::__private::{
    DimCeilDiv, DimDiv, DimMin, DimMul, DimSatSub, DivParts, StepDiv, StepPow2,
};
use ndview::prelude::*;
use ndview::typenum::{Bit, U1, U3};
use ndview::Dim;

/// The dim type of a literal: `d!(1080)` is typenum's 1080.
macro_rules! d {
    ($n:literal) => {
        <shape![$n] as AxisAt<0>>::Dim
    };
}

fn value<D: Dim>() -> usize {
    D::STATIC.expect("a static dim")
}

macro_rules! grid {
    ($check:ident; $($a:literal),*; $bs:tt) => {
        $( grid!(@row $check; $a; $bs); )*
    };
    (@row $check:ident; $a:literal; [$($b:literal),*]) => {
        $( $check!($a, $b); )*
    };
}

macro_rules! sat_sub {
    ($a:literal, $b:literal) => {
        assert_eq!(
            value::<<d!($a) as DimSatSub<d!($b)>>::Out>(),
            ($a as usize).saturating_sub($b),
            "{} -| {}",
            $a,
            $b
        );
    };
}

macro_rules! min {
    ($a:literal, $b:literal) => {
        assert_eq!(
            value::<<d!($a) as DimMin<d!($b)>>::Out>(),
            ($a as usize).min($b)
        );
    };
}

macro_rules! mul {
    ($a:literal, $b:literal) => {
        assert_eq!(value::<<d!($a) as DimMul<d!($b)>>::Out>(), $a * $b);
    };
}

#[test]
fn saturating_subtraction_matches_integers() {
    grid!(sat_sub; 0, 1, 2, 3, 4, 7, 8, 9, 29, 64, 1080, 1920, 4096;
        [0, 1, 2, 3, 4, 5, 7, 8, 9, 28, 29, 30, 63, 64, 65, 1079, 1080, 1081, 4095, 4096, 5000]);
}

#[test]
fn min_matches_integers() {
    grid!(min; 0, 1, 3, 8, 29, 1080, 4096; [0, 1, 2, 8, 30, 1080, 5000]);
}

#[test]
fn multiplication_matches_integers() {
    grid!(mul; 0, 1, 2, 3, 7, 1051, 1080, 4096; [0, 1, 3, 8, 1280, 1920, 4096]);
}

macro_rules! div {
    ($n:literal, $k:literal, $spec:ty) => {{
        type Out = <d!($n) as DimDiv<$spec>>::Out;
        assert_eq!(
            value::<<Out as DivParts>::Quot>(),
            $n / $k,
            "{} / {}",
            $n,
            $k
        );
        assert_eq!(
            <<Out as DivParts>::Exact as Bit>::BOOL,
            $n % $k == 0,
            "{} % {}",
            $n,
            $k
        );
    }};
}

#[test]
fn division_by_a_literal_matches_integers() {
    use ndview::__private::{Odd, One, Twice};
    type By2 = Twice<One>;
    type By3 = Odd<U3>;
    type By12 = Twice<Twice<Odd<U3>>>;
    type By64 = Twice<Twice<Twice<Twice<Twice<Twice<One>>>>>>;
    macro_rules! div_all {
        ($($n:literal),*) => {$(
            div!($n, 1, One);
            div!($n, 2, By2);
            div!($n, 3, By3);
            div!($n, 12, By12);
            div!($n, 64, By64);
        )*};
    }
    div_all!(0, 1, 2, 3, 5, 11, 12, 13, 63, 64, 65, 127, 128, 6220800, 6220801, 16777216);
}

macro_rules! ceil_div {
    ($n:literal) => {{
        assert_eq!(
            value::<<d!($n) as DimCeilDiv<StepPow2<U1>>>::Out>(),
            ($n as usize).div_ceil(2)
        );
        assert_eq!(
            value::<<d!($n) as DimCeilDiv<StepDiv<U3>>>::Out>(),
            ($n as usize).div_ceil(3)
        );
    }};
}

#[test]
fn ceiling_division_by_a_step_matches_integers() {
    ceil_div!(0);
    ceil_div!(1);
    ceil_div!(2);
    ceil_div!(3);
    ceil_div!(4);
    ceil_div!(1079);
    ceil_div!(1080);
    ceil_div!(4096);
}

macro_rules! less_equal {
    ($a:literal, $b:literal) => {
        assert_eq!(
            <<d!($a) as ndview::__private::DimLess<d!($b)>>::Out as Bit>::BOOL,
            $a < $b,
            "{} < {}",
            $a,
            $b
        );
        assert_eq!(
            <<d!($a) as ndview::__private::DimEqual<d!($b)>>::Out as Bit>::BOOL,
            $a == $b,
            "{} == {}",
            $a,
            $b
        );
    };
}

#[test]
fn comparisons_match_integers() {
    grid!(less_equal; 0, 1, 2, 3, 7, 8, 29, 390, 480, 4095, 4096;
        [0, 1, 2, 3, 6, 7, 8, 9, 390, 391, 480, 4095, 4096, 4097]);
}

/// The value of a little-endian decimal digit list, checking it is canonical
/// (no leading zero digit), so that equal counts are equal types.
trait DigitsValue {
    /// (value, most significant digit, number of digits)
    const VALUE: (u128, u8, u32);
}
impl DigitsValue for ndview::__private::DNil {
    const VALUE: (u128, u8, u32) = (0, 0, 0);
}
macro_rules! digit_value {
    ($($d:ident = $v:literal),*) => {$(
        impl<R: DigitsValue> DigitsValue for ndview::__private::DCons<ndview::__private::digits::$d, R> {
            const VALUE: (u128, u8, u32) = {
                let (rest, top, len) = R::VALUE;
                let top = if len == 0 { $v } else { top };
                (rest * 10 + $v, top, len + 1)
            };
        }
    )*};
}
digit_value!(
    _0 = 0,
    _1 = 1,
    _2 = 2,
    _3 = 3,
    _4 = 4,
    _5 = 5,
    _6 = 6,
    _7 = 7,
    _8 = 8,
    _9 = 9
);

fn count_of<S: ndview::__private::ShapeCount>() -> u128
where
    S::Out: DigitsValue,
{
    let (value, top, len) = <S::Out as DigitsValue>::VALUE;
    assert!(len == 0 || top != 0, "{value} has a leading zero digit");
    value
}

macro_rules! count {
    ($($d:literal),*) => {{
        let dims: &[u128] = &[$($d),*];
        assert_eq!(count_of::<shape![$($d),*]>(), dims.iter().product::<u128>(), "count of {dims:?}");
    }};
}

#[test]
fn decimal_element_counts_match_integers() {
    count!();
    count!(0);
    count!(7);
    count!(1080);
    count!(3, 0, 5);
    count!(0, 4096);
    count!(10, 10, 10);
    count!(1000, 1000, 1000);
    count!(99, 99, 99, 99);
    count!(1080, 1920, 3);
    count!(64, 3, 224, 224);
    count!(4096, 4096);
    count!(3001, 2741, 17, 5);
    count!(4095, 4093, 4091, 4089);
    count!(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    count!(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37);
    count!(3037000499, 3037000499);
}

#[test]
fn decimal_counts_compare_digit_by_digit() {
    use ndview::__private::digits::{_1, _2};
    use ndview::__private::{DCons, DNil, SameCount, ShapeCount};
    type N12 = DCons<_2, DCons<_1, DNil>>;
    fn same<S: ShapeCount, N>() -> bool
    where
        S::Out: SameCount<N>,
    {
        <<S::Out as SameCount<N>>::Out as Bit>::BOOL
    }
    assert!(same::<shape![3, 4], N12>());
    assert!(same::<shape![2, 2, 3], N12>());
    assert!(!same::<shape![3, 5], N12>());
    assert!(!same::<shape![21], N12>());
    assert!(!same::<shape![2], N12>(), "shorter");
    assert!(!same::<shape![112], N12>(), "longer");
    assert!(!same::<shape![0], N12>());
    assert!(same::<shape![0, 3], DNil>());
    assert!(!same::<shape![1], DNil>());
    // a `Dyn` count is checked when the program runs
    assert!(same::<shape![Dyn, 4], N12>());
}

macro_rules! dec_div {
    ([$($d:literal),*], $k:literal) => {{
        use ndview::__private::{DecDiv, FromDigits, ShapeCount};
        type N = <shape![$($d),*] as ShapeCount>::Out;
        type K = <shape![$k] as ShapeCount>::Out;
        let n: u128 = 1 $(* $d)*;
        let (rem, top, len) = <<N as DecDiv<K>>::Rem as DigitsValue>::VALUE;
        assert!(len == 0 || top != 0, "remainder {rem} has a leading zero digit");
        assert_eq!(rem, n % $k, "{n} % {}", $k);
        let (quot, top, len) = <<N as DecDiv<K>>::Quot as DigitsValue>::VALUE;
        assert!(len == 0 || top != 0, "quotient {quot} has a leading zero digit");
        assert_eq!(quot, n / $k, "{n} / {}", $k);
        assert_eq!(value::<<<N as DecDiv<K>>::Quot as FromDigits>::Out>() as u128, n / $k);
    }};
}

#[test]
fn decimal_long_division_matches_integers() {
    dec_div!([0], 7);
    dec_div!([6], 7);
    dec_div!([7], 7);
    dec_div!([100], 1);
    dec_div!([1080, 1920, 3], 3);
    dec_div!([1080, 1920, 3], 1080);
    dec_div!([1080, 1920, 3], 17);
    dec_div!([1080, 1920, 3], 6220800);
    dec_div!([1080, 1920, 3], 6220801);
    dec_div!([64, 3, 224, 224], 9999);
    dec_div!([3001, 2741, 17, 5], 1001);
    dec_div!([4095, 4093, 4091, 4089], 12);
    dec_div!([10, 10, 10, 10, 10, 10], 10);
    dec_div!([99, 99, 99], 99);
    dec_div!([65536, 65536], 16);
}

#[test]
fn decimal_division_of_a_run_time_count_is_left_to_run_time() {
    use ndview::__private::{DecDiv, FromDigits, SameCount, ShapeCount};
    type N = <shape![Dyn, 12] as ShapeCount>::Out;
    type K = <shape![7] as ShapeCount>::Out;
    // `reshape(7, -1)` of a (Dyn, 12) view: the dim is `Dyn` and the
    // remainder passes the static check (the run-time reshape decides)
    assert_eq!(<<N as DecDiv<K>>::Quot as FromDigits>::Out::STATIC, None);
    fn exact<R: SameCount<ndview::__private::DNil>>() -> bool {
        <R::Out as Bit>::BOOL
    }
    assert!(exact::<<N as DecDiv<K>>::Rem>());
}
