//! Wire copy and press-conference English: the words agencies, customs
//! and traffic police use for what they took and what they did, and the
//! numbers near them that count nothing.

use super::r;

#[test]
fn controlled_substances_explosives_and_fraud_kit_by_name() {
    insta::assert_snapshot!(r("Police seized 4.3 tons of new psychoactive substances and 900 yaba pills."), @r"
    seizure Drugs Seized new psychoactive substances q=4.3 tons
    seizure Drugs Seized yaba pills q=900
    ");
    insta::assert_snapshot!(r("Police seized 40 kg of black powder and 300 meters of detonating cord."), @r"
    seizure Weapons Seized black powder q=40 kg
    seizure Weapons Seized detonating cord q=300 meters
    ");
    // A `cat pool` (a rack of SIM modems) and the bank's USB key are the
    // kit of a fraud den.
    insta::assert_snapshot!(r("Officers seized 36 cat pools, 800 SIM cards and 52 U shields."), @r"
    seizure Devices Seized cat pools q=36
    seizure Devices Seized SIM cards q=800
    seizure Devices Seized U shields q=52
    ");
}

#[test]
fn wild_species_parts_and_publications_by_name() {
    insta::assert_snapshot!(r("Customs seized 90 kg of endangered species products and 12 kg of fish maw."), @r"
    seizure Wildlife Seized endangered species products q=90 kg
    seizure Wildlife Seized fish maw q=12 kg
    ");
    insta::assert_snapshot!(r("Customs seized 60 kg of dried swim bladders."), @"seizure Wildlife Seized dried swim bladders q=60 kg");
    insta::assert_snapshot!(r("Police seized 7,000 illegal publications and 300 vape e-cigarettes."), @r"
    seizure Goods Seized illegal publications q=7,000
    seizure Goods Seized vape e-cigarettes q=300
    ");
    // A cartridge of an e-cigarette is no round of ammunition.
    insta::assert_snapshot!(r("Police seized 1,400 e-cigarette cartridges."), @"seizure Goods Seized e-cigarette cartridges q=1,400");
}

#[test]
fn two_wheelers_trucks_and_drones_are_vehicles_a_count_can_check_or_send() {
    insta::assert_snapshot!(r("Traffic police checked 3,100 electric bicycles and 420 trucks."), @r"
    tally VehiclesChecked 3100 (electric bicycles)
    tally VehiclesChecked 420 (trucks)
    ");
    insta::assert_snapshot!(r("The bureau dispatched 15 drones and 60 motorcycles."), @r"
    tally VehiclesDeployed 15 (drones)
    tally VehiclesDeployed 60 (motorcycles)
    ");
}

#[test]
fn messages_articles_and_views_reach_the_public() {
    insta::assert_snapshot!(r("Police sent 80,000 text messages and posted 26 articles."), @r"
    tally Publicity 80000 (text messages)
    tally Publicity 26 (articles)
    ");
    insta::assert_snapshot!(r("The safety video drew 1.2 million views."), @"tally Publicity 1200000 (views)");
}

#[test]
fn the_audience_an_event_drew_is_no_arrest() {
    // `held` detains people, but not the people a lecture it held drew.
    insta::assert_snapshot!(r("Police held 120 anti-fraud lectures attended by 9,000 people."), @r"
    tally Publicity 120 (anti-fraud lectures)
    tally Publicity 9000 (people)
    ");
    insta::assert_snapshot!(r("Officers gave 40 safety talks, reaching 15,000 residents."), @r"
    tally Publicity 40 (safety talks)
    tally Publicity 15000 (residents)
    ");
}

#[test]
fn suspects_still_at_large_were_not_taken() {
    insta::assert_snapshot!(r("Four suspects were detained and three others remain at large."), @"tally Arrests 4 (suspects)");
    insta::assert_snapshot!(r("Police arrested 6 suspects; 2 others are still on the run."), @"tally Arrests 6 (suspects)");
    // Taken after a time at large, they were taken.
    insta::assert_snapshot!(r("Police caught 2 suspects who were at large for a decade."), @"tally Arrests 2 (suspects)");
}

#[test]
fn fugitive_suspects_are_fugitives_whatever_brought_them_back() {
    insta::assert_snapshot!(r("The bureau persuaded 14 fugitive suspects to come back from abroad."), @"tally Fugitives 14 (fugitive suspects)");
}

#[test]
fn people_saved_out_of_fraud_work_are_rescued() {
    insta::assert_snapshot!(r("Water police saved 9 people from a capsized boat."), @"tally Rescued 9 (people)");
    // In fraud work, saved from a scam: dissuaded.
    insta::assert_snapshot!(r("Officers saved 300 residents from being defrauded."), @"fraud people_dissuaded 300");
}

#[test]
fn what_the_people_taken_stole_or_sold_was_not_seized() {
    // A relative clause's verb is what the suspects did: its object is
    // no seizure, and the arrest before it stands.
    insta::assert_snapshot!(r("Police arrested 4 men who stole 15 electric bikes."), @"tally Arrests 4 (men)");
    insta::assert_snapshot!(r("Police caught 3 suspects who smuggled 80 tons of frozen beef."), @"tally Arrests 3 (suspects)");
    insta::assert_snapshot!(r("Officers caught 9 fraudsters who sold fake health products."), @"tally Arrests 9 (fraudsters)");
    insta::assert_snapshot!(r("Police broke up a ring who sold fake liquor worth 6 million yuan."), @"");
    // Smuggled goods taken by police are seized.
    insta::assert_snapshot!(r("Customs seized smuggled frozen beef worth 9 million yuan."), @"seizure Goods Seized smuggled frozen beef v=9 million yuan");
    // The item's own passive after its money, when no verb stands before
    // it; the sentence's first word may open the item, a verb of saying
    // may not.
    insta::assert_snapshot!(r("Smuggled cigarettes worth 2 million yuan were seized."), @"seizure Goods Seized Smuggled cigarettes v=2 million yuan");
    insta::assert_snapshot!(r("Counterfeit currency with a face value of 800,000 yuan was seized."), @"seizure Counterfeit Seized Counterfeit currency v=800,000 yuan");
    insta::assert_snapshot!(r("Police said fake liquor worth 1.5 million yuan was confiscated."), @"seizure Counterfeit Confiscated fake liquor v=1.5 million yuan");
    // An `and` inside the item joins more words to it.
    insta::assert_snapshot!(r("Police seized fake and inferior drugs worth 3.2 million yuan."), @"seizure Counterfeit Seized fake and inferior drugs v=3.2 million yuan");
    insta::assert_snapshot!(r("Officers seized fake drugs and medical devices worth 1.5 billion yuan."), @"seizure Counterfeit Seized fake drugs and medical devices v=1.5 billion yuan");
    insta::assert_snapshot!(r("Police seized 200 bags of fake fertilizer sold by the ring."), @"seizure Counterfeit Seized bags of fake fertilizer sold q=200");
}

#[test]
fn fake_money_is_counterfeit_at_its_face_value() {
    insta::assert_snapshot!(r("Police seized 4.8 million yuan in counterfeit banknotes."), @"seizure Counterfeit Seized counterfeit banknotes v=4.8 million yuan");
    insta::assert_snapshot!(r("Officers seized 9,000 counterfeit notes with a face value of 900,000 yuan."), @"seizure Counterfeit Seized counterfeit notes q=9,000 v=900,000 yuan");
    // Real banknotes stay cash.
    insta::assert_snapshot!(r("Police seized 350,000 yuan in banknotes."), @"seizure Cash Seized banknotes v=350,000 yuan");
}

#[test]
fn volunteers_and_firms_and_shifts_of_patrol() {
    insta::assert_snapshot!(r("A total of 900 officers and 250 security volunteers were deployed."), @r"
    tally OfficersDeployed 900 (officers)
    tally OfficersDeployed 250 (security volunteers)
    ");
    insta::assert_snapshot!(r("Fire officers inspected 310 firms and 45 warehouses."), @r"
    tally PlacesInspected 310 (firms)
    tally PlacesInspected 45 (warehouses)
    ");
    insta::assert_snapshot!(r("Smuggled ambergris 14 kg was seized at the port."), @r"
    seizure Wildlife Seized ambergris q=14 kg
    warning binding guessed from machine-translated word order (noun before its number) [14 kg]
    ");
}

#[test]
fn the_police_who_sent_things_are_no_count_of_them() {
    // A noun of its own after the number, unclassed: the police before
    // the verb are the ones who sent it, not what was counted.
    insta::assert_snapshot!(r("Police dispatched 14 excavators to clear the road."), @"");
    // With no noun after it, a machine-translated label still counts.
    insta::assert_snapshot!(r("Police force invested 420."), @"tally OfficersDeployed 420 (Police force)");
}

#[test]
fn the_members_of_a_gang_are_no_count_of_gangs() {
    insta::assert_snapshot!(r("Police smashed a gang of 11 people."), @"");
    insta::assert_snapshot!(r("Police smashed a ring of 6 suspects."), @"");
    insta::assert_snapshot!(r("Police smashed 4 gangs of car thieves."), @"tally GangsBusted 4 (gangs)");
    insta::assert_snapshot!(r("Customs seized 80,000 masks and 600 bottles of hand sanitizer."), @r"
    seizure Goods Seized masks q=80,000
    seizure Goods Seized bottles of hand sanitizer q=600
    ");
}

#[test]
fn a_force_someone_has_is_no_force_deployed_in_a_list_either() {
    insta::assert_snapshot!(r("The county has 14 police stations and 600 police officers."), @"");
    insta::assert_snapshot!(r("The county has sent 14 patrol cars and 600 police officers."), @r"
    tally VehiclesDeployed 14 (patrol cars)
    tally OfficersDeployed 600 (police officers)
    ");
}

#[test]
fn a_part_after_its_total_takes_the_verb_after_its_pronoun() {
    insta::assert_snapshot!(r("Inspectors found 230 fire hazards, 214 of which have been rectified."), @r"
    tally HazardsFound 230 (fire hazards)
    tally HazardsRectified 214 (fire hazards)
    ");
    insta::assert_snapshot!(r("Some 1,900 cases were reported and 1,650 of them solved."), @r"
    tally CasesFiled 1900 (cases)
    tally CasesSolved 1650 (cases)
    ");
    insta::assert_snapshot!(r("Officers questioned 120 people and detained 18 of them."), @r"
    tally PeopleChecked 120 (people)
    tally Arrests 18 (people)
    ");
    // A part with no verb of its own is no count.
    insta::assert_snapshot!(r("Police arrested 52 suspects, 9 of whom were minors."), @"tally Arrests 52 (suspects)");
}

#[test]
fn a_participle_after_the_head_keeps_the_heads_class() {
    // The riders were dealt with, not their bikes.
    insta::assert_snapshot!(r("Traffic police educated 2,300 people riding e-bikes without helmets."), @"tally OffendersHandled 2300 (people riding e-bikes)");
    insta::assert_snapshot!(r("Officers checked 75 trucks carrying hazardous chemicals."), @"tally VehiclesChecked 75 (trucks carrying hazardous chemicals)");
}

#[test]
fn people_released_on_bail_are_no_tally() {
    insta::assert_snapshot!(r("Police arrested 12 suspects; 7 others were released on bail."), @"tally Arrests 12 (suspects)");
    insta::assert_snapshot!(r("Of those held, 5 were released on bail pending trial."), @"");
}
