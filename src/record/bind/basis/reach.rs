//! Bases read past the figure's own windows: after the list of percents
//! it opens, after the level a change started from, and a year named by
//! its number.

use super::*;

/// The percents of a list that follow one ending at `at` (joined by `,`,
/// `、` or `and`, each with its sign): how many, and where the last ends.
pub(in crate::record::bind) fn percents_after(
    text: &str,
    at: usize,
    end: usize,
) -> (usize, Option<usize>) {
    let end = floor_char(text, end);
    let b = text.as_bytes();
    let spaces = |mut i: usize| {
        while i < end && b[i] == b' ' {
            i += 1;
        }
        i
    };
    let (mut i, mut last, mut n) = (at, None, 0);
    for _ in 0..8 {
        let mut j = spaces(i);
        let rest = &text[j.min(end)..end];
        if rest.starts_with(',') {
            j = spaces(j + 1);
        } else if rest.starts_with('、') {
            j = spaces(j + '、'.len_utf8());
        }
        if text[j.min(end)..end].starts_with("and ") {
            j = spaces(j + 4);
        }
        let digits = b[j.min(end)..end]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b'.')
            .count();
        if j == i || digits == 0 {
            break;
        }
        let k = spaces(j + digits);
        let sign = ["%", "％", "percent", "per cent"]
            .iter()
            .find(|p| text[k..end].starts_with(*p))
            .map(|p| k + p.len());
        let Some(k) = sign else { break };
        (i, last, n) = (k, Some(k), n + 1);
    }
    (n, last)
}

/// The basis after a list of percents the figure opens, which they share:
/// `fell by 10.2%, 18.5% and 7.7% respectively year-on-year` (the first
/// one's clause ends at its comma).
pub(super) fn list_basis(text: &str, at: usize, end: usize) -> Option<Basis> {
    let end = floor_char(text, end);
    let b = text.as_bytes();
    let (_, last) = percents_after(text, at, end);
    let from = last?;
    // The rest of the last item's clause.
    let to = b[from..end]
        .iter()
        .position(|c| matches!(c, b',' | b';' | b'.'))
        .map_or(end, |n| from + n);
    trend_basis(text, from, to)
}

/// The basis after the level a change started from: `down 4.8% from 1,264
/// a year earlier` (the window right of the percent stops at `1,264`).
pub(super) fn after_earlier_level(text: &str, at: usize, end: usize) -> Option<Basis> {
    let end = floor_char(text, end);
    let rest = text[at.min(end)..end].trim_start();
    let from = rest.get(..5)?;
    if !from.eq_ignore_ascii_case("from ") {
        return None;
    }
    let b = text.as_bytes();
    let mut i = end - rest.len() + 5;
    if !b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // Past the number (`1,264`, `3.2`) to the next one, if any.
    while i < end
        && (b[i].is_ascii_digit()
            || (matches!(b[i], b',' | b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
    {
        i += 1;
    }
    let next = b[i..end]
        .iter()
        .position(u8::is_ascii_digit)
        .map_or(end, |n| i + n);
    trend_basis(text, i, next)
}

/// A change compared with the year before the one the sentence reports,
/// named by its number: `in 2016, up 19.1% from 2015`, `In 2023, thefts
/// fell 8.1% compared with 2022`, `Compared with 2022, thefts fell 12% in
/// 2023`. A year further back (`fell 29.9% in 2021 compared with 2015`) is
/// a span of years, no year on year.
pub(super) fn named_year(text: &str, at: usize, clause: usize, sentence: Span) -> Option<Basis> {
    let end = floor_char(text, sentence.end.min(at + 120));
    let right = text[at.min(end)..end].trim_start_matches([' ', ',', '，']);
    let head = &text[sentence.start..floor_char(text, sentence.end.min(sentence.start + 60))];
    let year = compares_year(right).or_else(|| {
        let c = COMMAS.find(head)?;
        (sentence.start + c < clause).then(|| compares_year(&head[..c]))?
    })?;
    // The year reported, named as a whole number in the sentence.
    let reported = (year + 1).to_string();
    let s = &text[sentence.range()];
    let named = s.match_indices(reported.as_str()).any(|(i, _)| {
        is_boundary_before(s, i)
            && !s
                .as_bytes()
                .get(i + 4)
                .is_some_and(u8::is_ascii_alphanumeric)
    });
    named.then_some(Basis::YearOnYear)
}

/// The year `s` opens a comparison with, named by its number (`from
/// 2021`, `compared with the same period of 2022`, `over 2019`); none for
/// a span of years (`from 2019 to 2023`, `2019 and 2020`).
fn compares_year(s: &str) -> Option<u16> {
    let opens = |s: &str, w: &str| {
        s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)) && is_boundary_after(s, w.len())
    };
    let lead = YEAR_COMPARE_LEADS.iter().find(|l| opens(s, l))?;
    let mut rest = s[lead.len()..].trim_start();
    if let Some(filler) = ["the same period of", "the same period in", "that of", "in"]
        .iter()
        .find(|f| opens(rest, f))
    {
        rest = rest[filler.len()..].trim_start();
    }
    let b = rest.as_bytes();
    let digits = b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit);
    // Not a longer number (`2015,000`, `2015.5`) nor a span (`2015-16`).
    let whole = !b.get(4).is_some_and(|&c| {
        c.is_ascii_alphanumeric()
            || matches!(c, b'-' | b'~' | b'/')
            || (matches!(c, b',' | b'.') && b.get(5).is_some_and(u8::is_ascii_digit))
    }) && !rest.get(4..).is_some_and(|r| r.starts_with('–'));
    if !digits || !whole || !(b.starts_with(b"19") || b.starts_with(b"20")) {
        return None;
    }
    let next = rest[4..].trim_start();
    if ["to", "through", "until", "till", "and", "or"]
        .iter()
        .any(|w| opens(next, w))
    {
        return None;
    }
    rest[..4].parse().ok()
}

/// How a comparison with a named year opens (longest first where one is
/// the start of another).
const YEAR_COMPARE_LEADS: &[&str] = &[
    "as compared with",
    "as compared to",
    "compared with",
    "compared to",
    "in comparison with",
    "as against",
    "against",
    "from",
    "over",
    "than in",
    "than",
    "versus",
];
