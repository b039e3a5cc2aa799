//! Word lookups at byte offsets, answered from the token stream.
//!
//! The binder's rules step through a sentence by byte offsets. Each
//! question "does a phrase of this table start here?" used to hash the word
//! again; here it is one bit test on the word's token (found by a cursor
//! that moves forward with the rule), and only a word that may start a
//! phrase of the table is matched.

use std::cell::Cell;

use super::*;
use crate::lex::input::only_word;

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

    /// The index of the first token that starts at or after byte `at`:
    /// a galloping search from the last answer, so a rule that steps
    /// through its window pays for the distance it moved, not for the text.
    pub(super) fn index_from(&self, at: usize) -> usize {
        let all = self.tokens.all();
        let len = all.len();
        if len == 0 {
            return 0;
        }
        let k = self.cursor.get().min(len - 1);
        // A rule asks about the token it stands on, or the next one.
        if all[k].start() == at {
            return k;
        }
        if all.get(k + 1).is_some_and(|t| t.start() == at) {
            self.cursor.set(k + 1);
            return k + 1;
        }
        let (lo, hi) = if all[k].start() >= at {
            // The answer is at or before `k`.
            let mut hi = k;
            let mut step = 1;
            loop {
                if hi == 0 {
                    break (0, 0);
                }
                let probe = hi.saturating_sub(step);
                if all[probe].start() < at {
                    break (probe + 1, hi);
                }
                hi = probe;
                step *= 2;
            }
        } else {
            // The answer is after `k`.
            let mut lo = k + 1;
            let mut step = 1;
            loop {
                let probe = lo + step;
                if probe >= len {
                    break (lo, len);
                }
                if all[probe].start() >= at {
                    break (lo, probe);
                }
                lo = probe + 1;
                step *= 2;
            }
        };
        let found = lo + all[lo..hi].partition_point(|t| t.start() < at);
        self.cursor.set(found);
        found
    }

    /// The index of the word token that starts at byte `at`, if one does.
    #[inline]
    pub(super) fn word_at(&self, at: usize) -> Option<usize> {
        let k = self.index_from(at);
        let t = self.tokens.all().get(k)?;
        (t.start() == at && t.kind() == Kind::Word).then_some(k)
    }

    /// The index of the token (of any kind) that starts at byte `at`.
    #[inline]
    pub(super) fn token_at(&self, at: usize) -> Option<usize> {
        let k = self.index_from(at);
        (self.tokens.all().get(k)?.start() == at).then_some(k)
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
        if let Some(value) = t.entry().and_then(|e| only_word(t, e, table)) {
            return Some((value, t.end() - at));
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

    /// The word starts in `span` (ASCII letters after a non-alphanumeric),
    /// as in `&text[span]`: the start of the span when it is a letter, then each
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
        // The cursor (a hint only) follows the walk, so a lookup at each
        // start it yields is a hit.
        let cursor = self.cursor;
        let rest = all[from..]
            .iter()
            .enumerate()
            .take_while(move |(_, t)| t.start() < span.end)
            .filter(move |(_, t)| {
                t.kind() == Kind::Word
                    && (t.start() == span.start || !bytes[t.start() - 1].is_ascii_digit())
            })
            .map(move |(i, t)| {
                cursor.set(from + i);
                t.start()
            });
        head.into_iter().chain(rest)
    }
}

/// The span of `part`, a slice of `text`.
pub(super) fn span_of(text: &str, part: &str) -> Span {
    let start = start_of(text, part);
    debug_assert!(start + part.len() <= text.len());
    Span::new(start, start + part.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_finds_what_a_search_finds_from_anywhere() {
        let text = "Police  seized 1,250 kg, and 7kg of “ice” in 3 raids.";
        let tokens = Tokens::new(text);
        let cursor = Cell::new(0);
        let w = Words::new(&tokens, &cursor);
        let probes = [0, 30, 3, 3, 4, 52, 17, 0, 53, 8, 60, 1, 25];
        for &at in probes.iter().chain(&(0..=text.len()).collect::<Vec<_>>()) {
            assert_eq!(w.index_from(at), tokens.index_from(at), "at {at}");
        }
    }

    #[test]
    fn prefix_is_match_prefix_at_every_offset() {
        let text = "Officers dealt with 5 cases; 3 were cracked, 7kg seized and dealt wi";
        let tokens = Tokens::new(text);
        let cursor = Cell::new(0);
        let w = Words::new(&tokens, &cursor);
        let offsets: Vec<usize> = (0..=text.len()).collect();
        for &at in &offsets {
            for &ceil in &[text.len(), at + 5, at + 10, at + 13] {
                let ceil = ceil.min(text.len());
                assert_eq!(
                    w.prefix(at, ceil, VERBS),
                    match_prefix(&text[at..ceil], VERBS),
                    "{at}..{ceil}"
                );
            }
        }
    }
}
