//! Phrasings met in bulletins of traffic, public-security-administration,
//! anti-smuggling, fishing-ban, fugitive-hunting, prison and community
//! police (round 26).

use super::*;

#[test]
fn a_criminal_measure_arrests_an_offender() {
    insta::assert_snapshot!(r("In the crackdown, 48 drunk drivers were placed under criminal coercive measures."), @"tally Arrests 48 (drunk drivers)");
    // (Or the word before the verb names it.)
    insta::assert_snapshot!(r("Traffic police criminally detained 12 drunk drivers."), @"tally Arrests 12 (drunk drivers)");
    // Offenders only caught are still handled.
    insta::assert_snapshot!(r("Traffic police caught 31 drunk drivers."), @"tally OffendersHandled 31 (drunk drivers)");
}

#[test]
fn a_topic_label_names_the_item_its_count_seized() {
    insta::assert_snapshot!(r("Guns: 12 seized; bullets: 430 seized; suspects: 7 arrested."), @r"
    tally Arrests 7 (suspects)
    seizure Weapons Seized Guns q=12
    seizure Weapons Seized bullets q=430
    ");
    insta::assert_snapshot!(r("Results. Knives: 48 were confiscated."), @"seizure Weapons Confiscated Knives q=48");
    // Only a label that is the item alone, and only with a verb of taking.
    insta::assert_snapshot!(r("Guns: 12 destroyed."), @"");
    insta::assert_snapshot!(r("Fake medicines: 6 dens destroyed."), @"tally DensDestroyed 6 (dens)");
}

#[test]
fn a_label_that_names_fugitives_makes_its_bare_counts_fugitives() {
    insta::assert_snapshot!(r("Fugitive hunting results: 53 captured, 21 persuaded to surrender, 4 repatriated from abroad."), @r"
    tally Fugitives 53 (captured)
    tally Fugitives 21 (persuaded)
    tally Fugitives 4 (repatriated)
    ");
    // Under another label they are arrests, and people talked round to
    // come back are no count.
    insta::assert_snapshot!(r("Campaign results: 53 captured."), @"tally Arrests 53 (captured)");
    // Not past a stop: the label is the line's.
    insta::assert_snapshot!(r("Fugitives: 12. Another 9 were arrested."), @r"
    tally Fugitives 12 (Fugitives)
    tally Arrests 9 (arrested)
    ");
}

#[test]
fn places_fined_or_punished_are_offenders_handled() {
    insta::assert_snapshot!(r("Safety checks: 312 units inspected, 27 units fined."), @r"
    tally PlacesInspected 312 (units)
    tally OffendersHandled 27 (units)
    ");
    insta::assert_snapshot!(r("Police fined 38 hotels that failed to register guests."), @"tally OffendersHandled 38 (hotels)");
    // Places only inspected stay places inspected.
    insta::assert_snapshot!(r("Police inspected 40 hotels."), @"tally PlacesInspected 40 (hotels)");
}

#[test]
fn a_part_of_those_checked_found_to_be_fugitives_counts() {
    insta::assert_snapshot!(r("Of the 1,480 people checked at the bus station, 4 were found to be online fugitives."), @r"
    tally PeopleChecked 1480 (people)
    tally Fugitives 4 (online fugitives)
    ");
    insta::assert_snapshot!(r("Police checked 960 passengers, 2 of whom were found to be online fugitives."), @r"
    tally PeopleChecked 960 (passengers)
    tally Fugitives 2 (online fugitives)
    ");
    // A part of those arrested was arrested with them; a part named by
    // no offence is no count.
    insta::assert_snapshot!(r("Police arrested 45 suspects; 12 of them were found to be fugitives."), @"tally Arrests 45 (suspects)");
    insta::assert_snapshot!(r("Officers checked 380 people; 140 of them were found to be drivers of trucks."), @"tally PeopleChecked 380 (people)");
}

#[test]
fn vessels_boarded_are_checked() {
    insta::assert_snapshot!(r("The water police boarded 96 fishing boats for inspection."), @"tally VehiclesChecked 96 (fishing boats)");
    insta::assert_snapshot!(r("Marine police boarded and inspected 38 fishing vessels at sea."), @"tally VehiclesChecked 38 (fishing vessels)");
    insta::assert_snapshot!(r("Traffic police boarded and checked 64 long-distance buses."), @"tally VehiclesChecked 64 (long-distance buses)");
    // Not those who boarded, nor vehicles boarded for some other end.
    insta::assert_snapshot!(r("The 3 suspects boarded a train to Kunming."), @"");
    insta::assert_snapshot!(r("Officers boarded 27 buses to hand out anti-fraud leaflets."), @"");
    insta::assert_snapshot!(r("Volunteers boarded 9 ships with the police."), @"");
}

#[test]
fn a_verb_of_several_words_after_and_opens_a_clause() {
    insta::assert_snapshot!(r("Police administratively detained 1,027 people and imposed fines on 1,612 people."), @r"
    tally Arrests 1027 (people)
    tally OffendersHandled 1612 (people)
    ");
    // A noun after `and` still joins.
    insta::assert_snapshot!(r("Police rescued 40 children and old people."), @"tally Rescued 40 (children and old people)");
}

#[test]
fn a_measure_its_modifier_names_is_a_thing_seized() {
    insta::assert_snapshot!(r("Prison police confiscated 23 prohibited items during cell searches."), @"seizure Other Confiscated prohibited items q=23");
    // A bare measure names nothing.
    insta::assert_snapshot!(r("Police seized 2,470 items."), @"");
}

#[test]
fn public_security_sanctions_in_machine_translated_order() {
    insta::assert_snapshot!(r("Public security detention 36 people, fines 58 people."), @r"
    tally Arrests 36 (people)
    tally OffendersHandled 58 (fines)
    warning binding guessed from machine-translated word order (noun before its number) [58]
    ");
    // 名 kept as `names` counts people.
    insta::assert_snapshot!(r("Seized drug addicts 34 names, compulsory isolation rehabilitation 19 names."), @r"
    tally OffendersHandled 34 (addicts)
    tally OffendersHandled 19 (names)
    warning binding guessed from machine-translated word order (noun before its number) [34]
    ");
}

#[test]
fn a_machine_translated_list_takes_the_passive_after_its_last_item() {
    insta::assert_snapshot!(r("Guns 3, bullets 120 rounds and knives 15 were seized."), @r"
    seizure Weapons Seized Guns q=3
    seizure Weapons Seized bullets q=120
    seizure Weapons Seized knives q=15
    warning binding guessed from machine-translated word order (noun before its number) [3]
    warning binding guessed from machine-translated word order (noun before its number) [120]
    warning binding guessed from machine-translated word order (noun before its number) [15]
    ");
}

#[test]
fn frozen_goods_are_no_freeze() {
    insta::assert_snapshot!(r("Police cracked 9 cases of smuggling frozen goods, involving a case value of 120 million yuan."), @"tally CasesSolved 9 (cases of smuggling frozen goods)");
    insta::assert_snapshot!(r("Police seized 300 tons of frozen meat worth 12 million yuan."), @"seizure Goods Seized frozen meat q=300 tons v=12 million yuan");
    // Money frozen stays frozen.
    insta::assert_snapshot!(r("Police froze 3 million yuan."), @"seizure Cash Frozen funds v=3 million yuan");
}

#[test]
fn people_warned_outside_fraud_work_are_offenders_handled() {
    insta::assert_snapshot!(r("For gambling, police warned 120 people and fined 58."), @r"
    tally OffendersHandled 120 (people)
    tally OffendersHandled 58 (people)
    ");
    insta::assert_snapshot!(r("45 people were fined and 12 were given warnings."), @r"
    tally OffendersHandled 45 (people)
    tally OffendersHandled 12 (people)
    ");
    // Not people told of a danger.
    insta::assert_snapshot!(r("The bureau warned 400 residents about flooding."), @"");
}

#[test]
fn labels_after_chinese_stops_read_past_the_whole_stop() {
    // `。` and `；` are three bytes: the label opens after all of them.
    insta::assert_snapshot!(r("通报。Fugitive hunting: 9 captured；枪支：Guns: 4 seized。"), @"tally Fugitives 9 (Fugitive)");
    insta::assert_snapshot!(r("举报电话。Call 12369；and 110 in an emergency。"), @"");
}

#[test]
fn a_count_after_a_service_line_and_and_is_no_hotline() {
    // (`and 110` after a five-digit line is a hotline only before no noun
    // it counts.)
    insta::assert_snapshot!(r("After a caller rang 12345 about the blaze, firemen and 110 auxiliary officers rushed to the scene."), @"tally OfficersDeployed 110 (auxiliary officers)");
    insta::assert_snapshot!(r("Call 12369 for pollution and 110 in an emergency."), @"");
}

#[test]
fn teams_and_groups_broken_up_are_gangs_those_sent_out_are_not() {
    insta::assert_snapshot!(r("Police destroyed 3 gambling promotion teams and broke up 2 criminal groups."), @"
    tally GangsBusted 3 (gambling promotion teams)
    tally GangsBusted 2 (criminal groups)
    ");
    // The police's own groups and teams, sent out or set up, are no gangs.
    insta::assert_snapshot!(r("The bureau dispatched 30 groups to patrol the area."), @"");
    insta::assert_snapshot!(r("The bureau established 12 special teams."), @"");
}

#[test]
fn a_headline_in_the_present_breaks_up_and_destroys_gangs() {
    insta::assert_snapshot!(r("Xiamen police breaks up 3 gangs, destroys 4 dens and crushes 2 rings"), @"
    tally GangsBusted 3 (gangs)
    tally DensDestroyed 4 (dens)
    tally GangsBusted 2 (rings)
    ");
}
