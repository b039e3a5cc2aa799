//! Keeping records: a tally, seizure or fraud field is kept once (a fact
//! repeated, headline then body, is one), the broadest figure fills a fraud
//! field, and the checks that warn of an implausible conversion or more
//! hazards fixed than found run as records are made.

use super::reading::ends_ignore_case;
use super::*;

/// The most headline records [`Binder::reread_headline_tally`] compares.
const HEADLINE_RECORDS: usize = 8;

impl<'a> Binder<'_, 'a> {
    /// The records made. (Taken out by reference: moving the whole binder
    /// into a call cost a copy of it per bulletin.)
    pub(super) fn finish(&mut self) -> Records<'a> {
        self.index.recycle();
        self.check_hazards();
        self.food_hauls();
        if self.has_fraud {
            self.out.fraud = Some(std::mem::take(&mut self.fraud));
        }
        std::mem::take(&mut self.out)
    }

    /// `seized 31 pistols, 7 grenades and 40 detonators`, `5,000 places
    /// were inspected, together with 3,000 houses`: an item right after the
    /// previous item of a list takes that item's verb, however far back the
    /// verb stands.
    /// Also whether the item before ended in a passive of its own (a
    /// finished clause).
    pub(super) fn chained_verb(
        &self,
        start: usize,
        sentence: Span,
    ) -> Option<((Verb, usize), bool)> {
        let (end, v, passive) = self.last_bound?;
        if end < sentence.start || end > start {
            return None;
        }
        is_joiner(&self.words, &self.text[end..start]).then_some(((v, end), passive))
    }

    pub(super) fn tally(&mut self, kind: TallyKind, what: &'a str, f: &Figure<'a>) {
        // A tally counts people, cases or things: a weight, sum or share
        // (`Police seized drugs totaling 8.4 kilograms`, read from its
        // subject) is not one.
        // Nor is a part (`two thirds of the suspects`).
        // Nor is none at all (`more than zero cases`): no work is counted.
        if f.unit.is_some() || !f.value.is_integer() || f.value.as_u64() == Some(0) {
            return;
        }
        // The same fact twice: same kind and value, and the same head noun
        // or one of them in the headline (`14 suspects` above `arresting 14
        // suspected drug traffickers`).
        // `arresting 14 drug traffickers. The 14 suspects ...`: a count
        // after `the` that repeats one already made refers back to it.
        let head = Head(last_word_of(what));
        let reread = f.span.start >= self.title_end && self.reread_headline_tally(kind, f, head);
        // (The word before the number is read only for a value seen before.)
        let definite = || {
            let before = ascii_word_before(self.text, skip_back_spaces(self.text, f.span.start, 0));
            ["the", "these", "those"]
                .iter()
                .any(|d| before.eq_ignore_ascii_case(d))
        };
        // (A headline record just dropped for this one: this one is kept.)
        let dup = !reread
            && (self.seen.tallies.contains(&(kind, f.value, head))
                || self.seen.headline_tallies.contains(&(kind, f.value))
                || self
                    .seen
                    .tally_values
                    .get(&(kind, f.value))
                    .is_some_and(|&at| {
                        // A count of ten or more repeated away from the first
                        // (headline, then body) is the same fact; side by side
                        // (`26 drug addicts, 26 drunk drivers`) it is a list.
                        definite()
                            || (f.value >= Decimal::from_u64(10) && f.span.start > at + REPEAT_GAP)
                    }));
        if dup && f.noun.is_some() {
            self.name_bare_headline_tally(kind, what, f);
        }
        if !dup {
            if f.span.end <= self.title_end {
                self.seen.headline_tallies.insert((kind, f.value));
            }
            self.seen.tally_values.put((kind, f.value), f.span.end);
            self.seen.tallies.insert((kind, f.value, head));
            self.out.tallies.push(Tally {
                kind,
                what: what.into(),
                count: f.clone(),
            });
            if self.explain {
                self.out.made.tallies.push(self.rule);
            }
        }
    }

    /// `1,250 police situations handled` above `received 1,250 police
    /// situations`: the body retells the headline's count with another
    /// verb. The same value and head noun in the headline under another
    /// kind is the same fact; the headline's record is dropped for the
    /// body's fuller reading. Says whether it did.
    fn reread_headline_tally(&mut self, kind: TallyKind, f: &Figure<'a>, head: Head<'_>) -> bool {
        // (The headline's records come first; a headline holds a handful,
        // so at most [`HEADLINE_RECORDS`] are compared: linear time
        // whatever the title.)
        let title_end = self.title_end;
        let Some(i) = self
            .out
            .tallies
            .iter()
            .take(HEADLINE_RECORDS)
            .take_while(|t| t.count.span.end <= title_end)
            .position(|t| {
                let same = |h: Head<'_>| Head(last_word_of(&t.what)) == h;
                // (The body's noun, when its phrase reads on: `police
                // situations (of all kinds)`.)
                t.kind != kind
                    && t.count.value == f.value
                    && (same(head) || f.noun_str().is_some_and(|n| same(Head(last_word_of(n)))))
            })
        else {
            return false;
        };
        // Out of the headline; the body's reading is kept in its place
        // in the text by the caller.
        self.out.tallies.remove(i);
        if self.explain && i < self.out.made.tallies.len() {
            self.out.made.tallies.remove(i);
        }
        true
    }

    /// `police detain four` above `had detained four suspects`: a
    /// headline's bare count, repeated in the body with its noun, takes
    /// the body's reading (its noun and span), as one record still; so does
    /// a count of a title-case headline (`Police Detain 31 Suspects` above
    /// `detained 31 suspects of gambling`), whose capitals say less than
    /// the body's words.
    fn name_bare_headline_tally(&mut self, kind: TallyKind, what: &'a str, f: &Figure<'a>) {
        let title_end = self.title_end;
        let Some(i) = self.out.tallies.iter().position(|t| {
            t.kind == kind
                && t.count.value == f.value
                && t.count
                    .noun
                    .as_deref()
                    .map_or(true, |n| n.starts_with(|c: char| c.is_ascii_uppercase()))
                && t.count.span.end <= title_end
        }) else {
            return;
        };
        self.out.tallies[i] = Tally {
            kind,
            what: what.into(),
            count: f.clone(),
        };
        if self.explain {
            if let Some(rule) = self.out.made.tallies.get_mut(i) {
                *rule = self.rule;
            }
        }
    }

    pub(super) fn seize(
        &mut self,
        kind: SeizureKind,
        action: SeizureAction,
        item: &'a str,
        quantity: Option<Figure<'a>>,
        value: Option<Figure<'a>>,
    ) {
        // `a 1.8m-long rifle`: a dimension describes the thing seized; it
        // is not how much was seized (`300 m of netting` still is).
        // `seized 3,100 offenders, including 420 drivers`, `held 6
        // divers and took their 2 boats`: people are caught, never seized.
        // (`428 suspects from 60 nations`: a count of places is no lot;
        // `60 kinds of fireworks`: a count of kinds is none of its
        // quantity, though the lot was seized.)
        let count = quantity.as_ref().is_some_and(|q| q.unit.is_none());
        if names_people(item) || count && head_in(item, &PLACES) {
            return;
        }
        let kinds = count && head_in(item, &KINDS);
        // (The item is a slice of the text; its end found safely all the
        // same.)
        let item_end = (item.as_ptr() as usize)
            .checked_sub(self.text.as_ptr() as usize)
            .map(|at| at + item.len())
            .filter(|&end| end <= self.text.len());
        // (`8 kilograms of four new types of drugs`: the kinds of a lot
        // measured before them.)
        let of_lot = quantity.as_ref().is_some_and(|q| {
            ends_ignore_case(self.text[..q.span.start].trim_end().as_bytes(), b" of")
        });
        if kinds && of_lot {
            return;
        }
        // (`24 kinds of fake cosmetics, 1,200 items in total`: the count
        // or measure after the kinds is the lot's, kept for it.)
        if let Some(end) = item_end.filter(|_| kinds) {
            if let Some(total) = totalled_after(self.text, end) {
                self.kinds_lot = Some((kind, action, item, Span::new(end, total), self.rule));
                return;
            }
        }
        let quantity = quantity.filter(|_| !kinds);
        let text = self.text;
        let dimension = |f: &Figure<'_>| {
            let after = &text[f.span.end..];
            [
                "-long", "-wide", "-high", "-tall", "-deep", " long", " wide", " tall",
            ]
            .iter()
            .any(|w| after.starts_with(w))
        };
        // (`a 9 mm pistol`: a length before a weapon is its calibre; not
        // `1,500 metres of fuse`, a measure of it.)
        let calibre = |f: &Figure<'_>| {
            kind == SeizureKind::Weapons
                && f.unit == Some(Unit::M)
                && !text[f.span.end..].starts_with(" of ")
        };
        if quantity
            .as_ref()
            .is_some_and(|f| dimension(f) || calibre(f))
            && value.is_none()
        {
            return;
        }
        let key = |f: &Option<Figure<'a>>| f.as_ref().map(|f| (kind, f.value, f.unit));
        let (q, v) = (key(&quantity), key(&value));
        // `12 fax machines, 12 printers`: the same quantity of another
        // thing right after a list joint (`,`, `、`, `and`) in the same
        // sentence is the next item of a list, not the same fact again. A
        // headline's `2 tonnes of meth` and the body's `2 tonnes of
        // methamphetamine` are one fact: a line break or a sentence's end
        // between them is no list joint.
        let head = Head(last_word_of(item));
        let listed = |f: &Figure<'_>, &(end, h): &(usize, Head<'_>)| {
            let Some(gap) = text.get(end..f.span.start) else {
                return false;
            };
            // (The bound first: a gap scanned whatever its length made a
            // sentence of thousands of equal items quadratic.)
            if gap.len() > REPEAT_GAP || h == head {
                return false;
            }
            let tail = gap.trim_end().as_bytes();
            let joint = [",", "、", "，", " and"]
                .iter()
                .any(|j| ends_ignore_case(tail, j.as_bytes()));
            let stop = gap.contains([
                '\n', '\r', '.', ';', ':', '!', '?', '。', '；', '：', '！', '？',
            ]);
            joint && !stop
        };
        let dup = q.is_some_and(|k| {
            self.seen
                .seizure_quantities
                .get(&k)
                .is_some_and(|seen| quantity.as_ref().is_some_and(|f| !listed(f, seen)))
        }) || v.is_some_and(|k| self.seen.seizure_values.contains(&k));
        if dup {
            // `seize 320 million yuan` in the headline, `froze 320 million
            // yuan` in the body: the body's reading, which says more, takes
            // the headline's place.
            self.reread_headline_seizure(kind, action, item, quantity, value);
            return;
        }
        if let (Some(k), Some(f)) = (q, quantity.as_ref()) {
            self.seen.seizure_quantities.put(k, (f.span.end, head));
        }
        self.seen.seizure_values.extend(v);
        self.out.seizures.push(Seizure {
            kind,
            action,
            item: item.into(),
            quantity,
            value,
        });
        if self.explain {
            self.out.made.seizures.push(self.rule);
        }
    }

    /// A seizure repeated from the headline in the body, given by its
    /// reading there: replaces the headline's record of it.
    fn reread_headline_seizure(
        &mut self,
        kind: SeizureKind,
        action: SeizureAction,
        item: &'a str,
        quantity: Option<Figure<'a>>,
        value: Option<Figure<'a>>,
    ) {
        let title_end = self.title_end;
        let Some(body) = quantity.as_ref().or(value.as_ref()) else {
            return;
        };
        if body.span.start < title_end {
            return;
        }
        let same = |f: &Option<Figure<'a>>, g: &Figure<'a>| {
            f.as_ref()
                .is_some_and(|f| f.span.end <= title_end && f.value == g.value && f.unit == g.unit)
        };
        // (The headline's records come first, and are few.)
        let Some(k) = self.out.seizures.iter().take(8).position(|s| {
            s.kind == kind
                && (quantity.as_ref().is_some_and(|b| same(&s.quantity, b))
                    || value.as_ref().is_some_and(|b| same(&s.value, b)))
        }) else {
            return;
        };
        // (What the headline said and the body does not stays.)
        let old = &mut self.out.seizures[k];
        *old = Seizure {
            kind,
            action,
            item: item.into(),
            quantity: quantity.or(old.quantity.take()),
            value: value.or(old.value.take()),
        };
        if self.explain {
            if let Some(made) = self.out.made.seizures.get_mut(k) {
                *made = self.rule;
            }
        }
    }

    /// Fill a fraud field, keeping the broadest candidate; returns whether
    /// the figure is now accounted for (filled, or a repeat of its value).
    pub(super) fn set_fraud(&mut self, field: FraudField, f: &Figure<'a>) -> bool {
        // (`a ring involving 60 cases`: the words beside a count may say
        // it is another field's, or no fraud count.)
        let Some(field) = fraud::own_field(self.text, field, f) else {
            return false;
        };
        self.last_fraud = Some((field, f.span.end));
        let bit = 1u32 << (field as u32);
        let had_named = self.fraud_named & bit != 0;
        let named = self.names_fraud;
        let mut displaced = None;
        let slot = self.fraud.slot(field);
        let made = match slot {
            None => {
                *slot = Some(f.clone());
                self.has_fraud = true;
                true
            }
            // A figure whose sentence names fraud is more specifically
            // fraud than one read so from its bulletin alone (`the city
            // recorded 35,900 cases`, then `the number relating to scams
            // stood at 17,000`): it wins, whatever the sizes, and the count
            // it displaces, of all crime, is a tally.
            Some(existing) if named != had_named => {
                if !named {
                    return existing.value == f.value;
                }
                displaced = Some(std::mem::replace(existing, f.clone()));
                true
            }
            // Several candidates for one field (one ring's arrests, then the
            // year's totals): the broadest, that is the largest, figure.
            // A smaller one stays a tally.
            // (A title's figure in another unit, `Win Back Victims' RM
            // 283K`, gives way to the body's: the body states the fact in
            // its own currency.)
            Some(existing) => {
                let retold = existing.span.end <= self.title_end
                    && f.span.start > self.title_end
                    && existing.unit != f.unit;
                if retold || (existing.unit == f.unit && f.value > existing.value) {
                    *existing = f.clone();
                    true
                } else {
                    return existing.value == f.value;
                }
            }
        };
        if named {
            self.fraud_named |= bit;
        }
        let tally = displaced.and_then(|d| Some((fraud::field_tally_kind(field)?, d)));
        if let Some((kind, what, old)) = tally.and_then(|(k, d)| Some((k, d.noun_str()?, d))) {
            self.tally(kind, what, &old);
        }
        if self.explain {
            self.out.made.fraud.push((field, self.rule));
        }
        made
    }

    /// `12.2 million yuan (US$1.4 billion)`: a conversion no real rate gives.
    pub(super) fn check_conversion(&mut self, money: &Figure<'a>, twin: &Figure<'a>) {
        let (Some(a), Some(b)) = (money.unit, twin.unit) else {
            return;
        };
        let (cny, usd) = match (a, b) {
            (Unit::Cny, Unit::Usd) => (money.value, twin.value),
            (Unit::Usd, Unit::Cny) => (twin.value, money.value),
            _ => return,
        };
        let rate = cny.to_f64() / usd.to_f64();
        if !(4.0..=10.0).contains(&rate) {
            self.out.warnings.push(Warning::new(
                WarningKind::ImplausibleConversion,
                format!("implausible currency conversion: implies {rate:.2} yuan per US dollar"),
                Span::new(
                    money.span.start.min(twin.span.start),
                    money.span.end.max(twin.span.end),
                ),
            ));
        }
    }

    /// Hidden dangers rectified above those found.
    fn check_hazards(&mut self) {
        let find = |k| self.out.tallies.iter().find(|t| t.kind == k);
        if let (Some(found), Some(fixed)) = (
            find(TallyKind::HazardsFound),
            find(TallyKind::HazardsRectified),
        ) {
            if fixed.count.value > found.count.value {
                let span = fixed.count.span;
                self.out.warnings.push(Warning::new(
                    WarningKind::RectifiedOverFound,
                    "more hazards rectified than found",
                    span,
                ));
            }
        }
    }
}

/// Whether the head of a seized item ([`head_in`]) names people
/// (`drivers whose licences were revoked`, `crew members on board`).
fn names_people(item: &str) -> bool {
    const PEOPLE: [&str; 37] = [
        "addicts",
        "children",
        "correspondents",
        "crew",
        "crewmen",
        "criminals",
        "diver",
        "divers",
        "driver",
        "drivers",
        "fishermen",
        "fugitives",
        "gamblers",
        "immigrants",
        "individuals",
        "journalists",
        "members",
        "men",
        "migrants",
        "nationals",
        "offenders",
        "passengers",
        "people",
        "person",
        "persons",
        "poachers",
        "reporters",
        "residents",
        "sailors",
        "smugglers",
        "stowaways",
        "suspect",
        "suspects",
        "victims",
        "women",
        "workers",
        "youths",
    ];
    head_in(item, &PEOPLE)
}

/// Places: counted (`from 60 nations`), they are no lot of anything.
const PLACES: [&str; 10] = [
    "cities",
    "counties",
    "countries",
    "districts",
    "nations",
    "places",
    "provinces",
    "regions",
    "towns",
    "villages",
];

/// Kinds: counted (`24 kinds of`), they are no quantity of the lot.
const KINDS: [&str; 5] = ["categories", "kinds", "sorts", "types", "varieties"];

/// Whether the clause after a lot counted in kinds (`24 kinds of
/// wildlife products`) gives its total or its worth (`, 1,200 items in
/// total`, `worth 1 million yuan`): another figure carries the lot. Where
/// that clause ends, if it does.
fn totalled_after(text: &str, end: usize) -> Option<usize> {
    const TOTALS: [&[u8]; 8] = [
        b"in all",
        b"in total",
        b"total of",
        b"totaling",
        b"totalling",
        b"valued",
        b"worth",
        b"altogether",
    ];
    let rest = &text.as_bytes()[end..];
    let clause = &rest[..rest
        .iter()
        .position(|c| matches!(c, b'.' | b';' | b'\n'))
        .unwrap_or(rest.len())
        .min(80)];
    // (`24 kinds with 400,000 cartons`: the lot's count after `with`.)
    let with_count = |i: usize| {
        starts_ignore_case(&clause[i..], b"with ")
            && clause.get(i + 5).is_some_and(u8::is_ascii_digit)
    };
    (0..clause.len())
        .any(|i| with_count(i) || TOTALS.iter().any(|t| starts_ignore_case(&clause[i..], t)))
        .then_some(end + clause.len())
}

/// Whether the head of an item phrase is one of `words`: its last word
/// before a relative word or a preposition that opens what follows it,
/// or before a participle after the first word (`dredging ships carrying
/// workers` names ships).
fn head_in(item: &str, words: &[&str]) -> bool {
    const OPENERS: [&str; 11] = [
        "whose", "who", "that", "which", "with", "of", "from", "in", "on", "at", "for",
    ];
    let head = item
        .split_ascii_whitespace()
        .enumerate()
        .take_while(|&(k, w)| {
            !(OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o)) || k > 0 && w.ends_with("ing"))
        })
        .last()
        .map(|(_, w)| w)
        .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()));
    head.is_some_and(|h| words.iter().any(|p| h.eq_ignore_ascii_case(p)))
}

impl<'a> Binder<'_, 'a> {
    /// `seized 24 kinds of fake cosmetics, 1,200 items in total`: the
    /// first count or measure in the clause after a lot counted in kinds
    /// is that lot's quantity. Returns whether `f` was (then it is read no
    /// further).
    pub(super) fn kinds_total(&mut self, f: &Figure<'a>) -> bool {
        let Some((kind, action, item, clause, rule)) = self.kinds_lot else {
            return false;
        };
        if f.span.start < clause.start {
            return false;
        }
        self.kinds_lot = None;
        let money = f.unit.is_some_and(|u| u.is_currency());
        let measure = f.unit.map_or(f.value.is_integer(), |u| u == Unit::Kg);
        if f.span.start >= clause.end || !(measure || money) || self.acted_on_apart(f, clause.start)
        {
            return false;
        }
        // (The lot is what the kinds are of: `counterfeit cosmetics`.)
        let Some((_, of)) = item.split_once(" of ") else {
            return false;
        };
        // (`20 kinds of fake shoes, worth 3 million yuan in total`: worth
        // and no count, the value.)
        let (quantity, value) = match money {
            true => (None, Some(f.clone())),
            false => (Some(f.clone()), None),
        };
        let now = std::mem::replace(&mut self.rule, rule);
        self.seize(kind, action, of, quantity, value);
        self.rule = now;
        true
    }
}

impl Binder<'_, '_> {
    /// Whether `f`, in the clause after a lot counted in kinds (from
    /// `from`), counts something else: people or cases (`and arrested 7
    /// suspects in total`), or anything after a verb of its own.
    fn acted_on_apart(&self, f: &Figure<'_>, from: usize) -> bool {
        let w = &self.words;
        let named = f
            .noun_str()
            .and_then(|n| noun_class(w, n))
            .is_some_and(|c| c != Noun::Measure);
        let gap = self.text.as_bytes().get(from..f.span.start).unwrap_or(&[]);
        let word_starts = (0..gap.len()).filter(|&i| {
            gap[i].is_ascii_alphabetic() && (i == 0 || !gap[i - 1].is_ascii_alphabetic())
        });
        named || { word_starts }.any(|i| w.verb(from + i, f.span.start).is_some())
    }
}
