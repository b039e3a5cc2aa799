//! What a money item's own words say: the participle that modifies it
//! (`frozen funds`) and its head (`in cash`, `losses`).

use super::*;

/// The fraud field a money item's own participle names (`frozen funds`,
/// `stop-payment funds`, `returned money`), if any.
pub(super) fn item_state(w: &Words<'_, '_>, item: &str) -> Option<FraudField> {
    let span = span_of(w.text(), item);
    // (A participle names money held or given back, not a sum recovered,
    // avoided or talked out of a payment: those need their own verb.)
    w.starts_in(span).find_map(|at| {
        cjk::fund_field(*w.verb(at, span.end)?.0)
            .filter(|f| matches!(f, FraudField::FundsFrozen | FraudField::FundsReturned))
    })
}

/// Whether the seizing verb at `at` is joined to a freezing one (`seized
/// and frozen`, `seized or froze`, `seized/frozen`): money taken so is
/// held in accounts, as frozen money is.
pub(super) fn frozen_too(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let word = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = rest[word..].trim_start_matches([' ', '/', ',']);
    let rest = ["and ", "or "]
        .iter()
        .find_map(|j| rest.strip_prefix(j))
        .unwrap_or(rest)
        .as_bytes();
    starts_ignore_case(rest, b"froze") || starts_ignore_case(rest, b"freez")
}

/// Whether a money item names losses (`losses`, `economic loss`): money
/// that a blocked fraud never took.
pub(super) fn names_losses(w: &Words<'_, '_>, item: &str) -> bool {
    item_head_is(w, item, &["loss", "losses"])
}

/// Whether the item entry of a money item is one of `words`.
fn item_head_is(w: &Words<'_, '_>, item: &str, words: &[&str]) -> bool {
    item_span(w, item)
        .is_some_and(|(_, at, end)| words.iter().any(|c| item[at..end].eq_ignore_ascii_case(c)))
}

/// Whether a money item names the victims' money, taken by the fraud
/// (`fraud funds`, `defrauded money`, `the victims' savings`), not the
/// gang's own (`anti-fraud cash` names no fraud's money).
pub(super) fn victims_money(item: &str) -> bool {
    const WORDS: [&str; 7] = [
        "cheated",
        "defrauded",
        "fraud",
        "scammed",
        "swindled",
        "victim's",
        "victims'",
    ];
    item.split_ascii_whitespace()
        .any(|w| WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
}
