//! The invariants every parse must keep, shared by the fuzz targets: every
//! span on char boundaries inside the input, `text == input[span]` for
//! every figure (including those the records hold) and agency, and a
//! bulletin that serializes.

use police_bulletin::{Bulletin, Figure, Span};

pub fn check_span(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "span inside input");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "span on char boundaries");
}

pub fn check_figure(text: &str, f: &Figure<'_>) {
    check_span(text, f.span);
    assert_eq!(&text[f.span.range()], f.text);
}

/// Check every span and value of a bulletin parsed from `text`.
pub fn check(text: &str, bulletin: &Bulletin<'_>) {
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
    serde_json::to_string(bulletin).unwrap();
}
