//! Warnings: things noticed while reading a bulletin that a careful analyst
//! should look at, each pointing at the text that raised it.

use serde::{Deserialize, Serialize};

use crate::Span;

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
/// assert_eq!(&text[b.warnings[0].span.range()], "99999999999999999999999 yuan");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Warning {
    /// What is wrong, in lowercase English.
    pub message: String,
    /// The text that raised it.
    pub span: Span,
}

impl Warning {
    pub(crate) fn new(message: impl Into<String>, span: Span) -> Self {
        Warning {
            message: message.into(),
            span,
        }
    }
}
