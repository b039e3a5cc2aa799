//! A readers' count without its colon (`Read 3,482`, `Reading 4,105`,
//! `Likes 128  Views 5,612`), in the header or the last lines.

use crate::lex::{Kind, Tokens};

/// How many of the text's last lines [`bare_views`] reads: a WeChat
/// post's counts close it.
const FOOTER_LINES: usize = 3;

/// `Read 3,482`, `阅读 3562`, `阅读 10万+`, `Read 2,371  Like 58`: a line
/// of the header, or one of the text's last [`FOOTER_LINES`], of a
/// readers' count and its number, a likes' count allowed after it, without
/// a colon: where the number starts.
///
/// The header's lines are found from the tokenizer's line breaks, and a
/// line is read only when its first token may open a count ([`may_open`]).
pub(super) fn bare_views(tokens: &Tokens<'_>, header: usize) -> Option<usize> {
    let text = tokens.text();
    let head = &text[..header];
    let all = tokens.all();
    // Each line of the header: where it starts, and the index of the first
    // token at or after that.
    let breaks = tokens
        .marks()
        .iter()
        .map(|&k| k as usize)
        .filter(|&k| all[k].kind() == Kind::Newline)
        .map(|k| (all[k].start(), k + 1))
        .take_while(|&(at, _)| at < header);
    let mut start = 0;
    let mut first = 0;
    for (end, next) in breaks.chain([(header, all.len())]) {
        let opens = all
            .get(first)
            .filter(|t| t.start() < end)
            .is_some_and(|t| may_open(text.as_bytes()[t.start()], t.kind()));
        if opens {
            if let Some(at) = views_line(&head[start..end]) {
                return Some(start + at);
            }
        }
        (start, first) = (end + 1, next);
    }
    // The last lines, from the end, none in the header.
    let mut end = text.len();
    for _ in 0..FOOTER_LINES {
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..end]).map_or(0, |n| n + 1);
        if line_start < header {
            return None;
        }
        if let Some(at) = views_line(&text[line_start..end]) {
            return Some(line_start + at);
        }
        end = line_start.checked_sub(1)?;
    }
    None
}

/// Whether a line whose first token starts with `byte` and is of kind
/// `kind` may be a readers' count for [`views_line`]: its first char past
/// white space opens one of its labels (`L`, `R`, `V`, `阅`, `浏`). The
/// tokenizer's spaces are white space but for U+200B and U+FEFF (a line
/// that opens with either opens with no label), and the white space that
/// is not its space (U+0085, U+2028, ...) is a non-ASCII token: a line
/// that opens with such a token is read too. So no line [`views_line`]
/// takes is passed over.
fn may_open(byte: u8, kind: Kind) -> bool {
    matches!(byte, b'L' | b'R' | b'V' | 0xE6 | 0xE9) || (kind == Kind::Punct && byte >= 0x80)
}

/// Where the number of a readers' count line (see [`bare_views`]) starts.
fn views_line(line: &str) -> Option<usize> {
    // (`Reading` is a machine translation's 阅读, as in a header's
    // `Reading: 802`.)
    const LABELS: [&str; 7] = [
        "Read",
        "Reads",
        "Reading",
        "Views",
        "阅读",
        "阅读量",
        "浏览",
    ];
    // The labels' first bytes (`阅` opens with E9, `浏` with E6): most lines
    // open with none of them.
    let opened = line.trim_start();
    if !matches!(
        opened.as_bytes().first(),
        Some(b'L' | b'R' | b'V' | 0xE6 | 0xE9)
    ) {
        return None;
    }
    let lead = line.len() - opened.len();
    let whole = line.trim();
    // (Past a likes' count before it: `Likes 128  Views 5,612`.)
    let l = likes_first(whole).unwrap_or(whole);
    LABELS.iter().find_map(|label| {
        let rest = l.strip_prefix(label)?;
        let n = rest.trim_start();
        // (An English label needs its space: `Reader` is a word.)
        let spaced = n.len() < rest.len() || !label.is_ascii();
        (spaced && count_then_likes(n)).then_some(lead + whole.len() - n.len())
    })
}

/// What follows a likes' count opening a line (`Likes 128  Views 5,612`
/// gives `Views 5,612`).
fn likes_first(l: &str) -> Option<&str> {
    let rest = l.strip_prefix("Likes").or_else(|| l.strip_prefix("Like"))?;
    let n = rest.trim_start();
    let digits = n
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    let after = n.get(digits..)?;
    let next = after.trim_start();
    (n.len() < rest.len() && digits > 0 && next.len() < after.len()).then_some(next)
}

/// Whether `n` is a count (`12,045`, `10万+`), alone or before a likes'
/// count (`  Like 58`, `在看 12`).
fn count_then_likes(n: &str) -> bool {
    let digits = n
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    let rest = &n[digits..];
    let rest = rest.strip_prefix('万').unwrap_or(rest);
    let rest = rest.strip_prefix('+').unwrap_or(rest);
    let after = rest.trim_start();
    let likes = ["Likes", "Like", "在看", "点赞"].iter().any(|label| {
        after.strip_prefix(label).is_some_and(|c| {
            let c = c.trim_start();
            c.len() < after.len() - label.len()
                && c.starts_with(|c: char| c.is_ascii_digit())
                && c.bytes().all(|b| b.is_ascii_digit() || b == b',')
        })
    });
    n.starts_with(|c: char| c.is_ascii_digit())
        && (rest.is_empty() || (after.len() < rest.len() && likes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`bare_views`] read over every line of the header, each one given to
    /// [`views_line`], with no token looked at.
    fn every_line(text: &str, header: usize) -> Option<usize> {
        let head = &text[..header];
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', head.as_bytes()).chain([header]) {
            if let Some(at) = views_line(&head[start..end]) {
                return Some(start + at);
            }
            start = end + 1;
        }
        None
    }

    #[test]
    fn header_lines_read_from_tokens_give_what_every_line_gives() {
        // Lines opened by spaces of the tokenizer's and by white space it
        // keeps as a token (U+2028, U+0085), by a zero-width space (no
        // white space: no count), by a likes' count, in a header cut
        // mid-line, blank lines, a break ending the header.
        let texts = [
            "Police act\n  Read 2,330\nBody.",
            "Police act\n\u{2028}Read 417\nBody.",
            "Police act\n\u{85}Views 90\nBody.",
            "Police act\n\u{3000}\u{a0}阅读 1.2万\nBody.",
            "Police act\n\u{200b}Read 55\nBody.",
            "Police act\n\u{feff}Read 55\nBody.",
            "Police act\nLikes 12  Views 3,004\nBody.",
            "Police act\n\n \n\t\nRead 8\n",
            "Police act\r\nRead 61\r\nBody.",
            "Read 77",
            "Police act\nRead 3 reports\nReading 205\nBody.",
            "Police act\nRoad works\nVisits 4\nLike 5\nBody.",
        ];
        for text in texts {
            let tokens = Tokens::new(text);
            for header in (0..=text.len()).filter(|&h| text.is_char_boundary(h)) {
                let found = bare_views(&tokens, header).filter(|&at| at < header);
                assert_eq!(found, every_line(text, header), "{text:?} cut at {header}");
            }
        }
        fn count(text: &str) -> Option<&str> {
            let tokens = Tokens::new(text);
            bare_views(&tokens, text.len()).map(|at| &text[at..])
        }
        assert_eq!(
            count("Police act\n\u{2028}Read 417\nBody."),
            Some("417\nBody.")
        );
        assert_eq!(count("Police act\n\u{200b}Read 55\nBody."), None);
    }
}
