//! Figures: every quantity in a bulletin, with its exact value, unit,
//! qualifier and counted noun.
//!
//! In: the bulletin's tokens. Out: [`Figure`]s in text order and [`Warning`]s for
//! numbers that cannot be held exactly (too large, too many decimals) or
//! digit runs too long to be counts. The scan walks the tokens for candidate
//! positions (number tokens, trigger words by their lexicon class, currency
//! marks, Chinese numerals), parses each with the nom grammars in [`number`],
//! [`unit`](mod@unit) and [`rules`], then reads a few words of context on either side
//! to drop distractors, each word looked up from its token's lexicon entry. Every unit and currency comes from one data table,
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
//! | `1.3 more than 100 million yuan`, `4.75 more than 10,000 yuan` (1.3亿余元, 4.75万余元) | 130000000, 47500 | CNY | more_than |
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

mod around;
mod calendar;
pub(crate) mod context;
pub(crate) mod date;
mod decimal;
mod figure;
mod next;
pub(crate) mod number;
pub(crate) mod rules;
pub(crate) mod scan;
mod unit;
pub(crate) mod words;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use calendar::{Date, Time};
pub use decimal::Decimal;
pub(crate) use scan::{figure_at_start, scan};

use crate::spelling::spelled_enum;
use crate::{Span, Warning};

spelled_enum! {
    /// How a figure relates to the true number.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::{Bulletin, Qualifier};
    /// let b = Bulletin::parse("nearly 1,800 suspects and 3,000-odd vehicles").unwrap();
    /// assert_eq!(b.figures[0].qualifier, Qualifier::Nearly);
    /// assert_eq!(b.figures[1].qualifier, Qualifier::MoreThan);
    /// assert_eq!(Qualifier::MoreThan.to_string(), "more_than");
    /// ```
    #[non_exhaustive]
    pub enum Qualifier {
        /// As written, no hedge.
        Exact = "exact",
        /// `more than`, `over`, `above`, `in excess of`, `-odd`, 余, 多.
        MoreThan = "more_than",
        /// `at least`, `no less than`, and the vague counts (`dozens of`).
        AtLeast = "at_least",
        /// `less than`, `fewer than`, `under`.
        LessThan = "less_than",
        /// `up to`, `no more than`, `within`.
        AtMost = "at_most",
        /// `nearly`, `almost`, `close to`.
        Nearly = "nearly",
        /// `about`, `approximately`, `around`, `roughly`, `some`.
        About = "about",
    }
}

spelled_enum! {
    /// The unit of a figure: a currency, percent, or a normalized measure.
    ///
    /// Spelled as in the SPEC: ISO codes for money (`"CNY"`, `"USD"`), and
    /// `"percent"`, `"kg"`, `"mu"`, `"hectare"`, `"m"`, `"km"`, `"l"`,
    /// `"cubic_m"`, `"sq_m"`, `"sq_km"`, `"km_per_h"` for the rest. Mass
    /// is always converted to kilograms.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::{Bulletin, Unit};
    /// let b = Bulletin::parse("1.5 tons of sand and RMB7.1 billion").unwrap();
    /// assert_eq!(b.figures[0].unit, Some(Unit::Kg));
    /// assert_eq!(b.figures[0].value.as_u64(), Some(1500));
    /// assert_eq!(b.figures[1].unit.map(Unit::as_str), Some("CNY"));
    /// assert_eq!("HKD".parse::<Unit>()?, Unit::Hkd);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Unit {
        /// Chinese yuan (yuan, RMB, ¥, 元).
        Cny = "CNY",
        /// US dollars (US$, $, dollars, USD).
        Usd = "USD",
        /// Hong Kong dollars.
        Hkd = "HKD",
        /// New Taiwan dollars.
        Twd = "TWD",
        /// Euros.
        Eur = "EUR",
        /// Pounds sterling.
        Gbp = "GBP",
        /// Japanese yen.
        Jpy = "JPY",
        /// Percent or percentage points.
        Percent = "percent",
        /// Kilograms (grams, tons, jin converted).
        Kg = "kg",
        /// Chinese mu (亩) of land.
        Mu = "mu",
        /// Hectares.
        Hectare = "hectare",
        /// Metres.
        M = "m",
        /// Kilometres.
        Km = "km",
        /// Litres.
        L = "l",
        /// Cubic metres.
        CubicM = "cubic_m",
        /// Square metres.
        SqM = "sq_m",
        /// Square kilometres.
        SqKm = "sq_km",
        /// Kilometres per hour.
        KmPerH = "km_per_h",
        /// Canadian dollars (C$, CAD).
        Cad = "CAD",
        /// Australian dollars (A$, AUD).
        Aud = "AUD",
        /// New Zealand dollars (NZ$).
        Nzd = "NZD",
        /// Singapore dollars (S$).
        Sgd = "SGD",
        /// Mexican pesos (Mex$).
        Mxn = "MXN",
        /// Malaysian ringgit (RM).
        Myr = "MYR",
        /// South Korean won.
        Krw = "KRW",
        /// Thai baht.
        Thb = "THB",
        /// Philippine pesos.
        Php = "PHP",
        /// Myanmar kyat.
        Mmk = "MMK",
        /// Cambodian riel.
        Khr = "KHR",
        /// Macao patacas (MOP$).
        Mop = "MOP",
        /// Indian rupees.
        Inr = "INR",
        /// Tether (USDT), a virtual currency.
        Usdt = "USDT",
        /// Bitcoin.
        Btc = "BTC",
    }
}

impl Unit {
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
/// assert_eq!(arrests.noun.as_deref(), Some("current criminals"));
/// assert_eq!(money.text, "more than 360,000 yuan");
/// assert_eq!(money.value.as_u64(), Some(360_000));
/// assert_eq!((money.unit, money.qualifier), (Some(Unit::Cny), Qualifier::MoreThan));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Figure<'a> {
    /// The words of the figure, exactly as in the input.
    pub text: Cow<'a, str>,
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
    pub noun: Option<Cow<'a, str>>,
}

impl<'a> Figure<'a> {
    /// The counted noun as a slice of the parsed text: figures made by the
    /// scan always borrow it (an owned noun, read back from JSON, is `None`).
    pub(crate) fn noun_str(&self) -> Option<&'a str> {
        match &self.noun {
            Some(Cow::Borrowed(noun)) => Some(noun),
            _ => None,
        }
    }
}

/// What the scan found.
#[derive(Debug, Default)]
pub(crate) struct Scan<'a> {
    pub figures: Vec<Figure<'a>>,
    pub warnings: Vec<Warning>,
}

/// A nom result as the grammar snapshots print it: the value and the rest,
/// or `none`.
#[cfg(test)]
pub(crate) fn show<T: std::fmt::Debug>(r: nom::IResult<&str, T>) -> String {
    match r {
        Ok((rest, v)) => format!("{v:?} rest={rest:?}"),
        Err(_) => "none".into(),
    }
}

#[cfg(test)]
mod tests;
