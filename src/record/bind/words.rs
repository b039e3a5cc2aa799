//! Word lookups at byte offsets, answered from the token stream.
//!
//! The binder's rules step through a sentence by byte offsets. Each
//! question "does a phrase of this table start here?" used to hash the word
//! again; here it is one bit test on the word's token (found by a cursor
//! that moves forward with the rule), and only a word that may start a
//! phrase of the table is matched.

use std::cell::Cell;

use super::*;

/// How many tokens the cursor steps forward before it searches instead.
const STEPS: usize = 8;

/// The tokens of one bulletin, with a cursor for lookups by byte offset.
#[derive(Clone, Copy)]
pub(super) struct Words<'t, 'a> {
    tokens: &'t Tokens<'a>,
    /// The index of the token the last lookup found (or passed).
    cursor: &'t Cell<usize>,
}

impl<'t, 'a> Words<'t, 'a> {
    /// Lookups in `tokens`, with `cursor` (any start) as scratch.
    pub(super) fn new(tokens: &'t Tokens<'a>, cursor: &'t Cell<usize>) -> Self {
        Words { tokens, cursor }
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

    /// The index of the first token that starts at or after byte `at`.
    pub(super) fn index_from(&self, at: usize) -> usize {
        let all = self.tokens.all();
        let mut k = self.cursor.get().min(all.len());
        if k > 0 && all[k - 1].start() >= at {
            k = self.tokens.index_from(at);
        } else {
            let mut steps = 0;
            while k < all.len() && all[k].start() < at && steps < STEPS {
                k += 1;
                steps += 1;
            }
            if k < all.len() && all[k].start() < at {
                k = self.tokens.index_from(at);
            }
        }
        self.cursor.set(k);
        k
    }

    /// The index of the word token that starts at byte `at`, if one does.
    #[inline]
    pub(super) fn word_at(&self, at: usize) -> Option<usize> {
        let k = self.index_from(at);
        let t = self.tokens.all().get(k)?;
        (t.start() == at && t.kind() == Kind::Word).then_some(k)
    }

    /// The same as `match_prefix(&text[at..ceil], table)`, from the token
    /// at `at`: a word that starts no phrase of the table costs a bit test.
    pub(super) fn prefix<T>(
        &self,
        at: usize,
        ceil: usize,
        table: &'static Lexicon<T>,
    ) -> Option<(&'static T, usize)> {
        let text = self.text();
        let bytes = text.as_bytes();
        // A cut inside a word, or a lookup that is not at a word token,
        // reads the text as before.
        let slow = || match_prefix(&text[at..ceil.max(at)], table);
        if ceil < text.len() && bytes[ceil].is_ascii_alphabetic() {
            return slow();
        }
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            return slow();
        }
        let Some(k) = self.word_at(at) else {
            return slow();
        };
        let t = &self.tokens.all()[k];
        if t.end() > ceil {
            return slow();
        }
        if !t.starts().has(table.class()) {
            return None;
        }
        match self.tokens.match_at(k, table) {
            Some((_, len)) if at + len > ceil => slow(),
            m => m,
        }
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

    /// The word starts in `span`, as [`for_each_word`] finds them in
    /// `&text[span]`: the start of the span when it is a letter, then each
    /// word token not right after a digit.
    pub(super) fn starts_in(&self, span: Span) -> impl Iterator<Item = usize> + 't {
        let text = self.text();
        let bytes = text.as_bytes();
        let from = self.index_from(span.start);
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
            .map(|t| t.start());
        head.into_iter().chain(rest)
    }
}

/// The span of `part`, a slice of `text`.
pub(super) fn span_of(text: &str, part: &str) -> Span {
    let start = start_of(text, part);
    debug_assert!(start + part.len() <= text.len());
    Span::new(start, start + part.len())
}
