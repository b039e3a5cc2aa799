//! Telecom fraud as round 27's audit of real bulletins met it: suspects
//! brought to China from abroad, sub-counts after `among them`, police
//! calls, label lists with their unit after the count.

use super::*;

#[test]
fn suspects_delivered_or_escorted_to_china_are_handed_over() {
    insta::assert_snapshot!(r("So far 3,120 telecom fraud suspects in the border zone have been delivered to China, the ministry said."), @"fraud suspects_arrested 3120");
    insta::assert_snapshot!(r("On Friday 57 people held for telecom fraud were escorted back to China from Laos."), @"fraud suspects_arrested 57");
    insta::assert_snapshot!(r("The 214 telecom fraud suspects were transferred to Chinese custody at the border port."), @"fraud suspects_arrested 214");
    // Leaflets delivered stay publicity; cases transferred stay with the
    // prosecutors.
    insta::assert_snapshot!(r("Officers delivered 3,000 anti-fraud leaflets to residents."), @"tally Publicity 3000 (anti-fraud leaflets)");
}

#[test]
fn people_escorted_back_elsewhere_are_not_handed_over() {
    insta::assert_snapshot!(r("Officers escorted back 15 abducted children to their parents."), @"");
    insta::assert_snapshot!(r("The team escorted back 9 rescued women to their home villages."), @"");
    insta::assert_snapshot!(r("Police escorted back 4 missing elderly people to the care home."), @"");
    // Brought to China, they are counted home (`fraud::moved_home`).
    insta::assert_snapshot!(r("Laotian police escorted back 33 telecom fraud suspects to China on Monday."), @"tally Other 33 (telecom fraud suspects)");
    insta::assert_snapshot!(r("So far 610 telecom fraud suspects have been delivered from Cambodia to China."), @"fraud suspects_arrested 610");
    insta::assert_snapshot!(r("A further 75 suspects were delivered to the Chinese side."), @"tally Arrests 75 (suspects)");
}

#[test]
fn a_company_named_for_china_is_no_side() {
    insta::assert_snapshot!(r("The court transferred 14 cases to China Unicom for review."), @"");
    insta::assert_snapshot!(r("Police transferred 20 suspects to China Telecom staff."), @"tally Other 20 (suspects)");
    insta::assert_snapshot!(r("Police transferred 20 suspects to the bank's staff."), @"tally Other 20 (suspects)");
    // The country itself, at a clause's end or before a preposition.
    insta::assert_snapshot!(r("Myanmar transferred 52 suspects to China."), @"tally Arrests 52 (suspects)");
    insta::assert_snapshot!(r("Myanmar transferred 52 suspects to China by train."), @"tally Arrests 52 (suspects)");
    // A headline's line ends the phrase.
    insta::assert_snapshot!(r("Another 64 suspects delivered to China\nKUNMING, May 2 -- Police said the handover went smoothly."), @"tally Arrests 64 (suspects)");
}

#[test]
fn police_calls_handled_are_reports_not_cases_solved() {
    insta::assert_snapshot!(r("Over the holiday the bureau handled 2,306 police calls and solved 41 criminal cases."), @"
    tally CasesFiled 2306 (police calls)
    tally CasesSolved 41 (criminal cases)
    ");
    insta::assert_snapshot!(r("Since January the county police handled 1,412 police calls and solved 35 telecom fraud cases."), @"
    tally CasesFiled 1412 (police calls)
    fraud cases_solved 35
    ");
}

#[test]
fn a_label_keeps_its_count_before_a_unit_of_accounts() {
    insta::assert_snapshot!(r("Telecom fraud work: early warnings: 4,210; stop payments: 63 accounts; funds intercepted: 1.9 million yuan."), @"
    fraud funds_frozen 1900000
    fraud payments_stopped 63
    fraud warnings_issued 4210
    ");
    // With no label, the accounts are what was counted.
    insta::assert_snapshot!(r("In the telecom fraud crackdown police froze 63 accounts."), @"");
}

#[test]
fn people_found_and_all_dissuaded_were_dissuaded() {
    insta::assert_snapshot!(r("The anti-fraud centre found 58 potential victims of telecom fraud, and all of them were warned and dissuaded."), @"fraud people_dissuaded 58");
    insta::assert_snapshot!(r("Yesterday 23 residents were identified as targets of telecom fraud, and all of them were dissuaded in time."), @"fraud people_dissuaded 23");
    // Children found are still found.
    insta::assert_snapshot!(r("Police found 12 missing children in the sweep."), @"tally Rescued 12 (missing children)");
    // Hazards found stay found; a later verb that records nothing of
    // those found does not replace the finding.
    insta::assert_snapshot!(r("Inspectors found 45 hidden dangers, all of which were rectified at once."), @"tally HazardsFound 45 (hidden dangers)");
    insta::assert_snapshot!(r("Officers found 71 suspects, and all of them were released after questioning."), @"");
}

#[test]
fn suspects_transferred_from_abroad_to_china_are_handed_over() {
    insta::assert_snapshot!(r("In all, 86 people suspected of telecom fraud have been transferred from Laos to China."), @"fraud suspects_arrested 86");
    insta::assert_snapshot!(r("A batch of 1,204 suspects were transferred from Myanmar to Chinese custody on Sunday."), @"tally Arrests 1204 (suspects)");
    insta::assert_snapshot!(r("Cambodian police transferred 47 telecom fraud suspects to China by chartered flight."), @"fraud suspects_arrested 47");
    // Cases transferred to prosecutors stay a later stage of justice.
    insta::assert_snapshot!(r("Police transferred 36 telecom fraud cases to the procuratorate."), @"");
}

#[test]
fn funds_of_frauds_intercepted_were_held_back() {
    insta::assert_snapshot!(r("Since the campaign began, 612 telecom fraud cases were dissuaded and intercepted, and the funds of the deceived were 38.2 million yuan."), @"
    fraud cases_blocked 612
    fraud funds_frozen 38200000
    ");
    // A later part of the total does not replace it.
    insta::assert_snapshot!(r("Since May, 408 telecom fraud cases were intercepted, and the funds involved amounted to 21.5 million yuan. Among them, 6 cases were intercepted with more than 1 million yuan each."), @"
    fraud cases_blocked 408
    fraud funds_frozen 21500000
    ");
}

#[test]
fn funds_already_lost_are_not_held_back() {
    insta::assert_snapshot!(r("This year 305 telecom fraud cases were intercepted, and the funds lost by the victims were 2.6 million yuan."), @"fraud cases_blocked 305");
    insta::assert_snapshot!(r("Police intercepted 77 telecom fraud cases, while the money already lost in earlier cases totalled 5 million yuan."), @"fraud cases_blocked 77");
    insta::assert_snapshot!(r("Police intercepted 77 telecom fraud cases, and the money the victims were cheated of reached 5 million yuan."), @"fraud cases_blocked 77");
    // Losses recovered, as the verb's own object, still are.
    insta::assert_snapshot!(r("In the telecom fraud crackdown police recovered losses of 1.4 million yuan for victims."), @"fraud funds_recovered 1400000");
    // The funds of the frauds intercepted still are.
    insta::assert_snapshot!(r("This year 305 telecom fraud cases were intercepted, and the funds involved totalled 2.6 million yuan."), @"
    fraud cases_blocked 305
    fraud funds_frozen 2600000
    ");
}

#[test]
fn money_saved_in_the_present_is_a_loss_avoided() {
    insta::assert_snapshot!(r("The anti-fraud centre helped the masses stop losses and save nearly 42 million yuan this year."), @"fraud losses_avoided 42000000");
}

#[test]
fn a_count_stranded_after_its_passive_is_its_count() {
    insta::assert_snapshot!(r("In the first half, 3,406 telecom fraud cases were solved, and criminal suspects were arrested. 2,977 people."), @"
    fraud cases_solved 3406
    fraud suspects_arrested 2977
    ");
}

#[test]
fn a_bare_part_after_among_them_counts_what_its_total_counted() {
    // The nine are cases, part of the 480; no people were counted.
    insta::assert_snapshot!(r("Since June, 480 telecom fraud cases were dissuaded and intercepted. Among them, nine were intercepted at bank counters."), @"fraud cases_blocked 480");
}

#[test]
fn a_bare_part_reaches_back_past_the_sum_of_its_total() {
    insta::assert_snapshot!(r("Since June, 480 telecom fraud cases were dissuaded and intercepted in the city, and the funds of the deceived were 26.3 million yuan. Among them, nine were intercepted at bank counters."), @"
    fraud cases_blocked 480
    fraud funds_frozen 26300000
    ");
}

#[test]
fn fraud_cases_dissuaded_were_blocked() {
    insta::assert_snapshot!(r("Since June, police dissuaded 347 telecom fraud cases at bank counters and by phone."), @"fraud cases_blocked 347");
}
