//! A bilingual header names one campaign twice on a line: `通报"净网2024"
//! 专项行动成果 Results of the "Clean Network 2024" special action`. The
//! Chinese name is an alias of the English one.

use super::shortened::fold_into;
use super::*;

/// The most operations whose names are compared pairwise.
const MOST_OPS: usize = 16;

/// Fold each operation named in ideographs into an operation named in
/// English on the same line, when both names end in the same digits (a
/// year, or none): the Chinese name becomes the English one's alias.
pub(super) fn fold_bilingual<'a>(
    text: &str,
    ops: &mut Vec<Operation<'a>>,
    mentioned: &mut Vec<Vec<&Mention<'a>>>,
) {
    if ops.len() > MOST_OPS || !ops.iter().any(|op| op.name.chars().any(crate::lex::is_cjk)) {
        return;
    }
    // Line numbers, by the line breaks before an offset: each mention's line
    // is found once, and two operations meet on a line when their sorted
    // lines intersect (no text re-read per pair of mentions).
    let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let line = |at: usize| breaks.partition_point(|&n| n < at);
    let lines_of = |mentions: &[&Mention<'_>]| {
        let mut lines: Vec<usize> = mentions
            .iter()
            .map(|m| (line(m.span.start), line(m.span.end)))
            .filter(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect();
        lines.sort_unstable();
        lines.dedup();
        lines
    };
    let mut k = 0;
    while k < ops.len() {
        let chinese = ops[k].name.chars().any(crate::lex::is_cjk);
        let mine = if chinese {
            lines_of(&mentioned[k])
        } else {
            Vec::new()
        };
        let english = |j: usize| {
            j != k
                && ops[j].name.is_ascii()
                && trailing_digits(&ops[j].name) == trailing_digits(&ops[k].name)
                && shares(&mine, &lines_of(&mentioned[j]))
        };
        match (0..ops.len()).find(|&j| chinese && english(j)) {
            Some(j) => fold_into(ops, mentioned, k, j),
            None => k += 1,
        }
    }
}

/// Whether two sorted lists hold a common value.
fn shares(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The digits a name ends with (`2024` of `净网2024`), maybe none.
fn trailing_digits(name: &str) -> &str {
    let digits = name.bytes().rev().take_while(u8::is_ascii_digit).count();
    &name[name.len() - digits..]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bilingual_line_names_one_campaign() {
        let p = |s| super::super::tests::ops(s, "2024-10-09");
        assert_eq!(
            p("通报\"净网2024\"专项行动成果 Results of the \"Clean Network 2024\" special action\nSince the launch of the special action in April, 27 were held."),
            ["Clean Network 2024 [\"净网2024\"] launched=Some(\"2024-04-01\") start=None end=None"]
        );
        // On different lines, or with other years, they stay two.
        assert_eq!(
            p("通报\"净网2023\"专项行动成果 Results of the \"Clean Network 2024\" special action")
                .len(),
            2
        );
        assert_eq!(
            p("The \"净网2024\" special action.\nThe \"Clean Network 2024\" special action.").len(),
            2
        );
    }
}
