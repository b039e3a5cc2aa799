//! Words beside a number that decide how it reads: a zero something fell
//! to, a count of the calendar's quarters, and the far end of an
//! identifier's range or list.

use super::super::number;
use super::super::rules::{self, RangeMode};
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

/// Where an identifier or age read at `end` stops: past the far end of a
/// digit range written after it (`aged 18 to 60`, `Articles 3-5`), which
/// is the same kind of number, not a count.
/// So is a closed list of them (`aged 25, 31 and 40`, `Articles 3, 5
/// and 7 of`): items after `, ` up to a last one after `and` that ends a
/// clause or names them; a list that does not close so is left alone
/// (`Article 3, 200 people`, `on May 2 and 5 suspects`).
pub(super) fn identifier_range_end(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    if let Ok((after, _)) = rules::range_connector(RangeMode::Normal)(rest) {
        return match number::digits(after) {
            Ok((r, d)) if d.plain => text.len() - r.len(),
            _ => end,
        };
    }
    // (At most eight items: a list of ages or articles is short.) (The
    // token read may have taken the list's first comma.)
    let mut at = match text[..end].strip_suffix(',') {
        Some(before) => &text[before.len()..],
        None => rest,
    };
    for _ in 0..8 {
        let (joined, last) = match at.strip_prefix(", and ").or(at.strip_prefix(" and ")) {
            Some(r) => (r, true),
            None => match at.strip_prefix(", ") {
                Some(r) => (r, false),
                None => return end,
            },
        };
        // (The last item ends a clause or names what the numbers are:
        // `and 5 suspects` after a date counts suspects.)
        let closes = |r: &str| {
            r.is_empty()
                || r.starts_with([',', '.', ';', ')'])
                || r.starts_with(" of ")
                || r.starts_with(" years")
        };
        match number::digits(joined) {
            Ok((r, d)) if d.plain && last && closes(r) => return text.len() - r.len(),
            Ok((_, d)) if d.plain && last => return end,
            Ok((r, d)) if d.plain => at = r,
            _ => return end,
        }
    }
    end
}
