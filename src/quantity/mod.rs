//! Figures: every quantity in a bulletin, with its exact value, unit,
//! qualifier and counted noun.
//!
//! In: the bulletin text. Out: [`Figure`]s in text order and [`Warning`]s for
//! numbers that cannot be held exactly (too large, too many decimals) or
//! digit runs too long to be counts. The scan looks only at candidate
//! positions (digits, number words, articles before a scale, currency marks,
//! Chinese numerals), parses each with the nom grammars in [`number`],
//! [`unit`](mod@unit) and [`rules`], then reads a few words of context on either side
//! to drop distractors. Every unit and currency comes from one data table,
//! [`words::UNITS`]. It does not decide what a
//! figure *means*; that is [`record`](crate::record)'s job.
//!
//! | written | value | unit | qualifier |
//! |---|---|---|---|
//! | `5,384` | 5384 | | exact |
//! | `more than 5.5 million yuan` | 5500000 | CNY | more_than |
//! | `US$2.81 million`, `USD19.2 million`, `2-billion-USD` | 2810000, 19200000, 2000000000 | USD | exact |
//! | `1 million 700 thousand`, `one million and seven hundred thousand` | 1700000 | | exact |
//! | `1.2 wan yuan`, `1.2 ten thousand yuan`, `1.2万元` | 12000 | CNY | exact |
//! | `18.5万起`, `3000余名`, `3,000-odd` | 185000, 3000, 3000 | | exact, more_than, more_than |
//! | `三千`, `两万人` | 3000, 20000 | | exact |
//! | `dozens of`, `hundreds of`, `tens of thousands of` | 12, 100, 10000 | | at_least |
//! | `1.5 tons`, `300 grams`, `10 jin` | 1500, 0.3, 5 | kg | exact |
//! | `30.2%`, `31.5 per cent`, `3.07 percentage points` | 30.2, 31.5, 3.07 | percent | exact |
//! | `between 21 and 30`, `10-15`, `10 to 15` | 21, 10, 10 (max 30, 15, 15) | | exact |
//! | `44 mg to 50 mg`, `between 10 dollars and 20 dollars`, `8- to 16-meter` | 0.000044, 10, 8 (max 0.00005, 20, 16) | kg, USD, m | exact |
//! | `rose from 12% to 15%` | 12 and 15: two figures, a before and an after | percent | exact |
//! | `a hundred and two`, `a dozen`, `3 dozen`, `half a million`, `three billions` | 102, 12, 36, 500000, 3000000000 | | exact |
//! | `-3.2%`, `minus five percent`, `-1,200 yuan`, `.08 percent`, `zero deaths` | -3.2, -5, -1200, 0.08, 0 | percent, percent, CNY, percent, | exact |
//! | `exceed 3,000`, `greater than 4,565`, `500 or more`, `40-plus` | 3000, 4565, 500, 40 | | more_than |
//! | `a minimum of 3`, `not less than 5`; `not exceeding 30`, `60 or less` | 3, 5; 30, 60 | | at_least; at_most |
//! | `HK$48m`, `$12k`, `RMB 2 bln`, `5m yuan` | 48000000, 12000, 2000000000, 5000000 | HKD, USD, CNY, CNY | exact |
//! | `C$16.4 million`, `S$163 million`, `RM42`, `CAD3.03`, `5,000 USDT` | 16400000, 163000000, 42, 3.03, 5000 | CAD, SGD, MYR, CAD, USDT | exact |
//! | `5kg`, `100t`, `1.8m-long`, `20L`, `120 μg`, `50 pounds of` | 5, 100000, 1.8, 20, 0.00000012, 22.6796185 | kg, kg, m, l, kg, kg | exact |
//! | `190 km2`, `4 km squared`, `250 m²`, `120 km/h` | 190, 4, 250, 120 | sq_km, sq_km, sq_m, km_per_h | exact |
//!
//! Never figures: dates (`July 2`, `2024-08-14`, `the 14th`), times
//! (`08:37`, `1 am`), years (`in 2020`), identifiers (`No. 3`, `COVID-19`,
//! `2014.5.1`, hotline `110`, `05050403`, `%2020` in a URL), ages (`male,
//! 58`, `Zhang, 21,`, `a 40-year-old`), names (`Kunlun 2023`, `803 Theme
//! Day`, `Voyager 2`, `Model i7 860`, `a Boeing 737 jet`), the pronoun
//! `one` (`the one you mentioned`), a `$` with an unknown prefix (`Z$5`)
//! and numbers inside short quoted names or slogans.

pub(crate) mod date;
mod decimal;
pub(crate) mod number;
mod rules;
mod unit;
pub(crate) mod words;

use std::sync::OnceLock;

use serde::Serialize;

pub use date::Date;
pub use decimal::Decimal;
use number::{amount, Amount, Script};
use rules::RangeMode;

use crate::text::lexicon::{
    HOTLINES, HOTLINE_CONTEXT, IDENTIFIER_BEFORE, MONTHS, NAME_AFTER, NOUN_STOP, ONE_IDIOM_AFTER,
    ONE_IDIOM_BEFORE, TIME_UNITS, TITLE_AFTER, YEAR_BEFORE,
};
use crate::text::{
    ascii_word_before, ascii_word_len, char_at, char_before, digit_value, is_boundary_before,
    match_prefix, match_suffix, quotes, skip_spaces, skip_spaces_back, Table, WordFilter,
};
use crate::{Span, Warning};
use words::{chinese_digit, CHINESE_COUNTERS, QUALIFIER_BEFORE, VAGUE};

/// How a figure relates to the true number.
///
/// # Example
///
/// ```
/// use police_bulletin::{Bulletin, Qualifier};
/// let b = Bulletin::parse("nearly 1,800 suspects and 3,000-odd vehicles").unwrap();
/// assert_eq!(b.figures[0].qualifier, Qualifier::Nearly);
/// assert_eq!(b.figures[1].qualifier, Qualifier::MoreThan);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// As written, no hedge.
    Exact,
    /// `more than`, `over`, `above`, `in excess of`, `-odd`, 余, 多.
    MoreThan,
    /// `at least`, `no less than`, and the vague counts (`dozens of`).
    AtLeast,
    /// `less than`, `fewer than`, `under`.
    LessThan,
    /// `up to`, `no more than`, `within`.
    AtMost,
    /// `nearly`, `almost`, `close to`.
    Nearly,
    /// `about`, `approximately`, `around`, `roughly`, `some`.
    About,
}

/// The unit of a figure: a currency, percent, or a normalized measure.
///
/// Serializes as the SPEC spelling: ISO codes for money (`"CNY"`, `"USD"`),
/// and `"percent"`, `"kg"`, `"mu"`, `"hectare"`, `"m"`, `"km"`, `"l"`,
/// `"cubic_m"`, `"sq_m"`, `"sq_km"`, `"km_per_h"` for the rest. Mass is always converted to
/// kilograms.
///
/// # Example
///
/// ```
/// use police_bulletin::{Bulletin, Unit};
/// let b = Bulletin::parse("1.5 tons of sand and RMB7.1 billion").unwrap();
/// assert_eq!(b.figures[0].unit, Some(Unit::Kg));
/// assert_eq!(b.figures[0].value.as_u64(), Some(1500));
/// assert_eq!(b.figures[1].unit.map(Unit::as_str), Some("CNY"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// Chinese yuan (yuan, RMB, ¥, 元).
    Cny,
    /// US dollars (US$, $, dollars, USD).
    Usd,
    /// Hong Kong dollars.
    Hkd,
    /// New Taiwan dollars.
    Twd,
    /// Euros.
    Eur,
    /// Pounds sterling.
    Gbp,
    /// Japanese yen.
    Jpy,
    /// Percent or percentage points.
    Percent,
    /// Kilograms (grams, tons, jin converted).
    Kg,
    /// Chinese mu (亩) of land.
    Mu,
    /// Hectares.
    Hectare,
    /// Metres.
    M,
    /// Kilometres.
    Km,
    /// Litres.
    L,
    /// Cubic metres.
    CubicM,
    /// Square metres.
    SqM,
    /// Square kilometres.
    SqKm,
    /// Canadian dollars (C$, CAD).
    Cad,
    /// Australian dollars (A$, AUD).
    Aud,
    /// New Zealand dollars (NZ$).
    Nzd,
    /// Singapore dollars (S$).
    Sgd,
    /// Mexican pesos (Mex$).
    Mxn,
    /// Malaysian ringgit (RM).
    Myr,
    /// South Korean won.
    Krw,
    /// Thai baht.
    Thb,
    /// Philippine pesos.
    Php,
    /// Myanmar kyat.
    Mmk,
    /// Cambodian riel.
    Khr,
    /// Indian rupees.
    Inr,
    /// Tether (USDT), a virtual currency.
    Usdt,
    /// Bitcoin.
    Btc,
    /// Kilometres per hour.
    KmPerH,
}

impl Unit {
    /// The SPEC spelling of the unit.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Cny => "CNY",
            Unit::Usd => "USD",
            Unit::Hkd => "HKD",
            Unit::Twd => "TWD",
            Unit::Eur => "EUR",
            Unit::Gbp => "GBP",
            Unit::Jpy => "JPY",
            Unit::Percent => "percent",
            Unit::Kg => "kg",
            Unit::Mu => "mu",
            Unit::Hectare => "hectare",
            Unit::M => "m",
            Unit::Km => "km",
            Unit::L => "l",
            Unit::CubicM => "cubic_m",
            Unit::SqM => "sq_m",
            Unit::SqKm => "sq_km",
            Unit::Cad => "CAD",
            Unit::Aud => "AUD",
            Unit::Nzd => "NZD",
            Unit::Sgd => "SGD",
            Unit::Mxn => "MXN",
            Unit::Myr => "MYR",
            Unit::Krw => "KRW",
            Unit::Thb => "THB",
            Unit::Php => "PHP",
            Unit::Mmk => "MMK",
            Unit::Khr => "KHR",
            Unit::Inr => "INR",
            Unit::Usdt => "USDT",
            Unit::Btc => "BTC",
            Unit::KmPerH => "km_per_h",
        }
    }

    /// Whether the unit is a currency.
    pub fn is_currency(self) -> bool {
        !matches!(
            self,
            Unit::Percent
                | Unit::Kg
                | Unit::Mu
                | Unit::Hectare
                | Unit::M
                | Unit::Km
                | Unit::L
                | Unit::CubicM
                | Unit::SqM
                | Unit::SqKm
                | Unit::KmPerH
        )
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One quantity as written in the text.
///
/// `text` is exactly `input[span]`: qualifier, number and unit words
/// (`more than 5.5 million yuan`).
///
/// # Example
///
/// ```
/// use police_bulletin::{Bulletin, Qualifier, Unit};
/// let text = "Police captured 8 current criminals and recovered more than 360,000 yuan.";
/// let b = Bulletin::parse(text).unwrap();
/// let [arrests, money] = &b.figures[..] else { panic!() };
/// assert_eq!(arrests.noun, Some("current criminals"));
/// assert_eq!(money.text, "more than 360,000 yuan");
/// assert_eq!(money.value.as_u64(), Some(360_000));
/// assert_eq!((money.unit, money.qualifier), (Some(Unit::Cny), Qualifier::MoreThan));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure<'a> {
    /// The words of the figure, exactly as in the input.
    pub text: &'a str,
    /// Where `text` is in the input.
    pub span: Span,
    /// The normalized value (low end of a range).
    pub value: Decimal,
    /// The high end of a range (`10 to 15 people`), else `None`.
    pub max: Option<Decimal>,
    /// Currency, percent or measure; `None` for a plain count.
    pub unit: Option<Unit>,
    /// The hedge written around the number.
    pub qualifier: Qualifier,
    /// The head of what is counted or measured, as written.
    pub noun: Option<&'a str>,
}

/// What the scan found.
#[derive(Debug, Default)]
pub(crate) struct Scan<'a> {
    pub figures: Vec<Figure<'a>>,
    pub warnings: Vec<Warning>,
}

/// Find every figure in `text`, in order.
pub(crate) fn scan(text: &str) -> Scan<'_> {
    let names = quoted_names(text);
    let mut scanner = Scanner {
        text,
        last_date_end: None,
        peso: None,
        out: Scan::default(),
    };
    let mut name = 0;
    let mut pos = 0;
    while let Some(start) = next_candidate(text, pos) {
        while name < names.len() && names[name].end <= start {
            name += 1;
        }
        if let Some(n) = names.get(name).filter(|n| n.start <= start) {
            pos = n.end;
            continue;
        }
        let end = scanner.read_at(start);
        debug_assert!(end > start);
        pos = end.max(start + 1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    scanner.out
}

/// Where the next figure might start at or after `pos`.
fn next_candidate(text: &str, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        // `&` for entity-encoded currency (`&yen;500`).
        if b.is_ascii_digit() || b == b'$' || (b == b'&' && text[pos..].starts_with("&yen;")) {
            return Some(pos);
        }
        // `.08`: a fraction with no leading zero, after a space or bracket.
        if b == b'.'
            && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
            && (pos == 0 || matches!(bytes[pos - 1], b' ' | b'(' | b'\t' | b'\n'))
        {
            return Some(pos);
        }
        if b.is_ascii_alphabetic() {
            let len = ascii_word_len(&text[pos..]);
            if is_boundary_before(text, pos) && is_trigger(text, pos, len) {
                return Some(pos);
            }
            pos += len;
            continue;
        }
        if b >= 0x80 {
            let c = char_at(text, pos)?;
            let starts = digit_value(c).is_some()
                || matches!(
                    c,
                    '¥' | '￥' | '€' | '£' | '₩' | '฿' | '₱' | '₹' | '₿' | '十'
                )
                || chinese_digit(c).is_some_and(|d| d > 0);
            if starts {
                return Some(pos);
            }
            pos += c.len_utf8();
            continue;
        }
        pos += 1;
    }
    None
}

/// Words that can start a figure: number words, vague counts, `a`/`an`
/// (`a dozen`), `minus`, currency codes and dollar prefixes (`us` of `US$`,
/// `u` of `U.S.$`, `s` of `S$`, `mex` of `Mex$`).
const TRIGGERS: &Table<Trigger> = &[
    ("a", Trigger::Article),
    ("an", Trigger::Article),
    ("au", Trigger::Currency),
    ("aud", Trigger::Currency),
    ("btc", Trigger::Currency),
    ("c", Trigger::Currency),
    ("cad", Trigger::Currency),
    ("can", Trigger::Currency),
    ("cny", Trigger::Currency),
    ("dozens", Trigger::Word),
    ("eight", Trigger::Word),
    ("eighteen", Trigger::Word),
    ("eighty", Trigger::Word),
    ("eleven", Trigger::Word),
    ("eur", Trigger::Currency),
    ("fifteen", Trigger::Word),
    ("fifty", Trigger::Word),
    ("five", Trigger::Word),
    ("forty", Trigger::Word),
    ("four", Trigger::Word),
    ("fourteen", Trigger::Word),
    ("gbp", Trigger::Currency),
    ("half", Trigger::Article),
    ("hk", Trigger::Currency),
    ("hkd", Trigger::Currency),
    ("hundreds", Trigger::Word),
    ("inr", Trigger::Currency),
    ("jp", Trigger::Currency),
    ("jpy", Trigger::Currency),
    ("khr", Trigger::Currency),
    ("krw", Trigger::Currency),
    ("mex", Trigger::Currency),
    ("millions", Trigger::Word),
    ("minus", Trigger::Word),
    ("mmk", Trigger::Currency),
    ("mxn", Trigger::Currency),
    ("myr", Trigger::Currency),
    ("nine", Trigger::Word),
    ("nineteen", Trigger::Word),
    ("ninety", Trigger::Word),
    ("nt", Trigger::Currency),
    ("nz", Trigger::Currency),
    ("nzd", Trigger::Currency),
    ("one", Trigger::Word),
    ("php", Trigger::Currency),
    ("rm", Trigger::Currency),
    ("rmb", Trigger::Currency),
    ("rs", Trigger::Currency),
    ("s", Trigger::Currency),
    ("seven", Trigger::Word),
    ("seventeen", Trigger::Word),
    ("seventy", Trigger::Word),
    ("sgd", Trigger::Currency),
    ("six", Trigger::Word),
    ("sixteen", Trigger::Word),
    ("sixty", Trigger::Word),
    ("ten", Trigger::Word),
    ("tens", Trigger::Word),
    ("thb", Trigger::Currency),
    ("thirteen", Trigger::Word),
    ("thirty", Trigger::Word),
    ("thousands", Trigger::Word),
    ("three", Trigger::Word),
    ("twd", Trigger::Currency),
    ("twelve", Trigger::Word),
    ("twenty", Trigger::Word),
    ("two", Trigger::Word),
    ("u", Trigger::Currency),
    ("us", Trigger::Currency),
    ("usd", Trigger::Currency),
    ("usdt", Trigger::Currency),
    ("zero", Trigger::Word),
];

/// What a trigger word needs after it to start a figure.
#[derive(Clone, Copy)]
enum Trigger {
    /// A number word or vague count: always a candidate.
    Word,
    /// `a`, `an`, `half`: only before a scale word (`a dozen`, `half a
    /// million`), or as `A$`.
    Article,
    /// A currency code or dollar prefix: only with a number after it.
    Currency,
}

/// Whether the word at `at` (of length `len`) may start a figure. Articles
/// and currency prefixes are checked on the spot, so the common `a` costs
/// one table lookup and no figure parse.
fn is_trigger(text: &str, at: usize, len: usize) -> bool {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    let word = &text[at..at + len];
    let filter = FILTER.get_or_init(|| WordFilter::of(TRIGGERS));
    if !filter.may_start(word) {
        return false;
    }
    match match_prefix(word, TRIGGERS) {
        Some((Trigger::Word, l)) => l == len,
        // `a` is also the `A` of `A$15`.
        Some((Trigger::Article, l)) => {
            l == len
                && (number::article(&text[at..]).is_ok()
                    || number::half_article(&text[at..]).is_ok()
                    || unit::currency_before(&text[at..]).is_ok())
        }
        Some((Trigger::Currency, l)) => l == len && unit::currency_before(&text[at..]).is_ok(),
        None => false,
    }
}

/// Byte ranges of short quoted names and slogans (`“Kunlun 2020”`,
/// `"one standard and three real"`): numbers inside them are not figures.
/// A quote that holds a clause (commas, full stops) is speech and is read.
fn quoted_names(text: &str) -> Vec<Span> {
    const MAX_NAME: usize = 90;
    quotes(text, MAX_NAME)
        .into_iter()
        .filter(|q| is_name(&text[q.inner.range()]))
        .map(|q| Span::new(q.open, q.close_end))
        .collect()
}

fn is_name(inner: &str) -> bool {
    !inner.is_empty()
        && inner.split_whitespace().count() <= 10
        && !inner.contains(['\n', ',', ';', '!', '?', '…', '，', '。', '%', '$', '¥'])
        && !inner.trim_end().ends_with('.')
}

/// The parsed number with what is written right around it.
struct Core<'a> {
    currency: Option<Unit>,
    amount: Amount,
    vague: bool,
    /// Written with `minus`.
    negative: bool,
    /// After the first number (before any range, unit or suffix).
    head_rest: &'a str,
    max: Option<Option<Decimal>>,
    qualifier: Option<Qualifier>,
    unit: Option<(Unit, Decimal)>,
    counter: Option<&'a str>,
    rest: &'a str,
}

/// What the text before the number says about it.
#[derive(Clone, Copy)]
struct Before {
    mode: RangeMode,
    /// A money word or scale stands near: `pounds` are sterling.
    money: bool,
}

fn core(input: &str, before: Before) -> Option<Core<'_>> {
    let (input, negative) = match rules::minus_word(input) {
        Ok((rest, ())) => (rest, true),
        Err(_) => (input, false),
    };
    let (i, currency) = match unit::currency_before(input) {
        Ok((rest, u)) => (rest, Some(u)),
        Err(_) => (input, None),
    };
    let (mut head_rest, mut amt, vague) = match match_prefix(i, VAGUE) {
        Some((&v, len)) if currency.is_none() && !negative => {
            let a = Amount {
                value: Some(Decimal::from_u64(v)),
                script: Script::Words,
                digits: None,
                scaled: true,
                too_precise: false,
            };
            (&i[len..], a, true)
        }
        _ => {
            let (rest, a) = amount(i).ok()?;
            (rest, a, false)
        }
    };
    // `HK$48m`, `$12k`, `5m yuan`: a letter scale only next to a currency.
    if !amt.scaled {
        // After a currency sign the letter may stand one space off (`$5 m`).
        let spaced = &head_rest[skip_spaces(head_rest, 0, 1)..];
        let suffix = match currency {
            Some(_) => unit::money_suffix(spaced).ok(),
            None => unit::money_suffix(head_rest)
                .ok()
                .filter(|(r, _)| unit::unit_after(r).is_ok_and(|(_, (u, _))| u.is_currency())),
        };
        if let Some((r, k)) = suffix {
            amt.value = amt.value.and_then(|v| v.checked_mul(k));
            amt.scaled = true;
            amt.digits = None;
            head_rest = r;
        }
    }
    if negative {
        amt.value = amt.value.map(Decimal::negated);
    }
    let mut rest = head_rest;
    let mut max = None;
    let mut unit = None;
    if !vague {
        if let Some((r, m)) = range_tail(rest, before.mode, &amt) {
            rest = r;
            max = Some(m);
        } else if let Some((r, u, m)) = unit_range(rest, before.mode, &amt) {
            // `44 mg to 50 mg`, `between 10 dollars and 20 dollars`.
            rest = r;
            unit = Some(u);
            max = Some(m);
        }
    }
    let mut qualifier = None;
    if let Ok((r, q)) = rules::bound_after(rest) {
        qualifier = Some(q);
        rest = r;
    }
    if !vague && unit.is_none() {
        let money = before.money || amt.scaled || currency.is_some();
        if let Ok((r, u)) = unit::unit_after(rest).or_else(|_| unit::pounds(rest, money)) {
            // `$5 m`-like slips aside, a measure never overrides the
            // currency written before the number; another currency does
            // (`US$5 million yuan` is garbled either way).
            if currency.is_none() || u.0.is_currency() || u.0 == Unit::Percent {
                unit = Some(u);
                rest = r;
            }
        }
    }
    if qualifier.is_none() {
        if let Ok((r, q)) = rules::bound_after(rest) {
            qualifier = Some(q);
            rest = r;
        }
    }
    let mut counter = None;
    if unit.is_none() {
        if let Some(c) = rest
            .chars()
            .next()
            .filter(|c| CHINESE_COUNTERS.contains(*c))
        {
            counter = Some(&rest[..c.len_utf8()]);
            rest = &rest[c.len_utf8()..];
        }
    }
    Some(Core {
        currency,
        amount: amt,
        vague,
        negative,
        head_rest,
        max,
        qualifier,
        unit,
        counter,
        rest,
    })
}

/// `-15`, ` to 15`, ` and 30` (after `between`): the high end of a range.
/// An end too large to hold is `Some(None)`, for a warning.
fn range_tail<'a>(
    input: &'a str,
    mode: RangeMode,
    head: &Amount,
) -> Option<(&'a str, Option<Decimal>)> {
    let (s, _) = rules::range_connector(mode)(input).ok()?;
    let s = match unit::currency_before(s) {
        Ok((rest, _)) => rest,
        Err(_) => s,
    };
    let (rest, high) = amount(s).ok()?;
    if high.script != head.script && high.script != Script::Words {
        return None;
    }
    // `7-Eleven`: a capitalized word after digits is a name, not a range end.
    if head.script == Script::Digits && s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let lo = head.value?;
    let Some(hi) = high.value else {
        // `10-99999999999999999999999 yuan`: a range whose end overflows.
        return (high.script == Script::Digits).then_some((rest, None));
    };
    // `from 246 in 2017 to 98,000`: a year is only ever a range with a year.
    let year_like = |a: &Amount, v: Decimal| {
        a.digits.is_some_and(|d| d.plain && d.int_digits == 4)
            && (Decimal::from_u64(1900)..=Decimal::from_u64(2099)).contains(&v)
    };
    if year_like(head, lo) != year_like(&high, hi) {
        return None;
    }
    (hi > lo).then_some((rest, high.value))
}

/// A range with the unit written on both ends (`44 mg to 50 mg`): the
/// rest, the shared unit and the high end.
fn unit_range<'a>(
    input: &'a str,
    mode: RangeMode,
    head: &Amount,
) -> Option<(&'a str, (Unit, Decimal), Option<Decimal>)> {
    let (r, u) = unit::unit_after(input).ok()?;
    // `10%-15%` is a range; `5 kg-3` is a code: a dash joins only percents.
    if r.starts_with(['-', '–']) && u.0 != Unit::Percent {
        return None;
    }
    let (r, max) = range_tail(r, mode, head)?;
    let (r, u2) = unit::unit_after(r).ok()?;
    (u2 == u).then_some((r, u, max))
}

/// Length of `word` at the start of `s` when it is a whole word.
fn prefix_word(s: &str, word: &str) -> Option<usize> {
    let head = s.get(..word.len())?;
    (head.eq_ignore_ascii_case(word) && crate::text::is_boundary_after(s, word.len()))
        .then_some(word.len())
}

struct Scanner<'a> {
    text: &'a str,
    /// End of the last date seen, for `from August 11th to 16`.
    last_date_end: Option<usize>,
    /// Whose peso the bulletin means, looked up once at the first `pesos`.
    peso: Option<Option<Unit>>,
    out: Scan<'a>,
}

impl<'a> Scanner<'a> {
    /// Read a figure (or skip a distractor) at `start`; return where to go on.
    fn read_at(&mut self, start: usize) -> usize {
        let text = self.text;
        let token_end = start + token_len(&text[start..]);
        // `Z$5`: a dollar with a prefix we do not know is nobody's USD.
        if text[start..].starts_with('$')
            && char_before(text, start).is_some_and(|c| c.is_ascii_alphabetic())
        {
            return start + 1 + token_len(&text[start + 1..]);
        }
        if self.is_identifier_or_date(start) {
            return token_end;
        }
        let sign = rules::sign_before(text, start);
        let before = skip_spaces_back(text, sign.unwrap_or(start), 3);
        let prev_word = ascii_word_before(text, before);
        let mode = if prev_word.eq_ignore_ascii_case("between") {
            RangeMode::Between
        } else if prev_word.eq_ignore_ascii_case("from")
            && rules::change_before(text, before - prev_word.len())
        {
            RangeMode::DashOnly
        } else {
            RangeMode::Normal
        };
        let money = money_before(text, before);
        let Some(mut core) = core(&text[start..], Before { mode, money }) else {
            return token_end;
        };
        if sign.is_some() {
            core.amount.value = core.amount.value.map(Decimal::negated);
            core.negative = true;
        }
        if core.unit.is_none() && core.currency.is_none() && !core.vague {
            if let Ok((rest, ())) = unit::pesos(core.rest) {
                if let Some(u) = self.peso_country() {
                    core.unit = Some((u, Decimal::from_u64(1)));
                    core.rest = rest;
                }
            }
        }
        let head_end = text.len() - core.head_rest.len();
        let mut end = text.len() - core.rest.len();
        if let Some(skip) = self.distractor_after(start, head_end, &core) {
            return skip.max(token_end);
        }
        // `a 40-year-old`, `30 years old`, `Zhang, 21,`: an age, not a count.
        if core.unit.is_none() && core.max.is_none() {
            if let Ok((rest, ())) = rules::age_after(&text[head_end..]) {
                return text.len() - rest.len();
            }
            if is_age_apposition(text, start, head_end, &core) {
                return head_end;
            }
        }
        let qualifier = match_suffix(text, before, QUALIFIER_BEFORE);
        if self.is_idiom(start, head_end, &core) {
            return head_end;
        }
        if let Some(d) = core.amount.digits.filter(|d| d.plain) {
            let bare = core.unit.is_none() && core.currency.is_none();
            // 13812345678, 330106198001011234: phone and ID numbers. Counts
            // this large are written with separators or scale words; one
            // that still reads as a count is warned about, not dropped silently.
            if d.int_digits >= 9 && bare {
                if core.amount.value.is_none() || noun_after(text, head_end).is_some() {
                    self.out.warnings.push(Warning::new(
                        "digit run too long to be a count (an ID or code?); figure dropped",
                        Span::new(start, head_end),
                    ));
                }
                return head_end;
            }
            // 05050403, 0909346: a leading zero makes a code.
            if d.int_digits >= 2 && text[start..].starts_with('0') {
                return head_end;
            }
        }
        if self.is_year_or_hotline(start, head_end, &core, qualifier.is_some()) {
            return head_end;
        }
        if qualifier.is_none() && sign.is_none() && self.is_in_name(start, head_end, &core) {
            return head_end;
        }
        let (unit, factor) = match (core.unit, core.currency) {
            (Some((u, f)), _) => (Some(u), f),
            (None, Some(c)) => (Some(c), Decimal::from_u64(1)),
            (None, None) => match shared_unit(&text[end..]) {
                // `rose 1.42 and 2.85 percentage points`: the unit of the
                // next number is this one's too.
                Some((u, f)) if core.counter.is_none() => (Some(u), f),
                _ => (None, Decimal::from_u64(1)),
            },
        };
        // A hyphenated time word makes a duration: `100-day`, `three-month`.
        let mut noun = None;
        if unit.is_none() && core.counter.is_none() && text[end..].starts_with('-') {
            let w = ascii_word_len(&text[end + 1..]);
            if w > 0 {
                let word = &text[end + 1..end + 1 + w];
                let singular = word.strip_suffix('s').unwrap_or(word);
                let time =
                    match_prefix(singular, TIME_UNITS).is_some_and(|(_, l)| l == singular.len());
                // `7-Eleven`: a capitalized word makes a name.
                let name = word.starts_with(|c: char| c.is_ascii_uppercase());
                if time || (core.amount.script == Script::Digits && !name) {
                    noun = Some(word);
                    end += 1 + w;
                } else {
                    return end + 1 + w;
                }
            }
        }
        let span_start = match qualifier {
            Some((_, s)) => s,
            None if mode == RangeMode::Between && core.max.is_some() => before - prev_word.len(),
            None => sign.unwrap_or(start),
        };
        let span = Span::new(span_start, end);
        let value = core.amount.value.and_then(|v| v.checked_mul(factor));
        let max = core.max.map(|m| m.and_then(|m| m.checked_mul(factor)));
        let (Some(value), Some(max)) = (value, max.map_or(Some(None), |m| m.map(Some))) else {
            let precise = core.amount.too_precise
                || (core.amount.value.is_some() && factor < Decimal::from_u64(1));
            let message = if precise {
                "more decimal places than can be held exactly; figure dropped"
            } else {
                "number too large to represent exactly; figure dropped"
            };
            self.out.warnings.push(Warning::new(message, span));
            return end;
        };
        // `0 cases`, `zero deaths` count; a bare 0 (`2022-11-18 0 By`, a
        // comment counter) counts nothing.
        if value == Decimal::ZERO && unit.is_none() && noun_after(text, end).is_none() {
            return end;
        }
        if unit.is_none()
            && qualifier.is_none()
            && core.max.is_none()
            && is_day_reference(text, span_start, end, value)
        {
            return end;
        }
        if core.amount.script == Script::Chinese
            && core.counter.is_none()
            && unit.is_none()
            && !core.amount.scaled
            && core.qualifier.is_none()
        {
            return end; // 一 inside a word, not a count
        }
        let qualifier = match (qualifier, core.qualifier) {
            (Some((&q, _)), _) => q,
            (None, Some(q)) => q,
            (None, None) if core.vague => Qualifier::AtLeast,
            (None, None) => Qualifier::Exact,
        };
        let noun = noun.or(core.counter).or_else(|| {
            if unit.is_some_and(Unit::is_currency) || unit == Some(Unit::Percent) {
                None
            } else {
                noun_after(text, end)
            }
        });
        self.out.figures.push(Figure {
            text: &text[span.range()],
            span,
            value,
            max,
            unit,
            qualifier,
            noun,
        });
        end
    }

    /// The peso a bulletin means: Philippine when it names the Philippines
    /// or Manila, Mexican when it names Mexico, else none (a bare `pesos`
    /// is then no known currency). One search per bulletin, at most.
    fn peso_country(&mut self) -> Option<Unit> {
        let text = self.text;
        *self.peso.get_or_insert_with(|| {
            if ["Philippin", "Manila", "Filipino"]
                .iter()
                .any(|w| text.contains(w))
            {
                Some(Unit::Php)
            } else if text.contains("Mexic") {
                Some(Unit::Mxn)
            } else {
                None
            }
        })
    }

    /// A number that is part of a name: `Voyager 2`, `Jufeng 3`, `Model i7
    /// 860`, `a Boeing 737 jet`. The word before is capitalized (or a code
    /// with digits), and no counted noun follows, or only a singular one.
    fn is_in_name(&self, start: usize, head_end: usize, core: &Core<'_>) -> bool {
        let text = self.text;
        let Some(d) = core.amount.digits else {
            return false;
        };
        if !d.plain
            || d.int_digits > 4
            || core.unit.is_some()
            || core.currency.is_some()
            || core.qualifier.is_some()
            || core.max.is_some()
            || core.counter.is_some()
        {
            return false;
        }
        let before = skip_spaces_back(text, start, 1);
        if before == start {
            return false;
        }
        // `i7 860`: a code with digits right before.
        if char_before(text, before).is_some_and(|c| c.is_ascii_digit()) {
            // Looks back at most 9 bytes: a model code is short.
            let code = text.as_bytes()[..before]
                .iter()
                .rev()
                .take(9)
                .take_while(|b| b.is_ascii_alphanumeric());
            let (len, letters) = code.fold((0, false), |(n, l), b| {
                (n + 1, l || b.is_ascii_alphabetic())
            });
            return letters && len <= 8;
        }
        if text[head_end..].starts_with('-') {
            return false;
        }
        let word = ascii_word_before(text, before);
        let capitalized = word.len() >= 2
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.bytes().skip(1).any(|b| b.is_ascii_lowercase());
        let named = capitalized
            && !is_function_word(word)
            && match_prefix(word, MONTHS).map_or(true, |(_, l)| l != word.len());
        // A noun after it counts the number, unless it is singular after a
        // number above one: `a Boeing 737 jet`, `the Apollo 11 mission`.
        named
            && match noun_after(text, head_end) {
                None => true,
                Some(noun) => {
                    let head = noun.rsplit(' ').next().unwrap_or(noun);
                    let more_than_one = core.amount.value.is_some_and(|v| v > Decimal::from_u64(1));
                    more_than_one && !head.ends_with('s') && text[..start].ends_with(' ')
                }
            }
    }

    /// Context before `start` that makes the number a date, code or identifier.
    fn is_identifier_or_date(&mut self, start: usize) -> bool {
        let text = self.text;
        let first = char_at(text, start).unwrap_or(' ');
        match char_before(text, start) {
            // G20, COVID19
            Some(c) if c.is_ascii_alphabetic() && digit_value(first).is_some() => return true,
            // `%2020`: percent-encoding in a URL.
            Some('%') => return true,
            Some(c @ ('-' | '/' | '.' | ':' | '#' | '+')) => {
                let b = start - c.len_utf8();
                match char_before(text, b) {
                    // `results.2,937 tons` is a glued sentence, not a code.
                    Some(p) if p.is_ascii_alphabetic() && c == '.' => {}
                    // COVID-19, grade-one, 2024-08, 10:30
                    Some(p) if p.is_ascii_alphanumeric() => return true,
                    // `+5%`: a sign before a percent, not a phone prefix.
                    _ if c == '+' && percent_follows(&text[start..]) => {}
                    _ if c == '#' || c == '+' => return true,
                    _ => {}
                }
            }
            _ => {}
        }
        if is_enumerator(text, start) {
            return true;
        }
        let before = skip_spaces_back(text, start, 3);
        if match_suffix(text, before, IDENTIFIER_BEFORE).is_some() {
            return true;
        }
        // `July 2`, `Sept. 30`, `Oct 10`: a day of the month.
        let b = if text[..before].ends_with('.') {
            before - 1
        } else {
            before
        };
        let word = ascii_word_before(text, b);
        let separated = before > b || before < start;
        if separated
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && match_prefix(word, MONTHS).is_some_and(|(_, l)| l == word.len())
        {
            self.last_date_end = Some(start + token_len(&text[start..]));
            return true;
        }
        // `from March 3rd this year to 9`: the other end of a date range.
        if let Some(d) = self
            .last_date_end
            .filter(|&d| d <= start && start - d <= 24)
        {
            let between = text[d..start].trim_end();
            let ends_to = ["to", "-", "–", "and", "through", "till"]
                .iter()
                .any(|w| between.ends_with(w));
            let (_, small) = number::digits(&text[start..]).map_or((0, false), |(_, d)| {
                (0, d.value.is_some_and(|v| v <= Decimal::from_u64(31)))
            });
            if ends_to && small && !between.contains(['.', ';']) {
                self.last_date_end = Some(start + token_len(&text[start..]));
                return true;
            }
        }
        false
    }

    /// Context right after the number that makes it a date, code, ordinal,
    /// time, age or name. Returns where to resume.
    fn distractor_after(
        &mut self,
        start: usize,
        head_end: usize,
        core: &Core<'_>,
    ) -> Option<usize> {
        let text = self.text;
        let digits = core.amount.digits;
        if digits.is_some_and(|d| d.dotted) {
            return Some(head_end);
        }
        let plain_head = core.unit.is_none()
            && core.max.is_none()
            && core.qualifier.is_none()
            && core.counter.is_none()
            && core.currency.is_none();
        let after = &text[head_end..];
        let next = after.chars().next();
        if digits.is_some() && plain_head {
            // 2024-08-14, 2017/8/14, 08:37:33, 8123-4567: dates, times, phones.
            if let Some('-' | '/' | ':' | '.' | '：') = next {
                if after[next.map_or(1, char::len_utf8)..].starts_with(|c: char| c.is_ascii_digit())
                {
                    let run = after
                        .bytes()
                        .take_while(|b| b.is_ascii_digit() || b"-/:.".contains(b))
                        .count();
                    self.last_date_end = Some(head_end + run);
                    return Some(head_end + run);
                }
            }
            // 4th, 21st, 1990s, 5G: ordinals, decades, codes.
            let letters = ascii_word_len(after);
            if letters > 0 {
                let suffix = &after[..letters];
                let ordinal = ["st", "nd", "rd", "th", "s"]
                    .iter()
                    .any(|o| suffix.eq_ignore_ascii_case(o));
                if ordinal && digit_value(text[start..].chars().next().unwrap_or(' ')).is_some() {
                    self.last_date_end = Some(head_end + letters);
                }
                return Some(head_end + letters);
            }
            // 2021年, 5期, 09月04日
            if let Some(c) = next.filter(|c| "年月日号期时点分秒".contains(*c)) {
                return Some(head_end + c.len_utf8());
            }
        }
        if plain_head {
            let n = skip_spaces(text, head_end, 2);
            if let Some((_, len)) = match_prefix(&text[n..], NAME_AFTER) {
                return Some(n + len);
            }
            if let Some((_, len)) = match_prefix(&text[n..], TITLE_AFTER) {
                if text[n..].starts_with(|c: char| c.is_ascii_uppercase()) && n > head_end {
                    return Some(n + len);
                }
            }
            // `15 January`: a date written day first.
            let w = ascii_word_len(&text[n..]);
            let word = &text[n..n + w];
            if n > head_end
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && match_prefix(word, MONTHS).is_some_and(|(_, l)| l == w)
            {
                self.last_date_end = Some(n + w);
                return Some(n + w);
            }
        }
        // (618-907): a span of years in parentheses.
        if core.max.is_some()
            && core.unit.is_none()
            && text[..start].ends_with('(')
            && core.rest.starts_with(')')
        {
            return Some(text.len() - core.rest.len());
        }
        None
    }

    /// `one of`, `no one`, `one-stop`: the word one as a pronoun or idiom.
    fn is_idiom(&self, start: usize, head_end: usize, core: &Core<'_>) -> bool {
        let text = self.text;
        if core.amount.script != Script::Words
            || core.amount.scaled
            || core.unit.is_some()
            || core.currency.is_some()
        {
            return false;
        }
        if core.amount.value != Some(Decimal::from_u64(1)) {
            return false;
        }
        let n = skip_spaces(text, head_end, 2);
        if n > head_end && match_prefix(&text[n..], ONE_IDIOM_AFTER).is_some() {
            return true;
        }
        if rules::one_is_pronoun(&text[head_end..]) {
            return true;
        }
        let b = skip_spaces_back(text, start, 2);
        b < start
            && match_prefix(ascii_word_before(text, b), ONE_IDIOM_BEFORE)
                .is_some_and(|(_, l)| l == ascii_word_before(text, b).len())
    }

    /// A bare four-digit year (`in 2020`, `2015 January`), or a hotline
    /// number standing alone (`the 110 hotline`).
    fn is_year_or_hotline(
        &self,
        start: usize,
        head_end: usize,
        core: &Core<'_>,
        qualified: bool,
    ) -> bool {
        let text = self.text;
        let Some(d) = core.amount.digits else {
            return false;
        };
        if qualified
            || !d.plain
            || core.unit.is_some()
            || core.currency.is_some()
            || core.qualifier.is_some()
            || core.counter.is_some()
        {
            return false;
        }
        let value = core.amount.value.and_then(Decimal::as_u64).unwrap_or(0);
        let before = skip_spaces_back(text, start, 2);
        let prev = ascii_word_before(text, before);
        let prev_is =
            |t| before < start && match_prefix(prev, t).is_some_and(|(_, l)| l == prev.len());
        let n = skip_spaces(text, head_end, 2);
        let next_len = ascii_word_len(&text[n..]);
        let next = &text[n..n + next_len];
        let next_is = |t| {
            n > head_end
                && next_len > 0
                && match_prefix(next, t).is_some_and(|(_, l)| l == next_len)
        };
        if d.int_digits == 4 && (1900..=2099).contains(&value) {
            if let Some(m) = core.max {
                return m
                    .and_then(Decimal::as_u64)
                    .is_some_and(|m| (1900..=2099).contains(&m));
            }
            // `Kunlun 2023`, `Bihai 2020`: a year inside a campaign name.
            let in_name = before < start
                && prev.starts_with(|c: char| c.is_ascii_uppercase())
                && !prev_is(YEAR_BEFORE);
            if in_name {
                return true;
            }
            let counted = n > head_end
                && next.starts_with(|c: char| c.is_ascii_lowercase())
                && !next_is(NOUN_STOP);
            return prev_is(YEAR_BEFORE) || !counted;
        }
        HOTLINES.contains(&value)
            && core.max.is_none()
            && (prev_is(HOTLINE_CONTEXT) || next_is(HOTLINE_CONTEXT) || next_len == 0)
    }
}

/// `**2. Henan`, `(3) the ...`, `1、`: a list number at the start of a line.
///
/// Only the few bytes before the number are read (a list marker's lead is
/// short), so the check costs the same on a text with no line breaks.
fn is_enumerator(text: &str, start: usize) -> bool {
    let mut floor = start.saturating_sub(8);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let line_start = match text[floor..start].rfind('\n') {
        Some(i) => floor + i + 1,
        None if floor == 0 => 0,
        None => return false,
    };
    let lead = &text[line_start..start];
    if !lead
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '*' | '#' | '(' | '（'))
    {
        return false;
    }
    let len = text[start..].bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 2 {
        return false;
    }
    let rest = &text[start + len..];
    let mut chars = rest.chars();
    match chars.next() {
        Some('.' | ')' | '）') => chars.next().map_or(true, |c| c.is_whitespace()),
        Some('、') => true,
        _ => false,
    }
}

/// `on the 14,`: a day of the month in translated prose (在14日).
fn is_day_reference(text: &str, start: usize, end: usize, value: Decimal) -> bool {
    if value > Decimal::from_u64(31) || !value.is_integer() {
        return false;
    }
    let next = text[end..].chars().next();
    if next.is_some_and(|c| c.is_ascii_alphanumeric()) || noun_after(text, end).is_some() {
        return false;
    }
    let b = skip_spaces_back(text, start, 2);
    let the = ascii_word_before(text, b);
    if b == start || !the.eq_ignore_ascii_case("the") {
        return false;
    }
    let b2 = skip_spaces_back(text, b - the.len(), 2);
    let on = ascii_word_before(text, b2);
    b2 < b - the.len() && on.eq_ignore_ascii_case("on")
}

/// A percent right after the digits at the start of `s` (`5%`, `3.2 percent`).
fn percent_follows(s: &str) -> bool {
    let Ok((rest, _)) = number::digits(s) else {
        return false;
    };
    unit::unit_after(rest).is_ok_and(|(_, (u, _))| u == Unit::Percent)
}

/// `surnamed Zhang, 21, was`: a small number set off by commas right after
/// a name is the person's age.
fn is_age_apposition(text: &str, start: usize, head_end: usize, core: &Core<'_>) -> bool {
    let small = core
        .amount
        .digits
        .is_some_and(|d| d.plain && d.int_digits <= 3)
        && core
            .amount
            .value
            .is_some_and(|v| v <= Decimal::from_u64(120));
    if !small || core.qualifier.is_some() || core.currency.is_some() {
        return false;
    }
    let b = skip_spaces_back(text, start, 1);
    if !text[..b].ends_with(',') {
        return false;
    }
    let name = ascii_word_before(text, b - 1);
    let after = &text[head_end..];
    let closes = after.starts_with([',', ')', ';'])
        || (after.starts_with('.') && after[1..].chars().next().map_or(true, char::is_whitespace));
    closes
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().skip(1).all(|c| c.is_ascii_lowercase())
        && name.len() >= 2
        && match_prefix(name, MONTHS).map_or(true, |(_, l)| l != name.len())
}

/// A capitalized function word (`In 5`, `About 30`) starts a sentence, not a name.
fn is_function_word(word: &str) -> bool {
    let whole = |t: &Table<()>| match_prefix(word, t).is_some_and(|(_, l)| l == word.len());
    whole(NOUN_STOP)
        || whole(FUNCTION_WORDS)
        || match_prefix(word, QUALIFIER_BEFORE).is_some_and(|(_, l)| l == word.len())
}

/// Capitalized words that open a clause before a number, beyond [`NOUN_STOP`].
const FUNCTION_WORDS: &Table<()> = &[
    ("altogether", ()),
    ("another", ()),
    ("arrested", ()),
    ("of", ()),
    ("on", ()),
    ("seized", ()),
    ("the", ()),
    ("to", ()),
    ("total", ()),
    ("with", ()),
];

/// Words before a number that make it money (`fined 500 pounds`, `worth`).
const MONEY_WORDS: &Table<()> = &[
    ("bail", ()),
    ("cost", ()),
    ("costs", ()),
    ("fine", ()),
    ("fined", ()),
    ("fines", ()),
    ("loss", ()),
    ("losses", ()),
    ("paid", ()),
    ("pay", ()),
    ("price", ()),
    ("ransom", ()),
    ("value", ()),
    ("valued", ()),
    ("worth", ()),
];

/// Whether one of the two words ending at `before` is a money word
/// (`fined 500`, `a fine of 500`).
fn money_before(text: &str, before: usize) -> bool {
    let mut end = before;
    for _ in 0..2 {
        let w = ascii_word_before(text, end);
        if w.is_empty() {
            return false;
        }
        if match_prefix(w, MONEY_WORDS).is_some_and(|(_, l)| l == w.len()) {
            return true;
        }
        let b = end - w.len();
        end = skip_spaces_back(text, b, 2);
        if end == b {
            return false;
        }
    }
    false
}

/// The unit of a number that follows after `and`, `or`, `to` or a comma
/// (`1.42 and 2.85 percentage points`), when this number has none.
fn shared_unit(after: &str) -> Option<(Unit, Decimal)> {
    let i = skip_spaces(after, 0, 2);
    let s = &after[i..];
    let conn = prefix_word(s, "and")
        .or_else(|| prefix_word(s, "or"))
        .or_else(|| prefix_word(s, "to"))?;
    let s = &s[conn..];
    let j = skip_spaces(s, 0, 2);
    if j == 0 {
        return None;
    }
    let (rest, a) = amount(&s[j..]).ok()?;
    if a.script != Script::Digits {
        return None;
    }
    let (_, (unit, factor)) = unit::unit_after(rest).ok()?;
    (unit == Unit::Percent || unit.is_currency()).then_some((unit, factor))
}

/// The longest token [`token_len`] reports.
const MAX_TOKEN: usize = 256;

/// Length of the token at the start of `s`: a run of digits and separators,
/// a word, or one char. Always at least one byte (one char), and at most
/// [`MAX_TOKEN`] bytes plus one char: a longer run is skipped a piece at a
/// time, so text of endless digits and commas costs linear time.
fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let numeric = |c: char| digit_value(c).is_some() || matches!(c, ',' | '.' | '．');
    let chinese = |c: char| chinese_digit(c).is_some() || words::chinese_small_scale(c).is_some();
    if chinese(first) {
        // A run of Chinese numerals that did not parse (`十十十`) is skipped
        // whole: no number starts inside it.
        for (i, c) in s.char_indices() {
            if !chinese(c) || i > MAX_TOKEN {
                return i;
            }
        }
        return s.len();
    }
    if numeric(first) {
        // The end of the run, or the first char boundary past MAX_TOKEN.
        for (i, c) in s.char_indices() {
            if !numeric(c) || i > MAX_TOKEN {
                return i;
            }
        }
        s.len()
    } else if first.is_ascii_alphabetic() {
        s.bytes()
            .take(MAX_TOKEN)
            .take_while(u8::is_ascii_alphabetic)
            .count()
    } else {
        first.len_utf8()
    }
}

/// The counted noun after a number: up to four lowercase words, stopping at
/// function words and punctuation (`8 current criminals and ...`).
fn noun_after(text: &str, end: usize) -> Option<&str> {
    const MAX_WORDS: usize = 5;
    const MAX_WORD: usize = 30;
    let mut i = skip_spaces(text, end, 2);
    if i == end {
        return None;
    }
    if let Some(of) = prefix_word(&text[i..], "of") {
        let j = skip_spaces(text, i + of, 2);
        if j == i + of {
            return None;
        }
        i = j;
    }
    let noun_start = i;
    let mut noun_end = i;
    for _ in 0..MAX_WORDS {
        let w = word_len(&text[i..]);
        if w == 0 || w > MAX_WORD || !text[i..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[i..i + w];
        if match_prefix(word, NOUN_STOP).is_some_and(|(_, l)| l == w) {
            break;
        }
        noun_end = i + w;
        let j = skip_spaces(text, noun_end, 1);
        if j == noun_end {
            break;
        }
        i = j;
        // `civilian and auxiliary police officers`: an adjective joined by
        // `and` continues the noun; `8 criminals and 4 fugitives` does not.
        let adjective = ["al", "ian", "ary", "ic", "ive", "ous", "ile"]
            .iter()
            .any(|x| word.ends_with(x));
        if adjective {
            if let Some(and) = prefix_word(&text[i..], "and") {
                let k = skip_spaces(text, i + and, 1);
                if k > i + and && text[k..].starts_with(|c: char| c.is_ascii_lowercase()) {
                    i = k;
                }
            }
        }
    }
    (noun_end > noun_start).then(|| &text[noun_start..noun_end])
}

/// A word with inner hyphens or apostrophes (`license-related`, `people’s`).
fn word_len(s: &str) -> usize {
    let mut len = ascii_word_len(s);
    while len > 0 {
        let rest = &s[len..];
        let joiner = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '\'' | '’'));
        let Some(j) = joiner else { break };
        let more = ascii_word_len(&rest[j.len_utf8()..]);
        if more == 0 {
            break;
        }
        len += j.len_utf8() + more;
    }
    len
}

#[cfg(test)]
mod tests;
