//! Words inside a metric read after its change word: `and` between two
//! crime words (`fewer telecom and internet fraud cases`) and `for` before
//! the people a crime targets (`a rise in fraud for the elderly`) go on
//! with the noun phrase; before a clause or a time they end it.

use super::*;

/// Whether the metric read after a change word goes on past `word`
/// (`and`, `or`, `for`), given the text `rest` right after it.
pub(super) fn goes_on(word: &str, rest: &str) -> bool {
    let rest = rest.trim_start();
    if word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("or") {
        // `telecom and internet fraud`, `fraud and theft`: a second crime
        // word; `thefts and the number of ...` starts a clause.
        return [TELECOM_WORDS, FRAUD_WORDS, OTHER_CRIMES]
            .into_iter()
            .any(|table| {
                match_prefix(rest, table)
                    .is_some_and(|(_, len)| crate::text::is_boundary_after(rest, len))
            });
    }
    if word.eq_ignore_ascii_case("for") {
        // `for the elderly`, `for minors`; not `for the same period`,
        // `for three months`, `for the first time`.
        let first = &rest[..ascii_word_len(rest)];
        if first.is_empty() {
            return false;
        }
        let after = rest[first.len()..].trim_start();
        let second = &after[..ascii_word_len(after)];
        let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
        if first.eq_ignore_ascii_case("the") {
            return !second.is_empty() && !is(second, FOR_THE_TIME);
        }
        return !is(first, FOR_TIME);
    }
    false
}

/// Words after `for the` that make it a time (`for the same period`).
const FOR_THE_TIME: &[&str] = &[
    "corresponding",
    "current",
    "day",
    "entire",
    "first",
    "fourth",
    "full",
    "last",
    "month",
    "past",
    "period",
    "previous",
    "quarter",
    "same",
    "second",
    "third",
    "time",
    "week",
    "whole",
    "year",
];

/// Words after `for` that make it a time or an amount (`for three
/// months`, `for a year`, `for consecutive years`).
const FOR_TIME: &[&str] = &[
    "a",
    "an",
    "another",
    "consecutive",
    "each",
    "eight",
    "every",
    "five",
    "four",
    "last",
    "many",
    "more",
    "next",
    "nine",
    "over",
    "several",
    "seven",
    "six",
    "ten",
    "that",
    "this",
    "three",
    "two",
];

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::Bulletin;

    /// Each text's trend metrics.
    fn metrics(texts: &[&str]) -> String {
        texts
            .iter()
            .map(|t| {
                let b = Bulletin::parse(t).unwrap();
                let m: Vec<&str> = b.trends.iter().map(|t| t.metric.as_ref()).collect();
                format!("{t} => {}", m.join("; "))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_metric_after_its_change_word_goes_on_past_and_or_for() {
        assert_snapshot!(metrics(&[
            "Last year there were 9.1% fewer telecom and internet fraud cases.",
            "The county saw a 6% drop in cases of fraud and theft compared with 2022.",
            "Officers logged a 4% rise in fraud for the elderly for the same period.",
            "There was a 12% rise in thefts and the number of robberies fell.",
            "There was a 12% rise in burglary and police made 300 arrests.",
            "There was a 7% rise in scams for three months running.",
            "There was a 7% rise in scams for the first time.",
        ]), @"
        Last year there were 9.1% fewer telecom and internet fraud cases. => telecom and internet fraud cases
        The county saw a 6% drop in cases of fraud and theft compared with 2022. => cases of fraud and theft
        Officers logged a 4% rise in fraud for the elderly for the same period. => fraud for the elderly
        There was a 12% rise in thefts and the number of robberies fell. => thefts
        There was a 12% rise in burglary and police made 300 arrests. => burglary
        There was a 7% rise in scams for three months running. => scams
        There was a 7% rise in scams for the first time. => scams
        ");
    }
}
