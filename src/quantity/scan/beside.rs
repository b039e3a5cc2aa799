//! Words beside a number that decide how it reads: a zero something fell
//! to, and a count of the calendar's quarters.

use crate::text::{ascii_word_before, ascii_word_len};

/// Whether the zero at `start` is what something fell to or was: after
/// `to`, `was`, `were`, `reached` or 为.
pub(super) fn zero_reached(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    if before.ends_with('为') {
        return true;
    }
    let word = ascii_word_before(text, before.len());
    ["to", "was", "were", "reached", "remained"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the number before `end` counts quarters of the calendar: ` quarters`
/// after it and `first`, `last`, `past`, `previous` or `next` before it
/// (spaces before the number end at `before`).
pub(super) fn quarters_of_calendar(text: &str, before: usize, end: usize) -> bool {
    let rest = &text[end..];
    // (`quarter` starts with `q`: any other word is measured no further.)
    let Some(rest) = rest.strip_prefix(' ').filter(|r| r.starts_with(['q', 'Q'])) else {
        return false;
    };
    let len = ascii_word_len(rest);
    let word = &rest[..len];
    if !(word.eq_ignore_ascii_case("quarters") || word.eq_ignore_ascii_case("quarter")) {
        return false;
    }
    let prev = ascii_word_before(text, before);
    ["first", "last", "past", "previous", "next"]
        .iter()
        .any(|w| prev.eq_ignore_ascii_case(w))
}
