//! The words and gaps of a number, as nom rules: number words, scale
//! words, articles before a scale, `and`, and the separator between two
//! tokens (`1 million`, `2-billion`, `Eight- hundred`, `两万`).

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{one_of, space1};
use nom::combinator::{cond, map, opt, peek, verify};
use nom::error::{Error, ErrorKind};
use nom::sequence::{preceded, terminated};
use nom::{Err, IResult, Parser};
use std::sync::OnceLock;

use crate::quantity::rules::word;
use crate::quantity::words::{NUMBER_WORDS, SCALES};
use crate::text::{match_prefix, Lexicon, WordFilter};

type PResult<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> PResult<'_, T> {
    Err(Err::Error(Error::new(i, ErrorKind::Digit)))
}

/// A whole word or phrase of `table` (longest first), as a nom parser.
pub(crate) fn table_word<T: Copy>(table: &'static Lexicon<T>) -> impl Fn(&str) -> PResult<'_, T> {
    move |input| match match_prefix(input, table) {
        Some((&v, len)) => Ok((&input[len..], v)),
        None => fail(input),
    }
}

/// An English cardinal word below one hundred, with a hyphenated unit after
/// a tens word (`eighty-three`); `twenty five` is a [`term`](super::term).
pub(crate) fn number_word(input: &str) -> PResult<'_, u64> {
    let (rest, n) = table_word(NUMBER_WORDS)(input)?;
    let is_tens = n >= 20 && n % 10 == 0;
    let unit = verify(table_word(NUMBER_WORDS), |u: &u64| (1..10).contains(u));
    let (rest, unit) = cond(is_tens, opt(preceded(tag("-"), unit))).parse(rest)?;
    Ok((rest, n + unit.flatten().unwrap_or(0)))
}

/// ` thirds`, ` fourth`, `-fifth`: the denominator of a fraction after a
/// number word (`two thirds`, `one fifth`, `two-thirds`), as one space or
/// hyphen and a word. `quarters` only as a share (`three quarters of the
/// victims`): `the first three quarters of the year` are periods.
pub(super) fn denominator(input: &str) -> PResult<'_, u64> {
    if let Ok(found) = one_in(input) {
        return Ok(found);
    }
    let Some(rest) = input.strip_prefix([' ', '-']) else {
        return fail(input);
    };
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let w = &rest[..len];
    let stem = w.strip_suffix(['s', 'S']).unwrap_or(w);
    const STEMS: [(&str, u64); 7] = [
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("tenth", 10),
    ];
    // `one third-party app` is no fraction.
    if rest[len..].starts_with('-') {
        return fail(input);
    }
    if stem.eq_ignore_ascii_case("quarter") && super::share::stands_as_share(&rest[len..], false) {
        return Ok((&rest[len..], 4));
    }
    match STEMS.iter().find(|(t, _)| stem.eq_ignore_ascii_case(t)) {
        Some(&(_, d)) => Ok((&rest[len..], d)),
        None => fail(input),
    }
}

/// ` in five`, ` out of every ten`, ` in 20`: the denominator of a share
/// written as a rate (`one in five victims`, `one out of every three`),
/// from two to a thousand. Not before a scale or more digits (`one in
/// five hundred` is no fifth, `one in 2,000` none of these).
fn one_in(input: &str) -> PResult<'_, u64> {
    let rest = [" in ", " out of every ", " out of "].iter().find_map(|p| {
        input
            .as_bytes()
            .get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p.as_bytes()))
            .map(|_| &input[p.len()..])
    });
    let Some(rest) = rest else {
        return fail(input);
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (after, d) = if digits > 0 {
        let d = rest[..digits].parse::<u64>().unwrap_or(0);
        (&rest[digits..], d)
    } else {
        number_word(rest)?
    };
    let more = after
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '-'))
        && after[1..].starts_with(|c: char| c.is_ascii_alphanumeric());
    let scale = preceded(sep, scale_word).parse(after).is_ok()
        || preceded(sep, word("hundred")).parse(after).is_ok();
    if !(2..=1000).contains(&d) || more || scale || after.starts_with('%') || time_unit(after) {
        return fail(input);
    }
    Ok((after, d))
}

/// Whether a unit of time opens `after` (past one space): `caught all
/// three in 48 hours` is a count and a duration, no share.
fn time_unit(after: &str) -> bool {
    const UNITS: [&str; 7] = ["second", "minute", "hour", "day", "week", "month", "year"];
    let word = after.strip_prefix(' ').unwrap_or(after);
    let len = word.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = &word[..len];
    let stem = word.strip_suffix('s').unwrap_or(word);
    UNITS.iter().any(|u| stem.eq_ignore_ascii_case(u))
}

/// A scale word: `million`, `bn`, `ten thousand`, `万`, `hundred`.
pub(crate) fn scale_word(input: &str) -> PResult<'_, u64> {
    // Most words are no scale: an exact reject on the first letter and
    // length of the word, before any lookup.
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    match input.as_bytes().first() {
        Some(b'y') => return pinyin_yi(input),
        Some(b) if b.is_ascii_alphabetic() => {
            if !FILTER
                .get_or_init(|| WordFilter::of(SCALES))
                .may_start(input)
            {
                return fail(input);
            }
        }
        // 万 and 亿 start with E4, 億 with E5, 萬 with E8.
        Some(0xE4 | 0xE5 | 0xE8) => {
            // `两个亿`, `3个亿`: spoken Chinese puts the counter 个 before
            // 亿 (two hundred million); not before 亿万 (countless).
            if let Some(rest) = input
                .strip_prefix("个亿")
                .or_else(|| input.strip_prefix("個億"))
            {
                return match rest.starts_with(['万', '萬']) {
                    true => fail(input),
                    false => Ok((rest, 100_000_000)),
                };
            }
        }
        _ => return fail(input),
    }
    table_word(SCALES)(input)
}

/// `1.2w yuan`, `3w元`: the letter w glued to a number stands for 万 (ten
/// thousand) in Chinese web shorthand, when money or a Chinese word
/// follows it (`60W bulb` and `100W的灯泡` are watts, `5w.` is left alone).
pub(crate) fn wan_letter(input: &str) -> PResult<'_, u64> {
    let Some(rest) = input.strip_prefix(['w', 'W']) else {
        return fail(input);
    };
    // (Money, `余`/`多`, or a measure word of counted things: not any
    // Chinese, since `100W的灯泡` and `功率60W，` are watts.)
    let chinese = rest.starts_with([
        '元', '余', '多', '块', '人', '名', '起', '件', '次', '户', '条', '个', '辆', '部', '张',
    ]);
    let money = || {
        rest.strip_prefix(' ').is_some_and(|r| {
            let len = r.bytes().take_while(u8::is_ascii_alphabetic).count();
            ["yuan", "rmb", "cny"]
                .iter()
                .any(|m| r[..len].eq_ignore_ascii_case(m))
        })
    };
    match chinese || money() {
        true => Ok((rest, 10_000)),
        false => fail(input),
    }
}

/// `3.2 yi yuan`: 亿 (a hundred million) left in pinyin, lowercase and
/// right before a currency word only. (`Yi` also names an ethnic group:
/// `12 Yi people`, `3 Yi villages`.)
fn pinyin_yi(input: &str) -> PResult<'_, u64> {
    let Some(rest) = input.strip_prefix("yi") else {
        return fail(input);
    };
    let currency = rest.starts_with(' ')
        && crate::quantity::unit::unit_after(rest).is_ok_and(|(_, (u, _))| u.is_currency());
    if currency {
        Ok((rest, 100_000_000))
    } else {
        fail(input)
    }
}

/// `a` or `an` that stands for one before a scale word: `a hundred`,
/// `a dozen`, `a thousand`. Consumes only the article.
pub(crate) fn article(input: &str) -> PResult<'_, ()> {
    // `a ten thousand` is no English; `a wan` neither.
    let scale = verify(scale_word, |&s| s != 10_000);
    let before_scale = peek((peek(one_of(" \t")), spaces(2), scale));
    map(
        terminated(alt((word("an"), word("a"))), before_scale),
        |_| (),
    )
    .parse(input)
}

/// `half a` before a scale word: `half a million` (500000), `half a dozen` (6).
pub(crate) fn half_article(input: &str) -> PResult<'_, ()> {
    let any_article = alt((article, super::article_before_unit));
    preceded(terminated(word("half"), space1), any_article).parse(input)
}

/// `a quarter of a` or `three quarters of a` before a scale word or a
/// mass or volume unit (`a quarter of a million`, `three-quarters of a
/// ton`): how many quarters (1 or 3). The article before `quarter` is the
/// figure's own, as `a` is in `a million`.
pub(crate) fn quarter_article(input: &str) -> PResult<'_, u8> {
    let one = map((opt(terminated(word("a"), space1)), word("quarter")), |_| 1);
    let three = map((word("three"), one_of(" -"), word("quarters")), |_| 3);
    let lead = terminated(alt((one, three)), (space1, word("of"), space1));
    let any_article = alt((article, super::article_before_unit));
    terminated(lead, any_article).parse(input)
}

/// `a couple of`: two, before what it counts or a scale (`a couple of
/// suspects`, `a couple of thousand`). Not `a couple` alone, which is
/// often two people named after it (`a couple surnamed Li`).
pub(crate) fn couple_of(input: &str) -> PResult<'_, ()> {
    let phrase = (word("a"), space1, word("couple"), space1, word("of"));
    map(phrase, |_| ()).parse(input)
}

/// `a score of` (twenty) before what it counts: `a score of villagers`.
/// Not before a number, in digits or words: `a score of 95` and `a score
/// of ninety-five` are marks.
pub(crate) fn score_of(input: &str) -> PResult<'_, ()> {
    let mut phrase = (word("a"), space1, word("score"), space1, word("of"));
    let (rest, _) = phrase.parse(input)?;
    let next = rest.trim_start();
    if next.starts_with(|c: char| c.is_numeric()) || number_word(next).is_ok() {
        return fail(input);
    }
    Ok((rest, ()))
}

/// `a half-dozen`, `a half dozen`, `half-dozen`: six.
pub(crate) fn half_dozen(input: &str) -> PResult<'_, ()> {
    let phrase = (
        opt((word("a"), space1)),
        word("half"),
        one_of(" -"),
        word("dozen"),
    );
    map(phrase, |_| ()).parse(input)
}

/// `a half` after `and` (`three and a half`).
pub(super) fn a_half(input: &str) -> PResult<'_, ()> {
    map((word("a"), tag(" "), word("half")), |_| ()).parse(input)
}

/// At most `max` horizontal spaces (ASCII space, tab, no-break space,
/// ideographic space). Never fails.
pub(super) fn spaces<'a>(max: usize) -> impl Fn(&'a str) -> PResult<'a, ()> {
    move |input| {
        let b = input.as_bytes();
        let mut i = 0;
        for _ in 0..max {
            i += match b.get(i) {
                Some(b' ' | b'\t') => 1,
                Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
                Some(0xE3) if b.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => 3,
                _ => break,
            };
        }
        Ok((&input[i..], ()))
    }
}

/// Separator between two tokens: up to four spaces (or one line break
/// where a wrapped line goes on), then perhaps a hyphen and one space (`2-billion`, `Eight- hundred`); nothing before a CJK
/// scale. Never fails.
pub(super) fn sep(input: &str) -> PResult<'_, ()> {
    let (rest, ()) = spaces(4)(input)?;
    // A wrapped line (`220` at a line's end, `million` on the next).
    // (Only right after the token: no spaces read.)
    if rest.len() == input.len() {
        let wrap = crate::quantity::unit::line_wrap(rest);
        if wrap > 0 {
            return Ok((&rest[wrap..], ()));
        }
    }
    match rest.strip_prefix('-') {
        Some(after) => spaces(1)(after),
        None => Ok((rest, ())),
    }
}

/// `and` with one or two spaces after it.
pub(super) fn and(input: &str) -> PResult<'_, ()> {
    let (rest, _) = word("and").parse(input)?;
    let (after, ()) = spaces(2)(rest)?;
    if after.len() == rest.len() {
        return fail(input);
    }
    Ok((after, ()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::show;
    use insta::assert_snapshot;

    #[test]
    fn separators_and_and() {
        assert_snapshot!(show(sep("  - hundred")), @r#"() rest="hundred""#);
        assert_snapshot!(show(sep("-billion")), @r#"() rest="billion""#);
        assert_snapshot!(show(sep("万")), @r#"() rest="万""#);
        assert_snapshot!(show(sep("\u{a0}million")), @r#"() rest="million""#);
        assert_snapshot!(show(and("and  seven")), @r#"() rest="seven""#);
        assert_snapshot!(show(and("and")), @"none");
        assert_snapshot!(show(and("andes")), @"none");
    }

    #[test]
    fn scale_words_and_articles() {
        assert_snapshot!(show(scale_word("Million yuan")), @r#"1000000 rest=" yuan""#);
        assert_snapshot!(show(scale_word("ten thousand")), @r#"10000 rest="""#);
        assert_snapshot!(show(scale_word("亿元")), @r#"100000000 rest="元""#);
        assert_snapshot!(show(scale_word("个亿元")), @r#"100000000 rest="元""#);
        assert_snapshot!(show(scale_word("個億")), @r#"100000000 rest="""#);
        assert_snapshot!(show(scale_word("个亿万富翁")), @"none");
        assert_snapshot!(show(scale_word("个人")), @"none");
        assert_snapshot!(show(scale_word("millionaire")), @"none");
        assert_snapshot!(show(scale_word("ten suspects")), @"none");
        assert_snapshot!(show(scale_word("yi yuan")), @r#"100000000 rest=" yuan""#);
        assert_snapshot!(show(scale_word("yi RMB")), @r#"100000000 rest=" RMB""#);
        assert_snapshot!(show(scale_word("Yi yuan")), @"none");
        assert_snapshot!(show(scale_word("yi people")), @"none");
        assert_snapshot!(show(scale_word("yiyuan")), @"none");
        assert_snapshot!(show(article("a dozen")), @r#"() rest=" dozen""#);
        assert_snapshot!(show(article("An thousand")), @r#"() rest=" thousand""#);
        assert_snapshot!(show(article("a wan")), @"none");
        assert_snapshot!(show(article("a million-strong")), @r#"() rest=" million-strong""#);
        assert_snapshot!(show(article("a man")), @"none");
        assert_snapshot!(show(half_article("half a million")), @r#"() rest=" million""#);
        assert_snapshot!(show(half_article("half an hour")), @"none");
        assert_snapshot!(show(couple_of("A couple of suspects")), @r#"() rest=" suspects""#);
        assert_snapshot!(show(couple_of("a couple surnamed Li")), @"none");
        assert_snapshot!(show(couple_of("a couple often")), @"none");
        assert_snapshot!(show(score_of("A score of villagers")), @r#"() rest=" villagers""#);
        assert_snapshot!(show(score_of("a score of 95 points")), @"none");
        assert_snapshot!(show(score_of("a score card")), @"none");
        assert_snapshot!(show(half_dozen("a half-dozen officers")), @r#"() rest=" officers""#);
        assert_snapshot!(show(half_dozen("half dozen")), @r#"() rest="""#);
        assert_snapshot!(show(half_dozen("half-dozens")), @"none");
        assert_snapshot!(show(wan_letter("w yuan")), @r#"10000 rest=" yuan""#);
        assert_snapshot!(show(wan_letter("W元")), @r#"10000 rest="元""#);
        assert_snapshot!(show(wan_letter("W bulb")), @"none");
        assert_snapshot!(show(wan_letter("w.")), @"none");
        assert_snapshot!(show(wan_letter("w余元")), @r#"10000 rest="余元""#);
        assert_snapshot!(show(wan_letter("W的灯泡")), @"none");
        assert_snapshot!(show(wan_letter("W，")), @"none");
        assert_snapshot!(show(wan_letter("wan yuan")), @"none");
        assert_snapshot!(show(quarter_article("A quarter of a million")), @r#"1 rest=" million""#);
        assert_snapshot!(show(quarter_article("three-quarters of a ton")), @r#"3 rest=" ton""#);
        assert_snapshot!(show(quarter_article("three quarters of the year")), @"none");
        assert_snapshot!(show(quarter_article("quarter of an hour")), @"none");
        assert_snapshot!(show(number_word("eighty-three people")), @r#"83 rest=" people""#);
        assert_snapshot!(show(number_word("eleven-one")), @r#"11 rest="-one""#);
        assert_snapshot!(show(denominator(" thirds of")), @r#"3 rest=" of""#);
        assert_snapshot!(show(denominator(" Fourths")), @r#"4 rest="""#);
        assert_snapshot!(show(denominator(" quarters")), @"none");
        assert_snapshot!(show(denominator(" quarters of them")), @r#"4 rest=" of them""#);
        assert_snapshot!(show(denominator(" quarters of the year")), @"none");
        assert_snapshot!(show(denominator("-thirds of")), @r#"3 rest=" of""#);
        assert_snapshot!(show(denominator("-third-party")), @"none");
        assert_snapshot!(show(denominator("--thirds")), @"none");
        assert_snapshot!(show(denominator(" thirty")), @"none");
        assert_snapshot!(show(denominator("thirds")), @"none");
        assert_snapshot!(show(denominator(" third-party")), @"none");
    }
}
