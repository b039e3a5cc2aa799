//! Passive and inserted verbs: the verb after a noun (`were busted`,
//! `have been cracked`), read past adverbs, asides, relative clauses and
//! prepositional phrases, and a second verb after a value.

use super::function::{is_adverb, is_modal};
use super::*;
use crate::lex::input::TokenInput;
use crate::record::lexicon::Aux;
use Function::*;

mod insertion;
pub(in crate::record::bind) use insertion::after_insertion;
mod second;
pub(in crate::record::bind) use second::second_verb;

/// A passive verb right after a noun: `were busted`, `have been cracked`,
/// `cracked`. Skips auxiliaries and adverbs; a verb after other words
/// counts only when an auxiliary came first (`vehicles and people were
/// interrogated`, not `cases and destroyed`).
pub(in crate::record::bind) fn passive_verb(
    w: &Words<'_, '_>,
    from: usize,
    ceil: usize,
) -> Option<(Verb, usize)> {
    passive_from(w, from, ceil, Read::Strict).or_else(|| after_insertion(w, from, ceil))
}

/// How many words [`passive_from`] reads through phrases to an auxiliary
/// ([`Read::Through`]).
const THROUGH_WORDS: usize = 18;

/// How far [`passive_from`] reads past words that are not verbs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(in crate::record::bind) enum Read {
    /// Stops at a preposition.
    Strict,
    /// Needs an auxiliary first (after a comma).
    Aux,
    /// Reads through a prepositional phrase to an auxiliary and its verb:
    /// `48 cases linked to illegal logging have been solved`.
    Through,
}

pub(in crate::record::bind) fn passive_from(
    w: &Words<'_, '_>,
    from: usize,
    ceil: usize,
    read: Read,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let mut i = from;
    let mut saw_aux = false;
    let mut skipped = read == Read::Aux;
    // Whether the words skipped open with `of` (`victims of telecom
    // fraud dissuaded,`).
    let mut of_phrase = false;
    // Whether the last word read past was `in` or `across`.
    let mut after_in = false;
    // Whether the words read past since `involving` are bound words alone
    // (`involving about`): a count there is the phrase's.
    let mut involving = false;
    // Whether `involving` was read past at all.
    let mut involved = false;
    // Whether the auxiliary follows `that` or `which` ([`Read::Strict`]).
    let mut relative_passive = false;
    // Whether such a count was read past: only a verb of taking then ends
    // the phrase (`131 people in 82 cases were prosecuted` is no seizure,
    // nor a tally of its people).
    let mut past_count = false;
    // Whether the auxiliaries read are a perfect's alone (`have`, `has`,
    // `had`, no `been`): the verb after them is active.
    let mut perfect = false;
    let mut be = false;
    // (Read through, a chain of phrases may run longer: `3.75 million yuan
    // of the funds involved in telecom network fraud cases in the
    // jurisdiction has been successfully intercepted`.)
    let words = match read {
        Read::Through => THROUGH_WORDS,
        Read::Strict | Read::Aux => RIGHT_WORDS,
    };
    for _ in 0..words {
        i = skip_gap(text, i, 2);
        // A quote around a word (`"ice" confiscated`) is no word, nor is
        // the apostrophe of a plural possessive (`victims' money was
        // returned`).
        let bytes = text.as_bytes();
        let quote = match bytes.get(i) {
            Some(b'"' | b'\'') => 1,
            Some(0xE2) if text[i..].starts_with(['“', '”', '‘', '’']) => 3,
            _ => 0,
        };
        if quote > 0 {
            i += quote;
            continue;
        }
        // `were, after a long chase, arrested`: past a comma aside
        // between the auxiliary and its verb.
        if saw_aux && bytes.get(i) == Some(&b',') && i < ceil {
            i = comma_aside_end(text, i, ceil)?;
            continue;
        }
        // `350 kg of fish taken in 21 cases of illegal fishing were seized`: read
        // through, a count right after `in` or `across` is the phrase's.
        // (So is one after `involving`, past a bound word: `620 cases
        // involving about 1,900 suspects were investigated`; the count
        // is the cases' size, and the verb after it theirs.)
        if read == Read::Through
            && !saw_aux
            && (after_in || involving)
            && i < ceil
            && bytes[i].is_ascii_digit()
        {
            let window = &bytes[i..ceil.min(i + 16)];
            let run = window
                .iter()
                .enumerate()
                .take_while(|&(k, &b)| {
                    b.is_ascii_digit()
                        || (matches!(b, b',' | b'.')
                            && window.get(k + 1).is_some_and(u8::is_ascii_digit))
                })
                .count();
            i += run;
            past_count |= after_in;
            after_in = false;
            involving = false;
            continue;
        }
        // Read through, what the cases involve may list its things and
        // give a converted value in brackets: `cases involving poaching,
        // logging and smuggling were solved`, `involving 4.2 billion yuan
        // (about 600 million U.S. dollars) have been cracked`.
        if read == Read::Through && !saw_aux && involved && i < ceil {
            match bytes[i] {
                b',' => {
                    i += 1;
                    continue;
                }
                b'(' => {
                    let limit = floor_char(text, ceil.min(i + 64));
                    let close = text[i..limit].find([')', ';'])?;
                    if bytes[i + close] != b')' {
                        return None;
                    }
                    i += close + 1;
                    continue;
                }
                _ => {}
            }
        }
        if i >= ceil || !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        // `two men aged 29 and 52 were arrested`: past an aside on them.
        if let Some(end) = past_aside(text, i, ceil) {
            i = end;
            continue;
        }
        // The word's token, found once for both tables.
        let word = w.word_within(i, ceil);
        if let Some((&v, len)) = w.verb_of(word, i, ceil) {
            // (What the cases involve names acts, no verb of theirs:
            // `involving theft and destruction of relics were solved`.)
            if read == Read::Through && involved && !saw_aux {
                i += len;
                continue;
            }
            // `26 suspects who sold bank cards were arrested`: what those
            // counted did, in a relative clause, ends at the auxiliary of
            // the noun's own verb, when one follows in the clause.
            // (So does what befell them, a bare participle with no
            // auxiliary: `2 million yuan swindled from pensioners was
            // returned`, a reduced relative clause on the money.)
            // (A bare participle's phrase ends at a subordinator, whose
            // clause has its own auxiliary: `swindled from them after
            // the accounts were frozen`.)
            if matches!(v, Verb::Commit | Verb::Harm) && !saw_aux {
                // (Nor is a participle with a number for its object,
                // `cheated 554 million`, a passive on the noun.)
                let bare = v == Verb::Harm;
                let end = relative_end(w, i + len, ceil).filter(|&aux| {
                    !bare || !(subordinate_before(text, i + len, aux) || number_object(w, i + len))
                });
                if let Some(aux) = end {
                    i = aux;
                    continue;
                }
            }
            // `3,356 vehicles captured 8 criminals`: a verb with a number for
            // its object is active, and the noun is its subject.
            // (`18,230 victims of telecom fraud dissuaded,`: a bare
            // participle past an `of` phrase that ends its clause is the
            // noun's passive, with nothing after it for an object.)
            let ends = || {
                let j = skip_gap(text, i + len, 2);
                j >= ceil || matches!(bytes.get(j), Some(b',' | b';' | b'.'))
            };
            if number_object(w, i + len) || (skipped && !saw_aux && !(of_phrase && ends())) {
                return None;
            }
            // `a score of villagers helped search the hills`, `30 residents
            // helped police`: a helping verb with no auxiliary, before whom
            // or what was helped, is active; those counted did the helping.
            if !saw_aux && helps_someone(w, v, i, i + len) {
                return None;
            }
            // `400 million yuan frozen products`: a participle before a
            // noun modifies it.
            if names_thing(w, skip_gap(text, i + len, 1)) {
                return None;
            }
            // `81 of the 82 casinos have closed`, `50 boats had stopped
            // work`: in the perfect, a verb that a thing does to itself
            // says what the counted did, not what was done to them.
            if perfect && !be && closes_itself(&text[i..i + len]) {
                return None;
            }
            let taking = matches!(
                v,
                Verb::Seize | Verb::Confiscate | Verb::Recover | Verb::Intercept
            );
            if past_count && !taking {
                return None;
            }
            // (Cases that were reported or registered are those counted,
            // whatever was done to them.)
            if relative_passive && v == Verb::File {
                return None;
            }
            // `were transferred from Myanmar to China`: handed over.
            let v = handed_over(text, v, i, i + len, ceil);
            return Some(second_verb(w, i + len, ceil).unwrap_or((v, i)));
        }
        if let Some((&aux, len)) = w.prefix_of(word, i, ceil, AUXILIARIES) {
            perfect |= aux == Aux::Have;
            be |= aux == Aux::Be;
            saw_aux = true;
            i += len;
            continue;
        }
        let wl = match word {
            Some((k, _)) => w.word_len_from(k, i),
            None => w.word_len_at(i),
        };
        let word = &text[i..i + wl];
        // `the 14 people involved will be investigated and dealt with`: a
        // passive after a modal is promised or owed, not done.
        if !saw_aux && is_modal(word) {
            return None;
        }
        // Read through a phrase, the auxiliary is followed by its verb
        // (`was the capture of` is no passive), past an adverb: `were
        // quickly arrested`.
        if saw_aux && read == Read::Through {
            if is_adverb(word) {
                i += wl;
                continue;
            }
            return None;
        }
        // `31 cases that had not (yet) been solved`, `that are yet to
        // be cracked`: a negation in the noun's own passive says it was
        // not done.
        if relative_passive
            && saw_aux
            && ["not", "never", "yet"]
                .iter()
                .any(|n| word.eq_ignore_ascii_case(n))
        {
            return None;
        }
        // The function word it is, read once for the questions below.
        let f = function_word_at(text, i, wl);
        if let Some(rel @ (While | Which | Who | That | Whose)) = f {
            // `45 suspects who had fled abroad were arrested`: read
            // through, a relative clause of people ends at the auxiliary
            // of the noun's own verb. (Not `that` or `which`: `the money
            // that the victims were cheated out of` ends in its own.)
            // (So is `that` or `which` right before a past verb of the
            // noun's own: `26 gangs that collected cards for fraudsters
            // were busted`.)
            let own_act = || {
                let j = skip_gap(text, i + wl, 2);
                let next = &text[j..j + w.word_len_at(j)];
                next.len() > 4
                    && next.ends_with("ed")
                    && next.bytes().all(|c| c.is_ascii_lowercase())
            };
            let relative = rel == Who || (matches!(rel, That | Which) && own_act());
            if read == Read::Through && !saw_aux && relative {
                i = relative_end(w, i + wl, ceil)?;
                continue;
            }
            // `9,000 cases that have been cracked`: a relative pronoun of
            // a thing right before an auxiliary opens the noun's own
            // passive. (Not one that only says which: `solved all 75
            // cases that were reported`, read below.)
            let j = skip_gap(text, i + wl, 2);
            if !saw_aux
                && matches!(rel, That | Which)
                && w.prefix(j, ceil, AUXILIARIES)
                    .is_some_and(|(&aux, _)| matches!(aux, Aux::Be | Aux::Have))
            {
                relative_passive = true;
                i += wl;
                continue;
            }
            return None;
        }
        // `1,168 relics worth 500 million yuan ($82 million) have been
        // recovered`: step over the value to the auxiliary.
        if let Some(Worth | Valued) = f {
            i = past_value(w, i + wl, ceil)?;
            skipped = true;
            continue;
        }
        // `took 31 suspects into custody`, `brought 6 fugitives to
        // justice`: a verb split around its object ends in its particle
        // phrase. (Read here, not from the lexicon: a phrase keyed on `to`
        // or `on` would be looked up at every `to` or `on` of the text.)
        // So does a force `on duty` (deployed); `into` and `under` open a
        // custody measure ([`custody_phrase`]).
        // (After `to`, as in `subjected to criminal coercive measures`; but
        // `to arrest` is an infinitive.)
        if let Some(p @ (To | Into | Under)) = f {
            if let Some(v) = custody_phrase(w, i + wl, ceil, p == To) {
                return Some((v, i));
            }
        }
        let particle = match f {
            Some(To) => Some(("justice", Verb::Arrest)),
            Some(On) => Some(("duty", Verb::Deploy)),
            Some(
                While | Which | Who | That | Whose | Worth | Valued | Into | Under | In | From
                | During | With | By | For | At | Of | Across,
            )
            | None => None,
        };
        if let Some((object, verb)) = particle {
            let j = skip_gap(text, i + wl, 2);
            let next = &text[j..j + w.word_len_at(j)];
            if next.eq_ignore_ascii_case(object) {
                return Some((verb, i));
            }
        }
        // `148 people suspected of catching, transporting and selling wild
        // birds have been detained`: read through, gerunds after a
        // preposition are what the counted did, not their verb.
        if read == Read::Through && !saw_aux && matches!(f, Some(Of | In | For | From | By | With))
        {
            if let Some(end) = super::gerund::gerund_list_end(text, i + wl, ceil) {
                i = end;
                skipped = true;
                after_in = false;
                continue;
            }
        }
        let preposition = matches!(f, Some(In | From | During | With | By | For | To | On | At));
        if preposition && read != Read::Through {
            return None;
        }
        // `prevented 8.5 million yuan from being transferred`: a passive
        // after `from` says what was kept from happening, not what was done.
        if f == Some(From) && {
            let j = skip_gap(text, i + wl, 2);
            w.word_len_at(j) == 5 && text[j..j + 5].eq_ignore_ascii_case("being")
        } {
            return None;
        }
        of_phrase |= !skipped && f == Some(Of);
        after_in = matches!(f, Some(In | Across));
        let opens = word.eq_ignore_ascii_case("involving");
        involved |= opens;
        involving = opens || (involving && is_bound_word(word));
        skipped = true;
        i += wl;
    }
    None
}

/// Whether `word` is a bound word before a number (`about`, `nearly`,
/// `more than`), which a count after `involving` may open with.
fn is_bound_word(word: &str) -> bool {
    [
        "about",
        "almost",
        "approximately",
        "around",
        "more",
        "nearly",
        "over",
        "some",
        "than",
    ]
    .iter()
    .any(|b| word.eq_ignore_ascii_case(b))
}

/// Words that open what an active helping verb helps: whom (`police`,
/// `them`, `the family`), or the act helped in (`search`, `find`). (Not
/// `in`, `to` or `with`, which open where those helped were taken:
/// `helped to safety`.)
const HELPED: &[&str] = &[
    "find", "look", "officers", "police", "rescue", "search", "the", "their", "them",
];

/// Whether the verb `v` at `start..end` is an active helping verb: a form
/// of `help` itself (not another rescuing verb: `12 hikers rescued in the
/// hills` were rescued) before a word that opens what it helps
/// ([`HELPED`]). Those before it did the helping.
pub(in crate::record::bind) fn helps_someone(
    w: &Words<'_, '_>,
    v: Verb,
    start: usize,
    end: usize,
) -> bool {
    let text = w.text();
    let verb = &text[start..start + w.word_len_at(start)];
    let help = ["help", "helped", "helps", "helping"]
        .iter()
        .any(|h| verb.eq_ignore_ascii_case(h));
    if v != Verb::Rescue || !help {
        return false;
    }
    let j = skip_gap(text, end, 2);
    let next = &text[j..j + w.word_len_at(j)];
    HELPED.iter().any(|h| next.eq_ignore_ascii_case(h))
}

/// An adverb between an auxiliary and its verb: a word in `-ly` (`quickly`,
/// `successfully`) or one of a few (`each`, `then`, `soon`). (`all` and
/// `also` are auxiliaries' company in the lexicon, read before this.)
/// Whether a subordinator (`after`, `before`, `when`, `while`, `until`,
/// `since`, `because`, `as`, `if`) stands as a word in `text[from..to]`:
/// an auxiliary past it is its clause's, not the phrase's.
fn subordinate_before(text: &str, from: usize, to: usize) -> bool {
    const SUBORDINATORS: [&str; 9] = [
        "after", "before", "when", "while", "until", "since", "because", "as", "if",
    ];
    text.get(from..to).is_some_and(|span| {
        span.split(|c: char| !c.is_ascii_alphabetic())
            .any(|word| SUBORDINATORS.iter().any(|s| word.eq_ignore_ascii_case(s)))
    })
}

/// Where a comma aside that opens at `comma` ends (past its closing comma),
/// within a bounded window and the sentence: `were, after a long chase,
/// arrested`. Not past a number or another clause's edge.
fn comma_aside_end(text: &str, comma: usize, ceil: usize) -> Option<usize> {
    let limit = floor_char(text, ceil.min(comma + 1 + ASIDE_LEN));
    let inside = &text.as_bytes()[comma + 1..limit];
    let close = inside
        .iter()
        .position(|&b| matches!(b, b',' | b';' | b'.' | b':') || b.is_ascii_digit())?;
    (inside[close] == b',' && close > 0).then_some(comma + 1 + close + 1)
}

/// Where the relative clause that starts at `from` (after `who`, `that`,
/// `which`, or after the verb of what those counted did: `who sold`) ends:
/// at the first `was`, `were`, `is`, `are` or `has` / `have` / `had been`
/// after its first word, within a bounded window and before a clause mark
/// (`,` `;` `.` `:`, not inside a number), for the noun's own verb to
/// follow. An auxiliary opening the clause is its own (`who were cheated
/// were found`); a number inside it is its object (`who sold 3,000 phones
/// were caught`). The one rule for both readers of a relative clause: the
/// passive reader here and the counted noun's (`past_their_act`).
pub(in crate::record::bind) fn relative_end(
    w: &Words<'_, '_>,
    from: usize,
    ceil: usize,
) -> Option<usize> {
    let text = w.text();
    let bytes = text.as_bytes();
    let limit = floor_char(text, ceil.min(from + CLAUSE_WINDOW));
    let first = skip_gap(text, from, 2);
    let mut i = first;
    while i < limit {
        i = skip_gap(text, i, 2);
        let Some(&b) = bytes.get(i) else { break };
        if !b.is_ascii_alphabetic() {
            let in_number = i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if matches!(b, b',' | b';' | b'.' | b':') && !in_number {
                break;
            }
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let wl = w.word_len_at(i).max(1);
        let word = &text[i..i + wl];
        let is = |c: &str| word.eq_ignore_ascii_case(c);
        let been = || {
            let j = skip_gap(text, i + wl, 2);
            text.get(j..j + 4)
                .is_some_and(|n| n.eq_ignore_ascii_case("been"))
        };
        let aux = is("was") || is("were") || is("is") || is("are");
        if i > first && (aux || (is("has") || is("have") || is("had")) && been()) {
            return Some(i);
        }
        i += wl;
    }
    None
}

/// Where the auxiliary after a stated value starts (`worth more than 500
/// million yuan ($82 million) have`), within a bounded window and no
/// clause edge; a `.` or `,` inside a number is no edge.
fn past_value(w: &Words<'_, '_>, from: usize, ceil: usize) -> Option<usize> {
    let text = w.text();
    let limit = floor_char(text, (from + CLAUSE_WINDOW).min(ceil));
    let b = text.as_bytes();
    for k in from..limit {
        let c = b[k];
        let in_number =
            k > 0 && b[k - 1].is_ascii_digit() && b.get(k + 1).is_some_and(u8::is_ascii_digit);
        if matches!(c, b',' | b';' | b'.') && !in_number {
            return None;
        }
        let starts_word = c.is_ascii_alphabetic() && (k == 0 || !b[k - 1].is_ascii_alphabetic());
        if starts_word && w.prefix(k, limit, AUXILIARIES).is_some() {
            return Some(k);
        }
    }
    None
}

/// The verbs a thing may do to itself (`the casinos have closed`, `the
/// boats had stopped`): in the active perfect their subject acted.
fn closes_itself(verb: &str) -> bool {
    let head = verb.split(' ').next().unwrap_or(verb);
    ["closed", "shut", "stopped", "halted", "ceased"]
        .iter()
        .any(|v| head.eq_ignore_ascii_case(v))
}
