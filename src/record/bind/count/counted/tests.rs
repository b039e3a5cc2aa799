//! Each step of [`Binder::counted`] alone: the rule that read the counted
//! thing is the part after the slash (`how/what`), so each sentence shows
//! the step that found its noun, or that none counts.

use super::*;

/// `rule record "figure"` for every record of `text`.
fn rules(text: &str) -> String {
    explain(text)
        .into_iter()
        .map(|(record, span, rule)| format!("{rule} {record} {:?}", &text[span.range()]))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn guards_keep_ages_periods_parts_and_wholes_from_counting() {
    // Ages in an aside, a period, a reference back, the part of a whole
    // with no verb of its own: none is a count. The verb's own count is.
    insta::assert_snapshot!(rules(
        "Two men, aged 31 and 44, were detained. In the first two weeks, \
         officers solved 17 cases; in the two cases, 3 of them were theft. \
         Police questioned 9 out of 12 drivers."
    ), @r#"
    passive_after_insertion/number_noun tally arrests "Two"
    left_verb/number_noun tally cases_solved "17"
    left_verb/out_of tally people_checked "9"
    "#);
}

#[test]
fn noun_after_the_number_or_before_it() {
    // After it; before it, in machine-translated order; a measure word
    // after a subject with its own verb; a label; a count of times.
    insta::assert_snapshot!(rules(
        "The squad seized 42 phones. Criminal suspects 63 people were arrested. \
         Relics recovered 210 pieces. Cases solved: 88. \
         Fraud alerts were sent 5,400 times."
    ), @r#"
    passive/noun_before_number tally arrests "63"
    passive/label tally cases_solved "88"
    left_verb/number_noun seizure devices seized "42"
    left_verb/measured_subject seizure relics recovered "210"
    left_verb/times_of_act fraud warnings_issued "5,400"
    "#);
}

#[test]
fn elided_nouns_come_from_the_list_the_copula_or_the_count_before() {
    // Shared with the list it opens; the count before's noun; people a
    // phrase describes; a crime named by `of`.
    insta::assert_snapshot!(rules(
        "Police arrested 14 and 9 suspects in two raids. 730 disputes were \
         mediated and 702 were resolved. Officers fined 61 drivers, 38 not \
         wearing seat belts were warned. They solved 52 cases of theft and \
         19 of fraud."
    ), @r#"
    left_verb/shared_noun tally arrests "14"
    left_verb/number_noun tally arrests "9"
    passive/number_noun tally disputes "730"
    passive/elided tally disputes "702"
    left_verb/number_noun tally offenders_handled "61"
    passive/described_people tally offenders_handled "38"
    left_verb/of_complement tally cases_solved "52"
    list_chain/elided_crime tally cases_solved "19"
    "#);
}

#[test]
fn subject_of_a_bare_number() {
    // The sentence's subject after a verb of total; the thing a measure
    // weighs; an item set out by a label.
    insta::assert_snapshot!(rules(
        "The number of suspects detained reached 1,250. Heroin seized totaled \
         6.5 kg. Knives seized: 31."
    ), @r#"
    passive/subject_before tally arrests "1,250"
    passive/item_subject_before seizure drugs seized "6.5 kg"
    passive/item_subject_before seizure weapons seized "31"
    "#);
}

#[test]
fn head_of_the_counted_noun() {
    // Cut at a verb inside the noun; read on past a modifier joined by
    // `and`; an `of` complement; a second noun joined by `and`.
    insta::assert_snapshot!(rules(
        "Last month 318 suspects arrested were handed over. Police solved 96 \
         phone and online scam cases, seized 4,000 bottles of fake wine and \
         arrested 140 drug addicts and dealers."
    ), @r#"
    verb_after_noun/number_noun tally arrests "318"
    left_verb/and_noun tally arrests "140"
    left_verb/of_complement seizure counterfeit seized "4,000"
    left_verb/extended_noun fraud cases_solved "96"
    "#);
}

#[test]
fn a_count_opening_a_clause_after_a_change_still_counts() {
    // `and` joins a change to a new clause: the number there counts.
    insta::assert_snapshot!(rules(
        "Burglaries went up by 9 cases and 63 cases were cracked."
    ), @r#"passive/number_noun tally cases_solved "63""#);
    insta::assert_snapshot!(rules(
        "Burglaries grew by 21 and 38 suspects were caught."
    ), @r#"passive/number_noun tally arrests "38""#);
    // A second size of the change is none, with `respectively` or the
    // clause's end after it.
    insta::assert_snapshot!(rules(
        "Robbery and fraud saw a rise of 6 cases and 19 cases respectively."
    ), @"");
    insta::assert_snapshot!(rules(
        "Thefts went up by 7 cases and 12 cases; arson fell."
    ), @"");
}
