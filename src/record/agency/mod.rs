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

mod context;
mod keep;
mod kinds;
mod level;
mod name;
mod seen;
mod words;

use crate::lex::{lexicon, Class, Kind, Lexicon, Token, Tokens};
use context::*;
use keep::push;
use kinds::*;
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
        // (`National Police Agency`: a body of a name with an enforcement
        // word; `Xinhua News Agency` has none.)
        ("agency", ()),
        ("battalion", ()),
        ("branch", ()),
        ("brigade", ()),
        ("bureau", ()),
        ("center", ()),
        ("centre", ()),
        ("commission", ()),
        ("corps", ()),
        // (A head so that it ends a name; a court's name is dropped in
        // `kinds`: a court judges, it enforces nothing.)
        ("court", ()),
        ("customhouse", ()),
        ("customs", ()),
        ("department", ()),
        ("detachment", ()),
        // (`the Criminal Investigation Division`, `the Anti-Drug Squad`,
        // `the Special Police Team`: division, section, squad and team
        // head a name only with their capital, as `Group` does: `a
        // special team` is no body's. `Unit` is left out: a measure word
        // too often capitalized in a heading.)
        ("division", ()),
        // (`Immigration and Customs Enforcement`: with its capital only,
        // as `Division` is; `law enforcement` is no body.)
        ("enforcement", ()),
        ("force", ()),
        // (`the Anti-Fraud and Scam Operations Group`; `a criminal group`
        // has no capital, `the Chaoyang Investment Group` no enforcement
        // word.)
        ("group", ()),
        // (As a centre: only after a word of a campaign or of command.)
        ("headquarters", ()),
        ("ministry", ()),
        ("office", ()),
        ("procuratorate", ()),
        ("psb", ()),
        ("section", ()),
        ("squad", ()),
        ("squadron", ()),
        ("station", ()),
        ("sub-bureau", ()),
        ("team", ()),
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
        ("crime", ()),
        ("criminal", ()),
        ("customs", ()),
        ("cyber", ()),
        ("department", ()),
        ("detachment", ()),
        ("district", ()),
        ("economic", ()),
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
        // (`the Meixiangpu sub Bureau`: a sub-bureau in two words.)
        ("sub", ()),
        ("traffic", ()),
    ],
);

/// Words that make a name an enforcement body, not any office.
pub(crate) const ENFORCEMENT: &Lexicon<()> = &Lexicon::new(
    Class::AgencyEnforcement,
    &[
        ("administration", ()),
        ("anti-corruption", ()),
        ("anti-deception", ()),
        ("anti-drug", ()),
        ("anti-fraud", ()),
        ("anti-narcotics", ()),
        ("anti-scam", ()),
        ("anti-smuggling", ()),
        ("anti-terror", ()),
        ("anti-terrorism", ()),
        ("border", ()),
        ("coast", ()),
        ("corruption", ()),
        ("counter-terrorism", ()),
        ("crime", ()),
        ("criminal", ()),
        ("customhouse", ()),
        ("customs", ()),
        ("drug", ()),
        // (`the Endangered Species Trade and Export Licensing Office`: a
        // body that licenses and polices the trade in wildlife.)
        ("endangered", ()),
        ("frontier", ()),
        ("guard", ()),
        ("immigration", ()),
        ("ministry", ()),
        ("monopoly", ()),
        ("narcotic", ()),
        ("narcotics", ()),
        ("police", ()),
        ("procuratorate", ()),
        ("psb", ()),
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

/// Room for the words of a name (`MAX_REACH` each side of the head, and
/// an `of` complement): one allocation per text, not a doubling at every
/// few words.
const NAME_WORDS: usize = 32;

/// Every distinct agency named in `text`, in order of first mention.
///
/// Only the tokens that may start a head word or the word `police` (their
/// lexicon classes say so) are looked at; the words around one are read
/// from the tokens as the name grows.
// Kept out of line: `benches/stages.sh` finds it by name.
#[inline(never)]
pub(crate) fn agencies<'a>(tokens: &Tokens<'a>) -> Vec<Agency<'a>> {
    let text = tokens.text();
    let words = Words::new(tokens);
    let mut out = Agencies::new(text);
    // Read once, and only for a bare branch: most texts name none.
    let police_work = std::cell::OnceCell::new();
    // The words of the last name found.
    let mut name: Vec<Word> = Vec::with_capacity(NAME_WORDS);
    // The first token after the last name found: a name never reaches
    // back into the one before (`... Bureau police detachment`).
    let mut floor = 0;
    // The last short line read for navigation, and what it was.
    let mut navigation = None;
    let bytes = text.as_bytes();
    // The tokens to stop at: agency head words and agency vocabulary
    // (`police`, `Police`, `Guard`), by their lexicon classes.
    let stop = |t: &Token| {
        let starts = t.starts();
        starts.has(Class::AgencyHead) || starts.has(Class::AgencyVocabulary)
    };
    for (k, t) in tokens.listed_where(stop) {
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
        // `the Public Security Administration Punishment Law`: a head in a
        // law's name is no body; `the World Customs Organization`, `the
        // Police Sports Association`: nor one before an institution's noun.
        if names_law(&words, word, text) || institution_after(&words, word) {
            continue;
        }
        // `Anti-Fraud Center`, `Anti-Drug Headquarters`, `Public Security
        // Command Center`: a centre or a headquarters is a body's only
        // against a crime or as the police's command.
        let centre = ["center", "centre", "headquarters"]
            .iter()
            .any(|c| word.str(text).eq_ignore_ascii_case(c));
        if centre && !campaign_before(&words, word) {
            continue;
        }
        let complement_end = extend(&words, word, floor, &mut name);
        floor = name.last().map_or(floor, |last| last.last() + 1);
        // `Home > Government Affairs > Public Security Bureau > News`: a
        // site's menu names its sections, no body that acted.
        if on_navigation_line(text, word.start(), &mut navigation) {
            continue;
        }
        // `the Shenzhen Public Security Bureau's Futian Branch`: a unit of
        // a body named right before it is an enforcement body too.
        let owned = name
            .first()
            .filter(|&&first| may_follow_possessive(&words, first))
            .and_then(|&first| words.before(first))
            .is_some_and(|owner| is_possessive(owner) && is_head(owner))
            // (An office of a body may do anything: `the Department's
            // Anti-Illegal Office` is not surely one that enforces.)
            && !word.str(text).eq_ignore_ascii_case("office");
        // `the Wuxi Anti-Fraud Center`, `the Anti-Fraud Centre of Hainan
        // Province`: a centre needs its place (`the anti-fraud centre` is
        // any).
        if centre && !placed_centre(text, &name, word) {
            // (The body its `of` names is read on its own.)
            floor = word.last() + 1;
            continue;
        }
        // `the household registration brigade of the X Bureau`: a lowercase
        // unit whose field is words no agency vocabulary reads is no name
        // of its own (the body of its `of` is read below).
        let unread_field = name.first().is_some_and(|&first| {
            first.start() == word.start() && !word.has(UPPER) && field_before(&words, word)
        });
        // `the Jiangdu Branch arrested ...`: a bare branch of the police.
        let owned = owned
            || (bare_branch(text, &name) && *police_work.get_or_init(|| speaks_of_police(tokens)));
        // `the Traffic Police Department of the Ministry of Public Security
        // of Laos`: a chain cut before its last `of` names no
        // body as written (the body of its `of` is read below).
        let body = of_body(text, &name, complement_end);
        let cut = body
            .and_then(|(j, end)| name.get(j..end))
            .is_some_and(|rest| rest.iter().any(|x| x.has(HEAD)))
            && complement_end.is_some()
            && cut_before_of(&words, &name);
        // (Its last body is read again on its own, with the `of` after it.
        // Most names are not cut: their words are not looked at.)
        if let Some(last_of) = cut
            .then(|| name.iter().rposition(|w| w.str(text) == "of"))
            .flatten()
        {
            floor = name.get(last_of + 1).map_or(floor, |w| w.first());
        }
        // `the economic crime investigation department of the Lishui Public
        // Security Bureau` (or `of the MPS`): a lowercase unit of the body
        // its `of` names, by its name or its initials, is a part of that
        // body, no name of its own (the body is read below).
        let initials = |x: &Word| {
            let s = x.str(text);
            (2..=5).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
        };
        let lower_unit = !word.has(UPPER)
            && name.first().is_some_and(|f| !f.has(UPPER))
            && body
                .and_then(|(j, end)| name.get(j..end))
                .is_some_and(|rest| rest.iter().any(|x| x.has(HEAD) || initials(x)));
        if !unread_field && !cut && !lower_unit {
            push(text, &name, owned, &mut out);
            // `Yinchuan Municipal Public Security Bureau Xingqing District
            // Sub-bureau Daxin police station`: a chain written without
            // `of` opens with its formal body, an agency of its own.
            if let Some(end) = chain_body_end(text, &name) {
                push(text, &name[..=end], false, &mut out);
            }
        }
        // `brigade of the Public Security Bureau of Fengxi County`: the body
        // named in the complement is an agency of its own.
        if let Some((j, end)) = body {
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

/// The index of the word that ends the formal body opening a chain of
/// units written without `of`: an inner `Public Security Bureau` or
/// `Public Security Department` with a capitalized unit after it
/// (`... Bureau Xingqing District Sub-bureau`, `... Department News
/// Office`).
/// A body with no place (`Provincial Public Security Bureau Traffic Police
/// Corps`) is no name of its own.
fn chain_body_end(text: &str, name: &[Word]) -> Option<usize> {
    const LEVELS: [&str; 5] = ["city", "county", "district", "municipal", "provincial"];
    // (A chain needs four words: most names are read no further.)
    if name.len() < 4 {
        return None;
    }
    let placed = name
        .first()
        .is_some_and(|w| !LEVELS.iter().any(|l| w.str(text).eq_ignore_ascii_case(l)));
    (2..name.len() - 1).filter(|_| placed).find(|&i| {
        let head = name[i].str(text);
        // (`bureau` and `department` are head words: a word without
        // the flag is neither, and is not spelled out.)
        name[i].has(HEAD)
            && (head.eq_ignore_ascii_case("bureau") || head.eq_ignore_ascii_case("department"))
            && name[i - 1].str(text).eq_ignore_ascii_case("security")
            && name[i - 2].str(text).eq_ignore_ascii_case("public")
            && name[i + 1].has(CAPITALIZED)
    })
}

/// Whether the head `head` is part of a law's name: `Law` or `Regulations`
/// follows it, maybe past a word of the law's subject (`Punishment Law`).
fn names_law(words: &Words<'_, '_>, head: Word, text: &str) -> bool {
    const LAW: [&str; 5] = ["Law", "Laws", "Regulation", "Regulations", "Act"];
    const SUBJECT: [&str; 4] = ["Punishment", "Penalties", "Penalty", "Procedure"];
    // Every word of both lists opens with a capital of its own: a head
    // followed by a token that opens with none of them is no law's, told
    // without reading the word after it.
    let opens = |b: u8| LAW.iter().chain(&SUBJECT).any(|w| w.as_bytes()[0] == b);
    let next_token = words.tokens.all().get(head.last() + 1);
    if !next_token.is_some_and(|t| opens(text.as_bytes()[t.start()])) {
        return false;
    }
    let Some(next) = words.after(head) else {
        return false;
    };
    LAW.contains(&next.str(text))
        || (SUBJECT.contains(&next.str(text))
            && words
                .after(next)
                .is_some_and(|law| LAW.contains(&law.str(text))))
}

/// Where in `name` the body its first inner `of` names starts (past
/// `the`) and ends (the complement's end, else the name's): `brigade of
/// the Public Security Bureau of Fengxi County`.
fn of_body(text: &str, name: &[Word], complement_end: Option<usize>) -> Option<(usize, usize)> {
    let inner = name
        .get(1..name.len().saturating_sub(1))
        .unwrap_or_default();
    let of = inner.iter().position(|w| w.str(text) == "of")?;
    let mut j = of + 2;
    if name[j].str(text).eq_ignore_ascii_case("the") {
        j += 1;
    }
    let end = complement_end.map_or(name.len(), |e| e + 1);
    Some((j, end))
}

/// Whether the name `name` stops right before an `of` and a capitalized
/// word (maybe past `the`) that it did not take in.
fn cut_before_of(words: &Words<'_, '_>, name: &[Word]) -> bool {
    let text = words.text;
    let Some(of) = name.last().and_then(|&last| words.after(last)) else {
        return false;
    };
    let next = words
        .after(of)
        .filter(|the| !the.str(text).eq_ignore_ascii_case("the"))
        .or_else(|| words.after(of).and_then(|the| words.after(the)));
    of.str(text) == "of" && next.is_some_and(|n| n.has(UPPER))
}

/// Whether the word right before the lowercase head `head` is a lowercase
/// word that modifies it (`registration` in `household registration
/// brigade`), not a determiner or a word of another phrase.
fn field_before(words: &Words<'_, '_>, head: Word) -> bool {
    const DETERMINERS: &[&str] = &[
        "a", "an", "and", "by", "each", "every", "from", "his", "its", "of", "our", "the", "their",
        "this", "that", "to", "whose", "with",
    ];
    head.has(ADJACENT)
        && words.before(head).is_some_and(|prev| {
            let s = prev.str(words.text);
            s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !DETERMINERS.contains(&s)
        })
}

/// The longest line read as site navigation: the line around a head is
/// looked for this far each way, so each head costs a bounded look.
const NAVIGATION_LINE: usize = 160;

/// Whether the byte `at` is on a short line of site navigation
/// (breadcrumbs, a menu: [`crate::record::meta::is_navigation`]). `last`
/// keeps the last line read (its bounds and the answer): the heads of one
/// line read it once.
fn on_navigation_line(text: &str, at: usize, last: &mut Option<(usize, usize, bool)>) -> bool {
    let b = text.as_bytes();
    let from = at.saturating_sub(NAVIGATION_LINE);
    let start = match memchr::memrchr(b'\n', &b[from..at]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let to = (at + NAVIGATION_LINE).min(b.len());
    let end = match memchr::memchr(b'\n', &b[at..to]) {
        Some(i) => at + i,
        None if to == b.len() => to,
        None => return false,
    };
    if let Some((s, e, navigation)) = *last {
        if (s, e) == (start, end) {
            return navigation;
        }
    }
    // (Both ends are at a newline or the text's ends: char boundaries.)
    let line = text[start..end].trim_end_matches('\r');
    // `Source: Jilin Provincial Public Security Department | Release date:
    // ...`: header fields split by bars are no menu.
    let fields = memchr::memchr(b':', line.as_bytes()).is_some() || line.contains('：');
    let navigation = !fields && crate::record::meta::is_navigation(line);
    *last = Some((start, end, navigation));
    navigation
}

/// Whether `hay` starts with `prefix` (lowercase ASCII), ignoring ASCII case.
fn starts_ci(hay: &str, prefix: &str) -> bool {
    hay.as_bytes()
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

#[cfg(test)]
mod tests;
