//! A review of the round 29 tally and seizure rules: the cases those
//! rules must leave alone.

use super::*;

#[test]
fn an_agent_after_a_finite_verb_or_a_bare_participle_keeps_its_count() {
    insta::assert_snapshot!(r("The robberies were carried out by 14 suspects detained in Laos."), @"tally Arrests 14 (suspects)");
    insta::assert_snapshot!(r("The burglaries were done by 14 suspects, all of whom were detained."), @"tally Arrests 14 (suspects)");
    insta::assert_snapshot!(r("The workshop was run by 7 suspects, and all were detained."), @"tally Arrests 7 (suspects)");
    // (`followed by` names no agent.)
    insta::assert_snapshot!(r("The first raid caught 50 suspects, followed by 38 suspects detained in the second raid."), @"
    tally Arrests 50 (suspects)
    tally Arrests 38 (suspects)
    ");
    // (The agent inside a subject is still not what the passive befell.)
    insta::assert_snapshot!(r("A fraud ring led by four suspects was smashed on Monday."), @"");
}

#[test]
fn money_before_a_comma_and_that_opens_a_clause_of_its_own_is_not_seized() {
    insta::assert_snapshot!(r("The scheme cost investors 9 million yuan (1.2 million US dollars), and 30 phones and 70 bank cards were seized."), @"
    seizure Devices Seized phones q=30
    seizure Devices Seized bank cards q=70
    ");
    insta::assert_snapshot!(r("The ring made 6 million yuan (850,000 US dollars) and 30 cars and 8 guns were confiscated."), @"
    seizure Vehicles Confiscated cars q=30
    seizure Weapons Confiscated guns q=8
    ");
    insta::assert_snapshot!(r("The ring made 6 million yuan, and 30 cars and 8 guns were confiscated."), @"
    seizure Vehicles Confiscated cars q=30
    seizure Weapons Confiscated guns q=8
    ");
    // (A list with its last `, and` still takes its passive.)
    insta::assert_snapshot!(r("In the raid 6 million yuan, 30 cars, and 8 guns were confiscated."), @"
    seizure Cash Confiscated funds v=6 million yuan
    seizure Vehicles Confiscated cars q=30
    seizure Weapons Confiscated guns q=8
    ");
}

#[test]
fn a_part_that_including_gives_a_value_keeps_its_count_and_money() {
    insta::assert_snapshot!(r("Officers seized 50 phones, including 14 with a value of 20,000 yuan, and 7 laptops."), @"
    seizure Devices Seized phones q=50
    seizure Devices Seized phones q=14 v=20,000 yuan
    seizure Devices Seized laptops q=7
    ");
    insta::assert_snapshot!(r("Officers seized 50 phones, including 14 with a total value of 20,000 yuan."), @"
    seizure Devices Seized phones q=50
    seizure Devices Seized phones q=14 v=20,000 yuan
    ");
    // (A part told apart by what it had is still no new count.)
    insta::assert_snapshot!(r("Officers seized 50 phones, including 14 with cracked screens."), @"seizure Devices Seized phones q=50");
}

#[test]
fn only_what_people_are_suspected_of_smuggling_is_no_seizure() {
    // (A vessel's cargo, with the vessel stopped, was taken.)
    insta::assert_snapshot!(r("The maritime police intercepted a boat suspected of smuggling frozen pork worth 4 million yuan."), @"seizure Goods Intercepted smuggling frozen pork v=4 million yuan");
    insta::assert_snapshot!(r("Agents caught three men suspected of smuggling frozen pork worth 4 million yuan."), @"tally Arrests 3 (men)");
    insta::assert_snapshot!(r("Agents caught a gang suspected of smuggling diesel worth 7 million yuan."), @"");
    insta::assert_snapshot!(r("Agents caught a woman accused of selling fake watches valued at 2 million yuan."), @"");
}

#[test]
fn sites_visited_are_places_inspected() {
    insta::assert_snapshot!(r("Officers visited 85 sales outlets to give out 2,000 leaflets."), @"
    tally PlacesInspected 85 (sales outlets)
    tally Publicity 2000 (leaflets)
    ");
    // (Sales outlets shut are still dens.)
    insta::assert_snapshot!(r("In the drive, 85 sales outlets were shut down."), @"tally DensDestroyed 85 (sales outlets)");
}
