//! Telecom fraud as round 34's fit pool met it: suspects brought home
//! from abroad are counted home, not arrested.

use super::*;

#[test]
fn suspects_sent_home_are_no_fraud_arrests() {
    insta::assert_snapshot!(r("Cambodia has repatriated 1,430 Chinese citizens suspected of telecom fraud."), @"tally Other 1430 (Chinese citizens)");
    insta::assert_snapshot!(r("Thailand extradited 96 online fraud suspects to Fuzhou on Tuesday."), @"tally Other 96 (online fraud suspects)");
    insta::assert_snapshot!(r("Laos handed over 512 telecom fraud suspects to police in Yunnan."), @"tally Arrests 512 (telecom fraud suspects)");
    // The arrest count takes the field, the hand-over stays a tally.
    insta::assert_snapshot!(r("Police arrested 260 telecom fraud suspects this year, and 3,900 more were handed over by Myanmar."), @"
    tally Arrests 3900 (telecom fraud suspects)
    fraud suspects_arrested 260
    ");
    // Arrests stay arrests.
    insta::assert_snapshot!(r("Police in Hunan arrested 88 telecom fraud suspects on Monday."), @"fraud suspects_arrested 88");
    insta::assert_snapshot!(r("In the telecom fraud sweep, 41 suspects were detained in Xiamen."), @"fraud suspects_arrested 41");
}

#[test]
fn fraud_hubs_are_dens_as_scam_hubs_are() {
    insta::assert_snapshot!(r("The telecom fraud campaign led to the dismantling of 650 overseas fraud hubs."), @"fraud dens_destroyed 650");
    insta::assert_snapshot!(r("Police destroyed 38 telecom fraud hubs in the border towns."), @"fraud dens_destroyed 38");
    // Hubs and centres against fraud are the police's own, no dens.
    insta::assert_snapshot!(r("To fight telecom fraud, the county opened 11 anti-fraud hubs."), @"");
    insta::assert_snapshot!(r("To fight telecom fraud, the county opened 6 anti-scam centres."), @"");
    // A hub of anything else is no den.
    insta::assert_snapshot!(r("Police patrolled 40 transport hubs during the holiday."), @"");
}
