//! Money: fraud funds, seized cash, and the value of what was seized
//! (`worth`, `valued at`, `worth of`).

use super::money_held::{held_in_accounts, in_accounts, sale_price};
use super::money_item::{
    cash_before_of, charged_with, fake_currency, header_money_label, held_by_cases,
    item_before_comma, money_item, money_label, value_label, worth_before, worth_of,
};
use super::value_after::values_a_list;
use super::*;

mod haul;
mod heads;
mod involved;
mod parent;
mod returned;
mod taken;
use heads::{frozen_too, item_state, names_losses, names_victims, owner_words, victims_money};
use involved::{kept_from_moving, kept_from_paying};
use returned::{back_to, share_of_moved, to_owners};

impl<'a> Binder<'_, 'a> {
    /// A money figure: fraud funds, or the cash or value of a seizure.
    pub(super) fn money(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) {
        if self.cjk_money(f, ctx) {
            return;
        }
        let text = self.text;
        // `500 counterfeit 100-yuan notes`: a hyphenated amount before a
        // noun names a denomination, not a sum moved.
        if denomination(text, f) || sale_price(text, f.span.start, ctx.sentence.start) {
            return;
        }
        // `1,200 boxes of frozen meat, 3.5 million yuan in value`: the
        // value of the lot just counted.
        if self.value_of_counted_seizure(f, ctx) || self.money_haul(f, ctx) {
            return;
        }
        // `funds returned rose by 35 million yuan`, `an increase of 120
        // million yuan`: a change, no sum moved.
        let gap = skip_back_spaces(text, f.span.start, ctx.sentence.start);
        if is_change_after(text, &self.index, gap, ascii_word_before(text, gap), None) {
            return;
        }
        let w = self.words;
        let item = money_item(&w, ctx.after, ctx.sentence.end)
            .map(|i| (i, "money_item"))
            .or_else(|| {
                cash_before_of(&w, f.span.start, ctx.sentence.start).map(|i| (i, "cash_before_of"))
            })
            .or_else(|| fake_currency(&w, f, ctx.sentence.start).map(|i| (i, "fake_currency")));
        let (item, item_rule) = (item.map(|(i, _)| i), item.map_or("bare_cash", |(_, r)| r));
        // `losses of 3.5 million yuan were recovered`: read on after the
        // money, whichever side its item is.
        let item_end = item.map_or(ctx.after, |i| end_of(text, i).max(ctx.after));
        // `stopped payment of 1.3 million yuan being transferred to
        // scammers`: a participle after the money describes it; the verb
        // before the money moved it.
        let left = left_verb(&w, &self.index.verbs, f.span.start, ctx.sentence.start)
            .map(|l| self.dealt_left_verb(l, f.span.start, ctx.sentence.end));
        let next = skip_gap(text, item_end, 2);
        // (The money's passive and the verb left of it are read once here
        // for the rules below that ask again.)
        let passive = passive_verb(&w, item_end, ctx.sentence.end);
        // The passive read through a phrase from the item's end: asked by
        // two rules below (the second from the money's end, most often
        // the same place), read once.
        let through_at_item = std::cell::OnceCell::new();
        let through = |at: usize| {
            let read = || passive_from(&w, at, ctx.sentence.end, Read::Through);
            if at == item_end {
                *through_at_item.get_or_init(read)
            } else {
                read()
            }
        };
        // So does a bare participle right after money that a verb right
        // before it moved: `froze 3 million yuan held by the gang`,
        // `returned 2 million yuan stolen from them` (a reduced relative
        // clause, not the money's passive).
        let left_adjacent = left.is_some_and(|(_, s)| {
            let e = s + w.verb_on(s).map_or(0, |(_, l)| l);
            text[e..f.span.start].trim().is_empty()
        });
        let described = left.is_some() && starts_ignore_case(&text.as_bytes()[next..], b"being ")
            || (left_adjacent && passive.is_some_and(|(_, at)| at == next));
        let verb = passive
            .filter(|_| !described)
            .map(|v| (v, "passive"))
            // `1.2 billion yuan involved in the fraud was frozen`: the
            // money's own passive, past a phrase, comes before a verb of an
            // earlier clause (`returned 3 million yuan, and 1.2 billion ...`).
            .or_else(|| {
                through(item_end)
                    .filter(|_| !described)
                    .map(|v| (v, "passive_through"))
            })
            .or_else(|| back_to(text, f.span.start, item_end).map(|v| (v, "back_to")))
            .or_else(|| {
                share_of_moved(&w, f.span.start, ctx.sentence.start).map(|v| (v, "share_of"))
            })
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
                        .map(|v| (v, "subject_verb"))
                        // (Only the verb's own figure: no count stands
                        // between them.)
                        .or_else(|| {
                            let own = text
                                .get(v.1..f.span.start)
                                .is_some_and(|g| !g.contains(|c: char| c.is_ascii_digit()));
                            subject_participle(&w, &self.index.verbs, v.1, ctx.sentence.start)
                                .filter(|_| own)
                                .map(|v| (v, "subject_participle"))
                        })
                        .unwrap_or((v, r))
                } else {
                    (v, r)
                }
            })
            // `persuaded her to stop a transfer of 40,000 yuan`: an
            // infinitive `to stop` is the complement of the verb before
            // it, which says what was done (`helped stop` stops it).
            .map(|(v, r)| {
                let base_stop = v.0 == Verb::Block
                    && starts_ignore_case(&text.as_bytes()[v.1..], b"stop ")
                    && ascii_word_before(text, skip_back_spaces(text, v.1, 0))
                        .eq_ignore_ascii_case("to");
                match base_stop {
                    true => left_verb(&w, &self.index.verbs, v.1, ctx.sentence.start)
                        .map_or((v, r), |v| (v, "governing_verb")),
                    false => (v, r),
                }
            });
        let (verb, verb_rule) = (verb.map(|(v, _)| v), verb.map_or("no_verb", |(_, r)| r));
        // `Illegal gains confiscated: 48,600 yuan`: a label names the cash
        // and its verb.
        let label = item
            .is_none()
            .then(|| {
                money_label(&w, f.span.start, ctx.sentence.start)
                    // `| Funds frozen (yuan) |` over `| 2,295,500 |`.
                    .or_else(|| header_money_label(&w, f.span.start))
            })
            .flatten();
        let (item, item_rule, verb, verb_rule) = match label {
            Some((i, v)) => (Some(i), "money_label", Some(v), "money_label"),
            None => (item, item_rule, verb, verb_rule),
        };
        // `aims to freeze 10 million yuan`: a target, no money moved.
        if verb.is_some_and(|(_, at)| self.unrealized_at(at, f.span.start, ctx.after)) {
            return;
        }
        // (`value involved: 3.4 million yuan`: a value label.)
        let worth = worth_before(&w, f.span.start)
            .or_else(|| value_label(&w, f.span.start, ctx.sentence.start));
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
            // `intercepted 612 cases, and the funds lost by victims were
            // 3.8 million yuan`: a sum lost is not the earlier verb's.
            let gone = verb_rule == "left_verb"
                && verb.is_some_and(|(_, at)| {
                    text.get(at..f.span.start).is_some_and(involved::money_gone)
                });
            let field = match verb.map(|(v, _)| v).filter(|_| !gone) {
                Some(Verb::Return) => Some(FraudField::FundsReturned),
                Some(Verb::Freeze | Verb::Intercept) => Some(FraudField::FundsFrozen),
                // `seized 1.3 million yuan`, `seized 50 million yuan in
                // illicit funds`: money taken from the gang is a cash
                // seizure, as banknotes are; money seized and frozen with
                // it (`was seized and frozen`), or named as the fraud's
                // (`of fraud funds`, the victims'), is held for victims.
                Some(Verb::Seize) => {
                    let joined = verb.is_some_and(|(_, at)| frozen_too(text, at));
                    let victims = item.is_some_and(victims_money)
                        || names_victims(owner_words(&text[f.span.end..]));
                    (joined || victims).then_some(FraudField::FundsFrozen)
                }
                Some(Verb::Recover) => Some(FraudField::FundsRecovered),
                Some(Verb::Avoid) => Some(FraudField::LossesAvoided),
                Some(Verb::Dissuade) => Some(FraudField::AmountDissuaded),
                // `blocked 67 million yuan of transfers`, `stopped 3
                // million yuan` was intercepted; losses blocked, and money
                // prevented or protected from a fraud, were avoided.
                Some(Verb::Block) => Some(match verb {
                    // `were stopped from transferring 26.8 million yuan`:
                    // the people were stopped, the sum stayed theirs.
                    Some((_, at)) if kept_from_paying(text.get(at..f.span.start).unwrap_or("")) => {
                        FraudField::AmountDissuaded
                    }
                    Some((_, at))
                        if (blocks_funds(text, at)
                            || kept_from_moving(&text[f.span.end..])
                            || stops_a_transfer(text.get(at..f.span.start).unwrap_or("")))
                            && !item.is_some_and(|i| names_losses(&w, i)) =>
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
                    | Verb::Surrender
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
        if self.value_of_last_lot(f, ctx) {
            return;
        }
        if let Some(item_text) = worth {
            // `goods worth 4 billion yuan`: the value of what was seized.
            // `..., worth RMB1.3 billion` (no item named) or the same kind as
            // the last seizure of this sentence: that seizure's value.
            let kind = item_kind(&w, item_text);
            let joins = |s: &Seizure<'_>| {
                s.value.is_none()
                    && s.quantity
                        .as_ref()
                        .is_some_and(|q| q.span.start >= ctx.sentence.start)
                    && kind.map_or(true, |k| k == s.kind)
            };
            // `3 guns and 200 bullets, with a total value of 5,000 yuan`:
            // the list's value is no lot's, nor a lot of its own.
            if self.out.seizures.last().is_some_and(joins)
                && values_a_list(text, &self.out.seizures, f, ctx.sentence.start)
            {
                return;
            }
            if self.value_of_listed_parent(f, ctx.sentence.start, joins) {
                return;
            }
            let last = self.out.seizures.last_mut().filter(|s| joins(s));
            if let Some(last) = last {
                self.seen
                    .seizure_values
                    .insert((last.kind, f.value, f.unit));
                last.value = Some(f.clone());
                return;
            }
            // `seized smuggled goods, including phones and cosmetics, with
            // an estimated market value of`: with no lot of its sentence to
            // join, the value after a comma is that of the item before it
            // (past a list of examples).
            let (item_text, kind) = match item_before_comma(&w, item_text, ctx.sentence.start) {
                Some(i) => (i, item_kind(&w, i)),
                None => (item_text, kind),
            };
            // (`Smuggled cigarettes worth 2 million yuan were seized`: or
            // the money's passive, when no verb stands before the item.)
            let item_verb = left_verb(
                &w,
                &self.index.verbs,
                start_of(text, item_text),
                ctx.sentence.start,
            )
            .or(passive);
            // `caught a gang suspected of smuggling fuel worth 9 million
            // yuan`: the thing of their crime, after what they are
            // suspected or accused of, was not seized.
            // (Nor was a thing destroyed, `destroyed drugs worth 9 million
            // yuan`, nor one a case holds, `linked to 40 cases with
            // contraband valued at 3 million yuan`.)
            let item_verb = item_verb.filter(|&(_, at)| {
                !charged_with(&w, item_text)
                    && !destroys_thing(text, &self.index.verbs, at)
                    && !held_by_cases(text, item_text)
            });
            if let (Some(kind), Some((v, _))) = (kind, item_verb) {
                self.rule = Rule {
                    how: "left_verb",
                    what: "worth_before",
                };
                if let Some(action) = seizure_action(v, kind) {
                    self.seize(kind, action, item_text, None, Some(f.clone()));
                }
            } else {
                // (`The seized goods were worth 3 million yuan`: no item
                // before the worth, but a subject taken.)
                self.money_subject_taken(f, ctx);
            }
            return;
        }
        // Cash needs its own words: a named item (`in illegal gains`) or a
        // verb right after it (`was frozen`), not any verb in the sentence.
        // ... or a verb right before it (`police seized 9.9 million yuan`),
        // or the verb of the list it opens (`760,000 yuan and 9 motorcycles
        // were seized`).
        let adjacent = passive
            .filter(|_| !described)
            .map(|v| (v, "passive"))
            // (`got 86,000 yuan back for the owners`: the particle right
            // after the money.)
            .or_else(|| back_to(text, f.span.start, item_end).map(|v| (v, "back_to")))
            .or_else(|| {
                left.filter(|_| left_adjacent)
                    .map(|v| (v, "verb_before_money"))
            })
            .or_else(|| ctx.list_verb(&w).map(|v| (v, "list_end")))
            // `froze 156 bank accounts, involving 320 million yuan`: the
            // money in the accounts a verb froze.
            .or_else(|| {
                left.filter(|&(_, s)| {
                    let e = s + w.verb_on(s).map_or(0, |(_, l)| l);
                    in_accounts(&text[e..f.span.start])
                })
                .map(|v| (v, "in_accounts"))
            })
            // `HK$100 million in bank accounts was frozen`: money held in
            // accounts, then its own passive past them.
            .or_else(|| {
                through(ctx.after)
                    .filter(|&(_, at)| held_in_accounts(&text[ctx.after..at]))
                    .map(|v| (v, "held_in_accounts"))
            })
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
            self.money_subject_taken(f, ctx);
            return;
        };
        self.rule = Rule {
            how,
            what: item_rule,
        };
        let kind = item
            .and_then(|i| item_kind(&w, i))
            .unwrap_or(SeizureKind::Cash);
        // (`170 million yuan in assets`: the value of the things named
        // after `in` ([`money_item`]), taken only by a verb that takes
        // money: a firm that held or had it, or was shut down with it,
        // lost nothing.)
        let worth_in = item_rule == "money_item"
            && kind == SeizureKind::Other
            && seizure_action(v, SeizureKind::Cash).is_some();
        if !(worth_in || matches!(kind, SeizureKind::Cash | SeizureKind::Counterfeit)) {
            return;
        }
        // (`found 120,000 yuan in cash at his home`: banknotes found in a
        // search were taken, as any thing found is.)
        let found = v == Verb::Find && item.is_some_and(names_banknotes);
        let action = seizure_action(v, kind).or(found.then_some(SeizureAction::Seized));
        if let Some(action) = action {
            self.seize(kind, action, item.unwrap_or("funds"), None, Some(f.clone()));
            self.last_bound = Some((item_end, v, false));
        } else if item.is_none() {
            self.money_subject_taken(f, ctx);
        }
    }
}

/// Whether the last word of a money item names money in hand (`cash`,
/// `banknotes`), not a sum on paper.
fn names_banknotes(item: &str) -> bool {
    const NOTES: [&str; 4] = ["banknotes", "bills", "cash", "notes"];
    let last = item.rsplit(' ').next().unwrap_or(item);
    NOTES.iter().any(|n| last.eq_ignore_ascii_case(n))
}

/// `100-yuan notes`, `50-dollar bills`: a money figure whose unit word is
/// joined to its number by a hyphen, with a noun after it (not the `in`
/// or `of` of what the money is: `300,000-yuan of cash`).
fn denomination(text: &str, f: &Figure<'_>) -> bool {
    let b = f.text.as_bytes();
    let joined = b.iter().rposition(|&c| c == b'-').is_some_and(|i| {
        i > 0 && b[i - 1].is_ascii_digit() && b[i + 1..].iter().all(u8::is_ascii_alphabetic)
    });
    if !joined || text.as_bytes().get(f.span.end) != Some(&b' ') {
        return false;
    }
    let next = &text[f.span.end + 1..];
    let next = &next[..ascii_word_len(next)];
    next.starts_with(|c: char| c.is_ascii_lowercase())
        && !["of", "in", "and", "or", "worth"].contains(&next)
}

/// Whether the verb at `at` blocks or stops money on its way (`blocked`,
/// `stopped`), which intercepts it.
fn blocks_funds(text: &str, at: usize) -> bool {
    let b = &text.as_bytes()[at..];
    [&b"block"[..], b"stop"]
        .iter()
        .any(|p| starts_ignore_case(b, p))
}

/// Whether `between` (from a verb of stopping to a sum) makes the sum the
/// object of a payment it stopped: `thwarted the transfer of`, `foiled
/// fraudulent payments of`, `prevented remittances totalling`. Money kept
/// from moving on to the fraudsters was intercepted, not a loss avoided.
/// Only a short object: the payment word within the three words before
/// the sum, and no clause edge between.
fn stops_a_transfer(between: &str) -> bool {
    const PAYMENTS: [&str; 10] = [
        "payment",
        "payments",
        "remittance",
        "remittances",
        "transaction",
        "transactions",
        "transfer",
        "transfers",
        "wire",
        "wires",
    ];
    if between.len() > 60 || between.contains([',', ';', ':', '.']) {
        return false;
    }
    between
        .split_ascii_whitespace()
        .rev()
        .take(3)
        .any(|w| PAYMENTS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// `the frozen funds reached 7.82 million yuan`: the participle that
/// modifies the subject of a verb of reaching (at `at`) says what was done
/// to the money; the subject runs from it to the verb with no clause
/// edge and no other verb between, within 48 bytes.
fn subject_participle(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    at: usize,
    floor: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let floor = floor.max(at.saturating_sub(48));
    let upto = verbs.partition_point(|&(end, _, _)| end <= at);
    let &(end, s, v) = verbs[..upto].last()?;
    let word = &text[s..end];
    let participle = (word.ends_with("ed") || word.ends_with("en")) && !word.contains(' ');
    let subject = text[end..at].trim();
    let edge = subject.contains([',', ';', ':', '.']);
    (s >= floor && participle && !subject.is_empty() && !edge && is_modifier(w, s, end))
        .then_some((v, s))
}
