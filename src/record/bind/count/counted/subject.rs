//! The subject a bare number counts: `the number of suspects arrested
//! reached 154,000`, `heroin seized totaled 4.2 kg`, `Guns seized: 8`.

use super::*;

impl<'a> Binder<'_, 'a> {
    /// The noun before a bare number that it counts: the thing a measure
    /// weighs, the sentence's subject, or an item set out by a label, a
    /// topic or a table's cell; `None` when none is there.
    pub(super) fn subject(
        &self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        what: &mut &'static str,
    ) -> Option<NounPhrase<'a>> {
        let text = self.text;
        let w = self.words;
        let WordBefore { gap, word: prev } = ctx.before;
        // `the number of suspects arrested reached 154,000`, `fugitives
        // captured during the campaign numbered 118,000`: the subject.
        // (Not the police who did what the verb right before the
        // number says: in `Police seized 2 or 3 guns` they are no
        // count; in `suspects arrested 287` the suspects are.)
        // (`The police made 14,300 return calls`: nor after a light
        // verb.)
        let object = || {
            verb_takes_number(&w, prev, gap)
                || (!prev.is_empty() && light_verb_before(text, gap, ctx.sentence.start).is_some())
        };
        // (`Police said 6 were arrested`: who reports a count is no
        // subject of it.)
        let reported = REPORTING.iter().any(|r| prev.eq_ignore_ascii_case(r));
        // (`smashed 45 dens and detained 30`: a noun and then a new
        // verb of its own before the number; the noun was the last
        // verb's object.)
        let verb_start = gap - prev.len();
        let joined = |n: &NounPhrase<'_>| {
            let end = span_of(text, n.text).end;
            text.get(end..verb_start)
                .is_some_and(|between| between.split_ascii_whitespace().eq(["and"]))
        };
        // `heroin seized totaled 4.2 kg`, `drugs seized 4.2 kg`: a
        // measure weighs the thing seized before it, not the
        // police who seized it.
        let weighed = f.unit.is_some().then(|| {
            item_subject_before(&w, f.span.start, ctx.sentence.start).or_else(|| {
                measured_subject(&w, f.span.start, ctx.sentence.start).filter(|n| n.class.is_none())
            })
        });
        if let Some(n) = weighed.flatten() {
            *what = "item_subject_before";
            return Some(n);
        }
        // (After a linking verb, the subject stands after the last
        // count, if one does: `Cases solved were 312 and suspects
        // arrested were 205`.)
        let later = self
            .last_noun
            .map(|(_, end)| end)
            .filter(|&end| is_linking(prev) && end >= ctx.sentence.start)
            .filter(|&end| end < f.span.start)
            .and_then(|end| subject_before(&w, f.span.start, end));
        // (`Burglary cases rose by 9%, from 310 to 338`: before the comma
        // that sets the change's `from` apart; only cases, whose level is
        // the count: `staff grew by 5%, from 80 to 84` counts no work.)
        let set_apart = || {
            super::super::record::changed::change_set_apart(text, prev, gap, ctx.sentence.start)
                .and_then(|comma| subject_before(&w, comma, ctx.sentence.start))
                .filter(|n| n.class == Some(Noun::Case))
        };
        let subject = later
            .or_else(|| subject_before(&w, f.span.start, ctx.sentence.start))
            .or_else(set_apart)
            .filter(|_| !reported)
            .filter(|n| !(n.class == Some(Noun::Officer) && object()))
            .filter(|n| !(joined(n) && object()));
        if let Some(n) = subject {
            *what = "subject_before";
            return Some(n);
        }
        // (`Guns seized: 8`: a count set out by its label.)
        // (`Guns: 12 seized`: or by its topic, the verb after.)
        let set_out = item_subject_before(&w, f.span.start, ctx.sentence.start)
            .map(|n| (n, "item_subject_before"))
            .or_else(|| {
                item_topic(&w, f.span.start, f.span.end, ctx.sentence).map(|n| (n, "topic_noun"))
            });
        match set_out {
            Some((n, rule)) if f.unit.is_some() || text[..gap].ends_with([':', '：']) => {
                *what = rule;
                Some(n)
            }
            // (`| Guns seized | 16 |`: a table's cell bar sets the value
            // off as a colon does.)
            None => {
                cell_item(&w, gap, ctx.sentence.start).inspect(|_| *what = "item_subject_before")
            }
            Some(_) => None,
        }
    }
}
