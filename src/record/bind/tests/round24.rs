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
    // `had` before its own past participle is inside the clause. (Caught
    // after they fled, they are fugitives: `status::fled`.)
    insta::assert_snapshot!(r("In all, 45 suspects who had fled abroad were arrested."), @"tally Fugitives 45 (suspects)");
    // The first auxiliary after the clause, not a later clause's.
    insta::assert_snapshot!(r("Police rescued 9 children; 26 suspects who sold bank cards were arrested and 3 were released."), @r"
    tally Rescued 9 (children)
    tally Arrests 26 (suspects)
    tally Other 3 (suspects)
    ");
}

#[test]
fn people_educated_are_an_audience_offenders_educated_are_handled() {
    insta::assert_snapshot!(r("Through the campaign, 1.2 million people were educated on gambling law."), @"tally Publicity 1200000 (people)");
    insta::assert_snapshot!(r("The town police educated 3,300 villagers."), @"tally Publicity 3300 (villagers)");
    insta::assert_snapshot!(r("The bureau warned and educated 40 netizens."), @"tally OffendersHandled 40 (netizens)");
    insta::assert_snapshot!(r("Officers criticized and educated 17 people who set off fireworks."), @"tally OffendersHandled 17 (people)");
    insta::assert_snapshot!(r("In all, 315 riders without helmets were educated and corrected."), @"tally OffendersHandled 315 (riders)");
}

#[test]
fn people_educated_for_what_they_were_doing_are_handled() {
    insta::assert_snapshot!(r("Traffic police educated 2,300 people riding e-bikes without helmets."), @"tally OffendersHandled 2300 (people riding e-bikes)");
    insta::assert_snapshot!(r("The station educated 57 people who gambled at home."), @"tally OffendersHandled 57 (people)");
    // Where they live or what they attended is no conduct.
    insta::assert_snapshot!(r("Police educated 3,000 residents living near the school."), @"tally Publicity 3000 (residents living)");
    insta::assert_snapshot!(r("The station educated 500 people who attended the lecture."), @"tally Publicity 500 (people)");
}

#[test]
fn gamblers_dealt_with_are_offenders_handled_gamblers_caught_are_arrests() {
    insta::assert_snapshot!(r("The police dealt with 204 gamblers and seized 12 mahjong tables."), @r"
    tally OffendersHandled 204 (gamblers)
    seizure Other Seized mahjong tables q=12
    ");
    insta::assert_snapshot!(r("Gambling cases 36起 were investigated and 218名 gamblers were punished."), @r"
    tally CasesSolved 36 (cases)
    tally OffendersHandled 218 (gamblers)
    warning binding guessed from machine-translated word order (noun before its number) [36起]
    ");
    insta::assert_snapshot!(r("Officers raided 3 dens and caught 64 gamblers on the spot."), @r"
    tally DensDestroyed 3 (dens)
    tally Arrests 64 (gamblers)
    ");
    insta::assert_snapshot!(r("Police detained 2,204 suspected gamblers last year."), @"tally Arrests 2204 (suspected gamblers)");
    insta::assert_snapshot!(r("The county police dealt with 96 suspected gamblers."), @"tally Arrests 96 (suspected gamblers)");
    // Not other offenders held as suspects of something.
    insta::assert_snapshot!(r("Police handled 87 suspected drug users."), @"tally OffendersHandled 87 (suspected drug users)");
}
