//! Repeats of campaign names already found, written bare: no quotes, no
//! campaign word (`Safe Campus 2024 will run until July 10.`, `while the
//! Summer Night Patrol ends on August 31`). A name of two words or more,
//! once it is a campaign's, is that campaign wherever it stands again.

use super::*;

/// The most names looked for: a bound that keeps the pass linear.
const MOST_NAMES: usize = 32;

/// The bare repeats of the names and aliases of `ops` in the text of
/// `tokens`, with the operation each repeats, in text order: each found
/// by its first word in one pass over the word tokens, and not inside one
/// of the `known` mentions (sorted by start).
pub(super) fn repeats<'a>(
    tokens: &Tokens<'a>,
    ops: &[Operation<'_>],
    known: &[Mention<'a>],
) -> Vec<(usize, Mention<'a>)> {
    let text = tokens.text();
    // (first word, whole name, operation)
    let names: Vec<(&str, &str, usize)> = ops
        .iter()
        .enumerate()
        .flat_map(|(k, op)| {
            std::iter::once(op.name.as_ref())
                .chain(op.aliases.iter().map(AsRef::as_ref))
                .map(move |name| (k, name))
        })
        .filter_map(|(k, name)| {
            let (first, rest) = name.split_once(' ')?;
            let proper = name.is_ascii()
                && first.starts_with(|c: char| c.is_ascii_uppercase())
                && !rest.trim().is_empty();
            proper.then_some((first, name, k))
        })
        .take(MOST_NAMES)
        .collect();
    let mut out = Vec::new();
    if names.is_empty() {
        return out;
    }
    let bytes = text.as_bytes();
    let all = tokens.all();
    // Where each name stands in full, found by a substring search per name
    // rather than a walk over every token: (start, name index), kept where
    // a word token that is the name's first word starts there and no letter
    // or digit follows the name.
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (n, &(first, name, _)) in names.iter().enumerate() {
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        // (Every start, overlapping ones too: each word token is tried.)
        let mut from = 0;
        while let Some(at) = bytes.get(from..).and_then(|rest| finder.find(rest)) {
            let start = from + at;
            from = start + 1;
            let k = tokens.index_from(start);
            let whole = all.get(k).is_some_and(|t| {
                t.start() == start && t.kind() == Kind::Word && &text[start..t.end()] == first
            });
            if whole
                && !bytes
                    .get(start + name.len())
                    .is_some_and(u8::is_ascii_alphanumeric)
            {
                found.push((start, n));
            }
        }
    }
    // In text order; at one start, the first name in order.
    found.sort_unstable();
    found.dedup_by_key(|&mut (start, _)| start);
    for (start, n) in found {
        let (_, name, k) = names[n];
        let span = Span::new(start, start + name.len());
        // Not a mention found already, nor inside one.
        let j = known.partition_point(|m| m.span.end <= span.start);
        if known.get(j).is_some_and(|m| m.span.start < span.end) {
            continue;
        }
        // (Nor one found in this pass: names do not overlap themselves.)
        if out
            .last()
            .is_some_and(|(_, m): &(usize, Mention<'_>)| m.span.end > span.start)
        {
            continue;
        }
        out.push((
            k,
            Mention {
                name: &text[span.range()],
                span,
                core: 0..0,
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::ops;
    use insta::assert_snapshot;

    #[test]
    fn a_bare_repeat_of_a_name_dates_its_campaign() {
        let p = |s| ops(s, "2024-06-20").join("\n");
        assert_snapshot!(p("The \"Safe School 2024\" operation began on June 3. Safe School 2024 will run until July 12."), @r#"Safe School 2024 [] launched=Some("2024-06-03") start=None end=Some("2024-07-12")"#);
        assert_snapshot!(p("Under the \"Summer Shield\" action, police began the \"Night Lamp\" action on June 2. The Night Lamp will end on August 10, while the Summer Shield runs until September 20."), @r#"
        Summer Shield [] launched=Some("2024-06-02") start=None end=Some("2024-09-20")
        Night Lamp [] launched=Some("2024-06-02") start=None end=Some("2024-08-10")
        "#);
        // One word alone is too common a word to be the name again.
        assert_snapshot!(p("The \"Lake\" action began on June 3. Lake water will rise until July 12."), @r#"Lake [] launched=Some("2024-06-03") start=None end=None"#);
    }
}

#[cfg(test)]
mod name_rules {
    use super::super::tests::ops;
    use insta::assert_snapshot;

    #[test]
    fn a_bracketed_quoted_name_after_a_name_is_its_alias() {
        let p = |s| ops(s, "2024-08-16").join("\n");
        assert_snapshot!(p("Police launched the \"Autumn Action\" (\"秋季行动\") on August 2."), @r#"Autumn Action ["秋季行动"] launched=Some("2024-08-02") start=None end=None"#);
        assert_snapshot!(p("Police launched the \"Autumn Action\" (“秋风行动”) on August 2."), @r#"Autumn Action ["秋风行动"] launched=Some("2024-08-02") start=None end=None"#);
        // Two names side by side, no brackets: two campaigns.
        assert_snapshot!(p("Police launched the \"Autumn Action\" and the \"Winter Action\" on August 2."), @r#"
        Autumn Action [] launched=Some("2024-08-02") start=None end=None
        Winter Action [] launched=Some("2024-08-02") start=None end=None
        "#);
    }

    #[test]
    fn a_launched_title_case_campaign_with_a() {
        let p = |s| ops(s, "2024-05-16").join("\n");
        assert_snapshot!(p("The ministry launched a Hundred-Day Campaign on May 15."), @r#"Hundred-Day Campaign [] launched=Some("2024-05-15") start=None end=None"#);
        assert_snapshot!(p("The ministry held a Hundred-Day Campaign meeting on May 15."), @"");
        assert_snapshot!(p("The \"Clean Black\" special struggle began on May 1."), @r#"Clean Black [] launched=Some("2024-05-01") start=None end=None"#);
    }
}
