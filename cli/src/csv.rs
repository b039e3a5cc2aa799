//! The long-form CSV table: one row per record value.
//!
//! Columns ([`HEADER`]):
//!
//! | column | meaning |
//! |---|---|
//! | `id` | the document id (a JSON id that is not a string is written as JSON) |
//! | `layer` | `figures`, `tallies`, `seizures`, `fraud`, `trends`, `agencies`, `operations`, `meta`, `warnings`, or `error` |
//! | `kind` | tally kind (`arrests`...), seizure kind (`drugs`...), trend direction (`increase`, `decrease`), agency level (`city`...), warning kind; empty otherwise |
//! | `action` | seizure action (`seized`, `confiscated`, `recovered`, `frozen`, `intercepted`); empty otherwise |
//! | `field` | which value of the record: seizures `quantity` or `value`; fraud the statistic (`cases_solved`...); trends the basis (`year_on_year`, `month_on_month`, `period_on_period`, or empty); operations `name`, `alias`, `agency`, `launched`, `start`, `end`; meta `title`, `published`, `published_time`, `source`, `editor`, `views` |
//! | `what` | the counted noun (figures, tallies), the seized item, the trend's metric |
//! | `value` | a number, and only a number: the exact value, written with a decimal point (`26.0`, `0.3`) so every reader types the column as floating point; empty on rows that carry text |
//! | `max` | the top of a range (`10 to 15`), same form; empty otherwise |
//! | `unit` | `CNY`, `USD`..., `percent`, `kg`, `mu`, `hectare`, `m`, `km`, `l`, `cubic_m`, `sq_m`, `sq_km`; empty for a count |
//! | `qualifier` | `exact`, `more_than`, `at_least`, `less_than`, `at_most`, `nearly`, `about` |
//! | `text` | the figure as written; for agencies, operations, meta and warnings the name, date, title or message; for `error` rows the error |
//! | `start`, `end` | byte span in the document text (empty for meta and error rows) |
//!
//! Every row has all 13 fields (RFC 4180 quoting); `id`, `what` and `text`
//! are always quoted so no reader takes them for numbers.

use police_bulletin::{Bulletin, Decimal, Figure, Span};

/// The header row, without its line break.
pub const HEADER: &str = "id,layer,kind,action,field,what,value,max,unit,qualifier,text,start,end";

/// `--help` text: the columns in brief.
pub const HELP: &str = "\
CSV columns (one row per record value; --format csv):
  id         document id
  layer      figures|tallies|seizures|fraud|trends|agencies|operations|meta|warnings|error
  kind       tally kind, seizure kind, trend direction, agency level or
             warning kind
  action     seizure action (seized, confiscated, recovered, frozen, intercepted)
  field      seizure quantity|value; fraud statistic; trend basis;
             operation name|alias|agency|launched|start|end;
             meta title|published|source|editor|views
  what       counted noun, seized item or trend metric
  value      the exact number, always with a decimal point; empty on text rows
  max        top of a range, same form
  unit       CNY, USD, ..., percent, kg, ...; empty for a count
  qualifier  exact, more_than, at_least, less_than, at_most, nearly, about
  text       the figure as written; the name, date, title or message on
             agency, operation, meta and warning rows; the error on error rows
  start,end  byte span in the document text";

/// A number for the `value` and `max` columns.
#[derive(Clone, Copy)]
enum Number {
    Decimal(Decimal),
    Count(u64),
}

/// One row, before quoting.
#[derive(Default)]
struct Row<'r> {
    layer: &'r str,
    kind: &'r str,
    action: &'r str,
    field: &'r str,
    what: &'r str,
    value: Option<Number>,
    max: Option<Number>,
    unit: &'r str,
    qualifier: &'r str,
    text: &'r str,
    span: Option<Span>,
}

impl<'r> Row<'r> {
    /// A row for a figure: value, max, unit, qualifier, text and span.
    fn figure(layer: &'r str, f: &'r Figure<'_>) -> Self {
        Row {
            layer,
            what: f.noun.as_deref().unwrap_or(""),
            value: Some(Number::Decimal(f.value)),
            max: f.max.map(Number::Decimal),
            unit: f.unit.map_or("", |u| u.as_str()),
            qualifier: f.qualifier.as_str(),
            text: &f.text,
            span: Some(f.span),
            ..Row::default()
        }
    }

    /// A row whose value is text: a name, a date, a title.
    fn text(layer: &'r str, field: &'r str, text: &'r str, span: Option<Span>) -> Self {
        Row {
            layer,
            field,
            text,
            span,
            ..Row::default()
        }
    }

    fn write(&self, out: &mut Vec<u8>, id: &str) {
        quoted(out, id);
        for plain in [self.layer, self.kind, self.action, self.field] {
            out.push(b',');
            field(out, plain);
        }
        out.push(b',');
        quoted(out, self.what);
        for number in [self.value, self.max] {
            out.push(b',');
            if let Some(n) = number {
                number_field(out, n);
            }
        }
        for plain in [self.unit, self.qualifier] {
            out.push(b',');
            field(out, plain);
        }
        out.push(b',');
        quoted(out, self.text);
        out.push(b',');
        if let Some(span) = self.span {
            out.extend_from_slice(format!("{},{}", span.start, span.end).as_bytes());
        } else {
            out.push(b',');
        }
        out.push(b'\n');
    }
}

/// Append the rows of one bulletin.
pub fn write_bulletin(out: &mut Vec<u8>, id: &str, b: &Bulletin<'_>, text: &str) {
    for f in &b.figures {
        Row::figure("figures", f).write(out, id);
    }
    for t in &b.tallies {
        Row {
            kind: t.kind.as_str(),
            what: &t.what,
            ..Row::figure("tallies", &t.count)
        }
        .write(out, id);
    }
    for s in &b.seizures {
        for (field, figure) in [("quantity", &s.quantity), ("value", &s.value)] {
            if let Some(f) = figure {
                Row {
                    kind: s.kind.as_str(),
                    action: s.action.as_str(),
                    field,
                    what: &s.item,
                    ..Row::figure("seizures", f)
                }
                .write(out, id);
            }
        }
    }
    if let Some(fraud) = &b.fraud {
        for (field, f) in fraud.iter() {
            Row {
                field,
                ..Row::figure("fraud", f)
            }
            .write(out, id);
        }
    }
    for t in &b.trends {
        Row {
            layer: "trends",
            kind: t.direction.as_str(),
            field: t.basis.map_or("", |b| b.as_str()),
            what: &t.metric,
            value: Some(Number::Decimal(t.percent)),
            unit: "percent",
            text: text.get(t.span.range()).unwrap_or(""),
            span: Some(t.span),
            ..Row::default()
        }
        .write(out, id);
    }
    for a in &b.agencies {
        Row {
            layer: "agencies",
            kind: a.level.as_str(),
            text: &a.name,
            span: Some(a.span),
            ..Row::default()
        }
        .write(out, id);
    }
    for o in &b.operations {
        let span = Some(o.span);
        let row = |field, text| Row::text("operations", field, text, span);
        row("name", &o.name).write(out, id);
        for alias in &o.aliases {
            row("alias", alias).write(out, id);
        }
        if let Some(agency) = &o.agency {
            row("agency", agency).write(out, id);
        }
        for (field, date) in [("launched", o.launched), ("start", o.start), ("end", o.end)] {
            if let Some(d) = date {
                Row::text("operations", field, &d.to_string(), span).write(out, id);
            }
        }
    }
    let meta = |field, text| Row::text("meta", field, text, None);
    let published = b.meta.published.map(|d| d.to_string());
    let published_time = b.meta.published_time.map(|t| t.to_string());
    for (field, value) in [
        ("title", b.meta.title.as_deref()),
        ("published", published.as_deref()),
        ("published_time", published_time.as_deref()),
        ("source", b.meta.source.as_deref()),
        ("editor", b.meta.editor.as_deref()),
    ] {
        if let Some(v) = value {
            meta(field, v).write(out, id);
        }
    }
    if let Some(views) = b.meta.views {
        Row {
            value: Some(Number::Count(views)),
            ..meta("views", "")
        }
        .write(out, id);
    }
    for w in &b.warnings {
        Row {
            layer: "warnings",
            kind: w.kind.as_str(),
            text: &w.message,
            span: Some(w.span),
            ..Row::default()
        }
        .write(out, id);
    }
}

/// Append the error row of a document that failed.
pub fn write_error(out: &mut Vec<u8>, id: &str, error: &str) {
    Row {
        layer: "error",
        text: error,
        ..Row::default()
    }
    .write(out, id);
}

/// A number, always with a decimal point.
fn number_field(out: &mut Vec<u8>, n: Number) {
    let s = match n {
        Number::Decimal(d) => d.to_string(),
        Number::Count(c) => c.to_string(),
    };
    out.extend_from_slice(s.as_bytes());
    if !s.contains('.') {
        out.extend_from_slice(b".0");
    }
}

/// A field that is quoted only when it must be (RFC 4180).
fn field(out: &mut Vec<u8>, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        quoted(out, s);
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

/// A field that is always quoted, so no reader types it as a number.
fn quoted(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    for part in s.split_inclusive('"') {
        out.extend_from_slice(part.as_bytes());
        if part.ends_with('"') {
            out.push(b'"');
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<String> {
        let b = Bulletin::parse(text).unwrap();
        let mut out = Vec::new();
        write_bulletin(&mut out, "a", &b, text);
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn figures_tallies_and_trends_are_rows_with_numeric_values() {
        let rows = rows("Police arrested 26 suspects, a rise of 5% year on year.");
        assert!(rows.contains(&r#""a",figures,,,,"suspects",26.0,,,exact,"26",16,18"#.to_string()));
        assert!(rows
            .contains(&r#""a",tallies,arrests,,,"suspects",26.0,,,exact,"26",16,18"#.to_string()));
        assert!(
            rows.iter()
                .any(|r| r.starts_with(r#""a",trends,increase,,year_on_year,"#)),
            "{rows:?}"
        );
    }

    #[test]
    fn seizures_name_kind_action_field_and_item() {
        let rows = rows("Police seized 2.5 tons of drugs.");
        assert!(
            rows.contains(
                &r#""a",seizures,drugs,seized,quantity,"drugs",2500.0,,kg,exact,"2.5 tons",14,22"#
                    .to_string()
            ),
            "{rows:?}"
        );
    }

    #[test]
    fn quoting() {
        let mut out = Vec::new();
        quoted(&mut out, "say \"hi\", twice");
        field(&mut out, "a,b");
        field(&mut out, "plain");
        assert_eq!(out, b"\"say \"\"hi\"\", twice\"\"a,b\"plain");
    }

    #[test]
    fn error_rows_have_every_column() {
        let mut out = Vec::new();
        write_error(&mut out, "x", "line 2 is not JSON");
        let row = String::from_utf8(out).unwrap();
        assert_eq!(row, "\"x\",error,,,,\"\",,,,,\"line 2 is not JSON\",,\n");
        assert_eq!(row.matches(',').count(), HEADER.matches(',').count());
    }
}
