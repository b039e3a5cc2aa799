//! What a number counts, read in steps, each a rule of its own file:
//!
//! 1. [`guards`]: the readings that keep a number from counting (ages,
//!    changes, baselines, compounds, parts, periods), and the parts that
//!    count after all (fugitives named, a fraud part);
//! 2. [`after`]: the noun after the number, or before it (machine-translated
//!    order, labels), and which of the two is counted;
//! 3. [`elided`]: a noun shared with a list, the figure before's, named
//!    after a copula or the topic, for a number with none of its own, and
//!    [`subject`]: the sentence's subject, or the thing a measure weighs;
//! 4. [`head`]: the noun read on to its head (a verb inside it, a modifier,
//!    an `of` complement, a second noun joined by `and`).

use super::*;

mod after;
mod elided;
mod guards;
mod head;
mod subject;
#[cfg(test)]
mod tests;

use after::{noun_after, Chosen};
use guards::Part;
use head::Head;

impl<'a> Binder<'_, 'a> {
    /// What `f` counts, or `None` when it counts nothing.
    pub(super) fn counted(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> Option<Counted<'a>> {
        let part = self.part(f, ctx)?;
        let w = self.words;
        let prev = ctx.before.word;
        let after = noun_after(&w, f, ctx, self.last_noun, part.of_pronoun());
        let (after, after_rule) = (after.map(|(n, _)| n), after.map_or("", |(_, r)| r));
        if after.is_some_and(|n| is_duration(n.text)) {
            return None; // `over the past five months`, `ten days`
        }
        // (What the noun after the number is as an item, read once for
        // the choice and the head.)
        let mut items = ItemMemo::default();
        let mut chosen = self.choose(f, ctx, after, after_rule, &part, &mut items);
        let inherited = self.inherited(f, ctx, part.of_pronoun());
        let bare = self.fill(f, ctx, &part, after, inherited, &mut chosen);
        let Chosen {
            noun,
            mut what,
            measure_end,
            ..
        } = chosen;
        let (noun, elided) = match noun {
            Some(n) => (n, false),
            None => self.elided(f, ctx, &part, bare, inherited, &mut what)?,
        };
        let Head {
            noun,
            inner_verb,
            mut items,
        } = self.head(f, ctx, noun, elided, &mut what, items)?;
        if noun.class.is_some() && !elided {
            self.last_noun = Some((noun, f.span.end));
        } else if !elided && f.unit.is_none() && items.kind(&w, noun.text).is_some() {
            self.last_item = Some((noun, f.span.end));
        }
        let text = self.text;
        // (A topic's noun stands before the clause: what it did is read
        // from the number on.)
        let noun_end = if noun.before || elided || what == "topic_noun" {
            measure_end
                .filter(|_| noun.before && !elided)
                .unwrap_or(ctx.after)
        } else {
            end_of(text, noun.text)
        };
        let left_from = if noun.before && !elided {
            start_of(text, noun.text)
        } else {
            f.span.start
        };
        Some(Counted {
            noun,
            elided,
            fraud_part: part.fraud_part,
            pronoun_end: part.pronoun_end,
            inner_verb,
            what,
            prev,
            gap: ctx.before.gap,
            noun_end,
            left_from,
            items,
        })
    }
}

/// Whether the word right before the number, `prev` (ending at `gap`), is
/// a verb of the lexicon taking the number as its object (`Police
/// dispatched 12 drills`).
fn verb_takes_number(w: &Words<'_, '_>, prev: &str, gap: usize) -> bool {
    !prev.is_empty()
        && w.verb(gap - prev.len(), gap)
            .is_some_and(|(_, l)| l == prev.len())
}
