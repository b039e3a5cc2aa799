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
//! # A walk through the output
//!
//! Parse with a reference date (relative dates like `July 2` resolve
//! against it), read the typed records, add them up exactly, and serialize:
//!
//! ```
//! use police_bulletin::{Decimal, Parser, SeizureKind, TallyKind};
//!
//! let text = "Fengtai police launched the “Summer Thunder” operation on July 2. \
//!             Officers arrested 36 suspects, captured 8 fugitives and detained \
//!             another 1.2 thousand suspects in follow-up raids. They seized \
//!             3.2 kilograms of heroin and froze more than 5.5 million yuan.";
//! let bulletin = Parser::new()
//!     .reference_date("2024-08-14".parse()?)
//!     .parse(text)?;
//!
//! // Every record says what it counts, with the figure as written.
//! for tally in &bulletin.tallies {
//!     println!("{:<10} {:>6} {}", tally.kind, tally.count.value, tally.what);
//! }
//! let arrests = bulletin
//!     .tallies
//!     .iter()
//!     .filter(|t| t.kind == TallyKind::Arrests)
//!     .try_fold(Decimal::ZERO, |sum, t| sum.checked_add(t.count.value))
//!     .expect("no overflow");
//! assert_eq!(arrests, Decimal::from_u64(1236));
//!
//! let heroin = &bulletin.seizures[0];
//! assert_eq!((heroin.kind, heroin.item.as_ref()), (SeizureKind::Drugs, "heroin"));
//! let op = &bulletin.operations[0];
//! assert_eq!((op.name.as_ref(), op.launched), ("Summer Thunder", Some("2024-07-02".parse()?)));
//!
//! // Every figure points back into the text it came from.
//! for figure in &bulletin.figures {
//!     assert_eq!(&text[figure.span.range()], figure.text);
//! }
//!
//! // The JSON shape is the output contract below.
//! let json = serde_json::to_value(&bulletin).unwrap();
//! assert_eq!(json["tallies"][0]["kind"], "arrests");
//! assert_eq!(json["figures"][0]["value"], 36);
//! # Ok::<(), police_bulletin::Error>(())
//! ```
//!
//! # The output contract
//!
//! Every quantity becomes a [`Figure`]: its exact [`Decimal`] value (never a
//! float on the way), its [`Unit`] (currency code, percent, kilograms...), its
//! [`Qualifier`] (`more than`, `nearly`...), its counted noun, and the byte
//! [`Span`] it came from, so `text == input[span]` always holds. Figures
//! bound to a verb and a counted noun become records: [`Tally`] (by
//! [`TallyKind`]), [`Seizure`] (by [`SeizureKind`] and [`SeizureAction`]),
//! [`FraudStats`], [`Trend`] (by [`Direction`] and [`Basis`]); named
//! campaigns become [`Operation`]s, enforcement bodies [`Agency`]s (by
//! [`AgencyLevel`]), and the header [`Meta`]. Each of those types documents
//! what its fields and variants mean; the enums' `as_str()` gives the
//! spelling used in JSON, and `FromStr` reads it back.
//!
//! [`Bulletin`] serializes with serde to this shape (every layer present,
//! empty or `null` when nothing was found), and deserializes from it:
//!
//! ```text
//! Bulletin {
//!   meta:       { title, published, source, editor, views }
//!   agencies:   [ { name, level, span } ]
//!   operations: [ { name, aliases, agency, launched, start, end, span } ]
//!   tallies:    [ { kind, what, count: Figure } ]
//!   seizures:   [ { kind, action, item, quantity: Figure|null, value: Figure|null } ]
//!   fraud:      FraudStats | null
//!   trends:     [ { metric, direction, percent, basis, span } ]
//!   figures:    [ Figure ]
//!   warnings:   [ { kind, message, span } ]
//! }
//! Figure { text, span: [start, end], value, max, unit, qualifier, noun }
//! ```
//!
//! Values are JSON numbers (integers exactly; fractions as the nearest
//! float), dates `YYYY-MM-DD`, spans byte offsets into the input.
//!
//! # Borrowing
//!
//! A parse allocates no strings: text fields are `Cow::Borrowed` slices of
//! the input. [`Bulletin::into_owned`] detaches a bulletin from its input.
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
pub mod grammar;
pub(crate) mod lex;
mod owned;
pub(crate) mod quantity;
pub(crate) mod record;
mod span;
mod spelling;
pub(crate) mod text;
mod warning;

pub use bulletin::{Bulletin, Parser};
pub use error::Error;
pub use quantity::{Date, Decimal, Figure, Qualifier, Time, Unit};
pub use record::{
    Agency, AgencyLevel, Basis, Direction, FraudStats, Meta, Operation, Seizure, SeizureAction,
    SeizureKind, Tally, TallyKind, Trend,
};
pub use span::Span;
pub use warning::{Warning, WarningKind};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Internals exposed for benchmarks only; not part of the public API.
/// Every record of `text` with the binder rule that made it: `(record,
/// span of its figure, rule)`, where the rule is `how the verb was found /
/// how the counted thing was found`. For reviewing the rules (the
/// `tests/rules.rs` snapshots); no part of the API.
#[doc(hidden)]
pub fn _explain(text: &str) -> Vec<(String, Span, String)> {
    record::bind::explain(text)
}

#[doc(hidden)]
pub mod _benchable {
    /// How many tokens the tokenizer gives for `text`.
    pub fn tokens(text: &str) -> usize {
        crate::lex::Tokens::new(text).all().len()
    }

    /// How many figures the figures layer finds in `text`.
    pub fn figures(text: &str) -> usize {
        crate::quantity::scan(&crate::lex::Tokens::new(text))
            .figures
            .len()
    }

    /// The figures layer alone: tokenize `text` once, then scan the tokens
    /// for figures `reps` times. Returns how many figures the scans found.
    pub fn figures_on_tokens(text: &str, reps: usize) -> usize {
        let tokens = crate::lex::Tokens::new(text);
        (0..reps)
            .map(|_| crate::quantity::scan(&tokens).figures.len())
            .sum()
    }

    /// How many agencies the agencies stage finds in `text`, run `reps`
    /// times on one tokenization (to time the stage alone).
    pub fn agencies(text: &str, reps: usize) -> usize {
        let tokens = crate::lex::Tokens::new(text);
        (0..reps)
            .map(|_| crate::record::agency::agencies(&tokens).len())
            .sum()
    }

    /// How many operations the operations stage finds in `text`, run `reps`
    /// times on one tokenization (to time the stage alone).
    pub fn operations(text: &str, reps: usize) -> usize {
        let tokens = crate::lex::Tokens::new(text);
        let sentences = crate::text::sentence::sentences(&tokens);
        let agencies = crate::record::agency::agencies(&tokens);
        (0..reps)
            .map(|_| {
                crate::record::operation::operations(&tokens, &sentences, &agencies, None).len()
            })
            .sum()
    }

    /// Run the metadata stage `reps` times on one tokenization of `text`
    /// (to time the stage alone); how many fields it found.
    pub fn meta(text: &str, reps: usize) -> usize {
        let tokens = crate::lex::Tokens::new(text);
        let mut n = 0;
        for _ in 0..reps {
            let (m, _) = crate::record::meta::meta(std::hint::black_box(&tokens));
            n += usize::from(m.title.is_some()) + usize::from(m.source.is_some());
        }
        n
    }

    /// Find the quotes of `text` `reps` times; how many there are.
    pub fn quotes(text: &str, reps: usize) -> usize {
        let mut n = 0;
        for _ in 0..reps {
            n += crate::text::quotes(std::hint::black_box(text), 120).len();
        }
        n
    }

    /// Split `text` into sentences `reps` times on one tokenization of it;
    /// how many sentences it holds.
    pub fn sentences(text: &str, reps: usize) -> usize {
        let tokens = crate::lex::Tokens::new(text);
        let mut n = 0;
        for _ in 0..reps {
            n += crate::text::sentence::sentences(std::hint::black_box(&tokens)).len();
        }
        n
    }
}
