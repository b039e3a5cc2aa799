//! Round 36: phrasings the nearest working rule missed — a later stage of
//! justice by `sent`, percents paired with nouns after `in`, seizures
//! told by subject, by label or in capitals, things destroyed, and
//! counts of times that tell one anecdote.

use super::*;

#[test]
fn sent_for_prosecution_is_the_later_stage_transferred_is() {
    insta::assert_snapshot!(r("Last month 18 suspects were sent for prosecution."), @"tally Other 18 (suspects)");
    insta::assert_snapshot!(r("Last month 18 suspects were transferred for prosecution."), @"tally Other 18 (suspects)");
    insta::assert_snapshot!(r("The brigade sent 26 suspects to the procuratorate."), @"tally Other 26 (suspects)");
    // Arrested, then sent: the arrest stands.
    insta::assert_snapshot!(r("Police detained and sent 7 people for prosecution."), @"tally Arrests 7 (people)");
    // Sent elsewhere, no move of justice.
    insta::assert_snapshot!(r("The bureau sent 300 officers to the venue."), @"tally OfficersDeployed 300 (officers)");
}

#[test]
fn times_one_person_or_home_was_called_on_are_no_prevention_count() {
    insta::assert_snapshot!(r("To stop the telecom fraud, officers visited the victim's home 3 times."), @"");
    insta::assert_snapshot!(r("The anti-fraud centre called him 5 times to warn him of the scam."), @"");
    insta::assert_snapshot!(r("Against telecom fraud, police phoned the old woman 4 times and went to her house twice."), @"");
    // Counts of the work itself stay.
    insta::assert_snapshot!(r("Door-to-door visits were made 300 times in the anti-fraud campaign."), @"fraud door_to_door_visits 300");
    insta::assert_snapshot!(r("Early warnings against telecom fraud were issued 7,600 times."), @"fraud warnings_issued 7600");
    insta::assert_snapshot!(r("Against telecom fraud, officers visited households 2,400 times."), @"
    fraud door_to_door_visits 2400
    warning binding guessed from machine-translated word order (noun before its number) [2,400]
    ");
}
