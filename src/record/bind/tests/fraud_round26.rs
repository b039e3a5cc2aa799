//! Telecom fraud as round 26's audit met it: county daily and weekly
//! briefs, other engines' words for 止付 and 劝阻, Chinese labels in
//! English lines.

use super::*;

#[test]
fn a_payment_suspended_is_a_stop_payment() {
    // 止付 as another engine renders it: the money is frozen.
    insta::assert_snapshot!(r("The police and banks suspended payment on 3.6 million yuan of telecom fraud money in time."), @"fraud funds_frozen 3600000");
    insta::assert_snapshot!(r("Police suspended payments of 2.1 million yuan involved in telecom fraud."), @"fraud funds_frozen 2100000");
}

#[test]
fn people_stopped_from_paying_keep_the_sum_dissuaded() {
    insta::assert_snapshot!(r("Through face-to-face dissuasion, 1,342 potential victims of telecom fraud were stopped from transferring a total of 26.8 million yuan."), @"
    fraud amount_dissuaded 26800000
    fraud people_dissuaded 1342
    ");
    // Money itself stopped is still intercepted.
    insta::assert_snapshot!(r("Police stopped 2.6 million yuan from being transferred to telecom fraudsters."), @"fraud funds_frozen 2600000");
}

#[test]
fn a_label_of_warnings_alone_counts_warnings_issued() {
    insta::assert_snapshot!(r("Weekly figures 全县: 电诈发案 26起; 见面劝阻 124人; 预警 1,024条."), @"
    fraud cases_filed 26
    fraud people_dissuaded 124
    fraud warnings_issued 1024
    ");
    insta::assert_snapshot!(r("电诈发案 26起; 预警信息 3,200条"), @"
    fraud cases_filed 26
    fraud warnings_issued 3200
    ");
    // Not a warning noun with words of its own before it.
    insta::assert_snapshot!(r("电诈发案 26起; 其他预警 3,200条"), @"fraud cases_filed 26");
}

#[test]
fn victims_refunded_and_people_taught_an_app_are_not_rescued() {
    insta::assert_snapshot!(r("Fund return: 76 telecom fraud victims got back 2.15 million yuan of the money involved."), @"fraud funds_returned 2150000");
    insta::assert_snapshot!(r("Police officers helped 3,560 elderly residents install the anti-fraud app."), @"tally Publicity 3560 (elderly residents)");
    insta::assert_snapshot!(r("Officers helped 1,200 students download and register the National Anti-Fraud Center app."), @"tally Publicity 1200 (students)");
    // Still rescued: people helped out of trouble, missing people returned.
    insta::assert_snapshot!(r("Police helped 35 stranded tourists and returned 12 missing persons to their families."), @"
    tally Rescued 35 (stranded tourists)
    tally Rescued 12 (missing persons)
    ");
}

#[test]
fn a_stop_payment_is_stopped_whatever_verb_is_nearest() {
    insta::assert_snapshot!(r("The anti-fraud center received 560 warning orders and made 326 emergency stop payments."), @"
    fraud payments_stopped 326
    fraud warnings_issued 560
    ");
    // Payments someone made are no stop payments.
    insta::assert_snapshot!(r("In the telecom fraud case, the victim received 3 calls and made 12 transfers."), @"");
}

#[test]
fn money_kept_safe_was_a_loss_avoided() {
    insta::assert_snapshot!(r("Bank outlets and the police blocked 23 telecom fraud cases at the counter, and 864,000 yuan of customers' money was kept safe."), @"
    fraud cases_blocked 23
    fraud losses_avoided 864000
    ");
}

#[test]
fn a_plural_noun_then_down_and_a_number_is_a_change() {
    // 同比下降42起: the cases fell by 42, no count of cases.
    insta::assert_snapshot!(r("Telecom network fraud cases and losses both fell, with cases down 42 and losses down 1.87 million yuan."), @"");
    insta::assert_snapshot!(r("Police handled 58 cases, arrests up 12 from last year."), @"tally CasesSolved 58 (cases)");
    // A verb's particle stays a verb's.
    insta::assert_snapshot!(r("The brigade sets up 5 checkpoints; police broke up 4 gangs."), @"
    tally Checkpoints 5 (checkpoints)
    tally GangsBusted 4 (gangs)
    ");
    // Any verb in -s whose object the number counts takes `up` or `down`
    // as its particle, in the verb list or not.
    insta::assert_snapshot!(r("The brigade steps up 300 patrols during the holiday."), @"tally Patrols 300 (patrols)");
    insta::assert_snapshot!(r("The county ramps up 40 checkpoints on the border roads."), @"tally Checkpoints 40 (checkpoints)");
    // Still a change: the noun after repeats what changed (下降42起).
    insta::assert_snapshot!(r("Police arrested 9 suspects, with thefts down 42 thefts on last year."), @"tally Arrests 9 (suspects)");
}

/// Whether the number in `text` (its first digit) is a change after the
/// words before it, counting `noun`.
fn change_at(text: &str, noun: Option<&str>) -> bool {
    let tokens = Tokens::new(text);
    let index = Index::new(&tokens);
    let at = text.find(|c: char| c.is_ascii_digit()).unwrap();
    let gap = skip_back_spaces(text, at, 0);
    is_change_after(text, &index, gap, ascii_word_before(text, gap), noun)
}

#[test]
fn up_or_down_after_a_verb_in_s_is_its_particle() {
    // A plural noun: what changed.
    assert!(change_at("with cases down 42", None));
    assert!(change_at(
        "Telecom fraud cases down 42 cases",
        Some("cases")
    ));
    // A verb that counts its object, known or not.
    assert!(!change_at("The squad follows up 12 cases", Some("cases")));
    assert!(!change_at("The city clamps down 5 gangs", Some("gangs")));
    // A verb of the list, or of the lexicon, with no noun after.
    assert!(!change_at("The team breaks up 3", None));
    assert!(!change_at("The unit smashes up 3", None));
}

#[test]
fn going_to_the_door_is_a_home_visit() {
    // 上门劝阻: `went to the door`, counted in visits (times).
    insta::assert_snapshot!(r("The anti-fraud center handled 12,300 warning instructions, and the police went to the door 4,560 times for dissuasion."), @"
    fraud door_to_door_visits 4560
    fraud warnings_issued 12300
    ");
    insta::assert_snapshot!(r("Against telecom fraud, officers went to the door of 2,300 households to warn them."), @"fraud door_to_door_visits 2300");
    // Times visited with no fraud work are no field.
    insta::assert_snapshot!(r("Police went to the door 3 times before the suspect was arrested."), @"");
}
