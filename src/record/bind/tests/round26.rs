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
