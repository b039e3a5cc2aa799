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
//!
//! Each phrasing is a small named rule in a submodule: [`clause`] finds
//! the verb (passive, past an insertion, nearest to the left, a shared
//! list verb; [`joiners`] what joins a list's items), [`noun`] the counted
//! noun phrase after the number and
//! [`subject`] the one before it, [`item`] the kind of a seized thing,
//! [`count`] what a number counts, what was done to it and the record they
//! make, [`asides`] the ages and names between a count and its verb,
//! [`target`] the record a noun class and verb class make, [`money`] and
//! [`trend`] the money and percent figures ([`change`] and [`basis`] their
//! direction and comparison), [`fraud`] the fraud context, and [`keep`]
//! keeps each record once.
//!
//! The binder reads the token stream, never the words again: [`rules`]
//! holds the clause rules written as nom parsers over
//! [`TokenInput`] (clause edges, verb
//! phrases, machine-translated order), and [`words`] answers the byte-offset
//! questions of the older rules from the tokens, where a word outside a
//! table costs a bit test.

use crate::lex::input::TokenInput;
use crate::lex::{Class, Classes, Kind, Token, Tokens};
use nom::Input;
use std::collections::HashMap;

use crate::quantity::Decimal;
use crate::record::lexicon::{
    Noun, Verb, AUXILIARIES, COUNTERFEIT, DERIVED, FRAUD_WORDS, GENERAL_TOTALS, ITEMS,
    LIST_JOINERS, MIXED_TOTALS, NOUNS, OTHER_CRIMES, TELECOM_WORDS, TREND_AFTER, TREND_BEFORE,
    TREND_CJK, TREND_ECONOMY, TREND_NEUTRAL, VERBS,
};
use crate::record::{
    Basis, Direction, FraudStats, Seizure, SeizureAction, SeizureKind, Tally, TallyKind, Trend,
};
use crate::text::{
    ascii_word_before, ascii_word_len, ceil_char, floor_char, last_word, match_prefix,
    match_suffix, skip_spaces, trim, trim_start, Lexicon,
};
use crate::{Figure, Span, Unit, Warning, WarningKind};

mod asides;
mod basis;
mod change;
mod cjk;
mod clause;
mod count;
mod cues;
mod custody;
mod food_haul;
mod fraud;
mod index;
mod item;
mod joiners;
mod keep;
mod label;
mod metric;
mod money;
mod money_held;
mod money_item;
mod noun;
mod particle;
mod reading;
mod rules;
mod scoreboard;
mod seen;
mod subject;
mod target;
#[cfg(test)]
mod tests;
mod trend;
mod unrealized;
mod value_after;
mod words;

use asides::*;
use basis::*;
use change::*;
use clause::*;
use cues::*;
use custody::*;
use fraud::*;
use index::*;
use item::*;
use joiners::*;
use label::*;
use metric::*;
use noun::*;
use particle::*;
use reading::*;
use rules::*;
use seen::*;
use subject::*;
use target::*;
use trend::*;
use unrealized::*;
use words::*;

/// How far (bytes) apart the same count must stand to be a repeat.
const REPEAT_GAP: usize = 150;

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

/// Verbs of saying: the speaker before them (`Police said 6 were
/// arrested`) is not what a number counts, nor are they part of an item
/// (`said smuggled cigarettes worth`).
pub(super) const REPORTING: [&str; 10] = [
    "added",
    "announced",
    "disclosed",
    "noted",
    "reported",
    "revealed",
    "said",
    "says",
    "stated",
    "told",
];

/// The records of one bulletin.
#[derive(Debug, Default)]
pub(crate) struct Records<'a> {
    pub tallies: Vec<Tally<'a>>,
    pub seizures: Vec<Seizure<'a>>,
    pub fraud: Option<FraudStats<'a>>,
    pub trends: Vec<Trend<'a>>,
    pub warnings: Vec<Warning>,
    /// Which rule made each record, when asked for ([`explain`]).
    pub made: Made,
}

/// The rule that made a record: how its figure found its verb, and how
/// it found what it counts (`left_verb` / `number_noun`: `arrested 15
/// suspects`; `passive` / `number_noun`: `15 suspects were arrested`).
///
/// The verb (`how`): `verb_after_noun` (`946 suspects arrested`),
/// `passive`, `passive_after_insertion` (`46 suspects, who had fled, were
/// caught`), `passive_through` (`48 cases linked to logging have been
/// solved`), `list_chain` (the verb of the list item before), `list_end`
/// (`2,500 cards and 578 computers were confiscated`), `dealt_verb` (`arrested
/// and prosecuted 45 and 30 suspects respectively`), `left_verb`,
/// `verb_before_money`, `verbless_result` (`; 3,600 suspects.`),
/// `taken_before` (`the seized drugs totaled 10.5 kg`),
/// `direction_before` / `direction_after` / `signed` (trends), `no_verb`.
///
/// The thing (`what`): `number_noun` (`15 suspects`), `out_of`,
/// `quoted_noun`, `noun_before_number` (`cracked cases 19`), `elided`
/// (`1,097 were dealt with`), `subject_before`, `extended_noun`,
/// `of_complement`, `and_noun`, `item_weighing`, `made_into`,
/// `unclassed_item`, `described_people` (`410 not wearing helmets`);
/// money: `worth_of`, `worth_before`, `money_item`, `cash_before_of`,
/// `bare_cash`, `fraud_funds`, `dissuasion_amount`; percents: `percent`,
/// `response_rate`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Rule {
    /// How the verb was found (`passive`, `left_verb`, `list_end`...), or
    /// `no_verb`.
    pub how: &'static str,
    /// How the counted thing was found (`number_noun`, `noun_before`,
    /// `of_complement`...), or the money or percent rule.
    pub what: &'static str,
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.how, self.what)
    }
}

/// The rules of the records, in step with them: `tallies[i]` made
/// `Records::tallies[i]`, and so on; the last rule given a fraud field
/// is the one that filled it. Kept only when the binder is asked to
/// explain (reviewing rules, tests), so a parse pays nothing for it.
#[derive(Debug, Default)]
pub(crate) struct Made {
    pub tallies: Vec<Rule>,
    pub seizures: Vec<Rule>,
    pub fraud: Vec<(FraudField, Rule)>,
    pub trends: Vec<Rule>,
}

/// Every record of `text` with the rule that made it: `(record, span of
/// its figure, rule)`, tallies, seizures, fraud fields, then trends. The
/// same stages as [`crate::Parser::parse`] up to the binder.
pub(crate) fn explain(text: &str) -> Vec<(String, Span, String)> {
    let tokens = Tokens::new(text);
    let sentences = crate::text::sentence::sentences(&tokens);
    let scan = crate::quantity::scan(&tokens);
    let records = bind(&tokens, &sentences, &scan.figures, true);
    let made = &records.made;
    let mut out = Vec::new();
    for (t, r) in records.tallies.iter().zip(&made.tallies) {
        out.push((format!("tally {}", t.kind), t.count.span, r.to_string()));
    }
    for (s, r) in records.seizures.iter().zip(&made.seizures) {
        let f = s.quantity.as_ref().or(s.value.as_ref());
        let span = f.map_or(Span::new(0, 0), |f| f.span);
        out.push((
            format!("seizure {} {}", s.kind, s.action),
            span,
            r.to_string(),
        ));
    }
    if let Some(mut fraud) = records.fraud.clone() {
        for &field in FraudField::ALL {
            let Some(f) = fraud.slot(field).as_ref() else {
                continue;
            };
            let rule = made.fraud.iter().rev().find(|(k, _)| *k == field);
            let rule = rule.map_or_else(String::new, |(_, r)| r.to_string());
            out.push((format!("fraud {}", field.name()), f.span, rule));
        }
    }
    for (t, r) in records.trends.iter().zip(&made.trends) {
        out.push((format!("trend {}", t.direction), t.span, r.to_string()));
    }
    out
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
#[inline(never)]
pub(crate) fn build<'a>(
    tokens: &Tokens<'a>,
    sentences: &[Span],
    figures: &[Figure<'a>],
) -> Records<'a> {
    bind(tokens, sentences, figures, false)
}

/// How a sentence continues the one before it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fragment {
    /// It opens with a comma or a lowercase word: `. , successfully
    /// blocked 50 cases.`
    Continued,
    /// A short verbless line that opens with a number, a list item:
    /// `... officers. 963 vehicles.`
    Item,
}

/// Whether `sentence` continues the one before it, and how.
/// (Past at most 256 bytes of leading blanks: a longer run would be read
/// again for each figure of the sentence.)
fn is_fragment(w: &Words<'_, '_>, text: &str, sentence: Span) -> Option<Fragment> {
    let head = &text[sentence.start..floor_char(text, sentence.end.min(sentence.start + 256))];
    let body = &text[sentence.start + head.len() - trim_start(head).len()..sentence.end];
    if body.len() < 40
        && body.starts_with(|c: char| c.is_ascii_digit())
        && verb_inside(w, body).is_none()
    {
        return Some(Fragment::Item);
    }
    body.starts_with(|c: char| c == ',' || c.is_ascii_lowercase())
        .then_some(Fragment::Continued)
}

/// [`build`], keeping the rule that made each record when `explain`.
/// Inlined, so that `build` holds the binder's whole cost (as
/// `benches/stages.sh` reads it).
#[inline(always)]
fn bind<'a>(
    tokens: &Tokens<'a>,
    sentences: &[Span],
    figures: &[Figure<'a>],
    explain: bool,
) -> Records<'a> {
    let text = tokens.text();
    let (index, starts) = Index::with_starts(tokens);
    // The headline: a first line of at most 200 bytes, looked for no
    // further than that.
    let title_end = text[..floor_char(text, text.len().min(201))]
        .find('\n')
        .unwrap_or(0);
    let mut b = Binder {
        text,
        words: Words::new(tokens, &starts),
        seen: Seen::default(),
        index,
        title_end,
        last_noun: None,
        last_item: None,
        last_bound: None,
        consumed: 0,
        fraud_detention: None,
        plain_fraud: None,
        kinds_lot: None,
        telecom_held: 0,
        explain,
        rule: Rule::default(),
        out: Records::default(),
        fraud: FraudStats::default(),
        has_fraud: false,
        last_fraud: None,
        respectively: NextRespectively::default(),
        unrealized_end: None,
        rate_words: None,
        warning: None,
        names_fraud: false,
        fraud_named: 0,
    };
    // A bulletin whose lead is about telecom fraud is about it throughout.
    // (The lead ends with the sentence of the first figure: a report that
    // counts other things first and turns to fraud later is not one. A
    // figure in the title does not end it: the title only names the story
    // its first sentences tell.)
    let first = figures.iter().find(|f| f.span.start > title_end);
    let first_k = first.map(|f| sentences.partition_point(|s| s.end <= f.span.start));
    let first = first.map_or(text.len(), |f| {
        first_k
            .and_then(|k| sentences.get(k))
            .map_or(text.len(), |s| s.end.max(f.span.end))
    });
    let lead = Span::new(0, floor_char(text, first.min(LEAD_LEN)));
    // (A lead that names other crimes too, `telecom fraud, theft and drug
    // crimes`, opens a report of mixed totals.)
    // (Nor does one whose fraud is only a part of its totals: `cracked
    // 3,256 cases, among them 426 telecom fraud cases`.)
    let telecom_doc = Index::any(&b.index.telecom, lead)
        && Index::first(&b.index.fraud, lead)
            .is_some_and(|f| part_opener(text, Span::new(lead.start, f)).is_none())
        && !Index::any(&b.index.other_crimes, lead)
        && !Index::any(&b.index.mixed, lead)
        && !counts_all_crime(&b.index, sentences, lead)
        && !fraud_after_opening(text, &b.index, sentences, title_end, first_k);
    let mut s = 0;
    let mut i = 0;
    // The context words of the last figure's sentence.
    let mut sentence_words = None;
    let mut paragraph = Topic::default();
    // The last sentence read for fragments, and where its figures'
    // sentence starts.
    let mut fragment_start: Option<(usize, usize)> = None;
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
        // (`seized 6 cars; 14 phones; 3 knives`: and a run of fragments
        // the sentence before the first.)
        // (`seized 6 cars; 14 phones; 3 knives`: and past a run of list
        // items before it.)
        // (Read once a sentence: its figures share the answer.)
        let start = match fragment_start {
            Some((at, start)) if at == s => start,
            _ => {
                let mut start = sentence.start;
                if s > 0 && is_fragment(&b.words, text, sentences[s]).is_some() {
                    let mut k = s - 1;
                    while k > 0
                        && s - k < MAX_LIST
                        && is_fragment(&b.words, text, sentences[k]) == Some(Fragment::Item)
                    {
                        k -= 1;
                    }
                    start = sentences[k].start;
                }
                fragment_start = Some((s, start));
                start
            }
        };
        sentence.start = start;
        // A sentence always holds its figure whole, whatever split it.
        sentence = Span::new(
            sentence.start.min(f.span.start),
            sentence.end.max(f.span.end),
        );
        let clause = clause_of(&b.words, &b.index, f.span, sentence);
        let mut words = SentenceWords::reuse(sentence_words, text, &b.index, sentence);
        let fraud = is_fraud(text, &b.index, clause, &words, telecom_doc);
        // Fraud-only records (warnings, dissuasion, fraud funds) also in a
        // sentence that continues a paragraph about telecom fraud.
        let topic =
            !fraud && !words.names_other() && paragraph.before(text, &b.index, sentences, s);
        // Warnings, dissuasion and visits are anti-fraud work wherever a
        // fraud word stands in their sentence, telecom named or not
        // (`issued 86,000 fraud early warnings`).
        // (Or where the anti-fraud centres' own noun stands: `6,240 early
        // warnings were verified`.)
        // (The centres' noun is looked for last: another crime named, or
        // a fraud word, decides first.)
        let fraud_work = fraud
            || topic
            || (!words.names_other() && (words.names_fraud() || words.names_fraud_work(text)));
        b.names_fraud = words.names_fraud();
        sentence_words = Some(words);

        // A converted twin (`20 million yuan (US$2.81 million)`) is read with
        // the money before it.
        let twin = figures.get(i + 1).filter(|t| is_twin(text, f, t));
        if let Some(t) = twin {
            b.check_conversion(f, t);
        }
        let after = twin.map_or(f.span.end, |t| after_paren(text, t.span.end));
        // (`580 million yuan — the amount of money returned`: a
        // scoreboard's money or share reads on past its lead. Not a line
        // naming fraud outside a telecom fraud context: money kept from
        // fraudsters is no seizure, nor a fraud field then.)
        let lead_ok = fraud || topic || !words.names_fraud();
        let after = match f.unit {
            Some(u) if lead_ok && (u.is_currency() || u == Unit::Percent) => {
                scoreboard::scoreboard_lead(text, after, sentence.end).unwrap_or(after)
            }
            _ => after,
        };
        let ctx = Ctx {
            before: WordBefore::of(text, f.span.start),
            sentence,
            clause,
            fraud,
            topic,
            fraud_work,
            fraud_part: fraud && words.opens_part(),
            after,
            list: &figures[i..],
            prev: i.checked_sub(1).and_then(|k| figures.get(k)),
            weight: figures
                .get(i + if twin.is_some() { 2 } else { 1 })
                .filter(|w| w.unit == Some(Unit::Kg))
                .cloned(),
        };
        if b.kinds_total(f) || fraud_work && b.cases_stop_paid(f, &ctx) {
            i += 1;
            continue;
        }
        match f.unit {
            // (`cases filed | 1,024 | 1,388`: a later column of a table
            // row is no count of the row's label.)
            // (Unless its column has a header of its own: `Month |
            // Warnings issued` over `July | 4,210 | 1,032`.)
            // (Nor a money column whose header names its cash and verb:
            // `| Funds frozen (yuan) |`.)
            u if u != Some(Unit::Percent)
                && later_column(text, f.span.start)
                && column_header(&b.words, f.span.start).is_none()
                && !(u.is_some_and(Unit::is_currency)
                    && money_item::header_money_label(&b.words, f.span.start).is_some()) => {}
            Some(Unit::Percent) => b.percent(f, &ctx),
            Some(u) if u.is_currency() => b.money(f, &ctx),
            _ => b.count(f, &ctx),
        }
        i += if twin.is_some() { 2 } else { 1 };
    }
    b.finish()
}

/// Where the figure sits.
struct Ctx<'f, 'a> {
    /// The word right before the number, which many rules ask about.
    before: WordBefore<'a>,
    sentence: Span,
    /// The figure's clause ([`clause_of`]).
    clause: Span,
    fraud: bool,
    /// The sentence continues a paragraph about telecom fraud
    /// ([`Topic`]): fraud-only fields may be read in it.
    topic: bool,
    /// Fraud-only counts (warnings, people dissuaded, visits) may be read:
    /// `fraud`, `topic`, or a fraud word in a sentence naming no other crime.
    fraud_work: bool,
    /// In fraud context, a part of a total opens before the sentence's
    /// first fraud word (`among them 426 telecom fraud cases`).
    fraud_part: bool,
    /// Where reading to the right starts (after a converted twin, if any).
    after: usize,
    /// This figure and those after it: the list it may open.
    list: &'f [Figure<'a>],
    /// The figure before this one, if any.
    prev: Option<&'f Figure<'a>>,
    /// The next figure, when it is a mass (`20 bags ..., weighing 20 kg`).
    weight: Option<Figure<'a>>,
}

impl Ctx<'_, '_> {
    /// The verb at the end of a list this figure opens, if any
    /// ([`list_verb`]). Read only when a rule asks: most figures find their
    /// verb before this last resort.
    fn list_verb(&self, w: &Words<'_, '_>) -> Option<(Verb, usize)> {
        list_verb(w, self.list, self.sentence)
    }
}

struct Binder<'t, 'a> {
    text: &'a str,
    /// The tokens, for word lookups.
    words: Words<'t, 'a>,
    seen: Seen<'a>,
    index: Index,
    /// End of the headline (the first line, when short), or 0.
    title_end: usize,
    /// A detention count holding the fraud arrests field, until a formal
    /// arrest count replaces it.
    fraud_detention: Option<(Figure<'a>, &'a str, Rule)>,
    /// A count of fraud named with no telecom word holding a fraud field,
    /// until one naming telecom fraud takes it ([`fraud::plain`]).
    plain_fraud: Option<PlainHolder<'a>>,
    /// A lot counted in kinds whose total follows in its clause (ending
    /// at the span's end): the total's figure is its quantity.
    kinds_lot: Option<(SeizureKind, SeizureAction, &'a str, Span, Rule)>,
    /// The fraud fields (a bit each) held by a count whose noun names
    /// telecom fraud: a plain fraud count does not take them.
    telecom_held: u32,
    /// Whether to keep the rule of each record (in `out.made`).
    explain: bool,
    /// The rule of the record being made.
    rule: Rule,
    /// The last classified noun and where its figure ended, for ellipsis.
    last_noun: Option<(NounPhrase<'a>, usize)>,
    /// The last seizable item with no class of its own (`2,300 mobile
    /// phones`) and where its figure ended: what a part named by its
    /// pronoun (`recovered 1,870 of them`) or `all 58` refers back to.
    last_item: Option<(NounPhrase<'a>, usize)>,
    /// Where the last bound item ended (its noun, or its passive verb), its
    /// verb, and whether that verb was a passive after it: the next item of
    /// the same list shares the verb.
    last_bound: Option<(usize, Verb, bool)>,
    /// The end of a figure already read as part of another record (the
    /// weight of a seizure counted in units).
    consumed: usize,
    out: Records<'a>,
    fraud: FraudStats<'a>,
    has_fraud: bool,
    /// The field the last fraud count filled and where its figure ended:
    /// money `involving` it is its money (`2,600 stop payments, involving
    /// 98 million yuan`).
    last_fraud: Option<(FraudField, usize)>,
    /// Where the `respectively` after the last count asked is.
    respectively: NextRespectively,
    /// Where the object of the last act that was a plan, a duty or a
    /// denial ends: an act joined to it is one too.
    unrealized_end: Option<usize>,
    /// The words of the last sentence a rate was read in, for its next.
    rate_words: Option<trend::RateWords>,
    /// Whether the last sentence asked about speaks of warning or names
    /// the 96110 line ([`fraud::names_warning`]), with that sentence:
    /// asked again for each call count of a sentence, read once.
    warning: Option<(Span, bool)>,
    /// Whether the sentence of the figure being bound names fraud.
    names_fraud: bool,
    /// The fraud fields (a bit each, by [`FraudField`] order) whose figure
    /// came from a sentence that names fraud.
    fraud_named: u32,
}
