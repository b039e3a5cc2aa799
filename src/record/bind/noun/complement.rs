//! Complements: checks and inspections `on` or `of` people or vehicles
//! (`8,000 spot checks on vehicles`, `5,000 on people`), and a head noun
//! with its `of` complement (`cases of drunk driving`).

use super::*;

/// `8,000 spot checks on vehicles`, `random inspections of 300 people`:
/// checks or inspections whose `on` / `of` complement names vehicles or
/// people count the vehicles or people checked.
pub(in crate::record::bind) fn checks_on<'a>(
    w: &Words<'_, 'a>,
    noun: NounPhrase<'a>,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    // (By the phrase's last bytes: most nouns end in neither word.)
    let b = noun.text.as_bytes();
    let ends = |h: &[u8]| {
        b.len() >= h.len()
            && b[b.len() - h.len()..].eq_ignore_ascii_case(h)
            && (b.len() == h.len() || b[b.len() - h.len() - 1] == b' ')
    };
    if !(ends(b"checks") || ends(b"inspections")) {
        return None;
    }
    let end = end_of(text, noun.text);
    let rest = text.get(end..ceil)?;
    let rest = rest
        .strip_prefix(" on ")
        .or_else(|| rest.strip_prefix(" of "))?;
    let mut i = ceil - rest.len();
    for _ in 0..3 {
        let wl = w.word_len_at(i);
        if wl == 0 || i + wl > ceil || !text[i..].starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        if let Some((&class, l)) = head_match_len(w, i, ceil, NOUNS) {
            let class = match class {
                Noun::Vehicle => Noun::VehicleCheck,
                Noun::Person | Noun::Generic => Noun::PersonCheck,
                _ => return None,
            };
            return Some(NounPhrase {
                text: &text[start_of(text, noun.text)..i + l],
                class: Some(class),
                before: false,
            });
        }
        let j = skip_gap(text, i + wl, 1);
        if j == i + wl {
            return None;
        }
        i = j;
    }
    None
}

/// `8,000 checks on vehicles and 5,000 on people`: after a count of checks,
/// an elided count followed by `on` and a noun of people or vehicles counts
/// checks on those.
pub(in crate::record::bind) fn checks_on_elided<'a>(
    w: &Words<'_, 'a>,
    last: NounPhrase<'a>,
    after: usize,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    if !matches!(last.class, Some(Noun::VehicleCheck | Noun::PersonCheck)) {
        return None;
    }
    let text = w.text();
    let rest = text.get(after..ceil)?.strip_prefix(" on ")?;
    let i = ceil - rest.len();
    let (&class, l) = head_match_len(w, i, ceil, NOUNS)?;
    let class = match class {
        Noun::Vehicle => Noun::VehicleCheck,
        Noun::Person | Noun::Generic => Noun::PersonCheck,
        _ => return None,
    };
    Some(NounPhrase {
        text: &text[i..i + l],
        class: Some(class),
        before: false,
    })
}

/// `made 4,200 visits to people at risk, and 3,980 of them were
/// dissuaded`: a part named by its pronoun (`of them`, `of whom`) after a
/// count of visits or warnings sent `to` people counts those people, not
/// the visits. `last` is that count's noun; the people are read up to
/// `ceil`, past at most two modifiers (`to elderly people`).
pub(in crate::record::bind) fn recipients_elided<'a>(
    w: &Words<'_, 'a>,
    last: NounPhrase<'a>,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    if !matches!(last.class, Some(Noun::Visit | Noun::Warning)) || last.before {
        return None;
    }
    let text = w.text();
    let end = end_of(text, last.text);
    let rest = text.get(end..ceil)?.strip_prefix(" to ")?;
    let mut i = ceil - rest.len();
    for _ in 0..3 {
        if let Some((&class, l)) = head_match_len(w, i, ceil, NOUNS) {
            let people = matches!(
                class,
                Noun::Person | Noun::Generic | Noun::Victim | Noun::Household
            );
            return people.then(|| NounPhrase {
                text: &text[i..i + l],
                class: Some(class),
                before: false,
            });
        }
        let wl = w.word_len_at(i);
        let j = skip_gap(text, i + wl, 1);
        if wl == 0 || j == i + wl {
            return None;
        }
        i = j;
    }
    None
}

/// The most bytes of a gloss in brackets after a measure word.
const GLOSS_LEN: usize = 24;

/// How long the words at the start of `s` run: ASCII letters, single
/// spaces and hyphens between them (`sets`, `small packets`), up to the
/// byte after [`GLOSS_LEN`].
fn bracket_gloss_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len().min(GLOSS_LEN + 1) {
        let c = b[i];
        let joint = (c == b' ' || c == b'-')
            && i > 0
            && b[i - 1].is_ascii_alphabetic()
            && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
        if !(c.is_ascii_alphabetic() || joint) {
            break;
        }
        i += 1;
    }
    i
}

/// A noun phrase with its `of` complement, when the head is a measure word,
/// `cases`, or names no class (`cases of drunk driving`, `bottles of fake
/// liquor`, `rounds of ammunition`).
pub(in crate::record::bind) fn with_complement<'a>(
    w: &Words<'_, 'a>,
    noun: NounPhrase<'a>,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    // (`4,600 person-times of police`: a count of person-times is a
    // measure of its complement.)
    let times = noun.class == Some(Noun::Generic)
        && (noun.text.ends_with("-times") || noun.text.ends_with("-time"));
    if !times
        && !matches!(
            noun.class,
            None | Some(Noun::Measure | Noun::Case | Noun::Publicity)
        )
    {
        return None;
    }
    let start = start_of(text, noun.text);
    let end = end_of(text, noun.text);
    let mut of = skip_gap(text, end, 1);
    // `pieces (sets) of cultural relics`: a second measure word in
    // brackets after the first is read past; so is a short gloss of a
    // local measure (`65 puria (small packets) of heroin`).
    if noun.class == Some(Noun::Measure) && text[of..].starts_with('(') {
        let inner = bracket_gloss_len(&text[of + 1..]);
        if (1..=GLOSS_LEN).contains(&inner) && text[of + 1 + inner..].starts_with(')') {
            of = skip_gap(text, of + 2 + inner, 1);
        }
    }
    if of == end || !starts_with_of(&text[of..]) {
        return None;
    }
    let mut i = skip_gap(text, of + 2, 1);
    let mut last = None;
    for _ in 0..5 {
        let wl = w.word_len_at(i);
        // (`3 bags of Cannabis`: a capitalized first word that is a
        // seizable thing of the lexicon, as drug names are often written.)
        let capital_item = || {
            last.is_none()
                && text[i..].starts_with(|c: char| c.is_ascii_uppercase())
                && w.prefix(i, ceil, ITEMS).is_some_and(|(_, l)| l == wl)
        };
        if wl == 0
            || i + wl > ceil
            || !(text[i..].starts_with(|c: char| c.is_ascii_lowercase()) || capital_item())
        {
            break;
        }
        let word = &text[i..i + wl];
        let stop = [
            "in",
            "into",
            "from",
            "with",
            "by",
            "for",
            "to",
            "on",
            "at",
            "and",
            "were",
            "was",
            "have",
            "has",
            "had",
            "of",
            "weighing",
            "worth",
            "valued",
            "involving",
            // (`cases of smuggling last year`: a word of time ends it.)
            "last",
        ];
        // (`boxes of frozen beef`: a participle before its noun modifies
        // it, no verb.)
        // (`cases of counterfeiting registered trademarks`, `of using
        // forged documents`: nor is a participle right after a gerund,
        // before a word of the gerund's object.)
        // (A determiner or a word of time after it opens no object: `of
        // online gambling solved this year`, `solved during the campaign`.)
        const NO_OBJECT: [&str; 20] = [
            "a",
            "after",
            "already",
            "an",
            "before",
            "during",
            "earlier",
            "last",
            "over",
            "recently",
            "since",
            "so",
            "that",
            "the",
            "these",
            "this",
            "those",
            "throughout",
            "until",
            "within",
        ];
        let object = || {
            let after = skip_gap(text, i + wl, 1);
            let next = text.get(after..after + w.word_len_at(after)).unwrap_or("");
            last.is_some_and(|l| text[..l].ends_with("ing"))
                && (word.ends_with("ed") || word.ends_with("en"))
                && after > i + wl
                && !next.is_empty()
                && next.starts_with(|c: char| c.is_ascii_lowercase())
                && !stop
                    .iter()
                    .chain(&NO_OBJECT)
                    .any(|p| next.eq_ignore_ascii_case(p))
        };
        let verb = w
            .verb(i, i + wl)
            .is_some_and(|(_, l)| !is_modifier(w, i, i + l) && !object());
        // `cases of telecom and internet fraud`: `and` between two words
        // that share the head after them is inside the complement.
        let joins = ["and", "or"].iter().any(|p| word.eq_ignore_ascii_case(p))
            && last.is_some()
            && joins_modifier(w, i + wl, ceil, &stop);
        // `bottles of various types of fake liquor`: an `of` after a word
        // of kinds leads on to what the kinds are of.
        let kinds_of = word == "of"
            && last.is_some_and(|l| {
                let before = ascii_word_before(text, l);
                ["kinds", "sorts", "types", "varieties"]
                    .iter()
                    .any(|k| before.eq_ignore_ascii_case(k))
            });
        if !joins && !kinds_of && (stop.iter().any(|p| word.eq_ignore_ascii_case(p)) || verb) {
            break;
        }
        if !joins {
            last = Some(i + wl);
        }
        let j = skip_gap(text, i + wl, 1);
        if j == i + wl {
            break;
        }
        i = j;
    }
    let phrase = &text[start..last?];
    let class = noun_class(w, phrase);
    // Keep the head's class unless the complement says more.
    let class = match (noun.class, class) {
        // (`cases of economic offenses`, `of minor offences`: cases of
        // offences that no road words name are cases, solved or handled.)
        (Some(Noun::Case), Some(Noun::Offender)) if !cases_of_offences(phrase) => {
            Some(Noun::Offender)
        }
        // `cases of overloading trucks`, `of illegal passengers in vans`:
        // a road offence named before the vehicle or the people it is
        // about counts violations, though its head is no offender.
        (Some(Noun::Case), _) if names_road_offence(phrase) => Some(Noun::Offender),
        (Some(c), _) if c != Noun::Measure => Some(c),
        // `three rounds of inspections` counts rounds, not the places
        // each round inspected.
        (_, Some(Noun::Place)) if is_rounds(noun.text) => None,
        (_, c) => c,
    };
    Some(NounPhrase {
        text: phrase,
        class,
        before: false,
    })
}

/// Whether a complement names a road offence by a word of its own
/// (`overloading`, `overloaded`, `speeding`), by `unlicensed` before a
/// word of driving or a vehicle (`unlicensed driving`, `unlicensed
/// motorcycles`; not `unlicensed medical practice`), or by `illegal`
/// before the passengers, parking or lane it is about; `illegal` alone
/// stays a crime's word (`cases of illegal mining`).
fn names_road_offence(phrase: &str) -> bool {
    const DRIVEN: [&str; 9] = [
        "car", "driv", "e-bike", "lorr", "moped", "motor", "tricycle", "truck", "vehicle",
    ];
    let mut prev = "";
    phrase.split(' ').any(|word| {
        let lower = |p: &str| starts_ignore_case(word.as_bytes(), p.as_bytes());
        let road = ["overload", "speeding"].iter().any(|p| lower(p))
            || (prev.eq_ignore_ascii_case("unlicensed")
                && DRIVEN.iter().any(|p| lower(p))
                && !lower("card"))
            || (prev.eq_ignore_ascii_case("illegal")
                && ["passenger", "parking", "lane"].iter().any(|p| lower(p)));
        prev = word;
        road
    })
}

/// Whether a complement's head is `offences` or `violations` (or
/// `offenses`, or either alone) with no word of the road before it:
/// `economic offenses`, `smuggling and related violations`, not `traffic
/// offences` or `drunk driving offences`.
fn cases_of_offences(phrase: &str) -> bool {
    let mut words = phrase.rsplit(' ');
    let head = words.next().unwrap_or("");
    [
        "offences",
        "offenses",
        "offence",
        "offense",
        "violations",
        "violation",
    ]
    .iter()
    .any(|o| head.eq_ignore_ascii_case(o))
        && !names_road_offence(phrase)
        && !words.any(|w| {
            ["traffic", "road", "drunk", "drink", "driving"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        })
}

/// Whether the word after `and` (at `from`) goes on an `of` complement: a
/// lowercase word that is no stop word, determiner or verb, with another
/// such word after it (`telecom and internet fraud`); not `cases of theft
/// and two suspects`, `cases of fraud and arrested 30`.
fn joins_modifier(w: &Words<'_, '_>, from: usize, ceil: usize, stop: &[&str]) -> bool {
    let text = w.text();
    // (A number word opens a count of its own: `one case of sand mining
    // and two fishing cases`.)
    let counts = |i: usize, end: usize| {
        w.word_within(i, end).is_some_and(|(_, c)| {
            [
                Class::NumberWord,
                Class::Scale,
                Class::Vague,
                Class::QualifierBefore,
            ]
            .iter()
            .any(|&k| c.has(k))
        })
    };
    let open = |i: usize| {
        let wl = w.word_len_at(i);
        let closed = ["the", "a", "an", "its", "their", "other", "also"];
        (wl > 0
            && i + wl <= ceil
            && text[i..].starts_with(|c: char| c.is_ascii_lowercase())
            && !stop
                .iter()
                .chain(closed.iter())
                .any(|p| text[i..i + wl].eq_ignore_ascii_case(p))
            && w.verb(i, i + wl).is_none()
            && !counts(i, i + wl))
        .then_some(i + wl)
    };
    let i = skip_gap(text, from, 1);
    let Some(end) = open(i).filter(|_| i > from) else {
        return false;
    };
    let j = skip_gap(text, end, 1);
    j > end && open(j).is_some()
}

/// `round` or `rounds`: a head that counts repetitions of what its `of`
/// names.
fn is_rounds(head: &str) -> bool {
    head.eq_ignore_ascii_case("rounds") || head.eq_ignore_ascii_case("round")
}
