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

#[test]
fn a_rate_named_for_warnings_answered_is_the_response_rate() {
    insta::assert_snapshot!(r("The 96110 anti-fraud hotline made 8,640 warning calls, with a call-through rate of 97.6%."), @r"
    fraud warning_response_rate 97.6
    fraud warnings_issued 8640
    ");
    insta::assert_snapshot!(r("The centre issued 15,000 telecom fraud early warnings, of which 14,986 were verified, a verification rate of 99.9%."), @r"
    fraud warning_response_rate 99.9
    fraud warnings_issued 15000
    ");
    // 预警处置率: the share of warnings dealt with.
    insta::assert_snapshot!(r("The county anti-fraud center issued 8,462 pre-warning instructions, with a disposal rate of 99.2%."), @"
    fraud warning_response_rate 99.2
    fraud warnings_issued 8462
    ");
    // A bare rate after a verb of answering.
    insta::assert_snapshot!(r("The anti-fraud centre sent 6,210 warnings to people targeted by telecom fraud; 5,988 of them responded, a rate of 96.4%."), @"
    fraud warning_response_rate 96.4
    fraud warnings_issued 6210
    ");
    // Each rate reads its own sentence's words (read once a sentence).
    insta::assert_snapshot!(r("In the telecom fraud campaign, banks froze cards at a rate of 12%. The anti-fraud centre sent 6,210 warnings; 5,988 of them responded, a rate of 96.4%."), @"
    fraud warning_response_rate 96.4
    fraud warnings_issued 6210
    ");
    insta::assert_snapshot!(r("The anti-fraud centre sent 6,210 warnings; 5,988 of them responded, a rate of 96.4%. In the telecom fraud campaign, banks froze cards at a rate of 12%."), @"
    fraud warning_response_rate 96.4
    fraud warnings_issued 6210
    ");
    insta::assert_snapshot!(r("The centre sent 6,210 telecom fraud warnings, and cases fell at a rate of 3.1%."), @"
    fraud warnings_issued 6210
    trend Decrease 3.1 None
    ");
    // A rate of cases cleared is no answer to a warning.
    insta::assert_snapshot!(r("The centre issued 15,000 telecom fraud warnings, and the clearance rate of fraud cases reached 36.5%."), @"fraud warnings_issued 15000");
}

#[test]
fn the_sum_people_dissuaded_were_about_to_pay_is_the_amount_dissuaded() {
    insta::assert_snapshot!(r("Anti-fraud officers dissuaded 126 people who were about to transfer a total of 2.38 million yuan to telecom fraudsters."), @r"
    fraud amount_dissuaded 2380000
    fraud people_dissuaded 126
    ");
    insta::assert_snapshot!(r("Officers persuaded 214 elderly people, who were about to be cheated of 4.1 million yuan by telecom fraudsters, not to pay."), @r"
    fraud amount_dissuaded 4100000
    fraud people_dissuaded 214
    ");
}

#[test]
fn a_police_bank_interception_header_puts_its_lines_in_fraud_context() {
    insta::assert_snapshot!(r("Police-Bank Joint Interception Bulletin (Issue 12)\nThis week bank outlets and police stations intercepted 14 suspicious remittances, involving 1.12 million yuan."), @r"
    fraud funds_frozen 1120000
    fraud payments_stopped 14
    ");
    insta::assert_snapshot!(r("Under the bank-police linkage mechanism, tellers persuaded 23 customers not to remit money."), @"fraud people_dissuaded 23");
}

#[test]
fn a_rate_is_no_count() {
    insta::assert_snapshot!(r("The incidence of telecom fraud dropped to 2.6 cases per 10,000 people."), @"");
    insta::assert_snapshot!(r("On average the anti-fraud centre pushes 320 telecom fraud warnings every day."), @"");
    // A count with a period of its own is a count.
    insta::assert_snapshot!(r("The anti-fraud centre pushed 320 telecom fraud warnings in May."), @"fraud warnings_issued 320");
}

#[test]
fn people_given_warnings_were_warned() {
    insta::assert_snapshot!(r("In the anti-telecom fraud work, 2,108 people were given early warnings and 1,995 were persuaded to stop paying."), @r"
    fraud people_dissuaded 1995
    fraud warnings_issued 2108
    ");
}

#[test]
fn people_called_or_phoned_in_anti_fraud_work_were_warned() {
    insta::assert_snapshot!(r("Police called 3,512 residents at risk of telecom fraud one by one to warn them."), @"fraud warnings_issued 3512");
    insta::assert_snapshot!(r("Anti-fraud officers phoned 860 potential victims with warnings."), @"fraud warnings_issued 860");
    // (A call with no warning said is no warning: a follow-up call.)
    insta::assert_snapshot!(r("Anti-fraud officers phoned 860 victims."), @"");
    // Out of fraud work, no record.
    insta::assert_snapshot!(r("The hospital called 40 residents for check-ups."), @"");
}

#[test]
fn accounts_stop_payments_were_put_on_count_the_payments_stopped() {
    insta::assert_snapshot!(r("The anti-fraud center made emergency stop payments on 2,316 accounts, involving 15.62 million yuan."), @r"
    fraud funds_frozen 15620000
    fraud payments_stopped 2316
    ");
    // (Money frozen on accounts counts no payment.)
    insta::assert_snapshot!(r("In the telecom fraud case, police froze the money on 12 accounts."), @"");
}

#[test]
fn a_stop_payment_on_accounts_counts_the_accounts() {
    insta::assert_snapshot!(r("The anti-fraud center made a stop payment on 38 accounts used by scammers."), @"fraud payments_stopped 38");
    insta::assert_snapshot!(r("Police-bank cooperation against fraud: emergency stop payment on 76 accounts."), @"fraud payments_stopped 76");
}

#[test]
fn cards_whose_payments_were_stopped_count_the_payments_stopped() {
    // Payments a verb of stopping took, on or involving cards or accounts.
    insta::assert_snapshot!(r("The anti-fraud centres prevented fraudulent transactions involving 5,600 bank cards."), @"fraud payments_stopped 5600");
    insta::assert_snapshot!(r("Working with banks against telecom fraud, officers blocked transfers on 800 accounts."), @"fraud payments_stopped 800");
    // (Payments made, not stopped: no record.)
    insta::assert_snapshot!(r("In the telecom fraud case, the gang made transactions involving 370 bank cards."), @"");
}

#[test]
fn suspicious_transactions_intercepted_are_stop_payments() {
    insta::assert_snapshot!(r("Anti-fraud: police and banks intercepted 1,286 suspicious transactions involving 3.4 million yuan."), @r"
    fraud funds_frozen 3400000
    fraud payments_stopped 1286
    ");
}

#[test]
fn calls_placed_in_fraud_work_are_warnings() {
    insta::assert_snapshot!(r("The 96110 anti-fraud seats dialed back 2,345 calls to residents."), @"fraud warnings_issued 2345");
    insta::assert_snapshot!(r("Anti-fraud officers made 6,718 calls to people at risk this month."), @"fraud warnings_issued 6718");
    // Calls taken are no warnings.
    insta::assert_snapshot!(r("The anti-fraud centre received 3,100 calls from the public."), @"");
    // Nor are the calls fraudsters make.
    insta::assert_snapshot!(r("In the telecom fraud case, the gang made 84,000 calls to residents."), @"");
    insta::assert_snapshot!(r("The telecom fraud ring's members made 9,000 calls."), @"");
    // A word that only holds one of theirs (`monitoring`, `suspected`) is none.
    insta::assert_snapshot!(r("The anti-fraud monitoring centre made 6,718 calls to people at risk."), @"fraud warnings_issued 6718");
    insta::assert_snapshot!(r("Anti-fraud officers made 1,250 calls to suspected victims."), @"fraud warnings_issued 1250");
}

#[test]
fn payments_a_victim_made_are_no_payments_stopped() {
    insta::assert_snapshot!(r("In the telecom fraud case, the victim made 12 transactions of 8,000 yuan each."), @"");
    insta::assert_snapshot!(r("In the telecom fraud case, the money was paid in 3 transfers."), @"");
    // A stop payment made is one.
    insta::assert_snapshot!(r("To fight telecom fraud, the centre made 76 stop payments."), @"fraud payments_stopped 76");
}

#[test]
fn a_part_of_the_people_visits_went_to_counts_people() {
    insta::assert_snapshot!(r("Against telecom fraud, community police made 4,200 visits to people who had received warnings, and 3,980 of them were dissuaded."), @r"
    fraud door_to_door_visits 4200
    fraud people_dissuaded 3980
    ");
    insta::assert_snapshot!(r("The anti-fraud centre pushed 5,000 warnings to residents, and 4,800 of them were dissuaded."), @r"
    fraud people_dissuaded 4800
    fraud warnings_issued 5000
    ");
    // What those people said is no visit.
    insta::assert_snapshot!(r("Against telecom fraud, police made 1,560 visits to elderly people, and 1,212 of them said they had got fraud calls."), @"fraud door_to_door_visits 1560");
}

#[test]
fn duanka_in_pinyin_is_card_breaking() {
    insta::assert_snapshot!(r("Duanka operation: 61 suspects were caught and 2,400 bank cards were seized."), @"
    seizure Devices Seized bank cards q=2,400
    fraud suspects_arrested 61
    ");
}

#[test]
fn pieces_and_times_in_machine_translated_order() {
    // A count of pieces (条) after the verb counts its subject's messages.
    insta::assert_snapshot!(r("Anti-fraud work: warning text messages were sent 8.2万 pieces."), @"fraud warnings_issued 82000");
    // Times of a fraud participle after `from being` are frauds kept from
    // happening: the verb before `from` is theirs.
    insta::assert_snapshot!(r("Anti-fraud work: residents were blocked from being defrauded 640 times."), @"fraud cases_blocked 640");
    insta::assert_snapshot!(r("Anti-fraud work: the elderly man was deceived 3 times."), @"");
}

#[test]
fn payments_the_money_covered_are_no_publicity() {
    insta::assert_snapshot!(r("The bank and police intercepted 62,000 yuan bound for telecom scammers, covering 4 transactions."), @"
    fraud funds_frozen 62000
    fraud payments_stopped 4
    ");
    // People covered are still an audience reached.
    insta::assert_snapshot!(r("The anti-fraud posters were put up in 80 villages, covering 12,000 residents."), @"tally Publicity 12000 (residents)");
}

#[test]
fn users_kept_from_paying_are_people_dissuaded() {
    insta::assert_snapshot!(r("Against telecom fraud, the app sent 52,300 risk alerts, helping 3,720 users avoid being cheated."), @"
    fraud people_dissuaded 3720
    fraud warnings_issued 52300
    ");
    // Out of fraud work, users dealt with are offenders.
    insta::assert_snapshot!(r("Police handled 37 drug users."), @"tally OffendersHandled 37 (drug users)");
}
