//! Warnings: things noticed while reading a bulletin that a careful analyst
//! should look at, each pointing at the text that raised it.

use serde::{Deserialize, Serialize};

use crate::spelling::spelled_enum;
use crate::Span;

spelled_enum! {
    /// What a [`Warning`] is about. Match on this, not on the message.
    ///
    /// # Example
    ///
    /// ```
    /// use police_bulletin::{Bulletin, WarningKind};
    /// let b = Bulletin::parse("Fines of 99999999999999999999999 yuan were imposed.")?;
    /// assert_eq!(b.warnings[0].kind, WarningKind::NumberTooLarge);
    /// assert_eq!(b.warnings[0].kind.to_string(), "number_too_large");
    /// # Ok::<(), police_bulletin::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum WarningKind {
        /// A number too large (or too precise) to hold exactly: the figure
        /// was dropped rather than given a different value.
        NumberTooLarge = "number_too_large",
        /// A run of digits too long to be a count (an ID or a code?) where
        /// a count was expected: dropped, not read as a number.
        OverlongNumber = "overlong_number",
        /// A record bound from machine-translated word order (the counted
        /// noun before its number): likely right, worth a look.
        MachineTranslatedOrder = "machine_translated_order",
        /// A rate over 100%.
        RateOver100 = "rate_over_100",
        /// A money figure and its converted twin imply an exchange rate far
        /// from any real one.
        ImplausibleConversion = "implausible_conversion",
        /// More hazards rectified than found.
        RectifiedOverFound = "rectified_over_found",
    }
}

/// An ambiguity, an impossible value or a self-contradiction in the text.
///
/// Warnings never stop a parse: the rest of the bulletin is still read.
///
/// # Example
///
/// ```
/// let text = "fines of 99999999999999999999999 yuan";
/// let b = police_bulletin::Bulletin::parse(text).unwrap();
/// assert!(b.figures.is_empty());
/// assert_eq!(b.warnings[0].kind, police_bulletin::WarningKind::NumberTooLarge);
/// assert_eq!(&text[b.warnings[0].span.range()], "99999999999999999999999 yuan");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Warning {
    /// What kind of problem it is.
    pub kind: WarningKind,
    /// What is wrong, in lowercase English.
    pub message: String,
    /// The text that raised it.
    pub span: Span,
}

impl Warning {
    pub(crate) fn new(kind: WarningKind, message: impl Into<String>, span: Span) -> Self {
        Warning {
            kind,
            message: message.into(),
            span,
        }
    }
}
