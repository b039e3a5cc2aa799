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

#[test]
fn respectively_deals_listed_verbs_in_order() {
    insta::assert_snapshot!(r("Arrested, prosecuted and sentenced 12, 9 and 7 people respectively."), @r"
    tally Arrests 12 (people)
    tally Other 9 (people)
    tally Other 7 (people)
    ");
    insta::assert_snapshot!(r("The police solved and arrested 10 cases and 15 suspects respectively."), @r"
    tally CasesSolved 10 (cases)
    tally Arrests 15 (suspects)
    ");
    insta::assert_snapshot!(r("Solved, arrested and punished 50 cases, 60 suspects and 70 people respectively."), @r"
    tally CasesSolved 50 (cases)
    tally Arrests 60 (suspects)
    tally OffendersHandled 70 (people)
    ");
    // More numbers than listed verbs: each keeps its nearest verb.
    insta::assert_snapshot!(r("Police arrested 4, 6 and 8 suspects respectively in three towns."), @r"
    tally Arrests 4 (suspects)
    tally Arrests 6 (suspects)
    tally Arrests 8 (suspects)
    ");
}

#[test]
fn fake_word_before_cash_word_makes_it_counterfeit() {
    insta::assert_snapshot!(r("Seized counterfeit currency 50,000 yuan."), @"seizure Counterfeit Seized counterfeit currency v=50,000 yuan");
    insta::assert_snapshot!(r("The police seized fake banknotes 80,000 yuan and cash 20,000 yuan."), @r"
    seizure Counterfeit Seized fake banknotes v=80,000 yuan
    seizure Cash Seized cash v=20,000 yuan
    ");
}

#[test]
fn operations_carried_out_are_counted() {
    insta::assert_snapshot!(r("Carried out 45 clearance operations."), @"tally Other 45 (clearance operations)");
    insta::assert_snapshot!(r("The bureau organized 3 centralized crackdowns, arresting 26 people."), @r"
    tally Other 3 (centralized crackdowns)
    tally Arrests 26 (people)
    ");
    insta::assert_snapshot!(r("Police mounted a total of 12 raids on gambling dens."), @"tally Other 12 (raids)");
    // Operations that frame a result, and rounds of them, are not.
    insta::assert_snapshot!(r("Officers closed 4 gambling dens over the course of three night operations."), @"tally DensDestroyed 4 (gambling dens)");
    insta::assert_snapshot!(r("Arrested 40 suspects in 5 operations."), @"tally Arrests 40 (suspects)");
    insta::assert_snapshot!(r("The province organized three waves of concentrated campaigns."), @"");
}

#[test]
fn a_described_bare_number_counts_people_of_its_own() {
    insta::assert_snapshot!(r("The traffic police arrested 52 suspects, 410 not wearing helmets were punished."), @r"
    tally Arrests 52 (suspects)
    tally OffendersHandled 410 (not wearing helmets)
    ");
    insta::assert_snapshot!(r("Police stopped 3,000 vehicles, and 75 not using seat belts were punished."), @r"
    tally VehiclesChecked 3000 (vehicles)
    tally OffendersHandled 75 (not using seat belts)
    ");
    insta::assert_snapshot!(r("Officers checked 900 riders; 126 without helmets were fined."), @r"
    tally PeopleChecked 900 (riders)
    tally OffendersHandled 126 (without helmets)
    ");
}

#[test]
fn wildlife_rescued_is_a_rescue() {
    insta::assert_snapshot!(r("The forest police rescued 1,300 wild animals."), @"tally Rescued 1300 (wild animals)");
    insta::assert_snapshot!(r("Rescued 35 pangolins and seized 12 kg of pangolin scales."), @r"
    tally Rescued 35 (pangolins)
    seizure Wildlife Seized pangolin scales q=12 kg
    ");
    insta::assert_snapshot!(r("A total of 42 wild birds were rescued and released."), @"tally Rescued 42 (wild birds)");
}

#[test]
fn a_hyphenated_denomination_is_no_sum() {
    insta::assert_snapshot!(r("Seized 500 counterfeit 100-yuan notes."), @"seizure Counterfeit Seized counterfeit q=500");
    insta::assert_snapshot!(r("Seized 2,000 fake 50-yuan banknotes and 30,000 yuan in cash."), @r"
    seizure Counterfeit Seized fake q=2,000
    seizure Cash Seized cash v=30,000 yuan
    ");
    insta::assert_snapshot!(r("Seized 300,000-yuan of cash."), @"seizure Cash Seized cash v=300,000-yuan");
}

#[test]
fn more_words_of_custody_and_fines() {
    insta::assert_snapshot!(r("A total of 23 suspects have been brought under control."), @"tally Arrests 23 (suspects)");
    insta::assert_snapshot!(r("Police caught 30 people; 11 were criminally detained."), @r"
    tally Arrests 30 (people)
    tally Arrests 11 (detained)
    ");
    insta::assert_snapshot!(r("The traffic police imposed fines on 220 people."), @"tally OffendersHandled 220 (people)");
}

#[test]
fn measures_penalties_and_clean_ups() {
    insta::assert_snapshot!(r("14 people were subjected to criminal coercive measures."), @"tally Arrests 14 (people)");
    // `to` before a bare verb is an infinitive: officers sent to arrest.
    insta::assert_snapshot!(r("Sent 40 officers to arrest the suspects."), @"tally OfficersDeployed 40 (officers)");
    insta::assert_snapshot!(r("Dispatched 30 officers to control the crowd."), @"tally OfficersDeployed 30 (officers)");
    insta::assert_snapshot!(r("40 people were given administrative penalties."), @"tally OffendersHandled 40 (people)");
    insta::assert_snapshot!(r("The bureau gave administrative penalties to 62 people."), @"tally OffendersHandled 62 (people)");
    insta::assert_snapshot!(r("Investigated and punished more than 300 illegal acts of various kinds."), @"tally OffendersHandled 300 (illegal acts)");
    insta::assert_snapshot!(r("Police cleaned up 25 gambling dens."), @"tally DensDestroyed 25 (gambling dens)");
}

#[test]
fn according_ends_the_counted_noun() {
    insta::assert_snapshot!(r("Punished 27 people according to law."), @"tally OffendersHandled 27 (people)");
}

#[test]
fn respectively_deals_measures_to_listed_items() {
    insta::assert_snapshot!(r("Seized heroin and methamphetamine 5 kg and 3 kg respectively."), @r"
    seizure Drugs Seized heroin q=5 kg
    seizure Drugs Seized methamphetamine q=3 kg
    ");
    insta::assert_snapshot!(r("Police seized heroin, ketamine and explosives 5 kg, 2 kg and 12 kg respectively."), @r"
    seizure Drugs Seized heroin q=5 kg
    seizure Drugs Seized ketamine q=2 kg
    seizure Weapons Seized explosives q=12 kg
    ");
    // As many items as measures, or no dealing: each weighs the one item.
    insta::assert_snapshot!(r("Seized heroin 5 kg and 3 kg respectively."), @r"
    seizure Drugs Seized heroin q=5 kg
    seizure Drugs Seized heroin q=3 kg
    warning binding guessed from machine-translated word order (noun before its number) [5 kg]
    ");
}

#[test]
fn case_value_and_chinese_items() {
    insta::assert_snapshot!(r("Seized smuggled goods with a case value of 8 million yuan."), @"seizure Goods Seized smuggled goods v=8 million yuan");
    // The value of cases solved is no seizure.
    insta::assert_snapshot!(r("Cracked 12 cases with a case value of 8 million yuan."), @"tally CasesSolved 12 (cases)");
    insta::assert_snapshot!(r("缴获冰毒3.5千克，查获赌资20万元。"), @r"
    seizure Drugs Seized 冰毒 q=3.5千克
    seizure Cash Seized 赌资 v=20万元
    ");
}

#[test]
fn a_participle_before_the_item_weighed() {
    insta::assert_snapshot!(r("The seized drugs totaled 10.5 kilograms."), @"seizure Drugs Seized drugs q=10.5 kilograms");
    insta::assert_snapshot!(r("The confiscated heroin weighed 3.2 kg."), @"seizure Drugs Confiscated heroin q=3.2 kg");
}

#[test]
fn riders_are_people() {
    insta::assert_snapshot!(r("132 riders without safety helmets were corrected."), @"tally OffendersHandled 132 (riders)");
    insta::assert_snapshot!(r("Officers checked 900 motorcyclists."), @"tally PeopleChecked 900 (motorcyclists)");
}

#[test]
fn vehicles_investigated_before_a_machine_translated_capture() {
    // `盘查车辆1200辆，抓获现行犯罪人员5名`, run together: the verb before
    // the first number takes its vehicles; the second count is the capture.
    insta::assert_snapshot!(r("The city investigated 1,450 vehicles captured 6 current criminals."), @r"
    tally VehiclesChecked 1450 (vehicles)
    tally Arrests 6 (current criminals)
    ");
    // With no verb before, the vehicles are only the capture's subject.
    insta::assert_snapshot!(r("2,210 vehicles captured 4 current criminals."), @"tally Arrests 4 (current criminals)");
}

#[test]
fn a_past_form_with_an_object_after_and_opens_another_clause() {
    // `promoted` is no lexicon verb, but it ends the reach of `held`.
    insta::assert_snapshot!(r("Officers held 420 talks, and promoted the anti-fraud app to 96,000 people."), @"tally Publicity 420 (talks)");
    // A participle before a noun is no new clause.
    insta::assert_snapshot!(r("Police seized 5 guns and related ammunition 300 rounds."), @r"
    seizure Weapons Seized guns q=5
    seizure Weapons Seized ammunition q=300
    warning binding guessed from machine-translated word order (noun before its number) [300]
    ");
}

#[test]
fn a_noun_of_action_takes_its_object_through_on() {
    insta::assert_snapshot!(r("The bureau launched a crackdown on 12 gangs."), @"tally GangsBusted 12 (gangs)");
    insta::assert_snapshot!(r("Police carried out a raid on 3 gambling dens."), @"tally DensDestroyed 3 (gambling dens)");
    // As `of` does (`a seizure of 3 guns`).
    insta::assert_snapshot!(r("Police made a seizure of 3 guns."), @"seizure Weapons Seized guns q=3");
}

#[test]
fn a_noun_before_and_and_a_new_verb_is_no_subject_of_its_number() {
    // The dens were the first verb's object: `detained 30` counts people.
    insta::assert_snapshot!(r("Police smashed 45 gambling dens and detained 30."), @"
    tally DensDestroyed 45 (gambling dens)
    tally Arrests 30 (detained)
    ");
    // Verbs joined by `and` still share the subject before them.
    insta::assert_snapshot!(r("The number of suspects arrested and detained reached 1,540."), @"tally Arrests 1540 (suspects)");
}

#[test]
fn a_list_after_a_verb_that_counts_nothing_takes_its_own_passive() {
    insta::assert_snapshot!(r("During the check, 26 suspects and 15 fugitives were captured."), @"
    tally Arrests 26 (suspects)
    tally Fugitives 15 (fugitives)
    ");
    insta::assert_snapshot!(r("Security check at the stadium: 18 controlled knives and 9 slingshots were confiscated."), @"
    seizure Weapons Confiscated controlled knives q=18
    seizure Other Confiscated slingshots q=9
    ");
    // A verb that counts before the comma keeps its list.
    insta::assert_snapshot!(r("Police seized 3 guns, 5 knives and 2 cars."), @"
    seizure Weapons Seized guns q=3
    seizure Weapons Seized knives q=5
    seizure Vehicles Seized cars q=2
    ");
}

#[test]
fn a_bare_number_in_total_was_taken() {
    insta::assert_snapshot!(r("45 in total were arrested, including 3 women."), @"
    tally Arrests 45 (arrested)
    tally Arrests 3 (women)
    ");
    insta::assert_snapshot!(r("Another 12 in all were detained."), @"tally Arrests 12 (detained)");
}

#[test]
fn a_passive_past_an_aside_a_relative_clause_or_an_adverb() {
    insta::assert_snapshot!(r("31 robbers were, after a six-week chase, captured."), @"tally Arrests 31 (robbers)");
    insta::assert_snapshot!(r("12 fugitives who had hidden in the mountains were caught."), @"tally Fugitives 12 (fugitives)");
    insta::assert_snapshot!(r("26 suspects linked to the gang were swiftly detained."), @"tally Arrests 26 (suspects)");
    // An object relative ends in its own passive: the verb before stands.
    insta::assert_snapshot!(r("Police returned 80,000 yuan that two pensioners were tricked out of in an online scam."), @"fraud funds_returned 80000");
    // A number inside the aside ends it: no reach over another count.
    insta::assert_snapshot!(r("31 robbers were, with 4 vans, captured."), @"");
}

#[test]
fn offenders_nouns_rescued_are_rescued() {
    insta::assert_snapshot!(r("Traffic police rescued 19 drivers stranded by the flood."), @"tally Rescued 19 (drivers)");
    insta::assert_snapshot!(r("Traffic police punished 19 drivers for speeding."), @"tally OffendersHandled 19 (drivers)");
}

#[test]
fn the_value_of_a_thing_seized_after_of_or_valued() {
    insta::assert_snapshot!(r("Officers recovered stolen mobile phones of 85,000 yuan."), @"seizure Devices Recovered stolen mobile phones v=85,000 yuan");
    insta::assert_snapshot!(r("Inspectors seized fake liquor valued 46,000 yuan."), @"seizure Counterfeit Seized fake liquor v=46,000 yuan");
    insta::assert_snapshot!(r("Inspectors seized fake liquor valued at 46,000 yuan."), @"seizure Counterfeit Seized fake liquor v=46,000 yuan");
    // Cash of a sum is the sum itself.
    insta::assert_snapshot!(r("Officers seized cash of 85,000 yuan."), @"seizure Cash Seized cash v=85,000 yuan");
}

#[test]
fn a_bare_participle_past_an_of_phrase_ending_its_item() {
    insta::assert_snapshot!(r("Results: 37 members of the ring detained, 5 workshops of the gang destroyed."), @"
    tally Arrests 37 (members)
    tally DensDestroyed 5 (workshops)
    ");
    // With an object after it, the participle is no passive of the noun.
    insta::assert_snapshot!(r("Results: 45 members of the gang robbed 3 rivals."), @"");
}

#[test]
fn reached_totals_what_its_subject_participle_did() {
    insta::assert_snapshot!(r("Police force mobilized reached 3,200 person-times."), @"tally OfficersDeployed 3200 (person-times)");
    insta::assert_snapshot!(r("Drunk drivers punished reached 214 people."), @"tally OffendersHandled 214 (people)");
    // A publicity noun's participle is its own: an audience reached.
    insta::assert_snapshot!(r("The 12 safety talks held reached 4,000 pupils."), @"tally Publicity 4000 (pupils)");
    // With no participle, an audience reached.
    insta::assert_snapshot!(r("The talks reached 9,000 villagers."), @"tally Publicity 9000 (villagers)");
}

#[test]
fn semicolon_list_items_share_the_verb_before_them() {
    insta::assert_snapshot!(r("Officers seized 4 vehicles; 19 mobile phones; 2 crossbows."), @"
    seizure Vehicles Seized vehicles q=4
    seizure Devices Seized mobile phones q=19
    seizure Weapons Seized crossbows q=2
    ");
    insta::assert_snapshot!(r("The following were seized: 7 cars; 30 phones; 1.5 million yuan in cash; 420 grams of heroin."), @"
    seizure Vehicles Seized cars q=7
    seizure Devices Seized phones q=30
    seizure Cash Seized cash v=1.5 million yuan
    seizure Drugs Seized heroin q=420 grams
    ");
    insta::assert_snapshot!(r("They seized 210 cartons of smuggled cigarettes; 900 bottles of fake liquor; and 2 vans used for transport."), @"
    seizure Goods Seized cartons of smuggled cigarettes q=210
    seizure Counterfeit Seized bottles of fake liquor q=900
    seizure Vehicles Seized vans q=2
    ");
}

#[test]
fn a_plan_covers_every_act_joined_to_it() {
    insta::assert_snapshot!(r("The drive aims to arrest 400 fugitives, solve 250 cases and seize 12 guns."), @"");
    insta::assert_snapshot!(r("Each county should check 800 vehicles and destroy 6 dens."), @"");
    insta::assert_snapshot!(r("The campaign is expected to recover 8 million yuan and rescue 150 trafficked women."), @"");
    insta::assert_snapshot!(r("The goal is to inspect 20,000 vehicles over the holiday."), @"");
    insta::assert_snapshot!(r("The plan requires every station to set up 3 checkpoints."), @"");
    // A done act after the plan, in a clause of its own, still counts.
    insta::assert_snapshot!(r("Police planned to arrest 40 suspects, and in the end arrested 35."), @"tally Arrests 35 (suspects)");
}

#[test]
fn a_number_of_a_crime_counts_the_noun_before_it() {
    insta::assert_snapshot!(r("Police solved 48 cases of theft and 17 of robbery."), @"
    tally CasesSolved 48 (cases of theft)
    tally CasesSolved 17 (robbery)
    ");
    insta::assert_snapshot!(r("The bureau cracked 90 cases of telecom fraud and 26 of burglary."), @"
    tally CasesSolved 26 (burglary)
    fraud cases_solved 90
    ");
    // An `of` that names a thing is the number's own noun.
    insta::assert_snapshot!(r("Police solved 48 cases of theft and seized 17 of the stolen cars."), @"
    tally CasesSolved 48 (cases of theft)
    seizure Vehicles Seized stolen cars q=17
    ");
}

#[test]
fn a_number_after_a_topic_counts_the_topic_noun() {
    insta::assert_snapshot!(r("Of the telecom fraud dens, 17 were uprooted."), @"fraud dens_destroyed 17");
    insta::assert_snapshot!(r("Among the cases filed, 64 were solved."), @"tally CasesSolved 64 (cases)");
    insta::assert_snapshot!(r("Of these suspects, 11 were detained."), @"tally Arrests 11 (suspects)");
    // A topic with no classed noun leaves the number to the other rules:
    // here, people detained.
    insta::assert_snapshot!(r("Of the remaining, 11 were detained."), @"tally Arrests 11 (detained)");
}

#[test]
fn conditions_light_verbs_and_particle_verbs_lend_no_count() {
    // A condition: no count.
    insta::assert_snapshot!(r("If convicted, the 4 suspects face up to 7 years in prison."), @"");
    // Who made the calls is no count of them.
    insta::assert_snapshot!(r("The police made 9,600 return calls."), @"");
    // A verb the lexicon does not know, with its particle, keeps the verb
    // before from taking its object.
    insta::assert_snapshot!(r("Police issued 820 tickets and hauled off 41 vehicles."), @"tally OffendersHandled 820 (tickets)");
}

#[test]
fn a_participle_after_an_opening_article_takes_the_count() {
    // Machine translation keeps the Chinese order: the participle stands
    // between the article and the number, and says what was done, even
    // when the count goes on to a perfect of its own.
    insta::assert_snapshot!(r("The arrested 12 suspects have confessed to the crime."), @"tally Arrests 12 (suspects)");
    insta::assert_snapshot!(r("Of the caught 34 suspects, 11 were online fugitives."), @r"
    tally Arrests 34 (suspects)
    tally Fugitives 11 (online fugitives)
    ");
    insta::assert_snapshot!(r("The detained 9 persons have been transferred to the procuratorate."), @"tally Arrests 9 (persons)");
    // After a verb of its own, the participle only describes.
    insta::assert_snapshot!(r("The police returned the stolen 300,000 yuan to the owners."), @"");
    insta::assert_snapshot!(r("Police said 600 members had signed up."), @"");
}

#[test]
fn a_relative_clause_of_what_they_did_runs_to_their_own_verb() {
    insta::assert_snapshot!(r("In the campaign, 26 suspects who sold bank cards to fraudsters were arrested."), @"tally Arrests 26 (suspects)");
    // With no verb of their own after it, what they did binds nothing.
    insta::assert_snapshot!(r("Police arrested 4 men who stole 12 motorcycles."), @"tally Arrests 4 (men)");
}

#[test]
fn machine_translated_singulars_and_present_verbs() {
    // Chinese has no plural and no past: `catch suspect 318 name` (抓获嫌疑人
    // 318名), `check hotel 36 home` (检查旅馆36家) count as their English.
    insta::assert_snapshot!(r("Catch criminal suspect 19 name, recover loss 4.6 million yuan."), @r"
    tally Arrests 19 (suspect)
    seizure Cash Recovered loss v=4.6 million yuan
    warning binding guessed from machine-translated word order (noun before its number) [19]
    ");
    insta::assert_snapshot!(r("Check hotel 36 home, internet cafe 9 home, discover hidden danger 22 place."), @r"
    tally PlacesInspected 36 (hotel)
    tally PlacesInspected 9 (internet cafe)
    tally HazardsFound 22 (hidden danger)
    warning binding guessed from machine-translated word order (noun before its number) [36]
    warning binding guessed from machine-translated word order (noun before its number) [9]
    warning binding guessed from machine-translated word order (noun before its number) [22]
    ");
    insta::assert_snapshot!(r("Police help lost elderly 6 name return home, find lost child 37 name."), @r"
    tally Rescued 6 (lost elderly)
    tally Rescued 37 (lost child)
    warning binding guessed from machine-translated word order (noun before its number) [6]
    warning binding guessed from machine-translated word order (noun before its number) [37]
    ");
    // The noun use of such a verb stays a noun.
    insta::assert_snapshot!(r("Police seized 300 kg of the illegal fishing catch."), @"seizure Wildlife Seized illegal fishing catch q=300 kg");
    insta::assert_snapshot!(r("Organize police car 380 platform-times."), @"");
}

#[test]
fn a_scoreboard_line_counts_the_noun_after_its_dash() {
    insta::assert_snapshot!(r("Number 1: 38,000 — the number of criminal suspects arrested in 2023."), @"tally Arrests 38000 (criminal suspects)");
    insta::assert_snapshot!(r("Number 8: 230,000 – the number of drunk drivers dealt with."), @"tally OffendersHandled 230000 (drunk drivers)");
    // A span of years counts no enforcement.
    insta::assert_snapshot!(r("Number 7: 12 — the number of consecutive years without a major fire."), @"");
}

#[test]
fn a_scoreboards_money_and_share_read_past_their_lead() {
    let head = "Our year against telecom fraud\n";
    let p = |line: &str| r(&format!("{head}{line}"));
    insta::assert_snapshot!(p("410 million yuan — the amount of money returned to victims"), @r#"fraud funds_returned 410000000"#);
    insta::assert_snapshot!(p("2.6 billion yuan — the amount of money stopped through emergency stop-payments"), @r#"fraud funds_frozen 2600000000"#);
    insta::assert_snapshot!(p("97.1% — the share of early-warning calls answered by residents"), @r#"fraud warning_response_rate 97.1"#);
    // Money the cases involved was moved by no one: no seizure.
    insta::assert_snapshot!(p("3.4 billion yuan — the amount of money involved in the cases"), @"");
    // Money kept from fraudsters outside a telecom fraud story: no seizure.
    insta::assert_snapshot!(r("Our year against fraud\n650 million yuan — the amount of money intercepted before fraudsters got it"), @"");
    // A count keeps its own reading.
    insta::assert_snapshot!(p("5,120 — the number of telecom fraud suspects arrested"), @r#"fraud suspects_arrested 5120"#);
}

#[test]
fn a_relative_that_before_a_past_verb_runs_to_their_own_verb() {
    insta::assert_snapshot!(r("In the campaign, 14 rings that recruited drug couriers were smashed."), @"tally GangsBusted 14 (rings)");
    // `that` before a subject of its own opens a clause of another verb.
    insta::assert_snapshot!(r("Police said 14 rings that the gang recruited were smashed."), @"");
}
