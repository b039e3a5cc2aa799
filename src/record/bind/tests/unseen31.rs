//! Round 31: counts in the language of unseen bulletins (changes, police staff,
//! hauls, long subjects, two-word peoples).

use super::*;

#[test]
fn cases_a_change_reaches_were_recorded() {
    // The level after a change and its size, maybe past a basis.
    insta::assert_snapshot!(r("Burglaries went up 12.5 per cent year-on-year to 340 cases."), @r"
    tally CasesFiled 340 (cases)
    trend Increase 12.5 Some(YearOnYear)
    ");
    insta::assert_snapshot!(r("Robberies fell by about 20% to just 68 cases."), @r"
    tally CasesFiled 68 (cases)
    trend Decrease 20 None
    ");
    // The after of a before and an after, the size between.
    insta::assert_snapshot!(r("Car thefts dropped from 1,204 cases to 987 cases on the year."), @"tally CasesFiled 987 (cases)");
    insta::assert_snapshot!(r("Arson rose by 53.3% from 15 in the spring of last year to 23 cases this spring."), @r"
    tally CasesFiled 23 (cases)
    trend Increase 53.3 Some(YearOnYear)
    ");
    insta::assert_snapshot!(r("Shoplifting surged by close to a half, from 310 to 462 cases."), @"tally CasesFiled 462 (cases)");
    // Not a level a clause of its own reaches, nor a range, nor a count
    // of cases done with.
    insta::assert_snapshot!(r("Thefts fell by 8%, and the squad went on to 12 cases of fraud."), @"trend Decrease 8 None");
    insta::assert_snapshot!(r("Fines ranged from 310 to 462 cases a month."), @"");
    insta::assert_snapshot!(r("Arrests rose by 9% as police solved 41 cases."), @r"
    tally CasesSolved 41 (cases)
    trend Increase 9 None
    ");
}

#[test]
fn police_staff_are_the_force() {
    // Put in, or involved by an operation; never people arrested.
    insta::assert_snapshot!(r("The raids involved more than 2,500 police staff from 9 cities."), @"tally OfficersDeployed 2500 (police staff)");
    insta::assert_snapshot!(r("Police arrested 41 suspects and 900 police personnel took part."), @r"
    tally Arrests 41 (suspects)
    tally OfficersDeployed 900 (police personnel)
    ");
    insta::assert_snapshot!(r("Police detained 12 gang members and 3 police workers were hurt."), @"tally Arrests 12 (gang members)");
    // Officers named before the number are not what it counts.
    insta::assert_snapshot!(r("Officers said the gangs grew fast, involving 741 in all."), @"");
    // Staff of a business are still people taken.
    insta::assert_snapshot!(r("Police arrested 17 casino staff."), @"tally Arrests 17 (casino staff)");
}

#[test]
fn hides_are_wildlife() {
    insta::assert_snapshot!(r("Rangers seized 40 kg of pangolin scales, over 300 hides and 12 tusks."), @r"
    seizure Wildlife Seized pangolin scales q=40 kg
    seizure Wildlife Seized hides q=over 300
    seizure Wildlife Seized tusks q=12
    ");
}

#[test]
fn money_a_taken_subject_came_to() {
    insta::assert_snapshot!(r("The confiscated criminal proceeds amounted to 12 million yuan."), @"seizure Cash Confiscated criminal proceeds v=12 million yuan");
    insta::assert_snapshot!(r("Police closed 40 gangs, with seized illegal gains reaching as high as 8 million yuan."), @r"
    tally GangsBusted 40 (gangs)
    seizure Cash Seized illegal gains v=8 million yuan
    ");
    insta::assert_snapshot!(r("The frozen funds totalled HK$3.5 million, police said."), @"seizure Cash Frozen funds v=HK$3.5 million");
    // No participle of taking leads the subject, or a clause stands between.
    insta::assert_snapshot!(r("The reported losses amounted to 12 million yuan."), @"");
    insta::assert_snapshot!(r("The seized phones, sold online, amounted to 12 million yuan."), @"");
    // Past a possessive the subject is what the taken one owned.
    insta::assert_snapshot!(r("The intercepted courier's cash was 80,000 yuan."), @"");
    insta::assert_snapshot!(r("The seized cash was 80,000 yuan."), @"seizure Cash Seized cash v=80,000 yuan");
    // Money given back in a sentence on fraud is the fraud report's.
    insta::assert_snapshot!(r("The returned cash was 90,000 yuan after the burglary trial."), @"seizure Cash Recovered cash v=90,000 yuan");
    insta::assert_snapshot!(r("After the online scam was cracked, the returned cash was 90,000 yuan."), @"fraud funds_returned 90000");
    insta::assert_snapshot!(r("The cheated pensioners were 40, and the returned cash was 90,000 yuan."), @"");
}

#[test]
fn a_haul_named_by_its_value() {
    // A seizure of its own sentence gives the haul its kind; one told a
    // sentence before does not (it may be another haul altogether).
    insta::assert_snapshot!(r("Officers seized 900 cartons of cigarettes, and the HK$2.5 million haul was found in a lorry."), @r"
    seizure Goods Seized cartons of cigarettes q=900
    seizure Goods Seized haul v=HK$2.5 million
    ");
    insta::assert_snapshot!(r("Officers seized 9 rifles in May. In June a HK$2.5 million haul was discovered in a lorry."), @r"
    seizure Weapons Seized rifles q=9
    seizure Other Seized haul v=HK$2.5 million
    ");
    insta::assert_snapshot!(r("Police intercepted a $4 million shipment at the port."), @"seizure Other Intercepted shipment v=$4 million");
    // Not a haul no verb took, nor the seizure of a thing named after it.
    insta::assert_snapshot!(r("A HK$2.5 million haul is the largest this year."), @"");
    insta::assert_snapshot!(r("Customs reported a $3 million seizure of cocaine."), @"");
}

#[test]
fn cases_of_a_crime_with_a_thing_seize_nothing() {
    insta::assert_snapshot!(r("Contraband worth HK$9 million was confiscated in 14 cases of cigarette smuggling."), @"seizure Goods Confiscated Contraband v=HK$9 million");
    // Cases of a thing are still the thing.
    insta::assert_snapshot!(r("Police confiscated 40 cases of fake wine."), @"seizure Counterfeit Confiscated cases of fake wine q=40");
}

#[test]
fn a_list_of_examples_before_the_passive() {
    insta::assert_snapshot!(r("Some 9 kg of drugs, including cocaine, ketamine and ecstasy, a party drug made of MDMA, were seized by police."), @"seizure Drugs Seized drugs q=Some 9 kg");
    insta::assert_snapshot!(r("About 30 guns, such as rifles, pistols and shotguns, were confiscated."), @"seizure Weapons Confiscated guns q=About 30");
    // No list of examples, or a full stop before the verb.
    insta::assert_snapshot!(r("About 30 guns, rifles, pistols and shotguns, a cache, were confiscated."), @"");
    insta::assert_snapshot!(r("Police found 30 guns, including rifles. Pistols were confiscated."), @"seizure Weapons Seized guns q=30");
    // The list closes at the comma before the sentence's own verb: a
    // passive in a later clause is another noun's.
    insta::assert_snapshot!(r("A total of 180 officers, including 25 traffic police, took part in the search, and several suspects were detained."), @r"
    tally OfficersDeployed 180 (officers)
    tally OfficersDeployed 25 (traffic police)
    ");
    insta::assert_snapshot!(r("Some 240 rifles, including 35 shotguns, were seized at the depot."), @r"
    seizure Weapons Seized rifles q=Some 240
    seizure Weapons Seized shotguns q=35
    ");
}

#[test]
fn crimes_of_every_kind_are_no_fraud_count() {
    // In a bulletin that opens on online fraud, a total of suspected
    // crimes with no fraud word in its sentence is a tally; the fraud
    // count stays fraud.
    insta::assert_snapshot!(r("Police recorded 5,120 suspected crimes in the first half, down 9 per cent. Online fraud cases rose 12 per cent to 310 cases."), @r"
    tally CasesFiled 5120 (suspected crimes)
    fraud cases_filed 310
    trend Decrease 9 None
    trend Increase 12 None
    ");
    // With a fraud word, the crimes are fraud's.
    insta::assert_snapshot!(r("Police solved 96 online fraud crimes this year."), @"fraud cases_solved 96");
}
