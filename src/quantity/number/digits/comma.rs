//! The decimal comma (`3,5 percent`, `2,5 tons`, `1,2万余元`, `8,35
//! million yuan`): one or two digits after a comma, in a number of at
//! most three integer digits, read as decimals only when a percent sign,
//! a scale word or a unit of mass follows. Without one the comma stays a
//! garble (`3,3 criminal cases`), as no count is a fraction.

use nom::character::complete::char;
use nom::combinator::{not, peek, verify};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

use super::{digit_run, Fraction};

/// Words after a decimal comma that make it one: percent, scales, mass.
const AFTER: [&str; 17] = [
    "percent",
    "million",
    "millions",
    "billion",
    "billions",
    "thousand",
    "kg",
    "kgs",
    "kilogram",
    "kilograms",
    "kilos",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "gram",
    "grams",
];

/// Whether `rest` opens, after at most one space, with what makes a
/// comma decimal: `%`, `per cent`, 万 or 亿, or a word of [`AFTER`].
fn decimal_unit(rest: &str) -> bool {
    let s = rest.strip_prefix(' ').unwrap_or(rest);
    if s.starts_with(['%', '％', '万', '亿', '萬', '億']) {
        return true;
    }
    let len = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let w = &s[..len];
    AFTER.iter().any(|a| w.eq_ignore_ascii_case(a))
        || (w.eq_ignore_ascii_case("per") && s[len..].starts_with(" cent"))
}

/// `,5` or `,35` before a percent, scale or mass word: the decimals.
pub(super) fn decimal_comma(input: &str) -> IResult<&str, Fraction> {
    let two = verify(digit_run, |d: &super::Integer| d.plain && d.digits <= 2);
    let (rest, d) = preceded(char(','), terminated(two, not(peek(char('.'))))).parse(input)?;
    if !decimal_unit(rest) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let digits = u128::from(d.value.and_then(|v| u8::try_from(v).ok()).unwrap_or(0));
    let scale = u32::try_from(d.digits).unwrap_or(2);
    let frac = Fraction {
        digits,
        scale,
        too_precise: false,
    };
    Ok((rest, frac))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        match decimal_comma(s) {
            Ok((rest, f)) => format!("{}e-{} rest={rest:?}", f.digits, f.scale),
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn decimals_before_percent_scale_or_mass() {
        assert_eq!(f(",5 percent"), r#"5e-1 rest=" percent""#);
        assert_eq!(f(",8%"), r#"8e-1 rest="%""#);
        assert_eq!(f(",5 per cent"), r#"5e-1 rest=" per cent""#);
        assert_eq!(f(",35 million yuan"), r#"35e-2 rest=" million yuan""#);
        assert_eq!(f(",2万余元"), r#"2e-1 rest="万余元""#);
        assert_eq!(f(",75 kg"), r#"75e-2 rest=" kg""#);
        assert_eq!(f(",5 Tons"), r#"5e-1 rest=" Tons""#);
    }

    #[test]
    fn a_comma_before_a_count_or_a_group_is_no_decimal() {
        assert_eq!(f(",3 criminal cases"), "none");
        assert_eq!(f(",500 yuan"), "none");
        assert_eq!(f(",5 people"), "none");
        assert_eq!(f(",5.2%"), "none");
        assert_eq!(f(",5 percentage"), "none");
    }
}
