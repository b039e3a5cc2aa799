//! nom grammar for the number itself: digits, number words, Chinese
//! numerals, and the scale words that multiply them.
//!
//! A number reads the way a reader reads it: groups below a scale, each
//! followed by a run of scale words (`1 million 700 thousand` → 1700000,
//! `Eight- hundred and eighty-three` → 883, `18.5万` → 185000):
//!
//! ```text
//! amount  = group (scales [[and] group])*
//! group   = term [hundred [[and] term]]        seven hundred and two
//! term    = small [unit] [and a half]          twenty five, three and a half
//! small   = digits | number word | Chinese numeral | a | half a
//! scales  = scale+                             million, 万亿, thousand million
//! ```
//!
//! Each rule is a named nom parser below, tested alone. Nothing allocates,
//! and nothing uses floating point.

mod chinese;
mod digits;
mod words;

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{char, one_of, u64 as decimal_u64};
use nom::combinator::{cond, map, not, opt, peek, value, verify};
use nom::error::{Error, ErrorKind};
use nom::multi::{fold_many0, fold_many_m_n};
use nom::sequence::{preceded, separated_pair, terminated};
use nom::{Err, IResult, Parser};

use chinese::chinese_fraction;
pub(crate) use chinese::chinese_number;
pub(crate) use digits::{digits, Digits};
pub(crate) use words::scale_word;
use words::{a_half, and, denominator, number_word, sep};
pub(crate) use words::{article, half_article, quarter_article};

use super::decimal::Decimal;
use super::rules::word;
use super::words::{chinese_digit, chinese_small_scale, CHINESE_COUNTERS};

type PResult<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> PResult<'_, T> {
    Err(Err::Error(Error::new(i, ErrorKind::Digit)))
}

/// How the number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Digits,
    Words,
    Chinese,
}

/// One number token: a run of digits, a number word, a Chinese numeral,
/// or an article before a scale (`a hundred`, `half a million`).
#[derive(Debug, Clone, Copy)]
struct Small {
    value: Option<Decimal>,
    script: Script,
    digits: Option<Digits>,
    /// Digits with 千 or 百 after them (`3千`, `4千6百`).
    chinese_scaled: bool,
}

impl Small {
    fn word(n: u64) -> Small {
        Small {
            value: Some(Decimal::from_u64(n)),
            script: Script::Words,
            digits: None,
            chinese_scaled: false,
        }
    }

    /// `twenty`, `eighty`: a unit word may follow (`twenty five`).
    fn is_tens_word(self) -> bool {
        self.script == Script::Words
            && self
                .value
                .and_then(Decimal::as_u64)
                .is_some_and(|n| (20..100).contains(&n) && n % 10 == 0)
    }
}

/// What a [`small`] may be where it stands.
#[derive(Clone, Copy)]
struct May {
    /// Digits: first, after a scale, and after `hundred` in a number
    /// that began in digits (`3 hundred and 21`).
    digits: bool,
    /// `a`, `an`, `half a`: first, and after `and`.
    article: bool,
}

/// One number token, by its first byte: digits or a Chinese numeral, or
/// a word.
fn small<'a>(may: May) -> impl Fn(&'a str) -> PResult<'a, Small> {
    move |input| match input.as_bytes().first() {
        Some(b) if b.is_ascii_alphabetic() => {
            let one = Small::word(1);
            let half = Small {
                value: Decimal::new(5, 1),
                ..one
            };
            let quarter = Small {
                value: Decimal::new(25, 2),
                ..one
            };
            let articles = alt((
                map(article, move |()| one),
                map(article_before_unit, move |()| one),
                map(half_article, move |()| half),
                map(quarter_article, move |()| quarter),
            ));
            let mut word = map(number_word, Small::word);
            match may.article {
                true => alt((articles, word)).parse(input),
                false => word.parse(input),
            }
        }
        Some(_) => {
            let point = opt(chinese_fraction);
            // `三分之一`: the bottom first, then 分之 and the top.
            let top = opt(preceded(tag("分之"), chinese_number));
            let mut chinese = map(
                (alt((chinese_number, bare_scale)), point, top),
                |(n, f, t)| {
                    let mut s = Small {
                        script: Script::Chinese,
                        ..Small::word(n)
                    };
                    if let Some((digits, places)) = f {
                        let frac = Decimal::new(u128::from(digits), places);
                        s.value = s.value.zip(frac).and_then(|(v, f)| v.checked_add(f));
                    }
                    if let Some(t) = t.filter(|_| f.is_none() && n > 0) {
                        s.value = ratio(Decimal::from_u64(t), n);
                    }
                    s
                },
            );
            match may.digits {
                true => alt((digits_small, chinese)).parse(input),
                false => chinese.parse(input),
            }
        }
        None => fail(input),
    }
}

/// A run of digits, with the Chinese scales 千 and 百 written after it
/// (`3千` is 3000, `4千6百` 4600).
fn digits_small(input: &str) -> PResult<'_, Small> {
    let (rest, d) = digits(input)?;
    let Ok((mut rest, k)) = scale_after_digits(rest) else {
        let small = Small {
            value: d.value,
            script: Script::Digits,
            digits: Some(d),
            chinese_scaled: false,
        };
        return Ok((rest, small));
    };
    let times = |v: Decimal, k: u64| v.checked_mul(Decimal::from_u64(k));
    let mut value = d.value.and_then(|v| times(v, k));
    let mut last = k;
    // `4千6百`: more plain digits, each with a smaller scale.
    while let Ok((r, d)) = digits(rest) {
        match scale_after_digits(r) {
            Ok((r, k)) if k < last && d.plain => {
                let part = d.value.and_then(|v| times(v, k));
                value = value.zip(part).and_then(|(v, p)| v.checked_add(p));
                last = k;
                rest = r;
            }
            _ => break,
        }
    }
    let small = Small {
        value,
        script: Script::Digits,
        digits: None,
        chinese_scaled: true,
    };
    Ok((rest, small))
}

/// 千 or 百 right after digits: their scale. Not the 千 of a unit (千米,
/// 千克, 千瓦) or a word (千斤顶), nor the 百 of 百分.
fn scale_after_digits(input: &str) -> PResult<'_, u64> {
    // 千 starts with E5, 百 with E7: most numbers are followed by neither.
    if !matches!(input.as_bytes().first(), Some(0xE5 | 0xE7)) {
        return fail(input);
    }
    let mut chars = input.chars();
    let k = match chars.next() {
        Some('千') => 1_000,
        Some('百') => 100,
        _ => return fail(input),
    };
    if chars
        .next()
        .is_some_and(|c| "米克瓦卡字伏帕赫焦斤顶分".contains(c))
    {
        return fail(input);
    }
    Ok((&input['千'.len_utf8()..], k))
}

/// `a ton`, `a kilogram`, `half a ton`, `a litre`: the article counts one
/// of the mass or volume unit after it. Not money (`a dollar store`), not
/// length (`a meter` may be a device), nor a mark of one or two letters
/// (`a t-shirt`, `a kg`).
pub(crate) fn article_before_unit(input: &str) -> PResult<'_, ()> {
    let (rest, _) = alt((word("an"), word("a"))).parse(input)?;
    let Some(after) = rest.strip_prefix(' ') else {
        return fail(input);
    };
    match super::unit::unit_after(after) {
        Ok((r, (u, _)))
            if after.len() - r.len() >= 3 && matches!(u, super::Unit::Kg | super::Unit::L) =>
        {
            Ok((rest, ()))
        }
        _ => fail(input),
    }
}

/// A bare 万 or 亿 that counts (`万余元`, `近万名`, `逾亿元`): ten thousand
/// or a hundred million, when 余, 多, 元 or a counter follows it. (After a
/// number, 万 and 亿 are its scale words.)
fn bare_scale(input: &str) -> PResult<'_, u64> {
    let (rest, value) = if let Some(rest) = input.strip_prefix('万') {
        (rest, 10_000)
    } else if let Some(rest) = input.strip_prefix('亿') {
        (rest, 100_000_000)
    } else {
        return fail(input);
    };
    match rest.chars().next() {
        Some(c) if matches!(c, '余' | '多' | '元') || CHINESE_COUNTERS.contains(c) => {
            Ok((rest, value))
        }
        _ => fail(input),
    }
}

/// A number token with what may follow it within its group: a unit word
/// after a tens word (`twenty five`) and `and a half` (`three and a half`).
#[derive(Debug, Clone, Copy)]
struct Term {
    value: Option<Decimal>,
    /// More than the token itself.
    compound: bool,
}

/// `five` after `twenty`: a unit word, not after `and`.
fn unit_word(input: &str) -> PResult<'_, Decimal> {
    let unit = verify(number_word, |&n| n < 10);
    map(preceded(sep, unit), Decimal::from_u64).parse(input)
}

/// ` and a half`.
fn and_a_half(input: &str) -> PResult<'_, ()> {
    let (rest, ()) = sep(input)?;
    // Nearly every number is followed by something else.
    if !rest.as_bytes().first().is_some_and(|b| b | 0x20 == b'a') {
        return fail(input);
    }
    preceded(and, a_half).parse(rest)
}

/// A small number and what may follow it (`twenty-five`, `three and a
/// half`): the rule the groups inline with their own checks on `small`.
#[cfg(test)]
fn term<'a>(may: May) -> impl Parser<&'a str, Output = Term, Error = Error<&'a str>> {
    small(may).flat_map(term_after)
}

/// `n / d`, rounded to 15 places when it does not end (`two thirds` is
/// 0.666666666666667; `three fourths` 0.75 exactly).
fn ratio(n: Decimal, d: u64) -> Option<Decimal> {
    const PLACES: u32 = 15;
    let n = n.as_u64()?;
    let scaled = u128::from(n).checked_mul(10u128.pow(PLACES))?;
    let d = u128::from(d);
    Decimal::new((scaled * 2 + d) / (2 * d), PLACES)
}

/// Whether `small` may be the top of a fraction: a number word below
/// eleven (`two thirds`, `one fifth`).
fn may_be_numerator(small: Small) -> bool {
    small.script == Script::Words
        && small
            .value
            .and_then(Decimal::as_u64)
            .is_some_and(|n| (1..=10).contains(&n))
}

/// What follows the token of a [`term`].
fn term_after<'a>(small: Small) -> impl Parser<&'a str, Output = Term, Error = Error<&'a str>> {
    let unit = cond(small.is_tens_word(), opt(unit_word));
    let over = cond(may_be_numerator(small), opt(denominator));
    map((unit, over, opt(and_a_half)), move |(unit, over, half)| {
        let unit = unit.flatten();
        let over = over.flatten();
        let mut value = small.value;
        if let Some(u) = unit {
            value = value.and_then(|v| v.checked_add(u));
        }
        if let Some(d) = over {
            value = value.and_then(|v| ratio(v, d));
        }
        if half.is_some() {
            value = value.and_then(|v| v.checked_add(Decimal::new(5, 1)?));
        }
        Term {
            value,
            compound: unit.is_some() || over.is_some() || half.is_some(),
        }
    })
}

/// A number below its scale words: a [`term`], perhaps times a hundred
/// and plus a term below a hundred (`seven hundred`, `3 hundred and 21`,
/// `a hundred and two`).
#[derive(Debug, Clone, Copy)]
struct Group {
    value: Option<Decimal>,
    hundred: bool,
    /// The lead token alone, perhaps times a hundred.
    lone: bool,
}

/// ` hundred`.
fn hundred(input: &str) -> PResult<'_, ()> {
    map(preceded(sep, word("hundred")), |_| ()).parse(input)
}

/// What follows `hundred`: a term below a hundred, after `and` or
/// straight on (but not a scale word: `hundred ten thousand`).
fn below_hundred<'a>(digits: bool) -> impl Parser<&'a str, Output = Term, Error = Error<&'a str>> {
    let below = |s: &Small| s.value.is_some_and(|v| v < Decimal::from_u64(100));
    let lead = move |article| verify(small(May { digits, article }), below).flat_map(term_after);
    let after_and = preceded(and, lead(true));
    let straight = preceded(not(scale_word), lead(false));
    preceded(sep, alt((after_and, straight)))
}

/// `lead` then the rest of its group.
fn group_after<'a>(
    lead: Term,
    digits_after_hundred: bool,
) -> impl Parser<&'a str, Output = Group, Error = Error<&'a str>> {
    let hundreds = preceded(hundred, opt(below_hundred(digits_after_hundred)));
    map(opt(hundreds), move |h| {
        let mut value = lead.value;
        if let Some(tail) = h {
            value = value.and_then(|v| v.checked_mul(Decimal::from_u64(100)));
            if let Some(t) = tail {
                value = value.zip(t.value).and_then(|(v, t)| v.checked_add(t));
            }
        }
        Group {
            value,
            hundred: h.is_some(),
            lone: !lead.compound && !matches!(h, Some(Some(_))),
        }
    })
}

/// The rest of the first group of a number after its first token `lead`
/// (`5.5`, `a hundred and two`, `half a`).
fn group_of<'a>(lead: Small) -> impl Parser<&'a str, Output = Group, Error = Error<&'a str>> {
    let digits = lead.script == Script::Digits;
    term_after(lead).flat_map(move |t| group_after(t, digits))
}

/// The first group of a number and its first token, as [`amount`] reads
/// them.
#[cfg(test)]
fn first_group(input: &str) -> PResult<'_, (Small, Group)> {
    let first = May {
        digits: true,
        article: true,
    };
    small(first)
        .flat_map(|s| map(group_of(s), move |g| (s, g)))
        .parse(input)
}

/// Whether a word that may go on with a number follows `rest` after the
/// separator: `and a half`, `hundred` or a scale word.
fn goes_on(rest: &str, numerator: bool) -> bool {
    // Each starts with the separator, then a letter or 万/亿 (E4), 億
    // (E5) or 萬 (E8).
    let Ok((after, ())) = sep(rest) else {
        return true;
    };
    let scale = || scale_word(after).is_ok_and(|(_, s)| s != 100);
    match after.as_bytes().first() {
        Some(b'a' | b'A') => and_a_half(rest).is_ok() || scale(),
        Some(b'h' | b'H') => true,
        // Only a number word may be a fraction's top (`two thirds`).
        Some(b) if b.is_ascii_alphabetic() => scale() || (numerator && denominator(rest).is_ok()),
        Some(0xE4 | 0xE5 | 0xE8) => scale(),
        _ => false,
    }
}

/// A scale word after a group or another scale (`million`, the 亿 of
/// `万亿`, the `million` of `thousand million`); `hundred` belongs to the
/// group.
fn scale(input: &str) -> PResult<'_, u64> {
    preceded(sep, verify(scale_word, |&s| s != 100)).parse(input)
}

/// A group after the scale `last`, perhaps after `and` (`1 million 700
/// thousand`, `one million and seven hundred thousand`, `两万三千`). A
/// group in digits must be followed by a smaller scale of its own, or it
/// is a new number (`5.5 million 26 suspects`).
fn group_after_scale<'a>(
    last: u64,
    digits_after_hundred: bool,
) -> impl Parser<&'a str, Output = Group, Error = Error<&'a str>> {
    let lead = move |may| {
        // `hundred` too: `1 million 3 hundred`.
        let smaller = move || peek(preceded(sep, verify(scale_word, move |&s| s < last)));
        // `3 thousand 500`, `1万2000`, `1万2千`: a plain group below a
        // thousand or a 万 (digits, or digits with 千 or 百 of their own)
        // closes the number without a scale word (after a million it
        // would be a guess: `2 million 300`). Not before 千, 百 or 十 that
        // the digits did not take (`1万2千米`).
        let closes = move |s: &Small| {
            matches!(last, 1_000 | 10_000)
                && (s.digits.is_some_and(|d| d.plain) || s.chinese_scaled)
                && s.value.is_some_and(|v| v < Decimal::from_u64(last))
        };
        small(may)
            .flat_map(move |s: Small| {
                let digits = s.script == Script::Digits;
                let closing = digits && closes(&s);
                let larger = move || peek(preceded(sep, verify(scale_word, move |&s| s >= last)));
                let checks = (
                    cond(digits && !closing, smaller()),
                    cond(closing, not(one_of("千百十"))),
                    cond(closing, not(larger())),
                );
                map(checks, move |_| s)
            })
            .flat_map(term_after)
    };
    let after_and = preceded(
        and,
        lead(May {
            digits: true,
            article: true,
        }),
    );
    // `million ten thousand` is two scales, not a ten.
    let straight = preceded(
        not(scale_word),
        lead(May {
            digits: true,
            article: false,
        }),
    );
    let written = preceded(sep, alt((after_and, straight)))
        .flat_map(move |t| group_after(t, digits_after_hundred));
    alt((preceded(sep, abbreviated_after_scale(last)), written))
}

/// `一万三`, `九十二万四`, `两亿五`: one Chinese digit right after 万 or 亿,
/// with no numeral after it, stands for the next scale down (13000,
/// 924000, 250000000).
fn abbreviated_after_scale<'a>(
    last: u64,
) -> impl Parser<&'a str, Output = Group, Error = Error<&'a str>> {
    move |input: &'a str| {
        if !matches!(last, 10_000 | 100_000_000) {
            return fail(input);
        }
        let mut chars = input.chars();
        let first = chars.next();
        let digit = first.and_then(chinese_digit).filter(|&d| d > 0);
        let next = chars.next();
        let numeral_next = next.is_some_and(|c| {
            chinese_digit(c).is_some()
                || chinese_small_scale(c).is_some()
                || matches!(c, '万' | '亿' | '萬' | '億' | '点')
        });
        // `二万一旦发现` (once found): 一 opening a word is no digit.
        let word = first == Some('一') && next.is_some_and(|c| chinese::YI_WORD_NEXT.contains(c));
        if word {
            return fail(input);
        }
        match digit {
            Some(d) if !numeral_next => Ok((
                &input['一'.len_utf8()..],
                Group {
                    value: Some(Decimal::from_u64(d * (last / 10))),
                    hundred: false,
                    lone: false,
                },
            )),
            _ => fail(input),
        }
    }
}

/// A number with its scale words: `5.5 million`, `1 million 700 thousand`,
/// `one million and seven hundred thousand`, `1.2 ten thousand`, `两万`.
pub(crate) fn amount(input: &str) -> PResult<'_, Amount> {
    let first = May {
        digits: true,
        article: true,
    };
    // Most numbers start with an ASCII digit: their first token is the
    // digits (`small` would try them first and they always read), and no
    // decimal in words follows.
    let (rest, lead) = match input.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => {
            let (rest, lead) = digits_small(input)?;
            with_fraction(lead, rest)
        }
        _ => {
            let (rest, lead) = small(first)(input)?;
            let (rest, lead) = with_fraction(lead, rest);
            if let Ok(decimal) = word_decimal(lead, rest) {
                return Ok(decimal);
            }
            (rest, lead)
        }
    };
    // Most numbers end at their first token: what goes on after one
    // (`and a half`, `hundred`, a scale word, a tens word's unit) starts
    // with `a`, `h` or a scale word. The same answer as the rules below.
    if !lead.is_tens_word() && !goes_on(rest, may_be_numerator(lead)) {
        return Ok((rest, lone(lead)));
    }
    amount_after(lead, rest)
}

/// A number that is its first token alone, as [`Sum::amount`] reads a
/// lone group with no scale.
fn lone(lead: Small) -> Amount {
    Amount {
        value: lead.value,
        script: lead.script,
        digits: lead.digits,
        scaled: false,
        too_precise: lead.digits.is_some_and(|d| d.too_precise),
        scale_only: None,
    }
}

/// `2 1/2`, `3½`, `1 ¾`: a whole number of at most three plain digits
/// and a proper fraction after it. (Read alone, `2 1/2 tons` had been two,
/// with no unit.) Anything else is `lead` as it was.
fn with_fraction(lead: Small, rest: &str) -> (&str, Small) {
    let whole = lead.digits.is_some_and(|d| d.plain && d.int_digits <= 3);
    // A space and a digit, or a vulgar fraction (C2 for ½ ¼ ¾, E2 for ⅓ ⅔
    // ⅛), perhaps after a space: most numbers are followed by neither.
    let may = match rest.as_bytes() {
        [b' ', d, ..] => d.is_ascii_digit() || matches!(d, 0xC2 | 0xE2),
        [first, ..] => matches!(first, 0xC2 | 0xE2),
        [] => false,
    };
    if !whole || !may {
        return (rest, lead);
    }
    match mixed_fraction(rest) {
        Ok((after, part)) => {
            let small = Small {
                value: lead.value.zip(part).and_then(|(v, p)| v.checked_add(p)),
                digits: None,
                ..lead
            };
            (after, small)
        }
        Err(_) => (rest, lead),
    }
}

/// The fraction of [`with_fraction`]: ` 1/2` (a numerator below a
/// denominator of at most 16, and no digit or slash after it, which would
/// make a date or a code), or a vulgar fraction such as `½`, its value.
fn mixed_fraction(input: &str) -> PResult<'_, Option<Decimal>> {
    let vulgar = alt((
        value((1, 2), char('½')),
        value((1, 4), char('¼')),
        value((3, 4), char('¾')),
        value((1, 3), char('⅓')),
        value((2, 3), char('⅔')),
        value((1, 8), char('⅛')),
    ));
    let proper = |&(n, d): &(u64, u64)| 0 < n && n < d && d <= 16;
    let written = preceded(
        char(' '),
        verify(separated_pair(decimal_u64, char('/'), decimal_u64), proper),
    );
    let (rest, (n, d)) = alt((
        preceded(opt(char(' ')), vulgar),
        terminated(written, not(one_of("0123456789/"))),
    ))
    .parse(input)?;
    Ok((rest, ratio(Decimal::from_u64(n), d)))
}

/// `one point five`, `two point seven five million`: a decimal said in
/// words, one digit word after another past `point`, perhaps before scale
/// words. (Read as the number ending at `one`, `one point five tons` had
/// been five tons.)
fn word_decimal(lead: Small, rest: &str) -> PResult<'_, Amount> {
    let whole = match (lead.script, lead.value) {
        (Script::Words, Some(v)) if v.is_integer() => v,
        _ => return fail(rest),
    };
    let digit = preceded(sep, verify(number_word, |&d: &u64| d < 10));
    let fraction = fold_many_m_n(
        1,
        9,
        digit,
        || (0u128, 0u32),
        |(m, k), d| (m * 10 + u128::from(d), k + 1),
    );
    let (rest, (m, k)) = preceded((sep, tag_no_case("point")), fraction).parse(rest)?;
    let (rest, scales) = fold_many0(
        scale,
        || Some(Decimal::from_u64(1)),
        |acc, s| acc.and_then(|a| a.checked_mul(Decimal::from_u64(s))),
    )
    .parse(rest)?;
    let value = Decimal::new(m, k)
        .and_then(|f| whole.checked_add(f))
        .zip(scales)
        .and_then(|(v, s)| v.checked_mul(s));
    Ok((
        rest,
        Amount {
            value,
            script: Script::Words,
            digits: None,
            scaled: scales != Some(Decimal::from_u64(1)),
            too_precise: false,
            scale_only: None,
        },
    ))
}

/// The rest of a number whose first token is `lead`, by the rules.
fn amount_after(lead: Small, rest: &str) -> PResult<'_, Amount> {
    // (Once read, the fraction leaves no plain digits: this is a no-op
    // after [`amount`].)
    let (rest, lead) = with_fraction(lead, rest);
    if let Ok(decimal) = word_decimal(lead, rest) {
        return Ok(decimal);
    }
    let (rest, first) = group_of(lead).parse(rest)?;
    let digits_after_hundred = lead.script == Script::Digits;
    let step = scale.flat_map(|s: u64| {
        map(opt(group_after_scale(s, digits_after_hundred)), move |g| {
            (s, g)
        })
    });
    let start = Sum::new(first);
    let (rest, sum) = fold_many0(step, move || start, Sum::push).parse(rest)?;
    Ok((rest, sum.amount(lead)))
}

/// A number as it is summed, group by group.
#[derive(Debug, Clone, Copy)]
struct Sum {
    /// Groups already times their scales.
    total: Option<Decimal>,
    /// The group waiting for its scale.
    group: Option<Decimal>,
    last_scale: u64,
    /// The last step was a scale with no group after it.
    after_scale: bool,
    /// The product of the scales, while the number is one group and
    /// scale words only (`20 million`).
    scale_only: Option<Option<Decimal>>,
}

impl Sum {
    fn new(first: Group) -> Sum {
        let hundred = Decimal::from_u64(if first.hundred { 100 } else { 1 });
        Sum {
            total: Some(Decimal::ZERO),
            group: first.value,
            last_scale: u64::MAX,
            after_scale: false,
            scale_only: first.lone.then_some(Some(hundred)),
        }
    }

    /// A scale and the group after it, if any.
    fn push(self, (scale, group): (u64, Option<Group>)) -> Sum {
        let s = Decimal::from_u64(scale);
        let total = if self.after_scale {
            // 万亿, `thousand million`: all so far is times the scale.
            self.total.and_then(|t| t.checked_mul(s))
        } else if scale < self.last_scale {
            // `1 million 700 thousand`: the group is times its scale.
            let part = self.group.and_then(|g| g.checked_mul(s));
            self.total.zip(part).and_then(|(t, p)| t.checked_add(p))
        } else {
            // `two thousand five million`: all so far is times the scale.
            let sum = self
                .total
                .zip(self.group)
                .and_then(|(t, g)| t.checked_add(g));
            sum.and_then(|t| t.checked_mul(s))
        };
        let scale_only = match (self.scale_only, group) {
            (Some(m), None) => Some(m.and_then(|m| m.checked_mul(s))),
            _ => None,
        };
        Sum {
            total,
            group: group.map_or(Some(Decimal::ZERO), |g| g.value),
            last_scale: scale,
            after_scale: group.is_none(),
            scale_only,
        }
    }

    /// The number whose first token is `lead`.
    fn amount(self, lead: Small) -> Amount {
        let scaled = self.last_scale != u64::MAX;
        Amount {
            // With no scale the total is still zero.
            value: match scaled {
                false => self.group,
                true => self
                    .total
                    .zip(self.group)
                    .and_then(|(t, g)| t.checked_add(g)),
            },
            script: lead.script,
            digits: if scaled { None } else { lead.digits },
            scaled,
            too_precise: lead.digits.is_some_and(|d| d.too_precise),
            // `three hundred` shares its hundred too (`two to three
            // hundred` is 200 to 300); a lone number does not.
            scale_only: self
                .scale_only
                .flatten()
                .filter(|m| scaled || *m > Decimal::from_u64(1)),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::show;
    use insta::assert_snapshot;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The shortcut for a number that ends at its first token gives
        /// what the rules give, at every offset.
        #[test]
        fn amount_is_the_rules(text in crate::quantity::scan::walk_tests::texts()) {
            let first = May { digits: true, article: true };
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let s = &text[at..];
                let rules = small(first)(s).and_then(|(rest, lead)| amount_after(lead, rest));
                prop_assert_eq!(amount(s), rules);
                prop_assert_eq!(digits(s), digits::digits_by_rules(s));
            }
        }
    }

    fn p(s: &str) -> String {
        match amount(s) {
            Ok((rest, a)) => {
                let v = a.value.map_or("overflow".to_string(), |v| v.to_string());
                format!("{v} {:?} rest={rest:?}", a.script)
            }
            Err(_) => "no number".to_string(),
        }
    }

    fn value(v: Option<Decimal>) -> String {
        v.map_or("overflow".into(), |v| v.to_string())
    }

    #[test]
    fn small_tokens() {
        let any = May {
            digits: true,
            article: true,
        };
        let plain = May {
            digits: false,
            article: false,
        };
        let s = |may, i| show(small(may)(i).map(|(r, s)| (r, (value(s.value), s.script))));
        assert_snapshot!(s(any, "36 suspects"), @r#"("36", Digits) rest=" suspects""#);
        assert_snapshot!(s(any, "a hundred"), @r#"("1", Words) rest=" hundred""#);
        assert_snapshot!(s(any, "half a dozen"), @r#"("0.5", Words) rest=" dozen""#);
        assert_snapshot!(s(any, "两万"), @r#"("2", Chinese) rest="万""#);
        assert_snapshot!(s(plain, "36"), @"none");
        assert_snapshot!(s(plain, "a hundred"), @"none");
        assert_snapshot!(s(plain, "seven"), @r#"("7", Words) rest="""#);
    }

    #[test]
    fn terms_and_scales() {
        let may = May {
            digits: true,
            article: true,
        };
        let t = |i| {
            show(
                term(may)
                    .parse(i)
                    .map(|(r, t)| (r, (value(t.value), t.compound))),
            )
        };
        assert_snapshot!(show(and_a_half(" and a half years")), @r#"() rest=" years""#);
        assert_snapshot!(show(and_a_half(" and a halfway")), @"none");
        assert_snapshot!(show(scale(" hundred")), @"none");
        assert_snapshot!(show(scale("-bn")), @r#"1000000000 rest="""#);
        assert_snapshot!(t("twenty five suspects"), @r#"("25", true) rest=" suspects""#);
        assert_snapshot!(t("twenty-five suspects"), @r#"("25", false) rest=" suspects""#);
        assert_snapshot!(t("three and a half years"), @r#"("3.5", true) rest=" years""#);
        assert_snapshot!(t("twenty and five"), @r#"("20", false) rest=" and five""#);
        assert_snapshot!(t("25 five"), @r#"("25", false) rest=" five""#);
        assert_snapshot!(t("eleven five"), @r#"("11", false) rest=" five""#);
    }

    #[test]
    fn groups() {
        let g =
            |i| show(first_group(i).map(|(r, (_, g))| (r, (value(g.value), g.hundred, g.lone))));
        assert_snapshot!(g("seven hundred thousand"), @r#"("700", true, true) rest=" thousand""#);
        assert_snapshot!(g("a hundred and two"), @r#"("102", true, false) rest="""#);
        assert_snapshot!(g("3 hundred and 21 cases"), @r#"("321", true, false) rest=" cases""#);
        assert_snapshot!(g("three hundred 21"), @r#"("300", true, true) rest=" 21""#);
        assert_snapshot!(g("one hundred ten thousand"), @r#"("100", true, true) rest=" ten thousand""#);
        assert_snapshot!(g("one hundred and ten thousand"), @r#"("110", true, false) rest=" thousand""#);
        assert_snapshot!(g("a hundred and 200"), @r#"("100", true, true) rest=" and 200""#);
        let b = |i| {
            show(
                below_hundred(true)
                    .parse(i)
                    .map(|(r, t)| (r, value(t.value))),
            )
        };
        assert_snapshot!(b(" and eighty three"), @r#""83" rest="""#);
        assert_snapshot!(b(" 150"), @"none");
    }

    #[test]
    fn groups_after_a_scale() {
        let g = |last, i| {
            show(
                group_after_scale(last, true)
                    .parse(i)
                    .map(|(r, g)| (r, value(g.value))),
            )
        };
        assert_snapshot!(g(1_000_000, " 700 thousand"), @r#""700" rest=" thousand""#);
        assert_snapshot!(g(1_000_000, " 26 suspects"), @"none");
        assert_snapshot!(g(1_000, " 700 million"), @"none");
        assert_snapshot!(g(1_000_000, " and seven hundred thousand"), @r#""700" rest=" thousand""#);
        assert_snapshot!(g(10_000, "三千"), @r#""3000" rest="""#);
        assert_snapshot!(g(1_000_000, " ten thousand"), @"none");
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
    fn a_plain_group_closes_a_thousand_or_a_wan() {
        assert_snapshot!(p("1 thousand 200 officers"), @r#"1200 Digits rest=" officers""#);
        assert_snapshot!(p("1万2000元"), @r#"12000 Digits rest="元""#);
        // Not after a million, not a group as large as the scale, not
        // past a comma; digits with 千 close a 万 as plain ones do.
        assert_snapshot!(p("2 million 300 were"), @r#"2000000 Digits rest=" 300 were""#);
        assert_snapshot!(p("3 thousand 2024"), @r#"3000 Digits rest=" 2024""#);
        assert_snapshot!(p("1万2千元"), @r#"12000 Digits rest="元""#);
        assert_snapshot!(p("3 thousand, 200 of them"), @r#"3000 Digits rest=", 200 of them""#);
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
        assert_snapshot!(p("two thirds of them"), @r#"0.666666666666667 Words rest=" of them""#);
        assert_snapshot!(p("a ton of"), @r#"1 Words rest=" ton of""#);
        assert_snapshot!(p("half a kilogram"), @r#"0.5 Words rest=" kilogram""#);
        assert_snapshot!(p("a meter"), @"no number");
        assert_snapshot!(p("three fourths"), @r#"0.75 Words rest="""#);
        assert_snapshot!(p("twenty five suspects"), @r#"25 Words rest=" suspects""#);
        assert_snapshot!(p("Eleven people"), @r#"11 Words rest=" people""#);
        assert_snapshot!(p("ninety-nine"), @r#"99 Words rest="""#);
        assert_snapshot!(p("twenty-zero"), @r#"20 Words rest="""#);
        assert_snapshot!(p("eleven-one"), @r#"11 Words rest="-one""#);
        assert_snapshot!(p("someone"), @"no number");
        assert_snapshot!(p("tender"), @"no number");
        // A decimal in words: digit words after `point`, then scales.
        assert_snapshot!(p("one point five tons"), @r#"1.5 Words rest=" tons""#);
        assert_snapshot!(p("two point seven five million yuan"), @r#"2750000 Words rest=" yuan""#);
        assert_snapshot!(p("twenty point zero eight"), @r#"20.08 Words rest="""#);
        assert_snapshot!(p("one pointed"), @r#"1 Words rest=" pointed""#);
        assert_snapshot!(p("three point twelve"), @r#"3 Words rest=" point twelve""#);
    }

    #[test]
    fn mixed_fractions() {
        assert_snapshot!(p("4 1/2 tons"), @r#"4.5 Digits rest=" tons""#);
        assert_snapshot!(p("1 3/4 million"), @r#"1750000 Digits rest="""#);
        assert_snapshot!(p("6½ kg"), @r#"6.5 Digits rest=" kg""#);
        assert_snapshot!(p("2 ⅓ hours"), @r#"2.333333333333333 Digits rest=" hours""#);
        // Not a proper fraction, or the start of a date or a code.
        assert_snapshot!(p("4 5/3 tons"), @r#"4 Digits rest=" 5/3 tons""#);
        assert_snapshot!(p("8 1/2/2024"), @r#"8 Digits rest=" 1/2/2024""#);
        assert_snapshot!(p("8 1/25"), @r#"8 Digits rest=" 1/25""#);
        assert_snapshot!(p("1,200 1/2"), @r#"1200 Digits rest=" 1/2""#);
    }

    #[test]
    fn chinese_numerals() {
        assert_snapshot!(p("三千"), @r#"3000 Chinese rest="""#);
        assert_snapshot!(p("两万"), @r#"20000 Chinese rest="""#);
        assert_snapshot!(p("一百二十名"), @r#"120 Chinese rest="名""#);
        assert_snapshot!(p("1.2万起"), @r#"12000 Digits rest="起""#);
        assert_snapshot!(p("一万三名"), @r#"13000 Chinese rest="名""#);
        assert_snapshot!(p("二十三点五万元"), @r#"235000 Chinese rest="元""#);
        assert_snapshot!(p("三分之一"), @r#"0.333333333333333 Chinese rest="""#);
        assert_snapshot!(p("3千人"), @r#"3000 Digits rest="人""#);
        assert_snapshot!(p("5万4千6百名"), @r#"54600 Digits rest="名""#);
        assert_snapshot!(p("3千米"), @r#"3 Digits rest="千米""#);
        assert_snapshot!(p("四分之三的"), @r#"0.75 Chinese rest="的""#);
        assert_snapshot!(p("九十二万四"), @r#"924000 Chinese rest="""#);
        assert_snapshot!(p("两亿五人"), @r#"250000000 Chinese rest="人""#);
        assert_snapshot!(p("三万一千"), @r#"31000 Chinese rest="""#);
        assert_snapshot!(p("九万零四百"), @r#"90400 Chinese rest="""#);
    }

    #[test]
    fn dotted_codes_are_flagged() {
        let (rest, d) = digits("2014.5.1 case").unwrap();
        assert!(d.dotted);
        assert_eq!(rest, " case");
    }
}
