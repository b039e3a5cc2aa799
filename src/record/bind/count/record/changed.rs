//! Cases a change ends at: `incidence fell to 1,800 cases`, `up 9.5%
//! year on year to 420 cases`, `dropped from 610 cases to 498 cases`.

use super::*;
use crate::quantity::rules::{change_before, change_right_before};

/// How far (bytes) back from `to` the `from` of a before and an after
/// is looked for (`rose by 12% from 40 in the first half of last year
/// to 45 cases`).
const FROM_REACH: usize = 120;

/// Whether the number whose word before is `prev` (ending at `gap`) is
/// the level a change reached: `to` (maybe `to just`, `to only`) right
/// after a change word (`decreased to 1,800`), after a change and its size
/// with at most a basis between (`rose by 7% year on year to 8,700`,
/// `before` being that size), or closing a `from ... to` after a change
/// (`fell from 1,204 cases to 987 cases`). Nothing is read before `floor`.
pub(in crate::record::bind) fn change_reaches(
    text: &str,
    prev: &str,
    gap: usize,
    before: Option<&Figure<'_>>,
    floor: usize,
) -> bool {
    let (to, to_end) = if ["just", "only"]
        .iter()
        .any(|w| prev.eq_ignore_ascii_case(w))
    {
        let end = skip_back_spaces(text, gap - prev.len(), floor);
        (ascii_word_before(text, end), end)
    } else {
        (prev, gap)
    };
    if !to.eq_ignore_ascii_case("to") {
        return false;
    }
    let to_start = to_end - to.len();
    if trend_before(text, skip_back_spaces(text, to_start, floor)).is_some() {
        return true;
    }
    let sized = before.is_some_and(|p| {
        let between = text.get(p.span.end..to_start).unwrap_or(",");
        let plain = between.len() <= 40
            && !between.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | ';'));
        p.span.start >= floor
            && plain
            && (between.trim().is_empty() || trend_basis(text, p.span.end, to_start).is_some())
            && change_right_before(text, p.span.start)
    });
    if sized {
        return true;
    }
    change_from(text, to_start, floor).is_some()
}

/// Where the `from` of a change's `from N ... to` stands, when the `to`
/// starts at `to_start`: a `from` before a number, within [`FROM_REACH`]
/// and not before `floor`, after a change (`fell from`, `rose by 9%,
/// from`).
fn change_from(text: &str, to_start: usize, floor: usize) -> Option<usize> {
    let from_floor = ceil_char(text, floor.max(to_start.saturating_sub(FROM_REACH)));
    let at = from_floor + text.get(from_floor..to_start)?.rfind("from ")?;
    let word_start = at == 0 || !text.as_bytes()[at - 1].is_ascii_alphabetic();
    let number_next = text[at + 5..]
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit());
    (word_start && number_next && change_before(text, at)).then_some(at)
}

/// `Burglary cases rose by 9 percent, from 310 to 338`: where the clause
/// of a change ends when a comma sets its `from N to` apart, for the
/// subject of the number after `to` (`prev`, ending at `gap`) to be read
/// before it; `None` when no comma stands before the `from`.
pub(in crate::record::bind) fn change_set_apart(
    text: &str,
    prev: &str,
    gap: usize,
    floor: usize,
) -> Option<usize> {
    if !prev.eq_ignore_ascii_case("to") {
        return None;
    }
    let from = change_from(text, gap - prev.len(), floor)?;
    let comma = skip_back_spaces(text, from, floor);
    (comma > floor && text.as_bytes()[comma - 1] == b',').then_some(comma - 1)
}
