//! Fraud beside other crimes: which counts of a mixed report are fraud,
//! totals with a fraud part, and clauses about all crime.

use super::*;

#[test]
fn fraud_parts_of_mixed_totals_and_more_channels() {
    // The total a fraud part is taken from is a mixed total, a tally.
    insta::assert_snapshot!(r("This year police solved 8,300 criminal cases, including 2,100 online fraud cases."), @r"
    tally CasesSolved 8300 (criminal cases)
    fraud cases_solved 2100
    ");
    // A part that is no fraud leaves the fraud total alone.
    insta::assert_snapshot!(r("In the telecom fraud crackdown police arrested 560 suspects, including 120 who had fled abroad."), @r"
    tally Arrests 120 (suspects)
    fraud suspects_arrested 560
    ");
    // An app is online.
    insta::assert_snapshot!(r("Police retrieved 88,000 yuan for a man cheated through a fake loan app."), @"fraud funds_recovered 88000");
    // Stop-payment requests are stop payments; door to door, visits.
    insta::assert_snapshot!(r("The anti-fraud centre processed 2,950 stop-payment requests."), @"fraud payments_stopped 2950");
    insta::assert_snapshot!(r("Officers went door to door 760 times to warn residents of telecom fraud."), @"fraud door_to_door_visits 760");
}

#[test]
fn other_crimes_in_a_fraud_bulletin_stay_tallies() {
    insta::assert_snapshot!(r("Anti-fraud campaign makes progress\nThe anti-fraud centre froze 12 million yuan this month. Separately, police arrested 14 suspects involved in a brawl at a night market."), @"
    tally Arrests 14 (suspects)
    fraud funds_frozen 12000000
    ");
    insta::assert_snapshot!(r("Online fraud warning\nThe anti-fraud centre issued 5,000 warnings. Police also detained 6 people for illegal fund-raising."), @r"
    tally Arrests 6 (people)
    fraud warnings_issued 5000
    "); // Nor does a paragraph about fraud make warnings to drunk drivers fraud.
    insta::assert_snapshot!(r("Traffic and safety\nTraffic police inspected 3,200 vehicles.\nOnline fraud prevention was stepped up. The brigade also issued 150 warnings to drunk drivers."), @"tally VehiclesChecked 3200 (vehicles)");
}

#[test]
fn a_report_that_turns_to_fraud_later_is_no_fraud_bulletin() {
    // The lead ends with the sentence of the first figure: the year's
    // totals come before the report turns to fraud.
    insta::assert_snapshot!(r("Annual report of the county bureau\nIn 2023 the bureau solved 1,860 criminal cases.\nFourth, the battle against telecom fraud: the centre pushed 126,000 warnings."), @r"
    tally CasesSolved 1860 (criminal cases)
    fraud warnings_issued 126000
    ");
    // A lead that names telecom fraud before its first count still makes one.
    insta::assert_snapshot!(r("Telecom scams thwarted\nPolice in the province solved 940 cases in a month."), @"fraud cases_solved 940");
    // A figure in the title does not end the lead: the first sentence of
    // the body still says what the report is about.
    insta::assert_snapshot!(r("Police win back 1.6m yuan for cheated pensioners\nA city police force has broken up a ring behind fake online investment scams. Officers arrested 38 suspects."), @r"
    fraud funds_recovered 1600000
    fraud suspects_arrested 38
    ");
}

#[test]
fn totals_before_their_fraud_part_are_mixed() {
    // The lead names telecom fraud only as a part of its totals: the
    // totals are tallies, the part is fraud.
    insta::assert_snapshot!(r("This year the county police solved 2,140 criminal cases and caught 1,305 suspects, among them 318 telecom fraud cases."), @r"
    tally CasesSolved 2140 (criminal cases)
    tally Arrests 1305 (suspects)
    fraud cases_solved 318
    ");
    // A part that ends before the fraud word is no fraud part: the
    // sentence stays fraud; nor is a partitive with no opener.
    insta::assert_snapshot!(r("Police held 140 suspects, among them 25 ringleaders, in a crackdown on telecom fraud."), @"fraud suspects_arrested 140");
    insta::assert_snapshot!(r("Police held 260 telecom fraud suspects, 40 of them fraud gang leaders."), @"fraud suspects_arrested 260");
    // In a telecom-fraud bulletin, a part that does not name telecom
    // fraud again is one kind of the fraud counted, not the fraud among
    // all crime.
    insta::assert_snapshot!(r("Telecom fraud crackdown yields results\nPolice solved 12,000 telecom fraud cases this year. A total of 9,400 suspects were caught, including 160 key figures of fraud groups based abroad."), @r"
    tally Arrests 160 (key figures)
    fraud cases_solved 12000
    fraud suspects_arrested 9400
    ");
    insta::assert_snapshot!(r("Telecom fraud crackdown yields results\nPolice solved 12,000 telecom fraud cases this year. Police solved 30,000 cases in all, including 12,000 telecom fraud cases."), @r"
    tally CasesSolved 30000 (cases)
    fraud cases_solved 12000
    ");
    // A fraud word before the opener keeps the whole sentence fraud.
    insta::assert_snapshot!(r("In the telecom fraud crackdown police solved 640 cases, including 75 cases of phishing."), @r"
    tally CasesSolved 75 (cases of phishing)
    fraud cases_solved 640
    ");
}

#[test]
fn a_fraud_part_takes_the_verb_and_noun_of_its_total() {
    // After its number (`N of whom`, `N of them`).
    insta::assert_snapshot!(r("Jiangbei police detained 347 suspects, 58 of whom had joined telecom fraud rings."), @r"
    tally Arrests 347 (suspects)
    fraud suspects_arrested 58
    ");
    insta::assert_snapshot!(r("Officers caught 412 suspects, 77 of them for online telecom fraud."), @r"
    tally Arrests 412 (suspects)
    fraud suspects_arrested 77
    ");
    // In the next sentence, the noun after a copula.
    insta::assert_snapshot!(r("The county cracked 1,902 criminal cases in the first half. Among them, 611 were telecom network fraud cases."), @r"
    tally CasesSolved 1902 (criminal cases)
    fraud cases_solved 611
    ");
    // `among whom`, with a digit group's comma after the opener.
    insta::assert_snapshot!(r("Police held 6,020 suspects of all types, among whom 1,455 were suspected of telecom fraud."), @r"
    tally Arrests 6020 (suspects)
    fraud suspects_arrested 1455
    ");
}

#[test]
fn totals_of_all_kinds_are_mixed() {
    insta::assert_snapshot!(r("In the telecom fraud campaign the city solved 1,775 cases of all kinds and 203 telecom fraud cases, and caught 932 suspects."), @r"
    tally CasesSolved 1775 (cases of all kinds)
    tally Arrests 932 (suspects)
    fraud cases_solved 203
    ");
    // Before `of`, only a noun that is no fraud makes a mixed total.
    insta::assert_snapshot!(r("Police solved 515 cases of all kinds of telecom fraud."), @"fraud cases_solved 515");
    insta::assert_snapshot!(r("Police solved 515 cases of various types of crimes in the telecom fraud crackdown."), @"tally CasesSolved 515 (cases of various types of crimes)");
}

#[test]
fn a_noun_that_names_telecom_fraud_is_fraud_beside_other_crimes() {
    insta::assert_snapshot!(r("The bureau cracked 58 burglary cases and 21 cases of telecom fraud."), @r"
    tally CasesSolved 58 (burglary cases)
    fraud cases_solved 21
    ");
    insta::assert_snapshot!(r("The district registered 390 online fraud cases and 1,020 theft cases."), @r"
    tally CasesFiled 1020 (theft cases)
    fraud cases_filed 390
    ");
}

#[test]
fn a_sentence_that_opens_with_its_total_names_the_fraud_part() {
    insta::assert_snapshot!(r("Of the 655 suspects held since May, 208 were tied to telecom fraud."), @r"
    tally Arrests 655 (suspects)
    fraud suspects_arrested 208
    ");
    // Without `Of the`, the sentence is fraud throughout.
    insta::assert_snapshot!(r("Since May, 208 suspects tied to telecom fraud were held."), @"fraud suspects_arrested 208");
    // `Among the` opens a total too.
    insta::assert_snapshot!(r("Among the 9,300 suspects detained in the sweep, 2,860 were involved in online fraud."), @"
    tally Arrests 9300 (suspects)
    fraud suspects_arrested 2860
    ");
    insta::assert_snapshot!(r("Among 655 suspects held since May, 208 were tied to telecom fraud."), @"
    tally Arrests 655 (suspects)
    fraud suspects_arrested 208
    ");
}

#[test]
fn a_list_of_counts_ends_its_crime_at_the_next_count() {
    insta::assert_snapshot!(r("The city solved 870 criminal cases, including 233 for telecom fraud, 150 for burglary and 42 for robbery."), @r"
    tally CasesSolved 870 (criminal cases)
    tally CasesSolved 150 (criminal cases)
    tally CasesSolved 42 (criminal cases)
    fraud cases_solved 233
    ");
    // A list of crimes still runs on past the comma.
    insta::assert_snapshot!(r("The city solved 870 cases of telecom fraud, burglary and robbery."), @"tally CasesSolved 870 (cases of telecom fraud)");
}

#[test]
fn a_count_of_all_crime_in_a_fraud_report_is_no_fraud() {
    // A report that opens on telecom fraud may go on to the year's crime
    // totals: `criminal cases` with no fraud word is all crime.
    insta::assert_snapshot!(r("Police put telecom fraud first this year.\nThe police solved 4,100 criminal cases and caught 2,900 suspects."), @r"
    tally CasesSolved 4100 (criminal cases)
    tally Arrests 2900 (suspects)
    ");
    // With a fraud word beside them they are the fraud cases.
    insta::assert_snapshot!(r("Police put telecom fraud first this year.\nIn the fight against telecom fraud, they cracked 310 criminal cases."), @"fraud cases_solved 310");
}

#[test]
fn a_lead_on_all_crime_or_other_crimes_opens_no_fraud_report() {
    // `and other crimes` mixes fraud with the rest.
    insta::assert_snapshot!(r("Police fight telecom fraud and other crimes\nThe city police cracked 2,700 cases and captured 1,900 suspects."), @r"
    tally CasesSolved 2700 (cases)
    tally Arrests 1900 (suspects)
    ");
    // A lead that counts all crime, and names telecom fraud in another
    // sentence.
    insta::assert_snapshot!(r("Telecom fraud is still a worry. Criminal cases dropped 11 percent.\nThe police arrested 1,500 suspects in the year."), @r"
    tally Arrests 1500 (suspects)
    trend Decrease 11 None
    ");
    // `criminal cases of telecom fraud` in the lead are fraud cases.
    insta::assert_snapshot!(r("Police said they had cracked 980 criminal cases of telecom fraud. In all, 37 gangs were busted."), @r"
    fraud cases_solved 980
    fraud gangs_busted 37
    ");
}

#[test]
fn fraud_total_with_a_kind_of_fraud_as_its_part() {
    // Fraud named before the count: the part is one kind of the fraud
    // counted, not fraud taken from a total of all crime.
    insta::assert_snapshot!(r("In the telecom fraud campaign, officers solved 1,750 cases, including 420 cases of fake investment fraud."), @r"
    tally CasesSolved 420 (cases of fake investment fraud)
    fraud cases_solved 1750
    ");
    // A count of all crime stays a mixed total.
    insta::assert_snapshot!(r("In the telecom fraud campaign, officers solved 1,750 criminal cases, including 420 telecom fraud cases."), @r"
    tally CasesSolved 1750 (criminal cases)
    fraud cases_solved 420
    ");
}

#[test]
fn in_a_sentence_of_two_crimes_a_clause_is_about_the_last_one_named() {
    insta::assert_snapshot!(r("The brigade cracked 9 telecom fraud cases and arrested 14 suspects, and also cracked 6 theft cases and caught 8 thieves."), @"
    tally CasesSolved 6 (theft cases)
    tally Arrests 8 (thieves)
    fraud cases_solved 9
    fraud suspects_arrested 14
    ");
    insta::assert_snapshot!(r("The team solved 31 online fraud cases, froze 300,000 yuan, and also seized 2 kg of drugs."), @"
    seizure Drugs Seized drugs q=2 kg
    fraud cases_solved 31
    fraud funds_frozen 300000
    ");
    // A list of crimes after the clause still makes it a mixed one.
    insta::assert_snapshot!(r("Police detained 640 suspects in telecom fraud, burglary and robbery cases."), @"tally Arrests 640 (suspects)");
}

#[test]
fn pig_butchering_is_online_fraud_and_other_crimes_after_fraud_mix_the_total() {
    insta::assert_snapshot!(r("Twelve suspects in a pig-butchering ring were caught and three dens were destroyed."), @"
    fraud dens_destroyed 3
    fraud suspects_arrested 12
    ");
    insta::assert_snapshot!(r("Police busted a 'killing pig plate' gang and caught 12 suspects."), @"fraud suspects_arrested 12");
    insta::assert_snapshot!(r("Police cracked 530 cases of telecom fraud and other property crimes."), @"tally CasesSolved 530 (cases of telecom fraud)");
}

#[test]
fn a_clause_after_the_fraud_part_of_a_total_goes_with_the_total() {
    insta::assert_snapshot!(r("Police solved 1,420 criminal cases, including 215 telecom fraud cases, and arrested 960 suspects."), @"
    tally CasesSolved 1420 (criminal cases)
    tally Arrests 960 (suspects)
    fraud cases_solved 215
    ");
    // After a fraud total, the sentence stays fraud.
    insta::assert_snapshot!(r("Police cracked 500 telecom fraud cases and arrested 300 suspects."), @"
    fraud cases_solved 500
    fraud suspects_arrested 300
    ");
}

#[test]
fn a_count_of_all_crime_before_a_fraud_clause_is_no_fraud() {
    insta::assert_snapshot!(r("Police solved 512 criminal cases and dissuaded 2,040 potential victims of telecom fraud."), @"
    tally CasesSolved 512 (criminal cases)
    fraud people_dissuaded 2040
    ");
    // Fraud named before the count makes its cases fraud cases.
    insta::assert_snapshot!(r("In the telecom fraud crackdown, police solved 64 criminal cases."), @"fraud cases_solved 64");
}

#[test]
fn a_clause_after_a_count_of_all_crime_goes_with_it() {
    insta::assert_snapshot!(r("Police solved 380 criminal cases, arrested 455 suspects and dissuaded 1,700 potential victims of telecom fraud."), @"
    tally CasesSolved 380 (criminal cases)
    tally Arrests 455 (suspects)
    fraud people_dissuaded 1700
    ");
}

#[test]
fn a_crime_police_told_people_about_is_the_topic_of_the_work() {
    insta::assert_snapshot!(r("Officers paid 820 visits to villagers to explain pension fraud and telecom fraud tricks."), @"fraud door_to_door_visits 820");
    // A crime counted with fraud still makes a mixed total.
    insta::assert_snapshot!(r("Officers solved 41 cases of pension fraud and telecom fraud."), @"tally CasesSolved 41 (cases of pension fraud and telecom fraud)");
}

#[test]
fn a_clause_set_against_by_while_is_its_own() {
    insta::assert_snapshot!(r("88 telecom fraud suspects were arrested and 2.31 million yuan was returned, while pension fraud cases accounted for 52 arrests."), @"
    fraud funds_returned 2310000
    fraud suspects_arrested 88
    ");
}

#[test]
fn a_review_that_reaches_fraud_after_its_opening_is_no_fraud_bulletin() {
    let review = "Looking back on the year\nIn 2024, the city bureau carried out a number of special campaigns across its districts.\nFrom April to June, the action against telecom fraud solved 1,240 telecom fraud cases.\nThe summer action saw 6,318 criminal suspects arrested.";
    insta::assert_snapshot!(r(review), @r#"
        tally Arrests 6318 (criminal suspects)
        fraud cases_solved 1240
        "#);
    // Fraud in the opening: the bulletin is about it throughout.
    let fraud = "Looking back on the year\nIn 2024, the city bureau kept up its fight against telecom fraud in every district.\nFrom April to June, police solved 1,240 telecom fraud cases.\nThe summer action saw 6,318 criminal suspects arrested.";
    insta::assert_snapshot!(r(fraud), @r#"
        fraud cases_solved 1240
        fraud suspects_arrested 6318
        "#);
}
