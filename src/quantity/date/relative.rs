//! Dates written against the reference year or month: `December 20 last
//! year`, `the end of this year`, `end of 2024`, `year-end`, `the 15th of
//! this month`, `the 8th of last month`, `on the 15th`.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::space1;
use nom::combinator::{opt, verify};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::{
    day_month, month_day, month_name, month_part, number, text_no_case, DatePhrase, PResult, Part,
};
use crate::text::ascii_word_len;

/// A failure at `i` for a rule whose words matched but whose end did not.
fn verify_fail<T>(i: &str) -> PResult<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// Whether `i` goes on with a letter or digit: a word the phrase cut.
fn glued(i: &str) -> bool {
    i.starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// A year as a word: `this year` (`false`) or `last year` (`true`).
fn year_word(i: &str) -> PResult<'_, bool> {
    let (i, last) = alt((
        text_no_case("last").map(|_| true),
        text_no_case("this").map(|_| false),
    ))
    .parse(i)?;
    let (i, _) = (space1, text_no_case("year")).parse(i)?;
    if glued(i) {
        return verify_fail(i);
    }
    Ok((i, last))
}

/// A yearless day or month with the year as a word after it: `December
/// 20 last year`, `early December last year`, `July 2 this year`.
pub(super) fn with_year_word(i: &str) -> PResult<'_, DatePhrase> {
    let (i, p) = alt((month_day, day_month, month_part)).parse(i)?;
    let (i, word) = match p {
        DatePhrase::Day { year: None, .. } | DatePhrase::Month { year: None, .. } => {
            opt(preceded(space1, year_word)).parse(i)?
        }
        _ => (i, None),
    };
    let p = match (word, p) {
        (Some(true), DatePhrase::Day { month, day, .. }) => DatePhrase::LastYear {
            month,
            day: Some(day),
            part: Part::Whole,
        },
        (Some(true), DatePhrase::Month { month, part, .. }) => DatePhrase::LastYear {
            month,
            day: None,
            part,
        },
        _ => p,
    };
    Ok((i, p))
}

/// `the end of this year`, `the end of the year`, `end of 2024`, `the end
/// of last year`, `year-end`: the last day of a year.
pub(super) fn year_end(i: &str) -> PResult<'_, DatePhrase> {
    let the = || opt((text_no_case("the"), space1));
    let end = |year| DatePhrase::Month {
        year,
        month: 12,
        part: Part::End,
    };
    let year_number = verify(number::<u16>, |y| (1900..=2100).contains(y));
    let end_of = preceded(
        (
            the(),
            text_no_case("end"),
            space1,
            text_no_case("of"),
            space1,
        ),
        alt((
            year_word.map(|last| match last {
                true => DatePhrase::LastYear {
                    month: 12,
                    day: None,
                    part: Part::End,
                },
                false => end(None),
            }),
            (text_no_case("the"), space1, text_no_case("year")).map(|_| end(None)),
            year_number.map(|y| end(Some(y))),
        )),
    );
    let year_end = (
        the(),
        text_no_case("year"),
        alt((tag("-"), space1)),
        text_no_case("end"),
    )
        .map(|_| end(None));
    let (rest, p) = alt((end_of, year_end)).parse(i)?;
    // `the end of the year-long campaign` is not the year's end.
    if glued(rest) || rest.starts_with('-') {
        return verify_fail(i);
    }
    Ok((rest, p))
}

/// `the 15th of this month`, `the 8th of last month`, `the 3rd of June`,
/// and `the 15th` alone when no word it might count follows (`the 15th
/// National Games`, `the 2nd floor` are not dates).
pub(super) fn day_of_month(i: &str) -> PResult<'_, DatePhrase> {
    let (i, _) = (text_no_case("the"), space1).parse(i)?;
    let (i, day) = terminated(
        number::<u8>,
        alt((
            text_no_case("st"),
            text_no_case("nd"),
            text_no_case("rd"),
            text_no_case("th"),
        )),
    )
    .parse(i)?;
    if !(1..=31).contains(&day) || glued(i) {
        return verify_fail(i);
    }
    let mut of = preceded(
        (space1, text_no_case("of"), space1),
        alt((
            terminated(months_back, (space1, text_no_case("month")))
                .map(|back| DatePhrase::DayOfMonth { back, day }),
            month_name.map(|month| DatePhrase::Day {
                year: None,
                month,
                day,
            }),
        )),
    );
    if let Ok((rest, p)) = of.parse(i) {
        if !glued(rest) {
            return Ok((rest, p));
        }
    }
    // Alone: followed by punctuation, the end, or a word that joins dates.
    let next = i.trim_start_matches(' ');
    let word = &next[..ascii_word_len(next)];
    let joins = ["and", "to", "until", "till", "through"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    if (word.is_empty() && !glued(next)) || (joins && next.len() < i.len()) {
        Ok((i, DatePhrase::DayOfMonth { back: 0, day }))
    } else {
        verify_fail(i)
    }
}

/// `this` (0) or `last` (1): how many months back `... month` is.
fn months_back(i: &str) -> PResult<'_, u8> {
    alt((
        text_no_case("this").map(|_| 0),
        text_no_case("last").map(|_| 1),
    ))
    .parse(i)
}

#[cfg(test)]
mod tests {
    use super::super::date_phrase;
    use insta::assert_snapshot;

    /// The phrase read at the start of `text`, resolved against 2024-08-14
    /// (not as a past event: most of these end a span), with what is left.
    fn p(text: &str) -> String {
        match date_phrase(text) {
            Ok((rest, phrase)) => {
                let reference = "2024-08-14".parse().ok();
                let date = phrase.resolve(reference, false);
                format!(
                    "{} rest={rest:?}",
                    date.map_or("unresolved".into(), |d| d.to_string())
                )
            }
            Err(_) => "no date".into(),
        }
    }

    #[test]
    fn a_year_as_a_word_after_a_date() {
        assert_snapshot!(p("December 20 last year to"), @r#"2023-12-20 rest=" to""#);
        assert_snapshot!(p("early December last year,"), @r#"2023-12-01 rest=",""#);
        assert_snapshot!(p("3 March last year"), @r#"2023-03-03 rest="""#);
        assert_snapshot!(p("July 2 this year"), @r#"2024-07-02 rest="""#);
        assert_snapshot!(p("July 2 last yearly"), @r#"2024-07-02 rest=" last yearly""#);
        assert_snapshot!(p("July 2, 2023 last year"), @r#"2023-07-02 rest=" last year""#);
    }

    #[test]
    fn the_end_of_a_year() {
        assert_snapshot!(p("the end of this year."), @r#"2024-12-31 rest=".""#);
        assert_snapshot!(p("end of the year"), @r#"2024-12-31 rest="""#);
        assert_snapshot!(p("the end of 2025"), @r#"2025-12-31 rest="""#);
        assert_snapshot!(p("the end of last year"), @r#"2023-12-31 rest="""#);
        assert_snapshot!(p("year-end"), @r#"2024-12-31 rest="""#);
        assert_snapshot!(p("the year end,"), @r#"2024-12-31 rest=",""#);
        assert_snapshot!(p("the end of the year-long drive"), @"no date");
        assert_snapshot!(p("the end of 20245"), @"no date");
    }

    #[test]
    fn a_day_of_this_or_last_month() {
        assert_snapshot!(p("the 15th of this month"), @r#"2024-08-15 rest="""#);
        assert_snapshot!(p("the 8th of last month,"), @r#"2024-07-08 rest=",""#);
        assert_snapshot!(p("the 3rd of June"), @r#"2024-06-03 rest="""#);
        assert_snapshot!(p("the 15th, police"), @r#"2024-08-15 rest=", police""#);
        assert_snapshot!(p("the 10th to the 19th"), @r#"2024-08-10 rest=" to the 19th""#);
        assert_snapshot!(p("the 15th National Games"), @"no date");
        assert_snapshot!(p("the 2nd floor"), @"no date");
        assert_snapshot!(p("the 32nd."), @"no date");
        assert_snapshot!(p("the 15 of this month"), @"no date");
    }
}
