//! Acts a bulletin does not report as done: a verb that a plan, a duty or a
//! negation governs (`aims to arrest 500 fugitives`, `must set up 2
//! checkpoints`, `have not yet caught 3 suspects`). Their numbers are
//! targets or things that did not happen, no counts.
//!
//! (`will` is not among them: machine translation renders the Chinese
//! object marker 将 as `will`, `will 3 suspects arrested`, a done act.)

use super::*;

/// Words that, before `to`, make the verb after it a plan or a failure.
const BEFORE_TO: &[&str] = &[
    "aim", "aimed", "aiming", "aims", "expect", "expected", "expects", "fail", "failed", "fails",
    "going", "intend", "intended", "intends", "need", "needs", "order", "plan", "planned",
    "planning", "plans", "pledge", "pledged", "pledges", "required", "seek", "seeking", "seeks",
    "strive", "strives", "striving", "unable", "vow", "vowed", "vows", "yet",
];

/// Words that, right before a verb, make it a duty or a denial.
const BEFORE_VERB: &[&str] = &["must", "never", "not", "should"];

/// Words that may stand between those and the verb.
const BETWEEN: &[&str] = &["also", "further", "jointly", "yet"];

/// Whether the verb starting at `at` is governed by a plan, a duty or a
/// negation: the words right before it (past one of [`BETWEEN`]).
pub(super) fn unrealized(text: &str, at: usize) -> bool {
    let word_before = |end: usize| {
        let end = skip_back_spaces(text, end, 0);
        (end, ascii_word_before(text, end))
    };
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    let (mut end, mut w) = word_before(at);
    if is(w, BETWEEN) {
        (end, w) = word_before(end - w.len());
    }
    if w.eq_ignore_ascii_case("to") {
        let (_, plan) = word_before(end - w.len());
        return is(plan, BEFORE_TO);
    }
    is(w, BEFORE_VERB)
}

/// [`unrealized`] at any of the three words right before `at` (no
/// punctuation between): a verb the lexicon does not know (`plan to set
/// up 10 checkpoints`).
pub(super) fn unrealized_before(text: &str, at: usize) -> bool {
    let mut end = skip_back_spaces(text, at, 0);
    for _ in 0..3 {
        let w = ascii_word_before(text, end);
        if w.is_empty() {
            return false;
        }
        let start = end - w.len();
        if unrealized(text, start) {
            return true;
        }
        let next = skip_back_spaces(text, start, 0);
        if next == start {
            return false;
        }
        end = next;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{unrealized, unrealized_before};

    /// `unrealized` at the start of `verb` in `text`.
    fn at(text: &str, verb: &str) -> bool {
        unrealized(text, text.find(verb).unwrap())
    }

    #[test]
    fn plans_duties_and_denials() {
        let yes = [
            ("The drive aims to arrest 400 fugitives.", "arrest"),
            ("Police planned to set up 12 checkpoints.", "set"),
            ("Each county must also dispatch 50 officers.", "dispatch"),
            ("Officers have not yet caught 2 suspects.", "caught"),
            ("The team failed to recover 3 stolen cars.", "recover"),
            ("Police vowed to solve 100 cases.", "solve"),
            ("Each unit is required to hold 2 drills.", "hold"),
        ];
        for (text, verb) in yes {
            assert!(at(text, verb), "{text}");
        }
        let no = [
            // Machine translation's `will` is 将, no future.
            ("urgently stopped will be a total of 9 million yuan", "be"),
            ("Police not only arrested 30 suspects", "arrested"),
            ("Police continued to arrest 45 suspects.", "arrest"),
            ("Police were organized to inspect 80 venues.", "inspect"),
            ("Police arrested 45 suspects.", "arrested"),
            ("arrested", "arrested"),
        ];
        for (text, verb) in no {
            assert!(!at(text, verb), "{text}");
        }
    }

    #[test]
    fn a_verb_the_lexicon_does_not_know() {
        let before = |text: &str| unrealized_before(text, text.find('1').unwrap());
        assert!(before("Police plan to set up 10 checkpoints."));
        assert!(before("Each unit must hand out 15,000 leaflets."));
        assert!(!before("Police set up 10 checkpoints."));
        // A comma ends the look.
        assert!(!before("Police must, as usual, set up 10 checkpoints."));
        assert!(!before("10 checkpoints."));
    }
}
