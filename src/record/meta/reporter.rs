//! A reporter's byline that names the outlet before the role, as
//! machine translation renders 某某报记者 (`Harbour Evening News reporter
//! Li Na`, `Jinyang reporter correspondent Wang Wei ...`): the outlet is
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

/// The most capitalized words of an outlet's name before `reporter`.
const NAME_WORDS: usize = 5;

/// The outlet named before ` reporter ` in the first header lines: a run
/// of one to five capitalized words, then `reporter` and a writer's name
/// (a capitalized word) or a second role (`correspondent`). A run that
/// does not open its line must end in a press head word ([`PRESS_HEADS`]):
/// inside a sentence, `the Harbour Evening News reporter Li Na`.
pub(super) fn reporter_byline<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    header.first(HEADER_LINES).iter().find_map(|line| {
        let mut from = 0;
        while let Some(k) = line[from..].find(" reporter ") {
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
    (start == 0 || PRESS_HEADS.contains(&last)).then_some(name)
}

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
            reporter_byline("Headline\nJinyang reporter correspondent Zhang Wei\nText"),
            Some("Jinyang")
        );
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
