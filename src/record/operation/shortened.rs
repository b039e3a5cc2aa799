//! A campaign named short in one place and in full in another (`the "May
//! Day" security operation` in the headline, `the "May Day Guard" security
//! operation` in the story): the short name is an alias of the full one.

use super::*;

/// The most operations whose names are compared pairwise.
const MOST_OPS: usize = 16;

/// Fold each operation whose name is the first words of another's (at
/// least one word shorter, the words after it capitalized) into that one:
/// its name becomes an alias and its mentions the other's. `mentioned`
/// holds each operation's mentions, in the same order as `ops`.
pub(super) fn fold_shortened<'a>(
    ops: &mut Vec<Operation<'a>>,
    mentioned: &mut Vec<Vec<&Mention<'a>>>,
) {
    // (A bulletin names few campaigns; a text naming many more is no
    // bulletin, and is left as it is: the pairs stay bounded.)
    if ops.len() > MOST_OPS {
        return;
    }
    let mut k = 0;
    while k < ops.len() {
        let short = ops[k].name.clone();
        let full = (0..ops.len()).find(|&j| j != k && shortens(&short, &ops[j].name));
        let Some(j) = full else {
            k += 1;
            continue;
        };
        fold_into(ops, mentioned, k, j);
    }
    // `the “Card Cut” action`, then `the “Cut Card” action`: the same words
    // in another order (translations vary it) name the earlier campaign.
    let mut k = 1;
    while k < ops.len() {
        match (0..k).find(|&j| reordered(&ops[k].name, &ops[j].name)) {
            Some(j) => fold_into(ops, mentioned, k, j),
            None => k += 1,
        }
    }
}

/// Whether `a` and `b` are two words or more, the same words (any case)
/// in another order.
fn reordered(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        let mut w: Vec<String> = s.split_whitespace().map(str::to_ascii_lowercase).collect();
        w.sort_unstable();
        w
    };
    a.split_whitespace().nth(1).is_some()
        && !a.eq_ignore_ascii_case(b)
        && a.len() == b.len()
        && words(a) == words(b)
}

/// Fold operation `k` into operation `j` (`k != j`): `k`'s name and
/// aliases become `j`'s aliases (each once), its agency fills a missing
/// one, its mentions join `j`'s in text order, and `k` leaves `ops` and
/// `mentioned`.
pub(super) fn fold_into<'a>(
    ops: &mut Vec<Operation<'a>>,
    mentioned: &mut Vec<Vec<&Mention<'a>>>,
    k: usize,
    j: usize,
) {
    let op = ops.remove(k);
    let ms = mentioned.remove(k);
    let j = if j > k { j - 1 } else { j };
    let into = &mut ops[j];
    for name in std::iter::once(op.name).chain(op.aliases) {
        let known = into.name.eq_ignore_ascii_case(&name)
            || into.aliases.iter().any(|a| a.eq_ignore_ascii_case(&name));
        if !known {
            into.aliases.push(name);
        }
    }
    into.agency = into.agency.take().or(op.agency);
    mentioned[j].extend(ms);
    mentioned[j].sort_by_key(|m| m.span.start);
}

/// Whether `short` is the first words of `full`, and the words of `full`
/// after them are capitalized: `May Day` of `May Day Guard`.
fn shortens(short: &str, full: &str) -> bool {
    let Some(rest) = full.get(short.len()..) else {
        return false;
    };
    let head = &full[..short.len()];
    let rest_words = rest.strip_prefix(' ').filter(|r| !r.is_empty());
    !short.is_empty()
        && head.eq_ignore_ascii_case(short)
        && rest_words.is_some_and(|r| {
            r.split(' ')
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::ops;
    use insta::assert_snapshot;

    #[test]
    fn a_short_name_in_the_headline_is_an_alias_of_the_full_one() {
        let o = |t: &str| ops(t, "2024-04-26").join("\n");
        assert_snapshot!(o("Harbour police launch \"Spring Day\" operation\n\nThe bureau will run the \"Spring Day Guard\" operation from April 28 to May 5."), @r#"Spring Day Guard ["Spring Day"] launched=None start=Some("2024-04-28") end=Some("2024-05-05")"#);
        assert_snapshot!(o("The \"Clean Net\" action and the \"Clean Networks\" drive both go on."), @"
        Clean Net [] launched=None start=None end=None
        Clean Networks [] launched=None start=None end=None
        ");
        assert_snapshot!(o("The \"Sky Net\" operation and the \"Sky Net sweep\" went on."), @"Sky Net [] launched=None start=None end=None");
    }

    #[test]
    fn the_same_words_in_another_order_name_one_campaign() {
        let o = |t: &str| ops(t, "2024-04-26").join("\n");
        assert_snapshot!(o("Police press on with the \"Card Cut\" operation.\n\nSince the \"Cut Card\" action began, 90 people were held."), @r#"Card Cut ["Cut Card"] launched=None start=None end=None"#);
        assert_snapshot!(o("The \"Clean Net\" action and the \"Net Sweep\" drive both go on."), @"
        Clean Net [] launched=None start=None end=None
        Net Sweep [] launched=None start=None end=None
        ");
    }
}
