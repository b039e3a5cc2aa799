//! A scoreboard's money and share lines: `580 million yuan — the amount of
//! money returned to victims`, `96.3% — the share of warning calls
//! answered`. The figure comes first, then a dash and a lead that says
//! what it measures; past the lead the line reads as if it followed the
//! figure (`580 million yuan of money returned to victims`).

use super::*;

/// Leads that say what a scoreboard's money or percent measures, each
/// followed by `of`.
const LEADS: [&str; 5] = [
    "the amount",
    "the proportion",
    "the share",
    "the sum",
    "the total",
];

/// Where `of` stands after a scoreboard's dash and lead that follow a
/// figure ending at `end`, within the sentence ending at `ceil`.
pub(super) fn scoreboard_lead(text: &str, end: usize, ceil: usize) -> Option<usize> {
    let after = after_dash(text, end, ceil)?;
    let lead = LEADS.iter().find(|l| {
        after
            .get(..l.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(l))
            && after[l.len()..].starts_with(" of ")
    })?;
    Some(ceil - after.len() + lead.len() + 1)
}

/// A scoreboard line's words after the figure ending at `end`: past a dash
/// or a colon and its spaces, up to `ceil` (`38,000 — the number of ...`).
pub(super) fn after_dash(text: &str, end: usize, ceil: usize) -> Option<&str> {
    let i = skip_gap(text, end, 2);
    let rest = text.get(i..ceil.max(i))?;
    let rest = ["\u{2014}", "\u{2013}", "- ", ":"]
        .iter()
        .find_map(|d| rest.strip_prefix(d))?;
    Some(rest.trim_start_matches(' '))
}
