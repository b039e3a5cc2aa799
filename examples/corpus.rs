//! Parse a JSONL corpus (`{"id", "text"}` per line) from stdin and print one
//! summary line per document: the id, then the arrests and seizures found.
//!
//! ```text
//! cargo run --release --example corpus < bulletins.jsonl
//! ```
//!
//! A demonstration of the library on many documents. The real tool, with
//! threads, ordered output, CSV, error lines and bounded memory, is the
//! command-line `police-bulletin corpus` (see the README).

use std::io::{BufRead, Write};

use police_bulletin::{Bulletin, TallyKind};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = std::io::stdin().lock();
    let mut out = std::io::stdout().lock();
    for (n, line) in stdin.lines().enumerate() {
        let doc: serde_json::Value = serde_json::from_str(&line?)?;
        let id = doc["id"]
            .as_str()
            .map_or(format!("line {}", n + 1), str::to_string);
        let Some(text) = doc["text"].as_str() else {
            writeln!(out, "{id}: no text")?;
            continue;
        };
        let bulletin = Bulletin::parse(text)?;
        let arrests: u64 = bulletin
            .tallies
            .iter()
            .filter(|t| t.kind == TallyKind::Arrests)
            .filter_map(|t| t.count.value.as_u64())
            .sum();
        writeln!(
            out,
            "{id}: {arrests} arrested, {} seizures, {} figures",
            bulletin.seizures.len(),
            bulletin.figures.len()
        )?;
    }
    Ok(())
}
