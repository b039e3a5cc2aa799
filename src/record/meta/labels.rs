//! The labels of a bulletin's header and footer (`Source:`, `Editor in
//! charge:`, `Views:`, `Edited by`), found in one pass over the tokens, and
//! their values, read in one pass over the text.

use super::HEADER_LEN;

mod bar;
mod publisher;
mod views;
use crate::lex::{Class, Kind, Tokens};
use crate::text::{char_at, char_before, floor_char, skip_spaces};
use publisher::{is_producer_label, is_publisher_label};
use views::bare_views;

/// The labels of one text, found in one pass over the tokenizer's marks
/// (line breaks and colons among them): a label is its words right before
/// a `:` token (`Source:`, `Editor in charge:`).
#[derive(Debug, Default)]
pub(super) struct Labels<'a> {
    /// The value of the first `Source:` that has one.
    pub(super) source: Option<&'a str>,
    /// The value of the last editor credit (`Editor:`, `Editor in charge:`,
    /// `Responsible editor:`) that has one, and its colon.
    pub(super) editor: Option<(usize, &'a str)>,
    /// The value of the last editor credit on a line before `editor`'s.
    pub(super) editor_before: Option<&'a str>,
    /// Where the name after the first `edited by ` or `edited and
    /// translated by ` starts: looked for only when no editor label has a
    /// value (the label wins over it).
    pub(super) edited_by: Option<usize>,
    /// The value of the first `Publisher:` (`Release unit:`, `Issuing
    /// unit:`) in the header, or `Produced by:` anywhere, that has one: the
    /// body that put the page out.
    pub(super) publisher: Option<&'a str>,
    /// The value of the first `Author:` in the header that has one.
    pub(super) author: Option<&'a str>,
    /// Where the value of the first `views:` in the header starts (after
    /// its colon).
    pub(super) views: Option<usize>,
}

impl<'a> Labels<'a> {
    pub(super) fn read(tokens: &Tokens<'a>) -> Self {
        let text = tokens.text();
        let bytes = text.as_bytes();
        let all = tokens.all();
        let header = floor_char(text, text.len().min(HEADER_LEN));
        let mut labels = Labels::default();
        let mut values = Values::new(text);
        // The last line break seen: an editor credit after it is on a later
        // line than the one before it.
        let mut newline = 0;
        // Only line breaks and colons matter here: the tokenizer's marks
        // hold them.
        for &k in tokens.marks() {
            let k = k as usize;
            let t = &all[k];
            match t.kind() {
                Kind::Newline => newline = t.start(),
                // `Source:`, and `Editor：` with a full-width colon, and
                // `Source :`, a space before the colon.
                Kind::Punct
                    if k > 0
                        && all[k - 1].kind() == Kind::Word
                        && (all[k - 1].end() == t.start()
                            || (all[k - 1].end() + 1 == t.start()
                                && bytes[all[k - 1].end()] == b' '))
                        && matches!(&text[t.start()..t.end()], ":" | "：") =>
                {
                    let (colon, after) = (t.start(), t.end());
                    labels.label(tokens, k - 1, colon, after, newline, &mut values);
                }
                // `来源：平安某县`: a Chinese label, the ideographs right
                // before a full-width colon.
                Kind::Punct if bytes[t.start()..].starts_with("：".as_bytes()) && k > 0 => {
                    let word = &all[k - 1];
                    if word.kind() != Kind::Cjk || word.end() != t.start() {
                        continue;
                    }
                    let (w, after) = (&text[word.start()..t.start()], t.end());
                    match cjk_label(w) {
                        Some(CjkLabel::Source) if labels.source.is_none() => {
                            labels.source = values.after(after);
                        }
                        Some(CjkLabel::Author) if labels.author.is_none() && after < header => {
                            labels.author = values.after(after);
                        }
                        Some(CjkLabel::Editor) => {
                            if let Some(v) = values.after(after) {
                                labels.editor = Some((t.start(), v));
                            }
                        }
                        Some(CjkLabel::Views) if labels.views.is_none() && after < header => {
                            labels.views = Some(after);
                        }
                        Some(_) | None => {}
                    }
                }
                Kind::Punct | Kind::Word | Kind::Number | Kind::Cjk => {}
            }
        }
        bracket_labels(tokens, &mut labels, &mut values);
        bar::bar_labels(tokens, &mut labels, &mut values);
        if labels.views.is_none() {
            labels.views = bare_views(tokens, header);
        }
        if labels.editor.is_none() {
            labels.edited_by = edited_by(bytes, tokens);
        }
        labels
    }

    /// The label that ends with the word token `w`, its colon (or closing
    /// bracket) from `colon` to `after`, on a line that starts at
    /// `newline`: its value, kept if it is the one the field takes.
    fn label(
        &mut self,
        tokens: &Tokens<'a>,
        w: usize,
        colon: usize,
        after: usize,
        newline: usize,
        values: &mut Values<'a>,
    ) {
        let text = tokens.text();
        let header = floor_char(text, text.len().min(HEADER_LEN));
        let word = &text.as_bytes()[tokens.all()[w].start()..tokens.all()[w].end()];
        if self.views.is_none() && colon < header && is_views_label(tokens, w) {
            self.views = Some(after);
        }
        // `From: Suzhou Daily`, `Reprinted from: ...`: a source's label when
        // it opens its line or a field of the header (`16:40:05   From: ...`,
        // `| From: ...`), or follows `Reprinted`.
        let from = word.eq_ignore_ascii_case(b"from")
            && w.checked_sub(1).map_or(true, |p| {
                let p = &tokens.all()[p];
                p.kind() == Kind::Newline
                    || tokens.str(w - 1).eq_ignore_ascii_case("reprinted")
                    || (colon < header && opens_field(text, tokens.all()[w].start()))
            });
        if self.source.is_none() && (word.eq_ignore_ascii_case(b"source") || from) {
            self.source = values.after(after);
        } else if self.publisher.is_none()
            && ((colon < header && is_publisher_label(tokens, w)) || is_producer_label(tokens, w))
        {
            self.publisher = values.after(after);
        } else if self.author.is_none() && colon < header && word.eq_ignore_ascii_case(b"author") {
            self.author = values.after(after);
        } else if is_editor_label(tokens, w + 1) {
            if let Some(v) = values.after(after) {
                if let Some((last, before)) = self.editor {
                    if newline > last {
                        self.editor_before = Some(before);
                    }
                }
                self.editor = Some((colon, v));
            }
        }
    }
}

/// Whether the label starting at byte `start` opens a field of a header
/// line: after a run of spaces, a tab or a bar (`16:40:05   From: ...`).
fn opens_field(text: &str, start: usize) -> bool {
    let before = &text.as_bytes()[..start];
    before.ends_with(b"  ")
        || before.ends_with(b"\t")
        || before.ends_with(b"| ")
        || before.ends_with("\u{3000}".as_bytes())
}

/// `[Source] Wenzhou Police  [Editor] Pan Xiao  [Hits] 1876`: labels in
/// square brackets, without a colon, in the header. Each `[` is found by
/// one byte search over the header; its label is the word tokens up to
/// the `]` right after them.
fn bracket_labels<'a>(tokens: &Tokens<'a>, labels: &mut Labels<'a>, values: &mut Values<'a>) {
    let text = tokens.text();
    let header = floor_char(text, text.len().min(HEADER_LEN));
    let all = tokens.all();
    for open in memchr::memchr_iter(b'[', &text.as_bytes()[..header]) {
        // The label: at most three words, then `]`.
        let first = tokens.index_from(open + 1);
        let Some(close) = all[first..]
            .iter()
            .take(6)
            .position(|t| t.kind() != Kind::Word)
            .map(|n| first + n)
            .filter(|&c| c > first && &text[all[c].start()..all[c].end()] == "]")
        else {
            continue;
        };
        let (end, after) = (all[close].start(), all[close].end());
        if all[first].start() != open + 1 || all[close - 1].end() != end {
            continue;
        }
        labels.label(tokens, close - 1, end, after, 0, values);
    }
}

/// A label of a Chinese header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CjkLabel {
    Source,
    Author,
    Editor,
    Views,
}

/// The label that the ideographs before a full-width colon end with:
/// `来源` (source), `作者` (author), `编辑` (`责任编辑`, editor), `浏览` /
/// `阅读` / `点击` (and `…量`, `…数`, views).
fn cjk_label(word: &str) -> Option<CjkLabel> {
    let word = word.trim_end_matches(['量', '数', '次']);
    [
        ("来源", CjkLabel::Source),
        ("作者", CjkLabel::Author),
        ("编辑", CjkLabel::Editor),
        ("浏览", CjkLabel::Views),
        ("阅读", CjkLabel::Views),
        ("点击", CjkLabel::Views),
    ]
    .into_iter()
    .find_map(|(w, label)| word.ends_with(w).then_some(label))
}

/// Whether the word token `w` before a header's colon counts readers:
/// `Views` (`Page views`), or a machine translation's `Reading`, `Reads`,
/// `Clicks`, `Hits`, `Visits` (`Number of visits`), `Browse` (阅读, 点击,
/// 浏览), or `volume` after one of them or `View` (`Reading volume`, `View
/// count`).
fn is_views_label(tokens: &Tokens<'_>, w: usize) -> bool {
    const LABELS: [&str; 9] = [
        "views", "reading", "reads", "clicks", "hits", "visits", "browse", "browses", "browsing",
    ];
    let ends = |word: &str| {
        LABELS.iter().any(|l| {
            word.len() >= l.len()
                && word.as_bytes()[word.len() - l.len()..].eq_ignore_ascii_case(l.as_bytes())
        })
    };
    let word = tokens.str(w);
    (ends(word) && !visits_made(tokens, w))
        || (["volume", "times", "count"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
            && w >= 1
            && tokens.all()[w - 1].kind() == Kind::Word
            && (ends(tokens.str(w - 1)) || tokens.str(w - 1).eq_ignore_ascii_case("view")))
}

/// Whether the word token `w` is `visits` that police made
/// (`Door-to-door visits: 61,000`, `Home visits: 320`): a tally of work,
/// not of readers. The word before it, past spaces and hyphens, says where
/// the visits went.
fn visits_made(tokens: &Tokens<'_>, w: usize) -> bool {
    const WHERE: [&str; 5] = ["door", "home", "household", "households", "family"];
    let text = tokens.text();
    let start = tokens.all()[w].start();
    let before = text[..start].trim_end_matches([' ', '-']);
    let prior = crate::text::ascii_word_before(before, before.len());
    tokens.str(w).eq_ignore_ascii_case("visits")
        && WHERE.iter().any(|p| prior.eq_ignore_ascii_case(p))
}

/// Whether the words before the `:` token `k` are an editor's label:
/// `editor`, `responsible editor` or `editor in charge`, one space apart,
/// or hyphened (`Editor-in-charge`).
fn is_editor_label(tokens: &Tokens<'_>, k: usize) -> bool {
    let is = |i: usize, word: &str| tokens.str(i).eq_ignore_ascii_case(word);
    let text = tokens.text().as_bytes();
    // The word token before `i`, one space apart.
    let spaced = |i: usize| {
        let (a, b) = (&tokens.all()[i - 1], &tokens.all()[i]);
        a.kind() == Kind::Word && a.end() + 1 == b.start() && text[a.end()] == b' '
    };
    if is(k - 1, "editor") {
        return true;
    }
    if k >= 3 && is(k - 1, "charge") && spaced(k - 1) && is(k - 2, "in") && spaced(k - 2) {
        return is(k - 3, "editor");
    }
    // `Editor-in-charge`: the words and their hyphens, as tokens or one.
    let last = &tokens.all()[k - 1];
    let start = text[..last.start()]
        .iter()
        .rposition(|&c| !(c.is_ascii_alphabetic() || c == b'-'))
        .map_or(0, |i| i + 1);
    text[start..last.end()].eq_ignore_ascii_case(b"editor-in-charge")
}

/// Where the name after the first `edited by ` or `edited and translated
/// by ` (any case) starts.
///
/// Both end in the word `by`, of its own class ([`super::CREDITS`]): the
/// tokenizer lists its tokens, and the text before each is checked,
/// instead of every word. `by` follows one credit only, and the first `by`
/// gives the first credit.
fn edited_by(bytes: &[u8], tokens: &Tokens<'_>) -> Option<usize> {
    let all = tokens.all();
    tokens
        .listed()
        .iter()
        .map(|&k| &all[k as usize])
        .filter(|t| t.starts().has(Class::Credit))
        .find_map(|t| credit_by(bytes, t.start(), t.end()))
}

/// The credit word (`by`) from `at` to `end` ends an editor's credit,
/// `edited by ` or `edited and translated by `: where the name after it
/// starts.
fn credit_by(bytes: &[u8], at: usize, end: usize) -> Option<usize> {
    const AND: &[u8] = b" and translated ";
    if bytes.get(end) != Some(&b' ') {
        return None;
    }
    // The word ending in `edited` ends one space before `by`, or before
    // ` and translated `.
    let after_edited = (at >= 7 && bytes[at - 1] == b' ' && edited_ends(bytes, at - 1))
        || (at >= AND.len() + 6
            && bytes[at - AND.len()..at].eq_ignore_ascii_case(AND)
            && edited_ends(bytes, at - AND.len()));
    after_edited.then_some(end + 1)
}

/// Whether the six bytes before `end` spell `edited` (any case).
fn edited_ends(bytes: &[u8], end: usize) -> bool {
    end >= 6 && bytes[end - 6..end].eq_ignore_ascii_case(b"edited")
}

/// The most words a label's value holds.
const VALUE_WORDS: usize = 12;

/// Where a label's value stops: a line's end, a bracket, a bar, a double
/// space, or a space before the next label (`Source:Xinhua Published: ...`).
fn stops_value(text: &str, i: usize) -> bool {
    const STOPS: [&str; 5] = ["Editor", "Published", "Updated", "Date", "Source:"];
    // Labels that stop a value only with their colon (`Views: 3215`).
    const LABELS: [&str; 15] = [
        "Author",
        "Clicks",
        "Hits",
        "Release time",
        "Reporter",
        // (`Author:Xinhuanet Time:2022.08.17`.)
        "Time",
        "Views",
        "Reading",
        // A Chinese header's (`来源：X 作者：Y`).
        "作者",
        "编辑",
        "责任编辑",
        "来源",
        "发布时间",
        "浏览",
        "阅读",
    ];
    let bytes = text.as_bytes();
    match bytes[i] {
        b'\n' | b'[' | b']' | b')' | b'(' | b'|' => true,
        // `【Editor: Luo Ping】【Source: ...】`, `来源：江阴公安　编辑：...`
        // (an ideographic space).
        0xE3 => text[i..].starts_with(['【', '】', '\u{3000}']),
        // `（来源：丽水公安 编辑：吴佳）`: full-width brackets.
        0xEF => text[i..].starts_with(['\u{ff08}', '\u{ff09}']),
        // `Source: Xinhua   2018-04-11`
        b' ' => {
            let rest = &text[i + 1..];
            bytes.get(i + 1) == Some(&b' ')
                || STOPS.iter().any(|s| rest.starts_with(s))
                || LABELS.iter().any(|l| {
                    rest.starts_with(l)
                        && (rest[l.len()..].starts_with(':') || rest[l.len()..].starts_with('：'))
                })
                || cjk_label_follows(rest)
                || label_follows(rest)
        }
        _ => false,
    }
}

/// Whether `rest` opens with a label of any name and its colon: a
/// capitalized word (`Reviewer:`, `Proofreader：`), up to two lowercase
/// words after it (`Reading volume:`, `Release time:`), or a few
/// ideographs (`审核：`). Another field starts there.
pub(super) fn label_follows(rest: &str) -> bool {
    let b = rest.as_bytes();
    let word = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let colon = |at: usize| rest[at..].starts_with([':', '\u{ff1a}']);
    if word >= 2 && b[0].is_ascii_uppercase() {
        let mut end = word;
        for _ in 0..2 {
            if colon(end) || b.get(end) != Some(&b' ') {
                break;
            }
            let next = b[end + 1..]
                .iter()
                .take_while(|c| c.is_ascii_lowercase())
                .count();
            if next < 2 {
                break;
            }
            end += 1 + next;
        }
        return colon(end);
    }
    let cjk = rest
        .char_indices()
        .take(7)
        .find(|&(_, c)| !crate::lex::is_cjk(c))
        .map_or(0, |(n, _)| n);
    cjk > 0 && rest[cjk..].starts_with('\u{ff1a}')
}

/// Whether `rest` opens with a Chinese label and its full-width colon
/// (`浏览次数：`): ideographs, at most eight, that [`cjk_label`] reads.
fn cjk_label_follows(rest: &str) -> bool {
    let word = rest
        .char_indices()
        .take(9)
        .find(|&(_, c)| !crate::lex::is_cjk(c))
        .map_or(0, |(n, _)| n);
    word > 0 && rest[word..].starts_with('：') && cjk_label(&rest[..word]).is_some()
}

/// The last positions where a word starts, enough to tell whether a
/// stretch holds more than [`VALUE_WORDS`]` + 1` words.
#[derive(Debug, Default)]
struct WordStarts {
    at: [usize; 16],
    pushed: usize,
}

impl WordStarts {
    fn push(&mut self, at: usize) {
        self.at[self.pushed % 16] = at;
        self.pushed += 1;
    }

    /// How many word starts lie strictly between `lo` and `hi`: exact up
    /// to 14, and at least 15 when more were pushed out.
    fn between(&self, lo: usize, hi: usize) -> usize {
        self.at[..self.pushed.min(16)]
            .iter()
            .filter(|&&p| lo < p && p < hi)
            .count()
    }
}

/// Reads the values after labels (`Source: X`) met in text order: up to
/// the end of its line, a bracket, a double space or the next label, at
/// most [`VALUE_WORDS`] words, a lone trailing `.`, `,` or `;` dropped.
///
/// Values of labels glued together (`Source:Source:...`) share the stretch
/// up to their stop: it is read once for all of them, so a text of nothing
/// but labels is read in one pass, not once per label.
#[derive(Debug)]
struct Values<'a> {
    text: &'a str,
    /// No stop from `from` to `to`; `stopped`: a stop (or the text's end)
    /// at `to`, and `end`, where a value that runs to it ends once trimmed.
    from: usize,
    to: usize,
    stopped: bool,
    end: usize,
    /// Word starts in the stretch: a non-space after an ASCII space (the
    /// limit while reading), after any Unicode space (the value's words).
    ascii: WordStarts,
    unicode: WordStarts,
}

impl<'a> Values<'a> {
    fn new(text: &'a str) -> Self {
        Values {
            text,
            from: 0,
            to: 0,
            stopped: false,
            end: 0,
            ascii: WordStarts::default(),
            unicode: WordStarts::default(),
        }
    }

    /// The value of the label whose colon ends at `from`.
    fn after(&mut self, from: usize) -> Option<&'a str> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = skip_spaces(text, from, 4);
        // `Editor: [Li Wen]`, `Editor in charge: 【Zhao Min】`: a value in
        // brackets is read inside them (the closing one stops it).
        let start = start
            + ["[", "【"]
                .iter()
                .find(|b| text[start..].starts_with(**b))
                .map_or(0, |b| b.len());
        if start < self.from || start > self.to {
            *self = Values {
                from: start,
                to: start,
                ..Values::new(text)
            };
        }
        // The words read from `start`: its own first, then those after.
        let words = |v: &Self| {
            usize::from(start < v.to && !bytes[start].is_ascii_whitespace())
                + v.ascii.between(start, v.to)
        };
        while !self.stopped && words(self) <= VALUE_WORDS + 1 {
            self.step();
        }
        if !self.stopped || words(self) > VALUE_WORDS + 1 {
            return None;
        }
        let value = &text[start..self.end.max(start)];
        let first = value.chars().next().is_some_and(|c| !c.is_whitespace());
        // `Source: Source: ...`: a label is no value.
        if value.is_empty()
            || value.ends_with(':')
            || usize::from(first) + self.unicode.between(start, start + value.len()) > VALUE_WORDS
        {
            return None;
        }
        Some(value)
    }

    /// Read one more char of the stretch, or find its stop.
    fn step(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let i = self.to;
        if i == text.len() || stops_value(text, i) {
            self.stopped = true;
            let value = text[self.from..i]
                .trim_end()
                .trim_end_matches(['.', ',', ';']);
            self.end = self.from + value.len();
            return;
        }
        if i > 0 && bytes[i - 1].is_ascii_whitespace() && !bytes[i].is_ascii_whitespace() {
            self.ascii.push(i);
        }
        let c = char_at(text, i).unwrap_or(' ');
        if !c.is_whitespace() && char_before(text, i).is_some_and(char::is_whitespace) {
            self.unicode.push(i);
        }
        self.to = i + c.len_utf8();
    }
}

#[cfg(test)]
mod tests;
