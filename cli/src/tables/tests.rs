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
