//! What people were charged with or held for: the thing of their crime
//! (`suspected of smuggling fuel worth ...`), no seizure.

use super::*;

/// Whether the words before `item` say what people are suspected or
/// accused of (`a gang suspected of smuggling`, `men accused of
/// selling`), reading past one gerund, or `item` opens with that `of`.
/// (Only people or a group: the cargo of `a ship suspected of
/// smuggling` is still the ship's.)
pub(in crate::record::bind) fn charged_with(w: &Words<'_, '_>, item: &str) -> bool {
    let text = w.text();
    let at = start_of(text, item);
    let mut end = skip_back_spaces(text, at, 0);
    let mut word = ascii_word_before(text, end);
    if held_for(w, item, end, word) {
        return true;
    }
    if starts_ignore_case(item.as_bytes(), b"of ") {
        (end, word) = (at + 2, &item[..2]);
    } else if word.len() > 3 && word.ends_with("ing") {
        end = skip_back_spaces(text, end - word.len(), 0);
        word = ascii_word_before(text, end);
    }
    if !word.eq_ignore_ascii_case("of") {
        return false;
    }
    let end = skip_back_spaces(text, end - word.len(), 0);
    let charge = ascii_word_before(text, end);
    let end = skip_back_spaces(text, end - charge.len(), 0);
    let who = ascii_word_before(text, end);
    if who.is_empty() {
        return false;
    }
    ["suspected", "accused"]
        .iter()
        .any(|w| charge.eq_ignore_ascii_case(w))
        && names_people(w, who)
}

/// `held 12 men for smuggling frozen pork worth 8 million
/// yuan`, `were arrested for selling fake liquor worth ...`: `for` and a
/// gerund (the item's first word, or the word before it at `end`, or the
/// item opening with `for` and a gerund) after
/// people or a verb of holding them say what they were held for.
fn held_for(w: &Words<'_, '_>, item: &str, end: usize, before: &str) -> bool {
    const HELD: [&str; 8] = [
        "arrested",
        "caught",
        "charged",
        "convicted",
        "detained",
        "held",
        "jailed",
        "sentenced",
    ];
    let text = w.text();
    let gerund = |g: &str| g.len() > 4 && g.ends_with("ing");
    let mut words = item.split(' ');
    let first = words.next().unwrap_or("");
    let for_end = if gerund(first) {
        end
    } else if first.eq_ignore_ascii_case("for") && words.next().is_some_and(gerund) {
        // (`for smuggling cigarettes` read as the item itself.)
        start_of(text, item) + 3
    } else if gerund(before) {
        skip_back_spaces(text, end - before.len(), 0)
    } else {
        return false;
    };
    if !ascii_word_before(text, for_end).eq_ignore_ascii_case("for") {
        return false;
    }
    let who = ascii_word_before(text, skip_back_spaces(text, for_end - 3, 0));
    HELD.iter().any(|h| who.eq_ignore_ascii_case(h)) || names_people(w, who)
}

/// Whether `who` is a word of people or a group of them.
fn names_people(w: &Words<'_, '_>, who: &str) -> bool {
    ["man", "woman", "person", "couple", "group", "syndicate"]
        .iter()
        .any(|p| who.eq_ignore_ascii_case(p))
        || noun_class(w, who).is_some_and(|c| {
            matches!(
                c,
                Noun::Person
                    | Noun::Generic
                    | Noun::Fugitive
                    | Noun::Gang
                    | Noun::Trader
                    | Noun::Offender
                    | Noun::Victim
            )
        })
}

/// `40 cases with contraband valued at 2 million yuan`, `cases involving
/// goods worth ...`: whether `item` (a slice of `text`) follows `cases
/// with` or `cases involving`: what the cases hold, not a thing taken.
pub(in crate::record::bind) fn held_by_cases(text: &str, item: &str) -> bool {
    let at = start_of(text, item);
    let end = skip_back_spaces(text, at, 0);
    let link = ascii_word_before(text, end);
    if !["with", "involving"]
        .iter()
        .any(|l| link.eq_ignore_ascii_case(l))
    {
        return false;
    }
    let end = skip_back_spaces(text, end - link.len(), 0);
    let cases = ascii_word_before(text, end);
    ["case", "cases"]
        .iter()
        .any(|c| cases.eq_ignore_ascii_case(c))
}
