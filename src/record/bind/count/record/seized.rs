//! A count as a thing seized: the item a verb of taking took (`seized 2
//! guns`, `12 kg of MDMA`), the object before a bare measure (`seized
//! gambling machines 42 sets`), or a thing no kind names (`other`); and
//! living wildlife rescued, which is no seizure.

use super::*;
use labelled::set_out_item;

impl<'a> Binder<'_, 'a> {
    /// Records the count `c` of `f` as a thing seized (or wildlife
    /// rescued) when `verb` takes it; whether it did. A count it does not
    /// take goes on to the tallies.
    pub(super) fn count_seized(
        &mut self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        c: &mut Counted<'a>,
        verb: Option<(Verb, usize)>,
    ) -> bool {
        let text = self.text;
        let w = self.words;
        let (prev, elided, noun) = (c.prev, c.elided, c.noun);
        let items = &mut c.items;
        // (Only a verb that takes things makes one: the item is read only
        // after such a verb, as no other asks about it below.)
        let chain = (self.rule.how == "list_chain")
            .then(|| self.out.seizures.last())
            .flatten();
        let found = |v, at| finds_thing(text, v, at, noun.class, chain);
        // (`destroyed 3 tonnes of drugs`: done away with, not taken.)
        let takes = verb.is_some_and(|(v, at)| {
            !destroys_thing(text, &self.index.verbs, at)
                && (seizure_action(v, SeizureKind::Other).is_some() || found(v, at))
        });
        let item = if takes {
            items.span(&w, noun.text)
        } else {
            None
        };
        if let Some((kind, _, _)) = item.filter(|_| item_is_head(&w, noun.text, item)) {
            let taken = verb.filter(|&(v, at)| at < f.span.start || !found_as(&w, v, at));
            let action = taken.and_then(|(v, at)| {
                let found = found(v, at) && found_kind(kind);
                let v = taker_before_destroying(text, &self.index.verbs, at).unwrap_or(v);
                seizure_action(v, kind).or(found.then_some(SeizureAction::Seized))
            });
            if let Some(action) = action {
                if !(ctx.fraud && kind == SeizureKind::Cash) {
                    // `20 bags of crystal meth, weighing about 20 kg`: the
                    // weight is the quantity.
                    // (A noun may run into the weight's own qualifier:
                    // `8 drug nearly 6t`; then no weighing word is between.)
                    let weight = ctx.weight.as_ref().filter(|w| {
                        text.get(end_of(text, noun.text)..w.span.start)
                            .is_some_and(weighs)
                    });
                    if let Some(w) = weight {
                        self.consumed = w.span.end;
                        self.rule.what = "item_weighing";
                    }
                    let quantity = weight.unwrap_or(f).clone();
                    self.seize(kind, action, noun.text, Some(quantity), None);
                    return true;
                }
            }
        }
        // `rescued 1,300 wild animals`: living wildlife saved is rescued,
        // not seized.
        if verb.is_some_and(|(v, _)| v == Verb::Rescue)
            && noun.class.is_none()
            && items.kind(&w, noun.text) == Some(SeizureKind::Wildlife)
        {
            self.tally(TallyKind::Rescued, noun.text, f);
            return true;
        }
        // `seized 95 packing machines`, `45,000 units of fishing gear`,
        // `130 tonnes of raw materials`: a thing seized whose head names no
        // kind is `other`; a tally noun (`materials`) does not decide.
        // (Intercepted, only what is weighed or measured: `intercepted 1,700
        // kg of smuggled rice`, not `intercepted 9,000 phone calls`.)
        let weighed = f
            .unit
            .is_some_and(|u| !u.is_currency() && u != Unit::Percent);
        let taken = |v| {
            matches!(v, Verb::Seize | Verb::Confiscate)
                || (v == Verb::Intercept && weighed && !ctx.fraud)
        };
        if let Some((v, at)) = verb.filter(|&(v, _)| taken(v)) {
            // `seized gambling machines 42 sets`: a bare measure after the
            // number counts the verb's object before it.
            let bare_measure =
                noun.class == Some(Noun::Measure) && find_ascii(noun.text, " of ").is_none();
            // (Set after it, `smuggled cigarettes, 400 cartons in number`,
            // the object says what kind of thing was counted.)
            let object = bare_measure
                .then(|| {
                    object_before(&w, at, f.span.start)
                        .map(|o| (o, SeizureKind::Other))
                        .or_else(|| {
                            apposed_object(&w, at, f.span.start, end_of(text, noun.text))
                                .map(|o| (o, item_kind(&w, o).unwrap_or(SeizureKind::Other)))
                        })
                        // (`cigarettes: 12,000 cartons`, `the seized
                        // cigarettes numbered 26,000 cartons`.)
                        .or_else(|| set_out_item(&w, f.span.start, ctx.sentence.start))
                })
                .flatten()
                .filter(|_| item.is_none() && !elided);
            if let Some((object, kind)) = object {
                if let Some(action) = seizure_action(v, kind) {
                    self.rule.what = "object_before_measure";
                    self.seize(kind, action, object, Some(f.clone()), None);
                    return true;
                }
            }
            // A bare measure word (`2,470 items`) names nothing seized;
            // papers an offender noun names are things taken.
            let unclassed = match noun.class {
                None | Some(Noun::Publicity) => true,
                // (`23 prohibited items`: a measure its modifier names.)
                Some(Noun::Measure) => noun.text.contains(' '),
                Some(Noun::Offender) => names_papers(noun.text),
                Some(_) => false,
            };
            let readable = noun.text.len() > 2
                && noun
                    .text
                    .starts_with(|c: char| c.is_ascii_lowercase() || is_quote(c));
            // `1.1 tons of solid and liquid meth`: the head comes later.
            // (`nets and released 2 tons of fish`: a verb after `and` opens
            // a clause of its own.)
            let and = end_of(text, noun.text) + " and ".len();
            // (A plural before `and` is a head of its own: `6,700 fireworks
            // and firecrackers`.)
            let continues = text[end_of(text, noun.text)..]
                .strip_prefix(" and ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
                && w.verb(and, ctx.sentence.end).is_none()
                && !is_plural(noun.text);
            // `drugs packed in 40 containers`: what held the seized thing.
            let container = ["in", "into", "inside", "within"]
                .iter()
                .any(|p| prev.eq_ignore_ascii_case(p));
            if unclassed
                && readable
                && !continues
                && !container
                // (Before its number, only as the verb's object: `seized
                // gambling machines 42 sets`.)
                && (!noun.before || verb_opens_noun(&w, at, noun.text))
                && !elided
                && item.is_none()
            {
                // `raw materials used to make synthetic drugs`: by meaning.
                let into = made_into(&w, end_of(text, noun.text), ctx.sentence.end);
                self.rule.what = if into.is_some() {
                    "made_into"
                } else {
                    "unclassed_item"
                };
                let kind = into.unwrap_or(SeizureKind::Other);
                if let Some(action) = seizure_action(v, kind) {
                    self.seize(kind, action, noun.text, Some(f.clone()), None);
                    return true;
                }
            }
        }
        false
    }
}
