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
    if HANDED.iter().any(|w| starts_ignore_case(b, w)) {
        Some(Moved::HandedOver)
    } else if HOME.iter().any(|w| starts_ignore_case(b, w)) {
        Some(Moved::SentHome)
    } else {
        None
    }
}
