//! People educated for what they were doing (`educated 2,300 people
//! riding e-bikes without helmets`) were dealt with: no audience.

use super::super::super::words::placing;
use super::*;

/// Whether `verb` is `educated` and the `noun` after it names people by
/// their conduct: a participle right after the head, or `who` after the
/// phrase. (Not one that only places them: `residents living near the
/// school`, `people who attended the lecture`.)
pub(super) fn educated_for_conduct(text: &str, verb: Option<(Verb, usize)>, noun: &str) -> bool {
    let educated = verb.is_some_and(|(_, at)| {
        text.get(at..at + 8)
            .is_some_and(|v| v.eq_ignore_ascii_case("educated"))
    });
    let ing = noun.split(' ').nth(1);
    let ing = ing.is_some_and(|n| n.len() > 4 && n.ends_with("ing") && !placing(n));
    let who = text[end_of(text, noun)..]
        .strip_prefix(" who ")
        .is_some_and(|r| !placing(r.split([' ', ',', '.']).next().unwrap_or("")));
    educated && (ing || who)
}
