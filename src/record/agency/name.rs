//! Growing a name from its head word: back over capitalized words (and an
//! `and` between them, `Cyber Security and Technology Crime Bureau`) and
//! agency vocabulary, forward over an `of ...` complement and a trailing
//! sub-unit (`... Bureau Xinqiao branch`), each way at most
//! [`MAX_REACH`] words; and `X marine police`, `the X police force`.

use super::*;

/// `dandong` before `city`: a lowercase place name, as machine
/// translations write them.
pub(super) fn is_lowercase_place(text: &str, word: Word, next: Word) -> bool {
    let (w, next) = (word.str(text), next.str(text));
    LEVELS.iter().any(|l| next.eq_ignore_ascii_case(l))
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PLACE.contains(&w)
        && !is_vocabulary(word)
}

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
/// word before token `floor` and at most [`MAX_REACH`] words either way.
pub(super) fn extend(words: &Words<'_, '_>, h: Word, floor: usize, name: &mut Vec<Word>) {
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
            // The last word of the complement, its place and the word before it.
            let mut end: Option<(Word, usize, Word)> = None;
            let mut proper = false;
            while let Some(x) = j {
                let xs = w(x);
                let end_head = end.map(|(e, _, _)| is_head(e));
                // A nested `of` only after a head: `Bureau of the Ministry of ...`.
                let nested_of = xs == "of" && end_head == Some(true);
                let joiner = xs == "and"
                    && end_head == Some(false)
                    && j_at < MAX_REACH
                    && words.next(x).is_some_and(is_capitalized);
                let proper_possessive = is_possessive(x) && x.has(UPPER);
                let capitalized = is_capitalized(x);
                if capitalized || proper_possessive || is_vocabulary(x) || nested_of || joiner {
                    if xs != "of" && xs != "and" {
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
            if let Some(h2) = common.filter(|&h2| is_head(h2) && h2.has(UPPER)) {
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
        while let Some(x) = j.filter(|&x| (is_capitalized(x) || is_vocabulary(x)) && !is_head(x)) {
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
        name.reverse();
        grow_back(words, floor, name);
        name.reverse();
    }
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
        // Customs` are two places' customs).
        let joined = (w(prev) == "and" && is_capitalized(first) && name.len() >= 3)
            .then(|| words.before(prev))
            .flatten()
            .filter(|&pp| pp.first() >= floor && is_capitalized(pp) && !is_head(pp));
        if is_capitalized(prev) || is_vocabulary(prev) {
            first = prev;
            name.push(prev);
        } else if let Some(pp) = joined {
            name.push(prev);
            name.push(pp);
            first = pp;
        } else if is_lowercase_place(text, prev, first) {
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
