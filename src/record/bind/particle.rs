//! A phrasal verb split around its object: `took 3 suspects away`, `handed
//! 40 guns in`, `gave 490,000 yuan back`. The particle after the noun makes
//! a verb only with the word right before the number (`took` + `away` is
//! in the lexicon as `took away`); `3 suspects ran away` has no such word
//! and is no arrest.

use super::*;

/// The particles a split verb ends in.
/// (`into`: `put 4,600 police into patrols`, the lexicon's `put into`.)
const PARTICLES: [&str; 8] = ["away", "back", "down", "in", "into", "off", "out", "up"];

/// The last letters of [`PARTICLES`] (all lowercase), marked by byte.
const PARTICLE_ENDS: [bool; 256] = {
    let mut ends = [false; 256];
    let mut i = 0;
    while i < PARTICLES.len() {
        let p = PARTICLES[i].as_bytes();
        ends[p[p.len() - 1] as usize] = true;
        i += 1;
    }
    ends
};

/// The verb of a split phrasal verb whose object is the figure starting at
/// `start` with its noun ending at `noun_end`: the particle right after the
/// noun, and the word right before the figure, together a verb phrase of
/// the lexicon. `in` counts only where its clause ends (`hauled 30
/// suspects in.`), not as a preposition (`seized 3 guns in a flat`).
/// Returns the verb and where the particle is.
pub(super) fn split_particle(
    w: &Words<'_, '_>,
    start: usize,
    noun_end: usize,
    floor: usize,
    ceil: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    // The particle right after the noun, or read into it as its last word
    // (`suspects away`), past its first.
    // (Read only where the noun ends in a particle's last letter: most
    // nouns end in another, a plural's `s`.)
    let may_end = noun_end > 0 && PARTICLE_ENDS[usize::from(text.as_bytes()[noun_end - 1] | 0x20)];
    let last = if may_end {
        ascii_word_before(text, noun_end)
    } else {
        ""
    };
    let at = if noun_end > start + last.len() + 1
        && PARTICLES.iter().any(|p| last.eq_ignore_ascii_case(p))
        && text.as_bytes()[noun_end - last.len() - 1] == b' '
        && !text.as_bytes()[start..noun_end - last.len() - 1].ends_with(b" ")
    {
        noun_end - last.len()
    } else {
        skip_gap(text, noun_end, 2)
    };
    if at >= ceil || !text.as_bytes()[at].is_ascii_alphabetic() {
        return None;
    }
    let particle = &text[at..at + w.word_len_at(at)];
    let particle = PARTICLES
        .into_iter()
        .find(|p| particle.eq_ignore_ascii_case(p))?;
    let after = skip_gap(text, at + particle.len(), 2);
    let ends = after >= ceil || matches!(text.as_bytes()[after], b',' | b';' | b'.');
    if particle == "in" && !ends {
        return None;
    }
    let p = skip_back_spaces(text, start, floor);
    if p == start || p <= floor {
        return None;
    }
    let verb = ascii_word_before(text, p);
    if verb.is_empty() || verb.len() > 12 {
        return None;
    }
    // `took` + ` ` + `away`, lowercased, looked up whole in the sorted
    // table, compared byte by byte without building the phrase.
    let phrase = || {
        verb.bytes()
            .map(|b| b.to_ascii_lowercase())
            .chain(*b" ")
            .chain(particle.bytes())
    };
    let k = VERBS
        .binary_search_by(|(e, _)| e.bytes().cmp(phrase()))
        .ok()?;
    Some((VERBS[k].1, at))
}

/// `brought in 12 people for questioning`, `brought 12 people in for
/// questioning`: people brought in with that purpose after them are held
/// (the lexicon's `brought in for questioning`, its object inside it).
/// Without the purpose, `brought in` takes no one (`brought in 600
/// volunteers`). The verb and where `brought` is.
pub(super) fn brought_in_for_questioning(
    text: &str,
    start: usize,
    noun_end: usize,
    floor: usize,
    ceil: usize,
) -> Option<(Verb, usize)> {
    // (Most counts are told by the byte after their noun's space: every
    // count whose passive was not found asks.)
    let next = text.as_bytes().get(noun_end..noun_end + 2);
    if !matches!(next, Some([b' ', b'f' | b'i' | b'F' | b'I'])) {
        return None;
    }
    let mut at = skip_gap(text, noun_end, 2).min(ceil);
    let rest = text.get(at..ceil)?;
    let split = starts_ignore_case(rest.as_bytes(), b"in ");
    if split {
        at = skip_gap(text, at + 2, 2).min(ceil);
    }
    let rest = text.get(at..ceil)?;
    let purpose = ["for questioning", "for investigation"].iter().any(|p| {
        starts_ignore_case(rest.as_bytes(), p.as_bytes())
            && !rest
                .as_bytes()
                .get(p.len())
                .is_some_and(u8::is_ascii_alphabetic)
    });
    if !purpose {
        return None;
    }
    // The words right before the count: `brought in`, or `brought` when
    // the particle follows the noun.
    let mut end = skip_back_spaces(text, start, floor);
    if !split {
        let particle = ascii_word_before(text, end);
        if !particle.eq_ignore_ascii_case("in") || end == start {
            return None;
        }
        end = skip_back_spaces(text, end - particle.len(), floor);
    }
    let verb = ascii_word_before(text, end);
    (end < start && verb.eq_ignore_ascii_case("brought"))
        .then_some((Verb::Arrest, end - verb.len()))
}
