//! Run the extractor over many documents; write one JSON line per document.
//!
//! ```text
//! cargo run --release --example corpus -- [--threads N] INPUT...
//! ```
//!
//! INPUT is a `.jsonl` file of `{"id", "text", "reference_date"?}` lines, a
//! directory of `.txt` files (the id is the file name), or `-` for JSONL on
//! stdin. Each output line is `{"id": ..., <Bulletin fields>}` or
//! `{"id": ..., "error": "..."}`, in input order: lines out = documents in.
//! The exit status is 1 when any document failed.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use police_bulletin::Parser;
use serde_json::Value;

const USAGE: &str = "usage: corpus [--threads N] INPUT... (INPUT: file.jsonl, a directory of .txt files, or - for JSONL on stdin)";
/// Documents handed to the workers at a time.
const BATCH: usize = 256;

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

fn main() -> ExitCode {
    match run() {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("corpus: {failed} document(s) failed");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("corpus: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<usize, Box<dyn std::error::Error>> {
    let mut threads = std::thread::available_parallelism().map_or(1, usize::from);
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--threads" => {
                threads = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or(USAGE)?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(0);
            }
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        return Err(USAGE.into());
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0;
    let mut batch = Vec::with_capacity(BATCH);
    for input in &inputs {
        let mut sink = |doc: Doc| -> io::Result<()> {
            batch.push(doc);
            if batch.len() == BATCH {
                failed += flush(&mut batch, threads, &mut out)?;
            }
            Ok(())
        };
        if input == "-" {
            read_jsonl(io::stdin().lock(), &mut sink)?;
        } else if Path::new(input).is_dir() {
            read_dir(Path::new(input), &mut sink)?;
        } else {
            let file = File::open(input).map_err(|e| format!("{input}: {e}"))?;
            read_jsonl(BufReader::new(file), &mut sink)?;
        }
    }
    failed += flush(&mut batch, threads, &mut out)?;
    out.flush()?;
    Ok(failed)
}

/// Read JSONL documents; a bad line becomes a failed document named by its
/// line number, so nothing is lost.
fn read_jsonl(
    mut reader: impl BufRead,
    sink: &mut impl FnMut(Doc) -> io::Result<()>,
) -> io::Result<()> {
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        n += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        sink(jsonl_doc(&line, n))?;
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
fn read_dir(dir: &Path, sink: &mut impl FnMut(Doc) -> io::Result<()>) -> io::Result<()> {
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
        let doc = match std::fs::read(&path) {
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
        };
        sink(doc)?;
    }
    Ok(())
}

/// Parse a batch on `threads` workers and write its lines in input order.
/// Returns how many documents failed.
fn flush(batch: &mut Vec<Doc>, threads: usize, out: &mut impl Write) -> io::Result<usize> {
    let chunk = batch.len().div_ceil(threads.max(1)).max(1);
    let lines: Vec<Vec<(String, bool)>> = std::thread::scope(|s| {
        let workers: Vec<_> = batch
            .chunks(chunk)
            .map(|docs| s.spawn(move || docs.iter().map(render).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let mut failed = 0;
    for (line, ok) in lines.into_iter().flatten() {
        failed += usize::from(!ok);
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    batch.clear();
    Ok(failed)
}

/// One output line for one document, and whether it succeeded.
fn render(doc: &Doc) -> (String, bool) {
    let (id, result) = match doc {
        Doc::Failed { id, error } => (id, Err(error.clone())),
        Doc::Text {
            id,
            text,
            reference_date,
        } => {
            let mut parser = Parser::new();
            let date = reference_date.as_deref().map(str::parse).transpose();
            let result = match date {
                Ok(date) => {
                    if let Some(d) = date {
                        parser = parser.reference_date(d);
                    }
                    parser
                        .parse(text)
                        .map_err(|e| e.to_string())
                        .and_then(|b| serde_json::to_string(&b).map_err(|e| e.to_string()))
                }
                Err(e) => Err(e.to_string()),
            };
            (id, result)
        }
    };
    let id = serde_json::to_string(id).unwrap_or_else(|_| "null".into());
    match result {
        // The bulletin object without its opening brace, after the id.
        Ok(json) => (format!("{{\"id\":{id},{}", &json[1..]), true),
        Err(e) => (
            format!(
                "{{\"id\":{id},\"error\":{}}}",
                serde_json::to_string(&e).unwrap_or_default()
            ),
            false,
        ),
    }
}
