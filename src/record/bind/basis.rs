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
    let right = first_digit(&text.as_bytes()[at.end.min(clause.end)..clause.end])
        .map_or(clause.end, |i| at.end + i);
    let left = last_digit(&text.as_bytes()[clause.start..at.start])
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

/// Whether one of the eight bytes of `w` is an ASCII digit. Each byte is
/// compared on its own: with its high bit set, it is lessened by at most
/// `0x3A` and borrows from no other.
fn has_digit(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let x = (w & !HIGHS) | HIGHS;
    // The high bit of each byte of `w` (its own cleared) that is `0` or
    // more, and of each that is more than `9`.
    let from_zero = x.wrapping_sub(ONES * 0x30) & HIGHS;
    let past_nine = x.wrapping_sub(ONES * 0x3A) & HIGHS;
    // (An ASCII byte only: `!w` clears the others.)
    from_zero & !past_nine & !w & HIGHS != 0
}

/// `b.iter().position(u8::is_ascii_digit)`, eight bytes at a time past
/// the runs without one.
fn first_digit(b: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(w) = b.get(from..from + 8) {
        if has_digit(u64::from_le_bytes([
            w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
        ])) {
            break;
        }
        from += 8;
    }
    b[from..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|i| from + i)
}

/// `b.iter().rposition(u8::is_ascii_digit)`, eight bytes at a time past
/// the runs without one.
fn last_digit(b: &[u8]) -> Option<usize> {
    let mut to = b.len();
    while to >= 8 {
        let w = &b[to - 8..to];
        if has_digit(u64::from_le_bytes([
            w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
        ])) {
            break;
        }
        to -= 8;
    }
    b[..to].iter().rposition(u8::is_ascii_digit)
}

/// The basis set off at the end of the sentence, after its last comma,
/// that every trend of the sentence shares: `Frauds declined 23.1%, and
/// the sums involved fell 41.5%, year on year.` Only a phrase that opens
/// with a comparison, so that a clause of its own (`, while thefts rose`)
/// is none.
fn closing_basis(text: &str, sentence: Span, clause: usize) -> Option<Basis> {
    let end = floor_char(text, sentence.end);
    let tail = &text[ceil_char(text, end.saturating_sub(100).max(clause)).min(end)..end];
    let comma = COMMAS.rfind(tail)?;
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

/// A comma, ASCII or full-width.
pub(super) const COMMAS: CharSet = CharSet::new(&[',', '，']);

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
    let to = from + PHRASE_EDGES.find(phrase).unwrap_or(phrase.len());
    if !verbless(&text[from..to]) {
        return None;
    }
    trend_basis(text, from, to)
}

/// What ends a phrase set off after a clause.
const PHRASE_EDGES: CharSet = CharSet::new(&[',', ';', '.', '，', '；', '。']);

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
    let comma = OPENER_ENDS.find(head)?;
    let opener = &head[..comma];
    if opener.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // Whole words only: `over` compares, `Moreover` and `overall` do not.
    // (A place whose byte, ignoring case, starts no word is passed with one
    // look-up.)
    let o = opener.as_bytes();
    let compares = (0..o.len())
        .filter(|&i| crate::text::byte_set::folded_in(&OPENER_FIRSTS, o[i]))
        .any(|i| {
            OPENER_COMPARES.iter().any(|w| {
                let w = w.as_bytes();
                o[i] | 0x20 == w[0] | 0x20
                    && o.get(i..i + w.len())
                        .is_some_and(|s| s.eq_ignore_ascii_case(w))
                    && is_boundary_before(opener, i)
                    && is_boundary_after(opener, i + w.len())
            })
        });
    if !compares {
        return None;
    }
    trend_basis(text, sentence.start, sentence.start + comma)
}

/// What ends an opening phrase: a comma, or a label's colon.
const OPENER_ENDS: CharSet = CharSet::new(&[',', '，', ':', '：']);

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

/// The first bytes of the [`OPENER_COMPARES`] words, ignoring case (each
/// with its `0x20` bit set).
const OPENER_FIRSTS: [bool; 256] = crate::text::byte_set::folded_firsts(&[OPENER_COMPARES]);

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
/// only where its key word was found, and most windows hold none. A byte
/// that starts no key word (most of them) costs one table look-up
/// ([`KEY_AT`]).
fn basis_in(text: &str, spans: &[(usize, usize)]) -> Option<Basis> {
    let windows = spans.iter().filter_map(|&(from, to)| {
        let (from, to) = (ceil_char(text, from), floor_char(text, to));
        (from < to).then(|| &text.as_bytes()[from..to])
    });
    // Whether a phrase or a code of each basis was found ([`MONTH`],
    // [`YEAR`], [`PERIOD`]).
    let mut named = [false; 3];
    // The Chinese bases, read only in windows with other than ASCII
    // (`同比`, `较去年同期`).
    let mut cjk_named = [false; 3];
    let mut any = false;
    for window in windows {
        any = true;
        if !window.is_ascii() {
            for (n, found) in cjk_in(window).into_iter().enumerate() {
                cjk_named[n] |= found;
            }
        }
        for (i, &b) in window.iter().enumerate() {
            let Some(k) = KEY_AT[usize::from(b)].checked_sub(1) else {
                continue;
            };
            let key = &KEYS[usize::from(k)];
            // (A basis already found needs no second phrase.)
            if named[key.basis] {
                continue;
            }
            if !key.codes.is_empty() {
                named[key.basis] |= code_at(window, i, key.codes);
            }
            // (Its first four letters, compared as one word, turn most
            // words away before the whole key is compared.)
            let word = key.word.as_bytes();
            let head = window.get(i..i + 4).is_some_and(|h| {
                u32::from_le_bytes([h[0], h[1], h[2], h[3]]) | 0x2020_2020 == key.head
            });
            let starts = head
                && window
                    .get(i..i + word.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(word));
            if starts {
                named[key.basis] |= phrase_at(window, i, key, word.len());
            }
            // A month basis comes first whatever else the windows name.
            if named[MONTH] {
                return Some(Basis::MonthOnMonth);
            }
        }
    }
    if !any {
        return None;
    }
    // `last month` alone may date the change rather than compare it
    // (`fell 10% last month`): only its comparative forms count.
    if cjk_named[MONTH] {
        Some(Basis::MonthOnMonth)
    } else if named[YEAR] || cjk_named[YEAR] {
        Some(Basis::YearOnYear)
    } else if named[PERIOD] || cjk_named[PERIOD] {
        Some(Basis::PeriodOnPeriod)
    } else {
        None
    }
}

/// The Chinese bases `window` names ([`CJK_MONTH`], [`CJK_YEAR`],
/// [`CJK_PERIOD`]), by [`MONTH`], [`YEAR`] and [`PERIOD`]: one pass over
/// its chars, each compared with the phrases only when one opens with it
/// ([`CJK_OPENERS`]).
fn cjk_in(window: &[u8]) -> [bool; 3] {
    let mut named = [false; 3];
    // (Every phrase is of three-byte chars: it starts where one does.)
    for (i, &b) in window.iter().enumerate() {
        if b < 0xE0 {
            continue;
        }
        let rest = &window[i..];
        let opens = rest
            .get(..3)
            .is_some_and(|head| CJK_OPENERS.iter().any(|o| o.as_bytes() == head));
        if !opens {
            continue;
        }
        for (n, table) in [(MONTH, CJK_MONTH), (YEAR, CJK_YEAR), (PERIOD, CJK_PERIOD)] {
            named[n] |= table.iter().any(|p| rest.starts_with(p.as_bytes()));
        }
    }
    named
}

/// Whether one of `codes` (`yoy`, `y/y`) stands at `i` of `window` as a
/// whole word, in any case.
fn code_at(window: &[u8], i: usize, codes: &[&str]) -> bool {
    let alnum = |i: usize| window.get(i).is_some_and(u8::is_ascii_alphanumeric);
    !(i > 0 && alnum(i - 1))
        && codes.iter().any(|c| {
            window
                .get(i..i + c.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(c.as_bytes()))
                && !alnum(i + c.len())
        })
}

/// Whether a phrase of `key`, the key word found at `i` of `window` (`len`
/// bytes), stands there, in any case. (The byte after the key word turns
/// most phrases away before the whole is compared.)
fn phrase_at(window: &[u8], i: usize, key: &Key, len: usize) -> bool {
    let after = window.get(i + len).map(u8::to_ascii_lowercase);
    key.phrases.iter().any(|p| {
        p.after.map_or(true, |a| after == Some(a))
            && i.checked_sub(p.at)
                .and_then(|s| window.get(s..s + p.phrase.len()))
                .is_some_and(|w| w.eq_ignore_ascii_case(p.phrase.as_bytes()))
    })
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

    /// Each Chinese phrase is found wherever it stands in a window, by the
    /// char it opens with; a window may name more than one basis.
    #[test]
    fn each_chinese_phrase_is_found_by_its_first_char() {
        let tables = [(CJK_MONTH, MONTH), (CJK_YEAR, YEAR), (CJK_PERIOD, PERIOD)];
        for (table, basis) in tables {
            for p in table {
                assert!(CJK_OPENERS.iter().any(|o| p.starts_with(o)), "{p}");
                for text in [p.to_string(), format!("抢劫案件{p}下降5%，a{p}")] {
                    assert!(cjk_in(text.as_bytes())[basis], "{text}");
                }
            }
        }
        assert_eq!(cjk_in("同比下降，环比上升".as_bytes()), [true, true, false]);
        assert_eq!(cjk_in("上月下降，上年".as_bytes()), [false, false, false]);
    }

    /// The digit searches read eight bytes at a time as the byte searches
    /// read one.
    #[test]
    fn digits_are_found_as_bytes_find_them() {
        for b in 0..=255u8 {
            let mut w = [b'x'; 19];
            for at in [0, 7, 8, 12, 18] {
                w[at] = b;
                let at_most = w.iter().position(u8::is_ascii_digit);
                assert_eq!(first_digit(&w), at_most, "{b} at {at}");
                assert_eq!(last_digit(&w), w.iter().rposition(u8::is_ascii_digit));
                assert_eq!(
                    first_digit(&w[..at]),
                    w[..at].iter().position(u8::is_ascii_digit)
                );
                assert_eq!(
                    last_digit(&w[at..]),
                    w[at..].iter().rposition(u8::is_ascii_digit)
                );
                w[at] = 0xFF - b;
            }
        }
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
