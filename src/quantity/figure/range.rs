//! The far end of a range after a figure's first number (`-15`, ` to
//! 15`, ` and 30` after `between`), with the unit written on both ends
//! (`44 mg to 50 mg`) and the change-and-level reading after a change
//! word (`rose by 35 to 300`).

use nom::character::complete::{char, satisfy};
use nom::combinator::{opt, peek};
use nom::{IResult, Parser};

use super::super::number::{amount, Amount, Script};
use super::super::rules::RangeMode;
use super::super::{rules, unit, words, Decimal, Unit};
use super::Before;

/// The far end of a range, and the near end as the far end reads it.
pub(super) struct RangeEnd<'a> {
    pub(super) rest: &'a str,
    /// The high end; `None` when it is too large to hold.
    pub(super) max: Option<Decimal>,
    /// The low end, with the high end's scale when it had none.
    pub(super) low: Decimal,
}

/// `-15`, ` to 15`, ` and 30` (after `between`): the high end of a range,
/// and the low end again, with the high end's scale when it has none of its
/// own (`10-20 million` is 10 million to 20 million; `1,000 to 2 million`
/// stays 1,000). An end too large to hold is a max of `None`, for a warning.
#[inline]
pub(super) fn range_tail<'a>(
    input: &'a str,
    mode: RangeMode,
    head: &Amount,
) -> Option<RangeEnd<'a>> {
    // Most numbers have no connector after them: the reject is inline.
    if !rules::may_connect(input, mode) {
        return None;
    }
    range_tail_after(input, mode, head)
}

/// [`range_tail`] past its reject.
#[inline(never)]
fn range_tail_after<'a>(input: &'a str, mode: RangeMode, head: &Amount) -> Option<RangeEnd<'a>> {
    let (s, _) = rules::range_connector(mode)(input).ok()?;
    let s = match unit::currency_before(s) {
        Ok((rest, _)) => rest,
        // `百分之十至百分之二十`: the far end repeats the percent (or the
        // per mille).
        Err(_) => s
            .strip_prefix("百分之")
            .or_else(|| s.strip_prefix("千分之"))
            .unwrap_or(s),
    };
    let (mut rest, mut high) = amount(s).ok()?;
    if high.script != head.script && high.script != Script::Words {
        return None;
    }
    // `$1m-$2m`, `HK$3m to HK$5m`: a near end scaled by a letter (read
    // next to its currency) scales the far end by its own letter.
    if head.scaled && !high.scaled {
        if let Ok((r, k)) = unit::money_suffix(rest) {
            high.value = high.value.and_then(|v| v.checked_mul(k));
            high.scaled = true;
            high.digits = None;
            rest = r;
        }
    }
    // `7-Eleven`: a capitalized word after digits is a name, not a range end.
    if head.script == Script::Digits && s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let lo = head.value?;
    let Some(hi) = high.value else {
        // `10-99999999999999999999999 yuan`: a range whose end overflows.
        let end = RangeEnd {
            rest,
            max: None,
            low: lo,
        };
        return (high.script == Script::Digits).then_some(end);
    };
    // `from 246 in 2017 to 98,000`: a year is only ever a range with a year.
    // The digits as written decide, whatever sign a word put before them
    // (`minus 2024-08-14` is no range either).
    let year_like = |a: &Amount, v: Decimal| {
        a.digits.is_some_and(|d| d.plain && d.int_digits == 4)
            && (Decimal::from_u64(1900)..=Decimal::from_u64(2099)).contains(&v.abs())
    };
    if year_like(head, lo) != year_like(&high, hi) {
        return None;
    }
    let shared = high
        .scale_only
        .or_else(|| chinese_digit_times_scale(&s[..s.len() - rest.len()]));
    let lo = match shared {
        Some(m) if !head.scaled => lo.checked_mul(m).filter(|l| *l < hi).unwrap_or(lo),
        _ => lo,
    };
    (hi > lo).then_some(RangeEnd {
        rest,
        max: high.value,
        low: lo,
    })
}

/// `三千`, `3千`, `五佰`: a far end that is one digit and a Chinese 百 or
/// 千 (or 佰, 仟) alone, whose scale a bare near end shares (`两到三千` is
/// 2000 to 3000, as `10到20万` is 100,000 to 200,000); that scale.
fn chinese_digit_times_scale(end: &str) -> Option<Decimal> {
    let mut chars = end.chars();
    let (digit, scale) = (chars.next()?, chars.next()?);
    let one_digit =
        matches!(digit, '1'..='9') || words::chinese_digit(digit).is_some_and(|d| d > 0);
    let k = match scale {
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        _ => return None,
    };
    (one_digit && chars.next().is_none()).then(|| Decimal::from_u64(k))
}

/// Whether `X to Y` after a change word is the change and the level it
/// reached (`rose by 35 to 300`, `fell 35 to 300 cases`): a worded
/// connector, no unit after the far end to share, and no scale on the far
/// end alone (`rose by 3 to 5 million` stays a range, so does `by 5 to 10
/// percent`). A dash always joins (`fell 10-15`).
pub(super) fn change_and_level(
    rest: &str,
    end: &RangeEnd<'_>,
    head: &Amount,
    before: Before<'_>,
) -> bool {
    let worded = rest
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_alphabetic());
    worded
        && head.value == Some(end.low)
        && unit::unit_after(end.rest).is_err()
        && (before.after_change)()
}

/// A range with the unit written on both ends (`44 mg to 50 mg`): the
/// rest, the shared unit and the high end, from the unit after the first
/// number (`first`, what [`unit::unit_after`] read there).
pub(super) fn unit_range<'a>(
    first: Option<(&'a str, (Unit, Decimal))>,
    mode: RangeMode,
    head: &Amount,
) -> Option<(RangeEnd<'a>, (Unit, Decimal))> {
    let (r, u) = first?;
    let dash = r.starts_with(['-', '–']);
    let end = range_tail(r, mode, head)?;
    // `10%-15%`, `2kg-3kg`, `10 kg-15 kg` are ranges; `5 kg-3` is a code:
    // after a dash the far end repeats the unit, at most a space after it.
    let r = if dash && u.0 != Unit::Percent {
        far_unit_gap(end.rest).ok()?.0
    } else {
        end.rest
    };
    let (r, u2) = unit::unit_after(r).ok()?;
    (u2 == u).then_some((RangeEnd { rest: r, ..end }, u))
}

/// The gap between a dashed range's far end and its repeated unit: none
/// (`2kg-3kg`) or one space (`10 kg-15 kg`, `1,000 yuan–2,000 yuan`), then
/// a letter or sign of the unit; a wider gap or a break is no unit of the range.
fn far_unit_gap(input: &str) -> IResult<&str, ()> {
    let (rest, _) = opt(char(' ')).parse(input)?;
    let (_, _) = peek(satisfy(|c: char| !c.is_whitespace())).parse(rest)?;
    Ok((rest, ()))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use super::far_unit_gap;
    use crate::quantity::tests::p;

    #[test]
    fn a_dashed_range_repeats_its_unit_a_space_away_at_most() {
        let gap = |s| far_unit_gap(s).map(|(r, _)| r).unwrap_or("none");
        assert_snapshot!(format!("{:?} {:?} {:?}", gap("kg"), gap(" kg"), gap("  kg")), @r#""kg" "kg" "none""#);
        assert_snapshot!(p("packs of 10 kg-15 kg, 50 yuan-80 yuan a gram, 3 tons–5 tons"), @"
        10 kg-15 kg = 10..15 kg Exact
        50 yuan-80 yuan = 50..80 CNY Exact
        3 tons–5 tons = 3000..5000 kg Exact
        ");
        // No unit on the far end: a code, as before.
        assert_snapshot!(p("5 kg-3 bags"), @"5 kg = 5 kg Exact");
    }

    #[test]
    fn a_change_then_the_level_reached() {
        assert_snapshot!(p("Burglaries climbed by 42 to 518 this year."), @"
        42 = 42 Exact
        518 = 518 Exact
        ");
        assert_snapshot!(p("Fraud reports dropped 60 to 1,240 cases."), @"
        60 = 60 Exact
        1,240 = 1240 Exact (cases)
        ");
        // Still ranges: a shared unit or scale, a dash, no change word.
        assert_snapshot!(p("Fines went up by 8 to 12 percent; losses rose by 2 to 3 million yuan."), @"
        8 to 12 percent = 8..12 percent Exact
        2 to 3 million yuan = 2000000..3000000 CNY Exact
        ");
        assert_snapshot!(p("Arrests fell 20-25 and teams of 4 to 6 officers patrolled."), @"
        20-25 = 20..25 Exact
        4 to 6 = 4..6 Exact (officers patrolled)
        ");
    }
}
