//! Whole-bulletin snapshots over the fixtures in `tests/fixtures/`: bulletins
//! written for this crate in the style of real ones. Each record is printed
//! beside `&input[span]`, so a wrong span shows up as a wrong quote.

use std::fmt::Write;

use police_bulletin::{Bulletin, Figure, Span};

fn quote(text: &str, span: Span) -> String {
    format!("{:?}", &text[span.range()])
}

fn figure(text: &str, f: &Figure<'_>) -> String {
    let mut s = format!(
        "{}..{} {} = {}",
        f.span.start,
        f.span.end,
        quote(text, f.span),
        f.value
    );
    if let Some(m) = f.max {
        let _ = write!(s, "..{m}");
    }
    if let Some(u) = f.unit {
        let _ = write!(s, " {}", u.as_str());
    }
    let _ = write!(s, " {:?}", f.qualifier);
    if let Some(n) = &f.noun {
        let _ = write!(s, " noun={n:?}");
    }
    s
}

/// A readable view of every layer of a bulletin.
fn view(text: &str, b: &Bulletin<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "meta: {}", serde_json::to_string(&b.meta).unwrap());
    let _ = writeln!(out, "agencies:");
    for a in &b.agencies {
        let _ = writeln!(out, "  {:?} {} {:?}", a.level, quote(text, a.span), a.name);
    }
    let _ = writeln!(out, "operations:");
    for o in &b.operations {
        let _ = writeln!(
            out,
            "  {} {}",
            quote(text, o.span),
            serde_json::to_string(o).unwrap()
        );
    }
    let _ = writeln!(out, "tallies:");
    for t in &b.tallies {
        let _ = writeln!(
            out,
            "  {:?} what={:?} | {}",
            t.kind,
            t.what,
            figure(text, &t.count)
        );
    }
    let _ = writeln!(out, "seizures:");
    for s in &b.seizures {
        let _ = writeln!(out, "  {:?} {:?} item={:?}", s.kind, s.action, s.item);
        for f in s.quantity.iter().chain(&s.value) {
            let _ = writeln!(out, "    {}", figure(text, f));
        }
    }
    let _ = writeln!(out, "fraud:");
    if let Some(fraud) = &b.fraud {
        let json = serde_json::to_value(fraud).unwrap();
        for (field, value) in json.as_object().unwrap() {
            if !value.is_null() {
                let _ = writeln!(
                    out,
                    "  {field}: {:?} = {}",
                    value["text"].as_str().unwrap(),
                    value["value"]
                );
            }
        }
    }
    let _ = writeln!(out, "trends:");
    for t in &b.trends {
        let _ = writeln!(
            out,
            "  {:?} {} {:?} metric={:?} | {}",
            t.direction,
            t.percent,
            t.basis,
            t.metric,
            quote(text, t.span)
        );
    }
    let _ = writeln!(out, "figures:");
    for f in &b.figures {
        let _ = writeln!(out, "  {}", figure(text, f));
    }
    let _ = writeln!(out, "warnings:");
    for w in &b.warnings {
        let _ = writeln!(out, "  {}: {} | {}", w.kind, w.message, quote(text, w.span));
    }
    out
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let bulletin = Bulletin::parse(&text).unwrap();
        for f in &bulletin.figures {
            assert_eq!(f.text, &text[f.span.range()]);
        }
        insta::assert_snapshot!(view(&text, &bulletin));
    });
}

#[test]
fn json_shape_has_every_layer() {
    let text = std::fs::read_to_string("tests/fixtures/wire_drug_bust.txt").unwrap();
    let bulletin = Bulletin::parse(&text).unwrap();
    let json = serde_json::to_value(&bulletin).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "agencies",
            "figures",
            "fraud",
            "meta",
            "operations",
            "seizures",
            "tallies",
            "trends",
            "warnings"
        ]
    );
    let meta: Vec<&str> = json["meta"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        meta,
        [
            "editor",
            "published",
            "published_time",
            "source",
            "title",
            "views"
        ]
    );
    let figure = &json["figures"][0];
    let fields: Vec<&str> = figure
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        ["max", "noun", "qualifier", "span", "text", "unit", "value"]
    );
    assert_eq!(figure["unit"], "kg");
    assert_eq!(figure["value"], 1200);
    assert_eq!(figure["span"].as_array().unwrap().len(), 2);
}

#[test]
fn readme_json_example_is_real_output() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let after = readme
        .split("For the text\n`")
        .nth(1)
        .expect("README names the example text");
    let text = after.split("`:").next().unwrap();
    let block = after
        .split("```json\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_str(block).unwrap();
    let real = serde_json::to_value(Bulletin::parse(text).unwrap()).unwrap();
    assert_eq!(shown, real);
}
