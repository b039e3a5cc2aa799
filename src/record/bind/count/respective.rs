//! `Cases cracked and suspects arrested were 340 and 512 respectively`:
//! bare numbers that `respectively` deals out to the nouns listed before
//! them, in order, each with the verb right after its noun.

use super::*;

/// The most numbers one `respectively` deals out.
const MAX_DEALT: usize = 6;

impl<'a> Binder<'_, 'a> {
    /// Records the bare count `f` when it is the `j`-th of a run of bare
    /// numbers closed by `respectively` and the clause before the run
    /// lists as many classed nouns; says whether it did.
    pub(super) fn respective(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        if f.noun.is_some() || f.unit.is_some() {
            return false;
        }
        let text = self.text;
        let w = self.words;
        // Back to the first number of the run.
        let (mut start, mut j) = (f.span.start, 0);
        while j < MAX_DEALT {
            let before = text[..start].trim_end();
            let Some(b) = before
                .strip_suffix(" and")
                .or_else(|| before.strip_suffix(','))
                .map(|b| b.trim_end_matches([' ', ',']))
            else {
                break;
            };
            let digits = b
                .bytes()
                .rev()
                .take_while(|c| c.is_ascii_digit() || matches!(c, b',' | b'.'))
                .count();
            if digits == 0 || !b.ends_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            start = b.len() - digits;
            j += 1;
        }
        // On to the last one, which `respectively` follows.
        let mut last = f;
        let mut n = j + 1;
        for next in ctx.list.iter().skip(1).take(MAX_DEALT) {
            let between = text.get(last.span.end..next.span.start).unwrap_or("x");
            if next.noun.is_some() || next.unit.is_some() {
                break;
            }
            if !matches!(between.trim(), "and" | "," | ", and") {
                break;
            }
            last = next;
            n += 1;
        }
        let after = text[last.span.end..].trim_start_matches([' ', ',']);
        if !(2..=MAX_DEALT).contains(&n) || !after.starts_with("respectively") {
            return false;
        }
        // The nouns of the clause before the run, nearest last.
        let mut nouns = Vec::with_capacity(n);
        let mut at = start;
        while nouns.len() < n {
            let floor = ctx.clause.start.min(ctx.sentence.start);
            // (A list of three goes on past its commas, and past the
            // modifiers of the noun after one: `drug cases, theft cases`.)
            let Some(noun) = nearest_noun_before(&w, at, floor)
                .or_else(|| {
                    let listed = text[..at].trim_end().strip_suffix(',')?;
                    nearest_noun_before(&w, listed.len(), floor)
                })
                .or_else(|| {
                    let comma = text.get(floor..at)?.rfind(',')? + floor;
                    let modifiers = &text[comma + 1..at];
                    let plain = modifiers
                        .bytes()
                        .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-'));
                    let verb = has_verb(&w, Span::new(comma + 1, at));
                    let few = modifiers.split_whitespace().count() <= 3;
                    (plain && few && !verb).then_some(())?;
                    nearest_noun_before(&w, comma, floor)
                })
            else {
                break;
            };
            at = start_of(text, noun.text);
            nouns.push(noun);
        }
        let (noun, (v, from)) = if nouns.len() == n {
            let noun = nouns[n - 1 - j];
            // Its verb stands right after it (`suspects arrested`), or, in
            // the order machine translation keeps (`cracked drug cases and
            // theft cases 72 and 130 respectively`), before it.
            // (Every noun listed needs one, and the first is the verb's
            // object, not its subject: in `police arrested suspects and
            // seized guns 3 and 4 respectively` the guns are no tally noun,
            // and `police` takes no number.)
            let right = |n: &NounPhrase<'_>| {
                let from = skip_gap(text, end_of(text, n.text), 1);
                w.verb(from, ctx.sentence.end).map(|(&v, _)| (v, from))
            };
            let left = |n: &NounPhrase<'_>| {
                left_verb(
                    &w,
                    &self.index.verbs,
                    start_of(text, n.text),
                    ctx.sentence.start,
                )
            };
            let first = &nouns[n - 1];
            // (A first noun with a verb after it that the others lack is
            // that verb's subject: in `police inspected hotels and saunas
            // 86 and 23 respectively` the numbers are dealt out to a list
            // the police are no part of, and none is theirs.)
            if right(first).is_some() && nouns.iter().any(|n| right(n).is_none()) {
                return true;
            }
            let verb = right(&noun).or_else(|| {
                (right(first).is_none()
                    && nouns.iter().all(|n| right(n).or_else(|| left(n)).is_some()))
                .then(|| left(&noun))
                .flatten()
            });
            let Some(verb) = verb else {
                return false;
            };
            (noun, verb)
        } else {
            // `fraud cases filed and solved were 1,183 and 417
            // respectively`: one noun, and the verbs listed after it.
            let Some(&noun) = nouns.first() else {
                return false;
            };
            match listed_verbs_after(&w, end_of(text, noun.text), ctx.sentence.end, n) {
                Some(verbs) => (noun, verbs[j]),
                None => return false,
            }
        };
        let WordBefore { gap, word: prev } = ctx.before;
        let mut counted = Counted {
            noun,
            elided: false,
            fraud_part: false,
            pronoun_end: of_pronoun_end(text, ctx.after),
            inner_verb: None,
            what: "respective_subject",
            prev,
            gap,
            noun_end: f.span.end,
            left_from: f.span.start,
            items: ItemMemo::default(),
        };
        self.rule = Rule {
            how: "respective_verb",
            what: "respective_subject",
        };
        let done = Done {
            verb: Some((v, from)),
            own_verb: true,
        };
        self.count_record(f, ctx, &mut counted, done);
        true
    }
}

/// The `n` verbs listed right after `from` (`filed and solved`, `filed,
/// solved and closed`), with where each starts, if exactly `n` are.
fn listed_verbs_after(
    w: &Words<'_, '_>,
    from: usize,
    ceil: usize,
    n: usize,
) -> Option<Vec<(Verb, usize)>> {
    let text = w.text();
    let mut verbs = Vec::with_capacity(n);
    let mut at = skip_gap(text, from, 1);
    while verbs.len() < n {
        let (&v, len) = w.verb(at, ceil)?;
        verbs.push((v, at));
        let rest = text.get(at + len..ceil)?;
        let joiner = [", and ", " and ", ", "]
            .iter()
            .find(|j| rest.starts_with(**j))
            .map_or(0, |j| j.len());
        if joiner == 0 {
            break;
        }
        at += len + joiner;
    }
    (verbs.len() == n).then_some(verbs)
}

impl<'a> Binder<'_, 'a> {
    /// `seized heroin and methamphetamine 5 kg and 3 kg respectively`:
    /// measures (or bare numbers) that `respectively` deals out to the
    /// items listed between the verb and the first of them, or before a
    /// participle that a linking verb joins to them, in order. Read at the first measure
    /// of the run, which records them all; says whether it did.
    pub(super) fn respective_items(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        // (Cheap first: a bare measure or number followed by another.)
        let measured = f
            .unit
            .map_or(true, |u| !u.is_currency() && u != Unit::Percent);
        if !measured || f.noun.is_some() || ctx.list.len() < 2 || f.span.start < self.consumed {
            return false;
        }
        let text = self.text;
        let w = self.words;
        // The run: this measure and the next ones of its unit.
        let mut run = 1;
        let mut last = f;
        for next in ctx.list.iter().skip(1).take(MAX_DEALT - 1) {
            let between = text.get(last.span.end..next.span.start).unwrap_or("x");
            if next.unit != f.unit || !matches!(between.trim(), "and" | "," | ", and") {
                break;
            }
            last = next;
            run += 1;
        }
        let after = text[last.span.end..].trim_start_matches([' ', ',']);
        if run < 2 || !after.starts_with("respectively") {
            return false;
        }
        // The items, between the verb and the first measure.
        let end = skip_back_spaces(text, f.span.start, ctx.sentence.start);
        let Some((v, at)) = left_verb(&w, &self.index.verbs, end, ctx.sentence.start) else {
            return false;
        };
        let from = at + w.verb_on(at).map_or(0, |(_, l)| l);
        let Some(listed) = text.get(from..end) else {
            return false;
        };
        // `Guns and bullets confiscated (in the raid) were 27 and 860
        // respectively`: the items before their participle, when a linking
        // verb leads to the numbers; the last ones of the clause.
        let linked = item_kind(&w, listed).is_none()
            && listed
                .split_ascii_whitespace()
                .next_back()
                .is_some_and(|l| is_linking(l) || l.eq_ignore_ascii_case("weighed"));
        let listed = match linked {
            true => &text[ctx.sentence.start.min(at)..at],
            false => listed,
        };
        let mut items = Vec::with_capacity(run);
        for part in listed.split(',') {
            for item in part.split(" and ") {
                let item = item.trim();
                if !item.is_empty() {
                    items.push(item);
                }
            }
        }
        if linked && items.len() > run {
            items.drain(..items.len() - run);
        }
        if items.len() != run {
            return false;
        }
        let mut taken = Vec::with_capacity(run);
        for &item in &items {
            let Some(action) = item_kind(&w, item).and_then(|k| Some((k, seizure_action(v, k)?)))
            else {
                return false;
            };
            taken.push(action);
        }
        self.rule = Rule {
            how: "respective_verb",
            what: "respective_items",
        };
        for ((item, (kind, action)), m) in items.into_iter().zip(taken).zip(&ctx.list[..run]) {
            self.seize(kind, action, item, Some(m.clone()), None);
        }
        self.consumed = last.span.end;
        true
    }
}
