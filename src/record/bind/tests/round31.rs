//! Round 31: verbs of people caught, things handed in, and acts only
//! promised.

use super::*;

#[test]
fn people_intercepted_are_caught() {
    insta::assert_snapshot!(r("Frontier police intercepted 31 illegal border crossers along the river in May."), @"tally Arrests 31 (illegal border crossers)");
    insta::assert_snapshot!(r("Since January, 58 stowaways have been intercepted at the port."), @"tally Arrests 58 (stowaways)");
    // Things intercepted stay seizures, and people kept from paying stay
    // out of the arrests.
    insta::assert_snapshot!(r("Customs intercepted 2,300 kg of frozen beef at the border."), @"seizure Goods Intercepted frozen beef q=2,300 kg");
    insta::assert_snapshot!(r("The checkpoint intercepted 45 migrants heading for the coast."), @"");
    // A noun carried over from the count before, or read past `of`, is no
    // one intercepted.
    insta::assert_snapshot!(r("Police detained 612 suspects in scam cases, intercepted 90 of the payments, and issued 7,000 warnings."), @r"
    fraud payments_stopped 90
    fraud suspects_arrested 612
    fraud warnings_issued 7000
    ");
}

#[test]
fn things_surrendered_to_the_police_are_taken_in() {
    insta::assert_snapshot!(r("Hunters in the township surrendered 23 shotguns and 4,000 rounds of ammunition."), @r"
    seizure Weapons Confiscated shotguns q=23
    seizure Weapons Confiscated rounds of ammunition q=4,000
    ");
    insta::assert_snapshot!(r("During the amnesty, 65 illegal guns were voluntarily surrendered."), @"seizure Weapons Confiscated illegal guns q=65");
    // People who surrender are fugitives who gave themselves up.
    insta::assert_snapshot!(r("Eleven wanted men surrendered at the county bureau."), @"tally Fugitives 11 (wanted men)");
    // Money surrendered is no seizure of the police's.
    insta::assert_snapshot!(r("The firm surrendered 2 million yuan to the court."), @"");
}
