//! The prevention side of the fraud layer: payments stopped, warnings,
//! dissuasion, and the rates beside them.

use super::*;

#[test]
fn transfers_and_remittances_stopped_are_stop_payments() {
    insta::assert_snapshot!(r("The anti-fraud centre stopped 1,268 transfers for the masses, involving 3.46 million yuan, in telecom fraud cases."), @r"
    fraud funds_frozen 3460000
    fraud payments_stopped 1268
    ");
    insta::assert_snapshot!(r("Banks and police intercepted 37 suspicious remittances of telecom fraud victims."), @"fraud payments_stopped 37");
    // A payment someone made is no payment stopped.
    insta::assert_snapshot!(r("In the telecom fraud case the victim returned 12 transfers to the bank."), @"");
}
