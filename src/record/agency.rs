//! Enforcement bodies named in the text: `Fuxin Mongolian Autonomous County
//! Public Security Bureau`, `Narcotics Control Bureau of the Ministry of
//! Public Security`, `Shuanglong Police Station`.
//!
//! Plain-code scanning: find a head word (`Bureau`, `Department`,
//! `Ministry`, `Procuratorate`, `Customs`, `Station` ...), extend left over
//! capitalized words and agency vocabulary, then right over an `of ...`
//! complement and a trailing sub-unit (`... Bureau Xinqiao branch`).

use crate::lex::Tokens;
use crate::lex::{Class, Lexicon};
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::record::{Agency, AgencyLevel};

use crate::text::{match_prefix, WordFilter};
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
const ENFORCEMENT: &[&str] = &[
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
];

/// Words that name a level of government; a lowercase word right before
/// one is its place (`dandong city`, `rong County`).
const LEVELS: &[&str] = &["city", "county", "district", "province", "town"];

/// Lowercase words that are never a place name before a level word.
const NOT_PLACE: &[&str] = &[
    "a", "all", "an", "and", "at", "by", "each", "every", "for", "from", "in", "its", "local",
    "of", "on", "other", "our", "same", "the", "their", "this", "to", "whole", "with",
];

/// Capitalized words that never start an agency name.
const NOT_NAME: &[&str] = &[
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
];

/// The most words a name reaches on either side of its head word
/// (`Fuxin Mongolian Autonomous County Public Security Bureau` has six
/// before it). The bound keeps a run of head words or capitalized words
/// from being walked again for every head in it.
const MAX_REACH: usize = 12;

/// Every distinct agency named in `text`, in order of first mention.
pub(crate) fn agencies<'a>(tokens: &Tokens<'a>) -> Vec<Agency<'a>> {
    let text = tokens.text();
    let mut out = Agencies::default();
    let words = words(text);
    let mut i = 0;
    let mut floor = 0;
    while i < words.len() {
        let (s, e) = words[i];
        let word = &text[s..e];
        // `Hengshan Police Affairs`: Police heads a name only at its end.
        let continues = words.get(i + 1).is_some_and(|&(s2, e2)| {
            adjacent(text, (s, e), (s2, e2)) && is_capitalized(&text[s2..e2])
        });
        if word == "police" && i >= floor {
            if let Some((first, last)) = place_police(text, &words, i, floor) {
                push(text, &words, first, last, &mut out);
                floor = last + 1;
                i = last + 1;
                continue;
            }
        }
        if !is_head(word) || (word == "Police" && continues) {
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
            if text[words[k].0..words[k].1] == *"of" {
                let mut j = k + 1;
                if text[words[j].0..words[j].1].eq_ignore_ascii_case("the") {
                    j += 1;
                }
                if j <= last && (j..=last).any(|h| is_head(&text[words[h].0..words[h].1])) {
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
}

impl<'a> Agencies<'a> {
    /// Whether `name` repeats an agency already found: the same name, or
    /// the end of one without an `of` (`the Maritime Police Bureau` after
    /// `Danzhou Maritime Police Bureau`; but `Ministry of Public Security`
    /// after `Bureau of the Ministry of Public Security` is another body).
    fn seen(&self, name: &str) -> bool {
        let key = normalize(name);
        self.names.contains(&key) || self.suffixes.contains(&key)
    }

    fn add(&mut self, agency: Agency<'a>) {
        let (key, starts) = normalize_with_word_starts(&agency.name);
        if !agency.name.contains(" of ") {
            for &at in &starts {
                self.suffixes.insert(key[at..].to_string());
            }
        }
        self.names.insert(key);
        self.list.push(agency);
    }
}

/// A name's letters and digits, lowercased: the key that compares names.
fn normalize(name: &str) -> String {
    normalize_with_word_starts(name).0
}

/// [`normalize`], with where each word of the name starts in the key.
fn normalize_with_word_starts(name: &str) -> (String, Vec<usize>) {
    let mut key = String::with_capacity(name.len());
    let mut starts = Vec::new();
    let mut in_word = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if !in_word {
                starts.push(key.len());
            }
            key.push(c.to_ascii_lowercase());
        }
        in_word = c.is_ascii_alphanumeric();
    }
    (key, starts)
}

/// Keep words `first..=last` as an agency if they name one, and it is new.
fn push<'a>(
    text: &'a str,
    words: &[(usize, usize)],
    first: usize,
    last: usize,
    out: &mut Agencies<'a>,
) {
    let name = &text[words[first].0..words[last].1];
    let name = name
        .strip_suffix("'s")
        .or(name.strip_suffix("’s"))
        .unwrap_or(name);
    let lower = name.to_ascii_lowercase();
    let has_proper = words[first..=last]
        .iter()
        .any(|&(s, e)| is_capitalized(&text[s..e]));
    let has_enforcement = name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !(c.is_ascii_alphabetic() || c == '-'));
        let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
        ENFORCEMENT.iter().any(|k| w.eq_ignore_ascii_case(k))
    });
    // A generic lowercase name needs a level (`municipal public security
    // bureau`), not just a kind (`the police station`).
    let levelled = [
        "municipal",
        "provincial",
        "city",
        "county",
        "criminal investigation",
    ]
    .iter()
    .any(|l| lower.contains(l));
    let bare_office = lower.starts_with("office") || lower.starts_with("police of");
    if last == first || !has_enforcement || bare_office || !(has_proper || levelled) {
        return;
    }
    if out.seen(name) {
        return;
    }
    // `“One Million Police Enter ...”`: a slogan, not a body.
    if text[..words[first].0].ends_with(['“', '"', '‘']) {
        return;
    }
    let start = words[first].0;
    out.add(Agency {
        name: name.into(),
        level: level(name),
        span: Span::new(start, start + name.len()),
    });
}

/// Word spans: letters with inner hyphens and apostrophes (`People’s`,
/// `Sub-Bureau`).
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !c.is_ascii_alphabetic() {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            let joiner = matches!(d, '-' | '\'' | '’');
            let next_alpha =
                text[j + d.len_utf8()..].starts_with(|x: char| x.is_ascii_alphabetic());
            if d.is_ascii_alphabetic() || (joiner && next_alpha) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        out.push((i, end));
    }
    out
}

fn is_head(word: &str) -> bool {
    // `Minhang District Police`: capitalized Police heads a name; the
    // lowercase word is too often just "the police".
    let word = word
        .strip_suffix("'s")
        .or(word.strip_suffix("’s"))
        .unwrap_or(word);
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    let filter = FILTER.get_or_init(|| WordFilter::of(HEADS));
    word == "Police"
        || word == "Guard"
        || (filter.may_start(word)
            && match_prefix(word, HEADS).is_some_and(|(_, l)| l == word.len()))
}

fn is_capitalized(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && !NOT_NAME.iter().any(|n| n.eq_ignore_ascii_case(word))
        && !is_possessive(word)
}

/// `China's`, `Department’s`: a possessive ends a name.
///
/// `People’s` is part of names (`Supreme People’s Procuratorate`).
fn is_possessive(word: &str) -> bool {
    (word.ends_with("'s") || word.ends_with("’s")) && !word.starts_with("People")
}

/// `dandong` before `city`: a lowercase place name, as machine
/// translations write them.
fn is_lowercase_place(word: &str, next: &str) -> bool {
    LEVELS.iter().any(|l| next.eq_ignore_ascii_case(l))
        && word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PLACE.contains(&word)
        && !is_vocabulary(word)
}

fn is_vocabulary(word: &str) -> bool {
    match_prefix(word, VOCABULARY).is_some_and(|(_, l)| l == word.len())
}

/// Whether only spaces separate two words.
fn adjacent(text: &str, a: (usize, usize), b: (usize, usize)) -> bool {
    text[a.1..b.0].chars().all(|c| c == ' ') && b.0 - a.1 <= 2
}

/// Lowercase kinds of police force (`Dongtai traffic police`).
const POLICE_KINDS: &[&str] = &[
    "armed", "border", "forest", "marine", "maritime", "patrol", "railway", "traffic",
];

/// A force named by its place and the lowercase word `police` at `p`:
/// `Guangdong marine police`, `the Harbin police force`, `Suizhou police
/// authorities`. Without a kind or a `force`/`authorities` after it, `X
/// police` is too often just "the police of X" to be listed.
fn place_police(
    text: &str,
    words: &[(usize, usize)],
    p: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let w = |k: usize| &text[words[k].0..words[k].1];
    let mut first = p;
    let mut kind = false;
    while first > floor
        && adjacent(text, words[first - 1], words[first])
        && POLICE_KINDS.contains(&w(first - 1))
    {
        kind = true;
        first -= 1;
    }
    let mut places = 0;
    while first > floor
        && places < 3
        && adjacent(text, words[first - 1], words[first])
        && is_capitalized(w(first - 1))
        && !is_head(w(first - 1))
    {
        // `County traffic police`: a level alone names no place.
        if !LEVELS.iter().any(|l| w(first - 1).eq_ignore_ascii_case(l)) {
            places += 1;
        }
        first -= 1;
    }
    // `District traffic police brigade`: the head word makes the name.
    if words
        .get(p + 1)
        .is_some_and(|&next| adjacent(text, words[p], next) && is_head(&text[next.0..next.1]))
    {
        return None;
    }
    let tail = words
        .get(p + 1)
        .filter(|&&next| adjacent(text, words[p], next))
        .is_some_and(|_| matches!(w(p + 1), "force" | "authorities"));
    let last = if tail { p + 1 } else { p };
    (places > 0 && (kind || tail)).then_some((first, last))
}

/// The first and last word of the name around the head at `h`, reaching
/// back no further than word `floor` and at most [`MAX_REACH`] words either
/// way.
fn extend(text: &str, words: &[(usize, usize)], h: usize, floor: usize) -> (usize, usize) {
    let w = |k: usize| &text[words[k].0..words[k].1];
    let floor = floor.max(h.saturating_sub(MAX_REACH));
    // Forward, every loop stops at this word.
    let words = &words[..words.len().min(h + MAX_REACH + 1)];
    let mut first = h;
    while first > floor && adjacent(text, words[first - 1], words[first]) {
        let prev = w(first - 1);
        if is_capitalized(prev) || is_vocabulary(prev) {
            first -= 1;
        } else if is_lowercase_place(prev, w(first)) {
            first -= 1;
            break;
        } else {
            break;
        }
    }
    let mut last = h;
    let mut complemented = false;
    loop {
        if is_possessive(w(last)) {
            break;
        }
        let k = last + 1;
        if k >= words.len() || !adjacent(text, words[last], words[k]) {
            break;
        }
        // `... of (the) Ministry of Public Security`, `of Jiangxi Province`,
        // `for Market Regulation`: one complement, proper or `public security`.
        if !complemented && (w(k) == "of" || w(k) == "for") {
            let mut j = k + 1;
            if j < words.len()
                && w(j).eq_ignore_ascii_case("the")
                && adjacent(text, words[k], words[j])
            {
                j += 1;
            }
            let mut end = None;
            let mut proper = false;
            while j < words.len() && adjacent(text, words[j - 1], words[j]) {
                let x = w(j);
                // A nested `of` only after a head: `Bureau of the Ministry of ...`.
                let nested_of = x == "of" && end.is_some_and(|e| is_head(w(e)));
                let joiner = x == "and"
                    && end.is_some_and(|e| !is_head(w(e)))
                    && j + 1 < words.len()
                    && is_capitalized(w(j + 1));
                let proper_possessive =
                    is_possessive(x) && x.starts_with(|c: char| c.is_ascii_uppercase());
                if is_capitalized(x) || proper_possessive || is_vocabulary(x) || nested_of || joiner
                {
                    if x != "of" && x != "and" {
                        end = Some(j);
                        proper |= is_capitalized(x) || proper_possessive;
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
            && adjacent(text, words[j - 1], words[j])
            && (is_capitalized(w(j)) || is_vocabulary(w(j)))
            && !is_head(w(j))
        {
            proper |= is_capitalized(w(j));
            j += 1;
        }
        // `... Bureau police detachment` is a unit of its own.
        let police = (k..j).any(|x| w(x).eq_ignore_ascii_case("police"));
        if (proper || !police)
            && j < words.len()
            && j > k
            && adjacent(text, words[j - 1], words[j])
            && is_head(w(j))
        {
            last = j;
            continue;
        }
        if is_head(w(k)) && w(k).starts_with(|c: char| c.is_ascii_uppercase()) {
            last = k;
            continue;
        }
        break;
    }
    (first, last)
}

/// The administrative level a name implies.
fn level(name: &str) -> AgencyLevel {
    if name.to_ascii_lowercase().contains("coast guard") {
        return AgencyLevel::Other;
    }
    let has = |w: &str| {
        name.split(|c: char| !c.is_ascii_alphabetic())
            .any(|x| x.eq_ignore_ascii_case(w))
    };
    let contains = |p: &str| name.to_ascii_lowercase().contains(p);
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
