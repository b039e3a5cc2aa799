//! Glosses: a campaign's name in another language, in brackets right after
//! its quoted name (`the “Leiting” (Thunderbolt) operation`, `“净网2025”
//! (Clean Net 2025)`, `“Dragon Shield” （龙盾）`). The words after a quote
//! go on past its gloss, and the gloss is the campaign's other spelling.

use super::*;

/// The most bytes a gloss takes, with its brackets.
const LONGEST: usize = 48;

/// The inside of a short gloss in brackets (ASCII or full-width) opening
/// at `at`, and where its closing bracket ends. A bracket holding a clause
/// (a comma, a semicolon, a line break) is no gloss.
fn gloss_at(text: &str, at: usize) -> Option<(Span, usize)> {
    let rest = text.get(at..)?;
    let (open, close) = match rest.as_bytes().first() {
        Some(b'(') => ('(', ')'),
        Some(0xEF) if rest.starts_with('\u{ff08}') => ('\u{ff08}', '\u{ff09}'),
        _ => return None,
    };
    let window = &rest[..floor_char(rest, LONGEST)];
    let k = window.find(close)?;
    if window[..k].contains([',', ';', '\n', '\u{ff0c}']) {
        return None;
    }
    let inner = Span::new(at + open.len_utf8(), at + k);
    Some((inner, at + k + close.len_utf8()))
}

/// Where the words after a quote go on past a gloss that opens at `at`
/// (and one space after it), else `at`.
pub(super) fn past_gloss(text: &str, at: usize) -> usize {
    gloss_at(text, at).map_or(at, |(_, end)| skip_spaces(text, end, 1))
}

/// The gloss of the quoted name ending at `end` (past its closing quote
/// and a space), when it reads as a name: it opens with a capital or an
/// ideograph and holds no quote (a quoted gloss is a mention of its own).
pub(super) fn gloss_after(text: &str, end: usize) -> Option<&str> {
    let close = text.get(end..)?.chars().next()?;
    if !matches!(
        close,
        '"' | '\'' | '\u{201d}' | '\u{2019}' | '\u{300b}' | '\u{300d}'
    ) {
        return None;
    }
    let (inner, _) = gloss_at(text, skip_spaces(text, end + close.len_utf8(), 1))?;
    let gloss = text[inner.range()].trim();
    let first = gloss.chars().next()?;
    let named = first.is_ascii_uppercase() || (!first.is_ascii() && first.is_alphanumeric());
    let quoted = gloss.contains(['"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}']);
    (named && !quoted).then_some(gloss)
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    #[test]
    fn a_gloss_in_brackets_between_a_quote_and_its_campaign_word() {
        let p = |s| super::super::tests::ops(s, "2025-05-10").join("\n");
        assert_snapshot!(p("The \"Leiting\" (Thunderbolt) operation was launched on April 10."), @r#"Leiting ["Thunderbolt"] launched=Some("2025-04-10") start=None end=None"#);
        assert_snapshot!(p("Since the \"净网2025\" (Clean Net 2025) special action was launched on 2025年4月1日, 86 sites closed."), @r#"净网2025 ["Clean Net 2025"] launched=Some("2025-04-01") start=None end=None"#);
        assert_snapshot!(p("The \"Dragon Shield\" （龙盾） action began on April 28."), @r#"Dragon Shield ["龙盾"] launched=Some("2025-04-28") start=None end=None"#);
        // A clause in brackets, or no campaign word past them: no name.
        assert_snapshot!(p("The \"Leiting\" (a film, shown in May) operation began."), @"");
        assert_snapshot!(p("Police praised \"Leiting\" (a local hero) at the campaign launch."), @"");
        // The gloss, met again elsewhere, is the same campaign.
        assert_snapshot!(p("Police crack 27 cases in \"Kunlun 2025\" operation\nUnder the \"昆仑2025\" (Kunlun 2025) special operation, 27 were held. The Kunlun 2025 operation began in March."), @r#"Kunlun 2025 ["昆仑2025"] launched=Some("2025-03-01") start=None end=None"#);
        assert_snapshot!(p("The \"Sky Net\" operation (see below) began on May 2."), @r#"Sky Net [] launched=Some("2025-05-02") start=None end=None"#);
    }
}
