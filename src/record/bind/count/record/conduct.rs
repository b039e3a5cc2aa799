//! What the counted did or were there as: people educated for what they
//! were doing (`educated 2,300 people riding e-bikes without helmets`)
//! were dealt with, no audience; people brought in as witnesses were
//! heard, not held; calls to the police are reports, no cases.

use super::super::super::words::placing;
use super::*;

/// Whether `verb` is `educated` or `educating` and the `noun` after it
/// names people by their conduct: a participle right after the head,
/// `who` after the phrase, or what they went without or were not doing
/// (`riders without helmets`, `people not wearing seat belts`). (Not one
/// that only places them: `residents living near the school`, `people who
/// attended the lecture`.)
pub(super) fn educated_for_conduct(text: &str, verb: Option<(Verb, usize)>, noun: &str) -> bool {
    let educated = verb.is_some_and(|(_, at)| {
        let b = &text.as_bytes()[at..];
        starts_ignore_case(b, b"educated ") || starts_ignore_case(b, b"educating ")
    });
    let ing = noun.split(' ').nth(1);
    let ing = ing.is_some_and(|n| n.len() > 4 && n.ends_with("ing") && !placing(n));
    let rest = &text[end_of(text, noun)..];
    let who = rest
        .strip_prefix(" who ")
        .is_some_and(|r| !placing(r.split([' ', ',', '.']).next().unwrap_or("")));
    let lacking = starts_ignore_case(rest.as_bytes(), b" without ")
        || rest.strip_prefix(" not ").is_some_and(|r| {
            let n = r.split([' ', ',', '.']).next().unwrap_or("");
            n.len() > 4 && n.ends_with("ing")
        });
    educated && (ing || who || lacking)
}

/// Whether a noun of cases names calls to the police (警情, 接警): `police
/// calls`, `calls for police`, `alarms`, `police situations`.
pub(super) fn calls_to_police(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    ["calls", "alarms", "alarm"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        || noun.starts_with("calls for")
        || ["police situation", "police situations", "police incidents"]
            .iter()
            .any(|w| ends_ignore_case(noun.as_bytes(), w.as_bytes()))
}

/// Whether the clause `clause` goes on after a count (ending at `from`)
/// with `as witnesses` or `as a witness`: those counted were heard, not
/// held (`brought in 9 villagers for questioning as witnesses`).
pub(super) fn as_witnesses(text: &str, from: usize, clause: Span) -> bool {
    let rest = text.get(from..clause.end.max(from)).unwrap_or("");
    let b = rest.as_bytes();
    // Each ` as ` from its space, found by `memchr` (a substring searcher
    // costs more to start than a clause takes to read), taken as a
    // searcher takes them: left to right, never overlapping.
    let mut free = 0;
    memchr::memchr_iter(b' ', b).any(|i| {
        if i < free || !b[i..].starts_with(b" as ") {
            return false;
        }
        free = i + 4;
        let w = &b[i + 4..];
        let w = w.strip_prefix(b"a ").unwrap_or(w);
        w.len() >= 7 && w[..7].eq_ignore_ascii_case(b"witness")
    })
}

#[cfg(test)]
mod tests {
    use crate::record::bind::tests::r;

    #[test]
    fn offenders_educated_for_what_they_lacked_are_handled() {
        insta::assert_snapshot!(r("Police fined 80 speeders, educating 36 cyclists without lights."), @"tally OffendersHandled 36 (cyclists)");
        insta::assert_snapshot!(r("Traffic officers educated 52 motorcyclists without licences."), @"tally OffendersHandled 52 (motorcyclists)");
        insta::assert_snapshot!(r("Officers educated 19 passengers not wearing seat belts."), @"tally OffendersHandled 19 (passengers)");
        // An audience stays one.
        insta::assert_snapshot!(r("Police gave 12 talks, educating 2,500 pupils on road safety."), @"
    tally Publicity 12 (talks)
    tally Publicity 2500 (pupils)
    ");
        insta::assert_snapshot!(r("The station educated 640 villagers about scams."), @"tally Publicity 640 (villagers)");
    }
}
