//! Phrasings met in bulletins on the environment, forests, relics, guns
//! handed in, fakes, tobacco, railway and airport police, juveniles,
//! online rumours, traffic and gambling (round 24).

use super::*;

#[test]
fn a_relative_clause_ends_at_the_first_auxiliary_after_its_first_word() {
    // One rule for both readers (the passive's and the counted noun's):
    // a number inside the clause is its object, not its edge.
    insta::assert_snapshot!(r("Officers rescued 4 women, and 12 suspects who sold 3,000 phones were caught."), @r"
    tally Rescued 4 (women)
    tally Arrests 12 (suspects)
    ");
    // `had` before its own past participle is inside the clause.
    insta::assert_snapshot!(r("In all, 45 suspects who had fled abroad were arrested."), @"tally Arrests 45 (suspects)");
    // The first auxiliary after the clause, not a later clause's.
    insta::assert_snapshot!(r("Police rescued 9 children; 26 suspects who sold bank cards were arrested and 3 were released."), @r"
    tally Rescued 9 (children)
    tally Arrests 26 (suspects)
    tally Other 3 (suspects)
    ");
}
