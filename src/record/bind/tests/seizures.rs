//! Seizures: what was seized with its quantity and value, lists of seized
//! things, money worth and cash, and the kind of a seized thing.

use super::*;

#[test]
fn cash_in_several_currencies_shares_its_verb() {
    insta::assert_snapshot!(r("Officers seized cash of 640,000 yuan and 35,000 US dollars from the den."), @r"
    seizure Cash Seized cash v=640,000 yuan
    seizure Cash Seized funds v=35,000 US dollars
    ");
    insta::assert_snapshot!(r("The team confiscated 3 bitcoins, 80,000 USDT and HK$22,000 in cash."), @r"
    seizure Cash Confiscated funds v=3 bitcoins
    seizure Cash Confiscated funds v=80,000 USDT
    seizure Cash Confiscated cash v=HK$22,000
    ");
}

#[test]
fn a_measure_after_its_seized_subject() {
    insta::assert_snapshot!(r("The total amount of cannabis seized this spring was 1.8 tons."), @"seizure Drugs Seized cannabis q=1.8 tons");
    insta::assert_snapshot!(r("Cases solved: 31; ketamine seized: 740 grams."), @r"
    tally CasesSolved 31 (Cases)
    seizure Drugs Seized ketamine q=740 grams
    ");
    // A measure with no seized thing before it is no seizure.
    insta::assert_snapshot!(r("Officers seized the boat after a chase of 12 km."), @"");
}

#[test]
fn seizures_with_quantity_and_value() {
    insta::assert_snapshot!(r("Police seized 12.6 kilograms of heroin, worth an estimated 2.4 million yuan."), @"seizure Drugs Seized heroin q=12.6 kilograms v=an estimated 2.4 million yuan");
    insta::assert_snapshot!(r("Customs seized goods worth 1.6 billion yuan (US$231 million)."), @"seizure Goods Seized goods v=1.6 billion yuan");
    insta::assert_snapshot!(r("Police recovered 38,210 ancient coins and more than 260,000 yuan in illegal gains."), @r"
    seizure Relics Recovered ancient coins q=38,210
    seizure Cash Recovered illegal gains v=more than 260,000 yuan
    ");
    insta::assert_snapshot!(r("They intercepted 1,683 tons of frozen beef and 402 tons of chicken feet."), @r"
    seizure Goods Intercepted frozen beef q=1,683 tons
    seizure Goods Intercepted chicken feet q=402 tons
    ");
}

#[test]
fn every_item_of_a_seizure_list() {
    insta::assert_snapshot!(r("Police seized 31 pistols, 7 grenades and 40 detonators."), @r"
    seizure Weapons Seized pistols q=31
    seizure Weapons Seized grenades q=7
    seizure Weapons Seized detonators q=40
    ");
    insta::assert_snapshot!(r("The raid led to the seizure of 12 kg of heroin and 8 tonnes of precursor chemicals."), @r"
    seizure Drugs Seized heroin q=12 kg
    seizure Drugs Seized precursor chemicals q=8 tonnes
    ");
    insta::assert_snapshot!(r("Officers seized 95 cellphones, six packing machines and 31 cash machines."), @r"
    seizure Devices Seized cellphones q=95
    seizure Other Seized packing machines q=six
    seizure Devices Seized cash machines q=31
    ");
    insta::assert_snapshot!(r("Agents had 17 tons of \"ice\" confiscated."), @r#"seizure Drugs Confiscated "ice" q=17 tons"#);
}

#[test]
fn money_worth_of_things() {
    insta::assert_snapshot!(r("Nearly 62 million yuan worth of property, including 4.75 million yuan in cash, was seized."), @r"
    seizure Other Seized property v=Nearly 62 million yuan
    seizure Cash Seized cash v=4.75 million yuan
    ");
    insta::assert_snapshot!(r("Officers have frozen 2.1 million yuan that had funded the ring."), @"seizure Cash Frozen funds v=2.1 million yuan");
}

#[test]
fn money_of_things_is_their_value() {
    insta::assert_snapshot!(r("The brigade seized 36,000 yuan of cigarettes without tax stamps."), @"seizure Goods Seized cigarettes v=36,000 yuan");
    insta::assert_snapshot!(r("Customs officers seized 12 million yuan of smuggled frozen beef."), @"seizure Goods Seized smuggled frozen beef v=12 million yuan");
    // Money of money is money.
    insta::assert_snapshot!(r("Police seized 80,000 yuan of illegal proceeds."), @"seizure Cash Seized illegal proceeds v=80,000 yuan");
    insta::assert_snapshot!(r("The bureau recovered 1.4 million yuan of losses for victims."), @"seizure Cash Recovered losses v=1.4 million yuan");
}

#[test]
fn seized_things_by_meaning() {
    insta::assert_snapshot!(r("Police seized 8 tonnes of raw materials used to make synthetic drugs."), @"seizure Drugs Seized raw materials q=8 tonnes");
    insta::assert_snapshot!(r("Police seized 12 tons of drugs packed in 40 containers."), @"seizure Drugs Seized drugs q=12 tons");
    insta::assert_snapshot!(r("Police cracked a case worth 3 million yuan."), @"");
    // A length describes the thing; it is not how much was seized.
    insta::assert_snapshot!(r("Officers seized a 1.2m-long machete and 40 kg of cannabis."), @"seizure Drugs Seized cannabis q=40 kg");
    insta::assert_snapshot!(r("Police seized 20 bags of crystal meth, weighing about 20 kg, from the coach."), @"seizure Drugs Seized bags of crystal meth q=about 20 kg");
    insta::assert_snapshot!(r("Officers seized more than 12 brands of fake and shoddy pesticides, weighing more than 90 tons, in the operation."), @"seizure Counterfeit Seized brands of fake and shoddy pesticides q=more than 90 tons");
    // Drug plants are drugs; merchandise is goods, fakes of it counterfeit.
    insta::assert_snapshot!(r("Officers uprooted and seized 3,100 poppy plants, 260 smuggled watches and 90 fake handbags."), @r"
    seizure Drugs Seized poppy plants q=3,100
    seizure Goods Seized smuggled watches q=260
    seizure Counterfeit Seized fake handbags q=90
    ");
}

#[test]
fn value_said_with_a_noun() {
    insta::assert_snapshot!(r("Police seized 140 cartons of cigarettes with a value of 42,000 yuan."), @"seizure Goods Seized cartons of cigarettes q=140 v=42,000 yuan");
    // A comma-bounded insertion after the item holds its weight and value.
    insta::assert_snapshot!(r("The smuggled pork, weighing 84 tons and worth 2.1 million yuan, was confiscated."), @"seizure Goods Confiscated pork q=84 tons v=2.1 million yuan");
    // After a comma the value is the seizure's before it; what cases
    // involved is no seizure's value.
    insta::assert_snapshot!(r("Officers seized 2,600 bottles of fake wine, with a total value of over 1.3 million yuan."), @"seizure Counterfeit Seized bottles of fake wine q=2,600 v=over 1.3 million yuan");
    insta::assert_snapshot!(r("Police seized 40 phones and solved 9 cases, involving an amount of 700,000 yuan."), @r"
    tally CasesSolved 9 (cases)
    seizure Devices Seized phones q=40
    ");
    insta::assert_snapshot!(r("Police seized 30 tons of ore with a total value of 2 million yuan."), @"seizure Minerals Seized ore q=30 tons v=2 million yuan");
    insta::assert_snapshot!(r("Police seized 12 tons of sand involving an amount of 90,000 yuan."), @"seizure Minerals Seized sand q=12 tons v=90,000 yuan");
    // A case's amount is no seizure's value.
    insta::assert_snapshot!(r("Police seized 3 guns and solved 5 cases involving an amount of 2 million yuan."), @r"
    tally CasesSolved 5 (cases)
    seizure Weapons Seized guns q=3
    ");
}

#[test]
fn banknotes_seized_and_cases_a_place_saw() {
    // Banknotes taken from suspects are a cash seizure, not frozen funds.
    insta::assert_snapshot!(r("In the telecom fraud case police also seized 120,000 yuan in cash from the suspects' homes."), @"seizure Cash Seized cash v=120,000 yuan");
    // So does a participle opening a phrase after the noun.
    insta::assert_snapshot!(r("Police froze 2.3 billion yuan in funds linked to gambling."), @"seizure Cash Frozen funds v=2.3 billion yuan");
    insta::assert_snapshot!(r("In the telecom fraud case police seized 4 million yuan of fraud funds."), @"fraud funds_frozen 4000000");
    // Cases a place saw are cases that occurred.
    insta::assert_snapshot!(r("This year the city saw 2,345 telecom fraud cases."), @"fraud cases_filed 2345");
}

#[test]
fn relics_by_their_material() {
    // Bronze, jade, porcelain and pottery pieces are relics, whatever
    // counts them (`pieces of`).
    insta::assert_snapshot!(r("Officers recovered 35 bronze wares, 12 pieces of jade and 80 items of pottery."), @r"
    seizure Relics Recovered bronze wares q=35
    seizure Relics Recovered pieces of jade q=12
    seizure Relics Recovered items of pottery q=80
    ");
}

#[test]
fn things_made_of_a_relic_material_or_ancient_are_relics() {
    // A material's kind passes to the thing made of it, where another
    // item word only modifies (`cash registers`).
    insta::assert_snapshot!(r("The investigators retrieved 19 bronze mirrors, 7 celadon bowls and 4 ivory carvings."), @r"
    seizure Relics Recovered bronze mirrors q=19
    seizure Relics Recovered celadon bowls q=7
    seizure Wildlife Recovered ivory carvings q=4
    ");
    // Anything ancient taken is a relic; a counted noun stays the head.
    insta::assert_snapshot!(r("Police seized 22 ancient seals and arrested 6 ancient tomb robbers."), @r"
    tally Arrests 6 (ancient tomb robbers)
    seizure Relics Seized ancient seals q=22
    ");
    insta::assert_snapshot!(r("Police recovered 17 jade articles and 11 stone carvings."), @r"
    seizure Relics Recovered jade articles q=17
    seizure Relics Recovered stone carvings q=11
    ");
    insta::assert_snapshot!(r("Police seized 3 cash registers."), @"seizure Other Seized cash registers q=3");
}

#[test]
fn a_plural_before_and_is_a_seized_head() {
    insta::assert_snapshot!(r("Officers confiscated 4,200 fireworks and firecrackers."), @"seizure Goods Confiscated fireworks q=4,200");
}

#[test]
fn cash_totaling_its_money() {
    insta::assert_snapshot!(r("Police seized drug money totaling 4.2 million yuan and froze proceeds amounting to 900,000 yuan."), @"
    seizure Cash Seized drug money v=4.2 million yuan
    seizure Cash Frozen proceeds v=900,000 yuan
    ");
}

#[test]
fn losses_recovered_for_someone() {
    // Whom the money is for stands between the losses and the money.
    insta::assert_snapshot!(r("The county bureau recovered economic losses for the masses of over 1.6 million yuan."), @"seizure Cash Recovered economic losses v=over 1.6 million yuan");
    insta::assert_snapshot!(r("Police retrieved losses for 75 victims of 430,000 yuan."), @"seizure Cash Recovered losses v=430,000 yuan");
    // Machine-translated order, without `of`.
    insta::assert_snapshot!(r("The squadron recovered losses for the people 88,000 yuan."), @"seizure Cash Recovered losses v=88,000 yuan");
}

#[test]
fn a_seizures_heading_seizes_its_items() {
    insta::assert_snapshot!(r("Drug seizures: heroin 14.5 kg, ketamine 3.2 kg."), @r"
    seizure Drugs Seized heroin q=14.5 kg
    seizure Drugs Seized ketamine q=3.2 kg
    warning binding guessed from machine-translated word order (noun before its number) [14.5 kg]
    warning binding guessed from machine-translated word order (noun before its number) [3.2 kg]
    ");
    // Seizures counted are events, not a verb: the 45 is no suspect.
    insta::assert_snapshot!(r("Police arrested 120 suspects and made 45 seizures."), @"tally Arrests 120 (suspects)");
}

#[test]
fn pirated_things_are_counterfeit() {
    insta::assert_snapshot!(r("Officers confiscated 2,800 pirated discs."), @"seizure Counterfeit Confiscated pirated discs q=2,800");
}

#[test]
fn a_list_goes_on_past_an_items_value() {
    insta::assert_snapshot!(r("In all 1,850 fake engine parts, with a value of 4 million yuan, and 3 moulds were seized."), @r"
    seizure Counterfeit Seized fake engine parts q=1,850 v=4 million yuan
    seizure Other Seized moulds q=3
    ");
}

#[test]
fn papers_seized_are_things_but_offenders_seized_are_people() {
    insta::assert_snapshot!(r("Police seized 1,370 concert tickets outside the stadium."), @"seizure Other Seized concert tickets q=1,370");
    insta::assert_snapshot!(r("Officers confiscated 40 blank penalty notices."), @"seizure Other Confiscated blank penalty notices q=40");
    insta::assert_snapshot!(r("Police seized 12 drunk drivers on the ring road."), @"tally OffendersHandled 12 (drunk drivers)");
    insta::assert_snapshot!(r("Traffic police issued 1,370 tickets."), @"tally OffendersHandled 1370 (tickets)");
    // Acts a seize verb handles (the translation of 查处) stay offences.
    insta::assert_snapshot!(r("Seized speeding 46 rise and overloading 9 rise."), @"
    tally OffendersHandled 46 (speeding)
    tally OffendersHandled 9 (overloading)
    warning binding guessed from machine-translated word order (noun before its number) [46]
    warning binding guessed from machine-translated word order (noun before its number) [9]
    ");
}

#[test]
fn a_machine_translated_list_shares_its_last_passive() {
    // Each item's thing stands before its number; the passive after the
    // last item takes them all.
    insta::assert_snapshot!(r("Guns 23 pieces, bullets 1,500 rounds were seized in the raid."), @r"
    seizure Weapons Seized Guns q=23
    seizure Weapons Seized bullets q=1,500
    warning binding guessed from machine-translated word order (noun before its number) [23]
    warning binding guessed from machine-translated word order (noun before its number) [1,500]
    ");
    insta::assert_snapshot!(r("Suspects 12 people and fugitives 3 people were captured."), @r"
    tally Arrests 12 (Suspects)
    tally Fugitives 3 (fugitives)
    warning binding guessed from machine-translated word order (noun before its number) [12]
    warning binding guessed from machine-translated word order (noun before its number) [3]
    ");
    // A clause of its own after the comma is no item.
    insta::assert_snapshot!(r("Police found 23 guns, officers said 1,500 bullets were seized."), @r"
    seizure Weapons Seized guns q=23
    seizure Weapons Seized bullets q=1,500
    ");
}

#[test]
fn respectively_deals_to_items_before_their_participle() {
    insta::assert_snapshot!(r("Guns and bullets confiscated in the operation were 27 and 860 respectively."), @r"
    seizure Weapons Confiscated Guns q=27
    seizure Weapons Confiscated bullets q=860
    ");
    insta::assert_snapshot!(r("Heroin and methamphetamine seized weighed 3.2 kg and 5.8 kg respectively."), @r"
    seizure Drugs Seized Heroin q=3.2 kg
    seizure Drugs Seized methamphetamine q=5.8 kg
    ");
    insta::assert_snapshot!(r("In the raid, guns and bullets seized were 4 and 90 respectively."), @r"
    seizure Weapons Seized guns q=4
    seizure Weapons Seized bullets q=90
    ");
    // Counted nouns are no items: `respectively` deals them as counts.
    insta::assert_snapshot!(r("Police arrested suspects and fugitives 12 and 3 respectively."), @r"
    tally Arrests 12 (suspects)
    tally Fugitives 3 (fugitives)
    ");
}

#[test]
fn relics_of_a_named_dynasty() {
    insta::assert_snapshot!(r("Police seized 41 Han Dynasty bronze mirrors and 160 Song Dynasty copper coins."), @r"
    seizure Relics Seized Han Dynasty bronze mirrors q=41
    seizure Relics Seized Song Dynasty copper coins q=160
    ");
}

#[test]
fn counts_among_a_group_taken() {
    insta::assert_snapshot!(r("Among the seized items were 41 bronze mirrors, 160 copper coins and 22 ancient seals."), @r"
    seizure Relics Seized bronze mirrors q=41
    seizure Relics Seized copper coins q=160
    seizure Relics Seized ancient seals q=22
    ");
    // Elsewhere the participle before a thing only describes it.
    insta::assert_snapshot!(r("Police froze the defrauded 860,000 yuan."), @"");
}

#[test]
fn animal_products_are_wildlife_and_stolen_property_is_goods() {
    insta::assert_snapshot!(r("Police seized 85 kg of animal products."), @"seizure Wildlife Seized animal products q=85 kg");
    insta::assert_snapshot!(r("Officers also recovered stolen property worth 46 million yuan."), @"seizure Goods Recovered stolen property v=46 million yuan");
}

#[test]
fn money_stolen_from_people_is_a_harm_and_stolen_things_stay_seized() {
    // Victims robbed are no one rescued, by the verb of the theft.
    insta::assert_snapshot!(r("The ring had stolen 1.6 million yuan from 230 pensioners, and 900,000 yuan was recovered."), @"seizure Cash Recovered funds v=900,000 yuan");
    insta::assert_snapshot!(r("In the online fraud case, the gang had stolen 1.6 million yuan from 230 pensioners, and 900,000 yuan was recovered."), @"fraud funds_recovered 900000");
    // Money stolen by the gang and then handed back was recovered.
    insta::assert_snapshot!(r("The 420,000 yuan stolen by the suspects has been returned to the owners."), @"seizure Cash Recovered funds v=420,000 yuan");
    // `stolen` before a noun names the thing, and the verb before it
    // takes it.
    insta::assert_snapshot!(r("The brigade arrested 3 suspects and recovered 45 stolen scooters worth 61,000 yuan."), @"
    tally Arrests 3 (suspects)
    seizure Vehicles Recovered stolen scooters q=45 v=61,000 yuan
    ");
}
