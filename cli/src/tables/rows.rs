//! The rows of some documents, gathered in arrow builders.

use super::*;

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
    pub(super) failed: usize,
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
