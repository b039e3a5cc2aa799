//! Custody measures that end a verb split around its object: `put 3
//! suspects into criminal detention`, `placed 6 suspects under criminal
//! coercive measures`, `subjected to criminal coercive measures`.

use super::*;

/// `into (police) custody`, `into criminal detention`, `under criminal
/// coercive measures`, `under residential surveillance`, `(brought)
/// under control`, `(subjected) to criminal coercive measures`: after
/// `into`, `under` or `to` (at `from`), a custody or detention measure,
/// past at most two words that say which kind (`criminal`, `police`); a
/// verb split around its object ends in it. After `to` (`after_to`), a
/// bare verb is an infinitive (`to arrest`, `to detain`), no measure.
pub(super) fn custody_phrase(
    w: &Words<'_, '_>,
    from: usize,
    ceil: usize,
    after_to: bool,
) -> Option<Verb> {
    let text = w.text();
    let mut j = from;
    for _ in 0..3 {
        j = skip_gap(text, j, 2);
        if j >= ceil || !text.as_bytes()[j].is_ascii_alphabetic() {
            return None;
        }
        let word = &text[j..j + w.word_len_at(j)];
        // (`visited 130,000 people door to door and held 2,100 talks`: a
        // verb past `and` or `or` is another clause's.)
        if word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("or") {
            return None;
        }
        if let Some((&v, l)) = w.verb(j, ceil) {
            let infinitive = after_to && l == word.len() && j == skip_gap(text, from, 2);
            return (matches!(v, Verb::Arrest | Verb::Detain) && !infinitive).then_some(v);
        }
        let head = [
            ("arrest", Verb::Arrest),
            ("control", Verb::Detain),
            ("custody", Verb::Arrest),
            ("detention", Verb::Detain),
            ("residential", Verb::Detain),
        ]
        .into_iter()
        .find(|(h, _)| word.eq_ignore_ascii_case(h));
        // (`sent 30 officers to control the crowd`.)
        let head = head.filter(|&(h, _)| !after_to || matches!(h, "custody" | "detention"));
        if let Some((_, v)) = head {
            return Some(v);
        }
        j += word.len();
    }
    None
}

/// A verb of passing people on (`transferred`, `escorted back`, read as
/// a later stage of justice, or `delivered`), at `at..end`, whose
/// destination is China's side ([`to_china`]) hands suspects over: an
/// arrest, as `handed over` and `repatriated` are. Any other verb is `v`
/// itself (`escorted back 12 children to their families`, `delivered
/// 3,000 leaflets to residents`).
pub(super) fn handed_over(text: &str, v: Verb, at: usize, end: usize, ceil: usize) -> Verb {
    // (Its first byte turns nearly every other verb away.)
    let passes_on = v == Verb::Prosecute
        || (matches!(text.as_bytes().get(at), Some(b'd' | b'D'))
            && text
                .get(at..end)
                .is_some_and(|w| super::reading::starts_ignore_case(w.as_bytes(), b"delivered")));
    if passes_on && to_china(text, end, ceil) {
        Verb::Arrest
    } else {
        v
    }
}

/// Whether the destination of a verb of passing people on, within six
/// words after the verb's end at `from`, is China's side: `transferred
/// from Myanmar to China`, `transferred to Chinese custody`, `sent back
/// to the Chinese side`. The phrase ends there: `to China Mobile` names a
/// company, no side (a capitalized word may follow only as a preposition
/// of a headline: `To China From Laos`).
pub(super) fn to_china(text: &str, from: usize, ceil: usize) -> bool {
    let Some(rest) = text.get(from..crate::text::floor_char(text, ceil.min(from + 60))) else {
        return false;
    };
    // (A line's end ends the phrase: a headline's `... to China`.)
    // (ASCII marks: found by their bytes.)
    let rest = rest
        .bytes()
        .position(|b| b == b'\n' || b == b'\r')
        .map_or(rest, |i| &rest[..i]);
    let mut words = rest.split([' ', '\t']).filter(|w| !w.is_empty());
    let mut next = words.next();
    // (`Handed Over To China`: a headline in title case writes `To`.)
    let to = |w: Option<&str>| w.is_some_and(|w| w == "to" || w == "To");
    // `from Myanmar`, `back`, the object (`92 suspects`): past at most
    // five words to `to`, with no clause edge among them.
    for _ in 0..6 {
        match next {
            Some(w) if to(Some(w)) => break,
            Some(w) if matches!(w.as_bytes().last(), Some(b',' | b';' | b'.')) => return false,
            Some(_) => next = words.next(),
            None => return false,
        }
    }
    if !to(next) {
        return false;
    }
    let dest: Vec<&str> = words.take(4).collect();
    let bare = |k: usize| {
        dest.get(k)
            .map(|d| d.trim_end_matches(|c: char| !c.is_alphanumeric()))
    };
    let word = |k: usize, w: &str| bare(k).is_some_and(|d| d.eq_ignore_ascii_case(w));
    let len = if word(0, "China") {
        1
    } else if word(0, "Chinese") && (word(1, "custody") || word(1, "side")) {
        2
    } else if word(0, "the") && word(1, "Chinese") && (word(2, "side") || word(2, "police")) {
        3
    } else {
        return false;
    };
    // The phrase ends at punctuation after its last word, or before a word
    // that names nothing further.
    let closed = dest.get(len - 1).is_some_and(|d| bare(len - 1) != Some(d));
    let after = dest.get(len).copied().unwrap_or("");
    let preposition = [
        "after", "and", "at", "by", "for", "from", "in", "on", "through", "via", "with",
    ]
    .iter()
    .any(|p| after.eq_ignore_ascii_case(p));
    closed || !after.starts_with(|c: char| c.is_uppercase()) || preposition
}
