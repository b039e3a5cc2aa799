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
/// (The reject on the figure, which nearly all meet, is inline at the
/// call; the words around are read out of line.)
#[inline(always)]
pub(in crate::quantity) fn multiple_without_change(text: &str, start: usize, end: usize) -> bool {
    let figure = &text[start..end];
    let fold = figure.len() > 4
        && figure.is_char_boundary(figure.len() - 4)
        && figure[figure.len() - 4..].eq_ignore_ascii_case("fold");
    fold && figure.starts_with(|c: char| c.is_ascii_alphabetic())
        && no_change_around(text, start, end)
}

/// [`multiple_without_change`] past its reject on the figure.
#[inline(never)]
fn no_change_around(text: &str, start: usize, end: usize) -> bool {
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

/// Words that, right after `N times`, make it a multiple of a level:
/// `2.5 times that of last year`, `3 times the national average`,
/// `4 times as many`, `1.5 times higher`.
const OF_A_LEVEL: [&str; 12] = [
    "as", "bigger", "greater", "higher", "larger", "less", "lower", "more", "than", "that", "the",
    "those",
];

/// Words of a stretch of time that, after `that`, say when the times
/// fell (`rang 9 times that night`), not what they multiply (`3 times
/// that of last year`).
const WHEN: [&str; 9] = [
    "afternoon",
    "day",
    "evening",
    "month",
    "morning",
    "night",
    "week",
    "weekend",
    "year",
];

/// Whether the word `level` of [`OF_A_LEVEL`], ending at `end`, is `that`
/// before a word of [`WHEN`] (no possessive after it: `that year's`
/// names a level).
fn that_time(text: &str, end: usize, level: &str) -> bool {
    if !level.eq_ignore_ascii_case("that") {
        return false;
    }
    let at = skip_spaces(text, end, 1);
    let len = ascii_word_len(&text[at..]);
    let word = &text[at..at + len];
    at > end
        && WHEN.iter().any(|w| word.eq_ignore_ascii_case(w))
        && !text[at + len..].starts_with(['\'', '\u{2019}'])
}

/// Words that may stand between a change word and `N times` before it, on
/// top of [`BETWEEN`]: `an increase of 1.3 times`, `increased more than 1
/// times` (the bound words are the figure's own qualifier).
const BETWEEN_TIMES: [&str; 3] = ["of", "than", "to"];

/// The end of the multiple word after the number ending at `end`, when
/// the number reads as a multiple: `倍` (`1.5倍`), a spaced `fold` (`3
/// fold`), or `times` after a word of change (`soared 5.5 times`, `an
/// increase of 1.3 times`) or before a level (`2.5 times that of last
/// year`, but not `9 times that night`). `times` elsewhere counts
/// occurrences (`checked 66,569 times`, `served the public 115 times`): no
/// multiple, `None`. `start` is where
/// the figure begins, its bound words included.
pub(in crate::quantity) fn multiple_word_after(
    text: &str,
    start: usize,
    end: usize,
) -> Option<usize> {
    if text[end..].starts_with('倍') {
        return Some(end + '倍'.len_utf8());
    }
    let next = skip_spaces(text, end, 1);
    // `fold` and `times` start with `f` and `t`: a word starting otherwise
    // (most nouns after a number) need not be measured.
    let f_or_t = matches!(
        text.as_bytes().get(next).map(|b| b | 0x20),
        Some(b'f' | b't')
    );
    if next == end || !f_or_t {
        return None;
    }
    let len = ascii_word_len(&text[next..]);
    let word = &text[next..next + len];
    if word.eq_ignore_ascii_case("fold") {
        return Some(next + len);
    }
    if !word.eq_ignore_ascii_case("times") {
        return None;
    }
    let is = |w: &str, set: &[&str]| set.iter().any(|c| w.eq_ignore_ascii_case(c));
    let after = skip_spaces(text, next + len, 1);
    let level = &text[after..after + ascii_word_len(&text[after..])];
    if after > next + len && is(level, &OF_A_LEVEL) && !that_time(text, after + level.len(), level)
    {
        return Some(next + len);
    }
    let mut at = start;
    for _ in 0..3 {
        let gap = skip_spaces_back(text, at, 1);
        if gap == at {
            return None;
        }
        let before = ascii_word_before(text, gap);
        if is(before, &CHANGE) {
            return Some(next + len);
        }
        if !is(before, &BETWEEN) && !is(before, &BETWEEN_TIMES) {
            return None;
        }
        at = gap - before.len();
    }
    None
}
