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

#[test]
fn people_brought_in_for_questioning_are_held() {
    insta::assert_snapshot!(r("After the brawl, 7 men were brought in for questioning."), @"tally Arrests 7 (men)");
    insta::assert_snapshot!(r("Another 3 suspects have been brought in for investigation."), @"tally Arrests 3 (suspects)");
    // Brought in with the purpose after the people, or split around them.
    insta::assert_snapshot!(r("Officers brought in 9 people for questioning over the fight."), @"tally Arrests 9 (people)");
    insta::assert_snapshot!(r("Officers brought 4 suspects in for investigation."), @"tally Arrests 4 (suspects)");
    // `brought in` alone brings in money, rules or helpers.
    insta::assert_snapshot!(r("The new parking rules brought in 3.2 million yuan last year."), @"");
    insta::assert_snapshot!(r("The drive brought in 600 volunteers to patrol the streets."), @"tally OfficersDeployed 600 (volunteers)");
    // Brought in to be heard as witnesses: none of them held.
    insta::assert_snapshot!(r("Eleven residents were brought in for investigation of the land dispute as witnesses."), @"");
    insta::assert_snapshot!(r("Police brought in 14 men for questioning as witnesses to the stabbing."), @"");
}

#[test]
fn police_a_case_involved_are_no_force_put_in() {
    insta::assert_snapshot!(r("The bribery case involved 4 police employees at the traffic brigade."), @"");
    insta::assert_snapshot!(r("The leak case involved 5 police officers."), @"");
    insta::assert_snapshot!(r("A scandal involving 9 police staff was exposed in May."), @"");
    // An operation's force is still deployed.
    insta::assert_snapshot!(r("The night sweep involved 260 police officers."), @"tally OfficersDeployed 260 (police officers)");
}

#[test]
fn a_passive_after_a_modal_is_not_done_yet() {
    insta::assert_snapshot!(r("The 26 people involved will be investigated and dealt with according to law."), @"");
    insta::assert_snapshot!(r("Police said the 8 suspects would be severely punished."), @"");
    insta::assert_snapshot!(r("The 40 drivers must be fined under the new rules."), @"");
    // Nor does a verb before the count lend it one.
    insta::assert_snapshot!(r("Police dealt with the brawl at once, and 5 people will also be detained."), @"");
    // What was done stays done, with the promise beside it.
    insta::assert_snapshot!(r("The 8 suspects were detained and will be prosecuted."), @"tally Arrests 8 (suspects)");
    insta::assert_snapshot!(r("Police arrested 12 suspects, who will be tried next month."), @"tally Arrests 12 (suspects)");
}

#[test]
fn instances_of_a_crime_are_cases() {
    insta::assert_snapshot!(r("Detectives solved 27 instances of burglary in the old town."), @"tally CasesSolved 27 (instances of burglary)");
    insta::assert_snapshot!(r("Police logged 52 instances of robbery in March."), @"tally CasesFiled 52 (instances of robbery)");
    // Instances of anything else keep their complement's class, or none.
    insta::assert_snapshot!(r("Officers gave 140 instances of publicity at markets."), @"tally Publicity 140 (instances of publicity)");
    insta::assert_snapshot!(r("Police punished 75 instances of drunk driving."), @"tally OffendersHandled 75 (instances of drunk driving)");
    insta::assert_snapshot!(r("Volunteers recorded 300 instances of help to the elderly."), @"");
}

#[test]
fn things_and_money_recouped_are_recovered() {
    insta::assert_snapshot!(r("The brigade recouped 14 stolen electric bikes for their owners."), @"seizure Vehicles Recovered stolen electric bikes q=14");
    insta::assert_snapshot!(r("Some 2.4 million yuan of the money lost to the online scam has been recouped."), @"fraud funds_recovered 2400000");
}
