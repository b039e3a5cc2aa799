//! Corpus mode: many documents in, one JSONL line (or a block of CSV rows)
//! out per document, in input order.
//!
//! An input is a `.jsonl` file of `{"id", "text", "reference_date"?}` lines,
//! a directory of `.txt` files (the id is the file name), or `-` for JSONL on
//! stdin. Every JSONL line is a document: a blank, non-JSON, text-less or
//! over-long line gives an error line named `line N`. An input that cannot
//! be opened or read gives one error line named by its path, and the run goes
//! on with the next input. So lines out = documents in.
//!
//! # Pipeline
//!
//! Three stages overlap, joined by bounded channels:
//!
//! 1. a reader thread splits the inputs into documents and groups them into
//!    chunks (at most [`CHUNK_DOCS`] documents or [`CHUNK_BYTES`] bytes, and
//!    at most an eighth of the budget);
//! 2. `threads` workers decode, parse and render each chunk into one output
//!    buffer, serializing JSON straight into it; buffers are recycled;
//! 3. the calling thread writes the chunks in input order.
//!
//! Memory is bounded by bytes, not only by count: the reader waits while the
//! bytes held between reading and writing exceed [`Options::budget_bytes`].
//! A queued chunk counts as its input or the output it is expected to give
//! (by the output/input ratio seen so far), whichever is more; a rendered
//! chunk counts as its output until written. A single document larger than
//! the budget still goes through, alone. A JSONL line over
//! [`Options::max_doc_bytes`] is skipped without being held.
//!
//! On stdin, the reader sends what it has before a read that may wait, and
//! the writer flushes whenever no result is ready, so each document is
//! answered without waiting for a full chunk.

mod read;
mod render;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Condvar, Mutex};
use std::time::Instant;

use police_bulletin::Parser;
use serde_json::Value;

use crate::csv;
#[cfg(feature = "parquet")]
use crate::tables::{ParquetSink, Rows};
use read::read_inputs;
use render::{doc_id, render, write_error};

/// At most this many documents go to a worker at a time.
pub const CHUNK_DOCS: usize = 64;
/// A chunk is sent once its documents reach this many bytes.
pub const CHUNK_BYTES: usize = 1 << 20;
/// The default for [`Options::budget_bytes`]: 64 MiB.
pub const DEFAULT_BUDGET_BYTES: usize = 64 << 20;

/// The output format.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per document: {"id": ..., the bulletin fields} or
    /// {"id": ..., "error": "..."}.
    #[default]
    Jsonl,
    /// The long-form CSV table: one row per record value (columns below).
    Csv,
    /// Typed tables, one Parquet file each, written to `--out DIR`
    /// (built with the `parquet` feature).
    #[cfg(feature = "parquet")]
    Parquet,
}

/// How a corpus run behaves.
#[derive(Clone, Debug)]
pub struct Options {
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Output format.
    pub format: Format,
    /// Print a progress line to stderr while running.
    pub progress: bool,
    /// A document (JSONL line or `.txt` file) over this many bytes is an
    /// error, and is skipped without being held in memory.
    pub max_doc_bytes: usize,
    /// Bytes held between reading and writing before the reader waits.
    pub budget_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threads: std::thread::available_parallelism().map_or(1, usize::from),
            format: Format::Jsonl,
            progress: false,
            max_doc_bytes: Parser::DEFAULT_MAX_INPUT_LEN,
            budget_bytes: DEFAULT_BUDGET_BYTES,
        }
    }
}

/// One input of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// JSONL on standard input (`-`).
    Stdin,
    /// A JSONL file or a directory of `.txt` files.
    Path(PathBuf),
}

impl From<&std::ffi::OsStr> for Input {
    fn from(arg: &std::ffi::OsStr) -> Self {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

impl Input {
    /// The id of this input's error line: the path as given, or `-`.
    fn id(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::Path(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Documents written (lines out, in JSONL).
    pub documents: usize,
    /// Documents that gave an error line.
    pub failed: usize,
    /// Bytes of document text parsed.
    pub bytes: u64,
}

impl Summary {
    fn add(&mut self, other: Summary) {
        self.documents += other.documents;
        self.failed += other.failed;
        self.bytes += other.bytes;
    }
}

/// Run over every input in order, writing to `out`. Errors are only those
/// of writing `out`; input problems become error lines.
pub fn run(inputs: &[Input], options: &Options, out: &mut impl Write) -> io::Result<Summary> {
    let threads = options.threads.max(1);
    let budget = Budget::new(options.budget_bytes, 4 * threads + 4);
    run_with(inputs, options, &budget, out)
}

/// Run over every input in order into the typed tables of `sink`
/// ([`Format::Parquet`]): workers fill table rows, and the sink writes them
/// in input order. A document that fails gets its `documents` row with the
/// error. Call [`ParquetSink::finish`] afterwards.
#[cfg(feature = "parquet")]
pub fn run_to_parquet(
    inputs: &[Input],
    options: &Options,
    sink: &mut ParquetSink,
) -> io::Result<Summary> {
    let options = Options {
        format: Format::Parquet,
        ..options.clone()
    };
    let threads = options.threads.max(1);
    let budget = Budget::new(options.budget_bytes, 4 * threads + 4);
    run_with(inputs, &options, &budget, sink)
}

/// Where finished chunks go, in input order: bytes to a writer, or table
/// rows to a Parquet sink.
trait Emit {
    fn emit(&mut self, done: &mut Done) -> io::Result<()>;
    /// Push out what is buffered (a reader may be waiting for a line).
    fn flush_out(&mut self) -> io::Result<()>;
}

impl<W: Write> Emit for W {
    fn emit(&mut self, done: &mut Done) -> io::Result<()> {
        self.write_all(&done.out)
    }

    fn flush_out(&mut self) -> io::Result<()> {
        self.flush()
    }
}

#[cfg(feature = "parquet")]
impl Emit for ParquetSink {
    fn emit(&mut self, done: &mut Done) -> io::Result<()> {
        match done.rows.as_mut() {
            Some(rows) => self.write_rows(rows).map_err(io::Error::other),
            None => Ok(()),
        }
    }

    fn flush_out(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn run_with(
    inputs: &[Input],
    options: &Options,
    budget: &Budget,
    out: &mut impl Emit,
) -> io::Result<Summary> {
    let threads = options.threads.max(1);
    let (work_tx, work_rx) = mpsc::sync_channel::<Chunk>(2 * threads);
    let (done_tx, done_rx) = mpsc::sync_channel::<Done>(2 * threads);
    let (pool_tx, pool_rx) = mpsc::sync_channel::<Vec<u8>>(2 * threads + 2);
    let work_rx = Mutex::new(work_rx);
    let pool_rx = Mutex::new(pool_rx);
    if options.format == Format::Csv {
        let mut header = Done {
            seq: 0,
            out: format!("{}\n", csv::HEADER).into_bytes(),
            #[cfg(feature = "parquet")]
            rows: None,
            held: 0,
            summary: Summary::default(),
        };
        out.emit(&mut header)?;
    }
    std::thread::scope(|s| {
        s.spawn(move || read_inputs(inputs, options, budget, work_tx));
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let (work_rx, pool_rx) = (&work_rx, &pool_rx);
            s.spawn(move || work(options, budget, work_rx, pool_rx, done_tx));
        }
        drop(done_tx);
        let written = write_in_order(options, budget, done_rx, pool_tx, out);
        if written.is_err() {
            // Unblock the reader; the workers stop when their sends fail.
            budget.abort();
        }
        written
    })
}

/// A document as read, not yet decoded.
enum Raw {
    /// One JSONL line within the size limit, numbered from 1.
    Line { n: usize, bytes: Vec<u8> },
    /// A `.txt` file.
    File { id: String, bytes: Vec<u8> },
    /// A document that failed before parsing.
    Failed { id: Value, error: String },
}

/// Consecutive documents, numbered in input order.
struct Chunk {
    seq: u64,
    docs: Vec<Raw>,
    /// Input bytes.
    bytes: usize,
    /// Bytes charged to the budget for it: its input, or the output its
    /// input is expected to give, whichever is more.
    charge: usize,
}

/// A rendered chunk.
struct Done {
    seq: u64,
    out: Vec<u8>,
    /// Its rows of the typed tables, in [`Format::Parquet`].
    #[cfg(feature = "parquet")]
    rows: Option<Rows>,
    /// Bytes charged to the budget while it is held.
    held: usize,
    summary: Summary,
}

/// Bytes and chunks held between reading and writing.
struct Budget {
    state: Mutex<BudgetState>,
    changed: Condvar,
    max_bytes: usize,
    max_chunks: usize,
}

#[derive(Default)]
struct BudgetState {
    bytes: usize,
    chunks: usize,
    aborted: bool,
    /// The most bytes ever held, for tests.
    peak: usize,
    /// Input and output bytes of the chunks rendered so far: their ratio
    /// predicts a chunk's output from its input.
    rendered_in: u64,
    rendered_out: u64,
}

impl Budget {
    fn new(max_bytes: usize, max_chunks: usize) -> Self {
        Budget {
            state: Mutex::new(BudgetState::default()),
            changed: Condvar::new(),
            max_bytes,
            max_chunks,
        }
    }

    /// A chunk is sent once it holds this many bytes.
    fn chunk_bytes(&self) -> usize {
        (self.max_bytes / 8).clamp(1, CHUNK_BYTES)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BudgetState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Wait for room for one chunk of `bytes` of input; returns the bytes
    /// charged for it, or None when the run stopped. The charge is the
    /// input or its expected output, whichever is more (JSON for a text
    /// dense with figures can be several times its size). A chunk always
    /// fits when nothing else is held.
    fn acquire(&self, bytes: usize) -> Option<usize> {
        let mut state = self.lock();
        let expected = if state.rendered_in == 0 {
            bytes
        } else {
            let out =
                u128::from(state.rendered_out) * bytes as u128 / u128::from(state.rendered_in);
            usize::try_from(out).unwrap_or(usize::MAX)
        };
        let charge = bytes.max(expected);
        while !state.aborted
            && state.chunks > 0
            && (state.chunks >= self.max_chunks
                || state.bytes.saturating_add(charge) > self.max_bytes)
        {
            state = self.changed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        state.bytes = state.bytes.saturating_add(charge);
        state.chunks += 1;
        state.peak = state.peak.max(state.bytes);
        (!state.aborted).then_some(charge)
    }

    /// A worker swaps its chunk's charge for its output bytes; it never waits.
    fn swap(&self, charge: usize, input: usize, output: usize) {
        let mut state = self.lock();
        state.bytes = state.bytes.saturating_sub(charge) + output;
        state.peak = state.peak.max(state.bytes);
        state.rendered_in += input as u64;
        state.rendered_out += output as u64;
        drop(state);
        self.changed.notify_all();
    }

    /// The writer wrote a chunk of `bytes`.
    fn release(&self, bytes: usize) {
        let mut state = self.lock();
        state.bytes = state.bytes.saturating_sub(bytes);
        state.chunks = state.chunks.saturating_sub(1);
        drop(state);
        self.changed.notify_all();
    }

    fn abort(&self) {
        self.lock().aborted = true;
        self.changed.notify_all();
    }
}

/// The reader's end: groups documents into chunks and sends them.
struct ChunkSender<'b> {
    tx: SyncSender<Chunk>,
    budget: &'b Budget,
    seq: u64,
    docs: Vec<Raw>,
    bytes: usize,
}

impl ChunkSender<'_> {
    /// Queue one document; false when the run stopped.
    fn push(&mut self, doc: Raw) -> bool {
        self.bytes += match &doc {
            Raw::Line { bytes, .. } | Raw::File { bytes, .. } => bytes.len(),
            Raw::Failed { error, .. } => error.len(),
        };
        self.docs.push(doc);
        if self.docs.len() >= CHUNK_DOCS || self.bytes >= self.budget.chunk_bytes() {
            self.send()
        } else {
            true
        }
    }

    fn send(&mut self) -> bool {
        if self.docs.is_empty() {
            return true;
        }
        let Some(charge) = self.budget.acquire(self.bytes) else {
            return false;
        };
        let chunk = Chunk {
            seq: self.seq,
            docs: std::mem::replace(&mut self.docs, Vec::with_capacity(CHUNK_DOCS)),
            bytes: std::mem::take(&mut self.bytes),
            charge,
        };
        self.seq += 1;
        self.tx.send(chunk).is_ok()
    }
}

/// A worker: decode, parse and render chunks until the reader is done.
fn work(
    options: &Options,
    budget: &Budget,
    work_rx: &Mutex<Receiver<Chunk>>,
    pool_rx: &Mutex<Receiver<Vec<u8>>>,
    done_tx: SyncSender<Done>,
) {
    let parser = Parser::new().max_input_len(options.max_doc_bytes);
    loop {
        let chunk = match work_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(chunk) = chunk else { return };
        let mut out = pool_rx
            .lock()
            .ok()
            .and_then(|rx| rx.try_recv().ok())
            .unwrap_or_default();
        out.clear();
        #[cfg(feature = "parquet")]
        let mut rows = (options.format == Format::Parquet).then(Rows::new);
        let mut summary = Summary::default();
        for doc in chunk.docs {
            let start = out.len();
            let rendered = catch_unwind(AssertUnwindSafe(|| {
                #[cfg(feature = "parquet")]
                if let Some(rows) = rows.as_mut() {
                    return render::render_rows(&doc, &parser, rows);
                }
                render(&doc, &parser, options.format, &mut out)
            }));
            let (ok, text_bytes) = rendered.unwrap_or_else(|_| {
                out.truncate(start);
                let id = doc_id(&doc);
                let error = "internal error: the parser panicked on this document";
                #[cfg(feature = "parquet")]
                if let Some(rows) = rows.as_mut() {
                    rows.push(&render::id_text(&id), Err(error));
                    return (false, 0);
                }
                write_error(&id, error, options.format, &mut out);
                (false, 0)
            });
            summary.add(Summary {
                documents: 1,
                failed: usize::from(!ok),
                bytes: text_bytes as u64,
            });
        }
        // Table rows are held about as large as the text they came from.
        #[cfg(feature = "parquet")]
        let held = out.len() + rows.as_ref().map_or(0, |_| chunk.bytes);
        #[cfg(not(feature = "parquet"))]
        let held = out.len();
        budget.swap(chunk.charge, chunk.bytes, held);
        let done = Done {
            seq: chunk.seq,
            out,
            #[cfg(feature = "parquet")]
            rows,
            held,
            summary,
        };
        if done_tx.send(done).is_err() {
            // The writer stopped (its output was closed). Take what the
            // reader still sends until it sees the abort and hangs up, so it
            // is never left blocked on a full channel that nobody reads.
            while let Ok(Ok(_)) = work_rx.lock().map(|rx| rx.recv()) {}
            return;
        }
    }
}

/// Write finished chunks in sequence; recycle their buffers.
fn write_in_order(
    options: &Options,
    budget: &Budget,
    done_rx: Receiver<Done>,
    pool_tx: SyncSender<Vec<u8>>,
    out: &mut impl Emit,
) -> io::Result<Summary> {
    let mut pending = BTreeMap::new();
    let mut next = 0u64;
    let mut summary = Summary::default();
    let started = Instant::now();
    let mut last_progress = started;
    loop {
        // Flush whenever no result is ready, so a caller that waits for a
        // line gets it; in bulk runs the writer is idle most of the time
        // anyway, and its writes are whole chunks.
        let done = match done_rx.try_recv() {
            Ok(done) => done,
            Err(mpsc::TryRecvError::Empty) => {
                out.flush_out()?;
                match done_rx.recv() {
                    Ok(done) => done,
                    Err(_) => break,
                }
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
        };
        pending.insert(done.seq, done);
        while let Some(mut done) = pending.remove(&next) {
            out.emit(&mut done)?;
            budget.release(done.held);
            summary.add(done.summary);
            next += 1;
            // Keep small buffers for reuse; let a huge one go.
            if done.out.capacity() <= 4 * CHUNK_BYTES {
                let _ = pool_tx.try_send(done.out);
            }
        }
        if options.progress && last_progress.elapsed().as_millis() >= 500 {
            last_progress = Instant::now();
            eprint!("\r{}   ", progress_line(&summary, started));
        }
    }
    out.flush_out()?;
    if !pending.is_empty() {
        return Err(io::Error::other(
            "a worker stopped before its documents were written",
        ));
    }
    if options.progress {
        eprintln!("\r{}   ", progress_line(&summary, started));
    }
    Ok(summary)
}

fn progress_line(summary: &Summary, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    format!(
        "corpus: {} documents ({:.0}/s), {:.1} MB/s, {} failed",
        summary.documents,
        summary.documents as f64 / secs,
        summary.bytes as f64 / 1e6 / secs,
        summary.failed
    )
}
