//! Enforcement bodies named in the text: `Fuxin Mongolian Autonomous County
//! Public Security Bureau`, `Narcotics Control Bureau of the Ministry of
//! Public Security`, `Shuanglong Police Station`.
//!
//! Plain-code scanning: find a head word (`Bureau`, `Department`,
//! `Ministry`, `Procuratorate`, `Customs`, `Station` ...), extend left over
//! capitalized words and agency vocabulary, then right over an `of ...`
//! complement and a trailing sub-unit (`... Bureau Xinqiao branch`).
//!
//! Only the tokens whose lexicon classes may head a name are looked at:
//! [`words`] reads the words around one from the tokens, [`name`] grows the
//! name, [`seen`] tells a repeat, [`level`] reads the name's level.

mod level;
mod name;
mod seen;
mod words;

use crate::lex::{lexicon, Class, Kind, Lexicon, Token, Tokens};
use level::{level, Phrase, Spelling};
use name::{extend, place_police};
use seen::Agencies;
use words::*;

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
        ("force", ()),
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
pub(crate) const ENFORCEMENT: &Lexicon<()> = &Lexicon::new(
    Class::AgencyEnforcement,
    &[
        ("administration", ()),
        ("anti-corruption", ()),
        ("anti-drug", ()),
        ("anti-narcotics", ()),
        ("anti-smuggling", ()),
        ("border", ()),
        ("coast", ()),
        ("corruption", ()),
        ("court", ()),
        ("crime", ()),
        ("criminal", ()),
        ("customs", ()),
        ("drug", ()),
        ("frontier", ()),
        ("guard", ()),
        ("immigration", ()),
        ("ministry", ()),
        ("monopoly", ()),
        ("narcotics", ()),
        ("police", ()),
        ("procuratorate", ()),
        ("security", ()),
        ("smuggling", ()),
        ("sub-bureau", ()),
    ],
);

/// Capitalized words that never start an agency name (`The`, `According`).
pub(crate) const NOT_NAME: &Lexicon<()> = &Lexicon::new(
    Class::AgencyNotName,
    &[
        ("a", ()),
        ("according", ()),
        ("after", ()),
        ("also", ()),
        ("an", ()),
        ("and", ()),
        ("as", ()),
        ("at", ()),
        ("before", ()),
        ("but", ()),
        ("by", ()),
        ("chinese", ()),
        ("during", ()),
        ("earlier", ()),
        ("for", ()),
        ("from", ()),
        ("his", ()),
        ("in", ()),
        ("its", ()),
        ("last", ()),
        ("lately", ()),
        ("later", ()),
        ("meanwhile", ()),
        ("now", ()),
        ("on", ()),
        ("our", ()),
        ("recently", ()),
        ("since", ()),
        ("that", ()),
        ("the", ()),
        ("their", ()),
        ("then", ()),
        ("these", ()),
        ("this", ()),
        ("to", ()),
        ("today", ()),
        ("with", ()),
        ("yesterday", ()),
    ],
);

/// Words that name a level of government; a lowercase word right before
/// one is its place (`dandong city`, `rong County`).
const LEVELS: &[&str] = &["city", "county", "district", "province", "town"];

/// Lowercase words that are never a place name before a level word.
const NOT_PLACE: &[&str] = &[
    "a", "all", "an", "and", "at", "by", "each", "every", "for", "from", "in", "its", "local",
    "of", "on", "other", "our", "same", "the", "their", "this", "to", "whole", "with",
];

/// The most words a name reaches on either side of its head word
/// (`Fuxin Mongolian Autonomous County Public Security Bureau` has six
/// before it). The bound keeps a run of head words or capitalized words
/// from being walked again for every head in it.
const MAX_REACH: usize = 12;

/// Every distinct agency named in `text`, in order of first mention.
///
/// Only the tokens that may start a head word or the word `police` (their
/// lexicon classes say so) are looked at; the words around one are read
/// from the tokens as the name grows.
// Kept out of line: `benches/stages.sh` finds it by name.
#[inline(never)]
pub(crate) fn agencies<'a>(tokens: &Tokens<'a>) -> Vec<Agency<'a>> {
    let text = tokens.text();
    let all = tokens.all();
    let words = Words::new(tokens);
    let mut out = Agencies::new(text);
    // The words of the last name found.
    let mut name: Vec<Word> = Vec::new();
    // The first token after the last name found: a name never reaches
    // back into the one before (`... Bureau police detachment`).
    let mut floor = 0;
    let bytes = text.as_bytes();
    // The tokens to stop at: agency head words and agency vocabulary
    // (`police`, `Police`, `Guard`), by their lexicon classes.
    let stop = |t: &Token| {
        let starts = t.starts();
        starts.has(Class::AgencyHead) || starts.has(Class::AgencyVocabulary)
    };
    for (k, t) in crate::lex::stops(all, stop) {
        let may_head = t.starts().has(Class::AgencyHead)
            || matches!(&bytes[t.start()..t.end()], b"police" | b"Police" | b"Guard");
        if !may_head || k < floor || t.kind() != Kind::Word || words.joined(k) {
            continue;
        }
        // `the Hong Kong Police Force` is a body; `a police force of 3,000`
        // is any force.
        if &bytes[t.start()..t.end()] == b"force" {
            continue;
        }
        let word = words.word(k);
        if !word.has(HEAD | LOWER_POLICE) {
            continue;
        }
        if word.has(LOWER_POLICE) && place_police(&words, word, floor, &mut name) {
            push(text, &name, false, &mut out);
            floor = name.last().map_or(floor, |last| last.last() + 1);
            continue;
        }
        // `Hengshan Police Affairs`: Police heads a name only at its end.
        let continues = || words.after(word).is_some_and(|next| next.has(CAPITALIZED));
        if !word.has(HEAD) || (word.str(text) == "Police" && continues()) {
            continue;
        }
        let complement_end = extend(&words, word, floor, &mut name);
        floor = name.last().map_or(floor, |last| last.last() + 1);
        // `the Shenzhen Public Security Bureau's Futian Branch`: a unit of
        // a body named right before it is an enforcement body too.
        let owned = name
            .first()
            .and_then(|&first| words.before(first))
            .is_some_and(|owner| is_possessive(owner) && is_head(owner))
            // (An office of a body may do anything: `the Department's
            // Anti-Illegal Office` is not surely one that enforces.)
            && !word.str(text).eq_ignore_ascii_case("office");
        push(text, &name, owned, &mut out);
        // `brigade of the Public Security Bureau of Fengxi County`: the body
        // named in the complement is an agency of its own.
        let inner = name.get(1..name.len() - 1).unwrap_or_default();
        if let Some(of) = inner.iter().position(|w| w.str(text) == "of") {
            let mut j = of + 2;
            if name[j].str(text).eq_ignore_ascii_case("the") {
                j += 1;
            }
            let end = complement_end.map_or(name.len(), |e| e + 1);
            if name
                .get(j..end)
                .is_some_and(|rest| rest.iter().any(|x| x.has(HEAD)))
            {
                push(text, &name[j..end], false, &mut out);
            } else if end < name.len() {
                // `Ministry of Public Security Narcotics Control Bureau`: a
                // unit named after its body, which is an agency of its own.
                push(text, &name[..end], false, &mut out);
            }
        }
    }
    out.list
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

/// Keep the words of `name` (at least one) as an agency if they name one,
/// and it is new; `owned`: the name is a unit of the body named right
/// before it, and needs no enforcement word of its own.
fn push<'a>(text: &'a str, name: &[Word], owned: bool, out: &mut Agencies<'a>) {
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return;
    };
    let name_str = strip_possessive(&text[first.start()..last.end()]);
    let has_enforcement = || owned || name.iter().any(|w| w.has(ENFORCEMENT_WORD));
    let has_proper = || name.iter().any(|w| w.has(CAPITALIZED));
    let spelling = std::cell::OnceCell::new();
    let spelling = || spelling.get_or_init(|| Spelling::of(name_str));
    // A generic lowercase name needs a level (`municipal public security
    // bureau`), not just a kind (`the police station`).
    let levelled = || {
        let s = spelling();
        [
            Phrase::Municipal,
            Phrase::Provincial,
            Phrase::City,
            Phrase::County,
            Phrase::CriminalInvestigation,
        ]
        .into_iter()
        .any(|p| s.contains(p))
    };
    let bare_office = starts_ci(name_str, "office") || starts_ci(name_str, "police of");
    if name.len() == 1 || !has_enforcement() || bare_office || !(has_proper() || levelled()) {
        return;
    }
    let start = first.start();
    let span = Span::new(start, start + name_str.len());
    if out.seen(span) {
        return;
    }
    // `“One Million Police Enter ...”`: a slogan, not a body.
    if text[..start].ends_with(['“', '"', '‘']) {
        return;
    }
    out.add(Agency {
        name: name_str.into(),
        level: level(spelling()),
        span,
    });
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
        let reader = Words::new(&tokens);
        let mut words = vec![reader.word(0)];
        while let Some(next) = reader.next(words[words.len() - 1]) {
            words.push(next);
        }
        // Back over the words from any of them finds the same words.
        for pair in words.windows(2) {
            if let Some(before) = reader.before(pair[1]) {
                assert_eq!((before.start, before.end), (pair[0].start, pair[0].end));
            }
        }
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
        assert!(!words[3].has(HEAD) && !is_capitalized(words[0]));
        assert!(words[1].has(ENFORCEMENT_WORD) && words[2].has(ENFORCEMENT_WORD));
        // `Police` and `Guard` head names as vocabulary entries.
        let tokens = Tokens::new("Police Guard POLICE");
        let reader = Words::new(&tokens);
        for k in [0, 1] {
            assert!(reader.word(k).has(HEAD) && reader.word(k).has(VOCABULARY_WORD));
        }
        assert!(!reader.word(2).has(HEAD) && reader.word(2).has(VOCABULARY_WORD));
    }

    #[test]
    fn tables_are_sorted_lowercase() {
        use crate::text::lexicon::assert_sorted;
        assert_sorted("HEADS", HEADS);
        assert_sorted("VOCABULARY", VOCABULARY);
        assert_sorted("ENFORCEMENT", ENFORCEMENT);
        assert_sorted("NOT_NAME", NOT_NAME);
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
        // `Against` opens a complement as `of` does; fighting corruption
        // is enforcement.
        assert_eq!(
            names("The Independent Commission Against Corruption and the Anti-Corruption Bureau acted."),
            ["Other Independent Commission Against Corruption", "City Anti-Corruption Bureau"]
        );
        // The ministry by its initials.
        assert_eq!(
            names("the MPS Criminal Investigation Bureau and the Economic Crime Investigation Bureau of the MPS said"),
            ["Ministry MPS Criminal Investigation Bureau", "Ministry Economic Crime Investigation Bureau of the MPS"]
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
    fn border_and_immigration_bodies_are_enforcement() {
        assert_eq!(
            names("The Kunming Immigration Inspection Station found 3 forged passports."),
            ["Station Kunming Immigration Inspection Station"]
        );
        // Without an enforcement word, an office is no agency.
        assert!(names("The Kunming Tourism Inspection Station opened.").is_empty());
    }

    #[test]
    fn a_province_opening_a_name_makes_it_provincial() {
        assert_eq!(
            names(
                "The Yunnan Border Police Corps and the Shanxi Forest Public Security Bureau met."
            ),
            [
                "Province Yunnan Border Police Corps",
                "Province Shanxi Forest Public Security Bureau"
            ]
        );
        // A city of the province still makes a city, and a lower unit its own level.
        assert_eq!(
            names("The Hunan Changsha City Public Security Bureau and the Hebei Xinji Police Station met."),
            [
                "City Hunan Changsha City Public Security Bureau",
                "Station Hebei Xinji Police Station"
            ]
        );
    }

    #[test]
    fn a_crime_unit_of_a_branch_is_enforcement() {
        assert_eq!(
            names("The Food Crime Investigation Brigade of Liwan District Branch held 4 people."),
            ["District Food Crime Investigation Brigade of Liwan District Branch"]
        );
        // A branch alone may be a bank's.
        assert!(names("The Liwan District Branch opened a new hall.").is_empty());
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
        // A unit of the body named right before it, after its possessive.
        assert_eq!(
            names("the Lanping City Public Security Bureau's Xiyuan Branch acted"),
            [
                "City Lanping City Public Security Bureau",
                "District Xiyuan Branch"
            ]
        );
        // A capitalised Force is a body; a police force of any size is not.
        assert_eq!(
            names("the Hong Kong Police Force sent a police force of 300"),
            ["City Hong Kong Police Force"]
        );
        assert_eq!(
            names("the Guangxi border police force said"),
            ["Province Guangxi border police force"]
        );
        // A customs district is the customs' own name, at its level.
        assert_eq!(
            names("Officers of Tianhe Customs District seized 40 cartons."),
            ["City Tianhe Customs District"]
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
                "Province Fujian marine police",
                "Province Fujian marine police force",
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
