//! The calendar values the output holds: [`Date`] (`YYYY-MM-DD`) and
//! [`Time`] (`HH:MM[:SS]`), with their text forms and serde. The grammar
//! that reads them from bulletins is [`super::date`].

use std::fmt;
use std::str::FromStr;

use super::date::{iso_date, time_of_day, DatePhrase};
use crate::Error;

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
        (1..=days_in_month(year, month))
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

    /// Days since 1970-01-01 (negative before it), as Arrow's `Date32` and
    /// most databases count them. Proleptic Gregorian, whole numbers only.
    ///
    /// ```
    /// use police_bulletin::Date;
    /// assert_eq!("1970-01-02".parse::<Date>()?.days_since_unix_epoch(), 1);
    /// assert_eq!("2024-08-14".parse::<Date>()?.days_since_unix_epoch(), 19_949);
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    pub fn days_since_unix_epoch(self) -> i64 {
        // The days-from-civil algorithm.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
    pub(crate) fn weekday(self) -> u8 {
        ((self.days_since_unix_epoch() + 3).rem_euclid(7)) as u8
    }

    /// The date `n` days earlier (n < 7 in practice).
    pub(crate) fn minus_days(self, n: u8) -> Option<Date> {
        let mut d = self;
        for _ in 0..n {
            d = if d.day > 1 {
                Date {
                    day: d.day - 1,
                    ..d
                }
            } else if d.month > 1 {
                Date {
                    month: d.month - 1,
                    day: days_in_month(d.year, d.month - 1),
                    ..d
                }
            } else {
                Date {
                    year: d.year.checked_sub(1)?,
                    month: 12,
                    day: 31,
                }
            };
        }
        Some(d)
    }
}

/// The days of `month` of `year` (0 for no month).
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parse `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Error> {
        match iso_date(s) {
            Ok((
                "",
                DatePhrase::Day {
                    year: Some(y),
                    month,
                    day,
                },
            )) if s.len() == 10 && s.as_bytes()[4] == b'-' => {
                Date::new(y, month, day).ok_or_else(|| Error::bad_date(s))
            }
            _ => Err(Error::bad_date(s)),
        }
    }
}

impl serde::Serialize for Date {
    /// As `YYYY-MM-DD`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    /// From `YYYY-MM-DD`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day as a bulletin states it (`08:37:33`, `16:04`), with its
/// seconds only when written.
///
/// # Example
///
/// ```
/// use police_bulletin::Time;
/// let t: Time = "08:37:33".parse()?;
/// assert_eq!((t.hour(), t.minute(), t.second()), (8, 37, Some(33)));
/// assert_eq!("16:04".parse::<Time>()?.to_string(), "16:04");
/// assert!("24:00".parse::<Time>().is_err());
/// # Ok::<(), police_bulletin::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    hour: u8,
    minute: u8,
    second: Option<u8>,
}

impl Time {
    /// A time, or `None` when it is not one (hour 0-23, minute and second
    /// 0-59).
    pub fn new(hour: u8, minute: u8, second: Option<u8>) -> Option<Self> {
        (hour < 24 && minute < 60 && second.map_or(true, |s| s < 60)).then_some(Time {
            hour,
            minute,
            second,
        })
    }

    /// The hour, 0 to 23.
    pub fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    pub fn minute(self) -> u8 {
        self.minute
    }

    /// The second, when it was written.
    pub fn second(self) -> Option<u8> {
        self.second
    }
}

impl FromStr for Time {
    type Err = Error;

    /// Parse `HH:MM` or `HH:MM:SS`.
    fn from_str(s: &str) -> Result<Self, Error> {
        match time_of_day(s) {
            Ok(("", t)) => Ok(t),
            _ => Err(Error::bad_time(s)),
        }
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        match self.second {
            Some(s) => write!(f, ":{s:02}"),
            None => Ok(()),
        }
    }
}

impl serde::Serialize for Time {
    /// As `HH:MM` or `HH:MM:SS`, as written.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Time {
    /// From `HH:MM` or `HH:MM:SS`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
