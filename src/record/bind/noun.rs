//! Noun phrases: what a figure counts, read after the number, past
//! `and` and `of`, in quotes, or after `out of`; and the class of a
//! phrase from its head word. Nouns read before the number are in
//! `subject.rs`.

use super::*;

mod complement;
mod parts;
mod possessed;
pub(super) use complement::*;
pub(super) use parts::*;
pub(super) use possessed::*;

/// The class of a noun phrase: that of its last word with one.
///
/// `door-to-door` and `stop payments` name the act whatever follows
/// (`40 door-to-door warnings` are visits).
pub(super) fn noun_class(w: &Words<'_, '_>, phrase: &str) -> Option<Noun> {
    let found = noun_at(w, phrase);
    let class = found.map(|(c, _)| c);
    // `anti-telecom fraud hubs`, `anti-scam centres`: the police's own.
    let head = found.map_or(0, |(_, at)| at);
    if class == Some(Noun::Den) && fraud::against_fraud(&phrase[..head]) {
        return Some(Noun::Site);
    }
    // `cases of drunk driving`, `cases of traffic violations`: offences.
    if class == Some(Noun::Case) {
        if let Some(i) = find_ascii(phrase, " of ") {
            if noun_at(w, &phrase[i + 4..]).is_some_and(|(c, _)| c == Noun::Offender) {
                return Some(Noun::Offender);
            }
        }
    }
    // `reports of telecom fraud`, `crime reports`, `instances of theft`:
    // reports or instances of a crime are cases (`lost-and-found reports`
    // are not).
    if class.is_none() && reports_a_crime(w, phrase) {
        return Some(Noun::Case);
    }
    // `drunk driving cases`, `traffic violation cases`, `drunk driving
    // offenders`: the offence named before the head.
    if matches!(class, Some(Noun::Case | Noun::Person)) {
        // (Cut before the spaces ahead of the head, so that the lookups
        // end where a token does and read no text.)
        let before = phrase[..head].trim_end_matches(' ');
        if !before.is_empty() && noun_at(w, before).is_some_and(|(c, _)| c == Noun::Offender) {
            return Some(Noun::Offender);
        }
    }
    // `detained 220 suspected gamblers`: offenders held as suspects of a
    // crime are people arrested.
    // (People only: `suspected traffic violations` are offences, and
    // `suspected drug users` are users handled.)
    if class == Some(Noun::Offender)
        && phrase
            .get(..10)
            .is_some_and(|p| p.eq_ignore_ascii_case("suspected "))
        && phrase[10..].split(' ').any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
            w.eq_ignore_ascii_case("gamblers") || w.eq_ignore_ascii_case("gambler")
        })
    {
        return Some(Noun::Person);
    }
    // `fugitive criminal suspects`, `fugitive persons`: people on the run,
    // whatever word heads them (machine translation's 在逃), as
    // `fugitive suspects` are.
    if matches!(class, Some(Noun::Person | Noun::Offender | Noun::Generic))
        && phrase
            .get(..9)
            .is_some_and(|p| p.eq_ignore_ascii_case("fugitive "))
    {
        return Some(Noun::Fugitive);
    }
    // `missing elderly people`, `missing hikers`: people someone lost, as
    // `missing persons` are.
    if class == Some(Noun::Generic)
        && phrase
            .get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("missing "))
    {
        return Some(Noun::Victim);
    }
    class
}

/// `caught 64 gamblers`: gamblers (an offence of the public-order law)
/// taken by a verb of arrest count as arrests, like suspects; dealt with
/// or punished, they are offenders handled (their lexicon class).
pub(super) fn arrested_offender(phrase: &str, verb: Option<Verb>) -> bool {
    let head = phrase.rsplit(' ').next().unwrap_or(phrase);
    matches!(verb, Some(Verb::Arrest | Verb::Detain))
        && (head.eq_ignore_ascii_case("gamblers") || head.eq_ignore_ascii_case("gambler"))
}

/// Whether `phrase` is reports or instances (`reports of ...`, `...
/// reports`, `instances of theft`) and names a crime: a fraud word, another
/// crime, or `crime` itself. (Instances of anything else are no cases:
/// `instances of publicity` keep the class of their complement.)
fn reports_a_crime(w: &Words<'_, '_>, phrase: &str) -> bool {
    let b = phrase.as_bytes();
    let is_reports = |word: &[u8]| {
        word.eq_ignore_ascii_case(b"reports") || word.eq_ignore_ascii_case(b"instances")
    };
    let last = b.rsplit(|&c| c == b' ').next().unwrap_or(b);
    let head = find_ascii(phrase, " of ").map(|i| &b[..i]);
    if !is_reports(last) && !head.is_some_and(is_reports) {
        return false;
    }
    let span = span_of(w.text(), phrase);
    w.starts_in(span).any(|at| {
        let word = &w.text().as_bytes()[at..span.end];
        w.prefix(at, span.end, FRAUD_WORDS).is_some()
            || w.prefix(at, span.end, OTHER_CRIMES).is_some()
            || starts_ignore_case(word, b"crime")
            || starts_ignore_case(word, b"criminal")
    })
}

/// The class of a noun phrase and where its head word is.
pub(super) fn noun_at(w: &Words<'_, '_>, phrase: &str) -> Option<(Noun, usize)> {
    let span = span_of(w.text(), phrase);
    let mut class: Option<(Noun, usize)> = None;
    let mut covered = 0;
    for abs in w.starts_in(span) {
        let at = abs - span.start;
        // (A word inside a longer entry read before is not looked up.)
        let matched = (at >= covered)
            .then(|| head_match_len(w, abs, span.end, NOUNS))
            .flatten();
        // `people riding e-bikes`, `shops selling knives`: a participle
        // after the head opens what it does; the head keeps its class.
        // (The word is read only for a head already found.)
        // (Not a gerund naming a case's crime: `gang smuggling cases`;
        // after people it is still what they do: `officers handling
        // cases`, `people committing cases of theft`.)
        let participle = || {
            let word = &phrase[at..at + word_len(&phrase[at..])];
            let agent = class.is_some_and(|(c, _)| people_head(c));
            word.len() > 4
                && word.ends_with("ing")
                && word.starts_with(|c: char| c.is_ascii_lowercase())
                && (agent || !case_head_at(w, abs + word.len(), span.end))
        };
        if class.is_some() && matched.is_none() && at >= covered && participle() {
            break;
        }
        if let Some((&c, l)) = matched {
            if !matches!(class, Some((Noun::Visit | Noun::Payment, _))) {
                // `police operations`, `police platforms`: `police` before
                // another noun modifies it, and the phrase is no force.
                let modifier = c == Noun::Officer && modifies_next(w, &phrase[at + l..]);
                class = (!modifier).then_some((c, at));
                covered = at + l;
            }
        }
    }
    class
}

/// Whether a word right after a noun makes that noun a modifier: a
/// lowercase word that is not a stop, verb or participle (`police
/// operations`, not `police in` or `police deployed`).
pub(super) fn modifies_next(w: &Words<'_, '_>, rest: &str) -> bool {
    // `“city express police” platforms`
    let rest = rest.strip_prefix(['"', '”']).unwrap_or(rest);
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let wl = word_len(r);
    let word = &r[..wl];
    wl > 2
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
        && ![
            "and",
            "or",
            "from",
            "under",
            "nationwide",
            "across",
            "who",
            "involved",
        ]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && !word.ends_with("ly")
        && {
            let at = span_of(w.text(), word);
            w.verb(at.start, at.end).is_none() && w.prefix(at.start, at.end, AUXILIARIES).is_none()
        }
}

/// A noun phrase read on past `and` to a word with a class, stopping at
/// punctuation, verbs and prepositions (`telecom and internet fraud cases`).
pub(super) fn extend_noun<'a>(
    w: &Words<'_, 'a>,
    noun: &'a str,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let start = start_of(text, noun);
    let mut i = end_of(text, noun);
    let mut best = None;
    // Whether a comma was read past with no `and` after it yet.
    let mut open_list = false;
    for _ in 0..6 {
        // `4 pornography, gambling and drug dens`: a list of modifiers,
        // comma and all, before the head they share; the list must close
        // with `and` before the head (`six roads, set up checkpoints` is
        // no list).
        let listed = text[i..].starts_with(", ")
            && text[i + 2..].starts_with(|c: char| c.is_ascii_lowercase());
        // `31 provinces, and officers ...`: a comma and `and` right after
        // the noun join clauses; only a list already open (`pornography,
        // gambling, and drug dens`) closes with them.
        if listed && !open_list && ["and ", "or "].iter().any(|c| text[i + 2..].starts_with(c)) {
            break;
        }
        open_list |= listed;
        let j = if listed { i + 2 } else { skip_gap(text, i, 1) };
        let wl = ascii_word_len(&text[j..]);
        if j == i || wl == 0 || j + wl > ceil {
            break;
        }
        let word = &text[j..j + wl];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || MORE_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || w.verb(j, j + wl).is_some()
        {
            break;
        }
        i = j + wl;
        if word == "and" {
            open_list = false;
        }
        // (A noun of two words read whole: `inbound and outbound passenger
        // trips`.)
        let found = w
            .prefix(j, ceil, NOUNS)
            .filter(|&(_, len)| len == wl || text[j + wl..].starts_with(' ') && len > wl);
        if let Some((&class, len)) = found.filter(|_| !open_list) {
            i = j + len;
            best = Some(NounPhrase {
                text: &text[start..i],
                class: Some(class),
                before: false,
            });
        }
    }
    best
}

/// `drug addicts and traffickers`: a noun phrase read on past `and` to one
/// or two more words, the last of which has a class. Not past a number
/// (`26 addicts and 9 drivers` is a list).
pub(super) fn and_noun<'a>(
    w: &Words<'_, 'a>,
    noun: NounPhrase<'a>,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let end = end_of(text, noun.text);
    // `cases of abducting and trafficking women`: the head is before `of`.
    // (The ` and ` after the noun first: most nouns have none.)
    if !text[end..ceil.max(end)].starts_with(" and ") || find_ascii(noun.text, " of ").is_some() {
        return None;
    }
    let mut i = end + 5;
    for _ in 0..2 {
        let wl = w.word_len_at(i);
        if wl == 0 || i + wl > ceil || !text[i..].starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let word = &text[i..i + wl];
        // `visits and helped victims`: a verb starts a new clause; `two
        // boats and five vans`: a number word, a count of its own.
        // (A verb of several words too: `people and imposed fines on`.)
        if w.verb(i, ceil).is_some()
            || NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || crate::quantity::number::amount(word).is_ok_and(|(rest, _)| rest.is_empty())
        {
            return None;
        }
        if let Some((&class, _)) = head_match_len(w, i, i + wl, NOUNS).filter(|&(_, l)| l == wl) {
            // `45 dens and gangs 12`: a noun right before a number is that
            // number's own (machine-translated order).
            let next = skip_gap(text, i + wl, 1);
            if text[next..].starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            // `children and old people`: people in general, joined to
            // people of a role, are of that role too.
            let role = matches!(
                noun.class,
                Some(Noun::Victim | Noun::Person | Noun::Offender | Noun::Fugitive)
            );
            let class = match class {
                Noun::Generic if role => noun.class,
                c => Some(c),
            };
            return Some(NounPhrase {
                text: &text[start_of(text, noun.text)..i + wl],
                class,
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

/// `1,377 were telecom fraud cases`: the noun that a copula right after a
/// bare number (ending at `after`) names, up to its head, within the
/// clause (`ceil`).
pub(super) fn copula_noun<'a>(
    w: &Words<'_, 'a>,
    after: usize,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    const COPULAS: [&[u8]; 4] = [b"were ", b"was ", b"are ", b"is "];
    let text = w.text();
    let i = skip_gap(text, after, 2);
    let rest = &text.as_bytes()[i..];
    let from = i + COPULAS.iter().find(|c| starts_ignore_case(rest, c))?.len();
    head_from(w, from, ceil)
}

/// `online fugitives`: the noun from `from` up to its classed head (no
/// measure word), within 60 bytes, the clause (`ceil`) and its punctuation.
pub(super) fn head_from<'a>(w: &Words<'_, 'a>, from: usize, ceil: usize) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let end = floor_char(text, ceil.min(from + 60).max(from));
    let stop = text[from..end]
        .find([',', ';', '.'])
        .map_or(end, |k| from + k);
    let span = Span::new(from, stop);
    let (class, head_end) = w.starts_in(span).find_map(|abs| {
        let (&c, l) = head_match_len(w, abs, span.end, NOUNS)?;
        (c != Noun::Measure).then_some((c, abs + l))
    })?;
    Some(NounPhrase {
        text: &text[from..head_end],
        class: Some(class),
        before: false,
    })
}

/// Whether the noun after a part's copula (see [`copula_noun`]) names a
/// count of its own: fugitives and offences (`of which 20 were fugitives`,
/// `of which 318 were drunk driving`), not what some were found to be (no
/// verb opens the noun); but offenders found at their offence are (`17 of
/// them were found driving after drinking`).
pub(super) fn part_named(w: &Words<'_, '_>, n: &NounPhrase<'_>) -> bool {
    let text = w.text();
    let at = start_of(text, n.text);
    let found_at = |(v, l): (&Verb, usize)| {
        let next = text.get(at + l..).unwrap_or("").trim_start();
        n.class == Some(Noun::Offender)
            && matches!(v, Verb::Find | Verb::Arrest)
            && !next.starts_with("to ")
    };
    matches!(n.class, Some(Noun::Fugitive | Noun::Offender))
        && w.verb(at, end_of(text, n.text)).map_or(true, found_at)
}

/// `410 not wearing helmets were punished`, `35 without a licence`: a
/// bare number that a `not ...ing` or `without` phrase describes counts
/// people (the phrase, up to its verb or a clause edge, is its noun).
pub(super) fn described_people<'a>(
    w: &Words<'_, 'a>,
    after: usize,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let from = skip_gap(text, after, 1);
    // (Cheap first: the phrase opens with `n` or `w`.)
    if !matches!(text.as_bytes().get(from), Some(b'n' | b'w')) {
        return None;
    }
    let first = &text[from..from + w.word_len_at(from)];
    let opens = match first {
        "without" => true,
        "not" => {
            let j = skip_gap(text, from + 3, 1);
            let next = &text[j..j + w.word_len_at(j)];
            next.len() > 4 && next.ends_with("ing")
        }
        _ => false,
    };
    if !opens {
        return None;
    }
    let mut end = from + first.len();
    let mut j = skip_gap(text, end, 1);
    for _ in 0..4 {
        let wl = w.word_len_at(j);
        if wl == 0
            || j + wl > ceil
            || w.verb(j, ceil).is_some()
            || w.prefix(j, ceil, AUXILIARIES).is_some()
        {
            break;
        }
        end = j + wl;
        j = skip_gap(text, end, 1);
    }
    Some(NounPhrase {
        text: &text[from..end],
        class: Some(Noun::Generic),
        before: false,
    })
}

/// `19 out of 20 suspects`: the noun after the whole.
pub(super) fn out_of_noun<'a>(
    w: &Words<'_, 'a>,
    end: usize,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let i = skip_gap(text, end, 2);
    let rest = text[i..ceil.max(i)].strip_prefix("out of ")?;
    let digits = rest
        .bytes()
        .take(32)
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    if digits == 0 {
        return None;
    }
    let start = skip_gap(text, i + 7 + digits, 2);
    words_from(w, start, ceil, 3)
}

/// `38,000 — the number of criminal suspects arrested`: a scoreboard's
/// line, its number first, then a dash or a colon and `the number of`
/// the noun it counts; or, when the number opens its line, a dash and
/// the classed noun alone (`305 — criminal cases solved`).
pub(super) fn scoreboard_noun<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    end: usize,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let after = super::scoreboard::after_dash(text, end, ceil)?;
    let head = "the number of ";
    if after
        .get(..head.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(head))
    {
        return words_from(w, ceil - after.len() + head.len(), ceil, 4);
    }
    // `305 — criminal cases solved`: on a line the figure opens, a dash
    // sets off the classed noun it counts.
    let line = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let opens = text[line..start]
        .bytes()
        .all(|c| matches!(c, b' ' | b'\t' | b'-' | b'*'));
    let dashed = !text[end..ceil - after.len()].contains(':');
    if !(opens && dashed) {
        return None;
    }
    words_from(w, ceil - after.len(), ceil, 4).filter(|n| n.class.is_some())
}

/// The noun phrase of up to `most` lowercase words from `start`, stopping
/// at a verb or a stop word.
fn words_from<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    ceil: usize,
    most: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let mut last = start;
    let mut j = start;
    for _ in 0..most {
        let wl = w.word_len_at(j);
        if wl == 0 || j + wl > ceil || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + wl];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p)) || w.verb(j, j + wl).is_some() {
            break;
        }
        last = j + wl;
        j = skip_gap(text, last, 1);
        if j == last {
            break;
        }
    }
    let phrase = &text[start..last];
    (!phrase.is_empty()).then(|| NounPhrase {
        text: phrase,
        class: noun_class(w, phrase),
        before: false,
    })
}

/// `130 "ice" related cases`: a noun phrase that opens with a quoted word,
/// which the figure grammar does not read as its noun.
pub(super) fn quoted_noun<'a>(
    w: &Words<'_, 'a>,
    end: usize,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let mut q = skip_gap(text, end, 2);
    // `17 tons of "ice"`
    if starts_with_of(&text[q..]) {
        q = skip_gap(text, q + 2, 2);
    }
    let open = text[q..].chars().next().filter(|c| is_quote(*c))?;
    let inner = q + open.len_utf8();
    if inner >= ceil {
        return None;
    }
    let close = text[inner..floor_char(text, (inner + 30).min(ceil))]
        .find(is_quote)
        .map(|i| inner + i)?;
    let mut i = close + text[close..].chars().next().map_or(0, char::len_utf8);
    let mut last = i;
    // `"ice," two handguns`: punctuation inside the quote ends the phrase.
    let ended = text[inner..close].ends_with([',', '.', ';']);
    for _ in 0..if ended { 0 } else { 4 } {
        let j = skip_gap(text, i, 1);
        let wl = w.word_len_at(j);
        if j == i
            || wl == 0
            || j + wl > ceil
            || !text[j..].starts_with(|c: char| c.is_ascii_lowercase())
        {
            break;
        }
        let word = &text[j..j + wl];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || MORE_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || ["and", "or"].iter().any(|p| word.eq_ignore_ascii_case(p))
            || w.verb(j, j + wl).is_some()
        {
            break;
        }
        i = j + wl;
        last = i;
    }
    let phrase = &text[q..last];
    Some(NounPhrase {
        text: phrase,
        class: noun_class(w, phrase),
        before: false,
    })
}

/// Double quotes, and single ones (`230 'two cards' cases`, `‘two cards’`).
pub(super) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’')
}

/// Words that end a noun phrase read to the right.
pub(super) const NOUN_STOPS: [&str; 21] = [
    "of", "in", "from", "with", "by", "for", "to", "on", "at", "were", "was", "have", "has", "had",
    "that", "which", "who", "the", "a", "an", "without",
];

/// Prepositions and number words that also end a noun phrase read on
/// past `and`.
pub(super) const MORE_STOPS: [&str; 22] = [
    "across",
    "among",
    "inside",
    "within",
    "into",
    "under",
    "over",
    "via",
    "through",
    "after",
    "before",
    "during",
    "since",
    "between",
    "against",
    "near",
    "as",
    "including",
    "two",
    "three",
    "one",
    "several",
];
