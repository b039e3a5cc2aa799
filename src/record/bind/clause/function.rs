//! Function words: the closed class of short words that a clause is built
//! around (prepositions, relative words, the words that link a value).
//!
//! In: one word as the text spells it, in any case. Out: which function
//! word it is, if it is one the clause rules ask about, found by one look
//! at its length and letters instead of a compare against each word of
//! each list. Not attempted: what the word does where it stands (`to` may
//! open an infinitive or a destination; `that` a relative or a reported
//! clause): the rules decide that from the words around it.

use crate::lex::index::load8;

/// A function word the clause rules ask about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::record::bind) enum Function {
    // Relative and linking words.
    While,
    Which,
    Who,
    That,
    Whose,
    // The words that state a value: `worth 3 million yuan`, `valued at`.
    Worth,
    Valued,
    // Prepositions.
    To,
    Into,
    Under,
    On,
    In,
    From,
    During,
    With,
    By,
    For,
    At,
    Of,
    Across,
}

/// The function word `word` is, in any case (`In`, `IN` and `in` are
/// [`Function::In`]), or `None`.
#[inline]
pub(in crate::record::bind) fn function_word(word: &str) -> Option<Function> {
    let b = word.as_bytes();
    if b.len() < 2 || b.len() > 6 {
        return None;
    }
    let mut key = 0;
    for (i, &c) in b.iter().enumerate() {
        key |= u64::from(c | 0x20) << (8 * i);
    }
    from_key(key)
}

/// [`function_word`] of the word `text[at..at + len]`, its bytes read
/// with the text's after them in one eight-byte load.
#[inline]
pub(in crate::record::bind) fn function_word_at(
    text: &str,
    at: usize,
    len: usize,
) -> Option<Function> {
    if !(2..=6).contains(&len) {
        return None;
    }
    let mask = (1 << (8 * len)) - 1;
    from_key((load8(text.as_bytes(), at) | 0x2020_2020_2020_2020) & mask)
}

/// The little-endian word of a lowercase word of at most eight bytes: how
/// [`from_key`] knows it.
const fn spelled(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// The function words, [`spelled`].
mod keys {
    use super::spelled;
    pub(super) const TO: u64 = spelled(b"to");
    pub(super) const ON: u64 = spelled(b"on");
    pub(super) const IN: u64 = spelled(b"in");
    pub(super) const BY: u64 = spelled(b"by");
    pub(super) const AT: u64 = spelled(b"at");
    pub(super) const OF: u64 = spelled(b"of");
    pub(super) const WHO: u64 = spelled(b"who");
    pub(super) const FOR: u64 = spelled(b"for");
    pub(super) const THAT: u64 = spelled(b"that");
    pub(super) const INTO: u64 = spelled(b"into");
    pub(super) const FROM: u64 = spelled(b"from");
    pub(super) const WITH: u64 = spelled(b"with");
    pub(super) const WHILE: u64 = spelled(b"while");
    pub(super) const WHICH: u64 = spelled(b"which");
    pub(super) const WHOSE: u64 = spelled(b"whose");
    pub(super) const WORTH: u64 = spelled(b"worth");
    pub(super) const UNDER: u64 = spelled(b"under");
    pub(super) const VALUED: u64 = spelled(b"valued");
    pub(super) const DURING: u64 = spelled(b"during");
    pub(super) const ACROSS: u64 = spelled(b"across");
}

/// The function word whose bytes, each `| 0x20` (letters folded to
/// lowercase; no other byte folds to a letter), are the little-endian
/// `key`, the bytes past the word zero: one compare of words a candidate.
#[inline]
fn from_key(key: u64) -> Option<Function> {
    use Function::*;
    Some(match key {
        keys::TO => To,
        keys::ON => On,
        keys::IN => In,
        keys::BY => By,
        keys::AT => At,
        keys::OF => Of,
        keys::WHO => Who,
        keys::FOR => For,
        keys::THAT => That,
        keys::INTO => Into,
        keys::FROM => From,
        keys::WITH => With,
        keys::WHILE => While,
        keys::WHICH => Which,
        keys::WHOSE => Whose,
        keys::WORTH => Worth,
        keys::UNDER => Under,
        keys::VALUED => Valued,
        keys::DURING => During,
        keys::ACROSS => Across,
        _ => return None,
    })
}

/// Whether `word` is a modal verb (`will`, `shall`, `must` ...), which
/// puts the passive after it in the future or in duty.
pub(super) fn is_modal(word: &str) -> bool {
    const MODALS: [&str; 9] = [
        "can", "could", "may", "might", "must", "shall", "should", "will", "would",
    ];
    // (Most words are told by their length and first letter: the passive
    // reader asks of every word it reads past.)
    let b = word.as_bytes();
    matches!(b.len(), 3..=6)
        && matches!(b[0] | 0x20, b'c' | b'm' | b's' | b'w')
        && MODALS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// Whether a modal and its `be` open the text at `at` (within `ceil`),
/// maybe past an adverb (`will be detained`, `will also be dealt with`,
/// `must be fined`): what the count before it names is promised or owed,
/// not done, whatever verb stands before the count.
pub(in crate::record::bind) fn modal_be(text: &str, at: usize, ceil: usize) -> bool {
    let rest = text.get(at..ceil).unwrap_or("");
    // (Most counts are told by the first letter after them.)
    if !rest
        .as_bytes()
        .first()
        .is_some_and(|&b| matches!(b | 0x20, b'c' | b'm' | b's' | b'w'))
    {
        return false;
    }
    let mut words = rest.split_ascii_whitespace();
    if !words.next().is_some_and(is_modal) {
        return false;
    }
    let be = |w: &str| w.eq_ignore_ascii_case("be");
    match words.next() {
        Some(w) if be(w) => true,
        Some(w) if is_adverb(w) || w.eq_ignore_ascii_case("also") => words.next().is_some_and(be),
        Some(_) | None => false,
    }
}

/// Whether `word` is an adverb a passive is read past (`quickly`,
/// `then`).
pub(super) fn is_adverb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ly"))
        || ["each", "then", "soon"]
            .iter()
            .any(|a| word.eq_ignore_ascii_case(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_found_in_any_case() {
        assert_eq!(function_word("in"), Some(Function::In));
        assert_eq!(function_word("In"), Some(Function::In));
        assert_eq!(function_word("ACROSS"), Some(Function::Across));
        assert_eq!(function_word("Valued"), Some(Function::Valued));
        assert_eq!(function_word("whose"), Some(Function::Whose));
    }

    #[test]
    fn other_words_are_none() {
        for word in [
            "",
            "i",
            "a",
            "and",
            "inn",
            "tow",
            "the",
            "worthy",
            "ofof",
            "withdrawn",
            "whom",
            "in-depth",
            "to.",
            "under ",
            "acrosss",
        ] {
            assert_eq!(function_word(word), None, "{word:?}");
        }
    }

    #[test]
    fn a_word_read_in_its_text_is_the_word_alone() {
        // Every word and part of a word, with the text's bytes after it
        // (and none, at the end); `@T` and `[O` fold to no letters.
        let text = "Worth 9 yuan, In-Depth ACROSS the @To [On which-way whose\tunder TO";
        let mut found = 0;
        for at in 0..text.len() {
            for len in 0..=8.min(text.len() - at) {
                let word = &text[at..at + len];
                assert_eq!(
                    function_word_at(text, at, len),
                    function_word(word),
                    "{word:?}"
                );
                found += usize::from(function_word(word).is_some());
            }
        }
        // Worth, In, ACROSS, To, On, which, who and whose, under, TO.
        assert_eq!(found, 10);
    }

    #[test]
    fn each_word_is_its_own_spelling() {
        use Function::*;
        let all = [
            ("while", While),
            ("which", Which),
            ("who", Who),
            ("that", That),
            ("whose", Whose),
            ("worth", Worth),
            ("valued", Valued),
            ("to", To),
            ("into", Into),
            ("under", Under),
            ("on", On),
            ("in", In),
            ("from", From),
            ("during", During),
            ("with", With),
            ("by", By),
            ("for", For),
            ("at", At),
            ("of", Of),
            ("across", Across),
        ];
        for (word, f) in all {
            assert_eq!(function_word(word), Some(f), "{word}");
            assert_eq!(function_word(&word.to_uppercase()), Some(f), "{word}");
        }
    }
}
