//! Reading back from a number to what sets it out: the run of text since
//! the last stop before it, and the short label before a colon in that run
//! (`Fugitive hunting results: 53 captured`, `Guns: 12 seized`).
//!
//! In: the text and the byte offset read back from. Out: byte offsets and
//! slices of the text, every one on a char boundary (a Chinese stop `。` is
//! three bytes; the run opens after all of them). Each reader looks a
//! bounded window back, so a document's numbers cost linear time.

use super::ceil_char;

/// How far back (bytes) from a number its topic, or the colon of its
/// label, is read.
pub(crate) const TOPIC_REACH: usize = 120;

/// How long (bytes, trimmed) the label before a colon may be.
pub(crate) const LABEL_BYTES: usize = 48;

/// How far back (bytes) a service line is looked for before `and 110`.
pub(crate) const LINE_REACH: usize = 80;

/// The marks that end a sentence or a line.
pub(crate) const STOPS: [char; 5] = ['.', ';', '\n', '。', '；'];

/// Where the run of text before `end` opens: right after the last of
/// `edges` in the `reach` bytes before `end` (none before `floor`), else at
/// the first whole char of that window.
pub(crate) fn run_start(
    text: &str,
    floor: usize,
    end: usize,
    reach: usize,
    edges: &[char],
) -> usize {
    let from = ceil_char(text, floor.max(end.saturating_sub(reach)));
    let end = end.max(from);
    text[from..end]
        .char_indices()
        .rfind(|(_, c)| edges.contains(c))
        .map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// `Fugitive hunting results: 53 captured`: the label before the last
/// colon of the run before `end` (read back [`TOPIC_REACH`] bytes to the
/// last of `edges`), its spaces trimmed, with where it starts; none
/// without a colon in the run or longer than [`LABEL_BYTES`].
pub(crate) fn label_before<'t>(
    text: &'t str,
    end: usize,
    edges: &[char],
) -> Option<(usize, &'t str)> {
    // Most numbers have no colon in the window before them: one byte
    // search says so before any char is decoded. (`：` ends in 0x9A; a
    // 0x9A of another char only sends the look on to the rules.)
    let from = ceil_char(text, end.saturating_sub(TOPIC_REACH));
    memchr::memchr2(b':', 0x9A, text.as_bytes().get(from..end)?)?;
    let open = run_start(text, 0, end, TOPIC_REACH, edges);
    let colon = open + text[open..end].rfind([':', '：'])?;
    let label = text[open..colon].trim_start();
    let at = colon - label.len();
    let label = label.trim_end();
    (label.len() <= LABEL_BYTES).then_some((at, label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_opens_after_its_last_stop() {
        let text = "Arrests up。Fugitive work: 53 captured";
        let at = text.find('5').unwrap();
        assert_eq!(
            &text[run_start(text, 0, at, TOPIC_REACH, &STOPS)..at],
            "Fugitive work: "
        );
        // No edge: the first whole char of the window, not inside a `。`
        // (four bytes back from the end, or from a floor inside one).
        let text = "。。。。abc";
        assert_eq!(run_start(text, 0, text.len(), 4, &['x']), 12);
        assert_eq!(run_start(text, 7, text.len(), 100, &['x']), 9);
        // A stop in the window: right after its three bytes.
        assert_eq!(run_start(text, 7, text.len(), 100, &STOPS), 12);
    }

    #[test]
    fn a_label_is_short_and_before_the_run_s_last_colon() {
        let text = "Summary. \u{3000}Guns ：12 seized";
        let at = text.find('1').unwrap();
        let (start, label) = label_before(text, at, &STOPS).unwrap();
        assert_eq!(label, "Guns");
        assert_eq!(&text[start..start + 4], "Guns");
        // None past a stop after the colon, nor a long label.
        let text = "Guns: 12 seized. 40 more";
        assert_eq!(label_before(text, text.find("40").unwrap(), &STOPS), None);
        let long = format!("{}: 12", "word ".repeat(12));
        assert_eq!(label_before(&long, long.len() - 2, &STOPS), None);
    }
}
