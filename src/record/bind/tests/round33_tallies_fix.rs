//! Round 33 review of the tallies rules: people before a gerund act on the
//! cases after it, seized cases that hold goods, an arrest or a done act
//! of its own after refused warrants or a plan, cadres held to account.

use super::*;

#[test]
fn people_before_a_gerund_act_on_the_cases() {
    insta::assert_snapshot!(r("The station sent 25 officers handling cases to the township."), @"tally OfficersDeployed 25 (officers handling cases)");
    insta::assert_snapshot!(r("Patrols caught 7 men committing cases of pickpocketing near the station."), @"tally Arrests 7 (men committing cases)");
    // A gang before the gerund still names the case's crime.
    insta::assert_snapshot!(r("Police busted 13 gang robbing cases in the county."), @"tally CasesSolved 13 (gang robbing cases)");
}

#[test]
fn seized_cases_that_hold_goods_are_no_cases_solved() {
    insta::assert_snapshot!(r("Port customs seized 44 cases containing 9 kg of cocaine."), @"seizure Drugs Seized cocaine q=9 kg");
    insta::assert_snapshot!(r("Officers seized 19 cases packed with fake perfume."), @"");
    // Cases of a crime, or named by one before them, were solved.
    insta::assert_snapshot!(r("The team seized 16 cases of gun smuggling along the coast."), @"tally CasesSolved 16 (cases of gun smuggling along the coast)");
    insta::assert_snapshot!(r("Customs officers seized 28 drug trafficking cases."), @"tally CasesSolved 28 (drug trafficking cases)");
}

#[test]
fn an_act_of_its_own_after_refused_warrants_or_a_plan_counts() {
    insta::assert_snapshot!(r("Prosecutors refused arrest warrants for 17 people and approved arrests of 260."), @"tally Arrests 260 (arrests)");
    insta::assert_snapshot!(r("Prosecutors declined arrest warrants against 45 people and indicted 130."), @"tally Other 130 (people)");
    insta::assert_snapshot!(r("The brigade plans to inspect 120 bars and checked 35 hotels on Monday."), @"tally PlacesInspected 35 (hotels)");
    // A past participle after `will` is the object marker: done.
    insta::assert_snapshot!(r("The team will taken 9 suspects into custody."), @"tally Arrests 9 (suspects)");
}

#[test]
fn cadres_held_to_account_were_disciplined() {
    insta::assert_snapshot!(r("The commission held 33 cadres accountable for the landslide."), @"tally Other 33 (cadres)");
    insta::assert_snapshot!(r("Inspectors held 5 cadres responsible and detained 2 suspects."), @r"
    tally Other 5 (cadres)
    tally Arrests 2 (suspects)
    ");
}

#[test]
fn a_phrasal_verb_after_will_is_announced() {
    insta::assert_snapshot!(r("Officers caught 23 fugitives and will track down 4 others."), @"tally Fugitives 23 (fugitives)");
    insta::assert_snapshot!(r("The unit detained 15 suspects and will hand over 6 cases to the court."), @"tally Arrests 15 (suspects)");
    // Done, the same verb counts.
    insta::assert_snapshot!(r("Officers tracked down 11 fugitives in the hills."), @"tally Fugitives 11 (fugitives)");
}
