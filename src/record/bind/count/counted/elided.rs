//! A noun for a number with none of its own: the noun of the count before
//! it, shared with a list, named after a copula, the sentence's topic or
//! its subject.

use super::*;

impl<'a> Binder<'_, 'a> {
    /// The noun of the count (or item) before `f` that a bare number may
    /// take, and where that count ended: `1,184 disputes were
    /// investigated, 1,097 were dealt with`.
    pub(super) fn inherited(
        &self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        of_pronoun: bool,
    ) -> Option<(NounPhrase<'a>, usize)> {
        let text = self.text;
        let w = self.words;
        let WordBefore { gap, word: prev } = ctx.before;
        // (Not after a verb that states a total of its own subject: `and
        // the vehicles dispatched totaled 3,100`.)
        let total_of_subject = ["totaled", "totalled", "numbered", "reached"]
            .iter()
            .any(|t| prev.eq_ignore_ascii_case(t));
        // (Nor after a verb of arrest that takes people, not the noun
        // before: `bust 12 gangs, arrest 156 in anti-gang drive`.)
        // (The verb is looked up only for a noun that could be inherited.)
        let arrested = || {
            !prev.is_empty()
                && w.verb(gap - prev.len(), gap).is_some_and(|(v, l)| {
                    l == prev.len() && matches!(v, Verb::Arrest | Verb::Detain)
                })
        };
        // (`120 fraud cases were reported. Police have solved 96 of them.`:
        // a part named by its pronoun takes its noun from the sentence
        // before too.)
        // (Not past a subject of its own after the last count: `was 45,
        // and the number of cases solved was 23`; `dealt with 96 drug
        // users, and telecom fraud cases dropped to 73`, `stood at 73`.)
        // (Read from the last count on: `Cases solved were 312 and
        // suspects arrested were 205`.)
        // (Nor past one before a passive right before the number, in
        // machine-translated order: `suspects were arrested 57 people,
        // cases were solved 43`.)
        let own_subject = |end: usize| {
            (["was", "were", "is", "are", "to", "at"]
                .iter()
                .any(|c| prev.eq_ignore_ascii_case(c))
                || passive_before(&w, prev, gap))
                && end < f.span.start
                && subject_before(&w, f.span.start, end.max(ctx.sentence.start)).is_some()
        };
        // `recovered 1,870 of them`, `all 58 were recovered`, `Among them,
        // nine were`: a part named by its pronoun or opener, or all of a
        // count, refers back to the count before (an item's too), past a subject.
        let whole = f.noun.is_none() && prev.eq_ignore_ascii_case("all");
        let opened = || part_opener(text, Span::new(ctx.sentence.start, f.span.start)).is_some();
        let back = of_pronoun || whole || (f.noun.is_none() && opened());
        // (Not an item when people are what the verb after takes: `seized
        // 2,300 phones; all 15 were arrested`.)
        let taken = || {
            passive_from(&w, f.span.end, ctx.sentence.end, Read::Strict)
                .is_some_and(|(v, _)| matches!(v, Verb::Arrest | Verb::Detain))
        };
        let item = self.last_item.filter(|_| !(whole && taken()));
        let last = match (self.last_noun, item) {
            (Some(n), Some(i)) if back && i.1 > n.1 => Some(i),
            (None, i) if back => i,
            (n, _) => n,
        };
        last.filter(|&(n, end)| {
            (end >= ctx.sentence.start || back)
                && f.span.start.saturating_sub(end) < if back { 200 } else { 100 }
                && !total_of_subject
                && (!arrested() || takes_people(n.class))
                && !own_subject(end)
                // (`warnings pushed 500; people dissuaded on the spot 1,089`)
                && (back || !own_item(&w, end, f.span.start))
        })
    }

    /// Fills in the noun `chosen` of a number with none of its own, or
    /// only a verb after it: a noun shared with the list it opens, people
    /// a phrase describes, a copula's noun, a crime named by `of`, the
    /// topic. Also says whether the number is bare: no noun of its own
    /// stands after it.
    pub(super) fn fill(
        &self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        part: &Part,
        after: Option<NounPhrase<'a>>,
        inherited: Option<(NounPhrase<'a>, usize)>,
        chosen: &mut Chosen<'a>,
    ) -> bool {
        let before = chosen.before;
        let what = &mut chosen.what;
        let text = self.text;
        let w = self.words;
        let WordBefore { gap, word: prev } = ctx.before;
        // `arrested 12 and 8 suspects ... respectively`, `seized 12 kg and
        // 7.5 kg of heroin`: a bare number (or measure) joined to the next
        // one of the same unit shares its noun.
        // So does each of a list of them (`5, 8 and 12 suspects`), up to
        // the one with the noun.
        // (Not a number a linking verb states, `cases filed totalled 126,
        // and 58 cases were solved`: its subject is its noun.)
        let shared = || {
            if f.noun.is_some() || is_linking(prev) {
                return None;
            }
            let mut prev = f;
            for next in ctx.list.iter().skip(1).take(MAX_LIST) {
                let between = text.get(prev.span.end..next.span.start)?.trim();
                if next.unit != f.unit || !matches!(between, "and" | "," | ", and") {
                    return None;
                }
                if next.noun.is_some() {
                    return noun_after_figure(&w, next);
                }
                prev = next;
            }
            None
        };
        let noun = match chosen.noun {
            None => shared().inspect(|_| *what = "shared_noun"),
            n => n,
        };
        // `52 suspects, 410 not wearing helmets were punished`: a bare
        // number that a phrase describes counts people of its own.
        let noun = match noun {
            None if after.is_none() && f.unit.is_none() => {
                described_people(&w, ctx.after, ctx.sentence.end)
                    .inspect(|_| *what = "described_people")
            }
            n => n,
        };
        // `Among them, 1,377 were telecom fraud cases`: a fraud part names
        // its noun after a copula.
        // (`12 of them were fugitives`: the copula's noun, not the
        // total's.)
        let noun = match noun {
            None if after.is_none() && part.fraud_part => {
                copula_noun(&w, ctx.after, ctx.clause.end).inspect(|_| *what = "copula_noun")
            }
            n if after.is_none() && part.fugitive_part && (n.is_none() || part.of_pronoun()) => {
                copula_noun(&w, part.copula_from, ctx.clause.end)
                    .inspect(|_| *what = "fugitive_part")
                    .or(n)
            }
            n => n,
        };
        // No noun stands after the number (or what stands there is a verb:
        // `another 14 arrested`).
        let bare = after.is_none()
            || (before.is_none() && inherited.is_some() && verb_takes_number(&w, prev, gap))
                && after.is_some_and(|a| lone_measure(&a, f.value.as_u64()));
        // `solved 35 cases of theft and 12 of robbery`: a number whose `of`
        // names a crime, no thing, counts the noun before it.
        let crime_of = |a: NounPhrase<'_>| {
            let (at, end) = (start_of(text, a.text), end_of(text, a.text));
            a.class.is_none()
                && text.get(f.span.end..at).is_some_and(|of| of.trim() == "of")
                && (w.prefix(at, end, OTHER_CRIMES).is_some()
                    || w.prefix(at, end, FRAUD_WORDS).is_some())
        };
        let noun = match (noun, inherited) {
            (Some(n), Some((last, _))) if f.unit.is_none() && after.is_some_and(crime_of) => {
                *what = "elided_crime";
                Some(NounPhrase {
                    text: n.text,
                    ..last
                })
            }
            (n, _) => n,
        };
        let noun = match noun {
            None if bare && f.unit.is_none() => {
                topic_noun(&w, f.span.start, ctx.sentence.start).inspect(|_| *what = "topic_noun")
            }
            n => n,
        };
        chosen.noun = noun.filter(|_| !(bare && after.is_some()));
        bare
    }

    /// The noun of a number left with none (and whether it is the count
    /// before's, elided), or `None` when it counts nothing: the count
    /// before's noun, or what it was done on or to, for a bare number;
    /// else the sentence's subject or the thing a measure weighs.
    pub(super) fn elided(
        &self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        part: &Part,
        bare: bool,
        inherited: Option<(NounPhrase<'a>, usize)>,
        what: &mut &'static str,
    ) -> Option<(NounPhrase<'a>, bool)> {
        let text = self.text;
        let w = self.words;
        match inherited {
            // Not before a capitalised word: `six Taiwan residents` names its
            // own noun.
            _ if bare && capital_follows(text, ctx.after) => None,
            // `smash 3 fraud dens, 58 arrested`: people taken, not dens.
            Some((n, _))
                if bare
                    && never_taken(n.class)
                    && people_taken_next(text, &w, ctx.after, ctx.sentence.end) =>
            {
                None
            }
            Some((n, _)) if bare && f.unit.is_none() => {
                // `8,000 checks on vehicles and 5,000 on people`: the
                // elided checks are on what follows, not on the last one.
                let to = || recipients_elided(&w, n, ctx.sentence.end).map(|t| (t, "elided_to"));
                let on = checks_on_elided(&w, n, ctx.after, ctx.sentence.end);
                match on
                    .map(|n| (n, "elided_checks_on"))
                    .or_else(|| to().filter(|_| part.of_pronoun()))
                {
                    Some((on, rule)) => {
                        *what = rule;
                        Some((on, false))
                    }
                    None => {
                        *what = "elided";
                        Some((n, true))
                    }
                }
            }
            _ if bare => self.subject(f, ctx, what).map(|n| (n, false)),
            _ => None,
        }
    }
}
