//! Turn English police and public-security bulletins, including awkward
//! machine translations from Chinese, into typed, exact statistics.
//!
//! ```
//! let text = "The bureau dispatched 4,216 police officers and seized 1.5 tons of drugs.";
//! let bulletin = police_bulletin::Bulletin::parse(text)?;
//! assert_eq!(bulletin.figures[1].value.as_u64(), Some(1500)); // kilograms
//! # Ok::<(), police_bulletin::Error>(())
//! ```
//!
//! Every quantity becomes a [`Figure`]: its exact [`Decimal`] value (never a
//! float on the way), its [`Unit`] (currency code, percent, kilograms...), its
//! [`Qualifier`] (`more than`, `nearly`...), its counted noun, and the byte
//! [`Span`] it came from, so `text == input[span]` always holds.
//! [`Bulletin`] serializes with serde to the JSON shape in the project SPEC.
//!
//! # Scope
//!
//! - Reads English text with stray Chinese numerals and units; it does not
//!   translate or read whole Chinese sentences.
//! - Extracts what the text states; it never computes totals or fills gaps.
//! - Never reads the clock: relative dates resolve against the reference date
//!   you give ([`Parser::reference_date`]).
//! - No panics on any input, and time linear in the input length.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod bulletin;
mod error;
mod owned;
pub(crate) mod quantity;
pub mod record;
mod span;
mod spelling;
pub(crate) mod text;
mod warning;

pub use bulletin::{Bulletin, Parser};
pub use error::Error;
pub use quantity::{Date, Decimal, Figure, Qualifier, Unit};
pub use record::{
    Agency, AgencyLevel, Basis, Direction, FraudStats, Meta, Operation, Seizure, SeizureAction,
    SeizureKind, Tally, TallyKind, Trend,
};
pub use span::Span;
pub use warning::Warning;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Internals exposed for benchmarks only; not part of the public API.
#[doc(hidden)]
pub mod _benchable {
    /// How many figures the figures layer finds in `text`.
    pub fn figures(text: &str) -> usize {
        crate::quantity::scan(text).figures.len()
    }
}
