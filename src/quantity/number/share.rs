//! Fractions that give a share of something: `three quarters of the
//! victims`, `a third of the suspects`, `fell by a tenth.` A quarter is
//! also a period (`the first three quarters of the year`), and `a third`
//! also an ordinal (`a third suspect`), so these read as numbers only
//! where a share stands: before `of` and no period, or before the end of
//! a clause.

use super::{fail, PResult};
use crate::quantity::rules::word;
use nom::branch::alt;
use nom::Parser;

/// Words after `of` that make a quarter or a third a stretch of time.
const PERIODS: [&str; 8] = [
    "year", "years", "fiscal", "fy", "month", "hour", "hours", "century",
];

/// Words between `of` and its noun that [`PERIODS`] may stand after.
const DETERMINERS: [&str; 7] = ["the", "this", "last", "that", "a", "an", "each"];

/// Whether the fraction word ends at `rest` as a share: before ` of ` and
/// no period (`of the year`, `of 2024`), or, when `at_end` allows it (not
/// for quarters: `in the first three quarters, ...`), before a comma,
/// full stop, semicolon, closing bracket or the end.
pub(super) fn stands_as_share(rest: &str, at_end: bool) -> bool {
    if let Some(mut after) = rest.strip_prefix(" of ") {
        // (At most two determiners: `of the last year`.)
        for _ in 0..2 {
            let len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
            let w = &after[..len];
            if !DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)) {
                break;
            }
            after = after[len..].trim_start_matches(' ');
        }
        let len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
        let w = &after[..len];
        let period = PERIODS.iter().any(|p| w.eq_ignore_ascii_case(p));
        return !period && !after.starts_with(|c: char| c.is_ascii_digit());
    }
    at_end && (rest.is_empty() || rest.starts_with([',', '.', ';', ')', '，', '。', '；']))
}

/// The denominator of a share after `a` or `an`: `a third of them`, `a
/// tenth.` (one over it). Not `a third suspect`, `a quarter of the year`.
pub(crate) fn article_fraction(input: &str) -> PResult<'_, u64> {
    let (rest, _) = alt((word("an"), word("a"))).parse(input)?;
    let Some(after) = rest.strip_prefix(' ') else {
        return fail(input);
    };
    let len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    const STEMS: [(&str, u64); 8] = [
        ("third", 3),
        ("fourth", 4),
        ("quarter", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("tenth", 10),
    ];
    let w = &after[..len];
    match STEMS.iter().find(|(s, _)| w.eq_ignore_ascii_case(s)) {
        Some(&(s, d)) if stands_as_share(&after[len..], s != "quarter") => Ok((&after[len..], d)),
        _ => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::show;
    use insta::assert_snapshot;

    #[test]
    fn a_share_after_an_article() {
        assert_snapshot!(show(article_fraction("a third of the suspects")), @r#"3 rest=" of the suspects""#);
        assert_snapshot!(show(article_fraction("a tenth.")), @r#"10 rest=".""#);
        assert_snapshot!(show(article_fraction("A quarter of them")), @r#"4 rest=" of them""#);
        assert_snapshot!(show(article_fraction("a fifth, the")), @r#"5 rest=", the""#);
    }

    #[test]
    fn ordinals_and_periods_are_no_share() {
        assert_snapshot!(show(article_fraction("a third suspect")), @"none");
        assert_snapshot!(show(article_fraction("a quarter of the year")), @"none");
        assert_snapshot!(show(article_fraction("a quarter of an hour")), @"none");
        assert_snapshot!(show(article_fraction("a quarter of 2024")), @"none");
        assert_snapshot!(show(article_fraction("a thirdly")), @"none");
        assert_snapshot!(show(article_fraction("a quarter, cases")), @"none");
        assert!(!stands_as_share(" of this fiscal year", true));
        assert!(stands_as_share(" of the victims", false));
        assert!(!stands_as_share(", cases fell", false));
    }
}
