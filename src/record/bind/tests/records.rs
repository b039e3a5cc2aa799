//! Tallies and seizures: verb pairs, the words of fines and tickets, parts
//! of a total.

use super::*;

#[test]
fn respective_verb_pair() {
    // The first number takes the first verb of the pair.
    // (The later stage of justice is a count of its own, `other`.)
    insta::assert_snapshot!(r("The bureau detained and prosecuted 52 and 31 suspects respectively."), @r"
    tally Arrests 52 (suspects)
    tally Other 31 (suspects)
    ");
    insta::assert_snapshot!(r("Police detained and punished 27 and 9 people respectively."), @r"
    tally Arrests 27 (people)
    tally OffendersHandled 9 (people)
    ");
    // No `respectively`: one count, the nearest verb.
    insta::assert_snapshot!(r("Police caught and detained 14 suspects."), @"tally Arrests 14 (suspects)");
}

#[test]
fn fines_and_tickets_count_offenders() {
    insta::assert_snapshot!(r("Traffic police issued 2,450 fines for illegal parking."), @"tally OffendersHandled 2450 (fines)");
    insta::assert_snapshot!(r("A total of 318 penalty tickets were issued on the expressway."), @"tally OffendersHandled 318 (penalty tickets)");
}

#[test]
fn fugitives_named_as_a_part() {
    insta::assert_snapshot!(r("The county police caught 64 suspects, of which 11 were fugitives."), @r"
    tally Arrests 64 (suspects)
    tally Fugitives 11 (fugitives)
    ");
    insta::assert_snapshot!(r("Officers detained 40 people. Among them, 6 were fugitives."), @r"
    tally Arrests 40 (people)
    tally Fugitives 6 (fugitives)
    ");
    // The pronoun after the number: the copula after it names them.
    insta::assert_snapshot!(r("Patrols stopped 52 drivers, 7 of them were wanted fugitives."), @"
    tally OffendersHandled 52 (drivers)
    tally Fugitives 7 (wanted fugitives)
    ");
    insta::assert_snapshot!(r("Officers held 30 men, 4 of whom were fugitives at large."), @"
    tally Arrests 30 (men)
    tally Fugitives 4 (fugitives)
    ");
    // Other parts stay parts of their total.
    insta::assert_snapshot!(r("The county police caught 64 suspects, of which 11 were minors."), @"tally Arrests 64 (suspects)");
    insta::assert_snapshot!(r("The county police caught 64 suspects, 11 of whom were minors."), @"tally Arrests 64 (suspects)");
}

#[test]
fn talked_out_of_dissuades() {
    insta::assert_snapshot!(r("Telecom fraud police talked 58 residents out of paying the scammers."), @"fraud people_dissuaded 58");
}

#[test]
fn counts_written_in_chinese() {
    // The noun ends the words before the number, or follows it.
    insta::assert_snapshot!(r("今年以来，共侦破刑事案件2.3万起，抓获犯罪嫌疑人4100余名。"), @r"
    tally CasesSolved 23000 (案件)
    tally Arrests 4100 (嫌疑人)
    ");
    insta::assert_snapshot!(r("捣毁860个窝点，缴获毒品12.5公斤。"), @r"
    tally DensDestroyed 860 (窝点)
    seizure Drugs Seized 毒品 q=12.5公斤
    ");
    // No verb: no count.
    insta::assert_snapshot!(r("刑事案件2.3万起。"), @"");
}

#[test]
fn places_investigated_were_inspected() {
    insta::assert_snapshot!(r("The brigade investigated 2,150 hotels and internet cafes."), @"tally PlacesInspected 2150 (hotels and internet cafes)");
    insta::assert_snapshot!(r("A total of 640 rental houses were investigated."), @"tally PlacesInspected 640 (rental houses)");
    // Where cases were solved is no place inspected.
    insta::assert_snapshot!(r("Police investigated 31 cases in 9 hotels."), @"tally CasesSolved 31 (cases)");
}

#[test]
fn bare_numbers_of_people_taken() {
    insta::assert_snapshot!(r("38 detained in cross-border smuggling bust"), @"tally Arrests 38 (detained)");
    insta::assert_snapshot!(r("Police arrest 61 in gambling sweep"), @"tally Arrests 61 (arrest)");
    insta::assert_snapshot!(r("A further 9 were arrested on Friday."), @"tally Arrests 9 (arrested)");
    // A noun after the number is its own.
    insta::assert_snapshot!(r("Police detained 7 trucks at the port."), @"seizure Vehicles Seized trucks q=7");
}

#[test]
fn bare_number_before_an_active_verb_is_no_count() {
    insta::assert_snapshot!(r("The 12 detained 30 people."), @"tally Arrests 30 (people)");
}

#[test]
fn chinese_lists_share_the_verb() {
    // An item after `、` or `，` takes the verb of the item before it.
    insta::assert_snapshot!(r("缴获枪支8支、子弹2300发。"), @r"
    seizure Weapons Seized 枪支 q=8支
    seizure Weapons Seized 子弹 q=2300发
    ");
    insta::assert_snapshot!(r("查获毒品4.5公斤，子弹60发。"), @r"
    seizure Drugs Seized 毒品 q=4.5公斤
    seizure Weapons Seized 子弹 q=60发
    ");
    // An item with its own verb keeps it.
    insta::assert_snapshot!(r("抓获犯罪嫌疑人210名、破获案件57起。"), @r"
    tally Arrests 210 (嫌疑人)
    tally CasesSolved 57 (案件)
    ");
    // Only a bare item: other words may hold a verb the table lacks.
    insta::assert_snapshot!(r("缴获枪支8支，涉及子弹2300发。"), @"seizure Weapons Seized 枪支 q=8支");
    // Or an item after words that only qualify it (controlled knives).
    insta::assert_snapshot!(r("收缴枪支5支、管制刀具120把。"), @r"
    seizure Weapons Confiscated 枪支 q=5支
    seizure Weapons Confiscated 刀具 q=120把
    ");
    insta::assert_snapshot!(r("清查重点场所3,100余处。"), @"tally PlacesInspected 3100 (场所)");
    insta::assert_snapshot!(r("全年共立刑事案件6.4万起。"), @"tally CasesFiled 64000 (案件)");
}

#[test]
fn arrest_verbs_take_people_not_the_noun_before() {
    // A headline's second clause elides its people.
    insta::assert_snapshot!(r("Police smash 9 gangs, arrest 143 in crackdown on loan sharks"), @r"
    tally GangsBusted 9 (gangs)
    tally Arrests 143 (arrest)
    ");
    insta::assert_snapshot!(r("Police crack 31 cases, detain 58 over pyramid selling"), @r"
    tally CasesSolved 31 (cases)
    tally Arrests 58 (detain)
    ");
    insta::assert_snapshot!(r("Authorities crack 260 cases, hold 190 suspects"), @r"
    tally CasesSolved 260 (cases)
    tally Arrests 190 (suspects)
    ");
    // At the end of a headline's line too.
    insta::assert_snapshot!(r("Police seize 3 tons of drugs, detain 41\n\nThe raids took place on Monday."), @r"
    tally Arrests 41 (detain)
    seizure Drugs Seized drugs q=3 tons
    ");
    // The body's repeat of the count gives it its noun.
    insta::assert_snapshot!(r("Police seize 3 tons of drugs, detain 41\n\nPolice said they had detained 41 suspects in raids on Monday."), @r"
    tally Arrests 41 (suspects)
    seizure Drugs Seized drugs q=3 tons
    ");
    // An elided noun of people still carries over.
    insta::assert_snapshot!(r("Police questioned 60 suspects and detained 12."), @r"
    tally PeopleChecked 60 (suspects)
    tally Arrests 12 (suspects)
    ");
}

#[test]
fn things_collected_and_who_collected_them() {
    insta::assert_snapshot!(r("The township collected 17 guns and 460 rounds of ammunition."), @r"
    seizure Weapons Recovered guns q=17
    seizure Weapons Recovered rounds of ammunition q=460
    ");
    // People before the verb are who seized, not what was counted.
    insta::assert_snapshot!(r("Villagers seized 3 hunting rifles."), @"seizure Weapons Seized hunting rifles q=3");
    // Collected, not taken: no seizure of an unknown thing.
    insta::assert_snapshot!(r("Officers collected 300 blood samples."), @"");
}

#[test]
fn a_noun_before_a_number_is_that_numbers_own() {
    // `and` joins no head that labels the next number.
    insta::assert_snapshot!(r("Smashed 38 gambling dens and gangs 7."), @r"
    tally DensDestroyed 38 (gambling dens)
    tally GangsBusted 7 (gangs)
    warning binding guessed from machine-translated word order (noun before its number) [7]
    ");
    // A joined head with no number after it is still the head.
    insta::assert_snapshot!(r("Police arrested 420 drug addicts and traffickers."), @"tally Arrests 420 (drug addicts and traffickers)");
    insta::assert_snapshot!(r("The county invested 1,100 police forces."), @"tally OfficersDeployed 1100 (police forces)");
}

#[test]
fn numbers_that_refer_back_or_stand_bare_before_and() {
    // `in the two cases`: the cases were counted before, if at all.
    insta::assert_snapshot!(r("Police arrested 23 suspects and 4 fugitives in the three cases."), @r"
    tally Arrests 23 (suspects)
    tally Fugitives 4 (fugitives)
    ");
    // A bare number of people before `and` and the next clause.
    insta::assert_snapshot!(r("Police detained 6 and arrested 19 suspects."), @r"
    tally Arrests 6 (detained)
    tally Arrests 19 (suspects)
    ");
    // A number after `with the` is still counted.
    insta::assert_snapshot!(r("Police arrested 23 suspects, with the 4 fugitives among them."), @r"
    tally Arrests 23 (suspects)
    tally Fugitives 4 (fugitives)
    ");
}

#[test]
fn respectively_deals_bare_numbers_to_the_nouns_before() {
    insta::assert_snapshot!(r("Cases solved and suspects captured were 215 and 388 respectively."), @r"
    tally CasesSolved 215 (Cases)
    tally Arrests 388 (suspects)
    ");
    insta::assert_snapshot!(r("Places inspected, vehicles checked and hidden dangers rectified reached 90, 1,400 and 37 respectively."), @r"
    tally PlacesInspected 90 (Places)
    tally VehiclesChecked 1400 (vehicles)
    tally HazardsRectified 37 (hidden dangers)
    ");
    // Fewer nouns than numbers: nothing is dealt out.
    insta::assert_snapshot!(r("The figures were 215 and 388 respectively."), @"");
}

#[test]
fn machine_translated_objects_before_their_numbers() {
    // The verb right before a noun and its modifiers, read before its number.
    insta::assert_snapshot!(r("Officers investigated karaoke bars 212 and checked vehicles 1,050."), @r"
    tally PlacesInspected 212 (karaoke bars)
    tally VehiclesChecked 1050 (vehicles)
    warning binding guessed from machine-translated word order (noun before its number) [212]
    warning binding guessed from machine-translated word order (noun before its number) [1,050]
    ");
    // `a total of` before a verb is a machine translation's, not `tons of
    // frozen beef`: the verb governs the count and its list.
    insta::assert_snapshot!(r("A total of deployed police officers 760, patrol cars 95."), @r"
    tally OfficersDeployed 760 (officers)
    tally VehiclesDeployed 95 (patrol cars)
    warning binding guessed from machine-translated word order (noun before its number) [760]
    warning binding guessed from machine-translated word order (noun before its number) [95]
    ");
    // A bare measure after the number counts the object before it, alone or
    // in a list after money.
    insta::assert_snapshot!(r("Seized illegal income 23,000 yuan, slot machines 17 sets, dice cups 40 pieces."), @"
    seizure Cash Seized illegal income v=23,000 yuan
    seizure Other Seized slot machines q=17
    seizure Other Seized dice cups q=40
    ");
    // Not a determiner, a preposition or a clause of its own.
    insta::assert_snapshot!(r("Police seized the 17 sets. Items seized rose to 930 pieces."), @"");
}

#[test]
fn messages_intercepted_are_no_publicity() {
    insta::assert_snapshot!(r("The center intercepted 3.1 million text messages and sent 42,000 text messages to residents."), @"tally Publicity 42000 (text messages)");
}

#[test]
fn subject_before_a_measure_word() {
    // Machine-translated order: the thing and its verb, then the number
    // and a measure word.
    insta::assert_snapshot!(r("The team said cultural relics recovered 412 pieces in the year."), @"seizure Relics Recovered relics q=412");
    insta::assert_snapshot!(r("In the operation, guns seized 9 pieces."), @"seizure Weapons Seized guns q=9");
    // The police who did it are no subject of the measure.
    insta::assert_snapshot!(r("Police seized 40 pieces."), @"");
}

#[test]
fn found_and_rectified_count_both() {
    insta::assert_snapshot!(r("The brigade found and rectified 275 fire hazards."), @r"
    tally HazardsRectified 275 (fire hazards)
    tally HazardsFound 275 (fire hazards)
    ");
    insta::assert_snapshot!(r("In all, 93 hidden dangers were identified and eliminated."), @r"
    tally HazardsRectified 93 (hidden dangers)
    tally HazardsFound 93 (hidden dangers)
    ");
    // One verb: one count.
    insta::assert_snapshot!(r("In all, 93 hidden dangers were eliminated."), @"tally HazardsRectified 93 (hidden dangers)");
}

#[test]
fn people_investigated_as_objects_were_checked() {
    insta::assert_snapshot!(r("The patrol investigated personnel 3,150 and vehicles 860."), @r"
    tally PeopleChecked 3150 (personnel)
    tally VehiclesChecked 860 (vehicles)
    warning binding guessed from machine-translated word order (noun before its number) [3,150]
    warning binding guessed from machine-translated word order (noun before its number) [860]
    ");
    insta::assert_snapshot!(r("Officers investigated 2,200 people at the station."), @"tally PeopleChecked 2200 (people)");
    // Named suspects are not checked.
    insta::assert_snapshot!(r("The unit investigated 41 people for fraud."), @"");
}

#[test]
fn a_time_phrase_ends_the_noun() {
    insta::assert_snapshot!(r("The city invested more than 2,800 police forces every day."), @"tally OfficersDeployed 2800 (police forces)");
}

#[test]
fn a_far_verb_of_inquiry_checks_nobody() {
    insta::assert_snapshot!(r("Investigating the buyers as well led to charges against 730 individuals."), @"");
}

#[test]
fn chinese_cash_and_things_taken() {
    // Money out of fraud: the cash seized or recovered.
    insta::assert_snapshot!(r("侦破抢劫案件，追缴赃款8.6万元。"), @"seizure Cash Recovered 赃款 v=8.6万元");
    insta::assert_snapshot!(r("当场查获现金2万元。"), @"seizure Cash Seized 现金 v=2万元");
    // Vehicles recovered are seized; vehicles sent out are deployed.
    insta::assert_snapshot!(r("追回被盗车辆23辆，出动警车150辆。"), @r"
    tally VehiclesDeployed 150 (警车)
    seizure Vehicles Recovered 车辆 q=23辆
    ");
    // Words of people, violations, knives and cigarettes.
    insta::assert_snapshot!(r("盘查人员3200人，查处醉驾违法行为41起，收缴管制刀具17把，查获卷烟260条。"), @r"
    tally PeopleChecked 3200 (人员)
    tally OffendersHandled 41 (违法行为)
    seizure Weapons Confiscated 刀具 q=17把
    seizure Goods Seized 卷烟 q=260条
    ");
    // Fraud money still goes to the fraud fields.
    insta::assert_snapshot!(r("打击电信网络诈骗，追回被骗资金300万元。"), @"fraud funds_recovered 3000000");
}

#[test]
fn put_into_deploys_unless_into_detention() {
    insta::assert_snapshot!(r("Across the county 380 patrol vehicles were put into the campaign."), @"tally VehiclesDeployed 380 (patrol vehicles)");
    insta::assert_snapshot!(r("The city put in 1,700 police officers."), @"tally OfficersDeployed 1700 (police officers)");
    insta::assert_snapshot!(r("Police said 15 suspects were put into criminal detention."), @"tally Arrests 15 (suspects)");
}

#[test]
fn arrest_joined_to_a_later_stage_of_justice() {
    // No `respectively`: one count, of the arrest.
    insta::assert_snapshot!(r("Police arrested and prosecuted 23 suspects."), @"tally Arrests 23 (suspects)");
    insta::assert_snapshot!(r("The unit detained and transferred 11 people for prosecution."), @"tally Arrests 11 (people)");
    // Alone, the later stage is kept as `other`.
    insta::assert_snapshot!(r("Prosecutors said they had prosecuted 640 suspects."), @"tally Other 640 (suspects)");
}

#[test]
fn other_acts_joined_to_a_later_stage() {
    // The earlier act is the count, whatever record it makes.
    insta::assert_snapshot!(r("Forest police rescued and released 740 wild birds."), @"tally Rescued 740 (wild birds)");
    insta::assert_snapshot!(r("Officers checked and released 380 vehicles at the toll gate."), @"tally VehiclesChecked 380 (vehicles)");
    insta::assert_snapshot!(r("The brigade investigated and prosecuted 27 cases of illegal fishing."), @"tally CasesSolved 27 (cases of illegal fishing)");
    // Filing for investigation is a filing.
    insta::assert_snapshot!(r("The county filed and investigated 1,150 economic crime cases."), @"tally CasesFiled 1150 (economic crime cases)");
    // A thing taken, then destroyed or handed on, was taken by the first verb.
    insta::assert_snapshot!(r("The bureau confiscated and destroyed 52 controlled knives."), @"seizure Weapons Confiscated controlled knives q=52");
    insta::assert_snapshot!(r("Officers seized and collected 2,600 rounds of ammunition."), @"seizure Weapons Seized rounds of ammunition q=2,600");
    // Dens destroyed stay destroyed.
    insta::assert_snapshot!(r("Police seized and destroyed 9 drug dens."), @"tally DensDestroyed 9 (drug dens)");
}

#[test]
fn the_start_of_a_change_is_no_count() {
    insta::assert_snapshot!(r("The number of suspects prosecuted rose from 85 in 2020 to 410 in 2024."), @"tally Other 410 (suspects)");
}

#[test]
fn a_measure_after_a_seized_thing_and_its_verb() {
    insta::assert_snapshot!(r("The customs said heroin seized 3.8 kilograms in the raid."), @"seizure Drugs Seized heroin q=3.8 kilograms");
    insta::assert_snapshot!(r("The customs said methamphetamine seized totaled 12 kg."), @"seizure Drugs Seized methamphetamine q=12 kg");
}

#[test]
fn more_words_of_busts_reports_and_chinese_hazards() {
    insta::assert_snapshot!(r("The province struck down 27 criminal gangs."), @"tally GangsBusted 27 (criminal gangs)");
    insta::assert_snapshot!(r("The county received 1,940 police reports."), @"tally CasesFiled 1940 (police reports)");
    insta::assert_snapshot!(r("全市排查整改隐患730处。"), @r"
    tally HazardsRectified 730 (隐患)
    tally HazardsFound 730 (隐患)
    ");
}

#[test]
fn fugitives_named_in_a_part() {
    insta::assert_snapshot!(r("The bureau caught 52 suspects, among them 9 fugitives."), @r"
    tally Arrests 52 (suspects)
    tally Fugitives 9 (fugitives)
    ");
    // A part of a count of fugitives stays a part.
    insta::assert_snapshot!(r("The bureau caught 31 fugitives, among them 7 fugitives wanted for robbery."), @"tally Fugitives 31 (fugitives)");
}

#[test]
fn a_part_by_pronoun_takes_the_noun_of_the_sentence_before() {
    insta::assert_snapshot!(r("In 2023, 340 burglary cases were reported. Police have solved 275 of them."), @r"
    tally CasesFiled 340 (burglary cases)
    tally CasesSolved 275 (burglary cases)
    ");
}

#[test]
fn people_who_gave_themselves_up_are_fugitives() {
    insta::assert_snapshot!(r("Nine suspects surrendered during the campaign."), @"tally Fugitives 9 (suspects)");
    insta::assert_snapshot!(r("After the notice, another 17 turned themselves in."), @"tally Fugitives 17 (turned themselves in)");
    insta::assert_snapshot!(r("In all, 230 people gave themselves up to police."), @"tally Fugitives 230 (people)");
    // What they hand over is no count of people: it is taken in, as
    // things handed in are.
    insta::assert_snapshot!(r("The gang surrendered 3 guns."), @"seizure Weapons Confiscated guns q=3");
    // `N more` is a bare count too.
    insta::assert_snapshot!(r("Eight more surrendered to police."), @"tally Fugitives 8 (surrendered)");
    insta::assert_snapshot!(r("Police later detained 4 more."), @"tally Arrests 4 (detained)");
    insta::assert_snapshot!(r("Police arrested 6 more than last year."), @"");
}

#[test]
fn a_headline_count_the_body_retells_with_another_verb_is_one_fact() {
    insta::assert_snapshot!(r("Station handles 930 police situations\n\nIn May the station received 930 police situations, 12% fewer than in April."), @r"
    tally CasesFiled 930 (police situations)
    trend Decrease 12 None
    ");
    // Another noun is another count.
    insta::assert_snapshot!(r("Station handles 930 disputes\n\nIn May the station received 930 police situations."), @r"
    tally Disputes 930 (disputes)
    tally CasesFiled 930 (police situations)
    ");
    // A seizure the body retells is the body's reading.
    insta::assert_snapshot!(r("Police seize 45 million yuan in gambling raid\n\nOfficers froze 45 million yuan in 60 bank accounts and seized nearly 300 kg of heroin."), @r"
    seizure Cash Frozen funds v=45 million yuan
    seizure Drugs Seized heroin q=nearly 300 kg
    ");
}

#[test]
fn who_reports_a_bare_count_is_not_counted() {
    insta::assert_snapshot!(r("Police said 9 were detained after the raid."), @"tally Arrests 9 (detained)");
    insta::assert_snapshot!(r("Police said 4 died and 7 were injured in the crash."), @"");
    // A count with its own noun keeps it.
    insta::assert_snapshot!(r("Police said 60 officers took part."), @"tally OfficersDeployed 60 (officers)");
}

#[test]
fn lists_of_modifiers_share_their_head() {
    insta::assert_snapshot!(r("The county destroyed 4 pornography, gambling and drug dens."), @"tally DensDestroyed 4 (pornography, gambling and drug dens)");
    insta::assert_snapshot!(r("Police solved 320 theft, robbery and fraud cases."), @"tally CasesSolved 320 (theft, robbery and fraud cases)");
    // A list not closed by `and` before the head is none.
    insta::assert_snapshot!(r("They blocked six roads, set up checkpoints."), @"");
}

#[test]
fn times_a_patrol_verb_was_done_are_patrols() {
    insta::assert_snapshot!(r("The brigade sent 300 officers to patrol 1,250 times."), @r"
    tally OfficersDeployed 300 (officers)
    tally Patrols 1250 (times)
    ");
    insta::assert_snapshot!(r("Police patrolled 3,400 kilometres."), @"");
}

#[test]
fn respectively_deals_the_verbs_listed_after_one_noun() {
    insta::assert_snapshot!(r("Criminal cases filed and solved were 800 and 650 respectively."), @"
    tally CasesFiled 800 (cases)
    tally CasesSolved 650 (cases)
    ");
    insta::assert_snapshot!(r("Telecom fraud cases filed and solved were 1,183 and 417 respectively."), @"
    fraud cases_filed 1183
    fraud cases_solved 417
    ");
    // As many verbs as numbers, or none is dealt (the first number still
    // has its subject).
    insta::assert_snapshot!(r("Cases filed were 800 and 650 respectively."), @"tally CasesFiled 800 (Cases)");
}

#[test]
fn what_a_count_is_compared_with_is_no_count() {
    insta::assert_snapshot!(r("Police solved 3,200 cases, compared with 2,800 cases last year."), @"tally CasesSolved 3200 (cases)");
    insta::assert_snapshot!(r("The city received 152,716 alarms in 2015, compare with 2014 (from 138,692) rose by 10%."), @"
    tally CasesFiled 152716 (alarms)
    trend Increase 10 None
    ");
}

#[test]
fn a_count_with_a_subject_of_its_own_inherits_no_noun() {
    insta::assert_snapshot!(r("The number of suspects arrested was 45, and the number of cases solved was 23."), @"
    tally Arrests 45 (suspects)
    tally CasesSolved 23 (cases)
    ");
    // A level after `to` or `at` states its own subject too.
    insta::assert_snapshot!(r("Police dealt with 96 drug users, and the county's telecom fraud cases dropped to 73."), @"
    tally OffendersHandled 96 (drug users)
    fraud cases_filed 73
    ");
    insta::assert_snapshot!(r("Officers checked 300 cars; thefts in the county stood at 41."), @"tally VehiclesChecked 300 (cars)");
    // With no subject of its own, the count before lends its noun.
    insta::assert_snapshot!(r("Police arrested 45 suspects, and 23 were later prosecuted."), @"
    tally Arrests 45 (suspects)
    tally Other 23 (suspects)
    ");
}

#[test]
fn money_in_accounts_a_verb_froze_was_frozen() {
    insta::assert_snapshot!(r("Police froze 156 bank accounts, involving 320 million yuan."), @"seizure Cash Frozen funds v=320 million yuan");
    insta::assert_snapshot!(r("Police froze bank accounts holding over HK$80 million."), @"seizure Cash Frozen funds v=over HK$80 million");
    // Accounts only checked froze nothing.
    insta::assert_snapshot!(r("Police checked 45 accounts with 12 million yuan in them."), @"");
}

#[test]
fn a_sale_price_is_no_money_moved() {
    insta::assert_snapshot!(r("The gang sold the relics for about 12 million yuan, and 2.4 million yuan in illegal gains was frozen."), @"seizure Cash Frozen illegal gains v=2.4 million yuan");
    // Money seized `for` the victims is no price.
    insta::assert_snapshot!(r("Police seized 2 million yuan for the victims."), @"seizure Cash Seized funds v=2 million yuan");
}

#[test]
fn targets_duties_and_denials_are_no_counts() {
    insta::assert_snapshot!(r("This winter's drive aims to capture 350 fugitives."), @"");
    insta::assert_snapshot!(r("Every township station must set up 3 checkpoints."), @"");
    insta::assert_snapshot!(r("Officers have not yet caught 2 of the robbers."), @"");
    insta::assert_snapshot!(r("The fraud centre plans to freeze 50 million yuan of scam funds."), @"");
    // What was done stays, `not only` included.
    insta::assert_snapshot!(r("Police not only caught 12 thieves but also recovered 9 bicycles."), @"
    tally Arrests 12 (thieves)
    seizure Vehicles Recovered bicycles q=9
    ");
    // `will` is the object marker of machine translation, no future.
    insta::assert_snapshot!(r("Police will 5 suspects arrested."), @"tally Arrests 5 (suspects)");
}
