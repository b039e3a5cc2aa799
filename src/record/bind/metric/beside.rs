//! Metrics read beside a trend's own words: the noun of a `respectively`
//! list that pairs with the percent's place, and the noun after `in` that
//! follows the percent of a change noun.

use super::*;

/// `Murders, robberies and rapes fell by 10.2%, 18.5% and 7.7%
/// respectively`: the `k`-th (from 0) of the last `n` nouns listed before
/// the change word at `at`, when there are that many and none holds a
/// number.
pub(in crate::record::bind) fn list_metric(
    text: &str,
    at: usize,
    floor: usize,
    k: usize,
    n: usize,
) -> Option<&str> {
    let from = ceil_char(text, floor.max(at.saturating_sub(200))).min(at);
    let left = &text[from..at];
    // (ASCII marks: found by their bytes.)
    let start = left
        .bytes()
        .rposition(|b| matches!(b, b';' | b':' | b'(' | b'\n'))
        .map_or(0, |i| i + 1);
    let items = list_items(&left[start..]);
    let listed = items.get(items.len().checked_sub(n)?..)?;
    let item = without_tail(listed.get(k)?);
    let plain = listed
        .iter()
        .all(|i| !i.bytes().any(|b| b.is_ascii_digit()) && i.split(' ').count() <= 6);
    (plain && !item.is_empty()).then_some(item)
}

/// `Rises of 5% and 7% in thefts and frauds respectively`: the `k`-th
/// (from 0) of the `n` nouns listed after the `in` right after the last
/// percent (ending at `at`), up to `respectively`, when there are exactly
/// that many, none holds a number and the first names no time or place
/// ([`WHEN_WORDS`]: `in the two cities respectively` pairs nothing).
pub(in crate::record::bind) fn list_in_after(
    text: &str,
    at: usize,
    end: usize,
    k: usize,
    n: usize,
) -> Option<&str> {
    let rest = text.get(at..end)?.strip_prefix(" in ")?;
    let rest = &rest[..floor_char(rest, rest.len().min(160))];
    let stop = rest
        .as_bytes()
        .windows(12)
        .position(|w| w.eq_ignore_ascii_case(b"respectively"))?;
    let items = list_items(rest[..stop].trim_end().trim_end_matches(','));
    let first = items.first()?;
    let first = &first[..crate::text::ascii_word_len(first)];
    let when = WHEN_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w))
        || first.eq_ignore_ascii_case("the");
    let plain = items
        .iter()
        .all(|i| !i.bytes().any(|b| b.is_ascii_digit()) && i.split(' ').count() <= 6);
    let item = without_tail(items.get(k)?);
    (items.len() == n && plain && !when && !item.is_empty()).then_some(item)
}

/// The items of a list: split at commas (ASCII and full-width), `、` and
/// ` and `, each trimmed, less the conjunction that opens a clause, empty
/// ones left out.
fn list_items(list: &str) -> Vec<&str> {
    let mut items = Vec::new();
    // (Split as `split([',', '、', '，'])` splits, each mark found by
    // its first byte.)
    let mut parts = Some(list);
    while let Some(part) = parts.take() {
        let part = match ITEM_MARKS.find(part) {
            Some(i) => {
                let mark = part[i..].chars().next().map_or(1, char::len_utf8);
                parts = Some(&part[i + mark..]);
                &part[..i]
            }
            None => part,
        };
        let mut rest = part;
        while let Some(i) = rest.find(" and ") {
            items.push(&rest[..i]);
            rest = &rest[i + 5..];
        }
        items.push(rest);
    }
    items
        .into_iter()
        .map(|i| {
            // (Less the conjunction that opens the clause: `while cases of
            // theft and robbery dropped`.)
            let i = i.trim();
            ["and ", "while ", "whereas ", "but "]
                .iter()
                .find_map(|c| i.strip_prefix(c))
                .unwrap_or(i)
        })
        .filter(|i| !i.is_empty())
        .collect()
}

/// The marks between the items of a list: commas, ASCII and full-width,
/// and the enumeration comma `、`.
const ITEM_MARKS: CharSet = CharSet::new(&[',', '、', '，']);

/// `a drop of 8% in burglaries`: the noun phrase after `in` that follows
/// the percent of a change noun (`a drop of`), when it names what changed,
/// not when (`in the first half`, `in 2023`, `in June`).
pub(in crate::record::bind) fn metric_in_after(text: &str, at: usize, end: usize) -> Option<&str> {
    let rest = text.get(at..end)?;
    if !rest.starts_with(" in ") {
        return None;
    }
    let metric = metric_after(text, at, end)?;
    let first = &metric[..crate::text::ascii_word_len(metric)];
    // `the` opens a metric only as `the number of` and its kind.
    let the_ok = ["number", "amount", "value", "total", "incidence"]
        .iter()
        .any(|w| {
            metric
                .get(4..4 + w.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
        });
    let when = WHEN_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w))
        || (first.eq_ignore_ascii_case("the") && !the_ok);
    (!when).then_some(metric)
}

/// Words that open a time or place after `in`, not a metric.
const WHEN_WORDS: &[&str] = &[
    "a",
    "all",
    "april",
    "august",
    "december",
    "each",
    "early",
    "february",
    "first",
    "its",
    "january",
    "july",
    "june",
    "late",
    "march",
    "may",
    "mid",
    "november",
    "october",
    "our",
    "recent",
    "september",
    "that",
    "their",
    "this",
    "total",
    "terms",
];
