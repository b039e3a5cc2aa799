//! Phrasings met in real bulletins read for the round 29 audits:
//! seizures and campaign tallies, with the parts of a count told apart
//! and the things of a crime that no one seized.

use super::*;

#[test]
fn an_item_after_a_finished_passive_reads_its_own_passive_through_its_phrase() {
    insta::assert_snapshot!(r("In all 95 gangs were smashed, and 40 members involved in loan sharking were seized."), @"
    tally GangsBusted 95 (gangs)
    tally Arrests 40 (members)
    ");
    insta::assert_snapshot!(r("In all 140 rings were broken up, and 62 members involved in armed robbery were caught."), @"
    tally GangsBusted 140 (rings)
    tally Arrests 62 (members)
    ");
    // (An active verb before still serves the item after it.)
    insta::assert_snapshot!(r("Police caught 90 suspects, and 12 dens used for gambling were shut."), @"
    tally Arrests 90 (suspects)
    tally DensDestroyed 12 (dens)
    ");
}

#[test]
fn a_part_of_a_topic_with_no_act_of_its_own_is_no_new_count() {
    insta::assert_snapshot!(r("Police caught 260 fugitives. Of the 260 fugitives, 45 were women."), @"tally Fugitives 260 (fugitives)");
    insta::assert_snapshot!(r("Police caught 260 fugitives. Of the 260 fugitives, 45 are implicated in fraud."), @"tally Fugitives 260 (fugitives)");
    // (A part the police did something to is counted.)
    insta::assert_snapshot!(r("Of the 90 dens found, 70 were smashed."), @"
    tally DensDestroyed 90 (dens)
    tally DensDestroyed 70 (dens)
    ");
}

#[test]
fn a_part_singled_out_by_including_is_no_new_count() {
    insta::assert_snapshot!(r("Officers detained 18 suspects, including 5 from another province."), @"tally Arrests 18 (suspects)");
    insta::assert_snapshot!(r("The brigade seized 7 cars, including 2 with fake plates."), @"seizure Vehicles Seized cars q=7");
    // (One with a noun of its own names its own count.)
    insta::assert_snapshot!(r("Officers detained 18 suspects, including 5 gang leaders."), @"
    tally Arrests 18 (suspects)
    tally Arrests 5 (gang leaders)
    ");
}

#[test]
fn the_agent_of_a_participle_is_not_what_the_passive_after_it_befell() {
    insta::assert_snapshot!(r("A smuggling ring led by three suspects was broken up last week."), @"");
    insta::assert_snapshot!(r("Three suspects who ran the ring were arrested last week."), @"tally Arrests 3 (suspects)");
}

#[test]
fn what_a_gang_is_suspected_of_smuggling_was_not_seized() {
    insta::assert_snapshot!(r("Agents caught a gang suspected of smuggling frozen beef worth 80 million yuan."), @"");
    insta::assert_snapshot!(r("Agents caught a ring accused of selling fake wine valued at 3 million yuan."), @"");
    // (Goods the police took, with their worth, are a seizure.)
    insta::assert_snapshot!(r("Agents seized frozen beef worth 80 million yuan."), @"seizure Goods Seized frozen beef v=80 million yuan");
}

#[test]
fn money_with_its_converted_twin_in_brackets_is_one_item_of_a_list() {
    insta::assert_snapshot!(r("Over 60 suspects were held, with 8 million yuan (1.1 million US dollars) and 12 cars confiscated in the case."), @"
    tally Arrests 60 (suspects)
    seizure Cash Confiscated funds v=8 million yuan
    seizure Vehicles Confiscated cars q=12
    ");
    insta::assert_snapshot!(r("Over 60 suspects were held, with 8 million yuan and 12 cars confiscated in the case."), @"
    tally Arrests 60 (suspects)
    seizure Cash Confiscated funds v=8 million yuan
    seizure Vehicles Confiscated cars q=12
    ");
}

#[test]
fn birds_bogus_goods_and_outlets_by_name() {
    insta::assert_snapshot!(r("Forest police seized 300 herons, 45 swans and 12 pythons."), @"
    seizure Wildlife Seized herons q=300
    seizure Wildlife Seized swans q=45
    seizure Wildlife Seized pythons q=12
    ");
    insta::assert_snapshot!(r("Customs confiscated 9,000 cartons of bogus cigarettes."), @"seizure Counterfeit Confiscated cartons of bogus cigarettes q=9,000");
    insta::assert_snapshot!(r("More than 700 sales outlets were destroyed."), @"tally DensDestroyed 700 (sales outlets)");
    // (Outlets inspected are places.)
    insta::assert_snapshot!(r("Inspectors checked 300 outlets along the river."), @"tally PlacesInspected 300 (outlets)");
}
