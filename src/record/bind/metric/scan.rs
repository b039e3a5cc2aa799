//! What the metric readers cut a clause at, and the byte tables that let
//! them pass most bytes with one look-up.

use super::*;

/// Whether the words before a direction word name no metric: none, or
/// only an article and a basis (`, a year-on-year decrease of 14.2%`,
/// `, with an annual drop of 5%`), so
/// that the clause before names it.
pub(super) fn names_nothing(words: &str) -> bool {
    const FILLERS: [&str; 16] = [
        "a",
        "an",
        "annual",
        "m-o-m",
        "m/m",
        "mom",
        "month on month",
        "month-on-month",
        "the",
        "with",
        "y-o-y",
        "y/y",
        "year on year",
        "year-on-year",
        "yearly",
        "yoy",
    ];
    // The first letters of the fillers, ignoring case (each with its
    // `0x20` bit set): a word that opens with another is none.
    const FIRSTS: [bool; 256] = crate::text::byte_set::folded_firsts(&[&FILLERS]);
    let mut rest = words.trim();
    while let Some(&first) = rest.as_bytes().first() {
        if !crate::text::byte_set::folded_in(&FIRSTS, first) {
            return false;
        }
        let Some(word) = FILLERS.iter().find(|f| {
            rest.get(..f.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(f))
                && crate::text::is_boundary_after(rest, f.len())
        }) else {
            return false;
        };
        rest = rest[word.len()..].trim_start();
    }
    true
}

/// The clause edges `trend_metric` reads back to (`、` is none: it joins
/// the items of one metric, `盗窃、诈骗案件`).
pub(super) const EDGES: [&str; 10] = [",", ";", ":", "(", "\n", "，", "；", "：", "（", "。"];

/// The last bytes of [`EDGES`].
pub(super) const EDGE_LAST: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < EDGES.len() {
        let b = EDGES[k].as_bytes();
        t[b[b.len() - 1] as usize] = true;
        k += 1;
    }
    t
};

/// The first bytes of the [`TREND_CJK`] words (each a char's first byte,
/// so a byte found here starts a char).
pub(super) const CJK_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < TREND_CJK.len() {
        t[TREND_CJK[k].0.as_bytes()[0] as usize] = true;
        k += 1;
    }
    t
};

/// The second bytes of the [`TREND_CJK`] words, each as the bit of its
/// low six bits (a filter: a byte whose bit is clear opens none).
pub(super) const CJK_SECOND: u64 = {
    let mut bits = 0;
    let mut k = 0;
    while k < TREND_CJK.len() {
        let w = TREND_CJK[k].0.as_bytes();
        assert!(
            w.len() >= 2 && w[0] >= 0xC0,
            "a change word of one char byte"
        );
        bits |= 1 << (w[1] & 63);
        k += 1;
    }
    bits
};
