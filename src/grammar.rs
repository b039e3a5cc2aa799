//! The crate's quantity grammar as nom parsers, for your own nom grammars.
//!
//! Each parser reads from the start of a `&str` and returns the rest, like
//! any nom parser, and is generic over the error type (use
//! `nom::error::Error`, or your own [`ParseError`]). They are the rules the
//! bulletin parser itself uses, without the context it adds around them
//! (nothing here knows what came before the input).
//!
//! | parser | reads | gives |
//! |---|---|---|
//! | [`amount`] | `5,384`, `5.5 million`, `1 million 700 thousand`, `three`, `a hundred`, `1.2万`, `两万` | [`Decimal`] |
//! | [`figure`] | `more than 5.5 million yuan`, `10 to 15 kg`, `nearly 30%`, `3,000-odd suspects` | [`Figure`] |
//! | [`money`] | `US$2.81 million`, `360,000 yuan`, `HK$48m`, `RMB 2 bln` | [`Decimal`] and currency [`Unit`] |
//! | [`money_with_twin`] | `20 million yuan (US$2.81 million)`, `RMB 5 (US$0.7)` | both amounts |
//! | [`date`] | `2024-08-14`, `July 2, 2024`, `2 July 2024`, `2019年09月04日` | [`Date`] |
//! | [`date_relative_to`] | the above, and `July 2`, `early July`, `the end of June` | [`Date`] |
//!
//! # Example
//!
//! A list of amounts, composed with nom's own combinators:
//!
//! ```
//! use nom::bytes::complete::tag;
//! use nom::multi::separated_list1;
//! use nom::{IResult, Parser};
//! use police_bulletin::{grammar, Decimal};
//!
//! fn amounts(input: &str) -> IResult<&str, Vec<Decimal>> {
//!     separated_list1(tag(", "), grammar::amount).parse(input)
//! }
//!
//! let (rest, values) = amounts("5.5 million, 1 million 700 thousand, 两万; the rest")?;
//! let values: Vec<String> = values.iter().map(Decimal::to_string).collect();
//! assert_eq!(values, ["5500000", "1700000", "20000"]);
//! assert_eq!(rest, "; the rest");
//! # Ok::<(), nom::Err<nom::error::Error<&str>>>(())
//! ```
//!
//! A figure inside a larger rule:
//!
//! ```
//! use nom::bytes::complete::tag;
//! use nom::sequence::preceded;
//! use nom::{IResult, Parser};
//! use police_bulletin::{grammar, Figure, Qualifier, Unit};
//!
//! fn fine(input: &str) -> IResult<&str, Figure<'_>> {
//!     preceded(tag("Fine: "), grammar::figure).parse(input)
//! }
//!
//! let (_, f) = fine("Fine: more than 5.5 million yuan.")?;
//! assert_eq!(f.text, "more than 5.5 million yuan");
//! assert_eq!((f.unit, f.qualifier), (Some(Unit::Cny), Qualifier::MoreThan));
//! assert_eq!(f.value.as_u64(), Some(5_500_000));
//! # Ok::<(), nom::Err<nom::error::Error<&str>>>(())
//! ```

use nom::character::complete::{one_of, space0};
use nom::combinator::{map_opt, opt};
use nom::error::{ErrorKind, ParseError};
use nom::sequence::delimited;
use nom::{Err, IResult, Parser};

use crate::quantity::date::date_phrase;
use crate::quantity::{figure_at_start, number};
use crate::{Date, Decimal, Figure, Unit};

fn fail<'a, T, E: ParseError<&'a str>>(input: &'a str, kind: ErrorKind) -> IResult<&'a str, T, E> {
    Err(Err::Error(E::from_error_kind(input, kind)))
}

/// A number in any style the crate reads, with its scale words: digits
/// (`5,384`, `0.3`, full-width `５`), number words (`eighty-three`,
/// `a hundred`), scale chains (`1 million 700 thousand`, `1.2 ten
/// thousand`), Chinese numerals (`两万`, `18.5万`). No sign, qualifier or
/// unit: see [`figure`] for those.
///
/// Fails with [`ErrorKind::TooLarge`] on a number too large (or too
/// precise) to hold exactly.
///
/// ```
/// use police_bulletin::{grammar, Decimal};
/// let (rest, n) = grammar::amount::<nom::error::Error<&str>>("1 million 700 thousand yuan").unwrap();
/// assert_eq!((n, rest), (Decimal::from_u64(1_700_000), " yuan"));
/// ```
pub fn amount<'a, E: ParseError<&'a str>>(input: &'a str) -> IResult<&'a str, Decimal, E> {
    match number::amount(input) {
        Ok((rest, a)) => match a.value {
            Some(value) => Ok((rest, value)),
            None => fail(input, ErrorKind::TooLarge),
        },
        Err(_) => fail(input, ErrorKind::Digit),
    }
}

/// One quantity as the bulletin parser reads it: qualifier, sign, number,
/// range, unit or currency, and counted noun (`more than 3,000 suspects`,
/// `10 to 15 kg`, `-3.2%`, `US$2.81 million`). Leading spaces are skipped.
///
/// The figure's `span` is relative to `input`, and its `text` borrows from
/// it. A number the bulletin parser would not count (a date, a year, a
/// phone number) is an error here too.
///
/// ```
/// use police_bulletin::{grammar, Qualifier};
/// let (rest, f) = grammar::figure::<nom::error::Error<&str>>("nearly 1,800 suspects, police said").unwrap();
/// assert_eq!((f.text.as_ref(), f.qualifier), ("nearly 1,800", Qualifier::Nearly));
/// assert_eq!(f.noun.as_deref(), Some("suspects"));
/// assert_eq!(rest, " suspects, police said");
/// ```
pub fn figure<'a, E: ParseError<&'a str>>(input: &'a str) -> IResult<&'a str, Figure<'a>, E> {
    match figure_at_start(input) {
        Some((figure, end)) => Ok((&input[end..], figure)),
        None => fail(input, ErrorKind::Float),
    }
}

/// A money amount with its currency, before or after the number
/// (`US$2.81 million`, `360,000 yuan`, `HK$48m`, `¥500`).
///
/// ```
/// use police_bulletin::{grammar, Unit};
/// let (_, (value, unit)) = grammar::money::<nom::error::Error<&str>>("HK$48m in cash").unwrap();
/// assert_eq!((value.as_u64(), unit), (Some(48_000_000), Unit::Hkd));
/// ```
pub fn money<'a, E: ParseError<&'a str>>(input: &'a str) -> IResult<&'a str, (Decimal, Unit), E> {
    let currency = |f: Figure<'a>| match f.unit {
        Some(unit) if unit.is_currency() && f.max.is_none() => Some((f.value, unit)),
        _ => None,
    };
    map_opt(figure, currency).parse(input)
}

/// An amount and its currency.
type Money = (Decimal, Unit);

/// A money amount and, in brackets right after it, the same amount in
/// another currency: `20 million yuan (US$2.81 million)`, `RMB 5
/// (US$0.7)`. The twin is `None` when no bracketed amount follows.
///
/// ```
/// use police_bulletin::{grammar, Unit};
/// let (rest, (money, twin)) =
///     grammar::money_with_twin::<nom::error::Error<&str>>("RMB 5 (US$0.7) in cash").unwrap();
/// assert_eq!((money.0.as_u64(), money.1), (Some(5), Unit::Cny));
/// assert_eq!(twin.map(|(v, u)| (v.to_string(), u)), Some(("0.7".into(), Unit::Usd)));
/// assert_eq!(rest, " in cash");
/// ```
pub fn money_with_twin<'a, E: ParseError<&'a str>>(
    input: &'a str,
) -> IResult<&'a str, (Money, Option<Money>), E> {
    let open = (space0, one_of("(（"));
    let close = (space0, one_of(")）"));
    (money, opt(delimited(open, money, close))).parse(input)
}

/// A calendar date with its year: `2024-08-14`, `2017/8/14`,
/// `July 2, 2024`, `2 July 2024`, `2019年09月04日`. A date without a year
/// needs [`date_relative_to`].
///
/// ```
/// use police_bulletin::{grammar, Date};
/// let (_, d) = grammar::date::<nom::error::Error<&str>>("July 2, 2024, police said").unwrap();
/// assert_eq!(d, "2024-07-02".parse::<Date>()?);
/// assert!(grammar::date::<nom::error::Error<&str>>("July 2").is_err());
/// # Ok::<(), police_bulletin::Error>(())
/// ```
pub fn date<'a, E: ParseError<&'a str>>(input: &'a str) -> IResult<&'a str, Date, E> {
    match date_phrase(input) {
        Ok((rest, phrase)) if phrase.has_year() => match phrase.resolve(None, false) {
            Some(d) => Ok((rest, d)),
            None => fail(input, ErrorKind::Verify),
        },
        _ => fail(input, ErrorKind::Verify),
    }
}

/// A parser for dates with or without their year, resolved against
/// `reference` (the publication date): `July 2`, `early July` (the 1st),
/// `mid-July` (the 11th), `the end of June`, `on Monday`, as well as
/// everything [`date`] reads. A yearless date takes the reference year.
///
/// ```
/// use nom::Parser;
/// use police_bulletin::{grammar, Date};
/// let reference: Date = "2024-08-14".parse()?;
/// let mut on = grammar::date_relative_to::<nom::error::Error<&str>>(reference);
/// assert_eq!(on.parse("the end of June").unwrap().1, "2024-06-30".parse()?);
/// assert_eq!(on.parse("July 2").unwrap().1, "2024-07-02".parse()?);
/// # Ok::<(), police_bulletin::Error>(())
/// ```
pub fn date_relative_to<'a, E: ParseError<&'a str>>(
    reference: Date,
) -> impl Parser<&'a str, Output = Date, Error = E> {
    move |input: &'a str| match date_phrase(input) {
        Ok((rest, phrase)) => match phrase.resolve(Some(reference), false) {
            Some(d) => Ok((rest, d)),
            None => fail(input, ErrorKind::Verify),
        },
        Err(_) => fail(input, ErrorKind::Verify),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::bytes::complete::tag;
    use nom::multi::separated_list1;

    type E<'a> = nom::error::Error<&'a str>;

    fn fig(s: &str) -> String {
        match figure::<E<'_>>(s) {
            Ok((rest, f)) => format!(
                "{:?} = {}{} {} {} noun={:?} rest={rest:?}",
                f.text,
                f.value,
                f.max.map(|m| format!("..{m}")).unwrap_or_default(),
                f.unit.map_or("-", Unit::as_str),
                f.qualifier,
                f.noun.as_deref(),
            ),
            Err(e) => format!("error {e:?}"),
        }
    }

    #[test]
    fn figures_as_the_bulletin_parser_reads_them() {
        insta::assert_snapshot!(fig("more than 5.5 million yuan was frozen"), @r#""more than 5.5 million yuan" = 5500000 CNY more_than noun=None rest=" was frozen""#);
        insta::assert_snapshot!(fig("  10 to 15 kg of heroin"), @r#""10 to 15 kg" = 10..15 kg exact noun=Some("heroin") rest=" of heroin""#);
        insta::assert_snapshot!(fig("-3.2% year on year"), @r#""-3.2%" = -3.2 percent exact noun=None rest=" year on year""#);
        insta::assert_snapshot!(fig("a dozen suspects"), @r#""a dozen" = 12 - exact noun=Some("suspects") rest=" suspects""#);
    }

    #[test]
    fn what_the_parser_does_not_count_is_an_error() {
        assert!(figure::<E<'_>>("2024-08-14 police said").is_err());
        assert!(figure::<E<'_>>("no number here at all").is_err());
        // A figure further in is not at the start.
        assert!(figure::<E<'_>>("police arrested 5 suspects").is_err());
        assert!(amount::<E<'_>>("99999999999999999999999").is_err());
        assert!(money::<E<'_>>("15 suspects").is_err());
    }

    #[test]
    fn money_and_its_twin() {
        let m = |s| match money_with_twin::<E<'_>>(s) {
            Ok((rest, ((v, u), twin))) => format!(
                "{v} {} twin={:?} rest={rest:?}",
                u.as_str(),
                twin.map(|(v, u)| format!("{v} {}", u.as_str()))
            ),
            Err(_) => "none".into(),
        };
        insta::assert_snapshot!(m("20 million yuan (US$2.81 million) was seized"), @r#"20000000 CNY twin=Some("2810000 USD") rest=" was seized""#);
        insta::assert_snapshot!(m("1 million 700 thousand yuan"), @r#"1700000 CNY twin=None rest="""#);
        insta::assert_snapshot!(m("RMB 5（US$0.7）"), @r#"5 CNY twin=Some("0.7 USD") rest="""#);
        insta::assert_snapshot!(m("RMB 5 (15 suspects)"), @r#"5 CNY twin=None rest=" (15 suspects)""#);
        insta::assert_snapshot!(m("15 suspects"), @"none");
    }

    #[test]
    fn lists_of_figures_parse_in_linear_time() {
        // Each call looks only at the start of its input, so a long list
        // costs one read per item (a quadratic rule would take minutes).
        let list = "12.5 kg, ".repeat(20_000);
        let (rest, figures) = separated_list1(tag(", "), figure::<E<'_>>)
            .parse(list.trim_end_matches(", "))
            .unwrap();
        assert_eq!((figures.len(), rest.len()), (20_000, 0));
        assert_eq!(figures[19_999].text, "12.5 kg");
    }

    /// Any error type that implements `ParseError` works.
    #[derive(Debug, PartialEq)]
    struct MyError(ErrorKind);

    impl ParseError<&str> for MyError {
        fn from_error_kind(_: &str, kind: ErrorKind) -> Self {
            MyError(kind)
        }
        fn append(_: &str, _: ErrorKind, other: Self) -> Self {
            other
        }
    }

    #[test]
    fn generic_over_the_error_type() {
        assert_eq!(
            amount::<MyError>("x"),
            Err(Err::Error(MyError(ErrorKind::Digit)))
        );
        let (_, d) = date::<MyError>("2 July 2024").unwrap();
        assert_eq!(d.to_string(), "2024-07-02");
    }
}
