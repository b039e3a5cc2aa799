//! Percents listed before one change word (`15% and 8% falls`): where
//! the list starts, what opens it, and the nouns it pairs with.

use super::*;

/// A change noun in the plural (`falls`, `increases`): after one percent
/// it names no change of its own; after a list it pairs them in order.
pub(super) fn plural_change(word: &str) -> bool {
    matches!(
        word,
        "declines" | "decreases" | "falls" | "increases" | "reductions" | "rises"
    )
}

/// Whether the percent that starts at `start` closes a list of percents:
/// `and` or a comma, and a percent, before it (`15% and 8%`, `7%, 4%`).
pub(super) fn listed_after_percent(text: &str, start: usize) -> bool {
    let lead = text[..start].trim_end();
    let Some(lead) = lead.strip_suffix(" and").or_else(|| lead.strip_suffix(',')) else {
        return false;
    };
    let lead = lead.trim_end().trim_end_matches(',');
    lead.ends_with('%') || lead.ends_with(" percent") || lead.ends_with(" per cent")
}

/// Where the list of percents that holds the one at `start` begins (not
/// before `floor`), and how many percents stand before this one in it:
/// `21% and`, `7%, 4% and`, `a 21 per cent and`, walked back.
fn list_start(text: &str, floor: usize, start: usize) -> (usize, usize) {
    let mut first = start;
    let mut k = 0;
    for _ in 0..6 {
        let lead = text[floor..first].trim_end();
        let Some(lead) = lead
            .strip_suffix(" and")
            .or_else(|| lead.strip_suffix(','))
            .map(|l| l.trim_end().trim_end_matches(','))
        else {
            break;
        };
        let lead = lead.trim_end();
        let Some(num) = lead
            .strip_suffix('%')
            .or_else(|| lead.strip_suffix(" percent"))
            .or_else(|| lead.strip_suffix(" per cent"))
        else {
            break;
        };
        let digits = num
            .bytes()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == b'.')
            .count();
        if digits == 0 {
            break;
        }
        first = floor + num.len() - digits;
        k += 1;
    }
    (first, k)
}

/// Whether a change verb opens the list of percents that holds the one
/// at `start` (`fell 15% and 8%`, `rose by 6%, 4% and`): those percents
/// are its changes, and a change noun after them starts a clause of its
/// own.
pub(super) fn opened_by_change(text: &str, floor: usize, start: usize) -> bool {
    let (first, _) = list_start(text, floor, start);
    let mut e = skip_back_spaces(text, first, floor);
    let by = ascii_word_before(text, e);
    if by.eq_ignore_ascii_case("by") {
        e = skip_back_spaces(text, e - by.len(), floor);
    }
    trend_before(text, e).is_some_and(|(_, s)| s >= floor)
}

/// `Thefts and frauds saw 21% and 17% increases respectively`: the
/// percents listed before their change word at `at`, the nouns listed
/// before the verb that opens the percents; the metric of the percent's
/// place.
pub(super) fn respective_before_change<'a>(
    text: &'a str,
    f: &Figure<'_>,
    at: usize,
    ctx: &Ctx,
) -> Option<&'a str> {
    // The percents before this one in its list, and after it up to the
    // change word.
    let floor = ctx.sentence.start;
    let (first, k) = list_start(text, floor, f.span.start);
    let between = &text[f.span.end..at];
    let after = between.matches('%').count()
        + between.matches(" percent").count()
        + between.matches(" per cent").count();
    let n = k + 1 + after;
    if n < 2 {
        return None;
    }
    // The subject ends before the verb (and an article) that opens the
    // percents: `Thefts and frauds saw (a)`.
    let lead = text[floor..first].trim_end();
    let lead = lead
        .strip_suffix(" a")
        .or_else(|| lead.strip_suffix(" an"))
        .unwrap_or(lead);
    let verb = ascii_word_before(lead, lead.len());
    if verb.is_empty() || !verb.bytes().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let end = floor + lead.len() - verb.len();
    list_metric(text, end, floor, k, n)
}
