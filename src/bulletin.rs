//! The entry points: [`Bulletin::parse`] and the [`Parser`] builder.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::record::{Agency, FraudStats, Meta, Operation, Seizure, Tally, Trend};
use crate::{quantity, record, Error, Figure, Warning};

/// Everything extracted from one bulletin. Serializes to the JSON shape of
/// the SPEC, with every layer present (empty when nothing was found).
///
/// Borrows from the input: `text`, `noun` and name fields are slices of it.
///
/// # Example
///
/// ```
/// use police_bulletin::Bulletin;
/// let b = Bulletin::parse("Police arrested 247,000 suspects, up 32.7% year on year.")?;
/// assert_eq!(b.figures.len(), 2);
/// assert_eq!(b.figures[0].value.as_u64(), Some(247_000));
/// let json = serde_json::to_value(&b).unwrap();
/// assert_eq!(json["figures"][1]["unit"], "percent");
/// assert!(json["fraud"].is_null());
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Bulletin<'a> {
    /// Headline, publication date, source, editor, views.
    pub meta: Meta<'a>,
    /// Enforcement bodies named.
    pub agencies: Vec<Agency<'a>>,
    /// Named campaigns.
    pub operations: Vec<Operation<'a>>,
    /// Enforcement counts.
    pub tallies: Vec<Tally<'a>>,
    /// What was seized, confiscated, recovered or frozen.
    pub seizures: Vec<Seizure<'a>>,
    /// Telecom and online fraud figures, when the text has any.
    pub fraud: Option<FraudStats<'a>>,
    /// Changes over time.
    pub trends: Vec<Trend<'a>>,
    /// Every quantity in the text, in order.
    pub figures: Vec<Figure<'a>>,
    /// Ambiguities and self-contradictions noticed.
    pub warnings: Vec<Warning>,
}

impl<'a> Bulletin<'a> {
    /// Parse one bulletin with the default [`Parser`].
    ///
    /// Fails only when the input is over the default size limit; any text,
    /// even an empty one, gives a `Bulletin`.
    pub fn parse(text: &'a str) -> Result<Self, Error> {
        Parser::new().parse(text)
    }
}

/// A calendar date, used as the reference date of a bulletin.
///
/// # Example
///
/// ```
/// use police_bulletin::Date;
/// let d: Date = "2024-08-14".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2024, 8, 14));
/// assert_eq!(d.to_string(), "2024-08-14");
/// assert!("2024-02-30".parse::<Date>().is_err());
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, or `None` when the day does not exist.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parse `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let b = s.as_bytes();
        let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
        let num = |r: std::ops::Range<usize>| {
            s.get(r)
                .filter(|t| t.bytes().all(|c| c.is_ascii_digit()))
                .and_then(|t| t.parse().ok())
        };
        let parts = (num(0..4), num(5..7), num(8..10));
        match parts {
            (Some(y), Some(m), Some(d)) if ok => Date::new(
                y,
                u8::try_from(m).unwrap_or(0),
                u8::try_from(d).unwrap_or(0),
            )
            .ok_or_else(|| Error::bad_date(s)),
            _ => Err(Error::bad_date(s)),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses bulletins with settings: a reference date and an input size limit.
///
/// # Example
///
/// ```
/// use police_bulletin::Parser;
/// let parser = Parser::new()
///     .reference_date("2024-08-14".parse()?)
///     .max_input_len(1 << 20);
/// let b = parser.parse("A total of 30 checkpoints were set up.")?;
/// assert_eq!(b.figures[0].noun, Some("checkpoints"));
/// assert!(parser.parse(&"x".repeat(2 << 20)).unwrap_err().is_too_large());
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parser {
    reference_date: Option<Date>,
    max_input_len: usize,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// The default input size limit: 64 MiB.
    pub const DEFAULT_MAX_INPUT_LEN: usize = 64 << 20;

    /// A parser with no reference date and the default size limit.
    pub fn new() -> Self {
        Parser {
            reference_date: None,
            max_input_len: Self::DEFAULT_MAX_INPUT_LEN,
        }
    }

    /// The date the bulletin was published, used to resolve relative dates
    /// (`July 2`, `this year`). A publication date stated in the text wins.
    pub fn reference_date(mut self, date: Date) -> Self {
        self.reference_date = Some(date);
        self
    }

    /// Reject inputs longer than `len` bytes with an error.
    pub fn max_input_len(mut self, len: usize) -> Self {
        self.max_input_len = len;
        self
    }

    /// Parse one bulletin.
    pub fn parse<'a>(&self, text: &'a str) -> Result<Bulletin<'a>, Error> {
        if text.len() > self.max_input_len {
            return Err(Error::too_large(text.len(), self.max_input_len));
        }
        let scan = quantity::scan(text);
        let records = record::bind::build(text, &scan.figures);
        let mut warnings = scan.warnings;
        warnings.extend(records.warnings);
        warnings.sort_by_key(|w| w.span);
        Ok(Bulletin {
            tallies: records.tallies,
            seizures: records.seizures,
            fraud: records.fraud,
            trends: records.trends,
            figures: scan.figures,
            warnings,
            ..Bulletin::default()
        })
    }

    /// Parse raw bytes, which must be UTF-8. The error names the byte offset
    /// of the first invalid sequence.
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Bulletin<'a>, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
        self.parse(text)
    }
}
