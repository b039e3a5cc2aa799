//! Binding: each figure to its verb and counted noun within its sentence,
//! then to the typed record they make.
//!
//! For a figure the binder reads, within bounded windows of its sentence:
//! the counted noun (after the number, or before it in machine-translated
//! order: `cracked cases 19`); the verb (a passive right after the noun,
//! `15 cases were cracked`, else the nearest verb to the left, which also
//! serves lists: `dealt with 26 drug addicts, 26 drunk drivers`); and whether
//! the sentence is about fraud. The noun and verb classes of
//! [`lexicon`](super::lexicon) then pick the record. A figure feeds at most
//! one record; a fact repeated (headline, then body) is kept once.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::quantity::Decimal;
use crate::record::lexicon::{
    Noun, Verb, AUXILIARIES, COUNTERFEIT, FRAUD_WORDS, ITEMS, LIST_JOINERS, NOUNS, OTHER_CRIMES,
    TELECOM_WORDS, TREND_AFTER, TREND_BEFORE, VERBS,
};
use crate::record::{
    Basis, Direction, FraudStats, Seizure, SeizureAction, SeizureKind, Tally, TallyKind, Trend,
};
use crate::text::{
    ascii_word_before, ascii_word_len, ceil_char, floor_char, for_each_word, last_word,
    match_prefix, match_suffix, skip_spaces, WordFilter,
};
use crate::{Figure, Span, Unit, Warning, WarningKind};

/// How far (bytes) the binder looks left of a figure for its verb.
const LEFT_WINDOW: usize = 160;
/// The most items a shared-verb list is followed through.
const MAX_LIST: usize = 24;
/// How much of the start of a bulletin counts as its lead.
const LEAD_LEN: usize = 400;
/// How far (bytes) a clause extends either side of a figure at most.
const CLAUSE_WINDOW: usize = 120;
/// How many words it reads right of a noun for a passive verb.
const RIGHT_WORDS: usize = 12;

/// The records of one bulletin.
#[derive(Debug, Default)]
pub(crate) struct Records<'a> {
    pub tallies: Vec<Tally<'a>>,
    pub seizures: Vec<Seizure<'a>>,
    pub fraud: Option<FraudStats<'a>>,
    pub trends: Vec<Trend<'a>>,
    pub warnings: Vec<Warning>,
}

/// A fraud field, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FraudField {
    CasesFiled,
    CasesSolved,
    SuspectsArrested,
    GangsBusted,
    DensDestroyed,
    FundsReturned,
    FundsFrozen,
    FundsRecovered,
    LossesAvoided,
    WarningsIssued,
    WarningResponseRate,
    PeopleDissuaded,
    AmountDissuaded,
    DoorToDoorVisits,
    PaymentsStopped,
    CasesBlocked,
}

impl<'a> FraudStats<'a> {
    fn slot(&mut self, field: FraudField) -> &mut Option<Figure<'a>> {
        match field {
            FraudField::CasesFiled => &mut self.cases_filed,
            FraudField::CasesSolved => &mut self.cases_solved,
            FraudField::SuspectsArrested => &mut self.suspects_arrested,
            FraudField::GangsBusted => &mut self.gangs_busted,
            FraudField::DensDestroyed => &mut self.dens_destroyed,
            FraudField::FundsReturned => &mut self.funds_returned,
            FraudField::FundsFrozen => &mut self.funds_frozen,
            FraudField::FundsRecovered => &mut self.funds_recovered,
            FraudField::LossesAvoided => &mut self.losses_avoided,
            FraudField::WarningsIssued => &mut self.warnings_issued,
            FraudField::WarningResponseRate => &mut self.warning_response_rate,
            FraudField::PeopleDissuaded => &mut self.people_dissuaded,
            FraudField::AmountDissuaded => &mut self.amount_dissuaded,
            FraudField::DoorToDoorVisits => &mut self.door_to_door_visits,
            FraudField::PaymentsStopped => &mut self.payments_stopped,
            FraudField::CasesBlocked => &mut self.cases_blocked,
        }
    }
}

/// A counted noun phrase and its class.
#[derive(Debug, Clone, Copy)]
struct NounPhrase<'a> {
    text: &'a str,
    class: Option<Noun>,
    /// Read from before the number (machine-translated order).
    before: bool,
}

/// Build every record from the figures of `text`.
pub(crate) fn build<'a>(text: &'a str, sentences: &[Span], figures: &[Figure<'a>]) -> Records<'a> {
    let index = Index::new(text);
    let first_line = text.find('\n').unwrap_or(text.len());
    let mut b = Binder {
        text,
        seen: Seen::default(),
        index,
        title_end: if first_line <= 200 && first_line < text.len() {
            first_line
        } else {
            0
        },
        last_noun: None,
        last_bound: None,
        fraud_detention: None,
        out: Records::default(),
        fraud: FraudStats::default(),
        has_fraud: false,
    };
    // A bulletin whose lead is about telecom fraud is about it throughout.
    let lead = Span::new(0, floor_char(text, text.len().min(LEAD_LEN)));
    let telecom_doc = Index::any(&b.index.telecom, lead) && Index::any(&b.index.fraud, lead);
    let mut s = 0;
    let mut i = 0;
    while i < figures.len() {
        let f = &figures[i];
        while s + 1 < sentences.len() && sentences[s].end <= f.span.start {
            s += 1;
        }
        let mut sentence = sentences
            .get(s)
            .copied()
            .unwrap_or(Span::new(0, text.len()));
        // `. , successfully blocked 50 cases.`: a fragment continues the
        // sentence before it.
        let body = text[sentence.range()].trim_start();
        // `... officers. 963 vehicles.`: a short verbless line is a list item.
        let verbless = body.len() < 40
            && body.starts_with(|c: char| c.is_ascii_digit())
            && verb_inside(body).is_none();
        let fragment = verbless || body.starts_with(|c: char| c == ',' || c.is_ascii_lowercase());
        if s > 0 && fragment {
            sentence.start = sentences[s - 1].start;
        }
        // A sentence always holds its figure whole, whatever split it.
        sentence = Span::new(
            sentence.start.min(f.span.start),
            sentence.end.max(f.span.end),
        );
        let clause = clause_of(text, f.span, sentence);
        let fraud = is_fraud(&b.index, clause, sentence, telecom_doc);

        // A converted twin (`20 million yuan (US$2.81 million)`) is read with
        // the money before it.
        let twin = figures.get(i + 1).filter(|t| is_twin(text, f, t));
        if let Some(t) = twin {
            b.check_conversion(f, t);
        }
        let ctx = Ctx {
            sentence,
            fraud,
            after: twin.map_or(f.span.end, |t| after_paren(text, t.span.end)),
            list_verb: list_verb(text, &figures[i..], sentence),
        };
        match f.unit {
            Some(Unit::Percent) => b.percent(f, &ctx),
            Some(u) if u.is_currency() => b.money(f, &ctx),
            _ => b.count(f, &ctx),
        }
        i += if twin.is_some() { 2 } else { 1 };
    }
    b.finish()
}

/// Whether a figure in `clause` of `sentence` is a telecom / online fraud
/// figure. A fraud-themed bulletin does not make every figure fraud: a
/// clause or sentence that names other crimes (`telecom fraud, burglary
/// and robbery`) is a mixed total; outside a telecom-fraud bulletin, fraud
/// named without a telecom word in its sentence (`pension fraud`) is
/// another kind of fraud.
fn is_fraud(index: &Index, clause: Span, sentence: Span, telecom_doc: bool) -> bool {
    let has = |positions: &[usize], span| Index::any(positions, span);
    let sentence_telecom = has(&index.telecom, sentence);
    let sentence_fraud = has(&index.fraud, sentence) && sentence_telecom;
    let clause_fraud = has(&index.fraud, clause);
    let clause_other = has(&index.other_crimes, clause);
    let sentence_other = has(&index.other_crimes, sentence);
    if clause_other || (clause_fraud && !sentence_telecom && !telecom_doc) {
        return false;
    }
    (sentence_fraud && (clause_fraud || !sentence_other)) || (telecom_doc && !sentence_other)
}

/// Where the figure sits.
struct Ctx {
    sentence: Span,
    fraud: bool,
    /// Where reading to the right starts (after a converted twin, if any).
    after: usize,
    /// The verb at the end of a list this figure opens, if any.
    list_verb: Option<(Verb, usize)>,
}

/// Keys of the records kept so far, so a repeated fact is found in
/// constant time (a bulletin of many records stays linear).
#[derive(Default)]
struct Seen<'a> {
    /// kind, value and lowercase head noun of each tally
    tallies: HashSet<(TallyKind, Decimal, String)>,
    /// kind and value of each tally stated in the headline
    headline_tallies: HashSet<(TallyKind, Decimal)>,
    seizure_quantities: HashSet<(SeizureKind, Decimal, Option<Unit>)>,
    seizure_values: HashSet<(SeizureKind, Decimal, Option<Unit>)>,
    /// direction, percent and metric of each trend
    trends: HashSet<(Direction, Decimal, &'a str)>,
}

struct Binder<'a> {
    text: &'a str,
    seen: Seen<'a>,
    index: Index,
    /// End of the headline (the first line, when short), or 0.
    title_end: usize,
    /// A detention count holding the fraud arrests field, until a formal
    /// arrest count replaces it.
    fraud_detention: Option<(Figure<'a>, &'a str)>,
    /// The last classified noun and where its figure ended, for ellipsis.
    last_noun: Option<(NounPhrase<'a>, usize)>,
    /// Where the last bound item ended (its noun, or its passive verb) and
    /// its verb: the next item of the same list shares the verb.
    last_bound: Option<(usize, Verb)>,
    out: Records<'a>,
    fraud: FraudStats<'a>,
    has_fraud: bool,
}

impl<'a> Binder<'a> {
    fn finish(mut self) -> Records<'a> {
        self.check_hazards();
        if self.has_fraud {
            self.out.fraud = Some(self.fraud);
        }
        self.out
    }

    /// `seized 31 pistols, 7 grenades and 40 detonators`, `5,000 places
    /// were inspected, together with 3,000 houses`: an item right after the
    /// previous item of a list takes that item's verb, however far back the
    /// verb stands.
    fn chained_verb(&self, start: usize, sentence: Span) -> Option<(Verb, usize)> {
        let (end, v) = self.last_bound?;
        if end < sentence.start || end > start {
            return None;
        }
        is_joiner(&self.text[end..start]).then_some((v, end))
    }

    /// A count or measure: a tally, a seizure or a fraud count.
    fn count(&mut self, f: &Figure<'a>, ctx: &Ctx) {
        let text = self.text;
        if is_change(text, f.span.start) {
            return; // `up 12 cases from last year`: a change, not a count
        }
        // `the 17-member gang`: a compound adjective describes, not counts.
        // (`3,000-odd` is a qualifier, not a compound: its noun follows.)
        let compound = f
            .text
            .rsplit_once('-')
            .is_some_and(|(_, w)| f.noun_str() == Some(w));
        if compound && f.unit.is_none() {
            return;
        }
        if is_partitive(text, f.span.start, ctx.after, ctx.sentence.end) {
            return; // `21 of them`, `among them six residents`: part of a count
        }
        let after =
            noun_after_figure(f).or_else(|| quoted_noun(text, f.span.end, ctx.sentence.end));
        if after.is_some_and(|n| is_duration(n.text)) {
            return; // `over the past five months`, `ten days`
        }
        let before = noun_before(text, f.span.start, ctx.sentence.start);
        let noun = match (after, before) {
            // `an audience of 3,120 people`, `arrested suspects 33 people`;
            // but in `a case of 108 people` the people are counted.
            // `checking point 6 places`, `bank cards 312 pieces`: in
            // machine-translated order a one-word measure follows.
            (Some(a), Some(b))
                if (matches!(a.class, None | Some(Noun::Measure | Noun::Generic))
                    || !a.text.contains(' '))
                    && (b.class.is_some() || item_kind(b.text).is_some())
                    && !(b.class == Some(Noun::Case) && a.class == Some(Noun::Generic)) =>
            {
                Some(b)
            }
            (Some(a), _) => Some(a),
            (None, b) => b,
        };
        // `1,184 disputes were investigated, 1,097 were dealt with`: a bare
        // number takes the noun of the figure before it in the sentence.
        let inherited = self
            .last_noun
            .filter(|&(_, end)| end >= ctx.sentence.start && f.span.start - end < 100);
        let (noun, elided) = match (noun, inherited) {
            (Some(n), _) => (n, false),
            // Not before a capitalised word: `six Taiwan residents` names its
            // own noun.
            (None, _) if f.noun.is_none() && capital_follows(text, ctx.after) => return,
            (None, Some((n, _))) if f.noun.is_none() => (n, true),
            // `the number of suspects arrested reached 154,000`, `fugitives
            // captured during the campaign numbered 118,000`: the subject.
            (None, _) if f.noun.is_none() => {
                match subject_before(text, f.span.start, ctx.sentence.start) {
                    Some(n) => (n, false),
                    None => return,
                }
            }
            _ => return,
        };
        let mut noun = noun;
        // `946 suspects arrested`: the noun ends where its verb starts.
        let mut inner_verb = None;
        if !noun.before {
            if let Some((v, at)) = verb_inside(noun.text) {
                let start = start_of(text, noun.text);
                // `3,356 vehicles captured 8 criminals`: active, not ours.
                let next = skip_spaces(text, end_of(text, noun.text), 2);
                let active = text[next..].starts_with(|c: char| c.is_ascii_digit());
                noun.text = noun.text[..at].trim_end();
                noun.class = noun_class(noun.text);
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
        if noun.class.is_none() && !noun.before {
            // `2,340 telecom and internet fraud cases`: read on to the head.
            if let Some(longer) = extend_noun(text, noun.text, ctx.sentence.end) {
                noun = longer;
            }
        }
        if !noun.before && !elided {
            // `62 cases of traffic violations`, `30,000 bottles of fake
            // liquor`: the `of` complement says what was counted.
            if let Some(longer) = with_complement(text, noun, ctx.sentence.end) {
                noun = longer;
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
        let passive = passive_verb(text, noun_end, ctx.sentence.end);
        // `622 cases were handled, of which 18 were supervised`: a bare
        // number with a passive of its own that names no known verb.
        if elided && passive.is_none() && inner_verb.is_none() && aux_follows(text, ctx.after) {
            return;
        }
        let verb = inner_verb
            .or(passive)
            .or_else(|| self.chained_verb(f.span.start, ctx.sentence))
            .or_else(|| left_verb(text, &self.index.verbs, left_from, ctx.sentence.start))
            .or(ctx.list_verb)
            .or_else(|| passive_from(text, noun_end, ctx.sentence.end, Read::Through));
        if let Some((v, at)) = verb {
            let verb_end = if passive.is_some_and(|(_, p)| p == at) {
                at + match_prefix(&text[at..], VERBS).map_or(0, |(_, l)| l)
            } else {
                0
            };
            self.last_bound = Some((noun_end.max(verb_end), v));
        }
        let mt_order = noun.before && !text[end_of(text, noun.text)..f.span.start].contains("of");
        if mt_order && verb.is_some() {
            self.out.warnings.push(Warning::new(
                WarningKind::MachineTranslatedOrder,
                "binding guessed from machine-translated word order (noun before its number)",
                f.span,
            ));
        }
        // Things seized come first: `seized 2 guns` is a seizure, not a tally.
        if let Some(kind) = item_kind(noun.text).filter(|_| item_is_head(noun.text)) {
            let action = verb.and_then(|(v, _)| seizure_action(v, kind));
            if let Some(action) = action {
                if !(ctx.fraud && kind == SeizureKind::Cash) {
                    self.seize(kind, action, noun.text, Some(f.clone()), None);
                    return;
                }
            }
        }
        // `the ring had 160 police on its trail`: officers someone has are
        // no force deployed.
        if noun.class == Some(Noun::Officer) && verb.is_none() && possessed(text, f.span.start) {
            return;
        }
        let Some(target) = count_target(noun.class, verb.map(|(v, _)| v), ctx.fraud) else {
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
                    _ => None,
                };
                if let Some(field) = fraud_field.filter(|_| ctx.fraud) {
                    let detained = verb.is_some_and(|(v, _)| v == Verb::Detain);
                    if field == FraudField::SuspectsArrested && !detained {
                        // A formal arrest outranks a detention for this field:
                        // the detention count moves back to the tallies.
                        if let Some((old, what)) = self.fraud_detention.take() {
                            self.fraud.suspects_arrested = None;
                            self.tally(TallyKind::Arrests, what, &old);
                        }
                    }
                    if self.set_fraud(field, f) {
                        if field == FraudField::SuspectsArrested && detained {
                            self.fraud_detention = Some((f.clone(), noun.text));
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

    /// A money figure: fraud funds, or the cash or value of a seizure.
    fn money(&mut self, f: &Figure<'a>, ctx: &Ctx) {
        let text = self.text;
        let item = money_item(text, ctx.after, ctx.sentence.end);
        let item_end = item.map_or(ctx.after, |i| end_of(text, i));
        let verb = passive_verb(text, item_end, ctx.sentence.end)
            .or_else(|| left_verb(text, &self.index.verbs, f.span.start, ctx.sentence.start));
        let worth = worth_before(text, f.span.start);
        if ctx.fraud {
            let field = match verb.map(|(v, _)| v) {
                Some(Verb::Return) => Some(FraudField::FundsReturned),
                Some(Verb::Freeze | Verb::Intercept | Verb::Seize) => Some(FraudField::FundsFrozen),
                Some(Verb::Recover) => Some(FraudField::FundsRecovered),
                Some(Verb::Avoid) => Some(FraudField::LossesAvoided),
                Some(Verb::Dissuade) => Some(FraudField::AmountDissuaded),
                _ => None,
            };
            let field = field.or_else(|| {
                let from = ceil_char(
                    text,
                    ctx.sentence.start.max(f.span.start.saturating_sub(40)),
                );
                text[from..f.span.start]
                    .contains("dissuasion amount")
                    .then_some(FraudField::AmountDissuaded)
            });
            if let Some(field) = field {
                self.set_fraud(field, f);
                return;
            }
        }
        if let Some(item_text) = worth {
            // `goods worth 4 billion yuan`: the value of what was seized.
            // `..., worth RMB1.3 billion` (no item named) or the same kind as
            // the last seizure of this sentence: that seizure's value.
            let kind = item_kind(item_text);
            let last = self.out.seizures.last_mut().filter(|s| {
                s.value.is_none()
                    && s.quantity
                        .as_ref()
                        .is_some_and(|q| q.span.start >= ctx.sentence.start)
                    && kind.map_or(true, |k| k == s.kind)
            });
            if let Some(last) = last {
                self.seen
                    .seizure_values
                    .insert((last.kind, f.value, f.unit));
                last.value = Some(f.clone());
                return;
            }
            let item_verb = left_verb(
                text,
                &self.index.verbs,
                start_of(text, item_text),
                ctx.sentence.start,
            );
            if let (Some(kind), Some((v, _))) = (kind, item_verb) {
                if let Some(action) = seizure_action(v, kind) {
                    self.seize(kind, action, item_text, None, Some(f.clone()));
                }
            }
            return;
        }
        // Cash needs its own words: a named item (`in illegal gains`) or a
        // verb right after it (`was frozen`), not any verb in the sentence.
        let adjacent = passive_verb(text, item_end, ctx.sentence.end);
        let Some((v, _)) = (if item.is_some() { verb } else { adjacent }) else {
            return;
        };
        let kind = item.and_then(item_kind).unwrap_or(SeizureKind::Cash);
        if kind != SeizureKind::Cash {
            return;
        }
        if let Some(action) = seizure_action(v, kind) {
            self.seize(kind, action, item.unwrap_or("funds"), None, Some(f.clone()));
        }
    }

    /// A percent: a trend when a direction is stated, else a fraud rate.
    fn percent(&mut self, f: &Figure<'a>, ctx: &Ctx) {
        let text = self.text;
        if let Some((direction, at)) = trend_direction(text, f, ctx) {
            // The basis is stated in the trend's own clause.
            let clause = clause_of(text, f.span, ctx.sentence);
            let basis = trend_basis(text, clause.start, clause.end.max(ctx.after));
            let metric = trend_metric(text, at.min(f.span.start), ctx.sentence.start);
            // A trend repeated (headline, then body) is one fact.
            if !self.seen.trends.insert((direction, f.value, metric)) {
                return;
            }
            self.out.trends.push(Trend {
                metric: metric.into(),
                direction,
                percent: f.value.abs(),
                basis,
                span: Span::new(at.min(f.span.start), f.span.end.max(at)),
            });
            return;
        }
        // `a 100% response rate`, `response rate reach 100%`.
        let window_end = floor_char(text, (ctx.after + 40).min(ctx.sentence.end));
        let window_start = ceil_char(
            text,
            f.span.start.saturating_sub(40).max(ctx.sentence.start),
        );
        let right = &text[window_start..window_end];
        if right.contains("rate") {
            if f.value > Decimal::from_u64(100) {
                self.out.warnings.push(Warning::new(
                    WarningKind::RateOver100,
                    "a rate over 100%",
                    f.span,
                ));
            }
            if ctx.fraud
                && (right.contains("response")
                    || mentions(
                        text,
                        clause_of(text, f.span, ctx.sentence),
                        &[("warning", ()), ("warnings", ())],
                    ))
            {
                self.set_fraud(FraudField::WarningResponseRate, f);
            }
        }
    }

    fn tally(&mut self, kind: TallyKind, what: &'a str, f: &Figure<'a>) {
        // The same fact twice: same kind and value, and the same head noun
        // or one of them in the headline (`14 suspects` above `arresting 14
        // suspected drug traffickers`).
        let head = last_word(what).to_ascii_lowercase();
        let dup = self.seen.tallies.contains(&(kind, f.value, head.clone()))
            || self.seen.headline_tallies.contains(&(kind, f.value));
        if !dup {
            if f.span.end <= self.title_end {
                self.seen.headline_tallies.insert((kind, f.value));
            }
            self.seen.tallies.insert((kind, f.value, head));
            self.out.tallies.push(Tally {
                kind,
                what: what.into(),
                count: f.clone(),
            });
        }
    }

    fn seize(
        &mut self,
        kind: SeizureKind,
        action: SeizureAction,
        item: &'a str,
        quantity: Option<Figure<'a>>,
        value: Option<Figure<'a>>,
    ) {
        let key = |f: &Option<Figure<'a>>| f.as_ref().map(|f| (kind, f.value, f.unit));
        let (q, v) = (key(&quantity), key(&value));
        let dup = q.is_some_and(|k| self.seen.seizure_quantities.contains(&k))
            || v.is_some_and(|k| self.seen.seizure_values.contains(&k));
        if !dup {
            self.seen.seizure_quantities.extend(q);
            self.seen.seizure_values.extend(v);
            self.out.seizures.push(Seizure {
                kind,
                action,
                item: item.into(),
                quantity,
                value,
            });
        }
    }

    /// Fill a fraud field, keeping the broadest candidate; returns whether
    /// the figure is now accounted for (filled, or a repeat of its value).
    fn set_fraud(&mut self, field: FraudField, f: &Figure<'a>) -> bool {
        let slot = self.fraud.slot(field);
        match slot {
            None => {
                *slot = Some(f.clone());
                self.has_fraud = true;
                true
            }
            // Several candidates for one field (one ring's arrests, then the
            // year's totals): the broadest, that is the largest, figure.
            // A smaller one stays a tally.
            Some(existing) => {
                if existing.unit == f.unit && f.value > existing.value {
                    *existing = f.clone();
                    return true;
                }
                existing.value == f.value
            }
        }
    }

    /// `12.2 million yuan (US$1.4 billion)`: a conversion no real rate gives.
    fn check_conversion(&mut self, money: &Figure<'a>, twin: &Figure<'a>) {
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

enum Target {
    Tally(TallyKind),
    Fraud(FraudField),
}

/// The record a counted noun and its verb make.
fn count_target(noun: Option<Noun>, verb: Option<Verb>, fraud: bool) -> Option<Target> {
    use Noun as N;
    use TallyKind as K;
    use Verb as V;
    let tally = |k| Some(Target::Tally(k));
    match (noun?, verb) {
        (N::Fugitive, _) => tally(K::Fugitives),
        (N::Arrest, _) => tally(K::Arrests),
        (N::Gang, Some(_)) => tally(K::GangsBusted),
        (N::Den, Some(_)) => tally(K::DensDestroyed),
        (N::Site, Some(V::Bust | V::Seize | V::Confiscate)) => tally(K::DensDestroyed),
        (N::Site | N::Place, Some(V::Check)) | (N::Place, None) => tally(K::PlacesInspected),
        (N::Case, Some(V::Solve | V::Handle | V::Bust | V::Arrest)) => tally(K::CasesSolved),
        (N::Case, Some(V::File)) => tally(K::CasesFiled),
        (N::Case, Some(V::Block | V::Intercept)) if fraud => {
            Some(Target::Fraud(FraudField::CasesBlocked))
        }
        (N::Person | N::Generic, Some(V::Arrest | V::Detain | V::Seize))
        | (N::Person, Some(V::Handle)) => tally(K::Arrests),
        (N::Generic, Some(V::Handle)) => tally(K::OffendersHandled),
        (N::Person | N::Generic, Some(V::Check)) => tally(K::PeopleChecked),
        // `returned to their families`, `17 abducted children were recovered`
        (N::Person | N::Generic | N::Victim, Some(V::Rescue)) | (N::Victim, Some(V::Recover)) => {
            tally(K::Rescued)
        }
        // `protecting 5,300 people from being defrauded`
        (N::Person | N::Generic | N::Victim, Some(V::Block)) if fraud => {
            Some(Target::Fraud(FraudField::PeopleDissuaded))
        }
        (N::Person | N::Generic | N::Victim, Some(V::Dissuade)) if fraud => {
            Some(Target::Fraud(FraudField::PeopleDissuaded))
        }
        (N::Generic, Some(V::Publicize)) => tally(K::Publicity),
        // Officers counted in a bulletin are the force put in, whatever
        // they then did (`Over 100 police officers raided ...`, `the
        // campaign drew 7,000 officers`), unless something was done to them.
        (N::Officer, None | Some(V::Deploy | V::Bust | V::Check | V::Solve | V::Seize))
        | (N::Generic, Some(V::Deploy)) => tally(K::OfficersDeployed),
        (N::Vehicle, Some(V::Deploy)) => tally(K::VehiclesDeployed),
        (N::Vehicle, Some(V::Check)) => tally(K::VehiclesChecked),
        (N::Patrol, _) => tally(K::Patrols),
        (N::Checkpoint, _) => tally(K::Checkpoints),
        (N::Hazard, Some(V::Find | V::Check)) => tally(K::HazardsFound),
        (N::Hazard, Some(V::Rectify | V::Bust)) => tally(K::HazardsRectified),
        (N::Dispute, _) => tally(K::Disputes),
        // `8,000 registered drug users`: a running total, not police action.
        (N::Offender, Some(V::File)) => None,
        (N::Offender, Some(_)) => tally(K::OffendersHandled),
        (N::Victim, Some(V::Find)) | (N::Measure, Some(V::Rescue)) => tally(K::Rescued),
        (N::Publicity, _) => tally(K::Publicity),
        (N::Warning, _) if fraud => Some(Target::Fraud(FraudField::WarningsIssued)),
        (N::Visit, _) if fraud => Some(Target::Fraud(FraudField::DoorToDoorVisits)),
        (N::Payment, _) | (N::Measure, Some(V::Freeze)) if fraud => {
            Some(Target::Fraud(FraudField::PaymentsStopped))
        }
        _ => None,
    }
}

/// How a thing of `kind` was taken, given the verb.
fn seizure_action(verb: Verb, kind: SeizureKind) -> Option<SeizureAction> {
    let money_verb = matches!(
        verb,
        Verb::Seize
            | Verb::Confiscate
            | Verb::Recover
            | Verb::Return
            | Verb::Freeze
            | Verb::Intercept
    );
    if kind == SeizureKind::Cash && !money_verb {
        return None;
    }
    Some(match verb {
        Verb::Seize | Verb::Find | Verb::Arrest | Verb::Detain | Verb::Bust => {
            SeizureAction::Seized
        }
        Verb::Confiscate => SeizureAction::Confiscated,
        Verb::Recover | Verb::Return => SeizureAction::Recovered,
        Verb::Freeze => SeizureAction::Frozen,
        Verb::Intercept if kind == SeizureKind::Cash => SeizureAction::Frozen,
        Verb::Intercept => SeizureAction::Intercepted,
        _ => return None,
    })
}

/// The seizure kind of an item phrase, if it names a seizable thing.
fn item_kind(item: &str) -> Option<SeizureKind> {
    item_at(item).map(|(k, _)| k)
}

/// The seizure kind of an item phrase and where its head word is.
fn item_at(item: &str) -> Option<(SeizureKind, usize)> {
    let mut kind = None;
    let mut counterfeit = false;
    let mut covered = 0;
    for_each_word(item, |at, rest| {
        // A longer entry covers the words inside it (`bronze vessels`).
        if let Some((&k, l)) = head_match_len(rest, ITEMS).filter(|_| at >= covered) {
            kind = Some((k, at));
            covered = at + l;
        }
        counterfeit |= head_match(rest, COUNTERFEIT).is_some();
    });
    match kind {
        Some((_, at)) if counterfeit => Some((SeizureKind::Counterfeit, at)),
        // `fake diplomas`: a counterfeit of anything is counterfeit.
        None if counterfeit => Some((SeizureKind::Counterfeit, item.len())),
        k => k,
    }
}

/// Whether the head of `phrase` is a seizable item rather than a counted
/// noun: `crystal meth pills` is, `drug-related suspects` is not.
fn item_is_head(phrase: &str) -> bool {
    match (item_at(phrase), noun_at(phrase)) {
        (Some(_), Some((Noun::Measure, _))) => true,
        (Some((_, i)), Some((_, n))) => i >= n,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// A table entry that matches a whole word at the start of `rest`, not a
/// modifier in a hyphenated compound (`drug` in `drug-related`).
fn head_match<'t, T>(rest: &str, table: &'t crate::text::Table<T>) -> Option<&'t T> {
    head_match_len(rest, table).map(|(v, _)| v)
}

fn head_match_len<'t, T>(rest: &str, table: &'t crate::text::Table<T>) -> Option<(&'t T, usize)> {
    match_prefix(rest, table).filter(|&(_, len)| !rest[len..].starts_with('-'))
}

/// The class of a noun phrase: that of its last word with one.
///
/// `door-to-door` and `stop payments` name the act whatever follows
/// (`40 door-to-door warnings` are visits).
fn noun_class(phrase: &str) -> Option<Noun> {
    let class = noun_at(phrase).map(|(c, _)| c);
    // `cases of drunk driving`, `cases of traffic violations`: offences.
    if class == Some(Noun::Case) {
        if let Some(i) = phrase.find(" of ") {
            if noun_at(&phrase[i + 4..]).is_some_and(|(c, _)| c == Noun::Offender) {
                return Some(Noun::Offender);
            }
        }
    }
    class
}

/// The class of a noun phrase and where its head word is.
fn noun_at(phrase: &str) -> Option<(Noun, usize)> {
    let mut class: Option<(Noun, usize)> = None;
    let mut covered = 0;
    for_each_word(phrase, |at, rest| {
        if let Some((&c, l)) = head_match_len(rest, NOUNS).filter(|_| at >= covered) {
            if !matches!(class, Some((Noun::Visit | Noun::Payment, _))) {
                // `police operations`, `police platforms`: `police` before
                // another noun modifies it, and the phrase is no force.
                let modifier = c == Noun::Officer && modifies_next(&rest[l..]);
                class = (!modifier).then_some((c, at));
                covered = at + l;
            }
        }
    });
    class
}

/// Whether a word right after a noun makes that noun a modifier: a
/// lowercase word that is not a stop, verb or participle (`police
/// operations`, not `police in` or `police deployed`).
fn modifies_next(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let w = word_len(r);
    let word = &r[..w];
    w > 2
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
        && ![
            "and",
            "or",
            "from",
            "under",
            "nationwide",
            "across",
            "who",
            "involved",
        ]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && match_prefix(word, VERBS).is_none()
        && match_prefix(word, AUXILIARIES).is_none()
}

/// A noun phrase read on past `and` to a word with a class, stopping at
/// punctuation, verbs and prepositions (`telecom and internet fraud cases`).
fn extend_noun<'a>(text: &'a str, noun: &'a str, ceil: usize) -> Option<NounPhrase<'a>> {
    let start = start_of(text, noun);
    let mut i = end_of(text, noun);
    let mut best = None;
    for _ in 0..6 {
        let j = skip_spaces(text, i, 1);
        let w = ascii_word_len(&text[j..]);
        if j == i || w == 0 || j + w > ceil {
            break;
        }
        let word = &text[j..j + w];
        let stop = [
            "of", "in", "from", "with", "by", "for", "to", "on", "at", "were", "was", "have",
            "has", "had", "that", "which", "who", "the", "a", "an",
        ];
        if stop.iter().any(|p| word.eq_ignore_ascii_case(p)) || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        i = j + w;
        if let Some((&class, _)) = match_prefix(word, NOUNS) {
            best = Some(NounPhrase {
                text: &text[start..i],
                class: Some(class),
                before: false,
            });
        }
    }
    best
}

/// A noun phrase with its `of` complement, when the head is a measure word,
/// `cases`, or names no class (`cases of drunk driving`, `bottles of fake
/// liquor`, `rounds of ammunition`).
fn with_complement<'a>(text: &'a str, noun: NounPhrase<'a>, ceil: usize) -> Option<NounPhrase<'a>> {
    if !matches!(
        noun.class,
        None | Some(Noun::Measure | Noun::Case | Noun::Publicity)
    ) {
        return None;
    }
    let start = start_of(text, noun.text);
    let end = end_of(text, noun.text);
    let of = skip_spaces(text, end, 1);
    if of == end || !starts_with_of(&text[of..]) {
        return None;
    }
    let mut i = skip_spaces(text, of + 2, 1);
    let mut last = None;
    for _ in 0..5 {
        let w = word_len(&text[i..]);
        if w == 0 || i + w > ceil || !text[i..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[i..i + w];
        let stop = [
            "in", "from", "with", "by", "for", "to", "on", "at", "and", "were", "was", "have",
            "has", "had", "of",
        ];
        if stop.iter().any(|p| word.eq_ignore_ascii_case(p)) || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        last = Some(i + w);
        let j = skip_spaces(text, i + w, 1);
        if j == i + w {
            break;
        }
        i = j;
    }
    let phrase = &text[start..last?];
    let class = noun_class(phrase);
    // Keep the head's class unless the complement says more.
    let class = match (noun.class, class) {
        (Some(Noun::Case), Some(Noun::Offender)) => Some(Noun::Offender),
        (Some(c), _) if c != Noun::Measure => Some(c),
        (_, c) => c,
    };
    Some(NounPhrase {
        text: phrase,
        class,
        before: false,
    })
}

fn starts_with_of(s: &str) -> bool {
    s.as_bytes()
        .get(..3)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"of "))
}

/// A word with inner hyphens or apostrophes (`drug-related`, `people’s`).
fn word_len(s: &str) -> usize {
    let mut len = ascii_word_len(s);
    while len > 0 {
        let rest = &s[len..];
        let Some(j) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '\'' | '’'))
        else {
            break;
        };
        let more = ascii_word_len(&rest[j.len_utf8()..]);
        if more == 0 {
            break;
        }
        len += j.len_utf8() + more;
    }
    len
}

/// The first verb inside a noun phrase, and its offset: `suspects arrested`.
///
/// A participle before its noun modifies it (`illegally caught fish`): a
/// verb splits the phrase only when no noun or item follows it.
fn verb_inside(phrase: &str) -> Option<(Verb, usize)> {
    let bytes = phrase.as_bytes();
    (1..bytes.len())
        .filter(|&i| bytes[i].is_ascii_alphabetic() && bytes[i - 1] == b' ')
        .find_map(|i| match_prefix(&phrase[i..], VERBS).map(|(&v, l)| (v, i, l)))
        .filter(|&(_, i, l)| {
            let after = &phrase[i + l..];
            noun_at(after).is_none() && item_at(after).is_none()
        })
        .map(|(v, i, _)| (v, i))
}

/// The clause around a figure: back and forward to a comma, semicolon,
/// colon or the sentence edge, within a bounded window.
fn clause_of(text: &str, span: Span, sentence: Span) -> Span {
    let floor = ceil_char(
        text,
        sentence.start.max(span.start.saturating_sub(CLAUSE_WINDOW)),
    );
    let ceil = floor_char(text, sentence.end.min(span.end + CLAUSE_WINDOW));
    let is_edge = |c: char| matches!(c, ',' | ';' | ':' | '，' | '；');
    // Edges may be multi-byte (`，`): step over the whole char.
    let mut start = text[floor..span.start]
        .char_indices()
        .rfind(|&(_, c)| is_edge(c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let mut end = text[span.end..ceil]
        .find(is_edge)
        .map_or(ceil, |i| span.end + i);
    // `busted 41 gangs and solved 1,510 fraud cases`: `and` before a verb
    // starts a new clause.
    let and_verb = |at: usize| match_prefix(&text[skip_spaces(text, at + 4, 2)..], VERBS).is_some();
    if let Some(i) = text[span.end..end]
        .match_indices(" and ")
        .map(|(i, _)| span.end + i)
        .find(|&i| and_verb(i))
    {
        end = i;
    }
    if let Some(i) = text[start..span.start]
        .match_indices(" and ")
        .map(|(i, _)| start + i)
        .filter(|&i| and_verb(i))
        .last()
    {
        start = i;
    }
    Span::new(start, end)
}

/// `2,500 phone cards, 2,700 bank cards and 578 computers were confiscated`:
/// follow a list of figures joined by commas and `and` to its end, and read
/// the passive verb there. `figures[0]` is the list's first item.
fn list_verb(text: &str, figures: &[Figure<'_>], sentence: Span) -> Option<(Verb, usize)> {
    let first = figures.first()?;
    let mut last = first;
    // A list is read to its end from each item: bounding it keeps a text of
    // `1,2,3,...` linear.
    for next in figures[1..].iter().take(MAX_LIST) {
        let from = last.noun_str().map_or(last.span.end, |n| end_of(text, n));
        if next.span.start >= sentence.end || from > next.span.start {
            break;
        }
        // `310,000 rounds of ammunition, 8 tons of ...`: an `of` complement
        // may come before the joiner.
        let mut between = text[from..next.span.start].trim();
        if between.len() < 60 && between.starts_with("of ") && verb_inside(between).is_none() {
            if let Some(i) = between
                .rfind([',', '、'])
                .or_else(|| between.rfind(" and "))
            {
                between = between[i..].trim();
            }
        }
        let joined = match_prefix(between, LIST_JOINERS).is_some_and(|(_, l)| l == between.len());
        if between.is_empty() || !joined {
            break;
        }
        last = next;
    }
    if std::ptr::eq(last, first) {
        return None;
    }
    let end = last.noun_str().map_or(last.span.end, |n| end_of(text, n));
    passive_verb(text, end, sentence.end)
}

/// The noun a figure was written with (`8 current criminals`).
fn noun_after_figure<'a>(f: &Figure<'a>) -> Option<NounPhrase<'a>> {
    f.noun_str().map(|text| NounPhrase {
        text,
        class: noun_class(text),
        before: false,
    })
}

/// The nearest classed noun left of a bare number in its clause, with the
/// verb between them read as the noun's own (`suspects arrested reached N`).
fn subject_before(text: &str, start: usize, floor: usize) -> Option<NounPhrase<'_>> {
    let floor = ceil_char(text, floor.max(start.saturating_sub(80)));
    let left = &text[floor..start];
    let edge = left.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    let clause = &left[edge..];
    let mut found = None;
    for_each_word(clause, |at, rest| {
        if let Some((&c, l)) = head_match_len(rest, NOUNS) {
            if c != Noun::Measure {
                found = Some((c, at, l));
            }
        }
    });
    let (class, at, len) = found?;
    let abs = floor + edge + at;
    Some(NounPhrase {
        text: &text[abs..abs + len],
        class: Some(class),
        before: false,
    })
}

/// `cracked cases 19`, `an audience of 3,120 people`: the noun written before
/// the number.
fn noun_before(text: &str, start: usize, floor: usize) -> Option<NounPhrase<'_>> {
    let mut end = skip_back_spaces(text, start, floor);
    let word = ascii_word_before(text, end);
    if word.eq_ignore_ascii_case("of") {
        end = skip_back_spaces(text, end - word.len(), floor);
    }
    // Up to three lowercase words back; the phrase is the longest noun or
    // item entry among them that ends at the number.
    let mut first = end;
    let mut starts = Vec::with_capacity(3);
    for _ in 0..3 {
        let w = ascii_word_before(text, first);
        if w.is_empty()
            || first - w.len() < floor
            || !text[first - w.len()..].starts_with(|c: char| c.is_ascii_lowercase())
        {
            break;
        }
        first -= w.len();
        starts.push(first);
        let b = skip_back_spaces(text, first, floor);
        if b == first {
            break;
        }
        first = b;
    }
    let covers = |s: usize| {
        let rest = &text[s..end];
        match_prefix(rest, NOUNS).is_some_and(|(_, l)| l == rest.len())
            || match_prefix(rest, ITEMS).is_some_and(|(_, l)| l == rest.len())
    };
    let first = starts.into_iter().rev().find(|&s| covers(s))?;
    let phrase = &text[first..end];
    // Only an entry ending the phrase may class it: `police force 96`,
    // `cases 19`, not `cases in 19`.
    let mut end_class = None;
    let mut end_item = false;
    for_each_word(phrase, |_, rest| {
        // The first entry that reaches the end is the longest
        // (`checking point`, not `point`).
        if let Some((&c, l)) = match_prefix(rest, NOUNS) {
            if l == rest.len() && end_class.is_none() {
                end_class = Some(c);
            }
        }
        if let Some((_, l)) = match_prefix(rest, ITEMS) {
            end_item |= l == rest.len();
        }
    });
    (end_class.is_some() || end_item).then_some(NounPhrase {
        text: phrase,
        class: end_class,
        before: true,
    })
}

fn skip_back_spaces(text: &str, mut i: usize, floor: usize) -> usize {
    while i > floor && text.as_bytes()[i - 1] == b' ' {
        i -= 1;
    }
    i
}

/// `in illegal gains`, `of illicit money`, `fund involved`: what money is.
fn money_item(text: &str, from: usize, ceil: usize) -> Option<&str> {
    let mut i = skip_spaces(text, from, 2);
    let w = ascii_word_len(&text[i..]);
    let word = &text[i..i + w];
    if word.eq_ignore_ascii_case("in") || word.eq_ignore_ascii_case("of") {
        i = skip_spaces(text, i + w, 2);
    }
    let mut end = i;
    let mut j = i;
    for _ in 0..3 {
        let w = ascii_word_len(&text[j..]);
        if w == 0 || j + w > ceil || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + w];
        let conjunction = ["and", "or", "but", "while", "which"]
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c));
        if conjunction
            || match_prefix(word, AUXILIARIES).is_some()
            || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        end = j + w;
        j = skip_spaces(text, end, 1);
    }
    let item = &text[i..end];
    (!item.is_empty() && item_kind(item) == Some(SeizureKind::Cash)).then_some(item)
}

/// `goods worth`, `valued at`: the item whose value the money is.
fn worth_before(text: &str, start: usize) -> Option<&str> {
    let mut lead = skip_back_spaces(text, start, 0);
    let mut w = ascii_word_before(text, lead);
    // `worth an estimated`, `valued at about`
    for _ in 0..2 {
        let filler = [
            "an",
            "estimated",
            "about",
            "approximately",
            "around",
            "some",
            "nearly",
            "of",
        ];
        if !filler.iter().any(|x| w.eq_ignore_ascii_case(x)) {
            break;
        }
        lead = skip_back_spaces(text, lead - w.len(), 0);
        w = ascii_word_before(text, lead);
    }
    if !(w.eq_ignore_ascii_case("worth") || w.eq_ignore_ascii_case("at")) {
        return None;
    }
    // The item is the lowercase noun phrase before `worth`, up to three
    // words (`smuggled frozen meat worth`), or nothing (`..., worth`).
    let end = skip_back_spaces(text, lead - w.len(), 0);
    let mut start = end;
    for _ in 0..3 {
        let word = ascii_word_before(text, start);
        let verb = match_prefix(word, VERBS).is_some_and(|(_, l)| l == word.len());
        if word.is_empty()
            || !word.starts_with(|c: char| c.is_ascii_lowercase())
            || (verb && !is_modifier(text, start - word.len(), start))
        {
            break;
        }
        start -= word.len();
        let b = skip_back_spaces(text, start, 0);
        if b == start || ascii_word_before(text, b).is_empty() {
            break;
        }
        start = b;
    }
    Some(text[start..end].trim_start())
}

/// A passive verb right after a noun: `were busted`, `have been cracked`,
/// `cracked`. Skips auxiliaries and adverbs; a verb after other words
/// counts only when an auxiliary came first (`vehicles and people were
/// interrogated`, not `cases and destroyed`).
fn passive_verb(text: &str, from: usize, ceil: usize) -> Option<(Verb, usize)> {
    passive_from(text, from, ceil, Read::Strict).or_else(|| after_insertion(text, from, ceil))
}

/// How far [`passive_from`] reads past words that are not verbs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Read {
    /// Stops at a preposition.
    Strict,
    /// Needs an auxiliary first (after a comma).
    Aux,
    /// Reads through a prepositional phrase to an auxiliary and its verb:
    /// `155 cases linked to illegal fishing have been solved`.
    Through,
}

fn passive_from(text: &str, from: usize, ceil: usize, read: Read) -> Option<(Verb, usize)> {
    let mut i = from;
    let mut saw_aux = false;
    let mut skipped = read == Read::Aux;
    for _ in 0..RIGHT_WORDS {
        i = skip_spaces(text, i, 2);
        // A quote around a word (`"ice" confiscated`) is no word.
        if let Some(q) = text[i..].chars().next().filter(|&c| is_quote(c)) {
            i += q.len_utf8();
            continue;
        }
        if i >= ceil || !text[i..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        if let Some((&v, len)) = match_prefix(&text[i..ceil], VERBS) {
            // `3,356 vehicles captured 8 criminals`: a verb with a number for
            // its object is active, and the noun is its subject.
            let object =
                text[skip_spaces(text, i + len, 2)..].starts_with(|c: char| c.is_ascii_digit());
            if object || (skipped && !saw_aux) {
                return None;
            }
            return Some(second_verb(text, i + len, ceil).unwrap_or((v, i)));
        }
        if let Some((_, len)) = match_prefix(&text[i..ceil], AUXILIARIES) {
            saw_aux = true;
            i += len;
            continue;
        }
        let w = ascii_word_len(&text[i..]);
        let word = &text[i..i + w];
        if ["while", "which", "who", "that", "whose"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
        {
            return None;
        }
        let preposition = [
            "in", "from", "during", "with", "by", "for", "to", "on", "at",
        ]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p));
        if preposition && read != Read::Through {
            return None;
        }
        skipped = true;
        i += w;
    }
    None
}

/// `were identified and rectified`: of two verbs, the later one is the
/// outcome, unless it is a later stage that makes no record (`arrested and
/// prosecuted`).
fn second_verb(text: &str, end: usize, ceil: usize) -> Option<(Verb, usize)> {
    let j = skip_spaces(text, end, 2);
    let and = text.as_bytes().get(j..j + 4)?;
    if !and.eq_ignore_ascii_case(b"and ") || j + 4 > ceil {
        return None;
    }
    let k = skip_spaces(text, j + 4, 2);
    let (&v, len) = match_prefix(&text[k..ceil], VERBS)?;
    let object = text[skip_spaces(text, k + len, 2)..].starts_with(|c: char| c.is_ascii_digit());
    (!object && !matches!(v, Verb::Prosecute | Verb::Harm)).then_some((v, k))
}

/// `1,200 workshops, along with 85 rings, were smashed`, `46 suspects,
/// who had fled abroad, were all caught`: a passive verb after a
/// comma-bounded insertion that holds no verb of its own.
fn after_insertion(text: &str, from: usize, ceil: usize) -> Option<(Verb, usize)> {
    let comma = skip_spaces(text, from, 2);
    if comma >= ceil || !text[comma..ceil].starts_with(',') {
        return None;
    }
    if let Some(v) = passive_from(text, comma + 1, ceil, Read::Aux) {
        return Some(v);
    }
    let limit = floor_char(text, (comma + 1 + CLAUSE_WINDOW).min(ceil));
    let inner = &text[comma + 1..limit];
    let close = inner.find([',', ';', '.'])?;
    if !inner[close..].starts_with(',') {
        return None;
    }
    let mut has_verb = false;
    for_each_word(&inner[..close], |_, rest| {
        has_verb |= match_prefix(rest, VERBS).is_some();
    });
    if has_verb {
        return None;
    }
    passive_from(text, comma + 1 + close + 1, ceil, Read::Aux)
}

/// The nearest verb ending before `start`, within the sentence and a bounded
/// window.
fn left_verb(
    text: &str,
    verbs: &[(usize, usize, Verb)],
    start: usize,
    floor: usize,
) -> Option<(Verb, usize)> {
    let floor = floor.max(start.saturating_sub(LEFT_WINDOW));
    let upto = verbs.partition_point(|&(end, _, _)| end <= start);
    for &(end, s, v) in verbs[..upto].iter().rev() {
        if end <= floor {
            break;
        }
        // `found that the firm had sold 140 tons`: the figure is inside
        // a reported clause, not the object of a verb before it.
        if text[end..start]
            .split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case("that"))
        {
            return None;
        }
        // `frozen beef`, `stolen cars`: a participle before its noun
        // modifies it and is no verb of the figure.
        if s >= floor && !is_modifier(text, s, end) {
            return Some((v, s));
        }
    }
    None
}

/// Whether the verb form at `s..e` modifies the noun after it rather than
/// governing the figure: a participle before a noun that follows `of`, an
/// article, a number or another participle (`tons of frozen beef`,
/// `smuggled frozen meat`), not a subject (`police arrested members`, `and
/// seized goods`).
fn is_modifier(text: &str, s: usize, e: usize) -> bool {
    let next = &text[skip_spaces(text, e, 1)..];
    let before_noun = head_match(next, ITEMS).is_some() || head_match(next, NOUNS).is_some();
    let p = skip_back_spaces(text, s, 0);
    let prev = ascii_word_before(text, p);
    let stacked = prev.len() > 3
        && prev.starts_with(|c: char| c.is_ascii_lowercase())
        && (prev.ends_with("ed") || prev.ends_with("en"));
    let determiner = ["of", "the", "a", "an"]
        .iter()
        .any(|d| prev.eq_ignore_ascii_case(d))
        || (prev.is_empty() && text[..p].ends_with(|c: char| c.is_ascii_digit()));
    before_noun && (determiner || stacked)
}

/// Whether `between` (the text between two list items) only joins them:
/// `, `, ` and `, `, as well as `, ` together with `.
fn is_joiner(between: &str) -> bool {
    let t = between.trim();
    let t = t.strip_prefix(',').map_or(t, str::trim_start);
    t.is_empty() || match_prefix(t, LIST_JOINERS).is_some_and(|(_, l)| l == t.len())
}

/// Whether an auxiliary (`were`, `had been`) follows `at`.
fn aux_follows(text: &str, at: usize) -> bool {
    let i = skip_spaces(text, at, 2);
    match_prefix(&text[i..], AUXILIARIES).is_some()
}

/// Whether a capitalised word follows `at`.
fn capital_follows(text: &str, at: usize) -> bool {
    let i = skip_spaces(text, at, 2);
    text[i..].starts_with(|c: char| c.is_ascii_uppercase())
}

/// `21 of them`, `two of whom`, `among them one ...`: a part of a count
/// already made, which is no count of its own, unless a verb of its own
/// follows (`389 were found and 371 of them were rectified`).
fn is_partitive(text: &str, start: usize, after: usize, ceil: usize) -> bool {
    let i = skip_spaces(text, after, 2);
    let rest = &text.as_bytes()[i..];
    let of_them = [&b"of them"[..], b"of whom"]
        .iter()
        .any(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
        && passive_verb(text, i + 7, ceil).is_none();
    let b = skip_back_spaces(text, start, 0);
    let before = &text.as_bytes()[..b];
    let among = [&b"among them"[..], b"among whom"].iter().any(|p| {
        before.len() >= p.len() && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
    });
    of_them || among
}

/// A duration (`ten days`, `five months`), which counts no thing.
fn is_duration(noun: &str) -> bool {
    let w = &noun[..ascii_word_len(noun)];
    [
        "day", "days", "hour", "hours", "minute", "minutes", "month", "months", "week", "weeks",
        "year", "years",
    ]
    .iter()
    .any(|d| w.eq_ignore_ascii_case(d))
}

/// `130 "ice" related cases`: a noun phrase that opens with a quoted word,
/// which the figure grammar does not read as its noun.
fn quoted_noun(text: &str, end: usize, ceil: usize) -> Option<NounPhrase<'_>> {
    let q = skip_spaces(text, end, 2);
    let open = text[q..].chars().next().filter(|c| is_quote(*c))?;
    let inner = q + open.len_utf8();
    if inner >= ceil {
        return None;
    }
    let close = text[inner..floor_char(text, (inner + 30).min(ceil))]
        .find(is_quote)
        .map(|i| inner + i)?;
    let mut i = close + text[close..].chars().next().map_or(0, char::len_utf8);
    let mut last = i;
    for _ in 0..4 {
        let j = skip_spaces(text, i, 1);
        let w = word_len(&text[j..]);
        if j == i
            || w == 0
            || j + w > ceil
            || !text[j..].starts_with(|c: char| c.is_ascii_lowercase())
        {
            break;
        }
        let word = &text[j..j + w];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || ["and", "or"].iter().any(|p| word.eq_ignore_ascii_case(p))
            || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        i = j + w;
        last = i;
    }
    let phrase = &text[q..last];
    Some(NounPhrase {
        text: phrase,
        class: noun_class(phrase),
        before: false,
    })
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// Words that end a noun phrase read to the right.
const NOUN_STOPS: [&str; 20] = [
    "of", "in", "from", "with", "by", "for", "to", "on", "at", "were", "was", "have", "has", "had",
    "that", "which", "who", "the", "a", "an",
];

/// Whether the word before `start` makes what follows a possession
/// (`had 160 police`, `with 20 officers`).
fn possessed(text: &str, start: usize) -> bool {
    let w = ascii_word_before(text, skip_back_spaces(text, start, 0));
    ["had", "has", "have", "with"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

/// The direction of a percent change, and where its word is.
fn trend_direction(text: &str, f: &Figure<'_>, ctx: &Ctx) -> Option<(Direction, usize)> {
    // Right after: `a 5% drop`, `5% year-on-year increase`, `5% higher`.
    // Basis words between the figure and its direction are skipped:
    // `a 20.9% year on year decrease`.
    let mut i = ctx.after;
    for _ in 0..5 {
        i = skip_spaces(text, i, 2);
        if i >= ctx.sentence.end {
            break;
        }
        if let Some((&d, len)) = match_prefix(&text[i..ctx.sentence.end], TREND_AFTER) {
            return Some((d, i + len));
        }
        let w = word_len(&text[i..]);
        let word = &text[i..i + w];
        let basis = [
            "year-on-year",
            "month-on-month",
            "year",
            "month",
            "on",
            "annual",
            "annually",
        ];
        if !basis.iter().any(|b| word.eq_ignore_ascii_case(b)) {
            break;
        }
        i += w;
    }
    // Before: `rose 5%`, `fell by 5%`, `rising 70.9% and 40.3%`.
    let floor = ctx.sentence.start.max(f.span.start.saturating_sub(90));
    let mut e = f.span.start;
    let mut words = 0;
    while e > floor && words < 10 {
        e = skip_back_spaces(text, e, floor);
        if let Some((&d, s)) = match_suffix(text, e, TREND_BEFORE) {
            if s >= floor {
                return (!states_level(text, s, e, f.span.start)).then_some((d, s));
            }
        }
        let w = ascii_word_before(text, e);
        if w.is_empty() {
            // Step over an earlier figure (`70.9% and`), stop at a clause edge.
            let c = text[..e].chars().next_back()?;
            let in_figure = c.is_ascii_digit()
                || c == '%'
                || (matches!(c, '.' | ',')
                    && text[..e - 1].ends_with(|p: char| p.is_ascii_digit()));
            if !in_figure && matches!(c, ',' | ';' | ':' | '.' | '(' | ')') {
                return None;
            }
            e -= c.len_utf8();
        } else {
            if ["while", "whereas", "but", "which"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
            {
                return None;
            }
            e -= w.len();
            words += 1;
        }
    }
    None
}

/// Whether a direction word at `s..e` before a percent at `at` states a
/// level rather than a change: `rose to 98.6 percent`, `rose from 87.5% to
/// 98.6%` (two levels), `make up 43.4 percent` (a share).
fn states_level(text: &str, s: usize, e: usize, at: usize) -> bool {
    let between = text[e..at].trim_start();
    let next = &between[..ascii_word_len(between)];
    let level = next.eq_ignore_ascii_case("to") || next.eq_ignore_ascii_case("from");
    let share = text[s..e].eq_ignore_ascii_case("up") && {
        let prev = ascii_word_before(text, skip_back_spaces(text, s, 0)).to_ascii_lowercase();
        matches!(prev.as_str(), "make" | "makes" | "made" | "making")
    };
    level || share
}

/// The comparison a trend is made against.
fn trend_basis(text: &str, from: usize, to: usize) -> Option<Basis> {
    let (from, to) = (ceil_char(text, from), floor_char(text, to));
    let window = text[from..to].to_ascii_lowercase();
    if window.contains("month on month")
        || window.contains("month-on-month")
        || window.contains("previous month")
    {
        Some(Basis::MonthOnMonth)
    } else if [
        "year on year",
        "year-on-year",
        "same period",
        "same time",
        "previous year",
        "a year earlier",
        "last year",
        "a year before",
    ]
    .iter()
    .any(|p| window.contains(p))
    {
        Some(Basis::YearOnYear)
    } else if window.contains("period on period") || window.contains("quarter on quarter") {
        Some(Basis::PeriodOnPeriod)
    } else {
        None
    }
}

/// What changed: the words before the direction word, back to a clause edge.
///
/// `the number of cases fell to 206, a decrease of 22.6%`: when the
/// direction opens its clause, the clause before names the metric.
fn trend_metric(text: &str, at: usize, floor: usize) -> &str {
    let floor = floor.max(at.saturating_sub(80));
    let left = &text[ceil_char(text, floor)..at];
    let is_edge = |c: char| matches!(c, ',' | ';' | ':' | '(' | '\n');
    let mut start = left.rfind(is_edge).map_or(0, |i| i + 1);
    if left[start..].trim().is_empty() && start > 0 {
        let before = &left[..start - 1];
        start = before.rfind(is_edge).map_or(0, |i| i + 1);
        let phrase = before[start..].trim();
        let phrase = phrase
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or("")
            .trim();
        return phrase.strip_prefix("and ").unwrap_or(phrase);
    }
    let mut phrase = left[start..].trim();
    for conj in ["while ", "whereas ", "and ", "but "] {
        let head = phrase.as_bytes().get(..conj.len());
        if phrase.len() > conj.len()
            && head.is_some_and(|h| h.eq_ignore_ascii_case(conj.as_bytes()))
        {
            phrase = &phrase[conj.len()..];
        }
    }
    let phrase = phrase.trim_end_matches(|c: char| !c.is_alphanumeric());
    // The last six words at most.
    let cut = phrase
        .rmatch_indices(char::is_whitespace)
        .nth(5)
        .map_or(0, |(i, _)| i + 1);
    phrase[cut..].trim()
}

/// `up 12 cases`, `an increase of 87`, `increased by 87`: a change, which is
/// no tally of its own.
fn is_change(text: &str, start: usize) -> bool {
    let mut b = skip_back_spaces(text, start, 0);
    let by = ascii_word_before(text, b);
    if by.eq_ignore_ascii_case("by") {
        b = skip_back_spaces(text, b - by.len(), 0);
    }
    match match_suffix(text, b, TREND_BEFORE) {
        // `up 12 cases` after a comma, but not `broke up 1,684 gangs`.
        Some((_, s)) if matches!(text[s..b].trim(), "up" | "down" | "Up" | "Down") => {
            let p = skip_back_spaces(text, s, 0);
            ascii_word_before(text, p).is_empty()
        }
        Some(_) => true,
        None => false,
    }
}

/// Where the words of the context tables and the verbs stand, found in
/// one pass over the text, so that each figure's questions (is its clause
/// about fraud? which verb is left of it?) are binary searches, not scans.
struct Index {
    fraud: Vec<usize>,
    telecom: Vec<usize>,
    other_crimes: Vec<usize>,
    /// `(end, start, verb)`, sorted by end; the longest phrase per end.
    verbs: Vec<(usize, usize, Verb)>,
}

impl Index {
    fn new(text: &str) -> Self {
        let mut index = Index {
            fraud: Vec::new(),
            telecom: Vec::new(),
            other_crimes: Vec::new(),
            verbs: Vec::new(),
        };
        static FILTERS: OnceLock<[WordFilter; 4]> = OnceLock::new();
        let [fraud, telecom, other, verbs] = FILTERS.get_or_init(|| {
            [
                WordFilter::of(FRAUD_WORDS),
                WordFilter::of(TELECOM_WORDS),
                WordFilter::of(OTHER_CRIMES),
                WordFilter::of(VERBS),
            ]
        });
        for_each_word(text, |at, rest| {
            if fraud.may_start(rest) && match_prefix(rest, FRAUD_WORDS).is_some() {
                index.fraud.push(at);
            }
            if telecom.may_start(rest) && match_prefix(rest, TELECOM_WORDS).is_some() {
                index.telecom.push(at);
            }
            if other.may_start(rest) && match_prefix(rest, OTHER_CRIMES).is_some() {
                index.other_crimes.push(at);
            }
            if verbs.may_start(rest) {
                if let Some((&v, len)) = match_prefix(rest, VERBS) {
                    index.verbs.push((at + len, at, v));
                }
            }
        });
        index.verbs.sort_by_key(|&(end, start, _)| (end, start));
        index.verbs.dedup_by_key(|&mut (end, _, _)| end);
        index
    }

    /// Whether a word of `positions` starts inside `span`.
    fn any(positions: &[usize], span: Span) -> bool {
        let i = positions.partition_point(|&p| p < span.start);
        positions.get(i).is_some_and(|&p| p < span.end)
    }
}

/// Whether any word of the sentence is in `table`.
fn mentions(text: &str, sentence: Span, table: &crate::text::Table<()>) -> bool {
    let s = &text[sentence.range()];
    let mut found = false;
    for_each_word(s, |_, rest| {
        found |= match_prefix(rest, table).is_some();
    });
    found
}

/// `X (Y)`: `t` is the converted twin of money figure `f`.
fn is_twin(text: &str, f: &Figure<'_>, t: &Figure<'_>) -> bool {
    let money = |x: &Figure<'_>| x.unit.is_some_and(Unit::is_currency);
    money(f) && money(t) && f.unit != t.unit && {
        let between = text[f.span.end..t.span.start].trim();
        between == "("
            || between == "（"
            || between.eq_ignore_ascii_case("(about")
            || between.eq_ignore_ascii_case("(around")
            || between.eq_ignore_ascii_case("(approximately")
            || between.eq_ignore_ascii_case("(some")
    }
}

/// Past the closing parenthesis after a twin, if there is one.
fn after_paren(text: &str, end: usize) -> usize {
    let i = skip_spaces(text, end, 2);
    match text[i..].chars().next() {
        Some(c @ (')' | '）')) => i + c.len_utf8(),
        _ => end,
    }
}

/// Byte offset of a sub-slice of `text`.
fn start_of(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

fn end_of(text: &str, part: &str) -> usize {
    start_of(text, part) + part.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Bulletin;

    /// Every record of `text`, one per line: `kind value` with `input[span]`.
    fn r(text: &str) -> String {
        let b = Bulletin::parse(text).unwrap();
        let mut out = Vec::new();
        for t in &b.tallies {
            out.push(format!("tally {:?} {} ({})", t.kind, t.count.value, t.what));
        }
        for s in &b.seizures {
            let q = s
                .quantity
                .as_ref()
                .map_or(String::new(), |q| format!(" q={}", q.text));
            let v = s
                .value
                .as_ref()
                .map_or(String::new(), |v| format!(" v={}", v.text));
            out.push(format!(
                "seizure {:?} {:?} {}{q}{v}",
                s.kind, s.action, s.item
            ));
        }
        if let Some(f) = &b.fraud {
            let json = serde_json::to_value(f).unwrap();
            for (k, v) in json.as_object().unwrap() {
                if !v.is_null() {
                    out.push(format!("fraud {k} {}", v["value"]));
                }
            }
        }
        for t in &b.trends {
            out.push(format!(
                "trend {:?} {} {:?}",
                t.direction, t.percent, t.basis
            ));
        }
        for w in &b.warnings {
            out.push(format!("warning {} [{}]", w.message, &text[w.span.range()]));
        }
        out.join("\n")
    }

    #[test]
    fn active_and_passive_voice() {
        insta::assert_snapshot!(r("Police captured 8 current criminals and 6 fugitives."), @r"
        tally Arrests 8 (current criminals)
        tally Fugitives 6 (fugitives)
        ");
        insta::assert_snapshot!(r("8 criminals were captured and 512 criminal gangs were busted."), @r"
        tally Arrests 8 (criminals)
        tally GangsBusted 512 (criminal gangs)
        ");
        insta::assert_snapshot!(r("The number of suspects arrested reached 154,000."), @"tally Arrests 154000 (suspects)");
        insta::assert_snapshot!(r("A total of 12,317 people have been counseled."), @"tally OffendersHandled 12317 (people)");
    }

    #[test]
    fn lists_share_a_verb() {
        insta::assert_snapshot!(r("They investigated and dealt with 26 drug addicts, 26 drunk drivers and 9 unlicensed drivers."), @r"
        tally OffendersHandled 26 (drug addicts)
        tally OffendersHandled 26 (drunk drivers)
        tally OffendersHandled 9 (unlicensed drivers)
        ");
        insta::assert_snapshot!(r("Over 1,900 phone cards, nearly 3,200 bank cards and 415 computers had been confiscated."), @r"
        seizure Devices Confiscated phone cards q=Over 1,900
        seizure Devices Confiscated bank cards q=nearly 3,200
        seizure Devices Confiscated computers q=415
        ");
    }

    #[test]
    fn machine_translated_order() {
        insta::assert_snapshot!(r("The brigade checked vehicles 1,873 units and set up checking point 6 places."), @r"
        tally VehiclesChecked 1873 (vehicles)
        tally Checkpoints 6 (checking point)
        warning binding guessed from machine-translated word order (noun before its number) [1,873]
        warning binding guessed from machine-translated word order (noun before its number) [6]
        ");
        insta::assert_snapshot!(r("3,356 vehicles captured 8 current criminals."), @"tally Arrests 8 (current criminals)");
    }

    #[test]
    fn ellipsis_and_glued_sentences() {
        insta::assert_snapshot!(r("1,184 conflicts and disputes were investigated, 1,097 were dealt with."), @r"
        tally Disputes 1184 (conflicts)
        tally Disputes 1097 (conflicts)
        ");
        insta::assert_snapshot!(r("Police made good results.They arrested 19 people involved."), @"tally Arrests 19 (people involved)");
    }

    #[test]
    fn headline_then_detail_is_one_fact() {
        insta::assert_snapshot!(r("Police nab 11 suspects\nThe police arrested 11 suspected drug dealers."), @"tally Arrests 11 (suspects)");
    }

    #[test]
    fn seizures_with_quantity_and_value() {
        insta::assert_snapshot!(r("Police seized 12.6 kilograms of heroin, worth an estimated 2.4 million yuan."), @"seizure Drugs Seized heroin q=12.6 kilograms v=an estimated 2.4 million yuan");
        insta::assert_snapshot!(r("Customs seized goods worth 1.6 billion yuan (US$231 million)."), @"seizure Goods Seized goods v=1.6 billion yuan");
        insta::assert_snapshot!(r("Police recovered 38,210 ancient coins and more than 260,000 yuan in illegal gains."), @r"
        seizure Relics Recovered ancient coins q=38,210
        seizure Cash Recovered illegal gains v=more than 260,000 yuan
        ");
        insta::assert_snapshot!(r("They intercepted 1,683 tons of frozen beef and 402 tons of chicken feet."), @r"
        seizure Goods Intercepted frozen beef q=1,683 tons
        seizure Goods Intercepted chicken feet q=402 tons
        ");
    }

    #[test]
    fn fraud_figures_stay_in_fraud() {
        insta::assert_snapshot!(r("In telecom fraud cases, 17 suspects have been punished and 380,000 yuan of defrauded funds has been returned; police issued more than 45,000 anti-fraud warnings, with a 100% response rate."), @r"
        fraud funds_returned 380000
        fraud suspects_arrested 17
        fraud warning_response_rate 100
        fraud warnings_issued 45000
        ");
        insta::assert_snapshot!(r("Police cracked 97 cases of pension fraud."), @"tally CasesSolved 97 (cases of pension fraud)");
    }

    #[test]
    fn trends_and_respectively() {
        insta::assert_snapshot!(r("Theft and robbery rose 32.7% and 42.9% year on year respectively."), @r"
        trend Increase 32.7 Some(YearOnYear)
        trend Increase 42.9 Some(YearOnYear)
        ");
        insta::assert_snapshot!(r("There was a 20.9% year on year decrease in cases, and accidents fell 5 percent month on month."), @r"
        trend Decrease 20.9 Some(YearOnYear)
        trend Decrease 5 Some(MonthOnMonth)
        ");
        insta::assert_snapshot!(r("Satisfaction rose to 95.4 percent."), @"");
    }

    #[test]
    fn descriptions_are_not_counts() {
        insta::assert_snapshot!(r("Police caught 9 suspects of the 12-member gang."), @"tally Arrests 9 (suspects)");
        insta::assert_snapshot!(r("The ring had 160 police on its trail."), @"");
        insta::assert_snapshot!(r("The crackdown resulted in over 61,000 arrests."), @"tally Arrests 61000 (arrests)");
        insta::assert_snapshot!(r("Police seized nine copies of fake diplomas."), @"seizure Counterfeit Seized copies of fake diplomas q=nine");
    }

    #[test]
    fn changes_are_not_counts() {
        insta::assert_snapshot!(r("Police handled 58 cases, up 12 cases from last year."), @"tally CasesSolved 58 (cases)");
    }

    #[test]
    fn warnings() {
        insta::assert_snapshot!(r("Police found 186 hidden dangers and rectified 240 hidden dangers."), @r"
        tally HazardsFound 186 (hidden dangers)
        tally HazardsRectified 240 (hidden dangers)
        warning more hazards rectified than found [240]
        ");
        insta::assert_snapshot!(r("The gang made 12.2 million yuan (US$1.4 billion)."), @"warning implausible currency conversion: implies 0.01 yuan per US dollar [12.2 million yuan (US$1.4 billion]");
        insta::assert_snapshot!(r("The clearance rate was 120%."), @"warning a rate over 100% [120%]");
    }

    #[test]
    fn clause_edges_may_be_multibyte() {
        let text = "共破获案件，抓获12名嫌疑人";
        let start = text.find("12").unwrap();
        let clause = clause_of(text, Span::new(start, start + 2), Span::new(0, text.len()));
        assert!(text.is_char_boundary(clause.start));
        assert_eq!(&text[clause.range()], "抓获12名嫌疑人");
    }
}
