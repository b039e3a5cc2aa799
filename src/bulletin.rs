//! The entry points: [`Bulletin::parse`] and the [`Parser`] builder.

use serde::{Deserialize, Serialize};

use crate::lex::Tokens;
use crate::record::{Agency, FraudStats, Meta, Operation, Seizure, Tally, Trend};
use crate::{quantity, record, text, Date, Error, Figure, Warning};

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Parses bulletins with settings: a reference date and an input size limit.
///
/// # Example
///
/// ```
/// use police_bulletin::Parser;
/// let parser = Parser::new()
///     .reference_date("2024-08-14".parse()?)
///     .max_input_len(1 << 20);
/// let b = parser.parse("A total of 42 checkpoints were set up.")?;
/// assert_eq!(b.figures[0].noun.as_deref(), Some("checkpoints"));
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
    /// The largest input any parser accepts: 4 GiB - 1 bytes.
    ///
    /// ```
    /// use police_bulletin::Parser;
    /// let unlimited = Parser::new().max_input_len(usize::MAX);
    /// assert_eq!(unlimited, Parser::new().max_input_len(Parser::MAX_INPUT_LEN));
    /// ```
    pub const MAX_INPUT_LEN: usize = u32::MAX as usize;

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
    ///
    /// The limit is at most [`Parser::MAX_INPUT_LEN`] (4 GiB - 1, spans are
    /// kept as 32-bit offsets internally); a larger `len` is taken as that.
    pub fn max_input_len(mut self, len: usize) -> Self {
        self.max_input_len = len.min(Self::MAX_INPUT_LEN);
        self
    }

    /// Parse one bulletin.
    // Kept out of line: `benches/stages.sh` finds it by name.
    #[inline(never)]
    pub fn parse<'a>(&self, text: &'a str) -> Result<Bulletin<'a>, Error> {
        if text.len() > self.max_input_len {
            return Err(Error::too_large(text.len(), self.max_input_len));
        }
        // A publication date the text states wins over the caller's.
        // One pass over the bytes; every stage reads these tokens.
        let tokens = Tokens::new(text);
        let (meta, published) = record::meta::meta(&tokens);
        let reference = published.or(self.reference_date);
        let agencies = record::agency::agencies(&tokens);
        // Sentences are split once, for the operations and the records.
        let sentences = text::sentence::sentences(&tokens);
        let operations = record::operation::operations(&tokens, &sentences, &agencies, reference);
        let scan = quantity::scan(&tokens);
        let records = record::bind::build(&tokens, &sentences, &scan.figures);
        let mut warnings = scan.warnings;
        warnings.extend(records.warnings);
        warnings.sort_by_key(|w| w.span);
        Ok(Bulletin {
            tallies: records.tallies,
            seizures: records.seizures,
            fraud: records.fraud,
            trends: records.trends,
            meta,
            agencies,
            operations,
            figures: scan.figures,
            warnings,
        })
    }

    /// Parse raw bytes, which must be UTF-8. The error names the byte offset
    /// of the first invalid sequence.
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Bulletin<'a>, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
        self.parse(text)
    }
}
