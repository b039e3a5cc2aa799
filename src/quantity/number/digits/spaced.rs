//! Thousands grouped by spaces (`1 200 bottles`, `12 500`, `1 350 000`),
//! as European and some wire copy writes them.
//!
//! A space also stands between two counts: in a flattened table row
//! (`North gate 287 693`: vehicles, then people) and in machine-translated
//! pairs of cases and people (`75 108 people` for 75起108人). So the rule
//! is narrow: groups of exactly three ASCII digits, each after one space
//! (or a no-break or thin space), after a lead of one digit (`1 200`,
//! `3 987`), or after a lead of two or three when every group is a round
//! hundred (`12 500`, `500 000 yuan`); and no further digit group after
//! the last one (`12 345 6789` is a code, not a count). A pair after a
//! one-digit lead (`5 108 people` for 5起108人) is joined: no rule here
//! tells it from `2 118 people`.

use nom::combinator::{not, peek, verify};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::{digit_run, Integer};

/// The space between two groups: ASCII, no-break (U+00A0), thin (U+2009)
/// or narrow no-break (U+202F).
fn group_space(input: &str) -> IResult<&str, ()> {
    let len = if input.starts_with(' ') {
        1
    } else if input.starts_with('\u{a0}') {
        2
    } else if input.starts_with(['\u{2009}', '\u{202f}']) {
        3
    } else {
        0
    };
    match len {
        0 => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Space,
        ))),
        n => Ok((&input[n..], ())),
    }
}

/// One group after a space: exactly three ASCII digits.
fn group(input: &str) -> IResult<&str, Integer> {
    let three = verify(digit_run, |g: &Integer| g.plain && g.digits == 3);
    preceded(group_space, three).parse(input)
}

/// Whether `input` opens with a lead of at most three ASCII digits and a
/// space before a digit: the cheap test before [`spaced_thousands`].
pub(super) fn may_be_spaced(b: &[u8]) -> bool {
    let lead = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let gap = match b.get(lead..) {
        Some([b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0x89 | 0xAF, ..]) => 3,
        _ => return false,
    };
    (1..=3).contains(&lead) && b.get(lead + gap).is_some_and(u8::is_ascii_digit)
}

/// `1 200`, `45 000`, `1 350 000`: the integer of a space-grouped number
/// (see the module docs), not plain (a separator stands in it).
pub(super) fn spaced_thousands(input: &str) -> IResult<&str, Integer> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )))
    };
    let (mut rest, lead) =
        verify(digit_run, |l: &Integer| l.plain && l.digits <= 3).parse(input)?;
    let mut int = lead;
    let mut groups = 0;
    let mut round = true;
    while let Ok((r, g)) = group(rest) {
        // (Three digits: the remainder is taken in 64 bits.)
        round &= g.value.is_some_and(|v| v as u64 % 100 == 0);
        // A longer lead fails at its first group that is not round, and
        // no number runs past trillions: a row of many groups is read a
        // few groups at a time, so a scan that retries at each group
        // stays linear.
        if (lead.digits > 1 && !round) || groups == MOST_GROUPS {
            return fail();
        }
        int = int.push((g, false));
        groups += 1;
        rest = r;
    }
    if groups == 0 {
        return fail();
    }
    // No digit group of another length after the last one.
    let (rest, ()) = not(peek(preceded(group_space, digit_run))).parse(rest)?;
    Ok((rest, int))
}

/// The most groups after a lead (`1 000 000 000 000`).
const MOST_GROUPS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> String {
        match spaced_thousands(s) {
            Ok((rest, i)) => format!("{:?} rest={rest:?}", i.value),
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn groups_after_a_short_lead() {
        assert_eq!(v("1 200 bottles"), r#"Some(1200) rest=" bottles""#);
        assert_eq!(v("12 500."), r#"Some(12500) rest=".""#);
        assert_eq!(
            v("1 350 000 residents"),
            r#"Some(1350000) rest=" residents""#
        );
        assert_eq!(v("45\u{a0}000 people"), r#"Some(45000) rest=" people""#);
        assert_eq!(v("3\u{202f}987 items"), r#"Some(3987) rest=" items""#);
    }

    #[test]
    fn a_longer_lead_only_before_round_groups() {
        assert_eq!(v("500 000 yuan"), r#"Some(500000) rest=" yuan""#);
        // Two counts side by side in a table row.
        assert_eq!(v("287 693 people"), "none");
        assert_eq!(v("154 402"), "none");
        // Cases and people side by side; round groups after a longer lead.
        assert_eq!(v("75 108 people"), "none");
        assert_eq!(v("86 400 live"), r#"Some(86400) rest=" live""#);
        // A one-digit lead joins whatever follows (`5 108 people` would
        // be 5起108人 in a cases-and-people pair: a known cost, see the
        // module docs).
        assert_eq!(v("2 118 people"), r#"Some(2118) rest=" people""#);
    }

    #[test]
    fn a_long_row_of_groups_is_no_number() {
        assert_eq!(
            v("1 000 000 000 000 yuan"),
            r#"Some(1000000000000) rest=" yuan""#
        );
        assert_eq!(v("1 101 108 115 122 129"), "none");
        assert_eq!(v("12 101 108"), "none");
    }

    #[test]
    fn codes_and_other_groupings_are_no_spaced_number() {
        // A mobile number, a card, a longer run of groups.
        assert_eq!(v("138 1234 5678"), "none");
        assert_eq!(v("12 345 6789"), "none");
        assert_eq!(v("6222 0212 3456"), "none");
        // A group of two or four digits.
        assert_eq!(v("5 20 people"), "none");
        assert_eq!(v("5 2000 people"), "none");
        assert_eq!(v("35 suspects"), "none");
        assert!(!may_be_spaced(b"2024 500"));
        assert!(may_be_spaced(b"12 500"));
        assert!(!may_be_spaced(b"35 suspects"));
    }
}
