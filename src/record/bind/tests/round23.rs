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
}
