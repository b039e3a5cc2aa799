//! Checks of the quantity vocabulary tables.

use super::*;
use crate::text::lexicon::assert_sorted;

#[test]
fn vague_counts_start_with_the_letters_core_looks_for() {
    for (phrase, _) in VAGUE.iter() {
        assert!(VAGUE_FIRST.contains(&phrase.as_bytes()[0]), "{phrase:?}");
    }
}

/// A currency written before the number is found only from a trigger
/// word: each one that starts with a letter has its first word there
/// (`MOP$20,000` had been missed for want of `mop`).
#[test]
fn currencies_before_the_number_have_triggers() {
    for (phrase, mark) in UNITS.iter() {
        let first = phrase.split([' ', '$']).next().unwrap_or("");
        let letters = first.chars().all(|c| c.is_ascii_alphabetic());
        if mark.place == Place::After || first.is_empty() || !letters {
            continue;
        }
        assert!(
            super::super::scan::TRIGGERS
                .iter()
                .any(|(t, _)| *t == first),
            "{phrase:?} has no trigger {first:?}"
        );
    }
}

#[test]
fn over_after_a_verb_of_handing_is_its_particle() {
    let show = |text: &str| {
        let scan = super::super::scan(&crate::lex::Tokens::new(text));
        scan.figures
            .iter()
            .map(|f| format!("{} {:?}", f.text, f.qualifier))
            .collect::<Vec<_>>()
            .join("; ")
    };
    insta::assert_snapshot!(show("Laos handed over 2,100 suspects and turned over 40 guns."), @"2,100 Exact; 40 Exact");
    insta::assert_snapshot!(show("Villagers handed in over 300 guns; over 40 were rifles."), @"over 300 MoreThan; over 40 MoreThan");
}

#[test]
fn tables_are_sorted_lowercase() {
    assert_sorted("QUALIFIER_BEFORE", QUALIFIER_BEFORE);
    assert_sorted("VAGUE", VAGUE);
    assert_sorted("SCALES", SCALES);
    assert_sorted("NUMBER_WORDS", NUMBER_WORDS);
    assert_sorted("UNITS", UNITS);
    assert_sorted("TRIGGERS", super::super::scan::TRIGGERS);
    assert_sorted("NOUN_STOP_MORE", super::super::context::NOUN_STOP_MORE);
    assert_sorted("FUNCTION_WORDS", super::super::context::FUNCTION_WORDS);
    assert_sorted("MONEY_WORDS", super::super::context::MONEY_WORDS);
}

#[test]
fn vague_billions() {
    use crate::quantity::tests::p;
    insta::assert_snapshot!(p("Gangs laundered tens of billions of yuan; Several billion dollars and hundreds of billions of won moved, and a few billion, several hundred million yuan."), @"
    tens of billions of yuan = 10000000000 CNY AtLeast
    Several billion dollars = 1000000000 USD AtLeast
    hundreds of billions of won = 100000000000 KRW AtLeast
    a few billion = 1000000000 AtLeast
    several hundred million yuan = 100000000 CNY AtLeast
    ");
}

/// 过 before a bare 亿 or 万 is `more than`; after a word it ends, or
/// before a digit, it is no qualifier.
#[test]
fn over_a_bare_scale() {
    use crate::quantity::tests::p;
    insta::assert_snapshot!(p("涉案金额过亿元，受害群众过万人"), @"
    过亿元 = 100000000 CNY MoreThan
    过万人 = 10000 MoreThan (人)
    ");
    // 超过 is a qualifier of its own: `超过万元`.
    insta::assert_snapshot!(p("经过3天侦查，通过万达广场，超过万元"), @"
    3 = 3 Exact
    超过万元 = 10000 CNY MoreThan
    ");
}
