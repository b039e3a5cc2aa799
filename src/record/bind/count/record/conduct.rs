//! What the counted did or were there as: people educated for what they
//! were doing (`educated 2,300 people riding e-bikes without helmets`)
//! were dealt with, no audience; people brought in as witnesses were
//! heard, not held; calls to the police are reports, no cases; people
//! taken for drink driving are offenders; a count of kinds counts none.

use super::super::super::words::placing;
use super::*;

/// Whether `verb` is `educated` or `educating` and the `noun` after it
/// names people by their conduct: a participle right after the head,
/// `who` after the phrase, or what they went without or were not doing
/// (`riders without helmets`, `people not wearing seat belts`). (Not one
/// that only places them: `residents living near the school`, `people who
/// attended the lecture`.)
pub(super) fn educated_for_conduct(text: &str, verb: Option<(Verb, usize)>, noun: &str) -> bool {
    let educated = verb.is_some_and(|(_, at)| {
        let b = &text.as_bytes()[at..];
        starts_ignore_case(b, b"educated ") || starts_ignore_case(b, b"educating ")
    });
    let ing = noun.split(' ').nth(1);
    let ing = ing.is_some_and(|n| n.len() > 4 && n.ends_with("ing") && !placing(n));
    let rest = &text[end_of(text, noun)..];
    let who = rest
        .strip_prefix(" who ")
        .is_some_and(|r| !placing(r.split([' ', ',', '.']).next().unwrap_or("")));
    let lacking = starts_ignore_case(rest.as_bytes(), b" without ")
        || rest.strip_prefix(" not ").is_some_and(|r| {
            let n = r.split([' ', ',', '.']).next().unwrap_or("");
            n.len() > 4 && n.ends_with("ing")
        });
    educated && (ing || who || lacking)
}

/// Whether `for` and a road offence of drink follow the counted `noun`
/// (`arrested 900 people for drunk driving`, `for driving while
/// intoxicated`, `for driving under the influence`): those taken for it
/// are drunk drivers, violators dealt with. (Not any other offence:
/// `arrested 30 people for robbery` holds suspects.)
fn taken_for_drink_driving(text: &str, noun: NounPhrase<'_>, verb: Option<Verb>) -> bool {
    if !matches!(noun.class, Some(Noun::Generic | Noun::Person))
        || !matches!(verb, Some(Verb::Arrest | Verb::Detain))
    {
        return false;
    }
    let rest = &text[end_of(text, noun.text)..];
    let Some(rest) = rest.strip_prefix(" for ") else {
        return false;
    };
    [
        "drunk driving",
        "drunk-driving",
        "drink driving",
        "drink-driving",
        "driving while intoxicated",
        "driving while drunk",
        "driving under the influence",
        "driving after drinking",
    ]
    .iter()
    .any(|d| starts_ignore_case(rest.as_bytes(), d.as_bytes()))
}

/// `eight types of serious violent cases`, `30 kinds of cases`: whether
/// a noun phrase counts kinds, not the things of those kinds.
pub(super) fn counts_kinds(noun: &str) -> bool {
    [
        "types of",
        "kinds of",
        "categories of",
        "sorts of",
        "classes of",
    ]
    .iter()
    .any(|k| {
        noun.get(..k.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(k))
    })
}

/// Whether offences found are fire-safety hazards: violations or
/// offences whose words or `of` complement name fire safety (`fire safety
/// violations`, `violations of fire safety rules`, `of fire codes`),
/// found (`discovered`, `uncovered`) or put right (`rectified`):
/// hidden dangers found or rectified, not offenders dealt with (`fined`).
fn fire_hazards_found(text: &str, noun: NounPhrase<'_>, verb: Option<Verb>) -> bool {
    let verbs = matches!(verb, Some(Verb::Find | Verb::Solve | Verb::Rectify));
    if noun.class != Some(Noun::Offender) || !verbs {
        return false;
    }
    let rest = &text[end_of(text, noun.text)..];
    let rest = rest.strip_prefix(" of ").unwrap_or("");
    let fire = |s: &str| {
        s.split(' ')
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("fire") || w.eq_ignore_ascii_case("fire-safety"))
    };
    fire(noun.text) || fire(rest)
}

/// Whether officials or cadres were dealt with (`punished 14 officials`,
/// `handled 30 cadres who broke the rules`), or anyone held to account
/// ([`held_to_account`]): disciplined, a later stage kept as other, no
/// arrest. (Officials arrested or detained stay arrests.)
pub(super) fn officials_disciplined(
    text: &str,
    noun: &mut NounPhrase<'_>,
    verb: Option<(Verb, usize)>,
) -> bool {
    if held_to_account(text, noun, verb) {
        return true;
    }
    // (The class and verb, cheap, gate the search for the last word.)
    if noun.class != Some(Noun::Person) || verb.map(|(v, _)| v) != Some(Verb::Handle) {
        return false;
    }
    let last = noun.text.rsplit(' ').next().unwrap_or(noun.text);
    ["officials", "cadres"]
        .iter()
        .any(|o| last.eq_ignore_ascii_case(o))
}

/// `held 23 officials accountable`, `holds 5 managers responsible`, `held
/// 9 cadres to account`: people
/// held to account were disciplined, as in the passive (`were held
/// accountable`), no one detained. Cuts the word off the noun, where the
/// noun ran on to it, and says whether it stood there.
fn held_to_account(text: &str, noun: &mut NounPhrase<'_>, verb: Option<(Verb, usize)>) -> bool {
    let held = verb.is_some_and(|(v, at)| {
        let b = &text.as_bytes()[at..];
        v == Verb::Detain && (starts_ignore_case(b, b"held ") || starts_ignore_case(b, b"hold"))
    });
    if !held {
        return false;
    }
    let rest = text.get(end_of(text, noun.text)..).unwrap_or("");
    for word in [" accountable", " responsible", " to account"] {
        if let Some(cut) = noun.text.strip_suffix(word) {
            noun.text = cut;
            return true;
        }
        if starts_ignore_case(rest.as_bytes(), word.as_bytes()) {
            return true;
        }
    }
    // (`held 5 managers of the mine to account`: past a short `of`
    // phrase of the noun, in its clause.)
    let Some(of) = rest.strip_prefix(" of ") else {
        return false;
    };
    let clause = of
        .bytes()
        .take(40)
        .position(|b| matches!(b, b',' | b'.' | b';' | b'\n'))
        .unwrap_or(of.len().min(40));
    let clause = of.get(..clause).unwrap_or("");
    [" accountable", " responsible", " to account"]
        .iter()
        .any(|w| {
            clause.match_indices(w).any(|(at, _)| {
                let next = clause.as_bytes().get(at + w.len());
                next.map_or(true, |b| *b == b' ')
            })
        })
}

/// `Of the 300 fugitives, 41 are accused of bribery and 12 in fraud`:
/// whether an elided part of fugitives or arrests (its number ending at
/// `end`) has no verb, only a preposition of what it is in or about
/// after it (`in`, `for`, `of`, `from`): nothing was done to it.
pub(super) fn part_described(
    text: &str,
    end: usize,
    noun: NounPhrase<'_>,
    verb: Option<Verb>,
) -> bool {
    let rest = text.get(end..).unwrap_or("");
    matches!(noun.class, Some(Noun::Fugitive | Noun::Arrest))
        && verb.is_none()
        && [" in ", " for ", " of ", " from "]
            .iter()
            .any(|p| starts_ignore_case(rest.as_bytes(), p.as_bytes()))
}

/// Whether a count of cases counts none: cases found other than as the
/// object right after the verb, or its passive (`close`: `discovered 412
/// smuggling cases`, not `a truck was found carrying 80 cases`), or a
/// number after an article (`prev`) before a single `case`, which names
/// it (`solved a 2023 fraud case`; not `cracked 13 mining case`, a
/// translation's count).
pub(super) fn no_cases(
    noun: NounPhrase<'_>,
    prev: &str,
    verb: Option<Verb>,
    close: impl FnOnce() -> bool,
) -> bool {
    let found = noun.class == Some(Noun::Case) && verb == Some(Verb::Find);
    let article = ["a", "an", "the", "this", "that"]
        .iter()
        .any(|a| prev.eq_ignore_ascii_case(a));
    let one_case = article && !noun.before && noun.text.rsplit(' ').next() == Some("case");
    one_case || (found && !close())
}

/// The class of the counted `noun` once what they did or were taken for
/// is read ([`fire_hazards_found`], [`taken_for_drink_driving`]).
pub(super) fn class_by_conduct(
    text: &str,
    noun: NounPhrase<'_>,
    verb: Option<Verb>,
) -> Option<Noun> {
    if fire_hazards_found(text, noun, verb) {
        Some(Noun::Hazard)
    } else if taken_for_drink_driving(text, noun, verb) {
        Some(Noun::Offender)
    } else {
        noun.class
    }
}

/// Whether a noun of cases names calls to the police (警情, 接警): `police
/// calls`, `calls for police`, `alarms`, `police situations`.
pub(super) fn calls_to_police(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    ["calls", "alarms", "alarm"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        || noun.starts_with("calls for")
        || ["police situation", "police situations", "police incidents"]
            .iter()
            .any(|w| ends_ignore_case(noun.as_bytes(), w.as_bytes()))
}

/// Whether the clause `clause` goes on after a count (ending at `from`)
/// with `as witnesses` or `as a witness`: those counted were heard, not
/// held (`brought in 9 villagers for questioning as witnesses`).
pub(super) fn as_witnesses(text: &str, from: usize, clause: Span) -> bool {
    let rest = text.get(from..clause.end.max(from)).unwrap_or("");
    let b = rest.as_bytes();
    // Each ` as ` from its space, found by `memchr` (a substring searcher
    // costs more to start than a clause takes to read), taken as a
    // searcher takes them: left to right, never overlapping.
    let mut free = 0;
    memchr::memchr_iter(b' ', b).any(|i| {
        if i < free || !b[i..].starts_with(b" as ") {
            return false;
        }
        free = i + 4;
        let w = &b[i + 4..];
        let w = w.strip_prefix(b"a ").unwrap_or(w);
        w.len() >= 7 && w[..7].eq_ignore_ascii_case(b"witness")
    })
}

#[cfg(test)]
mod tests {
    use crate::record::bind::tests::r;

    #[test]
    fn offenders_educated_for_what_they_lacked_are_handled() {
        insta::assert_snapshot!(r("Police fined 80 speeders, educating 36 cyclists without lights."), @"tally OffendersHandled 36 (cyclists)");
        insta::assert_snapshot!(r("Traffic officers educated 52 motorcyclists without licences."), @"tally OffendersHandled 52 (motorcyclists)");
        insta::assert_snapshot!(r("Officers educated 19 passengers not wearing seat belts."), @"tally OffendersHandled 19 (passengers)");
        // An audience stays one.
        insta::assert_snapshot!(r("Police gave 12 talks, educating 2,500 pupils on road safety."), @"
    tally Publicity 12 (talks)
    tally Publicity 2500 (pupils)
    ");
        insta::assert_snapshot!(r("The station educated 640 villagers about scams."), @"tally Publicity 640 (villagers)");
    }

    #[test]
    fn fire_safety_violations_found_are_hazards() {
        insta::assert_snapshot!(r("Inspectors uncovered about 2,600 violations of fire safety codes in the malls."), @"tally HazardsFound 2600 (violations)");
        insta::assert_snapshot!(r("More than 900 fire safety violations were discovered in warehouses."), @"tally HazardsFound 900 (fire safety violations)");
        // Fined, they are offenders dealt with; found, other violations too.
        insta::assert_snapshot!(r("Officers fined 310 violations of fire safety codes."), @"tally OffendersHandled 310 (violations)");
        insta::assert_snapshot!(r("Police uncovered 420 traffic violations on the ring road."), @"tally OffendersHandled 420 (traffic violations)");
    }

    #[test]
    fn people_taken_for_drink_driving_are_offenders() {
        insta::assert_snapshot!(r("Highway patrols arrested 640 people for driving while intoxicated at night."), @"tally OffendersHandled 640 (people)");
        insta::assert_snapshot!(r("Over the holiday, 57 motorists were detained for drunk driving."), @"tally OffendersHandled 57 (motorists)");
        insta::assert_snapshot!(r("Officers caught 23 men for driving under the influence of alcohol."), @"tally OffendersHandled 23 (men)");
        // Another offence keeps them suspects.
        insta::assert_snapshot!(r("Police arrested 31 people for robbery in the old town."), @"tally Arrests 31 (people)");
    }
}
