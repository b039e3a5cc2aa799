//! Chinese numerals below 万 (`三千`, `两`, `十二`, `一百二十`,
//! `一千零十`) as small nom rules: terms of a digit and a falling scale,
//! then a last digit. 万 and 亿 are scale words of the number grammar
//! around them ([`amount`](super::amount)), not part of the numeral.

use nom::branch::alt;
use nom::character::complete::anychar;
use nom::combinator::{map_opt, not, opt, verify};
use nom::error::{Error, ErrorKind};
use nom::multi::{fold, many0_count, many1_count};
use nom::sequence::terminated;
use nom::{Err, IResult, Parser};

use crate::quantity::words::{chinese_digit, chinese_small_scale};

type PResult<'a, T> = IResult<&'a str, T>;

/// A Chinese numeral below 万: `三千`, `两`, `十二`, `一百二十`.
///
/// Scales fall from left to right, and only the first may stand without a
/// digit (`十二`), or one after 零 (`一千零十`): `十十十` or `三百五千` is
/// no numeral at all. 零 may stand anywhere and adds nothing.
pub(crate) fn chinese_number(input: &str) -> PResult<'_, u64> {
    // Every numeral char is three bytes from E3 (〇) up: a cheap reject.
    if !input.as_bytes().first().is_some_and(|&b| b >= 0xE3) {
        return fail(input);
    }
    let numeral = (opt(terms), zeros, opt(terminated(last_digit, zeros)));
    let (rest, (terms, zeros, last)) = terminated(numeral, not(scale)).parse(input)?;
    if rest.len() == input.len() {
        return fail(input);
    }
    let last = last.unwrap_or(0) * abbreviated_scale(terms, zeros);
    Ok((rest, terms.map_or(0, |t| t.value) + last))
}

/// What the last digit counts: a digit right after 百 or 千, with no 零
/// between, stands for the next scale down (`两千四百五` is 2450, `九百九`
/// 990; `一千零五` is 1005).
fn abbreviated_scale(terms: Option<Terms>, zeros: usize) -> u64 {
    match terms {
        Some(t) if zeros == 0 && t.last_scale >= 100 => t.last_scale / 10,
        _ => 1,
    }
}

/// `点五`, `点零五`: the decimal part after a Chinese numeral, as its
/// digits and places (`二十三点五` is 23.5; the traditional 點 the same).
/// Not before 分, 时, 秒 or a
/// scale (`三点五分`, `十点二十` are clock times), and 两 is no decimal digit.
pub(crate) fn chinese_fraction(input: &str) -> PResult<'_, (u64, u32)> {
    let Some(rest) = input.strip_prefix(['点', '點']) else {
        return fail(input);
    };
    let mut digits = 0;
    let mut places = 0;
    let mut end = rest;
    for c in rest.chars() {
        match chinese_digit(c) {
            Some(d) if places < 6 && !matches!(c, '两' | '兩' | '倆') => {
                digits = digits * 10 + d;
                places += 1;
                end = &end[c.len_utf8()..];
            }
            _ => break,
        }
    }
    let clock = end.starts_with(['分', '时', '秒', '钟'])
        || end.chars().next().and_then(chinese_small_scale).is_some();
    if places == 0 || clock {
        return fail(input);
    }
    Ok((end, (digits, places)))
}

fn fail<T>(input: &str) -> PResult<'_, T> {
    Err(Err::Error(Error::new(input, ErrorKind::Digit)))
}

/// The chars after which 一 opens a word (一旦 once, 一些 some, 一直
/// always, 一定 surely, ...) rather than ending a number.
pub(crate) const YI_WORD_NEXT: &str = "旦些直定切般样致同律概再贯向齐";

/// A number's last digit: not the 一 of a word that follows it
/// (`二万一旦发现` is 20000, then `once found`).
fn last_digit(input: &str) -> PResult<'_, u64> {
    if let Some(rest) = input.strip_prefix('一') {
        if rest.starts_with(|c: char| YI_WORD_NEXT.contains(c)) {
            return fail(input);
        }
    }
    digit(input)
}

/// `一` ... `九`, `两`: a digit other than zero.
fn digit(input: &str) -> PResult<'_, u64> {
    map_opt(anychar, |c| chinese_digit(c).filter(|&d| d != 0)).parse(input)
}

/// `零` or `〇`.
fn zero(input: &str) -> PResult<'_, char> {
    verify(anychar, |&c| chinese_digit(c) == Some(0)).parse(input)
}

/// Any number of zeros.
fn zeros(input: &str) -> PResult<'_, usize> {
    many0_count(zero).parse(input)
}

/// `十`, `百`, `千`.
fn scale(input: &str) -> PResult<'_, u64> {
    map_opt(anychar, chinese_small_scale).parse(input)
}

/// `三千`, `五十`: a digit (and any zeros) before a scale; the term's value
/// and its scale.
fn digit_term(input: &str) -> PResult<'_, (u64, u64)> {
    let (rest, (_, d, _, s)) = (zeros, digit, zeros, scale).parse(input)?;
    Ok((rest, (d * s, s)))
}

/// `零十` (in `一千零十`): a scale after zeros stands for one of itself.
fn zero_term(input: &str) -> PResult<'_, (u64, u64)> {
    let (rest, (_, s)) = (many1_count(zero), scale).parse(input)?;
    Ok((rest, (s, s)))
}

/// The first term may also be a bare scale (`十二`) or a tens character.
fn first_term(input: &str) -> PResult<'_, (u64, u64)> {
    let bare = |i| -> PResult<'_, (u64, u64)> {
        let (rest, (_, s)) = (zeros, scale).parse(i)?;
        Ok((rest, (s, s)))
    };
    alt((digit_term, bare, tens_char)).parse(input)
}

/// `廿`, `卅`, `卌`: twenty, thirty and forty in one character, as dates
/// and older copy write them (`廿三名` is 23); a term of scale ten.
fn tens_char(input: &str) -> PResult<'_, (u64, u64)> {
    let tens = |c| match c {
        '廿' => Some(20),
        '卅' => Some(30),
        '卌' => Some(40),
        _ => None,
    };
    let (rest, t) = map_opt(anychar, tens).parse(input)?;
    Ok((rest, (t, 10)))
}

/// The terms read so far and the smallest scale among them.
#[derive(Clone, Copy)]
struct Terms {
    value: u64,
    last_scale: u64,
    /// Each scale was below the one before.
    falls: bool,
}

impl Terms {
    const NONE: Terms = Terms {
        value: 0,
        last_scale: u64::MAX,
        falls: true,
    };

    fn push(self, (term, scale): (u64, u64)) -> Terms {
        Terms {
            value: self.value + term,
            last_scale: scale,
            falls: self.falls && scale < self.last_scale,
        }
    }
}

/// The terms of a numeral, scales falling: `一百二十` (the 二十 of it is
/// the last digit's), `十二` (the 十), `三千零五十`.
fn terms(input: &str) -> PResult<'_, Terms> {
    let (rest, head) = first_term(input)?;
    // Three falling scales at most (千百十): a bound that keeps a run of
    // repeated terms from being read to its end.
    let more = alt((digit_term, zero_term));
    let all = fold(0..=2, more, move || Terms::NONE.push(head), Terms::push);
    verify(all, |t: &Terms| t.falls).parse(rest)
}

/// `二三十`, `三四百`, `五六千`, `三四万`, `一两个`, `两三名`, `三五天`: two
/// neighbouring digits (or the idiomatic 三五) read as one approximate
/// number, then a scale (十, 百, 千, perhaps 万 or 亿 after it) or a
/// counter: its low and high ends (20 and 30, 300 and 400, 1 and 2).
pub(crate) fn chinese_pair(input: &str) -> PResult<'_, (u64, u64)> {
    // Every Chinese digit is wider than a byte: text that opens with an
    // ASCII byte (most numbers: `35`) holds no pair, and no char is read.
    if input.as_bytes().first().map_or(true, u8::is_ascii) {
        return fail(input);
    }
    let (rest, (a, b)) = (digit, digit).parse(input)?;
    if !(b == a + 1 || (a, b) == (3, 5)) {
        return fail(input);
    }
    let (rest, small) = opt(scale).parse(rest)?;
    let (rest, big) = opt(big_scale).parse(rest)?;
    let k = small.unwrap_or(1) * big.unwrap_or(1);
    let counter = rest
        .chars()
        .next()
        .is_some_and(|c| crate::quantity::words::CHINESE_COUNTERS.contains(c) || c == '元');
    // `五六十年代` (the fifties and sixties), `五六十岁` (an age), `三四月`.
    let time = rest.starts_with([
        '年', '岁', '歲', '月', '日', '天', '号', '点', '时', '分', '秒', '度',
    ]);
    if (k == 1 && !counter) || time {
        return fail(input);
    }
    Ok((rest, (a * k, b * k)))
}

/// 万 or 亿 (萬, 億) after a [`chinese_pair`]'s scale.
fn big_scale(input: &str) -> PResult<'_, u64> {
    match anychar(input)? {
        (rest, '万' | '萬') => Ok((rest, 10_000)),
        (rest, '亿' | '億') => Ok((rest, 100_000_000)),
        _ => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::show;
    use insta::assert_snapshot;

    #[test]
    fn neighbouring_digits_are_an_approximate_range() {
        let pair = |s| match chinese_pair(s) {
            Ok((rest, (lo, hi))) => format!("{lo}..{hi} rest={rest:?}"),
            Err(_) => "none".into(),
        };
        assert_snapshot!(pair("二三十人"), @r#"20..30 rest="人""#);
        assert_snapshot!(pair("三四万元"), @r#"30000..40000 rest="元""#);
        assert_snapshot!(pair("一两个"), @r#"1..2 rest="个""#);
        // Not before a time word: `三五天` is a span, `五六十年代` decades.
        assert_snapshot!(pair("三五天"), @"none");
        assert_snapshot!(pair("五六十年代"), @"none");
        assert_snapshot!(pair("一二线城市"), @"none");
        assert_snapshot!(pair("二四十"), @"none");
        // No pair opens with an ASCII byte, digit or not.
        assert_snapshot!(pair("23十人"), @"none");
        assert_snapshot!(pair(" 二三十人"), @"none");
        assert_snapshot!(pair(""), @"none");
    }

    #[test]
    fn digits_zeros_scales() {
        assert_snapshot!(show(digit("两万")), @r#"2 rest="万""#);
        assert_snapshot!(show(digit("零")), @"none");
        assert_snapshot!(show(zeros("零〇五")), @r#"2 rest="五""#);
        assert_snapshot!(show(scale("千人")), @r#"1000 rest="人""#);
        assert_snapshot!(show(scale("万")), @"none");
    }

    #[test]
    fn one_term() {
        assert_snapshot!(show(digit_term("三千人")), @r#"(3000, 1000) rest="人""#);
        assert_snapshot!(show(zero_term("零十人")), @r#"(10, 10) rest="人""#);
        assert_snapshot!(show(zero_term("十人")), @"none");
        assert_snapshot!(show(first_term("十二")), @r#"(10, 10) rest="二""#);
    }

    #[test]
    fn terms_fall() {
        let t = |s| show(terms(s).map(|(r, t)| (r, t.value)));
        assert_snapshot!(t("一百二十名"), @r#"120 rest="名""#);
        assert_snapshot!(t("三千零五十"), @r#"3050 rest="""#);
        assert_snapshot!(t("三百五千"), @"none");
        assert_snapshot!(t("十十"), @r#"10 rest="十""#);
    }

    #[test]
    fn tens_characters() {
        assert_snapshot!(show(chinese_number("廿三名")), @r#"23 rest="名""#);
        assert_snapshot!(show(chinese_number("卅人")), @r#"30 rest="人""#);
        assert_snapshot!(show(chinese_number("卌五")), @r#"45 rest="""#);
        // No scale of its own after it: `廿十` is no numeral.
        assert_snapshot!(show(chinese_number("廿十")), @"none");
    }

    #[test]
    fn numerals() {
        let n = |s| show(chinese_number(s));
        assert_snapshot!(n("三千"), @r#"3000 rest="""#);
        assert_snapshot!(n("两万"), @r#"2 rest="万""#);
        assert_snapshot!(n("十二名"), @r#"12 rest="名""#);
        assert_snapshot!(n("一百二十名"), @r#"120 rest="名""#);
        assert_snapshot!(n("一千零十人"), @r#"1010 rest="人""#);
        assert_snapshot!(n("三千零五"), @r#"3005 rest="""#);
        assert_snapshot!(n("两千四百五名"), @r#"2450 rest="名""#);
        assert_snapshot!(n("九百九人"), @r#"990 rest="人""#);
        assert_snapshot!(n("三千二"), @r#"3200 rest="""#);
        assert_snapshot!(n("一百零五"), @r#"105 rest="""#);
        assert_snapshot!(n("十五"), @r#"15 rest="""#);
        assert_snapshot!(n("一二三"), @r#"1 rest="二三""#);
        assert_snapshot!(n("十十十"), @"none");
        assert_snapshot!(n("三百五千"), @"none");
        assert_snapshot!(n("三千三千三千"), @"none");
        assert_snapshot!(n("名"), @"none");
        assert_snapshot!(n("5"), @"none");
    }

    #[test]
    fn decimal_parts() {
        let f = |s| show(chinese_fraction(s));
        assert_snapshot!(f("点五公斤"), @r#"(5, 1) rest="公斤""#);
        assert_snapshot!(f("点零五"), @r#"(5, 2) rest="""#);
        assert_snapshot!(f("點二五公斤"), @r#"(25, 2) rest="公斤""#);
        assert_snapshot!(f("點五分"), @"none");
        assert_snapshot!(f("点五分"), @"none");
        assert_snapshot!(f("点二十"), @"none");
        assert_snapshot!(f("点两"), @"none");
        assert_snapshot!(f("点"), @"none");
    }
}
