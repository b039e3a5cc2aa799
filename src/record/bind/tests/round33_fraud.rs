//! Round 33: fraud named with and without a telecom word, money stopped
//! in flight, counts of all crime, whole counts, possessors before seized
//! things, a haul's value in the next sentence, lots counted in kinds and
//! frauds counted by the payments stopped in them.

use super::*;

#[test]
fn a_count_naming_telecom_fraud_takes_the_field_from_plain_fraud() {
    insta::assert_snapshot!(r("Fraud cases in the city fell 3% to 5,210 last year, with telephone frauds dropping 9% to 640."), @"
    tally CasesFiled 5210 (cases)
    fraud cases_filed 640
    trend Decrease 3 None
    trend Decrease 9 None
    ");
    // A part of the plain count (after `including`) does not take it.
    insta::assert_snapshot!(r("Police solved 1,350 fraud cases this year, including 410 online scam cases."), @"
    tally CasesSolved 410 (online scam cases)
    fraud cases_solved 1350
    ");
    insta::assert_snapshot!(r("Phone scams reported in the district rose to 860. Deception cases overall reached 4,100."), @"fraud cases_filed 860");
    // The telecom count retold with a plain noun is that count.
    insta::assert_snapshot!(r("Police solved 2,300 online fraud cases this year. In all, 2,300 fraud cases were solved."), @"fraud cases_solved 2300");
}

#[test]
fn money_kept_from_moving_on_is_intercepted() {
    insta::assert_snapshot!(r("The anti-fraud centre prevented 3.2 million yuan from reaching the fraudsters' accounts."), @"fraud funds_frozen 3200000");
    insta::assert_snapshot!(r("The telecom fraud task force prevented HK$1.5 million from being transferred to swindlers."), @"fraud funds_frozen 1500000");
    // Kept from being lost, it is a loss avoided.
    insta::assert_snapshot!(r("The anti-fraud centre prevented 2.6 million yuan from being swindled from residents."), @"fraud losses_avoided 2600000");
    insta::assert_snapshot!(r("With help from banks, police pre-empted losses of $4 million in online scams."), @"fraud losses_avoided 4000000");
}

#[test]
fn crimes_recorded_are_all_crime_and_a_fraud_count_is_whole() {
    insta::assert_snapshot!(r("Telecom fraud fell sharply this year.\nA total of 41,200 crimes were recorded across the city, down 3 percent."), @"
    tally CasesFiled 41200 (crimes)
    trend Decrease 3 None
    ");
    // With a fraud word in the sentence they are the fraud's.
    insta::assert_snapshot!(r("Police cracked 96 telecom fraud crimes recorded in the past year."), @"fraud cases_filed 96");
    insta::assert_snapshot!(r("Online scams reported daily averaged 3.6 in June, and police filed 108 telecom fraud cases."), @"fraud cases_filed 108");
}

#[test]
fn a_plural_possessor_reads_on_to_the_thing_seized() {
    insta::assert_snapshot!(r("The coast guard seized 9 smugglers' speedboats off the coast."), @"seizure Vehicles Seized smugglers' speedboats q=9");
    insta::assert_snapshot!(r("Police arrested 12 smugglers at the port."), @"tally Arrests 12 (smugglers)");
}

#[test]
fn a_hauls_value_in_the_next_sentence_is_its_lots() {
    insta::assert_snapshot!(r("Police in Fuzhou seized 3,400 cartons of smuggled cigarettes on Tuesday. The haul was worth about 1.6 million yuan."), @"seizure Goods Seized cartons of smuggled cigarettes q=3,400 v=about 1.6 million yuan");
    insta::assert_snapshot!(r("Officers seized 260 counterfeit handbags. They were valued at 520,000 yuan."), @"seizure Counterfeit Seized counterfeit handbags q=260 v=520,000 yuan");
    // The haul named past a paragraph's end; not a pronoun.
    insta::assert_snapshot!(r("Police seized 740 cartons of cigarettes.\nThe haul was worth 370,000 yuan."), @"seizure Goods Seized cartons of cigarettes q=740 v=370,000 yuan");
    insta::assert_snapshot!(r("Police seized 900 cartons of cigarettes.\nThey were found in a warehouse worth 3 million yuan."), @"seizure Goods Seized cartons of cigarettes q=900");
    // Another thing's worth is not the lot's.
    insta::assert_snapshot!(r("Officers seized 260 counterfeit handbags. The suspects' car was worth 80,000 yuan."), @"seizure Counterfeit Seized counterfeit handbags q=260");
}

#[test]
fn a_lot_counted_in_kinds_takes_its_total() {
    insta::assert_snapshot!(r("Customs seized 24 kinds of counterfeit cosmetics, 1,200 items in total."), @"seizure Counterfeit Seized counterfeit cosmetics q=1,200");
    insta::assert_snapshot!(r("Inspectors confiscated 15 types of expired medicines, weighing 38 kilograms in all."), @"seizure Goods Confiscated types of expired medicines q=38 kilograms");
    insta::assert_snapshot!(r("Inspectors confiscated 15 types of expired medicines."), @"seizure Goods Confiscated types of expired medicines");
}

#[test]
fn frauds_counted_by_the_payments_stopped_in_them() {
    insta::assert_snapshot!(r("In 37 cases, the anti-fraud centre stopped payment before the money left."), @"fraud payments_stopped 37");
    insta::assert_snapshot!(r("The centre intercepted 5.2 million yuan of payments in 418 online scams."), @"
    fraud funds_frozen 5200000
    fraud payments_stopped 418
    ");
    insta::assert_snapshot!(r("In 37 cases, police arrested the telecom scammers on the spot."), @"");
}
