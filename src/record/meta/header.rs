//! The header's lines, split once: the readers of unlabelled credits
//! (bylines, datelines, a body under the headline) each read some of them.

/// The lines of a text's header (`text[..head]`, a line break ending
/// each, a `\r` before it dropped), each without the spaces that open it.
pub(super) struct HeaderLines<'a> {
    lines: Vec<&'a str>,
}

impl<'a> HeaderLines<'a> {
    /// Split `header` into its lines.
    pub(super) fn of(header: &'a str) -> Self {
        HeaderLines {
            lines: crate::text::lines(header).map(str::trim_start).collect(),
        }
    }

    /// The first `n` lines (all of them when there are fewer).
    pub(super) fn first(&self, n: usize) -> &[&'a str] {
        &self.lines[..n.min(self.lines.len())]
    }

    /// Every line.
    pub(super) fn all(&self) -> &[&'a str] {
        &self.lines
    }

    /// The lines that hold more than spaces, trimmed at both ends.
    pub(super) fn filled(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.lines
            .iter()
            .filter(|l| !l.is_empty())
            .map(|l| l.trim_end())
    }
}
