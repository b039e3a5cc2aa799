//! The words around a count that [`count_record`](super::Binder::count_record)
//! reads: a word of warning, a plural, a verb that opens the noun, the
//! object before it, a suspicion, a count after a list, what people are
//! sought or found as, and the nouns of road users, violations and
//! travellers.

use super::*;

/// Whether `clause` holds a word of warning: `warn` or `alert` in any
/// case and form (`warned`, `early warnings`, `alerts`).
pub(super) fn speaks_of_warning(clause: &str) -> bool {
    clause
        .as_bytes()
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"warn") || w.eq_ignore_ascii_case(b"aler"))
}

/// Whether the last word of `phrase` reads as a plural noun (`fireworks`),
/// not an adjective that ends in `s` (`various`, `gross`).
pub(super) fn is_plural(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or(phrase).as_bytes();
    match last {
        [.., b's' | b'u' | b'i', b's'] => false,
        [.., a, b's'] => a.is_ascii_lowercase(),
        _ => false,
    }
}

/// Whether the verb at `at` is followed only by the modifiers of `noun`
/// (at most three words, no clause edge or number between): the verb of a
/// noun read before its number (`investigated entertainment places 580`).
pub(super) fn verb_opens_noun(w: &Words<'_, '_>, at: usize, noun: &str) -> bool {
    let text = w.text();
    let Some((_, len)) = w.verb_on(at) else {
        return false;
    };
    let start = start_of(text, noun);
    let Some(between) = text.get(at + len..start) else {
        return false;
    };
    between.split_whitespace().count() <= 3
        && between
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-')
}

/// The verb's object between the verb at `at` and a number at `start`, in
/// machine-translated order: one to four lowercase words right after the
/// verb or after a list's comma or `and` (`seized gambling machines 42
/// sets`, `seized cash 8,000 yuan, gambling machines 42 sets`), not a
/// determiner or preposition (`seized in the raid 42 sets`).
pub(super) fn object_before<'a>(w: &Words<'_, 'a>, at: usize, start: usize) -> Option<&'a str> {
    // Function words, and the auxiliaries and change words of a clause of
    // its own (`products seized rose to 2,470 items`).
    const NOT_OBJECT: [&str; 36] = [
        "a", "amounted", "an", "and", "are", "as", "at", "been", "by", "during", "fell", "for",
        "from", "had", "has", "have", "in", "into", "is", "its", "numbered", "of", "on", "reached",
        "rose", "than", "the", "their", "to", "totaled", "totalled", "was", "weighed", "were",
        "with", "came",
    ];
    let text = w.text();
    let (_, len) = w.verb_on(at)?;
    let span = text.get(at + len..start)?;
    let object = span
        .rfind([',', ';'])
        .map_or(span, |i| &span[i + 1..])
        .trim();
    let object = object.rsplit_once(" and ").map_or(object, |(_, o)| o);
    let plain = object
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-');
    let words = object.split(' ').count();
    let function_word = object.split(' ').any(|x| NOT_OBJECT.contains(&x));
    let verb = || has_verb(w, span_of(text, object));
    (plain && !object.is_empty() && words <= 4 && !function_word && !verb()).then_some(object)
}

/// `seized smuggled cigarettes, 400 cartons in number`: a measure count
/// set after the verb's object as its apposition (its measure ending at
/// `noun_end`, then `in number` or `in quantity`) counts the object
/// before the comma (past a `with` after it).
pub(super) fn apposed_object<'a>(
    w: &Words<'_, 'a>,
    at: usize,
    start: usize,
    noun_end: usize,
) -> Option<&'a str> {
    let text = w.text();
    let rest = text.get(noun_end..)?.trim_start_matches(' ').as_bytes();
    let counted = ["in number", "in quantity"].iter().any(|p| {
        starts_ignore_case(rest, p.as_bytes())
            && !rest.get(p.len()).is_some_and(u8::is_ascii_alphanumeric)
    });
    if !counted {
        return None;
    }
    let before = text.get(..start)?.trim_end_matches(' ');
    let before = before
        .strip_suffix(" with")
        .unwrap_or(before)
        .trim_end_matches(' ');
    let comma = before.strip_suffix(',')?.len();
    object_before(w, at, comma)
}

/// `people investigated for fraud`, `on suspicion of theft`: the words
/// after a noun that name it a suspect.
pub(super) fn suspected(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("").trim_start().as_bytes();
    [&b"for "[..], b"on suspicion", b"over "]
        .iter()
        .any(|p| starts_ignore_case(rest, p))
}

/// `investigated personnel 3,150 and vehicles 860`: the noun at `at`
/// (machine-translated order) follows an earlier count of its list, which
/// stands right after its verb.
pub(super) fn after_listed_count(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    at: usize,
    ctx: &Ctx<'_, '_>,
) -> bool {
    let text = w.text();
    let Some((_, s)) = left_verb(w, verbs, at, ctx.sentence.start) else {
        return false;
    };
    let e = s + w.verb_on(s).map_or(0, |(_, l)| l);
    let Some(between) = text.get(e..at).map(str::trim) else {
        return false;
    };
    let item = between
        .strip_suffix("and")
        .or_else(|| between.strip_suffix(','))
        .map(|b| b.trim_end_matches([' ', ',']));
    between.len() <= 40 && item.is_some_and(|i| i.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether the verb at `at` handles under administrative law: the verb
/// names it (`imposed administrative penalties on`) or the word right
/// before or after it does (`administratively punished`, `were dealt with
/// administratively`).
pub(super) fn administrative(w: &Words<'_, '_>, at: usize) -> bool {
    under_law(w, at, b"administrativ")
}

/// The class of `noun` as people taken or handled: `48 drunk drivers were
/// placed under criminal coercive measures` (a criminal measure arrests
/// even an offender: a person); `compulsory isolation rehabilitation 19
/// names` (名, the measure word of people, as machine translation keeps
/// it: people in general).
pub(super) fn people_class(
    w: &Words<'_, '_>,
    noun: NounPhrase<'_>,
    verb: Option<(Verb, usize)>,
) -> Option<Noun> {
    let takes = |v| matches!(v, Verb::Arrest | Verb::Detain);
    match noun.class {
        Some(Noun::Offender) if verb.is_some_and(|(v, at)| takes(v) && criminal(w, at)) => {
            Some(Noun::Person)
        }
        Some(Noun::Measure)
            if ["name", "names"]
                .iter()
                .any(|n| noun.text.eq_ignore_ascii_case(n))
                && verb.is_some() =>
        {
            Some(Noun::Generic)
        }
        class => class,
    }
}

/// Whether the verb at `at` is a criminal measure: the verb names it
/// (`placed under criminal coercive measures`, `criminal detention`) or
/// the word right before it does (`criminally detained`).
pub(super) fn criminal(w: &Words<'_, '_>, at: usize) -> bool {
    under_law(w, at, b"criminal")
}

/// Whether the verb at `at`, or the word right before or after it,
/// holds `stem` (a law's name: `administrativ`, `criminal`).
fn under_law(w: &Words<'_, '_>, at: usize, stem: &[u8]) -> bool {
    let text = w.text();
    let Some((_, len)) = w.verb_on(at) else {
        return false;
    };
    let verb = text.get(at..at + len).unwrap_or("").as_bytes();
    let next = text.get(at + len..).unwrap_or("").trim_start().as_bytes();
    let before = text.get(..at).unwrap_or("").trim_end();
    let last = before.rsplit(' ').next().unwrap_or("").as_bytes();
    let starts = |b: &[u8]| {
        b.get(..stem.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(stem))
    };
    verb.windows(stem.len())
        .any(|v| v.eq_ignore_ascii_case(stem))
        || starts(next)
        || starts(last)
}

/// What people counted (`noun`, its figure ending at `after`) are named
/// by what they are sought or found as, within the sentence (`ceil`):
/// `27 people wanted for robbery`, `suspects on the most-wanted list` are
/// fugitives; `6 people were found to be online fugitives` (`9 guests ...
/// drunk drivers`) are the noun after `to be`, a fugitive or an offender,
/// unless the noun is `elided`, a part of a count before (`12 of them were
/// found to be fugitives` were arrested with the rest).
pub(super) fn sought_or_found_as<'a>(
    w: &Words<'_, 'a>,
    noun: NounPhrase<'a>,
    elided: bool,
    verb: Option<(Verb, usize)>,
    after: usize,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    if noun.before {
        return None;
    }
    let text = w.text();
    if matches!(noun.class, Some(Noun::Person | Noun::Generic)) {
        // The noun and its own modifiers, up to the next clause edge.
        let end = end_of(text, noun.text);
        let edge = end + super::status::clause_rest(text, end, 40, ceil).len();
        if find_ascii(&text[start_of(text, noun.text)..edge], "wanted").is_some() {
            return Some(NounPhrase {
                class: Some(Noun::Fugitive),
                ..noun
            });
        }
    }
    // (Only people, or a noun of no class: `guests`, not `vehicles`.)
    // (A part of people checked is a count of its own: `Of the 210 people
    // checked, 3 were found to be online fugitives`.)
    if elided && !checked_whole(w, noun) {
        return None;
    }
    if !matches!(noun.class, None | Some(Noun::Person | Noun::Generic)) {
        return None;
    }
    let (_, at) = verb.filter(|&(v, at)| v == Verb::Find && at >= after)?;
    let (_, len) = w.verb_on(at)?;
    let to_be = skip_gap(text, at + len, 2);
    if !starts_ignore_case(&text.as_bytes()[to_be..], b"to be ") {
        return None;
    }
    // (A part of those checked, only as fugitives or by an offence: not
    // `140 of them were found to be drivers of passing trucks`.)
    head_from(w, to_be + "to be ".len(), ceil).filter(|n| match n.class {
        Some(Noun::Fugitive) => true,
        Some(Noun::Offender) => !elided || names_violation(n.text),
        None
        | Some(
            Noun::Person
            | Noun::Generic
            | Noun::Arrest
            | Noun::Case
            | Noun::Gang
            | Noun::Den
            | Noun::Site
            | Noun::Trader
            | Noun::Officer
            | Noun::Vehicle
            | Noun::Patrol
            | Noun::Checkpoint
            | Noun::Place
            | Noun::VehicleCheck
            | Noun::PersonCheck
            | Noun::Hazard
            | Noun::Dispute
            | Noun::Victim
            | Noun::Publicity
            | Noun::Warning
            | Noun::Visit
            | Noun::Payment
            | Noun::Measure
            | Noun::Household
            | Noun::Operation
            | Noun::Other,
        ) => false,
    })
}

/// Whether the whole a part is elided from (`noun`, where it stands) was
/// checked: a verb of checking right after it (`the 210 people checked`)
/// or right before its number (`checked 210 people`).
fn checked_whole(w: &Words<'_, '_>, noun: NounPhrase<'_>) -> bool {
    let text = w.text();
    let check = |at: usize| w.verb_on(at).is_some_and(|(&v, _)| v == Verb::Check);
    let after = skip_gap(text, end_of(text, noun.text), 2);
    let number = skip_back_spaces(text, start_of(text, noun.text), 0);
    let number = text[..number]
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
        .len();
    let before = skip_back_spaces(text, number, 0);
    let verb = before - ascii_word_before(text, before).len();
    check(after) || (verb < before && check(verb))
}

/// Whether a noun phrase names a violation or an offence (`illegal
/// vehicles`, `overloaded trucks`, `drunk drivers`).
pub(super) fn names_violation(noun: &str) -> bool {
    let b = noun.as_bytes();
    (0..b.len()).any(|i| {
        (i == 0 || !b[i - 1].is_ascii_alphabetic())
            && [
                "illegal",
                "violat",
                "overload",
                "unlicensed",
                "offending",
                "drunk",
                "drink",
                "speeding",
                "unlawful",
            ]
            .iter()
            .any(|v| starts_ignore_case(&b[i..], v.as_bytes()))
    })
}

/// Whether a noun phrase's head is road users (`drivers`, `motorists`),
/// who are people on the road before they are offenders. So are road users
/// joined to the people riding with them (`drivers and passengers`): each
/// head a road user or a traveller, one of them a road user.
pub(super) fn road_users(noun: &str) -> bool {
    let road = |phrase: &str| {
        let head = phrase.rsplit(' ').next().unwrap_or(phrase);
        ["drivers", "motorists", "riders", "cyclists"]
            .iter()
            .any(|r| head.eq_ignore_ascii_case(r))
    };
    // (`car and truck drivers`: the head is the last word's.)
    if road(noun) {
        return true;
    }
    let mut any_road = false;
    let all = (noun.split(" and ").flat_map(|p| p.split(" or "))).all(|p| {
        any_road |= road(p);
        road(p) || travellers(p)
    });
    all && any_road
}

/// Whether a noun phrase's head is travellers (`passengers`, `passenger
/// trips`, `travelers`, `tourists`): the traffic a station, port or
/// airport handles.
pub(super) fn travellers(noun: &str) -> bool {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    let trips = head.eq_ignore_ascii_case("trips") || head.eq_ignore_ascii_case("person-trips");
    trips
        || [
            "passengers",
            "travelers",
            "travellers",
            "tourists",
            "visitors",
        ]
        .iter()
        .any(|r| head.eq_ignore_ascii_case(r))
}

/// Whether travellers (`noun`, see [`travellers`]) handled by the verb at
/// `at` are a hub's traffic: `passenger trips` always are; people only
/// when the clause's subject before the verb is a station, airport, port or
/// terminal (not police: `Police handled 14 passengers`) and no `who` or
/// `for` clause says what they did (`passengers who refused checks`).
pub(super) fn hub_traffic(text: &str, from: usize, at: usize, noun: &str) -> bool {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    if head.eq_ignore_ascii_case("trips") || head.eq_ignore_ascii_case("person-trips") {
        return true;
    }
    let Some(before) = text.get(from.min(at)..at) else {
        return false;
    };
    let subject = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let is = |w: &str, set: &[&str]| set.iter().any(|h| w.eq_ignore_ascii_case(h));
    const HUBS: [&str; 8] = [
        "station", "airport", "port", "terminal", "hub", "stations", "airports", "ports",
    ];
    const POLICE: [&str; 4] = ["police", "officers", "policemen", "officer"];
    let words = || subject.split(|c: char| !c.is_ascii_alphabetic());
    let hub = words().any(|w| is(w, &HUBS)) && !words().any(|w| is(w, &POLICE));
    let rest = text.get(end_of(text, noun)..).unwrap_or("").trim_start();
    let said = rest.split(|c: char| !c.is_ascii_alphabetic()).next();
    hub && !said.is_some_and(|w| is(w, &["who", "for", "that", "whom"]))
}

/// Whether the verb at `at` is `delete` (`deleted`, `deleting`): a verb of
/// online content only (`deleted 2,800 posts`), never of people.
pub(super) fn deletes(text: &str, at: usize) -> bool {
    starts_ignore_case(&text.as_bytes()[at.min(text.len())..], b"delet")
}

/// `helped 3,560 residents install the anti-fraud app`: people helped to
/// set up an app (`noun` ends in the verb, or it follows) were taught,
/// not rescued.
pub(super) fn helped_set_up(text: &str, noun: &str) -> bool {
    const SET_UP: [&str; 6] = ["activate", "download", "install", "register", "sign", "use"];
    let end = end_of(text, noun);
    let next = text[end..].trim_start_matches(' ');
    let next = &next[..next
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    [last, next]
        .iter()
        .any(|w| SET_UP.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// `emergency stop payments`, `stop-payment measures`: a noun of payments
/// that names the stop.
pub(super) fn names_stop(noun: &str) -> bool {
    noun.split([' ', '-'])
        .any(|w| w.eq_ignore_ascii_case("stop") || w.eq_ignore_ascii_case("stopped"))
}

/// `held 86 lectures for 12,000 students`, `12 legal lectures given to
/// 6,400 students`: people (`noun`) right after `for`, `to` or `by` (`prev`,
/// its spaces from `gap`) after talks, or after a participle after them,
/// are the talks' audience, whatever verb stands before (not people held).
pub(super) fn audience_of_talks(
    w: &Words<'_, '_>,
    noun: NounPhrase<'_>,
    prev: &str,
    gap: usize,
    floor: usize,
) -> bool {
    let text = w.text();
    if noun.before
        || !matches!(noun.class, Some(Noun::Generic | Noun::Person))
        || !["for", "to", "by"]
            .iter()
            .any(|p| prev.eq_ignore_ascii_case(p))
    {
        return false;
    }
    let talks = |b: usize| {
        let word = ascii_word_before(text, b);
        let s = b - word.len();
        s >= floor
            && !word.is_empty()
            && w.prefix(s, b, NOUNS)
                .is_some_and(|(&c, l)| l == word.len() && c == Noun::Publicity)
    };
    let b = skip_back_spaces(text, gap - prev.len(), floor);
    if talks(b) {
        return true;
    }
    // (Past one participle: `given to`, `attended by`, `delivered to`.)
    let word = ascii_word_before(text, b);
    let participle = word.len() > 3 && (word.ends_with("ed") || word.ends_with("en"));
    participle && talks(skip_back_spaces(text, b - word.len(), floor))
}

/// Whether the verb at `at` is `boarded` and checked nothing: no vessel
/// or vehicle as its object (`The 3 suspects boarded a train`: they
/// boarded), or vehicles boarded with no word of inspection beside the
/// verb or right after `noun` (`boarded 12 buses to hand out leaflets`;
/// `boarded and inspected 38 vessels`, `boarded 215 ships for
/// inspection` checked them), in the sentence ending at `ceil`.
pub(super) fn boarded_by(
    text: &str,
    at: usize,
    start: usize,
    noun: NounPhrase<'_>,
    ceil: usize,
) -> bool {
    const BOARDED: &str = "boarded";
    if !starts_ignore_case(&text.as_bytes()[at..], BOARDED.as_bytes()) {
        return false;
    }
    if at > start || noun.class != Some(Noun::Vehicle) {
        return true;
    }
    let between = text.get(at + BOARDED.len()..start).unwrap_or("");
    // (The few words after the noun, up to its clause's edge.)
    let end = end_of(text, noun.text);
    let after = text.get(end..ceil.max(end)).unwrap_or("");
    let after = after
        .split([',', ';', '.', ':', '，', '；', '。', '：'])
        .next()
        .unwrap_or("");
    let inspects = |words: &str, n: usize| {
        words.split_ascii_whitespace().take(n).any(|w| {
            ["inspect", "check", "search", "examin"]
                .iter()
                .any(|p| starts_ignore_case(w.as_bytes(), p.as_bytes()))
        })
    };
    !(inspects(between, 3) || inspects(after, 4))
}

/// Whether the verb at `at` fines or punishes (`fined`, `imposed fines
/// on`, `punished`, `penalized`), not one that only deals with.
pub(super) fn penalizes(text: &str, at: usize) -> bool {
    let b = &text.as_bytes()[at..];
    ["fine", "fining", "imposed fine", "punish", "penali"]
        .iter()
        .any(|p| starts_ignore_case(b, p.as_bytes()))
}

/// The class of `noun` when `verb` warns it outside fraud work: people
/// warned (`warned 120 people`) are offenders dealt with.
pub(super) fn warned_class(
    text: &str,
    verb: Option<(Verb, usize)>,
    noun: NounPhrase<'_>,
    fraud_work: bool,
) -> Option<Noun> {
    let warned = verb.is_some_and(|(v, at)| v == Verb::Issue && warns(text, at, noun.text));
    match noun.class {
        None | Some(Noun::Generic) if warned && !fraud_work => Some(Noun::Offender),
        class => class,
    }
}

/// Whether the verb at `at` warns people (`warned`, `given warnings`), no
/// alert pushed to phones, and the people warned (`noun`) are not told of
/// a danger (`warned 400 residents about flooding`).
fn warns(text: &str, at: usize, noun: &str) -> bool {
    let b = &text.as_bytes()[at..];
    let next = text[end_of(text, noun)..].trim_start();
    let next = &next[..ascii_word_len(next)];
    ["warned", "given warnings", "gave warnings"]
        .iter()
        .any(|p| starts_ignore_case(b, p.as_bytes()))
        && !["about", "of", "against", "to", "that", "not"]
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w))
}

/// `uncovered 9,000 cartons of cigarettes`, `2 kg of heroin were
/// detected`: of the verbs that solve cases, those of finding find a
/// counted thing (not a case); `cracked` and `investigated` take none.
/// So does the verb of a list chained (`chain`, the last lot taken) to a
/// lot it found: `uncovered 2 tons of fuel and 300 kg of gunpowder`,
/// where `at` ends the lot before.
pub(super) fn finds_thing(
    text: &str,
    v: Verb,
    at: usize,
    noun: Option<Noun>,
    chain: Option<&Seizure<'_>>,
) -> bool {
    let b = &text.as_bytes()[at..];
    let finding = starts_ignore_case(b, b"uncover") || starts_ignore_case(b, b"detect");
    // (A verb of solving makes a seizure only by finding: the lot whose
    // count ends the chain was found.)
    let chained = chain.and_then(|s| s.quantity.as_ref()).is_some_and(|q| {
        text.get(q.span.end..at).is_some_and(|lot| {
            !lot.bytes()
                .any(|c| c.is_ascii_digit() || b".;".contains(&c))
        })
    });
    v == Verb::Solve && noun != Some(Noun::Case) && (finding || chained)
}

/// Whether a thing of `kind` that [`finds_thing`] found is seized: money
/// found is no money taken, and vehicles detected are vehicles checked.
pub(super) fn found_kind(kind: SeizureKind) -> bool {
    !matches!(kind, SeizureKind::Cash | SeizureKind::Vehicles)
}

#[cfg(test)]
mod tests {
    use crate::record::bind::tests::r;

    #[test]
    fn every_lot_of_a_list_found_is_seized() {
        insta::assert_snapshot!(r("Officers uncovered 3 tons of smuggled petrol and 150 kg of explosives."), @"
    seizure Goods Seized smuggled petrol q=3 tons
    seizure Weapons Seized explosives q=150 kg
    ");
        insta::assert_snapshot!(r("The team detected 8 kg of cannabis, 40 grams of ketamine and 6 pistols."), @"
    seizure Drugs Seized cannabis q=8 kg
    seizure Drugs Seized ketamine q=40 grams
    seizure Weapons Seized pistols q=6
    ");
        // Cases in the list are still cases solved.
        insta::assert_snapshot!(r("Police uncovered 5 tons of fake fertilizer and 14 cases of fraud."), @"
    tally CasesSolved 14 (cases of fraud)
    seizure Counterfeit Seized fake fertilizer q=5 tons
    ");
        insta::assert_snapshot!(r("Police cracked 9 cases and 30 kg of heroin."), @"tally CasesSolved 9 (cases)");
    }
}
