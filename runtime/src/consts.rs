//! Names for the numbers 1025 to 8192, which typenum's `consts` stop short
//! of: `U1080 = UInt<U540, B0>`. `shape!` and `nd!` write a dim up to 8192 as
//! one of these names (larger ones as a few bits over the largest name), so
//! a user's `View<'_, u8, shape![1080, 1920]>` stays a short type (and under
//! clippy's `type_complexity` limit).

pub use crate::gen::consts::*;

/// `HIGH * 8192 + LOW`: how `shape!` writes a number above 8192
/// (`Big<U15, U6400>` is 129600), reduced by rustc to the canonical number.
pub type Big<HIGH, LOW> = typenum::Sum<typenum::Prod<HIGH, U8192>, LOW>;
