//! Telecom fraud as round 28's audit of real bulletins met it: money
//! reunited with or received back by its owners, measures taken against
//! suspects, cases created, warning instructions said short, stop payments
//! put on cards, people of some gangs.

use super::*;

#[test]
fn money_reunited_with_or_received_back_by_victims_was_returned() {
    insta::assert_snapshot!(r("At a ceremony in March, 41 victims of telecom fraud were reunited with 5.2 million yuan."), @"fraud funds_returned 5200000");
    insta::assert_snapshot!(r("In the online fraud case, 14 residents received 870,000 yuan of their savings back from the police."), @"fraud funds_returned 870000");
    insta::assert_snapshot!(r("Each of the 6 telecom fraud victims got 30,000 yuan of their money back."), @"fraud funds_returned 30000");
    // (Without money, those reunited with their families are rescued.)
    insta::assert_snapshot!(r("Police said 23 abducted children were reunited with their families."), @"tally Rescued 23 (abducted children)");
}

#[test]
fn criminal_action_and_measures_taken_against_suspects_arrest_them() {
    insta::assert_snapshot!(r("In its telecom fraud drive the district bureau took criminal action against 1,064 card sellers."), @"fraud suspects_arrested 1064");
    insta::assert_snapshot!(r("Police took criminal measures against 58 people who rented out bank cards to fraud rings."), @"tally Arrests 58 (people)");
}

#[test]
fn cases_created_are_filed() {
    insta::assert_snapshot!(r("This year the city's police created 7,340 criminal cases of telecom fraud."), @"fraud cases_filed 7340");
    // `case of N` and the crime after the number: the cases counted.
    insta::assert_snapshot!(r("The bureau Create a criminal case of 9,120 telecom fraud, down 6.4% year on year."), @r"
    fraud cases_filed 9120
    trend Decrease 6.4 Some(YearOnYear)
    ");
    insta::assert_snapshot!(r("The bureau registered a criminal case of 860 online gambling this quarter."), @"tally CasesFiled 860 (case)");
}

#[test]
fn instructions_an_anti_fraud_centre_sends_are_warnings() {
    insta::assert_snapshot!(r("Since 2022 the provincial anti-fraud centre has pushed 4.6 million early warning instructions to police stations."), @"fraud warnings_issued 4600000");
    insta::assert_snapshot!(r("Last month the telecom fraud centre sent 2,900 warning instructions to local stations."), @"fraud warnings_issued 2900");
    // Instructions of any other kind are no warnings.
    insta::assert_snapshot!(r("The anti-fraud office gave 6 instructions to precincts on patrolling the holiday markets."), @"");
}

#[test]
fn cases_made_up_by_a_gang_are_not_filed() {
    insta::assert_snapshot!(r("The ring faked and created 65 bogus road crash cases to claim insurance, and police held 8 members."), @"tally Arrests 8 (members)");
    insta::assert_snapshot!(r("In the online fraud scheme the gang created 420 fake delivery cases, and police arrested 6 of them."), @"");
}

#[test]
fn lighter_measures_after_criminal_ones_do_not_arrest() {
    insta::assert_snapshot!(r("Against telecom fraud, the county took criminal measures against 61 suspects and administrative measures against 27 others."), @r"
    tally OffendersHandled 27 (others)
    fraud suspects_arrested 61
    ");
}

#[test]
fn money_moved_back_by_suspects_was_not_returned() {
    insta::assert_snapshot!(r("The fraud ring transferred 5.3 million yuan back from offshore accounts before police caught 10 of them."), @"");
    insta::assert_snapshot!(r("The telecom fraud gang shifted 2 million yuan of dirty money back, police said."), @"");
}

#[test]
fn cards_and_accounts_put_under_stop_payment_count_the_payments_stopped() {
    insta::assert_snapshot!(r("The telecom fraud centre ordered an urgent stop payment of 731 bank cards this year."), @"fraud payments_stopped 731");
    insta::assert_snapshot!(r("Against online fraud, banks stopped payment on 1,480 accounts and froze 26 million yuan."), @r"
    fraud funds_frozen 26000000
    fraud payments_stopped 1480
    ");
    // Cards seized stay a seizure.
    insta::assert_snapshot!(r("Police seized 731 bank cards from the telecom fraud gang."), @"seizure Devices Seized bank cards q=731");
}

#[test]
fn people_of_some_gangs_count_the_gangs() {
    insta::assert_snapshot!(r("Police arrested 45 members of 6 gangs in the operation."), @r"
    tally Arrests 45 (members)
    tally GangsBusted 6 (gangs)
    ");
    insta::assert_snapshot!(r("Officers caught 120 suspects of 9 rings at the border."), @r"
    tally Arrests 120 (suspects)
    tally GangsBusted 9 (rings)
    ");
    // A gang of people counts the people.
    insta::assert_snapshot!(r("Police arrested a gang of 14 people."), @"tally Arrests 14 (people)");
}
