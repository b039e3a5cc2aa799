//! Nouns read past the number's own: the whole a part is counted from
//! (`81 of the 82 casinos`), the offence a bare count is for (`456 for
//! drunk driving`), and a quoted word that ends an unclassed noun
//! (`semifinished "ice"`).

use super::*;

/// `81 of the 82 casinos`, `12 of 15 dens`: `part`, a bare number, is a
/// part of `whole`, the number after it with the noun they share (and
/// no smaller than it).
pub(in crate::record::bind) fn part_of_whole(
    text: &str,
    part: &Figure<'_>,
    whole: &Figure<'_>,
) -> bool {
    if part.noun.is_some() || part.unit.is_some() || whole.unit.is_some() {
        return false;
    }
    // (`out of the` and its spaces: a longer gap is never read.)
    if whole.value < part.value
        || whole.span.start < part.span.end
        || whole.span.start - part.span.end > 16
    {
        return false;
    }
    let Some(link) = text.get(part.span.end..whole.span.start) else {
        return false;
    };
    let link = link.trim();
    ["of", "of the", "out of", "out of the", "of all"]
        .iter()
        .any(|l| link.eq_ignore_ascii_case(l))
}

/// `6 of the 95 suspects arrested in the sweep`, `4 of the 120 drivers
/// stopped`: a participle right after the whole's noun is the whole's
/// verb, so the whole is the count and the part only picks some of it
/// out (whatever a verb before the part did to it: `questioned 4 of the
/// 120 drivers stopped` counts the drivers stopped). (Any verb of the
/// lexicon: `caught in`, `seized`, `held`; not `named`.)
pub(in crate::record::bind) fn whole_has_participle(
    w: &Words<'_, '_>,
    whole: &Figure<'_>,
    sentence: Span,
) -> bool {
    let text = w.text();
    let Some(noun) = whole.noun_str() else {
        return false;
    };
    let start = super::start_of(text, noun);
    let end = start + noun.len();
    let j = skip_gap(text, end, 1);
    // (The figure's noun may have read the participle in: `pickpockets
    // caught`.)
    let inside = || {
        w.starts_in(Span::new(start, end))
            .skip(1)
            .any(|k| w.verb(k, end).is_some())
    };
    inside() || j > end && j < sentence.end && w.verb(j, sentence.end).is_some()
}

/// `seized 456 from drunk driving`, `dealt with 37 for speeding`: a bare
/// count followed by `for` or `from` and an offence counts that offence
/// (a machine translation's order for `查处酒驾456起`). `after_offence`:
/// the noun counted last was such an offence.
pub(in crate::record::bind) fn offence_after<'a>(
    w: &Words<'_, 'a>,
    end: usize,
    ceil: usize,
    after_offence: bool,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let i = skip_gap(text, end, 2);
    let rest = &text[i..ceil.max(i)];
    let len = ["for ", "from "]
        .iter()
        .find(|p| {
            rest.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })?
        .len();
    let start = skip_gap(text, i + len, 1);
    let phrase = words_from(w, start, ceil, 4)?;
    // (`for speeding and 12 for overloading`: the offence ends at a
    // joiner.)
    let cut = [" and", " or"]
        .iter()
        .filter_map(|j| phrase.text.find(j))
        .min()
        .map_or(phrase.text, |k| &phrase.text[..k]);
    let class = noun_class(w, cut);
    // (`12 for drunk driving and 5 for theft`: after a count for an
    // offence, a crime names what the next count is for too, and the
    // count takes no offence from before it.)
    let crime = after_offence && w.prefix(start, start + cut.len(), OTHER_CRIMES).is_some();
    let class = class
        .filter(|&c| c == Noun::Offender)
        .or(crime.then_some(Noun::Offender));
    class.is_some().then_some(NounPhrase {
        text: cut,
        class,
        before: false,
    })
}

/// `1.2 tons of semifinished "ice"`: an unclassed noun right before a
/// quoted word runs on through the quote.
pub(in crate::record::bind) fn quoted_tail<'a>(
    w: &Words<'_, 'a>,
    n: NounPhrase<'a>,
    ceil: usize,
) -> NounPhrase<'a> {
    if n.class.is_some() {
        return n;
    }
    let text = w.text();
    let end = end_of(text, n.text);
    let q = skip_gap(text, end, 1);
    let Some(open) = text[q..].chars().next().filter(|c| q > end && is_quote(*c)) else {
        return n;
    };
    let inner = q + open.len_utf8();
    let word = text.as_bytes()[inner..]
        .iter()
        .take(20)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let close = inner + word;
    let Some(c) = text[close..]
        .chars()
        .next()
        .filter(|c| word > 0 && is_quote(*c))
    else {
        return n;
    };
    let last = close + c.len_utf8();
    if last > ceil {
        return n;
    }
    let phrase = &text[start_of(text, n.text)..last];
    NounPhrase {
        text: phrase,
        class: noun_class(w, phrase),
        before: false,
    }
}

/// Whether the word after the spaces at `at` (within `ceil`) is a case
/// head: an -ing word before it names the case's crime (`smuggling
/// cases`), no participle opening what a head did.
pub(in crate::record::bind) fn case_head_at(w: &Words<'_, '_>, at: usize, ceil: usize) -> bool {
    let next = skip_gap(w.text(), at, 1);
    head_match_len(w, next, ceil, NOUNS).is_some_and(|(c, _)| *c == Noun::Case)
}

/// Whether a head of class `class` names people, who act on the cases a
/// gerund after them names (`officers handling cases`): no crime of a
/// case's name.
pub(in crate::record::bind) fn people_head(class: Noun) -> bool {
    match class {
        Noun::Person
        | Noun::Generic
        | Noun::Fugitive
        | Noun::Officer
        | Noun::Trader
        | Noun::Offender
        | Noun::Victim => true,
        Noun::Arrest
        | Noun::Case
        | Noun::Gang
        | Noun::Den
        | Noun::Site
        | Noun::Vehicle
        | Noun::Patrol
        | Noun::Checkpoint
        | Noun::Place
        | Noun::VehicleCheck
        | Noun::PersonCheck
        | Noun::Hazard
        | Noun::Dispute
        | Noun::Publicity
        | Noun::Warning
        | Noun::Visit
        | Noun::Payment
        | Noun::Measure
        | Noun::Household
        | Noun::Operation
        | Noun::Other => false,
    }
}
