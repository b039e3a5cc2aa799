//! One pass over a bulletin's bytes: tokens with byte spans and word classes.
//!
//! In: the raw `&str`. Out: [`Tokens`], words (each with its lexicon
//! [`Entry`](index::Entry): the word classes it may start), numbers,
//! punctuation, line breaks and runs of CJK. Spaces (ASCII, no-break,
//! ideographic and the typographic spaces) are the gaps between tokens; any
//! other char is a one-char punctuation token. Every later stage reads these tokens instead of scanning the
//! text again, and looks a phrase up from its first word's entry.

mod bytes;
pub(crate) mod index;
pub(crate) mod input;
pub(crate) mod lexicon;

pub(crate) use lexicon::{index, Class, Classes, EntryId, Lexicon, Phrases, Table};

#[cfg(test)]
use bytes::letter_run;
use bytes::{digits_end, letter_run_mask, long_word_at, multi, Byte, BYTES, NONE};
use index::load8;

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
    crate::record::lexicon::DERIVED,
    crate::record::lexicon::FRAUD_WORDS,
    crate::record::lexicon::TELECOM_WORDS,
    crate::record::lexicon::OTHER_CRIMES,
    crate::record::lexicon::MIXED_TOTALS,
    crate::record::lexicon::GENERAL_TOTALS,
    crate::record::lexicon::LIST_JOINERS,
    crate::record::lexicon::TREND_BEFORE,
    crate::record::lexicon::TREND_AFTER,
    crate::record::meta::OUTLETS,
    crate::record::meta::CREDITS,
];

/// The word classes whose tokens [`Tokens::listed`] lists: rare words a
/// pass looks for over the whole text (news outlets and `by` for the
/// meta, agency heads and vocabulary for the agencies, campaign, naming
/// and launch words for the operations). Listed on the way, they spare
/// each pass a walk over every token.
pub(crate) const LISTED: Classes = Classes::NONE
    .with(Class::Outlet)
    .with(Class::Credit)
    .with(Class::AgencyHead)
    .with(Class::AgencyVocabulary)
    .with(Class::Campaign)
    .with(Class::Naming)
    .with(Class::Launch);

/// The word classes the binder's index looks for (verbs, crime and
/// fraud words, totals, trend words, `and`): their words are
/// [`Tokens::binds`].
const BINDS: Classes = Classes::NONE
    .with(Class::Verb)
    .with(Class::Fraud)
    .with(Class::Telecom)
    .with(Class::OtherCrime)
    .with(Class::MixedTotal)
    .with(Class::GeneralTotal)
    .with(Class::TrendBefore)
    .with(Class::ListJoiner);

/// [`LISTED`], [`BINDS`] and the trigger class: a word of any is tested
/// once on the way, so the common word costs no second test.
const LISTED_OR_CUE: Classes = LISTED.with(Class::Trigger).union(BINDS);

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

use index::NO_ENTRY;

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
    /// The indices of the tokens that may end a sentence or a label (see
    /// [`Tokens::marks`]).
    marks: Vec<u32>,
    /// The indices of the words of the [`LISTED`] classes.
    listed: Vec<u32>,
    /// The indices of the tokens that may start a figure or open a quote
    /// (see [`Tokens::cues`]).
    cues: Vec<u32>,
    /// The indices of the tokens the binder's index reads (see
    /// [`Tokens::binds`]).
    binds: Vec<u32>,
}

/// The buffers of the last document tokenized on this thread, kept for the
/// next one: a corpus run allocates them once per thread.
#[derive(Default)]
struct Scratch {
    tokens: Vec<Token>,
    marks: Vec<u32>,
    listed: Vec<u32>,
    cues: Vec<u32>,
    binds: Vec<u32>,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = const {
        std::cell::Cell::new(Scratch { tokens: Vec::new(), marks: Vec::new(), listed: Vec::new(), cues: Vec::new(), binds: Vec::new() })
    };
}

/// Buffers larger than this many tokens (24 MiB) are freed, not kept.
const MAX_KEPT: usize = 1 << 20;

impl Drop for Tokens<'_> {
    fn drop(&mut self) {
        let tokens = std::mem::take(&mut self.tokens);
        let marks = std::mem::take(&mut self.marks);
        let listed = std::mem::take(&mut self.listed);
        let cues = std::mem::take(&mut self.cues);
        let binds = std::mem::take(&mut self.binds);
        if tokens.capacity() <= MAX_KEPT {
            SCRATCH.with(|s| {
                s.set(Scratch {
                    tokens,
                    marks,
                    listed,
                    cues,
                    binds,
                })
            });
        }
    }
}

impl<'a> Tokens<'a> {
    /// Tokenize `text` in one pass over its bytes.
    // Kept out of line: `benches/stages.sh` finds it by name.
    #[inline(never)]
    pub(crate) fn new(text: &'a str) -> Self {
        let Scratch {
            tokens,
            marks,
            listed,
            cues,
            binds,
        } = SCRATCH.with(std::cell::Cell::take);
        let mut tokens = Tokens {
            text,
            tokens,
            marks,
            listed,
            cues,
            binds,
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
        // The buffers as locals while they fill.
        let mut tokens = std::mem::take(&mut self.tokens);
        let mut marks = std::mem::take(&mut self.marks);
        let mut listed = std::mem::take(&mut self.listed);
        let mut cues = std::mem::take(&mut self.cues);
        let mut binds = std::mem::take(&mut self.binds);
        tokens.clear();
        marks.clear();
        listed.clear();
        cues.clear();
        binds.clear();
        tokens.reserve(bytes.len() / 4 + 1);
        let mut i = 0;
        while i < bytes.len() {
            // Most tokens are words of one to seven letters, most followed
            // by one space: their first eight bytes say all of it.
            let w = load8(bytes, i);
            let (run, mask) = letter_run_mask(w);
            if run.wrapping_sub(1) < 7 {
                let (entry, starts) = index.word_starts(run, (w | 0x2020_2020_2020_2020) & mask);
                if starts.meets(LISTED_OR_CUE) {
                    list_word(starts, tokens.len(), &mut listed, &mut cues, &mut binds);
                }
                tokens.push(Token {
                    start: i as u32,
                    end: (i + run) as u32,
                    kind: Kind::Word,
                    entry,
                    starts,
                });
                i += run + usize::from((w >> (8 * run)) as u8 == b' ');
                continue;
            }
            let start = i;
            let b = bytes[i];
            let (kind, (entry, starts)) = match BYTES[usize::from(b)] {
                Byte::Space => {
                    i += 1;
                    continue;
                }
                Byte::Letter => {
                    // Eight letters or more.
                    let (end, found) = long_word_at(index, bytes, i, w);
                    i = end;
                    if found.1.meets(LISTED_OR_CUE) {
                        list_word(found.1, tokens.len(), &mut listed, &mut cues, &mut binds);
                    }
                    (Kind::Word, found)
                }
                Byte::Digit => {
                    i = digits_end(bytes, i);
                    cues.push(tokens.len() as u32);
                    (Kind::Number, NONE)
                }
                Byte::Newline => {
                    i += 1;
                    marks.push(tokens.len() as u32);
                    (Kind::Newline, NONE)
                }
                Byte::Ascii => {
                    i += 1;
                    // A quote, a dollar, `&yen;`; a straight single quote
                    // only where it may open one (not `police's`).
                    let opens_single =
                        b == b'\'' && (i < 2 || !bytes[i - 2].is_ascii_alphanumeric());
                    if matches!(b, b'"' | b'$' | b'&') || opens_single {
                        cues.push(tokens.len() as u32);
                    } else if b == b',' {
                        binds.push(tokens.len() as u32);
                    }
                    (Kind::Punct, index.ascii_symbol(b))
                }
                Byte::Mark => {
                    i += 1;
                    marks.push(tokens.len() as u32);
                    if matches!(b, b';' | b':') {
                        binds.push(tokens.len() as u32);
                    }
                    // The point of `.08`.
                    if b == b'.' && bytes.get(i).is_some_and(u8::is_ascii_digit) {
                        cues.push(tokens.len() as u32);
                    }
                    (Kind::Punct, index.ascii_symbol(b))
                }
                Byte::Multi => match multi(index, text, i) {
                    (next, None) => {
                        i = next;
                        continue;
                    }
                    (next, Some((kind, found, mark))) => {
                        i = next;
                        if mark {
                            marks.push(tokens.len() as u32);
                        }
                        // Ideographs, full-width digits, quotes and
                        // currency signs: every non-ASCII token.
                        cues.push(tokens.len() as u32);
                        binds.push(tokens.len() as u32);
                        (kind, found)
                    }
                },
            };
            tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind,
                entry,
                starts,
            });
            // Most tokens are followed by one ASCII space: skip it here.
            if bytes.get(i) == Some(&b' ') {
                i += 1;
            }
        }
        self.tokens = tokens;
        self.marks = marks;
        self.listed = listed;
        self.cues = cues;
        self.binds = binds;
    }

    /// The text tokenized.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// All tokens, in order.
    pub(crate) fn all(&self) -> &[Token] {
        &self.tokens
    }

    /// The indices of the tokens that may end a sentence or a label, in
    /// order: the line breaks, the ASCII `.`, `!`, `?`, `;` and `:`, and the
    /// full-width `。`, `；`, `！` and `？`. A pass that needs only those
    /// reads them here instead of every token.
    pub(crate) fn marks(&self) -> &[u32] {
        &self.marks
    }

    /// The indices of the word tokens that may start a phrase of a rare
    /// class a pass looks for over the whole text (the [`LISTED`] classes:
    /// news outlets, `by`, agency words, campaign words), in order: the
    /// pass reads these, not every token.
    pub(crate) fn listed(&self) -> &[u32] {
        &self.listed
    }

    /// The listed word tokens ([`Tokens::listed`]) that `keep` accepts,
    /// with their indices, in order.
    pub(crate) fn listed_where(
        &self,
        keep: impl Fn(&Token) -> bool,
    ) -> impl Iterator<Item = (usize, &Token)> {
        self.listed
            .iter()
            .map(|&k| (k as usize, &self.tokens[k as usize]))
            .filter(move |(_, t)| keep(t))
    }

    /// The indices of the tokens that may start a figure or open a quote,
    /// in order: every number, every non-ASCII token (ideographs, quotes,
    /// currency signs), the ASCII `"`, `$` and `&`, a `'` after no letter or digit, a `.` before a digit,
    /// and the words of the trigger class. The figure scan reads these instead of every
    /// token.
    pub(crate) fn cues(&self) -> &[u32] {
        &self.cues
    }

    /// The indices of the tokens the binder's index reads, in order: the
    /// words of the [`BINDS`] classes, the ASCII `,`, `;` and `:`, and
    /// every non-ASCII token (runs of CJK, full-width punctuation). A
    /// pass over these skips the common words.
    pub(crate) fn binds(&self) -> &[u32] {
        &self.binds
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

/// Lists word token `k`, whose entry starts the classes `starts`, with the
/// [`LISTED`] words, the cues and the [`BINDS`] words, where it belongs.
// Inlined: about a third of the words are listed somewhere, and a call
// cost more than the pushes.
#[inline(always)]
fn list_word(
    starts: Classes,
    k: usize,
    listed: &mut Vec<u32>,
    cues: &mut Vec<u32>,
    binds: &mut Vec<u32>,
) {
    if starts.meets(LISTED) {
        listed.push(k as u32);
    }
    if starts.has(Class::Trigger) {
        cues.push(k as u32);
    }
    if starts.meets(BINDS) {
        binds.push(k as u32);
    }
}

/// The tokens of `all` that `stop` accepts, with their indices, found by a
/// search from each one to the next (a tighter loop than a filter over
/// every token). The search tests four tokens at a time: with a cheap test
/// that few tokens pass (a lexicon class), a run of tokens costs one
/// branch per four.
pub(crate) fn stops(
    all: &[Token],
    stop: impl Fn(&Token) -> bool,
) -> impl Iterator<Item = (usize, &Token)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        // Whole chunks that no token of passes; `|` tests all four.
        let passed = all
            .get(from..)?
            .chunks_exact(4)
            .take_while(|c| !(stop(&c[0]) | stop(&c[1]) | stop(&c[2]) | stop(&c[3])))
            .count();
        let k = from + 4 * passed;
        let k = k + all[k..].iter().position(&stop)?;
        from = k + 1;
        Some((k, &all[k]))
    })
}

/// CJK ideographs, kana and the CJK numerals' block.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

#[cfg(test)]
mod tests;
