//! The publication date and time: a dated header line, or a line that is
//! nothing but a date stamp anywhere in the text.

use super::HEADER_LEN;
use crate::lex::{Class, Kind, Token, Tokens};
use crate::quantity::date::{date_phrase, month_name, time_of_day, DatePhrase, RANGE_MARKS};
use crate::text::{ascii_word_before, floor_char};
use crate::{Date, Time};

/// Words before a date that make it an event date, not the publication date
/// (`From February 16, 2019`, `On July 7, 2022 police ...`).
const EVENT_BEFORE: &[&str] = &[
    "after", "before", "between", "by", "from", "in", "of", "on", "since", "till", "to", "until",
];

/// The first dated header line: a full date with its year near the top, not
/// introduced as an event (`From ...`, `On ...`).
///
/// A full date starts with a number or a capitalized month name: only
/// those tokens are tried.
pub(super) fn published(tokens: &Tokens<'_>) -> Option<(Date, Option<Time>)> {
    let text = tokens.text();
    let zone = &text[..floor_char(text, text.len().min(HEADER_LEN))];
    let bytes = zone.as_bytes();
    // `Updated: 2024-07-15 Published: 2024-07-12`: a later edit's date is
    // the publication's only when no other date follows on its line.
    let mut edited = None;
    // Only a number or a month's name starts a full date: the header's
    // other tokens are passed over four at a time.
    let header = &tokens.all()[..tokens.index_from(zone.len())];
    let may_start = |t: &Token| t.kind() == Kind::Number || t.starts().has(Class::Month);
    for (_, t) in crate::lex::stops(header, may_start) {
        let found = match t.kind() {
            // A month's capital, not glued to a number before it.
            Kind::Word => {
                let i = t.start();
                let month = t.starts().has(Class::Month)
                    && b"ADFJMNOS".contains(&bytes[i])
                    && !(i > 0 && bytes[i - 1].is_ascii_digit())
                    && t.whole().has(Class::Month)
                    && day_and_year_may_follow(zone, t.end());
                month
                    .then(|| header_date(zone, i).map(|d| (i, d)))
                    .flatten()
            }
            // Each ASCII digit that starts a run: the token's first, or one
            // after a full-width digit.
            Kind::Number => (t.start()..t.end().min(zone.len()))
                .filter(|&i| {
                    bytes[i].is_ascii_digit()
                        && !(i > 0 && bytes[i - 1].is_ascii_alphanumeric())
                        && may_start_date(zone, i)
                })
                .find_map(|i| header_date(zone, i).map(|d| (i, d))),
            _ => None,
        };
        match found {
            Some((i, stamp)) if edited.is_none() && is_edit_label(&zone[..i]) => {
                let line_end = zone[i..].find('\n').map_or(zone.len(), |n| i + n);
                edited = Some((stamp, line_end));
            }
            // (Only a date on the edit's own line wins over it.)
            Some((i, _)) if edited.is_some_and(|(_, end)| i > end) => break,
            Some((_, stamp)) => return stamp,
            None => {}
        }
    }
    edited
        .and_then(|(stamp, _)| stamp)
        .or_else(|| dated_line(tokens))
        .or_else(|| closing_credit_date(text))
}

/// `(Harbour Daily March 27, 2007)`: the last line, in brackets, an
/// outlet's name (one to five capitalized words, a comma maybe after
/// them) and a full date, as reprints close a story: the day the outlet
/// published it.
fn closing_credit_date(text: &str) -> Option<(Date, Option<Time>)> {
    let body = text.trim_end();
    let last = memchr::memrchr(b'\n', body.as_bytes())
        .map_or(body, |n| &body[n + 1..])
        .trim();
    let inner = last.strip_prefix('(')?.strip_suffix(')')?;
    let mut words = 0;
    for (i, w) in inner
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .map(|i| (i, &inner[i..]))
    {
        words += 1;
        let outlet = inner[..i].trim_end().trim_end_matches(',');
        let proper = outlet
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        if words > 5 || !proper {
            return None;
        }
        if month_name(w).is_ok() {
            return stamp_line(w).filter(|_| outlet.bytes().any(|b| b.is_ascii_lowercase()));
        }
    }
    None
}

/// Whether `before` (the text before a date) ends in an edit's label:
/// `Updated:`, `Modified:`, `Revised:`.
fn is_edit_label(before: &str) -> bool {
    let label = before.trim_end_matches(' ');
    let Some(label) = label.strip_suffix(':').or_else(|| label.strip_suffix('：')) else {
        return false;
    };
    let word = ascii_word_before(label.trim_end(), label.trim_end().len());
    ["updated", "modified", "revised"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the digits at `i` of `s` may start a full date: a year and
/// its separator (`2023-`, `2023年`), or a day of the month, a space and a
/// month's name (`2 May`, `6th Dec`). Only those make a dated day, so any
/// other number is not parsed.
fn may_start_date(s: &str, i: usize) -> bool {
    let bytes = s.as_bytes();
    // The digits' value, in one loop over them.
    let mut end = i;
    let mut value = 0u32;
    while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_digit()) {
        value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
        end += 1;
    }
    let year = (1900..=2100).contains(&value)
        && (matches!(bytes.get(end), Some(b'-' | b'/' | b'.'))
            || bytes[end..].starts_with("年".as_bytes()));
    // (A day first, `15/03/2024`, is one or two digits and a separator:
    // only those are parsed.)
    let day_sep = end - i <= 2 && matches!(bytes.get(end), Some(b'-' | b'/' | b'.'));
    year || ((1..=31).contains(&value) && month_follows(s, end))
        || (day_sep && day_first(&s[i..]).is_some())
}

/// The one to `max` digits `s` opens with: the text after them, and
/// their value.
fn digits(s: &str, max: usize) -> Option<(&str, Option<u16>)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=max)
        .contains(&n)
        .then(|| (&s[n..], s[..n].parse::<u16>().ok()))
}

/// A day-first stamp, its parts joined by one `-`, `/` or `.`:
/// `03-Sep-2024` (a month's name) or `24/06/2024` (its number), the
/// British and web-page order, or month first when only that reads
/// (`03/15/2024`); the text after it, and the day.
fn day_first(s: &str) -> Option<(&str, DatePhrase)> {
    let (rest, day) = digits(s, 2)?;
    let sep = rest
        .bytes()
        .next()
        .filter(|b| matches!(b, b'-' | b'/' | b'.'))?;
    let rest = &rest[1..];
    let (rest, month) = match month_name(rest) {
        Ok((rest, month)) => (rest, Some(u16::from(month))),
        Err(_) => digits(rest, 2)?,
    };
    let rest = rest.strip_prefix(char::from(sep))?;
    let (rest, year) = digits(rest, 4)?;
    let (mut day, mut month, year) = (u8::try_from(day?).ok()?, u8::try_from(month?).ok()?, year?);
    // `03/15/2024`: no month is 15, so the American order, month first.
    if month > 12 && (1..=12).contains(&day) {
        (day, month) = (month, day);
    }
    ((1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2100).contains(&year))
        .then_some((
            rest,
            DatePhrase::Day {
                year: Some(year),
                month,
                day,
            },
        ))
}

/// After a month's name (it ends at `i` of `s`): what a day and a year
/// need, `.`, spaces, digits, a two-letter suffix, `,`, spaces and a digit
/// (`. 30, 2019`, ` 4th, 2005`; a comma needs no space after it:
/// ` 07,2017`). A full date starting with a month's name
/// is read only then: any other text gives no dated day.
fn day_and_year_may_follow(s: &str, i: usize) -> bool {
    let bytes = s.as_bytes();
    let mut i = i + usize::from(bytes.get(i) == Some(&b'.'));
    let spaces = |i: usize| {
        bytes
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count()
    };
    let n = spaces(i);
    if n == 0 {
        return false;
    }
    i += n;
    let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return false;
    }
    i += digits;
    if bytes
        .get(i..i + 2)
        .is_some_and(|b| b.iter().all(u8::is_ascii_alphabetic))
    {
        i += 2;
    }
    let comma = bytes.get(i) == Some(&b',');
    i += usize::from(comma);
    // (`Dec 07,2017`: a comma may stand without its space.)
    let n = spaces(i);
    (n > 0 || comma) && bytes.get(i + n).is_some_and(u8::is_ascii_digit)
}

/// After a day's digits: an optional ordinal suffix, then spaces, then a
/// month's name (`th March`, ` May`).
fn month_follows(s: &str, mut i: usize) -> bool {
    let bytes = s.as_bytes();
    if bytes.get(i..i + 2).is_some_and(|b| {
        [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|x| b.eq_ignore_ascii_case(*x))
    }) {
        i += 2;
    }
    let spaces = bytes[i..]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    spaces > 0 && month_name(&s[i + spaces..]).is_ok()
}

/// The full date at `i` of the header `zone`, with its time, unless it is
/// a quoted case code or an event date: `None` to read on, `Some` for the
/// stamp (itself `None` when the date names no real day: the search ends
/// there all the same).
fn header_date(zone: &str, i: usize) -> Option<Option<(Date, Option<Time>)>> {
    let (after, phrase) = day_first(&zone[i..]).or_else(|| date_phrase(&zone[i..]).ok())?;
    if !matches!(phrase, DatePhrase::Day { year: Some(_), .. }) {
        return None;
    }
    // `"2014.5.1 excavation case"`: a case code in quotes.
    if zone[..i].ends_with(['"', '“', '‘', '\'']) {
        return None;
    }
    let line_start = zone[..i].rfind('\n').map_or(0, |p| p + 1);
    let before = zone[line_start..i].trim_end();
    let prev = ascii_word_before(before, before.len());
    // `Published on 2024.07.12`, `Posted by admin on 2024-03-11` (the
    // line's first word) are stamps, `On 2024-07-12, police ...` an event.
    let stamped = {
        let lead = before[..before.len() - prev.len()].trim_end();
        let verb = ascii_word_before(lead, lead.len());
        let opener = before.split_whitespace().next().unwrap_or("");
        ["published", "posted", "released"]
            .iter()
            .any(|w| verb.eq_ignore_ascii_case(w) || opener.eq_ignore_ascii_case(w))
    };
    if EVENT_BEFORE.iter().any(|w| prev.eq_ignore_ascii_case(w))
        && before.len()
            == before
                .trim_end_matches(|c: char| !c.is_ascii_alphabetic())
                .len()
        && !stamped
    {
        return None;
    }

    if opens_or_closes_range(before, after) {
        return None;
    }
    // `... Hebei Province, Aug. 24, 2021. (Xinhua/Li Wen)`: a photo's
    // caption dates the picture, its credit an agency and a photographer.
    let credit = after.trim_start_matches(['.', ' ']);
    if credit.starts_with('(')
        && credit
            .find(')')
            .is_some_and(|close| credit[..close].contains('/'))
    {
        return None;
    }

    Some(phrase.resolve(None, false).map(|d| (d, time_after(after))))
}

/// Whether a date with `before` and `after` it is one end of a span of
/// days: a joiner before it, or a joiner (or `to`, `through`) and another
/// day after it (`(March 15 - June 22, 2026)`, `（2026年3月1日至6月30日）`).
/// A notice's span is the time its action runs, not the day the page was
/// published.
fn opens_or_closes_range(before: &str, after: &str) -> bool {
    // (The first end's day closes the text before the joiner: `Network –
    // August 19, 2023`, `News - 4th Nov, 2019` set a byline's date off.)
    if let Some(head) = before.strip_suffix(RANGE_MARKS) {
        if head
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit() || c == '日' || c == '号')
        {
            return true;
        }
    }
    // (`between Dec. 3, 2024 and Jan. 9, 2025`: the day after `and`
    // closes a span that `between` opened on the line.)
    if let Some(head) = before.strip_suffix("and") {
        // (Either case: `Between` opens a line.)
        let between = head
            .as_bytes()
            .windows(8)
            .any(|w| w.eq_ignore_ascii_case(b"between "));
        if head.ends_with(' ') && between {
            return true;
        }
    }
    let after = after.trim_start_matches([' ', '\u{a0}']);
    let rest = after
        .strip_prefix(RANGE_MARKS)
        .or_else(|| after.strip_prefix("to "))
        .or_else(|| after.strip_prefix("through "));
    let Some(rest) = rest.map(|r| r.trim_start_matches([' ', '\u{a0}'])) else {
        return false;
    };
    // (`2024-07-12 - 18:30`: a time after a dash is the stamp's own.)
    let day = rest.starts_with(|c: char| c.is_ascii_digit()) && time_of_day(rest).is_err();
    day || month_name(rest).is_ok()
}

/// The time stated right after a date (`2024-08-14 08:37:33`,
/// `May 4, 2005, 16:04`, `2016/5/23T09:41`).
fn time_after(after: &str) -> Option<Time> {
    let i = after
        .find(|c: char| !matches!(c, ' ' | ',' | 'T' | '\u{a0}'))
        .unwrap_or(after.len());
    let (rest, t) = time_of_day(&after[i..]).ok().filter(|_| i <= 3)?;
    // `06:37 PM`, `12:05 AM`: a twelve-hour clock.
    let rest = rest.trim_start_matches(' ').as_bytes();
    let half = |m: &[u8]| {
        rest.len() >= 2
            && rest[..2].eq_ignore_ascii_case(m)
            && !rest.get(2).is_some_and(u8::is_ascii_alphanumeric)
    };
    match (half(b"pm"), half(b"am"), t.hour()) {
        (true, _, h @ 1..=11) => Time::new(h + 12, t.minute(), t.second()),
        (_, true, 12) => Time::new(0, t.minute(), t.second()),
        _ => Some(t),
    }
}

/// A line that holds nothing but a full date, a time and a zone
/// (`15th January 2021, 03:44 GMT+11`), anywhere in the text: a
/// publication stamp the page repeats below the article.
///
/// Lines are read between the line-break tokens (the tokenizer's marks
/// list them); only a short line that
/// starts with a number or a capitalized month is parsed.
fn dated_line(tokens: &Tokens<'_>) -> Option<(Date, Option<Time>)> {
    let text = tokens.text();
    let all = tokens.all();
    // The line breaks, from the tokenizer's marks.
    let mut newlines = tokens
        .marks()
        .iter()
        .map(|&m| m as usize)
        .filter(|&m| all[m].kind() == Kind::Newline);
    let mut k = 0;
    let mut start = 0;
    loop {
        let (end, next) = match newlines.next() {
            Some(m) => (all[m].start(), m + 1),
            None => (text.len(), all.len()),
        };
        let line = text[start..end].trim();
        if line.len() <= 60 && line.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            let at = line.as_ptr() as usize - text.as_ptr() as usize;
            // The line's first token: the line may open with a space the
            // tokenizer does not skip.
            let first = all[k..next].iter().find(|t| t.start() >= at);
            let may = first.is_some_and(|t| match t.kind() {
                Kind::Word => t.starts().has(Class::Month) && t.whole().has(Class::Month),
                Kind::Number => may_start_date(text, at),
                _ => false,
            });
            if may {
                if let Some(stamp) = stamp_line(line) {
                    return Some(stamp);
                }
            }
        }
        if next >= all.len() {
            return None;
        }
        k = next;
        start = end + 1;
    }
}

/// The stamp a short line holds: a full date, then no lowercase word.
fn stamp_line(line: &str) -> Option<(Date, Option<Time>)> {
    let (rest, phrase) = day_first(line).or_else(|| date_phrase(line).ok())?;
    let stamp = !rest.bytes().any(|b| b.is_ascii_lowercase());
    match phrase {
        DatePhrase::Day { year: Some(_), .. } if stamp => {
            phrase.resolve(None, false).map(|d| (d, time_after(rest)))
        }
        _ => None,
    }
}

/// Whether a date phrase of any kind may start `s`: a date's number, or a
/// word that starts one (a month's name, a weekday, `the`, `this`, `early`,
/// `end` ...). Any other start fails every date rule.
pub(super) fn may_be_date(s: &str) -> bool {
    const WORDS: [&str; 10] = [
        "beginning",
        "early",
        "earlier",
        "end",
        "late",
        "later",
        "mid",
        "start",
        "the",
        "this",
    ];
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let word = &s[..s.bytes().take_while(u8::is_ascii_alphabetic).count()];
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => may_start_date(s, 0),
        Some(b) if b.is_ascii_alphabetic() => {
            WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
                || DAYS.contains(&word)
                || month_name(s).is_ok()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_stamp_posted_by_its_poster_on_a_date() {
        let p = |t: &str| {
            format!(
                "{:?}",
                published(&Tokens::new(t)).map(|(d, _)| d.to_string())
            )
        };
        insta::assert_snapshot!(p("Police act\nPosted by editor on 2023-05-02 | 2 comments\nBody."), @r#"Some("2023-05-02")"#);
        insta::assert_snapshot!(p("Police act\nOfficers met on 2023-05-02 in the hall.\nBody."), @"None");
    }

    #[test]
    fn a_stamp_whose_year_follows_a_bare_comma() {
        let p = |t: &str| {
            format!(
                "{:?}",
                published(&Tokens::new(t)).map(|(d, _)| d.to_string())
            )
        };
        insta::assert_snapshot!(p("Nov 09,2016 at 08:15\n\nPolice seized 30 guns."), @"Some(\"2016-11-09\")");
        insta::assert_snapshot!(p("Police act\nSep 3,2022 09:40\nBody."), @"Some(\"2022-09-03\")");
        // The day after `and` in a span that `between` opens is no stamp.
        insta::assert_snapshot!(p("Police act\nSome 28 countries joined between Dec. 3, 2024 and Jan. 9, 2025.\nBody."), @"None");
        // No year after the comma: no stamp.
        insta::assert_snapshot!(p("Nov 09,480 guns were seized.\nBody."), @"None");
    }

    #[test]
    fn a_stamp_month_first_only_when_the_day_first_cannot_be() {
        let p = |t: &str| format!("{:?}", day_first(t).map(|(_, d)| d));
        insta::assert_snapshot!(p("03/15/2024"), @"Some(Day { year: Some(2024), month: 3, day: 15 })");
        insta::assert_snapshot!(p("15/03/2024"), @"Some(Day { year: Some(2024), month: 3, day: 15 })");
        insta::assert_snapshot!(p("03/04/2024"), @"Some(Day { year: Some(2024), month: 4, day: 3 })");
        insta::assert_snapshot!(p("13/15/2024"), @"None");
    }

    /// Text after a month's name: near misses of `. 30th, 2019` (other
    /// spaces, no digits, a long suffix, no comma).
    fn after_month() -> impl Strategy<Value = String> {
        let space = prop::sample::select(vec!["", " ", "  ", "\t", "\u{a0}", "\u{3000}"]);
        let suffix = prop::sample::select(vec!["", "th", "st", "rd", "x", "abc"]);
        (
            prop::sample::select(vec!["", "."]),
            space.clone(),
            "[0-9]{0,3}",
            suffix,
            prop::sample::select(vec!["", ","]),
            space,
            "[0-9]{0,5}",
            "[ a-z.]{0,4}",
        )
            .prop_map(|(dot, s1, day, suf, comma, s2, year, tail)| {
                format!("{dot}{s1}{day}{suf}{comma}{s2}{year}{tail}")
            })
    }

    proptest! {
        /// The cheap test before a month's name lets through every full
        /// date the date grammar reads there: it only saves work.
        #[test]
        fn the_month_filter_passes_every_date_the_grammar_reads(
            month in prop::sample::select(vec!["March", "Dec", "Sept", "May"]),
            rest in after_month(),
        ) {
            let s = format!("{month}{rest}");
            if header_date(&s, 0).is_some() {
                prop_assert!(day_and_year_may_follow(&s, month.len()), "{s:?}");
            }
        }
    }

    #[test]
    fn a_span_of_days_in_a_headline_is_no_publication_stamp() {
        let p = |t: &str| {
            format!(
                "{:?}",
                published(&Tokens::new(t)).map(|(d, _)| d.to_string())
            )
        };
        insta::assert_snapshot!(p("Campaign against theft (March 15 - June 22, 2026)\nBureau  2026-03-20\nBody."), @r#"Some("2026-03-20")"#);
        insta::assert_snapshot!(p("Notice on the action (2026年3月1日至6月30日)\nBody.\nBureau\nMarch 2, 2026"), @r#"Some("2026-03-02")"#);
        insta::assert_snapshot!(p("Notice on the action (1 May 2026 to 31 October 2026)\nBody."), @"None");
        // A stamp and its time after a dash stays the stamp.
        insta::assert_snapshot!(p("Police act\nBureau 2026-03-20 - 18:30\nBody."), @r#"Some("2026-03-20")"#);
        insta::assert_snapshot!(p("Police act\n2026-03-20 - Source: Bureau\nBody."), @r#"Some("2026-03-20")"#);
        // A dash that sets a byline's date off opens no span.
        insta::assert_snapshot!(p("Police act\nJellyfish Network – August 19, 2023\nBody."), @r#"Some("2023-08-19")"#);
        insta::assert_snapshot!(p("Police act\n今日上海 - 2019年09月04日\nBody."), @r#"Some("2019-09-04")"#);
    }

    #[test]
    fn the_month_filter_passes_a_plain_date_and_stops_a_bare_month() {
        let s = "March 30, 2019 at the bureau";
        assert!(header_date(s, 0).is_some());
        assert!(day_and_year_may_follow(s, 5));
        assert!(!day_and_year_may_follow("March madness", 5));
    }
}
