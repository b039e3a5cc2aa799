//! Noun phrases: what a figure counts, read after the number, before it
//! (machine-translated order), past `and` and `of`, in quotes, or after
//! `out of`; and the class of a phrase from its head word.

use super::*;

/// The class of a noun phrase: that of its last word with one.
///
/// `door-to-door` and `stop payments` name the act whatever follows
/// (`40 door-to-door warnings` are visits).
pub(super) fn noun_class(phrase: &str) -> Option<Noun> {
    let class = noun_at(phrase).map(|(c, _)| c);
    // `cases of drunk driving`, `cases of traffic violations`: offences.
    if class == Some(Noun::Case) {
        if let Some(i) = phrase.find(" of ") {
            if noun_at(&phrase[i + 4..]).is_some_and(|(c, _)| c == Noun::Offender) {
                return Some(Noun::Offender);
            }
        }
    }
    class
}

/// The class of a noun phrase and where its head word is.
pub(super) fn noun_at(phrase: &str) -> Option<(Noun, usize)> {
    let mut class: Option<(Noun, usize)> = None;
    let mut covered = 0;
    for_each_word(phrase, |at, rest| {
        if let Some((&c, l)) = head_match_len(rest, NOUNS).filter(|_| at >= covered) {
            if !matches!(class, Some((Noun::Visit | Noun::Payment, _))) {
                // `police operations`, `police platforms`: `police` before
                // another noun modifies it, and the phrase is no force.
                let modifier = c == Noun::Officer && modifies_next(&rest[l..]);
                class = (!modifier).then_some((c, at));
                covered = at + l;
            }
        }
    });
    class
}

/// Whether a word right after a noun makes that noun a modifier: a
/// lowercase word that is not a stop, verb or participle (`police
/// operations`, not `police in` or `police deployed`).
pub(super) fn modifies_next(rest: &str) -> bool {
    // `“city express police” platforms`
    let rest = rest.strip_prefix(['"', '”']).unwrap_or(rest);
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let w = word_len(r);
    let word = &r[..w];
    w > 2
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
        && match_prefix(word, VERBS).is_none()
        && match_prefix(word, AUXILIARIES).is_none()
}

/// A noun phrase read on past `and` to a word with a class, stopping at
/// punctuation, verbs and prepositions (`telecom and internet fraud cases`).
pub(super) fn extend_noun<'a>(text: &'a str, noun: &'a str, ceil: usize) -> Option<NounPhrase<'a>> {
    let start = start_of(text, noun);
    let mut i = end_of(text, noun);
    let mut best = None;
    for _ in 0..6 {
        let j = skip_spaces(text, i, 1);
        let w = ascii_word_len(&text[j..]);
        if j == i || w == 0 || j + w > ceil {
            break;
        }
        let word = &text[j..j + w];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || MORE_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        i = j + w;
        if let Some((&class, _)) = match_prefix(word, NOUNS) {
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
    text: &'a str,
    noun: NounPhrase<'a>,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    let end = end_of(text, noun.text);
    // `cases of abducting and trafficking women`: the head is before `of`.
    if noun.text.contains(" of ") || !text[end..ceil.max(end)].starts_with(" and ") {
        return None;
    }
    let mut i = end + 5;
    for _ in 0..2 {
        let w = word_len(&text[i..]);
        if w == 0 || i + w > ceil || !text[i..].starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let word = &text[i..i + w];
        if let Some((&class, _)) = head_match_len(word, NOUNS).filter(|&(_, l)| l == w) {
            return Some(NounPhrase {
                text: &text[start_of(text, noun.text)..i + w],
                class: Some(class),
                before: false,
            });
        }
        let j = skip_spaces(text, i + w, 1);
        if j == i + w {
            return None;
        }
        i = j;
    }
    None
}

/// A noun phrase with its `of` complement, when the head is a measure word,
/// `cases`, or names no class (`cases of drunk driving`, `bottles of fake
/// liquor`, `rounds of ammunition`).
pub(super) fn with_complement<'a>(
    text: &'a str,
    noun: NounPhrase<'a>,
    ceil: usize,
) -> Option<NounPhrase<'a>> {
    if !matches!(
        noun.class,
        None | Some(Noun::Measure | Noun::Case | Noun::Publicity)
    ) {
        return None;
    }
    let start = start_of(text, noun.text);
    let end = end_of(text, noun.text);
    let of = skip_spaces(text, end, 1);
    if of == end || !starts_with_of(&text[of..]) {
        return None;
    }
    let mut i = skip_spaces(text, of + 2, 1);
    let mut last = None;
    for _ in 0..5 {
        let w = word_len(&text[i..]);
        if w == 0 || i + w > ceil || !text[i..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[i..i + w];
        let stop = [
            "in", "from", "with", "by", "for", "to", "on", "at", "and", "were", "was", "have",
            "has", "had", "of",
        ];
        if stop.iter().any(|p| word.eq_ignore_ascii_case(p)) || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        last = Some(i + w);
        let j = skip_spaces(text, i + w, 1);
        if j == i + w {
            break;
        }
        i = j;
    }
    let phrase = &text[start..last?];
    let class = noun_class(phrase);
    // Keep the head's class unless the complement says more.
    let class = match (noun.class, class) {
        (Some(Noun::Case), Some(Noun::Offender)) => Some(Noun::Offender),
        (Some(c), _) if c != Noun::Measure => Some(c),
        (_, c) => c,
    };
    Some(NounPhrase {
        text: phrase,
        class,
        before: false,
    })
}

/// The noun a figure was written with (`8 current criminals`).
pub(super) fn noun_after_figure<'a>(f: &Figure<'a>) -> Option<NounPhrase<'a>> {
    f.noun_str().map(|text| NounPhrase {
        text,
        class: noun_class(text),
        before: false,
    })
}

/// The nearest classed noun left of a bare number in its clause, with the
/// verb between them read as the noun's own (`suspects arrested reached N`).
pub(super) fn subject_before(text: &str, start: usize, floor: usize) -> Option<NounPhrase<'_>> {
    let floor = ceil_char(text, floor.max(start.saturating_sub(80)));
    let left = &text[floor..start];
    let edge = left.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    let clause = &left[edge..];
    let mut found = None;
    for_each_word(clause, |at, rest| {
        if let Some((&c, l)) = head_match_len(rest, NOUNS) {
            if c != Noun::Measure {
                found = Some((c, at, l));
            }
        }
    });
    let (class, at, len) = found?;
    let abs = floor + edge + at;
    Some(NounPhrase {
        text: &text[abs..abs + len],
        class: Some(class),
        before: false,
    })
}

/// `cracked cases 19`, `an audience of 3,120 people`: the noun written before
/// the number.
pub(super) fn noun_before(text: &str, start: usize, floor: usize) -> Option<NounPhrase<'_>> {
    let mut end = skip_back_spaces(text, start, floor);
    let word = ascii_word_before(text, end);
    if word.eq_ignore_ascii_case("of") {
        end = skip_back_spaces(text, end - word.len(), floor);
    }
    // Up to three lowercase words back; the phrase is the longest noun or
    // item entry among them that ends at the number.
    let mut first = end;
    let mut starts = Vec::with_capacity(3);
    for _ in 0..3 {
        let w = ascii_word_before(text, first);
        if w.is_empty()
            || first - w.len() < floor
            || !text[first - w.len()..].starts_with(|c: char| c.is_ascii_lowercase())
        {
            break;
        }
        first -= w.len();
        starts.push(first);
        let b = skip_back_spaces(text, first, floor);
        if b == first {
            break;
        }
        first = b;
    }
    let covers = |s: usize| {
        let rest = &text[s..end];
        match_prefix(rest, NOUNS).is_some_and(|(_, l)| l == rest.len())
            || match_prefix(rest, ITEMS).is_some_and(|(_, l)| l == rest.len())
    };
    let first = starts.into_iter().rev().find(|&s| covers(s))?;
    let phrase = &text[first..end];
    // Only an entry ending the phrase may class it: `police force 96`,
    // `cases 19`, not `cases in 19`.
    let mut end_class = None;
    let mut end_item = false;
    for_each_word(phrase, |_, rest| {
        // The first entry that reaches the end is the longest
        // (`checking point`, not `point`).
        if let Some((&c, l)) = match_prefix(rest, NOUNS) {
            if l == rest.len() && end_class.is_none() {
                end_class = Some(c);
            }
        }
        if let Some((_, l)) = match_prefix(rest, ITEMS) {
            end_item |= l == rest.len();
        }
    });
    (end_class.is_some() || end_item).then_some(NounPhrase {
        text: phrase,
        class: end_class,
        before: true,
    })
}

/// `19 out of 20 suspects`: the noun after the whole.
pub(super) fn out_of_noun(text: &str, end: usize, ceil: usize) -> Option<NounPhrase<'_>> {
    let i = skip_spaces(text, end, 2);
    let rest = text[i..ceil.max(i)].strip_prefix("out of ")?;
    let digits = rest
        .bytes()
        .take(32)
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    if digits == 0 {
        return None;
    }
    let start = skip_spaces(text, i + 7 + digits, 2);
    let mut last = start;
    let mut j = start;
    for _ in 0..3 {
        let w = word_len(&text[j..]);
        if w == 0 || j + w > ceil || !text[j..].starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        let word = &text[j..j + w];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        last = j + w;
        j = skip_spaces(text, last, 1);
        if j == last {
            break;
        }
    }
    let phrase = &text[start..last];
    (!phrase.is_empty()).then(|| NounPhrase {
        text: phrase,
        class: noun_class(phrase),
        before: false,
    })
}

/// `130 "ice" related cases`: a noun phrase that opens with a quoted word,
/// which the figure grammar does not read as its noun.
pub(super) fn quoted_noun(text: &str, end: usize, ceil: usize) -> Option<NounPhrase<'_>> {
    let mut q = skip_spaces(text, end, 2);
    // `17 tons of "ice"`
    if starts_with_of(&text[q..]) {
        q = skip_spaces(text, q + 2, 2);
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
        let j = skip_spaces(text, i, 1);
        let w = word_len(&text[j..]);
        if j == i
            || w == 0
            || j + w > ceil
            || !text[j..].starts_with(|c: char| c.is_ascii_lowercase())
        {
            break;
        }
        let word = &text[j..j + w];
        if NOUN_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || MORE_STOPS.iter().any(|p| word.eq_ignore_ascii_case(p))
            || ["and", "or"].iter().any(|p| word.eq_ignore_ascii_case(p))
            || match_prefix(word, VERBS).is_some()
        {
            break;
        }
        i = j + w;
        last = i;
    }
    let phrase = &text[q..last];
    Some(NounPhrase {
        text: phrase,
        class: noun_class(phrase),
        before: false,
    })
}

pub(super) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// Words that end a noun phrase read to the right.
pub(super) const NOUN_STOPS: [&str; 20] = [
    "of", "in", "from", "with", "by", "for", "to", "on", "at", "were", "was", "have", "has", "had",
    "that", "which", "who", "the", "a", "an",
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
