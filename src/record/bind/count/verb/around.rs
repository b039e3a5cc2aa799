//! The words around a count and its verb that turn the reading: an object
//! talked out of an act, a subject's participle, people handed back or
//! returned, papers and police beside a noun, `all of them` after a count,
//! a count inside a participle phrase on an earlier noun.

use super::super::*;
use crate::record::lexicon::Aux;

/// `talked 26 people out of transferring money`: the verb split by its
/// object dissuades (`out of` within the few words after the number).
pub(super) fn talked_out_of(text: &str, c: &Counted<'_>, after: usize) -> Option<(Verb, usize)> {
    let talked = ["talked", "talking"]
        .iter()
        .any(|t| c.prev.eq_ignore_ascii_case(t));
    if !talked || c.noun.before {
        return None;
    }
    let window = text.get(after..floor_char(text, (after + 40).min(text.len())))?;
    window
        .contains(" out of ")
        .then(|| (Verb::Dissuade, c.gap - c.prev.len()))
}

/// The verb of the participle that ends right before the verb at `at`
/// (`police force invested reached`), when it is not one of publicity.
/// (Not after a noun of publicity, whose participle is its own: `the
/// lectures held reached 12,000 people`.)
pub(super) fn subject_participle(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    at: usize,
    floor: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let end = skip_back_spaces(text, at, 0);
    let k = verbs.partition_point(|&(e, _, _)| e < end);
    let &(e, s, v) = verbs.get(k)?;
    let publicity = || noun_before(w, s, floor).is_some_and(|n| n.class == Some(Noun::Publicity));
    (e == end && end < at && v != Verb::Publicize && follows_word(text, s) && !publicity())
        .then_some((v, s))
}

/// Whether a word stands right before `s` (the participle follows its
/// noun, as in `suspects arrested reached`), not a clause's start.
pub(super) fn follows_word(text: &str, s: usize) -> bool {
    !ascii_word_before(text, skip_back_spaces(text, s, 0)).is_empty()
}

/// Whether a vehicle noun after the word `prev` names the police's own
/// vehicles a force goes out with (`with 420 patrol cars`, `with 12 police
/// motorcycles`): `with` before the number, a police or patrol word before
/// the noun's head. (Not `bought 30 new police cars`, nor `a lorry with 12
/// stolen cars`.)
pub(in crate::record::bind::count) fn police_with(prev: &str, noun: &str) -> bool {
    let mut words = noun.rsplit(' ');
    words.next();
    prev.eq_ignore_ascii_case("with")
        && words.any(|w| {
            ["police", "patrol"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
}

/// Whether an offender noun names papers (`tickets`, `penalty notices`),
/// which a seize verb takes as things (`seized 1,370 concert tickets`),
/// not the people or acts it handles (`seized drunk driving 46 rise`, the
/// machine translation of 查处, and `seized 12 drunk drivers`).
pub(in crate::record::bind::count) fn names_papers(noun: &str) -> bool {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    ["notices", "tickets"]
        .iter()
        .any(|p| head.eq_ignore_ascii_case(p))
}

/// `34 suspects who sold children were caught`: the verb of a passive
/// (`were`, `was`, `had been`, `have been` and its verb) after a
/// relative clause on what those counted did (`who sold`, a
/// [`Verb::Commit`]) that opens right at `from`, within the clause; the
/// clause ends where [`relative_end`] says.
pub(super) fn past_their_act(w: &Words<'_, '_>, from: usize, ceil: usize) -> Option<(Verb, usize)> {
    let text = w.text();
    let i = skip_gap(text, from, 2);
    let (&act, len) = w.verb(i, ceil)?;
    if act != Verb::Commit {
        return None;
    }
    let at = relative_end(w, i + len, ceil)?;
    passive_from(w, at, ceil, Read::Strict).filter(|&(v, _)| v != Verb::Commit)
}

/// `intercepted 18.5万元 for victims, covering 9 transactions`: `covering`
/// at `at` before a count of payments says how many payments the money
/// spanned; it publicizes nothing.
pub(super) fn spans_payments(text: &str, at: usize, noun: &NounPhrase<'_>) -> bool {
    noun.class == Some(Noun::Payment)
        && text[at..]
            .get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case("covering"))
}

/// `was returned to the 21 victims`: the people a verb of return at `at`
/// gives back to, the number at `start` after its `to`, are who got
/// something back, not people returned home.
pub(super) fn returned_to(text: &str, at: usize, start: usize) -> bool {
    let Some(gap) = text.get(at..start) else {
        return false;
    };
    let rest = gap
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .trim();
    rest.eq_ignore_ascii_case("to") || rest.eq_ignore_ascii_case("to the")
}

/// `4,871 warnings were handled this way and 4,512 people confirmed
/// safe`: a passive at `at` has its subject before it; a number at `start`
/// after `and`, whose noun phrase `noun` holds a past verb of its own after
/// its head, is the subject of a new clause, not the passive's object.
pub(super) fn new_subject_after_and(text: &str, at: usize, start: usize, noun: &str) -> bool {
    let before = text[..at].trim_end();
    let aux = ascii_word_before(before, before.len());
    let passive = ["was", "were"].iter().any(|a| aux.eq_ignore_ascii_case(a));
    let and = || {
        text.get(at..start)
            .is_some_and(|gap| gap.split_ascii_whitespace().any(|w| w == "and"))
    };
    let own_past = || {
        noun.split_ascii_whitespace()
            .skip(1)
            .any(|w| w.len() > 4 && w.ends_with("ed") && w.bytes().all(|c| c.is_ascii_lowercase()))
    };
    passive && and() && own_past()
}

/// `, and all of them were dissuaded`, `, all of whom were warned`: the
/// passive after `all of them` (or `whom`, `which`) within 60 bytes past
/// the noun's end at `from`, with no other count between, if the clause
/// has one.
pub(super) fn all_of_them(w: &Words<'_, '_>, from: usize, ceil: usize) -> Option<(Verb, usize)> {
    let text = w.text();
    let near = crate::text::floor_char(text, ceil.min(from + 60));
    let gap = text.get(from..near)?;
    let at = gap.find("all of ")?;
    if gap[..at].bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let at = from + at + 7;
    let rest = text.get(at..ceil)?;
    let pronoun = ["them", "whom", "which"].into_iter().find(|p| {
        rest.starts_with(p) && !rest[p.len()..].starts_with(|c: char| c.is_alphabetic())
    })?;
    passive_from(w, at + pronoun.len(), ceil, Read::Strict)
}

/// `3 million yuan swindled from 12 victims was returned`, `the money
/// lost by 40 residents was recovered`: a count right after `from` or
/// `by` that follows a participle of what befell an earlier noun, or of
/// what was done with it (`stolen`, `lost`, read as words: neither is a
/// verb of the lexicon), sits in a phrase on that noun; the passive after
/// the count is the noun's, not the count's.
pub(super) fn in_participle_phrase(w: &Words<'_, '_>, before: WordBefore<'_>) -> bool {
    let text = w.text();
    let WordBefore { gap, word: prev } = before;
    if !["from", "by"].iter().any(|p| prev.eq_ignore_ascii_case(p)) {
        return false;
    }
    let at = skip_back_spaces(text, gap - prev.len(), 0);
    let participle = ascii_word_before(text, at);
    if ["lost", "stolen"]
        .iter()
        .any(|p| participle.eq_ignore_ascii_case(p))
    {
        return true;
    }
    let s = at - participle.len();
    w.verb(s, at)
        .is_some_and(|(&v, len)| len == participle.len() && matches!(v, Verb::Harm | Verb::Commit))
}

/// `a ring led by two brothers was smashed`: whether the `by` right before
/// a count opens the agent of a participle inside a subject, with no
/// finite verb before the participle in its clause (from `floor`): no
/// form of `be` or `have` and no verb of `verbs`. A passive with its
/// auxiliary after such a count is the subject's. (`was run by 9 men`
/// has its finite verb; `followed by` names no agent.)
pub(super) fn agent_in_subject(
    w: &Words<'_, '_>,
    verbs: &[(usize, usize, Verb)],
    before: WordBefore<'_>,
    floor: usize,
) -> bool {
    let text = w.text();
    let WordBefore { gap, word: prev } = before;
    if !prev.eq_ignore_ascii_case("by") {
        return false;
    }
    let at = skip_back_spaces(text, gap - prev.len(), 0);
    let participle = ascii_word_before(text, at);
    if participle.is_empty() || participle.eq_ignore_ascii_case("followed") {
        return false;
    }
    let start = at - participle.len();
    if floor >= start {
        return true;
    }
    let finite_aux = w.starts_in(Span::new(floor, start)).any(|s| {
        w.prefix(s, start, AUXILIARIES)
            .is_some_and(|(&aux, l)| aux != Aux::Other && l == ascii_word_len(&text[s..]))
    });
    let (lo, hi) = (
        verbs.partition_point(|&(end, _, _)| end <= floor),
        verbs.partition_point(|&(end, _, _)| end <= start),
    );
    !finite_aux && !verbs[lo..hi.max(lo)].iter().any(|&(_, s, _)| s >= floor)
}

/// Whether a value opens at `at`, past spaces: `a value of`, `a total
/// value of`, `a worth of` (after `with`).
pub(super) fn starts_value(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").trim_start();
    let rest = ["a ", "an "]
        .iter()
        .find(|a| starts_ignore_case(rest.as_bytes(), a.as_bytes()))
        .map_or(rest, |a| rest[a.len()..].trim_start());
    let rest = if starts_ignore_case(rest.as_bytes(), b"total ") {
        rest["total ".len()..].trim_start()
    } else {
        rest
    };
    starts_ignore_case(rest.as_bytes(), b"value") || starts_ignore_case(rest.as_bytes(), b"worth")
}
