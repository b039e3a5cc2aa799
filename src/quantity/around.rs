//! Word lookups around a candidate, read from the tokens: the lexicon
//! entry of the word at an offset (prefix, whole word, suffix), rejected
//! by the class bits the token carries before any phrase is compared, and
//! the text helpers as the fallback where no token helps (a figure read
//! from a bare `&str`).

use super::context::{word_len, word_len_from};
use crate::lex::{Classes, Kind, Lexicon, Token, Tokens};
use crate::text::{match_prefix, match_suffix, phrase_len_at, EndFilter};
use crate::Span;
use std::cell::Cell;
use std::sync::OnceLock;

/// The text around a candidate, with the text's tokens when the whole text
/// was tokenized. A word looked up here is read from its token's lexicon
/// entry (one bit test, no hashing); without tokens, or where no token
/// starts at the word, the lookup falls back to the text helpers and gives
/// the same answer.
pub(super) struct Around<'a, 't> {
    pub(super) text: &'a str,
    tokens: Option<&'t Tokens<'a>>,
    /// A token near the last one looked up: lookups around one candidate
    /// stay within a few tokens of each other.
    cursor: Cell<usize>,
    /// The last [`noun_after`] read: where, and the noun's span.
    pub(super) noun: Cell<Option<(usize, Option<Span>)>>,
    /// The last [`Around::token_ending_at`] answer, and where: the two
    /// phrase lookups before a number (identifier, qualifier) end at the
    /// same byte.
    ending: Cell<Option<(usize, Option<usize>)>>,
    /// Where the text's first line ends when it is a headline in title
    /// case, read once for the text at the first number that asks
    /// (`Some(None)`: it is none).
    pub(super) headline: Cell<Option<Option<usize>>>,
}

/// Skip at most `max` horizontal spaces (ASCII space, tab, no-break space,
/// ideographic space): [`crate::text::skip_spaces`] reading bytes, not
/// chars, since every number runs it a dozen times.
pub(super) fn skip_spaces(s: &str, mut i: usize, max: usize) -> usize {
    let b = s.as_bytes();
    for _ in 0..max {
        // One byte decides for most text: a space, or no space at all.
        match b.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => i += 2,
            Some(0xE3) if b.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => i += 3,
            _ => break,
        }
    }
    i
}

/// Step back over at most `max` horizontal spaces ending at `i`:
/// [`crate::text::skip_spaces_back`] reading bytes.
pub(super) fn skip_spaces_back(s: &str, mut i: usize, max: usize) -> usize {
    let b = s.as_bytes();
    for _ in 0..max {
        // The last byte decides for most text, as in [`skip_spaces`].
        match i.checked_sub(1).map(|j| b[j]) {
            Some(b' ' | b'\t') => i -= 1,
            Some(0xA0) if i >= 2 && b[i - 2] == 0xC2 => i -= 2,
            Some(0x80) if i >= 3 && b[i - 3..i - 1] == [0xE3, 0x80] => i -= 3,
            _ => break,
        }
    }
    i
}

/// What the lexicon knows of the token at an offset.
enum Keyed<'t> {
    /// A word or mark token, with its entry.
    Token(usize, &'t Token),
    /// A number or line break: no phrase starts there.
    Nothing,
    /// No token starts there, or a CJK run: ask the text.
    Text,
}

/// The most tokens a phrase looked up by [`Around::suffix`] covers (`less
/// than or equal to` is five). Spaces are no tokens, so the count is the
/// same however many spaces the text has between the words. A unit test
/// checks the tables.
const MAX_SUFFIX_TOKENS: usize = 5;

impl<'a, 't> Around<'a, 't> {
    pub(super) fn new(text: &'a str, tokens: Option<&'t Tokens<'a>>) -> Self {
        Around {
            text,
            tokens,
            cursor: Cell::new(0),
            noun: Cell::new(None),
            ending: Cell::new(None),
            headline: Cell::new(None),
        }
    }

    /// Look near token `i` first.
    pub(super) fn set_cursor(&self, i: usize) {
        self.cursor.set(i);
    }

    /// The index of the token that starts at byte `at`, if any: a few
    /// steps from the cursor, else [`Tokens::index_from`].
    #[inline(always)]
    fn token_at(&self, at: usize) -> Option<usize> {
        let tokens = self.tokens?;
        let all = tokens.all();
        let i = match self.near(all, at, Token::start) {
            Some(found) => found?,
            None => {
                let i = tokens.index_from(at);
                all.get(i).filter(|t| t.start() == at).map(|_| i)?
            }
        };
        self.cursor.set(i);
        Some(i)
    }

    /// The index of the token that ends at byte `end`, if any: a few steps
    /// from the cursor, else the token before [`Tokens::index_from`] (the
    /// first token that starts at or after `end`).
    #[inline]
    fn token_ending_at(&self, end: usize) -> Option<usize> {
        if let Some((at, k)) = self.ending.get().filter(|&(at, _)| at == end) {
            debug_assert_eq!(at, end);
            return k;
        }
        let k = self.find_token_ending_at(end);
        self.ending.set(Some((end, k)));
        k
    }

    fn find_token_ending_at(&self, end: usize) -> Option<usize> {
        let tokens = self.tokens?;
        let all = tokens.all();
        match self.near(all, end, Token::end) {
            Some(found) => found,
            None => {
                let k = tokens.index_from(end).checked_sub(1)?;
                (all[k].end() == end).then_some(k)
            }
        }
    }

    /// The walk from the cursor to the token whose `edge` (start or end:
    /// both grow with the index) is at byte `at`: `Some(Some(i))` when
    /// token `i` has it, `Some(None)` when no token does, `None` when it is
    /// more than a few steps away.
    #[inline(always)]
    fn near(
        &self,
        all: &[Token],
        at: usize,
        edge: impl Fn(&Token) -> usize,
    ) -> Option<Option<usize>> {
        let Some(last) = all.len().checked_sub(1) else {
            return Some(None);
        };
        let mut i = self.cursor.get().min(last);
        for _ in 0..8 {
            match edge(&all[i]).cmp(&at) {
                std::cmp::Ordering::Equal => return Some(Some(i)),
                std::cmp::Ordering::Less => {
                    if all.get(i + 1).map_or(true, |t| edge(t) > at) {
                        return Some(None);
                    }
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    if i == 0 || edge(&all[i - 1]) < at {
                        return Some(None);
                    }
                    i -= 1;
                }
            }
        }
        None
    }

    /// What the lexicon knows of the token at `at`.
    #[inline(always)]
    fn keyed_token_at(&self, at: usize) -> Keyed<'t> {
        let (Some(tokens), Some(i)) = (self.tokens, self.token_at(at)) else {
            return Keyed::Text;
        };
        let t = &tokens.all()[i];
        match t.kind() {
            Kind::Word | Kind::Punct => Keyed::Token(i, t),
            // No phrase starts with a digit or a line break (a unit test
            // checks every table).
            Kind::Number | Kind::Newline => Keyed::Nothing,
            // Ideographs carry no entry: the text path looks them up.
            Kind::Cjk => Keyed::Text,
        }
    }

    /// [`match_prefix`] of `lexicon` at byte `at`.
    #[inline]
    pub(super) fn prefix<T>(
        &self,
        at: usize,
        lexicon: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        match self.keyed_token_at(at) {
            Keyed::Token(i, t) => {
                if !t.starts().has(lexicon.class()) {
                    return None;
                }
                self.tokens?.match_at(i, lexicon)
            }
            Keyed::Nothing => None,
            Keyed::Text => match_prefix(&self.text[at..], lexicon),
        }
    }

    /// The classes a phrase starting at byte `at` may belong to, from the
    /// token there: the test [`Around::prefix`] makes before its lookup,
    /// for every table at once. A class not in the set has no phrase at
    /// `at` ([`Classes::ALL`] where no token says: no tokens, a CJK run,
    /// no token starting there).
    #[inline]
    pub(super) fn starts_at(&self, at: usize) -> Classes {
        match self.keyed_token_at(at) {
            Keyed::Token(_, t) => t.starts(),
            Keyed::Nothing => Classes::NONE,
            Keyed::Text => Classes::ALL,
        }
    }

    /// Whether the `len` bytes at `at` are a whole one-word entry of
    /// `lexicon`: `match_prefix(word, lexicon)` covering all of `word`.
    #[inline]
    pub(super) fn is_whole<T>(&self, at: usize, len: usize, lexicon: &'static Lexicon<T>) -> bool {
        let word = &self.text[at..at + len];
        if word.is_empty() {
            return false;
        }
        match self.keyed_token_at(at) {
            // The whole bit: a phrase of the class is this word alone.
            Keyed::Token(_, t) if t.end() == at + len => t.whole().has(lexicon.class()),
            // A longer word (`license-related`) has the token's key.
            Keyed::Token(_, t) if t.end() < at + len && !t.starts().has(lexicon.class()) => false,
            Keyed::Nothing => false,
            _ => match_prefix(word, lexicon).is_some_and(|(_, l)| l == len),
        }
    }

    /// [`word_len`](super::context::word_len) of the word at `at`, its
    /// letters read from the word token that starts there (if one does:
    /// a token is a whole run of letters), and that token.
    #[inline]
    pub(super) fn word_at(&self, at: usize) -> (usize, Option<&'t Token>) {
        let text = self.text;
        if let Keyed::Token(_, t) = self.keyed_token_at(at) {
            if t.kind() == Kind::Word {
                // A joiner's first byte (`-`, `'`, E2 of `’`) after the
                // token, or the word is the token: most words end in a
                // space or a mark that is none.
                let len = match text.as_bytes().get(t.end()) {
                    Some(b'-' | b'\'' | 0xE2) => word_len_from(&text[at..], t.end() - at),
                    _ => t.end() - at,
                };
                return (len, Some(t));
            }
        }
        (word_len(&text[at..]), None)
    }

    /// [`Around::is_whole_in`] for the word that [`Around::word_at`] read
    /// at `at`: its token answers without being looked up again.
    #[inline]
    pub(super) fn is_whole_in_word<A, B>(
        &self,
        (len, token): (usize, Option<&Token>),
        at: usize,
        a: &'static Lexicon<A>,
        b: &'static Lexicon<B>,
    ) -> bool {
        match token {
            Some(t) if t.end() == at + len => {
                let whole = t.whole();
                whole.has(a.class()) || whole.has(b.class())
            }
            _ => self.is_whole_in(at, len, a, b),
        }
    }

    /// Whether the `len` bytes at `at` are a whole entry of `a` or of `b`.
    #[inline]
    pub(super) fn is_whole_in<A, B>(
        &self,
        at: usize,
        len: usize,
        a: &'static Lexicon<A>,
        b: &'static Lexicon<B>,
    ) -> bool {
        match self.keyed_token_at(at) {
            Keyed::Token(_, t) if t.end() == at + len => {
                let whole = t.whole();
                whole.has(a.class()) || whole.has(b.class())
            }
            _ => self.is_whole(at, len, a) || self.is_whole(at, len, b),
        }
    }

    /// [`match_suffix`] of `lexicon` ending at byte `end`: the longest
    /// phrase that ends there and starts at a word boundary, and its start.
    ///
    /// A phrase that ends in an ASCII char (not a digit) starts with one at
    /// a token start (a unit test checks the tables it is used with), so
    /// the tokens a few bytes back are tried, each from its entry. Anything
    /// else (a CJK phrase, a letter going on after `end`) takes the text
    /// path.
    #[inline]
    pub(super) fn suffix<T>(
        &self,
        end: usize,
        lexicon: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let last = *bytes[..end].last()?;
        // No phrase ends with this byte: nothing to look back for, on
        // either path (the text path compares each phrase's last byte).
        let filter = end_filter(lexicon);
        if !filter.may_end_byte(last) {
            return None;
        }
        let plain = last.is_ascii_graphic()
            && !last.is_ascii_digit()
            && !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
        let Some(tokens) = self.tokens.filter(|_| plain) else {
            return match_suffix(text, end, lexicon);
        };
        // The token that holds the phrase's last byte ends at `end`.
        let Some(k) = self.token_ending_at(end) else {
            return match_suffix(text, end, lexicon);
        };
        let all = tokens.all();
        // No phrase ends with this word or mark: most words before a
        // number (`arrested`, `seized`) end none, and need no look back.
        if last.is_ascii_alphabetic() && !filter.may_end_word(&bytes[all[k].start()..end]) {
            return None;
        }
        let first = (k + 1).saturating_sub(MAX_SUFFIX_TOKENS);
        let index = crate::lex::index();
        let class = lexicon.class();
        let last = last.to_ascii_lowercase();
        // Farthest start first: the first match is the longest phrase. The
        // class bit on the token rejects a word no phrase starts with.
        for t in &all[first..=k] {
            let start = t.start();
            let Some(entry) = t.entry().filter(|_| t.starts().has(class)) else {
                continue;
            };
            if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
                continue;
            }
            for p in index.phrases(entry, class) {
                let (phrase, value) = &lexicon[p];
                if !may_end_at(phrase, last, end - start) {
                    continue;
                }
                if phrase_len_at(&text[start..], phrase) == Some(end - start) {
                    return Some((value, start));
                }
            }
        }
        None
    }
}

/// The [`EndFilter`] of `lexicon`, built on first use, one per class.
#[inline]
fn end_filter<T>(lexicon: &'static Lexicon<T>) -> &'static EndFilter {
    #[allow(clippy::declare_interior_mutable_const)]
    const NONE: OnceLock<EndFilter> = OnceLock::new();
    static FILTERS: [OnceLock<EndFilter>; 64] = [NONE; 64];
    FILTERS[lexicon.class() as usize].get_or_init(|| EndFilter::of(lexicon))
}

/// Whether `phrase` may cover exactly `len` bytes of text whose last byte,
/// lowercased, is `last`: an exact reject before the compare, since each
/// byte of a phrase matches at least one byte of text (a space one to four)
/// and its last letter or mark matches the text's last byte.
#[inline]
fn may_end_at(phrase: &str, last: u8, len: usize) -> bool {
    let p = phrase.as_bytes();
    p.len() <= len && p.last().is_some_and(|&b| b == last || b == b' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::context::{word_len, FUNCTION_WORDS, MONEY_WORDS, NOUN_STOP_MORE};
    use crate::quantity::scan::walk_tests::texts;
    use crate::quantity::words::QUALIFIER_BEFORE;
    use crate::text::ascii_word_len;
    use crate::text::lexicon::ONE_IDIOM_AFTER;
    use crate::text::lexicon::{IDENTIFIER_BEFORE, MONTHS, NAME_AFTER, NOUN_STOP, TITLE_AFTER};
    use proptest::prelude::*;

    /// The tables looked up from the end of a phrase.
    const SUFFIX_TABLES: [&Lexicon<()>; 1] = [IDENTIFIER_BEFORE];

    fn suffix_phrases() -> impl Iterator<Item = &'static str> {
        let q = QUALIFIER_BEFORE.iter().map(|(p, _)| *p);
        SUFFIX_TABLES
            .into_iter()
            .flat_map(|t| t.iter().map(|(p, _)| *p))
            .chain(q)
    }

    #[test]
    fn suffix_phrases_start_at_a_token_within_reach() {
        for phrase in suffix_phrases() {
            let b = phrase.as_bytes();
            if !b[b.len() - 1].is_ascii() {
                continue;
            }
            assert!(
                b[0].is_ascii_graphic() && !b[0].is_ascii_digit(),
                "{phrase:?} must start with an ASCII letter or mark"
            );
            let tokens = Tokens::new(phrase).all().len();
            assert!(
                tokens <= MAX_SUFFIX_TOKENS,
                "{phrase:?} has too many tokens"
            );
        }
    }

    fn around<'a, 't>(tokens: &'t Tokens<'a>) -> Around<'a, 't> {
        Around::new(tokens.text(), Some(tokens))
    }

    #[test]
    fn no_phrase_starts_with_a_digit_or_a_line_break() {
        for table in crate::lex::TABLES {
            for i in 0..table.len() {
                let c = table.phrase(i).chars().next();
                assert!(
                    !c.is_some_and(|c| c == '\n' || crate::text::digit_value(c).is_some()),
                    "{:?}",
                    table.phrase(i)
                );
            }
        }
    }

    proptest! {
        #[test]
        fn byte_spaces_are_text_spaces(text in texts(), max in 0usize..5) {
            for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                prop_assert_eq!(skip_spaces(&text, i, max), crate::text::skip_spaces(&text, i, max));
                prop_assert_eq!(
                    skip_spaces_back(&text, i, max),
                    crate::text::skip_spaces_back(&text, i, max)
                );
            }
        }
    }

    #[test]
    fn lookups_read_the_tokens() {
        let tokens = Tokens::new("No. 5 at 3 pm, about 40 people, in March 2020");
        let a = around(&tokens);
        assert_eq!(a.suffix(3, IDENTIFIER_BEFORE), Some((&(), 0)));
        assert_eq!(
            a.suffix(20, QUALIFIER_BEFORE),
            Some((&crate::Qualifier::About, 15))
        );
        assert_eq!(a.suffix(19, QUALIFIER_BEFORE), None);
        assert_eq!(a.prefix(11, NAME_AFTER), Some((&(), 2)));
        assert!(a.is_whole(35, 5, MONTHS));
        assert!(a.is_whole(35, 3, MONTHS) && !a.is_whole(35, 2, MONTHS));
        assert!(!a.is_whole(24, 6, MONTHS));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Every lookup gives what the text helpers give, at every offset.
        #[test]
        fn token_lookups_are_text_lookups(text in texts()) {
            let tokens = Tokens::new(&text);
            let a = around(&tokens);
            let bare = Around::new(&text, None);
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for t in [NAME_AFTER, TITLE_AFTER, ONE_IDIOM_AFTER] {
                    prop_assert_eq!(a.prefix(at, t), match_prefix(&text[at..], t));
                }
                prop_assert_eq!(a.prefix(at, MONTHS), match_prefix(&text[at..], MONTHS));
                prop_assert_eq!(
                    a.prefix(at, QUALIFIER_BEFORE),
                    match_prefix(&text[at..], QUALIFIER_BEFORE)
                );
                prop_assert_eq!(
                    a.suffix(at, IDENTIFIER_BEFORE),
                    match_suffix(&text, at, IDENTIFIER_BEFORE)
                );
                prop_assert_eq!(
                    a.suffix(at, QUALIFIER_BEFORE),
                    match_suffix(&text, at, QUALIFIER_BEFORE)
                );
                let w = word_len(&text[at..]);
                let word_at = a.word_at(at);
                prop_assert_eq!(word_at.0, w);
                prop_assert_eq!(bare.word_at(at), (w, None));
                prop_assert_eq!(
                    a.is_whole_in_word(word_at, at, NOUN_STOP, NOUN_STOP_MORE),
                    a.is_whole_in(at, w, NOUN_STOP, NOUN_STOP_MORE)
                );
                for len in [w, ascii_word_len(&text[at..]), w.saturating_sub(1)] {
                    if !text.is_char_boundary(at + len) {
                        continue;
                    }
                    let word = &text[at..at + len];
                    let whole = |l: Option<usize>| l == Some(len);
                    prop_assert_eq!(
                        a.is_whole_in(at, len, NOUN_STOP, NOUN_STOP_MORE),
                        bare.is_whole(at, len, NOUN_STOP) || bare.is_whole(at, len, NOUN_STOP_MORE)
                    );
                    prop_assert_eq!(
                        a.is_whole_in(at, len, NOUN_STOP, FUNCTION_WORDS),
                        bare.is_whole(at, len, NOUN_STOP) || bare.is_whole(at, len, FUNCTION_WORDS)
                    );
                    for t in [NOUN_STOP, MONEY_WORDS, FUNCTION_WORDS] {
                        prop_assert_eq!(
                            a.is_whole(at, len, t),
                            whole(match_prefix(word, t).map(|(_, l)| l)),
                            "{:?} at {}", word, at
                        );
                    }
                    prop_assert_eq!(
                        a.is_whole(at, len, MONTHS),
                        whole(match_prefix(word, MONTHS).map(|(_, l)| l))
                    );
                    prop_assert_eq!(a.is_whole(at, len, MONTHS), bare.is_whole(at, len, MONTHS));
                }
            }
        }
    }
}
