//! Suspects brought home from abroad: `Laos repatriated 640 telecom fraud
//! suspects to China`, `310 fraud suspects were handed over`. A count of
//! people moved from one country's custody to another's tells how many
//! came back, not how many the police arrested: the fraud field of
//! arrests takes an arrest count only, and the move stays a tally.

use super::*;

/// How a verb of moving suspects home names the move.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(in crate::record::bind) enum Moved {
    /// Passed from one force to another (`handed over`, `transferred`):
    /// taken into custody, an arrest tally.
    HandedOver,
    /// Sent or brought back home (`repatriated`, `brought back`,
    /// `escorted back`, `extradited`): a count of its own.
    SentHome,
}

/// How the verb at `at` of `text` moves suspects home, if it does.
pub(in crate::record::bind) fn moved_home(text: &str, at: usize) -> Option<Moved> {
    const HANDED: [&[u8]; 3] = [b"handed over", b"handed back", b"turned over"];
    const HOME: [&[u8]; 6] = [
        b"repatriat",
        b"brought back",
        b"escorted back",
        b"sent back",
        b"extradited",
        b"deported",
    ];
    let b = text.as_bytes().get(at..)?;
    if after_arrest(text.get(..at)?) {
        None
    } else if HANDED.iter().any(|w| starts_ignore_case(b, w)) {
        Some(Moved::HandedOver)
    } else if HOME.iter().any(|w| starts_ignore_case(b, w)) {
        Some(Moved::SentHome)
    } else {
        None
    }
}

/// Whether the text before a verb of moving ends in an arrest verb joined
/// to it (`arrested and repatriated 40`, `were caught and then
/// extradited`, `detained, handed over`): the suspects were arrested, and
/// the move only follows.
fn after_arrest(before: &str) -> bool {
    const ARRESTED: [&str; 7] = [
        "arrested",
        "detained",
        "caught",
        "captured",
        "apprehended",
        "nabbed",
        "seized",
    ];
    let b = strip_word(before.trim_end(), "then");
    let Some(b) = strip_word_opt(b, "and").or_else(|| b.strip_suffix(',')) else {
        return false;
    };
    let b = b.trim_end();
    let word = b.rsplit(' ').next().unwrap_or(b);
    ARRESTED.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// `b` without its last word `word` (and the spaces before it), or `b`.
fn strip_word<'t>(b: &'t str, word: &str) -> &'t str {
    strip_word_opt(b, word).unwrap_or(b)
}

/// `b` without its last word `word` and the spaces before it, if it ends
/// in that word.
fn strip_word_opt<'t>(b: &'t str, word: &str) -> Option<&'t str> {
    let cut = b.len().checked_sub(word.len())?;
    let (rest, last) = (b.get(..cut)?, b.get(cut..)?);
    (last.eq_ignore_ascii_case(word) && (rest.is_empty() || rest.ends_with(' ')))
        .then(|| rest.trim_end())
}
