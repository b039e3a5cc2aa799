//! Counts: the record a counted noun and its verb make (a tally, a
//! seizure or a fraud field). The word cues it reads around a number
//! (parts of a count, durations, possessions) are in `cues.rs`.

use super::*;

/// How far (bytes) a part of a total may stand after the record of its
/// total and still take its verb: the rest of the sentence and the next.
const PART_REACH: usize = 400;

impl<'a> Binder<'_, 'a> {
    /// A count or measure: a tally, a seizure or a fraud count.
    pub(super) fn count(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) {
        if f.span.start < self.consumed {
            return; // read already, as another record's weight
        }
        let text = self.text;
        let w = self.words;
        // The word right before the number, which several rules ask about.
        let gap = skip_back_spaces(text, f.span.start, 0);
        let prev = ascii_word_before(text, gap);
        if f.noun.is_none() && in_aside(text, f.span, ctx.sentence.end) {
            return; // `two men aged 29 and 52`: ages, not counts
        }
        if is_change_after(text, &self.index, gap, prev) {
            return; // `up 12 cases from last year`: a change, not a count
        }
        // `the 17-member gang`: a compound adjective describes, not counts.
        // (`3,000-odd` is a qualifier, not a compound: its noun follows.)
        let compound = f.noun_str().is_some_and(|n| is_compound(&f.text, n));
        if compound && f.unit.is_none() {
            return;
        }
        // (The telecom-fraud part of a mixed total is the fraud count:
        // `solved 2,140 cases, among them 318 telecom fraud cases`.)
        let fraud_part = ctx.fraud_part && Index::any(&self.index.fraud, ctx.clause);
        if !fraud_part && is_partitive(&w, gap, ctx.after, ctx.sentence.end) {
            return; // `21 of them`, `among them six residents`: part of a count
        }
        if ["first", "last", "past", "next"]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w))
        {
            return; // `in the first three months`: a period, not a count
        }
        // `19 out of 20 suspects`: the first number counts the noun, the
        // second is the whole.
        if text[..gap].ends_with("out of") {
            return;
        }
        // `92 of whom`, `30 of them`: the noun is the total's (elided).
        let of_pronoun = of_pronoun_follows(text, ctx.after);
        let after = out_of_noun(&w, f.span.end, ctx.sentence.end)
            .map(|n| (n, "out_of"))
            .or_else(|| {
                // (`another 14 placed under arrest`: a verb after the
                // number is no noun, though a participle may lead one:
                // `12 seized vehicles`.)
                noun_after_figure(&w, f)
                    .filter(|n| !starts_with_modal(n.text))
                    .filter(|n| {
                        n.class.is_some()
                            || !verb_opens(&w, start_of(text, n.text), ctx.sentence.end)
                            || item_kind(&w, n.text).is_some()
                    })
                    .map(|n| (n, "number_noun"))
            })
            .or_else(|| quoted_noun(&w, f.span.end, ctx.sentence.end).map(|n| (n, "quoted_noun")))
            .filter(|_| !of_pronoun);
        let (after, after_rule) = (after.map(|(n, _)| n), after.map_or("", |(_, r)| r));
        if after.is_some_and(|n| is_duration(n.text)) {
            return; // `over the past five months`, `ten days`
        }
        // (A number with a noun of its own keeps it: `fraud: 325 people`.)
        // (Read only when it could be taken: a label is the slowest noun
        // to read.)
        let before = noun_before(&w, f.span.start, ctx.sentence.start);
        let label_allowed = after.map_or(true, |a| matches!(a.class, None | Some(Noun::Measure)));
        let label = match before {
            None if label_allowed => label_noun(&w, f.span.start, ctx.sentence.start),
            _ => None,
        };
        let before = before.or(label);
        let mut what = after_rule;
        let noun = match (after, before) {
            // `an audience of 3,120 people`, `arrested suspects 33 people`;
            // but in `a case of 108 people` the people are counted.
            // `checking point 6 places`, `bank cards 312 pieces`: in
            // machine-translated order a one-word measure follows.
            (Some(a), Some(b))
                if (matches!(a.class, Some(Noun::Measure | Noun::Generic))
                    || !a.text.contains(' '))
                    && (b.class.is_some() || item_kind(&w, b.text).is_some())
                    && !(b.class == Some(Noun::Case) && a.class == Some(Noun::Generic)) =>
            {
                what = "noun_before_number";
                Some(b)
            }
            (Some(a), _) => Some(a),
            (None, b) => {
                what = "noun_before_number";
                b
            }
        };
        if label.is_some() && noun.is_some_and(|n| n.text == label.map_or("", |l| l.text)) {
            what = "label";
        }
        // `early warnings were issued 7,600 times`: a count of times counts
        // the acts named by the subject of its verb.
        let noun = match noun {
            Some(n) if !n.before && n.class == Some(Noun::Measure) && n.text == "times" => {
                let act = subject_before(&w, f.span.start, ctx.sentence.start).filter(|s| {
                    matches!(s.class, Some(Noun::Warning | Noun::Visit | Noun::Payment))
                });
                if act.is_some() {
                    what = "times_of_act";
                }
                act.or(noun)
            }
            n => n,
        };
        // `1,184 disputes were investigated, 1,097 were dealt with`: a bare
        // number takes the noun of the figure before it in the sentence.
        // (Not after a verb that states a total of its own subject: `and
        // the vehicles dispatched totaled 3,100`.)
        let total_of_subject = ["totaled", "totalled", "numbered", "reached"]
            .iter()
            .any(|t| prev.eq_ignore_ascii_case(t));
        let inherited = self.last_noun.filter(|&(_, end)| {
            end >= ctx.sentence.start && f.span.start.saturating_sub(end) < 100 && !total_of_subject
        });
        // `arrested 12 and 8 suspects ... respectively`, `seized 12 kg and
        // 7.5 kg of heroin`: a bare number (or measure) joined to the next
        // one of the same unit shares its noun.
        // So does each of a list of them (`5, 8 and 12 suspects`), up to
        // the one with the noun.
        let shared = || {
            if f.noun.is_some() {
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
        // `Among them, 1,377 were telecom fraud cases`: a fraud part names
        // its noun after a copula.
        let noun = match noun {
            None if after.is_none() && fraud_part => {
                copula_noun(&w, ctx.after, ctx.clause.end).inspect(|_| what = "copula_noun")
            }
            n => n,
        };
        // No noun stands after the number (or what stands there is a verb:
        // `another 14 arrested`).
        let bare = after.is_none();
        let (noun, elided) = match (noun, inherited) {
            (Some(n), _) => (n, false),
            // Not before a capitalised word: `six Taiwan residents` names its
            // own noun.
            (None, _) if bare && capital_follows(text, ctx.after) => return,
            (None, Some((n, _))) if bare && f.unit.is_none() => {
                what = "elided";
                (n, true)
            }
            // `the number of suspects arrested reached 154,000`, `fugitives
            // captured during the campaign numbered 118,000`: the subject.
            // (Not the police who did what the verb right before the
            // number says: in `Police seized 2 or 3 guns` they are no
            // count; in `suspects arrested 287` the suspects are.)
            (None, _) if bare => {
                let object = !prev.is_empty()
                    && w.prefix(gap - prev.len(), gap, VERBS)
                        .is_some_and(|(_, l)| l == prev.len());
                let subject = subject_before(&w, f.span.start, ctx.sentence.start)
                    .filter(|n| !(object && n.class == Some(Noun::Officer)));
                match subject {
                    Some(n) => {
                        what = "subject_before";
                        (n, false)
                    }
                    None => match item_subject_before(&w, f.span.start, ctx.sentence.start) {
                        Some(n) if f.unit.is_some() => {
                            what = "item_subject_before";
                            (n, false)
                        }
                        _ => return,
                    },
                }
            }
            _ => return,
        };
        let mut noun = noun;
        // `946 suspects arrested`: the noun ends where its verb starts.
        let mut inner_verb = None;
        if !noun.before {
            if let Some((v, at)) = verb_inside(&w, noun.text) {
                let start = start_of(text, noun.text);
                // `3,356 vehicles captured 8 criminals`: active, not ours.
                let active = number_object(&w, end_of(text, noun.text));
                noun.text = noun.text[..at].trim_end();
                noun.class = noun_class(&w, noun.text);
                if active {
                    noun.class = None;
                } else {
                    inner_verb = Some((v, start + at));
                }
            }
        }
        if noun.text.is_empty() {
            return;
        }
        let mut items = ItemMemo::default();
        if noun.class.is_none() && !noun.before && items.kind(&w, noun.text).is_none() {
            // `2,340 telecom and internet fraud cases`: read on to the head
            // (a seizable item is a head already: `heroin across two cases`).
            if let Some(longer) = extend_noun(&w, noun.text, ctx.sentence.end) {
                noun = longer;
                what = "extended_noun";
            }
        }
        if !noun.before && !elided {
            // `62 cases of traffic violations`, `30,000 bottles of fake
            // liquor`: the `of` complement says what was counted.
            if let Some(longer) = with_complement(&w, noun, ctx.sentence.end) {
                noun = longer;
                what = "of_complement";
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
        }
        let noun_end = if noun.before || elided {
            ctx.after
        } else {
            end_of(text, noun.text)
        };
        let left_from = if noun.before && !elided {
            start_of(text, noun.text)
        } else {
            f.span.start
        };
        let passive = passive_from(&w, noun_end, ctx.sentence.end, Read::Strict)
            .map(|v| (v, "passive"))
            .or_else(|| {
                after_insertion(&w, noun_end, ctx.sentence.end)
                    .map(|v| (v, "passive_after_insertion"))
            })
            // `The beef, weighing 210 tons and worth 12 million yuan, was
            // confiscated`: the insertion after the noun holds the figure.
            .or_else(|| {
                let end = noun.before.then(|| end_of(text, noun.text))?;
                after_insertion(&w, end, ctx.sentence.end).map(|v| (v, "passive_after_insertion"))
            });
        // `found hidden dangers 207, all rectified`: [`verb_right_before`].
        let lead = || verb_right_before(&w, &self.index.verbs, left_from, ctx.sentence.start);
        let passive = passive.filter(|&(_, r)| r != "passive_after_insertion" || !lead());
        let (passive, passive_rule) = (passive.map(|(v, _)| v), passive.map_or("", |(_, r)| r));
        // `622 cases were handled, of which 18 were supervised`: a bare
        // number with a passive of its own that names no known verb.
        // (A fraud part states no verb of its own: `92 of whom were
        // involved in telecom fraud` was arrested as its total was.)
        if elided
            && !fraud_part
            && passive.is_none()
            && inner_verb.is_none()
            && aux_follows(&w, ctx.after)
        {
            return;
        }
        let verb = inner_verb
            .map(|v| (v, "verb_after_noun"))
            .or(passive.map(|v| (v, passive_rule)))
            // `14 cars were recovered, and 2 kg of drugs and 6 guns were
            // seized`: a list after the item before, ending in a passive of
            // its own, takes that one.
            .or_else(|| {
                let (chained, finished) = self.chained_verb(f.span.start, ctx.sentence)?;
                let own = finished.then(|| ctx.list_verb(&w)).flatten();
                Some(own.map_or((chained, "list_chain"), |v| (v, "list_end")))
            })
            // `2,140 cases of lending fraud; more than 3,600 suspects.`: a
            // verbless fragment states a result.
            .or_else(|| {
                verbless_result(text, f, noun, ctx.sentence).map(|v| (v, "verbless_result"))
            })
            .or_else(|| {
                left_verb(&w, &self.index.verbs, left_from, ctx.sentence.start)
                    .map(|v| (v, "left_verb"))
            })
            .or_else(|| ctx.list_verb(&w).map(|v| (v, "list_end")))
            // `Police cracked 4,210 cases. Among them, 1,377 were telecom
            // fraud cases.`: a fraud part with no verb of its own was done
            // what its total was.
            .or_else(|| {
                let (end, v, _) = self.last_bound.filter(|_| fraud_part)?;
                (f.span.start.saturating_sub(end) < PART_REACH)
                    .then_some(((v, end), "part_of_total"))
            })
            .or_else(|| {
                passive_from(&w, noun_end, ctx.sentence.end, Read::Through)
                    .map(|v| (v, "passive_through"))
            })
            // `Cases: 2,345 solved`: a label's verb may follow its value.
            .or_else(|| {
                (what == "label")
                    .then(|| passive_from(&w, ctx.after, ctx.sentence.end, Read::Strict))
                    .flatten()
                    .map(|v| (v, "verb_after_value"))
            });
        let how = verb.map_or("no_verb", |(_, r)| r);
        // `among them one Hong Kong and six Taiwan residents`: a later item
        // of a list that `among them` opens is part of the count before it,
        // unless it has a verb of its own (`and 30 vehicles seized`).
        let own_verb = matches!(
            how,
            "verb_after_noun" | "passive" | "passive_after_insertion"
        );
        if !own_verb && !fraud_part && opens_partitive(text, ctx.clause) {
            return;
        }
        let verb = verb.map(|(v, _)| v);
        self.rule = Rule { how, what };
        if let Some((v, at)) = verb {
            let verb_end = if passive.is_some_and(|(_, p)| p == at) {
                at + w.prefix_on(at, VERBS).map_or(0, |(_, l)| l)
            } else {
                0
            };
            self.last_bound = Some((noun_end.max(verb_end), v, verb_end > 0));
        }
        // (`drugs totaling 8 kg` is English order, with its word between.)
        let mt_order = noun.before && {
            let between = text
                .get(end_of(text, noun.text)..f.span.start)
                .unwrap_or("");
            !between.contains("of") && !TOTAL_WORDS.iter().any(|t| between.contains(t))
        };
        if mt_order && verb.is_some() {
            self.out.warnings.push(Warning::new(
                WarningKind::MachineTranslatedOrder,
                "binding guessed from machine-translated word order (noun before its number)",
                f.span,
            ));
        }
        // Things seized come first: `seized 2 guns` is a seizure, not a tally.
        let item = items.span(&w, noun.text);
        if let Some((kind, _, _)) = item.filter(|_| item_is_head(&w, noun.text, item)) {
            let taken = verb.filter(|&(v, at)| at < f.span.start || !found_as(&w, v, at));
            let action = taken.and_then(|(v, _)| seizure_action(v, kind));
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
                    return;
                }
            }
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
        if let Some((v, _)) = verb.filter(|&(v, _)| taken(v)) {
            // A bare measure word (`2,470 items`) names nothing seized.
            let unclassed = match noun.class {
                None | Some(Noun::Publicity) => true,
                Some(Noun::Measure) => noun.text.contains(" of "),
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
                && w.prefix(and, ctx.sentence.end, VERBS).is_none()
                && !is_plural(noun.text);
            // `drugs packed in 40 containers`: what held the seized thing.
            let container = ["in", "into", "inside", "within"]
                .iter()
                .any(|p| prev.eq_ignore_ascii_case(p));
            if unclassed
                && readable
                && !continues
                && !container
                && !noun.before
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
                    return;
                }
            }
        }
        // `27 people wanted for robbery`, `suspects on the most-wanted
        // list`: people sought are fugitives.
        if matches!(noun.class, Some(Noun::Person | Noun::Generic)) && !noun.before {
            // The noun and its own modifiers, up to the next clause edge.
            let end = end_of(text, noun.text);
            // The noun may run past the sentence's end: never below `end`.
            let ceil = floor_char(text, (end + 40).min(ctx.sentence.end)).max(end);
            let edge = text.as_bytes()[end..ceil]
                .iter()
                .position(|b| matches!(b, b',' | b';' | b'.'))
                .map_or(ceil, |i| end + i);
            if text[start_of(text, noun.text)..edge].contains("wanted") {
                noun.class = Some(Noun::Fugitive);
            }
        }

        // `the ring had 160 police on its trail`: officers someone has are
        // no force deployed.
        // `officers in 12 groups`, `divided into 5 groups`: groups formed,
        // not gangs.
        // (`resulted in 23 gangs being busted`: not with a verb of their own.)
        if noun.class == Some(Noun::Gang)
            && !own_verb
            && ["in", "into"].iter().any(|p| prev.eq_ignore_ascii_case(p))
        {
            return;
        }
        if noun.class == Some(Noun::Officer) && verb.is_none() && possessed(text, f.span.start) {
            return;
        }
        let mut verb_class = verb.map(|(v, _)| v);
        // `seized 1,395 suspects in 689 criminal cases`: the cases in which
        // people were taken are cases solved.
        if noun.class == Some(Noun::Case)
            && verb_class == Some(Verb::Seize)
            && prev.eq_ignore_ascii_case("in")
        {
            verb_class = Some(Verb::Solve);
        }
        // `pushed early-warning information to 860,000 people`: the people
        // a warning went to count the warnings.
        let recipients = matches!(
            noun.class,
            Some(Noun::Person | Noun::Generic | Noun::Victim | Noun::Offender | Noun::Other)
        );
        if ctx.fraud && recipients && prev.eq_ignore_ascii_case("to") {
            // (The verb stands before the figure: a passive one after it,
            // `to 860,000 people were pushed`, sends nothing named here.)
            if let Some((Verb::Issue, at)) = verb {
                let sent = text.get(at..f.span.start);
                if sent
                    .and_then(|s| noun_at(&w, s))
                    .is_some_and(|(c, _)| c == Noun::Warning)
                {
                    self.rule.what = "warning_recipients";
                    self.set_fraud(FraudField::WarningsIssued, f);
                    return;
                }
            }
        }
        // `checked 1,860 units`: the units (单位, workplaces) inspected are
        // places; `45,000 units of fishing gear` measure what follows.
        let units = noun.class == Some(Noun::Measure)
            && noun
                .text
                .rsplit(' ')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case("units"));
        if units && verb_class == Some(Verb::Check) {
            self.tally(TallyKind::PlacesInspected, noun.text, f);
            return;
        }
        // `dealt with 1,200 illegal vehicles`: a vehicle handled is a
        // violation only when its noun says so (`ordered 30 new police
        // cars` buys them).
        if noun.class == Some(Noun::Vehicle) && verb_class == Some(Verb::Handle) {
            let b = noun.text.as_bytes();
            let violation = (0..b.len()).any(|i| {
                ["illegal", "violat", "overload", "unlicensed", "offending"]
                    .iter()
                    .any(|v| starts_ignore_case(&b[i..], v.as_bytes()))
            });
            if !violation {
                return;
            }
        }
        // `returned 9.6 million yuan to 1,214 victims`: those something
        // was returned to are no count of their own.
        if verb_class == Some(Verb::Return) && prev.eq_ignore_ascii_case("to") {
            return;
        }
        // `recovered 880,000 yuan for 14 victims`: nor are those money was
        // recovered, returned or frozen for.
        let for_money = matches!(
            verb_class,
            Some(Verb::Recover | Verb::Return | Verb::Freeze | Verb::Intercept)
        );
        if for_money && prev.eq_ignore_ascii_case("for") {
            return;
        }
        // `made door-to-door visits to 36,000 households`: the homes a
        // visit went to count the visits.
        if ctx.fraud_work && recipients && prev.eq_ignore_ascii_case("to") {
            let to = gap - prev.len();
            let floor = floor_char(text, to.saturating_sub(48).max(ctx.clause.start));
            // (A clause may start past `to`, after a run of spaces.)
            let before = text.get(floor..to).unwrap_or(&text[to..to]);
            // The words right before `to`, from the last comma on.
            let before = &before[before.rfind(',').map_or(0, |c| c + 1)..];
            if noun_at(&w, before.trim_end()).is_some_and(|(c, _)| c == Noun::Visit) {
                self.rule.what = "visit_recipients";
                self.set_fraud(FraudField::DoorToDoorVisits, f);
                return;
            }
        }
        // `made 120,000 phone calls to warn potential victims`: what is
        // done to warn is a warning, whatever it is called.
        if ctx.fraud_work && matches!(noun.class, None | Some(Noun::Other | Noun::Measure)) {
            let rest = &text.as_bytes()[end_of(text, noun.text)..];
            let to_warn = [&b" to warn"[..], b" to remind", b" to alert"]
                .iter()
                .any(|p| starts_ignore_case(rest, p));
            if to_warn {
                self.rule.what = "made_to_warn";
                self.set_fraud(FraudField::WarningsIssued, f);
                return;
            }
        }
        if noun.class == Some(Noun::Place) && verb_class.is_none() && is_location(prev) {
            return; // `gave 30 talks in 22 hotels`: where, not what was inspected
        }
        let Some(target) = count_target(noun.class, verb_class, ctx.fraud_work) else {
            return;
        };
        match target {
            Target::Tally(kind) => {
                let fraud_field = match kind {
                    TallyKind::Arrests => Some(FraudField::SuspectsArrested),
                    TallyKind::CasesSolved => Some(FraudField::CasesSolved),
                    TallyKind::CasesFiled => Some(FraudField::CasesFiled),
                    TallyKind::GangsBusted => Some(FraudField::GangsBusted),
                    TallyKind::DensDestroyed => Some(FraudField::DensDestroyed),
                    TallyKind::Fugitives
                    | TallyKind::OfficersDeployed
                    | TallyKind::VehiclesDeployed
                    | TallyKind::Patrols
                    | TallyKind::Checkpoints
                    | TallyKind::PeopleChecked
                    | TallyKind::VehiclesChecked
                    | TallyKind::PlacesInspected
                    | TallyKind::HazardsFound
                    | TallyKind::HazardsRectified
                    | TallyKind::Disputes
                    | TallyKind::OffendersHandled
                    | TallyKind::Rescued
                    | TallyKind::Publicity
                    | TallyKind::Other => None,
                };
                // `solved 96 cases of theft and 37 cases of telecom fraud`:
                // a count whose own noun names telecom fraud (and no other
                // crime) is a fraud count, whatever else its clause names;
                // not where crimes listed after it share the count (`cases
                // of telecom fraud, burglary and robbery`).
                let own_fraud = || {
                    let end = end_of(text, noun.text);
                    let span = Span::new(start_of(text, noun.text), end);
                    let listed = Span::new(span.start, fraud::crime_list_end(text, end));
                    Index::any(&self.index.fraud, span)
                        && Index::any(&self.index.telecom, span)
                        && !Index::any(&self.index.other_crimes, listed)
                        && !Index::any(&self.index.mixed, span)
                };
                if let Some(field) =
                    fraud_field.filter(|_| ctx.fraud || (!noun.before && own_fraud()))
                {
                    let detained = verb.is_some_and(|(v, _)| v == Verb::Detain);
                    if field == FraudField::SuspectsArrested && !detained {
                        // A formal arrest outranks a detention for this field:
                        // the detention count moves back to the tallies.
                        if let Some((old, what, rule)) = self.fraud_detention.take() {
                            self.fraud.suspects_arrested = None;
                            let now = std::mem::replace(&mut self.rule, rule);
                            self.tally(TallyKind::Arrests, what, &old);
                            self.rule = now;
                        }
                    }
                    if self.set_fraud(field, f) {
                        if field == FraudField::SuspectsArrested && detained {
                            self.fraud_detention = Some((f.clone(), noun.text, self.rule));
                        }
                        return;
                    }
                }
                self.tally(kind, noun.text, f);
            }
            Target::Fraud(field) => {
                self.set_fraud(field, f);
            }
        }
    }
}

/// Whether the last word of `phrase` reads as a plural noun (`fireworks`),
/// not an adjective that ends in `s` (`various`, `gross`).
fn is_plural(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or(phrase).as_bytes();
    match last {
        [.., b's' | b'u' | b'i', b's'] => false,
        [.., a, b's'] => a.is_ascii_lowercase(),
        _ => false,
    }
}
