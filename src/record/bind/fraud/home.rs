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

/// The verb class a verb of moving people gives a count of people (its
/// noun class's: suspects, people), where the lexicon reads the verb for
/// goods or money: `turned over 12 suspects to Chinese police` (as
/// `handed over`, an arrest), `brought back 20 suspects`, `deported 35
/// suspects` (sent home, [`Verb::Prosecute`]: an `other` tally, no
/// arrest). Passed or sent to prosecutors (`turned over 6 suspects to
/// prosecutors`, `were sent for prosecution`, as `transferred` ones
/// are), they are at a later stage of justice. Right after an
/// arrest verb (`arrested and brought back 14`) the arrest stands.
/// `noun` is the count's (people only), taken by `verb`; `figure_end`
/// is where its number ends, `ceil` its clause's end.
pub(in crate::record::bind) fn people_moved(
    text: &str,
    noun: NounPhrase<'_>,
    verb: Option<(Verb, usize)>,
    figure_end: usize,
    ceil: usize,
) -> Option<Verb> {
    const PASSED: [&[u8]; 3] = [b"turned over", b"handed over", b"handed back"];
    const SENT: [&[u8]; 3] = [b"brought back", b"sent back", b"deported"];
    if !matches!(noun.class, Some(Noun::Person | Noun::Generic)) {
        return None;
    }
    let (_, at) = verb?;
    let object_end = end_of(text, noun.text).max(figure_end);
    let b = text.as_bytes().get(at..)?;
    let passed = PASSED.iter().any(|w| starts_ignore_case(b, w));
    // (`sent` names a move only on to prosecution: `were sent for
    // prosecution`, `sent 9 suspects to the procuratorate`; else it sends
    // warnings or officers.)
    let sent_on = starts_ignore_case(b, b"sent ") && to_prosecution(text, object_end.max(at), ceil);
    if !passed && !sent_on && !SENT.iter().any(|w| starts_ignore_case(b, w)) {
        return None;
    }
    // Arrested, then moved; or passed on to anyone but prosecutors.
    if after_arrest(text.get(..at)?) || (passed && !to_prosecution(text, object_end.max(at), ceil))
    {
        Some(Verb::Arrest)
    } else {
        Some(Verb::Prosecute)
    }
}

/// Whether the words from `from`, up to a clause mark or `ceil` (at most
/// 80 bytes), send people on to prosecution: `to prosecutors`, `to the
/// procuratorate`, `to procuratorial organs`, `for prosecution`.
fn to_prosecution(text: &str, from: usize, ceil: usize) -> bool {
    let end = crate::text::floor_char(text, ceil.min(from + 80).min(text.len()));
    let Some(rest) = text.get(from..end) else {
        return false;
    };
    let rest = rest
        .bytes()
        .position(|c| matches!(c, b',' | b';' | b'.' | b'\n'))
        .map_or(rest, |i| &rest[..i]);
    rest.split(' ').any(|w| {
        let w = w.as_bytes();
        starts_ignore_case(w, b"prosecut") || starts_ignore_case(w, b"procurat")
    })
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

#[cfg(test)]
mod tests {
    use crate::record::bind::tests::r;

    #[test]
    fn people_deported_or_brought_back_are_a_count_of_their_own() {
        insta::assert_snapshot!(r("The Cambodian side deported 41 telecom fraud suspects to China on Friday."), @"tally Other 41 (telecom fraud suspects)");
        insta::assert_snapshot!(r("A total of 230 suspects in online fraud cases were deported from Laos."), @"tally Other 230 (suspects)");
        insta::assert_snapshot!(r("The working group brought back 19 suspects from Dubai."), @"tally Other 19 (suspects)");
        insta::assert_snapshot!(r("In all, 57 suspects were brought back from Manila by the task force."), @"tally Other 57 (suspects)");
        insta::assert_snapshot!(r("Police repatriated 88 gambling suspects from abroad."), @"tally Other 88 (gambling suspects)");
        // Arrested first, they are arrests.
        insta::assert_snapshot!(r("Officers arrested and brought back 26 suspects."), @"tally Arrests 26 (suspects)");
    }

    #[test]
    fn people_turned_over_are_taken_into_custody() {
        insta::assert_snapshot!(r("The Lao police turned over 14 suspects to the Chinese side."), @"tally Arrests 14 (suspects)");
        insta::assert_snapshot!(r("Last week 33 suspects were turned over to the public security organ."), @"tally Arrests 33 (suspects)");
        // To prosecutors, a later stage of justice.
        insta::assert_snapshot!(r("The bureau turned over 9 suspects to prosecutors."), @"tally Other 9 (suspects)");
        // Goods turned over are still goods.
        insta::assert_snapshot!(r("Residents turned over 12 illegal guns."), @"seizure Weapons Confiscated illegal guns q=12");
    }

    #[test]
    fn a_move_described_after_those_taken_leaves_the_taking() {
        insta::assert_snapshot!(r("Guangdong police took custody of 96 telecom fraud suspects deported from Myanmar."), @"fraud suspects_arrested 96");
        insta::assert_snapshot!(r("The team received 40 suspects handed over by the Thai police."), @"tally Arrests 40 (suspects)");
    }
}
