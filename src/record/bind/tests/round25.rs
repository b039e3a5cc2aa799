//! Phrasings met in bulletins of railway, airport, forest, border,
//! traffic and cyber police, on food, the environment, guns, gambling and
//! juveniles, in joint notices, half-year reports, tables and Chinese
//! numerals (round 25).

use super::*;

#[test]
fn a_part_by_its_pronoun_takes_the_item_stolen_before() {
    // The thieves' own verb makes no seizure, but what they took is what
    // the police recovered a part of, past the police's own subject.
    insta::assert_snapshot!(r("A ring had stolen 2,100 phones from shops in two towns; officers recovered 1,650 of them."), @"seizure Devices Recovered phones q=1,650");
    insta::assert_snapshot!(r("Burglars took 730 electric bicycles; the police got back 604 of them."), @"seizure Vehicles Recovered electric bicycles q=604");
    insta::assert_snapshot!(r("The gang had 120 cars; police recovered 95 of them."), @"seizure Vehicles Recovered cars q=95");
    // The police's own seizure keeps its part as before.
    insta::assert_snapshot!(r("Police seized 300 mobile phones and returned 270 of them."), @r"
    seizure Devices Seized mobile phones q=300
    seizure Devices Recovered mobile phones q=270
    ");
}

#[test]
fn all_of_a_count_refers_back_to_it() {
    insta::assert_snapshot!(r("Thieves carried off 41 stone tablets from the temple, and all 41 were recovered."), @"seizure Relics Recovered stone tablets q=41");
    insta::assert_snapshot!(r("The thieves took 64 Buddha statues; all 64 were recovered and returned."), @"seizure Relics Recovered Buddha statues q=64");
    // Not to a measure: `all 12` counts no kilograms.
    insta::assert_snapshot!(r("Police seized 12 guns; 8 kg of drugs were also found, and all 12 were destroyed."), @r"
    seizure Weapons Seized guns q=12
    seizure Drugs Seized drugs q=8 kg
    ");
    // Not to an item when the verb after takes people.
    insta::assert_snapshot!(r("Police seized 2,300 phones from the gang; all 15 were arrested."), @r"
    tally Arrests 15 (arrested)
    seizure Devices Seized phones q=2,300
    ");
}

#[test]
fn fuses_are_weapons_and_stone_tablets_relics() {
    insta::assert_snapshot!(r("Police seized 3,200 detonators and 1,500 metres of fuse."), @r"
    seizure Weapons Seized detonators q=3,200
    seizure Weapons Seized fuse q=1,500 metres
    ");
    insta::assert_snapshot!(r("Officers recovered 6 stone tablets and 2 steles."), @r"
    seizure Relics Recovered stone tablets q=6
    seizure Relics Recovered steles q=2
    ");
    // Tablets alone are still pills.
    insta::assert_snapshot!(r("Police seized 800 tablets of ecstasy."), @"seizure Drugs Seized tablets of ecstasy q=800");
}
#[test]
fn online_content_closed_deleted_or_cleaned_up_is_an_other_tally() {
    insta::assert_snapshot!(r("Cyber police cleaned up 9,400 pieces of harmful information, closed 610 illegal accounts and deleted 2,800 rumour posts."), @r"
    tally Other 9400 (pieces of harmful information)
    tally Other 610 (illegal accounts)
    tally Other 2800 (rumour posts)
    ");
    insta::assert_snapshot!(r("In all, 1,350 harmful posts were deleted."), @"tally Other 1350 (harmful posts)");
    insta::assert_snapshot!(r("Police shut down 48 gambling websites."), @"tally Other 48 (gambling websites)");
    // Deleted videos are content too, no publicity; people near a delete
    // verb are not what it counts.
    insta::assert_snapshot!(r("Cyber police deleted 300 rumour videos."), @"tally Other 300 (rumour videos)");
    insta::assert_snapshot!(r("Police helped 3,000 users delete the fake app."), @"");
    insta::assert_snapshot!(r("The fake app was deleted by 3,000 users after the warning."), @"");
    // Accounts frozen or checked are still no tally.
    insta::assert_snapshot!(r("Police checked 300 accounts and froze 120 accounts."), @"");
}

#[test]
fn scalpers_and_touts_are_traders_dealt_with_or_arrested() {
    insta::assert_snapshot!(r("A total of 86 scalpers were dealt with."), @"tally OffendersHandled 86 (scalpers)");
    insta::assert_snapshot!(r("Railway police dealt with 73 ticket touts."), @"tally OffendersHandled 73 (ticket touts)");
    insta::assert_snapshot!(r("Railway police arrested 26 ticket scalpers."), @"tally Arrests 26 (ticket scalpers)");
}

#[test]
fn a_bare_number_taken_after_a_list_of_dens_counts_people() {
    insta::assert_snapshot!(r("Police smash 3 gambling dens, 58 arrested"), @r"
    tally DensDestroyed 3 (gambling dens)
    tally Arrests 58 (arrested)
    ");
    insta::assert_snapshot!(r("The bureau solved 12 cases, and 30 were detained."), @r"
    tally CasesSolved 12 (cases)
    tally Arrests 30 (detained)
    ");
    // A count of people still lends its noun.
    insta::assert_snapshot!(r("Police checked 300 people, 12 detained on the spot."), @r"
    tally PeopleChecked 300 (people)
    tally Arrests 12 (people)
    ");
}

#[test]
fn people_found_to_be_fugitives_are_fugitives() {
    insta::assert_snapshot!(r("During the hotel checks, 7 people were found to be online fugitives."), @"tally Fugitives 7 (online fugitives)");
    insta::assert_snapshot!(r("At the station, 4 passengers were found to be online fugitives and were handed over."), @"tally Fugitives 4 (online fugitives)");
    // A part of an arrest count was arrested with the rest.
    insta::assert_snapshot!(r("Police arrested 45 suspects, and 12 of them were found to be fugitives."), @"tally Arrests 45 (suspects)");
    // What people are found to be is a count only as fugitives or offenders.
    insta::assert_snapshot!(r("In total 400 people were found to be in good health."), @"");
    // People wanted are fugitives, as before.
    insta::assert_snapshot!(r("Police found 27 people wanted for robbery."), @"tally Fugitives 27 (people wanted)");
}

#[test]
fn ships_boats_and_vessels_are_vehicles_checked_or_sent() {
    insta::assert_snapshot!(r("The maritime police boarded and inspected 180 ships, and seized 3 vessels carrying smuggled oil."), @r"
    tally VehiclesChecked 180 (ships)
    seizure Vehicles Seized vessels carrying smuggled oil q=3
    ");
    insta::assert_snapshot!(r("The bureau dispatched 40 boats and 300 officers to the flood."), @r"
    tally VehiclesDeployed 40 (boats)
    tally OfficersDeployed 300 (officers)
    ");
    insta::assert_snapshot!(r("Police seized 12 fishing boats."), @"seizure Vehicles Seized fishing boats q=12");
}

#[test]
fn a_participle_after_a_gerund_opens_its_object_in_a_complement() {
    insta::assert_snapshot!(r("The unit cracked 19 cases of counterfeiting registered trademarks."), @"tally CasesSolved 19 (cases of counterfeiting registered trademarks)");
    insta::assert_snapshot!(r("Airport police solved 12 cases of using forged documents."), @"tally CasesSolved 12 (cases of using forged documents)");
    // Before a preposition the participle is the cases' own verb.
    insta::assert_snapshot!(r("There were 30 cases of gambling reported in May."), @"tally CasesFiled 30 (cases of gambling)");
    insta::assert_snapshot!(r("Police handled 56 cases of drunk driving detected at night."), @"tally OffendersHandled 56 (cases of drunk driving)");
    // So is it before a determiner or a word of time.
    insta::assert_snapshot!(r("Police had 38 cases of online gambling solved this year."), @"tally CasesSolved 38 (cases of online gambling)");
    insta::assert_snapshot!(r("The bureau saw 38 cases of online gambling solved during the campaign."), @"tally CasesSolved 38 (cases of online gambling)");
}

#[test]
fn a_subject_before_its_passive_is_the_noun_of_the_number_after_it() {
    // Machine-translated order: each count follows its own passive.
    insta::assert_snapshot!(r("Criminal suspects were captured 34 people, cases were cracked 28 from."), @r"
    tally Arrests 34 (people)
    tally CasesSolved 28 (cases)
    ");
    // A bare number after its own verb still shares the noun before.
    insta::assert_snapshot!(r("1,184 disputes were investigated, 1,097 were dealt with."), @r"
    tally Disputes 1184 (disputes)
    tally Disputes 1097 (disputes)
    ");
}

#[test]
fn runaway_minors_found_are_rescued_and_adults_are_people() {
    insta::assert_snapshot!(r("Police found 11 runaway minors and arrested 2 adults who had lured them away."), @r"
    tally Rescued 11 (runaway minors)
    tally Arrests 2 (adults)
    ");
    insta::assert_snapshot!(r("The station found 6 missing minors."), @"tally Rescued 6 (missing minors)");
}

#[test]
fn passenger_trips_checked_are_people_checked_and_handled_are_traffic() {
    insta::assert_snapshot!(r("The station checked 1.36 million inbound and outbound passenger trips."), @"tally PeopleChecked 1360000 (inbound and outbound passenger trips)");
    insta::assert_snapshot!(r("During the holiday, the airport handled more than 1.1 million passenger trips."), @"");
    insta::assert_snapshot!(r("The railway station handled 320,000 passengers."), @"");
    // Offenders handled stay handled.
    insta::assert_snapshot!(r("Police handled 45 drunk drivers."), @"tally OffendersHandled 45 (drunk drivers)");
    // Travellers police dealt with, or who did something, are offenders.
    insta::assert_snapshot!(r("Police dealt with 6 tourists who damaged the relics."), @"tally OffendersHandled 6 (tourists)");
    insta::assert_snapshot!(r("Police handled 14 passengers who refused security checks."), @"tally OffendersHandled 14 (passengers)");
    insta::assert_snapshot!(r("The station handled 9 passengers who carried knives."), @"tally OffendersHandled 9 (passengers)");
    insta::assert_snapshot!(r("Officers at the airport handled 3 visitors."), @"tally OffendersHandled 3 (visitors)");
}

#[test]
fn an_item_taken_in_a_table_cell_labels_the_value_after_its_bar() {
    insta::assert_snapshot!(r("| Item | Number |\n| Suspects arrested | 388 |\n| Guns seized | 16 |\n| Drugs seized | 2.5 kg |"), @r"
    tally Arrests 388 (Suspects)
    seizure Weapons Seized Guns q=16
    seizure Drugs Seized Drugs q=2.5 kg
    ");
    // A thing with no verb of taking labels nothing.
    insta::assert_snapshot!(r("| Item | Number |\n| Guns | 16 |"), @"");
}

#[test]
fn people_after_talks_for_or_to_them_are_the_audience() {
    insta::assert_snapshot!(r("Police held 86 lectures for 12,000 students."), @r"
    tally Publicity 86 (lectures)
    tally Publicity 12000 (students)
    ");
    insta::assert_snapshot!(r("Campus safety: 148 schools inspected, 12 legal lectures given to 6,400 students."), @r"
    tally PlacesInspected 148 (schools)
    tally Publicity 12 (legal lectures)
    tally Publicity 6400 (students)
    ");
    // People held for a time are still held.
    insta::assert_snapshot!(r("Police held 3 suspects for 12 hours."), @"tally Arrests 3 (suspects)");
}

#[test]
fn a_scoreboard_line_opening_with_its_number_then_a_dash_and_the_noun() {
    insta::assert_snapshot!(r("Key numbers\n412 — the number of suspects arrested\n305 — criminal cases solved\n- 23 – gambling dens destroyed"), @r"
    tally Arrests 412 (suspects)
    tally CasesSolved 305 (criminal cases)
    tally DensDestroyed 23 (gambling dens)
    ");
    // Inside a sentence, or after a colon, the dash sets off no noun.
    insta::assert_snapshot!(r("Police questioned 30 — drivers said the road was shut."), @"");
    insta::assert_snapshot!(r("Score: 305: cases solved"), @"");
}
