//! The worker's rendering: decode a document, parse it, write its JSONL
//! line or CSV rows straight into the worker's output buffer.

use std::borrow::Cow;

use police_bulletin::{Bulletin, Parser};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::{Format, Raw};
use crate::csv;

/// The fields of a JSONL document line that the tool reads.
#[derive(Deserialize)]
struct LineDoc<'a> {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default, borrow, deserialize_with = "some_raw")]
    text: Option<&'a RawValue>,
    #[serde(default, borrow)]
    reference_date: Option<&'a RawValue>,
}

/// `"text": null` is present, and not a string.
fn some_raw<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

/// A JSON string, borrowed when it has no escapes.
#[derive(Deserialize)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

/// A decoded document: id, text, reference date.
struct Decoded<'a> {
    id: Value,
    text: Cow<'a, str>,
    reference_date: Option<Cow<'a, str>>,
}

/// Decode one JSONL line.
fn decode_line(line: &[u8], n: usize) -> Result<Decoded<'_>, (Value, String)> {
    let fallback = || Value::String(format!("line {n}"));
    let first = line.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        let error = match serde_json::from_slice::<serde::de::IgnoredAny>(line) {
            Ok(_) => format!("line {n} is not a JSON object"),
            Err(e) => format!("line {n} is not JSON: {e}"),
        };
        return Err((fallback(), error));
    }
    let doc: LineDoc<'_> = serde_json::from_slice(line)
        .map_err(|e| (fallback(), format!("line {n} is not JSON: {e}")))?;
    let id = doc.id.filter(|v| !v.is_null()).unwrap_or_else(fallback);
    let Some(raw) = doc.text else {
        return Err((id, "missing \"text\"".into()));
    };
    let Ok(Text(text)) = serde_json::from_str::<Text<'_>>(raw.get()) else {
        return Err((id, "\"text\" is not a string".into()));
    };
    // A reference date that is not a string is ignored, as before.
    let reference_date = doc
        .reference_date
        .and_then(|raw| serde_json::from_str::<Text<'_>>(raw.get()).ok())
        .map(|Text(date)| date);
    Ok(Decoded {
        id,
        text,
        reference_date,
    })
}

pub(super) fn doc_id(doc: &Raw) -> Value {
    match doc {
        Raw::Line { n, bytes } => match decode_line(bytes, *n) {
            Ok(d) => d.id,
            Err((id, _)) => id,
        },
        Raw::File { id, .. } => Value::String(id.clone()),
        Raw::Failed { id, .. } => id.clone(),
    }
}

/// Render one document into `out`; returns whether it succeeded and the
/// bytes of text it parsed.
pub(super) fn render(
    doc: &Raw,
    parser: &Parser,
    format: Format,
    out: &mut Vec<u8>,
) -> (bool, usize) {
    let (id, text, reference_date) = match doc {
        Raw::Failed { id, error } => {
            write_error(id, error, format, out);
            return (false, 0);
        }
        Raw::Line { n, bytes } => match decode_line(bytes, *n) {
            Ok(d) => (d.id, d.text, d.reference_date),
            Err((id, error)) => {
                write_error(&id, &error, format, out);
                return (false, 0);
            }
        },
        Raw::File { id, bytes } => match std::str::from_utf8(bytes) {
            Ok(text) => (Value::String(id.clone()), Cow::Borrowed(text), None),
            Err(e) => {
                let error = format!(
                    "input is not valid UTF-8: invalid byte at offset {}",
                    e.valid_up_to()
                );
                write_error(&Value::String(id.clone()), &error, format, out);
                return (false, 0);
            }
        },
    };
    let parsed = match reference_date.as_deref().map(str::parse).transpose() {
        Ok(Some(date)) => parser.clone().reference_date(date).parse(&text),
        Ok(None) => parser.parse(&text),
        Err(e) => Err(e),
    };
    match parsed {
        Ok(bulletin) => {
            let start = out.len();
            match write_bulletin(&id, &bulletin, &text, format, out) {
                Ok(()) => (true, text.len()),
                Err(e) => {
                    out.truncate(start);
                    write_error(&id, &e.to_string(), format, out);
                    (false, text.len())
                }
            }
        }
        Err(e) => {
            write_error(&id, &e.to_string(), format, out);
            (false, text.len())
        }
    }
}

fn write_bulletin(
    id: &Value,
    bulletin: &Bulletin<'_>,
    text: &str,
    format: Format,
    out: &mut Vec<u8>,
) -> serde_json::Result<()> {
    match format {
        Format::Jsonl => {
            out.extend_from_slice(b"{\"id\":");
            serde_json::to_writer(&mut *out, id)?;
            let brace = out.len();
            serde_json::to_writer(&mut *out, bulletin)?;
            // The bulletin object's opening brace becomes the comma after the id.
            out[brace] = b',';
            out.push(b'\n');
        }
        Format::Csv => csv::write_bulletin(out, &id_text(id), bulletin, text),
    }
    Ok(())
}

/// One error line (JSONL) or error row (CSV).
pub(super) fn write_error(id: &Value, error: &str, format: Format, out: &mut Vec<u8>) {
    match format {
        Format::Jsonl => {
            out.extend_from_slice(b"{\"id\":");
            // Writing a Value or a str into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut *out, id);
            out.extend_from_slice(b",\"error\":");
            let _ = serde_json::to_writer(&mut *out, error);
            out.extend_from_slice(b"}\n");
        }
        Format::Csv => csv::write_error(out, &id_text(id), error),
    }
}

/// The id as CSV text: a string as is, anything else as JSON.
fn id_text(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
