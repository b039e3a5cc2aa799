//! Review of round 34's fraud and seizure words: a move home joined to
//! an arrest is still an arrest, places set against fraud are no dens
//! nor places inspected, and drinks and toy rockets are goods.

use super::*;

#[test]
fn suspects_arrested_and_then_moved_are_arrests() {
    insta::assert_snapshot!(r("Police arrested and repatriated 215 telecom fraud suspects."), @"fraud suspects_arrested 215");
    insta::assert_snapshot!(r("In the online fraud case, 38 suspects were caught and then extradited to Fujian."), @"fraud suspects_arrested 38");
    insta::assert_snapshot!(r("Officers detained and handed over 57 telecom fraud suspects to prosecutors."), @"fraud suspects_arrested 57");
    // A move of its own stays a move, beside the arrests.
    insta::assert_snapshot!(r("Police caught 94 telecom fraud suspects and repatriated 26 others."), @"
    tally Other 26 (others)
    fraud suspects_arrested 94
    ");
    insta::assert_snapshot!(r("Vietnam repatriated 133 telecom fraud suspects to Guangxi."), @"tally Other 133 (telecom fraud suspects)");
}

#[test]
fn places_set_against_fraud_are_no_dens() {
    insta::assert_snapshot!(r("To curb telecom fraud, the district set up 14 anti-fraud hubs."), @"");
    insta::assert_snapshot!(r("The city opened 9 anti-telecom fraud hubs last year."), @"");
    insta::assert_snapshot!(r("The county opened 5 anti-telecom scam centres."), @"");
    // Inspected, they are places inspected; a den of fraud is still a den.
    insta::assert_snapshot!(r("Inspectors checked 22 anti-scam hubs."), @"tally PlacesInspected 22 (anti-scam hubs)");
    insta::assert_snapshot!(r("Police smashed 17 telecom fraud hubs near the border."), @"fraud dens_destroyed 17");
    insta::assert_snapshot!(r("Police destroyed 8 anti-drug workshops."), @"tally DensDestroyed 8 (anti-drug workshops)");
}

#[test]
fn drinks_and_toy_rockets_are_goods() {
    insta::assert_snapshot!(r("Police seized 620 bottles of energy drinks."), @"seizure Goods Seized bottles of energy drinks q=620");
    insta::assert_snapshot!(r("Officers confiscated 48 bottle rockets and 6 rocket launchers."), @"
    seizure Goods Confiscated bottle rockets q=48
    seizure Weapons Confiscated rocket launchers q=6
    ");
    // One of them is named as one.
    insta::assert_snapshot!(r("Police seized 1 rocket launcher, 1 cash machine and 14 bank cards."), @"
    seizure Weapons Seized rocket launcher q=1
    seizure Devices Seized cash machine q=1
    seizure Devices Seized bank cards q=14
    ");
}
