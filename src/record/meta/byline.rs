//! Bylines of page furniture: a header line of an outlet's or an
//! account's name and a date stamp alone (`Taicang Public Security
//! 2024-09-09 17:02`, `Zhejiang Daily  Sept 30, 2025`, `徐州公安 2025-07-28
//! 18:30 江苏`).

use super::HeaderLines;
use crate::lex::is_cjk;
use crate::quantity::date::{date_phrase, month_name, DatePhrase};

/// Words that label a stamp rather than name its outlet (`Updated
/// 2024-09-09`).
const STAMP_WORDS: [&str; 9] = [
    "Date",
    "Issued",
    "Last",
    "Modified",
    "Posted",
    "Published",
    "Release",
    "Released",
    "Updated",
];

/// The longest line [`byline_outlet`] reads: five words and a stamp.
const BYLINE_LEN: usize = 120;

/// The most words before the stamp where it is looked for.
const NAME_WORDS: usize = 7;

/// A header line (after the first) of a name and a date stamp with its
/// year alone after it, a time and a place (a WeChat post's province)
/// allowed after the date: the name is the outlet's or account's. The
/// name is one to five capitalized words (`Kunshan Public Security`), or
/// ideographs (`徐州公安`); of several fields before the stamp (`Original
/// Pukou Police`, `原创 南陵公安 南陵公安`: a WeChat post's mark, author
/// and account) the last, the account, is taken.
pub(super) fn byline_outlet<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    header.first(5).iter().skip(1).find_map(|line| {
        let line = line.trim_end();
        // (A byline is short: a long line is a paragraph, not read.)
        if line.len() > BYLINE_LEN {
            return None;
        }
        let Some(stamp) = stamp_start(line) else {
            return name_after_stamp(line);
        };
        let name = last_field(without_stamp_label(line[..stamp].trim_end()));
        (is_cjk_name(name) || is_english_name(name)).then_some(name)
    })
}

/// `By Wang Li, Harbour Times, Staff Reporter`: a header line that credits
/// a writer by the outlet that employs them, between the name and the
/// writer's role. A middle field that is itself a role (`Senior Chief
/// Editor`) names no outlet.
pub(super) fn staff_byline<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    const ROLES: [&str; 4] = ["correspondent", "editor", "reporter", "writer"];
    const OTHER_ROLES: [&str; 4] = ["chief", "director", "photographer", "reporters"];
    header.first(6).iter().find_map(|line| {
        let line = line.trim_end().strip_prefix("By ")?;
        if line.len() > BYLINE_LEN {
            return None;
        }
        let mut fields = line.split(", ");
        let (_, outlet, role) = (fields.next()?, fields.next()?, fields.next()?);
        let last = role.rsplit(' ').next().unwrap_or(role);
        let staff = ROLES.iter().any(|r| last.eq_ignore_ascii_case(r));
        let outlet_last = outlet.rsplit(' ').next().unwrap_or(outlet);
        let a_role = ROLES
            .iter()
            .chain(&OTHER_ROLES)
            .any(|r| outlet_last.eq_ignore_ascii_case(r));
        (fields.next().is_none() && staff && !a_role && is_english_name(outlet)).then_some(outlet)
    })
}

/// `Staff writer, with AFP`, `By Chen Wei, with Reuters`: a header
/// line that credits a writer working with a wire service; the service.
pub(super) fn wire_byline<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    header.first(6).iter().find_map(|line| {
        let line = line.trim_end();
        // (Only a `By ` or a `Staff` line may credit a wire.)
        if line.len() > BYLINE_LEN || !(line.starts_with("By ") || line.starts_with("Staff")) {
            return None;
        }
        let (writer, wire) = line.split_once(", with ")?;
        let staff = ["Staff writer", "Staff reporter"]
            .iter()
            .any(|s| writer.starts_with(s) && writer.len() <= s.len() + 1);
        let by = writer
            .strip_prefix("By ")
            .is_some_and(|name| !name.contains(',') && is_english_name(name));
        let wire = wire.trim_end_matches('.');
        ((staff || by) && is_english_name(wire)).then_some(wire)
    })
}

/// `Gaoping Traffic Police  Published on`, `Linhai Police  Posted:`: the
/// name before a stamp's label, a stamp word ([`STAMP_WORDS`]) that `on`
/// or a colon follows. (`Shenzhen Release` alone is a name.)
fn without_stamp_label(before: &str) -> &str {
    let Some(head) = before
        .strip_suffix(" on")
        .or_else(|| before.strip_suffix(':'))
        .or_else(|| before.strip_suffix('：'))
    else {
        return before;
    };
    let head = head.trim_end();
    STAMP_WORDS
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .filter(|h| h.is_empty() || h.ends_with([' ', '\t', '|']))
        .map_or(before, |h| h.trim_end_matches([' ', '\t', '|']))
}

/// `2024-10-09 10:05   Qinghai Daily`: a line that opens with a date with
/// its year (digits first), a time allowed after it, then the outlet's
/// name alone.
fn name_after_stamp(line: &str) -> Option<&str> {
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let Ok((rest, DatePhrase::Day { year: Some(_), .. })) = date_phrase(line) else {
        return None;
    };
    let mut rest = rest.trim_start();
    let time = rest
        .bytes()
        .take_while(|c| c.is_ascii_digit() || *c == b':')
        .count();
    if time > 0 && rest[..time].contains(':') {
        // (`15:06ChenYan`: a name glued to the time is no outlet's.)
        if !rest[time..].starts_with([' ', '\t']) {
            return None;
        }
        rest = rest[time..].trim_start();
    }
    let name = rest.trim_end();
    // (`2024-05-29 03:35  BY Li Wen`: a writer's byline, no outlet.)
    let writer = name.starts_with("By ") || name.starts_with("BY ");
    (!name.is_empty() && !writer && (is_cjk_name(name) || is_english_name(name))).then_some(name)
}

/// Where the stamp of a byline starts: the first word start, after a
/// space and at most [`NAME_WORDS`] words in, that opens a date with its
/// year followed by nothing but a time and a place.
///
/// A date with its year holds the year's digits, and opens with a digit
/// (`2024-09-09`, `30 Sept 2025`) or a month's name (`Sept 30, 2025`): a
/// line without a digit is not read, nor a word that is neither, so the
/// date grammar runs only where a stamp may open.
fn stamp_start(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    if !bytes.iter().any(u8::is_ascii_digit) {
        return None;
    }
    (1..bytes.len())
        .filter(|&i| {
            bytes[i - 1] == b' ' && (bytes[i].is_ascii_digit() || bytes[i].is_ascii_uppercase())
        })
        .take(NAME_WORDS)
        .filter(|&i| bytes[i].is_ascii_digit() || month_name(&line[i..]).is_ok())
        .find(|&i| match date_phrase(&line[i..]) {
            Ok((rest, DatePhrase::Day { year: Some(_), .. })) => only_time_and_place(rest),
            Ok(_) | Err(_) => false,
        })
}

/// Whether `rest`, after a byline's date, holds at most a time (`17:02`,
/// `08:37:33`) and a place: one capitalized word (`Anhui`) or two to four
/// ideographs (`江苏`).
fn only_time_and_place(rest: &str) -> bool {
    let mut rest = rest.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) && rest[digits..].starts_with(':') {
        let time = rest
            .bytes()
            .take_while(|c| c.is_ascii_digit() || *c == b':')
            .count();
        rest = rest[time..].trim_start();
    }
    let place = rest.trim_end();
    let english = place.starts_with(|c: char| c.is_ascii_uppercase())
        && place.bytes().all(|c| c.is_ascii_alphabetic());
    let cjk = (2..=4).contains(&place.chars().count()) && place.chars().all(is_cjk);
    place.is_empty() || english || cjk
}

/// The last field of a byline's name part: after its last double space,
/// or, of ideographs, its last space.
fn last_field(name: &str) -> &str {
    let cjk = name.chars().next_back().is_some_and(is_cjk);
    match cjk {
        // (Split, not `rfind(..) + 1`: `　` is three bytes wide.)
        true => name.rsplit([' ', '\u{3000}']).next().unwrap_or(name),
        false => name.rfind("  ").map_or(name, |i| &name[i + 2..]),
    }
}

/// Two to twelve ideographs.
fn is_cjk_name(name: &str) -> bool {
    (2..=12).contains(&name.chars().count()) && name.chars().all(is_cjk)
}

/// One to five capitalized words of letters, none a stamp's label, nor a
/// date (`Monday`); `Release` may end a name (`Shenzhen Release`, a
/// government account), after a word that is no `Press` or `News`.
fn is_english_name(name: &str) -> bool {
    let mut words = 0;
    let mut last = "";
    let named = name.split_whitespace().all(|w| {
        words += 1;
        let release = w == "Release" && words > 1 && !matches!(last, "Press" | "News");
        last = w;
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|c| c.is_ascii_alphabetic())
            && (release || !STAMP_WORDS.contains(&w))
    });
    named && (1..=5).contains(&words) && date_phrase(name).is_err()
}

#[cfg(test)]
mod tests {
    use super::HeaderLines;

    fn byline_outlet(s: &str) -> Option<&str> {
        super::byline_outlet(&HeaderLines::of(s))
    }

    fn wire_byline(s: &str) -> Option<&str> {
        super::wire_byline(&HeaderLines::of(s))
    }

    #[test]
    fn a_writer_with_a_wire_service_credits_the_service() {
        assert_eq!(
            wire_byline("Headline\n\nStaff writer, with AFP\n\nText."),
            Some("AFP")
        );
        assert_eq!(
            wire_byline("Headline\nBy Zhou Lan, with Reuters\nText."),
            Some("Reuters")
        );
        // Lowercase wires, or a sentence, credit no outlet.
        assert_eq!(
            wire_byline("Headline\nStaff writer, with agencies\nText."),
            None
        );
        assert_eq!(
            wire_byline("Headline\nPolice met on Monday, with Li Ming\nText."),
            None
        );
    }

    #[test]
    fn an_outlet_after_the_stamp() {
        let p = |s| byline_outlet(s);
        assert_eq!(
            p("Headline\n2024-10-09 10:05   Qinghai Daily\nBody."),
            Some("Qinghai Daily")
        );
        assert_eq!(
            p("Headline\n\n2024-02-20 Yiwu Public Security\n"),
            Some("Yiwu Public Security")
        );
        assert_eq!(
            p("Headline\n2024-05-20 09:14:36   Source: Linqu Bureau\n"),
            None
        );
        assert_eq!(p("Headline\n2024-05-20 Monday\n"), None);
        assert_eq!(p("Headline\n2021-05-31 15:06ChenYan\n"), None);
    }

    #[test]
    fn an_outlet_before_a_labelled_stamp() {
        let p = |s| byline_outlet(s);
        assert_eq!(
            p("Headline\nGaoping Traffic Police  Published on 2026-04-05\nBody."),
            Some("Gaoping Traffic Police")
        );
        assert_eq!(
            p("Headline\nLinhai Police | Posted: 2026-04-05 10:12\nBody."),
            Some("Linhai Police")
        );
        assert_eq!(p("Headline\nPublished on 2026-04-05\nBody."), None);
        // Fields of ideographs split by a wide space: the last is taken.
        assert_eq!(
            p("Headline\n原创\u{3000}南湖公安 2025-03-14 09:20\nBody."),
            Some("南湖公安")
        );
        assert_eq!(
            p("Headline\nShenzhen Release 2026-04-05\nBody."),
            Some("Shenzhen Release")
        );
    }
}
