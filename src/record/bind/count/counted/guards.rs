//! The readings that keep a number from counting, and the parts of a
//! count that count after all.

use super::*;

/// What [`Binder::part`] learnt of a number that may count.
pub(super) struct Part {
    /// The number is the telecom-fraud part of a mixed total
    /// (`solved 2,140 cases, among them 318 telecom fraud cases`).
    pub(super) fraud_part: bool,
    /// Fugitives named right after the number of a part (`arrested 45
    /// suspects, among them 12 fugitives`).
    pub(super) fugitive_named: bool,
    /// A part that counts fugitives, named after the number or a copula
    /// (`of which 20 were fugitives`).
    pub(super) fugitive_part: bool,
    /// Where `of them`, `of whom` after the number ends, if it stands there.
    pub(super) pronoun_end: Option<usize>,
    /// Where a copula naming the part's noun is read from.
    pub(super) copula_from: usize,
}

impl Part {
    /// `92 of whom`, `30 of them`: the noun is the total's (elided).
    pub(super) fn of_pronoun(&self) -> bool {
        self.pronoun_end.is_some()
    }
}

/// Whether `f`, joined by `and` to the size of a change, ends as a second
/// size does: `respectively` or the clause's end after it, not a verb
/// (`and 40 cases were solved`).
fn ends_as_second_size(text: &str, f: &Figure<'_>, sentence_end: usize) -> bool {
    let end = f.noun_str().map_or(f.span.end, |n| end_of(text, n));
    let rest = text.get(end..sentence_end.max(end)).unwrap_or("");
    let rest = rest.trim_start_matches(' ');
    rest.is_empty()
        || rest.starts_with([',', ';', '.', ')'])
        || rest
            .get(..12)
            .is_some_and(|r| r.eq_ignore_ascii_case("respectively"))
}

impl<'a> Binder<'_, 'a> {
    /// `None` when `f` counts nothing: read already as another record's
    /// weight, an age, a change, a baseline, a compound adjective, a part
    /// of a count, a period, a reference back, or the whole of a part.
    pub(super) fn part(&self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> Option<Part> {
        if f.span.start < self.consumed {
            return None; // read already, as another record's weight
        }
        let text = self.text;
        let w = self.words;
        let WordBefore { gap, word: prev } = ctx.before;
        if f.noun.is_none() && in_aside(text, f.span, ctx.sentence.end) {
            return None; // `two men aged 29 and 52`: ages, not counts
        }
        if is_change_after(text, &self.index, gap, prev, f.noun.as_deref()) {
            return None; // `up 12 cases from last year`: a change, not a count
        }
        // `an increase of 14 cases and 22 cases respectively`: a number
        // joined by `and` to the size of a change is the size of one too.
        // (Not one that opens a clause of its own: `rose by 12 cases and 40
        // cases were solved`.)
        if ctx.prev.is_some_and(|p| {
            let joined = text.get(p.span.end..f.span.start).is_some_and(|between| {
                between.ends_with(" and ")
                    && between.split(' ').count() <= 5
                    && !between.contains([',', ';', '.'])
            });
            // (The word before the earlier number is read only for a
            // joined pair.)
            joined && ends_as_second_size(text, f, ctx.sentence.end) && {
                let WordBefore { gap, word } = WordBefore::of(text, p.span.start);
                is_change_after(text, &self.index, gap, word, p.noun.as_deref())
            }
        }) {
            return None;
        }
        if is_baseline(text, gap, prev) {
            return None; // `compared with 2,800 last year`: what it was before
        }
        // `the 17-member gang`: a compound adjective describes, not counts.
        // (`3,000-odd` is a qualifier, not a compound: its noun follows.)
        let compound = f.noun_str().is_some_and(|n| is_compound(&f.text, n));
        if compound && f.unit.is_none() {
            return None;
        }
        // (The telecom-fraud part of a mixed total is the fraud count:
        // `solved 2,140 cases, among them 318 telecom fraud cases`.)
        let fraud_part = ctx.fraud_part && Index::any(&self.index.fraud, ctx.clause);
        // (`and rectified 455 of them`, `solved 1,400 of them`: a part
        // with a verb of its own right before it counts what that verb did.)
        // `of which 20 were fugitives`, `among them, 9 were fugitives`:
        // fugitives named after a copula are a count of their own (not
        // what some were found to be: no verb opens the noun).
        // `arrested 45 suspects, among them 12 fugitives`: so are
        // fugitives named right after the number of a part.
        // (Not a part of a count of fugitives already.)
        // (Read once, and first: the noun after the figure is classed only
        // for a part.)
        let partitive = is_partitive(&w, gap, ctx.after, ctx.sentence.end);
        let fugitive_named = partitive
            && f.noun.is_some()
            && noun_after_figure(&w, f).is_some_and(|n| n.class == Some(Noun::Fugitive))
            && self
                .last_noun
                .map_or(true, |(n, _)| n.class != Some(Noun::Fugitive));
        // (`12 of them were fugitives`: the copula after the pronoun.)
        let pronoun_end = of_pronoun_end(text, ctx.after);
        let copula_from = pronoun_end.unwrap_or(ctx.after);
        let fugitive_part = fugitive_named
            || (f.noun.is_none() || pronoun_end.is_some())
                && copula_noun(&w, copula_from, ctx.clause.end).is_some_and(|n| part_named(&w, &n));
        if !fraud_part
            && !fugitive_part
            && partitive
            && !verb_right_before(&w, &self.index.verbs, f.span.start, ctx.sentence.start)
        {
            return None; // `21 of them`, `among them six residents`: part of a count
        }
        if ["first", "last", "past", "next"]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w))
        {
            return None; // `in the first three months`: a period, not a count
        }
        if refers_back(text, gap, prev) {
            return None; // `in the two cases`: the things counted before
        }
        // `19 out of 20 suspects`, `81 of the 82 casinos`: the first
        // number counts the noun, the second is the whole.
        let whole_acted = |n: &Figure<'_>| whole_has_participle(&w, n, ctx.sentence);
        if text[..gap].ends_with("out of")
            || ctx
                .prev
                .is_some_and(|p| part_of_whole(text, p, f) && !whole_acted(f))
        {
            return None;
        }
        Some(Part {
            fraud_part,
            fugitive_named,
            fugitive_part,
            pronoun_end,
            copula_from,
        })
    }
}
