//! Seizable items: the kind of an item phrase from its head word; a
//! modifier (`cash machines`) or a tally noun does not decide it.

use super::*;

/// The seizure kind of an item phrase, if it names a seizable thing.
pub(super) fn item_kind(item: &str) -> Option<SeizureKind> {
    item_at(item).map(|(k, _)| k)
}

/// The seizure kind of an item phrase and where its head word is.
pub(super) fn item_at(item: &str) -> Option<(SeizureKind, usize)> {
    item_span(item).map(|(k, at, _)| (k, at))
}

/// The seizure kind of an item phrase, where its head word starts and
/// where the entry that classed it ends.
pub(super) fn item_span(item: &str) -> Option<(SeizureKind, usize, usize)> {
    let mut kind = None;
    let mut counterfeit = false;
    let mut covered = 0;
    for_each_word(item, |at, rest| {
        // A longer entry covers the words inside it (`bronze vessels`).
        if let Some((&k, l)) = head_match_len(rest, ITEMS).filter(|_| at >= covered) {
            covered = at + l;
            // `cash machines`, `gun parts`: an item word before another
            // noun only modifies it.
            if !modifies_noun(&rest[l..]) {
                kind = Some((k, at, at + l));
            }
        }
        counterfeit |= head_match(rest, COUNTERFEIT).is_some();
    });
    match kind {
        Some((_, at, end)) if counterfeit => Some((SeizureKind::Counterfeit, at, end)),
        // `fake diplomas`: a counterfeit of anything is counterfeit.
        // Its head is no item, so a counted noun in it is the head
        // (`counterfeit workshops` are dens).
        None if counterfeit => Some((SeizureKind::Counterfeit, 0, 0)),
        k => k,
    }
}

/// Whether the next word is a plural noun that the word before modifies
/// (`cash machines`), not a stop, verb or participle (`drugs were`).
pub(super) fn modifies_noun(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = &r[..word_len(r)];
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !["this", "plus", "was", "has", "its", "as"].contains(&word)
        // `antique pieces`: a measure word names no other thing.
        && !matches!(match_prefix(word, NOUNS), Some((Noun::Measure, _)))
        && match_prefix(word, VERBS).is_none()
        && match_prefix(word, AUXILIARIES).is_none()
}

/// Whether the head of `phrase` is a seizable item rather than a counted
/// noun: `crystal meth pills` is, `drug-related suspects` is not.
pub(super) fn item_is_head(phrase: &str) -> bool {
    match (item_span(phrase), noun_at(phrase)) {
        (Some(_), Some((Noun::Measure, _))) => true,
        // `precursor materials`: an item entry that covers the noun.
        (Some((_, i, end)), Some((_, n))) => i >= n || end > n,
        (Some(_), None) => true,
        (None, _) => false,
    }
}
