//! Word lookups at byte offsets, answered from the token stream.
//!
//! The binder's rules step through a sentence by byte offsets. Each
//! question "does a phrase of this table start here?" used to hash the word
//! again; here it is one bit test on the word's token (found by the
//! tokens' own search), and only a word that may start a phrase of the
//! table is matched.

use super::*;
use crate::lex::input::only_word;

/// The most bytes of text a phrase of any table reads from its start:
/// its bytes, up to four spaces of three bytes each for each of its
/// spaces, and the byte after it (whether its word goes on). A lookup
/// window that ends farther on cannot cut a match short, so the text
/// before it answers as the whole text does.
const PHRASE_REACH: usize = 96;

/// The tokens of one bulletin, for lookups by byte offset.
#[derive(Clone, Copy)]
pub(super) struct Words<'t, 'a> {
    tokens: &'t Tokens<'a>,
    /// Which token starts at each byte.
    starts: &'t Starts,
}

/// For each byte offset of a text, the index + 1 of the token that starts
/// there: the rules ask about the word at an offset far more often than
/// they search, and this answers in one load.
///
/// The buffer is kept for the next bulletin on this thread and not cleared
/// (clearing costs a store per byte): an entry where no token starts may
/// hold an index from an earlier text, so each answer is checked against
/// the token it names.
///
/// It also holds the verb phrases the index read at word tokens
/// ([`VerbTable`]): a verb lookup at such a word is answered from there.
pub(super) struct Starts(Vec<u32>, VerbTable);

thread_local! {
    static STARTS: std::cell::Cell<(Vec<u32>, VerbTable)> =
        std::cell::Cell::new((Vec::new(), VerbTable::default()));
}

/// Tables longer than this (16 MiB) are freed, not kept.
const MAX_KEPT: usize = 1 << 22;

impl Starts {
    /// The token starts of `tokens`.
    #[cfg(test)]
    pub(super) fn new(tokens: &Tokens<'_>) -> Self {
        let mut starts = Starts::room(tokens);
        for (i, t) in tokens.all().iter().enumerate() {
            starts.mark(t, i);
        }
        starts
    }

    /// A table with room for the text of `tokens`, each token still to be
    /// [marked](Starts::mark) (the binder's index does that in its own
    /// pass over the tokens).
    pub(super) fn room(tokens: &Tokens<'_>) -> Self {
        let (mut at, verbs) = STARTS.with(std::cell::Cell::take);
        let len = tokens.text().len() + 1;
        if at.len() < len {
            at.resize(len, 0);
        }
        Starts(at, VerbTable::reuse(verbs, tokens.all().len()))
    }

    /// The verb phrases read at word tokens.
    #[cfg(test)]
    pub(super) fn verbs(&self) -> &VerbTable {
        &self.1
    }

    /// Look up the verb phrase at word token `k` and note it
    /// ([`VerbTable::look`]).
    #[inline]
    pub(super) fn look_verb(
        &mut self,
        tokens: &Tokens<'_>,
        k: usize,
    ) -> Option<(&'static Verb, usize)> {
        self.1.look(tokens, k)
    }

    /// Note that no verb phrase starts at word token `k`
    /// ([`VerbTable::none_at`]).
    #[inline]
    pub(super) fn no_verb(&mut self, k: usize) {
        self.1.none_at(k);
    }

    /// Mark where token `i`, `t`, starts.
    #[inline]
    pub(super) fn mark(&mut self, t: &Token, i: usize) {
        // Token offsets are 32-bit (`Parser` caps its input below 4
        // GiB), and a text has fewer tokens than bytes.
        self.0[t.start()] = i as u32 + 1;
    }

    /// The index of the token of `all` that starts at byte `at`, if one does.
    #[inline]
    fn at(&self, at: usize, all: &[Token]) -> Option<usize> {
        let k = (*self.0.get(at)? as usize).checked_sub(1)?;
        (all.get(k)?.start() == at).then_some(k)
    }
}

impl Drop for Starts {
    fn drop(&mut self) {
        let at = std::mem::take(&mut self.0);
        let verbs = std::mem::take(&mut self.1);
        if at.capacity() <= MAX_KEPT {
            STARTS.with(|s| s.set((at, verbs)));
        }
    }
}

impl<'t, 'a> Words<'t, 'a> {
    /// Lookups in `tokens`, whose token starts are `starts`.
    pub(super) fn new(tokens: &'t Tokens<'a>, starts: &'t Starts) -> Self {
        Words { tokens, starts }
    }

    /// The text.
    #[inline]
    pub(super) fn text(&self) -> &'a str {
        self.tokens.text()
    }

    /// The tokens.
    #[inline]
    pub(super) fn tokens(&self) -> &'t Tokens<'a> {
        self.tokens
    }

    /// The index of the first token that starts at or after byte `at`
    /// (the tokens' own search).
    #[inline]
    pub(super) fn index_from(&self, at: usize) -> usize {
        self.tokens.index_from(at)
    }

    /// [`Words::index_from`] where a token starts at `at` or right after
    /// it (a figure's end, then the space after it), found in the starts
    /// map instead of by the tokens' binary search; elsewhere that search.
    #[inline]
    pub(super) fn index_from_near(&self, at: usize) -> usize {
        self.token_at(at)
            .or_else(|| self.token_at(at + 1))
            .unwrap_or_else(|| self.index_from(at))
    }

    /// The index of the word token that starts at byte `at`, if one does.
    #[inline]
    pub(super) fn word_at(&self, at: usize) -> Option<usize> {
        let all = self.tokens.all();
        let k = self.starts.at(at, all)?;
        (all[k].kind() == Kind::Word).then_some(k)
    }

    /// The length of the word at `at` as [`word_len`] reads it (inner
    /// hyphens and apostrophes kept: `drug-related`), its letters from the
    /// word token there, if one starts there.
    #[inline]
    pub(super) fn word_len_at(&self, at: usize) -> usize {
        let text = self.text();
        match self.word_at(at) {
            Some(k) => self.word_len_from(k, at),
            None => word_len(&text[at..]),
        }
    }

    /// [`Words::word_len_at`] with the word token `k` that starts at `at`
    /// already found.
    #[inline]
    pub(super) fn word_len_from(&self, k: usize, at: usize) -> usize {
        let end = self.tokens.all()[k].end();
        end - at + joined_len(&self.text()[end..])
    }

    /// The index of the token (of any kind) that starts at byte `at`.
    #[inline]
    pub(super) fn token_at(&self, at: usize) -> Option<usize> {
        self.starts.at(at, self.tokens.all())
    }

    /// The same as `match_prefix(&text[at..ceil], table)`, from the token
    /// at `at`: a word that starts no phrase of the table costs a bit test.
    ///
    /// Inlined, so that this common answer is a few instructions where it
    /// is asked; a match, and the byte reading of a lookup that is not at a
    /// word token, are out of line.
    #[inline]
    pub(super) fn prefix<T>(
        &self,
        at: usize,
        ceil: usize,
        table: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        self.prefix_of(self.word_within(at, ceil), at, ceil, table)
    }

    /// The word token at `at` that ends within `ceil`, and the classes of
    /// the phrases it starts, when [`Words::prefix`] can answer from them
    /// (`None`: a lookup not at a word token, or cut inside a word within
    /// a phrase's reach, reads the text). Found once, it answers
    /// [`Words::prefix_of`] for several tables.
    #[inline]
    pub(super) fn word_within(&self, at: usize, ceil: usize) -> Option<(usize, Classes)> {
        let text = self.text();
        let bytes = text.as_bytes();
        // (A window cut inside a word farther on than any phrase reads,
        // as a sentence glued to the next one is: `cracked.Police`, ends
        // no match early.)
        if ceil < text.len() && bytes[ceil].is_ascii_alphabetic() && ceil <= at + PHRASE_REACH {
            return None;
        }
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let k = self.word_at(at)?;
        let t = &self.tokens.all()[k];
        (t.end() <= ceil).then_some((k, t.starts()))
    }

    /// [`Words::prefix`], with the [`Words::word_within`] of `at` and
    /// `ceil` already found.
    #[inline]
    pub(super) fn prefix_of<T>(
        &self,
        word: Option<(usize, Classes)>,
        at: usize,
        ceil: usize,
        table: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        let found = match word {
            None => self.read_text(at, ceil, table),
            Some((_, classes)) if !classes.has(table.class()) => None,
            Some((k, _)) => self.match_word(k, at, ceil, table),
        };
        // (A verb's noun use, `fishing catch`, is no verb.)
        found.filter(|&(_, len)| {
            table.class() != Class::Verb || !is_noun_use(self.text(), at, at + len)
        })
    }

    /// [`Words::prefix`] at word token `k` (at `at`), which may start a
    /// phrase of `table`.
    #[inline(never)]
    fn match_word<T>(
        &self,
        k: usize,
        at: usize,
        ceil: usize,
        table: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        let t = &self.tokens.all()[k];
        let entry = t.entry()?;
        if let Some(value) = only_word(entry, table) {
            return Some((value, t.end() - at));
        }
        // (Before a word that opens none of its phrases, a word that is
        // no phrase of the table alone starts none.)
        let bytes = &self.text().as_bytes()[t.start()..];
        if !crate::lex::index()
            .may_start(entry, bytes)
            .has(table.class())
        {
            return None;
        }
        match self.tokens.match_at(k, table) {
            Some((_, len)) if at + len > ceil => self.read_text(at, ceil, table),
            m => m,
        }
    }

    /// [`Words::prefix`] read from the text.
    #[cold]
    #[inline(never)]
    fn read_text<T>(
        &self,
        at: usize,
        ceil: usize,
        table: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        // A number or a symbol starts no phrase of the table unless its
        // token's classes say so: no phrase starts with a digit, and a
        // symbol's token has the entry of its char, which is the key the
        // text lookup finds.
        if let Some(k) = self.token_at(at).filter(|_| at < ceil) {
            let t = &self.tokens.all()[k];
            match t.kind() {
                Kind::Number => return None,
                Kind::Punct if !t.starts().has(table.class()) => return None,
                _ => {}
            }
        }
        match_prefix(&self.text()[at..ceil.max(at)], table)
    }

    /// [`Words::prefix`] of [`VERBS`]: the verb phrase at `at` within
    /// `ceil`, read from the index's [`VerbTable`] when the index read one
    /// at this word, else from the lexicon.
    #[inline]
    pub(super) fn verb(&self, at: usize, ceil: usize) -> Option<(&'static Verb, usize)> {
        self.verb_of(self.word_within(at, ceil), at, ceil)
    }

    /// [`Words::verb`], with the [`Words::word_within`] of `at` and `ceil`
    /// already found.
    #[inline]
    pub(super) fn verb_of(
        &self,
        word: Option<(usize, Classes)>,
        at: usize,
        ceil: usize,
    ) -> Option<(&'static Verb, usize)> {
        if let Some((k, classes)) = word {
            if !classes.has(Class::Verb) {
                return None;
            }
            // (The table holds the lexicon's longest phrase here; one that
            // runs past `ceil` is read again within it.)
            match self.starts.1.at(k) {
                Looked::Nothing => return None,
                Looked::Found(v, len) if at + len <= ceil => {
                    return (!is_noun_use(self.text(), at, at + len)).then_some((v, len));
                }
                Looked::Found(..) | Looked::Not => {}
            }
        }
        self.verb_in_lexicon(word, at, ceil)
    }

    /// [`Words::verb_of`] where the table cannot answer.
    #[inline(never)]
    fn verb_in_lexicon(
        &self,
        word: Option<(usize, Classes)>,
        at: usize,
        ceil: usize,
    ) -> Option<(&'static Verb, usize)> {
        self.prefix_of(word, at, ceil, VERBS)
    }

    /// [`Words::verb`] to the end of the text.
    #[inline]
    pub(super) fn verb_on(&self, at: usize) -> Option<(&'static Verb, usize)> {
        self.verb(at, self.text().len())
    }

    /// `prefix` to the end of the text.
    #[inline]
    pub(super) fn prefix_on<T>(
        &self,
        at: usize,
        table: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        self.prefix(at, self.text().len(), table)
    }

    /// The word starts in `span` (ASCII letters after a non-alphanumeric),
    /// as in `&text[span]`: the start of the span when it is a letter, then each
    /// word token not right after a digit.
    pub(super) fn starts_in(&self, span: Span) -> impl Iterator<Item = usize> + 't {
        let text = self.text();
        let bytes = text.as_bytes();
        // A span usually opens at a token: one load, not a search.
        let from = self
            .token_at(span.start)
            .unwrap_or_else(|| self.index_from(span.start));
        let all = self.tokens.all();
        // A span that opens inside a word reads a word there.
        let head = (bytes.get(span.start).is_some_and(u8::is_ascii_alphabetic)
            && all.get(from).map_or(true, |t| t.start() != span.start))
        .then_some(span.start);
        let rest = all[from..]
            .iter()
            .take_while(move |t| t.start() < span.end)
            .filter(move |t| {
                t.kind() == Kind::Word
                    && (t.start() == span.start || !bytes[t.start() - 1].is_ascii_digit())
            })
            .map(Token::start);
        head.into_iter().chain(rest)
    }
}

/// The span of `part`, a slice of `text`.
pub(super) fn span_of(text: &str, part: &str) -> Span {
    let start = start_of(text, part);
    debug_assert!(start + part.len() <= text.len());
    Span::new(start, start + part.len())
}

/// `the catch`, `illegal fishing catch`, `a find`: a bare verb that is
/// also a noun names the thing after an article, `of` or a word of its
/// kind; `catch` does too when no object follows it (`75 kilograms of
/// shrimp catch.`, `shrimp catch and 3 boats`, `shrimp catch worth ...`).
/// Machine translation's `catch suspect 19 name` stays a verb. The one rule
/// for the noun use of these verbs: every verb lookup ([`Words::prefix`],
/// the binder index) asks it.
///
/// (Inlined: a phrase not as long as either verb, as nearly every phrase
/// is not, is told by its length alone.)
#[inline(always)]
pub(super) fn is_noun_use(text: &str, at: usize, end: usize) -> bool {
    matches!(end - at, 4 | 5) && noun_verb_in_use(text, at, end)
}

/// [`is_noun_use`] of a phrase of four or five bytes.
#[inline(never)]
fn noun_verb_in_use(text: &str, at: usize, end: usize) -> bool {
    const NOUN_VERBS: [&str; 2] = ["catch", "find"];
    const BEFORE: [&str; 9] = [
        "a", "an", "fish", "fishing", "illegal", "its", "of", "the", "their",
    ];
    let word = &text[at..end];
    NOUN_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v))
        && (word.eq_ignore_ascii_case("catch") && takes_no_object(&text[end..]) || {
            let prev = crate::text::ascii_word_before(text, text[..at].trim_end().len());
            BEFORE.iter().any(|b| prev.eq_ignore_ascii_case(b))
        })
}

/// Whether `rest`, the text after a verb, gives it no object: the end, a
/// clause mark, a value (`worth`, `valued`) or a list going on with a
/// number (`and 3 boats`).
fn takes_no_object(rest: &str) -> bool {
    let rest = rest.trim_start();
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let (next, after) = rest.split_at(len);
    let is = |w: &str| next.eq_ignore_ascii_case(w);
    rest.is_empty()
        || rest.starts_with(['.', ',', ';', ':', ')', '\u{3002}', '\u{FF0C}', '\u{FF1B}'])
        || is("worth")
        || is("valued")
        || (is("and") || is("or")) && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `verb` (a participle or a past form) only places people or
/// says what they took part in (`living`, `attended`), not what they did
/// wrong: people educated so are an audience.
pub(super) fn placing(verb: &str) -> bool {
    #[rustfmt::skip]
    const PLACING: [&str; 41] = [
        "are", "attend", "attended", "attending", "came", "come", "coming", "had", "has",
        "have", "including", "is", "joined", "joining", "listened", "listening", "live",
        "lived", "living", "participated", "participating", "reside", "resided", "residing",
        "stayed", "staying", "studied", "studying", "took", "taking", "visited", "visiting",
        "waited", "waiting", "was", "watched", "watching", "were", "work", "worked", "working",
    ];
    PLACING.iter().any(|p| p.eq_ignore_ascii_case(verb))
}

#[cfg(test)]
mod tests;
