//! Whether the words between a verb and its figure open a clause of
//! their own (`that`, an auxiliary with its verb, `and` with a past form
//! and its object): then the verb does not govern the figure.

use super::*;

/// `night`, `day,`, `week`: a time word (and its comma), which `that`
/// before it points to.
fn time_word(w: &[u8]) -> bool {
    let w = w.strip_suffix(b",").unwrap_or(w);
    [
        &b"afternoon"[..],
        b"day",
        b"evening",
        b"month",
        b"morning",
        b"night",
        b"week",
        b"year",
    ]
    .iter()
    .any(|t| w.eq_ignore_ascii_case(t))
}

/// Whether the words between a verb and a figure hold `that`, or an
/// auxiliary with a word after it (`had sold`; after a `measure` verb, not
/// `adopted`, `imposed` or `taken`): the figure has a clause of its own.
pub(in crate::record::bind) fn reports_clause(between: &[u8], measure: bool) -> bool {
    // The word from `i` on, past ASCII whitespace: its start and end.
    let word_from = |mut i: usize| {
        while between.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let s = i;
        // (Eight bytes at a time: `i` is at most the length here.)
        i += unspaced_len(&between[i..]);
        (i > s).then_some((s, i))
    };
    let mut word = word_from(0);
    while let Some((s, e)) = word {
        let next = word_from(e);
        let w = &between[s..e];
        if matches!(w.len(), 3 | 4) {
            // (`dealt with that night, including 2 drunk drivers`: not
            // `that` before a time word, a demonstrative.)
            let time = || next.is_some_and(|(ns, ne)| time_word(&between[ns..ne]));
            if w.eq_ignore_ascii_case(b"that") && !time() {
                return true;
            }
            let aux = [&b"had"[..], b"has", b"have", b"was", b"were"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x));
            let measure_taken = measure
                && next.is_some_and(|(ns, ne)| {
                    [&b"adopted"[..], b"imposed", b"taken"].contains(&&between[ns..ne])
                });
            if aux && next.is_some() && !measure_taken {
                return true;
            }
            // `held 1,860 lectures, and promoted the installation of the
            // app for 356,000 people`: a verb of past form after `and`,
            // with an object of its own, opens another clause, whether the
            // lexicon knows it or not.
            if w.eq_ignore_ascii_case(b"and") && next.is_some_and(|n| past_with_object(between, n))
            {
                return true;
            }
        }
        word = next;
    }
    false
}

/// Whether the word at `s..e` of `between` is a lowercase past form
/// (`promoted`) followed by an article or a number: a verb with its object.
fn past_with_object(between: &[u8], (s, e): (usize, usize)) -> bool {
    let word = &between[s..e];
    if word.len() < 5 || !word[0].is_ascii_lowercase() || !word.ends_with(b"ed") {
        return false;
    }
    let rest = &between[e..];
    let rest = &rest[rest.iter().take_while(|b| **b == b' ').count()..];
    // (`and towed away 96 vehicles`: a verb with its particle right
    // before the figure, its object.)
    const PARTICLES: [&[u8]; 5] = [b"away", b"off", b"out", b"up", b"down"];
    if let Some(p) = PARTICLES.iter().find(|p| rest.starts_with(p)) {
        if rest[p.len()..].iter().all(|b| *b == b' ') {
            return true;
        }
    }
    rest.first().is_some_and(u8::is_ascii_digit)
        || [&b"the "[..], b"a ", b"an "]
            .iter()
            .any(|a| rest.len() >= a.len() && rest[..a.len()].eq_ignore_ascii_case(a))
}
