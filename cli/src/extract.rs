//! Extract one bulletin and write it as JSON.

use std::io::{self, Read, Write};
use std::path::Path;

use police_bulletin::{Date, Parser};

/// Read `path` (`-` for standard input), parse it and write its JSON to
/// `out`: pretty, or one line when `compact`. The error is a message for
/// the user.
pub fn run(
    path: &Path,
    reference_date: Option<Date>,
    compact: bool,
    out: &mut impl Write,
) -> Result<(), String> {
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?
    };
    let parser = reference_date
        .into_iter()
        .fold(Parser::new(), Parser::reference_date);
    let bulletin = parser
        .parse_bytes(&bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let written = if compact {
        serde_json::to_writer(&mut *out, &bulletin)
    } else {
        serde_json::to_writer_pretty(&mut *out, &bulletin)
    }
    .map_err(io::Error::from)
    .and_then(|()| writeln!(out))
    .and_then(|()| out.flush());
    match written {
        // `extract ... | head`: the reader left; that is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.to_string()),
        Ok(()) => Ok(()),
    }
}
