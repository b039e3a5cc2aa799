//! A multiple in words (`threefold`, `three-fold`) is a figure only beside
//! a word of change (`a threefold increase`, `grew fourfold`); elsewhere
//! it is an adjective (`a twofold approach`, `the threefold crackdown`).

use crate::text::{ascii_word_before, ascii_word_len, skip_spaces, skip_spaces_back};

/// Words of change a multiple measures, before or after it.
const CHANGE: [&str; 34] = [
    "climbed",
    "decline",
    "declined",
    "decrease",
    "decreased",
    "drop",
    "dropped",
    "expanded",
    "fell",
    "grew",
    "grow",
    "growing",
    "grown",
    "grows",
    "growth",
    "higher",
    "increase",
    "increased",
    "increases",
    "increasing",
    "jump",
    "jumped",
    "more",
    "multiplied",
    "rise",
    "risen",
    "rises",
    "rising",
    "rose",
    "soared",
    "surge",
    "surged",
    "up",
    "upsurge",
];

/// Words that may stand between a change word before and the multiple
/// (`increased by nearly threefold`).
const BETWEEN: [&str; 7] = ["a", "about", "almost", "by", "more", "nearly", "over"];

/// Whether the figure `text[start..end]` is a multiple in words with no
/// word of change right before it (up to two words of [`BETWEEN`] apart)
/// or right after it: an adjective, no figure.
pub(in crate::quantity) fn multiple_without_change(text: &str, start: usize, end: usize) -> bool {
    let figure = &text[start..end];
    let fold = figure.len() > 4
        && figure.is_char_boundary(figure.len() - 4)
        && figure[figure.len() - 4..].eq_ignore_ascii_case("fold");
    if !fold || !figure.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let is = |w: &str, set: &[&str]| set.iter().any(|c| w.eq_ignore_ascii_case(c));
    let next = skip_spaces(text, end, 1);
    let after = &text[next..next + ascii_word_len(&text[next..])];
    if next > end && is(after, &CHANGE) {
        return false;
    }
    let mut at = start;
    for _ in 0..3 {
        let gap = skip_spaces_back(text, at, 1);
        if gap == at {
            break;
        }
        let word = ascii_word_before(text, gap);
        if is(word, &CHANGE) {
            return false;
        }
        if !is(word, &BETWEEN) {
            break;
        }
        at = gap - word.len();
    }
    true
}
