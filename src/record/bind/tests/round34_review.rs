//! Round 34 review: a plain fraud noun framed by a telecom count of its
//! sentence, people held to account past an `of` phrase or in the
//! passive.

use super::*;

#[test]
fn a_plain_fraud_count_framed_by_a_telecom_count_weighs_as_telecom() {
    // One raid's arrests named as telecom fraud, then the year's total
    // beside a telecom count of another field: the total takes the field.
    insta::assert_snapshot!(r("Police announced the arrests of 64 telecom fraud suspects in one raid. So far this year officers have solved 910 telephone scam cases and detained 1,150 fraud suspects."), @"
    fraud cases_solved 910
    fraud suspects_arrested 1150
    ");
    insta::assert_snapshot!(r("The chief reported the arrests of 52 suspects tied to phone scams on Monday. Since March the city has cracked 830 cases involving online fraud and caught 1,070 fraudsters."), @"
    fraud cases_solved 830
    fraud suspects_arrested 1070
    ");
    // Past another count (a total of every kind), the frame is broken.
    insta::assert_snapshot!(r("Police confirmed the arrests of 33 online fraud suspects. This year the bureau solved 700 online fraud cases and 2,900 fraud cases of every kind, arresting 1,800 fraud suspects."), @"
    tally CasesSolved 2900 (fraud cases of every kind)
    tally Arrests 1800 (fraud suspects)
    fraud cases_solved 700
    fraud suspects_arrested 33
    ");
}

#[test]
fn people_held_to_account_past_an_of_phrase_or_in_the_passive() {
    insta::assert_snapshot!(r("The provincial government held 17 officials of the county to account for the fire."), @"tally Other 17 (officials)");
    insta::assert_snapshot!(r("Eleven cadres were held to account for the collapse."), @"tally Other 11 (cadres)");
    // Held in custody, past an `of` phrase, they were detained.
    insta::assert_snapshot!(r("Police held 30 members of the gang in custody."), @"tally Arrests 30 (members)");
}
