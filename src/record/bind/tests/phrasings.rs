//! Tallies and seizures: verbs split around their object, lists dealt out
//! by `respectively`, and the words that pick a kind.

use super::*;

#[test]
fn custody_measure_after_the_object() {
    insta::assert_snapshot!(r("Police put 3 suspects into criminal detention."), @"tally Arrests 3 (suspects)");
    insta::assert_snapshot!(r("The bureau placed 6 suspects under criminal coercive measures."), @"tally Arrests 6 (suspects)");
    insta::assert_snapshot!(r("Police put 9 people under administrative detention."), @"tally Arrests 9 (people)");
    insta::assert_snapshot!(r("Four suspects have been taken into police custody."), @"tally Arrests 4 (suspects)");
    // Other things put into a campaign are deployed, not detained.
    insta::assert_snapshot!(r("The city put 300 officers into the crackdown."), @"tally OfficersDeployed 300 (officers)");
}
