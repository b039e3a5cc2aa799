//! The security body that issued a bulletin, credited without a label: on
//! the line under the headline (`Jilin Provincial Public Security
//! Department`, `The Public Security Department of Ningxia Hui
//! Autonomous Region 2024-05-08`), or alone on the bulletin's last line
//! (`Ministry of Public Security Cyber Security Bureau`).

use super::signed::LastLine;
use super::{is_outlet_name, is_proper_name, HeaderLines};
use crate::quantity::date::{date_phrase, DatePhrase};
use crate::text::ascii_word_before;

/// The most words of a body's name.
const BODY_WORDS: usize = 12;

/// The longest line read as an issuer's credit.
const ISSUER_LEN: usize = 140;

/// The head words a body's name ends with (or stands before its `of`:
/// `Department of Ningxia Hui Autonomous Region`).
const HEADS: [&str; 8] = [
    "branch",
    "brigade",
    "bureau",
    "department",
    "detachment",
    "office",
    "procuratorate",
    "station",
];

/// Lower-case words a body's name may hold (`press office`).
const LOWER: [&str; 6] = ["and", "news", "of", "office", "press", "the"];

/// `Headline` / `Jilin Provincial Public Security Department`: the line
/// after a headline names a security body alone, or before a date stamp
/// with its year; a leading `The` is dropped. A site banner on the first
/// line is no credit (the caller asks only when a headline opens).
pub(super) fn under_headline<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    let line = header.filled().nth(1)?;
    if line.len() > ISSUER_LEN {
        return None;
    }
    let name = before_stamp(line).trim_end();
    let name = name.strip_prefix("The ").unwrap_or(name);
    is_body_name(name).then_some(name)
}

/// `Headline` / `Coastal Defence Online` / `Wang Min` / `2022-03-14
/// 09:12:40`: a site's header that names its outlet on the line under the
/// headline, alone, with a date stamp with its year on one of the two
/// lines after it (an editor's name may stand between).
pub(super) fn outlet_over_stamp<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    let mut lines = header.filled().skip(1);
    let line = lines.next()?;
    if line.len() > ISSUER_LEN || !is_proper_name(line, true) || !is_outlet_name(line) {
        return None;
    }
    let stamp = |l: &str| match date_phrase(l) {
        Ok((rest, DatePhrase::Day { year: Some(_), .. })) => rest
            .trim()
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b':' || c == b' '),
        Ok(_) | Err(_) => false,
    };
    // (An editor's name between is short and ends no sentence.)
    let next = lines.next()?;
    let named = next.len() <= 40 && !next.ends_with('.');
    (stamp(next) || (named && lines.next().is_some_and(stamp))).then_some(line)
}

/// `... within the region.` / `Ministry of Public Security Cyber Security
/// Bureau`: the text's last line a security body's name alone, or a
/// body's name and, after a comma, the body it belongs to (`Dongguan Road
/// Police Station, Hexi Branch of Linjiang Public Security Bureau`): the
/// first signs it.
pub(super) fn closing_body(last: LastLine<'_>) -> Option<&str> {
    let last = last.line;
    if last.len() > ISSUER_LEN {
        return None;
    }
    match last.split_once(", ") {
        Some((body, parent)) => (is_body_name(body) && is_body_name(parent)).then_some(body),
        None => is_body_name(last).then_some(last),
    }
}

/// `line` without a date stamp with its year (a time allowed after it) at
/// its end.
fn before_stamp(line: &str) -> &str {
    let bytes = line.as_bytes();
    // Word starts that may open a date: a digit or a capital after a space.
    let stamp = (1..bytes.len())
        .filter(|&i| {
            bytes[i - 1] == b' ' && (bytes[i].is_ascii_digit() || bytes[i].is_ascii_uppercase())
        })
        .find(|&i| match date_phrase(&line[i..]) {
            Ok((rest, DatePhrase::Day { year: Some(_), .. })) => {
                rest.trim().bytes().all(|c| c.is_ascii_digit() || c == b':')
            }
            Ok(_) | Err(_) => false,
        });
    stamp.map_or(line, |i| &line[..i])
}

/// Whether `name` is a security body's name: two to [`BODY_WORDS`]
/// words, capitalized or of [`LOWER`], naming `Public Security`,
/// `Police` or a `Procuratorate` (which issues notices quoting police
/// figures), its last word (or the word before its first `of`) a head of
/// [`HEADS`].
fn is_body_name(name: &str) -> bool {
    // The head first: most lines name no body, and their last word (or
    // the word before their `of`) says so before their words are read.
    let head = |w: &str| HEADS.iter().any(|h| w.eq_ignore_ascii_case(h));
    let headed = head(ascii_word_before(name, name.len()))
        || name
            .find(" of ")
            .is_some_and(|i| head(ascii_word_before(name, i)));
    if !headed {
        return false;
    }
    let words = name.split(' ').filter(|w| !w.is_empty());
    let count = words.clone().count();
    let shaped = (2..=BODY_WORDS).contains(&count)
        && words.into_iter().all(|w| {
            LOWER.contains(&w)
                || (w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.bytes()
                        .all(|c| c.is_ascii_alphabetic() || c == b'\'' || c == b'-'))
        });
    shaped
        && ["Public Security", "Police", "Procuratorate"]
            .iter()
            .any(|w| name.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_under_the_headline_issues_the_bulletin() {
        let p = |s| under_headline(&HeaderLines::of(s));
        assert_eq!(
            p("Ten questions on the action\nJilin Provincial Public Security Department\nQ1: When?"),
            Some("Jilin Provincial Public Security Department")
        );
        assert_eq!(
            p("Briefing\nBeijing Municipal Public Security Bureau press office\nMarch 18, 2024"),
            Some("Beijing Municipal Public Security Bureau press office")
        );
        assert_eq!(
            p("Progress\nThe Public Security Department of Ningxia Hui Autonomous Region 2024-05-08\nText."),
            Some("Public Security Department of Ningxia Hui Autonomous Region")
        );
        assert_eq!(
            p("Court notice\nAnping County People's Procuratorate  2025-06-26\nText."),
            Some("Anping County People's Procuratorate")
        );
        // A sentence, a person or an outlet under the headline credits no body.
        assert_eq!(p("Headline\nThe police station was busy.\nText."), None);
        assert_eq!(p("Headline\nReporter Li Ming\nText."), None);
        assert_eq!(p("Headline\nJiangnan Evening News\nText."), None);
    }

    #[test]
    fn an_outlet_over_a_date_stamp_under_the_headline() {
        let p = |s| outlet_over_stamp(&HeaderLines::of(s));
        assert_eq!(
            p("Navy escorts fishing fleet\n\nPLA Daily Online\nZhao Ming\n2022-03-14 09:12:40\nText."),
            Some("PLA Daily Online")
        );
        assert_eq!(
            p("Border raid\nYunnan News Network\n2023-07-02 10:05\nText."),
            Some("Yunnan News Network")
        );
        // No stamp with a year within two lines, or no outlet's name.
        assert_eq!(
            p("Border raid\nYunnan News Network\nBy Li Hua\nOfficers said.\n2023-07-02"),
            None
        );
        assert_eq!(p("Border raid\nYunnan News Network\nJuly 2\nText."), None);
        assert_eq!(
            p("Border raid\nYunnan News Network\nPolice held 3 men.\n2023-07-02"),
            None
        );
        assert_eq!(
            p("Border raid\nZhao Ming Wang Lei\n2023-07-02 10:05\nText."),
            None
        );
    }

    fn closing_body(text: &str) -> Option<&str> {
        super::closing_body(LastLine::of(text))
    }

    #[test]
    fn a_body_alone_on_the_last_line_signs_it() {
        assert_eq!(
            closing_body("Cases fell by 24%.\nMinistry of Public Security Cyber Security Bureau\n"),
            Some("Ministry of Public Security Cyber Security Bureau")
        );
        assert_eq!(
            closing_body("Text.\nThanks to the Public Security Bureau"),
            None
        );
        assert_eq!(closing_body("Text.\nEditor: Li Na"), None);
        assert_eq!(
            closing_body("Text.\nDongguan Road Police Station, Hexi Branch of Linjiang Public Security Bureau"),
            Some("Dongguan Road Police Station")
        );
        assert_eq!(
            closing_body("Text.\nDongguan Road Police Station, thanks to all residents"),
            None
        );
    }
}
