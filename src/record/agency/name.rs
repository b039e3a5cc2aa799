//! Growing a name from its head word: back over capitalized words (and an
//! `and` between them, `Cyber Security and Technology Crime Bureau`) and
//! agency vocabulary, forward over an `of ...` complement and a trailing
//! sub-unit (`... Bureau Xinqiao branch`), each way at most
//! [`MAX_REACH`] words; and `X marine police`, `the X police force`.

use super::*;

/// `dandong` before `city`, `wenshan` before `Municipal`: a lowercase
/// place name, as machine translations write them, before a level word or
/// a level's adjective. Before an adjective or a capitalized level, a
/// name's place opens its phrase: after a determiner or a preposition
/// (`the honghe Municipal ...`) or a mark, not after another word (`the
/// team joined Municipal ...`, `the bureau said County ...` hold no
/// place). Before a lowercase level the translation lowercased both, and
/// the place may follow any word (`learned that lanxi county ...`).
pub(super) fn is_lowercase_place(words: &Words<'_, '_>, word: Word, next: Word) -> bool {
    const ADJECTIVES: [&str; 2] = ["municipal", "provincial"];
    let text = words.text;
    let (w, next) = (word.str(text), next.str(text));
    // (Read last: most words before a name are before no level word, and
    // the word before this one is not built for them.)
    let opens = || {
        let mixed = ADJECTIVES.iter().any(|a| next.eq_ignore_ascii_case(a))
            || next.starts_with(|c: char| c.is_ascii_uppercase());
        !mixed
            || words.before(word).map_or(true, |b| {
                let b = b.str(text);
                NOT_PLACE.iter().any(|d| b.eq_ignore_ascii_case(d))
            })
    };
    LEVELS
        .iter()
        .chain(&ADJECTIVES)
        .any(|l| next.eq_ignore_ascii_case(l))
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PLACE.contains(&w)
        && !is_vocabulary(word)
        && opens()
}

/// Lowercase parts of a country, before its possessive (`south China's`).
const COMPASS: [&str; 9] = [
    "central",
    "east",
    "north",
    "northeast",
    "northwest",
    "south",
    "southeast",
    "southwest",
    "west",
];

/// Lowercase kinds of police force (`Dongtai traffic police`).
pub(super) const POLICE_KINDS: &[&str] = &[
    "armed", "border", "forest", "marine", "maritime", "patrol", "railway", "traffic",
];

/// A force named by its place and the lowercase word `police` (`p`):
/// `Guangdong marine police`, `the Harbin police force`, `Suizhou police
/// authorities`. Without a kind or a `force`/`authorities` after it, `X
/// police` is too often just "the police of X" to be listed. The name
/// takes in no word before token `floor`; its words go to `name`.
pub(super) fn place_police(
    words: &Words<'_, '_>,
    p: Word,
    floor: usize,
    name: &mut Vec<Word>,
) -> bool {
    let text = words.text;
    let before = |w: Word| words.before(w).filter(|prev| prev.first() >= floor);
    // From `p` back, turned round below; each word before read once.
    name.clear();
    name.push(p);
    let mut prev = before(p);
    let mut kind = false;
    while let Some(w) = prev.filter(|w| POLICE_KINDS.contains(&w.str(text))) {
        kind = true;
        name.push(w);
        prev = before(w);
    }
    let next = words.after(p);
    // `District traffic police brigade`: the head word makes the name.
    // (`force` lowercase is its tail: `Guangdong marine police force`.)
    if next.is_some_and(|n| is_head(n) && n.str(text) != "force") {
        return false;
    }
    let tail = next.filter(|next| matches!(next.str(text), "force" | "authorities"));
    // Without a kind or a tail, no place makes a name: none is read.
    if !(kind || tail.is_some()) {
        return false;
    }
    let mut places = 0;
    while places < 3 {
        let Some(w) = prev.filter(|&w| is_capitalized(w) && !is_head(w)) else {
            break;
        };
        // `County traffic police`: a level alone names no place.
        if !LEVELS.iter().any(|l| w.str(text).eq_ignore_ascii_case(l)) {
            places += 1;
        }
        name.push(w);
        prev = before(w);
    }
    if places == 0 {
        return false;
    }
    name.reverse();
    name.extend(tail);
    true
}

/// The words after a head word, each read once as a name grows: `name`
/// holds the name's words up to the head, then the words after it that
/// have been read.
pub(super) struct Ahead<'n, 'w, 't, 'a> {
    words: &'w Words<'t, 'a>,
    name: &'n mut Vec<Word>,
    /// Where the head is in `name`.
    head: usize,
    /// Whether the run of words with only spaces between has ended.
    ended: bool,
}

impl Ahead<'_, '_, '_, '_> {
    /// The word `at` words after the head, if only spaces separate the
    /// words up to it and it is within [`MAX_REACH`].
    pub(super) fn at(&mut self, at: usize) -> Option<Word> {
        if at > MAX_REACH {
            return None;
        }
        while self.name.len() <= self.head + at {
            let last = *self.name.last()?;
            let next = if self.ended {
                None
            } else {
                self.words.after(last)
            };
            let Some(next) = next else {
                self.ended = true;
                return None;
            };
            self.name.push(next);
        }
        self.name.get(self.head + at).copied()
    }
}

/// The words of the name around the head `h` into `name`, taking in no
/// word before token `floor` and at most [`MAX_REACH`] words either way;
/// where in `name` its complement (`of ...`) ends, if it has one.
pub(super) fn extend(
    words: &Words<'_, '_>,
    h: Word,
    floor: usize,
    name: &mut Vec<Word>,
) -> Option<usize> {
    let text = words.text;
    let w = |x: Word| x.str(text);
    // From `h` back, turned round below.
    name.clear();
    name.push(h);
    grow_back(words, floor, name);
    name.reverse();
    // Forward, every word is counted from `h`.
    let head = name.len() - 1;
    let mut ahead = Ahead {
        words,
        name,
        head,
        ended: false,
    };
    let mut last = h;
    let mut last_at = 0;
    let mut complemented = false;
    let mut complement_end = None;
    loop {
        if is_possessive(last) {
            break;
        }
        let k_at = last_at + 1;
        let Some(k) = ahead.at(k_at) else {
            break;
        };
        // `... of (the) Ministry of Public Security`, `of Jiangxi Province`,
        // `for Market Regulation`, `Against Corruption`: one complement,
        // proper or `public security`.
        if !complemented && (w(k) == "of" || w(k) == "for" || w(k) == "Against") {
            let mut j_at = k_at + 1;
            let mut j = ahead.at(j_at);
            let mut prev = k;
            if let Some(the) = j.filter(|&the| w(the).eq_ignore_ascii_case("the")) {
                j_at += 1;
                j = ahead.at(j_at);
                prev = the;
            }
            // `of south China's Guangdong Province`: a part of China, its
            // possessive, then the place.
            if let Some(china) = j
                .filter(|&c| COMPASS.contains(&w(c)))
                .and_then(|_| ahead.at(j_at + 1))
                .filter(|&x| is_possessive(x) && x.has(UPPER))
                .filter(|_| ahead.at(j_at + 2).is_some_and(is_capitalized))
            {
                j_at += 2;
                j = ahead.at(j_at);
                prev = china;
            }
            // The last word of the complement, its place and the word before it.
            let mut end: Option<(Word, usize, Word)> = None;
            let mut proper = false;
            while let Some(x) = j {
                let xs = w(x);
                let end_head = end.map(|(e, _, _)| is_head(e));
                // A nested `of` only after a head: `Bureau of the Ministry of ...`.
                let nested_of = xs == "of" && end_head == Some(true);
                // (And its `the`: `Bureau of the Ministry of the Interior`.)
                let nested_the = xs.eq_ignore_ascii_case("the")
                    && w(prev) == "of"
                    && words.next(x).is_some_and(is_capitalized);
                // (`Ministry of Transport and Ministry of Public Security`,
                // `... and Haidian Public Security Bureau`: capitals after
                // `and` that reach a head are a second body's name.)
                let joiner = xs == "and"
                    && end_head == Some(false)
                    && j_at < MAX_REACH
                    && words.next(x).is_some_and(is_capitalized)
                    && !std::iter::successors(words.next(x), |&y| words.next(y))
                        .take(6)
                        .take_while(|&y| is_capitalized(y))
                        .any(is_head);
                // `... of Zhejiang Province Launches ...`, `... of Customs
                // Spokesperson ...`: a headline's verb or a title ends it.
                if ends_name(xs) {
                    break;
                }
                // `Ministry of Public Security Narcotics Control Bureau`:
                // `public security` names a field, not a body; the words
                // after it are a unit of the ministry, unless a head makes
                // them the body's own name (`of Public Security Bureau`).
                let after_public_security = end.is_some_and(|(e, _, before)| {
                    w(e).eq_ignore_ascii_case("security")
                        && w(before).eq_ignore_ascii_case("public")
                }) && !is_head(x);
                if after_public_security {
                    break;
                }
                let proper_possessive = is_possessive(x) && x.has(UPPER);
                let capitalized = is_capitalized(x);
                if capitalized
                    || proper_possessive
                    || is_vocabulary(x)
                    || nested_of
                    || nested_the
                    || joiner
                {
                    if xs != "of" && xs != "and" && !nested_the {
                        end = Some((x, j_at, prev));
                        proper |= capitalized || proper_possessive;
                    }
                    prev = x;
                    j_at += 1;
                    j = ahead.at(j_at);
                    if is_possessive(x) {
                        break;
                    }
                } else {
                    break;
                }
            }
            let public_security = end.is_some_and(|(e, _, before)| {
                w(e).eq_ignore_ascii_case("security") && w(before).eq_ignore_ascii_case("public")
            });
            match end {
                Some((e, e_at, _)) if proper || public_security => {
                    last = e;
                    last_at = e_at;
                    complemented = true;
                    complement_end = Some(e_at);
                    continue;
                }
                _ => break,
            }
        }
        // `Customs and Excise Department`: an enforcement head joined to a
        // word that names no body alone, before their common head.
        if w(k) == "and" && last_at == 0 && last.has(ENFORCEMENT_WORD) {
            let joined = ahead
                .at(k_at + 1)
                .filter(|&x| is_capitalized(x) && !is_head(x) && !x.has(ENFORCEMENT_WORD));
            let common = joined.and_then(|_| ahead.at(k_at + 2));
            // (`Gongbei Customs and Huangpu Customs`: the same head twice
            // names two bodies.)
            let same = |h2: Word| w(h2).eq_ignore_ascii_case(w(last));
            if let Some(h2) = common.filter(|&h2| is_head(h2) && h2.has(UPPER) && !same(h2)) {
                last = h2;
                last_at = k_at + 2;
                continue;
            }
        }
        // `... Bureau Xinqiao branch`, `... Bureau Traffic Police Corps`:
        // a sub-unit with a proper name, or of agency words alone
        // (`... Customs anti smuggling bureau`, `... bureau traffic security
        // branch`).
        let mut j = Some(k);
        let mut j_at = k_at;
        let mut proper = false;
        // `... Bureau police detachment` is a unit of its own.
        let mut police = false;
        while let Some(x) = j
            .filter(|&x| (is_capitalized(x) || is_vocabulary(x)) && !is_head(x) && !ends_name(w(x)))
        {
            proper |= is_capitalized(x);
            police |= w(x).eq_ignore_ascii_case("police");
            j_at += 1;
            j = ahead.at(j_at);
        }
        if let Some(unit_head) = j.filter(|&x| (proper || !police) && j_at > k_at && is_head(x)) {
            last = unit_head;
            last_at = j_at;
            continue;
        }
        // `Huangpu Customs District`: a customs district is the customs'
        // own name.
        let district = w(last).eq_ignore_ascii_case("customs") && w(k) == "District";
        if (is_head(k) || district) && k.has(UPPER) {
            last = k;
            last_at = k_at;
            continue;
        }
        break;
    }
    name.truncate(head + last_at + 1);
    // `Production and Construction Corps Public Security Bureau`: a name
    // that grew on to a later head may now be long enough to take in the
    // words joined by `and` before it.
    let proper_run = || name[head + 1..].iter().all(|&x| is_capitalized(x));
    if last_at >= 2 && head < 3 && proper_run() {
        let len = name.len();
        name.reverse();
        grow_back(words, floor, name);
        name.reverse();
        let grown = name.len() - len;
        return complement_end.map(|at| grown + head + at);
    }
    complement_end.map(|at| head + at)
}

/// Grow `name`, its words from the last back, back over the words before
/// it that belong to the name, taking in no word before token `floor`.
fn grow_back(words: &Words<'_, '_>, floor: usize, name: &mut Vec<Word>) {
    let text = words.text;
    let w = |x: Word| x.str(text);
    let Some(&(mut first)) = name.last() else {
        return;
    };
    while name.len() <= MAX_REACH {
        let Some(prev) = words.before(first).filter(|prev| prev.first() >= floor) else {
            break;
        };
        // `Cyber Security and Technology Crime Bureau`, `Production and
        // Construction Corps ... Bureau`: `and` between capitalized words
        // that are no head (`... Bureau and the ...` joins two bodies),
        // two words or more before the head (`Nanjing and Huangpu
        // Customs` are two places' customs), or one after a field of
        // enforcement (`Organized Crime and Triad Bureau`).
        let joined = (w(prev) == "and" && is_capitalized(first))
            .then(|| words.before(prev))
            .flatten()
            .filter(|&pp| pp.first() >= floor && is_capitalized(pp) && !is_head(pp))
            .filter(|&pp| name.len() >= 3 || pp.has(ENFORCEMENT_WORD));
        if is_capitalized(prev) || is_vocabulary(prev) {
            first = prev;
            name.push(prev);
        } else if let Some(pp) = joined {
            name.push(prev);
            name.push(pp);
            first = pp;
            // `Food, Drug and Environmental Crime ... Corps`: the list's
            // items before, each with its comma.
            while let Some(item) = words.listed_before(first).filter(|x| x.first() >= floor) {
                name.push(item);
                first = item;
            }
        } else if is_lowercase_place(words, prev, first) {
            name.push(prev);
            break;
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lex::Tokens;

    fn names(text: &str) -> Vec<String> {
        super::super::agencies(&Tokens::new(text))
            .iter()
            .map(|a| a.name.to_string())
            .collect()
    }

    /// The names found, one per line.
    fn list(text: &str) -> String {
        names(text).join("\n")
    }

    #[test]
    fn a_unit_named_by_a_list_of_fields() {
        insta::assert_snapshot!(list("The Food, Drug and Environmental Crime Investigation Corps of the Linyi Public Security Bureau met."), @"
        Food, Drug and Environmental Crime Investigation Corps of the Linyi Public Security Bureau
        Linyi Public Security Bureau
        ");
        insta::assert_snapshot!(list("In Linyi, Drug and Crime Investigation Corps officers met."), @"Drug and Crime Investigation Corps");
    }

    #[test]
    fn a_lowercase_unit_of_economic_crime_is_part_of_its_body() {
        insta::assert_snapshot!(list("The economic crime investigation department of the Lishui Public Security Bureau met."), @"Lishui Public Security Bureau");
        insta::assert_snapshot!(list("Lishui police fight economic crime. The Cyber Crime Bureau met."), @"Cyber Crime Bureau");
    }

    #[test]
    fn a_headline_verb_or_a_title_ends_a_name() {
        insta::assert_snapshot!(list("Ministry of Public Security Convenes Meeting on Road Safety"), @"Ministry of Public Security");
        insta::assert_snapshot!(list("Public Security Department of Hunan Province Launches Winter Campaign"), @"Public Security Department of Hunan Province");
        insta::assert_snapshot!(list("General Administration of Customs Releases Anti-Smuggling Figures"), @"General Administration of Customs");
        insta::assert_snapshot!(list("Public Security Department of Hunan Province Spokesperson Zhou Min said"), @"Public Security Department of Hunan Province");
        insta::assert_snapshot!(list("Ministry of Public Security Spokesman Wang Tao said"), @"Ministry of Public Security");
        // A capitalized word that is no verb nor title still joins the name.
        insta::assert_snapshot!(list("the Criminal Investigation Bureau of the Ministry of Public Security said"), @"
        Criminal Investigation Bureau of the Ministry of Public Security
        Ministry of Public Security
        ");
    }

    #[test]
    fn a_chain_cut_before_its_last_of_leaves_its_body() {
        insta::assert_snapshot!(list("the Traffic Police Department of the Ministry of Public Security of Laos reported"), @"Ministry of Public Security");
        // (A ministry of another field is no enforcement body.)
        insta::assert_snapshot!(list("the Coast Guard Department of the Ministry of the Navy of the Republic of Palau met"), @"");
        // A chain read to its end stays one name.
        insta::assert_snapshot!(list("the Coast Guard Department of the Ministry of the Navy met"), @"Coast Guard Department of the Ministry of the Navy");
        insta::assert_snapshot!(list("the Ministry of Public Security of Laos reported"), @"Ministry of Public Security");
    }

    #[test]
    fn a_head_before_an_institution_names_no_body() {
        insta::assert_snapshot!(list("It joined the World Customs Organization and the Police Sports Association."), @"");
        insta::assert_snapshot!(list("Jiangbei Customs officers met at the Customs Museum."), @"Jiangbei Customs");
        insta::assert_snapshot!(list("The Zambia Endangered Species Trade and Export Licensing Office met."), @"Zambia Endangered Species Trade and Export Licensing Office");
    }

    #[test]
    fn a_unit_named_after_public_security_leaves_its_ministry_a_body() {
        insta::assert_snapshot!(list("the Ministry of Public Security Criminal Investigation Bureau said"), @"
        Ministry of Public Security Criminal Investigation Bureau
        Ministry of Public Security
        ");
        // A head right after `Public Security` is the body's own name.
        insta::assert_snapshot!(list("the Traffic Brigade of Public Security Bureau of Rong County said"), @"
        Traffic Brigade of Public Security Bureau of Rong County
        Public Security Bureau of Rong County
        ");
    }

    #[test]
    fn the_same_head_twice_names_two_bodies() {
        insta::assert_snapshot!(list("Xiamen Customs and Fuzhou Customs seized 2 tons of beef."), @"
        Xiamen Customs
        Fuzhou Customs
        ");
        insta::assert_snapshot!(list("the Hong Kong Customs and Excise Department said"), @"Hong Kong Customs and Excise Department");
    }

    #[test]
    fn a_field_of_enforcement_joined_by_and() {
        insta::assert_snapshot!(list("The case went to the Narcotics and Smuggling Bureau and the Serious Crime and Triad Bureau."), @"
        Narcotics and Smuggling Bureau
        Serious Crime and Triad Bureau
        ");
        insta::assert_snapshot!(list("The Xiamen General Station of Exit and Entry Frontier Inspection said"), @"Xiamen General Station of Exit and Entry Frontier Inspection");
    }

    #[test]
    fn and_inside_a_name_before_its_head() {
        assert_eq!(
            names("The Commercial Crime Bureau and the Cyber Security and Technology Crime Bureau acted."),
            ["Commercial Crime Bureau", "Cyber Security and Technology Crime Bureau"]
        );
        // Two places' bodies, named once, stay apart.
        assert_eq!(
            names("Nanjing and Huangpu Customs filed the cases."),
            ["Huangpu Customs"]
        );
        // An enforcement head and a word that names no body, before their
        // common head, are one body.
        assert_eq!(
            names("Officers of the Customs and Excise Department and the Public Security Bureau and Transport Bureau met."),
            ["Customs and Excise Department", "Public Security Bureau"]
        );
        // A name that runs on from one head to the next is one body.
        assert_eq!(
            names("The Xinjiang Production and Construction Corps Public Security Bureau acted."),
            ["Xinjiang Production and Construction Corps Public Security Bureau"]
        );
        assert_eq!(
            names("Nanjing and Huangpu Customs District filed the cases."),
            ["Huangpu Customs District"]
        );
    }
}
