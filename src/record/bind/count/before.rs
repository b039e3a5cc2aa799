//! The words right before a number that say what it is not, or whose
//! noun it takes: people an arrest takes, things counted already, a
//! baseline, a passive of its own, an item in a table's cell, a noun
//! before the number that it counts.

use super::*;

/// Whether a noun of `class` counts people, whom a verb of arrest takes.
pub(super) fn takes_people(class: Option<Noun>) -> bool {
    matches!(
        class,
        Some(Noun::Person | Noun::Generic | Noun::Fugitive | Noun::Offender | Noun::Trader)
    )
}

/// `arrested 16 suspects in the two cases`, `from the 30 guns`: a number
/// after `the` after a preposition names things already counted. (Not
/// after `of`: `61 of the 195 suspects` is read as a part elsewhere, and
/// its noun carries on; nor after `among`: `Among the 200 people
/// questioned, ...` states its total.)
pub(super) fn refers_back(text: &str, gap: usize, prev: &str) -> bool {
    if !prev.eq_ignore_ascii_case("the") {
        return false;
    }
    let before = ascii_word_before(text, skip_back_spaces(text, gap - prev.len(), 0));
    ["at", "from", "in", "into", "on"]
        .iter()
        .any(|p| before.eq_ignore_ascii_case(p))
}

/// Whether the number after `prev` (which ends at `gap`) is what a count is
/// compared with, not a count: `compared with 2,800 cases last year`,
/// `compare with 2014 (from 138,692)`, `as against 960`.
pub(super) fn is_baseline(text: &str, gap: usize, prev: &str) -> bool {
    let before = skip_back_spaces(text, gap - prev.len(), 0);
    // (The word before `prev` is read only after one of these.)
    let word = || ascii_word_before(text, before);
    let is = |w: &str, xs: &[&str]| xs.iter().any(|x| w.eq_ignore_ascii_case(x));
    match () {
        _ if is(prev, &["with", "to"]) => is(word(), &["compared", "compare", "comparing"]),
        _ if is(prev, &["against"]) => is(word(), &["as"]),
        // (`(from 138,692)`: a baseline in parentheses.)
        _ if is(prev, &["from"]) => text[..before].ends_with('('),
        _ => false,
    }
}

/// Whether `prev`, the word before a number (its spaces from `gap`), is a
/// passive participle after `were`, `was` or `been`: `cases were solved
/// 43`.
pub(super) fn passive_before(w: &Words<'_, '_>, prev: &str, gap: usize) -> bool {
    let text = w.text();
    !prev.is_empty()
        && w.verb(gap - prev.len(), gap)
            .is_some_and(|(_, l)| l == prev.len())
        && {
            let b = skip_back_spaces(text, gap - prev.len(), 0);
            ["were", "was", "been"]
                .iter()
                .any(|a| ascii_word_before(text, b).eq_ignore_ascii_case(a))
        }
}

/// `| Guns seized | 16 |`: the item taken in the table cell that ends at
/// the bar right before the number (its spaces from `gap`), which sets
/// the value off as a colon does.
pub(super) fn cell_item<'a>(w: &Words<'_, 'a>, gap: usize, floor: usize) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let cell = text[..gap].strip_suffix('|')?;
    let end = skip_back_spaces(text, cell.len(), floor);
    item_subject_before(w, end, floor)
}

/// Whether a number with a noun on each side, `after` and `before`, counts
/// the noun before it (the word before the number is `prev`): `an audience
/// of 3,120 people`, `arrested suspects 33 people`, and in
/// machine-translated order a one-word measure after it (`checking point
/// 6 places`, `bank cards 312 pieces`); but in `a case of 108 people` or
/// `a gang of 14 people` the people are counted, and in `45 members of 6
/// gangs` the gangs. And `filed a criminal
/// case of 18,400 telecom fraud`: a crime after the number says what the
/// cases before it were of.
pub(super) fn counts_noun_before(
    w: &Words<'_, '_>,
    index: &Index,
    prev: &str,
    after: NounPhrase<'_>,
    before: NounPhrase<'_>,
) -> bool {
    let (a, b) = (after, before);
    let crime_of_cases = || {
        let span = span_of(w.text(), a.text);
        b.class == Some(Noun::Case)
            && prev.eq_ignore_ascii_case("of")
            && a.class.is_none()
            && (Index::any(&index.fraud, span) || Index::any(&index.other_crimes, span))
    };
    ((matches!(a.class, Some(Noun::Measure | Noun::Generic)) || !a.text.contains(' '))
        && (b.class.is_some() || item_kind(w, b.text).is_some())
        && !(b.class == Some(Noun::Case) && a.class == Some(Noun::Generic))
        && !(b.class == Some(Noun::Gang) && matches!(a.class, Some(Noun::Person | Noun::Generic)))
        && !(a.class == Some(Noun::Gang) && matches!(b.class, Some(Noun::Person | Noun::Generic))))
        || crime_of_cases()
}

/// Whether `prev` (`involving`, `involved`; its spaces from `gap`) follows
/// a noun of a wrong done (`case`, `scandal`, `incident`): `the scandal
/// involving 6 police officers` names those it was about, no force an
/// operation put in.
pub(super) fn involved_in_wrong(text: &str, gap: usize, prev: &str) -> bool {
    const WRONGS: [&str; 7] = [
        "affair",
        "case",
        "cases",
        "incident",
        "incidents",
        "scandal",
        "scandals",
    ];
    let before = ascii_word_before(text, skip_back_spaces(text, gap - prev.len(), 0));
    WRONGS.iter().any(|n| before.eq_ignore_ascii_case(n))
}
