//! The reader stage: inputs split into documents, grouped into chunks.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;

use serde_json::Value;

use super::{Budget, Chunk, ChunkSender, Input, Options, Raw, CHUNK_DOCS};

/// The reader thread: every input in order, into chunks.
pub(super) fn read_inputs(
    inputs: &[Input],
    options: &Options,
    budget: &Budget,
    tx: SyncSender<Chunk>,
) {
    let mut sender = ChunkSender {
        tx,
        budget,
        seq: 0,
        docs: Vec::with_capacity(CHUNK_DOCS),
        bytes: 0,
    };
    let max = options.max_doc_bytes;
    for input in inputs {
        let read = match input {
            Input::Stdin => read_jsonl(io::stdin().lock(), max, &mut sender),
            Input::Path(path) if path.is_dir() => read_dir(path, max, &mut sender),
            Input::Path(path) => match File::open(path) {
                Ok(file) => read_jsonl(BufReader::with_capacity(1 << 16, file), max, &mut sender),
                Err(e) => Err(e),
            },
        };
        let keep_going = match read {
            Ok(going) => going,
            // The input could not be opened or read on: one error line for it.
            Err(e) => sender.push(Raw::Failed {
                id: Value::String(input.id()),
                error: format!("cannot read {}: {e}", input.id()),
            }),
        };
        if !keep_going {
            return;
        }
    }
    sender.send();
}

/// Read JSONL documents; Ok(false) when the run stopped.
fn read_jsonl(
    mut reader: impl BufRead,
    max: usize,
    sender: &mut ChunkSender<'_>,
) -> io::Result<bool> {
    let mut n = 0usize;
    loop {
        let mut line = Vec::new();
        let (read, too_long) = read_line_bounded(&mut reader, &mut line, max)?;
        if read == 0 {
            return Ok(true);
        }
        n += 1;
        let doc = if too_long {
            Raw::Failed {
                id: Value::String(format!("line {n}")),
                error: format!("line {n} is {read} bytes, over the limit of {max} bytes"),
            }
        } else if line.iter().all(u8::is_ascii_whitespace) {
            Raw::Failed {
                id: Value::String(format!("line {n}")),
                error: format!("line {n} is blank"),
            }
        } else {
            Raw::Line { n, bytes: line }
        };
        if !sender.push(doc) {
            return Ok(false);
        }
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
            *buf = Vec::new();
        }
        reader.consume(len);
        if done {
            return Ok((total, too_long));
        }
    }
}

/// Read every `.txt` file of a directory, in name order; Ok(false) when the
/// run stopped.
fn read_dir(dir: &Path, max: usize, sender: &mut ChunkSender<'_>) -> io::Result<bool> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let id = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let doc = match read_file_bounded(&path, max) {
            Ok(bytes) => Raw::File { id, bytes },
            Err(error) => Raw::Failed {
                id: Value::String(id),
                error,
            },
        };
        if !sender.push(doc) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn read_file_bounded(path: &Path, max: usize) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > max {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(format!(
            "file is {size} bytes, over the limit of {max} bytes"
        ));
    }
    Ok(bytes)
}
