//! Phrasings met in bulletins on drugs, fugitives, gambling, smuggling,
//! fishing and campus safety, in the machine-translated word order of
//! Chinese copies (round 23).

use super::*;

#[test]
fn base_form_catch_with_an_object_is_an_arrest() {
    // `catch` (抓获) and `grasp` kept in the base form by machine translation.
    insta::assert_snapshot!(r("The county bureau catch criminal suspect 287 name."), @r"
    tally Arrests 287 (suspect)
    warning binding guessed from machine-translated word order (noun before its number) [287]
    ");
    insta::assert_snapshot!(r("Grasping drug suspect 21 name."), @r"
    tally Arrests 21 (suspect)
    warning binding guessed from machine-translated word order (noun before its number) [21]
    ");
    // The catch of a fishing boat stays a seized thing.
    insta::assert_snapshot!(r("Police seized the catch of 860 kilograms."), @"seizure Wildlife Seized catch q=860 kilograms");
    insta::assert_snapshot!(r("Police seized 3,000 catties of illegal fishing catch."), @"seizure Wildlife Seized illegal fishing catch q=3,000 catties");
}

#[test]
fn a_passive_past_a_clause_on_what_they_did_is_theirs() {
    // The verb before the count (`rescued`) is not what was done to the
    // people who sold the children: the passive after their act is.
    insta::assert_snapshot!(r("16 infants were rescued, 34 suspects who sold children were caught."), @r"
    tally Rescued 16 (infants)
    tally Arrests 34 (suspects)
    ");
    insta::assert_snapshot!(r("Police rescued 5 women; the 3 men who had stolen 12 cars were arrested."), @r"
    tally Rescued 5 (women)
    tally Arrests 3 (men)
    ");
}

#[test]
fn drug_and_trafficking_words() {
    insta::assert_snapshot!(r("The bureau investigated and punished 148 drug abusers."), @"tally OffendersHandled 148 (drug abusers)");
    insta::assert_snapshot!(r("Police seized K powder 380 grams."), @"seizure Drugs Seized K powder q=380 grams");
    insta::assert_snapshot!(r("Police seized 15 bottles of laughing gas and 2 loaders."), @r"
    seizure Drugs Seized bottles of laughing gas q=15
    seizure Vehicles Seized loaders q=2
    ");
    insta::assert_snapshot!(r("Police seized 210 tons of rare earth and 640 kilograms of bird's nest."), @r"
    seizure Minerals Seized rare earth q=210 tons
    seizure Goods Seized bird's nest q=640 kilograms
    ");
}

#[test]
fn a_quoted_item_before_its_measure_is_the_item() {
    // Machine translation puts the item first, quotes and all.
    insta::assert_snapshot!(r("Police seized \"ice\" 1.26 kilograms and heroin 3 grams."), @r#"
    seizure Drugs Seized "ice" q=1.26 kilograms
    seizure Drugs Seized heroin q=3 grams
    warning binding guessed from machine-translated word order (noun before its number) [1.26 kilograms]
    warning binding guessed from machine-translated word order (noun before its number) [3 grams]
    "#);
    // A quoted name that is no item is not read so.
    insta::assert_snapshot!(r("The \"Clean Net\" 12 cases were solved."), @"tally CasesSolved 12 (cases)");
}

#[test]
fn a_lone_measure_word_after_a_verb_counts_the_noun_before() {
    // 处 kept as a singular `place`: the hazards of the count before.
    insta::assert_snapshot!(r("Found hidden dangers 230 place, rectified 221 place."), @r"
    tally HazardsFound 230 (hidden dangers)
    tally HazardsRectified 221 (hidden dangers)
    warning binding guessed from machine-translated word order (noun before its number) [230]
    warning binding guessed from machine-translated word order (noun before its number) [221]
    ");
    insta::assert_snapshot!(r("Arrested suspects 30 people, detained 12 name."), @r"
    tally Arrests 30 (suspects)
    tally Arrests 12 (suspects)
    warning binding guessed from machine-translated word order (noun before its number) [30]
    warning binding guessed from machine-translated word order (noun before its number) [12]
    ");
}
