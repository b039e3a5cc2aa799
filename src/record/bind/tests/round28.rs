//! Whole bulletins as round 28's audit of real pages met them: counts in
//! headlines written in title case.

use super::*;

#[test]
fn a_title_case_headline_counts_its_capitalized_plural() {
    insta::assert_snapshot!(r("Harbour Police Detain 27 Suspects In Card Raid\n\nThe raid took place on Friday."), @"tally Arrests 27 (Suspects)");
    insta::assert_snapshot!(r("Officers Bust 6 Criminal Gangs Across Hexi\n\nThe work goes on."), @"tally GangsBusted 6 (Criminal Gangs)");
    insta::assert_snapshot!(r("19 Suspects Handed Over To China From Laos\n\nThe group left on Monday."), @"tally Arrests 19 (Suspects)");
    // In the body, a capital after a number still names something.
    insta::assert_snapshot!(r("Police seized the car. Officers detained 27 Suspects In Card Raid, the report said."), @"");
}

#[test]
fn the_body_retelling_a_title_case_count_gives_its_reading() {
    insta::assert_snapshot!(r("Police Detain 31 Suspects In Hexi\n\nOn May 3, police detained 31 suspects of running gambling dens."), @"tally Arrests 31 (suspects)");
}
