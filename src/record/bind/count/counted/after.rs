//! The noun after the number (`1,200 suspects`), or before it
//! (`criminal suspects 946 people`, `Fraud: 325`), and which is counted.

use super::*;

/// The noun after `f` and the rule that read it: the whole's noun for a
/// part (`19 out of 20 suspects`), the noun right after the number, a
/// quoted noun, an offence (`dealt with 74 for speeding`), or a
/// scoreboard's noun. None after `of them`, `of whom`: that noun is the
/// total's.
pub(super) fn noun_after<'a>(
    w: &Words<'_, 'a>,
    f: &Figure<'a>,
    ctx: &Ctx<'_, 'a>,
    last_noun: Option<(NounPhrase<'a>, usize)>,
    of_pronoun: bool,
) -> Option<(NounPhrase<'a>, &'static str)> {
    let text = w.text();
    let prev = ctx.before.word;
    let whole_acted = |n: &Figure<'_>| whole_has_participle(w, n, ctx.sentence);
    (ctx.list.get(1))
        .filter(|n| part_of_whole(text, f, n) && !whole_acted(n))
        .and_then(|n| noun_after_figure(w, n))
        .or_else(|| out_of_noun(w, f.span.end, ctx.sentence.end))
        .map(|n| (n, "out_of"))
        .or_else(|| {
            // (`another 14 placed under arrest`: a verb after the
            // number is no noun, though a participle may lead one:
            // `12 seized vehicles`.)
            // (A participle alone leads nothing: `Guns: 12 seized;`,
            // `53 captured, 21 persuaded to surrender`.)
            noun_after_figure(w, f)
                .filter(|n| !starts_with_modal(n.text))
                .filter(|n| {
                    n.class.is_some()
                        || !verb_opens(w, start_of(text, n.text), ctx.sentence.end)
                        || item_kind(w, n.text).is_some()
                })
                .filter(|n| !bare_participle(w, n.text))
                .map(|n| (quoted_tail(w, n, ctx.sentence.end), "number_noun"))
        })
        .or_else(|| quoted_noun(w, f.span.end, ctx.sentence.end).map(|n| (n, "quoted_noun")))
        // (`fined 200 for speeding`: a fine's sum, not a count.)
        .or_else(|| {
            let offence = last_noun.is_some_and(|(n, end)| {
                n.class == Some(Noun::Offender) && end >= ctx.sentence.start
            });
            offence_after(w, f.span.end, ctx.sentence.end, offence)
                .filter(|_| !prev.eq_ignore_ascii_case("fined"))
                .map(|n| (n, "for_offence"))
        })
        .or_else(|| {
            scoreboard_noun(w, f.span.start, f.span.end, ctx.sentence.end)
                .map(|n| (n, "scoreboard"))
        })
        // (`cracked 2 2023 fraud cases`: the noun past the year.)
        .or_else(|| {
            let from = super::super::not_done::past_year(text, f.span.end)?;
            head_from(w, from, ctx.sentence.end).map(|n| (n, "past_year"))
        })
        .or_else(|| shared_complement(w, f, ctx).map(|n| (n, "shared_complement")))
        .filter(|_| !of_pronoun)
}

/// `121 grams and 65 packets of heroin`: a weight or volume with no noun
/// of its own, joined by `and` to a count of a measure word, measures
/// that measure's `of` complement too.
fn shared_complement<'a>(
    w: &Words<'_, 'a>,
    f: &Figure<'a>,
    ctx: &Ctx<'_, 'a>,
) -> Option<NounPhrase<'a>> {
    if !matches!(f.unit, Some(Unit::Kg | Unit::L)) {
        return None;
    }
    let text = w.text();
    let next = ctx.list.get(1)?;
    if text.get(f.span.end..next.span.start)? != " and " || next.unit.is_some() {
        return None;
    }
    let measure = noun_after_figure(w, next).filter(|n| n.class == Some(Noun::Measure))?;
    let whole = with_complement(w, measure, ctx.sentence.end)?;
    let of = find_ascii(whole.text, " of ")?;
    Some(NounPhrase {
        text: &whole.text[of + " of ".len()..],
        class: None,
        before: false,
    })
}

/// The noun a number counts, as [`Binder::choose`] chose it.
pub(super) struct Chosen<'a> {
    /// The counted noun, if the number has one of its own.
    pub(super) noun: Option<NounPhrase<'a>>,
    /// The noun (or label) before the number, if one was read.
    pub(super) before: Option<NounPhrase<'a>>,
    /// The rule that chose the noun.
    pub(super) what: &'static str,
    /// Where the measure word after the number ends, when the noun is
    /// read before it (`criminal suspects 946 people arrested`): the
    /// noun's own verb is read from there.
    pub(super) measure_end: Option<usize>,
}

impl<'a> Binder<'_, 'a> {
    /// Chooses between the noun `after` the number (read by `after_rule`)
    /// and one before it: a subject with a measure word after the number,
    /// a label, a count of times standing for its acts.
    pub(super) fn choose(
        &self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        after: Option<NounPhrase<'a>>,
        after_rule: &'static str,
        part: &Part,
        items: &mut ItemMemo<'a>,
    ) -> Chosen<'a> {
        let text = self.text;
        let w = self.words;
        let WordBefore { gap, word: prev } = ctx.before;
        // (A number with a noun of its own keeps it: `fraud: 325 people`.)
        // (Read only when it could be taken: a label is the slowest noun
        // to read.)
        // (A classed noun of more than one word after the number, neither
        // a measure nor generic, is kept whatever stands before: the noun
        // before is not read.)
        let settled = after.is_some_and(|a| {
            a.text.contains(' ')
                && a.class
                    .is_some_and(|c| !matches!(c, Noun::Measure | Noun::Generic))
        });
        let before = match settled {
            true => None,
            false => noun_before(&w, f.span.start, ctx.sentence.start),
        };
        // (Not before a thing seizable of its own: in `Residents seized 26
        // guns` the residents did it.)
        // (Asked only when no noun stands before.)
        // (A one-word noun of no kind is its unit: `stop payments: 87 accounts`.)
        let mut label_allowed = || {
            after.map_or(true, |a| match a.class {
                None => items.kind(&w, a.text).is_none(),
                Some(c) => c == Noun::Measure || (c == Noun::Other && !a.text.contains(' ')),
            })
        };
        // (`Police dispatched 12 drills`: the police who did what the verb
        // right before the number says are no label of a count with a
        // noun of its own.) (The verb is looked up only for such a label.)
        let label = match before {
            None if label_allowed() => {
                label_noun(&w, f.span.start, ctx.sentence.start).filter(|l| {
                    !(after.is_some()
                        && l.class == Some(Noun::Officer)
                        && verb_takes_number(&w, prev, gap))
                })
            }
            _ => None,
        };
        let before = before.or(label);
        let mut what = after_rule;
        let mut measure_end = None;
        let noun = match (after, before) {
            (Some(a), Some(b)) if counts_noun_before(&w, &self.index, prev, a, b) => {
                what = "noun_before_number";
                // (Its first word: `people arrested` reads on to a verb.)
                let first = a.text.split(' ').next().unwrap_or(a.text);
                measure_end = Some(start_of(text, a.text) + first.len());
                Some(b)
            }
            (Some(a), _) => Some(a),
            (None, b) => {
                what = "noun_before_number";
                b
            }
        };
        // `Relics recovered 68 pieces`: a subject and its own verb before
        // the number, a bare measure word after it.
        let noun = match noun {
            Some(a)
                if before.is_none() && a.class == Some(Noun::Measure) && !a.text.contains(' ') =>
            {
                match measured_subject(&w, f.span.start, ctx.sentence.start) {
                    Some(s) => {
                        what = "measured_subject";
                        Some(s)
                    }
                    None => Some(a),
                }
            }
            n => n,
        };
        if part.fugitive_named && what == "number_noun" {
            what = "fugitive_part";
        }
        if label.is_some() && noun.is_some_and(|n| n.text == label.map_or("", |l| l.text)) {
            // (`stop-payments made 1,742`: a light verb says only that it
            // was done; the noun says what.)
            let b = skip_back_spaces(text, f.span.start, ctx.sentence.start);
            what = match light_verb_before(text, b, ctx.sentence.start) {
                Some(_) => "light_label",
                None => "label",
            };
        }
        // `early warnings were issued 7,600 times`: a count of times (or
        // pieces) counts the acts it stands for ([`times::act_counted`]).
        let act = noun.and_then(|n| act_counted(&w, n, prev, f.span.start, ctx.sentence.start));
        if act.is_some() {
            what = "times_of_act";
        }
        Chosen {
            noun: act.or(noun),
            before,
            what,
            measure_end,
        }
    }
}
