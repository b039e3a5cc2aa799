//! Seizures as round 35's probe bulletins stated them: new items, hauls
//! and yields, subjects taken, values after a comma, cash found.

use super::*;

/// Drugs, arms, boats, devices and wildlife the item table lacked.
#[test]
fn new_seized_things_have_their_kind() {
    insta::assert_snapshot!(r("Police seized 40 kg of amphetamines and 2 kg of psilocybin mushrooms."), @r"
    seizure Drugs Seized amphetamines q=40 kg
    seizure Drugs Seized psilocybin mushrooms q=2 kg
    ");
    insta::assert_snapshot!(r("Customs seized 3 tonnes of heroin bricks and 600 kg of amphetamine precursors."), @r"
    seizure Drugs Seized heroin bricks q=3 tonnes
    seizure Drugs Seized amphetamine precursors q=600 kg
    ");
    insta::assert_snapshot!(r("Officers confiscated 120 batons, 14 bayonets and 6 mortar shells."), @r"
    seizure Weapons Confiscated batons q=120
    seizure Weapons Confiscated bayonets q=14
    seizure Weapons Confiscated mortar shells q=6
    ");
    insta::assert_snapshot!(r("The coast guard impounded 9 sampans and 4 jet skis."), @r"
    seizure Vehicles Seized sampans q=9
    seizure Vehicles Seized jet skis q=4
    ");
    insta::assert_snapshot!(r("Police seized 35 signal jammers, 12 walkie-talkies and 400 iPhones."), @r"
    seizure Devices Seized signal jammers q=35
    seizure Devices Seized walkie-talkies q=12
    seizure Devices Seized iPhones q=400
    ");
    insta::assert_snapshot!(r("Customs seized 80 kg of dried abalone, 300 kg of fish maws and 2,000 live crabs."), @r"
    seizure Wildlife Seized dried abalone q=80 kg
    seizure Wildlife Seized fish maws q=300 kg
    seizure Wildlife Seized live crabs q=2,000
    ");
    insta::assert_snapshot!(r("Police seized 3,200 cigars, 40 kg of jewellery and 500 kg of infant formula."), @r"
    seizure Goods Seized cigars q=3,200
    seizure Goods Seized jewellery q=40 kg
    seizure Goods Seized infant formula q=500 kg
    ");
    insta::assert_snapshot!(r("Police seized 3,200 illegal fishing nets and 45 electric fishing devices."), @r"
    seizure Other Seized illegal fishing nets q=3,200
    seizure Other Seized electric fishing devices q=45
    ");
}

/// A haul or a seizure that includes or was a lot took it; a search that yielded or unearthed one found it.
#[test]
fn seizure_nouns_and_yields_are_verbs_of_taking() {
    insta::assert_snapshot!(r("The haul included 32 kg of heroin and 15 kg of methamphetamine."), @r"
    seizure Drugs Seized heroin q=32 kg
    seizure Drugs Seized methamphetamine q=15 kg
    ");
    insta::assert_snapshot!(r("The haul of 1.1 tonnes of cocaine is the largest this year."), @"seizure Drugs Seized cocaine q=1.1 tonnes");
    insta::assert_snapshot!(r("The largest single seizure was 3 tonnes of heroin."), @"seizure Drugs Seized heroin q=3 tonnes");
    insta::assert_snapshot!(r("The search yielded 15 kg of cocaine hidden in a false floor."), @"seizure Drugs Seized cocaine hidden q=15 kg");
    insta::assert_snapshot!(r("Workers unearthed 300 ancient coins at the site."), @"seizure Relics Seized ancient coins q=300");
    insta::assert_snapshot!(r("The campaign yielded 300 arrests."), @"tally Arrests 300 (arrests)");
    insta::assert_snapshot!(r("Police hauled in 12 suspects."), @"tally Arrests 12 (suspects)");
}

/// `the gambling funds seized amounted to`: the participle after the noun; `exceeded` inside the figure; `were worth`.
#[test]
fn a_subject_taken_with_its_participle_after_it() {
    insta::assert_snapshot!(r("The gambling funds seized amounted to 2.6 million yuan."), @"seizure Cash Seized gambling funds v=2.6 million yuan");
    insta::assert_snapshot!(r("The value of goods seized reached 5 million yuan."), @"seizure Goods Seized goods v=5 million yuan");
    insta::assert_snapshot!(r("The value of the seized goods exceeded 100 million yuan."), @"seizure Goods Seized goods v=exceeded 100 million yuan");
    insta::assert_snapshot!(r("The seized goods were worth more than 100 million yuan."), @"seizure Goods Seized goods v=more than 100 million yuan");
    insta::assert_snapshot!(r("The losses suffered amounted to 3 million yuan."), @"");
    insta::assert_snapshot!(r("Police seized goods. Smugglers paid amounted to 3 million yuan."), @"");
}

/// With no lot of its sentence to join, `, with an estimated market value of` values the item before the comma, past a list of examples.
#[test]
fn a_value_after_a_comma_is_the_item_before_it() {
    insta::assert_snapshot!(r("Customs seized suspected smuggled goods, including electronics and cosmetics, with an estimated market value of about HK$12 million."), @"seizure Goods Seized suspected smuggled goods v=about HK$12 million");
    insta::assert_snapshot!(r("Customs seized a batch of suspected smuggled goods, worth about HK$12 million."), @"seizure Goods Seized suspected smuggled goods v=about HK$12 million");
    insta::assert_snapshot!(r("Police seized 3 guns and 200 bullets, with a total value of 5,000 yuan."), @r"
    seizure Weapons Seized guns q=3
    seizure Weapons Seized bullets q=200
    ");
    insta::assert_snapshot!(r("Police arrested 5 suspects, with a case value of 2 million yuan."), @"tally Arrests 5 (suspects)");
    insta::assert_snapshot!(r("Police cracked 12 cases of smuggling frozen meat, with a case value of 30 million yuan."), @"tally CasesSolved 12 (cases of smuggling frozen meat)");
}

/// Cash found in a search was taken; a sum found on paper was not.
#[test]
fn banknotes_found_were_seized() {
    insta::assert_snapshot!(r("The police found 4 kg of drugs, 2 guns and 120,000 yuan in cash at the home."), @r"
    seizure Drugs Seized drugs q=4 kg
    seizure Weapons Seized guns q=2
    seizure Cash Seized cash v=120,000 yuan
    ");
    insta::assert_snapshot!(r("Officers found HK$50,000 in cash in the flat."), @"seizure Cash Seized cash v=HK$50,000");
    insta::assert_snapshot!(r("Police found that the gang had cheated 3 million yuan."), @"");
    insta::assert_snapshot!(r("Auditors found 3 million yuan in unpaid taxes."), @"");
}

/// `bottles of various types of fake liquor`: the `of` after a word of kinds.
#[test]
fn kinds_of_lead_on_to_the_thing() {
    insta::assert_snapshot!(r("More than 3,000 bottles of various types of counterfeit liquor were seized on site."), @"seizure Counterfeit Seized bottles of various types of counterfeit liquor q=More than 3,000");
    insta::assert_snapshot!(r("Police seized 3,000 bottles of all kinds of liquor."), @"seizure Goods Seized bottles of all kinds of liquor q=3,000");
    insta::assert_snapshot!(r("Police cracked 300 cases of various types of crimes."), @"tally CasesSolved 300 (cases of various types of crimes)");
}

#[test]
fn a_preposition_ends_an_item_read_back_from_its_worth() {
    insta::assert_snapshot!(r("Police seized MOP 250,000 in cash and gambling chips worth HK$1.6 million."), @r"
    seizure Cash Seized cash v=MOP 250,000
    seizure Other Seized cash and gambling chips v=HK$1.6 million
    ");
    insta::assert_snapshot!(r("Police seized 12 bottles of wine worth 6,000 yuan."), @"seizure Goods Seized bottles of wine q=12 v=6,000 yuan");
}
