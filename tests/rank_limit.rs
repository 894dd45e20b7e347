//! The macro crate and the runtime agree on the largest rank.

#[test]
fn the_macros_rank_limit_is_the_runtimes() {
    assert_eq!(ndview::__max_rank!(), ndview::MAX_RANK);
}
