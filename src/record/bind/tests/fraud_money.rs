//! The fraud layer, continued: money given back and the people talked
//! round, as machine translation words them.

use super::*;

#[test]
fn money_returned_with_a_base_form_verb() {
    // Machine translation often keeps the verb's base form.
    insta::assert_snapshot!(r("In the online scam case, police return 730,000 yuan to the victims."), @"fraud funds_returned 730000");
    insta::assert_snapshot!(r("Police held a ceremony to hand back 410,000 yuan of telecom fraud money to 19 victims."), @"fraud funds_returned 410000");
    // `return home` is people brought back, not money.
    insta::assert_snapshot!(r("Officers helped 23 lost children return home."), @"tally Rescued 23 (lost children)");
}

#[test]
fn money_stopped_with_a_base_form_verb() {
    // `helped stop`, `block`: the base form, after a verb of helping or in
    // machine translation, stops the money as `stopped` does.
    insta::assert_snapshot!(r("Bank outlets helped stop 126 telecom fraud payments worth 9.3 million yuan."), @"
    fraud funds_frozen 9300000
    fraud payments_stopped 126
    ");
    insta::assert_snapshot!(r("In the online fraud cases, banks block 2.4 million yuan of transfers."), @"fraud funds_frozen 2400000");
    // `to stop` is the complement of the verb before it.
    insta::assert_snapshot!(r("Police persuaded her to stop a second transfer of 40,000 yuan to the online scammers."), @"fraud amount_dissuaded 40000");
}

#[test]
fn money_handed_back_past_its_of_phrase() {
    // `back to` / `back for` after the money's `of` phrase gives it back
    // (`back` ends the money's item).
    insta::assert_snapshot!(r("In the telecom fraud cases the bureau handed 1.3 million yuan of scammed money back to 57 victims."), @"fraud funds_returned 1300000");
    insta::assert_snapshot!(r("The anti-fraud team got 520,000 yuan back for a cheated shopkeeper in the online scam."), @"fraud funds_returned 520000");
    // Not `back` far after the money, past a verb.
    insta::assert_snapshot!(r("In the telecom fraud cases police found 1.3 million yuan of money hidden in a flat owned by the gang back to front."), @"");
}

#[test]
fn suspects_persuaded_to_surrender_are_not_people_dissuaded() {
    // People dissuaded are victims kept from paying; suspects persuaded
    // come back and give themselves up.
    insta::assert_snapshot!(r("In the telecom fraud crackdown, police persuaded 1,700 suspects hiding abroad to return and surrender."), @"tally Fugitives 1700 (suspects hiding abroad)");
    insta::assert_snapshot!(r("In the telecom fraud crackdown, police persuaded 1,700 residents not to transfer money."), @"fraud people_dissuaded 1700");
}

#[test]
fn suspects_handed_over_are_arrests() {
    // `over` is the verb's particle here, not `more than`; suspects handed
    // over are an arrest tally, no fraud field (`fraud::moved_home`).
    insta::assert_snapshot!(r("Myanmar has handed over 4,300 telecom fraud suspects to China."), @"tally Arrests 4300 (telecom fraud suspects)");
}

#[test]
fn the_audience_of_anti_fraud_publicity_is_no_arrest() {
    // `held` before the events is no arrest of the people they reached.
    insta::assert_snapshot!(r("To fight telecom fraud, police held 210 talks, reaching 43,000 people."), @r"
    tally Publicity 210 (talks)
    tally Publicity 43000 (people)
    ");
    insta::assert_snapshot!(r("To fight telecom fraud, police held 210 talks, covering 43,000 people."), @r"
    tally Publicity 210 (talks)
    tally Publicity 43000 (people)
    ");
}

#[test]
fn scam_parks_reminder_calls_and_salvaged_losses() {
    insta::assert_snapshot!(r("Police raided 5 scam parks and made 8,400 reminder calls to people at risk of telecom fraud."), @r"
    fraud dens_destroyed 5
    fraud warnings_issued 8400
    ");
    insta::assert_snapshot!(r("Officers salvaged 920,000 yuan of losses for online fraud victims."), @"fraud funds_recovered 920000");
}

#[test]
fn a_total_stated_of_its_subject_past_the_agent() {
    // `by police` names who solved them, not what was counted.
    insta::assert_snapshot!(r("Online fraud cases solved by police nationwide numbered 64,000 in the first half."), @"fraud cases_solved 64000");
}

#[test]
fn last_year_ends_the_counted_noun() {
    // `last` starts a time phrase, not a word of the noun.
    insta::assert_snapshot!(r("Telecom fraud cases solved nationwide totaled 58,000 last year."), @"fraud cases_solved 58000");
    insta::assert_snapshot!(r("Police solved 310 robbery cases last month."), @"tally CasesSolved 310 (robbery cases)");
}

#[test]
fn public_order_cases_are_no_fraud_cases() {
    // Public order (administrative) cases beside a fraud word are another
    // kind of case.
    insta::assert_snapshot!(r("Over the holiday, police handled 1,100 public order cases, and no telecom fraud case caused heavy losses."), @"tally CasesSolved 1100 (public order cases)");
}

#[test]
fn cases_probed_are_solved() {
    // `probed`, as `investigated`: cases investigated and dealt with.
    insta::assert_snapshot!(r("Police probed 270 online fraud cases this year."), @"fraud cases_solved 270");
}

#[test]
fn people_warned_count_the_warnings() {
    insta::assert_snapshot!(r("The anti-fraud centre warned 9,400 person-times and alerted 1,200 potential victims."), @"fraud warnings_issued 9400");
    // Offenders warned are admonished, not warned of fraud.
    insta::assert_snapshot!(r("In the telecom fraud case, police warned 6 suspects."), @"");
}

#[test]
fn a_gang_of_people_counts_members_not_gangs() {
    insta::assert_snapshot!(r("An online fraud gang of 48 people was smashed."), @"");
    insta::assert_snapshot!(r("Police smashed a total of 9 online fraud gangs."), @"fraud gangs_busted 9");
}

#[test]
fn anti_fraud_work_without_a_telecom_word_reads_its_sum_and_rate() {
    // Dissuasion is anti-fraud work: its sum and the warnings' rate are
    // read with a fraud word alone in the sentence.
    insta::assert_snapshot!(r("Officers issued 4.1 million fraud warnings, with a warning effectiveness rate of 97.2 percent, and persuaded 1.6 million people not to be deceived, involving an amount of 3.8 billion yuan."), @r"
    fraud amount_dissuaded 3800000000
    fraud people_dissuaded 1600000
    fraud warning_response_rate 97.2
    fraud warnings_issued 4100000
    ");
    // Other money in such a sentence is no fraud money.
    insta::assert_snapshot!(r("The bureau issued 52,000 fraud warnings and froze 3 million yuan of illegal gains."), @r"
    seizure Cash Frozen illegal gains v=3 million yuan
    fraud warnings_issued 52000
    ");
}

#[test]
fn people_cheated_are_no_police_count() {
    // Being defrauded befalls the people counted: no verb of the police
    // before them binds.
    insta::assert_snapshot!(r("In online fraud cases police caught 730 suspects; the number of residents cheated fell to 2,400."), @"fraud suspects_arrested 730");
    insta::assert_snapshot!(r("Police caught 38 suspects who had swindled 950 residents by phone."), @"fraud suspects_arrested 38");
    // Kept from being defrauded, they are still people dissuaded.
    insta::assert_snapshot!(r("Officers stopped 620 residents from being defrauded by phone scammers."), @"fraud people_dissuaded 620");
}

#[test]
fn a_participle_after_the_is_no_verb_of_the_money() {
    insta::assert_snapshot!(r("Bank staff helped police freeze the defrauded 730,000 yuan in the online scam case."), @"fraud funds_frozen 730000");
}

#[test]
fn a_participle_between_a_noun_and_the_money_modifies_the_money() {
    insta::assert_snapshot!(r("The bureau cracked 310 online fraud cases and paid back to the victims intercepted money 1,274万元."), @"
    fraud cases_solved 310
    fraud funds_returned 12740000
    ");
    insta::assert_snapshot!(r("In the anti-fraud drive, officers returned the victims defrauded funds 860,000 yuan."), @"fraud funds_returned 860000");
    // A verb after a comma is a clause's own.
    insta::assert_snapshot!(r("Telecom fraud: police met the victims, froze funds 2.1 million yuan."), @"fraud funds_frozen 2100000");
}

#[test]
fn telecoms_sms_and_order_brushing_are_telecom_fraud() {
    insta::assert_snapshot!(r("Police in the region solved 2,750 telecoms fraud cases last year."), @"fraud cases_solved 2750");
    insta::assert_snapshot!(r("Officers cracked 318 SMS fraud cases and froze 6.1 million yuan."), @r"
    fraud cases_solved 318
    fraud funds_frozen 6100000
    ");
    insta::assert_snapshot!(r("The team arrested 96 suspects in order-brushing fraud cases."), @"fraud suspects_arrested 96");
}

#[test]
fn money_clawed_or_won_back_is_recovered() {
    insta::assert_snapshot!(r("Police helped victims of online scams claw back 4.6 million yuan."), @"fraud funds_recovered 4600000");
    insta::assert_snapshot!(r("The anti-fraud team is winning back 800,000 yuan for cheated students."), @"fraud funds_recovered 800000");
}

#[test]
fn a_title_figure_in_another_currency_gives_way_to_the_body() {
    // The title retells the body's fact for foreign readers; the body's
    // own currency is the record.
    insta::assert_snapshot!(r("Police Win Back Victims' US$90,000 in Phone Scam\nPolice in the county recovered 650,000 yuan for four victims of a telecom fraud ring."), @"fraud funds_recovered 650000");
    // In the same currency the larger figure stands, wherever it is.
    insta::assert_snapshot!(r("Police recover 2 million yuan for scam victims\nOfficers in the telecom fraud case recovered 1.2 million yuan within a week."), @"fraud funds_recovered 2000000");
}

#[test]
fn a_share_of_frozen_money_returned_leaves_the_money_frozen() {
    // The verb before moved a share; the money is what its participle says.
    insta::assert_snapshot!(r("In the telecom fraud case, officers returned 90 percent of the frozen 4.2 million yuan to victims."), @"fraud funds_frozen 4200000");
    // The whole of it returned is returned.
    insta::assert_snapshot!(r("In the telecom fraud case, officers returned the frozen 4.2 million yuan to victims."), @"fraud funds_returned 4200000");
}

#[test]
fn respectively_deals_listed_money_verbs_in_order() {
    insta::assert_snapshot!(r("The anti-fraud centre froze and returned 5.7 million yuan and 4.4 million yuan respectively."), @"
    fraud funds_frozen 5700000
    fraud funds_returned 4400000
    ");
}

#[test]
fn a_participle_after_money_describes_it() {
    // `held by the gang` is a reduced relative clause: the verb right
    // before the money moved it, not `held`.
    insta::assert_snapshot!(r("Police froze 3 million yuan held by the gang."), @"seizure Cash Frozen funds v=3 million yuan");
    insta::assert_snapshot!(r("In the telecom fraud case, police returned 2 million yuan stolen from the victims."), @"fraud funds_returned 2000000");
    // With an auxiliary it is the money's own passive.
    insta::assert_snapshot!(r("In the telecom fraud case, police traced the accounts, and 2 million yuan was frozen."), @"fraud funds_frozen 2000000");
}

#[test]
fn money_retained_was_a_loss_avoided() {
    insta::assert_snapshot!(r("Thanks to the alerts, victims of telecom fraud stopped paying, retaining 61 million yuan."), @"fraud losses_avoided 61000000");
    insta::assert_snapshot!(r("The anti-fraud centre helped online fraud victims retain 3 million yuan."), @"fraud losses_avoided 3000000");
}

#[test]
fn people_kept_from_being_defrauded_were_dissuaded() {
    // `being defrauded` is what they were kept from, no passive of theirs.
    insta::assert_snapshot!(r("The police avoided 1.3 million people being defrauded by telecom scammers."), @"fraud people_dissuaded 1300000");
    // `would-be` is no modal: the victims are the noun.
    insta::assert_snapshot!(r("Officers talked 3,000 would-be victims out of transferring money to online scammers."), @"fraud people_dissuaded 3000");
}

#[test]
fn warnings_delivered_or_reaching_people_count_the_warnings() {
    insta::assert_snapshot!(r("Police visited 6,800 households and delivered telecom fraud warnings to 12,000 elderly residents."), @"
    fraud door_to_door_visits 6800
    fraud warnings_issued 12000
    ");
    insta::assert_snapshot!(r("In telecom fraud prevention, early warnings reached 1.2 million person-times."), @"fraud warnings_issued 1200000");
    // Publicity reaching people stays publicity.
    insta::assert_snapshot!(r("Anti-fraud publicity reached 1.2 million people."), @"tally Publicity 1200000 (people)");
}

#[test]
fn a_kind_of_fraud_done_online_is_online_fraud() {
    insta::assert_snapshot!(r("Police busted 12 gangs engaged in online loan fraud and arrested 230 suspects."), @"
    fraud gangs_busted 12
    fraud suspects_arrested 230
    ");
    // Another crime done online is still another crime.
    insta::assert_snapshot!(r("Police busted 12 gangs engaged in online gambling and loan fraud."), @"tally GangsBusted 12 (gangs)");
}

#[test]
fn stop_pay_in_its_spellings() {
    insta::assert_snapshot!(r("Banks helped the police emergency stop-pay 8.6 million yuan of telecom scam money."), @"fraud funds_frozen 8600000");
    insta::assert_snapshot!(r("The anti-fraud centre urgently stop paid 940,000 yuan for online fraud victims."), @"fraud funds_frozen 940000");
    insta::assert_snapshot!(r("Banks made 1,250 stop-payments for victims of phone scams."), @"fraud payments_stopped 1250");
    // A modifier before the noun keeps it a noun.
    insta::assert_snapshot!(r("Banks made 1,250 urgent stop-payments for victims of phone scams."), @"fraud payments_stopped 1250");
}

#[test]
fn money_a_total_changed_by_is_no_sum_moved() {
    insta::assert_snapshot!(r("Online fraud money returned to victims grew by 18 million yuan on last year."), @"");
    insta::assert_snapshot!(r("Scam funds frozen reached 260 million yuan, an increase of 75 million yuan."), @"fraud funds_frozen 260000000");
}

#[test]
fn money_got_back_with_its_particle_after_it() {
    // Outside fraud, money got back for its owners was recovered.
    insta::assert_snapshot!(r("After the theft ring was broken up, the police got 86,000 yuan back for the shop owners."), @"seizure Cash Recovered funds v=86,000 yuan");
    // `back` may end the clause.
    insta::assert_snapshot!(r("In the fight against telecom fraud, the center froze 5.1 million yuan of involved funds and helped victims get 2.3 million yuan back."), @r"
    fraud funds_frozen 5100000
    fraud funds_returned 2300000
    ");
    // A year back is no money moved.
    insta::assert_snapshot!(r("The shop lost 40,000 yuan two years back."), @"");
}

#[test]
fn fraud_money_through_a_long_chain_of_phrases_to_its_list_of_verbs() {
    insta::assert_snapshot!(r("A total of 3.75 million yuan of the funds involved in telecom network fraud cases in the jurisdiction has been successfully intercepted."), @"fraud funds_frozen 3750000");
    // Of a list of verbs, the last is the outcome.
    insta::assert_snapshot!(r("A total of 3.75 million yuan of the funds involved in telecom network fraud cases in the jurisdiction has been successfully intercepted, frozen and returned to the victims."), @"fraud funds_returned 3750000");
    // (An active verb after the comma has its own object.)
    insta::assert_snapshot!(r("In the telecom fraud crackdown 12 cases were solved, arresting 15 suspects."), @r"
    fraud cases_solved 12
    fraud suspects_arrested 15
    ");
}

#[test]
fn a_participle_before_the_subject_of_reached_moved_the_money() {
    insta::assert_snapshot!(r("In telecom fraud work this year, the frozen funds reached 7.82 million yuan."), @"fraud funds_frozen 7820000");
    insta::assert_snapshot!(r("In telecom fraud work this year, the returned money reached 3.15 million yuan."), @"fraud funds_returned 3150000");
}

#[test]
fn a_participle_subject_moves_only_its_own_figure() {
    insta::assert_snapshot!(r("This year telecom fraud the frozen funds reached 7.82 million yuan, the returned funds 3.15 million yuan."), @r"
    fraud funds_frozen 7820000
    fraud funds_returned 3150000
    ");
}

#[test]
fn a_verb_of_reaching_after_the_money_reads_no_participle() {
    // The verb stands after the figure: no subject lies between them to
    // read (the item names the money's state).
    insta::assert_snapshot!(r("In telecom fraud work, 7.82 million yuan of frozen funds was reached."), @"fraud funds_frozen 7820000");
}
