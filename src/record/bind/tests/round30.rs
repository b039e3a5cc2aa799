//! Round 30: verbs, values and counts of the language of unseen bulletins.

use super::*;

#[test]
fn things_uncovered_or_detected_are_seized() {
    insta::assert_snapshot!(r("Customs officers uncovered 6,400 cartons of cigarettes in a cold store."), @"seizure Goods Seized cartons of cigarettes q=6,400");
    insta::assert_snapshot!(r("Some 3 million cigarettes were uncovered in a bonded warehouse."), @"seizure Goods Seized cigarettes q=Some 3 million");
    insta::assert_snapshot!(r("Border police detected 12 kg of heroin in a lorry."), @"seizure Drugs Seized heroin q=12 kg");
    // Cases uncovered are solved; cases cracked involve what they involve;
    // money found and vehicles detected are no things taken.
    insta::assert_snapshot!(r("Police uncovered 27 cases of cigarette smuggling."), @"tally CasesSolved 27 (cases of cigarette smuggling)");
    insta::assert_snapshot!(r("The squad cracked a case involving 5,000 cubic meters of sea sand."), @"");
    insta::assert_snapshot!(r("Police investigated 4 poaching cases, 95 birds and 2 tonnes of wild fish."), @"tally CasesSolved 4 (poaching cases)");
    insta::assert_snapshot!(r("Speed cameras detected 830 vehicles on the bridge."), @"tally VehiclesChecked 830 (vehicles)");
}

#[test]
fn those_educating_reaches_are_an_audience() {
    insta::assert_snapshot!(r("The campaign kept up its message by educating more than 8 million pupils on drugs."), @"tally Publicity 8000000 (pupils)");
    // Not an arrest of those held to account in the same sentence (a
    // later stage: other).
    insta::assert_snapshot!(r("Some 40 officials were held accountable, while schools went on educating 9,000 pupils."), @r"
    tally Other 40 (officials)
    tally Publicity 9000 (pupils)
    ");
}

#[test]
fn a_number_joined_to_the_size_of_a_change_is_one_too() {
    insta::assert_snapshot!(r("Police logged 96 burglaries, an increase of 11 cases and 19 cases respectively on the two years before."), @"tally CasesFiled 96 (burglaries)");
    // A count joined to a count stays one.
    insta::assert_snapshot!(r("Police solved 14 cases and 19 cases of theft in two weeks."), @r"
    tally CasesSolved 14 (cases)
    tally CasesSolved 19 (cases of theft)
    ");
}
