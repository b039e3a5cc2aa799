//! Words read from the tokens on demand: a word token with any joiner and
//! word token that follow with nothing between (`Sub-Bureau`, `People’s`),
//! and what the scan asks of it (head word, capitalized, vocabulary,
//! possessive, next to the word before) worked out once.

use super::*;

/// A word: letters with inner hyphens and apostrophes (`People’s`,
/// `Sub-Bureau`), made of a word token and any joiner and word token that
/// follow with nothing between, with what the scan asks of it worked out
/// once.
#[derive(Clone, Copy)]
pub(super) struct Word {
    pub(super) start: u32,
    pub(super) end: u32,
    /// Its first and last token.
    pub(super) first: u32,
    pub(super) last: u32,
    pub(super) flags: u16,
}

/// [`is_head`].
pub(super) const HEAD: u16 = 1;
/// Starts with an ASCII capital.
pub(super) const UPPER: u16 = 1 << 1;
/// A whole entry of [`VOCABULARY`].
pub(super) const VOCABULARY_WORD: u16 = 1 << 2;
/// Ends in `'s` (but `People’s` is part of names: `Supreme People’s
/// Procuratorate`).
pub(super) const POSSESSIVE: u16 = 1 << 3;
/// Only spaces separate it from the word before ([`adjacent`]).
pub(super) const ADJACENT: u16 = 1 << 4;
/// The lowercase word `police`.
pub(super) const LOWER_POLICE: u16 = 1 << 5;
/// Starts with a capital, is no possessive and no word of [`NOT_NAME`]:
/// it may be part of a proper name.
pub(super) const CAPITALIZED: u16 = 1 << 6;
/// Without a possessive `'s`, a whole entry of [`ENFORCEMENT`].
pub(super) const ENFORCEMENT_WORD: u16 = 1 << 7;

impl Word {
    pub(super) fn start(self) -> usize {
        self.start as usize
    }

    pub(super) fn end(self) -> usize {
        self.end as usize
    }

    /// Its first token.
    pub(super) fn first(self) -> usize {
        self.first as usize
    }

    /// Its last token.
    pub(super) fn last(self) -> usize {
        self.last as usize
    }

    pub(super) fn str(self, text: &str) -> &str {
        &text[self.start()..self.end()]
    }

    /// Whether any of `flags` is set.
    pub(super) fn has(self, flags: u16) -> bool {
        self.flags & flags != 0
    }
}

/// Whether the punctuation token `p` joins two word tokens into one word.
pub(super) fn is_joiner(p: &[u8]) -> bool {
    matches!(p, b"-" | b"'" | [0xE2, 0x80, 0x99])
}

/// A pinyin syllable with no initial, which an apostrophe sets off from
/// the syllable before it in a place name (`Xi'an`, `Huai'an`, `Lu'an`).
fn is_vowel_syllable(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"ai"
            | b"an"
            | b"ang"
            | b"ao"
            | b"e"
            | b"ei"
            | b"en"
            | b"eng"
            | b"er"
            | b"o"
            | b"ou"
    )
}

/// The words of a text, read from its tokens where the scan asks: a word
/// is found from any of its tokens without a pass over the text.
pub(super) struct Words<'t, 'a> {
    pub(super) tokens: &'t Tokens<'a>,
    pub(super) text: &'a str,
}

impl<'t, 'a> Words<'t, 'a> {
    pub(super) fn new(tokens: &'t Tokens<'a>) -> Self {
        Words {
            tokens,
            text: tokens.text(),
        }
    }

    /// Whether the word token `k` carries on the word of the tokens before
    /// it: a joiner right after a word token and right before it
    /// (`Sub-Bureau`, `People’s`), or a pinyin syllable apostrophe that a
    /// translation set off by a space (`Xi 'an`, `Tai ‘an`).
    pub(super) fn joined(&self, k: usize) -> bool {
        let all = self.tokens.all();
        let Some(before) = k.checked_sub(2) else {
            return false;
        };
        let (Some(prev), Some(joiner), Some(t)) = (all.get(before), all.get(k - 1), all.get(k))
        else {
            return false;
        };
        let bytes = self.text.as_bytes();
        let mark = &bytes[joiner.start()..joiner.end()];
        prev.kind() == Kind::Word
            && joiner.kind() == Kind::Punct
            && joiner.end() == t.start()
            && if prev.end() == joiner.start() {
                is_joiner(mark)
            } else {
                prev.end() + 1 == joiner.start()
                    && bytes[prev.end()] == b' '
                    && bytes[prev.start()].is_ascii_uppercase()
                    && matches!(mark, b"'" | [0xE2, 0x80, 0x98 | 0x99])
                    && is_vowel_syllable(&bytes[t.start()..t.end()])
            }
    }

    /// The word whose first token is the word token `first`, read from the
    /// tokens (each time: a name asks for few words twice, and a cache of
    /// them cost more than it saved).
    pub(super) fn word(&self, first: usize) -> Word {
        let all = self.tokens.all();
        let bytes = self.text.as_bytes();
        let mut last = first;
        // Most words end at a space: the token after them does not touch
        // them (one space may stand before a syllable apostrophe), or is
        // no mark that may join (a word token is no joiner: `joined` would
        // reject it, so it is not asked).
        while all.get(last + 1).is_some_and(|joiner| {
            joiner.kind() == Kind::Punct && joiner.start() <= all[last].end() + 1
        }) && all.get(last + 2).is_some_and(|t| t.kind() == Kind::Word)
            && self.joined(last + 2)
        {
            last += 2;
        }
        let t = all[first];
        let (start, end) = (t.start(), all[last].end());
        let mut flags = 0;
        if bytes[start].is_ascii_uppercase() {
            flags |= UPPER;
        }
        let prev = first.checked_sub(1).and_then(|p| all.get(p));
        if prev.is_some_and(|p| p.kind() == Kind::Word && adjacent(self.text, p.end(), start)) {
            flags |= ADJACENT;
        }
        let mut not_name = false;
        if last == first {
            // One token: its lexicon entry says it all. A whole entry is
            // one the token starts, so most tokens (names) need no entry.
            let starts = t.starts();
            if starts.has(Class::AgencyHead)
                || starts.has(Class::AgencyVocabulary)
                || starts.has(Class::AgencyEnforcement)
                || starts.has(Class::AgencyNotName)
            {
                let whole = t.whole();
                // (`Agency`, `Group` and the unit words head a name only
                // with their capital: `a criminal group`, `the group
                // police`, `a special team` are no body's.)
                if whole.has(Class::AgencyHead)
                    && !matches!(
                        &bytes[start..end],
                        b"agency"
                            | b"division"
                            | b"enforcement"
                            | b"group"
                            | b"section"
                            | b"squad"
                            | b"team"
                    )
                {
                    flags |= HEAD;
                }
                // `police`, `Police` and `Guard` are vocabulary (keys are
                // looked up lowercased).
                if whole.has(Class::AgencyVocabulary) {
                    flags |= VOCABULARY_WORD;
                    match &bytes[start..end] {
                        b"police" => flags |= LOWER_POLICE,
                        b"Police" | b"Guard" => flags |= HEAD,
                        _ => {}
                    }
                }
                if whole.has(Class::AgencyEnforcement) {
                    flags |= ENFORCEMENT_WORD;
                }
                not_name = whole.has(Class::AgencyNotName);
            }
        } else {
            flags |= joined_flags(self.tokens, first, last);
        }
        if flags & (UPPER | POSSESSIVE) == UPPER && !not_name {
            flags |= CAPITALIZED;
        }
        Word {
            start: start as u32,
            end: end as u32,
            first: first as u32,
            last: last as u32,
            flags,
        }
    }

    /// The capitalized word before `word` across a list's comma and one
    /// space, after `the` (`the Food, Drug and ...`), no head word.
    pub(super) fn listed_before(&self, word: Word) -> Option<Word> {
        let all = self.tokens.all();
        let c = word.first().checked_sub(1)?;
        let comma = all.get(c)?;
        let at_comma = comma.kind() == Kind::Punct
            && &self.text[comma.start()..comma.end()] == ","
            && comma.end() + 1 == word.start()
            && self.text.as_bytes()[comma.end()] == b' ';
        let mut first = c.checked_sub(1)?;
        if !at_comma || all[first].kind() != Kind::Word || all[first].end() != comma.start() {
            return None;
        }
        while self.joined(first) {
            first -= 2;
        }
        let item = self.word(first);
        // (`the Food, Drug and ...`: after `the`, not `In Linyi, Drug ...`.)
        let the = self
            .before(item)
            .is_some_and(|b| b.str(self.text).eq_ignore_ascii_case("the"));
        (the && is_capitalized(item) && !is_head(item)).then_some(item)
    }

    /// The word before `word`, when only spaces separate them.
    pub(super) fn before(&self, word: Word) -> Option<Word> {
        if !word.has(ADJACENT) {
            return None;
        }
        let mut first = word.first() - 1;
        while self.joined(first) {
            first -= 2;
        }
        Some(self.word(first))
    }

    /// The word after `word`, when only spaces separate them.
    pub(super) fn after(&self, word: Word) -> Option<Word> {
        let k = word.last() + 1;
        let t = self.tokens.all().get(k)?;
        (t.kind() == Kind::Word && adjacent(self.text, word.end(), t.start())).then(|| self.word(k))
    }

    /// The next word after `word`, however far.
    pub(super) fn next(&self, word: Word) -> Option<Word> {
        let all = self.tokens.all();
        let k = word.last() + 1;
        // The first word token after a word starts a word: a joined one
        // would have been part of it.
        let k = k + all.get(k..)?.iter().position(|t| t.kind() == Kind::Word)?;
        Some(self.word(k))
    }
}

/// The flags of a word joined from tokens `first..=last` (`Sub-Bureau`,
/// `People’s`, `Bureau's`): a possessive ends in an apostrophe and the
/// token `s`, and a head word is read without it.
pub(super) fn joined_flags(tokens: &Tokens<'_>, first: usize, last: usize) -> u16 {
    let text = tokens.text();
    let (start, end) = (tokens.all()[first].start(), tokens.all()[last].end());
    let word = &text[start..end];
    let mut flags = 0;
    let base = if tokens.str(last) == "s" && tokens.str(last - 1) != "-" {
        if !word.starts_with("People") {
            flags |= POSSESSIVE;
        }
        last - 2
    } else {
        last
    };
    let base = &text[start..tokens.all()[base].end()];
    if is_entry(tokens, first, base, HEADS) || matches!(base, "Police" | "Guard") {
        flags |= HEAD;
    }
    if is_entry(tokens, first, word, VOCABULARY) {
        flags |= VOCABULARY_WORD;
    }
    if is_entry(tokens, first, base, ENFORCEMENT) {
        flags |= ENFORCEMENT_WORD;
    }
    flags
}

/// Whether `word`, from token `first` on, is a whole entry of `lexicon`.
pub(super) fn is_entry(
    tokens: &Tokens<'_>,
    first: usize,
    word: &str,
    lexicon: &'static Lexicon<()>,
) -> bool {
    let t = tokens.all()[first];
    if t.end() - t.start() == word.len() {
        return t.whole().has(lexicon.class());
    }
    t.entry().is_some_and(|entry| {
        lexicon::longest(lexicon::index(), entry, word, lexicon)
            .is_some_and(|(_, len)| len == word.len())
    })
}

/// Whether `word` is a head word: `Minhang District Police`: capitalized
/// Police heads a name; the lowercase word is too often just "the police".
pub(super) fn is_head(word: Word) -> bool {
    word.has(HEAD)
}

/// Whether `word` starts with a capital, is no sentence-initial word and no
/// possessive.
pub(super) fn is_capitalized(word: Word) -> bool {
    word.has(CAPITALIZED)
}

/// `China's`, `Department’s`: a possessive ends a name.
pub(super) fn is_possessive(word: Word) -> bool {
    word.has(POSSESSIVE)
}

/// Whether the word before `word` may be a possessive ([`is_possessive`]):
/// a possessive's last token is `s`, and the word before `word` ends at
/// the token right before it. Most words are told so without reading the
/// word before; a test holds the two together.
pub(super) fn may_follow_possessive(words: &Words<'_, '_>, word: Word) -> bool {
    word.first()
        .checked_sub(1)
        .is_some_and(|k| words.tokens.str(k) == "s")
}

pub(super) fn is_vocabulary(word: Word) -> bool {
    word.has(VOCABULARY_WORD)
}

/// Whether only spaces (at most two) separate a word ending at `end` from
/// one starting at `start`.
pub(super) fn adjacent(text: &str, end: usize, start: usize) -> bool {
    start - end <= 2 && text.as_bytes()[end..start].iter().all(|&b| b == b' ')
}

/// Capitalized words that end a name growing forward: a title-case
/// headline's verb (`Ministry of Public Security Holds Press Conference`)
/// or a person's title (`... Spokesperson Li Guozhong`). Lowercase, sorted:
/// a word is looked up lowercased.
pub(super) const NAME_ENDS: &[&str] = &[
    "achieves",
    "announces",
    "arrests",
    "busts",
    "captain",
    "chairman",
    "chief",
    "commissar",
    "commissioner",
    "completes",
    "conducts",
    "convenes",
    "cracks",
    "deploys",
    "deputy",
    "director",
    "director-general",
    "dismantles",
    "head",
    "held",
    "holds",
    "hosts",
    "issued",
    "issues",
    "launched",
    "launches",
    "leader",
    "meets",
    "minister",
    "officer",
    "officers",
    "official",
    "officials",
    "organizes",
    "releases",
    "reports",
    "rescues",
    "said",
    "says",
    "secretary",
    "seizes",
    "smashes",
    "solves",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "starts",
    "urges",
    "warns",
];

/// Per first letter (`a` to `z`), bit `n` when a word of [`NAME_ENDS`] is
/// `n` bytes long: most words of a name are told apart by these, without
/// the search.
const NAME_END_LENGTHS: [u32; 26] = {
    let mut out = [0; 26];
    let mut k = 0;
    while k < NAME_ENDS.len() {
        let word = NAME_ENDS[k].as_bytes();
        out[(word[0] - b'a') as usize] |= 1 << word.len();
        k += 1;
    }
    out
};

/// Whether `word` ends a name growing forward ([`NAME_ENDS`]).
pub(super) fn ends_name(word: &str) -> bool {
    let b = word.as_bytes();
    let Some(first) = b.first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    let lengths = first
        .checked_sub(b'a')
        .and_then(|f| NAME_END_LENGTHS.get(usize::from(f)));
    if !lengths.is_some_and(|l| b.len() < 32 && l & 1 << b.len() != 0) {
        return false;
    }
    NAME_ENDS
        .binary_search_by(|e| e.bytes().cmp(word.bytes().map(|c| c.to_ascii_lowercase())))
        .is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_possessive_before_a_word_is_never_gated_out() {
        use super::*;
        let texts = [
            "The Wuxi Public Security Bureau's Binhu Branch and the Bureau’s Traffic Police met.",
            "China's Ministry's  Office, the People’s Court, Sub-Bureau's unit and Xi'an's police.",
            "Police's s Bureau and the s-Bureau, officers' Department's 's Team.",
        ];
        let mut possessives = 0;
        for text in texts {
            let tokens = crate::lex::Tokens::new(text);
            let words = Words::new(&tokens);
            for (k, t) in tokens.all().iter().enumerate() {
                if t.kind() != Kind::Word || words.joined(k) {
                    continue;
                }
                let word = words.word(k);
                if words.before(word).is_some_and(is_possessive) {
                    possessives += 1;
                    assert!(may_follow_possessive(&words, word), "{text} at {k}");
                }
            }
        }
        assert!(possessives >= 5, "{possessives}");
    }

    #[test]
    fn name_ends_are_sorted_lowercase() {
        let ends = super::NAME_ENDS;
        assert!(ends.windows(2).all(|p| p[0] < p[1]));
        assert!(ends.iter().all(|w| *w == w.to_lowercase()));
    }

    #[test]
    fn name_ends_pass_their_length_filter() {
        for w in super::NAME_ENDS {
            assert!(super::ends_name(w), "{w}");
            assert!(super::ends_name(&w.to_uppercase()), "{w}");
        }
        assert!(!super::ends_name("Bureau"));
        assert!(!super::ends_name(""));
        assert!(!super::ends_name("9th"));
    }
}
