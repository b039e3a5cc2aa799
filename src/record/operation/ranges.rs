//! Date ranges in a sentence: `from May 1 to June 30`, `between May 1 and
//! June 30`, `(May 1 - June 30)`, `May 1 through June 30`, and the ranges
//! that write one end as a bare day: `from 10 to 19 June`, `from June 10
//! to 19`. A year written once, after the end (`from May 1 to June 30,
//! 2023`), is the start's too.

use super::*;
use crate::quantity::date::RANGE_MARKS;

/// The words that join the two ends of a range (`and` only after
/// `between`); the marks are the dates' [`RANGE_MARKS`].
const JOIN_WORDS: &[&str] = &["and", "through", "thru", "till", "to", "until"];

/// Whether `s` is one join word or one range mark.
fn is_join(s: &str) -> bool {
    let mut chars = s.chars();
    let mark = chars.next().is_some_and(|c| RANGE_MARKS.contains(&c)) && chars.next().is_none();
    mark || JOIN_WORDS.iter().any(|w| w.eq_ignore_ascii_case(s))
}

/// A range the date phrases of a sentence write.
#[derive(Clone, Copy)]
pub(super) struct Ranged {
    pub(super) from: DatePhrase,
    pub(super) to: DatePhrase,
    /// The date phrase that closes the range, when it is the next one.
    pub(super) closes: Option<usize>,
}

/// The range that date phrase `k` of `dates` (from [`dates_in`] over the
/// sentence `s`) opens, or closes after a bare day, if any.
pub(super) fn range_at(s: &str, dates: &[(usize, usize, DatePhrase)], k: usize) -> Option<Ranged> {
    let (at, end, phrase) = dates[k];
    let before = s[..at].trim_end();
    let opener = ascii_word_before(before, before.len());
    let between = opener.eq_ignore_ascii_case("between");
    // `May 1 to June 30`: two date phrases joined.
    if let Some(&(next, _, to)) = dates.get(k + 1) {
        if joins(&s[end..next], between) {
            return Some(Ranged {
                from: with_year_of(phrase, to),
                to,
                closes: Some(k + 1),
            });
        }
    }
    let DatePhrase::Day { year, month, day } = phrase else {
        return None;
    };
    let bare = |d: u8| DatePhrase::Day {
        year,
        month,
        day: d,
    };
    // `from June 10 to 19`: the end is a bare day of the start's month.
    if let Some(d) = bare_day_after(&s[end..], between).filter(|&d| d > day) {
        return Some(Ranged {
            from: phrase,
            to: bare(d),
            closes: None,
        });
    }
    // `from 10 to 19 June`: the start is a bare day of the end's month,
    // after the date before it.
    let floor = k.checked_sub(1).map_or(0, |p| dates[p].1);
    let d = bare_day_before(&s[floor..at])?;
    (d < day).then_some(Ranged {
        from: bare(d),
        to: phrase,
        closes: None,
    })
}

/// Whether `gap`, the text between two dates, joins them as a range.
fn joins(gap: &str, between: bool) -> bool {
    let gap = gap.trim();
    is_join(gap) && (gap != "and" || between)
}

/// The join word or mark that `s` starts with, after spaces: its length
/// with the spaces.
fn join_at(s: &str) -> Option<(&str, usize)> {
    let t = s.trim_start();
    let word = ascii_word_len(t);
    let len = if word > 0 {
        word
    } else {
        t.chars().next().map_or(0, char::len_utf8)
    };
    let join = &t[..len];
    is_join(join).then_some((join, s.len() - t.len() + len))
}

/// A day of the month at the start of `s`, with an ordinal ending or
/// none, not glued to a letter or digit: the day and its length.
fn day_number(s: &str) -> Option<(u8, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let day = s[..digits.min(3)].parse::<u8>().ok()?;
    let suffix = ["st", "nd", "rd", "th"]
        .iter()
        .find(|e| {
            s[digits..]
                .get(..2)
                .is_some_and(|h| h.eq_ignore_ascii_case(e))
        })
        .map_or(0, |e| e.len());
    let len = digits + suffix;
    let glued = s[len..].starts_with(|c: char| c.is_ascii_alphanumeric());
    ((1..=31).contains(&day) && digits <= 2 && !glued).then_some((day, len))
}

/// `to 19`, `-19`, `and 19th` at the start of `after` (the text after a
/// date): the bare day that ends the range, when no word it might count
/// follows (`to 19 cities` is not a date).
fn bare_day_after(after: &str, between: bool) -> Option<u8> {
    let (join, len) = join_at(after)?;
    if join == "and" && !between {
        return None;
    }
    let rest = after[len..].trim_start();
    let (day, len) = day_number(rest)?;
    let next = rest[len..].trim_start();
    let word = &next[..ascii_word_len(next)];
    let ends = word.is_empty()
        || ["and", "at", "in", "last", "this", "when"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word));
    ends.then_some(day)
}

/// `from 10 to`, `between 10 and`, `10-` at the end of `before` (the text
/// before a date, from the date before it): the bare day that starts the
/// range. Joined by a word, it needs `from` or `between` before it.
fn bare_day_before(before: &str) -> Option<u8> {
    let before = before.trim_end();
    // The join: a mark, or a word after a space.
    let (head, word) = match before.strip_suffix(RANGE_MARKS) {
        Some(head) => (head, None),
        None => {
            let word = JOIN_WORDS.iter().find(|w| {
                before.len() > w.len()
                    && crate::text::ends_ignore_case(before.as_bytes(), w.as_bytes())
            })?;
            let head = before[..before.len() - word.len()].strip_suffix(' ')?;
            (head, Some(*word))
        }
    };
    let head = head.trim_end();
    // The day with its ordinal ending: back over letters, then digits.
    let letters = head.len()
        - head
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let digits_end = head.len() - letters;
    let digits = head[..digits_end].len()
        - head[..digits_end]
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
    let start = digits_end - digits;
    let (day, len) = day_number(&head[start..])?;
    if len != head.len() - start || head[..start].ends_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let opener = head[..start].trim_end();
    let opener = ascii_word_before(opener, opener.len());
    let from = opener.eq_ignore_ascii_case("from");
    let between = opener.eq_ignore_ascii_case("between");
    let ok = match word {
        Some("and") => between,
        Some(_) => from || between,
        None => true,
    };
    ok.then_some(day)
}

/// `from` in the year of `to` when only `to` states one: `from May 1 to
/// June 30, 2023` starts in 2023, and `from December 20 to January 10,
/// 2024` in the year before.
fn with_year_of(from: DatePhrase, to: DatePhrase) -> DatePhrase {
    let (to_year, to_month, to_day) = match to {
        DatePhrase::Day {
            year: Some(y),
            month,
            day,
        } => (y, month, day),
        DatePhrase::Month {
            year: Some(y),
            month,
            ..
        } => (y, month, 31),
        _ => return from,
    };
    let later = |month: u8, day: u8| (month, day) > (to_month, to_day);
    match from {
        DatePhrase::Day {
            year: None,
            month,
            day,
        } => DatePhrase::Day {
            year: to_year.checked_sub(u16::from(later(month, day))),
            month,
            day,
        },
        DatePhrase::Month {
            year: None,
            month,
            part,
        } => DatePhrase::Month {
            year: to_year.checked_sub(u16::from(month > to_month)),
            month,
            part,
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    /// The operations of `text` read on 2024-08-14, one a line.
    fn p(text: &str) -> String {
        super::super::tests::ops(text, "2024-08-14").join("\n")
    }

    #[test]
    fn two_dates_joined() {
        assert_snapshot!(p("The \"Iron Shield\" operation runs between May 1 and June 30."), @r#"Iron Shield [] launched=None start=Some("2024-05-01") end=Some("2024-06-30")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation (May 1 - June 30) ended."), @r#"Iron Shield [] launched=None start=Some("2024-05-01") end=Some("2024-06-30")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation ran from May 1 through June 30."), @r#"Iron Shield [] launched=None start=Some("2024-05-01") end=Some("2024-06-30")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation ran from May 1 till the end of June."), @r#"Iron Shield [] launched=None start=Some("2024-05-01") end=Some("2024-06-30")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation ran May 1 until June 30."), @r#"Iron Shield [] launched=None start=Some("2024-05-01") end=Some("2024-06-30")"#);
        // A Chinese span in brackets, full-width or not.
        assert_snapshot!(p("The \"Iron Shield\" operation（2024年5月1日至6月30日）across the city."), @r#"Iron Shield [] launched=None start=Some("2024-05-01") end=Some("2024-06-30")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation (2025年12月1日到2026年2月28日) starts."), @r#"Iron Shield [] launched=None start=Some("2025-12-01") end=Some("2026-02-28")"#);
        // `and` joins a range only after `between`.
        assert_snapshot!(p("The \"Iron Shield\" operation was launched on May 1 and June 30."), @r#"Iron Shield [] launched=Some("2024-05-01") start=None end=None"#);
    }

    #[test]
    fn a_year_written_once_is_the_starts_too() {
        assert_snapshot!(p("The \"Iron Shield\" operation ran from May 1 to June 30, 2023."), @r#"Iron Shield [] launched=None start=Some("2023-05-01") end=Some("2023-06-30")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation ran from December 20 to January 10, 2024."), @r#"Iron Shield [] launched=None start=Some("2023-12-20") end=Some("2024-01-10")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation ran from December 20 last year to January 10."), @r#"Iron Shield [] launched=None start=Some("2023-12-20") end=Some("2024-01-10")"#);
    }

    #[test]
    fn a_bare_day_at_either_end() {
        assert_snapshot!(p("The \"Iron Shield\" operation runs from 10 to 19 June."), @r#"Iron Shield [] launched=None start=Some("2024-06-10") end=Some("2024-06-19")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation runs between 10th and 19th June."), @r#"Iron Shield [] launched=None start=Some("2024-06-10") end=Some("2024-06-19")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation runs 10-19 June."), @r#"Iron Shield [] launched=None start=Some("2024-06-10") end=Some("2024-06-19")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation runs from June 10 to 19."), @r#"Iron Shield [] launched=None start=Some("2024-06-10") end=Some("2024-06-19")"#);
        assert_snapshot!(p("The \"Iron Shield\" operation runs from June 10-19 this year."), @r#"Iron Shield [] launched=None start=Some("2024-06-10") end=Some("2024-06-19")"#);
        // A number that counts something is no day.
        assert_snapshot!(p("The \"Iron Shield\" operation from June 10 to 19 cities."), @r#"Iron Shield [] launched=None start=Some("2024-06-10") end=None"#);
        assert_snapshot!(p("The \"Iron Shield\" operation sent 10 to 19 June patrols."), @"Iron Shield [] launched=None start=None end=None");
        // The bare day must come before the other end.
        assert_snapshot!(p("The \"Iron Shield\" operation runs from June 10 to 5."), @r#"Iron Shield [] launched=None start=Some("2024-06-10") end=None"#);
    }
}
