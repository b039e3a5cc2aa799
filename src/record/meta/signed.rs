//! Credits without a label: an outlet opening a dateline with no brackets
//! (`Ningbo Evening News, May 30 -- Reporter Ye Qing`), and a bulletin
//! signed at its foot by the body that issued it, on the line before its
//! date (`Pingyang County Public Security Bureau` / `November 25, 2024`).

use super::{is_outlet_name, is_proper_name};
use crate::quantity::date::{date_phrase, DatePhrase};

/// The most words of a signing body's name (`Fuxin Mongolian Autonomous
/// County Public Security Bureau`).
const SIGNER_WORDS: usize = 9;

/// The longest line read as a signature.
const SIGNER_LEN: usize = 100;

/// `Ningbo Evening News, May 30 -- ...`: a header line (of `header`'s
/// first six) that opens with an outlet's name (its last word the head of
/// one: `News`, `Daily`), a comma, a date and a dash. A place opening a
/// dateline (`Xining, Oct. 8 --`) is no outlet.
pub(super) fn outlet_dateline(header: &str) -> Option<&str> {
    crate::text::lines(header).take(6).find_map(|line| {
        let line = line.trim_start();
        let (name, rest) = line.get(..line.len().min(160))?.split_once(',')?;
        let rest = rest.trim_start();
        // (A date opens with a digit or a month's capital.)
        if !rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return None;
        }
        let Ok((after, DatePhrase::Day { .. })) = date_phrase(rest) else {
            return None;
        };
        let dashed = ["--", "\u{2014}", "\u{2013}", "- "]
            .iter()
            .any(|d| after.trim_start().starts_with(d));
        (dashed && is_proper_name(name, true) && is_outlet_name(name)).then_some(name)
    })
}

/// `... return home.` / `Huangping County Public Security Bureau` / `July
/// 8, 2024`: the text's last line a date with its year alone, and the
/// line before it a body's name (capitalized words, `of` and `and`
/// allowed, its last word the head of one): the body signs the bulletin.
pub(super) fn signer(text: &str) -> Option<&str> {
    let mut lines = text.trim_end().rsplit('\n').map(str::trim);
    let date = lines.next()?;
    // (Checked before the line above it is looked for: most texts end in
    // a sentence.)
    if date.len() > 40 {
        return None;
    }
    let name = lines.next()?;
    if name.len() > SIGNER_LEN {
        return None;
    }
    match date_phrase(date) {
        Ok(("", DatePhrase::Day { year: Some(_), .. })) => {}
        Ok(_) | Err(_) => return None,
    }
    let mut words = 0;
    let named = name.split(' ').filter(|w| !w.is_empty()).all(|w| {
        words += 1;
        matches!(w, "of" | "and")
            || (w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'\''))
    });
    (named && (2..=SIGNER_WORDS).contains(&words) && is_outlet_name(name)).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlet_opening_a_dateline_without_brackets() {
        let p = |s| outlet_dateline(s);
        assert_eq!(
            p("Headline here\n\nNingbo Evening News, May 30 -- Reporter Ye Qing"),
            Some("Ningbo Evening News")
        );
        assert_eq!(p("Xining, Oct. 8 -- During the National Day holiday"), None);
        assert_eq!(
            p("Police Daily, the paper of the force, said 30 -- no"),
            None
        );
    }

    #[test]
    fn a_body_signing_the_foot_with_its_date() {
        assert_eq!(
            signer("Body text.\n\nPingyang County Public Security Bureau\nNovember 25, 2024\n"),
            Some("Pingyang County Public Security Bureau")
        );
        assert_eq!(
            signer("Body text.\nHuangping County Public Security Bureau\n2024-07-08"),
            Some("Huangping County Public Security Bureau")
        );
        // A date without a year, or a sentence before it, signs nothing.
        assert_eq!(
            signer("Body text.\nHuangping County Public Security Bureau\nJuly 8"),
            None
        );
        assert_eq!(
            signer("Police thanked the Huangping Bureau\nJuly 8, 2024"),
            None
        );
    }
}
