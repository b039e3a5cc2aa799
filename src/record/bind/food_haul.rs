//! A food haul: animal foods seized together with food merchandise are
//! merchandise too. `fish maw`, `abalone` or `crabs` taken alone, with
//! wild species or with other goods (fish and cigarettes in a fishing
//! ban), are wildlife (a catch, a protected species' part); in one list
//! with frozen beef, eggs or bird's nests they are the stock of a food
//! smuggling run: goods. A frozen or chilled one is food on
//! its own.

use super::*;

/// Animal foods that are farmed or fished for the table as well as
/// taken from the wild: the item entries ([`ITEMS`] rows of kind
/// wildlife) whose kind the company they keep decides. (Not ivory, scales
/// or shark fins: they are wildlife in any company.)
const EDIBLE: [&str; 10] = [
    "abalone",
    "crabs",
    "eels",
    "fish",
    "fish maw",
    "fish maws",
    "lobsters",
    "maws",
    "sea cucumbers",
    "swim bladders",
];

/// Words before an animal food that make it food in trade.
const FOOD_STATES: [&str; 2] = ["chilled", "frozen"];

/// Words of a food item among goods (`frozen beef`, `bird's nest`,
/// `eggs`): the company that makes an animal food part of a food run.
/// (Cigarettes, fuel or boats beside fish seized in a fishing ban do not.)
const FOOD_WORDS: [&str; 12] = [
    "beef", "chicken", "chilled", "eggs", "frozen", "meat", "mutton", "nest", "nests", "offal",
    "pork", "tripe",
];

/// Whether an item names food by one of its words ([`FOOD_WORDS`]).
fn names_food(item: &str) -> bool {
    item.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| FOOD_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)))
}

/// The most bytes between two seizures' figures of one list.
const LIST_GAP: usize = 200;

impl Binder<'_, '_> {
    /// Make the animal foods of a list that holds merchandise goods, and
    /// frozen or chilled ones anywhere (see the module docs).
    pub(super) fn food_hauls(&mut self) {
        let n = self.out.seizures.len();
        if n == 0
            || !self
                .out
                .seizures
                .iter()
                .any(|s| s.kind == SeizureKind::Wildlife)
        {
            return;
        }
        let mut start = 0;
        while start < n {
            // The run of seizures joined into one list: no sentence stop
            // between one's figures and the next's.
            let mut end = start + 1;
            while end < n && self.joined(end - 1, end) {
                end += 1;
            }
            let merchandise = self.out.seizures[start..end]
                .iter()
                .any(|s| s.kind == SeizureKind::Goods && names_food(&s.item));
            for k in start..end {
                let s = &self.out.seizures[k];
                // (An item as written is a slice of the text.)
                let std::borrow::Cow::Borrowed(item) = s.item else {
                    continue;
                };
                if s.kind == SeizureKind::Wildlife
                    && edible(&self.words, item).is_some_and(|food_state| merchandise || food_state)
                {
                    self.out.seizures[k].kind = SeizureKind::Goods;
                }
            }
            start = end;
        }
    }

    /// Whether seizure `b` continues the list of seizure `a` right before
    /// it: a short gap without a sentence stop between their figures.
    fn joined(&self, a: usize, b: usize) -> bool {
        let span = |k: usize| {
            let s = &self.out.seizures[k];
            let q = s.quantity.as_ref().map(|f| f.span);
            let v = s.value.as_ref().map(|f| f.span);
            match (q, v) {
                (Some(q), Some(v)) => Some(Span::new(q.start.min(v.start), q.end.max(v.end))),
                (q, v) => q.or(v),
            }
        };
        let (Some(a), Some(b)) = (span(a), span(b)) else {
            return false;
        };
        let (from, to) = if a.end <= b.start {
            (a.end, b.start)
        } else if b.end <= a.start {
            (b.end, a.start)
        } else {
            return true;
        };
        self.text.get(from..to).is_some_and(|gap| {
            gap.len() <= LIST_GAP
                && !gap.contains(['\n', '\r', '.', ';', '!', '?', '。', '；', '！', '？'])
        })
    }
}

/// Whether `item`'s kind comes from an animal food ([`EDIBLE`]), and if
/// so whether a word before it says it is food in trade (`frozen crabs`).
fn edible(w: &Words<'_, '_>, item: &str) -> Option<bool> {
    let (_, at, end) = item_span(w, item)?;
    let entry = item.get(at..end)?;
    EDIBLE
        .iter()
        .any(|e| entry.eq_ignore_ascii_case(e))
        .then(|| {
            item[..at]
                .split(' ')
                .any(|word| FOOD_STATES.iter().any(|s| word.eq_ignore_ascii_case(s)))
        })
}
