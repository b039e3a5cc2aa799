//! Acts a bulletin does not report as done: a verb that a plan, a duty or a
//! negation governs (`aims to arrest 500 fugitives`, `must set up 2
//! checkpoints`, `have not yet caught 3 suspects`). Their numbers are
//! targets or things that did not happen, no counts.
//!
//! (`will` is not among them: machine translation renders the Chinese
//! object marker 将 as `will`, `will 3 suspects arrested`, a done act.)
//!
//! A plan covers every act joined to it: `aims to arrest 500 fugitives,
//! solve 300 cases and seize 20 guns` counts none of the three
//! ([`Binder::unrealized_at`]).

use super::*;

/// Words that, before `to`, make the verb after it a plan or a failure.
const BEFORE_TO: &[&str] = &[
    "aim",
    "aimed",
    "aiming",
    "aims",
    "asked",
    "attempt",
    "attempted",
    "attempting",
    "attempts",
    "expect",
    "expected",
    "expects",
    "fail",
    "failed",
    "fails",
    "going",
    "hope",
    "hoped",
    "hopes",
    "intend",
    "intended",
    "intends",
    "need",
    "needs",
    "order",
    "ordered",
    "plan",
    "planned",
    "planning",
    "plans",
    "pledge",
    "pledged",
    "pledges",
    "required",
    "seek",
    "seeking",
    "seeks",
    "strive",
    "strives",
    "striving",
    "tasked",
    "tried",
    "tries",
    "try",
    "trying",
    "unable",
    "urged",
    "vow",
    "vowed",
    "vows",
    "yet",
];

/// Goal nouns that, before `is to` / `are to`, make the verb a plan: `the
/// target is to inspect 10,000 vehicles`.
const GOALS: &[&str] = &[
    "aim",
    "aims",
    "goal",
    "goals",
    "mission",
    "objective",
    "objectives",
    "plan",
    "target",
    "targets",
    "task",
    "tasks",
];

/// Verbs that require an act of someone named after them: `requires each
/// station to set up 5 checkpoints`.
const REQUIRING: &[&str] = &[
    "ask",
    "asked",
    "asks",
    "instructed",
    "instructs",
    "order",
    "ordered",
    "orders",
    "require",
    "required",
    "requires",
    "urge",
    "urged",
    "urges",
];

/// How many words may name who is required to act: `urged all county
/// bureaus to`.
const REQUIRED_WORDS: usize = 4;

/// Words that, right before a verb, make it a duty, a hypothesis or a
/// denial. (Not `may`, a month, nor `can`, a capacity stated as done.)
/// (`If convicted, the 6 suspects face ...`: a condition.)
const BEFORE_VERB: &[&str] = &[
    "cannot", "could", "if", "might", "must", "never", "not", "shall", "should", "unless", "would",
];

/// Words that may stand between those and the verb.
const BETWEEN: &[&str] = &["also", "be", "further", "have", "jointly", "yet"];

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
        let (end, plan) = word_before(end - w.len());
        if is(plan, BEFORE_TO) {
            return true;
        }
        // `the goal is to`, `the tasks are to`.
        if is(plan, &["is", "are", "was", "were"]) {
            let (_, goal) = word_before(end - plan.len());
            return is(goal, GOALS);
        }
        // `requires each station to`: past the words naming who.
        let mut end = end;
        let mut word = plan;
        for _ in 0..REQUIRED_WORDS {
            if word.is_empty() || is(word, REQUIRING) {
                break;
            }
            (end, word) = word_before(end - word.len());
        }
        return is(word, REQUIRING);
    }
    is(w, BEFORE_VERB)
}

/// Whether the words from `item_end` (where an unrealized act's object
/// ends) to `at` (a verb) only join a list: `, `, ` and `, `, and `, ` or `.
pub(super) fn joins_list(text: &str, item_end: usize, at: usize) -> bool {
    let Some(between) = text.get(item_end..at) else {
        return false;
    };
    let between = between.trim();
    let between = between.strip_prefix(',').unwrap_or(between).trim_start();
    matches!(between, "" | "and" | "or")
}

impl Binder<'_, '_> {
    /// Whether the verb at `at`, before the figure at `figure`, is a plan,
    /// a duty or a denial ([`unrealized`]), or an act joined to the one
    /// before that was (`aims to arrest 500 fugitives, solve 300 cases`).
    /// When it is, the act's object, ending at `item_end`, may be joined in
    /// turn.
    pub(super) fn unrealized_at(&mut self, at: usize, figure: usize, item_end: usize) -> bool {
        let text = self.text;
        // (Not a verb in a past form, an act of its own: `rejected arrest
        // warrants for 40 people and charged 25`.)
        let joined = self
            .unrealized_end
            .is_some_and(|end| end <= at && joins_list(text, end, at) && !past_form(text, at));
        let governed = at < figure && (joined || unrealized(text, at));
        self.unrealized_end = governed.then_some(item_end);
        governed
    }
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

/// Whether the word at `at` is a regular past form (`charged`,
/// `approved`): a done act, which no plan before it governs.
fn past_form(text: &str, at: usize) -> bool {
    let word = &text[at..at + ascii_word_len(&text[at..])];
    word.len() > 4 && word.ends_with("ed")
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
            ("The target is to inspect 9,000 vehicles.", "inspect"),
            ("Its tasks are to solve 40 cases.", "solve"),
            (
                "The plan requires each station to set up 4 checkpoints.",
                "set",
            ),
            (
                "The ministry urged all county bureaus to arrest 60 fugitives.",
                "arrest",
            ),
            ("Officers would have caught 5 more suspects.", "caught"),
            ("The gang tried to smuggle 30 kg of drugs.", "smuggle"),
            ("If convicted, the 6 suspects face prison.", "convicted"),
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
