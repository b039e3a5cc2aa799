//! The record vocabulary, as data: verbs and their classes, counted nouns and
//! their classes, seizable items and their kinds, and the words that mark
//! fraud and trends. Lowercase, alphabetical, matched longest-first; a unit
//! test keeps every table sorted. Extend by adding rows: verbs in
//! `lexicon/verbs/` (by first letter), counted nouns in `nouns.rs`, seizable things in
//! `items.rs`, crime and fraud words in `crimes.rs`, change words in
//! `trend.rs`, Chinese verbs and nouns in `cjk.rs`.

mod auxiliaries;
mod cjk;
mod crimes;
mod items;
mod noun_class;
mod nouns;
mod trend;
mod verb_class;
mod verbs;
pub(crate) use auxiliaries::*;
pub(crate) use cjk::*;
pub(crate) use crimes::*;
pub(crate) use items::*;
pub(crate) use noun_class::Noun;
pub(crate) use nouns::*;
pub(crate) use trend::{TREND_AFTER, TREND_BEFORE, TREND_CJK, TREND_ECONOMY, TREND_NEUTRAL};
pub(crate) use verb_class::Verb;
pub(crate) use verbs::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lexicon::assert_sorted;

    #[test]
    fn tables_are_sorted_lowercase() {
        assert_sorted("VERBS", VERBS);
        assert_sorted("AUXILIARIES", AUXILIARIES);
        assert_sorted("NOUNS", NOUNS);
        assert_sorted("ITEMS", ITEMS);
        assert_sorted("COUNTERFEIT", COUNTERFEIT);
        assert_sorted("DERIVED", DERIVED);
        assert_sorted("FRAUD_WORDS", FRAUD_WORDS);
        assert_sorted("TELECOM_WORDS", TELECOM_WORDS);
        assert_sorted("LIST_JOINERS", LIST_JOINERS);
        assert_sorted("OTHER_CRIMES", OTHER_CRIMES);
        assert_sorted("GENERAL_TOTALS", GENERAL_TOTALS);
        assert_sorted("MIXED_TOTALS", MIXED_TOTALS);
        assert!(OTHER_GERUNDS.windows(2).all(|w| w[0] < w[1]));
        let bytes = |t: &[&str]| t.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes());
        assert!(bytes(&CJK_VERBS.iter().map(|r| r.0).collect::<Vec<_>>()));
        assert!(bytes(&CJK_NOUNS.iter().map(|r| r.0).collect::<Vec<_>>()));
        assert!(bytes(CJK_FRAUD) && bytes(CJK_TELECOM) && bytes(CJK_OTHER_CRIMES));
    }
}
