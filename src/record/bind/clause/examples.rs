//! A noun's list of examples, set off by commas, before the noun's own
//! passive: `12 kg of drugs, including heroin, ketamine and ice, a pill
//! sold in bars, were seized`.

use super::passive::{passive_from, Read};
use super::*;

/// Words that open a list of examples of the noun before them.
const OPENERS: [&str; 5] = ["including", "mainly", "mostly", "namely", "such as"];

/// The passive verb after a list of examples that opens with a comma
/// right after `from` and runs, through its own commas, to a comma that an
/// auxiliary and its verb follow; a `;` or a full stop ends the search
/// (as do the clause window and a comma a verb follows).
pub(in crate::record::bind) fn after_examples(
    w: &Words<'_, '_>,
    from: usize,
    ceil: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let comma = skip_gap(text, from, 2);
    if comma >= ceil || !text[comma..ceil].starts_with(',') {
        return None;
    }
    let start = comma + 1;
    let limit = floor_char(text, (start + CLAUSE_WINDOW).min(ceil));
    let inner = &text[start..limit];
    let lead = inner.trim_start();
    let opens = OPENERS.iter().any(|o| {
        lead.get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
            && lead[o.len()..].starts_with(' ')
    });
    if !opens {
        return None;
    }
    let bytes = inner.as_bytes();
    // (A `.` or `,` inside a number is no edge.)
    let in_number = |i: usize| {
        i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b';' | b'.' if !in_number(i) => return None,
            // Only the comma that closes the list is tried: the one an
            // auxiliary follows. A verb after a comma is the sentence's
            // own (`..., took part, and 9 suspects were held`): the list
            // closed there with no passive, and a later clause's passive
            // is not the noun's.
            b',' if !in_number(i) => {
                let next = skip_gap(text, start + i + 1, 2);
                if w.prefix_on(next, AUXILIARIES).is_some() {
                    return passive_from(w, start + i + 1, ceil, Read::Aux);
                }
                if w.verb_on(next).is_some() {
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}
