//! Round 32: fraud fields and seizures chosen by the words beside them:
//! money seized from a gang, money sizing a crime, hauls, people, cases
//! a ring was linked to, stopped payments, visits to websites, and fraud
//! done by another crime's means.

use super::*;

#[test]
fn money_seized_in_a_fraud_case_is_a_cash_seizure() {
    insta::assert_snapshot!(r("In the telecom fraud crackdown, officers arrested 14 suspects and seized over 2.6 million yuan."), @r"
    seizure Cash Seized funds v=over 2.6 million yuan
    fraud suspects_arrested 14
    ");
    insta::assert_snapshot!(r("The anti-fraud squad seized NT$48 million in illicit funds from the online scam ring."), @"seizure Cash Seized illicit funds v=NT$48 million");
    // Money seized and frozen with it is held for the victims.
    insta::assert_snapshot!(r("In the telecom fraud case, more than 9 million yuan was seized and frozen."), @"fraud funds_frozen 9000000");
    // So is money named as the fraud's: the victims'.
    insta::assert_snapshot!(r("Police seized 1.7 million yuan of defrauded money in the telecom scam case."), @"fraud funds_frozen 1700000");
    insta::assert_snapshot!(r("Police froze 3.1 million yuan linked to the online scam."), @"fraud funds_frozen 3100000");
}

#[test]
fn money_sizing_a_crime_is_no_thing_taken() {
    insta::assert_snapshot!(r("Police arrested a man wanted in a 15 million yuan fake invoice scam."), @"");
    insta::assert_snapshot!(r("Officers detained the organizer of an 8 million yuan counterfeit banknote racket."), @"");
    // Fake money itself is still taken.
    insta::assert_snapshot!(r("Police seized 2.6 million yuan in counterfeit banknotes."), @"seizure Counterfeit Seized counterfeit banknotes v=2.6 million yuan");
}

#[test]
fn a_haul_no_verb_took_is_the_value_of_the_lot_before() {
    insta::assert_snapshot!(r("Officers seized 40 kg of heroin, a HK$12 million haul."), @"seizure Drugs Seized heroin q=40 kg v=HK$12 million");
    insta::assert_snapshot!(r("Customs found 800 cartons of cigarettes in the lorry, the HK$2 million haul hidden under vegetables."), @"seizure Goods Seized cartons of cigarettes q=800 v=HK$2 million");
    // After a list it is no one lot's.
    insta::assert_snapshot!(r("Officers seized 40 kg of heroin and 3 pistols, a HK$12 million haul in all."), @r"
    seizure Drugs Seized heroin q=40 kg
    seizure Weapons Seized pistols q=3
    ");
    // Nor the value of a lot told sentences before.
    insta::assert_snapshot!(r("Officers seized 40 kg of heroin. A HK$12 million haul is the largest this year."), @"seizure Drugs Seized heroin q=40 kg");
}

#[test]
fn people_are_never_seized() {
    insta::assert_snapshot!(r("Traffic police seized 1,920 offenders, including 264 drivers whose blood alcohol level was over the limit."), @"tally Arrests 1920 (offenders)");
    insta::assert_snapshot!(r("The coast guard seized 3 boats and 14 people, including 9 divers."), @r"
    tally Arrests 14 (people)
    seizure Vehicles Seized boats q=3
    ");
    // Ships, boats and nets are, whoever is on board.
    insta::assert_snapshot!(r("Police seized 45 fishing boats and 300 nets."), @r"
    seizure Vehicles Seized fishing boats q=45
    seizure Other Seized nets q=300
    ");
    insta::assert_snapshot!(r("The coast guard seized 4 sand dredging ships carrying workers."), @"seizure Vehicles Seized sand dredging ships carrying workers q=4");
}

#[test]
fn cases_a_ring_or_a_sum_is_linked_to_are_no_fraud_field() {
    insta::assert_snapshot!(r("Police busted a telecom fraud ring involving more than 90 cases, arresting 16 suspects."), @r"
    tally CasesSolved 90 (cases)
    fraud suspects_arrested 16
    ");
    insta::assert_snapshot!(r("Officers intercepted NT$620,000 connected to eleven cases of phone scams."), @"fraud funds_frozen 620000");
    // Cases solved are.
    insta::assert_snapshot!(r("Police solved 90 telecom fraud cases and arrested 16 suspects."), @r"
    fraud cases_solved 90
    fraud suspects_arrested 16
    ");
}

#[test]
fn cases_of_stopped_payment_count_payments_stopped() {
    insta::assert_snapshot!(r("Banks helped the anti-fraud police stop payments on scam transfers in 88 cases."), @"fraud payments_stopped 88");
    insta::assert_snapshot!(r("Bank staff and anti-fraud officers worked to stop payments on suspect remittances in 64 cases last month."), @"fraud payments_stopped 64");
    // Frauds blocked are cases blocked.
    insta::assert_snapshot!(r("The anti-fraud centre blocked 230 telecom fraud cases this year."), @"fraud cases_blocked 230");
}

#[test]
fn visits_to_websites_are_no_door_to_door_visits() {
    insta::assert_snapshot!(r("The centre cut off 3.6 million visits to fake shopping websites run by telecom scammers."), @"");
    insta::assert_snapshot!(r("Anti-fraud police blocked 520,000 visits to phishing pages."), @"");
    // Police calling at homes are.
    insta::assert_snapshot!(r("Community police paid 4,300 visits to elderly residents to warn them about telecom fraud."), @"fraud door_to_door_visits 4300");
}

#[test]
fn fraud_done_by_hacking_is_fraud() {
    insta::assert_snapshot!(r("Police solved 37 telecom fraud cases committed by hacking into bank accounts."), @"fraud cases_solved 37");
    insta::assert_snapshot!(r("The bureau cracked 52 online fraud cases committed through stealing card data."), @"fraud cases_solved 52");
    // Hacking cases of their own are another crime.
    insta::assert_snapshot!(r("Police solved 37 telecom fraud cases, 12 hacking cases and 40 theft cases."), @r"
    tally CasesSolved 12 (hacking cases)
    tally CasesSolved 40 (theft cases)
    fraud cases_solved 37
    ");
}

#[test]
fn counts_of_scams_split_by_kind_are_parts() {
    insta::assert_snapshot!(r("Last year the anti-fraud bureau received reports of 512 phone scams and 1,306 internet scams."), @r"
    tally CasesFiled 512 (phone scams)
    tally CasesFiled 1306 (internet scams)
    ");
    insta::assert_snapshot!(r("The bureau logged 240 cases of telephone scams posing as officials, 95 cases of ticket scams sold through chat groups, and 318 cases of card fraud in online shops."), @r"
    tally CasesFiled 240 (cases of telephone scams posing as officials)
    tally CasesFiled 95 (cases of ticket scams sold through chat)
    tally CasesFiled 318 (cases of card fraud)
    ");
    // A total of its own is the field; scams of one kind are no split.
    insta::assert_snapshot!(r("Last year the city recorded 1,818 telecom fraud cases, and 215 telecom fraud gangs were busted."), @r"
    fraud cases_filed 1818
    fraud gangs_busted 215
    ");
}

#[test]
fn people_kept_from_parting_with_money_were_dissuaded() {
    insta::assert_snapshot!(r("In March alone, would-be victims of telecom scams were stopped from parting with 41 million yuan."), @"fraud amount_dissuaded 41000000");
    insta::assert_snapshot!(r("Anti-fraud officers prevented 320 residents from parting with their savings, about 26 million yuan in all."), @r"
    fraud amount_dissuaded 26000000
    fraud people_dissuaded 320
    ");
    // Losses prevented are losses avoided.
    insta::assert_snapshot!(r("The telecom fraud centre prevented residents from losing 88 million yuan."), @"fraud losses_avoided 88000000");
}

#[test]
fn the_thing_people_were_held_for_is_not_seized() {
    insta::assert_snapshot!(r("Customs detained 17 suspects for smuggling frozen chicken feet worth 9 million yuan."), @"tally Arrests 17 (suspects)");
    insta::assert_snapshot!(r("Two men were arrested for selling fake liquor worth 300,000 yuan."), @"tally Arrests 2 (men)");
    // Things taken from them are.
    insta::assert_snapshot!(r("Customs seized frozen chicken feet worth 9 million yuan from 17 suspects."), @r"
    tally Arrests 17 (suspects)
    seizure Goods Seized frozen chicken feet v=9 million yuan
    ");
}

#[test]
fn explosive_devices_are_weapons() {
    insta::assert_snapshot!(r("Police seized 60 explosive devices and 200 detonators."), @r"
    seizure Weapons Seized explosive devices q=60
    seizure Weapons Seized detonators q=200
    ");
    insta::assert_snapshot!(r("Bomb squads recovered 12 explosive devices left over from the war."), @"seizure Weapons Recovered explosive devices left q=12");
    // Other devices are devices.
    insta::assert_snapshot!(r("Police seized 60 listening devices."), @"seizure Devices Seized listening devices q=60");
}

#[test]
fn counts_of_places_or_kinds_are_no_quantity_of_a_lot() {
    insta::assert_snapshot!(r("By June, police had netted 312 suspects from 41 countries and regions."), @"tally Arrests 312 (suspects)");
    // A count of kinds is no quantity, but the lot was seized.
    insta::assert_snapshot!(r("Officers seized 18 kinds of smuggled cigarettes and 2 vans."), @r"
    seizure Goods Seized kinds of smuggled cigarettes
    seizure Vehicles Seized vans q=2
    ");
    // A weight of several kinds is still a lot; the count of kinds is not.
    insta::assert_snapshot!(r("Officers seized more than 5 kg of three new types of synthetic drugs."), @"seizure Drugs Seized three new types of synthetic drugs q=more than 5 kg");
}
