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

/// Builders for the columns of one figure (see [`figure_fields`]).
struct FigureCols {
    text: StringBuilder,
    start: Int64Builder,
    end: Int64Builder,
    value: Decimal128Builder,
    value_f64: Float64Builder,
    max: Decimal128Builder,
    max_f64: Float64Builder,
    unit: DictBuilder,
    qualifier: DictBuilder,
    noun: StringBuilder,
}

impl FigureCols {
    fn new() -> Self {
        FigureCols {
            text: StringBuilder::new(),
            start: Int64Builder::new(),
            end: Int64Builder::new(),
            value: decimal_builder(),
            value_f64: Float64Builder::new(),
            max: decimal_builder(),
            max_f64: Float64Builder::new(),
            unit: DictBuilder::new(),
            qualifier: DictBuilder::new(),
            noun: StringBuilder::new(),
        }
    }

    fn push(&mut self, figure: Option<&Figure<'_>>, buf: &mut String) {
        let Some(f) = figure else {
            self.text.append_null();
            self.start.append_null();
            self.end.append_null();
            self.value.append_null();
            self.value_f64.append_null();
            self.max.append_null();
            self.max_f64.append_null();
            self.unit.append_null();
            self.qualifier.append_null();
            self.noun.append_null();
            return;
        };
        self.text.append_value(&f.text);
        self.start.append_value(span_i64(f.span.start));
        self.end.append_value(span_i64(f.span.end));
        self.value.append_option(decimal128_with(f.value, buf));
        self.value_f64.append_value(f.value.to_f64());
        self.max
            .append_option(f.max.and_then(|m| decimal128_with(m, buf)));
        self.max_f64.append_option(f.max.map(Decimal::to_f64));
        self.unit.append_option(f.unit.map(|u| u.as_str()));
        self.qualifier.append_value(f.qualifier.as_str());
        self.noun.append_option(f.noun.as_deref());
    }

    fn finish(&mut self, out: &mut Vec<ArrayRef>) {
        out.push(Arc::new(self.text.finish()));
        out.push(Arc::new(self.start.finish()));
        out.push(Arc::new(self.end.finish()));
        out.push(Arc::new(self.value.finish()));
        out.push(Arc::new(self.value_f64.finish()));
        out.push(Arc::new(self.max.finish()));
        out.push(Arc::new(self.max_f64.finish()));
        out.push(Arc::new(self.unit.finish()));
        out.push(Arc::new(self.qualifier.finish()));
        out.push(Arc::new(self.noun.finish()));
    }
}

/// Builders for a span's two columns.
struct SpanCols {
    start: Int64Builder,
    end: Int64Builder,
}

impl SpanCols {
    fn new() -> Self {
        SpanCols {
            start: Int64Builder::new(),
            end: Int64Builder::new(),
        }
    }

    fn push(&mut self, span: Span) {
        self.start.append_value(span_i64(span.start));
        self.end.append_value(span_i64(span.end));
    }

    fn finish(&mut self, out: &mut Vec<ArrayRef>) {
        out.push(Arc::new(self.start.finish()));
        out.push(Arc::new(self.end.finish()));
    }
}

struct DocumentCols {
    id: StringBuilder,
    error: StringBuilder,
    title: StringBuilder,
    published: Date32Builder,
    source: StringBuilder,
    editor: StringBuilder,
    views: Int64Builder,
    counts: [Int32Builder; COUNTED_LAYERS.len()],
}

struct FigureTable {
    id: StringBuilder,
    idx: Int32Builder,
    figure: FigureCols,
}

struct TallyTable {
    id: StringBuilder,
    idx: Int32Builder,
    kind: DictBuilder,
    what: StringBuilder,
    count: FigureCols,
}

struct SeizureTable {
    id: StringBuilder,
    idx: Int32Builder,
    kind: DictBuilder,
    action: DictBuilder,
    item: StringBuilder,
    quantity: FigureCols,
    value: FigureCols,
}

struct FraudTable {
    id: StringBuilder,
    field: DictBuilder,
    figure: FigureCols,
}

struct TrendTable {
    id: StringBuilder,
    idx: Int32Builder,
    metric: StringBuilder,
    direction: DictBuilder,
    percent: Decimal128Builder,
    percent_f64: Float64Builder,
    basis: DictBuilder,
    span: SpanCols,
}

struct OperationTable {
    id: StringBuilder,
    idx: Int32Builder,
    name: StringBuilder,
    aliases: ListBuilder<StringBuilder>,
    agency: StringBuilder,
    launched: Date32Builder,
    start_date: Date32Builder,
    end_date: Date32Builder,
    span: SpanCols,
}

struct AgencyTable {
    id: StringBuilder,
    idx: Int32Builder,
    name: StringBuilder,
    level: DictBuilder,
    span: SpanCols,
}

struct WarningTable {
    id: StringBuilder,
    idx: Int32Builder,
    kind: DictBuilder,
    message: StringBuilder,
    span: SpanCols,
}

/// The rows of some documents, for all nine tables, not yet written.
///
/// Fill it with [`Rows::push`] (in a worker thread, while the bulletins are
/// alive), then hand it to [`ParquetSink::write_rows`]; it comes back empty,
/// ready for reuse.
pub struct Rows {
    rows: [usize; 9],
    failed: usize,
    buf: String,
    documents: DocumentCols,
    figures: FigureTable,
    tallies: TallyTable,
    seizures: SeizureTable,
    fraud: FraudTable,
    trends: TrendTable,
    operations: OperationTable,
    agencies: AgencyTable,
    warnings: WarningTable,
}

impl Default for Rows {
    fn default() -> Self {
        Rows::new()
    }
}

impl fmt::Debug for Rows {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rows")
            .field("rows", &self.rows)
            .field("failed", &self.failed)
            .finish_non_exhaustive()
    }
}

impl Rows {
    /// No rows.
    pub fn new() -> Self {
        Rows {
            rows: [0; 9],
            failed: 0,
            buf: String::with_capacity(48),
            documents: DocumentCols {
                id: StringBuilder::new(),
                error: StringBuilder::new(),
                title: StringBuilder::new(),
                published: Date32Builder::new(),
                source: StringBuilder::new(),
                editor: StringBuilder::new(),
                views: Int64Builder::new(),
                counts: std::array::from_fn(|_| Int32Builder::new()),
            },
            figures: FigureTable {
                id: StringBuilder::new(),
                idx: Int32Builder::new(),
                figure: FigureCols::new(),
            },
            tallies: TallyTable {
                id: StringBuilder::new(),
                idx: Int32Builder::new(),
                kind: DictBuilder::new(),
                what: StringBuilder::new(),
                count: FigureCols::new(),
            },
            seizures: SeizureTable {
                id: StringBuilder::new(),
                idx: Int32Builder::new(),
                kind: DictBuilder::new(),
                action: DictBuilder::new(),
                item: StringBuilder::new(),
                quantity: FigureCols::new(),
                value: FigureCols::new(),
            },
            fraud: FraudTable {
                id: StringBuilder::new(),
                field: DictBuilder::new(),
                figure: FigureCols::new(),
            },
            trends: TrendTable {
                id: StringBuilder::new(),
                idx: Int32Builder::new(),
                metric: StringBuilder::new(),
                direction: DictBuilder::new(),
                percent: decimal_builder(),
                percent_f64: Float64Builder::new(),
                basis: DictBuilder::new(),
                span: SpanCols::new(),
            },
            operations: OperationTable {
                id: StringBuilder::new(),
                idx: Int32Builder::new(),
                name: StringBuilder::new(),
                aliases: ListBuilder::new(StringBuilder::new()),
                agency: StringBuilder::new(),
                launched: Date32Builder::new(),
                start_date: Date32Builder::new(),
                end_date: Date32Builder::new(),
                span: SpanCols::new(),
            },
            agencies: AgencyTable {
                id: StringBuilder::new(),
                idx: Int32Builder::new(),
                name: StringBuilder::new(),
                level: DictBuilder::new(),
                span: SpanCols::new(),
            },
            warnings: WarningTable {
                id: StringBuilder::new(),
                idx: Int32Builder::new(),
                kind: DictBuilder::new(),
                message: StringBuilder::new(),
                span: SpanCols::new(),
            },
        }
    }

    /// Rows gathered and not yet written, over all tables.
    pub fn len(&self) -> usize {
        self.rows.iter().sum()
    }

    /// Whether no row is gathered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Rows gathered for `table`.
    pub fn table_len(&self, table: Table) -> usize {
        self.rows[table as usize]
    }

    /// Add one document's rows: a bulletin's rows in every table, or a
    /// failed document's `documents` row with its error.
    ///
    /// `id` is the document's id as text (a JSON id that is not a string is
    /// best given as its JSON text, as the CSV output does).
    pub fn push(&mut self, id: &str, doc: Result<&Bulletin<'_>, &str>) {
        let d = &mut self.documents;
        d.id.append_value(id);
        self.rows[Table::Documents as usize] += 1;
        let b = match doc {
            Ok(b) => b,
            Err(error) => {
                self.failed += 1;
                d.error.append_value(error);
                d.title.append_null();
                d.published.append_null();
                d.source.append_null();
                d.editor.append_null();
                d.views.append_null();
                for count in &mut d.counts {
                    count.append_null();
                }
                return;
            }
        };
        d.error.append_null();
        d.title.append_option(b.meta.title.as_deref());
        d.published.append_option(b.meta.published.map(date32));
        d.source.append_option(b.meta.source.as_deref());
        d.editor.append_option(b.meta.editor.as_deref());
        d.views
            .append_option(b.meta.views.and_then(|v| i64::try_from(v).ok()));
        let fraud_fields = b.fraud.as_ref().map_or(0, |f| f.iter().count());
        let counts = [
            b.agencies.len(),
            b.operations.len(),
            b.tallies.len(),
            b.seizures.len(),
            fraud_fields,
            b.trends.len(),
            b.figures.len(),
            b.warnings.len(),
        ];
        for (builder, n) in d.counts.iter_mut().zip(counts) {
            builder.append_value(count_i32(n));
        }
        let buf = &mut self.buf;

        let t = &mut self.figures;
        for (i, figure) in b.figures.iter().enumerate() {
            t.id.append_value(id);
            t.idx.append_value(count_i32(i));
            t.figure.push(Some(figure), buf);
        }
        self.rows[Table::Figures as usize] += b.figures.len();

        let t = &mut self.tallies;
        for (i, tally) in b.tallies.iter().enumerate() {
            t.id.append_value(id);
            t.idx.append_value(count_i32(i));
            t.kind.append_value(tally.kind.as_str());
            t.what.append_value(&tally.what);
            t.count.push(Some(&tally.count), buf);
        }
        self.rows[Table::Tallies as usize] += b.tallies.len();

        let t = &mut self.seizures;
        for (i, seizure) in b.seizures.iter().enumerate() {
            t.id.append_value(id);
            t.idx.append_value(count_i32(i));
            t.kind.append_value(seizure.kind.as_str());
            t.action.append_value(seizure.action.as_str());
            t.item.append_value(&seizure.item);
            t.quantity.push(seizure.quantity.as_ref(), buf);
            t.value.push(seizure.value.as_ref(), buf);
        }
        self.rows[Table::Seizures as usize] += b.seizures.len();

        let t = &mut self.fraud;
        for (field, figure) in b.fraud.iter().flat_map(|f| f.iter()) {
            t.id.append_value(id);
            t.field.append_value(field);
            t.figure.push(Some(figure), buf);
        }
        self.rows[Table::Fraud as usize] += fraud_fields;

        let t = &mut self.trends;
        for (i, trend) in b.trends.iter().enumerate() {
            t.id.append_value(id);
            t.idx.append_value(count_i32(i));
            t.metric.append_value(&trend.metric);
            t.direction.append_value(trend.direction.as_str());
            t.percent.append_option(decimal128_with(trend.percent, buf));
            t.percent_f64.append_value(trend.percent.to_f64());
            t.basis.append_option(trend.basis.map(|b| b.as_str()));
            t.span.push(trend.span);
        }
        self.rows[Table::Trends as usize] += b.trends.len();

        let t = &mut self.operations;
        for (i, op) in b.operations.iter().enumerate() {
            t.id.append_value(id);
            t.idx.append_value(count_i32(i));
            t.name.append_value(&op.name);
            for alias in &op.aliases {
                t.aliases.values().append_value(alias);
            }
            t.aliases.append(true);
            t.agency.append_option(op.agency.as_deref());
            t.launched.append_option(op.launched.map(date32));
            t.start_date.append_option(op.start.map(date32));
            t.end_date.append_option(op.end.map(date32));
            t.span.push(op.span);
        }
        self.rows[Table::Operations as usize] += b.operations.len();

        let t = &mut self.agencies;
        for (i, agency) in b.agencies.iter().enumerate() {
            t.id.append_value(id);
            t.idx.append_value(count_i32(i));
            t.name.append_value(&agency.name);
            t.level.append_value(agency.level.as_str());
            t.span.push(agency.span);
        }
        self.rows[Table::Agencies as usize] += b.agencies.len();

        let t = &mut self.warnings;
        for (i, warning) in b.warnings.iter().enumerate() {
            t.id.append_value(id);
            t.idx.append_value(count_i32(i));
            t.kind.append_value(warning.kind.as_str());
            t.message.append_value(&warning.message);
            t.span.push(warning.span);
        }
        self.rows[Table::Warnings as usize] += b.warnings.len();
    }

    /// The gathered rows as one batch per table (empty tables included),
    /// leaving `self` empty.
    pub fn take_batches(&mut self) -> Result<Vec<(Table, RecordBatch)>, Error> {
        let mut batches = Vec::with_capacity(Table::ALL.len());
        for table in Table::ALL {
            let columns = self.finish(table);
            batches.push((table, RecordBatch::try_new(table.schema(), columns)?));
        }
        self.rows = [0; 9];
        self.failed = 0;
        Ok(batches)
    }

    fn finish(&mut self, table: Table) -> Vec<ArrayRef> {
        let mut out: Vec<ArrayRef> = Vec::with_capacity(32);
        match table {
            Table::Documents => {
                let d = &mut self.documents;
                out.push(Arc::new(d.id.finish()));
                out.push(Arc::new(d.error.finish()));
                out.push(Arc::new(d.title.finish()));
                out.push(Arc::new(d.published.finish()));
                out.push(Arc::new(d.source.finish()));
                out.push(Arc::new(d.editor.finish()));
                out.push(Arc::new(d.views.finish()));
                for count in &mut d.counts {
                    out.push(Arc::new(count.finish()));
                }
            }
            Table::Figures => {
                let t = &mut self.figures;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.idx.finish()));
                t.figure.finish(&mut out);
            }
            Table::Tallies => {
                let t = &mut self.tallies;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.idx.finish()));
                out.push(Arc::new(t.kind.finish()));
                out.push(Arc::new(t.what.finish()));
                t.count.finish(&mut out);
            }
            Table::Seizures => {
                let t = &mut self.seizures;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.idx.finish()));
                out.push(Arc::new(t.kind.finish()));
                out.push(Arc::new(t.action.finish()));
                out.push(Arc::new(t.item.finish()));
                t.quantity.finish(&mut out);
                t.value.finish(&mut out);
            }
            Table::Fraud => {
                let t = &mut self.fraud;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.field.finish()));
                t.figure.finish(&mut out);
            }
            Table::Trends => {
                let t = &mut self.trends;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.idx.finish()));
                out.push(Arc::new(t.metric.finish()));
                out.push(Arc::new(t.direction.finish()));
                out.push(Arc::new(t.percent.finish()));
                out.push(Arc::new(t.percent_f64.finish()));
                out.push(Arc::new(t.basis.finish()));
                t.span.finish(&mut out);
            }
            Table::Operations => {
                let t = &mut self.operations;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.idx.finish()));
                out.push(Arc::new(t.name.finish()));
                out.push(Arc::new(t.aliases.finish()));
                out.push(Arc::new(t.agency.finish()));
                out.push(Arc::new(t.launched.finish()));
                out.push(Arc::new(t.start_date.finish()));
                out.push(Arc::new(t.end_date.finish()));
                t.span.finish(&mut out);
            }
            Table::Agencies => {
                let t = &mut self.agencies;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.idx.finish()));
                out.push(Arc::new(t.name.finish()));
                out.push(Arc::new(t.level.finish()));
                t.span.finish(&mut out);
            }
            Table::Warnings => {
                let t = &mut self.warnings;
                out.push(Arc::new(t.id.finish()));
                out.push(Arc::new(t.idx.finish()));
                out.push(Arc::new(t.kind.finish()));
                out.push(Arc::new(t.message.finish()));
                t.span.finish(&mut out);
            }
        }
        out
    }
}

/// What a [`ParquetSink`] wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Rows written per table, in [`Table::ALL`] order.
    pub rows: [u64; 9],
    /// Documents that failed (rows of `documents` with an error).
    pub failed: u64,
}

impl Counts {
    /// Rows written to `table`.
    pub fn get(&self, table: Table) -> u64 {
        self.rows[table as usize]
    }

    /// Documents written: the rows of `documents`.
    pub fn documents(&self) -> u64 {
        self.get(Table::Documents)
    }
}

/// Writes the nine tables as `DIR/<table>.parquet`, streaming.
pub struct ParquetSink {
    dir: PathBuf,
    writers: Vec<ArrowWriter<BufWriter<File>>>,
    pending: Rows,
    counts: Counts,
}

impl fmt::Debug for ParquetSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParquetSink")
            .field("dir", &self.dir)
            .field("counts", &self.counts)
            .finish_non_exhaustive()
    }
}

impl ParquetSink {
    /// Create `dir` (and its parents) and the nine files in it, replacing
    /// files of the same names. Row groups hold [`DEFAULT_ROW_GROUP_ROWS`].
    pub fn create(dir: impl AsRef<Path>) -> Result<Self, Error> {
        Self::with_row_group_rows(dir, DEFAULT_ROW_GROUP_ROWS)
    }

    /// [`ParquetSink::create`], with row groups of at most `rows` rows.
    pub fn with_row_group_rows(dir: impl AsRef<Path>, rows: usize) -> Result<Self, Error> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir).map_err(|e| Error::Io(dir.clone(), e))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(rows.max(1)))
            .set_max_row_group_bytes(Some(ROW_GROUP_BYTES))
            .set_created_by(format!(
                "police-bulletin-cli {} (parquet-rs)",
                env!("CARGO_PKG_VERSION")
            ))
            .build();
        let mut writers = Vec::with_capacity(Table::ALL.len());
        for table in Table::ALL {
            let path = dir.join(format!("{}.parquet", table.name()));
            let file = File::create(&path).map_err(|e| Error::Io(path, e))?;
            let writer = ArrowWriter::try_new(
                BufWriter::with_capacity(1 << 16, file),
                table.schema(),
                Some(props.clone()),
            )?;
            writers.push(writer);
        }
        Ok(ParquetSink {
            dir,
            writers,
            pending: Rows::new(),
            counts: Counts::default(),
        })
    }

    /// The output directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Write one document's rows (buffered; see [`BATCH_ROWS`]).
    pub fn write(&mut self, id: &str, doc: Result<&Bulletin<'_>, &str>) -> Result<(), Error> {
        self.pending.push(id, doc);
        if self.pending.len() >= BATCH_ROWS {
            self.write_pending()?;
        }
        Ok(())
    }

    /// Write rows gathered elsewhere (a worker's [`Rows`]), after any rows
    /// buffered by [`ParquetSink::write`], so input order is kept. `rows`
    /// comes back empty.
    pub fn write_rows(&mut self, rows: &mut Rows) -> Result<(), Error> {
        self.write_pending()?;
        self.write_batches(rows)
    }

    fn write_pending(&mut self) -> Result<(), Error> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut pending = std::mem::take(&mut self.pending);
        let written = self.write_batches(&mut pending);
        self.pending = pending;
        written
    }

    fn write_batches(&mut self, rows: &mut Rows) -> Result<(), Error> {
        self.counts.failed += rows.failed as u64;
        for (table, batch) in rows.take_batches()? {
            if batch.num_rows() == 0 {
                continue;
            }
            self.counts.rows[table as usize] += batch.num_rows() as u64;
            self.writers[table as usize].write(&batch)?;
        }
        Ok(())
    }

    /// Write what is buffered, close every file, and say what was written.
    pub fn finish(mut self) -> Result<Counts, Error> {
        self.write_pending()?;
        for writer in self.writers {
            let mut inner = writer.into_inner()?;
            std::io::Write::flush(&mut inner).map_err(|e| Error::Io(self.dir.clone(), e))?;
        }
        Ok(self.counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Date32Type, Decimal128Type, Float64Type, Int32Type, Int64Type};
    use arrow_array::Array;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    const E18: i128 = 1_000_000_000_000_000_000;

    /// A bulletin written for these tests, in the style of the real ones.
    const TEXT: &str = "Riverside police round up spring figures\n\nDate: 2023-05-06\nViews: 88\n\n\
        The Lakeside County Public Security Bureau launched the “Spring Shield” operation on April 3 \
        and dispatched 1,200 police officers. \
        Officers arrested 42 suspects and seized 3.5 kilograms of methamphetamine. \
        In telecom fraud cases, police froze more than 860,000 yuan. \
        Theft fell 12.5% year on year.";

    fn bulletin() -> Bulletin<'static> {
        Bulletin::parse(TEXT).unwrap()
    }

    fn column<'b>(batch: &'b RecordBatch, name: &str) -> &'b ArrayRef {
        batch
            .column_by_name(name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    fn strings(batch: &RecordBatch, name: &str) -> Vec<Option<String>> {
        owned_strings(column(batch, name))
    }

    /// Plain or dictionary strings, as owned values.
    fn owned_strings(col: &ArrayRef) -> Vec<Option<String>> {
        match col.data_type() {
            DataType::Utf8 => col
                .as_string::<i32>()
                .iter()
                .map(|v| v.map(str::to_string))
                .collect(),
            DataType::Dictionary(_, _) => {
                let dict = col.as_dictionary::<Int32Type>();
                let values = dict.values().as_string::<i32>();
                dict.keys()
                    .iter()
                    .map(|k| k.map(|k| values.value(k as usize).to_string()))
                    .collect()
            }
            other => panic!("not strings: {other}"),
        }
    }

    fn batches(rows: &mut Rows) -> Vec<RecordBatch> {
        rows.take_batches()
            .unwrap()
            .into_iter()
            .map(|(_, b)| b)
            .collect()
    }

    #[test]
    fn decimals_are_exact_at_scale_18() {
        let d = |s: &str| decimal128(s.parse().unwrap());
        assert_eq!(d("5500000"), Some(5_500_000 * E18));
        assert_eq!(d("0.3"), Some(3 * E18 / 10));
        assert_eq!(d("12.5"), Some(125 * E18 / 10));
        assert_eq!(d("0.000000000000000001"), Some(1));
        assert_eq!(d("-3.2"), Some(-32 * E18 / 10));
        // The largest integer part the library keeps, with 18 decimals, fits.
        let widest = format!("{}.999999999999999999", u64::MAX);
        assert_eq!(d(&widest), Some(i128::from(u64::MAX) * E18 + (E18 - 1)));
        assert!(d(&widest).unwrap() < 10i128.pow(38));
    }

    #[test]
    fn dates_count_days_from_the_epoch() {
        let d = |s: &str| date32(s.parse().unwrap());
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("1969-12-31"), -1);
        assert_eq!(d("2000-03-01"), 11_017);
        assert_eq!(d("2024-08-14"), 19_949);
        assert_eq!(d("2099-12-31"), 47_481);
    }

    #[test]
    fn a_bulletin_fills_every_layer_it_has() {
        let b = bulletin();
        let mut rows = Rows::new();
        rows.push("doc-1", Ok(&b));
        let batches = batches(&mut rows);
        assert!(rows.is_empty());
        for (table, batch) in Table::ALL.iter().zip(&batches) {
            assert_eq!(batch.schema(), table.schema(), "{}", table.name());
        }
        let [documents, figures, tallies, seizures, fraud, trends, operations, agencies, warnings] =
            &batches[..]
        else {
            panic!()
        };
        assert_eq!(documents.num_rows(), 1);
        assert_eq!(figures.num_rows(), b.figures.len());
        assert_eq!(tallies.num_rows(), b.tallies.len());
        assert_eq!(seizures.num_rows(), b.seizures.len());
        assert_eq!(trends.num_rows(), b.trends.len());
        assert_eq!(operations.num_rows(), b.operations.len());
        assert_eq!(agencies.num_rows(), b.agencies.len());
        assert_eq!(warnings.num_rows(), b.warnings.len());
        assert_eq!(fraud.num_rows(), b.fraud.as_ref().unwrap().iter().count());

        // documents: meta and counts.
        assert_eq!(strings(documents, "error"), [None]);
        assert_eq!(
            strings(documents, "title"),
            [Some("Riverside police round up spring figures".into())]
        );
        let published = column(documents, "published").as_primitive::<Date32Type>();
        assert_eq!(published.value(0), date32("2023-05-06".parse().unwrap()));
        assert_eq!(
            column(documents, "views")
                .as_primitive::<Int64Type>()
                .value(0),
            88
        );
        let n_figures = column(documents, "figures").as_primitive::<Int32Type>();
        assert_eq!(n_figures.value(0) as usize, b.figures.len());

        // figures: every row points back into the text.
        let starts = column(figures, "start").as_primitive::<Int64Type>();
        let ends = column(figures, "end").as_primitive::<Int64Type>();
        let texts = strings(figures, "text");
        for (i, text) in texts.iter().enumerate() {
            let span = starts.value(i) as usize..ends.value(i) as usize;
            assert_eq!(Some(&TEXT[span]), text.as_deref());
        }
        assert!(strings(figures, "id")
            .iter()
            .all(|id| id.as_deref() == Some("doc-1")));

        // tallies: the officers, exact and as a float; the arrests of the
        // drug bust (the fraud sentence comes later) are a tally too.
        assert_eq!(
            strings(tallies, "kind"),
            [Some("officers_deployed".into()), Some("arrests".into())]
        );
        assert_eq!(
            strings(tallies, "text"),
            [Some("1,200".into()), Some("42".into())]
        );
        let value = column(tallies, "value").as_primitive::<Decimal128Type>();
        assert_eq!(value.value(0), 1200 * E18);
        assert_eq!(value.data_type(), &DataType::Decimal128(38, 18));
        let f64s = column(tallies, "value_f64").as_primitive::<Float64Type>();
        assert_eq!(f64s.value(0), 1200.0);

        // seizures: the drug, in kilograms, with no value figure.
        assert_eq!(strings(seizures, "kind"), [Some("drugs".into())]);
        assert_eq!(strings(seizures, "item"), [Some("methamphetamine".into())]);
        assert_eq!(strings(seizures, "quantity_unit"), [Some("kg".into())]);
        let qty = column(seizures, "quantity").as_primitive::<Decimal128Type>();
        assert_eq!(qty.value(0), 35 * E18 / 10);
        assert!(column(seizures, "value").is_null(0));
        assert!(column(seizures, "value_start").is_null(0));

        // fraud: one row per field, keyed by its name.
        let fields = strings(fraud, "field");
        let at = fields
            .iter()
            .position(|f| f.as_deref() == Some("funds_frozen"))
            .unwrap();
        assert_eq!(strings(fraud, "unit")[at].as_deref(), Some("CNY"));
        assert_eq!(
            strings(fraud, "qualifier")[at].as_deref(),
            Some("more_than")
        );
        let frozen = column(fraud, "value").as_primitive::<Decimal128Type>();
        assert_eq!(frozen.value(at), 860_000 * E18);
        assert_eq!(strings(fraud, "noun")[at].as_deref(), None);
        assert!(!fields
            .iter()
            .any(|f| f.as_deref() == Some("suspects_arrested")));

        // trends: the percent, exactly.
        assert_eq!(strings(trends, "direction"), [Some("decrease".into())]);
        assert_eq!(strings(trends, "basis"), [Some("year_on_year".into())]);
        let pct = column(trends, "percent").as_primitive::<Decimal128Type>();
        assert_eq!(pct.value(0), 125 * E18 / 10);

        // operations and agencies.
        assert_eq!(strings(operations, "name"), [Some("Spring Shield".into())]);
        let launched = column(operations, "launched").as_primitive::<Date32Type>();
        assert_eq!(launched.value(0), date32("2023-04-03".parse().unwrap()));
        let levels = strings(agencies, "level");
        assert!(levels.contains(&Some("county".into())), "{levels:?}");
    }

    #[test]
    fn warnings_keep_their_kind_and_span() {
        let text = "Fines of 99999999999999999999999 yuan were imposed.";
        let b = Bulletin::parse(text).unwrap();
        let mut rows = Rows::new();
        rows.push("w", Ok(&b));
        let batches = batches(&mut rows);
        let warnings = &batches[Table::Warnings as usize];
        assert_eq!(strings(warnings, "kind"), [Some("number_too_large".into())]);
        let start = column(warnings, "start")
            .as_primitive::<Int64Type>()
            .value(0);
        let end = column(warnings, "end").as_primitive::<Int64Type>().value(0);
        assert_eq!(
            &text[start as usize..end as usize],
            "99999999999999999999999 yuan"
        );
    }

    #[test]
    fn a_failed_document_keeps_its_row_with_the_error() {
        let b = bulletin();
        let mut rows = Rows::new();
        rows.push("bad", Err("line 2 is not JSON"));
        rows.push("good", Ok(&b));
        assert_eq!(rows.table_len(Table::Documents), 2);
        let batches = batches(&mut rows);
        let documents = &batches[0];
        assert_eq!(
            strings(documents, "id"),
            [Some("bad".into()), Some("good".into())]
        );
        assert_eq!(
            strings(documents, "error"),
            [Some("line 2 is not JSON".into()), None]
        );
        for layer in COUNTED_LAYERS {
            assert!(column(documents, layer).is_null(0), "{layer}");
            assert!(column(documents, layer).is_valid(1), "{layer}");
        }
        // Only the good document has rows elsewhere.
        let ids = strings(&batches[1], "id");
        assert!(ids.iter().all(|id| id.as_deref() == Some("good")));
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pb-tables-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn read_back(dir: &Path, table: Table) -> (Vec<RecordBatch>, usize) {
        let file = File::open(dir.join(format!("{}.parquet", table.name()))).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        let groups = builder.metadata().num_row_groups();
        assert_eq!(builder.schema(), &table.schema(), "{}", table.name());
        let batches = builder.build().unwrap().map(Result::unwrap).collect();
        (batches, groups)
    }

    #[test]
    fn the_sink_streams_row_groups_and_reads_back() {
        let dir = temp_dir("sink");
        let b = bulletin();
        let mut sink = ParquetSink::with_row_group_rows(&dir, 4).unwrap();
        // Through the sink's own buffer, and through a worker's rows.
        for i in 0..5 {
            sink.write(&format!("s{i}"), Ok(&b)).unwrap();
        }
        sink.write("s5", Err("too large")).unwrap();
        let mut worker = Rows::new();
        for i in 6..9 {
            worker.push(&format!("s{i}"), Ok(&b));
        }
        sink.write_rows(&mut worker).unwrap();
        assert!(worker.is_empty());
        let counts = sink.finish().unwrap();
        assert_eq!(counts.documents(), 9);
        assert_eq!(counts.failed, 1);
        assert_eq!(counts.get(Table::Figures), 8 * b.figures.len() as u64);

        for table in Table::ALL {
            let (batches, groups) = read_back(&dir, table);
            let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
            assert_eq!(rows as u64, counts.get(table), "{}", table.name());
            // Row groups close every 4 rows.
            assert_eq!(groups, rows.div_ceil(4), "{}", table.name());
        }
        // Input order is kept: the worker's rows come after the buffered ones.
        let (documents, _) = read_back(&dir, Table::Documents);
        let ids: Vec<_> = documents.iter().flat_map(|b| strings(b, "id")).collect();
        let want: Vec<_> = (0..9).map(|i| Some(format!("s{i}"))).collect();
        assert_eq!(ids, want);
        let errors: Vec<_> = documents.iter().flat_map(|b| strings(b, "error")).collect();
        assert_eq!(errors[5].as_deref(), Some("too large"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_empty_run_writes_nine_readable_empty_tables() {
        let dir = temp_dir("empty");
        let counts = ParquetSink::create(&dir).unwrap().finish().unwrap();
        assert_eq!(counts, Counts::default());
        for table in Table::ALL {
            let (batches, _) = read_back(&dir, table);
            assert_eq!(batches.iter().map(RecordBatch::num_rows).sum::<usize>(), 0);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_unwritable_directory_is_an_error() {
        let dir = temp_dir("file");
        std::fs::write(&dir, "not a directory").unwrap();
        let err = ParquetSink::create(dir.join("out")).unwrap_err();
        assert!(matches!(err, Error::Io(..)), "{err}");
        std::fs::remove_file(&dir).unwrap();
    }
}
