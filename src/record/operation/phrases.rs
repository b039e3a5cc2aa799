//! The date phrases of a sentence, tried only at the tokens that may
//! start one.

use super::*;

/// Every date phrase of `sentence`: (start, end, phrase), from the
/// sentence's start.
///
/// A date phrase starts at a word or number (not right after a letter or
/// digit): a day or a year with its separator ([`may_start_date_number`]),
/// a capitalized month or weekday, one of [`DATE_WORDS`], or `the`/`this`
/// before a word a phrase needs ([`may_start_date`]). Only those tokens are
/// tried; a test holds this to trying every byte.
pub(super) fn dates_in(tokens: &Tokens<'_>, sentence: Span) -> Vec<(usize, usize, DatePhrase)> {
    let mut out = Vec::new();
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    // No phrase is tried where an earlier one ends.
    let mut free = sentence.start;
    let try_at = |at: usize, out: &mut Vec<(usize, usize, DatePhrase)>, free: &mut usize| {
        if let Ok((rest, p)) = campaign_date(&text[at..sentence.end]) {
            let end = sentence.end - rest.len();
            // `the end of March` is read from its `the`.
            out.push((at - sentence.start, end - sentence.start, p));
            *free = end.max(at + 1);
        }
    };
    // Whether a phrase may start at byte `at`: not right after a letter
    // or digit of the sentence.
    let boundary = |at: usize| at == sentence.start || !bytes[at - 1].is_ascii_alphanumeric();
    let from = first_in(tokens, sentence);
    for (k, &t) in all.iter().enumerate().skip(from) {
        if t.start() >= sentence.end {
            break;
        }
        let at = t.start().max(sentence.start);
        if at < free {
            continue;
        }
        match t.kind() {
            Kind::Word => {
                let b = bytes[at];
                // The letters that start a date word.
                if !(b.is_ascii_uppercase() || b"temly".contains(&b)) || !boundary(at) {
                    continue;
                }
                // A word cut by the sentence's edge is tried as it is.
                let whole = at == t.start() && t.end() <= sentence.end;
                if !whole || may_start_date(tokens, k, sentence.end) {
                    try_at(at, &mut out, &mut free);
                }
            }
            Kind::Number => {
                // ASCII digits after a full-width one start a phrase too.
                for at in at..t.end().min(sentence.end) {
                    if at >= free
                        && bytes[at].is_ascii_digit()
                        && boundary(at)
                        && may_start_date_number(&text[at..sentence.end])
                    {
                        try_at(at, &mut out, &mut free);
                    }
                }
            }
            Kind::Cjk | Kind::Newline | Kind::Punct => {}
        }
    }
    out
}

/// A date phrase at the start of `i` ([`date_phrase`]), or a month named
/// by `last` (`last month`, `last December`: [`last_month`]).
pub(super) fn campaign_date(i: &str) -> Result<(&str, DatePhrase), ()> {
    date_phrase(i)
        .map_err(|_| ())
        .or_else(|()| last_month(i).or_else(|| cjk_year_month(i)).ok_or(()))
}

/// `2025年5月`: a year and month in Chinese, no day after them (`Since
/// 2025年5月`): the month.
fn cjk_year_month(i: &str) -> Option<(&str, DatePhrase)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let y = digits(i);
    let year: u16 = i[..y].parse().ok().filter(|y| (1900..=2100).contains(y))?;
    let rest = i[y..].strip_prefix('年')?;
    let m = digits(rest);
    let month: u8 = rest[..m].parse().ok().filter(|m| (1..=12).contains(m))?;
    let after = rest[m..].strip_prefix('月')?;
    let (year, part) = (Some(year), Part::Whole);
    // (`2025年5月8日` is a day, read by [`date_phrase`].)
    (!after.starts_with(|c: char| c.is_ascii_digit()))
        .then_some((after, DatePhrase::Month { year, month, part }))
}

/// `launched last month`: the month before the reference's; `last
/// December`, a translation's 去年12月, December of the year before the
/// reference's. Read from the `last` at the start of `i`; the rest after
/// it.
fn last_month(i: &str) -> Option<(&str, DatePhrase)> {
    let rest = i.get(..4)?.eq_ignore_ascii_case("last").then(|| &i[4..])?;
    let word = rest.trim_start_matches(' ');
    if word.len() == rest.len() || word.len() + 2 < rest.len() {
        return None;
    }
    let (after, phrase) = match word.get(..5) {
        Some(m) if m.eq_ignore_ascii_case("month") => {
            let part = Part::Whole;
            (&word[5..], DatePhrase::ThisMonth { shift: -1, part })
        }
        Some(_) | None => {
            let (after, month) = month_name(word).ok()?;
            let (day, part) = (None, Part::Whole);
            (after, DatePhrase::LastYear { month, day, part })
        }
    };
    (!after.starts_with(|c: char| c.is_ascii_alphanumeric())).then_some((after, phrase))
}

/// Words that may start a date phrase, besides month names, weekdays, `the`
/// and `this`: `the end of May`, `early June`, `mid-July`, `late`, `the
/// beginning of this year`, `the start of the year`, `earlier this month`,
/// `year-end`.
pub(super) const DATE_WORDS: &[&str] = &[
    "beginning",
    "earlier",
    "early",
    "end",
    "late",
    "later",
    "mid",
    "start",
    "year",
];

/// The words after `the` in a date phrase (`the end of`, `the year`).
pub(super) const AFTER_THE: &[&str] = &["beginning", "end", "start", "year"];

/// The words after `this` in a date phrase.
pub(super) const AFTER_THIS: &[&str] = &["month", "year"];

/// The weekdays, capitalized as a date phrase needs them.
pub(super) const WEEKDAYS: &[&str] = &[
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

/// Whether a date phrase may start with the word token `k`, in a sentence
/// that ends at byte `limit`. `the` and `this`, common as they are, only
/// with the word after them, or `the` before a number (`the 15th`).
pub(super) fn may_start_date(tokens: &Tokens<'_>, k: usize, limit: usize) -> bool {
    let word = tokens.str(k);
    let is = |w: &&str| w.eq_ignore_ascii_case(word);
    if is(&"the") {
        let number_next = tokens
            .all()
            .get(k + 1)
            .is_some_and(|t| t.kind() == Kind::Number);
        return number_next || next_word_in(tokens, k, limit, AFTER_THE);
    }
    if is(&"this") {
        return next_word_in(tokens, k, limit, AFTER_THIS);
    }
    // `last month`, `last December`: a month's name is read by the phrase.
    if is(&"last") {
        return next_word_in(tokens, k, limit, &["month"])
            || tokens
                .all()
                .get(k + 1)
                .is_some_and(|t| t.starts().has(Class::Month));
    }
    tokens.all()[k].starts().has(Class::Month)
        || DATE_WORDS.iter().any(is)
        || WEEKDAYS.contains(&word)
}

/// Whether the word after token `k`, past spaces and tabs, is one of
/// `words`, or may be as the text up to byte `limit` reads it.
pub(super) fn next_word_in(tokens: &Tokens<'_>, k: usize, limit: usize, words: &[&str]) -> bool {
    let all = tokens.all();
    let Some(next) = all.get(k + 1) else {
        return false;
    };
    if next.end() > limit {
        return true;
    }
    let gap = &tokens.text().as_bytes()[all[k].end()..next.start()];
    next.kind() == Kind::Word
        && !gap.is_empty()
        && gap.iter().all(|&b| b == b' ' || b == b'\t')
        && words
            .iter()
            .any(|w| w.eq_ignore_ascii_case(tokens.str(k + 1)))
}

/// Whether a date phrase may start with the digits at the start of `s`: a
/// day of the month (`2 July`, `6th Dec`), or a year and its separator
/// (`2024-08-14`, `2017/8/14`, `2022.08.05`, `2019年09月04日`).
pub(super) fn may_start_date_number(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[digits..];
    rest.starts_with(['-', '/', '.', '年'])
        || s[..digits]
            .parse::<u8>()
            .is_ok_and(|d| (1..=31).contains(&d))
}

/// The index of the first token that reaches into `span`.
pub(super) fn first_in(tokens: &Tokens<'_>, span: Span) -> usize {
    let k = tokens.index_from(span.start);
    match k.checked_sub(1) {
        Some(prev) if tokens.all()[prev].end() > span.start => prev,
        _ => k,
    }
}
