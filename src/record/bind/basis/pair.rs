//! Bases paired with their percents: `by 12.3% and 4.1% year on year and
//! month on month respectively` gives the first basis to the first
//! percent; `a year-on-year decrease of 10.2% and a month-on-month rise of
//! 2.7%` gives each percent the basis before it.

use super::*;

/// The basis a `respectively` list pairs with the percent at `at`: the
/// bases named in the stretch from the clause start to the sentence end,
/// in order, and the percent's place among the percents of its clause.
/// None without `respectively` (`分别`) or with fewer than two bases.
pub(in crate::record::bind) fn respective_basis(
    text: &str,
    at: Span,
    clause: usize,
    sentence: usize,
) -> Option<Basis> {
    // (A bounded reach: each percent reads it once.)
    let (from, to) = (
        ceil_char(text, clause),
        floor_char(text, sentence.min(clause + REACH)),
    );
    let window = text.get(from..to)?;
    // (Each found by a byte few texts hold: the `v`, and the last byte of
    // `别`.)
    if find_pinned(window, RESPECTIVELY, 8).is_none() && find_pinned(window, "分别", 5).is_none()
    {
        return None;
    }
    // The bases in order, read only as far as the answer needs: past a
    // second, different basis (fewer, or all alike, pair nothing) and to
    // the percent's own place among them.
    let w = window.as_bytes();
    let mut named: Vec<Basis> = Vec::new();
    let mut distinct = false;
    let mut place = None;
    for basis in (0..w.len()).filter_map(|i| mention_at(w, i)) {
        distinct |= named.first().is_some_and(|&first| first != basis);
        named.push(basis);
        if !distinct {
            continue;
        }
        let place = match place {
            Some(p) => p,
            None => *place.insert(percents_before(text.get(from..at.start.max(from))?)),
        };
        if let Some(&b) = named.get(place) {
            return Some(b);
        }
    }
    None
}

/// How many percents `s` holds (`%`, `％`, `percent`, `per cent`).
fn percents_before(s: &str) -> usize {
    s.matches('%').count()
        + s.matches('％').count()
        + s.matches("percent").count()
        + s.matches("per cent").count()
}

/// The basis of the [`MENTIONS`] phrase at `i` of `w`, in any case: a
/// place is compared only with the mentions that start with its byte
/// ([`MENTIONS_BY_FIRST`]), most with none.
fn mention_at(w: &[u8], i: usize) -> Option<Basis> {
    let (from, to) = MENTIONS_BY_FIRST[usize::from(w[i])];
    if from == to {
        return None;
    }
    let (from, to) = (usize::from(from), usize::from(to));
    // (Every mention has four bytes or more: their first four, compared
    // as one word, turn most places away.)
    let h = w.get(i..i + 4)?;
    let head = head_of([h[0], h[1], h[2], h[3]]);
    MENTIONS[from..to]
        .iter()
        .zip(&MENTION_HEADS[from..to])
        .find(|&(&(m, _), &h)| {
            h == head
                && w.get(i..i + m.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(m.as_bytes()))
        })
        .map(|(&(_, b), _)| b)
}

/// Four bytes as one word, with each byte's `0x20` bit set: the same for
/// any case of four letters.
const fn head_of(b: [u8; 4]) -> u32 {
    u32::from_le_bytes(b) | 0x2020_2020
}

/// The [`head_of`] of each mention's first four bytes.
const MENTION_HEADS: [u32; MENTIONS.len()] = {
    let mut t = [0; MENTIONS.len()];
    let mut k = 0;
    while k < MENTIONS.len() {
        let m = MENTIONS[k].0.as_bytes();
        t[k] = head_of([m[0], m[1], m[2], m[3]]);
        k += 1;
    }
    t
};

/// How far a `respectively` list is read from its clause start, in bytes.
const REACH: usize = 300;

/// The basis phrases of a `respectively` list.
const MENTIONS: &[(&str, Basis)] = &[
    ("year-on-year", Basis::YearOnYear),
    ("year on year", Basis::YearOnYear),
    ("year-over-year", Basis::YearOnYear),
    ("同比", Basis::YearOnYear),
    ("month-on-month", Basis::MonthOnMonth),
    ("month on month", Basis::MonthOnMonth),
    ("chain-on-chain", Basis::MonthOnMonth),
    ("环比", Basis::MonthOnMonth),
    ("quarter-on-quarter", Basis::PeriodOnPeriod),
    ("period-on-period", Basis::PeriodOnPeriod),
];

/// For each byte, the run of [`MENTIONS`] that start with it in either
/// case (`from`, `to`; empty for most bytes). The mentions of one first
/// byte stand together in the table (the build fails otherwise).
const MENTIONS_BY_FIRST: [(u8, u8); 256] = {
    let mut t = [(0u8, 0u8); 256];
    let mut k = 0;
    while k < MENTIONS.len() {
        let first = MENTIONS[k].0.as_bytes()[0];
        let (from, to) = t[first as usize];
        let run = if from == to {
            (k as u8, k as u8 + 1)
        } else {
            assert!(to as usize == k, "mentions of one first byte apart");
            (from, k as u8 + 1)
        };
        t[first as usize] = run;
        t[first.to_ascii_uppercase() as usize] = run;
        k += 1;
    }
    t
};

/// The two windows beside a percent both name a basis, and the one on the
/// right runs on to the next number (`a year-on-year decrease of 10.2% and
/// a month-on-month increase of 2.7%`, `fell year-on-year by 10.2% but rose
/// month-on-month by 2.7%`): the right one is the next percent's, the left
/// one this one's.
pub(in crate::record::bind) fn left_of_next(
    text: &str,
    at: Span,
    left: usize,
    right: usize,
    clause_end: usize,
) -> Option<Basis> {
    if right >= clause_end {
        return None;
    }
    trend_basis(text, at.end, right)?;
    trend_basis(text, left, at.start)
}

/// The basis of an absolute change carried to the percent set off right
/// after it: `decreased by 120 year on year, down 9.2%`, `同比减少120起，
/// 下降9.2%`, `fell year-on-year by 120 cases, or 9.2%`. The percent's
/// clause is only a direction word (or `or`) after a comma, and the clause
/// before it names a number but no percent.
pub(in crate::record::bind) fn carried_basis(
    text: &str,
    at: Span,
    sentence: Span,
) -> Option<Basis> {
    let floor = ceil_char(text, sentence.start.max(at.start.saturating_sub(REACH)));
    let head = text.get(floor..at.start)?;
    // (The comma is looked for only as near as a lead can stand: the
    // longest, `a decrease of`, and a few spaces.)
    let near = ceil_char(head, head.len().saturating_sub(LEAD_REACH));
    let comma = near + COMMAS.rfind(&head[near..])?;
    let lead = head[comma..].trim_start_matches([',', '，']).trim();
    if !CARRY_LEADS.iter().any(|l| lead.eq_ignore_ascii_case(l)) {
        return None;
    }
    let before = &head[..comma];
    // The clause edge before: not the comma of a number (`1,200`).
    let b = before.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let from = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, ';' | '，' | '；') || (c == ',' && !(i > 0 && digit(i - 1) && digit(i + 1)))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &before[from..];
    let percent = clause.contains(['%', '％']) || clause.contains("percent");
    if percent || !clause.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    trend_basis(text, floor + from, floor + comma)
}

/// The basis of a phrase that opens the trend's part of a sentence after a
/// semicolon: `Year-on-year, thefts fell 10.2%; month-on-month, they rose
/// 2.7%` (the second percent's, before the sentence's own opener). The
/// phrase is short and holds no number.
pub(in crate::record::bind) fn part_opener_basis(
    text: &str,
    sentence: Span,
    clause: usize,
) -> Option<Basis> {
    let floor = ceil_char(text, sentence.start.max(clause.saturating_sub(REACH)));
    let head = text.get(floor..clause)?;
    // (Only as near as a part may be long: a semicolon further away opens
    // too long a part.)
    let near = ceil_char(head, head.len().saturating_sub(PART_LEN + 3));
    let semi = near + SEMICOLONS.rfind(&head[near..])?;
    let part = &head[semi..];
    if part.len() > PART_LEN || part.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    trend_basis(text, floor + semi, clause)
}

/// A semicolon, ASCII or full-width.
const SEMICOLONS: CharSet = CharSet::new(&[';', '；']);

/// How near before a carried percent its comma stands at most, in bytes.
const LEAD_REACH: usize = 24;

/// The longest part [`part_opener_basis`] reads, in bytes.
const PART_LEN: usize = 80;

/// What may stand between the comma and a carried percent.
const CARRY_LEADS: &[&str] = &[
    "a decline of",
    "a decrease of",
    "a drop of",
    "a fall of",
    "a rise of",
    "an increase of",
    "down",
    "down by",
    "or",
    "up",
    "up by",
    "上升",
    "下降",
    "减少",
    "增加",
    "增长",
    "降低",
];

#[cfg(test)]
mod tests {
    use super::super::tests::bases;
    use super::*;
    use insta::assert_snapshot;

    /// [`mention_at`] finds what comparing every mention at every place
    /// finds, in any case.
    #[test]
    fn a_mention_is_found_at_each_place_it_stands() {
        for text in [
            "Thefts fell 5% YEAR-ON-YEAR and 2% Month on Month.",
            "同比、环比分别下降",
            "year-on-yea",
            "quarter-on-quarter, period-on-period, chain-on-chain, year-over-year",
        ] {
            let w = text.as_bytes();
            for i in 0..w.len() {
                let naive = MENTIONS
                    .iter()
                    .find(|(m, _)| {
                        w.get(i..i + m.len())
                            .is_some_and(|s| s.eq_ignore_ascii_case(m.as_bytes()))
                    })
                    .map(|&(_, b)| b);
                assert_eq!(mention_at(w, i), naive, "{text:?} {i}");
            }
        }
    }

    #[test]
    fn each_percent_takes_its_own_basis() {
        assert_snapshot!(bases(&[
            "Robberies fell by 8.4% and 2.6% year on year and month on month respectively.",
            "Frauds went down month-on-month and year-on-year by 3.5% and 11.2% respectively.",
            "A month-on-month rise of 1.4% and a year-on-year fall of 6.6% were seen in thefts.",
            "Thefts rose month-on-month by 2.2% but fell year-on-year by 7.3%.",
            "抢劫案件同比、环比分别下降5.1%和2.4%。",
        ]), @"
        Robberies fell by 8.4% and 2.6% year on year and month on month respectively. => Decrease 8.4 Some(YearOnYear); Decrease 2.6 Some(MonthOnMonth)
        Frauds went down month-on-month and year-on-year by 3.5% and 11.2% respectively. => Decrease 3.5 Some(MonthOnMonth); Decrease 11.2 Some(YearOnYear)
        A month-on-month rise of 1.4% and a year-on-year fall of 6.6% were seen in thefts. => Increase 1.4 Some(MonthOnMonth); Decrease 6.6 Some(YearOnYear)
        Thefts rose month-on-month by 2.2% but fell year-on-year by 7.3%. => Increase 2.2 Some(MonthOnMonth); Decrease 7.3 Some(YearOnYear)
        抢劫案件同比、环比分别下降5.1%和2.4%。 => Decrease 5.1 Some(YearOnYear); Decrease 2.4 Some(MonthOnMonth)
        ");
    }

    #[test]
    fn an_absolute_change_lends_its_basis_to_the_percent_after_it() {
        assert_snapshot!(bases(&[
            "Burglaries rose by 46 on a year-on-year basis, up 5.8%.",
            "Frauds dropped month on month by 31 cases, or 4.9%.",
            "盗窃案件环比增加46起，上升5.8%。",
            // A percent of its own clause after a count with no basis: none.
            "Thefts fell by 40 in March, down 3.3%.",
            // A count's comma is no clause edge.
            "Robberies: 2,310 (same period last year: 2,455), down 5.9%.",
        ]), @"
        Burglaries rose by 46 on a year-on-year basis, up 5.8%. => Increase 5.8 Some(YearOnYear)
        Frauds dropped month on month by 31 cases, or 4.9%. => Decrease 4.9 Some(MonthOnMonth)
        盗窃案件环比增加46起，上升5.8%。 => Increase 5.8 Some(MonthOnMonth)
        Thefts fell by 40 in March, down 3.3%. => Decrease 3.3 None
        Robberies: 2,310 (same period last year: 2,455), down 5.9%. => Decrease 5.9 Some(YearOnYear)
        ");
    }

    #[test]
    fn a_part_after_a_semicolon_opens_with_its_own_basis() {
        assert_snapshot!(bases(&[
            "Year on year, frauds fell 6.2%; month on month, they rose 1.3%.",
            "Compared with last month, frauds fell 6.2%; robberies rose 1.3%.",
        ]), @"
        Year on year, frauds fell 6.2%; month on month, they rose 1.3%. => Decrease 6.2 Some(YearOnYear); Increase 1.3 Some(MonthOnMonth)
        Compared with last month, frauds fell 6.2%; robberies rose 1.3%. => Decrease 6.2 Some(MonthOnMonth); Increase 1.3 Some(MonthOnMonth)
        ");
    }
}
