//! Money a seizure's own words name around it: the sum a taken thing
//! came to (`the confiscated proceeds amounted to 3 million yuan`), and a
//! haul named by its value (`the HK$2 million haul was found`).

use super::*;

/// Words that state the sum a subject came to, before the money
/// (lowercase; the longest first where one ends another).
const CAME_TO: [&str; 17] = [
    "amounted to",
    "amounting to",
    "came to",
    "reached",
    "reaching",
    "stood at",
    "totaled",
    "totaling",
    "totalled",
    "totalling",
    "was worth",
    "were worth",
    "is worth",
    "are worth",
    "was",
    "were",
    "hit",
];

/// Hedges a translation leaves outside the figure (`reaching as high as
/// NT$6 billion`).
const AS_HIGH_AS: [&str; 2] = ["as high as", "as much as"];

/// Nouns that name what a seizure took as a whole: its value stands
/// right before (`a HK$7 million haul`).
const HAULS: [&str; 6] = [
    "consignment",
    "haul",
    "hauls",
    "seizure",
    "seizures",
    "shipment",
];

/// Whether `s` ends with `suffix` as whole words, ignoring ASCII case.
fn ends_with_words(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        && !s[..s.len() - suffix.len()].ends_with(|c: char| c.is_ascii_alphanumeric())
}

/// How far (bytes) before its verb of reaching a subject led by a
/// participle starts at most.
const SUBJECT_REACH: usize = 48;

/// The subject that ends at `at`, when a participle of a verb of the
/// lexicon leads it after an article, `with` or a possessive (`the seized
/// cash`, `with confiscated proceeds`): the verb and the words after the
/// participle, with no clause edge among them.
fn taken_subject<'a>(
    w: &Words<'_, 'a>,
    verbs: &[(usize, usize, Verb)],
    at: usize,
    floor: usize,
) -> Option<(Verb, &'a str)> {
    const LEADS: [&str; 7] = ["a", "an", "its", "the", "their", "this", "with"];
    let text = w.text();
    let floor = floor.max(at.saturating_sub(SUBJECT_REACH));
    let upto = verbs.partition_point(|&(end, _, _)| end <= at);
    let &(end, s, v) = verbs[..upto].last()?;
    let word = &text[s..end];
    let participle = (word.ends_with("ed") || word.ends_with("en")) && !word.contains(' ');
    let lead = ascii_word_before(text, skip_back_spaces(text, s, floor));
    let led = LEADS.iter().any(|l| lead.eq_ignore_ascii_case(l));
    let item = trim(&text[end..at]);
    // (`the arrested suspect's debt was`: past a possessive the subject
    // is what the taken one owned, not what was taken.)
    let edge = item.contains([',', ';', ':', '.', '(', ')'])
        || item.contains("'s ")
        || item.contains("\u{2019}s ")
        || item.contains("s' ");
    (s >= floor && participle && led && !item.is_empty() && !edge).then_some((v, item))
}

/// Words that may lead a subject whose participle follows its noun (`the
/// gambling funds seized`, `the value of goods seized`): an article or a
/// possessive, or the `of` after the value or amount the money is of.
const SUBJECT_LEADS: [&str; 6] = ["the", "its", "their", "this", "these", "of"];

/// How many words the noun of such a subject may have.
const SUBJECT_WORDS: usize = 4;

/// The subject that ends at `at` with a participle of a verb of the
/// lexicon after its noun (`the gambling funds seized`, `the value of
/// the drug-related assets confiscated`): the verb and the lowercase
/// noun between the lead ([`SUBJECT_LEADS`]) and the participle, with no
/// clause edge among them.
fn subject_then_participle<'a>(
    w: &Words<'_, 'a>,
    verbs: &[(usize, usize, Verb)],
    at: usize,
    floor: usize,
) -> Option<(Verb, &'a str)> {
    let text = w.text();
    let e = skip_back_spaces(text, at, floor);
    let upto = verbs.partition_point(|&(end, _, _)| end <= e);
    let &(end, s, v) = verbs[..upto].last()?;
    let word = &text[s..end];
    if end != e || word.contains(' ') || !(word.ends_with("ed") || word.ends_with("en")) {
        return None;
    }
    let item_end = skip_back_spaces(text, s, floor);
    let mut start = item_end;
    for _ in 0..=SUBJECT_WORDS {
        let word = ascii_word_before(text, start);
        if SUBJECT_LEADS.iter().any(|l| word.eq_ignore_ascii_case(l)) {
            let item = trim(&text[start..item_end]);
            return (!item.is_empty()).then_some((v, item));
        }
        let b = start - word.len();
        let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
        if !lower || b <= floor || w.verb(b, start).is_some() {
            return None;
        }
        // (`drug-related`: a word is read with its hyphens.)
        start = match text[..b].strip_suffix('-') {
            Some(r) => r.len(),
            None => skip_back_spaces(text, b, floor),
        };
        if start == b {
            return None;
        }
    }
    None
}

impl<'a> Binder<'_, 'a> {
    /// `the seized cash totalled 1.2 million yuan`, `with confiscated
    /// proceeds reaching NT$6 billion`: the money a subject came to, where
    /// a participle of taking leads the subject. Records the seizure;
    /// whether it did.
    pub(super) fn money_subject_taken(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        let text = self.text;
        let w = self.words;
        let floor = ctx.sentence.start;
        let mut head = text[floor..f.span.start].trim_end();
        if let Some(h) = AS_HIGH_AS.iter().find(|h| ends_with_words(head, h)) {
            head = head[..head.len() - h.len()].trim_end();
        }
        // (`exceeded 100 million yuan`: the figure holds its own verb of
        // reaching, as its qualifier.)
        let exceeds = || {
            let b = f.text.as_bytes();
            [&b"exceed"[..], b"surpass"]
                .iter()
                .any(|p| starts_ignore_case(b, p))
        };
        let Some(link) = CAME_TO
            .iter()
            .find(|l| ends_with_words(head, l))
            .map(|l| l.len())
            .or_else(|| exceeds().then_some(0))
        else {
            return false;
        };
        let at = floor + head.len() - link;
        let Some((v, item)) = taken_subject(&w, &self.index.verbs, at, floor)
            .or_else(|| subject_then_participle(&w, &self.index.verbs, at, floor))
        else {
            return false;
        };
        let Some(kind) = item_kind(&w, item) else {
            return false;
        };
        let Some(action) = seizure_action(v, kind) else {
            return false;
        };
        // (`the returned money was 3 million yuan` in a sentence on
        // fraud: money given back to victims is the fraud report's, no
        // seizure; in a telecom-fraud sentence or paragraph, its fund.)
        if action == SeizureAction::Recovered && (ctx.fraud || ctx.topic || ctx.fraud_work) {
            if !(ctx.fraud || ctx.topic) {
                return false;
            }
            // (`Return` names funds returned, `Recover` funds recovered.)
            let field = cjk::fund_field(v).unwrap_or(FraudField::FundsRecovered);
            self.rule = Rule {
                how: "subject_participle",
                what: "fraud_funds",
            };
            self.set_fraud(field, f);
            return true;
        }
        self.rule = Rule {
            how: "subject_participle",
            what: "taken_subject",
        };
        self.seize(kind, action, item, None, Some(f.clone()));
        true
    }

    /// `The HK$4 million haul was found`, `seized a $2 million
    /// shipment`: money right before a noun of a whole seizure is its
    /// value; the haul's own passive, or a verb right before it (maybe
    /// past an article), took it. Its kind is the last seizure's when
    /// that one is in the same sentence, else `other`. Records the seizure; whether the money names a haul.
    pub(super) fn money_haul(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        let text = self.text;
        let w = self.words;
        let at = skip_spaces(text, ctx.after, 2);
        let len = ascii_word_len(&text[at..]);
        let noun = &text[at..at + len];
        // (`a $2 million seizure of cocaine`: the thing named after it is
        // the item, read as any money item is.)
        let of_after = text[at + len..].trim_start().starts_with("of ");
        if at == ctx.after || of_after || !HAULS.iter().any(|h| noun.eq_ignore_ascii_case(h)) {
            return false;
        }
        let before = |v: (Verb, usize)| {
            let e = v.1 + w.verb_on(v.1).map_or(0, |(_, l)| l);
            text.get(e..f.span.start).is_some_and(|g| {
                let g = g.trim();
                g.is_empty() || ["a", "an", "the"].iter().any(|d| g.eq_ignore_ascii_case(d))
            })
        };
        let verb = passive_verb(&w, at + len, ctx.sentence.end)
            .map(|v| (v, "passive"))
            .or_else(|| {
                left_verb(&w, &self.index.verbs, f.span.start, ctx.sentence.start)
                    .filter(|&v| before(v))
                    .map(|v| (v, "verb_before_money"))
            });
        let Some(((v, _), how)) = verb else {
            // `seized 40 kg of heroin, a HK$12 million haul`: a haul no
            // verb of its own took, after the one lot its sentence took
            // (with no value yet), is that lot's value.
            let lots = self
                .out
                .seizures
                .iter()
                .rev()
                .take_while(|s| {
                    s.quantity
                        .as_ref()
                        .or(s.value.as_ref())
                        .is_some_and(|q| q.span.start >= ctx.sentence.start)
                })
                .count();
            if let Some(last) = self.out.seizures.last_mut().filter(|s| s.value.is_none()) {
                if lots == 1 {
                    self.seen
                        .seizure_values
                        .insert((last.kind, f.value, f.unit));
                    last.value = Some(f.clone());
                }
            }
            return true;
        };
        // (Only a seizure of this sentence gives the haul its kind: one
        // told sentences before took other things.)
        let kind = self
            .out
            .seizures
            .last()
            .filter(|s| {
                s.quantity
                    .as_ref()
                    .or(s.value.as_ref())
                    .is_some_and(|q| q.span.start >= ctx.sentence.start)
            })
            .map_or(SeizureKind::Other, |s| s.kind);
        self.rule = Rule { how, what: "haul" };
        if let Some(action) = seizure_action(v, kind) {
            self.seize(kind, action, noun, None, Some(f.clone()));
        }
        true
    }
}
