//! Enforcement bodies named in the text: `Fuxin Mongolian Autonomous County
//! Public Security Bureau`, `Narcotics Control Bureau of the Ministry of
//! Public Security`, `Shuanglong Police Station`.
//!
//! Plain-code scanning: find a head word (`Bureau`, `Department`,
//! `Ministry`, `Procuratorate`, `Customs`, `Station` ...), extend left over
//! capitalized words and agency vocabulary, then right over an `of ...`
//! complement and a trailing sub-unit (`... Bureau Xinqiao branch`).

use crate::lex::{lexicon, Class, Kind, Lexicon, Tokens};
use std::collections::HashSet;

use crate::record::{Agency, AgencyLevel};

use crate::Span;

/// Words that end an agency name.
pub(crate) const HEADS: &Lexicon<()> = &Lexicon::new(
    Class::AgencyHead,
    &[
        ("administration", ()),
        ("branch", ()),
        ("brigade", ()),
        ("bureau", ()),
        ("commission", ()),
        ("corps", ()),
        ("court", ()),
        ("customs", ()),
        ("department", ()),
        ("detachment", ()),
        ("ministry", ()),
        ("office", ()),
        ("procuratorate", ()),
        ("squadron", ()),
        ("station", ()),
        ("sub-bureau", ()),
    ],
);

/// Lowercase words that may stand inside an agency name
/// (`the provincial department of public security`).
pub(crate) const VOCABULARY: &Lexicon<()> = &Lexicon::new(
    Class::AgencyVocabulary,
    &[
        ("anti", ()),
        ("anti-narcotics", ()),
        ("anti-smuggling", ()),
        ("auxiliary", ()),
        ("branch", ()),
        ("bureau", ()),
        ("city", ()),
        ("coast", ()),
        ("control", ()),
        ("county", ()),
        ("criminal", ()),
        ("customs", ()),
        ("department", ()),
        ("detachment", ()),
        ("district", ()),
        ("guard", ()),
        ("investigation", ()),
        ("management", ()),
        ("maritime", ()),
        ("municipal", ()),
        ("narcotics", ()),
        ("police", ()),
        ("procuratorate", ()),
        ("provincial", ()),
        ("public", ()),
        ("security", ()),
        ("smuggling", ()),
        ("traffic", ()),
    ],
);

/// Words that make a name an enforcement body, not any office.
const ENFORCEMENT: WordSet = WordSet::new(&[
    "administration",
    "anti-drug",
    "anti-narcotics",
    "anti-smuggling",
    "coast",
    "court",
    "criminal",
    "customs",
    "drug",
    "guard",
    "ministry",
    "monopoly",
    "narcotics",
    "police",
    "procuratorate",
    "security",
    "smuggling",
    "sub-bureau",
]);

/// Words that name a level of government; a lowercase word right before
/// one is its place (`dandong city`, `rong County`).
const LEVELS: &[&str] = &["city", "county", "district", "province", "town"];

/// Lowercase words that are never a place name before a level word.
const NOT_PLACE: &[&str] = &[
    "a", "all", "an", "and", "at", "by", "each", "every", "for", "from", "in", "its", "local",
    "of", "on", "other", "our", "same", "the", "their", "this", "to", "whole", "with",
];

/// Capitalized words that never start an agency name.
const NOT_NAME: WordSet = WordSet::new(&[
    "A",
    "According",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "But",
    "By",
    "Chinese",
    "During",
    "Earlier",
    "For",
    "From",
    "His",
    "In",
    "Its",
    "Last",
    "Lately",
    "Later",
    "Meanwhile",
    "Now",
    "On",
    "Our",
    "Recently",
    "Since",
    "That",
    "The",
    "Their",
    "Then",
    "These",
    "This",
    "To",
    "Today",
    "With",
    "Yesterday",
]);

/// A short list of words, with a filter built at compile time on each
/// word's first letter and length: most words not in the list are told by
/// one bit test, without comparing.
struct WordSet {
    words: &'static [&'static str],
    /// Per first letter (case folded), a bit per length (31 for longer).
    filter: [u32; 26],
}

impl WordSet {
    /// The set of `words`, each starting with an ASCII letter.
    const fn new(words: &'static [&'static str]) -> WordSet {
        let mut filter = [0; 26];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            let len = if w.len() < 31 { w.len() } else { 31 };
            filter[(w[0].to_ascii_lowercase() - b'a') as usize] |= 1 << len;
            i += 1;
        }
        WordSet { words, filter }
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    fn contains_ci(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        if !first.is_ascii_alphabetic()
            || self.filter[usize::from(first.to_ascii_lowercase() - b'a')]
                & (1 << word.len().min(31))
                == 0
        {
            return false;
        }
        self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

/// The most words a name reaches on either side of its head word
/// (`Fuxin Mongolian Autonomous County Public Security Bureau` has six
/// before it). The bound keeps a run of head words or capitalized words
/// from being walked again for every head in it.
const MAX_REACH: usize = 12;

/// Every distinct agency named in `text`, in order of first mention.
pub(crate) fn agencies<'a>(tokens: &Tokens<'a>) -> Vec<Agency<'a>> {
    let text = tokens.text();
    let mut out = Agencies::default();
    let words = words(tokens);
    let w = |k: usize| words[k].str(text);
    let mut i = 0;
    let mut floor = 0;
    while i < words.len() {
        let word = words[i];
        if !word.has(HEAD | LOWER_POLICE) {
            i += 1;
            continue;
        }
        if word.has(LOWER_POLICE) && i >= floor {
            if let Some((first, last)) = place_police(text, &words, i, floor) {
                push(text, &words, first, last, &mut out);
                floor = last + 1;
                i = last + 1;
                continue;
            }
        }
        // `Hengshan Police Affairs`: Police heads a name only at its end.
        let continues = || {
            words
                .get(i + 1)
                .is_some_and(|next| next.has(ADJACENT) && is_capitalized(text, *next))
        };
        if !word.has(HEAD) || (w(i) == "Police" && continues()) {
            i += 1;
            continue;
        }
        // Never reach back into the name before (`... Bureau police detachment`).
        let (first, last) = extend(text, &words, i, floor);
        floor = last + 1;
        push(text, &words, first, last, &mut out);
        // `brigade of the Public Security Bureau of Fengxi County`: the body
        // named in the complement is an agency of its own.
        for k in first + 1..last {
            if w(k) == "of" {
                let mut j = k + 1;
                if w(j).eq_ignore_ascii_case("the") {
                    j += 1;
                }
                if j <= last && words[j..=last].iter().any(|x| x.has(HEAD)) {
                    push(text, &words, j, last, &mut out);
                }
                break;
            }
        }
        i = last + 1;
    }
    out.list
}

/// The agencies found so far, with the keys that tell a new name from a
/// repeat in one lookup each.
#[derive(Default)]
struct Agencies<'a> {
    list: Vec<Agency<'a>>,
    /// The normalized name of each agency.
    names: HashSet<String>,
    /// The normalized word suffixes of each agency without an `of`
    /// complement: `maritimepolicebureau` of `Danzhou Maritime Police Bureau`.
    suffixes: HashSet<String>,
    /// The key of the name asked about last, reused.
    key: String,
}

impl<'a> Agencies<'a> {
    /// Whether `name` repeats an agency already found: the same name, or
    /// the end of one without an `of` (`the Maritime Police Bureau` after
    /// `Danzhou Maritime Police Bureau`; but `Ministry of Public Security`
    /// after `Bureau of the Ministry of Public Security` is another body).
    fn seen(&mut self, name: &str) -> bool {
        normalize(name, &mut self.key, |_| {});
        self.names.contains(&self.key) || self.suffixes.contains(&self.key)
    }

    fn add(&mut self, agency: Agency<'a>) {
        let mut starts = Vec::new();
        let mut key = String::with_capacity(agency.name.len());
        normalize(&agency.name, &mut key, |at| starts.push(at));
        if !agency.name.contains(" of ") {
            for &at in &starts {
                self.suffixes.insert(key[at..].to_string());
            }
        }
        self.names.insert(key);
        self.list.push(agency);
    }
}

/// A name's letters and digits, lowercased, into `key`: the key that
/// compares names. `word_start` hears where each word starts in the key.
fn normalize(name: &str, key: &mut String, mut word_start: impl FnMut(usize)) {
    key.clear();
    key.reserve(name.len());
    let mut in_word = false;
    for b in name.bytes() {
        let alnum = b.is_ascii_alphanumeric();
        if alnum {
            if !in_word {
                word_start(key.len());
            }
            key.push(char::from(b.to_ascii_lowercase()));
        }
        in_word = alnum;
    }
}

/// Whether `hay` holds `needle` (lowercase ASCII, not empty), ignoring
/// ASCII case.
fn contains_ci(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = needle[0];
    hay.windows(needle.len())
        .any(|w| w[0] | 0x20 == first && w.eq_ignore_ascii_case(needle))
}

/// Whether `hay` starts with `prefix` (lowercase ASCII), ignoring ASCII case.
fn starts_ci(hay: &str, prefix: &str) -> bool {
    hay.as_bytes()
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `name` without a possessive `'s` at its end.
fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or(name.strip_suffix("’s"))
        .unwrap_or(name)
}

/// Keep words `first..=last` as an agency if they name one, and it is new.
fn push<'a>(text: &'a str, words: &[Word], first: usize, last: usize, out: &mut Agencies<'a>) {
    let name = strip_possessive(&text[words[first].start()..words[last].end()]);

    // The words of a name are separated by spaces only, so its
    // whitespace-separated words are these.
    let has_enforcement = || {
        words[first..=last].iter().any(|w| {
            let w = strip_possessive(w.str(text));
            ENFORCEMENT.contains_ci(w)
        })
    };
    let has_proper = || words[first..=last].iter().any(|&w| is_capitalized(text, w));
    // A generic lowercase name needs a level (`municipal public security
    // bureau`), not just a kind (`the police station`).
    let levelled = || {
        [
            "municipal",
            "provincial",
            "city",
            "county",
            "criminal investigation",
        ]
        .iter()
        .any(|l| contains_ci(name, l))
    };
    let bare_office = starts_ci(name, "office") || starts_ci(name, "police of");
    if last == first || !has_enforcement() || bare_office || !(has_proper() || levelled()) {
        return;
    }
    if out.seen(name) {
        return;
    }
    // `“One Million Police Enter ...”`: a slogan, not a body.
    let start = words[first].start();
    if text[..start].ends_with(['“', '"', '‘']) {
        return;
    }
    out.add(Agency {
        name: name.into(),
        level: level(name),
        span: Span::new(start, start + name.len()),
    });
}

/// A word: letters with inner hyphens and apostrophes (`People’s`,
/// `Sub-Bureau`), made of the word tokens and joiners between them, with
/// what the scan asks of it worked out once.
#[derive(Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    flags: u8,
}

/// [`is_head`].
const HEAD: u8 = 1;
/// Starts with an ASCII capital (see [`is_capitalized`]).
const UPPER: u8 = 1 << 1;
/// [`is_vocabulary`].
const VOCABULARY_WORD: u8 = 1 << 2;
/// [`is_possessive`].
const POSSESSIVE: u8 = 1 << 3;
/// Only spaces separate it from the word before ([`adjacent`]).
const ADJACENT: u8 = 1 << 4;
/// The lowercase word `police`.
const LOWER_POLICE: u8 = 1 << 5;

impl Word {
    fn start(self) -> usize {
        self.start as usize
    }

    fn end(self) -> usize {
        self.end as usize
    }

    fn str(self, text: &str) -> &str {
        &text[self.start()..self.end()]
    }

    /// Whether any of `flags` is set.
    fn has(self, flags: u8) -> bool {
        self.flags & flags != 0
    }
}

/// Whether the punctuation token `p` joins two word tokens into one word.
fn is_joiner(p: &[u8]) -> bool {
    matches!(p, b"-" | b"'" | [0xE2, 0x80, 0x99])
}

/// The words of the text, from its word tokens: a word token, then any
/// joiner and word token that follow with nothing between.
fn words(tokens: &Tokens<'_>) -> Vec<Word> {
    let all = tokens.all();
    let text = tokens.text();
    let bytes = text.as_bytes();
    let mut out: Vec<Word> = Vec::with_capacity(all.len());
    // The first token of the last word.
    let mut first = 0;
    for (k, t) in all.iter().enumerate() {
        if t.kind() != Kind::Word {
            continue;
        }
        let (start, end) = (t.start(), t.end());
        // `Sub-Bureau`, `People’s`: a joiner right after the last word and
        // right before this token carries the word on.
        if let Some(last) = out.last_mut() {
            let joiner = all[k - 1];
            if joiner.end() == start
                && last.end() == joiner.start()
                && joiner.kind() == Kind::Punct
                && is_joiner(&bytes[joiner.start()..joiner.end()])
            {
                last.end = end as u32;
                last.flags = (last.flags & (UPPER | ADJACENT)) | joined_flags(tokens, first, k);
                continue;
            }
        }
        first = k;
        let mut flags = 0;
        if bytes[start].is_ascii_uppercase() {
            flags |= UPPER;
        }
        if out
            .last()
            .is_some_and(|prev| adjacent(text, prev.end(), start))
        {
            flags |= ADJACENT;
        }
        // One token: its lexicon entry says it all.
        let whole = t.whole();
        if whole.has(Class::AgencyHead) {
            flags |= HEAD;
        }
        if whole.has(Class::AgencyVocabulary) {
            flags |= VOCABULARY_WORD;
            if &bytes[start..end] == b"police" {
                flags |= LOWER_POLICE;
            }
        }
        if matches!(&bytes[start..end], b"Police" | b"Guard") {
            flags |= HEAD;
        }
        out.push(Word {
            start: start as u32,
            end: end as u32,
            flags,
        });
    }
    out
}

/// The flags of a word joined from tokens `first..=last` (`Sub-Bureau`,
/// `People’s`, `Bureau's`): a possessive ends in an apostrophe and the
/// token `s`, and a head word is read without it.
fn joined_flags(tokens: &Tokens<'_>, first: usize, last: usize) -> u8 {
    let text = tokens.text();
    let (start, end) = (tokens.all()[first].start(), tokens.all()[last].end());
    let word = &text[start..end];
    let mut flags = 0;
    let base = if tokens.str(last) == "s" && tokens.str(last - 1) != "-" {
        if !word.starts_with("People") {
            flags |= POSSESSIVE;
        }
        last - 2
    } else {
        last
    };
    let base = &text[start..tokens.all()[base].end()];
    if is_entry(tokens, first, base, HEADS) || matches!(base, "Police" | "Guard") {
        flags |= HEAD;
    }
    if is_entry(tokens, first, word, VOCABULARY) {
        flags |= VOCABULARY_WORD;
    }
    flags
}

/// Whether `word`, from token `first` on, is a whole entry of `lexicon`.
fn is_entry(tokens: &Tokens<'_>, first: usize, word: &str, lexicon: &'static Lexicon<()>) -> bool {
    let t = tokens.all()[first];
    if t.end() - t.start() == word.len() {
        return t.whole().has(lexicon.class());
    }
    t.entry().is_some_and(|entry| {
        lexicon::longest(lexicon::index(), entry, word, lexicon)
            .is_some_and(|(_, len)| len == word.len())
    })
}

/// Whether `word` is a head word (by the flags of [`words`]): `Minhang
/// District Police`: capitalized Police heads a name; the lowercase word is
/// too often just "the police".
fn is_head(word: Word) -> bool {
    word.has(HEAD)
}

/// Whether `word` starts with a capital, is no sentence-initial word and no
/// possessive.
fn is_capitalized(text: &str, word: Word) -> bool {
    word.has(UPPER) && !word.has(POSSESSIVE) && !NOT_NAME.contains_ci(word.str(text))
}

/// `China's`, `Department’s`: a possessive ends a name.
///
/// `People’s` is part of names (`Supreme People’s Procuratorate`).
fn is_possessive(word: Word) -> bool {
    word.has(POSSESSIVE)
}

/// `dandong` before `city`: a lowercase place name, as machine
/// translations write them.
fn is_lowercase_place(text: &str, word: Word, next: Word) -> bool {
    let (w, next) = (word.str(text), next.str(text));
    LEVELS.iter().any(|l| next.eq_ignore_ascii_case(l))
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PLACE.contains(&w)
        && !is_vocabulary(word)
}

fn is_vocabulary(word: Word) -> bool {
    word.has(VOCABULARY_WORD)
}

/// Whether only spaces (at most two) separate a word ending at `end` from
/// one starting at `start`.
fn adjacent(text: &str, end: usize, start: usize) -> bool {
    start - end <= 2 && text.as_bytes()[end..start].iter().all(|&b| b == b' ')
}

/// Lowercase kinds of police force (`Dongtai traffic police`).
const POLICE_KINDS: &[&str] = &[
    "armed", "border", "forest", "marine", "maritime", "patrol", "railway", "traffic",
];

/// A force named by its place and the lowercase word `police` at `p`:
/// `Guangdong marine police`, `the Harbin police force`, `Suizhou police
/// authorities`. Without a kind or a `force`/`authorities` after it, `X
/// police` is too often just "the police of X" to be listed.
fn place_police(text: &str, words: &[Word], p: usize, floor: usize) -> Option<(usize, usize)> {
    let w = |k: usize| words[k].str(text);
    let mut first = p;
    let mut kind = false;
    while first > floor && words[first].has(ADJACENT) && POLICE_KINDS.contains(&w(first - 1)) {
        kind = true;
        first -= 1;
    }
    let mut places = 0;
    while first > floor
        && places < 3
        && words[first].has(ADJACENT)
        && is_capitalized(text, words[first - 1])
        && !is_head(words[first - 1])
    {
        // `County traffic police`: a level alone names no place.
        if !LEVELS.iter().any(|l| w(first - 1).eq_ignore_ascii_case(l)) {
            places += 1;
        }
        first -= 1;
    }
    let next = words.get(p + 1).filter(|next| next.has(ADJACENT));
    // `District traffic police brigade`: the head word makes the name.
    if next.is_some_and(|&next| is_head(next)) {
        return None;
    }
    let tail = next.is_some_and(|_| matches!(w(p + 1), "force" | "authorities"));
    let last = if tail { p + 1 } else { p };
    (places > 0 && (kind || tail)).then_some((first, last))
}

/// The first and last word of the name around the head at `h`, reaching
/// back no further than word `floor` and at most [`MAX_REACH`] words either
/// way.
fn extend(text: &str, words: &[Word], h: usize, floor: usize) -> (usize, usize) {
    let w = |k: usize| words[k].str(text);
    let floor = floor.max(h.saturating_sub(MAX_REACH));
    // Forward, every loop stops at this word.
    let words = &words[..words.len().min(h + MAX_REACH + 1)];
    // Whether word `k` follows the one before it with only spaces between.
    let adjacent = |k: usize| words[k].has(ADJACENT);
    let mut first = h;
    while first > floor && adjacent(first) {
        let prev = words[first - 1];
        if is_capitalized(text, prev) || is_vocabulary(prev) {
            first -= 1;
        } else if is_lowercase_place(text, prev, words[first]) {
            first -= 1;
            break;
        } else {
            break;
        }
    }
    let mut last = h;
    let mut complemented = false;
    loop {
        if is_possessive(words[last]) {
            break;
        }
        let k = last + 1;
        if k >= words.len() || !adjacent(k) {
            break;
        }
        // `... of (the) Ministry of Public Security`, `of Jiangxi Province`,
        // `for Market Regulation`: one complement, proper or `public security`.
        if !complemented && (w(k) == "of" || w(k) == "for") {
            let mut j = k + 1;
            if j < words.len() && w(j).eq_ignore_ascii_case("the") && adjacent(j) {
                j += 1;
            }
            let mut end: Option<usize> = None;
            let mut proper = false;
            while j < words.len() && adjacent(j) {
                let x = words[j];
                let xs = w(j);
                // A nested `of` only after a head: `Bureau of the Ministry of ...`.
                let nested_of = xs == "of" && end.is_some_and(|e| is_head(words[e]));
                let joiner = xs == "and"
                    && end.is_some_and(|e| !is_head(words[e]))
                    && j + 1 < words.len()
                    && is_capitalized(text, words[j + 1]);
                let proper_possessive =
                    is_possessive(x) && xs.starts_with(|c: char| c.is_ascii_uppercase());
                let capitalized = is_capitalized(text, x);
                if capitalized || proper_possessive || is_vocabulary(x) || nested_of || joiner {
                    if xs != "of" && xs != "and" {
                        end = Some(j);
                        proper |= capitalized || proper_possessive;
                    }
                    j += 1;
                    if is_possessive(x) {
                        break;
                    }
                } else {
                    break;
                }
            }
            let public_security = end.is_some_and(|e| {
                e >= 1
                    && w(e).eq_ignore_ascii_case("security")
                    && w(e - 1).eq_ignore_ascii_case("public")
            });
            match end {
                Some(e) if proper || public_security => {
                    last = e;
                    complemented = true;
                    continue;
                }
                _ => break,
            }
        }
        // `... Bureau Xinqiao branch`, `... Bureau Traffic Police Corps`:
        // a sub-unit with a proper name, or of agency words alone
        // (`... Customs anti smuggling bureau`, `... bureau traffic security
        // branch`).
        let mut j = k;
        let mut proper = false;
        while j < words.len()
            && adjacent(j)
            && (is_capitalized(text, words[j]) || is_vocabulary(words[j]))
            && !is_head(words[j])
        {
            proper |= is_capitalized(text, words[j]);
            j += 1;
        }
        // `... Bureau police detachment` is a unit of its own.
        let police = (k..j).any(|x| w(x).eq_ignore_ascii_case("police"));
        if (proper || !police) && j < words.len() && j > k && adjacent(j) && is_head(words[j]) {
            last = j;
            continue;
        }
        if is_head(words[k]) && w(k).starts_with(|c: char| c.is_ascii_uppercase()) {
            last = k;
            continue;
        }
        break;
    }
    (first, last)
}

/// The administrative level a name implies.
fn level(name: &str) -> AgencyLevel {
    if contains_ci(name, "coast guard") {
        return AgencyLevel::Other;
    }
    // The name's runs of letters: its words, split at hyphens and
    // apostrophes too.
    let words: Vec<&[u8]> = name
        .as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.iter().any(|x| x.eq_ignore_ascii_case(w.as_bytes()));
    let contains = |p: &str| contains_ci(name, p);
    if contains("ministry")
        || contains("supreme")
        || contains("general administration")
        || has("national")
        || has("state")
        || contains("china customs")
    {
        AgencyLevel::Ministry
    } else if has("station") || has("squadron") {
        AgencyLevel::Station
    } else if has("district") || has("branch") || contains("sub-bureau") {
        AgencyLevel::District
    } else if has("county") || has("banner") {
        AgencyLevel::County
    } else if has("provincial")
        || has("province")
        || has("region")
        || (has("department") && !has("police") && !has("municipal"))
    {
        AgencyLevel::Province
    } else if has("municipal") || has("city") || has("bureau") || has("customs") || has("police") {
        AgencyLevel::City
    } else {
        AgencyLevel::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        agencies(&Tokens::new(text))
            .iter()
            .map(|a| format!("{:?} {}", a.level, a.name))
            .collect()
    }

    #[test]
    fn words_join_hyphens_and_apostrophes() {
        let text = "the Sub-Bureau's anti-smuggling unit, People’s police -x a--b";
        let tokens = Tokens::new(text);
        let words = words(&tokens);
        let strs: Vec<&str> = words.iter().map(|w| w.str(text)).collect();
        assert_eq!(
            strs,
            [
                "the",
                "Sub-Bureau's",
                "anti-smuggling",
                "unit",
                "People’s",
                "police",
                "x",
                "a",
                "b"
            ]
        );
        assert!(words[1].has(HEAD) && words[1].has(POSSESSIVE) && words[1].has(ADJACENT));
        assert!(words[2].has(VOCABULARY_WORD) && !words[2].has(HEAD));
        assert!(!words[4].has(ADJACENT) && !words[4].has(POSSESSIVE) && words[4].has(UPPER));
        assert!(words[5].has(LOWER_POLICE) && !words[5].has(HEAD));
        assert!(!words[3].has(HEAD) && !is_capitalized(text, words[0]));
    }

    #[test]
    fn bureaus_departments_and_the_ministry() {
        assert_eq!(
            names("The Municipal Public Security Bureau, following the Ministry of Public Security and the Provincial Public Security Department, sent officers."),
            ["City Municipal Public Security Bureau", "Ministry Ministry of Public Security", "Province Provincial Public Security Department"]
        );
        assert_eq!(
            names("resultsThe Fuxin Mongolian Autonomous County Public Security Bureau acted"),
            ["County Fuxin Mongolian Autonomous County Public Security Bureau"]
        );
    }

    #[test]
    fn of_complements_and_sub_units() {
        assert_eq!(
            names("the Narcotics Control Bureau of the Ministry of Public Security said"),
            [
                "Ministry Narcotics Control Bureau of the Ministry of Public Security",
                "Ministry Ministry of Public Security"
            ]
        );
        assert_eq!(
            names("the Public Security Department of Jiangxi Province said"),
            ["Province Public Security Department of Jiangxi Province"]
        );
        assert_eq!(
            names("the Lianhe Municipal Public Security Bureau Xinqiao branch"),
            ["District Lianhe Municipal Public Security Bureau Xinqiao branch"]
        );
        assert_eq!(
            names("the provincial department of public security said"),
            ["Province provincial department of public security"]
        );
    }

    #[test]
    fn stations_procuratorates_customs() {
        assert_eq!(
            names("Shuanglong Police Station and the Supreme People’s Procuratorate"),
            [
                "Station Shuanglong Police Station",
                "Ministry Supreme People’s Procuratorate"
            ]
        );
        assert_eq!(
            names("the General Administration of Customs and Ningbo customs"),
            [
                "Ministry General Administration of Customs",
                "City Ningbo customs"
            ]
        );
    }

    #[test]
    fn repeats_are_one_body() {
        assert_eq!(
            names("the Danzhou Maritime Police Bureau said; the Maritime Police Bureau added; Danzhou maritime police bureau"),
            ["City Danzhou Maritime Police Bureau"]
        );
        // Whole words only: `Xiang` is not the end of `Nanxiang`.
        assert_eq!(
            names("the Nanxiang Public Security Bureau and the Xiang Public Security Bureau"),
            [
                "City Nanxiang Public Security Bureau",
                "City Xiang Public Security Bureau"
            ]
        );
    }

    #[test]
    fn runs_of_head_words_stay_short() {
        let text = "bureau of ".repeat(50) + "the Ministry of Public Security";
        assert_eq!(
            names(&text),
            [
                "Ministry bureau of the Ministry of Public Security",
                "Ministry Ministry of Public Security"
            ]
        );
        let caps = "Aa ".repeat(30) + "Public Security Bureau";
        assert_eq!(
            agencies(&Tokens::new(&caps))[0].name.split(' ').count(),
            MAX_REACH + 1
        );
    }

    #[test]
    fn not_agencies() {
        assert!(
            names("the Bureau said; the State Council Information Office; a post office")
                .is_empty()
        );
    }

    #[test]
    fn coast_guard_customs_units_and_monopoly_bureaus() {
        assert_eq!(
            names("The China Coast Guard and the Ningde Customs anti smuggling bureau acted, with the Lishui Municipal Tobacco Monopoly Bureau."),
            [
                "Other China Coast Guard",
                "City Ningde Customs anti smuggling bureau",
                "City Lishui Municipal Tobacco Monopoly Bureau"
            ]
        );
        assert_eq!(
            names("head of the Criminal Investigation Corps said"),
            ["Other Criminal Investigation Corps"]
        );
        assert_eq!(
            names("the Patrol Brigade of Jinshan Sub-Bureau said"),
            [
                "District Patrol Brigade of Jinshan Sub-Bureau",
                "District Jinshan Sub-Bureau"
            ]
        );
    }

    #[test]
    fn lowercase_places_and_forces() {
        assert_eq!(
            names("officers of lanxi city public security bureau traffic security branch"),
            ["District lanxi city public security bureau traffic security branch"]
        );
        assert_eq!(
            names("Working with customs, Fujian marine police seized oil, the Fujian marine police force said; Yuhang police authorities and Dongtai traffic police agreed."),
            [
                "City Fujian marine police",
                "City Fujian marine police force",
                "City Yuhang police authorities",
                "City Dongtai traffic police"
            ]
        );
        // Plain `X police` is too often just the police of a place.
        assert!(names("Shanghai police said on Monday").is_empty());
        assert!(names("County traffic police carry out checks").is_empty());
        assert_eq!(
            names("the Tongxin County Public Security Bureau police detachment"),
            ["County Tongxin County Public Security Bureau"]
        );
    }

    #[test]
    fn sentence_initial_words_are_not_names() {
        assert_eq!(
            names("Yesterday City Public Security Bureau police said"),
            ["City City Public Security Bureau"]
        );
    }
}
