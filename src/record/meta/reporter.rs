//! A reporter's byline that names the outlet before the role, as
//! machine translation renders 某某报记者 (`Harbour Evening News reporter
//! Li Na`, `CTV reporter correspondent Wang Wei ...`): the outlet is
//! the source.

use super::HeaderLines;

/// Head words of a press outlet's name (`Harbour Evening News`).
const PRESS_HEADS: [&str; 11] = [
    "Daily",
    "News",
    "Net",
    "Network",
    "Online",
    "Post",
    "Press",
    "Radio",
    "Television",
    "Times",
    "Weekly",
];

/// How many header lines (blank ones too) are read.
const HEADER_LINES: usize = 10;

/// How many bytes of a header line are read for a byline.
const LINE_HEAD: usize = 240;

/// The most capitalized words of an outlet's name before `reporter`.
const NAME_WORDS: usize = 5;

/// The outlet named before ` reporter ` in the first header lines (their
/// first [`LINE_HEAD`] bytes): a run
/// of one to five capitalized words, then `reporter` and a writer's name
/// (a capitalized word) or a second role (`correspondent`). A run that
/// does not open its line must end in a press head word ([`PRESS_HEADS`]):
/// inside a sentence, `the Harbour Evening News reporter Li Na`.
pub(super) fn reporter_byline<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    header.first(HEADER_LINES).iter().find_map(|&line| {
        // (A byline opens its line or paragraph: the rest of a long one is
        // not read.)
        let line = &line[..crate::text::floor_char(line, LINE_HEAD)];
        let mut from = 0;
        // (memchr's searcher: `str::find` set up a two-way search for each
        // line, most of the meta stage's cost of this reader.)
        while let Some(k) = memchr::memmem::find(&line.as_bytes()[from..], b" reporter ") {
            let at = from + k;
            from = at + 1;
            let after = &line[at + " reporter ".len()..];
            let named = after.starts_with(|c: char| c.is_ascii_uppercase())
                || after.starts_with("correspondent");
            if !named {
                continue;
            }
            if let Some(name) = name_before(line, at) {
                return Some(name);
            }
        }
        None
    })
}

/// The run of capitalized words ending at byte `end` of `line`, when it
/// opens the line or ends in a press head word.
fn name_before(line: &str, end: usize) -> Option<&str> {
    let mut start = end;
    let mut words = 0;
    while words < NAME_WORDS {
        let head = &line[..start];
        let w_start = head.rfind(' ').map_or(0, |p| p + 1);
        let w = &head[w_start..];
        let capital = w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|c| c.is_ascii_alphabetic());
        if !capital {
            break;
        }
        start = w_start;
        words += 1;
        if start == 0 {
            break;
        }
        start -= 1;
    }
    if words == 0 {
        return None;
    }
    let start = if start == 0 { 0 } else { start + 1 };
    let name = &line[start..end];
    let last = name.rsplit(' ').next().unwrap_or(name);
    // (A press head alone, `News reporter`, is a role's word.)
    if PRESS_HEADS.contains(&last) && name.contains(' ') {
        return Some(name);
    }
    if start != 0 {
        return None;
    }
    // Opening the line: one word only as an acronym (`CTV reporter`), as
    // `Our`, `Yesterday` or `Intern reporter` are not outlets; more words
    // not when they open as a sentence does or name a police body.
    let mut words = name.split(' ');
    let first = words.next().unwrap_or(name);
    let outlet = if name.contains(' ') {
        !NOT_OUTLET_FIRST.contains(&first) && !name.split(' ').any(|w| BODY_WORDS.contains(&w))
    } else {
        (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
    };
    outlet.then_some(name)
}

/// Words that open a line's capitalized run before `reporter` without
/// naming an outlet (`Our reporter`, `The reporter`, `Recently reporter`).
const NOT_OUTLET_FIRST: [&str; 13] = [
    "Chief",
    "Intern",
    "Local",
    "Our",
    "Recently",
    "Senior",
    "Special",
    "Staff",
    "That",
    "The",
    "This",
    "Today",
    "Yesterday",
];

/// Words of a police or state body's name, which is no outlet (`Public
/// Security Bureau reporter`).
const BODY_WORDS: [&str; 8] = [
    "Bureau",
    "Court",
    "Department",
    "Office",
    "Police",
    "Procuratorate",
    "Security",
    "Station",
];

#[cfg(test)]
mod tests {
    use super::HeaderLines;

    fn reporter_byline(s: &str) -> Option<&str> {
        super::reporter_byline(&HeaderLines::of(s))
    }

    #[test]
    fn an_outlet_before_its_reporter() {
        assert_eq!(
            reporter_byline("Smuggling ring broken\nHarbour Evening News reporter Li Na correspondent Wang Bo\nThe bureau said"),
            Some("Harbour Evening News")
        );
        assert_eq!(
            reporter_byline("Headline\nCTV reporter correspondent Zhang Wei\nText"),
            Some("CTV")
        );
        // A word that opens a sentence or names a role or a police body is
        // no outlet.
        for line in [
            "Our reporter Zhang Wei learned from the bureau that police arrested 12 suspects.",
            "Yesterday reporter Wang Fang learned from the bureau.",
            "The reporter Li Na learned from the bureau.",
            "Intern reporter Liu Yan",
            "News reporter Zhang Wei",
            // (A one-word outlet that is no acronym is not told from a word.)
            "Xinghai reporter correspondent Zhang Wei",
            "Public Security Bureau reporter Liu Yan",
        ] {
            assert_eq!(
                reporter_byline(&format!("Headline\n{line}\nText")),
                None,
                "{line}"
            );
        }
        // Inside a sentence, only a press outlet's name.
        assert_eq!(
            reporter_byline(
                "Police seized goods, the Harbour Evening News reporter Li Na learned."
            ),
            Some("Harbour Evening News")
        );
        assert_eq!(
            reporter_byline("Officers told the City Bureau reporter Li Na about it."),
            None
        );
        // A reporter with no name after the role credits no one.
        assert_eq!(
            reporter_byline("Harbour Daily reporter interviews\nText"),
            None
        );
    }
}
