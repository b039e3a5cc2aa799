//! A sweep of the vocabulary a translated bulletin uses for what police
//! took, who they took and what they counted: seizure verbs, case nouns,
//! arrest verbs and the people they take, each with a counter-example.

use super::r;

#[test]
fn sealed_things_are_seized_but_a_sealed_off_road_is_not() {
    insta::assert_snapshot!(r("Inspectors sealed 340 cases of fake baijiu in a rented storeroom."), @"seizure Counterfeit Seized cases of fake baijiu q=340");
    insta::assert_snapshot!(r("The squad sealed 9 smuggled excavators at the quarry."), @"seizure Vehicles Seized smuggled excavators q=9");
    // A cordon seals off a place; nothing is taken.
    insta::assert_snapshot!(r("Officers sealed off 4 streets around the blast site."), @"");
    insta::assert_snapshot!(r("The customs office confiscates 210 kg of pangolin scales."), @"seizure Wildlife Confiscated pangolin scales q=210 kg");
    insta::assert_snapshot!(r("The team bagged 3.4 kg of heroin on the highway."), @"seizure Drugs Seized heroin q=3.4 kg");
}

#[test]
fn present_tense_headline_verbs_take_people() {
    insta::assert_snapshot!(r("City police captures 16 suspects in a gambling ring."), @"tally Arrests 16 (suspects)");
    insta::assert_snapshot!(r("Border brigade apprehends 8 smugglers at the river."), @"tally Arrests 8 (smugglers)");
    insta::assert_snapshot!(r("The patrol bagged 5 pickpockets at the bus terminal."), @"tally Arrests 5 (pickpockets)");
    insta::assert_snapshot!(r("Riverside police made 64 apprehensions over the weekend."), @"tally Arrests 64 (apprehensions)");
}

#[test]
fn more_kinds_of_offender_are_people_arrested() {
    insta::assert_snapshot!(r("Police arrested 4 gunmen and 11 looters after the riot."), @"
    tally Arrests 4 (gunmen)
    tally Arrests 11 (looters)
    ");
    insta::assert_snapshot!(r("The county bureau caught 23 lawless elements and 6 criminal elements."), @"
    tally Arrests 23 (lawless elements)
    tally Arrests 6 (criminal elements)
    ");
    insta::assert_snapshot!(r("Detectives captured 2 bandits, 3 hoodlums and 5 crooks."), @"
    tally Arrests 2 (bandits)
    tally Arrests 3 (hoodlums)
    tally Arrests 5 (crooks)
    ");
    insta::assert_snapshot!(r("Officers tracked down 7 absconders and 2 escaped inmates."), @"
    tally Fugitives 7 (absconders)
    tally Fugitives 2 (escaped inmates)
    ");
}

#[test]
fn incidents_felonies_and_cybercrimes_are_cases() {
    insta::assert_snapshot!(r("The district solved 57 criminal incidents and 12 felonies last month."), @"
    tally CasesSolved 57 (criminal incidents)
    tally CasesSolved 12 (felonies)
    ");
    insta::assert_snapshot!(r("The cyber police cracked 31 cybercrimes."), @"tally CasesSolved 31 (cybercrimes)");
    insta::assert_snapshot!(r("Traffic police punished 2,700 traffic infractions."), @"tally OffendersHandled 2700 (traffic infractions)");
    insta::assert_snapshot!(r("Highway patrols ticketed 85 motorists for tailgating."), @"tally OffendersHandled 85 (motorists)");
}

#[test]
fn problems_and_irregularities_found_are_hazards() {
    insta::assert_snapshot!(r("Teams found 410 fire safety problems and rectified 390 of them."), @"
    tally HazardsFound 410 (fire safety problems)
    tally HazardsRectified 390 (fire safety problems)
    ");
    insta::assert_snapshot!(r("Inspectors found 27 irregularities in guesthouse registers."), @"tally HazardsFound 27 (irregularities)");
    // `cases of ... problems` stay cases.
    insta::assert_snapshot!(r("Police solved 6 cases of forged licence problems."), @"tally CasesSolved 6 (cases of forged licence problems)");
}
