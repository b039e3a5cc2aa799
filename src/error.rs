//! The one error type: what stops a parse before it starts, and what a
//! value read back from its written form (`"2024-08-14"`, `"arrests"`,
//! `"5500000"`) reports when the string is not one.
//!
//! Anything that goes wrong *inside* a bulletin (an ambiguous binding, a
//! number too large to hold) is a [`Warning`](crate::Warning) on the result,
//! never an `Error`.

/// Why a document could not be parsed at all, or why a string is not the
/// written form of a [`Date`](crate::Date), [`Decimal`](crate::Decimal) or
/// one of the crate's enums.
///
/// # Example
///
/// ```
/// let err = police_bulletin::Parser::new()
///     .parse_bytes(b"ok \xFF bad")
///     .unwrap_err();
/// assert_eq!(err.to_string(), "input is not valid UTF-8: invalid byte at offset 3");
/// assert_eq!(err.byte_offset(), Some(3));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error(#[from] Kind);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Kind {
    #[error("input is not valid UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("input is {len} bytes, over the configured limit of {limit} bytes")]
    TooLarge { len: usize, limit: usize },
    #[error("invalid date {found:?}: expected YYYY-MM-DD")]
    BadDate { found: String },
    #[error("invalid time {found:?}: expected HH:MM or HH:MM:SS")]
    BadTime { found: String },
    #[error("invalid number {found:?}: expected digits with an optional sign and fraction, like 5500000, -3.2 or 0.3")]
    BadNumber { found: String },
    #[error("unknown {what} {found:?}: expected one of {expected}")]
    UnknownName {
        what: &'static str,
        found: String,
        expected: String,
    },
}

/// At most 40 characters of what was found, for an error message.
fn excerpt(found: &str) -> String {
    found.chars().take(40).collect()
}

impl Error {
    pub(crate) fn invalid_utf8(offset: usize) -> Self {
        Error(Kind::InvalidUtf8 { offset })
    }

    pub(crate) fn too_large(len: usize, limit: usize) -> Self {
        Error(Kind::TooLarge { len, limit })
    }

    pub(crate) fn bad_date(found: &str) -> Self {
        Error(Kind::BadDate {
            found: excerpt(found),
        })
    }

    pub(crate) fn bad_time(found: &str) -> Self {
        Error(Kind::BadTime {
            found: excerpt(found),
        })
    }

    pub(crate) fn bad_number(found: &str) -> Self {
        Error(Kind::BadNumber {
            found: excerpt(found),
        })
    }

    pub(crate) fn unknown_name(what: &'static str, found: &str, expected: &[&str]) -> Self {
        Error(Kind::UnknownName {
            what,
            found: excerpt(found),
            expected: expected.join(", "),
        })
    }

    /// For invalid UTF-8, the byte offset of the first invalid sequence.
    pub fn byte_offset(&self) -> Option<usize> {
        match self.0 {
            Kind::InvalidUtf8 { offset } => Some(offset),
            _ => None,
        }
    }

    /// Whether the input was rejected for exceeding the size limit.
    pub fn is_too_large(&self) -> bool {
        matches!(self.0, Kind::TooLarge { .. })
    }
}
