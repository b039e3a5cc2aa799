//! Phrasings met in bulletins of traffic, public-security-administration,
//! anti-smuggling, fishing-ban, fugitive-hunting, prison and community
//! police (round 26).

use super::*;

#[test]
fn a_criminal_measure_arrests_an_offender() {
    insta::assert_snapshot!(r("In the crackdown, 48 drunk drivers were placed under criminal coercive measures."), @"tally Arrests 48 (drunk drivers)");
    // (Or the word before the verb names it.)
    insta::assert_snapshot!(r("Traffic police criminally detained 12 drunk drivers."), @"tally Arrests 12 (drunk drivers)");
    // Offenders only caught are still handled.
    insta::assert_snapshot!(r("Traffic police caught 31 drunk drivers."), @"tally OffendersHandled 31 (drunk drivers)");
}

#[test]
fn a_topic_label_names_the_item_its_count_seized() {
    insta::assert_snapshot!(r("Guns: 12 seized; bullets: 430 seized; suspects: 7 arrested."), @r"
    tally Arrests 7 (suspects)
    seizure Weapons Seized Guns q=12
    seizure Weapons Seized bullets q=430
    ");
    insta::assert_snapshot!(r("Results. Knives: 48 were confiscated."), @"seizure Weapons Confiscated Knives q=48");
    // Only a label that is the item alone, and only with a verb of taking.
    insta::assert_snapshot!(r("Guns: 12 destroyed."), @"");
    insta::assert_snapshot!(r("Fake medicines: 6 dens destroyed."), @"tally DensDestroyed 6 (dens)");
}
