//! A bare number of people taken, as headlines and short reports write it:
//! `56 arrested in scam raid`, `another 14 were detained`, `police detain
//! 45 over illegal fishing`, `bust 12 gangs, arrest 156`, `6 surrendered`
//! (fugitives); in anti-fraud
//! work, a bare number of people dissuaded (`9,700 were dissuaded from
//! transferring money`).

use super::*;
use crate::text::label::{label_before, STOPS};

/// Words that may stand between a bare number and its passive verb
/// (`6 more were arrested`).
const BARE_AUX: &[&str] = &[
    "administratively",
    "all",
    "already",
    "also",
    "are",
    "been",
    "criminally",
    "had",
    "has",
    "have",
    "more",
    "successfully",
    "were",
];

/// Words that may follow the number a verb takes bare: a preposition that
/// opens what follows, or nothing (a stop).
/// (`and`: `detained 4 and arrested 11 suspects`; a shared noun,
/// `detained 4 and 11 suspects`, is read before.)
const BARE_NEXT: &[&str] = &[
    "after", "and", "at", "during", "for", "in", "on", "over", "since",
];

impl<'a> Binder<'_, 'a> {
    /// Records the count of `f`, which counts no noun, when it is a bare
    /// number of people arrested or detained (or dissuaded, in anti-fraud
    /// work), and says whether it did.
    pub(super) fn bare_arrest(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        if f.unit.is_some() || !f.value.is_integer() {
            return false;
        }
        let text = self.text;
        let w = self.words;
        let taken = |v: &Verb| {
            matches!(v, Verb::Arrest | Verb::Detain | Verb::Surrender)
                || (*v == Verb::Dissuade && ctx.fraud_work)
        };
        // (`Fugitive hunting: 53 captured, 21 persuaded to surrender`:
        // under a label that names fugitives, those taken or talked round
        // are fugitives.)
        let fugitives = fugitive_topic(text, f.span.start);
        let takes = |v: &Verb| taken(v) || fugitives && *v == Verb::Dissuade;
        // (The scan may read the verb, or its first word, as the number's
        // noun: `56 arrested`, `8 turned themselves in`.)
        if let Some(n) = f.noun_str() {
            let at = start_of(text, n);
            let whole = w.verb(at, ctx.sentence.end);
            if !whole.is_some_and(|(v, len)| takes(v) && len >= n.len()) {
                return false;
            }
        }
        // `56 arrested`, `14 were detained`: the verb after the number.
        // (Past `in total` or `in all`: `45 in total were arrested`.)
        let mut at = skip_gap(text, ctx.after, 2);
        for total in ["in total ", "in all "] {
            if text
                .get(at..at + total.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(total))
            {
                at = skip_gap(text, at + total.len(), 2);
            }
        }
        for _ in 0..3 {
            let len = w.word_len_at(at);
            if len == 0 || !BARE_AUX.contains(&&text[at..at + len]) {
                break;
            }
            at = skip_gap(text, at + len, 2);
        }
        // (Not an active verb with an object of its own: `the 16 captured
        // 33 people`.)
        let object = |len: usize| {
            let next = skip_gap(text, at + len, 2);
            text[next..].starts_with(|c: char| c.is_ascii_digit())
        };
        // (`1,200 were persuaded to return and surrender`: fugitives talked
        // round, not victims kept from paying.)
        let to_do = |len: usize| {
            let next = skip_gap(text, at + len, 2);
            starts_ignore_case(&text.as_bytes()[next..], b"to ")
        };
        let talked_round = |v: Verb, len: usize| v == Verb::Dissuade && to_do(len) && !fugitives;
        let after = w
            .verb(at, ctx.sentence.end)
            .filter(|&(v, _)| takes(v))
            .filter(|&(v, len)| !object(len) && !talked_round(*v, len))
            .map(|(v, len)| (at, len, *v));
        // `arrest 156 in`: the verb right before, nothing counted after.
        let before = || {
            let WordBefore { gap, word: prev } = ctx.before;
            let from = gap - prev.len();
            let (v, len) = w.verb(from, gap)?;
            let mut next_at = skip_gap(text, ctx.after, 2);
            let mut next = &text[next_at..next_at + w.word_len_at(next_at)];
            // `arrested 6 more`
            if next == "more" {
                next_at = skip_gap(text, next_at + next.len(), 2);
                next = &text[next_at..next_at + w.word_len_at(next_at)];
            }
            // (Not before a comma: `detained 6, 9 and 14 suspects`. A line's
            // end is a stop: a headline has no point.)
            let stop = text[next_at..].starts_with(['.', ';', '\n', '\r']) || next_at >= text.len();
            let open = stop
                || BARE_NEXT.contains(&next)
                || (*v == Verb::Dissuade && next.eq_ignore_ascii_case("from"));
            // (`will arrest 15 more`: announced, no one taken yet.)
            let done = !super::not_done::announced(text, from);
            (taken(v) && len == prev.len() && open && done).then_some((from, len, *v))
        };
        let Some((at, len, verb)) = after.or_else(before) else {
            return false;
        };
        self.rule = Rule {
            how: "bare_verb",
            what: "bare_people",
        };
        let what = &text[at..at + len];
        if fugitives {
            self.tally(TallyKind::Fugitives, what, f);
            return true;
        }
        if verb == Verb::Dissuade {
            self.set_fraud(FraudField::PeopleDissuaded, f);
            return true;
        }
        // `6 surrendered`: people who gave themselves up.
        if verb == Verb::Surrender {
            self.tally(TallyKind::Fugitives, what, f);
            return true;
        }
        if ctx.fraud && self.set_fraud(FraudField::SuspectsArrested, f) {
            return true;
        }
        self.tally(TallyKind::Arrests, what, f);
        true
    }
}

/// `smash 3 fraud dens, 58 arrested`: the bare number at `at` (its
/// end) is followed, past at most three words of [`BARE_AUX`], by a verb
/// of taking people (`arrested`, `were detained`), so it counts people,
/// whatever was listed before it.
pub(super) fn people_taken_next(text: &str, w: &Words<'_, '_>, at: usize, end: usize) -> bool {
    let mut at = skip_gap(text, at, 2);
    for _ in 0..3 {
        let len = w.word_len_at(at);
        if len == 0 || !BARE_AUX.contains(&&text[at..at + len]) {
            break;
        }
        at = skip_gap(text, at + len, 2);
    }
    w.verb(at, end)
        .is_some_and(|(v, _)| matches!(v, Verb::Arrest | Verb::Detain))
}

/// Whether a thing of the noun class `class` cannot be arrested or
/// detained (a den, a case, a gang): a number of them is no number of
/// people taken.
pub(super) fn never_taken(class: Option<Noun>) -> bool {
    matches!(
        class,
        Some(
            Noun::Case
                | Noun::Gang
                | Noun::Den
                | Noun::Site
                | Noun::Checkpoint
                | Noun::Place
                | Noun::Hazard
                | Noun::Dispute
                | Noun::Publicity
                | Noun::Warning
                | Noun::Payment
                | Noun::Operation
        )
    )
}

/// `investigate hidden dangers 512 place, rectify 498 place`: a Chinese
/// measure word (处, 件, 名) kept singular after a plural number is no
/// thing counted.
pub(super) fn lone_measure(noun: &NounPhrase<'_>, value: Option<u64>) -> bool {
    value.is_some_and(|v| v > 1)
        && !noun.before
        && MEASURE_WORDS
            .iter()
            .any(|m| noun.text.eq_ignore_ascii_case(m))
}

/// The singular words machine translation gives Chinese measure words.
const MEASURE_WORDS: [&str; 5] = ["article", "item", "name", "piece", "place"];

/// Whether the number at `start` is set out under a label that names
/// fugitives (`Fugitive hunting results: 53 captured, 21 persuaded to
/// surrender`): the colon before it on its line, past commas but no stop,
/// ends a short label with `fugitive` in it.
pub(super) fn fugitive_topic(text: &str, start: usize) -> bool {
    label_before(text, start, &STOPS).is_some_and(|(_, label)| {
        label
            .as_bytes()
            .windows(8)
            .any(|w| w.eq_ignore_ascii_case(b"fugitive"))
    })
}
