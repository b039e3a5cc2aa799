//! Panics found by the bulletin-shaped property test (`tests/shaped.rs`),
//! each as its shrunk input: the parser reads them without panicking.

use super::r;

#[test]
fn a_dissuaded_noun_run_past_an_abbreviations_stop_does_not_panic() {
    // (`approx.` closes the sentence before the count, so its noun runs
    // past the sentence's end: the reader of what follows it reads nothing.)
    insta::assert_snapshot!(r("dissuaded approx. 1 people-times cigarettes. "), @"fraud people_dissuaded 1");
}
