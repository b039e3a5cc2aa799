//! The value of a lot listed as an example: `seized smuggled goods,
//! including 40 kg of frozen beef and five cartons of cosmetics, with an
//! estimated market value of ...` values the goods the list is part of,
//! not its last lot.

use super::super::money_item::item_words_before;
use super::*;

/// The most bytes between the last listed lot and its value.
const LINK_LEN: usize = 80;

/// The item before `, including` that the list ending with the last of
/// `lots` (a lot of the sentence starting at `floor`, and one before it
/// after `including`) gives examples of, when the
/// money figure `f` right after that lot states a value (`with an
/// estimated market value of`, `worth`).
fn parent_of_listed<'a>(
    w: &Words<'_, 'a>,
    lots: &[Seizure<'_>],
    f: &Figure<'_>,
    floor: usize,
) -> Option<&'a str> {
    let text = w.text();
    let [.., before, last] = lots else {
        return None;
    };
    let q = last.quantity.as_ref()?.span;
    let link = text.get(q.end..f.span.start)?;
    let valued = link.split(|c: char| !c.is_ascii_alphabetic()).any(|x| {
        ["value", "valued", "worth"]
            .iter()
            .any(|v| x.eq_ignore_ascii_case(v))
    });
    if link.len() > LINK_LEN || !valued || link.contains(['.', ';', ':']) {
        return None;
    }
    let head = text.get(floor..q.start)?;
    let end = floor + head.rfind(", including ")?;
    // (A list: the lot before the last is an example too. One lot after
    // `including` is a part counted on its own: `50 phones, including 14
    // with a value of`.)
    if !before
        .quantity
        .as_ref()
        .is_some_and(|p| p.span.start >= end)
    {
        return None;
    }
    let item = item_words_before(w, end, false, false, false)?;
    // (`a batch of smuggled goods, including`: the goods, not `of` them.)
    let item = item.strip_prefix("of ").unwrap_or(item);
    (!item.is_empty() && item_kind(w, item).is_some()).then_some(item)
}

impl<'a> Binder<'_, 'a> {
    /// When the money figure `f` values a list of examples whose last lot
    /// `joins` accepts ([`parent_of_listed`]), the seizure of what the
    /// list is part of, with that value. Returns whether it was made.
    pub(super) fn value_of_listed_parent(
        &mut self,
        f: &Figure<'a>,
        floor: usize,
        joins: impl Fn(&Seizure<'_>) -> bool,
    ) -> bool {
        let w = self.words;
        let Some(last) = self.out.seizures.last().filter(|s| joins(s)) else {
            return false;
        };
        let action = last.action;
        let Some(parent) = parent_of_listed(&w, &self.out.seizures, f, floor) else {
            return false;
        };
        let Some(kind) = item_kind(&w, parent) else {
            return false;
        };
        self.rule = Rule {
            how: "left_verb",
            what: "listed_parent",
        };
        self.seize(kind, action, parent, None, Some(f.clone()));
        true
    }
}
