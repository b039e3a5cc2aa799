//! Any bytes: no panic, no hang, every span on char boundaries inside the
//! input, and `text == input[span]` for every figure, including those the
//! records hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use police_bulletin::{Figure, Parser, Span};

fn check_span(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "span inside input");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "span on char boundaries");
}

fn check_figure(text: &str, f: &Figure<'_>) {
    check_span(text, f.span);
    assert_eq!(&text[f.span.range()], f.text);
}

fuzz_target!(|data: &[u8]| {
    let Ok(bulletin) = Parser::new().parse_bytes(data) else {
        assert!(std::str::from_utf8(data).is_err());
        return;
    };
    let text = std::str::from_utf8(data).unwrap();
    for f in &bulletin.figures {
        check_figure(text, f);
    }
    for t in &bulletin.tallies {
        check_figure(text, &t.count);
    }
    for s in &bulletin.seizures {
        s.quantity.iter().chain(&s.value).for_each(|f| check_figure(text, f));
    }
    for t in &bulletin.trends {
        check_span(text, t.span);
    }
    for a in &bulletin.agencies {
        check_span(text, a.span);
        assert_eq!(&text[a.span.range()], a.name);
    }
    for o in &bulletin.operations {
        check_span(text, o.span);
    }
    for w in &bulletin.warnings {
        check_span(text, w.span);
    }
    serde_json::to_string(&bulletin).unwrap();
});
