//! Money given back: `to the victims` after the verb, `back to` / `back
//! from` after the money, and the share of a sum whose participle says
//! what was done to it (`returned 95 percent of the frozen 6 million
//! yuan`).

use super::*;

/// Whether `to the victims` (or owners, or the masses) follows the verb at
/// `at` within its clause: money moved to them was returned.
pub(super) fn to_owners(text: &str, at: usize, ceil: usize) -> bool {
    const OWNERS: [&str; 7] = [
        "victims",
        "the victims",
        "their owners",
        "the owners",
        "owners",
        "the masses",
        "the people",
    ];
    let end = floor_char(text, ceil.min(at + 48));
    let clause = &text[at..end];
    let clause = &clause[..clause.find([',', ';']).unwrap_or(clause.len())];
    clause.match_indices(" to ").any(|(i, _)| {
        let rest = &clause[i + 4..];
        OWNERS.iter().any(|o| {
            rest.len() >= o.len()
                && rest.as_bytes()[..o.len()].eq_ignore_ascii_case(o.as_bytes())
                && !rest
                    .as_bytes()
                    .get(o.len())
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
    })
}

/// `gave 6.5 million yuan back to the victims`: money sent `back to`
/// someone was returned, whatever verb sent it (`handed`, `paid`, `gave`).
/// `returned 95 percent of the frozen 6 million yuan`: the verb before is
/// the share's; the money is what its participle says (frozen), when a
/// share (`percent`, `half`, `a third`) and `of the` stand before it.
pub(super) fn share_of_moved(
    w: &Words<'_, '_>,
    start: usize,
    floor: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let p = skip_back_spaces(text, start, floor);
    let participle = ascii_word_before(text, p);
    let s = p.checked_sub(participle.len())?;
    let (&v, len) = w.verb(s, p)?;
    let moved = matches!(
        v,
        Verb::Freeze | Verb::Seize | Verb::Confiscate | Verb::Recover | Verb::Intercept
    );
    if len != participle.len() || !moved {
        return None;
    }
    // Back past `the` and `of` to the share.
    let mut at = s;
    for link in ["the", "of"] {
        at = skip_back_spaces(text, at, floor);
        let word = ascii_word_before(text, at);
        if !word.eq_ignore_ascii_case(link) {
            return None;
        }
        at -= word.len();
    }
    at = skip_back_spaces(text, at, floor);
    let share = ascii_word_before(text, at);
    let shared = text[..at].ends_with('%')
        || [
            "percent", "cent", "half", "third", "thirds", "quarter", "quarters",
        ]
        .iter()
        .any(|w| share.eq_ignore_ascii_case(w));
    shared.then_some((v, s))
}

/// `gave 490,000 yuan back to the victims`, `got 520,000 yuan back for a
/// shopkeeper`, `helped them get 2.3 million yuan back.`, `received 2.15
/// million yuan of their savings back from the police`: `back to`, `back
/// for`, `back from` or `back` ending its clause right after the money
/// (and its item) returns it. Sent `back to` someone, whatever the verb;
/// `back from` or `back` alone only after a verb of getting right before
/// the money (at `start`): money wired or moved `back` from abroad was
/// only moved.
pub(super) fn back_to(text: &str, start: usize, from: usize) -> Option<(Verb, usize)> {
    const GETTING: [&str; 9] = [
        "get",
        "gets",
        "got",
        "getting",
        "receive",
        "received",
        "receiving",
        "recovered",
        "retrieved",
    ];
    let at = skip_gap(text, from, 2);
    let b = &text.as_bytes()[at..];
    let ends = starts_ignore_case(b, b"back")
        && matches!(b.get(4), None | Some(b'.' | b',' | b';' | b'\n' | b')'));
    let to = [&b"back to "[..], b"back for "]
        .iter()
        .any(|p| starts_ignore_case(b, p));
    let got = || {
        let verb = ascii_word_before(text, skip_back_spaces(text, start, 0));
        GETTING.iter().any(|g| verb.eq_ignore_ascii_case(g))
    };
    (to || ((ends || starts_ignore_case(b, b"back from ")) && got())).then_some((Verb::Return, at))
}
