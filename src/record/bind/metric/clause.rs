//! The shapes of the clause a metric is read from: the scale word after
//! its number, a verb of saying before it, a verb that reports a count.

/// `rest` past a scale word that opens it (` million criminal cases`).
pub(super) fn without_scale(rest: &str) -> &str {
    let rest = rest.trim_start();
    ["million ", "billion ", "thousand ", "hundred ", "万", "亿"]
        .iter()
        .find_map(|w| {
            rest.get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .map(|_| &rest[w.len()..])
        })
        .unwrap_or(rest)
}

/// `Police said burglaries`, `the bureau says that thefts`: the words
/// after a verb of saying (and its `that`), when words follow it.
pub(super) fn after_saying(phrase: &str) -> &str {
    const SAYING: [&str; 5] = [" said ", " says ", " noted ", " added ", " stated "];
    // The last one ends furthest: a verb's only spaces are its first and
    // last bytes, so one that starts before another ends before it ends.
    // (One pass back over the spaces, not a search per verb.)
    let b = phrase.as_bytes();
    let Some(end) = (0..b.len()).rev().filter(|&i| b[i] == b' ').find_map(|i| {
        SAYING
            .iter()
            .find(|w| b[i..].starts_with(w.as_bytes()))
            .map(|w| i + w.len())
    }) else {
        return phrase;
    };
    let rest = phrase[end..].trim_start();
    let rest = rest.strip_prefix("that ").unwrap_or(rest);
    if rest.is_empty() {
        phrase
    } else {
        rest
    }
}

/// Whether `head` ends in a verb that reports a count: an auxiliary or a
/// past tense (`There were`, `Police received`, `The city recorded`).
pub(super) fn verb_ends(head: &str) -> bool {
    let last = head.rsplit(' ').next().unwrap_or("");
    ["are", "is", "was", "were"].contains(&last)
        || (last.len() > 4 && last.ends_with("ed") && !last.starts_with(char::is_uppercase))
}
