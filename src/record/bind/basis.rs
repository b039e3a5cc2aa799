//! The basis of a trend: what its change is compared with (`year on
//! year`, `compared with last month`, `YoY`, `同比`), read beside its
//! percent first, then in its clause, then in a phrase opening its
//! sentence.

use super::*;
use crate::text::{is_boundary_after, is_boundary_before};

mod aside;
mod pair;
mod phrases;
mod reach;
use aside::aside_basis;
use pair::{carried_basis, left_of_next, part_opener_basis, respective_basis};
use phrases::*;
pub(super) use reach::percents_after;
use reach::{after_earlier_level, list_basis, named_year};

/// The basis of the trend whose percent is at `at`.
///
/// Two trends in one clause each take their own basis (`fell 6.1% year on
/// year and 2.2% month on month`): the one right after the percent, up to
/// the next number; else the one before it, back to the previous number;
/// else any in the clause (`rose 5% and 3% year on year respectively`);
/// else one in a phrase that opens the sentence (`Compared with the same
/// period last year, cases fell 12%`).
pub(super) fn basis_of(text: &str, at: Span, ctx: &Ctx) -> Option<Basis> {
    let clause = Span::new(
        ctx.clause.start.min(at.start),
        ctx.clause.end.max(ctx.after),
    );
    let right = text.as_bytes()[at.end.min(clause.end)..clause.end]
        .iter()
        .position(u8::is_ascii_digit)
        .map_or(clause.end, |i| at.end + i);
    let left = text.as_bytes()[clause.start..at.start]
        .iter()
        .rposition(u8::is_ascii_digit)
        .map_or(clause.start, |i| clause.start + i + 1);
    // The basis right of the figure, then left of it, then anywhere in the
    // clause: the rest of it, as the two windows named none.
    respective_basis(text, at, clause.start, ctx.sentence.end)
        .or_else(|| left_of_next(text, at, left, right, clause.end))
        .or_else(|| trend_basis(text, at.end, right))
        .or_else(|| trend_basis(text, left, at.start))
        .or_else(|| {
            basis_in(
                text,
                &[
                    (clause.start, left),
                    (at.start, at.end),
                    (right, clause.end),
                ],
            )
        })
        .or_else(|| after_earlier_level(text, at.end, ctx.sentence.end))
        .or_else(|| list_basis(text, at.end, ctx.sentence.end))
        .or_else(|| carried_basis(text, at, ctx.sentence))
        .or_else(|| trailing_basis(text, clause.end, ctx.sentence.end))
        .or_else(|| part_opener_basis(text, ctx.sentence, clause.start))
        .or_else(|| opener_basis(text, ctx.sentence, clause.start))
        .or_else(|| closing_basis(text, ctx.sentence, clause.end))
        .or_else(|| aside_basis(text, at, ctx.sentence))
        .or_else(|| named_year(text, at.end, clause.end, ctx.sentence))
}

/// The basis set off at the end of the sentence, after its last comma,
/// that every trend of the sentence shares: `Frauds declined 23.1%, and
/// the sums involved fell 41.5%, year on year.` Only a phrase that opens
/// with a comparison, so that a clause of its own (`, while thefts rose`)
/// is none.
fn closing_basis(text: &str, sentence: Span, clause: usize) -> Option<Basis> {
    let end = floor_char(text, sentence.end);
    let tail = &text[ceil_char(text, end.saturating_sub(100).max(clause)).min(end)..end];
    let comma = tail.rfind([',', '，'])?;
    let phrase = tail[comma..]
        .trim_start_matches([',', '，'])
        .trim_start()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '。' || c.is_whitespace());
    let opens = CLOSING_OPENS.iter().any(|o| {
        phrase
            .as_bytes()
            .get(..o.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(o.as_bytes()))
    });
    if !opens || phrase.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let from = end - tail.len() + comma;
    trend_basis(text, from, end)
}

/// How a closing basis phrase opens: a comparison, or a basis itself.
const CLOSING_OPENS: &[&str] = &[
    "as against",
    "compared",
    "from a year",
    "from last",
    "from the previous",
    "from the same",
    "month on month",
    "month-on-month",
    "on last",
    "on the previous",
    "on the same",
    "over last",
    "over the previous",
    "over the same",
    "than last",
    "than the same",
    "versus",
    "year on year",
    "year over year",
    "year-on-year",
    "year-over-year",
];

/// The basis named by a number-free phrase set off after the trend's
/// clause: `fell 20%, compared with the same period last year`, `down by a
/// fifth, or 20.1 percent, on last year`.
fn trailing_basis(text: &str, clause: usize, sentence: usize) -> Option<Basis> {
    let end = floor_char(text, sentence.min(clause + 80));
    let rest = text[clause.min(end)..end].trim_start_matches(' ');
    let comma = [',', '，'].into_iter().find(|&c| rest.starts_with(c))?;
    // The phrase: from after the comma to the next edge.
    let from = end - rest.len() + comma.len_utf8();
    let phrase = &text[from..end];
    let to = from
        + phrase
            .find([',', ';', '.', '，', '；', '。'])
            .unwrap_or(phrase.len());
    if !verbless(&text[from..to]) {
        return None;
    }
    trend_basis(text, from, to)
}

/// Whether a phrase set off by commas is a modifier rather than a clause of
/// its own: no number, no auxiliary, and no conjunction or relative word
/// opening it (`, while thefts were stable on last year` is a clause).
fn verbless(phrase: &str) -> bool {
    let mut words = phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let opens_clause = words
        .next()
        .is_some_and(|w| CLAUSE_OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o)));
    !opens_clause
        && !phrase.bytes().any(|b| b.is_ascii_digit())
        && !words.any(|w| AUXILIARY.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// Words that open a clause of its own after a comma.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "when", "where", "whereas", "which", "while", "who",
];

/// Auxiliaries: a phrase with one has a verb.
const AUXILIARY: &[&str] = &["are", "been", "had", "has", "have", "is", "was", "were"];

/// The basis named by a phrase that opens the sentence before the trend's
/// clause: `Compared with last month, thefts rose 5%`, `Year on year, ...`.
/// Only a comparison counts: `Last year, thefts fell 5%` dates the fall;
/// and only a phrase without a number: `Thefts fell 4% year on year, while
/// robberies fell 2%` states the basis of its own trend only.
fn opener_basis(text: &str, sentence: Span, clause: usize) -> Option<Basis> {
    // The opener ends at the sentence's first comma (or a label's colon:
    // `Year on year: -4.2%`), within a short reach.
    let reach = floor_char(text, clause.min(sentence.start + 100));
    let head = &text[sentence.start.min(reach)..reach];
    let comma = head.find([',', '，', ':', '：'])?;
    let opener = &head[..comma];
    if opener.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // Whole words only: `over` compares, `Moreover` and `overall` do not.
    let compares = OPENER_COMPARES.iter().any(|w| {
        opener
            .as_bytes()
            .windows(w.len())
            .enumerate()
            .any(|(i, o)| {
                // (The first byte, ignoring case, turns most away.)
                o[0] | 0x20 == w.as_bytes()[0] | 0x20
                    && o.eq_ignore_ascii_case(w.as_bytes())
                    && is_boundary_before(opener, i)
                    && is_boundary_after(opener, i + w.len())
            })
    });
    if !compares {
        return None;
    }
    trend_basis(text, sentence.start, sentence.start + comma)
}

/// Words that make an opening phrase a comparison (whole words, sorted):
/// `compared with`, `than`,
/// `over`, `against`, or a basis word of its own (`year on year`).
const OPENER_COMPARES: &[&str] = &[
    "against",
    "compare",
    "compared",
    "comparing",
    "comparison",
    "month on month",
    "month-on-month",
    "over",
    "relative",
    "than",
    "year on year",
    "year-on-year",
    "同比",
    "环比",
    "相比",
];

/// The comparison named between `from` and `to`.
pub(super) fn trend_basis(text: &str, from: usize, to: usize) -> Option<Basis> {
    basis_in(text, &[(from, to)])
}

/// The comparison named in the stretches `spans` of `text`, read as one
/// window: a month basis first, then a year, then a period.
///
/// One pass over each stretch finds the key words (`month`, `chain`, `year`,
/// `same`, `annual`, `period`, `quarter`, `week`) and the short codes (`YoY`,
/// `m/m`, whole words); each phrase holds a key word, so it is compared
/// only where its key word was found, and most windows hold none.
fn basis_in(text: &str, spans: &[(usize, usize)]) -> Option<Basis> {
    let windows = spans.iter().filter_map(|&(from, to)| {
        let (from, to) = (ceil_char(text, from), floor_char(text, to));
        (from < to).then(|| &text.as_bytes()[from..to])
    });
    // Whether a phrase of each table was found.
    let (mut month, mut year, mut period) = (false, false, false);
    let (mut month_code, mut year_code, mut period_code) = (false, false, false);
    let mut cjk = false;
    let mut any = false;
    for window in windows.clone() {
        any = true;
        // (`同比`, `较去年同期`: only in a window with other than ASCII.)
        cjk |= !window.is_ascii();
        let alnum = |i: Option<usize>| {
            i.and_then(|i| window.get(i))
                .is_some_and(u8::is_ascii_alphanumeric)
        };
        // A short code (`YoY`, `y/y`) is a whole word.
        let code = |i: usize, codes: &[&str]| {
            !alnum(i.checked_sub(1))
                && codes.iter().any(|c| {
                    window
                        .get(i..i + c.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(c.as_bytes()))
                        && !alnum(Some(i + c.len()))
                })
        };
        // A phrase of `table` whose key word `key` is the one at `i`.
        let phrase = |i: usize, key: usize, table: &[Keyed]| {
            table.iter().any(|p| {
                p.key == key
                    && i.checked_sub(p.at)
                        .and_then(|s| window.get(s..s + p.phrase.len()))
                        .is_some_and(|w| w.eq_ignore_ascii_case(p.phrase.as_bytes()))
            })
        };
        for (i, &b) in window.iter().enumerate() {
            // The key word this letter may start (the keys of a table
            // start with different letters), by its index in the keys.
            let (keys, key, table, found) = match b | 0x20 {
                b'm' => {
                    month_code |= code(i, MONTH_CODES);
                    (MONTH_KEYS, 0, MONTH_PHRASES, &mut month)
                }
                b'y' => {
                    year_code |= code(i, YEAR_CODES);
                    (YEAR_KEYS, 0, YEAR_PHRASES, &mut year)
                }
                // (`chain-on-chain`: the translation of `环比`.)
                b'c' => (MONTH_KEYS, 1, MONTH_PHRASES, &mut month),
                b's' => (YEAR_KEYS, 1, YEAR_PHRASES, &mut year),
                b'a' => (YEAR_KEYS, 2, YEAR_PHRASES, &mut year),
                b'p' => (PERIOD_KEYS, 0, PERIOD_PHRASES, &mut period),
                b'q' => {
                    period_code |= code(i, PERIOD_CODES);
                    (PERIOD_KEYS, 1, PERIOD_PHRASES, &mut period)
                }
                b'w' => (PERIOD_KEYS, 2, PERIOD_PHRASES, &mut period),
                b'h' => (PERIOD_KEYS, 3, PERIOD_PHRASES, &mut period),
                // (`ring-on-ring`: another translation of `环比`.)
                b'r' => (MONTH_KEYS, 2, MONTH_PHRASES, &mut month),
                _ => continue,
            };
            // (Its second letter turns most words away before the whole
            // key is compared.)
            let word = keys[key].as_bytes();
            let starts = window.get(i + 1).is_some_and(|&c| c | 0x20 == word[1])
                && window
                    .get(i..i + word.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(word));
            if starts {
                *found |= phrase(i, key, table);
            }
        }
    }
    if !any {
        return None;
    }
    // Each phrase is lowercase ASCII (or Chinese); the windows are compared
    // ignoring case, without a lowercased copy.
    let has = |phrase: &str| {
        let p = phrase.as_bytes();
        windows.clone().any(|window| {
            window.len() >= p.len()
                && window
                    .windows(p.len())
                    .any(|w| w[0] | 0x20 == p[0] | 0x20 && w.eq_ignore_ascii_case(p))
        })
    };
    // `last month` alone may date the change rather than compare it
    // (`fell 10% last month`): only its comparative forms count.
    if month || month_code || (cjk && CJK_MONTH.iter().any(|p| has(p))) {
        Some(Basis::MonthOnMonth)
    } else if year || year_code || (cjk && CJK_YEAR.iter().any(|p| has(p))) {
        Some(Basis::YearOnYear)
    } else if period || period_code || (cjk && CJK_PERIOD.iter().any(|p| has(p))) {
        Some(Basis::PeriodOnPeriod)
    } else {
        None
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use insta::assert_snapshot;

    /// Each text's trends with their basis: `direction percent basis`.
    pub(in crate::record::bind) fn bases(texts: &[&str]) -> String {
        let line = |t: &&str| {
            let b = crate::Bulletin::parse(t).unwrap();
            let found: Vec<String> = b
                .trends
                .iter()
                .map(|t| format!("{:?} {} {:?}", t.direction, t.percent, t.basis))
                .collect();
            format!("{t} => {}", found.join("; "))
        };
        texts.iter().map(line).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn the_previous_year_quarter_and_half_named_in_chinese_and_english() {
        assert_snapshot!(bases(&[
            "盗窃案件比上年下降6.5%。",
            "诈骗案件较上年上升3.2%。与上年相比，抢劫下降4%。",
            "交通事故较上季度下降2.1%。",
            "Burglaries went up 3.3% half-on-half and 1.9% ring-on-ring.",
            "Robberies declined 5.6% compared with the previous half-year.",
        ]), @"
        盗窃案件比上年下降6.5%。 => Decrease 6.5 Some(YearOnYear)
        诈骗案件较上年上升3.2%。与上年相比，抢劫下降4%。 => Increase 3.2 Some(YearOnYear); Decrease 4 Some(YearOnYear)
        交通事故较上季度下降2.1%。 => Decrease 2.1 Some(PeriodOnPeriod)
        Burglaries went up 3.3% half-on-half and 1.9% ring-on-ring. => Increase 3.3 Some(PeriodOnPeriod); Increase 1.9 Some(MonthOnMonth)
        Robberies declined 5.6% compared with the previous half-year. => Decrease 5.6 Some(PeriodOnPeriod)
        ");
    }

    #[test]
    fn wire_bases_over_and_ago() {
        assert_snapshot!(bases(&[
            "Burglaries dropped 9% from the year-ago period and 4% from the year-earlier period.",
            "Frauds fell 4.5% in annual terms; alarms fell 3.3% on the month.",
            "Scams fell 8% quarter-over-quarter and 2% week over week.",
            "警情与上月相比上升4%。",
        ]), @"
        Burglaries dropped 9% from the year-ago period and 4% from the year-earlier period. => Decrease 9 Some(YearOnYear); Decrease 4 Some(YearOnYear)
        Frauds fell 4.5% in annual terms; alarms fell 3.3% on the month. => Decrease 4.5 Some(YearOnYear); Decrease 3.3 Some(MonthOnMonth)
        Scams fell 8% quarter-over-quarter and 2% week over week. => Decrease 8 Some(PeriodOnPeriod); Decrease 2 Some(PeriodOnPeriod)
        警情与上月相比上升4%。 => Increase 4 Some(MonthOnMonth)
        ");
    }

    /// Every phrase is found where it stands, in any case, by its key word.
    #[test]
    fn each_phrase_is_found_by_its_key_word() {
        let tables = [
            (MONTH_PHRASES, Basis::MonthOnMonth),
            (YEAR_PHRASES, Basis::YearOnYear),
            (PERIOD_PHRASES, Basis::PeriodOnPeriod),
        ];
        for (table, basis) in tables {
            for p in table {
                for phrase in [p.phrase.to_string(), p.phrase.to_ascii_uppercase()] {
                    let text = format!("Thefts fell 5% {phrase} here");
                    assert_eq!(trend_basis(&text, 0, text.len()), Some(basis), "{text}");
                }
            }
        }
    }
}
