//! nom grammar for the marks around a number: the currency before it
//! (`US$`, `C$`, `RM`, `€`), the unit after it (`%`, ` yuan`, `-USD`,
//! ` kilograms`, `吨`, `km/h`), and the `k`/`m`/`bn` suffix of a money
//! amount (`HK$48m`, `$12k`). Every mark comes from the one table
//! [`super::words::UNITS`]; the rules here only say where it may stand.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{one_of, satisfy};
use nom::combinator::{not, opt, peek, value, verify};
use nom::error::{Error, ErrorKind};
use nom::sequence::terminated;
use nom::{Err, IResult, Parser};

use super::context::skip_spaces;
use super::decimal::Decimal;
use super::rules::word;
use super::words::{Mark, Place, UNITS};
use super::Unit;
use crate::text::{is_boundary_after, match_prefix, WordFilter};
use std::sync::OnceLock;

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(Err::Error(Error::new(input, ErrorKind::Tag)))
}

/// A mark of the unit table at the start of `input` that may stand at
/// `place` (an `Either` mark stands anywhere).
fn mark(place: Place) -> impl Fn(&str) -> IResult<&str, Mark> {
    move |input| match unit_prefix(input) {
        Some((&m, len)) if m.place == place || m.place == Place::Either => Ok((&input[len..], m)),
        _ => fail(input),
    }
}

/// The longest mark of [`UNITS`] at the start of `input`. Most inputs are
/// a word no mark can be (checked by its first letter and length, without
/// hashing it), or a digit, space or punctuation, which starts none.
fn unit_prefix(input: &str) -> Option<(&'static Mark, usize)> {
    let first = *input.as_bytes().first()?;
    // The marks that start with an ASCII char other than a letter.
    if first.is_ascii() && !first.is_ascii_alphabetic() && !matches!(first, b'$' | b'%' | b'&') {
        return None;
    }
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    if !FILTER
        .get_or_init(|| WordFilter::of(UNITS))
        .may_start(input)
    {
        return None;
    }
    match_prefix(input, UNITS)
}

/// Gap between a number and the unit after it: up to two spaces, one
/// line break where a wrapped line goes on (see [`line_wrap`]), or one
/// hyphen (`2-billion-USD`, `16-meter`).
fn gap(input: &str) -> IResult<&str, ()> {
    let spaced = skip_spaces(input, 0, 2);
    if spaced == 0 {
        let wrap = line_wrap(input);
        if wrap > 0 {
            return Ok((&input[wrap..], ()));
        }
        let (rest, _) = opt(tag("-")).parse(input)?;
        return Ok((rest, ()));
    }
    Ok((&input[spaced..], ()))
}

/// The length of a line break that stands for a space: text wrapped at a
/// fixed width breaks its lines anywhere, between a number and its scale
/// or unit too (`seized 3.5` at a line's end, `tons of` on the next). One
/// break (`\n` or `\r\n`) with a lowercase letter right after it; a blank
/// line, or a capital after the break (a new heading or item), is no
/// wrap. Zero when there is none.
#[inline]
pub(crate) fn line_wrap(input: &str) -> usize {
    let len = match input.as_bytes() {
        [b'\n', ..] => 1,
        [b'\r', b'\n', ..] => 2,
        _ => return 0,
    };
    // (The lowercase byte first: a line break before a lowercase word is
    // rare, and only then is the word read.)
    match input.as_bytes().get(len) {
        Some(b) if b.is_ascii_lowercase() && !plural_scale(&input.as_bytes()[len..]) => len,
        _ => 0,
    }
}

/// `millions of messages` opens a line of its own: a plural scale is no
/// number's scale.
#[inline(never)]
fn plural_scale(next: &[u8]) -> bool {
    let word = &next[..next
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    [
        &b"hundreds"[..],
        b"thousands",
        b"millions",
        b"billions",
        b"dozens",
        b"tens",
    ]
    .contains(&word)
}

/// Whether the number ending at `end` closes a label's line (`Raids
/// carried out: 14`): a row of a list, whose next line is no wrap.
pub(crate) fn ends_label_row(text: &str, end: usize) -> bool {
    let line = &text[text[..end].rfind('\n').map_or(0, |n| n + 1)..end];
    line.rfind(':').is_some_and(|c| {
        let value = line[c + 1..].trim_start();
        !value.is_empty()
            && value
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
    })
}

/// A one-letter mark (`t`, `m`, `g`, `l`) is a unit only in the case a
/// reader writes it (`5G` is a network, `3T` a size), and not when a word
/// goes on after a hyphen or apostrophe (`5 t-shirts`), unless the word is
/// a dimension (`1.8m-long`).
fn letter_unit_ok(written: &str, rest: &str) -> bool {
    // `12.5 pc` is percent, `3 PC` three computers.
    if written.eq_ignore_ascii_case("pc") {
        return written == "pc";
    }
    if written.len() != 1 || !written.as_bytes()[0].is_ascii_alphabetic() {
        return true;
    }
    let case_ok = matches!(written, "t" | "m" | "g" | "l" | "L");
    let joined = match rest.as_bytes().first() {
        Some(b'-') => super::rules::dimension_after(rest).is_err(),
        Some(b'\'' | b'.') => rest[1..].starts_with(|c: char| c.is_ascii_alphanumeric()),
        _ => rest.starts_with('’'),
    };
    case_ok && !joined
}

/// A unit symbol that a letter or digit follows is inside a code, not a
/// unit: `24703L202`, `5 m212` (a batch number, a model).
fn in_code(written: &str, rest: &str) -> bool {
    written.bytes().all(|c| c.is_ascii_alphanumeric())
        && rest
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// 成 after a number is tenths (`下降三成`, thirty percent) unless it
/// starts a word: 成员 (members), 成年, 成为, 成功, 一成不变, 三五成群,
/// 八成新 (as good as new).
fn tenths_ok(rest: &str) -> bool {
    !rest.starts_with([
        '员', '年', '为', '功', '本', '交', '立', '果', '绩', '熟', '效', '不', '都', '型', '品',
        '人', '团', '长', '批', '套', '群', '新',
    ])
}

/// A unit after the number (`%`, ` yuan`, `-USD`, ` kilograms`, `吨`,
/// `kg`) and the exact factor to its SPEC unit (tons → kg is 1000).
pub(crate) fn unit_after(input: &str) -> IResult<&str, (Unit, Decimal)> {
    let (s, ()) = gap(input)?;
    let (rest, m) = mark(Place::After)(s)?;
    let written = &s[..s.len() - rest.len()];
    if !letter_unit_ok(written, rest)
        || (written == "成" && !tenths_ok(rest))
        || in_code(written, rest)
        || (m.unit == Unit::Kg && per_volume(rest))
    {
        return fail(input);
    }
    // `- yuan`: a dash and a space is punctuation, not a joiner.
    if input.starts_with('-') && s.len() != input.len() - 1 {
        return fail(input);
    }
    let (digits, places) = m.factor;
    let Some(factor) = Decimal::new(u128::from(digits), places) else {
        return fail(input);
    };
    Ok((rest, (m.unit, factor)))
}

/// Whether `rest`, after a mass unit, divides it by a volume (`0.8 mg per
/// milliliter`, `20mg/100ml`): a concentration, no mass.
fn per_volume(rest: &str) -> bool {
    const VOLUMES: [&str; 6] = ["ml", "millilit", "l ", "lit", "dl", "decilit"];
    let Some(divisor) = rest
        .strip_prefix(" per ")
        .or_else(|| rest.strip_prefix('/'))
    else {
        return false;
    };
    let divisor = divisor.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    VOLUMES.iter().any(|v| {
        divisor
            .get(..v.len())
            .is_some_and(|d| d.eq_ignore_ascii_case(v))
    })
}

/// `dollar(s)` alone after a number (`S$41.3 million dollars`): the
/// dollar of whatever `$` the number opened with, not the US one. Only a
/// bare `dollar`: `HK$5 US dollars` names a currency of its own.
pub(crate) fn bare_dollars(input: &str) -> IResult<&str, ()> {
    let (s, ()) = gap(input)?;
    let (rest, _) = alt((word("dollars"), word("dollar"))).parse(s)?;
    Ok((rest, ()))
}

/// Whether `unit` is a dollar written with a country's prefix before its
/// `$` (`S$`, `HK$`, `NT$`, `A$`, `C$`, `NZ$`, `MOP$`, `Mex$`).
pub(crate) fn prefixed_dollar(unit: Unit) -> bool {
    matches!(
        unit,
        Unit::Sgd
            | Unit::Hkd
            | Unit::Twd
            | Unit::Aud
            | Unit::Cad
            | Unit::Nzd
            | Unit::Mop
            | Unit::Mxn
    )
}

/// A currency written before the number (`US$`, `C$`, `RM `, `€`, `CAD`),
/// with at most one space after it.
pub(crate) fn currency_before(input: &str) -> IResult<&str, Unit> {
    let (rest, m) = mark(Place::Before)(input)?;
    if !m.unit.is_currency() {
        return fail(input);
    }
    let rest = &rest[skip_spaces(rest, 0, 1)..];
    // The number must follow: `USD` alone, or `RM` in a word, is no money.
    peek(satisfy(|c| {
        crate::text::digit_value(c).is_some() || c == '.'
    }))
    .parse(rest)?;
    Ok((rest, m.unit))
}

/// The suffix that scales a money amount, glued to it: `k` (thousand),
/// `m` (million), `b` (billion), as in `HK$48m`, `$12k`, `RM 283K`. Only
/// after a currency: `1.8m` alone is metres.
/// The first-letter reject, which nearly every number meets, is inline
/// at the call.
#[inline]
pub(crate) fn money_suffix(input: &str) -> IResult<&str, Decimal> {
    if !matches!(
        input.as_bytes().first(),
        Some(b'k' | b'K' | b'm' | b'M' | b'b' | b'B')
    ) {
        return fail(input);
    }
    money_suffix_letter(input)
}

/// [`money_suffix`] past its reject.
#[inline(never)]
fn money_suffix_letter(input: &str) -> IResult<&str, Decimal> {
    let letter = alt((
        value(1_000u64, one_of("kK")),
        value(1_000_000u64, one_of("mM")),
        value(1_000_000_000u64, one_of("bB")),
    ));
    let (rest, n) = terminated(letter, not(satisfy(|c| c.is_alphanumeric()))).parse(input)?;
    Ok((rest, Decimal::from_u64(n)))
}

/// `pound(s)` after a number: money (GBP) when `money` says the context is
/// money (a scale word, or a money word before it), else mass (exact
/// 0.45359237 kg), and nothing when `of` or a hyphenated word does not
/// settle it either way.
pub(crate) fn pounds(input: &str, money: impl FnOnce() -> bool) -> IResult<&str, (Unit, Decimal)> {
    if !super::rules::starts_with_letter(input, b'p') {
        return fail(input);
    }
    let (s, ()) = gap(input)?;
    let mut word = verify(
        alt((tag("pounds"), tag("pound"), tag("Pounds"), tag("Pound"))),
        |w: &str| is_boundary_after(s, w.len()),
    );
    let (rest, _) = word.parse(s)?;
    if money() || money_follows(rest) {
        return Ok((rest, (Unit::Gbp, Decimal::from_u64(1))));
    }
    let lb =
        Decimal::new(45_359_237, 8).ok_or_else(|| Err::Error(Error::new(input, ErrorKind::Tag)))?;
    Ok((rest, (Unit::Kg, lb)))
}

/// Words after `pounds` that make them money: `took 500 pounds from her
/// account`, `500 pounds in cash`.
const MONEY_AFTER: [&str; 6] = ["account", "accounts", "bank", "card", "cash", "wallet"];

/// The most words after `pounds` read for [`MONEY_AFTER`], up to the
/// clause's end; `of` right after (`50 pounds of cocaine`) is a mass.
const MONEY_AFTER_WORDS: usize = 4;

/// Whether a money word follows `pounds` in the few words after it.
fn money_follows(rest: &str) -> bool {
    let words = rest
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(MONEY_AFTER_WORDS);
    if words.clone().next() == Some("of") {
        return false;
    }
    for w in words {
        let word = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
        if MONEY_AFTER.iter().any(|m| word.eq_ignore_ascii_case(m)) {
            return true;
        }
        // The clause ends at a mark after the word.
        if word.len() < w.len() || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
    }
    false
}

/// `peso(s)` after a number, whose country the bulletin decides
/// (`philippine pesos` and `mexican pesos` are in the table itself).
pub(crate) fn pesos(input: &str) -> IResult<&str, ()> {
    if !super::rules::starts_with_letter(input, b'p') {
        return fail(input);
    }
    let (s, ()) = gap(input)?;
    let (rest, _) = alt((word("pesos"), word("peso"))).parse(s)?;
    Ok((rest, ()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use insta::assert_snapshot;
    use proptest::prelude::*;

    proptest! {
        /// The word filter before the lookup rejects only what the lookup
        /// would not find.
        #[test]
        fn unit_prefix_is_match_prefix(text in crate::quantity::scan::walk_tests::texts()) {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let s = &text[at..];
                prop_assert_eq!(unit_prefix(s), match_prefix(s, UNITS));
            }
        }
    }

    #[test]
    fn unit_prefix_is_the_table_match() {
        for (phrase, _) in UNITS.iter() {
            let b = phrase.as_bytes()[0];
            assert!(
                !b.is_ascii() || b.is_ascii_alphabetic() || b"$%&".contains(&b),
                "{phrase:?}"
            );
        }
        for s in [
            "kg of",
            "Kilograms",
            "people",
            "5 kg",
            " kg",
            "percentage points",
            "%",
            "$5",
            ",",
            "t-shirts",
            "元",
            "",
        ] {
            assert_eq!(unit_prefix(s), match_prefix(s, UNITS), "{s:?}");
        }
    }

    fn u(s: &str) -> String {
        match unit_after(s) {
            Ok((rest, (u, f))) => format!("{} x{f} rest={rest:?}", u.as_str()),
            Err(_) => "none".into(),
        }
    }

    fn c(s: &str) -> String {
        match currency_before(s) {
            Ok((rest, u)) => format!("{} rest={rest:?}", u.as_str()),
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn units_and_factors() {
        assert_snapshot!(u("% of cases"), @r#"percent x1 rest=" of cases""#);
        assert_snapshot!(u(" per cent"), @r#"percent x1 rest="""#);
        assert_snapshot!(u(" percentage points"), @r#"percent x1 rest="""#);
        assert_snapshot!(u(" tonnes of"), @r#"kg x1000 rest=" of""#);
        assert_snapshot!(u(" tones"), @r#"kg x1000 rest="""#);
        assert_snapshot!(u(" grams"), @r#"kg x0.001 rest="""#);
        assert_snapshot!(u(" jin"), @r#"kg x0.5 rest="""#);
        assert_snapshot!(u("-USD loss"), @r#"USD x1 rest=" loss""#);
        assert_snapshot!(u(" U.S. dollars"), @r#"USD x1 rest="""#);
        assert_snapshot!(u("吨"), @r#"kg x1000 rest="""#);
        assert_snapshot!(u(" mu of land"), @r#"mu x1 rest=" of land""#);
    }

    #[test]
    fn hyphenated_area_and_volume_compounds() {
        assert_snapshot!(crate::quantity::tests::p("They raided a 300-square-metre workshop, a 2.5-square-kilometer farm and a 12-cubic-meter pit."), @"
        300-square-metre = 300 sq_m Exact (workshop)
        2.5-square-kilometer = 2.5 sq_km Exact (farm)
        12-cubic-meter = 12 cubic_m Exact (pit)
        ");
    }

    #[test]
    fn percent_spelled_by_wire_copy_and_translation() {
        assert_snapshot!(u("pc of"), @r#"percent x1 rest=" of""#);
        assert_snapshot!(u(" pc"), @r#"percent x1 rest="""#);
        assert_snapshot!(u(" PC"), @"none");
        assert_snapshot!(u(" per-cent"), @r#"percent x1 rest="""#);
        assert_snapshot!(u(" percentage lower"), @r#"percent x1 rest=" lower""#);
        assert_snapshot!(u(" pcs"), @"none");
        // In a sentence: `PCs` stay computers.
        assert_snapshot!(crate::quantity::tests::p("Robberies fell 7.4 percentage and burglaries 3.1 pc; the share hit 12pc, or 40 per-cent, on 2 PCs."), @"
        7.4 percentage = 7.4 percent Exact
        3.1 pc = 3.1 percent Exact
        12pc = 12 percent Exact
        40 per-cent = 40 percent Exact
        2 = 2 Exact (PCs)
        ");
    }

    #[test]
    fn glued_and_symbol_units() {
        assert_snapshot!(u("kg of heroin"), @r#"kg x1 rest=" of heroin""#);
        assert_snapshot!(u("t of sand"), @r#"kg x1000 rest=" of sand""#);
        assert_snapshot!(u(" t of sand"), @r#"kg x1000 rest=" of sand""#);
        assert_snapshot!(u("m-long knife"), @r#"m x1 rest="-long knife""#);
        assert_snapshot!(u(" m deep"), @r#"m x1 rest=" deep""#);
        assert_snapshot!(u("L of diesel"), @r#"l x1 rest=" of diesel""#);
        assert_snapshot!(u(" μg of fentanyl"), @r#"kg x0.000000001 rest=" of fentanyl""#);
        assert_snapshot!(u(" mg"), @r#"kg x0.000001 rest="""#);
        assert_snapshot!(u(" lbs"), @r#"kg x0.45359237 rest="""#);
        assert_snapshot!(u(" ounces"), @r#"kg x0.028349523125 rest="""#);
    }

    #[test]
    fn area_and_speed() {
        assert_snapshot!(u(" km2 of forest"), @r#"sq_km x1 rest=" of forest""#);
        assert_snapshot!(u(" km²"), @r#"sq_km x1 rest="""#);
        assert_snapshot!(u(" km squared"), @r#"sq_km x1 rest="""#);
        assert_snapshot!(u(" square kilometres"), @r#"sq_km x1 rest="""#);
        assert_snapshot!(u(" m2"), @r#"sq_m x1 rest="""#);
        assert_snapshot!(u("m²"), @r#"sq_m x1 rest="""#);
        assert_snapshot!(u(" m³"), @r#"cubic_m x1 rest="""#);
        assert_snapshot!(u(" km/h on"), @r#"km_per_h x1 rest=" on""#);
        assert_snapshot!(u(" kilometres per hour"), @r#"km_per_h x1 rest="""#);
        assert_snapshot!(u(" km away"), @r#"km x1 rest=" away""#);
    }

    #[test]
    fn currency_names_after() {
        assert_snapshot!(u(" Chinese yuan"), @r#"CNY x1 rest="""#);
        assert_snapshot!(u(" US dollar"), @r#"USD x1 rest="""#);
        assert_snapshot!(u("€ fine"), @r#"EUR x1 rest=" fine""#);
        assert_snapshot!(u(" Taiwan dollars"), @r#"TWD x1 rest="""#);
        assert_snapshot!(u(" ringgit"), @r#"MYR x1 rest="""#);
        assert_snapshot!(u(" USDT"), @r#"USDT x1 rest="""#);
        assert_snapshot!(u(" bitcoins"), @r#"BTC x1 rest="""#);
        assert_snapshot!(u(" won"), @r#"KRW x1 rest="""#);
        assert_snapshot!(u(" kyats"), @r#"MMK x1 rest="""#);
        assert_snapshot!(u(" rupees"), @r#"INR x1 rest="""#);
    }

    #[test]
    fn non_units() {
        assert_snapshot!(u("G network"), @"none");
        assert_snapshot!(u(" tonsils"), @"none");
        assert_snapshot!(u(" people"), @"none");
        assert_snapshot!(u(" - yuan"), @"none");
        assert_snapshot!(u(" t-shirts"), @"none");
        assert_snapshot!(u("T"), @"none");
        assert_snapshot!(u(" m's"), @"none");
        assert_snapshot!(u(" RM"), @"none");
        // A unit symbol inside a batch number or model code.
        assert_snapshot!(u("L207 batch"), @"none");
        assert_snapshot!(u(" m236"), @"none");
        assert_snapshot!(u("kg5A"), @"none");
        // Still units: before a slash or a space.
        assert_snapshot!(u("L/bottle"), @r#"l x1 rest="/bottle""#);
        assert_snapshot!(u("m2 house"), @r#"sq_m x1 rest=" house""#);
    }

    #[test]
    fn currencies_before() {
        assert_snapshot!(c("US$2.81 million"), @r#"USD rest="2.81 million""#);
        assert_snapshot!(c("HK$48m"), @r#"HKD rest="48m""#);
        assert_snapshot!(c("C$16.4 million"), @r#"CAD rest="16.4 million""#);
        assert_snapshot!(c("A$15"), @r#"AUD rest="15""#);
        assert_snapshot!(c("NZ$15"), @r#"NZD rest="15""#);
        assert_snapshot!(c("S$163 million"), @r#"SGD rest="163 million""#);
        assert_snapshot!(c("Mex$10 million"), @r#"MXN rest="10 million""#);
        assert_snapshot!(c("RM42"), @r#"MYR rest="42""#);
        assert_snapshot!(c("RM 283K"), @r#"MYR rest="283K""#);
        assert_snapshot!(c("CAD3.03"), @r#"CAD rest="3.03""#);
        assert_snapshot!(c("€20"), @r#"EUR rest="20""#);
        assert_snapshot!(c("JP¥500"), @r#"JPY rest="500""#);
        assert_snapshot!(c("USDT 5,000"), @r#"USDT rest="5,000""#);
        assert_snapshot!(c("$.5"), @r#"USD rest=".5""#);
        assert_snapshot!(c("HK $5"), @r#"HKD rest="5""#);
        assert_snapshot!(c("a $5 fine"), @"none");
        assert_snapshot!(c("kg 5"), @"none");
        assert_snapshot!(c("RMB"), @"none");
    }

    #[test]
    fn money_suffixes() {
        let m = |s| match money_suffix(s) {
            Ok((rest, d)) => format!("x{d} rest={rest:?}"),
            Err(_) => "none".into(),
        };
        assert_snapshot!(m("m in"), @r#"x1000000 rest=" in""#);
        assert_snapshot!(m("K)"), @r#"x1000 rest=")""#);
        assert_snapshot!(m("b"), @r#"x1000000000 rest="""#);
        assert_snapshot!(m("mg"), @"none");
        assert_snapshot!(m("kilos"), @"none");
    }

    #[test]
    fn pounds_by_context() {
        let p = |s, money: bool| match pounds(s, || money) {
            Ok((rest, (u, f))) => format!("{} x{f} rest={rest:?}", u.as_str()),
            Err(_) => "none".into(),
        };
        assert_snapshot!(p(" pounds in fines", true), @r#"GBP x1 rest=" in fines""#);
        assert_snapshot!(p(" pounds of cocaine", false), @r#"kg x0.45359237 rest=" of cocaine""#);
        assert_snapshot!(p(" poundshop", false), @"none");
        // Money words after the pounds: `from her account`, `in cash`.
        assert_snapshot!(p(" pounds from her account.", false), @r#"GBP x1 rest=" from her account.""#);
        assert_snapshot!(p(" pounds in cash", false), @r#"GBP x1 rest=" in cash""#);
        // A mass: `of` first, or the money word past the clause's end.
        assert_snapshot!(p(" pounds of cash-like powder", false), @r#"kg x0.45359237 rest=" of cash-like powder""#);
        assert_snapshot!(p(" pounds, and his bank account", false), @r#"kg x0.45359237 rest=", and his bank account""#);
    }
}
