//! Typed tables of a corpus run, and a streaming Parquet writer over them.
//!
//! A corpus run becomes nine flat tables, one Parquet file each, that
//! DuckDB, Spark, pandas or polars read without any flattening:
//!
//! | table        | one row per                              |
//! |--------------|------------------------------------------|
//! | `documents`  | document, failed or not (meta, counts, `error`) |
//! | `figures`    | figure                                   |
//! | `tallies`    | tally (its count's figure columns inline) |
//! | `seizures`   | seizure (`quantity_*` and `value_*` figures) |
//! | `fraud`      | fraud field that holds a figure          |
//! | `trends`     | trend                                    |
//! | `operations` | operation                                |
//! | `agencies`   | agency                                   |
//! | `warnings`   | warning                                  |
//!
//! Every row carries the document `id` and, except in `documents`, its byte
//! span in the document (`start`, `end`, or `quantity_start`... for the
//! figures of a seizure) and its position `idx` in its layer (fraud rows
//! are keyed by `field` instead).
//!
//! # Types
//!
//! - Exact values (`value`, `max`, `percent`...) are `Decimal128(38, 18)`:
//!   the crate's [`Decimal`] keeps at most 18 fractional digits and an
//!   integer part of at most `u64::MAX` (20 digits), so 20 + 18 = 38 digits,
//!   the widest a `Decimal128` holds, stores every value exactly. A `_f64`
//!   column beside each holds the nearest float, for convenience.
//! - Kinds (of tallies, seizures and warnings), actions, units, qualifiers,
//!   levels, directions, bases and fraud fields are dictionary-encoded strings (`Dictionary(Int32, Utf8)`),
//!   spelled as the library's `as_str()`.
//! - Dates are `Date32`; spans, views `Int64`; positions and counts `Int32`.
//!   (A view count over `i64::MAX` would be null; none is that large.)
//!
//! # Streaming
//!
//! [`Rows`] gathers the rows of some documents in arrow builders; it is
//! `Send`, so worker threads can fill one each while the bulletins they
//! borrow from are alive. [`ParquetSink`] writes gathered rows to the nine
//! files, closing a row group every [`ParquetSink::with_row_group_rows`]
//! rows, or sooner when a table's pending row group passes
//! [`ROW_GROUP_BYTES`], so memory stays flat on any corpus size.

use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::builder::{
    Date32Builder, Decimal128Builder, Float64Builder, Int32Builder, Int64Builder, ListBuilder,
    StringBuilder, StringDictionaryBuilder,
};
use arrow_array::types::Int32Type;
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::errors::ParquetError;
use parquet::file::properties::WriterProperties;
use police_bulletin::{Bulletin, Date, Decimal, Figure, Span};

/// Precision of the exact-value columns: every [`Decimal`] fits (see the module docs).
pub const DECIMAL_PRECISION: u8 = 38;
/// Scale of the exact-value columns: the library's largest number of fractional digits.
pub const DECIMAL_SCALE: i8 = 18;
/// The default number of rows in a row group.
pub const DEFAULT_ROW_GROUP_ROWS: usize = 1 << 17;
/// A table's row group is closed early once its encoded size passes this.
pub const ROW_GROUP_BYTES: usize = 8 << 20;
/// [`ParquetSink::write`] hands its buffered rows to the writers at this many rows.
pub const BATCH_ROWS: usize = 8192;

/// One of the nine tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    /// One row per document.
    Documents,
    /// One row per figure.
    Figures,
    /// One row per tally.
    Tallies,
    /// One row per seizure.
    Seizures,
    /// One row per fraud field present.
    Fraud,
    /// One row per trend.
    Trends,
    /// One row per operation.
    Operations,
    /// One row per agency.
    Agencies,
    /// One row per warning.
    Warnings,
}

impl Table {
    /// Every table, in file order.
    pub const ALL: [Table; 9] = [
        Table::Documents,
        Table::Figures,
        Table::Tallies,
        Table::Seizures,
        Table::Fraud,
        Table::Trends,
        Table::Operations,
        Table::Agencies,
        Table::Warnings,
    ];

    /// The table's name, which is also its file's stem (`figures.parquet`).
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Figures => "figures",
            Table::Tallies => "tallies",
            Table::Seizures => "seizures",
            Table::Fraud => "fraud",
            Table::Trends => "trends",
            Table::Operations => "operations",
            Table::Agencies => "agencies",
            Table::Warnings => "warnings",
        }
    }

    /// The table's columns.
    pub fn schema(self) -> SchemaRef {
        use DataType::{Date32, Float64, Int32, Int64, Utf8};
        let col = |name: &str, ty: DataType, nullable: bool| Field::new(name, ty, nullable);
        let mut fields = vec![col("id", Utf8, false)];
        match self {
            Table::Documents => {
                fields.extend([
                    col("error", Utf8, true),
                    col("title", Utf8, true),
                    col("published", Date32, true),
                    col("source", Utf8, true),
                    col("editor", Utf8, true),
                    col("views", Int64, true),
                ]);
                // Per-layer counts, null for a failed document.
                for layer in COUNTED_LAYERS {
                    fields.push(col(layer, Int32, true));
                }
            }
            Table::Figures => {
                fields.push(col("idx", Int32, false));
                fields.extend(figure_fields("", false));
            }
            Table::Tallies => {
                fields.extend([
                    col("idx", Int32, false),
                    col("kind", dict(), false),
                    col("what", Utf8, false),
                ]);
                fields.extend(figure_fields("", false));
            }
            Table::Seizures => {
                fields.extend([
                    col("idx", Int32, false),
                    col("kind", dict(), false),
                    col("action", dict(), false),
                    col("item", Utf8, false),
                ]);
                fields.extend(figure_fields("quantity_", true));
                fields.extend(figure_fields("value_", true));
            }
            Table::Fraud => {
                fields.push(col("field", dict(), false));
                fields.extend(figure_fields("", false));
            }
            Table::Trends => fields.extend([
                col("idx", Int32, false),
                col("metric", Utf8, false),
                col("direction", dict(), false),
                col("percent", decimal(), false),
                col("percent_f64", Float64, false),
                col("basis", dict(), true),
                col("start", Int64, false),
                col("end", Int64, false),
            ]),
            Table::Operations => fields.extend([
                col("idx", Int32, false),
                col("name", Utf8, false),
                col("aliases", string_list(), false),
                col("agency", Utf8, true),
                col("launched", Date32, true),
                col("start_date", Date32, true),
                col("end_date", Date32, true),
                col("start", Int64, false),
                col("end", Int64, false),
            ]),
            Table::Agencies => fields.extend([
                col("idx", Int32, false),
                col("name", Utf8, false),
                col("level", dict(), false),
                col("start", Int64, false),
                col("end", Int64, false),
            ]),
            Table::Warnings => fields.extend([
                col("idx", Int32, false),
                col("kind", dict(), false),
                col("message", Utf8, false),
                col("start", Int64, false),
                col("end", Int64, false),
            ]),
        }
        Arc::new(Schema::new(fields))
    }
}

/// The layers counted in `documents`, in column order.
const COUNTED_LAYERS: [&str; 8] = [
    "agencies",
    "operations",
    "tallies",
    "seizures",
    "fraud",
    "trends",
    "figures",
    "warnings",
];

fn dict() -> DataType {
    DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8))
}

fn decimal() -> DataType {
    DataType::Decimal128(DECIMAL_PRECISION, DECIMAL_SCALE)
}

fn string_list() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

/// The columns of one figure. `prefix` is empty, `quantity_` or `value_`;
/// the exact number is `value` without a prefix, else the prefix's word.
fn figure_fields(prefix: &str, nullable: bool) -> Vec<Field> {
    use DataType::{Float64, Int64, Utf8};
    let number = number_column(prefix);
    vec![
        Field::new(format!("{prefix}text"), Utf8, nullable),
        Field::new(format!("{prefix}start"), Int64, nullable),
        Field::new(format!("{prefix}end"), Int64, nullable),
        Field::new(&number, decimal(), true),
        Field::new(format!("{number}_f64"), Float64, nullable),
        Field::new(format!("{prefix}max"), decimal(), true),
        Field::new(format!("{prefix}max_f64"), Float64, true),
        Field::new(format!("{prefix}unit"), dict(), true),
        Field::new(format!("{prefix}qualifier"), dict(), nullable),
        Field::new(format!("{prefix}noun"), Utf8, true),
    ]
}

fn number_column(prefix: &str) -> String {
    match prefix.strip_suffix('_') {
        Some(word) => word.to_string(),
        None => "value".to_string(),
    }
}

/// An error writing the tables.
#[derive(Debug)]
pub enum Error {
    /// Creating the output directory or a file failed.
    Io(PathBuf, std::io::Error),
    /// Building a batch failed (a bug: the columns disagree with the schema).
    Arrow(ArrowError),
    /// Encoding or writing Parquet failed.
    Parquet(ParquetError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(path, e) => write!(f, "{}: {e}", path.display()),
            Error::Arrow(e) => write!(f, "building a table: {e}"),
            Error::Parquet(e) => write!(f, "writing Parquet: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(_, e) => Some(e),
            Error::Arrow(e) => Some(e),
            Error::Parquet(e) => Some(e),
        }
    }
}

impl From<ArrowError> for Error {
    fn from(e: ArrowError) -> Self {
        Error::Arrow(e)
    }
}

impl From<ParquetError> for Error {
    fn from(e: ParquetError) -> Self {
        Error::Parquet(e)
    }
}

/// Days since 1970-01-01, as `Date32` stores a date.
pub fn date32(date: Date) -> i32 {
    // A u16 year keeps this far inside i32.
    date.days_since_unix_epoch() as i32
}

/// `value * 10^18` as the `Decimal128(38, 18)` column stores it, read from
/// the value's exact decimal digits; `None` only if it had more than 18
/// fractional digits or 38 digits in all, which the library never produces.
pub fn decimal128(value: Decimal) -> Option<i128> {
    let mut buf = String::with_capacity(48);
    decimal128_with(value, &mut buf)
}

fn decimal128_with(value: Decimal, buf: &mut String) -> Option<i128> {
    buf.clear();
    write!(buf, "{value}").ok()?;
    let (negative, digits) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let scale = DECIMAL_SCALE as usize;
    if int.is_empty() || frac.len() > scale {
        return None;
    }
    let mut n: i128 = 0;
    let padding = std::iter::repeat_n(b'0', scale - frac.len());
    for b in int.bytes().chain(frac.bytes()).chain(padding) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    if n >= 10i128.pow(u32::from(DECIMAL_PRECISION)) {
        return None;
    }
    Some(if negative { -n } else { n })
}

fn span_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn count_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

type DictBuilder = StringDictionaryBuilder<Int32Type>;

fn decimal_builder() -> Decimal128Builder {
    Decimal128Builder::new().with_data_type(decimal())
}

mod rows;
mod sink;
#[cfg(test)]
mod tests;

pub use rows::{Counts, Rows};
pub use sink::ParquetSink;
