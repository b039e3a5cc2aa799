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
    if ops.len() > MOST_OPS {
        return;
    }
    let mut k = 0;
    while k < ops.len() {
        let chinese = ops[k].name.chars().any(crate::lex::is_cjk);
        let english = |j: usize| {
            j != k
                && ops[j].name.is_ascii()
                && trailing_digits(&ops[j].name) == trailing_digits(&ops[k].name)
                && mentioned[k]
                    .iter()
                    .any(|a| mentioned[j].iter().any(|b| same_line(text, a.span, b.span)))
        };
        match (0..ops.len()).find(|&j| chinese && english(j)) {
            Some(j) => fold_into(ops, mentioned, k, j),
            None => k += 1,
        }
    }
}

/// The digits a name ends with (`2024` of `净网2024`), maybe none.
fn trailing_digits(name: &str) -> &str {
    let digits = name.bytes().rev().take_while(u8::is_ascii_digit).count();
    &name[name.len() - digits..]
}

/// Whether no line break stands between two spans.
fn same_line(text: &str, a: Span, b: Span) -> bool {
    let (lo, hi) = (a.start.min(b.start), a.end.max(b.end));
    text.get(lo..hi).is_some_and(|s| !s.contains('\n'))
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
