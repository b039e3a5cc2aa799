//! A bare number of people taken, as headlines and short reports write it:
//! `56 arrested in scam raid`, `another 14 were detained`, `police detain
//! 45 over illegal fishing`, `bust 12 gangs, arrest 156`.

use super::*;

/// Words that may stand between a bare number and its passive verb.
const BARE_AUX: &[&str] = &["are", "been", "had", "has", "have", "were"];

/// Words that may follow the number a verb takes bare: a preposition that
/// opens what follows, or nothing (a stop).
/// (`and`: `detained 4 and arrested 11 suspects`; a shared noun,
/// `detained 4 and 11 suspects`, is read before.)
const BARE_NEXT: &[&str] = &[
    "after", "and", "at", "during", "for", "in", "on", "over", "since",
];

impl<'a> Binder<'_, 'a> {
    /// Records the count of `f`, which counts no noun, when it is a bare
    /// number of people arrested or detained, and says whether it did.
    pub(super) fn bare_arrest(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        if f.unit.is_some() || !f.value.is_integer() {
            return false;
        }
        let text = self.text;
        let w = self.words;
        let taken = |v: &Verb| matches!(v, Verb::Arrest | Verb::Detain);
        // (The scan may read the verb as the number's noun: `56 arrested`.)
        if let Some(n) = f.noun_str() {
            let at = start_of(text, n);
            let whole = w.prefix(at, end_of(text, n), VERBS);
            if !whole.is_some_and(|(v, len)| taken(v) && len == n.len()) {
                return false;
            }
        }
        // `56 arrested`, `14 were detained`: the verb after the number.
        let mut at = skip_gap(text, ctx.after, 2);
        for _ in 0..2 {
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
        let after = w
            .prefix(at, ctx.sentence.end, VERBS)
            .filter(|&(v, len)| taken(v) && !object(len))
            .map(|(_, len)| (at, len));
        // `arrest 156 in`: the verb right before, nothing counted after.
        let before = || {
            let gap = skip_back_spaces(text, f.span.start, 0);
            let prev = ascii_word_before(text, gap);
            let from = gap - prev.len();
            let (v, len) = w.prefix(from, gap, VERBS)?;
            let next_at = skip_gap(text, ctx.after, 2);
            let next = &text[next_at..next_at + w.word_len_at(next_at)];
            // (Not before a comma: `detained 6, 9 and 14 suspects`.)
            let stop = text[next_at..].starts_with(['.', ';']) || next_at >= text.len();
            let open = stop || BARE_NEXT.contains(&next);
            (taken(v) && len == prev.len() && open).then_some((from, len))
        };
        let Some((at, len)) = after.or_else(before) else {
            return false;
        };
        self.rule = Rule {
            how: "bare_verb",
            what: "bare_people",
        };
        let what = &text[at..at + len];
        if ctx.fraud && self.set_fraud(FraudField::SuspectsArrested, f) {
            return true;
        }
        self.tally(TallyKind::Arrests, what, f);
        true
    }
}
