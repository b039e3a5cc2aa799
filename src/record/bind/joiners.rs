//! List joiners: the text between two items of a list that share one verb
//! (`, `, ` and `, ` as well as `, or an `of` complement of the item
//! before and then a joiner: `of cigarettes and`).

use super::*;

/// Whether `between` (the text between two list items) only joins them:
/// `, `, ` and `, `, as well as `, ` together with `.
pub(super) fn is_joiner(w: &Words<'_, '_>, between: &str) -> bool {
    let t = trim(between);
    let t = t.strip_prefix(',').map_or(t, trim_start);
    let at = span_of(w.text(), t);
    t.is_empty()
        || w.prefix(at.start, at.end, LIST_JOINERS)
            .is_some_and(|(_, l)| l == t.len())
}

/// `of cigarettes and`, `for scams involving "X" as well as`: a complement
/// of the item before, then a joiner. The complement holds no verb and no
/// clause edge.
pub(super) fn ends_in_joiner(w: &Words<'_, '_>, between: &str) -> bool {
    if between.len() >= 80 || between.contains(['.', ';', ':']) {
        return false;
    }
    // A comma ends an `of` complement (`rounds of ammunition,`), not any
    // phrase (`cases listed for oversight,` closes a clause).
    const WORDS: [&str; 5] = [
        " and",
        " as well as",
        " along with",
        " together with",
        " plus",
    ];
    let b = between.as_bytes();
    let ends =
        |j: &str| b.len() >= j.len() && b[b.len() - j.len()..].eq_ignore_ascii_case(j.as_bytes());
    // (Or more heads joined to the item's noun: `and dens,`, `, workshops
    // and dens,`.)
    let heads = between.strip_prefix(", ").unwrap_or(between);
    let heads =
        heads.starts_with("and ") || (heads.len() < between.len() && heads.contains(" and "));
    let comma = (between.starts_with("of ") || heads) && (ends(",") || ends("、"));
    let Some(s) = WORDS
        .iter()
        .find(|j| ends(j))
        .map(|j| between.len() - j.len())
        .or_else(|| {
            comma.then(|| between.len() - between.chars().last().map_or(0, char::len_utf8))
        })
    else {
        return false;
    };
    let at = span_of(w.text(), between).start;
    !has_verb(w, Span::new(at, at + s))
}

/// `solved 120 telecom fraud and 80 theft cases`: the class of the head
/// that a modifier with no head of its own (`telecom fraud`) shares with
/// the next count of its list, joined by `and` or `or`.
pub(super) fn shared_head(w: &Words<'_, '_>, modifier: &str, ceil: usize) -> Option<Noun> {
    let text = w.text();
    let rest = text.get(end_of(text, modifier)..ceil)?;
    let rest = [", and ", " and ", " or "]
        .iter()
        .find_map(|j| rest.strip_prefix(j))?;
    // The next count, in digits: `80`, `1,200`.
    let digits = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    if digits == 0 || !rest[..digits].ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let next = rest[digits..].strip_prefix(' ')?;
    let word = &next[..ascii_word_len(next)];
    if word.is_empty() {
        return None;
    }
    noun_class(w, word).or_else(|| extend_noun(w, word, ceil)?.class)
}
