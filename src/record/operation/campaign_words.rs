//! The words that mark a campaign name in English and Chinese: the
//! modifiers, drive and launch phrases, naming words and campaign words
//! that `mentions` reads beside a quoted or bare name.

use super::*;
use crate::text::byte_set::{folded_firsts, folded_in, folded_lasts};

/// Whether `after` (the text after a name's word) goes on with `and` and
/// a capitalized word: the name goes on.
pub(super) fn and_titled(after: &str) -> bool {
    after
        .strip_prefix(" and ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Words between a quoted name and its campaign word that say what kind
/// of campaign it is (`the “Iron Fist” special rectification action`).
pub(super) const CAMPAIGN_MODIFIERS: &[&str] = &[
    "centralized",
    "clean-up",
    "cleanup",
    "concentrated",
    "crackdown",
    "investigation",
    "joint",
    "law enforcement",
    "nationwide",
    "prevention",
    "rectification",
    "remediation",
    "security",
    "special",
    "strike",
];

/// `anti-drug `, `anti-fraud `: a word against a crime before a campaign
/// word (`the “Thunder Fire” anti-drug operation`), its length with the
/// space after it.
pub(super) fn anti_word(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 6 || !b[..5].eq_ignore_ascii_case(b"anti-") {
        return None;
    }
    let word = 5 + b[5..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || **c == b'-')
        .count();
    (word > 5 && b.get(word) == Some(&b' ')).then_some(word + 1)
}

/// Words after a quoted name that make it a drive, though no campaign word
/// follows: `the “Iron Shield” special rectification`, `the “Safe Home”
/// initiative`, `the “Clear Sky” series of actions`, `the “Summer Music
/// Season” special governance` (专项治理), `the “Net Clean” sub-action` (a
/// campaign inside another).
pub(super) const DRIVE_PHRASES: &[&str] = &[
    "concentrated rectification",
    "initiative",
    "series of actions",
    "special governance",
    "special rectification",
    "special struggle",
    "sub-action",
    "sub-campaign",
    "sub-operation",
];

/// The first letters of [`CAMPAIGN_MODIFIERS`] and [`SEASONS`].
pub(super) const MODIFIER_FIRSTS: [bool; 256] = folded_firsts(&[CAMPAIGN_MODIFIERS, SEASONS]);

/// The first letters of [`DRIVE_PHRASES`].
pub(super) const DRIVE_FIRSTS: [bool; 256] = folded_firsts(&[DRIVE_PHRASES]);

/// Whether `s` opens with a byte that `firsts` (from [`folded_firsts`])
/// holds: an entry's first byte matches, ASCII case ignored, only then.
pub(super) fn opens_with(s: &str, firsts: &[bool; 256]) -> bool {
    s.as_bytes().first().is_some_and(|&b| folded_in(firsts, b))
}

/// Whether one of [`DRIVE_PHRASES`] starts `s`, as whole words, and ends
/// what it names ([`ends_a_name`]: a `special rectification notice` is a
/// notice).
pub(super) fn drive_at(s: &str) -> bool {
    // (By the first letter first: most words after a name open none.)
    if !opens_with(s, &DRIVE_FIRSTS) {
        return false;
    }
    DRIVE_PHRASES.iter().any(|p| {
        s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)) && {
            let rest = &s[p.len()..];
            !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
                && ends_a_name(&rest[skip_spaces(rest, 0, 1)..])
        }
    })
}

/// Whether `before` (the text before a quote, trimmed) ends in a launch:
/// `launched “Green Shield 2024”`, `since the launch of the “Safe Home”`.
/// What is launched is a campaign, not a slogan.
pub(super) fn launched_before(before: &str) -> bool {
    let word = ascii_word_before(before, before.len());
    let before = match word.eq_ignore_ascii_case("the") {
        true => before[..before.len() - word.len()].trim_end(),
        false => before,
    };
    // (By the last letter first: most text before a quote ends in none
    // of the phrases' last letters.)
    if !before
        .as_bytes()
        .last()
        .is_some_and(|&b| folded_in(&LAUNCH_LASTS, b))
    {
        return false;
    }
    let ends = |p: &str| {
        before.len() >= p.len()
            && before.is_char_boundary(before.len() - p.len())
            && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
            && !before[..before.len() - p.len()].ends_with(|c: char| c.is_ascii_alphabetic())
    };
    LAUNCHES.iter().any(|p| ends(p))
}

/// What ends the text before a launched campaign's quoted name
/// ([`launched_before`]).
pub(super) const LAUNCHES: &[&str] = &[
    "launched",
    "launching",
    "launch of",
    "launches",
    "kicked off",
];

/// The last letters of [`LAUNCHES`].
pub(super) const LAUNCH_LASTS: [bool; 256] = folded_lasts(&[LAUNCHES]);

/// Whether a quoted name closes on a year after a capitalized word, as
/// campaign names do (`“Green Shield 2024”`, `“Cloud Sword-2024”`).
pub(super) fn year_tagged(name: &str) -> bool {
    let Some(bare) = name.len().checked_sub(4).and_then(|cut| name.get(..cut)) else {
        return false;
    };
    let year = name[bare.len()..]
        .parse::<u16>()
        .is_ok_and(|y| (1990..=2100).contains(&y));
    let bare = bare.trim_end_matches([' ', '-']);
    year && bare.len() < name.len() - 4
        && bare.starts_with(|c: char| c.is_ascii_uppercase())
        && !bare.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether `after` (the text after a quote) lets the quote be a name of
/// its own: no word follows, or a launch word, or one that no noun is (`“Top 100
/// Enterprises 2024” list` names a list).
pub(super) fn ends_a_name(after: &str) -> bool {
    let word = &after[..crate::text::ascii_word_len(after)];
    // (`the “X” special struggle began ...`: a launch verb follows;
    // `the “X” sub-action ran from ...`: a verb of its time.)
    word.is_empty()
        || launch_word_at(after).is_some()
        || [
            "and", "ended", "from", "has", "in", "is", "lasted", "on", "ran", "runs", "since",
            "started", "to", "was", "which", "will",
        ]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `between` only joins two items of a list: `,`, `and`, `、`.
pub(super) fn list_joiner(between: &str) -> bool {
    matches!(between.trim(), "," | "and" | ", and" | "、")
}

/// Whether a plural word of [`CAMPAIGN_WORDS`] starts `s` (`operations`,
/// `campaigns`, `actions`).
pub(super) fn plural_campaign_at(s: &str) -> bool {
    campaign_filter().may_start(s)
        && match_prefix(s, CAMPAIGN_WORDS).is_some_and(|(_, l)| s.as_bytes()[l - 1] == b's')
}

/// Chinese campaign words: `行动` (action), `战役` (battle), `攻坚战`
/// (tough battle).
pub(super) const CJK_CAMPAIGN_WORDS: [&str; 3] = ["行动", "战役", "攻坚战"];

/// Chinese words of a drive that name a campaign only after `专项`
/// (special): `整治` (rectification), `斗争` (struggle), `打击` (strike).
pub(super) const CJK_SPECIAL_WORDS: [&str; 3] = ["打击", "整治", "斗争"];

/// Whether a Chinese campaign word starts `s`: `“净网2024”专项行动`,
/// `“雷霆”行动`, `“清源”专项整治`.
pub(super) fn cjk_campaign_at(s: &str) -> bool {
    let starts = |s: &str, words: &[&str]| words.iter().any(|w| s.starts_with(w));
    match s.strip_prefix("专项") {
        Some(rest) => starts(rest, &CJK_CAMPAIGN_WORDS) || starts(rest, &CJK_SPECIAL_WORDS),
        None => starts(s, &CJK_CAMPAIGN_WORDS),
    }
}

/// Whether a quoted name ends in a Chinese campaign word: `“夏季行动”`.
pub(super) fn cjk_campaign_inside(name: &str) -> bool {
    CJK_CAMPAIGN_WORDS
        .iter()
        .any(|w| name.len() > w.len() && name.ends_with(w))
}

/// Whether a campaign word starts `s` (a word start): most words are
/// turned away by the filter, without a lexicon lookup.
pub(super) fn campaign_at(s: &str) -> bool {
    campaign_filter().may_start(s) && match_prefix(s, CAMPAIGN_WORDS).is_some()
}
