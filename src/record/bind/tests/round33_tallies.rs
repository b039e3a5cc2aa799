//! Round 33, tallies: a gerund before a case head, cases seized, people
//! held to account, a second head in a list's first item, natives.

use super::*;

#[test]
fn a_gerund_before_a_case_head_modifies_it() {
    insta::assert_snapshot!(r("Customs officers uncovered 38 gang smuggling cases in the port."), @"tally CasesSolved 38 (gang smuggling cases)");
    insta::assert_snapshot!(r("The squad cracked 17 ring trafficking cases and 6 gambling cases."), @r"
    tally CasesSolved 17 (ring trafficking cases)
    tally CasesSolved 6 (gambling cases)
    ");
    // A participle that opens what a gang did leaves the gang the head.
    insta::assert_snapshot!(r("Police smashed 4 gangs smuggling cigarettes across the border."), @"tally GangsBusted 4 (gangs smuggling cigarettes)");
}

#[test]
fn cases_seized_are_cases_solved() {
    insta::assert_snapshot!(r("The city's customs seized 61 smuggling cases last year."), @"tally CasesSolved 61 (smuggling cases)");
    insta::assert_snapshot!(r("Anti-drug police seized 230 drug cases and 315 suspects in the spring."), @r"
    tally CasesSolved 230 (drug cases)
    tally Arrests 315 (suspects)
    ");
    // Cases of goods seized are goods.
    insta::assert_snapshot!(r("Market officers seized 85 cases of fake liquor."), @"seizure Counterfeit Seized cases of fake liquor q=85");
    // Seizures the cases involved are no act on them.
    insta::assert_snapshot!(r("Nine of the 412 cases involved seizures of more than 2kg of heroin."), @"seizure Drugs Seized heroin q=more than 2kg");
}

#[test]
fn people_held_to_account_were_disciplined() {
    insta::assert_snapshot!(r("The commission held 41 officials accountable for lax oversight."), @"tally Other 41 (officials)");
    insta::assert_snapshot!(r("Inspectors held 8 managers responsible for the mine blast."), @"tally Other 8 (managers)");
    // Held alone, they were detained.
    insta::assert_snapshot!(r("Police held 19 suspects for questioning."), @"tally Arrests 19 (suspects)");
}

#[test]
fn a_list_item_with_two_heads_keeps_the_list_passive() {
    insta::assert_snapshot!(r("Over 6,400 illegal workshops and dens, 2900 criminal gangs and 71 mafia-like gangs were destroyed."), @r"
    tally DensDestroyed 6400 (illegal workshops and dens)
    tally GangsBusted 2900 (criminal gangs)
    tally GangsBusted 71 (mafia-like gangs)
    ");
    insta::assert_snapshot!(r("About 350 hideouts and storehouses, 44 rings and 61 dens were smashed in the sweep."), @r"
    tally DensDestroyed 350 (hideouts)
    tally GangsBusted 44 (rings)
    tally DensDestroyed 61 (dens)
    ");
    insta::assert_snapshot!(r("Over 5,100 illegal factories, warehouses and dens, 1900 criminal gangs and 40 mafia-like gangs were destroyed."), @r"
    tally DensDestroyed 5100 (illegal factories)
    tally GangsBusted 1900 (criminal gangs)
    tally GangsBusted 40 (mafia-like gangs)
    ");
    // A verb before the first item is its own.
    insta::assert_snapshot!(r("Police inspected 90 workshops and stores, 30 gangs were destroyed."), @r"
    tally PlacesInspected 90 (workshops and stores)
    tally GangsBusted 30 (gangs)
    ");
}

#[test]
fn natives_taken_are_people_arrested() {
    insta::assert_snapshot!(r("Officers in the county detained 7 Yunnan natives last week."), @"tally Arrests 7 (Yunnan natives)");
    insta::assert_snapshot!(r("Police caught 22 natives of Fujian in a raid on a workshop."), @"tally Arrests 22 (natives)");
}
