//! Small named nom rules for the quantity English around a number: the
//! sign, the bound written after it (`500 or more`), the connector of a
//! range (`to`, `through`, `8- to 16-`), and the words before `from` that
//! make two numbers a change rather than a range. Each rule is tested alone
//! below; [`core`](super) composes them.

use crate::lex::{Class, Lexicon};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{digit1, space0, space1};
use nom::combinator::{map, not, peek, recognize, value, verify};
use nom::error::{Error, ErrorKind};
use nom::sequence::{preceded, terminated};
use nom::{Err, IResult, Parser};

use super::context::{skip_spaces, skip_spaces_back};
use super::decimal::Decimal;
use super::{Qualifier, Unit};
use crate::text::{ascii_word_before, char_before, is_boundary_after, match_prefix};

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(Err::Error(Error::new(input, ErrorKind::Tag)))
}

/// A whole ASCII word, any case: `word("to")` takes `to` but not `tonnes`.
/// A plain byte compare: nom's `tag_no_case` lowercases char by char, and
/// these rules run at every number.
pub(crate) fn word<'a>(
    w: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = Error<&'a str>> {
    move |input: &'a str| match input.get(..w.len()) {
        Some(head) if head.eq_ignore_ascii_case(w) && is_boundary_after(input, w.len()) => {
            Ok((&input[w.len()..], head))
        }
        _ => fail(input),
    }
}

/// A fixed ASCII text, any case, with no word boundary asked (`-year-old`,
/// the date grammar's `end of`): nom's `tag_no_case` for ASCII text, by a
/// plain byte compare. (nom's lowercases each char of the input as
/// Unicode; the only other char it folds to an ASCII letter is the Kelvin
/// sign, to `k`, which no such text here holds.)
pub(crate) fn text_no_case<'a>(
    t: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = Error<&'a str>> {
    move |input: &'a str| match input.get(..t.len()) {
        Some(head) if head.eq_ignore_ascii_case(t) => Ok((&input[t.len()..], head)),
        _ => fail(input),
    }
}

/// `minus ` before a number (`minus five percent`).
pub(crate) fn minus_word(input: &str) -> IResult<&str, ()> {
    if !starts_with_letter(input, b'm') {
        return fail(input);
    }
    value((), terminated(word("minus"), space1)).parse(input)
}

/// A cheap reject before a word rule: whether the first letter after at
/// most two spaces or one hyphen is `letter` (any case). Every figure runs
/// these rules, and nearly all fail at the first letter.
pub(crate) fn starts_with_letter(input: &str, letter: u8) -> bool {
    let b = input.as_bytes();
    let i = b
        .iter()
        .take(3)
        .take_while(|&&c| c == b' ' || c == b'-')
        .count();
    b.get(i).is_some_and(|c| c.to_ascii_lowercase() == letter)
}

/// A sign glued to the number (`-3.2%`, `−1,200`, `－5％`) ending at byte `start`
/// of `text`: a hyphen or minus sign after a space, a bracket or the start,
/// never inside a word or code (`COVID-19`, `2023-2024`). Chinese sets no
/// space before it (`同比增长-5.2%`, `：-3.1%`), and may write the sign
/// as 负 (`负10000`, `负三十二`). Returns where the sign starts.
pub(crate) fn sign_before(text: &str, start: usize) -> Option<usize> {
    let c = char_before(text, start).filter(|c| matches!(c, '-' | '−' | '－' | '负' | '負'))?;
    let at = start - c.len_utf8();
    if matches!(c, '负' | '負') {
        return chinese_sign_ok(text, at).then_some(at);
    }
    match char_before(text, at) {
        None => Some(at),
        Some(p) if p.is_whitespace() || matches!(p, '(' | '[' | ':' | '=' | '（' | '：') => {
            Some(at)
        }
        Some('\u{4e00}'..='\u{9fff}') => Some(at),
        _ => None,
    }
}

/// Where a plus sign right before `start` begins (`(+5.1%)`, `| +3%`),
/// after what a minus may follow: the text's start, a space, an opening
/// bracket, a colon or `=`.
pub(crate) fn plus_before(text: &str, start: usize) -> Option<usize> {
    let c = char_before(text, start).filter(|c| matches!(c, '+' | '＋'))?;
    let at = start - c.len_utf8();
    match char_before(text, at) {
        None => Some(at),
        Some(p) if p.is_whitespace() || matches!(p, '(' | '[' | ':' | '=' | '（' | '：') => {
            Some(at)
        }
        _ => None,
    }
}

/// 负 at `at` is a sign unless a word ends in it or it is a verb: `胜负`
/// (win or lose), `身负3处伤` (bearing three wounds), `1胜2负`. After a
/// char that is no ideograph, or a verb that states the amount (`为`,
/// `是`, `至`, `达`, `到`), it is minus.
fn chinese_sign_ok(text: &str, at: usize) -> bool {
    match char_before(text, at) {
        None => true,
        Some(p @ '\u{4e00}'..='\u{9fff}') => {
            matches!(p, '为' | '為' | '是' | '至' | '达' | '達' | '到')
        }
        Some(p) => !p.is_ascii_alphanumeric(),
    }
}

/// Bounds written after the number, and the qualifier each means.
pub(crate) const BOUND_AFTER: &Lexicon<Qualifier> = &Lexicon::new(
    Class::BoundAfter,
    &[
        (" and above", Qualifier::MoreThan),
        (" and below", Qualifier::AtMost),
        (" and more", Qualifier::MoreThan),
        (" and over", Qualifier::MoreThan),
        (" and under", Qualifier::AtMost),
        (" odd", Qualifier::MoreThan),
        (" or above", Qualifier::MoreThan),
        (" or below", Qualifier::AtMost),
        (" or fewer", Qualifier::AtMost),
        (" or less", Qualifier::AtMost),
        (" or more", Qualifier::MoreThan),
        (" or over", Qualifier::MoreThan),
        (" or so", Qualifier::About),
        (" or under", Qualifier::AtMost),
        (" plus", Qualifier::MoreThan),
        ("+", Qualifier::MoreThan),
        ("-odd", Qualifier::MoreThan),
        ("-plus", Qualifier::MoreThan),
        ("-some", Qualifier::About),
        ("以上", Qualifier::MoreThan),
        ("以下", Qualifier::AtMost),
        ("余", Qualifier::MoreThan),
        ("几", Qualifier::MoreThan),
        ("多", Qualifier::MoreThan),
        ("左右", Qualifier::About),
        // The traditional forms (`500餘萬元`, `二十幾人`).
        ("幾", Qualifier::MoreThan),
        ("餘", Qualifier::MoreThan),
    ],
);

/// A bound right after the number or its unit: `500 or more`, `30 and
/// above`, `3,000-odd`, `40-plus`, `2,000 plus`, `3000余`, `10万元以上`, `300人左右`.
/// The reject, which most numbers meet, is inline at each call; the table
/// lookup is not.
#[inline]
pub(crate) fn bound_after(input: &str) -> IResult<&str, Qualifier> {
    if !may_bound(input) {
        return fail(input);
    }
    bound_after_table(input)
}

/// [`bound_after`] past its reject.
#[inline(never)]
fn bound_after_table(input: &str) -> IResult<&str, Qualifier> {
    match match_prefix(input, BOUND_AFTER) {
        // `10 or more than 20`, `US$5 and below seventy yuan`, `3 million
        // and over US$200,000`: before another number, with or without
        // its currency, the bound is that number's qualifier.
        Some((&q, len)) if !number_follows(input[len..].trim_start()) => {
            let rest = &input[len..];
            match peek(preceded(space1::<&str, Error<&str>>, word("than"))).parse(rest) {
                Ok(_) => fail(input),
                Err(_) => Ok((rest, q)),
            }
        }
        _ => fail(input),
    }
}

/// `二十来人`, `百来名`, `三千来块钱`: 来 right after a number and before a
/// counter or a money word is `some`, about that many. (Elsewhere 来 is a
/// word of its own: `3年来`, `以来`, `来自`.)
pub(crate) fn about_lai(input: &str) -> IResult<&str, Qualifier> {
    let (rest, _) = tag("来")(input)?;
    let counted = rest
        .chars()
        .next()
        .is_some_and(|c| super::words::CHINESE_COUNTERS.contains(c) || c == '元')
        || rest.starts_with("块钱");
    match counted {
        true => Ok((rest, Qualifier::About)),
        false => fail(input),
    }
}

/// A number starts `input`, bare or after its currency sign.
fn number_follows(input: &str) -> bool {
    let amount = match super::unit::currency_before(input) {
        Ok((rest, _)) => rest,
        Err(_) => input,
    };
    super::number::amount(amount).is_ok()
}

/// A cheap, exact reject before [`bound_after`]'s table lookup, which runs
/// twice at every number: a bound starts with a space and the word `and`,
/// `or`, `odd` or `plus`, with `+`, `-`, or with 以, 余, 几, 多 or 左 (the first chars of
/// [`BOUND_AFTER`]'s phrases).
#[inline]
fn may_bound(input: &str) -> bool {
    match input.as_bytes().first() {
        Some(b' ') => {
            let word = &input[skip_spaces(input, 0, 4)..];
            // Most words after a number start with neither letter: not
            // measured.
            if !matches!(
                word.as_bytes().first(),
                Some(b'a' | b'A' | b'o' | b'O' | b'p' | b'P')
            ) {
                return false;
            }
            let word = &word[..ascii_len(word)];
            ["and", "or", "odd", "plus"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        }
        Some(b'+' | b'-') => true,
        Some(_) => input.starts_with(['以', '余', '几', '多', '左', '餘', '幾']),
        None => false,
    }
}

/// ` 50 cents`, ` and forty-five cents` after an amount of dollars (or
/// euros): the cents as a fraction of the unit (0.5, 0.45).
pub(crate) fn cents_after(input: &str) -> Option<(&str, super::Decimal)> {
    let s = input.strip_prefix(' ')?;
    let s = match word("and").parse(s) {
        Ok((r, _)) => r.strip_prefix(' ')?,
        Err(_) => s,
    };
    let (r, a) = super::number::amount(s).ok()?;
    let n = a.value?.as_u64().filter(|&n| n < 100)?;
    let r = r.strip_prefix(' ')?;
    let (r, _) = alt((word("cents"), word("cent"))).parse(r).ok()?;
    Some((r, super::Decimal::new(u128::from(n), 2)?))
}

/// How a range may be joined where it stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RangeMode {
    /// `10-15`, `10 to 15`, `20 through 100`.
    Normal,
    /// After a change word and `from`: `rose from 12% to 15%` is a before
    /// and an after, so only a dash joins.
    DashOnly,
    /// After `between`: `21 and 30`.
    Between,
}

/// The connector between the two ends of a range, with the spaces around
/// it: `-`, `–`, `—`, `~`, `～`, the full-width `－`, `至`, `到`, `- to` (`8- to 16-meter`), and by mode
/// `to`, `through`, `thru` or `and`. A lone em dash glued to the number joins
/// (`10—15 people`); a doubled one (`——`) is Chinese punctuation, a break
/// between clauses, and so is a spaced one (`12 — 15 of them`).
pub(crate) fn range_connector(mode: RangeMode) -> impl Fn(&str) -> IResult<&str, &str> {
    move |input| {
        if !may_connect(input, mode) {
            return fail(input);
        }
        let dash = alt((
            recognize((tag("-"), space0, word("to"))),
            tag("-"),
            tag("–"),
            tag("~"),
            tag("～"),
            tag("－"),
            tag("至"),
            tag("到"),
        ));
        let words = |i| match mode {
            RangeMode::Normal => {
                alt((word("to"), word("through"), word("thru"), either_or)).parse(i)
            }
            RangeMode::Between => word("and").parse(i),
            RangeMode::DashOnly => fail(i),
        };
        // An em dash only glued to the number: spaced, it sets off a clause.
        let em = terminated(tag("—"), not(tag("—")));
        let (rest, c) = alt((em, preceded(spaces2, alt((dash, words))))).parse(input)?;
        Ok((spaces2(rest)?.0, c))
    }
}

/// A cheap, exact reject before [`range_connector`] builds its `alt`s,
/// which run at every number: after at most two spaces, a connector
/// starts with `-`, `~`, `–`, `～`, `－`, `至` or `到` (`—` with no space), or is the whole word of
/// `mode` (`to`, `through`, `thru`; `and` after `between`). Most numbers
/// are followed by another word (`5 tons`, `3 thieves`): its letters are
/// compared here, not by the word rules.
#[inline]
pub(super) fn may_connect(input: &str, mode: RangeMode) -> bool {
    if input.starts_with('—') {
        return true;
    }
    let s = &input[skip_spaces(input, 0, 2)..];
    match s.as_bytes().first() {
        Some(b'-' | b'~') => true,
        Some(b't' | b'T') if mode == RangeMode::Normal => {
            let w = &s[..ascii_len(s)];
            ["to", "through", "thru"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        }
        Some(b'o' | b'O') if mode == RangeMode::Normal => {
            s[..ascii_len(s)].eq_ignore_ascii_case("or")
        }
        Some(b'a' | b'A') if mode == RangeMode::Between => {
            s[..ascii_len(s)].eq_ignore_ascii_case("and")
        }
        Some(b) if b.is_ascii() => false,
        Some(_) => s.starts_with(['–', '～', '－', '至', '到']),
        None => false,
    }
}

/// `or` between two numbers (`two or three suspects`, `three or four
/// hundred gamblers`): an approximate range. Not before a bound (`5 or
/// more` is a bound, read after the number), as the far end must be a
/// number larger than the near one.
fn either_or(input: &str) -> IResult<&str, &str> {
    terminated(word("or"), peek(space1)).parse(input)
}

/// At most two spaces.
fn spaces2(input: &str) -> IResult<&str, ()> {
    Ok((&input[skip_spaces(input, 0, 2)..], ()))
}

/// Words after `one` that make it a pronoun or an idiom, not a count
/// (`the one you mentioned`, `in one fell swoop`, `is one example`, `at
/// one point`).
pub(crate) const ONE_PRONOUN_AFTER: &Lexicon<()> = &Lexicon::new(
    Class::OnePronounAfter,
    &[
        ("example", ()),
        ("fell swoop", ()),
        ("he", ()),
        ("i", ()),
        ("point", ()),
        ("she", ()),
        ("stroke", ()),
        ("they", ()),
        ("we", ()),
        ("who", ()),
        ("you", ()),
    ],
);

/// `one` as a pronoun, judged by what follows it: a pronoun or idiom word,
/// or punctuation (`whenever they find one,`).
pub(crate) fn one_is_pronoun(after: &str) -> bool {
    let n = skip_spaces(after, 0, 2);
    if n == 0 {
        return after.is_empty()
            || after.starts_with([',', '.', ';', ':', '!', '?', '”', '"', ')']);
    }
    match_prefix(&after[n..], ONE_PRONOUN_AFTER).is_some()
        && is_boundary_after(&after[n..], ascii_len(&after[n..]))
}

fn ascii_len(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_alphabetic).count()
}

/// `tolerance`, `sum`, `hour` after `zero`: an idiom (`zero tolerance`).
pub(crate) fn zero_idiom(input: &str) -> IResult<&str, ()> {
    let sep = alt((space1, tag("-")));
    let idiom = alt((
        word("tolerance"),
        word("sum"),
        word("hour"),
        word("emission"),
        word("emissions"),
    ));
    value((), preceded(sep, idiom)).parse(input)
}

/// `3 tons 200 kilograms`, `2 kg 500 g`, `1吨200公斤`: a smaller unit of
/// mass right after a mass whose unit is `factor` kilograms. The part it
/// adds, in kilograms. (Read alone, the part had been a second weight.)
pub(crate) fn smaller_mass_after(input: &str, factor: Decimal) -> IResult<&str, Decimal> {
    // Most figures are followed by a word or a mark: a number must come
    // within a space. (Not after `and`: `3 kg and 200 g respectively` are
    // two weights.)
    let b = input.as_bytes();
    let at = usize::from(b.first() == Some(&b' '));
    if !b.get(at).is_some_and(u8::is_ascii_digit) {
        return fail(input);
    }
    let part = verify(super::number::digits, |d| d.plain && d.value.is_some());
    let smaller = verify(super::unit::unit_after, |&(u, f)| {
        u == Unit::Kg && f < factor
    });
    let (rest, (_, d, (_, f))) =
        (space0, terminated(part, peek(not(digit1))), smaller).parse(input)?;
    match d.value.and_then(|v| v.checked_mul(f)) {
        Some(kg) => Ok((rest, kg)),
        None => fail(input),
    }
}

/// `-long`, `-high`, `-wide`...: a dimension word hyphened to a measure
/// (`1.8m-long`).
pub(crate) fn dimension_after(input: &str) -> IResult<&str, ()> {
    // Asked at every counted noun; nearly none has the hyphen.
    if !input.starts_with('-') {
        return fail(input);
    }
    let dim = alt((
        word("long"),
        word("high"),
        word("wide"),
        word("deep"),
        word("tall"),
        word("thick"),
    ));
    value((), preceded(tag("-"), dim)).parse(input)
}

/// `8 points to 11 points`: clock hours as machine translation writes
/// 8点到11点, not a count of points. Both hours are at most 24.
pub(crate) fn clock_points(input: &str) -> IResult<&str, ()> {
    // Digits, spaces, then the `p` of `points`: a cheap reject first.
    let b = input.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let spaces = b[digits..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t'))
        .count();
    if digits == 0 || spaces == 0 || !matches!(b.get(digits + spaces), Some(b'p' | b'P')) {
        return fail(input);
    }
    let hour = || verify(nom::character::complete::u8, |h: &u8| *h <= 24);
    let points = || preceded(space1, alt((word("points"), word("point"))));
    let range = (
        hour(),
        points(),
        space1,
        word("to"),
        space1,
        hour(),
        points(),
    );
    value((), range).parse(input)
}

/// `-year-old`, ` years old`: the number is an age.
pub(crate) fn age_after(input: &str) -> IResult<&str, ()> {
    if !starts_with_letter(input, b'y') {
        return fail(input);
    }
    let years = alt((
        text_no_case("-years-old"),
        text_no_case("-year-old"),
        text_no_case("-year old"),
    ));
    let spaced = recognize((
        space1,
        alt((word("years"), word("year"))),
        space1,
        word("old"),
    ));
    map(alt((years, spaced)), |_| ()).parse(input)
}

mod change;
pub(crate) use change::{change_before, change_right_before, CHANGE_WORDS};

#[cfg(test)]
mod tests;
