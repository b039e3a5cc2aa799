//! One pass over a bulletin's bytes: tokens with byte spans and word classes.
//!
//! In: the raw `&str`. Out: [`Tokens`], words (each with its lexicon
//! [`Entry`](lexicon::Entry): the word classes it may start), numbers,
//! punctuation, line breaks and runs of CJK. Spaces (ASCII, no-break,
//! ideographic and the typographic spaces) are the gaps between tokens; any
//! other char is a one-char punctuation token. Every later stage reads these tokens instead of scanning the
//! text again, and looks a phrase up from its first word's entry.

pub(crate) mod input;
pub(crate) mod lexicon;

pub(crate) use lexicon::{index, Class, Classes, EntryId, Lexicon, Phrases, Table};

use crate::Span;

/// Every word table, in [`Class`] order: the lexicon is built from these.
pub(crate) const TABLES: &[&dyn Phrases] = &[
    crate::text::lexicon::MONTHS,
    crate::text::lexicon::IDENTIFIER_BEFORE,
    crate::text::lexicon::NAME_AFTER,
    crate::text::lexicon::TITLE_AFTER,
    crate::text::lexicon::TIME_UNITS,
    crate::text::lexicon::ONE_IDIOM_AFTER,
    crate::text::lexicon::ONE_IDIOM_BEFORE,
    crate::text::lexicon::HOTLINE_CONTEXT,
    crate::text::lexicon::NOUN_STOP,
    crate::quantity::context::NOUN_STOP_MORE,
    crate::text::lexicon::YEAR_BEFORE,
    crate::quantity::context::FUNCTION_WORDS,
    crate::quantity::context::MONEY_WORDS,
    crate::quantity::words::QUALIFIER_BEFORE,
    crate::quantity::words::VAGUE,
    crate::quantity::words::SCALES,
    crate::quantity::words::NUMBER_WORDS,
    crate::quantity::words::UNITS,
    crate::quantity::rules::BOUND_AFTER,
    crate::quantity::rules::CHANGE_WORDS,
    crate::quantity::rules::ONE_PRONOUN_AFTER,
    crate::quantity::scan::TRIGGERS,
    crate::record::operation::CAMPAIGN_WORDS,
    crate::record::operation::LAUNCH_WORDS,
    crate::record::operation::NAMING_WORDS,
    crate::record::agency::HEADS,
    crate::record::agency::VOCABULARY,
    crate::record::agency::ENFORCEMENT,
    crate::record::agency::NOT_NAME,
    crate::record::lexicon::VERBS,
    crate::record::lexicon::AUXILIARIES,
    crate::record::lexicon::NOUNS,
    crate::record::lexicon::ITEMS,
    crate::record::lexicon::COUNTERFEIT,
    crate::record::lexicon::FRAUD_WORDS,
    crate::record::lexicon::TELECOM_WORDS,
    crate::record::lexicon::OTHER_CRIMES,
    crate::record::lexicon::LIST_JOINERS,
    crate::record::lexicon::TREND_BEFORE,
    crate::record::lexicon::TREND_AFTER,
    crate::record::meta::OUTLETS,
];

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII or full-width digits.
    Number,
    /// A run of CJK ideographs and kana.
    Cjk,
    /// A line break (`\n`).
    Newline,
    /// Any other char that is not a space: punctuation, symbols, other
    /// scripts, one char a token.
    Punct,
}

/// No lexicon entry.
const NO_ENTRY: EntryId = EntryId::MAX;

/// One token: where it is, what it is, and (for words and symbols the
/// lexicon knows) its lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    kind: Kind,
    entry: EntryId,
    /// The entry's classes, copied in: the test every stage makes most
    /// often reads the token alone.
    starts: Classes,
}

impl Token {
    /// Where the token starts.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    /// What the token is.
    #[inline]
    pub(crate) fn kind(&self) -> Kind {
        self.kind
    }

    /// The token's lexicon entry, if the lexicon knows its key.
    #[inline]
    pub(crate) fn entry(&self) -> Option<EntryId> {
        (self.entry != NO_ENTRY).then_some(self.entry)
    }

    /// The classes a phrase starting at this token may belong to.
    #[inline]
    pub(crate) fn starts(&self) -> Classes {
        self.starts
    }

    /// The classes that have this token alone as an entry.
    #[inline]
    pub(crate) fn whole(&self) -> Classes {
        self.entry()
            .map_or(Classes::NONE, |e| index().entry(e).whole)
    }
}

/// The tokens of one text.
#[derive(Debug)]
pub(crate) struct Tokens<'a> {
    text: &'a str,
    tokens: Vec<Token>,
}

/// Byte classes for the tokenizer's dispatch.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    Space,
    Letter,
    Digit,
    Newline,
    Ascii,
    Multi,
}

const BYTES: [Byte; 256] = {
    let mut t = [Byte::Multi; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            Byte::Letter
        } else if c.is_ascii_digit() {
            Byte::Digit
        } else if c == b'\n' {
            Byte::Newline
        } else if c == b' ' || c == b'\t' || c == b'\r' || c == 0x0B || c == 0x0C {
            Byte::Space
        } else {
            Byte::Ascii
        };
        b += 1;
    }
    t
};

thread_local! {
    /// The token buffer of the last document parsed on this thread, kept for
    /// the next one: a corpus run allocates it once per thread.
    static SCRATCH: std::cell::Cell<Vec<Token>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Buffers larger than this many tokens (24 MiB) are freed, not kept.
const MAX_KEPT: usize = 1 << 20;

impl Drop for Tokens<'_> {
    fn drop(&mut self) {
        let tokens = std::mem::take(&mut self.tokens);
        if tokens.capacity() <= MAX_KEPT {
            SCRATCH.with(|s| s.set(tokens));
        }
    }
}

impl<'a> Tokens<'a> {
    /// Tokenize `text` in one pass over its bytes.
    pub(crate) fn new(text: &'a str) -> Self {
        let mut tokens = Tokens {
            text,
            tokens: SCRATCH.with(std::cell::Cell::take),
        };
        tokens.fill();
        tokens
    }

    fn fill(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let index = index();
        // Offsets are kept in 32 bits: `Parser` caps its input below 4 GiB.
        debug_assert!(u32::try_from(bytes.len()).is_ok());
        self.tokens.clear();
        self.tokens.reserve(bytes.len() / 4);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let start = i;
            let kind = match BYTES[usize::from(b)] {
                Byte::Space => {
                    i += 1;
                    continue;
                }
                Byte::Letter => {
                    i += 1;
                    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                        i += 1;
                    }
                    Kind::Word
                }
                Byte::Digit => {
                    i = digits_end(bytes, i);
                    Kind::Number
                }
                Byte::Newline => {
                    i += 1;
                    Kind::Newline
                }
                Byte::Ascii => {
                    i += 1;
                    Kind::Punct
                }
                Byte::Multi => {
                    let c = char_at(text, i);
                    i += c.len_utf8();
                    if is_space(c) {
                        continue;
                    } else if is_full_width_digit(c) {
                        i = digits_end(bytes, i);
                        Kind::Number
                    } else if is_cjk(c) {
                        while i < bytes.len() && bytes[i] >= 0xE3 {
                            let c = char_at(text, i);
                            if !is_cjk(c) {
                                break;
                            }
                            i += c.len_utf8();
                        }
                        Kind::Cjk
                    } else {
                        Kind::Punct
                    }
                }
            };
            let entry = match kind {
                Kind::Word if i - start <= lexicon::MAX_KEY => index
                    .lookup_word(&bytes[start..], i - start)
                    .unwrap_or(NO_ENTRY),
                Kind::Word => NO_ENTRY,
                Kind::Punct if index.may_start_symbol(b) => {
                    index.lookup(&bytes[start..]).unwrap_or(NO_ENTRY)
                }
                Kind::Punct => NO_ENTRY,
                Kind::Number | Kind::Cjk | Kind::Newline => NO_ENTRY,
            };
            self.tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind,
                entry,
                starts: if entry == NO_ENTRY {
                    Classes::NONE
                } else {
                    index.entry(entry).starts
                },
            });
        }
    }

    /// The text tokenized.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// All tokens, in order.
    pub(crate) fn all(&self) -> &[Token] {
        &self.tokens
    }

    /// The index of the first token that starts at or after byte `at`.
    pub(crate) fn index_from(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < at)
    }

    /// The word tokens within `span`, with their indices.
    pub(crate) fn words_in(&self, span: Span) -> impl Iterator<Item = (usize, &Token)> + '_ {
        let from = self.index_from(span.start);
        self.tokens[from..]
            .iter()
            .enumerate()
            .take_while(move |(_, t)| t.end() <= span.end)
            .filter(|(_, t)| t.kind == Kind::Word)
            .map(move |(k, t)| (from + k, t))
    }

    /// The text of token `i`.
    pub(crate) fn str(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start()..t.end()]
    }

    /// The longest phrase of `lexicon` starting at token `i`: its value and
    /// the bytes it covers. The same as [`crate::text::match_prefix`] on the
    /// text from the token on, without hashing the word again.
    pub(crate) fn match_at<T>(
        &self,
        i: usize,
        lexicon: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        let t = self.tokens.get(i)?;
        let entry = t.entry()?;
        lexicon::longest(index(), entry, &self.text[t.start()..], lexicon)
    }
}

fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        match bytes.get(i) {
            Some(b) if b.is_ascii_digit() => i += 1,
            // Full-width digits: EF BC 90..=99.
            Some(0xEF)
                if bytes.get(i + 1) == Some(&0xBC)
                    && bytes.get(i + 2).is_some_and(|b| (0x90..=0x99).contains(b)) =>
            {
                i += 3
            }
            _ => return i,
        }
    }
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{3000}' | '\u{2000}'..='\u{200b}' | '\u{202f}' | '\u{feff}'
    )
}

fn is_full_width_digit(c: char) -> bool {
    matches!(c, '０'..='９')
}

/// CJK ideographs, kana and the CJK numerals' block.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        let t = Tokens::new(text);
        (0..t.all().len())
            .map(|i| (t.all()[i].kind(), t.str(i)))
            .collect()
    }

    #[test]
    fn one_pass_gives_words_numbers_punctuation_lines_and_cjk() {
        insta::assert_debug_snapshot!(kinds("Police seized 1,250 kg\n18.5万起 ５ packs, RMB7"), @r#"
        [
            (
                Word,
                "Police",
            ),
            (
                Word,
                "seized",
            ),
            (
                Number,
                "1",
            ),
            (
                Punct,
                ",",
            ),
            (
                Number,
                "250",
            ),
            (
                Word,
                "kg",
            ),
            (
                Newline,
                "\n",
            ),
            (
                Number,
                "18",
            ),
            (
                Punct,
                ".",
            ),
            (
                Number,
                "5",
            ),
            (
                Cjk,
                "万起",
            ),
            (
                Number,
                "５",
            ),
            (
                Word,
                "packs",
            ),
            (
                Punct,
                ",",
            ),
            (
                Word,
                "RMB",
            ),
            (
                Number,
                "7",
            ),
        ]
        "#);
    }

    #[test]
    fn words_carry_their_classes() {
        let t = Tokens::new("They arrested 5 suspects in March");
        assert!(t.all()[1].starts().has(Class::Verb));
        assert!(t.all()[1].whole().has(Class::Verb));
        assert!(t.all()[5].starts().has(Class::Month));
        assert!(!t.all()[0].starts().has(Class::Month));
        assert_eq!(
            t.match_at(1, crate::record::lexicon::VERBS).map(|(_, l)| l),
            Some(8)
        );
        assert_eq!(t.index_from(14), 2);
        assert_eq!(t.index_from(15), 3);
    }

    #[test]
    fn token_entries_agree_with_a_fresh_lookup() {
        let text = "Police ARRESTED 5 suspects; more than 1,000 yuan was Frozen. \
                    Seized heroin, methamphetamine and more\nin March. No. 3 o'clock %";
        let tokens = Tokens::new(text);
        let mut known = 0;
        for t in tokens.all() {
            let fresh = match t.kind() {
                Kind::Word | Kind::Punct => index().lookup(&text.as_bytes()[t.start()..]),
                Kind::Number | Kind::Cjk | Kind::Newline => None,
            };
            assert_eq!(t.entry(), fresh, "{:?}", &text[t.start()..t.end()]);
            known += usize::from(fresh.is_some());
        }
        assert!(known > 10);
    }

    #[test]
    fn any_text_tokenizes_without_panic() {
        for s in ["", " ", "\u{a0}", "é", "１２３", "a\u{3000}b", "\u{feff}x"] {
            let t = Tokens::new(s);
            for tok in t.all() {
                assert!(tok.start() < tok.end() && tok.end() <= s.len());
            }
        }
    }
}
