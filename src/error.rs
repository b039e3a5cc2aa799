//! The one error type: what stops a parse before it starts.
//!
//! Anything that goes wrong *inside* a bulletin (an ambiguous binding, a
//! number too large to hold) is a [`Warning`](crate::Warning) on the result,
//! never an `Error`.

/// Why a document could not be parsed at all.
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
    #[error("invalid reference date {found:?}: expected YYYY-MM-DD")]
    BadDate { found: String },
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
            found: found.chars().take(40).collect(),
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
