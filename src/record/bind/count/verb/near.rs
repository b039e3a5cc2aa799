//! The words around one count that several rules of its verb ask about,
//! each read once, when a rule first asks.

use super::super::*;
use std::cell::OnceCell;

/// What stands around a count, for the rules of [`Binder::done_to`]:
/// the nearest verb to the left, the passive read through the phrase
/// after the noun, the verb ending a list the count opens. Each is read
/// at most once, and only when a rule asks (most counts find their verb
/// before the dearer readings are needed).
pub(super) struct Near<'n, 't, 'a> {
    /// The tokens, for word lookups.
    w: Words<'t, 'a>,
    /// The bulletin's verbs, by end ([`Index::verbs`]).
    verbs: &'n [(usize, usize, Verb)],
    /// The count's figure context.
    ctx: &'n Ctx<'n, 'a>,
    /// Where a verb to the left is looked for from.
    left_from: usize,
    /// Where the counted noun ends.
    noun_end: usize,
    /// The nearest verb ending before `left_from` ([`left_verb`]).
    left: OnceCell<Option<(Verb, usize)>>,
    /// The passive read through the phrase after the noun
    /// ([`Read::Through`]).
    through: OnceCell<Option<(Verb, usize)>>,
    /// The verb at the end of a list the count opens ([`Ctx::list_verb`]).
    list: OnceCell<Option<(Verb, usize)>>,
}

impl<'n, 't, 'a> Near<'n, 't, 'a> {
    /// The words around the count whose noun ends at `noun_end`, a verb
    /// to its left looked for from `left_from`.
    pub(super) fn new(
        w: Words<'t, 'a>,
        verbs: &'n [(usize, usize, Verb)],
        ctx: &'n Ctx<'n, 'a>,
        left_from: usize,
        noun_end: usize,
    ) -> Self {
        Near {
            w,
            verbs,
            ctx,
            left_from,
            noun_end,
            left: OnceCell::new(),
            through: OnceCell::new(),
            list: OnceCell::new(),
        }
    }

    /// The nearest verb to the left of the count, in its sentence and a
    /// bounded window ([`left_verb`]).
    pub(super) fn left_verb(&self) -> Option<(Verb, usize)> {
        *self
            .left
            .get_or_init(|| left_verb(&self.w, self.verbs, self.left_from, self.ctx.sentence.start))
    }

    /// Whether that verb ends right before the count (`found 95 hazards`,
    /// `found hidden dangers 207`): [`verb_right_before`].
    pub(super) fn lead(&self) -> bool {
        ends_right_before(&self.w, self.left_verb(), self.left_from)
    }

    /// The passive read through the phrase after the noun (`52 suspects
    /// involved in the forgery were arrested`).
    pub(super) fn through(&self) -> Option<(Verb, usize)> {
        *self.through.get_or_init(|| {
            passive_from(&self.w, self.noun_end, self.ctx.sentence.end, Read::Through)
        })
    }

    /// The verb at the end of a list the count opens, if any.
    pub(super) fn list_verb(&self) -> Option<(Verb, usize)> {
        *self.list.get_or_init(|| self.ctx.list_verb(&self.w))
    }
}
