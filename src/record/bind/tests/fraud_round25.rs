//! Telecom fraud as round 25's audit met it: other translation engines'
//! names for it, weekly city bulletins, card-breaking and interception
//! work.

use super::*;

#[test]
fn other_engines_names_for_telecom_fraud() {
    // 电诈 comes out as `electro-fraud`, 电信诈骗 as `tele-fraud` or
    // `wire fraud`: each is telecom fraud on its own.
    insta::assert_snapshot!(r("The county police cracked 37 electro-fraud cases and arrested 52 suspects, recovering 1.1 million yuan for victims."), @"
    fraud cases_solved 37
    fraud funds_recovered 1100000
    fraud suspects_arrested 52
    ");
    insta::assert_snapshot!(r("Police solved 120 tele-fraud cases."), @"fraud cases_solved 120");
    insta::assert_snapshot!(r("Police solved 85 wire fraud cases."), @"fraud cases_solved 85");
    insta::assert_snapshot!(r("Electronic fraud: 56 cases solved, 3.2 million yuan returned."), @"
    fraud cases_solved 56
    fraud funds_returned 3200000
    ");
}
