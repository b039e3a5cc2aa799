//! Byte spans into the caller's text.

use serde::{Deserialize, Deserializer, Serialize};

/// A half-open byte range `start..end` into the text a [`Bulletin`](crate::Bulletin)
/// was parsed from. Serializes as `[start, end]`.
///
/// Both ends always lie on `char` boundaries, so `&text[span.range()]` never
/// panics for the text the span came from.
///
/// # Example
///
/// ```
/// let text = "Police seized 2.5 kg of heroin.";
/// let bulletin = police_bulletin::Bulletin::parse(text).unwrap();
/// let span = bulletin.figures[0].span;
/// assert_eq!(&text[span.range()], "2.5 kg");
/// assert_eq!((span.start, span.end), (14, 20));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    /// Reads `[start, end]`, rejecting `end < start`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(deserializer)?;
        if end < start {
            return Err(serde::de::Error::custom(format!(
                "span end {end} is before its start {start}"
            )));
        }
        Ok(Span { start, end })
    }
}
