//! The counted noun after a figure, and the length of a word with inner
//! hyphens or apostrophes.

use super::{skip_spaces, Around};
use crate::lex::{Class, Lexicon};
use crate::quantity::figure::prefix_word;
use crate::text::ascii_word_len;
use crate::text::lexicon::NOUN_STOP;
use crate::Span;

/// Prepositions, verbs, hedges that open the next quantity, and the
/// particles of a verb split around its object, that end a counted noun
/// beyond [`NOUN_STOP`] (`a 10-meter-deep tunnel near`, `102 officers took
/// part`, `8 guns nearly 6 kg`, `took 3 suspects away`).
pub(crate) const NOUN_STOP_MORE: &Lexicon<()> = &Lexicon::new(
    Class::NounStopMore,
    &[
        ("almost", ()),
        ("approximately", ()),
        ("away", ()),
        ("back", ()),
        ("behind", ()),
        ("beside", ()),
        ("came", ()),
        ("can", ()),
        ("could", ()),
        ("did", ()),
        ("inside", ()),
        ("may", ()),
        ("must", ()),
        ("near", ()),
        ("nearly", ()),
        ("outside", ()),
        ("roughly", ()),
        ("said", ()),
        ("should", ()),
        ("stood", ()),
        ("took", ()),
        ("toward", ()),
        ("towards", ()),
        ("upon", ()),
        ("via", ()),
        ("went", ()),
        ("would", ()),
    ],
);

/// The counted noun after a number: up to four lowercase words, stopping at
/// function words and punctuation (`8 current criminals and ...`).
pub(crate) fn noun_after<'a>(a: &Around<'a, '_>, end: usize) -> Option<&'a str> {
    // A figure asks at most a few times, always at its end.
    if let Some((at, noun)) = a.noun.get() {
        if at == end {
            return noun.map(|n: Span| &a.text[n.range()]);
        }
    }
    let noun = noun_span_after(a, end);
    a.noun.set(Some((end, noun)));
    noun.map(|n| &a.text[n.range()])
}

fn noun_span_after(a: &Around<'_, '_>, end: usize) -> Option<Span> {
    let text = a.text;
    const MAX_WORDS: usize = 5;
    const MAX_WORD: usize = 30;
    let mut i = skip_spaces(text, end, 2);
    if i == end {
        // A hard wrap (`4,500\ncartons`): a lone line break before a
        // lowercase word continues the sentence.
        let wrap = ["\n", "\r\n"]
            .iter()
            .find(|nl| text[end..].starts_with(**nl));
        match wrap {
            Some(nl) if text[end + nl.len()..].starts_with(|c: char| c.is_ascii_lowercase()) => {
                i = end + nl.len();
            }
            _ => return None,
        }
    }
    let mut of_after = false;
    if let Some(of) = prefix_word(&text[i..], "of") {
        let j = skip_spaces(text, i + of, 2);
        if j == i + of {
            return None;
        }
        i = j;
        of_after = true;
        // `12 of the suspects`, `61 of its members`: a part of a counted
        // group counts the group's noun.
        let determiner = ["the", "its", "their", "these", "those"]
            .iter()
            .find_map(|d| prefix_word(&text[i..], d));
        if let Some(d) = determiner {
            let k = skip_spaces(text, i + d, 2);
            if k > i + d {
                i = k;
            }
        }
    }
    // `arrested 300 more suspects`: more of the same kind, counted (but
    // `300 more cases than last year` is a change).
    if let Some(more) = prefix_word(&text[i..], "more") {
        let j = skip_spaces(text, i + more, 2);
        let rest = &text.as_bytes()[j..text.len().min(j + 48)];
        let than =
            rest.windows(5).any(|w| w.eq_ignore_ascii_case(b" than")) || rest.starts_with(b"than");
        if j > i + more && rest.first().is_some_and(u8::is_ascii_lowercase) && !than {
            i = j;
        }
    }
    let noun_start = i;
    let mut noun_end = i;
    // `Police Arrest 317 Suspects`: in a headline in title case, capitals
    // are the case of every word, and the noun reads through them.
    let title = title_case_headline(a, end);
    for _ in 0..MAX_WORDS {
        let word_at = a.word_at(i);
        let w = word_at.0;
        // (An ASCII letter is one byte: the first byte tells its case.)
        let bytes = text.as_bytes();
        let title_word = title && bytes.get(i).is_some_and(u8::is_ascii_uppercase);
        let lower = bytes.get(i).is_some_and(u8::is_ascii_lowercase) || title_word;
        // `1,200 SIM cards`, `6 Chinese nationals`: an acronym or a proper
        // adjective may lead the noun when a lowercase word goes on with
        // it (a capital alone, `12 Suspects`, may start anything).
        let capital_lead = !lower
            && i == noun_start
            && bytes.get(i).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(i + w) == Some(&b' ')
            && bytes.get(i + w + 1).is_some_and(u8::is_ascii_lowercase)
            && {
                let j = i + w + 1;
                !a.is_whole_in(j, word_len(&text[j..]), NOUN_STOP, NOUN_STOP_MORE)
            };
        // `12 kg of MDMA`, `3 kg of Ketamine`: after `of`, a capitalized
        // word that opens a seizable thing of the lexicon (a drug's name
        // is often written so) is the noun. (A word of three letters or
        // more: a lone capital may open an item's phrase, `U` of `U
        // disks`, and in `1,500 of U.S.` names none.)
        let item_lead = !lower
            && of_after
            && i == noun_start
            && w >= 3
            && bytes.get(i).is_some_and(u8::is_ascii_uppercase)
            && a.starts_at(i).has(Class::Item);
        // `120 KTVs`, `30 ATMs`: a plural acronym is a noun of its own.
        let acronyms = !lower && i == noun_start && {
            let b = &bytes[i..i + w];
            b.len() >= 3
                && b[b.len() - 1] == b's'
                && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
        };
        // `1,072 illegal P2P lending cases`, `40 fake 5G base stations`:
        // inside the noun, before its head, an acronym of capitals and digits goes on with
        // the lowercase word after it.
        // (Counted only for a word that is not lowercase: no other asks.)
        let run = match lower {
            true => 0,
            false => bytes[i..]
                .iter()
                .take(8)
                .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                .count(),
        };
        // (Not after a plural, the head: `12 suspects CCTV showed`.)
        let inner_acronym = !lower
            && i > noun_start
            && !text[..noun_end].ends_with('s')
            && (2..=6).contains(&run)
            && bytes[i..i + run].iter().any(u8::is_ascii_uppercase)
            && bytes.get(i + run) == Some(&b' ')
            && bytes.get(i + run + 1).is_some_and(u8::is_ascii_lowercase)
            && {
                let j = i + run + 1;
                !a.is_whole_in(j, word_len(&text[j..]), NOUN_STOP, NOUN_STOP_MORE)
            };
        // `41 Han Dynasty bronze mirrors`: a dynasty named before the noun
        // leads it, both its words.
        let dynasty = !lower
            && i == noun_start
            && bytes.get(i).is_some_and(u8::is_ascii_uppercase)
            && text[i + w..].starts_with(" Dynasty ")
            && bytes
                .get(i + w + " Dynasty ".len())
                .is_some_and(u8::is_ascii_lowercase);
        // `13 South Korean nationals`, `9 Hong Kong residents`: so does a
        // people or place of two capitalized words.
        let two_word_place = (!lower && i == noun_start)
            .then(|| two_word_place(text, i, w))
            .flatten()
            .filter(|&len| {
                let j = i + len + 1;
                !a.is_whole_in(j, word_len(&text[j..]), NOUN_STOP, NOUN_STOP_MORE)
            });
        let w = match (inner_acronym, dynasty, two_word_place) {
            (true, _, _) => run,
            (false, true, _) => w + " Dynasty".len(),
            (false, false, Some(len)) => len,
            (false, false, None) => w,
        };
        if w == 0
            || w > MAX_WORD
            || !(lower
                || capital_lead
                || item_lead
                || acronyms
                || inner_acronym
                || dynasty
                || two_word_place.is_some())
        {
            break;
        }
        let word = &text[i..i + w];
        if a.is_whole_in_word(word_at, i, NOUN_STOP, NOUN_STOP_MORE) {
            break;
        }
        // `920 places such as hotels`: examples follow the noun (but `3
        // such cases` counts cases).
        if word == "such" && prefix_word(&text[skip_spaces(text, i + w, 1)..], "as").is_some() {
            break;
        }
        // `500 people suspected of gambling`: a participle after the noun
        // opens what is said of it (`12 suspected dealers` leads with it).
        if word == "suspected" && noun_end > noun_start {
            break;
        }
        // `2,350 mobile phones hidden in a truck`, `35 bronze wares stolen
        // from tombs`, `4 trucks carrying 86 tons`: after a plural, a
        // participle that a preposition or a number follows says something
        // of the noun; the noun has ended.
        if noun_end > noun_start
            && text[..noun_end].ends_with('s')
            && participle_opens(text, word, i + w)
        {
            break;
        }
        // `3,560 elderly residents install the app`, `1,200 students
        // download and register it`: after a plural, a word not in `-s`
        // that takes an object (a determiner or pronoun after it, or
        // after `and` and a second such word) is the verb of a clause the
        // noun is the subject of; the noun has ended.
        if noun_end > noun_start
            && text[..noun_end].ends_with('s')
            && !word.ends_with('s')
            && takes_object(text, i + w)
        {
            break;
        }
        noun_end = i + w;
        // (`45 Criminal Gangs Busted`: a capitalized plural is the head; the
        // capitals after it are the headline's next words.)
        if title_word && super::names::is_plural_word(word) {
            break;
        }
        let j = skip_spaces(text, noun_end, 1);
        if j == noun_end {
            break;
        }
        i = j;
        // `civilian and auxiliary police officers`: an adjective joined by
        // `and` continues the noun; `8 criminals and 4 fugitives` does not.
        let adjective = ["al", "ian", "ary", "ic", "ive", "ous", "ile"]
            .iter()
            .any(|x| word.ends_with(x));
        if adjective {
            if let Some(and) = prefix_word(&text[i..], "and") {
                let k = skip_spaces(text, i + and, 1);
                if k > i + and && text[k..].starts_with(|c: char| c.is_ascii_lowercase()) {
                    i = k;
                }
            }
        }
    }
    (noun_end > noun_start).then(|| Span::new(noun_start, noun_end))
}

/// The most bytes a headline holds (`years.rs` reads the same span).
const HEADLINE_BYTES: usize = 200;

/// First words of peoples and places written in two capitalized words
/// (`South Korean`, `Hong Kong`, `New Zealand`, `Sri Lankan`).
const TWO_WORD_PLACES: [&str; 8] = [
    "East", "Hong", "New", "North", "Saudi", "South", "Sri", "West",
];

/// The length of a people or place of two capitalized words at `i`
/// (the first `w` bytes long, one of [`TWO_WORD_PLACES`]) when a lowercase
/// word follows it: the noun it leads goes on (`South Korean nationals`).
fn two_word_place(text: &str, i: usize, w: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !TWO_WORD_PLACES.contains(&&text[i..i + w]) || bytes.get(i + w) != Some(&b' ') {
        return None;
    }
    let j = i + w + 1;
    let second = bytes[j..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let next = bytes.get(j + second + 1);
    // (A people's adjective, `Korean`, `Timorese`, or a place that is
    // one's name, `Hong Kong`, `New Zealand`.)
    let name = &text[j..j + second];
    let people_or_place =
        ["an", "ese"].iter().any(|e| name.ends_with(e)) || ["Kong", "Zealand"].contains(&name);
    (second >= 3
        && people_or_place
        && bytes[j].is_ascii_uppercase()
        && bytes.get(j + second) == Some(&b' ')
        && next.is_some_and(u8::is_ascii_lowercase))
    .then_some(w + 1 + second)
}

/// Whether the number ending at `end` stands in the text's first line and
/// that line is a headline in title case: three words or more, every word
/// of four letters or more capitalized (`52 Suspects Handed Over To
/// China`; short words may stay lowercase: `Police Bust 3 Gangs in
/// Hebei`). A year before a capital stays the name's (`Beijing 2022
/// Olympics Security Plan`). The line is judged once per text, at the
/// first number in it that asks.
fn title_case_headline(a: &Around<'_, '_>, end: usize) -> bool {
    let text = a.text;
    if end > HEADLINE_BYTES {
        return false;
    }
    let start = text.len() - text.trim_start().len();
    if start > end {
        return false;
    }
    let line_end = match a.headline.get() {
        Some(line_end) => line_end,
        None => {
            let line_end = headline_end(text, start);
            a.headline.set(Some(line_end));
            line_end
        }
    };
    // Past the line's end (a line break before the number), or a line
    // break more than a headline's length past the number, is no headline.
    let Some(line_end) =
        line_end.filter(|&e| end <= e && (e == text.len() || e - end < HEADLINE_BYTES))
    else {
        return false;
    };
    debug_assert!(line_end - start <= HEADLINE_BYTES);
    let year = text[..end]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_digit)
        .count()
        == 4
        && (text[end - 4..end].starts_with("19") || text[end - 4..end].starts_with("20"));
    !year
}

/// The end of the text's first line (from `start`, its first visible
/// byte) when that line is a headline in title case, for
/// [`title_case_headline`].
fn headline_end(text: &str, start: usize) -> Option<usize> {
    // One byte past a headline's length is enough to refuse a long line.
    let window = &text.as_bytes()[start..text.len().min(start + HEADLINE_BYTES + 1)];
    let line_end = start
        + window
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(window.len());
    if line_end - start > HEADLINE_BYTES {
        return None;
    }
    let words = text[start..line_end]
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()));
    let (mut count, mut long) = (0, 0);
    for w in words {
        count += 1;
        if w.bytes().take_while(u8::is_ascii_alphabetic).count() >= 4 {
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            long += 1;
        }
    }
    (count >= 3 && long >= 2).then_some(line_end)
}

/// Whether `word`, ending at `end`, is a participle that opens a phrase
/// about the noun before it: a past participle before a preposition
/// (`hidden in`, `smuggled from`), or a present one before a number
/// (`carrying 86 tons`).
fn participle_opens(text: &str, word: &str, end: usize) -> bool {
    const PREPOSITIONS: [&str; 9] = [
        "at", "by", "for", "from", "in", "inside", "into", "on", "to",
    ];
    if word.len() < 5 {
        return false;
    }
    let next = skip_spaces(text, end, 1);
    if next == end {
        return false;
    }
    let rest = &text[next..];
    if word.ends_with("ed") || word.ends_with("en") {
        PREPOSITIONS.iter().any(|p| prefix_word(rest, p).is_some())
    } else if word.ends_with("ing") {
        rest.starts_with(|c: char| c.is_ascii_digit())
    } else {
        false
    }
}

/// Whether a verb ending at `end` has its object after it: a determiner
/// or pronoun (`install the app`, `report it`), or `and` or `or` and a
/// second verb not in `-s` before one (`download and register the app`).
fn takes_object(text: &str, end: usize) -> bool {
    const OBJECTS: [&str; 15] = [
        "a", "an", "any", "her", "his", "it", "its", "our", "the", "their", "them", "these",
        "this", "those", "your",
    ];
    let next = |at: usize| {
        let j = skip_spaces(text, at, 1);
        let w = ascii_word_len(&text[j..]);
        (j > at && w > 0).then(|| (j, &text[j..j + w]))
    };
    let object = |at: usize| next(at).is_some_and(|(_, w)| OBJECTS.contains(&w));
    if object(end) {
        return true;
    }
    match next(end) {
        Some((j, and @ ("and" | "or"))) => next(j + and.len())
            .is_some_and(|(k, verb)| !verb.ends_with('s') && object(k + verb.len())),
        _ => false,
    }
}

/// A word with inner hyphens or apostrophes (`license-related`, `people’s`).
pub(crate) fn word_len(s: &str) -> usize {
    word_len_from(s, ascii_word_len(s))
}

/// [`word_len`] of `s`, whose leading run of letters is `len` bytes
/// (known from its token).
#[inline]
pub(crate) fn word_len_from(s: &str, mut len: usize) -> usize {
    while len > 0 {
        let rest = &s[len..];
        // The joiner's bytes: `-`, `'`, or E2 80 99 for `’`.
        let joiner = match rest.as_bytes() {
            [b'-' | b'\'', ..] => 1,
            [0xE2, 0x80, 0x99, ..] => 3,
            _ => break,
        };
        let more = ascii_word_len(&rest[joiner..]);
        if more == 0 {
            break;
        }
        len += joiner + more;
    }
    len
}

#[cfg(test)]
mod tests {
    use super::word_len;

    #[test]
    fn a_word_runs_through_its_joiners() {
        fn len(s: &str) -> &str {
            &s[..word_len(s)]
        }
        assert_eq!(len("license-related cases"), "license-related");
        assert_eq!(len("people’s police"), "people’s");
        assert_eq!(len("driver's seat"), "driver's");
        assert_eq!(len("two-thirds-owned firm"), "two-thirds-owned");
        // A joiner with no letter after it ends the word before it.
        assert_eq!(len("suspects- and"), "suspects");
        assert_eq!(len("suspects’ 5"), "suspects");
        assert_eq!(len("cases‘s"), "cases");
        assert_eq!(len("5-year"), "");
    }
}
