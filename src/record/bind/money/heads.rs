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

/// Whether a money item names banknotes (`in cash`), not funds.
pub(super) fn names_banknotes(w: &Words<'_, '_>, item: &str) -> bool {
    item_head_is(w, item, &["cash", "banknotes", "currency"])
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
