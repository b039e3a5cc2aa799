//! The noun a figure was written with, read on past a plural possessor
//! to what it owns.

use super::*;

/// The noun a figure was written with (`8 current criminals`), or its
/// Chinese measure word in an English sentence (`dissuaded 3.5万人`).
/// A plural possessor reads on to what it owns (`seized 14 smugglers'
/// speedboats`): the thing owned is counted, not its owners.
pub(in crate::record::bind) fn noun_after_figure<'a>(
    w: &Words<'_, 'a>,
    f: &Figure<'a>,
) -> Option<NounPhrase<'a>> {
    f.noun_str().map(|text| {
        let text = possessed(w, text).unwrap_or(text);
        NounPhrase {
            text,
            class: noun_class(w, text).or_else(|| super::super::cjk::measured_noun(text)),
            before: false,
        }
    })
}

/// `smugglers' speedboats` from `smugglers`: a plural noun, its
/// apostrophe (`'` or `’`, no `s` after it) and the lowercase noun it
/// owns, up to three words, ending before a preposition, a joiner or a
/// verb (`9 poachers' nets off the island`: `poachers' nets`).
fn possessed<'a>(w: &Words<'_, 'a>, noun: &'a str) -> Option<&'a str> {
    let text = w.text();
    let (start, end) = (start_of(text, noun), end_of(text, noun));
    if !noun.ends_with('s') {
        return None;
    }
    let rest = &text[end..];
    let mark = ["' ", "\u{2019} "].iter().find(|m| rest.starts_with(**m))?;
    let mut j = end + mark.len();
    let mut last = None;
    for _ in 0..3 {
        let wl = w.word_len_at(j);
        if wl == 0 || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + wl];
        let stop = |list: &[&str]| list.iter().any(|p| word.eq_ignore_ascii_case(p));
        if stop(&NOUN_STOPS) || stop(&MORE_STOPS) || stop(&["and", "or", "off", "worth"]) {
            break;
        }
        if w.verb(j, j + wl).is_some() {
            break;
        }
        last = Some(j + wl);
        let next = skip_gap(text, j + wl, 1);
        if next == j + wl {
            break;
        }
        j = next;
    }
    last.map(|e| &text[start..e])
}
