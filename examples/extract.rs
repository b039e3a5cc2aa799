//! Extract one bulletin and print it as pretty JSON.
//!
//! ```text
//! cargo run --release --example extract -- FILE [--reference-date YYYY-MM-DD]
//! cargo run --release --example extract -- - < bulletin.txt
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;

use police_bulletin::Parser;

const USAGE: &str = "usage: extract FILE|- [--reference-date YYYY-MM-DD]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut parser = Parser::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--reference-date" => {
                let date = args.next().ok_or(USAGE)?;
                parser = parser.reference_date(date.parse()?);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(USAGE.into()),
        }
    }
    let path = path.ok_or(USAGE)?;
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        buf
    } else {
        std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?
    };
    let bulletin = parser.parse_bytes(&bytes)?;
    let mut out = std::io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, &bulletin)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out));
    match written {
        // `extract ... | head`: the reader left; that is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
