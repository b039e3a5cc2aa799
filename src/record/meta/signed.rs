//! Credits without a label: an outlet opening a dateline with no brackets
//! (`Ningbo Evening News, May 30 -- Reporter Ye Qing`), and a bulletin
//! signed at its foot by the body that issued it, on the line before its
//! date (`Pingyang County Public Security Bureau` / `November 25, 2024`),
//! and a reprint closed by its outlet in brackets (`(Binhai Daily)`).

use super::{is_outlet_name, is_proper_name, HeaderLines};
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
pub(super) fn outlet_dateline<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    header.first(6).iter().find_map(|&line| {
        let (name, rest) = line.get(..line.len().min(160))?.split_once(',')?;
        let rest = rest.trim_start();
        // (A date opens with a digit or a month's capital.) The name is
        // judged before the date is read: most lines with a comma name
        // no outlet before it.
        let may = rest.starts_with(|c: char| c.is_ascii_alphanumeric())
            && is_outlet_name(name)
            && is_proper_name(name, true);
        if !may {
            return None;
        }
        let Ok((after, DatePhrase::Day { .. })) = date_phrase(rest) else {
            return None;
        };
        let dashed = ["--", "\u{2014}", "\u{2013}", "- "]
            .iter()
            .any(|d| after.trim_start().starts_with(d));
        dashed.then_some(name)
    })
}

/// A text's last line, trailing spaces and line breaks aside: found by one
/// backward search, then read by each of the closing credits.
#[derive(Clone, Copy)]
pub(super) struct LastLine<'a> {
    /// The text before the last line's break, if it has one.
    above: Option<&'a str>,
    /// The last line, trimmed.
    pub(super) line: &'a str,
}

impl<'a> LastLine<'a> {
    pub(super) fn of(text: &'a str) -> Self {
        let body = text.trim_end();
        match memchr::memrchr(b'\n', body.as_bytes()) {
            Some(i) => LastLine {
                above: Some(&body[..i]),
                line: body[i + 1..].trim(),
            },
            None => LastLine {
                above: None,
                line: body.trim(),
            },
        }
    }

    /// The lines above the last one, trimmed, from the nearest up.
    fn above(self) -> impl Iterator<Item = &'a str> {
        self.above
            .into_iter()
            .flat_map(|above| above.rsplit('\n'))
            .map(str::trim)
    }
}

/// `Jiangbei News Network News On May 3, the county police ...`: a lead
/// paragraph that opens with a web outlet's name (its last word `Network`
/// or `Net`) and `News` before the story's first capital, as 某某网讯 is
/// rendered: the outlet is the source. (A headline, a short first line,
/// is not read: `Police Network News Conference Held`.)
pub(super) fn opening_outlet<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    const LEAD_LEN: usize = 120;
    let line = *header.first(1).first()?;
    if line.len() <= LEAD_LEN {
        return None;
    }
    // (The lead ends at a char boundary: a wide character may straddle
    // byte `LEAD_LEN`.)
    let lead = &line[..crate::text::floor_char(line, LEAD_LEN)];
    // The first ` Network News ` or ` Net News `, found from the capital
    // `N`s of the lead (no substring searcher is built per text): where
    // the head word ends.
    let b = lead.as_bytes();
    let end = memchr::memchr_iter(b'N', b).find_map(|j| {
        let rest = &b[j..];
        let head = if rest.starts_with(b"Network News ") {
            "Network".len()
        } else if rest.starts_with(b"Net News ") {
            "Net".len()
        } else {
            return None;
        };
        (j > 0 && b[j - 1] == b' ').then_some(j + head)
    })?;
    let name = &line[..end];
    let story = line[end + " News ".len()..].starts_with(|c: char| c.is_ascii_uppercase());
    (story && is_proper_name(name, false)).then_some(name)
}

/// `... return home.` / `Huangping County Public Security Bureau` / `July
/// 8, 2024`: the text's last line a date with its year alone, and the
/// line before it a body's name (capitalized words, `of` and `and`
/// allowed, its last word the head of one): the body signs the bulletin.
/// A joint notice stacks its signers one a line: the first of them (at
/// most [`SIGNERS`] lines up) leads it.
pub(super) fn signer(last: LastLine<'_>) -> Option<&str> {
    let date = last.line;
    // (Checked before the line above it is looked for: most texts end in
    // a sentence.)
    if date.len() > 40 {
        return None;
    }
    match date_phrase(date) {
        Ok(("", DatePhrase::Day { year: Some(_), .. })) => {}
        Ok(_) | Err(_) => return None,
    }
    last.above()
        .take(SIGNERS)
        .take_while(|name| is_signer_name(name))
        .last()
}

/// The most signers of a joint notice read above its date.
const SIGNERS: usize = 4;

/// Whether a line is a signing body's name: two to [`SIGNER_WORDS`]
/// capitalized words (`of` and `and` allowed), its last word the head of
/// a body's or an outlet's name.
fn is_signer_name(name: &str) -> bool {
    if name.len() > SIGNER_LEN {
        return false;
    }
    let mut words = 0;
    let named = name.split(' ').filter(|w| !w.is_empty()).all(|w| {
        words += 1;
        matches!(w, "of" | "and")
            || (w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes()
                    .all(|c| c.is_ascii_alphabetic() || c == b'\'' || c == b'-'))
    });
    named && (2..=SIGNER_WORDS).contains(&words) && is_outlet_name(name)
}

/// `... the case goes on.` / `(Binhai Rule of Law Daily)`: the text's last
/// line an outlet's or a body's name alone in brackets, a reprint's
/// closing credit. A reporter's or a photo's credit (`(Reporter Li Na)`)
/// names no outlet.
pub(super) fn closing_credit(last: LastLine<'_>) -> Option<&str> {
    let inner = last.line.strip_prefix('(')?.strip_suffix(')')?.trim();
    let person = [
        "Reporter",
        "Correspondent",
        "Photo",
        "By",
        "Author",
        "Editor",
    ]
    .iter()
    .any(|w| inner.starts_with(w));
    (!person && is_signer_name(inner)).then_some(inner)
}

/// `This article is reprinted from Jiangbei Evening News`, `Reproduced
/// from ...`, `Produced by Jiangbei Police Media Center`: one of
/// `lines` (the header's or the footer's) that opens with a credit phrase
/// and names an outlet or a body after it, up to the line's end or a
/// full stop.
pub(super) fn credit_line<'a>(mut lines: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    const LEADS: [&str; 5] = [
        "this article is reprinted from ",
        "this article is reproduced from ",
        "reprinted from ",
        "reproduced from ",
        "produced by ",
    ];
    lines.find_map(|line| {
        let line = line.trim();
        // Every lead starts with `t`, `r` or `p`: most lines start with
        // none, and no lead is compared.
        let first = line.as_bytes().first().map(u8::to_ascii_lowercase);
        if !matches!(first, Some(b't' | b'r' | b'p')) {
            return None;
        }
        let lead = LEADS.iter().find(|l| {
            line.get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l))
        })?;
        let rest = &line[lead.len()..];
        let name = rest[..rest.find(['.', ',', ';', '(']).unwrap_or(rest.len())].trim();
        is_signer_name(name).then_some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlet_opening_a_dateline_without_brackets() {
        let p = |s| outlet_dateline(&HeaderLines::of(s));
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

    fn signer(text: &str) -> Option<&str> {
        super::signer(LastLine::of(text))
    }

    fn closing_credit(text: &str) -> Option<&str> {
        super::closing_credit(LastLine::of(text))
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
        // A hyphened word of the name (`Sub-bureau`) is one of its words.
        assert_eq!(
            signer("Body text.\nQiaoxi District Public Security Sub-bureau\nMarch 2, 2026"),
            Some("Qiaoxi District Public Security Sub-bureau")
        );
    }

    #[test]
    fn a_joint_notice_is_led_by_its_first_signer() {
        let text = "Body text.\nHanyang Municipal Public Security Bureau\nHanyang Market Supervision Bureau\nHanyang Culture and Tourism Bureau\nAugust 4, 2025";
        assert_eq!(
            signer(text),
            Some("Hanyang Municipal Public Security Bureau")
        );
        // The sentence above the signers is no signer.
        assert_eq!(
            signer("The two bureaus thank you.\nLinjiang Traffic Police\nMay 5, 2025"),
            Some("Linjiang Traffic Police")
        );
    }

    #[test]
    fn a_reprint_or_producer_credit_line() {
        let credit_line = |s| credit_line(crate::text::lines(s));
        assert_eq!(
            credit_line("Text.\nThis article is reprinted from Jiangbei Evening News\n"),
            Some("Jiangbei Evening News")
        );
        assert_eq!(
            credit_line("Text.\nProduced by Jiangbei Police Media Center."),
            Some("Jiangbei Police Media Center")
        );
        // A sentence, or a name that is no outlet's nor body's, is no credit.
        assert_eq!(credit_line("Text.\nReprinted from the original post"), None);
        assert_eq!(credit_line("The film was produced by Li Ming."), None);
    }

    #[test]
    fn a_bracketed_outlet_closing_a_reprint() {
        assert_eq!(
            closing_credit("The case is on trial.\n(Binhai Rule of Law Daily)\n"),
            Some("Binhai Rule of Law Daily")
        );
        assert_eq!(closing_credit("Text.\n(Reporter Gao Fei)"), None);
        assert_eq!(closing_credit("Text.\n(to be continued)"), None);
        assert_eq!(closing_credit("Text (Xinhua Daily) more"), None);
    }
}
