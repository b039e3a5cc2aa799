//! Numbers written in digits: `5,384`, `3.07`, `１２`, `.08`, as small
//! nom rules over bytes (a digit is one ASCII byte or one full-width
//! three-byte char; nothing is decoded).

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::bytes::complete::take_while;
use nom::character::complete::{char, digit1};
use nom::combinator::{map, not, opt, peek, recognize, success, value, verify};
use nom::error::{Error, ErrorKind};
use nom::multi::{fold_many0, fold_many1};
use nom::sequence::{preceded, terminated};
use nom::{Err, IResult, Parser};

use crate::quantity::decimal::Decimal;
use crate::text::digit_value;

mod comma;
mod spaced;

type PResult<'a, T> = IResult<&'a str, T>;

/// A run of digits as written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Digits {
    /// The value, or `None` when it does not fit.
    pub value: Option<Decimal>,
    /// Only ASCII digits: no separator, no fraction (`2020`, not `2,020`).
    pub plain: bool,
    /// Number of integer digits.
    pub int_digits: usize,
    /// A second decimal point followed (`2014.5.1`), or a comma group that
    /// is not three digits (`3,3 cases`): a code or a garble, not a number.
    pub dotted: bool,
    /// More decimals than [`Decimal`] holds, not all zero: `value` is `None`.
    pub too_precise: bool,
}

/// What a number read from a run of digits keeps of how the run was
/// written: [`Digits`] without the value, which the number holds itself.
/// A fifth of the size (8 bytes, not 40), for the number rules that copy
/// it at each step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Shape {
    /// As [`Digits::plain`].
    pub plain: bool,
    /// As [`Digits::int_digits`] (saturated: no text is that long).
    pub int_digits: u32,
    /// As [`Digits::dotted`].
    pub dotted: bool,
    /// As [`Digits::too_precise`].
    pub too_precise: bool,
}

/// Digits with optional thousands separators and a decimal fraction:
/// `5,384`, `3.07`, `１２`. A comma separates thousands only when exactly
/// three digits follow it; otherwise the number ends before the comma.
/// A fraction may stand alone (`.08`).
pub(crate) fn digits(input: &str) -> PResult<'_, Digits> {
    // Most numbers are ASCII digits in comma groups of three (`2,500`)
    // with no fraction or full-width digit after them (a comma or point
    // with no digit after it ends the number): read straight, as the rules
    // below would. Anything else goes to the rules from the start.
    if input.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        if let Some(found) = plain_digits(input) {
            return Ok(found);
        }
        // `1 200`, `45 000`: thousands grouped by spaces, by the rules.
        if spaced::may_be_spaced(input.as_bytes()) {
            return digits_by_rules(input);
        }
        let (mut rest, mut run) = digit_run(input)?;
        while let [b',', a, b, c, tail @ ..] = rest.as_bytes() {
            let group = a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit();
            let more = tail
                .first()
                .is_some_and(|d| d.is_ascii_digit() || *d == 0xEF);
            if !group || more {
                break;
            }
            let (r, three) = digit_run(&rest[1..])?;
            run = run.push((three, false));
            rest = r;
        }
        let ends = match rest.as_bytes() {
            [b',' | b'.', next, ..] => !next.is_ascii_digit() && *next != 0xEF,
            [0xEF, ..] => false,
            _ => true,
        };
        if ends {
            return Ok((rest, Digits::new(run, None)));
        }
        if let Some(found) = ascii_fraction(rest, run) {
            return Ok(found);
        }
    }
    digits_by_rules(input)
}

/// The commonest number of all, read first: a run of at most 19 ASCII
/// digits (it fits a `u64`) that nothing goes on with, no comma or point
/// before a digit and no full-width char (`35 suspects`, `2024.`,
/// `1,000` is not one). What the fast path below reads for it, without
/// its bookkeeping.
#[inline]
fn plain_digits(input: &str) -> Option<(&str, Digits)> {
    let b = input.as_bytes();
    let len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let goes_on = match &b[len..] {
        [b',' | b'.', next, ..] => next.is_ascii_digit() || *next == 0xEF,
        [0xEF, ..] => true,
        // (A space group may follow: `1 200`. After an ASCII space that
        // is a digit right after it, the test most numbers meet: `35
        // suspects`.)
        [b' ', next, ..] => len <= 3 && next.is_ascii_digit(),
        [b' ' | 0xC2 | 0xE2, ..] => len <= 3 && spaced::may_be_spaced(b),
        _ => false,
    };
    if len == 0 || len > 19 || goes_on {
        return None;
    }
    let value = b[..len]
        .iter()
        .fold(0u64, |v, &d| v * 10 + u64::from(d - b'0'));
    let digits = Digits {
        value: Some(Decimal::from_u64(value)),
        plain: true,
        int_digits: len,
        dotted: false,
        too_precise: false,
    };
    Some((&input[len..], digits))
}

/// The fast path's fraction: `.07` after the integer `int`, ASCII digits
/// only, at most [`Fraction::MAX_SCALE`] of them, and neither a full-width
/// char nor a second point and digit after them (a dotted code), as in
/// most decimals (`3.5 tons`, `12.8%`). Anything else is `None`, for the
/// rules, which read it the same way when it is not.
fn ascii_fraction(rest: &str, int: Integer) -> Option<(&str, Digits)> {
    let b = rest.as_bytes();
    if b.first() != Some(&b'.') {
        return None;
    }
    let len = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if len == 0 || len > Fraction::MAX_SCALE as usize {
        return None;
    }
    let after = &b[1 + len..];
    let more = match after {
        [0xEF, ..] => true,
        [b'.', next, ..] => next.is_ascii_digit() || *next == 0xEF,
        _ => false,
    };
    if more {
        return None;
    }
    let frac = b[1..=len]
        .iter()
        .fold(Fraction::default(), |f, &d| f.push(d - b'0'));
    Some((&rest[1 + len..], Digits::new(int, Some((frac, false)))))
}

/// [`digits`] by the nom rules alone.
pub(super) fn digits_by_rules(input: &str) -> PResult<'_, Digits> {
    let bare_fraction = map(
        preceded(peek(char('.')), (fraction, opt(dotted_tail))),
        |(f, dots)| Digits::new(Integer::NONE, Some((f, dots.is_some()))),
    );
    let spaced = spaced::spaced_thousands.flat_map(after_integer);
    alt((spaced, integer.flat_map(after_integer), bare_fraction)).parse(input)
}

/// What may follow the integer part: a garbled comma group (`3,3 cases`),
/// or an optional fraction.
fn after_integer<'a>(
    int: Integer,
) -> impl Parser<&'a str, Output = Digits, Error = Error<&'a str>> {
    move |input: &'a str| {
        let garbled = verify(garbled_group, move |_| int.digits <= 3);
        let whole = Digits::new(int, None);
        // Look at the next byte: most numbers end right here.
        match input.as_bytes().first() {
            Some(b',') => {
                // `3,5 percent`: a decimal comma (a short integer only).
                let decimal = verify(comma::decimal_comma, move |_| int.plain && int.digits <= 3);
                let decimal = map(decimal, move |f| Digits::new(int, Some((f, false))));
                let garbled = map(garbled, move |()| Digits::garbled(int));
                alt((decimal, garbled, success(whole))).parse(input)
            }
            Some(b'.' | 0xEF) => decimals(int).parse(input),
            _ => Ok((input, whole)),
        }
    }
}

/// The integer part with what follows it: `.07`, `.5.1` (a dotted code),
/// or nothing.
fn decimals<'a>(int: Integer) -> impl Parser<&'a str, Output = Digits, Error = Error<&'a str>> {
    map(opt((fraction, opt(dotted_tail))), move |frac| {
        Digits::new(int, frac.map(|(f, dots)| (f, dots.is_some())))
    })
}

/// One decimal digit, ASCII or full-width (`５`), and its value.
pub(crate) fn digit(input: &str) -> PResult<'_, u8> {
    match input.as_bytes() {
        [d @ b'0'..=b'9', ..] => Ok((&input[1..], d - b'0')),
        // U+FF10..U+FF19
        [0xEF, 0xBC, d @ 0x90..=0x99, ..] => Ok((&input[3..], d - 0x90)),
        _ => Err(Err::Error(Error::new(input, ErrorKind::Digit))),
    }
}

/// The integer part as read so far.
#[derive(Debug, Clone, Copy)]
struct Integer {
    /// `None` once it overflows.
    value: Option<u128>,
    digits: usize,
    /// ASCII digits only, no separator.
    plain: bool,
}

impl Integer {
    const NONE: Integer = Integer {
        value: Some(0),
        digits: 0,
        plain: true,
    };

    /// The integer so far, then `run`.
    fn push(self, (run, plain): (Integer, bool)) -> Integer {
        // With at most 38 digits the value is below 10^38 and cannot
        // overflow a u128 (each value is below ten to its number of
        // digits): most numbers skip the checks.
        let short = self.digits + run.digits <= 38;
        let shift = || {
            u32::try_from(run.digits)
                .ok()
                .and_then(|n| 10u128.checked_pow(n))
        };
        Integer {
            value: match (self.value, run.value) {
                (Some(0), r) => r,
                (Some(v), Some(r)) if short => Some(v * 10u128.pow(run.digits as u32) + r),
                (v, r) => v
                    .zip(shift())
                    .and_then(|(v, s)| v.checked_mul(s))
                    .zip(r)
                    .and_then(|(v, r)| v.checked_add(r)),
            },
            digits: self.digits + run.digits,
            plain: self.plain && plain,
        }
    }
}

/// A run of ASCII digits (`5384`), or one full-width digit (`５`).
fn digit_run(input: &str) -> PResult<'_, Integer> {
    // The length and, while it fits a u64 (19 digits), the value, in one
    // pass over the bytes.
    let mut len = 0;
    let mut small = 0u64;
    for &b in input.as_bytes() {
        if !b.is_ascii_digit() {
            break;
        }
        if len < 19 {
            small = small * 10 + u64::from(b - b'0');
        }
        len += 1;
    }
    if len == 0 {
        let (rest, d) = digit(input)?;
        let one = Integer {
            value: Some(u128::from(d)),
            digits: 1,
            plain: false,
        };
        return Ok((rest, one));
    }
    let digits = &input.as_bytes()[..len];
    let value = if len <= 19 {
        // Fits in a u64: no checks needed.
        Some(u128::from(small))
    } else {
        digits.iter().try_fold(0u128, |v, &b| {
            v.checked_mul(10)?.checked_add(u128::from(b - b'0'))
        })
    };
    let run = Integer {
        value,
        digits: len,
        plain: true,
    };
    Ok((&input[len..], run))
}

/// `5,384`, `１２`: digits, with a thousands separator only where three
/// digits follow it.
fn integer(input: &str) -> PResult<'_, Integer> {
    let (rest, first) = digit_run(input)?;
    let more = alt((
        map(digit_run, |run| (run, run.plain)),
        map(preceded(thousands_separator, digit_run), |run| (run, false)),
    ));
    // Only a separator or a digit of the other width goes on.
    match rest.as_bytes().first() {
        Some(b',' | b'0'..=b'9' | 0xEF) => {
            fold_many0(more, move || first, Integer::push).parse(rest)
        }
        _ => Ok((rest, first)),
    }
}

/// `,` or `，` before exactly three digits.
fn thousands_separator(input: &str) -> PResult<'_, &str> {
    terminated(
        alt((tag(","), tag("，"))),
        peek((digit, digit, digit, not(digit))),
    )
    .parse(input)
}

/// `,3` or `,10` after a short integer (`3,3 criminal cases`), or a group
/// of four digits or more (`1,93000 cigarettes`, a 万 count regrouped): a
/// garbled number, not a list (a list has a space).
fn garbled_group(input: &str) -> PResult<'_, ()> {
    value((), (char(','), verify(digit1, |g: &str| g.len() != 3))).parse(input)
}

/// The decimals after the integer, as read so far.
#[derive(Debug, Clone, Copy, Default)]
struct Fraction {
    digits: u128,
    scale: u32,
    /// A non-zero digit past what [`Decimal`] holds.
    too_precise: bool,
}

impl Fraction {
    /// Decimals kept exactly.
    const MAX_SCALE: u32 = 18;

    fn push(self, d: u8) -> Fraction {
        if self.scale < Self::MAX_SCALE {
            Fraction {
                digits: self.digits * 10 + u128::from(d),
                scale: self.scale + 1,
                ..self
            }
        } else {
            Fraction {
                too_precise: self.too_precise || d != 0,
                ..self
            }
        }
    }
}

/// `.07`, `．5`: a decimal point and at least one digit.
fn fraction(input: &str) -> PResult<'_, Fraction> {
    let digits = fold_many1(digit, Fraction::default, Fraction::push);
    preceded(alt((tag("."), tag("．"))), digits).parse(input)
}

/// `.1` after a fraction (`2014.5.1`): a date or a code, and the rest of it.
fn dotted_tail(input: &str) -> PResult<'_, &str> {
    let more = take_while(|c: char| digit_value(c).is_some() || c == '.');
    recognize((char('.'), digit, more)).parse(input)
}

impl Digits {
    /// How the run was written, without its value.
    pub(crate) fn shape(self) -> Shape {
        Shape {
            plain: self.plain,
            int_digits: u32::try_from(self.int_digits).unwrap_or(u32::MAX),
            dotted: self.dotted,
            too_precise: self.too_precise,
        }
    }

    fn garbled(int: Integer) -> Digits {
        Digits {
            value: None,
            plain: false,
            int_digits: int.digits,
            dotted: true,
            too_precise: false,
        }
    }

    fn new(int: Integer, fraction: Option<(Fraction, bool)>) -> Digits {
        let Some((frac, dotted)) = fraction else {
            // A whole number: no scaling, and it must fit a u64.
            let value = int.value.and_then(|v| u64::try_from(v).ok());
            return Digits {
                value: value.map(Decimal::from_u64),
                plain: int.plain,
                int_digits: int.digits,
                dotted: false,
                too_precise: false,
            };
        };
        let value = int
            .value
            .and_then(|v| v.checked_mul(10u128.pow(frac.scale)))
            .and_then(|v| v.checked_add(frac.digits))
            .and_then(|v| Decimal::new(v, frac.scale))
            .filter(|_| !frac.too_precise);
        Digits {
            value,
            plain: false,
            int_digits: int.digits,
            dotted,
            too_precise: frac.too_precise,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::show;
    use insta::assert_snapshot;

    fn d(s: &str) -> String {
        match digits(s) {
            Ok((rest, d)) => {
                let v = d.value.map_or("none".to_string(), |v| v.to_string());
                let flags = [
                    (d.plain, " plain"),
                    (d.dotted, " dotted"),
                    (d.too_precise, " too_precise"),
                ];
                let flags: String = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
                format!("{v} int_digits={}{flags} rest={rest:?}", d.int_digits)
            }
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn one_digit() {
        assert_snapshot!(show(digit("7a")), @r#"7 rest="a""#);
        assert_snapshot!(show(digit("９人")), @r#"9 rest="人""#);
        assert_snapshot!(show(digit("a7")), @"none");
        assert_snapshot!(show(digit("")), @"none");
    }

    #[test]
    fn separators() {
        assert_snapshot!(show(thousands_separator(",384 officers")), @r#""," rest="384 officers""#);
        assert_snapshot!(show(thousands_separator("，３８４")), @r#""，" rest="３８４""#);
        assert_snapshot!(show(thousands_separator(",2345")), @"none");
        assert_snapshot!(show(thousands_separator(",23 cases")), @"none");
        assert_snapshot!(show(garbled_group(",3 criminal")), @r#"() rest=" criminal""#);
        assert_snapshot!(show(garbled_group(",10 suspects")), @r#"() rest=" suspects""#);
        assert_snapshot!(show(garbled_group(", 3")), @"none");
        assert_snapshot!(show(garbled_group(",384")), @"none");
    }

    #[test]
    fn fractions() {
        assert_snapshot!(show(fraction(".07 billion").map(|(r, f)| (r, (f.digits, f.scale)))), @r#"(7, 2) rest=" billion""#);
        assert_snapshot!(show(fraction("．5").map(|(r, f)| (r, (f.digits, f.scale)))), @r#"(5, 1) rest="""#);
        assert_snapshot!(show(fraction(". 5").map(|(r, f)| (r, f.scale))), @"none");
        assert_snapshot!(show(dotted_tail(".1 case")), @r#"".1" rest=" case""#);
        assert_snapshot!(show(dotted_tail(".3.12 event")), @r#"".3.12" rest=" event""#);
        assert_snapshot!(show(dotted_tail(". 3")), @"none");
    }

    #[test]
    fn numbers_in_digits() {
        assert_snapshot!(d("5,384 officers"), @r#"5384 int_digits=4 rest=" officers""#);
        assert_snapshot!(d("2020 campaign"), @r#"2020 int_digits=4 plain rest=" campaign""#);
        assert_snapshot!(d("3.07 billion"), @r#"3.07 int_digits=1 rest=" billion""#);
        assert_snapshot!(d("１２３ people"), @r#"123 int_digits=3 rest=" people""#);
        assert_snapshot!(d("1,2345"), @r#"none int_digits=1 dotted rest="""#);
        assert_snapshot!(d("12,345,678 yuan"), @r#"12345678 int_digits=8 rest=" yuan""#);
        assert_snapshot!(d(".08 percent"), @r#"0.08 int_digits=0 rest=" percent""#);
        assert_snapshot!(d("5. Next"), @r#"5 int_digits=1 plain rest=". Next""#);
        assert_snapshot!(d(". 5"), @"none");
        assert_snapshot!(d("x5"), @"none");
    }

    #[test]
    fn plain_runs_read_first_as_by_the_rules() {
        for s in ["35 suspects", "2024.", "7", "1234567890123456789 x"] {
            assert!(plain_digits(s).is_some(), "{s}");
            assert_eq!(digits(s), digits_by_rules(s), "{s}");
        }
        for s in [
            "1,000",
            "2.5",
            "12１",
            "12345678901234567890",
            "3,3 cases",
            "1 200 x",
        ] {
            assert!(plain_digits(s).is_none(), "{s}");
            assert_eq!(digits(s), digits_by_rules(s), "{s}");
        }
    }

    #[test]
    fn decimals_read_fast_as_by_the_rules() {
        for s in [
            "3.5 tons",
            "12.8%",
            "1,234.56 yuan",
            "0.123456789012345678",
            "0.1234567890123456789",
            "2014.5.1",
            "3.５",
            "1.5.",
            "7.25．5",
            "2.5１",
        ] {
            assert_eq!(digits(s), digits_by_rules(s), "{s}");
        }
    }

    #[test]
    fn codes_and_garbles() {
        assert_snapshot!(d("2014.5.1 case"), @r#"2014.5 int_digits=4 dotted rest=" case""#);
        assert_snapshot!(d("3,3 criminal cases"), @r#"none int_digits=1 dotted rest=" criminal cases""#);
        // A group too long for thousands is no second number either.
        assert_snapshot!(d("1,93000 cigarettes"), @r#"none int_digits=1 dotted rest=" cigarettes""#);
        assert_snapshot!(d("1234,5 yuan"), @r#"1234 int_digits=4 plain rest=",5 yuan""#);
        assert_snapshot!(d("10, 20"), @r#"10 int_digits=2 plain rest=", 20""#);
    }

    #[test]
    fn limits() {
        assert_snapshot!(d("99999999999999999999999"), @r#"none int_digits=23 plain rest="""#);
        assert_snapshot!(d("0.1234567890123456789"), @"none int_digits=1 too_precise rest=\"\"");
        assert_snapshot!(d("0.1234567890123456780"), @r#"0.123456789012345678 int_digits=1 rest="""#);
    }
}
