//! nom grammar for the number itself: digits, number words, Chinese
//! numerals, and the scale words that multiply them.
//!
//! `amount` folds a run of tokens the way a reader does:
//! `1 million 700 thousand` → 1700000, `Eight- hundred and eighty-three` → 883,
//! `18.5万` → 185000. It never allocates and never uses floating point.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::space1;
use nom::combinator::{cond, opt, peek, verify};
use nom::error::{Error, ErrorKind};
use nom::sequence::{preceded, terminated};
use nom::{Err, IResult, Parser};

use super::decimal::Decimal;
use super::rules::word;
use super::words::{chinese_digit, chinese_small_scale, NUMBER_WORDS, SCALES};
use crate::text::{char_at, digit_value, match_prefix, skip_spaces, Lexicon};

type PResult<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> PResult<'_, T> {
    Err(Err::Error(Error::new(i, ErrorKind::Digit)))
}

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

/// Digits with optional thousands separators and a decimal fraction:
/// `5,384`, `3.07`, `１２`. A comma separates thousands only when exactly
/// three digits follow it; otherwise the number ends before the comma.
/// A fraction may stand alone (`.08`).
pub(crate) fn digits(input: &str) -> PResult<'_, Digits> {
    let mut int: Option<u128> = Some(0);
    let mut int_digits = 0usize;
    let mut plain = true;
    let mut i = 0;
    // integer part
    loop {
        match char_at(input, i) {
            Some(c) if digit_value(c).is_some() => {
                let d = u128::from(digit_value(c).unwrap_or(0));
                int = int
                    .and_then(|v| v.checked_mul(10))
                    .and_then(|v| v.checked_add(d));
                int_digits += 1;
                plain &= c.is_ascii_digit();
                i += c.len_utf8();
            }
            Some(c @ (',' | '，'))
                if int_digits > 0 && three_digits_follow(&input[i + c.len_utf8()..]) =>
            {
                plain = false;
                i += c.len_utf8();
            }
            _ => break,
        }
    }
    let bare_fraction = int_digits == 0
        && matches!(char_at(input, 0), Some('.'))
        && char_at(input, 1).and_then(digit_value).is_some();
    if int_digits == 0 && !bare_fraction {
        return fail(input);
    }
    // `3,3 criminal cases`, `10,10 suspects`: a comma group of one or two
    // digits is a garbled number, not a list (a list has a space).
    if int_digits <= 3 && input[i..].starts_with(',') {
        let group = input[i + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if (1..3).contains(&group) {
            let end = i + 1 + group;
            return Ok((
                &input[end..],
                Digits {
                    value: None,
                    plain: false,
                    int_digits,
                    dotted: true,
                    too_precise: false,
                },
            ));
        }
    }
    // fraction
    let mut frac: u128 = 0;
    let mut scale = 0u32;
    let mut dotted = false;
    let mut too_precise = false;
    if let Some(c @ ('.' | '．')) = char_at(input, i) {
        let after = i + c.len_utf8();
        if char_at(input, after).and_then(digit_value).is_some() {
            plain = false;
            i = after;
            while let Some(c) = char_at(input, i) {
                let Some(d) = digit_value(c) else { break };
                if scale < 18 {
                    frac = frac * 10 + u128::from(d);
                    scale += 1;
                } else {
                    too_precise |= d != 0;
                }
                i += c.len_utf8();
            }
            if matches!(char_at(input, i), Some('.'))
                && char_at(input, i + 1).and_then(digit_value).is_some()
            {
                dotted = true;
                while let Some(c) = char_at(input, i) {
                    if digit_value(c).is_none() && c != '.' {
                        break;
                    }
                    i += c.len_utf8();
                }
            }
        }
    }
    let value = int
        .and_then(|v| v.checked_mul(10u128.pow(scale)))
        .and_then(|v| v.checked_add(frac))
        .and_then(|v| Decimal::new(v, scale))
        .filter(|_| !too_precise);
    Ok((
        &input[i..],
        Digits {
            value,
            plain,
            int_digits,
            dotted,
            too_precise,
        },
    ))
}

/// Exactly three digits (ASCII or full-width) start `s`.
fn three_digits_follow(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .by_ref()
        .take(3)
        .filter(|&c| digit_value(c).is_some())
        .count()
        == 3
        && chars.next().and_then(digit_value).is_none()
}

/// A whole word or phrase of `table` (longest first), as a nom parser.
pub(crate) fn table_word<T: Copy>(table: &'static Lexicon<T>) -> impl Fn(&str) -> PResult<'_, T> {
    move |input| match match_prefix(input, table) {
        Some((&v, len)) => Ok((&input[len..], v)),
        None => fail(input),
    }
}

/// An English cardinal word below one hundred, with a hyphenated unit after
/// a tens word (`eighty-three`); `twenty five` is folded by [`amount`].
pub(crate) fn number_word(input: &str) -> PResult<'_, u64> {
    let (rest, n) = table_word(NUMBER_WORDS)(input)?;
    let is_tens = n >= 20 && n % 10 == 0;
    let unit = verify(table_word(NUMBER_WORDS), |u: &u64| (1..10).contains(u));
    let (rest, unit) = cond(is_tens, opt(preceded(tag("-"), unit))).parse(rest)?;
    Ok((rest, n + unit.flatten().unwrap_or(0)))
}

/// A Chinese numeral below 万: `三千`, `两`, `十二`, `一百二十`.
///
/// Scales fall from left to right, and only the first may stand without a
/// digit (`十二`): `十十十` or `三百五千` is no numeral at all.
pub(crate) fn chinese_number(input: &str) -> PResult<'_, u64> {
    let mut section = 0u64;
    let mut digit: Option<u64> = None;
    let mut last_scale = u64::MAX;
    let mut after_zero = false;
    let mut i = 0;
    while let Some(c) = char_at(input, i) {
        let zero = chinese_digit(c) == Some(0);
        if let Some(d) = chinese_digit(c) {
            if d != 0 {
                if digit.is_some() {
                    break; // two digits in a row: not a numeral (一二 as a list)
                }
                digit = Some(d);
            }
        } else if let Some(s) = chinese_small_scale(c) {
            if s >= last_scale || (digit.is_none() && i > 0 && !after_zero) {
                return fail(input);
            }
            last_scale = s;
            section += digit.take().unwrap_or(1) * s;
        } else {
            break;
        }
        after_zero = zero;
        i += c.len_utf8();
    }
    if i == 0 {
        return fail(input);
    }
    Ok((&input[i..], section + digit.unwrap_or(0)))
}

/// How the number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Digits,
    Words,
    Chinese,
}

/// A folded run of number tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    /// The value, or `None` on overflow.
    pub value: Option<Decimal>,
    /// How the first token was written.
    pub script: Script,
    /// The first token, when it was a lone run of digits.
    pub digits: Option<Digits>,
    /// Whether any scale word took part.
    pub scaled: bool,
    /// A run of decimals past what [`Decimal`] holds cost the value.
    pub too_precise: bool,
    /// When the number is one small number and scale words only (`20
    /// million`, `5万`), the product of those scales: the low end of a range
    /// shares it (`10-20 million` is 10 million to 20 million).
    pub scale_only: Option<Decimal>,
}

#[derive(Clone, Copy, PartialEq)]
enum Prev {
    Small,
    Hundred,
    Scale,
}

#[derive(Clone, Copy)]
struct Fold {
    total: Option<Decimal>,
    group: Option<Decimal>,
    last_scale: u64,
    prev: Prev,
    small_was_tens_word: bool,
}

impl Fold {
    fn value(self) -> Option<Decimal> {
        self.total?.checked_add(self.group.unwrap_or(Decimal::ZERO))
    }
}

/// One token of a number, as the fold sees it.
enum Token {
    Small(Option<Decimal>, Script, Option<Digits>),
    Scale(u64),
    Half,
}

/// The next token; `first` excludes scale words, which cannot open a number
/// (`ten thousand` opens with the number `ten`).
fn token(input: &str, allow_digits: bool, first: bool) -> PResult<'_, Token> {
    if !first {
        if let Some((&s, len)) = match_prefix(input, SCALES) {
            return Ok((&input[len..], Token::Scale(s)));
        }
    }
    if allow_digits {
        if let Ok((rest, d)) = digits(input) {
            return Ok((rest, Token::Small(d.value, Script::Digits, Some(d))));
        }
    }
    if first {
        if let Ok((rest, ())) = article(input) {
            return Ok((
                rest,
                Token::Small(Some(Decimal::from_u64(1)), Script::Words, None),
            ));
        }
        if let Ok((rest, ())) = half_article(input) {
            let half = Decimal::new(5, 1);
            return Ok((rest, Token::Small(half, Script::Words, None)));
        }
    }
    if let Ok((rest, n)) = number_word(input) {
        return Ok((
            rest,
            Token::Small(Some(Decimal::from_u64(n)), Script::Words, None),
        ));
    }
    if let Ok((rest, n)) = chinese_number(input) {
        return Ok((
            rest,
            Token::Small(Some(Decimal::from_u64(n)), Script::Chinese, None),
        ));
    }
    if let Some(rest) = strip_phrase(input, "a half") {
        return Ok((rest, Token::Half));
    }
    fail(input)
}

/// `a` or `an` that stands for one before a scale word: `a hundred`,
/// `a dozen`, `an estimated`-free `a thousand`. Consumes only the article.
pub(crate) fn article(input: &str) -> PResult<'_, ()> {
    if !input.starts_with(['a', 'A']) {
        return fail(input);
    }
    let art = alt((word("an"), word("a")));
    let (rest, _) = terminated(art, peek(space1)).parse(input)?;
    let after = &rest[skip_spaces(rest, 0, 2)..];
    match match_prefix(after, SCALES) {
        // `a ten thousand` is no English; `a wan` neither.
        Some((&s, _)) if s != 10_000 => Ok((rest, ())),
        _ => fail(input),
    }
}

/// `half a` before a scale word: `half a million` (500000), `half a dozen` (6).
pub(crate) fn half_article(input: &str) -> PResult<'_, ()> {
    if !input.starts_with(['h', 'H']) {
        return fail(input);
    }
    let (rest, _) = terminated(word("half"), space1).parse(input)?;
    article(rest)
}

fn strip_phrase<'a>(input: &'a str, phrase: &str) -> Option<&'a str> {
    let head = input.get(..phrase.len())?;
    (head.eq_ignore_ascii_case(phrase) && crate::text::is_boundary_after(input, phrase.len()))
        .then(|| &input[phrase.len()..])
}

/// Separator between two tokens: spaces, a hyphen (`2-billion`,
/// `Eight- hundred`), or nothing before a CJK scale.
fn separator(input: &str) -> &str {
    let i = skip_spaces(input, 0, 4);
    if input.as_bytes().get(i) == Some(&b'-') {
        return &input[skip_spaces(input, i + 1, 1)..];
    }
    &input[i..]
}

/// A number with its scale words: `5.5 million`, `1 million 700 thousand`,
/// `one million and seven hundred thousand`, `1.2 ten thousand`, `两万`.
pub(crate) fn amount(input: &str) -> PResult<'_, Amount> {
    let (mut rest, first) = token(input, true, true)?;
    let Token::Small(value, script, digits) = first else {
        return fail(input);
    };
    let mut fold = Fold {
        total: Some(Decimal::ZERO),
        group: value,
        last_scale: u64::MAX,
        prev: Prev::Small,
        small_was_tens_word: script == Script::Words
            && value
                .and_then(Decimal::as_u64)
                .is_some_and(|n| (20..100).contains(&n) && n % 10 == 0),
    };
    let mut scaled = false;
    let mut overflow = value.is_none();
    let mut multiplier = Some(Decimal::from_u64(1));
    let mut only_scales = true;
    loop {
        let mut next = separator(rest);
        let mut after_and = false;
        if matches!(fold.prev, Prev::Hundred | Prev::Scale | Prev::Small) {
            if let Some(r) = strip_phrase(next, "and") {
                let r2 = skip_spaces(r, 0, 2);
                if r2 > 0 {
                    next = &r[r2..];
                    after_and = true;
                }
            }
        }
        // Digits go on after a scale (`1 million 700 thousand`), and after
        // a hundred when the number began in digits (`3 hundred and 21`).
        let digits_ok =
            fold.prev == Prev::Scale || (fold.prev == Prev::Hundred && script == Script::Digits);
        let Ok((after, tok)) = token(next, digits_ok, after_and) else {
            break;
        };
        let mut f = fold;
        match tok {
            Token::Half if after_and && fold.prev == Prev::Small => {
                f.group = f.group.and_then(|g| g.checked_add(Decimal::new(5, 1)?));
                only_scales = false;
            }
            Token::Half => break,
            Token::Small(v, s, _) => {
                if after_and && fold.prev == Prev::Small {
                    break; // "21 and 30": two numbers, not one
                }
                let is_tens = |v: Option<Decimal>| {
                    v.and_then(Decimal::as_u64)
                        .is_some_and(|n| (20..100).contains(&n) && n % 10 == 0)
                };
                let is_unit = v.and_then(Decimal::as_u64).is_some_and(|n| n < 10);
                match fold.prev {
                    Prev::Small
                        if fold.small_was_tens_word
                            && s == Script::Words
                            && is_unit
                            && !after_and =>
                    {
                        f.group = f.group.zip(v).and_then(|(g, v)| g.checked_add(v));
                    }
                    Prev::Small => break,
                    Prev::Hundred if v.map_or(true, |v| v >= Decimal::from_u64(100)) => break,
                    Prev::Hundred => {
                        f.group = f.group.zip(v).and_then(|(g, v)| g.checked_add(v));
                    }
                    Prev::Scale => {
                        // A digit group after a scale must carry a smaller scale of
                        // its own (`1 million 700 thousand`), or it is a new number.
                        if s == Script::Digits {
                            let Ok((_, Token::Scale(s2))) = token(separator(after), false, false)
                            else {
                                break;
                            };
                            if s2 >= fold.last_scale {
                                break;
                            }
                        }
                        f.group = v;
                    }
                }
                f.small_was_tens_word =
                    s == Script::Words && is_tens(v) && fold.prev != Prev::Small;
                f.prev = Prev::Small;
                only_scales = false;
            }
            Token::Scale(100) => {
                if after_and || fold.prev != Prev::Small {
                    break;
                }
                f.group = f.group.and_then(|g| g.checked_mul(Decimal::from_u64(100)));
                f.prev = Prev::Hundred;
                multiplier = multiplier.and_then(|m| m.checked_mul(Decimal::from_u64(100)));
            }
            Token::Scale(s) => {
                if after_and {
                    break;
                }
                let scale = Decimal::from_u64(s);
                if fold.prev == Prev::Scale {
                    // 万亿, "thousand million": multiply what we have.
                    f.total = f.total.and_then(|t| t.checked_mul(scale));
                } else if s < fold.last_scale {
                    let part = f.group.and_then(|g| g.checked_mul(scale));
                    f.total = f.total.zip(part).and_then(|(t, p)| t.checked_add(p));
                } else {
                    let sum = f.value();
                    f.total = sum.and_then(|t| t.checked_mul(scale));
                }
                f.group = Some(Decimal::ZERO);
                f.last_scale = s;
                f.prev = Prev::Scale;
                scaled = true;
                multiplier = multiplier.and_then(|m| m.checked_mul(scale));
            }
        }
        overflow |= f.total.is_none() || f.group.is_none();
        fold = f;
        rest = after;
    }
    let value = if overflow { None } else { fold.value() };
    Ok((
        rest,
        Amount {
            value,
            script,
            digits: if scaled { None } else { digits },
            scaled,
            too_precise: digits.is_some_and(|d| d.too_precise),
            scale_only: multiplier.filter(|_| scaled && only_scales),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use insta::assert_snapshot;

    fn p(s: &str) -> String {
        match amount(s) {
            Ok((rest, a)) => {
                let v = a.value.map_or("overflow".to_string(), |v| v.to_string());
                format!("{v} {:?} rest={rest:?}", a.script)
            }
            Err(_) => "no number".to_string(),
        }
    }

    #[test]
    fn digits_and_separators() {
        assert_snapshot!(p("5,384 officers"), @r#"5384 Digits rest=" officers""#);
        assert_snapshot!(p("3.07 billion"), @r#"3070000000 Digits rest="""#);
        assert_snapshot!(p("１２３ people"), @r#"123 Digits rest=" people""#);
        assert_snapshot!(p("2018, 23 percent"), @r#"2018 Digits rest=", 23 percent""#);
        assert_snapshot!(p("1,2345"), @r#"1 Digits rest=",2345""#);
        assert_snapshot!(p("99999999999999999999999"), @r#"overflow Digits rest="""#);
    }

    #[test]
    fn scale_words() {
        assert_snapshot!(p("5.5 million yuan"), @r#"5500000 Digits rest=" yuan""#);
        assert_snapshot!(p("1 million 700 thousand yuan"), @r#"1700000 Digits rest=" yuan""#);
        assert_snapshot!(p("1.2 wan yuan"), @r#"12000 Digits rest=" yuan""#);
        assert_snapshot!(p("1.2 ten thousand yuan"), @r#"12000 Digits rest=" yuan""#);
        assert_snapshot!(p("18.5万起"), @r#"185000 Digits rest="起""#);
        assert_snapshot!(p("2-billion-USD"), @r#"2000000000 Digits rest="-USD""#);
        assert_snapshot!(p("150 thousand effective"), @r#"150000 Digits rest=" effective""#);
        assert_snapshot!(p("5.5 million 26 suspects"), @r#"5500000 Digits rest=" 26 suspects""#);
        assert_snapshot!(p("3 hundred million"), @r#"300000000 Digits rest="""#);
    }

    #[test]
    fn articles_and_halves() {
        assert_snapshot!(p("a hundred officers"), @r#"100 Words rest=" officers""#);
        assert_snapshot!(p("a dozen suspects"), @r#"12 Words rest=" suspects""#);
        assert_snapshot!(p("an hundred"), @r#"100 Words rest="""#);
        assert_snapshot!(p("a hundred and two"), @r#"102 Words rest="""#);
        assert_snapshot!(p("half a million yuan"), @r#"500000 Words rest=" yuan""#);
        assert_snapshot!(p("half a dozen"), @r#"6 Words rest="""#);
        assert_snapshot!(p("a man"), @"no number");
        assert_snapshot!(p("a ten thousand"), @"no number");
        assert_snapshot!(p("three billions"), @r#"3000000000 Words rest="""#);
        assert_snapshot!(p("two dozen"), @r#"24 Words rest="""#);
        assert_snapshot!(p("4 thousand 3 hundred and 21"), @r#"4321 Digits rest="""#);
        assert_snapshot!(p("5 lakh"), @r#"500000 Digits rest="""#);
        assert_snapshot!(p(".08 percent"), @r#"0.08 Digits rest=" percent""#);
    }

    #[test]
    fn chinese_scales_fall() {
        assert_snapshot!(p("十十十十十十名"), @"no number");
        assert_snapshot!(p("三百五千"), @"no number");
        assert_snapshot!(p("一千零十人"), @r#"1010 Chinese rest="人""#);
        assert_snapshot!(p("十二名"), @r#"12 Chinese rest="名""#);
    }

    #[test]
    fn number_words() {
        assert_snapshot!(p("one million and seven hundred thousand yuan"), @r#"1700000 Words rest=" yuan""#);
        assert_snapshot!(p("Eight- hundred and eighty-three people"), @r#"883 Words rest=" people""#);
        assert_snapshot!(p("three million"), @r#"3000000 Words rest="""#);
        assert_snapshot!(p("three and a half years"), @r#"3.5 Words rest=" years""#);
        assert_snapshot!(p("twenty five suspects"), @r#"25 Words rest=" suspects""#);
        assert_snapshot!(p("Eleven people"), @r#"11 Words rest=" people""#);
        assert_snapshot!(p("ninety-nine"), @r#"99 Words rest="""#);
        assert_snapshot!(p("twenty-zero"), @r#"20 Words rest="""#);
        assert_snapshot!(p("eleven-one"), @r#"11 Words rest="-one""#);
        assert_snapshot!(p("someone"), @"no number");
        assert_snapshot!(p("tender"), @"no number");
    }

    #[test]
    fn chinese_numerals() {
        assert_snapshot!(p("三千"), @r#"3000 Chinese rest="""#);
        assert_snapshot!(p("两万"), @r#"20000 Chinese rest="""#);
        assert_snapshot!(p("一百二十名"), @r#"120 Chinese rest="名""#);
        assert_snapshot!(p("1.2万起"), @r#"12000 Digits rest="起""#);
    }

    #[test]
    fn dotted_codes_are_flagged() {
        let (rest, d) = digits("2014.5.1 case").unwrap();
        assert!(d.dotted);
        assert_eq!(rest, " case");
    }
}
