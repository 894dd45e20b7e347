//! Tables written by `scripts/gen_tables.py` (run `scripts/regen.sh`); CI
//! regenerates them and fails on a difference. Do not edit them by hand:
//! change the script, or `MAX_RANK` in `shape.rs`, and regenerate.

#![allow(missing_docs)]

mod axes;
pub mod consts;
mod digits;
mod window;
