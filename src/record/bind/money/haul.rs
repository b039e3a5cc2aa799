//! A haul's value in the sentence after it: `Police seized 2,600 bottles
//! of fake liquor. The haul was worth about 900,000 yuan.`

use super::*;

/// Nouns that name a lot just seized when a sentence opens on them after
/// `The` (`The haul`, `The seized goods`).
const LOT_WORDS: [&str; 13] = [
    "batch",
    "confiscated",
    "contraband",
    "goods",
    "haul",
    "hauls",
    "items",
    "lot",
    "products",
    "seized",
    "seizure",
    "seizures",
    "shipment",
];

impl<'a> Binder<'_, 'a> {
    /// Gives the money `f` to the last seizure as its value when its
    /// sentence opens on the lot (`The haul`, `The cigarettes`, `They`)
    /// and says what it was worth (`was worth`, `were valued at`), the
    /// lot standing in the sentence before (in the same paragraph when a
    /// pronoun names it), with no value yet and no figure after its
    /// count. Returns whether it did.
    pub(super) fn value_of_last_lot(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        let text = self.text;
        let Some(subject) = text.get(ctx.sentence.start..f.span.start) else {
            return false;
        };
        if subject.len() > 80 || subject.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let words: Vec<&str> = subject
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        let is = |w: &str, list: &[&str]| list.iter().any(|p| w.eq_ignore_ascii_case(p));
        // (The worth said of the lot: `It is worth noting that ...`
        // opens a remark, no value.)
        let remark = |k: usize| {
            words.get(k + 1).is_some_and(|n| n.ends_with("ing"))
                || words.iter().any(|w| is(w, &["that", "which"]))
        };
        let worth = (0..words.len())
            .any(|k| is(words[k], &["worth", "valued", "value", "priced"]) && !remark(k));
        let Some(last) = self.out.seizures.last() else {
            return false;
        };
        let Some(q) = last.quantity.as_ref() else {
            return false;
        };
        let head = last_word_of(&last.item);
        // (`The haul` names the lot past a paragraph's end; `They` only
        // within its paragraph.)
        let (opens_on_lot, named) = match words.as_slice() {
            [first, ..] if is(first, &["they", "it"]) => (true, false),
            [first, second, ..] if is(first, &["the", "these", "those", "this", "all"]) => {
                let named = is(second, &LOT_WORDS) || second.eq_ignore_ascii_case(head);
                (named, named)
            }
            _ => (false, false),
        };
        let between = text.get(q.span.end..ctx.sentence.start).unwrap_or("\n");
        let before = ctx.prev.is_some_and(|p| p.span == q.span)
            && between.len() <= 300
            && (named || !between.contains('\n'));
        if !(worth && opens_on_lot && before && last.value.is_none()) {
            return false;
        }
        let kind = last.kind;
        self.seen.seizure_values.insert((kind, f.value, f.unit));
        if let Some(last) = self.out.seizures.last_mut() {
            last.value = Some(f.clone());
        }
        true
    }
}
