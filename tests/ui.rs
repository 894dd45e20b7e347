//! The compile-fail suite: every rejection of SPEC is a compile error at
//! `cargo check` time, with the message recorded in `tests/ui/*.stderr`.
//!
//! Only compile-fail cases live in this `TestCases`, so trybuild runs
//! `cargo check` (not `cargo build`): the errors must come from type
//! checking, as an editor would show them. Regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test --test ui` and read every changed `.stderr`.

#[test]
fn every_rejection_is_a_compile_error_with_a_readable_message() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
