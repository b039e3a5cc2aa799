//! Counts: the record a counted noun and its verb make (a tally, a
//! seizure or a fraud field), in three steps: [`counted`] reads what a
//! number counts, [`verb`] what was done to it, and [`record`] the record
//! the two make ([`respective`] deals bare numbers out to the nouns
//! listed before them). The word cues read around a number (parts of a count,
//! durations, possessions) are in `cues.rs`.

use super::*;

mod bare;
mod before;
mod counted;
mod expected;
mod not_done;
mod record;
mod respective;
mod stage;
mod times;
mod verb;
use bare::{lone_measure, never_taken, people_taken_next};
use before::*;
use times::act_counted;
use verb::{names_papers, police_with};

/// How far (bytes) a part of a total may stand after the record of its
/// total and still take its verb: the rest of the sentence and the next.
const PART_REACH: usize = 400;

/// What a number counts, as [`Binder::counted`] read it.
struct Counted<'a> {
    /// The counted noun phrase.
    noun: NounPhrase<'a>,
    /// The noun is the figure's before, elided here (`1,184 disputes were
    /// investigated, 1,097 were dealt with`).
    elided: bool,
    /// The number is the telecom-fraud part of a mixed total.
    fraud_part: bool,
    /// Where `of which`, `of whom` or `of them` right after the number
    /// ends, if one stands there ([`of_pronoun_end`], read once).
    pronoun_end: Option<usize>,
    /// A verb inside the noun phrase (`946 suspects arrested`) and where
    /// it starts.
    inner_verb: Option<(Verb, usize)>,
    /// The rule that found the noun ([`Rule::what`]).
    what: &'static str,
    /// The word right before the number.
    prev: &'a str,
    /// Where the spaces before the number start.
    gap: usize,
    /// Where the noun ends (for a noun before the number or an elided one,
    /// where the figure ends).
    noun_end: usize,
    /// Where a verb to the left is looked for from.
    left_from: usize,
    /// The noun read as a seizable item, once.
    items: ItemMemo<'a>,
}

/// What was done to a count, as [`Binder::done_to`] read it.
struct Done {
    /// The verb class and where the verb stands.
    verb: Option<(Verb, usize)>,
    /// The verb is the noun's own (right after it, or its passive).
    own_verb: bool,
}

impl<'a> Binder<'_, 'a> {
    /// A count or measure: a tally, a seizure or a fraud count.
    pub(super) fn count(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) {
        if self.cjk_count(f, ctx) || self.respective_items(f, ctx) || self.respective(f, ctx) {
            return;
        }
        // (`2.6 cases per 10,000 people`: a rate counts nothing done.)
        if is_rate(&self.words, f, ctx.after, ctx.sentence) {
            return;
        }
        // (`over the seven year period`, `each attracting 9,000 visitors`,
        // `one case less than in 2022`: no count of anything done.)
        let text = self.text;
        let after = not_done::word_after(text, f.span.end);
        if not_done::duration_modifier(after)
            || not_done::year_after_count(text, f.span)
            || not_done::for_each(text, ctx.before)
            || not_done::difference(after)
        {
            return;
        }
        let Some(mut counted) = self.counted(f, ctx) else {
            // A number that counts no noun may count people taken.
            let aside = in_aside(self.text, f.span, ctx.sentence.end);
            if f.span.start >= self.consumed && !aside {
                self.bare_arrest(f, ctx);
            }
            return;
        };
        // (`issued arrest warrants for 10 fugitives`: those sought.)
        if sought_for(&self.words, &counted, ctx.sentence) {
            return;
        }
        let Some(done) = self.done_to(f, ctx, &counted) else {
            return;
        };
        self.count_record(f, ctx, &mut counted, done);
    }
}

/// `issued arrest warrants for 10 fugitive leaders`, `offered rewards, the
/// largest this year, for 6 suspects`: a count right after `for`, where
/// `for` hangs on a warrant, a wanted notice, a reward or a bounty (the
/// word right before it, or before a comma aside; no number between),
/// counts those sought, not taken: no record. Not when the warrant was
/// executed, served or approved (that takes them), nor when a verb of
/// capture or surrender follows the count (`for 4 fugitives caught last
/// week`); `for` after a verb of its own (`accounted for`, `hunt for`) or
/// after any other noun (`rewards to informants for`) is no such phrase.
fn sought_for(w: &Words<'_, '_>, c: &Counted<'_>, sentence: Span) -> bool {
    if !c.prev.eq_ignore_ascii_case("for") {
        return false;
    }
    let text = w.text();
    let end = c.gap - c.prev.len();
    let from = ceil_char(text, sentence.start.max(end.saturating_sub(100)));
    let Some(before) = text.get(from..end) else {
        return false;
    };
    let before = &before[before
        .rfind(|ch: char| ch.is_ascii_digit())
        .map_or(0, |d| d + 1)..];
    // (`rewards, the largest in years, for`: past the aside.)
    let mut head = before.trim_end();
    if let Some(h) = head.strip_suffix(',') {
        let Some(open) = h.rfind(',') else {
            return false;
        };
        head = h[..open].trim_end();
    }
    let noun = last_word_of(head);
    let mut rest = &head[..head.len() - noun.len()];
    let notice = [
        "warrant", "warrants", "reward", "rewards", "bounty", "bounties",
    ]
    .iter()
    .any(|n| noun.eq_ignore_ascii_case(n));
    if !notice {
        // `wanted notices for`, `wanted posters for`.
        let adj = rest.trim_end();
        if !last_word_of(adj).eq_ignore_ascii_case("wanted") {
            return false;
        }
        rest = &adj[..adj.len() - "wanted".len()];
    }
    let taken = rest.split_ascii_whitespace().any(|word| {
        ["executed", "served", "approved", "enforced", "carried"]
            .iter()
            .any(|v| word.eq_ignore_ascii_case(v))
    });
    // (`for 6 fugitives who were caught within a week`: the relative
    // clause's verb is theirs too.)
    let relative = who_after(text, c.noun_end, sentence.end);
    let caught = [Some(c.noun_end), relative]
        .into_iter()
        .flatten()
        .any(|at| {
            passive_from(w, at, sentence.end, Read::Strict)
                .is_some_and(|(v, _)| matches!(v, Verb::Arrest | Verb::Surrender))
        });
    !taken && !caught
}

/// Where the words after a relative pronoun (`who`, `that`, as the
/// function-word classifier tells them), right after `at` (past a comma),
/// start, if one stands there.
fn who_after(text: &str, at: usize, ceil: usize) -> Option<usize> {
    let rest = text.get(at..ceil)?.trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let word = rest.split_ascii_whitespace().next()?;
    matches!(function_word(word), Some(Function::Who | Function::That))
        .then(|| ceil - rest.len() + word.len())
}
