//! What a number counts: the rules that keep a number from counting
//! (ages, changes, compounds, parts, periods), then its noun, after the
//! number, before it (machine-translated order, labels), shared with a
//! list, elided or the sentence's subject, read on to its head.

use super::*;

impl<'a> Binder<'_, 'a> {
    /// What `f` counts, or `None` when it counts nothing.
    pub(super) fn counted(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> Option<Counted<'a>> {
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
        // `92 of whom`, `30 of them`: the noun is the total's (elided).
        let of_pronoun = pronoun_end.is_some();
        let after = (ctx.list.get(1))
            .filter(|n| part_of_whole(text, f, n) && !whole_acted(n))
            .and_then(|n| noun_after_figure(&w, n))
            .or_else(|| out_of_noun(&w, f.span.end, ctx.sentence.end))
            .map(|n| (n, "out_of"))
            .or_else(|| {
                // (`another 14 placed under arrest`: a verb after the
                // number is no noun, though a participle may lead one:
                // `12 seized vehicles`.)
                // (A participle alone leads nothing: `Guns: 12 seized;`,
                // `53 captured, 21 persuaded to surrender`.)
                noun_after_figure(&w, f)
                    .filter(|n| !starts_with_modal(n.text))
                    .filter(|n| {
                        n.class.is_some()
                            || !verb_opens(&w, start_of(text, n.text), ctx.sentence.end)
                            || item_kind(&w, n.text).is_some()
                    })
                    .filter(|n| !bare_participle(&w, n.text))
                    .map(|n| (quoted_tail(&w, n, ctx.sentence.end), "number_noun"))
            })
            .or_else(|| quoted_noun(&w, f.span.end, ctx.sentence.end).map(|n| (n, "quoted_noun")))
            // (`fined 200 for speeding`: a fine's sum, not a count.)
            .or_else(|| {
                let offence = self.last_noun.is_some_and(|(n, end)| {
                    n.class == Some(Noun::Offender) && end >= ctx.sentence.start
                });
                offence_after(&w, f.span.end, ctx.sentence.end, offence)
                    .filter(|_| !prev.eq_ignore_ascii_case("fined"))
                    .map(|n| (n, "for_offence"))
            })
            .or_else(|| {
                scoreboard_noun(&w, f.span.start, f.span.end, ctx.sentence.end)
                    .map(|n| (n, "scoreboard"))
            })
            .filter(|_| !of_pronoun);
        let (after, after_rule) = (after.map(|(n, _)| n), after.map_or("", |(_, r)| r));
        if after.is_some_and(|n| is_duration(n.text)) {
            return None; // `over the past five months`, `ten days`
        }
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
        let label_allowed = || {
            after.map_or(true, |a| match a.class {
                None => item_kind(&w, a.text).is_none(),
                Some(c) => c == Noun::Measure || (c == Noun::Other && !a.text.contains(' ')),
            })
        };
        // (`Police dispatched 12 drills`: the police who did what the verb
        // right before the number says are no label of a count with a
        // noun of its own.) (The verb is looked up only for such a label.)
        let object = || {
            !prev.is_empty()
                && w.verb(gap - prev.len(), gap)
                    .is_some_and(|(_, l)| l == prev.len())
        };
        let label = match before {
            None if label_allowed() => label_noun(&w, f.span.start, ctx.sentence.start)
                .filter(|l| !(after.is_some() && l.class == Some(Noun::Officer) && object())),
            _ => None,
        };
        let before = before.or(label);
        let mut what = after_rule;
        // Where the measure word after the number ends, when the noun is
        // read before it (`criminal suspects 946 people arrested`): the
        // noun's own verb is read from there.
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
        if fugitive_named && what == "number_noun" {
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
        let noun = act.or(noun);
        // `1,184 disputes were investigated, 1,097 were dealt with`: a bare
        // number takes the noun of the figure before it in the sentence.
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
        let inherited = last.filter(|&(n, end)| {
            (end >= ctx.sentence.start || back)
                && f.span.start.saturating_sub(end) < if back { 200 } else { 100 }
                && !total_of_subject
                && (!arrested() || takes_people(n.class))
                && !own_subject(end)
                // (`warnings pushed 500; people dissuaded on the spot 1,089`)
                && (back || !own_item(&w, end, f.span.start))
        });
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
        let noun = match noun {
            None => shared().inspect(|_| what = "shared_noun"),
            n => n,
        };
        // `52 suspects, 410 not wearing helmets were punished`: a bare
        // number that a phrase describes counts people of its own.
        let noun = match noun {
            None if after.is_none() && f.unit.is_none() => {
                described_people(&w, ctx.after, ctx.sentence.end)
                    .inspect(|_| what = "described_people")
            }
            n => n,
        };
        // `Among them, 1,377 were telecom fraud cases`: a fraud part names
        // its noun after a copula.
        // (`12 of them were fugitives`: the copula's noun, not the
        // total's.)
        let noun = match noun {
            None if after.is_none() && fraud_part => {
                copula_noun(&w, ctx.after, ctx.clause.end).inspect(|_| what = "copula_noun")
            }
            n if after.is_none() && fugitive_part && (n.is_none() || of_pronoun) => {
                copula_noun(&w, copula_from, ctx.clause.end)
                    .inspect(|_| what = "fugitive_part")
                    .or(n)
            }
            n => n,
        };
        // No noun stands after the number (or what stands there is a verb:
        // `another 14 arrested`).
        let bare = after.is_none()
            || (before.is_none() && inherited.is_some() && object())
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
                what = "elided_crime";
                Some(NounPhrase {
                    text: n.text,
                    ..last
                })
            }
            (n, _) => n,
        };
        let noun = match noun {
            None if bare && f.unit.is_none() => {
                topic_noun(&w, f.span.start, ctx.sentence.start).inspect(|_| what = "topic_noun")
            }
            n => n,
        };
        let noun = noun.filter(|_| !(bare && after.is_some()));
        let (noun, elided) = match (noun, inherited) {
            (Some(n), _) => (n, false),
            // Not before a capitalised word: `six Taiwan residents` names its
            // own noun.
            (None, _) if bare && capital_follows(text, ctx.after) => return None,
            // `smash 3 fraud dens, 58 arrested`: people taken, not dens.
            (None, Some((n, _)))
                if bare
                    && never_taken(n.class)
                    && people_taken_next(text, &w, ctx.after, ctx.sentence.end) =>
            {
                return None
            }
            (None, Some((n, _))) if bare && f.unit.is_none() => {
                // `8,000 checks on vehicles and 5,000 on people`: the
                // elided checks are on what follows, not on the last one.
                let to = || recipients_elided(&w, n, ctx.sentence.end).map(|t| (t, "elided_to"));
                let on = checks_on_elided(&w, n, ctx.after, ctx.sentence.end);
                match on
                    .map(|n| (n, "elided_checks_on"))
                    .or_else(|| to().filter(|_| of_pronoun))
                {
                    Some((on, rule)) => {
                        what = rule;
                        (on, false)
                    }
                    None => {
                        what = "elided";
                        (n, true)
                    }
                }
            }
            // `the number of suspects arrested reached 154,000`, `fugitives
            // captured during the campaign numbered 118,000`: the subject.
            // (Not the police who did what the verb right before the
            // number says: in `Police seized 2 or 3 guns` they are no
            // count; in `suspects arrested 287` the suspects are.)
            (None, _) if bare => {
                // (`The police made 14,300 return calls`: nor after a light
                // verb.)
                let object = !prev.is_empty()
                    && (w
                        .verb(gap - prev.len(), gap)
                        .is_some_and(|(_, l)| l == prev.len())
                        || light_verb_before(text, gap, ctx.sentence.start).is_some());
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
                // (After a linking verb, the subject stands after the last
                // count, if one does: `Cases solved were 312 and suspects
                // arrested were 205`.)
                let later = self
                    .last_noun
                    .map(|(_, end)| end)
                    .filter(|&end| is_linking(prev) && end >= ctx.sentence.start)
                    .filter(|&end| end < f.span.start)
                    .and_then(|end| subject_before(&w, f.span.start, end));
                let subject = later
                    .or_else(|| subject_before(&w, f.span.start, ctx.sentence.start))
                    .filter(|_| !reported)
                    .filter(|n| !(object && n.class == Some(Noun::Officer)))
                    .filter(|n| !(object && joined(n)));
                // `heroin seized totaled 4.2 kg`, `drugs seized 4.2 kg`: a
                // measure weighs the thing seized before it, not the
                // police who seized it.
                let weighed = f.unit.is_some().then(|| {
                    item_subject_before(&w, f.span.start, ctx.sentence.start).or_else(|| {
                        measured_subject(&w, f.span.start, ctx.sentence.start)
                            .filter(|n| n.class.is_none())
                    })
                });
                match weighed.flatten() {
                    Some(n) => {
                        what = "item_subject_before";
                        (n, false)
                    }
                    None => match subject {
                        Some(n) => {
                            what = "subject_before";
                            (n, false)
                        }
                        // (`Guns seized: 8`: a count set out by its label.)
                        // (`Guns: 12 seized`: or by its topic, the verb after.)
                        None => match item_subject_before(&w, f.span.start, ctx.sentence.start)
                            .map(|n| (n, "item_subject_before"))
                            .or_else(|| {
                                item_topic(&w, f.span.start, f.span.end, ctx.sentence)
                                    .map(|n| (n, "topic_noun"))
                            }) {
                            Some((n, rule))
                                if f.unit.is_some() || text[..gap].ends_with([':', '：']) =>
                            {
                                what = rule;
                                (n, false)
                            }
                            // (`| Guns seized | 16 |`: a table's cell bar
                            // sets the value off as a colon does.)
                            None => match cell_item(&w, gap, ctx.sentence.start) {
                                Some(n) => {
                                    what = "item_subject_before";
                                    (n, false)
                                }
                                None => return None,
                            },
                            _ => return None,
                        },
                    },
                }
            }
            _ => return None,
        };
        let mut noun = noun;
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
                let taken = !prev.is_empty()
                    && w.verb(gap - prev.len(), gap)
                        .is_some_and(|(_, l)| l == prev.len());
                if active {
                    if !taken {
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
        let mut items = ItemMemo::default();
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
                what = "extended_noun";
            }
        } else if noun.class.is_none() && !noun.before && items.kind(&w, noun.text).is_none() {
            // `2,340 telecom and internet fraud cases`: read on to the head
            // (a seizable item is a head already: `heroin across two cases`).
            if let Some(longer) = extend_noun(&w, noun.text, ctx.sentence.end) {
                noun = longer;
                what = "extended_noun";
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
                what = "shared_head";
            }
        }
        if !noun.before && !elided {
            // `62 cases of traffic violations`, `30,000 bottles of fake
            // liquor`: the `of` complement says what was counted.
            if let Some(longer) = with_complement(&w, noun, ctx.sentence.end) {
                noun = longer;
                what = "of_complement";
            } else if let Some(longer) = checks_on(&w, noun, ctx.sentence.end) {
                noun = longer;
                what = "checks_on";
            }
        }
        if !noun.before && !elided {
            // `1,013 drug addicts and traffickers`, `20,000 key units and
            // places`: a second noun joined by `and` is the head.
            if let Some(joined) = and_noun(&w, noun, ctx.sentence.end) {
                noun = joined;
                what = "and_noun";
            }
        }
        if noun.class.is_some() && !elided {
            self.last_noun = Some((noun, f.span.end));
        } else if !elided && f.unit.is_none() && items.kind(&w, noun.text).is_some() {
            self.last_item = Some((noun, f.span.end));
        }
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
            fraud_part,
            inner_verb,
            what,
            prev,
            gap,
            noun_end,
            left_from,
            items,
        })
    }
}
