//! Round 32: cases read through what they involve, cases found, a
//! change's `from N to M` set apart by a comma, promised counts, people
//! caught at borders and officials.

use super::*;

#[test]
fn cases_read_through_what_they_involve() {
    insta::assert_snapshot!(r("Some 270 gambling cases involving about 800 suspects were investigated by the city's police in spring."), @"tally CasesSolved 270 (gambling cases)");
    insta::assert_snapshot!(r("So far this year, 3,100 pyramid selling cases involving 8.6 billion yuan (about 1.2 billion U.S. dollars) have been solved."), @"tally CasesSolved 3100 (pyramid selling cases)");
    insta::assert_snapshot!(r("Over 150 wildlife cases involving poaching, illegal trade and abuse of protected birds were cracked in 2023."), @"tally CasesSolved 150 (wildlife cases)");
    // No auxiliary, no passive: a verb of their own is still needed.
    insta::assert_snapshot!(r("Officers studied 85 cases involving forged licences and arrested 12 forgers."), @"tally Arrests 12 (forgers)");
    insta::assert_snapshot!(r("The 85 cases involving forged licences, the court said, were a record."), @"");
}

#[test]
fn a_relative_that_opens_the_cases_own_passive() {
    insta::assert_snapshot!(r("The gang members were tied to over 2,400 cases that had been cracked by then."), @"tally CasesSolved 2400 (cases)");
    insta::assert_snapshot!(r("The ring was tied to 46 cases which were solved in June."), @"tally CasesSolved 46 (cases)");
    // Cases that were reported are only those counted: the verb before
    // them stands.
    insta::assert_snapshot!(r("Detectives cleared 18 arson cases and 9 kidnapping cases that were reported in the county."), @r"
    tally CasesSolved 18 (arson cases)
    tally CasesSolved 9 (kidnapping cases)
    ");
}

#[test]
fn a_negated_relative_passive_is_not_done() {
    insta::assert_snapshot!(r("The gang admitted to 33 burglaries that had not been solved."), @"");
    insta::assert_snapshot!(r("Detectives reopened 19 cases which have never been cracked."), @"");
    insta::assert_snapshot!(r("The pair was linked to 64 thefts that are yet to be solved."), @"");
    insta::assert_snapshot!(r("The pair was linked to 64 thefts that have not yet been cracked."), @"");
    // Not negated, the cases' own passive stands.
    insta::assert_snapshot!(r("The pair was linked to 64 thefts that have since been cracked."), @"tally CasesSolved 64 (thefts)");
}

#[test]
fn officials_dealt_with_were_disciplined() {
    insta::assert_snapshot!(r("The county punished 38 officials who had broken the rules on banquets."), @"tally Other 38 (officials)");
    insta::assert_snapshot!(r("Inspectors handled 12 township officials for misusing relief funds."), @"tally Other 12 (township officials)");
    // Officials taken into custody are arrests.
    insta::assert_snapshot!(r("Anti-graft police detained 7 officials over the land deals."), @"tally Arrests 7 (officials)");
}

#[test]
fn fire_safety_violations_put_right_are_hazards_rectified() {
    insta::assert_snapshot!(r("Firefighters uncovered 410 fire safety violations and rectified 380 of them."), @r"
    tally HazardsFound 410 (fire safety violations)
    tally HazardsRectified 380 (fire safety violations)
    ");
    insta::assert_snapshot!(r("The brigade rectified 95 fire safety violations at markets."), @"tally HazardsRectified 95 (fire safety violations)");
    // Traffic violations dealt with stay offences.
    insta::assert_snapshot!(r("Police corrected 210 traffic violations on the ring road."), @"tally OffendersHandled 210 (traffic violations)");
}

#[test]
fn cases_found_right_after_the_verb_are_uncovered() {
    insta::assert_snapshot!(r("The port team discovered 41 ivory smuggling cases."), @"tally CasesSolved 41 (ivory smuggling cases)");
    insta::assert_snapshot!(r("In the audit, 37 tax evasion cases were found."), @"tally CasesSolved 37 (tax evasion cases)");
    // Not boxes a verb far back found, nor a year before one case.
    insta::assert_snapshot!(r("A van was found carrying 60 cases of wine."), @"seizure Goods Seized cases of wine q=60");
    insta::assert_snapshot!(r("Police solved a 2023 fraud case in May."), @"");
    // A translation's count before a singular `case` stays one.
    insta::assert_snapshot!(r("The coast guard cracked 9 illegal sand mining case in May."), @"tally CasesSolved 9 (illegal sand mining case)");
}

#[test]
fn offences_and_violations_after_cases_keep_them_cases() {
    insta::assert_snapshot!(r("Port officers dealt with 730 cases of tax dodging and related violations in 2022."), @"tally CasesSolved 730 (cases of tax dodging and related violations)");
    insta::assert_snapshot!(r("Police uncovered 58 cases of customs violations in May."), @"tally CasesSolved 58 (cases of customs violations)");
    // Road violations stay offences dealt with.
    insta::assert_snapshot!(r("Police handled 312 cases of traffic violations."), @"tally OffendersHandled 312 (cases of traffic violations)");
}

#[test]
fn a_change_set_apart_by_a_comma_reaches_its_subject() {
    insta::assert_snapshot!(r("Car theft cases went up by 8 percent, from 410 in 2022 to 443 this year."), @r"
    tally CasesFiled 443 (cases)
    trend Increase 8 None
    ");
    insta::assert_snapshot!(r("Arson cases climbed by 20 percent, from 30 to 36."), @r"
    tally CasesFiled 36 (cases)
    trend Increase 20 None
    ");
    // A rate is no count.
    insta::assert_snapshot!(r("The clearance rate rose by 3 points, from 61 to 64."), @"");
    // Nor is a level of the police's own, nor of other things.
    insta::assert_snapshot!(r("Officers on night duty rose by 15 percent, from 300 to 345."), @"trend Increase 15 None");
    insta::assert_snapshot!(r("Patrol cars in the city grew by 20 percent, from 50 to 60."), @"trend Increase 20 None");
}

#[test]
fn a_count_added_only_in_promise_takes_no_verb() {
    insta::assert_snapshot!(r("Police have detained 12 suspects and 5 more will be arrested."), @"tally Arrests 12 (suspects)");
    insta::assert_snapshot!(r("Officers questioned 40 drivers; 8 others will be fined."), @"tally PeopleChecked 40 (drivers)");
    // Added and done: a count of its own, the noun elided.
    insta::assert_snapshot!(r("Police caught 14 suspects on Monday, and another 6 were detained on Tuesday."), @r"
    tally Arrests 14 (suspects)
    tally Arrests 6 (suspects)
    ");
    insta::assert_snapshot!(r("In the sweep 41 men were held for renting out phone cards and 16 for selling their accounts."), @r"
    tally Arrests 41 (men)
    tally Arrests 16 (men)
    ");
}

#[test]
fn people_caught_crossing_borders_and_officials() {
    insta::assert_snapshot!(r("Border guards intercepted 38 defectors near the river."), @"tally Arrests 38 (defectors)");
    insta::assert_snapshot!(r("Police caught 52 undocumented migrants in the raid."), @"tally Arrests 52 (undocumented migrants)");
    insta::assert_snapshot!(r("Four county officials were detained over the mine collapse."), @"tally Arrests 4 (county officials)");
    // Officials held to account were not detained.
    insta::assert_snapshot!(r("Some 96 cadres and officials were held accountable after the audit."), @"tally Other 96 (cadres and officials)");
}

#[test]
fn instances_of_a_crime_are_cases() {
    insta::assert_snapshot!(r("Officers recorded 27 instances of false imprisonment in the quarter."), @"tally CasesFiled 27 (instances of false imprisonment)");
}

#[test]
fn fugitives_at_large_or_only_described_are_not_caught() {
    insta::assert_snapshot!(r("Police said 18 fugitives remain at large."), @"");
    insta::assert_snapshot!(r("Twenty-one of them were at large for years, including 9 for over a decade."), @"");
    insta::assert_snapshot!(r("Of the 310 fugitives, 41 are implicated in bribery crimes, and 12 in smuggling crimes."), @"tally Fugitives 310 (fugitives)");
    // Caught, they count.
    insta::assert_snapshot!(r("Police caught 18 fugitives and 7 more surrendered."), @r"
    tally Fugitives 18 (fugitives)
    tally Fugitives 7 (fugitives)
    ");
}
