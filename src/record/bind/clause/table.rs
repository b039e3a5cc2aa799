//! The clause table: the verb phrases of a bulletin, read once.
//!
//! In: the verb phrases the binder's [`Index`] reads in its one pass over
//! the tokens ([`verb_phrase`] at each word that may start one). Out: for
//! each word token where a phrase was read, the phrase's verb class (as the
//! lexicon gives it, before any rule of the index changes it) and its
//! length, so that a rule asking "which verb starts here?" at that word
//! ([`Words::verb`]) finds the answer in the table instead of matching the
//! phrase against the lexicon again. The passive reader, the nearest verb
//! to the left, the verbs in a noun phrase and some sixty other questions
//! ask it, often of the same words.
//!
//! A word of the verb class where none of its phrases may start (`were`
//! before a word that opens none of its phrases) is noted as starting
//! none, with no phrase read.
//!
//! Not attempted: a word where no phrase was read (a word right after a
//! digit, a test's tokens without an index) is answered by the lexicon as
//! before, and so is a phrase that runs past the window a rule reads in;
//! the table holds what the lexicon says, never a guess, so a lookup's
//! answer is the lexicon's in every case.

use super::*;
use crate::lex::input::only_word;

/// What the table says of one word token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::record::bind) enum Looked {
    /// The index did not look here: ask the lexicon.
    Not,
    /// No verb phrase of the lexicon starts here.
    Nothing,
    /// This verb phrase, this many bytes long, the longest that starts here.
    Found(&'static Verb, usize),
}

/// The verb phrases of one bulletin, by the word token each starts at.
#[derive(Default)]
pub(in crate::record::bind) struct VerbTable {
    /// For each token: 0 when not looked at, 1 when no phrase starts
    /// there, else the index + 2 of its phrase in `found`.
    looked: Vec<u32>,
    /// The phrases found: the verb and the length in bytes.
    found: Vec<(&'static Verb, u32)>,
}

impl VerbTable {
    /// An empty table for the `n` tokens of a bulletin, with the room of
    /// `spare` (the table of an earlier bulletin).
    pub(in crate::record::bind) fn reuse(mut spare: VerbTable, n: usize) -> Self {
        spare.looked.clear();
        spare.looked.resize(n, 0);
        spare.found.clear();
        spare
    }

    /// Look up the verb phrase that starts at word token `k` of `tokens`
    /// and note it: the longest phrase of [`VERBS`] there, read as
    /// [`Words::prefix`] reads it with no window (the word itself, when it
    /// is the only phrase of its entry, else the longest phrase under its
    /// entry). The caller has checked that the word may start one where
    /// it stands (its lexicon entry's `may_start`).
    pub(in crate::record::bind) fn look(
        &mut self,
        tokens: &Tokens<'_>,
        k: usize,
    ) -> Option<(&'static Verb, usize)> {
        let t = &tokens.all()[k];
        let entry = t.entry().filter(|_| t.starts().has(Class::Verb));
        let found = entry.and_then(|entry| match only_word(entry, VERBS) {
            Some(v) => Some((v, t.end() - t.start())),
            None => tokens.match_at(k, VERBS),
        });
        // Token indices, lengths and counts are 32-bit: `Parser` caps its
        // input below 4 GiB.
        self.looked[k] = match found {
            Some((v, len)) => {
                self.found.push((v, len as u32));
                self.found.len() as u32 + 1
            }
            None => 1,
        };
        found
    }

    /// Note that no verb phrase starts at word token `k`: the index found
    /// that no phrase of [`VERBS`] under its entry may start before the
    /// word after it (the lexicon's `may_start`), so a lookup there would
    /// find none.
    #[inline]
    pub(in crate::record::bind) fn none_at(&mut self, k: usize) {
        self.looked[k] = 1;
    }

    /// What the table says of word token `k`.
    #[inline]
    pub(in crate::record::bind) fn at(&self, k: usize) -> Looked {
        match self.looked.get(k).copied().unwrap_or(0) {
            0 => Looked::Not,
            1 => Looked::Nothing,
            i => {
                let (v, len) = self.found[i as usize - 2];
                Looked::Found(v, len as usize)
            }
        }
    }
}

/// Whether the phrase of `len` bytes that starts at token `k` ends where a
/// token ends, as a phrase read over the tokens must ([`verb_phrase`]).
pub(in crate::record::bind) fn ends_at_token(tokens: &Tokens<'_>, k: usize, len: usize) -> bool {
    let all = tokens.all();
    let end = all[k].start() + len;
    let last = all[k..].iter().take_while(|t| t.end() <= end).last();
    last.is_some_and(|t| t.end() == end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_answers_the_tokens_looked_at_and_no_others() {
        let text = "Officers dealt with 5 gangs in the city and arrested 12 people";
        let tokens = Tokens::new(text);
        let mut table = VerbTable::reuse(VerbTable::default(), tokens.all().len());
        assert_eq!(table.look(&tokens, 1), Some((&Verb::Handle, 10)));
        assert_eq!(table.look(&tokens, 5), None);
        assert_eq!(table.look(&tokens, 9), Some((&Verb::Arrest, 8)));
        assert_eq!(table.at(1), Looked::Found(&Verb::Handle, 10));
        assert_eq!(table.at(5), Looked::Nothing);
        assert_eq!(table.at(9), Looked::Found(&Verb::Arrest, 8));
        for k in [0, 2, 4, 10, 99] {
            assert_eq!(table.at(k), Looked::Not, "token {k}");
        }
        let table = VerbTable::reuse(table, 3);
        assert_eq!(table.at(1), Looked::Not);
    }

    #[test]
    fn a_word_none_of_whose_phrases_may_start_is_noted_without_a_look() {
        // `were` opens `were at large` and `were on the run`: before
        // `seized` none may start; before `at` one may, and is looked up.
        let text = "Nine suspects were seized; two were at large.";
        let tokens = Tokens::new(text);
        let (_, starts) = Index::with_starts(&tokens);
        let first = tokens.index_from(text.find("were").unwrap());
        let second = tokens.index_from(text.rfind("were").unwrap());
        assert_eq!(starts.verbs().at(first), Looked::Nothing);
        assert_eq!(
            starts.verbs().at(second),
            Looked::Found(&Verb::Harm, "were at large".len())
        );
        let plain = Starts::new(&tokens);
        let (a, b) = (Words::new(&tokens, &starts), Words::new(&tokens, &plain));
        let at = tokens.all()[first].start();
        assert_eq!(a.verb(at, text.len()), None);
        assert_eq!(b.verb(at, text.len()), None);
    }

    #[test]
    fn a_phrase_ends_where_a_token_does() {
        let tokens = Tokens::new("taken into custody, arrested");
        assert!(ends_at_token(&tokens, 0, "taken into custody".len()));
        assert!(ends_at_token(&tokens, 0, "taken".len()));
        assert!(!ends_at_token(&tokens, 0, "taken in".len()));
    }

    /// Every verb lookup at every offset and window of `text`, answered
    /// with the index's table and without it.
    fn same_with_and_without(text: &str) -> usize {
        let tokens = Tokens::new(text);
        let (_, with) = Index::with_starts(&tokens);
        let without = Starts::new(&tokens);
        let (a, b) = (Words::new(&tokens, &with), Words::new(&tokens, &without));
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for ceil in [text.len(), at + 4, at + 8, at + 12, at + 20] {
                let ceil = floor_char(text, ceil.min(text.len()));
                assert_eq!(
                    a.verb(at, ceil),
                    b.verb(at, ceil),
                    "{at}..{ceil} of {text:?}"
                );
            }
        }
        (0..tokens.all().len())
            .filter(|&k| matches!(with.verbs().at(k), Looked::Found(..)))
            .count()
    }

    #[test]
    fn the_table_gives_the_lexicons_answer_everywhere() {
        // Phrases of several words, cut by the window, noun uses (`the
        // catch`), a word after a digit, a phrase that the index's rule
        // turns (`transferred ... to China`), the end of the text.
        let read = [
            "Officers dealt with 5 gangs, took 3 suspects into custody and seized the catch.",
            "12 were taken into custody; 7kg seized, 40 cases were cracked and dealt wi",
            "Myanmar transferred 92 suspects to China. Police find and rectify hidden dangers",
        ]
        .map(same_with_and_without);
        assert!(read.iter().all(|&n| n >= 3), "{read:?}");
    }
}
