//! A readers' count without its colon (`Read 3,482`, `Reading 4,105`,
//! `Likes 128  Views 5,612`), in the header or the last lines.

/// How many of the text's last lines [`bare_views`] reads: a WeChat
/// post's counts close it.
const FOOTER_LINES: usize = 3;

/// `Read 3,482`, `阅读 3562`, `阅读 10万+`, `Read 2,371  Like 58`: a line
/// of the header, or one of the text's last [`FOOTER_LINES`], of a
/// readers' count and its number, a likes' count allowed after it, without
/// a colon: where the number starts.
pub(super) fn bare_views(text: &str, header: usize) -> Option<usize> {
    let head = &text[..header];
    let mut start = 0;
    // (The line breaks found in one pass over the header.)
    let ends = memchr::memchr_iter(b'\n', head.as_bytes()).chain([header]);
    for end in ends {
        if let Some(at) = views_line(&head[start..end]) {
            return Some(start + at);
        }
        start = end + 1;
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
