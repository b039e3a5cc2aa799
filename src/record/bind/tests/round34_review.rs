//! Round 34 review: a plain fraud noun framed by a telecom count of its
//! sentence, people held to account past an `of` phrase or in the
//! passive.

use super::*;

#[test]
fn a_plain_fraud_count_framed_by_a_telecom_count_weighs_as_telecom() {
    // One sweep's arrests named as telecom fraud, then the total beside a
    // telecom count of another field: the total takes the field.
    insta::assert_snapshot!(r("Officers disclosed the arrests of 58 telecom fraud suspects after a single sweep. Up to now the bureau has cracked 760 phone scam cases and held 1,320 fraud suspects."), @"
    fraud cases_solved 760
    fraud suspects_arrested 1320
    ");
    insta::assert_snapshot!(r("The director disclosed the arrests of 41 suspects tied to internet scams on Friday. Since April the county has handled 690 cases involving phone fraud and seized 980 fraudsters."), @"
    fraud cases_solved 690
    fraud suspects_arrested 980
    ");
    // Past another count (a total of every kind), the frame is broken.
    insta::assert_snapshot!(r("Police disclosed the arrests of 27 online fraud suspects. Over the year officers cracked 540 online fraud cases and 2,300 fraud cases of all sorts, catching 1,450 fraud suspects."), @"
    tally CasesSolved 2300 (fraud cases of all sorts)
    tally Arrests 1450 (fraud suspects)
    fraud cases_solved 540
    fraud suspects_arrested 27
    ");
}

#[test]
fn people_held_to_account_past_an_of_phrase_or_in_the_passive() {
    insta::assert_snapshot!(r("The prefecture held 13 managers of the quarry to account over the blast."), @"tally Other 13 (managers)");
    insta::assert_snapshot!(r("Nine township officials were held to account after the mudslide."), @"tally Other 9 (township officials)");
    // Held for questioning, past an `of` phrase, they were detained.
    insta::assert_snapshot!(r("Detectives held 22 members of the ring for questioning."), @"tally Arrests 22 (members)");
}
