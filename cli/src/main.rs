//! `police-bulletin`: extract typed statistics from police bulletins.

use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser as _, Subcommand};
use police_bulletin::{Date, Parser};
use police_bulletin_cli::corpus::{self, Format, Input, Options};
use police_bulletin_cli::{csv, extract};

const EXIT_CODES: &str = "\
Exit status:
  0  every document was read and parsed
  1  a document could not be read or parsed (corpus: its error line was
     written and the run went on)
  2  usage error, or output could not be written";

#[derive(clap::Parser)]
#[command(
    name = "police-bulletin",
    version,
    about = "Extract typed, exact statistics (arrests, seizures, fraud figures, trends) from police bulletins.",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract one bulletin and print it as JSON.
    #[command(after_help = EXIT_CODES)]
    Extract {
        /// A UTF-8 text file, or - for standard input.
        #[arg(value_name = "FILE|-")]
        file: PathBuf,
        /// Resolve relative dates ("July 2", "this year") against this date
        /// (YYYY-MM-DD); a publication date stated in the text wins.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        reference_date: Option<Date>,
        /// One line of JSON instead of pretty-printed.
        #[arg(long)]
        compact: bool,
    },
    /// Extract many documents: one JSONL line (or CSV rows) per document, in input order.
    ///
    /// INPUT is a .jsonl file of {"id", "text", "reference_date"?} lines, a
    /// directory of .txt files (the id is the file name), or - for JSONL on
    /// standard input. Every JSONL line is a document: a blank, non-JSON,
    /// text-less or over-long line gives an error line named "line N". An
    /// input that cannot be opened or read gives one error line named by its
    /// path, and the run goes on. Lines out = documents in.
    ///
    /// JSONL output: {"id": ..., <Bulletin fields>} per document, or
    /// {"id": ..., "error": "..."}.
    #[command(after_help = format!("{}\n\n{EXIT_CODES}", csv::HELP))]
    Corpus {
        /// Inputs, read in order.
        #[arg(value_name = "INPUT", required = true)]
        inputs: Vec<OsString>,
        /// Worker threads [default: all cores].
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Show a progress line on stderr (the default when stderr is a terminal).
        #[arg(long)]
        progress: bool,
        /// A document (JSONL line or .txt file) over this many bytes is an
        /// error line; it is skipped without being held in memory.
        #[arg(long, value_name = "N", default_value_t = Parser::DEFAULT_MAX_INPUT_LEN)]
        max_doc_bytes: usize,
    },
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse().map_err(|e: police_bulletin::Error| e.to_string())
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Extract {
            file,
            reference_date,
            compact,
        } => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            match extract::run(&file, reference_date, compact, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("police-bulletin: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Corpus {
            inputs,
            threads,
            format,
            progress,
            max_doc_bytes,
        } => {
            let defaults = Options::default();
            let options = Options {
                threads: threads.map_or(defaults.threads, usize::from),
                format,
                progress: progress || io::stderr().is_terminal(),
                max_doc_bytes,
                ..defaults
            };
            let inputs: Vec<Input> = inputs.iter().map(|a| Input::from(a.as_os_str())).collect();
            run_corpus(&inputs, &options)
        }
    }
}

fn run_corpus(inputs: &[Input], options: &Options) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let started = Instant::now();
    let result = corpus::run(inputs, options, &mut out).and_then(|s| out.flush().map(|()| s));
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
            eprintln!("police-bulletin corpus: {e}");
            ExitCode::from(2)
        }
    }
}
