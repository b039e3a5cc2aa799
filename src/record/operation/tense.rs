//! The tense of the verb that governs a date in a sentence: `was launched
//! on June 20` (past), `will be launched on June 20`, `runs from July 1`
//! (future, present). A yearless date of a past event never lies after
//! the reference date; one told in the present or future lies in the year
//! nearest it.
//!
//! The verbs are a few auxiliaries and the verbs campaigns take, read
//! from one pass over the sentence's words; a date takes the nearest one
//! before it in its clause, else the nearest one after it (`Starting from
//! June 20, the bureau will carry out ...`).

use super::first_in;
use crate::lex::{Kind, Tokens};
use crate::Span;

/// The tense a date is told in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    /// Present (or a past's future, `would`): the date may lie after the
    /// reference.
    NotPast,
    /// Future (`will`, `shall`, `is to`): the date lies ahead of the
    /// reference, or a little behind it (a plan posted late).
    Future,
}

/// Verbs and auxiliaries of the past (sorted).
const PAST: &[&str] = &[
    "announced",
    "began",
    "carried",
    "commenced",
    "concluded",
    "conducted",
    "continued",
    "deployed",
    "did",
    "embarked",
    "ended",
    "finished",
    "had",
    "has",
    "have",
    "held",
    "initiated",
    "kicked",
    "lasted",
    "launched",
    "organised",
    "organized",
    "ran",
    "said",
    "started",
    "was",
    "were",
];

/// Verbs of the present that campaigns take, and the future's
/// auxiliaries (sorted).
const NOT_PAST: &[&str] = &[
    "begins",
    "concludes",
    "continues",
    "ends",
    "kicks",
    "lasts",
    "launches",
    "runs",
    "starts",
    "would",
];

/// The future's auxiliaries (sorted).
const FUTURE: &[&str] = &["shall", "will"];

/// Words before `to` that make it a future (`is to launch`, `is
/// scheduled to run`; sorted).
const BEFORE_TO: &[&str] = &["are", "due", "expected", "going", "is", "scheduled", "set"];

/// Words before `to` that make it a plan told now (`decided to launch`,
/// `plans to run`): the date lies in the year nearest the reference, as
/// for the present (sorted).
const PLAN_TO: &[&str] = &[
    "decide", "decided", "decides", "intend", "intended", "intends", "plan", "planned", "plans",
];

/// Per first letter (`a` to `z`), bit `n` when a word of [`PAST`],
/// [`NOT_PAST`], [`FUTURE`], or `that` or `to`, is `n` letters long: most
/// words of a sentence are in none, and are told so without a search.
const LENGTHS: [u32; 26] = lengths(&[PAST, NOT_PAST, FUTURE, &["that", "to"]]);

/// [`LENGTHS`] of each table alone: a word is searched for only in the
/// tables that hold a word of its first letter and length.
const PAST_LENGTHS: [u32; 26] = lengths(&[PAST]);
const NOT_PAST_LENGTHS: [u32; 26] = lengths(&[NOT_PAST]);
const FUTURE_LENGTHS: [u32; 26] = lengths(&[FUTURE]);

/// [`LENGTHS`] of lowercase word tables (words of 1 to 31 letters; the
/// lookups read words of at most 16, which a test checks the tables keep to).
const fn lengths(tables: &[&[&str]]) -> [u32; 26] {
    let mut out = [0; 26];
    let mut t = 0;
    while t < tables.len() {
        let mut w = 0;
        while w < tables[t].len() {
            let word = tables[t][w].as_bytes();
            out[(word[0] - b'a') as usize] |= 1 << word.len();
            w += 1;
        }
        t += 1;
    }
    out
}

/// Whether the lowercase `word` is in the sorted `table`.
fn listed(table: &[&str], word: &[u8]) -> bool {
    table.binary_search_by(|w| w.as_bytes().cmp(word)).is_ok()
}

/// The tense words of one sentence and where its clauses break.
pub(super) struct Tenses {
    /// Where each tense word stands, in order.
    marks: Vec<(usize, Tense)>,
    /// Where each clause break (`,`, `;`, `that`) stands, in order.
    breaks: Vec<usize>,
    /// Where each `that` (in small letters, no digit touching it) stands,
    /// in order.
    pub(super) thats: Vec<usize>,
}

impl Tenses {
    /// Read the tense words of `sentence` from its tokens, in one pass:
    /// offsets are from the sentence's start. Words are runs of ASCII
    /// letters (a word cut by the sentence's edge is read as cut); only a
    /// word of a table's first letter and length is looked up.
    pub(super) fn read(tokens: &Tokens<'_>, sentence: Span) -> Tenses {
        let mut out = Tenses {
            marks: Vec::new(),
            breaks: Vec::new(),
            thats: Vec::new(),
        };
        let bytes = tokens.text().as_bytes();
        // The word before, as written.
        let mut prev: &[u8] = &[];
        let from = first_in(tokens, sentence);
        for t in &tokens.all()[from..] {
            if t.start() >= sentence.end {
                break;
            }
            let start = t.start().max(sentence.start);
            let i = start - sentence.start;
            match t.kind() {
                Kind::Word => {
                    let word = &bytes[start..t.end().min(sentence.end)];
                    // (`5th`, `3am`: no words.)
                    let glued = i > 0 && bytes[start - 1].is_ascii_digit();
                    if !glued {
                        out.tense_word(i, word, prev);
                        // (`that5` is no `that` either.)
                        let digit_after = bytes[..sentence.end]
                            .get(start + word.len())
                            .is_some_and(u8::is_ascii_digit);
                        if word == b"that" && !digit_after {
                            out.thats.push(i);
                        }
                    }
                    prev = word;
                }
                Kind::Punct => {
                    if matches!(
                        &bytes[t.start()..t.end()],
                        // `，` and `；`.
                        b"," | b";" | [0xEF, 0xBC, 0x8C | 0x9B]
                    ) {
                        out.breaks.push(i);
                    }
                }
                Kind::Number | Kind::Cjk | Kind::Newline => {}
            }
        }
        out
    }

    /// Note the word `word` at `i` (after `prev`) if it is a tense word or
    /// `that`.
    fn tense_word(&mut self, i: usize, word: &[u8], prev: &[u8]) {
        /// Longer than any word of the tables.
        const WORD_BUF: usize = 16;
        // A word of no table's first letter and length is none of them
        // (nor is an empty word, or one that starts with no letter).
        let Some(first) = word
            .first()
            .and_then(|c| c.to_ascii_lowercase().checked_sub(b'a'))
        else {
            return;
        };
        let Some(lengths) = LENGTHS.get(usize::from(first)) else {
            return;
        };
        if word.len() > WORD_BUF || lengths & 1 << word.len() == 0 {
            return;
        }
        let mut buf = [0u8; WORD_BUF];
        buf[..word.len()].copy_from_slice(word);
        buf.make_ascii_lowercase();
        let word = &buf[..word.len()];
        let shape = 1 << word.len();
        let is_in = |table: &[&str], lengths: &[u32; 26]| {
            lengths[usize::from(first)] & shape != 0 && listed(table, word)
        };
        // The word before, lowercase (no table word is longer than the
        // buffer: a longer one is read as none).
        let before = |table: &[&str]| {
            let mut buf = [0u8; WORD_BUF];
            let Some(b) = buf.get_mut(..prev.len()) else {
                return false;
            };
            b.copy_from_slice(prev);
            b.make_ascii_lowercase();
            listed(table, b)
        };
        if word == b"that" {
            self.breaks.push(i);
        } else if is_in(FUTURE, &FUTURE_LENGTHS) || (word == b"to" && before(BEFORE_TO)) {
            self.marks.push((i, Tense::Future));
        } else if is_in(NOT_PAST, &NOT_PAST_LENGTHS) || (word == b"to" && before(PLAN_TO)) {
            self.marks.push((i, Tense::NotPast));
        } else if is_in(PAST, &PAST_LENGTHS)
            && !(prev.eq_ignore_ascii_case(b"be") || prev.eq_ignore_ascii_case(b"being"))
        {
            // (`will be launched`: the participle is the future's.)
            self.marks.push((i, Tense::Past));
        }
    }

    /// The tense of the date at `at..end`: the nearest tense word before
    /// it in its clause, else the nearest after it, else a future's
    /// auxiliary nearest before it in an earlier clause (`will be carried
    /// out for three months, from June 1 to August 31`), else none.
    pub(super) fn at(&self, at: usize, end: usize) -> Option<Tense> {
        let k = self.marks.partition_point(|&(i, _)| i < at);
        let nearest = k.checked_sub(1).map(|j| self.marks[j]);
        let before = nearest.filter(|&(i, _)| {
            // No clause break between the word and the date.
            let b = self.breaks.partition_point(|&x| x < at);
            b == 0 || self.breaks[b - 1] < i
        });
        let after = self.marks[k..].iter().find(|&&(i, _)| i >= end).copied();
        before
            .or(after)
            .or(nearest.filter(|&(_, t)| t == Tense::Future))
            .map(|(_, t)| t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use insta::assert_snapshot;

    /// The tense of the first `June 20` in `s`.
    fn p(s: &str) -> String {
        let at = s.find("June 20").unwrap_or(0);
        let tokens = Tokens::new(s);
        let tenses = Tenses::read(&tokens, Span::new(0, s.len()));
        format!("{:?}", tenses.at(at, at + 7))
    }

    #[test]
    fn lengths_let_through_every_word_of_the_tables() {
        for &word in PAST
            .iter()
            .chain(NOT_PAST)
            .chain(FUTURE)
            .chain(&["that", "to"])
        {
            let b = word.as_bytes();
            assert!(
                LENGTHS[usize::from(b[0] - b'a')] & 1 << b.len() != 0,
                "{word}"
            );
        }
        assert_eq!(LENGTHS[usize::from(b'x' - b'a')], 0);
        for (table, lengths) in [
            (PAST, PAST_LENGTHS),
            (NOT_PAST, NOT_PAST_LENGTHS),
            (FUTURE, FUTURE_LENGTHS),
        ] {
            for word in table {
                let b = word.as_bytes();
                assert!(
                    lengths[usize::from(b[0] - b'a')] & 1 << b.len() != 0,
                    "{word}"
                );
            }
        }
    }

    #[test]
    fn the_tables_are_sorted_and_short_enough_to_be_found() {
        for table in [PAST, NOT_PAST, FUTURE, BEFORE_TO, PLAN_TO] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
            for word in table {
                // (`tense_word` reads words of at most 16 letters.)
                assert!(word.len() <= 16 && listed(table, word.as_bytes()), "{word}");
            }
        }
    }

    #[test]
    fn an_empty_or_cut_span_reads_no_tense() {
        let tokens = Tokens::new("launched");
        assert!(Tenses::read(&tokens, Span::new(3, 3)).at(3, 3).is_none());
        assert!(Tenses::read(&tokens, Span::new(0, 0)).at(0, 0).is_none());
    }

    #[test]
    fn the_verb_before_a_date_in_its_clause_then_the_one_after() {
        assert_snapshot!(p("The drive will be launched on June 20."), @"Some(Future)");
        assert_snapshot!(p("The drive was launched on June 20."), @"Some(Past)");
        assert_snapshot!(p("The drive runs from June 20 to July 9."), @"Some(NotPast)");
        assert_snapshot!(p("From June 20, the police will patrol."), @"Some(Future)");
        assert_snapshot!(p("From June 20, the police launched it."), @"Some(Past)");
        assert_snapshot!(p("It said that it is to open on June 20."), @"Some(Future)");
        assert_snapshot!(p("It was said that on June 20 it would start."), @"Some(NotPast)");
        assert_snapshot!(p("On June 20 the team met."), @"None");
        assert_snapshot!(p("It is set to end on June 20."), @"Some(Future)");
        assert_snapshot!(p("行动，它将 was run，June 20"), @"None");
        // No tense word in the date's clause or after it: the one before.
        assert_snapshot!(p("It will run for a month, from June 20 to July 20."), @"Some(Future)");
        assert_snapshot!(p("It ran for a month, from June 20 to July 20."), @"None");
    }

    #[test]
    fn a_decision_or_plan_to_act_is_told_now() {
        assert_snapshot!(p("The bureau decided to launch the drive from June 20 to July 9."), @"Some(NotPast)");
        assert_snapshot!(p("It held a meeting and decided to run it from June 20."), @"Some(NotPast)");
        assert_snapshot!(p("The county plans to open the hotline on June 20."), @"Some(NotPast)");
        assert_snapshot!(p("It decided on June 20 to act."), @"None");
    }
}
