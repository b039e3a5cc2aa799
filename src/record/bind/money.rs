//! Money: fraud funds, seized cash, and the value of what was seized
//! (`worth`, `valued at`, `worth of`).

use super::*;

impl<'a> Binder<'_, 'a> {
    /// A money figure: fraud funds, or the cash or value of a seizure.
    pub(super) fn money(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) {
        if self.cjk_money(f, ctx) {
            return;
        }
        let text = self.text;
        let w = self.words;
        let item = money_item(&w, ctx.after, ctx.sentence.end)
            .map(|i| (i, "money_item"))
            .or_else(|| {
                cash_before_of(&w, f.span.start, ctx.sentence.start).map(|i| (i, "cash_before_of"))
            });
        let (item, item_rule) = (item.map(|(i, _)| i), item.map_or("bare_cash", |(_, r)| r));
        // `losses of 3.5 million yuan were recovered`: read on after the
        // money, whichever side its item is.
        let item_end = item.map_or(ctx.after, |i| end_of(text, i).max(ctx.after));
        // `stopped payment of 1.3 million yuan being transferred to
        // scammers`: a participle after the money describes it; the verb
        // before the money moved it.
        let left = left_verb(&w, &self.index.verbs, f.span.start, ctx.sentence.start);
        let described = left.is_some()
            && starts_ignore_case(&text.as_bytes()[skip_gap(text, item_end, 2)..], b"being ");
        // (The money's passive and the verb left of it are read once here
        // for the rules below that ask again.)
        let passive = passive_verb(&w, item_end, ctx.sentence.end);
        let verb = passive
            .filter(|_| !described)
            .map(|v| (v, "passive"))
            // `1.2 billion yuan involved in the fraud was frozen`: the
            // money's own passive, past a phrase, comes before a verb of an
            // earlier clause (`returned 3 million yuan, and 1.2 billion ...`).
            .or_else(|| {
                passive_from(&w, item_end, ctx.sentence.end, Read::Through)
                    .filter(|_| !described)
                    .map(|v| (v, "passive_through"))
            })
            .or_else(|| back_to(text, item_end).map(|v| (v, "back_to")))
            .or_else(|| left.map(|v| (v, "left_verb")))
            // `... was handed over to the victims`: a verb that moves people
            // (`handed over`, `transferred`) returns money to its owners.
            .map(|(v, r)| match v.0 {
                Verb::Arrest | Verb::Prosecute if to_owners(text, v.1, ctx.sentence.end) => {
                    ((Verb::Return, v.1), "to_owners")
                }
                _ => (v, r),
            })
            // `the amount of funds frozen reached 780 million yuan`: a verb
            // that reaches a total moves no money; the subject's own verb
            // before it does.
            .map(|(v, r)| {
                if v.0 == Verb::Publicize && ctx.fraud {
                    left_verb(&w, &self.index.verbs, v.1, ctx.sentence.start)
                        .map_or((v, r), |v| (v, "subject_verb"))
                } else {
                    (v, r)
                }
            });
        let (verb, verb_rule) = (verb.map(|(v, _)| v), verb.map_or("no_verb", |(_, r)| r));
        let worth = worth_before(&w, f.span.start);
        // `145 million yuan worth of assets ... was seized`: the value of
        // the things named after it.
        if let Some(things) = worth_of(&w, ctx.after, ctx.sentence.end).filter(|_| !ctx.fraud) {
            let kind = item_kind(&w, things).unwrap_or(SeizureKind::Other);
            let verb = passive_verb(&w, end_of(text, things), ctx.sentence.end)
                .map(|v| (v, "passive"))
                .or_else(|| left.map(|v| (v, "left_verb")))
                .or_else(|| ctx.list_verb(&w).map(|v| (v, "list_end")));
            let how = verb.map_or("no_verb", |(_, r)| r);
            self.rule = Rule {
                how,
                what: "worth_of",
            };
            if let Some(action) = verb.and_then(|((v, _), _)| seizure_action(v, kind)) {
                self.seize(kind, action, things, None, Some(f.clone()));
            }
            return;
        }
        // In a paragraph about telecom fraud, money moved for victims is
        // fraud money (money seized from someone is not read so).
        let topic = ctx.topic && !matches!(verb, Some((Verb::Seize | Verb::Confiscate, _)));
        // In anti-fraud work named without a telecom word, only the sum
        // people were talked out of paying (`persuaded 2,000 people not to
        // be defrauded, involving 45 million yuan`).
        let work_only = !(ctx.fraud || topic) && ctx.fraud_work;
        if ctx.fraud || topic || work_only {
            let field = match verb.map(|(v, _)| v) {
                Some(Verb::Return) => Some(FraudField::FundsReturned),
                Some(Verb::Freeze | Verb::Intercept) => Some(FraudField::FundsFrozen),
                // `seized 120,000 yuan in cash`: banknotes taken are a
                // seizure; funds seized are frozen.
                Some(Verb::Seize) if item.is_some_and(|i| names_banknotes(&w, i)) => None,
                Some(Verb::Seize) => Some(FraudField::FundsFrozen),
                Some(Verb::Recover) => Some(FraudField::FundsRecovered),
                Some(Verb::Avoid) => Some(FraudField::LossesAvoided),
                Some(Verb::Dissuade) => Some(FraudField::AmountDissuaded),
                // `blocked 67 million yuan of transfers`, `stopped 3
                // million yuan` was intercepted; losses blocked, and money
                // prevented or protected from a fraud, were avoided.
                Some(Verb::Block) => Some(match verb {
                    Some((_, at))
                        if blocks_funds(text, at) && !item.is_some_and(|i| names_losses(&w, i)) =>
                    {
                        FraudField::FundsFrozen
                    }
                    _ => FraudField::LossesAvoided,
                }),
                // Money counted, not moved: no fund field.
                Some(
                    Verb::Arrest
                    | Verb::Detain
                    | Verb::Solve
                    | Verb::File
                    | Verb::Bust
                    | Verb::Deploy
                    | Verb::Check
                    | Verb::Find
                    | Verb::Rectify
                    | Verb::Handle
                    | Verb::Mediate
                    | Verb::Rescue
                    | Verb::Publicize
                    | Verb::Confiscate
                    | Verb::Issue
                    | Verb::Visit
                    | Verb::Prosecute
                    | Verb::Harm
                    | Verb::Commit,
                )
                | None => None,
            };
            self.rule = Rule {
                how: verb_rule,
                what: "fraud_funds",
            };
            // `handled 3.7 million yuan of stop-payment funds`: money named
            // by what was done to it.
            let field = field.or_else(|| {
                let state = item.and_then(|i| item_state(&w, i));
                if state.is_some() {
                    self.rule.what = "item_state";
                }
                state
            });
            let field = field.or_else(|| {
                let involved = self.involved_money(f, ctx)?;
                self.rule.what = "involving";
                Some(involved)
            });
            let field = field.or_else(|| {
                let from = ceil_char(
                    text,
                    ctx.sentence.start.max(f.span.start.saturating_sub(40)),
                );
                self.rule.what = "dissuasion_amount";
                text[from..f.span.start]
                    .contains("dissuasion amount")
                    .then_some(FraudField::AmountDissuaded)
            });
            let field = field.filter(|&k| !work_only || k == FraudField::AmountDissuaded);
            if let Some(field) = field {
                self.set_fraud(field, f);
                return;
            }
        }
        if let Some(item_text) = worth {
            // `goods worth 4 billion yuan`: the value of what was seized.
            // `..., worth RMB1.3 billion` (no item named) or the same kind as
            // the last seizure of this sentence: that seizure's value.
            let kind = item_kind(&w, item_text);
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
                &w,
                &self.index.verbs,
                start_of(text, item_text),
                ctx.sentence.start,
            );
            if let (Some(kind), Some((v, _))) = (kind, item_verb) {
                self.rule = Rule {
                    how: "left_verb",
                    what: "worth_before",
                };
                if let Some(action) = seizure_action(v, kind) {
                    self.seize(kind, action, item_text, None, Some(f.clone()));
                }
            }
            return;
        }
        // Cash needs its own words: a named item (`in illegal gains`) or a
        // verb right after it (`was frozen`), not any verb in the sentence.
        // ... or a verb right before it (`police seized 9.9 million yuan`),
        // or the verb of the list it opens (`760,000 yuan and 9 motorcycles
        // were seized`).
        let adjacent = passive
            .map(|v| (v, "passive"))
            .or_else(|| {
                left.filter(|&(_, s)| {
                    let e = s + w.prefix_on(s, VERBS).map_or(0, |(_, l)| l);
                    text[e..f.span.start].trim().is_empty()
                })
                .map(|v| (v, "verb_before_money"))
            })
            .or_else(|| ctx.list_verb(&w).map(|v| (v, "list_end")))
            // `seized cash of 300,000 yuan and 200,000 US dollars`: money
            // right after the item before, in a list, shares its verb.
            .or_else(|| {
                self.chained_verb(f.span.start, ctx.sentence)
                    .map(|(v, _)| (v, "list_chain"))
            });
        let bound = if item.is_some() {
            verb.map(|v| (v, verb_rule))
        } else {
            adjacent
        };
        let Some(((v, _), how)) = bound else {
            return;
        };
        self.rule = Rule {
            how,
            what: item_rule,
        };
        let kind = item
            .and_then(|i| item_kind(&w, i))
            .unwrap_or(SeizureKind::Cash);
        if !matches!(kind, SeizureKind::Cash | SeizureKind::Counterfeit) {
            return;
        }
        if let Some(action) = seizure_action(v, kind) {
            self.seize(kind, action, item.unwrap_or("funds"), None, Some(f.clone()));
            self.last_bound = Some((item_end, v, false));
        }
    }
}

/// Whether `to the victims` (or owners, or the masses) follows the verb at
/// `at` within its clause: money moved to them was returned.
fn to_owners(text: &str, at: usize, ceil: usize) -> bool {
    const OWNERS: [&str; 7] = [
        "victims",
        "the victims",
        "their owners",
        "the owners",
        "owners",
        "the masses",
        "the people",
    ];
    let end = floor_char(text, ceil.min(at + 48));
    let clause = &text[at..end];
    let clause = &clause[..clause.find([',', ';']).unwrap_or(clause.len())];
    clause.match_indices(" to ").any(|(i, _)| {
        let rest = &clause[i + 4..];
        OWNERS.iter().any(|o| {
            rest.len() >= o.len()
                && rest.as_bytes()[..o.len()].eq_ignore_ascii_case(o.as_bytes())
                && !rest
                    .as_bytes()
                    .get(o.len())
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
    })
}

/// `gave 6.5 million yuan back to the victims`: money sent `back to`
/// someone was returned, whatever verb sent it (`handed`, `paid`, `gave`).
fn back_to(text: &str, from: usize) -> Option<(Verb, usize)> {
    let at = skip_gap(text, from, 2);
    starts_ignore_case(&text.as_bytes()[at..], b"back to ").then_some((Verb::Return, at))
}

/// `in illegal gains`, `of illicit money`, `fund involved`: what money is.
pub(super) fn money_item<'a>(w: &Words<'_, 'a>, from: usize, ceil: usize) -> Option<&'a str> {
    let text = w.text();
    let mut i = skip_gap(text, from, 2);
    let wl = ascii_word_len(&text[i..]);
    let word = &text[i..i + wl];
    if word.eq_ignore_ascii_case("in") || word.eq_ignore_ascii_case("of") {
        i = skip_gap(text, i + wl, 2);
        // `of the defrauded funds`
        let al = ascii_word_len(&text[i..]);
        if text[i..i + al].eq_ignore_ascii_case("the") {
            i = skip_gap(text, i + al, 2);
        }
    }
    let mut end = i;
    let mut j = i;
    for _ in 0..3 {
        // (A hyphenated word is one: `stop-payment funds`.)
        let wl = w.word_len_at(j);
        if wl == 0 || j + wl > ceil || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + wl];
        let conjunction = ["and", "or", "but", "while", "which"]
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c));
        // `of the frozen money`: a participle before the noun modifies it.
        let verb = w.prefix(j, j + wl, VERBS).is_some() && !is_modifier(w, j, j + wl);
        // `in cash from the suspects`: a preposition ends the item.
        let stop = NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p));
        if conjunction || stop || w.prefix(j, j + wl, AUXILIARIES).is_some() || verb {
            break;
        }
        end = j + wl;
        j = skip_gap(text, end, 1);
    }
    let item = &text[i..end];
    // (`2.6 million yuan in counterfeit banknotes`: the face value of
    // fake money, a counterfeit seizure.)
    let kind = item_kind(w, item);
    (!item.is_empty() && matches!(kind, Some(SeizureKind::Cash | SeizureKind::Counterfeit)))
        .then_some(item)
}

/// `worth of assets`: the lowercase words after `worth of`, up to three.
pub(super) fn worth_of<'a>(w: &Words<'_, 'a>, from: usize, ceil: usize) -> Option<&'a str> {
    let text = w.text();
    let i = skip_gap(text, from, 2);
    let rest = &text.as_bytes()[i..ceil.max(i)];
    if rest.len() < 9 || !rest[..9].eq_ignore_ascii_case(b"worth of ") {
        return None;
    }
    let start = i + 9;
    let mut end = start;
    let mut j = start;
    for _ in 0..3 {
        let wl = ascii_word_len(&text[j..]);
        if wl == 0 || j + wl > ceil || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + wl];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || w.prefix(j, j + wl, VERBS).is_some()
            || w.prefix(j, j + wl, AUXILIARIES).is_some()
        {
            break;
        }
        end = j + wl;
        j = skip_gap(text, end, 1);
    }
    (end > start).then(|| &text[start..end])
}

/// `recovering losses of 276 billion yuan`: a cash word and `of` (or
/// `totaling`, `amounting to`) before the money; in machine-translated
/// order the `of` may be missing (`recovered cash 3,000 yuan`).
pub(super) fn cash_before_of<'a>(w: &Words<'_, 'a>, start: usize, floor: usize) -> Option<&'a str> {
    let text = w.text();
    let b = skip_back_spaces(text, start, floor);
    let link = ascii_word_before(text, b);
    // `money of`, `money totaling`, `money amounting to`.
    let mut e = match ["of", "totaling", "totalling"]
        .iter()
        .any(|l| link.eq_ignore_ascii_case(l))
    {
        true => skip_back_spaces(text, b - link.len(), floor),
        false => b,
    };
    if link.eq_ignore_ascii_case("to") {
        let to = skip_back_spaces(text, b - link.len(), floor);
        let amounting = ascii_word_before(text, to);
        if amounting.eq_ignore_ascii_case("amounting") {
            e = skip_back_spaces(text, to - amounting.len(), floor);
        }
    }
    let word = ascii_word_before(text, e);
    let mut s = e - word.len();
    let is_cash = |word: &str| item_kind(w, word) == Some(SeizureKind::Cash);
    let mut cash = is_cash(word);
    // `recovered losses for the masses of 2.3 million yuan`: whom the
    // money is for stands between it and its cash word.
    if !cash {
        if let Some(lead) = for_whom(text, e, floor) {
            e = lead;
            s = e - ascii_word_before(text, e).len();
            cash = is_cash(&text[s..e]);
        }
    }
    (s >= floor && s < e && cash).then(|| &text[s..e])
}

/// `for the masses`, `for 120 victims`, `for the people`: where the words
/// before such a phrase, ending at `end`, end (up to three words after
/// `for`).
fn for_whom(text: &str, end: usize, floor: usize) -> Option<usize> {
    let mut e = end;
    for _ in 0..3 {
        // (A word read back may open before the floor: stop there.)
        let window = text.get(floor..e)?;
        let word = ascii_word_before(text, e);
        let digits = window
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_digit() || *b == b',')
            .count();
        let len = if word.is_empty() { digits } else { word.len() };
        if len == 0 {
            return None;
        }
        let before = skip_back_spaces(text, e - len, floor);
        let prev = ascii_word_before(text, before);
        if prev.eq_ignore_ascii_case("for") {
            return Some(skip_back_spaces(text, before - prev.len(), floor));
        }
        e = before;
    }
    None
}

/// `goods worth`, `valued at`: the item whose value the money is.
pub(super) fn worth_before<'a>(w: &Words<'_, 'a>, start: usize) -> Option<&'a str> {
    let text = w.text();
    let mut lead = skip_back_spaces(text, start, 0);
    let mut lw = ascii_word_before(text, lead);
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
        if !filler.iter().any(|x| lw.eq_ignore_ascii_case(x)) {
            break;
        }
        lead = skip_back_spaces(text, lead - lw.len(), 0);
        lw = ascii_word_before(text, lead);
    }
    // `with a (total) value of`, `involving an amount of`: worth, said
    // with a noun; only of a thing that is seized.
    let linked = lw.eq_ignore_ascii_case("value") || lw.eq_ignore_ascii_case("amount");
    let mut with = false;
    if linked {
        for words in [
            &["face", "market", "street"][..],
            &["total", "estimated"],
            &["a", "an", "the"],
        ] {
            let before = ascii_word_before(text, skip_back_spaces(text, lead - lw.len(), 0));
            if words.iter().any(|x| before.eq_ignore_ascii_case(x)) {
                lead = skip_back_spaces(text, lead - lw.len(), 0);
                lw = before;
            }
        }
        lead = skip_back_spaces(text, lead - lw.len(), 0);
        lw = ascii_word_before(text, lead);
        with = lw.eq_ignore_ascii_case("with");
    }
    let involving = lw.eq_ignore_ascii_case("involving");
    if linked && !(with || involving) {
        return None;
    }
    let direct = involving || lw.eq_ignore_ascii_case("worth") || lw.eq_ignore_ascii_case("at");
    if !(linked || direct) {
        return None;
    }
    // The item is the lowercase noun phrase before `worth`, up to three
    // words (`smuggled frozen meat worth`), or nothing (`..., worth`).
    let mut end = skip_back_spaces(text, lead - lw.len(), 0);
    // `seized 320 tons of oil, involving a value of`: what is involved
    // is the item before the comma, and it must be one.
    if involving && text[..end].ends_with(',') {
        end = skip_back_spaces(text, end - 1, 0);
    }
    let mut start = end;
    for _ in 0..3 {
        let word = ascii_word_before(text, start);
        let verb = w
            .prefix(start - word.len(), start, VERBS)
            .is_some_and(|(_, l)| l == word.len());
        // A verb of more words that runs into the item ends it where the
        // verb ends (`a gang who sold cosmetics worth`: `cosmetics`).
        let into = w
            .prefix(start - word.len(), end, VERBS)
            .map(|(_, l)| start - word.len() + l)
            .filter(|&e| e > start);
        if let Some(e) = into {
            start = e;
            break;
        }
        // (`fake RMB banknotes`: the currency's name inside the item.)
        let lower = word.starts_with(|c: char| c.is_ascii_lowercase()) || word == "RMB";
        if word.is_empty() || !lower || (verb && !is_modifier(w, start - word.len(), start)) {
            break;
        }
        start -= word.len();
        let b = skip_back_spaces(text, start, 0);
        if b == start || ascii_word_before(text, b).is_empty() {
            break;
        }
        start = b;
    }
    // (`..., with a total value of`: no item named, the value of the
    // seizure before; but `cases, involving an amount of` says what the
    // cases involved.)
    let item = text[start..end].trim_start();
    // `a gang who sold fake cosmetics worth`: what a relative clause's
    // people did with the thing, not what was done to it.
    let b = skip_back_spaces(text, start, 0);
    let relative = b - ascii_word_before(text, b).len();
    if w.prefix(relative, end, VERBS)
        .is_some_and(|(v, _)| *v == Verb::Commit)
    {
        return None;
    }
    let named = item_kind(w, item).is_some();
    (named || (with && item.is_empty()) || !(linked || involving)).then_some(item)
}

/// Whether the verb at `at` blocks or stops money on its way (`blocked`,
/// `stopped`), which intercepts it.
fn blocks_funds(text: &str, at: usize) -> bool {
    let b = &text.as_bytes()[at..];
    [&b"block"[..], b"stop"]
        .iter()
        .any(|p| starts_ignore_case(b, p))
}

impl Binder<'_, '_> {
    /// `made 2,600 stop payments, involving 98 million yuan`, `dissuaded
    /// 580 victims, involving 9.6 million yuan`: money involved in the
    /// fraud count just before it, in its sentence, is the money of that
    /// count (stopped payments hold funds back; dissuaded victims keep
    /// the sum they were about to pay).
    fn involved_money(&self, f: &Figure<'_>, ctx: &Ctx) -> Option<FraudField> {
        let (field, end) = self.last_fraud?;
        if end < ctx.sentence.start
            || end > f.span.start
            || !after_involving(self.text, f.span.start, end)
        {
            return None;
        }
        match field {
            FraudField::PaymentsStopped => Some(FraudField::FundsFrozen),
            FraudField::PeopleDissuaded => Some(FraudField::AmountDissuaded),
            _ => None,
        }
    }
}

/// Whether `involving` (or `involved`) stands right before `at`, past the
/// words that name the sum (`involving funds of`, `involving an amount
/// of`, `involved a total of`), and after `from`.
fn after_involving(text: &str, at: usize, from: usize) -> bool {
    const FILLER: [&str; 9] = [
        "a", "amount", "an", "funds", "money", "of", "sum", "the", "total",
    ];
    let mut end = skip_back_spaces(text, at, 0);
    for _ in 0..6 {
        let word = ascii_word_before(text, end);
        if word.is_empty() || end - word.len() < from {
            return false;
        }
        if word.eq_ignore_ascii_case("involving") || word.eq_ignore_ascii_case("involved") {
            return true;
        }
        if !FILLER.iter().any(|x| word.eq_ignore_ascii_case(x)) {
            return false;
        }
        end = skip_back_spaces(text, end - word.len(), 0);
    }
    false
}

/// The fraud field a money item's own participle names (`frozen funds`,
/// `stop-payment funds`, `returned money`), if any.
fn item_state(w: &Words<'_, '_>, item: &str) -> Option<FraudField> {
    let span = span_of(w.text(), item);
    w.starts_in(span)
        .find_map(|at| match w.prefix(at, span.end, VERBS)?.0 {
            Verb::Freeze | Verb::Intercept => Some(FraudField::FundsFrozen),
            Verb::Return => Some(FraudField::FundsReturned),
            Verb::Arrest
            | Verb::Detain
            | Verb::Solve
            | Verb::File
            | Verb::Bust
            | Verb::Deploy
            | Verb::Check
            | Verb::Find
            | Verb::Rectify
            | Verb::Handle
            | Verb::Mediate
            | Verb::Rescue
            | Verb::Publicize
            | Verb::Seize
            | Verb::Confiscate
            | Verb::Recover
            | Verb::Dissuade
            | Verb::Visit
            | Verb::Issue
            | Verb::Avoid
            | Verb::Block
            | Verb::Prosecute
            | Verb::Harm
            | Verb::Commit => None,
        })
}

/// Whether a money item names banknotes (`in cash`), not funds.
fn names_banknotes(w: &Words<'_, '_>, item: &str) -> bool {
    item_head_is(w, item, &["cash", "banknotes", "currency"])
}

/// Whether a money item names losses (`losses`, `economic loss`): money
/// that a blocked fraud never took.
pub(super) fn names_losses(w: &Words<'_, '_>, item: &str) -> bool {
    item_head_is(w, item, &["loss", "losses"])
}

/// Whether the item entry of a money item is one of `words`.
fn item_head_is(w: &Words<'_, '_>, item: &str, words: &[&str]) -> bool {
    item_span(w, item)
        .is_some_and(|(_, at, end)| words.iter().any(|c| item[at..end].eq_ignore_ascii_case(c)))
}
