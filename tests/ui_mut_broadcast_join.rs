//! Compile-fail cases of run-time dims, mutation, broadcasting and joins:
//! each rejection is an error at `cargo check` time whose message names the
//! operation and the shapes, recorded in `tests/ui_mut_broadcast_join/*.stderr`.
//!
//! Only compile-fail cases, so trybuild runs `cargo check`. Regenerate with
//! `TRYBUILD=overwrite cargo test --test ui_mut_broadcast_join` and read every changed
//! `.stderr`.

#[test]
fn mutation_broadcast_and_join_rejections_are_compile_errors_with_readable_messages() {
    trybuild::TestCases::new().compile_fail("tests/ui_mut_broadcast_join/*.rs");
}
