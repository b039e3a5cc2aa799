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
//! small   = digits | number word | Chinese numeral | a | half a | a couple of
//! scales  = scale+                             million, 万亿, thousand million
//! ```
//!
//! Each rule is a named nom parser below, tested alone. Nothing allocates,
//! and nothing uses floating point.

mod amount;
mod chinese;
mod digits;
mod share;
mod words;

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, one_of, u64 as decimal_u64};
use nom::combinator::{cond, map, not, opt, peek, value, verify};
use nom::error::{Error, ErrorKind};
use nom::multi::{fold_many0, fold_many_m_n};
use nom::sequence::{preceded, separated_pair, terminated};
use nom::{Err, IResult, Parser};

#[cfg(test)]
use amount::amount_after;
pub(crate) use amount::{amount, Amount};
use chinese::chinese_fraction;
pub(crate) use chinese::{chinese_number, chinese_pair};
pub(crate) use digits::{digits, Shape};
pub(crate) use share::article_fraction;
pub(crate) use words::scale_word;
use words::{a_half, and, denominator, number_word, sep, wan_letter};
pub(crate) use words::{article, couple_of, half_article, half_dozen, quarter_article, score_of};

use super::decimal::Decimal;
use super::rules::{text_no_case, word};
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
    digits: Option<Shape>,
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
            let mut word = map(number_word, Small::word);
            match may.article && may_open_article(*b) {
                true => alt((article_small, word)).parse(input),
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

/// An article that stands for a number (`a hundred`, `a ton`, `half a
/// million`, `three quarters of a ton`, `a couple of`, `a third of`), as
/// one number token.
fn article_small(input: &str) -> PResult<'_, Small> {
    let one = Small::word(1);
    let half = Small {
        value: Decimal::new(5, 1),
        ..one
    };
    let quarters = move |n: u8| Small {
        value: Decimal::new(25 * u128::from(n), 2),
        ..one
    };
    alt((
        map(article, move |()| one),
        map(article_before_unit, move |()| one),
        map(half_article, move |()| half),
        map(quarter_article, quarters),
        map(couple_of, move |()| Small::word(2)),
        map(score_of, move |()| Small::word(20)),
        map(half_dozen, move |()| Small::word(6)),
        // `a third of them`: one over the denominator.
        map(article_fraction, move |d| Small {
            value: ratio(Decimal::from_u64(1), d),
            ..one
        }),
    ))
    .parse(input)
}

/// Whether a word starting with the letter `first` may open one of the
/// articles [`article_small`] reads (`a hundred`, `half a million`,
/// `quarter of a ton`, `three quarters of a`): each starts with `a`, `h`,
/// `q` or `t` in any case. An exact reject before the eight rules, for
/// the number words that start otherwise (`one`, `five`, `seven`).
fn may_open_article(first: u8) -> bool {
    matches!(first.to_ascii_lowercase(), b'a' | b'h' | b'q' | b't')
}

/// A run of digits, with the Chinese scales 千 and 百 written after it
/// (`3千` is 3000, `4千6百` 4600).
fn digits_small(input: &str) -> PResult<'_, Small> {
    let (rest, d) = digits(input)?;
    let Ok((mut rest, k)) = scale_after_digits(rest) else {
        let small = Small {
            value: d.value,
            script: Script::Digits,
            digits: Some(d.shape()),
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

/// 千 or 百 (or the banker's 仟, 佰) right after digits: their scale. Not
/// the 千 of a unit (千米, 千克, 千瓦) or a word (千斤顶), nor the 百 of 百分.
fn scale_after_digits(input: &str) -> PResult<'_, u64> {
    // 千 starts with E5, 百 with E7, 仟 and 佰 with E4: most numbers are
    // followed by none of them.
    if !matches!(input.as_bytes().first(), Some(0xE4 | 0xE5 | 0xE7)) {
        return fail(input);
    }
    let mut chars = input.chars();
    let k = match chars.next() {
        Some('千' | '仟') => 1_000,
        Some('百' | '佰') => 100,
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

/// A bare 万 or 亿 (or 萬, 億) that counts (`万余元`, `近万名`, `逾亿元`, `萬餘元`): ten thousand
/// or a hundred million, when 余, 多, 元 or a counter follows it. (After a
/// number, 万 and 亿 are its scale words.)
fn bare_scale(input: &str) -> PResult<'_, u64> {
    let (rest, value) = if let Some(rest) = input.strip_prefix(['万', '萬']) {
        (rest, 10_000)
    } else if let Some(rest) = input.strip_prefix(['亿', '億']) {
        (rest, 100_000_000)
    } else {
        return fail(input);
    };
    match rest.chars().next() {
        Some(c) if matches!(c, '余' | '多' | '元' | '餘') || CHINESE_COUNTERS.contains(c) => {
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

/// ` and a half`, or hyphenated (`one-and-a-half`).
fn and_a_half(input: &str) -> PResult<'_, ()> {
    let (rest, ()) = sep(input)?;
    // Nearly every number is followed by something else.
    if !rest.as_bytes().first().is_some_and(|b| b | 0x20 == b'a') {
        return fail(input);
    }
    let hyphenated = (word("and"), char('-'), word("a"), char('-'), word("half"));
    alt((preceded(and, a_half), map(hyphenated, |_| ()))).parse(rest)
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
    if rest.starts_with(['w', 'W']) && wan_letter(rest).is_ok() {
        return true;
    }
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
    // (`1.2w`: the glued letter first.)
    alt((wan_letter, preceded(sep, verify(scale_word, |&s| s != 100)))).parse(input)
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
    let after_and = terminated(
        preceded(
            and,
            lead(May {
                digits: true,
                article: true,
            }),
        ),
        not(scale_again(last)),
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

/// After `and`, a scale word no smaller than the scale `last` before it:
/// `one hundred thousand and fifty thousand`, `three million and two
/// million` are two numbers, not one read as a group times the scale again.
/// A larger 万 or 亿 in English words still scales all before it (`one
/// thousand and two hundred ten thousand` is 1200万).
fn scale_again<'a>(last: u64) -> impl Parser<&'a str, Output = u64, Error = Error<&'a str>> {
    let again = move |&s: &u64| s == last || (s > last && !matches!(s, 10_000 | 100_000_000));
    preceded(sep, verify(scale_word, again))
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
                || matches!(c, '万' | '亿' | '萬' | '億' | '点' | '點')
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

#[cfg(test)]
mod tests;
