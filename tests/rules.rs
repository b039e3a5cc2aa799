//! Which binder rule made each record, over the fixtures in
//! `tests/fixtures/`: one line per record, `rule  record  span  text`, so a
//! reviewer sees the phrasing each record was read from and the rule that
//! read it. The rule is `how the verb was found / how the counted thing
//! was found` (see `record::bind::Rule`).

use std::fmt::Write;

#[test]
fn rules_of_the_fixture_records() {
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let mut out = String::new();
        for (record, span, rule) in police_bulletin::_explain(&text) {
            let _ = writeln!(
                out,
                "{rule:<40} {record:<32} {:>5}..{:<5} {:?}",
                span.start,
                span.end,
                &text[span.range()]
            );
        }
        insta::assert_snapshot!(out);
    });
}

#[test]
fn explain_lists_every_record_of_a_parse() {
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let b = police_bulletin::Bulletin::parse(&text).unwrap();
        let fraud = b.fraud.map_or(0, |f| {
            serde_json::to_value(f)
                .unwrap()
                .as_object()
                .unwrap()
                .values()
                .filter(|v| !v.is_null())
                .count()
        });
        let records = b.tallies.len() + b.seizures.len() + fraud + b.trends.len();
        let explained = police_bulletin::_explain(&text);
        assert_eq!(explained.len(), records, "{}", path.display());
        assert!(explained.iter().all(|(_, _, rule)| !rule.is_empty()));
    });
}
