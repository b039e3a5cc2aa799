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
