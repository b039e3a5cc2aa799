//! Whose fraud count a count is, and which stage of custody fills the
//! arrests field: cases solved for other places, detention beside arrest;
//! `of` complements joined by `and`, counts of organised crime, and a noun
//! before its number that takes its verb past a measure word.

use super::*;

#[test]
fn cases_solved_for_other_places_stay_tallies() {
    insta::assert_snapshot!(r("The district's anti-fraud squad cracked four online fraud cases of its own and helped other cities crack 31 more."), @"
    tally CasesSolved 31 (online fraud cases of its own)
    fraud cases_solved 4
    ");
    insta::assert_snapshot!(r("Telecom fraud: solved local cases 6, assisted other provinces to solve cases 48."), @"
    tally CasesSolved 48 (cases)
    fraud cases_solved 6
    warning binding guessed from machine-translated word order (noun before its number) [6]
    warning binding guessed from machine-translated word order (noun before its number) [48]
    ");
    insta::assert_snapshot!(r("Police solved 9 telecom fraud cases, and 40 more were helped to be solved in other regions."), @"fraud cases_solved 9");
    // A tool credited with the squad's own work is no other place.
    insta::assert_snapshot!(r("The big-data platform helped solve 300 telecom fraud cases this year."), @"fraud cases_solved 300");
}

#[test]
fn arrest_and_detention_of_one_sentence_are_two_stages() {
    // The formal arrest fills the field, in either order.
    insta::assert_snapshot!(r("In the online fraud crackdown 2,210 suspects were put under criminal detention and 1,480 were arrested."), @"
    tally Arrests 2210 (suspects)
    fraud suspects_arrested 1480
    ");
    insta::assert_snapshot!(r("Online fraud crackdown: suspects arrested 1,480, criminally detained 2,210."), @"
    tally Arrests 2210 (suspects)
    fraud suspects_arrested 1480
    ");
    // Past a semicolon or a full stop the broadest count is the field's.
    insta::assert_snapshot!(r("This year the city detained 760 telecom fraud suspects; in the spring sweep alone, 210 people were arrested."), @"
    tally Arrests 210 (people)
    fraud suspects_arrested 760
    ");
    insta::assert_snapshot!(r("This year the city detained 760 telecom fraud suspects. In the spring sweep alone, 210 people were arrested."), @"
    tally Arrests 210 (people)
    fraud suspects_arrested 760
    ");
}

#[test]
fn of_complement_runs_over_and_between_modifiers() {
    insta::assert_snapshot!(r("Shanxi: 2,075 cases of telecom and network fraud solved."), @"fraud cases_solved 2075");
    // (Not over a number word: a count of its own starts there.)
    insta::assert_snapshot!(r("Police solved one case of illegal logging and three cases of poaching."), @"
    tally CasesSolved 1 (case of illegal logging)
    tally CasesSolved 3 (cases of poaching)
    ");
}

#[test]
fn organised_crime_counts_are_no_fraud_counts() {
    insta::assert_snapshot!(r("The squad dismantled 12 organized crime groups and solved 830 telecom fraud cases."), @"
    tally GangsBusted 12 (organized crime groups)
    fraud cases_solved 830
    ");
    insta::assert_snapshot!(r("Telecom fraud cases were cracked across the province; 19 mafia-style gangs were eliminated."), @"tally GangsBusted 19 (mafia-style gangs)");
}

#[test]
fn a_noun_before_its_number_takes_the_verb_past_a_measure_word() {
    insta::assert_snapshot!(r("Online fraud crackdown: fraud cases 84 were solved, criminal suspects 233 people detained."), @"
    fraud cases_solved 84
    fraud suspects_arrested 233
    warning binding guessed from machine-translated word order (noun before its number) [84]
    warning binding guessed from machine-translated word order (noun before its number) [233]
    ");
    insta::assert_snapshot!(r("The raid on the scam dens: phones 520 pieces seized, bank cards 1,300 pieces seized."), @"
    seizure Devices Seized phones q=520
    seizure Devices Seized bank cards q=1,300
    warning binding guessed from machine-translated word order (noun before its number) [520]
    warning binding guessed from machine-translated word order (noun before its number) [1,300]
    ");
}

#[test]
fn cases_whose_perfect_reaches_a_level() {
    // The subject read before the number keeps its own perfect: the
    // number is the level it reached.
    insta::assert_snapshot!(r("So far this year telecom fraud cases have dropped to 167, down 29.4%."), @"
    fraud cases_filed 167
    trend Decrease 29.4 None
    ");
    insta::assert_snapshot!(r("Theft cases in the city had fallen to 2,310 by June."), @"tally CasesFiled 2310 (cases)");
    // A count after its number with a perfect of its own stays no object.
    insta::assert_snapshot!(r("Police arrested the boss after some 600 members had signed up."), @"");
}

#[test]
fn a_scam_of_another_crimes_kind_is_no_telecom_fraud() {
    // `pension scams`: the word before names the kind, as in `pension
    // fraud`; a scam alone is telecom fraud.
    insta::assert_snapshot!(r("Pension scams: 134 cases solved."), @"tally CasesSolved 134 (cases)");
    insta::assert_snapshot!(r("The pension scam gang cheated 130 elderly people out of 8 million yuan; police arrested 19 members."), @"tally Arrests 19 (members)");
    insta::assert_snapshot!(r("Phone scams: 134 cases solved; scams: 20 cases filed."), @"
    fraud cases_filed 20
    fraud cases_solved 134
    ");
}

#[test]
fn people_paired_with_the_cases_solved_were_caught() {
    insta::assert_snapshot!(r("Cracked 36 cases/52 people of telecom network fraud."), @r"
    fraud cases_solved 36
    fraud suspects_arrested 52
    ");
    insta::assert_snapshot!(r("Solved 12 cases/15 people of theft."), @r"
    tally CasesSolved 12 (cases)
    tally Arrests 15 (people)
    ");
}
