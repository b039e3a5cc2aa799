//! Round 34, tallies: people held to account, a pronoun of the total
//! after a part, shipyards, a count after a hard wrap.

use super::*;

#[test]
fn people_held_to_account_were_disciplined() {
    insta::assert_snapshot!(r("The inspection team held 14 officials to account for the flooding."), @"tally Other 14 (officials)");
    insta::assert_snapshot!(r("Auditors held 6 township cadres to account."), @"tally Other 6 (township cadres)");
    // Held with no account to give, they were detained.
    insta::assert_snapshot!(r("Officers held 9 suspects for questioning."), @"tally Arrests 9 (suspects)");
}

#[test]
fn a_pronoun_of_the_total_is_no_part_of_the_noun() {
    insta::assert_snapshot!(r("The bureau solved 5,200 cases, 1,740 internet swindles of these."), @r"
    tally CasesSolved 1740 (internet swindles)
    fraud cases_solved 5200
    ");
    insta::assert_snapshot!(r("Police cracked 900 cases in all, 310 burglaries of them."), @r"
    tally CasesSolved 900 (cases)
    tally CasesSolved 310 (burglaries)
    ");
    // An `of` phrase that names the crime stays.
    insta::assert_snapshot!(r("Police cracked 310 cases of burglary."), @"tally CasesSolved 310 (cases of burglary)");
}

#[test]
fn shipyards_are_sites() {
    insta::assert_snapshot!(r("The task force inspected 37 unlicensed shipyards along the river."), @"tally PlacesInspected 37 (unlicensed shipyards)");
    insta::assert_snapshot!(r("Officers checked 21 illegal shipyards and 8 cold stores."), @r"
    tally PlacesInspected 21 (illegal shipyards)
    tally PlacesInspected 8 (cold stores)
    ");
    // Ships themselves are vessels.
    insta::assert_snapshot!(r("Coast guards seized 14 ships."), @"seizure Vehicles Seized ships q=14");
}

#[test]
fn a_count_after_a_hard_wrap_keeps_its_verb() {
    insta::assert_snapshot!(r("Over the same period the provincial border police also solved\n416 cases of wildlife smuggling, 238 cases of cigarette smuggling\nand 97 cases of fuel smuggling."), @r"
    tally CasesSolved 416 (cases of wildlife smuggling)
    tally CasesSolved 238 (cases of cigarette smuggling)
    tally CasesSolved 97 (cases of fuel smuggling)
    ");
    // A headline line, then a count line: two sentences (a headline
    // ends in no past form and no word that leads to a count).
    insta::assert_snapshot!(r("Police in the southern city crack down on street robberies\n41 suspects were caught."), @"tally Arrests 41 (suspects)");
}

#[test]
fn a_count_of_none_is_no_tally() {
    insta::assert_snapshot!(r("The squad has cracked more than zero heroin trafficking cases since spring."), @"");
    insta::assert_snapshot!(r("Officers caught 0 suspects in the first raid and 7 in the second."), @"tally Arrests 7 (suspects)");
    // One is a count.
    insta::assert_snapshot!(r("Officers caught one suspect in the first raid."), @"tally Arrests 1 (suspect)");
}

#[test]
fn what_was_done_without_is_not_done() {
    insta::assert_snapshot!(r("Some 2,140 juvenile suspects were given leniency without being arrested."), @"");
    insta::assert_snapshot!(r("A total of 96 people were sent home without being detained."), @"");
    // `with` is no negation.
    insta::assert_snapshot!(r("A total of 96 people were detained with the help of residents."), @"tally Arrests 96 (people)");
}
