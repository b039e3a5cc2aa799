//! Run the extractor over many documents; write one line (JSONL) or one row
//! per record field (CSV) per document.
//!
//! ```text
//! cargo run --release --example corpus -- [--threads N] [--format jsonl|csv] [--progress] INPUT...
//! ```
//!
//! INPUT is a `.jsonl` file of `{"id", "text", "reference_date"?}` lines, a
//! directory of `.txt` files (the id is the file name), or `-` for JSONL on
//! stdin. Output is in input order.
//!
//! - `jsonl` (default): `{"id": ..., <Bulletin fields>}` per document, or
//!   `{"id": ..., "error": "..."}`. Lines out = documents in; in a JSONL
//!   input every line is a document, so a blank, non-JSON, text-less or
//!   over-long line gives an error line named `line N`.
//! - `csv`: the header row `id,layer,kind_or_field,value,max,unit,qualifier,start,end,text`,
//!   then one row per record field: every figure, tally, seizure quantity
//!   and value, fraud field, trend, agency, operation (and its dates), meta
//!   field and warning; an unreadable document gives one `error` row.
//!
//! Memory stays bounded: documents are read, parsed on `--threads` workers
//! (default: all cores) and written in batches, and a line over
//! `--max-doc-bytes` (default 64 MiB) is skipped without being held. A
//! summary line goes to stderr at the end, and a progress line while running
//! when stderr is a terminal or `--progress` is given. The exit status is 1
//! when any document failed, 2 on a usage or I/O error.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use police_bulletin::{Bulletin, Figure, Parser, Span};
use serde_json::Value;

const USAGE: &str =
    "usage: corpus [--threads N] [--format jsonl|csv] [--progress] [--max-doc-bytes N] INPUT...
INPUT: file.jsonl, a directory of .txt files, or - for JSONL on stdin";

/// The CSV header row.
pub const CSV_HEADER: &str = "id,layer,kind_or_field,value,max,unit,qualifier,start,end,text";

/// Documents handed to the workers at a time.
const BATCH: usize = 256;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Jsonl,
    Csv,
}

#[derive(Clone, Debug)]
struct Options {
    threads: usize,
    format: Format,
    progress: bool,
    max_doc_bytes: usize,
}

/// One document to parse, or one that already failed to be read.
enum Doc {
    Text {
        id: Value,
        text: String,
        reference_date: Option<String>,
    },
    Failed {
        id: Value,
        error: String,
    },
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Summary {
    documents: usize,
    failed: usize,
    bytes: u64,
}

fn main() -> ExitCode {
    let (options, inputs) = match parse_args(std::env::args().skip(1)) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("corpus: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let started = Instant::now();
    let result = run(&inputs, &options, &mut out).and_then(|s| out.flush().map(|()| s));
    match result {
        Ok(summary) => {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            eprintln!(
                "corpus: {} documents, {} failed, {:.1} MB in {:.2} s ({:.1} MB/s, {:.0} documents/s)",
                summary.documents,
                summary.failed,
                summary.bytes as f64 / 1e6,
                secs,
                summary.bytes as f64 / 1e6 / secs,
                summary.documents as f64 / secs
            );
            if summary.failed > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        // `corpus ... | head`: the reader left; stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpus: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(
    args: impl Iterator<Item = String>,
) -> Result<Option<(Options, Vec<String>)>, String> {
    let mut options = Options {
        threads: std::thread::available_parallelism().map_or(1, usize::from),
        format: Format::Jsonl,
        progress: io::stderr().is_terminal(),
        max_doc_bytes: Parser::DEFAULT_MAX_INPUT_LEN,
    };
    let mut inputs = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--threads" => {
                options.threads = value("--threads")?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--threads takes a number from 1")?;
            }
            "--format" => {
                options.format = match value("--format")?.as_str() {
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    other => {
                        return Err(format!("unknown format {other:?}: expected jsonl or csv"))
                    }
                }
            }
            "--max-doc-bytes" => {
                options.max_doc_bytes = value("--max-doc-bytes")?
                    .parse()
                    .map_err(|_| "--max-doc-bytes takes a number")?;
            }
            "--progress" => options.progress = true,
            "-h" | "--help" => return Ok(None),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        return Err("no input".into());
    }
    Ok(Some((options, inputs)))
}

/// Process every input in order, writing to `out`.
fn run(inputs: &[String], options: &Options, out: &mut impl Write) -> io::Result<Summary> {
    let mut sink = Sink::new(options, out)?;
    for input in inputs {
        if input == "-" {
            read_jsonl(io::stdin().lock(), options.max_doc_bytes, &mut sink)?;
        } else if Path::new(input).is_dir() {
            read_dir(Path::new(input), options.max_doc_bytes, &mut sink)?;
        } else {
            let file =
                File::open(input).map_err(|e| io::Error::new(e.kind(), format!("{input}: {e}")))?;
            read_jsonl(
                BufReader::with_capacity(1 << 16, file),
                options.max_doc_bytes,
                &mut sink,
            )?;
        }
    }
    sink.finish()
}

/// Batches documents, parses them in parallel and writes them in order.
struct Sink<'o, W: Write> {
    options: &'o Options,
    out: &'o mut W,
    batch: Vec<Doc>,
    summary: Summary,
    started: Instant,
    last_progress: Instant,
}

impl<'o, W: Write> Sink<'o, W> {
    fn new(options: &'o Options, out: &'o mut W) -> io::Result<Self> {
        if options.format == Format::Csv {
            writeln!(out, "{CSV_HEADER}")?;
        }
        let now = Instant::now();
        Ok(Sink {
            options,
            out,
            batch: Vec::with_capacity(BATCH),
            summary: Summary::default(),
            started: now,
            last_progress: now,
        })
    }

    fn push(&mut self, doc: Doc) -> io::Result<()> {
        self.batch.push(doc);
        if self.batch.len() == BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        let (threads, format) = (self.options.threads, self.options.format);
        let chunk = self.batch.len().div_ceil(threads).max(1);
        let rendered: Vec<Vec<(String, bool)>> = std::thread::scope(|s| {
            let workers: Vec<_> = self
                .batch
                .chunks(chunk)
                .map(|docs| {
                    s.spawn(move || docs.iter().map(|d| render(d, format)).collect::<Vec<_>>())
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_default())
                .collect()
        });
        for doc in &self.batch {
            if let Doc::Text { text, .. } = doc {
                self.summary.bytes += text.len() as u64;
            }
        }
        for (lines, ok) in rendered.into_iter().flatten() {
            self.summary.documents += 1;
            self.summary.failed += usize::from(!ok);
            self.out.write_all(lines.as_bytes())?;
        }
        self.batch.clear();
        if self.options.progress && self.last_progress.elapsed().as_millis() >= 500 {
            self.last_progress = Instant::now();
            let secs = self.started.elapsed().as_secs_f64().max(1e-9);
            eprint!(
                "\rcorpus: {} documents ({:.0}/s), {:.1} MB/s, {} failed   ",
                self.summary.documents,
                self.summary.documents as f64 / secs,
                self.summary.bytes as f64 / 1e6 / secs,
                self.summary.failed
            );
        }
        Ok(())
    }

    fn finish(mut self) -> io::Result<Summary> {
        self.flush()?;
        if self.options.progress {
            eprintln!();
        }
        Ok(self.summary)
    }
}

/// Read JSONL documents. Every line is a document: a bad one becomes a
/// failed document named by its line number, and a line over `max` bytes
/// is skipped without being held in memory.
fn read_jsonl<W: Write>(
    mut reader: impl BufRead,
    max: usize,
    sink: &mut Sink<'_, W>,
) -> io::Result<()> {
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        let (read, too_long) = read_line_bounded(&mut reader, &mut line, max)?;
        if read == 0 {
            return Ok(());
        }
        n += 1;
        let doc = if too_long {
            Doc::Failed {
                id: Value::String(format!("line {n}")),
                error: format!("line {n} is {read} bytes, over the limit of {max} bytes"),
            }
        } else if line.iter().all(u8::is_ascii_whitespace) {
            Doc::Failed {
                id: Value::String(format!("line {n}")),
                error: format!("line {n} is blank"),
            }
        } else {
            jsonl_doc(&line, n)
        };
        sink.push(doc)?;
    }
}

/// Read one line into `buf`, keeping at most `max` bytes of it; returns the
/// bytes read (whole line) and whether the line was longer than `max`.
fn read_line_bounded(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<(usize, bool)> {
    let mut total = 0;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((total, too_long));
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let len = chunk.len();
        total += len;
        if !too_long && buf.len() + len <= max.saturating_add(1) {
            buf.extend_from_slice(chunk);
        } else if !too_long {
            too_long = true;
            buf.clear();
            buf.shrink_to(1 << 16);
        }
        reader.consume(len);
        if done {
            return Ok((total, too_long));
        }
    }
}

fn jsonl_doc(line: &[u8], n: usize) -> Doc {
    let fallback_id = Value::String(format!("line {n}"));
    let mut value: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => {
            return Doc::Failed {
                id: fallback_id,
                error: format!("line {n} is not JSON: {e}"),
            }
        }
    };
    let Some(obj) = value.as_object_mut() else {
        return Doc::Failed {
            id: fallback_id,
            error: format!("line {n} is not a JSON object"),
        };
    };
    let id = obj
        .remove("id")
        .filter(|v| !v.is_null())
        .unwrap_or(fallback_id);
    let reference_date = obj
        .get("reference_date")
        .and_then(Value::as_str)
        .map(str::to_owned);
    match obj.remove("text") {
        Some(Value::String(text)) => Doc::Text {
            id,
            text,
            reference_date,
        },
        Some(_) => Doc::Failed {
            id,
            error: "\"text\" is not a string".into(),
        },
        None => Doc::Failed {
            id,
            error: "missing \"text\"".into(),
        },
    }
}

/// Read every `.txt` file of a directory, in name order.
fn read_dir<W: Write>(dir: &Path, max: usize, sink: &mut Sink<'_, W>) -> io::Result<()> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let id = Value::String(
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let doc = if size > max as u64 {
            Doc::Failed {
                id,
                error: format!("file is {size} bytes, over the limit of {max} bytes"),
            }
        } else {
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => Doc::Text {
                        id,
                        text,
                        reference_date: None,
                    },
                    Err(e) => Doc::Failed {
                        id,
                        error: format!(
                            "input is not valid UTF-8: invalid byte at offset {}",
                            e.utf8_error().valid_up_to()
                        ),
                    },
                },
                Err(e) => Doc::Failed {
                    id,
                    error: e.to_string(),
                },
            }
        };
        sink.push(doc)?;
    }
    Ok(())
}

/// The output for one document, and whether it succeeded.
fn render(doc: &Doc, format: Format) -> (String, bool) {
    let id = match doc {
        Doc::Text { id, .. } | Doc::Failed { id, .. } => id,
    };
    let parsed = match doc {
        Doc::Failed { error, .. } => Err(error.clone()),
        Doc::Text {
            text,
            reference_date,
            ..
        } => {
            let date = reference_date.as_deref().map(str::parse).transpose();
            match date {
                Ok(date) => {
                    let parser = date.into_iter().fold(Parser::new(), Parser::reference_date);
                    parser
                        .parse(text)
                        .map(|b| (b, text.as_str()))
                        .map_err(|e| e.to_string())
                }
                Err(e) => Err(e.to_string()),
            }
        }
    };
    let id_json = serde_json::to_string(id).unwrap_or_else(|_| "null".into());
    match (format, parsed) {
        (Format::Jsonl, Ok((b, _))) => match serde_json::to_string(&b) {
            // The bulletin object without its opening brace, after the id.
            Ok(json) => (format!("{{\"id\":{id_json},{}\n", &json[1..]), true),
            Err(e) => (error_line(&id_json, &e.to_string()), false),
        },
        (Format::Jsonl, Err(e)) => (error_line(&id_json, &e), false),
        (Format::Csv, Ok((b, text))) => (csv_rows(&id_text(id), &b, text), true),
        (Format::Csv, Err(e)) => (
            csv_row(&[&id_text(id), "error", &e, "", "", "", "", "", "", ""]),
            false,
        ),
    }
}

fn error_line(id_json: &str, error: &str) -> String {
    format!(
        "{{\"id\":{id_json},\"error\":{}}}\n",
        serde_json::to_string(error).unwrap_or_default()
    )
}

fn id_text(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// One CSV row per record field of a bulletin.
fn csv_rows(id: &str, b: &Bulletin<'_>, text: &str) -> String {
    let mut out = String::new();
    let opt = |v: Option<String>| v.unwrap_or_default();
    let mut figure = |layer: &str, kind: &str, f: &Figure<'_>| {
        out.push_str(&csv_row(&[
            id,
            layer,
            kind,
            &f.value.to_string(),
            &opt(f.max.map(|m| m.to_string())),
            f.unit.map_or("", |u| u.as_str()),
            &json_word(&f.qualifier),
            &f.span.start.to_string(),
            &f.span.end.to_string(),
            &f.text,
        ]));
    };
    for f in &b.figures {
        figure("figures", "figure", f);
    }
    for t in &b.tallies {
        figure("tallies", &json_word(&t.kind), &t.count);
    }
    for s in &b.seizures {
        let kind = format!("{}/{}", json_word(&s.kind), json_word(&s.action));
        if let Some(q) = &s.quantity {
            figure("seizures", &format!("{kind}/quantity"), q);
        }
        if let Some(v) = &s.value {
            figure("seizures", &format!("{kind}/value"), v);
        }
    }
    if let Some(fraud) = &b.fraud {
        if let Ok(Value::Object(fields)) = serde_json::to_value(fraud) {
            for (field, v) in fields {
                if let Ok(f) = serde_json::from_value::<Value>(v) {
                    if let (Some(start), Some(end)) = (f["span"][0].as_u64(), f["span"][1].as_u64())
                    {
                        let span = Span::new(start as usize, end as usize);
                        out.push_str(&csv_row(&[
                            id,
                            "fraud",
                            &field,
                            &f["value"].to_string(),
                            "",
                            f["unit"].as_str().unwrap_or(""),
                            f["qualifier"].as_str().unwrap_or(""),
                            &start.to_string(),
                            &end.to_string(),
                            text.get(span.range()).unwrap_or(""),
                        ]));
                    }
                }
            }
        }
    }
    let mut spanned = |layer: &str, kind: &str, value: &str, unit: &str, span: Span| {
        out.push_str(&csv_row(&[
            id,
            layer,
            kind,
            value,
            "",
            unit,
            "",
            &span.start.to_string(),
            &span.end.to_string(),
            text.get(span.range()).unwrap_or(""),
        ]));
    };
    for t in &b.trends {
        let basis = t.basis.map_or("unknown".to_string(), |x| json_word(&x));
        spanned(
            "trends",
            &format!("{}/{basis}", json_word(&t.direction)),
            &t.percent.to_string(),
            "percent",
            t.span,
        );
    }
    for a in &b.agencies {
        spanned("agencies", &json_word(&a.level), "", "", a.span);
    }
    for o in &b.operations {
        spanned("operations", "operation", "", "", o.span);
        for (field, date) in [
            ("launched", &o.launched),
            ("start", &o.start),
            ("end", &o.end),
        ] {
            if let Some(d) = date {
                spanned(
                    "operations",
                    &format!("operation/{field}"),
                    &d.to_string(),
                    "",
                    o.span,
                );
            }
        }
    }
    let meta = [
        ("title", b.meta.title.as_deref().map(str::to_string)),
        ("published", b.meta.published.map(|d| d.to_string())),
        ("source", b.meta.source.as_deref().map(str::to_string)),
        ("editor", b.meta.editor.as_deref().map(str::to_string)),
        ("views", b.meta.views.map(|v| v.to_string())),
    ];
    for (field, value) in meta {
        if let Some(v) = value {
            out.push_str(&csv_row(&[id, "meta", field, &v, "", "", "", "", "", ""]));
        }
    }
    for w in &b.warnings {
        out.push_str(&csv_row(&[
            id,
            "warnings",
            &w.message,
            "",
            "",
            "",
            "",
            &w.span.start.to_string(),
            &w.span.end.to_string(),
            text.get(w.span.range()).unwrap_or(""),
        ]));
    }
    out
}

/// The serde (snake_case) spelling of an enum value.
fn json_word(v: &impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One RFC 4180 row: fields with a comma, quote or line break are quoted.
fn csv_row(fields: &[&str]) -> String {
    let mut row = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            row.push(',');
        }
        if f.contains([',', '"', '\n', '\r']) {
            row.push('"');
            row.push_str(&f.replace('"', "\"\""));
            row.push('"');
        } else {
            row.push_str(f);
        }
    }
    row.push('\n');
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_str(input: &str, format: Format, max: usize) -> (String, Summary) {
        let options = Options {
            threads: 2,
            format,
            progress: false,
            max_doc_bytes: max,
        };
        let mut out = Vec::new();
        let mut sink = Sink::new(&options, &mut out).unwrap();
        read_jsonl(io::Cursor::new(input.as_bytes()), max, &mut sink).unwrap();
        let summary = sink.finish().unwrap();
        (String::from_utf8(out).unwrap(), summary)
    }

    fn lines(out: &str) -> Vec<Value> {
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn every_bad_line_gives_an_error_line_and_the_run_goes_on() {
        let input = "{\"id\":\"a\",\"text\":\"5 cases\"}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":5}\n\n{\"text\":\"7 suspects\"}\n";
        let (out, summary) = run_str(input, Format::Jsonl, 1 << 20);
        let lines = lines(&out);
        assert_eq!(lines.len(), 6, "lines out = lines in");
        assert_eq!(lines[0]["figures"][0]["value"], 5);
        assert_eq!(lines[1]["id"], "line 2");
        assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
        assert_eq!(lines[2]["id"], "b");
        assert_eq!(lines[2]["error"], "missing \"text\"");
        assert_eq!(lines[3]["error"], "\"text\" is not a string");
        assert_eq!(lines[4]["error"], "line 5 is blank");
        assert_eq!(lines[5]["id"], "line 6");
        assert_eq!(
            summary,
            Summary {
                documents: 6,
                failed: 4,
                bytes: 17
            }
        );
    }

    #[test]
    fn an_over_long_line_is_an_error_not_a_memory_spike() {
        let long = format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "9 ".repeat(50_000));
        let input = format!(
            "{{\"id\":\"a\",\"text\":\"1 case\"}}\n{long}{{\"id\":\"z\",\"text\":\"2 cases\"}}\n"
        );
        let (out, summary) = run_str(&input, Format::Jsonl, 10_000);
        let lines = lines(&out);
        assert_eq!(lines.len(), 3);
        assert!(lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("over the limit of 10000 bytes"));
        assert_eq!(lines[2]["id"], "z");
        assert_eq!(summary.failed, 1);
    }

    #[test]
    fn a_line_of_100_mb_is_an_error_line_at_the_default_limit() {
        let mut input = String::with_capacity(100 << 20 | 1 << 10);
        input.push_str("{\"id\":\"a\",\"text\":\"1 case\"}\n{\"id\":\"huge\",\"text\":\"");
        while input.len() < 100 << 20 {
            input.push_str("police seized 5 guns ");
        }
        input.push_str("\"}\n{\"id\":\"z\",\"text\":\"2 cases\"}\n");
        let (out, summary) = run_str(&input, Format::Jsonl, Parser::DEFAULT_MAX_INPUT_LEN);
        let lines = lines(&out);
        assert_eq!(lines.len(), 3, "lines out = lines in");
        assert_eq!(lines[1]["id"], "line 2");
        assert!(lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("over the limit of 67108864 bytes"));
        assert_eq!((lines[2]["id"].as_str(), summary.failed), (Some("z"), 1));
    }

    #[test]
    fn output_keeps_input_order_across_batches() {
        let input: String = (0..600)
            .map(|i| format!("{{\"id\":{i},\"text\":\"{i} cases\"}}\n"))
            .collect();
        let (out, _) = run_str(&input, Format::Jsonl, 1 << 20);
        let ids: Vec<u64> = lines(&out)
            .iter()
            .map(|l| l["id"].as_u64().unwrap())
            .collect();
        assert_eq!(ids, (0..600).collect::<Vec<_>>());
    }

    #[test]
    fn csv_has_the_documented_header_and_a_row_per_field() {
        let input =
            "{\"id\":\"a\",\"text\":\"Police arrested 26 suspects, a rise of 5%.\"}\nnot json\n";
        let (out, summary) = run_str(input, Format::Csv, 1 << 20);
        let rows: Vec<&str> = out.lines().collect();
        assert_eq!(rows[0], CSV_HEADER);
        assert!(rows.contains(&"a,figures,figure,26,,,exact,16,18,26"));
        assert!(rows.contains(&"a,tallies,arrests,26,,,exact,16,18,26"));
        assert!(rows
            .iter()
            .any(|r| r.starts_with("a,trends,increase/unknown,5,,percent,")));
        assert!(rows
            .iter()
            .any(|r| r.starts_with("line 2,error,line 2 is not JSON")));
        assert_eq!(summary.failed, 1);
    }

    #[test]
    fn csv_quotes_fields() {
        assert_eq!(
            csv_row(&["a,b", "say \"hi\"", "x"]),
            "\"a,b\",\"say \"\"hi\"\"\",x\n"
        );
    }

    #[test]
    fn arguments() {
        let args = |s: &str| parse_args(s.split_whitespace().map(String::from));
        let (o, inputs) = args("--threads 3 --format csv --progress a.jsonl -")
            .unwrap()
            .unwrap();
        assert_eq!((o.threads, o.format, o.progress), (3, Format::Csv, true));
        assert_eq!(inputs, ["a.jsonl", "-"]);
        assert!(args("--threads 0 x").is_err());
        assert!(args("--format xml x").is_err());
        assert!(args("").is_err());
    }
}
