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

#[test]
fn the_96110_line_and_its_call_backs_are_warning_work() {
    // The national anti-fraud warning line's number is anti-fraud work
    // with no fraud word, and the people it calls back were warned.
    insta::assert_snapshot!(r("The 96110 warning line called back 4,736 people at risk last month."), @"fraud warnings_issued 4736");
    insta::assert_snapshot!(r("Through the 96110 line, officers called back 2,318 residents flagged as at risk."), @"fraud warnings_issued 2318");
    // Not a longer number holding its digits, nor call-backs with no
    // warning or line named.
    insta::assert_snapshot!(r("Call 0961101 for help; police called back 300 residents."), @"");
    insta::assert_snapshot!(r("Against telecom fraud, call 0961101 for help; police called back 300 residents."), @"");
    insta::assert_snapshot!(r("Against telecom fraud, police called back 300 residents."), @"");
    // Each verb of dialling, and `back` after one (a bracket before it
    // aside).
    insta::assert_snapshot!(r("Against telecom fraud, the 96110 line rang 300 residents."), @"fraud warnings_issued 300");
    insta::assert_snapshot!(r("Against telecom fraud, the 96110 line phoned back 120 residents."), @"fraud warnings_issued 120");
    insta::assert_snapshot!(r("Against telecom fraud, police (dialed back 300 calls) warned residents."), @"fraud warnings_issued 300");
    // (`made`, `placed`, `returned` place calls, not people.)
    insta::assert_snapshot!(r("Against telecom fraud, officers made 300 residents aware of the warning signs."), @"");
    insta::assert_snapshot!(r("Against telecom fraud, the centre returned 1,200 calls."), @"fraud warnings_issued 1200");
}

#[test]
fn accounts_put_under_a_stop_payment_count_the_payments_stopped() {
    insta::assert_snapshot!(r("In the first half, 1,215 bank accounts involved in telecom fraud were made subject to emergency stop payment."), @"fraud payments_stopped 1215");
    insta::assert_snapshot!(r("Telecom fraud: 43 fraud-related accounts received urgent stop payment."), @"fraud payments_stopped 43");
    insta::assert_snapshot!(r("Telecom fraud: 582 accounts were stop-paid."), @"fraud payments_stopped 582");
    // Not past `and` into a clause of its own.
    insta::assert_snapshot!(r("Telecom fraud: 300 accounts were frozen and stop payment was made on 2 million yuan."), @"");
}

#[test]
fn fighting_telecom_fraud_is_the_fight_against_it_not_a_crime() {
    // A lead about fighting telecom fraud opens a fraud report, so a later
    // line naming no fraud is still its work.
    insta::assert_snapshot!(r("Reporter: What has the city achieved in fighting telecom network fraud this year?\nSpokesman: The centre has issued 186,000 warnings."), @"fraud warnings_issued 186000");
    // A fight is still a crime: a lead naming it opens a mixed report.
    insta::assert_snapshot!(r("Police handled fighting and telecom fraud this year.\nThe centre solved 120 cases."), @"tally CasesSolved 120 (cases)");
}

#[test]
fn the_share_of_those_warned_that_was_reached_is_the_response_rate() {
    insta::assert_snapshot!(r("Anti-fraud police pushed 5,318 early warnings and reached 98.7% of the people warned."), @"
    fraud warning_response_rate 98.7
    fraud warnings_issued 5318
    ");
    insta::assert_snapshot!(r("Telecom fraud weekly: 89 early warnings were pushed, all verified (100%)."), @"
    fraud warning_response_rate 100
    fraud warnings_issued 89
    ");
    // The share of people reached who were not warned is no rate of it.
    insta::assert_snapshot!(r("Anti-fraud publicity reached 90% of the residents."), @"");
}
