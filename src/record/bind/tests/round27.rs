//! Phrasings met in real bulletins read for the round 27 audits: gambling
//! sweeps, wildlife and smuggling cases, anti-gang and traffic work, wire
//! copy, machine-translated city and county releases.

use super::*;

#[test]
fn outlets_destroyed_are_dens_and_outlets_inspected_are_places() {
    insta::assert_snapshot!(r("Police destroyed 48 illegal lottery outlets in the city."), @"tally DensDestroyed 48 (illegal lottery outlets)");
    insta::assert_snapshot!(r("Another 5 gambling outlets were smashed."), @"tally DensDestroyed 5 (gambling outlets)");
    insta::assert_snapshot!(r("Inspectors checked 230 retail outlets selling fireworks."), @"tally PlacesInspected 230 (retail outlets selling fireworks)");
    insta::assert_snapshot!(r("Officers visited 140 outlets selling pesticides."), @"tally PlacesInspected 140 (outlets selling pesticides)");
    insta::assert_snapshot!(r("Officers inspected 85 catering outlets near the station."), @"tally PlacesInspected 85 (catering outlets)");
    insta::assert_snapshot!(r("Police busted 16 betting outlets."), @"tally DensDestroyed 16 (betting outlets)");
}

#[test]
fn gallbladders_and_animal_bones_are_wildlife_and_office_machines_devices() {
    insta::assert_snapshot!(r("Officers seized 9 kg of bear gallbladders and 40 kg of animal bones."), @r"
    seizure Wildlife Seized bear gallbladders q=9 kg
    seizure Wildlife Seized animal bones q=40 kg
    ");
    insta::assert_snapshot!(r("Police seized 6 fax machines and 4 printers from the betting shop."), @r"
    seizure Devices Seized fax machines q=6
    seizure Devices Seized printers q=4
    ");
}

#[test]
fn a_list_runs_on_in_items_without_counts_to_its_passive() {
    insta::assert_snapshot!(r("Since the sweep began in May, 4 cars, 11 fax machines and a batch of laptops, phones and ledgers, along with other gambling tools, have been seized."), @r"
    seizure Vehicles Seized cars q=4
    seizure Devices Seized fax machines q=11
    ");
    // Not past a verb of its own in the tail, nor to another subject's
    // passive.
    insta::assert_snapshot!(r("Last year the gang hired 11 fax machines and phones, seized them from rivals, and its members were arrested in May."), @"");
    insta::assert_snapshot!(r("Last year the gang hired 11 fax machines and phones, and its members were arrested in May."), @"");
}

#[test]
fn the_same_quantity_of_another_item_beside_it_is_a_list_item() {
    insta::assert_snapshot!(r("Officers seized 12 fax machines, 12 printers and 3 cars."), @r"
    seizure Devices Seized fax machines q=12
    seizure Devices Seized printers q=12
    seizure Vehicles Seized cars q=3
    ");
    // The same thing again is the same fact.
    insta::assert_snapshot!(r("Police seized 3 tonnes of ketamine. The 3 tonnes of ketamine were hidden in a truck."), @"seizure Drugs Seized ketamine q=3 tonnes");

    // A headline and its body, or two sentences, count one seizure once.
    insta::assert_snapshot!(r("Police seize 4 tonnes of meth in Guangxi\nNANNING, June 9 (Xinhua) -- Police in Guangxi have seized 4 tonnes of methamphetamine, officials said."), @"seizure Drugs Seized methamphetamine q=4 tonnes");
    insta::assert_snapshot!(r("Police seize 300 kg of drugs\nPolice in the county seized 300 kg of cocaine last week."), @"seizure Drugs Seized cocaine q=300 kg");
}

#[test]
fn a_count_after_by_is_an_agent_not_the_object_of_the_verb_before() {
    insta::assert_snapshot!(r("Police detained 85 suspects of a ring run by two cousins from Fujian."), @"tally Arrests 85 (suspects)");
    insta::assert_snapshot!(r("Officers arrested 12 members of a gang they say is led by three brothers."), @"tally Arrests 12 (members)");
}

#[test]
fn mobsters_and_bosses_are_people() {
    insta::assert_snapshot!(r("Dozens of mobsters who controlled the sand trade had been arrested."), @"tally Arrests 12 (mobsters)");
    insta::assert_snapshot!(r("Police captured 6 gang bosses."), @"tally Arrests 6 (gang bosses)");
}

#[test]
fn licences_revoked_are_offenders_handled() {
    insta::assert_snapshot!(r("During the crackdown, 64 drivers had their licences revoked."), @"tally OffendersHandled 64 (drivers)");
    insta::assert_snapshot!(r("Traffic police revoked 190 driving licences."), @"tally OffendersHandled 190 (driving licences)");
    insta::assert_snapshot!(r("The bureau revoked the licences of 23 drunk drivers."), @"tally OffendersHandled 23 (drunk drivers)");
}

#[test]
fn those_who_helped_are_not_rescued() {
    insta::assert_snapshot!(r("About 40 herdsmen helped search the grassland for the lost child."), @"");
    insta::assert_snapshot!(r("A dozen fishermen helped police tow the boat ashore."), @"");
    // Those helped still are.
    insta::assert_snapshot!(r("Patrol officers helped 26 stranded tourists."), @"tally Rescued 26 (stranded tourists)");
    insta::assert_snapshot!(r("In the storm, 85 residents were helped to safety."), @"tally Rescued 85 (residents)");
}

#[test]
fn rescued_without_an_auxiliary_are_rescued() {
    // Only a form of `help` itself is an active helping verb; a bare
    // `rescued` after its count is the count's passive.
    insta::assert_snapshot!(r("14 climbers rescued in the Taihang Mountains"), @"tally Rescued 14 (climbers)");
    insta::assert_snapshot!(r("Seven stranded drivers rescued to safety by firefighters"), @"tally Rescued 7 (stranded drivers)");
    insta::assert_snapshot!(r("4 boys rescued in the lake by fishermen"), @"tally Rescued 4 (boys)");
    insta::assert_snapshot!(r("9 tourists rescued with a boat"), @"tally Rescued 9 (tourists)");
    // Those who helped still did no rescue of their own counted.
    insta::assert_snapshot!(r("About 30 villagers helped the firefighters carry hoses."), @"");
}

#[test]
fn a_bracketed_second_measure_word_is_read_past() {
    insta::assert_snapshot!(r("Police recovered 312 pieces (sets) of cultural relics."), @"seizure Relics Recovered pieces (sets) of cultural relics q=312");
    insta::assert_snapshot!(r("Officers seized 58 sets (pieces) of ivory carvings."), @"seizure Wildlife Seized sets (pieces) of ivory carvings q=58");
}

#[test]
fn a_share_of_what_was_seized_is_a_seizure() {
    insta::assert_snapshot!(r("Of the drugs seized, ketamine tablets made up 2.6 tonnes."), @"seizure Drugs Seized ketamine tablets q=2.6 tonnes");
    insta::assert_snapshot!(r("Of the drugs seized，heroin made up 0.8 tonnes。"), @"seizure Drugs Seized heroin q=0.8 tonnes");
    insta::assert_snapshot!(r("Among the goods confiscated, cigarettes accounted for 4.1 tons."), @"seizure Goods Confiscated cigarettes q=4.1 tons");
}

#[test]
fn police_put_into_patrols_are_deployed() {
    insta::assert_snapshot!(r("The district put 2,800 person-times of police into night patrols."), @"tally OfficersDeployed 2800 (person-times of police)");
    insta::assert_snapshot!(r("The bureau put 350 officers into the operation."), @"tally OfficersDeployed 350 (officers)");
    // A custody phrase after `into` keeps its own verb.
    insta::assert_snapshot!(r("Police put 6 suspects into criminal detention."), @"tally Arrests 6 (suspects)");
}

#[test]
fn money_in_one_account_frozen_is_frozen() {
    insta::assert_snapshot!(r("Officers froze a bank account holding more than 6 million yuan."), @"seizure Cash Frozen funds v=more than 6 million yuan");
    insta::assert_snapshot!(r("Police froze the boss's account containing 900,000 yuan."), @"seizure Cash Frozen funds v=900,000 yuan");
}

#[test]
fn a_measure_seized_in_a_count_of_cases_is_seized() {
    insta::assert_snapshot!(r("More than 450 kilograms of catch in 31 illegal fishing cases were seized last week."), @r"
    tally CasesSolved 31 (illegal fishing cases)
    seizure Wildlife Seized catch q=More than 450 kilograms
    ");
    insta::assert_snapshot!(r("About 2.4 tonnes of drugs across 12 cases were seized."), @"seizure Drugs Seized drugs q=About 2.4 tonnes");
}

#[test]
fn overlapping_items_before_a_measure_do_not_panic() {
    // (Items found inside one another before a Chinese measure: read as
    // one, no slice across them.)
    insta::assert_snapshot!(r("Seized fake handbags 2,100 units and fake belts 3.5万, with a case value of over 2 million yuan."), @r"
    seizure Counterfeit Seized fake handbags q=2,100 v=over 2 million yuan
    warning binding guessed from machine-translated word order (noun before its number) [2,100]
    ");
}

#[test]
fn a_road_offence_before_its_vehicle_counts_violations() {
    insta::assert_snapshot!(r("The brigade detected 40 cases of overloading lorries and 9 cases of illegal passengers in vans."), @r"
    tally OffendersHandled 40 (cases of overloading lorries)
    tally OffendersHandled 9 (cases of illegal passengers)
    ");
    // `illegal` alone stays a crime's word.
    insta::assert_snapshot!(r("Police solved 12 cases of illegal mining."), @"tally CasesSolved 12 (cases of illegal mining)");
    // So does `unlicensed` before anything but driving or a vehicle.
    insta::assert_snapshot!(r("The bureau solved 7 cases of unlicensed dental practice and 3 cases of unlicensed pesticide sales."), @"
    tally CasesSolved 7 (cases of unlicensed dental practice)
    tally CasesSolved 3 (cases of unlicensed pesticide sales)
    ");
    insta::assert_snapshot!(r("The brigade detected 25 cases of unlicensed driving and 6 cases of unlicensed motorcycles."), @"
    tally OffendersHandled 25 (cases of unlicensed driving)
    tally OffendersHandled 6 (cases of unlicensed motorcycles)
    ");
}

#[test]
fn a_part_with_a_passive_of_no_known_verb_after_its_pronoun_takes_no_verb_before() {
    insta::assert_snapshot!(r("The ministry listed 120 key cases, 98 of which had been cracked, and 2,300 of which had been supervised by provinces."), @"tally CasesSolved 98 (key cases)");
    // Its own known verb still counts it.
    insta::assert_snapshot!(r("Police found 500 hidden dangers, 455 of which have been rectified."), @r"
    tally HazardsFound 500 (hidden dangers)
    tally HazardsRectified 455 (hidden dangers)
    ");
}

#[test]
fn cases_of_offences_no_road_word_names_are_cases() {
    insta::assert_snapshot!(r("Police dealt with 8,300 cases of economic offenses and solved 2,000 cases of minor offences."), @r"
    tally CasesSolved 8300 (cases of economic offenses)
    tally CasesSolved 2000 (cases of minor offences)
    ");
    // The road's offences are violations handled.
    insta::assert_snapshot!(r("Traffic police handled 320 cases of traffic offences and 41 cases of drunk driving offences."), @r"
    tally OffendersHandled 320 (cases of traffic offences)
    tally OffendersHandled 41 (cases of drunk driving offences)
    ");
}

#[test]
fn a_licence_revoked_in_machine_translated_order_is_handled() {
    insta::assert_snapshot!(r("The detachment revoked driving license 73 起 and detained 21 people."), @r"
    tally OffendersHandled 73 (driving license)
    tally Arrests 21 (people)
    warning binding guessed from machine-translated word order (noun before its number) [73]
    ");
}

#[test]
fn a_licence_with_a_curly_apostrophe_is_a_licence() {
    insta::assert_snapshot!(r("Traffic police revoked 47 driver’s licenses."), @"tally OffendersHandled 47 (driver’s licenses)");
}

#[test]
fn an_agent_with_words_before_it_is_no_subject_of_a_later_count() {
    // `by local police`: the police seized them; the 37 are not police.
    insta::assert_snapshot!(r("Twenty-eight suspects were seized at rented flats in three coastal counties of eastern Fujian Province by local police and the other 37 were captured in Laos."), @r"
    tally Arrests 28 (suspects)
    tally Arrests 37 (captured)
    ");
    // A subject with its words and no `by` stays one.
    insta::assert_snapshot!(r("The local police officers numbered 720."), @"tally OfficersDeployed 720 (officers)");
}
