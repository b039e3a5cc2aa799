//! Round 32, after review: the words beside a fraud count or a seized lot
//! change its reading only in their own construction (a list split by
//! kind of scam, cases linked to a ring, a stop-payment phrase, visits to
//! web pages, money frozen or the victims', a count of kinds).

use super::*;

#[test]
fn only_case_counts_of_one_field_split_by_kind() {
    // A list of counts of other things (gangs, suspects, dens) is no split.
    insta::assert_snapshot!(r("Officers solved 93 telecom fraud cases, 17 overseas fraud gangs were dismantled and 150 suspects held."), @r"
    fraud cases_solved 93
    fraud gangs_busted 17
    fraud suspects_arrested 150
    ");
    insta::assert_snapshot!(r("The squad cracked 71 online fraud cases, 23 cross-border scam rings were smashed."), @r"
    fraud cases_solved 71
    fraud gangs_busted 23
    ");
    // A next count with its own verb may be another field.
    insta::assert_snapshot!(r("The county filed 2,400 telecom fraud cases, and 510 phone fraud cases were solved."), @r"
    fraud cases_filed 2400
    fraud cases_solved 510
    ");
    // Parts of a total (`of them`, `other`) leave the total its field.
    insta::assert_snapshot!(r("Officers solved 380 telecom fraud cases, 75 of them romance scams and 52 loan scams."), @r"
    tally CasesSolved 52 (loan scams)
    fraud cases_solved 380
    ");
    insta::assert_snapshot!(r("The bureau cracked 260 telecom fraud cases and 35 other fraud cases."), @r"
    tally CasesSolved 35 (other fraud cases)
    fraud cases_solved 260
    ");
    // Counts of cases split by kind still are parts.
    insta::assert_snapshot!(r("The city solved 417 phone scams and 808 internet scams in the year."), @r"
    tally CasesSolved 417 (phone scams)
    tally CasesSolved 808 (internet scams)
    ");
}

#[test]
fn cases_or_fraud_linked_to_cases_are_the_cases() {
    insta::assert_snapshot!(r("Officers solved telecom fraud cases involved in 93 cases in the district."), @"fraud cases_solved 93");
    insta::assert_snapshot!(r("The squad cracked online fraud gangs involved in 57 cases and held 66 suspects."), @r"
    fraud cases_solved 57
    fraud suspects_arrested 66
    ");
    insta::assert_snapshot!(r("Officers successfully blocked telecom fraud involving 29 cases this quarter."), @"fraud cases_blocked 29");
    // A ring counted or named one is linked to the cases still.
    insta::assert_snapshot!(r("Officers dismantled a phone fraud syndicate involving over 140 cases."), @"tally CasesSolved 140 (cases)");
    insta::assert_snapshot!(r("The squad cracked 3 fraud gangs involving 58 cases."), @r"
    tally GangsBusted 3 (fraud gangs)
    tally CasesSolved 58 (cases)
    ");
}

#[test]
fn a_stop_payment_counts_cases_only_in_its_own_phrase() {
    insta::assert_snapshot!(r("The centre requested stop payments tied to scams in 118 cases."), @"fraud payments_stopped 118");
    // A stop named as the means leaves the cases blocked.
    insta::assert_snapshot!(r("Through stop-payment measures officers successfully prevented 63 fraud cases."), @"fraud cases_blocked 63");
    insta::assert_snapshot!(r("Officers made 420 stop payments and prevented 97 telecom fraud cases."), @r"
    fraud cases_blocked 97
    fraud payments_stopped 420
    ");
}

#[test]
fn visits_online_need_a_web_word_after_to() {
    insta::assert_snapshot!(r("In the anti-fraud drive, officers made 5,300 visits to building sites and workshops."), @"fraud door_to_door_visits 5300");
    insta::assert_snapshot!(r("In the anti-fraud drive, officers made 2,700 visits to app users the scammers had reached."), @"fraud door_to_door_visits 2700");
    insta::assert_snapshot!(r("In the anti-fraud drive, officers paid 1,900 visits to markets, sites and stations."), @"fraud door_to_door_visits 1900");
    // Visits to web pages are clicks.
    insta::assert_snapshot!(r("In the anti-fraud drive, officers blocked 7,400 visits to scam websites."), @"");
}

#[test]
fn money_frozen_before_it_was_seized_or_the_victims_is_frozen() {
    insta::assert_snapshot!(r("In the online fraud case, officers froze and seized 3.7 million yuan."), @"fraud funds_frozen 3700000");
    insta::assert_snapshot!(r("In the online fraud case, officers froze and then seized 1.9 million yuan."), @"fraud funds_frozen 1900000");
    insta::assert_snapshot!(r("In the online fraud case, officers seized 650,000 yuan of the victims' funds."), @"fraud funds_frozen 650000");
    insta::assert_snapshot!(r("In the online fraud case, officers seized 2.3 million yuan belonging to victims."), @"fraud funds_frozen 2300000");
    insta::assert_snapshot!(r("In the online fraud case, officers seized 1.1 million yuan in scam proceeds."), @"fraud funds_frozen 1100000");
    // Cash seized from the gang stays cash, even when returned to victims.
    insta::assert_snapshot!(r("In the online fraud case, officers seized 4 million yuan in cash in the raid."), @"seizure Cash Seized cash v=4 million yuan");
    insta::assert_snapshot!(r("In the online fraud case, officers seized 800,000 yuan and returned it to victims."), @"seizure Cash Seized funds v=800,000 yuan");
}

#[test]
fn a_count_of_kinds_is_no_quantity_of_the_lot() {
    insta::assert_snapshot!(r("Officers seized 45 kinds of fireworks in the warehouse."), @"seizure Goods Seized kinds of fireworks");
    insta::assert_snapshot!(r("Officers seized 300 sorts of fake cosmetics."), @"seizure Counterfeit Seized sorts of fake cosmetics");
    insta::assert_snapshot!(r("Officers seized 8 types of rifles and 350 rounds of ammunition."), @r"
    seizure Weapons Seized types of rifles
    seizure Weapons Seized rounds of ammunition q=350
    ");
    // A lot whose worth follows is carried by that figure.
    insta::assert_snapshot!(r("Officers seized 19 kinds of fake handbags worth 700,000 yuan."), @"seizure Counterfeit Seized fake handbags v=700,000 yuan");
    // A count of places is still no lot.
    insta::assert_snapshot!(r("Officers seized 310 suspects from 45 countries in the sweep."), @"tally Arrests 310 (suspects)");
}

#[test]
fn what_people_were_held_for_or_kept_from_paying() {
    insta::assert_snapshot!(r("The two brothers were detained for smuggling diesel worth 3 million yuan, and officers seized 40 tons of diesel."), @"seizure Goods Seized diesel q=40 tons");
    // The lot seized with them stays a seizure.
    insta::assert_snapshot!(r("Officers detained 9 men and seized frozen chicken feet worth 2 million yuan."), @r"
    tally Arrests 9 (men)
    seizure Goods Seized frozen chicken feet v=2 million yuan
    ");
    insta::assert_snapshot!(r("Officers stopped 15 retired teachers from parting with their savings of 1.2 million yuan in the online fraud case."), @r"
    fraud amount_dissuaded 1200000
    fraud people_dissuaded 15
    ");
}
