//! Places set against fraud: `anti-fraud hubs`, `anti-telecom fraud
//! centres`. A den word (`hubs`, `scam centres`) after an `anti-` word
//! naming fraud heads the police's own place, no den.

use super::*;

/// Whether `before`, the words of a noun phrase ahead of its den head,
/// open with (or end in) an `anti-` word naming fraud: `anti-telecom `,
/// `anti-` (of `anti-scam centres`).
pub(in crate::record::bind) fn against_fraud(before: &str) -> bool {
    const FRAUD: [&[u8]; 6] = [
        b"fraud",
        b"scam",
        b"telecom",
        b"deception",
        b"swindl",
        b"cheat",
    ];
    before.split(' ').any(|word| {
        let b = word.as_bytes();
        starts_ignore_case(b, b"anti-")
            && (b.len() == 5 || FRAUD.iter().any(|f| starts_ignore_case(&b[5..], f)))
    })
}
