//! Seizable items: the kind of an item phrase from its head word (a
//! modifier, `cash registers`, or a tally noun does not decide it), and
//! how a thing was taken, from its verb.

use super::*;

/// The seizure kind of an item phrase, if it names a seizable thing.
pub(super) fn item_kind(w: &Words<'_, '_>, item: &str) -> Option<SeizureKind> {
    item_at(w, item).map(|(k, _)| k)
}

/// The seizure kind of an item phrase and where its head word is.
pub(super) fn item_at(w: &Words<'_, '_>, item: &str) -> Option<(SeizureKind, usize)> {
    item_span(w, item).map(|(k, at, _)| (k, at))
}

/// The seizure kind of an item phrase, where its head word starts and
/// where the entry that classed it ends (offsets in the phrase).
pub(super) type ItemSpan = (SeizureKind, usize, usize);

/// The [`ItemSpan`] of an item phrase, if it names a seizable thing.
pub(super) fn item_span(w: &Words<'_, '_>, item: &str) -> Option<ItemSpan> {
    let span = span_of(w.text(), item);
    let mut kind = None;
    let mut counterfeit = false;
    let mut ancient = false;
    let mut covered = 0;
    for abs in w.starts_in(span) {
        let at = abs - span.start;
        // The word's token, found once for both tables.
        let word = w.word_within(abs, span.end);
        // `turtle products`, `cannabis oil`: the part of a controlled item
        // right before it keeps the item's kind.
        let part_of = kind.filter(|&(k, _, end)| {
            end + 1 == at
                && controlled(k)
                && head_match_of(w, word, abs, span.end, DERIVED).is_some()
        });
        if let Some((k, i, _)) = part_of {
            covered = at + word_len(&item[at..]);
            kind = Some((k, i, covered));
            continue;
        }
        // `tank trucks carrying diesel`: a participle after a plural head
        // opens what the head holds, which does not decide its kind (`sand
        // dredging ships`: after a modifier, it is one more).
        // (The word is read whole only for the questions that need it.)
        let text = || &item[at..at + word_len(&item[at..])];
        let participle = || {
            let text = text();
            text.len() > 4
                && text.ends_with("ing")
                && text.starts_with(|c: char| c.is_ascii_lowercase())
        };
        let plural = kind
            .is_some_and(|(_, _, end)| item[..end].ends_with('s') && !item[..end].ends_with("ss"));
        if plural && participle() && head_match_of(w, word, abs, span.end, ITEMS).is_none() {
            break;
        }
        // A longer entry covers the words inside it (`bronze vessels`).
        if let Some((&k, l)) = (at >= covered)
            .then(|| head_match_of(w, word, abs, span.end, ITEMS))
            .flatten()
        {
            covered = at + l;
            // `cash registers`: an item word before another noun only
            // modifies it; but `gun parts` are a weapon's parts, and
            // `bronze mirrors` are things made of bronze.
            if !modifies_noun(w, &item[at + l..])
                || names_part(w, k, span.start + at + l, span.end)
                || is_material(&item[at..at + l])
            {
                kind = Some((k, at, at + l));
            }
        }
        counterfeit |= head_match_of(w, word, abs, span.end, COUNTERFEIT).is_some();
        ancient |= starts_ignore_case(&item.as_bytes()[at..], b"ancient")
            && text().len() == b"ancient".len();
    }
    match kind {
        Some((_, at, end)) if counterfeit => Some((SeizureKind::Counterfeit, at, end)),
        // `fake diplomas`: a counterfeit of anything is counterfeit.
        // Its head is no item, so a counted noun in it is the head
        // (`counterfeit workshops` are dens).
        None if counterfeit => Some((SeizureKind::Counterfeit, 0, 0)),
        // `ancient seals`, `ancient books`: an ancient thing taken is a
        // relic, whatever it is (and a counted noun is still the head:
        // `ancient tomb robbers`).
        Some((_, at, end)) if ancient => Some((SeizureKind::Relics, at, end)),
        None if ancient => Some((SeizureKind::Relics, 0, 0)),
        k => k,
    }
}

/// Materials that things are made of, whose kind passes to the thing
/// they modify (`bronze mirrors`, `jade pendants`, `ivory carvings`),
/// where another item word only modifies (`cash registers`).
const MATERIALS: &[&str] = &[
    "bronze",
    "celadon",
    "horn",
    "ivory",
    "jade",
    "porcelain",
    "pottery",
    "tortoiseshell",
];

/// Whether an item entry as written is a [`MATERIALS`] word.
fn is_material(entry: &str) -> bool {
    MATERIALS.iter().any(|m| entry.eq_ignore_ascii_case(m))
}

/// `seized counterfeit brand-name handbags 2,340 pieces`: a noun read
/// back from its number (machine-translated order) takes in a counterfeit
/// word up to three words before it, through hyphenated modifiers, so
/// the fake wins over the item's own kind.
pub(super) fn counterfeit_before<'a>(
    w: &Words<'_, 'a>,
    phrase: NounPhrase<'a>,
    floor: usize,
) -> NounPhrase<'a> {
    let text = w.text();
    let end = end_of(text, phrase.text);
    let mut at = start_of(text, phrase.text);
    for _ in 0..3 {
        let b = skip_back_spaces(text, at, floor);
        // `brand-name`: a hyphen joins two words of one modifier.
        let b = match text[..b].strip_suffix('-') {
            Some(r) if b == at => r.len(),
            _ if b == at => return phrase,
            _ => b,
        };
        let word = ascii_word_before(text, b);
        // (A capital only where the clause opens: `Counterfeit cigarettes
        // seized: 1,260 cartons`.)
        let opens = || b - word.len() >= floor && trim(&text[floor..b - word.len()]).is_empty();
        if word.is_empty()
            || b - word.len() < floor
            || !(word.starts_with(|c: char| c.is_ascii_lowercase()) || opens())
        {
            return phrase;
        }
        at = b - word.len();
        if w.prefix(at, b, COUNTERFEIT)
            .is_some_and(|(_, l)| l == word.len())
        {
            return NounPhrase {
                text: &text[at..end],
                ..phrase
            };
        }
    }
    phrase
}

/// Whether a part of a thing of `kind` is of its kind too: weapons,
/// drugs and wildlife are controlled in every part and product.
fn controlled(kind: SeizureKind) -> bool {
    match kind {
        SeizureKind::Weapons | SeizureKind::Drugs | SeizureKind::Wildlife => true,
        SeizureKind::Cash
        | SeizureKind::Relics
        | SeizureKind::Vehicles
        | SeizureKind::Devices
        | SeizureKind::Counterfeit
        | SeizureKind::Minerals
        | SeizureKind::Goods
        | SeizureKind::Other => false,
    }
}

/// Whether the word after an item of `kind` ending at `end` names a part
/// of it (`gun parts`, `cannabis buds`) that keeps its kind.
fn names_part(w: &Words<'_, '_>, kind: SeizureKind, end: usize, ceil: usize) -> bool {
    let at = skip_gap(w.text(), end, 1);
    at == end + 1
        && controlled(kind)
        && head_match_of(w, w.word_within(at, ceil), at, ceil, DERIVED).is_some()
}

/// Whether the next word is a plural noun that the word before modifies
/// (`cash machines`), not a stop, verb or participle (`drugs were`).
pub(super) fn modifies_noun(w: &Words<'_, '_>, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = &r[..word_len(r)];
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !["this", "plus", "was", "has", "its", "as"].contains(&word)
        // `antique pieces`: a measure word names no other thing.
        && {
            let at = span_of(w.text(), word);
            !matches!(w.prefix(at.start, at.end, NOUNS), Some((Noun::Measure, _)))
                && w.verb(at.start, at.end).is_none()
                && w.prefix(at.start, at.end, AUXILIARIES).is_none()
        }
}

/// Whether the head of `phrase`, whose [`item_span`] is `item`, is a
/// seizable item rather than a counted noun: `crystal meth pills` is,
/// `drug-related suspects` is not.
pub(super) fn item_is_head(w: &Words<'_, '_>, phrase: &str, item: Option<ItemSpan>) -> bool {
    match (item, noun_at(w, phrase)) {
        (Some(_), Some((Noun::Measure, _))) => true,
        // `12 cases of tobacco smuggling`: the thing of a crime that cases
        // count was not taken with them (`40 cases of wine` still is).
        (Some((_, i, _)), Some((Noun::Case, n))) if i > n && names_crime_act(phrase) => false,
        // `precursor materials`: an item entry that covers the noun.
        // (`dens producing counterfeit liquor`: an item in the noun's
        // participle phrase is what the dens made, not the head.)
        // (`people using fake license plates`: a counterfeit word with no
        // item head of its own, `end == 0`, is read to the phrase's end.)
        (Some((_, i, end)), Some((_, n))) => {
            let upto = if end == 0 { phrase.len() } else { i };
            let participle = upto > n
                && phrase[n..upto]
                    .split(' ')
                    .skip(1)
                    .any(|w| w.len() > 4 && w.ends_with("ing"));
            (i >= n || end > n) && !participle
        }
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// Whether the last word of `phrase` names the act of a crime done with
/// a thing (`smuggling`, `trafficking`).
fn names_crime_act(phrase: &str) -> bool {
    const ACTS: [&str; 9] = [
        "counterfeiting",
        "dealing",
        "manufacturing",
        "poaching",
        "possession",
        "selling",
        "smuggling",
        "theft",
        "trafficking",
    ];
    let last = phrase.rsplit(' ').next().unwrap_or("");
    ACTS.iter().any(|a| last.eq_ignore_ascii_case(a))
}

/// The [`item_span`] of the last phrase asked about: the count rules ask
/// about the same noun phrase several times.
#[derive(Default)]
pub(super) struct ItemMemo<'a> {
    last: Option<(&'a str, Option<ItemSpan>)>,
}

impl<'a> ItemMemo<'a> {
    /// [`item_span`] of `phrase`, read once.
    pub(super) fn span(&mut self, w: &Words<'_, '_>, phrase: &'a str) -> Option<ItemSpan> {
        match self.last {
            // The same slice of the text (start and length), not only the
            // same words.
            Some((p, item)) if std::ptr::eq(p, phrase) => item,
            _ => {
                let item = item_span(w, phrase);
                self.last = Some((phrase, item));
                item
            }
        }
    }

    /// [`item_kind`] of `phrase`, read once.
    pub(super) fn kind(&mut self, w: &Words<'_, '_>, phrase: &'a str) -> Option<SeizureKind> {
        self.span(w, phrase).map(|(k, _, _)| k)
    }
}

/// Whether the verb at `at` destroys what it acts on (`destroyed 3.2
/// tonnes of drugs`, `the destruction of 400 guns`, `crushed 900 fake
/// phones`): things done away with, often ones seized before, are no
/// seizure. (The lexicon reads these verbs as busting, for dens and
/// gangs.)
///
/// `at` is where the verb starts, or (a verb a list carries on) a place
/// after it: the last verb of `verbs` (`(end, start, verb)`, in order)
/// starting there or before is read.
///
/// Things taken and then destroyed were seized all the same: see
/// [`taker_before_destroying`].
pub(super) fn destroys_thing(text: &str, verbs: &[(usize, usize, Verb)], at: usize) -> bool {
    destroyed_at(text, verbs, at) == Some(None)
}

/// The verb of taking joined by `and` to the destroying verb read at `at`
/// (`were seized and destroyed`, `confiscated and later destroyed`): the
/// thing was taken first, and that verb says how.
pub(super) fn taker_before_destroying(
    text: &str,
    verbs: &[(usize, usize, Verb)],
    at: usize,
) -> Option<Verb> {
    destroyed_at(text, verbs, at).flatten()
}

/// When the verb read at `at` (the last of `verbs` starting there or
/// before) destroys: `Some` of the verb of taking joined to it by `and`,
/// if one is. `None` when it does not destroy.
fn destroyed_at(text: &str, verbs: &[(usize, usize, Verb)], at: usize) -> Option<Option<Verb>> {
    let upto = verbs.partition_point(|&(_, s, _)| s <= at);
    let (&(_, start, _), before) = verbs[..upto].split_last()?;
    if !destroying(text, start) {
        return None;
    }
    let taker = before.last().and_then(|&(end, _, taker)| {
        (takes_thing(taker) && text.get(end..start).is_some_and(joined_by_and)).then_some(taker)
    });
    Some(taker)
}

/// Whether the verb starting at `start` destroys (`destroyed`, `the
/// destruction of`, `demolished`, `crushed`), puts out of use (`disabled 2
/// explosive devices`) or kills (`killing 4 tigers`): nothing taken.
fn destroying(text: &str, start: usize) -> bool {
    const DESTROY: [&[u8]; 6] = [
        b"destroy",
        b"destruction",
        b"demolish",
        b"crush",
        b"disabl",
        b"kill",
    ];
    DESTROY
        .iter()
        .any(|p| starts_ignore_case(&text.as_bytes()[start..], p))
}

/// Whether `verb` takes things into police hands (seized, confiscated,
/// recovered, intercepted, found).
fn takes_thing(verb: Verb) -> bool {
    matches!(
        verb,
        Verb::Seize | Verb::Confiscate | Verb::Recover | Verb::Intercept | Verb::Find
    )
}

/// Whether `gap`, the text between two verbs, joins them as one act done
/// in turn: `and`, with a comma before it or one adverb after it (`and
/// later`, `and then`, `and subsequently`).
fn joined_by_and(gap: &str) -> bool {
    let mut words = gap.trim_start_matches([' ', ',']).split_ascii_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("and"))
        && words.next().map_or(true, |w| {
            ["later", "then", "subsequently", "publicly"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
        })
        && words.next().is_none()
}

/// How a thing of `kind` was taken, given the verb.
pub(super) fn seizure_action(verb: Verb, kind: SeizureKind) -> Option<SeizureAction> {
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
        // `villagers surrendered 14 guns`: things handed in to the police
        // are taken in, as `handed in` ones are (people who surrender make
        // no seizure: they are no item).
        Verb::Confiscate | Verb::Surrender => SeizureAction::Confiscated,
        Verb::Recover | Verb::Return => SeizureAction::Recovered,
        Verb::Freeze => SeizureAction::Frozen,
        Verb::Intercept if kind == SeizureKind::Cash => SeizureAction::Frozen,
        Verb::Intercept => SeizureAction::Intercepted,
        // Verbs that take nothing: a case solved, a force deployed.
        Verb::Solve
        | Verb::File
        | Verb::Deploy
        | Verb::Check
        | Verb::Rectify
        | Verb::Handle
        | Verb::Mediate
        | Verb::Rescue
        | Verb::Publicize
        | Verb::Dissuade
        | Verb::Issue
        | Verb::Avoid
        | Verb::Block
        | Verb::Visit
        | Verb::Prosecute
        | Verb::Harm
        | Verb::Commit => return None,
    })
}
