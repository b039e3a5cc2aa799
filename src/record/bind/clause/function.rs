//! Function words: the closed class of short words that a clause is built
//! around (prepositions, relative words, the words that link a value).
//!
//! In: one word as the text spells it, in any case. Out: which function
//! word it is, if it is one the clause rules ask about, found by one look
//! at its length and letters instead of a compare against each word of
//! each list. Not attempted: what the word does where it stands (`to` may
//! open an infinitive or a destination; `that` a relative or a reported
//! clause): the rules decide that from the words around it.

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
    use Function::*;
    let b = word.as_bytes();
    if b.len() < 2 || b.len() > 6 {
        return None;
    }
    let mut low = [0u8; 6];
    for (l, c) in low.iter_mut().zip(b) {
        *l = c.to_ascii_lowercase();
    }
    Some(match &low[..b.len()] {
        b"to" => To,
        b"on" => On,
        b"in" => In,
        b"by" => By,
        b"at" => At,
        b"of" => Of,
        b"who" => Who,
        b"for" => For,
        b"that" => That,
        b"into" => Into,
        b"from" => From,
        b"with" => With,
        b"while" => While,
        b"which" => Which,
        b"whose" => Whose,
        b"worth" => Worth,
        b"under" => Under,
        b"valued" => Valued,
        b"during" => During,
        b"across" => Across,
        _ => return None,
    })
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
