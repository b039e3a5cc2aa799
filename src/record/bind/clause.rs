//! Verbs and clauses: the clause around a figure, the verb that governs
//! it (passive after the noun, past insertions and phrases, the nearest
//! verb to the left), and the lists that share one verb.
//!
//! They read the bulletin's verb phrases from [`table`] (each read once, by
//! the index) and ask a word's function (`in`, `who`, `worth`) of
//! [`function`] in one look.

use super::*;
use crate::lex::input::{class, TokenInput};

mod examples;
mod function;
mod gerund;
mod passive;
mod reports;
mod table;
pub(super) use examples::after_examples;
pub(super) use function::{function_word, function_word_at, modal_be, Function};
pub(super) use passive::*;
pub(super) use reports::reports_clause;
pub(super) use table::{ends_at_token, Looked, VerbTable};

/// The clause around a figure: back and forward to a comma, semicolon,
/// colon or the sentence edge, within a bounded window. Read from the
/// clause edges and the ` and `s before a verb that [`Index`] found once
/// for the whole text: an edge is a punctuation token, and ` and ` before a
/// verb starts a new clause (`busted 41 gangs and solved 1,510 fraud
/// cases`).
pub(super) fn clause_of(w: &Words<'_, '_>, index: &Index, span: Span, sentence: Span) -> Span {
    let text = w.text();
    let all = w.tokens().all();
    let floor = ceil_char(
        text,
        sentence.start.max(span.start.saturating_sub(CLAUSE_WINDOW)),
    );
    let ceil = floor_char(text, sentence.end.min(span.end + CLAUSE_WINDOW));
    let figure = w
        .token_at(span.start)
        .unwrap_or_else(|| w.index_from(span.start));
    // Back to the nearest edge before the figure, within the window.
    let edges = &index.edges;
    let e = edges.partition_point(|&k| k < figure);
    let start = match e.checked_sub(1).map(|e| edges[e]) {
        Some(k) if all[k].start() >= floor => all[k].end(),
        _ => floor,
    };
    // On past the figure's own tokens to the next edge.
    let after = figure
        + all[figure..]
            .iter()
            .take_while(|t| t.start() < span.end)
            .count();
    let next = edges[e..].iter().find(|&&k| k >= after);
    let end = match next {
        Some(&k) if all[k].end() <= ceil => all[k].start(),
        _ => ceil,
    };
    let end = first_and_verb(w, index, Span::new(span.end, end), after).unwrap_or(end);
    let start = last_and_verb(w, index, Span::new(start, span.start)).unwrap_or(start);
    Span::new(start, end)
}

/// The first ` and ` before a verb inside `within` (the space before it),
/// as [`and_verbs`] finds it from token `from`.
fn first_and_verb(w: &Words<'_, '_>, index: &Index, within: Span, from: usize) -> Option<usize> {
    let list = &index.and_verbs;
    let i = list.partition_point(|a| a.space < within.start);
    let a = list.get(i).filter(|a| a.end < within.end)?;
    if a.overlaps {
        return and_verbs(w, within, from).next();
    }
    Some(a.space)
}

/// The last ` and ` before a verb inside `within` (the space before it),
/// as [`and_verbs`] finds it.
fn last_and_verb(w: &Words<'_, '_>, index: &Index, within: Span) -> Option<usize> {
    let list = &index.and_verbs;
    let i = list.partition_point(|a| a.end < within.end);
    let a = list[..i].last().filter(|a| a.space >= within.start)?;
    if a.overlaps {
        let from = w.index_from(within.start);
        return and_verbs(w, within, from).last();
    }
    Some(a.space)
}

/// Where each ` and ` inside `within` that a verb follows starts (its
/// space), as `match_indices(" and ")` finds them: left to right, never
/// overlapping. `from` is a token at or before the window's start.
fn and_verbs<'w>(
    w: &'w Words<'_, '_>,
    within: Span,
    from: usize,
) -> impl Iterator<Item = usize> + 'w {
    let text = w.text();
    let bytes = text.as_bytes();
    let all = w.tokens().all();
    let mut taken = within.start;
    all[from..]
        .iter()
        .enumerate()
        .take_while(move |(_, t)| t.end() < within.end)
        .filter_map(move |(k, t)| {
            let s = t.start();
            let and = t.end() - s == 3
                && &bytes[s..s + 3] == b"and"
                && s > taken
                && bytes[s - 1] == b' '
                && bytes[t.end()] == b' ';
            if !and {
                return None;
            }
            taken = t.end() + 1;
            let j = skip_gap(text, t.end(), 2);
            let next = TokenInput::window(w.tokens(), from + k + 1, all.len());
            let verb = class::<()>(Class::Verb)(next).is_ok_and(|(_, n)| n.start() == j)
                && verb_phrase(next).is_ok();
            verb.then_some(s - 1)
        })
}

/// `2,500 phone cards, 2,700 bank cards and 578 computers were confiscated`:
/// follow a list of figures joined by commas and `and` to its end, and read
/// the passive verb there. `figures[0]` is the list's first item.
pub(super) fn list_verb(
    w: &Words<'_, '_>,
    figures: &[Figure<'_>],
    sentence: Span,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let first = figures.first()?;
    let mut last = first;
    // A list is read to its end from each item: bounding it keeps a text of
    // `1,2,3,...` linear.
    let item_end = |f: &Figure<'_>| f.noun_str().map_or(f.span.end, |n| end_of(text, n));
    let mut from = item_end(first);
    // The item before a `, and`, once one is passed.
    let mut before_comma_and = None;
    for next in figures[1..].iter().take(MAX_LIST) {
        if next.span.start >= sentence.end || from > next.span.start {
            break;
        }
        let between = text[from..next.span.start].trim();
        // `3,260 sets of fake parts, with a value of 6 million yuan, and 5
        // production lines were seized`: an item's value set off by commas
        // is no item; the list goes on after it.
        if next.unit.is_some_and(Unit::is_currency) && is_value_link(between) {
            from = next.span.end;
            continue;
        }
        // `5 million yuan (790,000 US dollars) and 40 cars were seized`:
        // money's converted twin in brackets is no item either; the list
        // goes on after the bracket.
        // (Not for money that opens the list as the object of a verb
        // that moves none: `the gang earned 5 million yuan (...) and 40
        // cars were seized`.)
        if next.unit.is_some_and(Unit::is_currency) && matches!(between, "(" | "（") {
            if std::ptr::eq(last, first) && !heads_money_list(w, first) {
                break;
            }
            let rest = &text[next.span.end..sentence.end.max(next.span.end)];
            let close = rest.trim_start();
            let Some(c) = [")", "）"].iter().find(|c| close.starts_with(**c)) else {
                break;
            };
            from = next.span.end + (rest.len() - close.len()) + c.len();
            continue;
        }
        // A bare number (`, 52 were solved`) starts a clause of its own.
        // (Not one after its own noun: `bullets 120 rounds and knives 15
        // were seized`.)
        let mt = mt_item(w, between);
        let item = next.noun.is_some() || next.unit.is_some() || mt;
        let joined = is_joiner(w, between) || ends_in_joiner(w, between);
        if between.is_empty() || !item || !(joined || mt) {
            break;
        }
        // `earned 5 million yuan, and 40 cars and 9 guns were seized`: a
        // `, and` with a bare `and` after it joins two clauses; the
        // list that starts before it ends there.
        let comma_and = [",", "，"].iter().any(|c| {
            between
                .strip_prefix(c)
                .is_some_and(|r| r.trim_start() == "and")
        });
        if comma_and && before_comma_and.is_none() {
            before_comma_and = Some(last);
        } else if between == "and" {
            if let Some(end) = before_comma_and {
                last = end;
                break;
            }
        }
        last = next;
        from = item_end(next);
    }
    if std::ptr::eq(last, first) {
        return None;
    }
    let end = last.noun_str().map_or(last.span.end, |n| end_of(text, n));
    // `200 phones, 60 computers and 3,000 SIM cards used for fraud were
    // confiscated`: the last item's own phrase is read through, as it is
    // for the last item alone.
    passive_verb(w, end, sentence.end)
        .or_else(|| passive_from(w, end, sentence.end, Read::Through))
        .or_else(|| uncounted_tail(w, end, sentence.end))
}

/// `4 cars, 11 fax machines and a batch of laptops, phones and ledgers,
/// along with other gambling tools, have been seized`: a list of counts
/// may run on in items with no count, joined by commas and `and`, and an
/// aside, before its passive. Read from `end` (the last count's noun),
/// within [`CLAUSE_WINDOW`]: a tail that opens with `and` or a comma, holds
/// no number, no verb and no clause mark, and ends at a comma right
/// before an auxiliary and its verb.
fn uncounted_tail(w: &Words<'_, '_>, end: usize, ceil: usize) -> Option<(Verb, usize)> {
    let text = w.text();
    if end >= ceil {
        return None;
    }
    let limit = floor_char(text, (end + CLAUSE_WINDOW).min(ceil)).max(end);
    let tail = &text[end..limit];
    let opens = tail.trim_start();
    if !(opens.starts_with(',') || opens.starts_with("and ")) {
        return None;
    }
    let bytes = tail.as_bytes();
    let stop = bytes
        .iter()
        .position(|&b| b.is_ascii_digit() || matches!(b, b';' | b'.' | b':'))
        .unwrap_or(bytes.len());
    // (The first comma may open the tail: `11 fax machines, and ...`.)
    let first = tail.len() - opens.len() + 1;
    (first..stop)
        .filter(|&i| bytes[i] == b',')
        .take_while(|&i| !has_verb(w, Span::new(end, end + i)))
        .find_map(|i| passive_from(w, end + i + 1, ceil, Read::Aux))
}

/// Whether money (`first`) may open a list whose passive takes it: at the
/// start of its clause, after `with`, `and`, `including` or `plus`, or
/// after a verb that takes money (`seized`), not after any other word
/// (`earned`, `cost victims`).
fn heads_money_list(w: &Words<'_, '_>, first: &Figure<'_>) -> bool {
    let text = w.text();
    let WordBefore { gap, word } = WordBefore::of(text, first.span.start);
    word.is_empty()
        || ["with", "and", "including", "plus"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
        || w.verb(gap - word.len(), gap).is_some_and(|(&v, l)| {
            l == word.len() && seizure_action(v, SeizureKind::Cash).is_some()
        })
}

/// `, with a value of`, `worth`, `valued at`: what links an item to its
/// money value, at the end of `between`.
fn is_value_link(between: &str) -> bool {
    let b = between.as_bytes();
    [&b"value of"[..], b"worth", b"valued at"]
        .iter()
        .any(|p| b.len() >= p.len() && b[b.len() - p.len()..].eq_ignore_ascii_case(p))
}

/// The nearest verb ending before `start`, within the sentence and a bounded
/// window.
pub(super) fn left_verb(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    start: usize,
    floor: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let floor = floor.max(start.saturating_sub(LEFT_WINDOW));
    let upto = verbs.partition_point(|&(end, _, _)| end <= start);
    for (i, &(end, s, v)) in verbs[..upto].iter().enumerate().rev() {
        if end <= floor {
            break;
        }
        // `found (that) the firm had sold 140 tons`: the figure is inside
        // a reported clause, with its own subject and verb, not the object
        // of a verb before it.
        // (`Among the drugs seized were 1.46 tons`: an auxiliary right
        // before the figure is no verb of its own.)
        // (`Coercive measures were taken against 22 people`: a measure
        // taken or imposed is the verb's own passive, not another clause.)
        let measure = text[s..end].ends_with("measures") || text[s..end].ends_with("detention");
        if reports_clause(&text.as_bytes()[end..start], measure) {
            return None;
        }
        // `crime that helped telecom scams, and 131 people ...`: a
        // relative clause that ended before the figure keeps its verb.
        // (The word before the verb, read once for the questions below.)
        let before = WordBefore::of(text, s);
        let prev = before.word;
        let relative = ["that", "which", "who"]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w));
        if relative && text[end..start].contains(',') {
            continue;
        }
        // `were blocked from being deceived 2,110 times`: a participle
        // after `from being` completes the verb before it, whose figure
        // this is.
        if prev.eq_ignore_ascii_case("being") && {
            let p = before.gap - prev.len();
            ascii_word_before(text, skip_back_spaces(text, p, 0)).eq_ignore_ascii_case("from")
        } {
            continue;
        }
        // `frozen beef`, `stolen cars`: a participle before its noun
        // modifies it and is no verb of the figure.
        if s >= floor
            && !modifier_after(w, s, end, before)
            && !modifies_after_verb(w, &verbs[..i], s, end, before)
        {
            return Some((v, s));
        }
    }
    None
}

/// Whether `verb`, the nearest verb to the left of `at` ([`left_verb`]),
/// ends right before it (spaces between at most).
pub(super) fn ends_right_before(w: &Words<'_, '_>, verb: Option<(Verb, usize)>, at: usize) -> bool {
    verb.is_some_and(|(_, s)| {
        let e = s + w.verb_on(s).map_or(0, |(_, l)| l);
        e <= at && w.text()[e..at].trim().is_empty()
    })
}

/// `returned to the victims frozen money 4,589万元`: in machine-translated
/// order a participle (`s..e`) after a noun and before the money the
/// figure counts modifies the money; the verb before it in its clause
/// (the last of `earlier`) moved it. (Only money: in `arrested suspects
/// seized drugs` the participle may be a verb of its own.)
fn modifies_after_verb(
    w: &Words<'_, '_>,
    earlier: &[(usize, usize, Verb)],
    s: usize,
    e: usize,
    before: WordBefore<'_>,
) -> bool {
    let text = w.text();
    let word = &text[s..e];
    let participle = (word.ends_with("ed") || word.ends_with("en")) && !word.contains(' ');
    // (Most verbs are no participle: asked first, before the words around.)
    if !participle {
        return false;
    }
    let WordBefore { gap: p, word: prev } = before;
    p < s
        && prev.starts_with(|c: char| c.is_ascii_lowercase())
        && earlier.last().is_some_and(|&(pe, ps, _)| {
            pe <= p - prev.len()
                && ps < pe
                && !text.as_bytes()[pe..s]
                    .iter()
                    .any(|b| matches!(b, b',' | b';' | b':' | b'.'))
        })
        && names_thing(w, p - prev.len())
        && {
            let next = skip_gap(text, e, 1);
            let money = &text[next..next + word_len(&text[next..])];
            item_kind(w, money) == Some(SeizureKind::Cash)
        }
}

/// Whether the verb form at `s..e` modifies the noun after it rather than
/// governing the figure: a participle before a noun that follows `of`, an
/// article, a number or another participle (`tons of frozen beef`,
/// `smuggled frozen meat`), or a number after an article (`the defrauded
/// 860,000 yuan`), not a subject (`police arrested members`, `and
/// seized goods`).
pub(super) fn is_modifier(w: &Words<'_, '_>, s: usize, e: usize) -> bool {
    let text = w.text();
    // (The phrase's own test first: it needs no word before it.)
    if ends_in_preposition(&text[s..e]) {
        return false;
    }
    modifier_after(w, s, e, WordBefore::of(text, s))
}

/// `the seizure of drugs`, `the recovery of losses`, `a crackdown on 12
/// gangs`: a verb phrase that ends in `of` or `on` takes its object
/// through it.
fn ends_in_preposition(phrase: &str) -> bool {
    phrase.ends_with(" of") || phrase.ends_with(" on")
}

/// [`is_modifier`] of the verb phrase at `s..e`, with the word before it
/// already read (`before`).
fn modifier_after(w: &Words<'_, '_>, s: usize, e: usize, before: WordBefore<'_>) -> bool {
    let text = w.text();
    if ends_in_preposition(&text[s..e]) {
        return false;
    }
    let WordBefore { gap: p, word: prev } = before;
    // `smuggled frozen meat`; not `helped avoid losses`, where a bare
    // verb after another is its infinitive.
    let participle = |w: &str| w.ends_with("ed") || w.ends_with("en");
    let stacked = prev.len() > 3
        && prev.starts_with(|c: char| c.is_ascii_lowercase())
        && participle(prev)
        && participle(&text[s..e]);
    // (`a total of dispatched police 1,360`: a machine translation's
    // verb after `a total of` governs its count.)
    let total_of = prev.eq_ignore_ascii_case("of") && {
        let before = skip_back_spaces(text, p - prev.len(), 0);
        ascii_word_before(text, before).eq_ignore_ascii_case("total")
    };
    // (`in the course of busting 2,790 cases`: a gerund after `of` takes
    // its object; only a participle modifies a noun.)
    let gerund = prev.eq_ignore_ascii_case("of") && text[s..e].ends_with("ing");
    let article = !total_of
        && !gerund
        && ["of", "the", "a", "an"]
            .iter()
            .any(|d| prev.eq_ignore_ascii_case(d));
    let determiner =
        article || (prev.is_empty() && text[..p].ends_with(|c: char| c.is_ascii_digit()));
    // (`froze the defrauded 860,000 yuan`: after an article, before a
    // number too; not after one, `the 12 detained 30 people`.)
    let next = skip_gap(text, e, 1);
    // (But where the article opens its clause, no verb governs the count
    // and the participle says what was done to it: `The arrested 12
    // suspects confessed`, `Of the seized 40 guns, ...`.)
    let number = article
        && text[next..].starts_with(|c: char| c.is_ascii_digit())
        && !opens_clause(text, p - prev.len());
    // (`Among the seized items were 41 bronze mirrors`: the participle of
    // the group that the counts after it belong to is what was done to
    // them.)
    let among = article && {
        let b = skip_back_spaces(text, p - prev.len(), 0);
        let word = ascii_word_before(text, b);
        word.eq_ignore_ascii_case("among") && opens_clause(text, b)
    };
    // The word lookup last: most verbs follow no determiner.
    !among
        && (number
            || ((determiner || stacked) && names_thing(w, next))
            || frozen_food(w, s, e, next))
}

/// `smuggling frozen goods`, `frozen chicken feet`: `frozen` before goods
/// or animal products (at `next`) names what they are, not a freeze.
fn frozen_food(w: &Words<'_, '_>, s: usize, e: usize, next: usize) -> bool {
    let text = w.text();
    // (The verb first: the word after it is looked up for `frozen` alone.)
    text[s..e].eq_ignore_ascii_case("frozen")
        && w.prefix(next, text.len(), ITEMS)
            .is_some_and(|(&k, _)| matches!(k, SeizureKind::Goods | SeizureKind::Wildlife))
}

/// `Guns 23 pieces, bullets 1,500 rounds were seized`: between two items
/// of a machine-translated list, a comma (or `and`) and then the next
/// item's own thing or counted noun, before its number.
fn mt_item(w: &Words<'_, '_>, between: &str) -> bool {
    let rest = between
        .strip_prefix([',', '、'])
        .or_else(|| between.strip_prefix('，'))
        .map(str::trim_start)
        .map(|r| r.strip_prefix("and ").unwrap_or(r))
        .or_else(|| between.strip_prefix("and "));
    rest.is_some_and(|r| {
        !r.is_empty()
            && r.split_ascii_whitespace().count() <= 4
            && r.starts_with(|c: char| c.is_ascii_alphabetic())
            && !r.contains([',', ';', '.'])
            && !r
                .split_ascii_whitespace()
                .any(|x| REPORTING.iter().any(|p| x.eq_ignore_ascii_case(p)))
            && !has_verb(w, span_of(w.text(), r))
            && (item_kind(w, r).is_some() || noun_class(w, r).is_some())
    })
}

/// `The arrested 12 suspects`: a verb of the lexicon right before the
/// number (`before`, the word before it as the figure read it), after an
/// article that opens its clause, says what was done to the count,
/// whatever the count then does itself. The verb and where it starts.
pub(super) fn article_participle(
    w: &Words<'_, '_>,
    before: WordBefore<'_>,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let WordBefore { gap, word: verb } = before;
    if verb.is_empty() {
        return None;
    }
    let at = gap - verb.len();
    let (&v, l) = w.verb(at, gap)?;
    let p = skip_back_spaces(text, at, 0);
    let article = ascii_word_before(text, p);
    (l == verb.len()
        && p < at
        && ["the", "these", "those"]
            .iter()
            .any(|a| article.eq_ignore_ascii_case(a))
        && opens_clause(text, p - article.len()))
    .then_some((v, at))
}

/// Whether the word at `at` opens its clause: nothing before it but a
/// stop, or only a preposition of a part (`Of the`, `Among the`).
fn opens_clause(text: &str, at: usize) -> bool {
    let b = skip_back_spaces(text, at, 0);
    let word = ascii_word_before(text, b);
    let stop = |e: usize| {
        let lead = text[..e].trim_end();
        lead.is_empty() || lead.ends_with(['.', ',', ';', ':', '\n', '(', '，', '。', '；', '：'])
    };
    if word.is_empty() {
        return stop(b);
    }
    ["of", "among", "from"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
        && stop(b - word.len())
}

/// Whether an item or noun entry starts at `at` as a whole word
/// ([`head_match_len`] of [`ITEMS`] or [`NOUNS`]), the word's token found once
/// for both tables.
pub(super) fn names_thing(w: &Words<'_, '_>, at: usize) -> bool {
    let text = w.text();
    let ceil = text.len();
    let word = w.word_within(at, ceil);
    // Not a modifier in a hyphenated compound (`drug` of `drug-related`).
    let head = |len: usize| !text[at + len..].starts_with('-');
    w.prefix_of(word, at, ceil, ITEMS)
        .is_some_and(|(_, l)| head(l))
        || w.prefix_of(word, at, ceil, NOUNS)
            .is_some_and(|(_, l)| head(l))
}

/// Whether a verb starts at any word of `span`.
pub(super) fn has_verb(w: &Words<'_, '_>, span: Span) -> bool {
    w.starts_in(span).any(|at| w.verb(at, span.end).is_some())
}

/// The first verb inside a noun phrase, and its offset: `suspects arrested`.
///
/// A participle before its noun modifies it (`illegally caught fish`): a
/// verb splits the phrase only when no noun or item follows it.
pub(super) fn verb_inside(w: &Words<'_, '_>, phrase: &str) -> Option<(Verb, usize)> {
    // Only a word after a space inside the phrase is looked at: a phrase
    // of one word (most) has none.
    if !phrase.as_bytes().contains(&b' ') {
        return None;
    }
    let span = span_of(w.text(), phrase);
    let bytes = w.text().as_bytes();
    // (`31 guns handed in by villagers`: a verb phrase may run on past
    // the noun phrase, which stopped at its particle.)
    let ceil = floor_char(w.text(), (span.end + 12).min(w.text().len()));
    let all = w.tokens().all();
    // A whole word of the phrase that starts no verb phrase starts none
    // that runs on past it either: neither window is read.
    let no_verb = |at: usize| {
        w.word_at(at).is_some_and(|k| {
            let t = &all[k];
            t.end() <= span.end && !t.starts().has(VERBS.class())
        })
    };
    w.starts_in(span)
        .filter(|&at| at > span.start && bytes[at - 1] == b' ' && !no_verb(at))
        .find_map(|at| {
            w.verb(at, span.end)
                .or_else(|| w.verb(at, ceil))
                .map(|(&v, l)| (v, at - span.start, l))
        })
        .filter(|&(_, i, l)| {
            // (An empty slice of the phrase itself, not a `""` elsewhere.)
            let after = phrase.get(i + l..).unwrap_or(&phrase[phrase.len()..]);
            // (The noun `catch` of `illegal fishing catch` is no verb at
            // all: [`super::words::is_noun_use`].)
            noun_at(w, after).is_none() && item_at(w, after).is_none()
        })
        // (`villagers helped search`: an active helping verb is theirs.)
        .filter(|&(v, i, l)| !helps_someone(w, v, span.start + i, span.start + i + l))
        .map(|(v, i, _)| (v, i))
}
