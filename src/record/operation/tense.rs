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

use crate::text::ascii_word_len;

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

/// [`LENGTHS`] of lowercase word tables (words of 1 to 31 letters).
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
}

impl Tenses {
    /// Read the tense words of sentence `s`, in one pass.
    pub(super) fn read(s: &str) -> Tenses {
        /// Longer than any word of the tables.
        const WORD_BUF: usize = 16;
        let mut marks = Vec::new();
        let mut breaks = Vec::new();
        let bytes = s.as_bytes();
        // The word before, lowercase, in a buffer reused word by word: no
        // string is built to compare. (A word longer than the buffer is in
        // no table: it is read as no word.)
        let mut prev_buf = [0u8; WORD_BUF];
        let mut prev_len = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if !b.is_ascii_alphabetic() {
                if matches!(b, b',' | b';') {
                    breaks.push(i);
                }
                // (`，` and `；` by their bytes: `i` may be inside a char.)
                let rest = &bytes[i..];
                if rest.starts_with("\u{ff0c}".as_bytes())
                    || rest.starts_with("\u{ff1b}".as_bytes())
                {
                    breaks.push(i);
                }
                i += 1;
                continue;
            }
            let len = ascii_word_len(&s[i..]).max(1);
            let mut buf = [0u8; WORD_BUF];
            let kept = if len <= WORD_BUF { len } else { 0 };
            for (d, c) in buf.iter_mut().zip(&bytes[i..i + kept]) {
                *d = c.to_ascii_lowercase();
            }
            let word = &buf[..kept];
            let prev = &prev_buf[..prev_len];
            let is_in = |table: &[&str]| listed(table, word);
            // (`5th`, `3am`: no words.)
            let glued = i > 0 && bytes[i - 1].is_ascii_digit();
            // A word of no table's first letter and length is none of them.
            let may_be = kept > 0 && LENGTHS[usize::from(buf[0] - b'a')] & 1 << kept != 0;
            if !glued && may_be {
                if word == b"that" {
                    breaks.push(i);
                } else if is_in(FUTURE) || (word == b"to" && listed(BEFORE_TO, prev)) {
                    marks.push((i, Tense::Future));
                } else if is_in(NOT_PAST) || (word == b"to" && listed(PLAN_TO, prev)) {
                    marks.push((i, Tense::NotPast));
                } else if is_in(PAST) && !matches!(prev, b"be" | b"being") {
                    // (`will be launched`: the participle is the future's.)
                    marks.push((i, Tense::Past));
                }
            }
            (prev_buf, prev_len) = (buf, kept);
            i += len;
        }
        Tenses { marks, breaks }
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
        format!("{:?}", Tenses::read(s).at(at, at + 7))
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
