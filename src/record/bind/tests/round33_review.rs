//! Round 33 review: a part marked after the telecom count, and a count
//! with a verb or a noun of its own after a lot counted in kinds.

use super::*;

#[test]
fn a_telecom_count_marked_as_a_part_after_it_leaves_the_plain_count() {
    insta::assert_snapshot!(r("Deception cases reported in the territory rose to 3,150, with 940 online scams among them."), @"
    tally CasesFiled 940 (online scams)
    fraud cases_filed 3150
    ");
    insta::assert_snapshot!(r("Fraud cases filed in the county dropped to 2,080, with 610 online deceptions of these."), @"
    tally CasesFiled 610 (online deceptions)
    fraud cases_filed 2080
    ");
    // With no part marker the telecom count takes the field.
    insta::assert_snapshot!(r("Fraud cases filed in the county dropped to 2,080, with online deceptions down to 610."), @"
    tally CasesFiled 2080 (cases)
    fraud cases_filed 610
    ");
}

#[test]
fn a_count_with_its_own_verb_or_people_is_no_total_of_the_kinds() {
    insta::assert_snapshot!(r("Inspectors seized 14 kinds of fake toothpaste and detained 5 people in all."), @"tally Arrests 5 (people)");
    insta::assert_snapshot!(r("Police confiscated 6 types of forged stamps, and 9 suspects were held in total."), @"tally Arrests 9 (suspects)");
    // The lot's own total still counts it.
    insta::assert_snapshot!(r("Police confiscated 6 types of forged stamps, 7,400 sheets in total."), @"seizure Counterfeit Confiscated forged stamps q=7,400");
}

#[test]
fn a_remark_opened_with_worth_gives_no_haul_its_value() {
    insta::assert_snapshot!(r("Officers seized 340 SIM cards. It is worth pointing out that the ring had swindled residents of 5 million yuan."), @"seizure Devices Seized SIM cards q=340");
    insta::assert_snapshot!(r("Officers seized 85 mobile phones. It is worth noting that 1.2 million yuan was frozen."), @"
    seizure Devices Seized mobile phones q=85
    seizure Cash Frozen funds v=1.2 million yuan
    ");
    // The lot's own worth still is its value.
    insta::assert_snapshot!(r("Officers seized 85 mobile phones. They were worth about 170,000 yuan."), @"seizure Devices Seized mobile phones q=85 v=about 170,000 yuan");
}

#[test]
fn a_lot_counted_in_kinds_takes_the_worth_in_its_clause() {
    insta::assert_snapshot!(r("Police seized 26 kinds of fake sportswear, worth 2.4 million yuan in total."), @"seizure Counterfeit Seized fake sportswear v=2.4 million yuan");
    insta::assert_snapshot!(r("Police seized 26 kinds of fake sportswear, 3,900 pieces in all, worth 2.4 million yuan."), @"seizure Counterfeit Seized fake sportswear q=3,900 v=2.4 million yuan");
    // Money with a verb of its own is not the lot's.
    insta::assert_snapshot!(r("Police seized 26 kinds of fake sportswear, and froze 2.4 million yuan in total."), @"
    seizure Counterfeit Seized kinds of fake sportswear
    seizure Cash Frozen funds v=2.4 million yuan
    ");
}
