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

#[test]
fn fugitives_keep_their_adjective_whatever_heads_them() {
    insta::assert_snapshot!(r("Police arrested 512 fugitive criminal suspects last year."), @"tally Fugitives 512 (fugitive criminal suspects)");
    insta::assert_snapshot!(r("The squad caught 44 fugitive persons in the hills."), @"tally Fugitives 44 (fugitive persons)");
    insta::assert_snapshot!(r("Officers detained 17 fugitive drug suspects at the port."), @"tally Fugitives 17 (fugitive drug suspects)");
}

#[test]
fn a_passive_to_the_left_leaves_the_count_its_own() {
    insta::assert_snapshot!(r("Dens were broken up, and 37 suspects involved in gun crimes were arrested."), @"tally Arrests 37 (suspects)");
    insta::assert_snapshot!(r("The stalls were closed, and 12 people involved in the thefts were detained."), @"tally Arrests 12 (people involved)");
}

#[test]
fn investigations_launched_into_cases_file_them() {
    insta::assert_snapshot!(r("By Friday the bureau had launched investigations into 4,210 criminal cases."), @"tally CasesFiled 4210 (criminal cases)");
    insta::assert_snapshot!(r("Police initiated investigations into 316 cases of theft in May."), @"tally CasesFiled 316 (cases of theft)");
    insta::assert_snapshot!(r("Officers caught 88 suspects and started investigations into 102 cases."), @r"
    tally Arrests 88 (suspects)
    tally CasesFiled 102 (cases)
    ");
}
