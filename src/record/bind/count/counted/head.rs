//! The counted noun read on to its head: cut at a verb inside it, read
//! past a modifier, an `of` complement or a second noun joined by `and`.

use super::*;

/// The counted noun read on to its head, as [`Binder::head`] read it.
pub(super) struct Head<'a> {
    /// The noun phrase, up to its head.
    pub(super) noun: NounPhrase<'a>,
    /// A verb inside the noun phrase (`946 suspects arrested`) and where
    /// it starts.
    pub(super) inner_verb: Option<(Verb, usize)>,
    /// The noun read as a seizable item, once.
    pub(super) items: ItemMemo<'a>,
}

impl<'a> Binder<'_, 'a> {
    /// `noun` read on to its head, the verb inside it (and where that
    /// starts), and its item memo (`items`, the one the noun was chosen
    /// with: the phrase a label was weighed against is often the noun
    /// kept); `None` when nothing is left of it.
    pub(super) fn head(
        &self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        mut noun: NounPhrase<'a>,
        elided: bool,
        what: &mut &'static str,
        mut items: ItemMemo<'a>,
    ) -> Option<Head<'a>> {
        let text = self.text;
        let w = self.words;
        let WordBefore { gap, word: prev } = ctx.before;
        // `946 suspects arrested`: the noun ends where its verb starts.
        let mut inner_verb = None;
        if !noun.before {
            if let Some((v, at)) = verb_inside(&w, noun.text) {
                let start = start_of(text, noun.text);
                // `3,356 vehicles captured 8 criminals`: active, not ours.
                // (Unless a verb right before the number takes them:
                // `investigated 1,200 vehicles captured 5 criminals`.)
                let active = number_object(&w, end_of(text, noun.text));
                noun.text = noun.text[..at].trim_end();
                noun.class = noun_class(&w, noun.text);
                if active {
                    if !verb_takes_number(&w, prev, gap) {
                        noun.class = None;
                    }
                } else {
                    inner_verb = Some((v, start + at));
                }
            }
        }
        if noun.text.is_empty() {
            return None;
        }
        // `250 phone and internet scam suspects`: a singular word after a
        // plural count, joined to the next by `and`, is a modifier of the
        // head after them, not the thing counted (`250 phones`).
        // (A counted noun of its own is a head, plural or not: `14
        // children and elderly people`.)
        let singular_modifier = !noun.before
            && noun.class.is_none()
            && f.value != Decimal::from_u64(1)
            && !noun.text.contains(' ')
            && !noun.text.ends_with('s')
            && [" and ", " or "]
                .iter()
                .any(|j| text[end_of(text, noun.text)..].starts_with(j));
        if singular_modifier {
            if let Some(longer) = extend_noun(&w, noun.text, ctx.sentence.end) {
                noun = longer;
                *what = "extended_noun";
            }
        } else if noun.class.is_none() && !noun.before && items.kind(&w, noun.text).is_none() {
            // `2,340 telecom and internet fraud cases`: read on to the head
            // (a seizable item is a head already: `heroin across two cases`).
            if let Some(longer) = extend_noun(&w, noun.text, ctx.sentence.end) {
                noun = longer;
                *what = "extended_noun";
            }
        }
        // `solved 120 telecom fraud and 80 theft cases`: a modifier with
        // no head shares the head of the next count.
        // (A plural or a seizable thing is a head of its own: `33 vessels
        // and 210 suspects`.)
        if noun.class.is_none()
            && !noun.before
            && !elided
            && !noun.text.ends_with('s')
            && items.kind(&w, noun.text).is_none()
        {
            if let Some(class) = shared_head(&w, noun.text, ctx.sentence.end) {
                noun.class = Some(class);
                *what = "shared_head";
            }
        }
        if !noun.before && !elided {
            // `62 cases of traffic violations`, `30,000 bottles of fake
            // liquor`: the `of` complement says what was counted.
            if let Some(longer) = with_complement(&w, noun, ctx.sentence.end) {
                noun = longer;
                *what = "of_complement";
            } else if let Some(longer) = checks_on(&w, noun, ctx.sentence.end) {
                noun = longer;
                *what = "checks_on";
            }
        }
        if !noun.before && !elided {
            // `1,013 drug addicts and traffickers`, `20,000 key units and
            // places`: a second noun joined by `and` is the head.
            if let Some(joined) = and_noun(&w, noun, ctx.sentence.end) {
                noun = joined;
                *what = "and_noun";
            }
        }
        Some(Head {
            noun,
            inner_verb,
            items,
        })
    }
}
