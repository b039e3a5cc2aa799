//! A nom grammar for the ways bulletins write dates and times, resolved
//! against a reference date into a [`Date`]. Never reads the clock.
//!
//! | written | resolves to (reference 2024-08-14) |
//! |---|---|
//! | `2024-08-14`, `2017/8/14`, `2022.08.05`, `2019年09月04日` | that day |
//! | `July 2`, `Sept. 30`, `2 July`, `6th Dec, 2018` | 2024-07-02, ... (the reference year) |
//! | `in June`, `since January`, `early July` | 2024-06-01, 2024-01-01, 2024-07-01 |
//! | `mid-July`, `late July`, `the end of July` | 2024-07-11, 2024-07-21, 2024-07-31 |
//! | `on Monday` | the last Monday on or before the reference date |
//!
//! A past event (`launched on December 20`) written without a year that
//! would fall after the reference date is taken from the year before.

use std::str::FromStr;

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::satisfy;
use nom::character::complete::{char, digit1, space0, space1};
use nom::combinator::{map_res, not, opt, recognize, verify};
use nom::sequence::preceded;
use nom::sequence::terminated;
use nom::{IResult, Parser};

use super::calendar::days_in_month;
pub(crate) use super::calendar::{Date, Time};
use super::rules::text_no_case;
use crate::text::lexicon::MONTHS;
use crate::text::{ascii_word_len, match_prefix};

mod relative;
use relative::{day_of_month, with_year_word, year_end};

/// The marks that join the two ends of a span of days (`March 15 - June
/// 22`, `3月1日至6月30日`): dashes, tildes and the Chinese `至` and `到`.
/// The meta's publication date and the operations' ranges both read them.
pub(crate) const RANGE_MARKS: &[char] = &['-', '\u{2013}', '\u{2014}', '~', '～', '至', '到'];

/// `HH:MM` or `HH:MM:SS` (one-digit hours too) at the start of `i`.
pub(crate) fn time_of_day(i: &str) -> PResult<'_, Time> {
    let two = |i| map_res(verify(digit1, |d: &str| d.len() <= 2), str::parse::<u8>).parse(i);
    let (i, hour) = two(i)?;
    let (i, _) = char(':').parse(i)?;
    let (i, minute) = two(i)?;
    let (i, second) = opt(preceded(char(':'), two)).parse(i)?;
    match Time::new(hour, minute, second) {
        Some(t) if !i.starts_with(|c: char| c.is_ascii_digit()) => Ok((i, t)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// Which part of a month a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Whole,
    Early,
    Mid,
    Late,
    End,
}

/// A date as written, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DatePhrase {
    /// A day: `July 2`, `2024-08-14`.
    Day {
        year: Option<u16>,
        month: u8,
        day: u8,
    },
    /// A month or part of one: `June`, `early July`, `the end of July`.
    Month {
        year: Option<u16>,
        month: u8,
        part: Part,
    },
    /// A weekday: `Monday` (0) ... `Sunday` (6).
    Weekday(u8),
    /// Part of the reference month (`shift` 0: `earlier this month`, `this
    /// month`, `the end of the month`) or of the month after it (1: `the end
    /// of next month`) or before it (-1: `early last month`).
    ThisMonth { shift: i8, part: Part },
    /// A day, or part of a month, in the year before the reference's:
    /// `December 20 last year`, `the end of last year`.
    LastYear {
        month: u8,
        day: Option<u8>,
        part: Part,
    },
    /// A day of the reference month (`back` 0: `the 15th of this month`,
    /// `on the 15th`) or of a month before it (1: `the 8th of last month`).
    DayOfMonth { back: u8, day: u8 },
}

impl DatePhrase {
    /// Whether the phrase states its year (a weekday or `this month` never does).
    pub(crate) fn has_year(self) -> bool {
        match self {
            DatePhrase::Day { year, .. } | DatePhrase::Month { year, .. } => year.is_some(),
            DatePhrase::Weekday(_)
            | DatePhrase::ThisMonth { .. }
            | DatePhrase::LastYear { .. }
            | DatePhrase::DayOfMonth { .. } => false,
        }
    }

    /// The date it names, against `reference`. A `past` event never lands
    /// after the reference date: a yearless date that would is taken from
    /// the year before (`launched on December 20`, read on January 10).
    pub(crate) fn resolve(self, reference: Option<Date>, past: bool) -> Option<Date> {
        let (year, month, day) = match self {
            DatePhrase::Day { year, month, day } => (year, month, day),
            DatePhrase::Month { year, month, part } => {
                let day = match part {
                    Part::Whole | Part::Early => 1,
                    Part::Mid => 11,
                    Part::Late => 21,
                    Part::End => {
                        days_in_month(year.or(reference.map(Date::year)).unwrap_or(2000), month)
                    }
                };
                (year, month, day)
            }
            DatePhrase::Weekday(w) => {
                let r = reference?;
                return r.minus_days((r.weekday() + 7 - w) % 7);
            }
            DatePhrase::ThisMonth { shift, part } => {
                let r = reference?;
                // Months since year 0, shifted.
                let months = i64::from(r.year()) * 12 + i64::from(r.month()) - 1 + i64::from(shift);
                return DatePhrase::Month {
                    year: Some(u16::try_from(months.div_euclid(12)).ok()?),
                    month: u8::try_from(months.rem_euclid(12) + 1).ok()?,
                    part,
                }
                .resolve(reference, past);
            }
            DatePhrase::LastYear { month, day, part } => {
                let year = Some(reference?.year().checked_sub(1)?);
                return match day {
                    Some(day) => DatePhrase::Day { year, month, day },
                    None => DatePhrase::Month { year, month, part },
                }
                .resolve(reference, past);
            }
            DatePhrase::DayOfMonth { back, day } => {
                let r = reference?;
                // Months since year 0, counted back.
                let months = u32::from(r.year()) * 12 + u32::from(r.month()) - 1;
                let months = months.checked_sub(u32::from(back))?;
                let year = u16::try_from(months / 12).ok()?;
                return Date::new(year, (months % 12) as u8 + 1, day);
            }
        };
        if let Some(y) = year {
            return Date::new(y, month, day);
        }
        let r = reference?;
        let date = Date::new(r.year(), month, day)?;
        if past && date > r {
            Date::new(r.year().checked_sub(1)?, month, day)
        } else {
            Some(date)
        }
    }
}

impl DatePhrase {
    /// The date it names in the year, of the reference's and the ones
    /// either side, that lies nearest `reference`: for an event told in
    /// the present or future tense (`will run from January 5`, read on
    /// December 20, is next January). A phrase with its year, or one
    /// counted from the reference, resolves as [`DatePhrase::resolve`].
    pub(crate) fn resolve_near(self, reference: Option<Date>) -> Option<Date> {
        let date = self.resolve(reference, false);
        let (Some(r), Some(d)) = (reference, date) else {
            return date;
        };
        let in_year = |year: u16| match self {
            DatePhrase::Day {
                year: None,
                month,
                day,
            } => DatePhrase::Day {
                year: Some(year),
                month,
                day,
            }
            .resolve(reference, false),
            DatePhrase::Month {
                year: None,
                month,
                part,
            } => DatePhrase::Month {
                year: Some(year),
                month,
                part,
            }
            .resolve(reference, false),
            DatePhrase::Day { .. }
            | DatePhrase::Month { .. }
            | DatePhrase::Weekday(_)
            | DatePhrase::ThisMonth { .. }
            | DatePhrase::LastYear { .. }
            | DatePhrase::DayOfMonth { .. } => None,
        };
        let away = |x: &Date| (x.days_since_unix_epoch() - r.days_since_unix_epoch()).abs();
        // (The reference's year first: it wins a tie.)
        [
            Some(d),
            r.year().checked_sub(1).and_then(in_year),
            r.year().checked_add(1).and_then(in_year),
        ]
        .into_iter()
        .flatten()
        .min_by_key(away)
    }
}

type PResult<'a, T> = IResult<&'a str, T>;

fn number<T: FromStr>(i: &str) -> PResult<'_, T> {
    map_res(digit1, str::parse).parse(i)
}

/// `2024-08-14`, `2017/8/14`, `2022.08.05`, `2019年09月04日`.
pub(crate) fn iso_date(i: &str) -> PResult<'_, DatePhrase> {
    let (i, year) = number::<u16>(i)?;
    if !(1900..=2100).contains(&year) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (i, sep) = alt((tag("-"), tag("/"), tag("."), tag("年"))).parse(i)?;
    let (i, month) = number::<u8>(i)?;
    let sep2 = if sep == "年" { "月" } else { sep };
    let (i, _) = tag(sep2).parse(i)?;
    let (i, day) = number::<u8>(i)?;
    let (i, _) = opt(tag("日")).parse(i)?;
    Date::new(year, month, day)
        .map(|_| {
            (
                i,
                DatePhrase::Day {
                    year: Some(year),
                    month,
                    day,
                },
            )
        })
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// A month name, full or abbreviated, with an optional full stop; must be
/// capitalized in the text.
pub(crate) fn month_name(i: &str) -> PResult<'_, u8> {
    let len = ascii_word_len(i);
    let word = &i[..len];
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(fail());
    }
    let (&m, _) = match_prefix(word, MONTHS)
        .filter(|&(_, l)| l == len)
        .ok_or_else(fail)?;
    let rest = &i[len..];
    Ok((rest.strip_prefix('.').unwrap_or(rest), m))
}

fn ordinal_day(i: &str) -> PResult<'_, u8> {
    let (i, d) = number::<u8>(i)?;
    let (i, _) = opt(alt((
        text_no_case("st"),
        text_no_case("nd"),
        text_no_case("rd"),
        text_no_case("th"),
    )))
    .parse(i)?;
    if (1..=31).contains(&d) && !i.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        Ok((i, d))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

fn year_after(i: &str) -> PResult<'_, u16> {
    // (`Dec 07,2017`: a comma may stand without its space.)
    let gap = alt((recognize((char(','), space0)), space1));
    let (rest, y) = preceded(gap, number::<u16>).parse(i)?;
    if (1900..=2100).contains(&y) && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        Ok((rest, y))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// `July 2`, `Sept. 30, 2019`, `Sep 01, 2022`.
fn month_day(i: &str) -> PResult<'_, DatePhrase> {
    let (i, month) = month_name(i)?;
    let (i, day) = preceded(space1, ordinal_day).parse(i)?;
    let (i, year) = opt(year_after).parse(i)?;
    Ok((i, DatePhrase::Day { year, month, day }))
}

/// `2 July`, `6th Dec, 2018`, `22nd March 2020`.
fn day_month(i: &str) -> PResult<'_, DatePhrase> {
    let (i, day) = ordinal_day(i)?;
    let (i, month) = preceded(space1, month_name).parse(i)?;
    let (i, year) = opt(year_after).parse(i)?;
    Ok((i, DatePhrase::Day { year, month, day }))
}

/// `June`, `early July`, `mid-July`, `the end of July`, `July 2023`,
/// `the beginning of May` (`the start of May`: its first days, as `early`).
fn month_part(i: &str) -> PResult<'_, DatePhrase> {
    let (i, part) = opt(alt((
        recognize((
            opt((text_no_case("the"), space1)),
            text_no_case("end of"),
            space1,
        ))
        .map(|_| Part::End),
        recognize((
            opt((text_no_case("the"), space1)),
            alt((text_no_case("beginning"), text_no_case("start"))),
            space1,
            text_no_case("of"),
            space1,
        ))
        .map(|_| Part::Early),
        recognize((text_no_case("early"), alt((tag("-"), space1)))).map(|_| Part::Early),
        recognize((text_no_case("mid"), alt((tag("-"), space1)))).map(|_| Part::Mid),
        recognize((text_no_case("late"), alt((tag("-"), space1)))).map(|_| Part::Late),
    )))
    .parse(i)?;
    let (i, month) = month_name(i)?;
    let (i, year) = opt(preceded(space0, number::<u16>)).parse(i)?;
    let year = year.filter(|y| (1900..=2100).contains(y));
    Ok((
        i,
        DatePhrase::Month {
            year,
            month,
            part: part.unwrap_or(Part::Whole),
        },
    ))
}

/// `Monday` ... `Sunday`, capitalized, not glued to a letter or digit.
fn weekday(i: &str) -> PResult<'_, DatePhrase> {
    // No day's name starts another's: at most one branch matches.
    let name = alt((
        tag("Monday").map(|_| 0),
        tag("Tuesday").map(|_| 1),
        tag("Wednesday").map(|_| 2),
        tag("Thursday").map(|_| 3),
        tag("Friday").map(|_| 4),
        tag("Saturday").map(|_| 5),
        tag("Sunday").map(|_| 6),
    ));
    let day: PResult<'_, DatePhrase> =
        terminated(name, not(satisfy(|c| c.is_ascii_alphanumeric())))
            .map(DatePhrase::Weekday)
            .parse(i);
    day.map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
}

#[cfg(test)]
#[test]
fn weekday_rule() {
    let p = |s| format!("{:?}", weekday(s));
    insta::assert_snapshot!(p("Sunday, May 5"), @r#"Ok((", May 5", Weekday(6)))"#);
    insta::assert_snapshot!(p("Wednesday"), @r#"Ok(("", Weekday(2)))"#);
    insta::assert_snapshot!(p("Mondays"), @r#"Err(Error(Error { input: "Mondays", code: Tag }))"#);
    insta::assert_snapshot!(p("monday"), @r#"Err(Error(Error { input: "monday", code: Tag }))"#);
    insta::assert_snapshot!(p("Friday1"), @r#"Err(Error(Error { input: "Friday1", code: Tag }))"#);
}

/// `this year`, `the beginning of this year`, `the start of the year`: the
/// first day of the reference year.
fn this_year(i: &str) -> PResult<'_, DatePhrase> {
    let (i, _) = opt((
        opt((text_no_case("the"), space1)),
        alt((text_no_case("beginning"), text_no_case("start"))),
        space1,
        text_no_case("of"),
        space1,
    ))
    .parse(i)?;
    let (i, _) = (
        alt((text_no_case("this"), text_no_case("the"))),
        space1,
        text_no_case("year"),
    )
        .parse(i)?;
    if i.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        i,
        DatePhrase::Month {
            year: None,
            month: 1,
            part: Part::Whole,
        },
    ))
}

/// `this month`, `earlier this month`, `early this month`, `late this
/// month`, `the end of this month`: part of the reference month; `the
/// end of the month`, `early next month`, `the end of last month`, with a
/// part, the month it names by the reference.
fn this_month(i: &str) -> PResult<'_, DatePhrase> {
    let (i, part) = opt(alt((
        (
            alt((text_no_case("earlier"), text_no_case("early"))),
            space1,
        )
            .map(|_| Part::Early),
        (alt((text_no_case("later"), text_no_case("late"))), space1).map(|_| Part::Late),
        (
            opt((text_no_case("the"), space1)),
            text_no_case("end"),
            space1,
            text_no_case("of"),
            space1,
        )
            .map(|_| Part::End),
    )))
    .parse(i)?;
    let (i, shift) = alt((
        text_no_case("this").map(|_| Some(0)),
        text_no_case("next").map(|_| Some(1)),
        text_no_case("last").map(|_| Some(-1)),
        text_no_case("the").map(|_| None),
    ))
    .parse(i)?;
    let (i, _) = (space1, text_no_case("month")).parse(i)?;
    // `the month`, `next month` alone name no day: only with a part.
    let shift = match (shift, part) {
        (Some(0), _) | (None, Some(Part::End)) => Some(0),
        (Some(s), Some(_)) => Some(s),
        (Some(_) | None, None) | (None, Some(_)) => None,
    };
    match shift {
        Some(shift) if !i.starts_with(|c: char| c.is_ascii_alphanumeric()) => Ok((
            i,
            DatePhrase::ThisMonth {
                shift,
                part: part.unwrap_or(Part::Whole),
            },
        )),
        Some(_) | None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `6月1日`, `9月30日`: a month and day in Chinese, without a year (a
/// translation's leftover); the year comes from the reference.
fn cjk_month_day(i: &str) -> PResult<'_, DatePhrase> {
    let (i, month) = verify(number::<u8>, |m| (1..=12).contains(m)).parse(i)?;
    let (i, _) = tag("月").parse(i)?;
    let (i, day) = verify(number::<u8>, |d| (1..=31).contains(d)).parse(i)?;
    let (i, _) = tag("日").parse(i)?;
    Ok((
        i,
        DatePhrase::Day {
            year: None,
            month,
            day,
        },
    ))
}

/// Any date phrase at the start of `i`.
///
/// Every date opens with an ASCII digit (`2024-08-14`, `6月1日`, `2 July`)
/// or letter (`July 2`, `the end of June`, `this month`): the first byte
/// picks the rules that may match, in the same order.
pub(crate) fn date_phrase(i: &str) -> PResult<'_, DatePhrase> {
    match i.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => alt((iso_date, cjk_month_day, with_year_word)).parse(i),
        Some(b) if b.is_ascii_alphabetic() => alt((
            with_year_word,
            weekday,
            year_end,
            this_year,
            this_month,
            day_of_month,
        ))
        .parse(i),
        Some(_) | None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

#[cfg(test)]
mod tests;
