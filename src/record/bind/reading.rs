//! Small readings of the text around a figure, shared by the rules: a
//! table entry at a word, the last word of a phrase, gaps of spaces and
//! punctuation, a converted money twin in parentheses, and where a
//! substring of the text starts and ends.

use super::*;

/// A table entry that matches a whole word at byte `at` within `ceil`, not
/// a modifier in a hyphenated compound (`drug` in `drug-related`), and the
/// length of the entry.
#[inline]
pub(super) fn head_match_len<T>(
    w: &Words<'_, '_>,
    at: usize,
    ceil: usize,
    table: &'static Lexicon<T>,
) -> Option<(&'static T, usize)> {
    head_match_of(w, w.word_within(at, ceil), at, ceil, table)
}

/// [`head_match_len`], with the [`Words::word_within`] of `at` and `ceil`
/// already found.
#[inline]
pub(super) fn head_match_of<T>(
    w: &Words<'_, '_>,
    word: Option<(usize, Classes)>,
    at: usize,
    ceil: usize,
    table: &'static Lexicon<T>,
) -> Option<(&'static T, usize)> {
    w.prefix_of(word, at, ceil, table)
        .filter(|&(_, len)| !w.text()[at + len..ceil].starts_with('-'))
}

/// [`last_word`], with the common all-ASCII phrase read byte by byte.
#[inline]
pub(super) fn last_word_of(s: &str) -> &str {
    let bytes = s.as_bytes();
    for i in (0..bytes.len()).rev() {
        match bytes[i] {
            // The ASCII chars `char::is_whitespace` takes.
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => return &s[i + 1..],
            // Other whitespace is multi-byte: read as chars.
            0x80.. => return last_word(s),
            _ => {}
        }
    }
    s
}

/// Where `needle` (ASCII, not empty) first occurs in `hay`, as
/// `hay.find(needle)` finds it: for the binder's short phrases a search
/// for the needle's first byte (`memchr`), each place compared, is
/// cheaper than setting up a substring searcher.
#[inline]
pub(super) fn find_ascii(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let last = h.len().checked_sub(n.len())?;
    memchr::memchr_iter(n[0], &h[..=last]).find(|&i| &h[i..i + n.len()] == n)
}

/// A few chars looked for in a text by its bytes (`,` and `，`): an
/// ASCII char by its byte, another by its first byte, then read in full.
/// Most bytes of a text are passed with one look-up, where `str::find`
/// with a slice of chars decodes each char and compares it with each.
pub(super) struct CharSet {
    /// The chars.
    chars: &'static [char],
    /// Whether a char of the set starts with this byte.
    firsts: [bool; 256],
}

impl CharSet {
    /// The set of `chars`.
    pub(super) const fn new(chars: &'static [char]) -> Self {
        let mut firsts = [false; 256];
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k] as u32;
            // The first byte of the char's UTF-8.
            let first = match c {
                0..=0x7F => c,
                0x80..=0x7FF => 0xC0 | c >> 6,
                0x800..=0xFFFF => 0xE0 | c >> 12,
                _ => 0xF0 | c >> 18,
            };
            firsts[first as usize] = true;
            k += 1;
        }
        CharSet { chars, firsts }
    }

    /// Whether a char of the set starts at `i` of `s`, whose byte there
    /// starts one (ASCII: the char itself).
    fn at(&self, s: &str, i: usize) -> bool {
        s.as_bytes()[i] < 0x80 || s[i..].starts_with(self.chars)
    }

    /// `s.find(chars)`.
    pub(super) fn find(&self, s: &str) -> Option<usize> {
        let b = s.as_bytes();
        let mut from = 0;
        loop {
            let i = from
                + b[from..]
                    .iter()
                    .position(|&c| self.firsts[usize::from(c)])?;
            if self.at(s, i) {
                return Some(i);
            }
            from = i + 1;
        }
    }

    /// `s.rfind(chars)`.
    pub(super) fn rfind(&self, s: &str) -> Option<usize> {
        let b = s.as_bytes();
        let mut to = b.len();
        loop {
            let i = b[..to].iter().rposition(|&c| self.firsts[usize::from(c)])?;
            if self.at(s, i) {
                return Some(i);
            }
            to = i;
        }
    }
}

/// Where `needle` first occurs in `hay`, as `hay.find(needle)`
/// finds it: memchr finds each place of the needle's byte at `pin` (a
/// rare letter: the `v` of `respectively`) and the needle is compared
/// around it. Every occurrence holds that byte `pin` bytes in, so the first
/// window that matches is the first occurrence.
pub(super) fn find_pinned(hay: &str, needle: &str, pin: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let &byte = n.get(pin)?;
    memchr::memchr_iter(byte, h)
        .filter_map(|i| i.checked_sub(pin))
        .find(|&s| h.get(s..s + n.len()) == Some(n))
}

/// The word that deals out a run of numbers to a run of verbs or items.
pub(super) const RESPECTIVELY: &str = "respectively";

/// The first [`RESPECTIVELY`] after a count within its sentence, asked of
/// every count: the last answer is kept, so the counts of one sentence,
/// asked in order, search each stretch of it once (not the rest of the
/// sentence per count).
#[derive(Default)]
pub(super) struct NextRespectively {
    /// The last search: `text[from..end]` holds its first occurrence at
    /// `found` (from the text's start), or none.
    last: Option<(usize, usize, Option<usize>)>,
}

impl NextRespectively {
    /// `text[at..end].find(RESPECTIVELY)`, from the text's start.
    pub(super) fn first(&mut self, text: &str, at: usize, end: usize) -> Option<usize> {
        let hay = text.get(at..end)?;
        // The first in `[from, end)` is the first in `[at, end)` too when
        // it is not before `at`.
        if let Some((from, e, found)) = self.last {
            if e == end && from <= at && found.map_or(true, |r| r >= at) {
                return found;
            }
        }
        let found = find_pinned(hay, RESPECTIVELY, 8).map(|r| at + r);
        self.last = Some((at, end, found));
        found
    }
}

#[inline]
pub(super) fn starts_with_of(s: &str) -> bool {
    s.as_bytes()
        .get(..3)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"of "))
}

/// A word with inner hyphens or apostrophes (`drug-related`, `people’s`).
#[inline]
pub(super) fn word_len(s: &str) -> usize {
    let len = ascii_word_len(s);
    if len == 0 {
        return 0;
    }
    len + joined_len(&s[len..])
}

/// After a word's letters, the length of the parts joined to it by a
/// hyphen or apostrophe (`-related` of `drug-related`).
///
/// (Most words end at a space or a comma: that one byte test is inlined
/// where it is asked, the reading of a join is not.)
#[inline(always)]
pub(super) fn joined_len(s: &str) -> usize {
    if matches!(s.as_bytes().first(), Some(b'-' | b'\'' | 0xE2)) {
        joins_len(s)
    } else {
        0
    }
}

/// [`joined_len`] of a word followed by a hyphen, an apostrophe or a
/// char that may be one.
#[inline(never)]
fn joins_len(s: &str) -> usize {
    let mut len = 0;
    while matches!(s.as_bytes().get(len), Some(b'-' | b'\'' | 0xE2)) {
        let rest = &s[len..];
        let Some(j) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '\'' | '’'))
        else {
            break;
        };
        let more = ascii_word_len(&rest[j.len_utf8()..]);
        if more == 0 {
            break;
        }
        len += j.len_utf8() + more;
    }
    len
}

/// The length of the run of bytes at the start of `b` before its first
/// ASCII whitespace, read eight bytes at a time: the lowest byte below
/// `!` of each eight is found in one step (a borrow runs only upward from
/// the first), and is the end when it is whitespace; a control byte there
/// leaves the rest to a byte-by-byte read.
pub(super) fn unspaced_len(b: &[u8]) -> usize {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(Ok(eight)) = b.get(i..i + 8).map(<[u8; 8]>::try_from) {
        let x = u64::from_le_bytes(eight);
        let below = x.wrapping_sub(EACH * u64::from(b'!')) & !x & HIGH;
        if below != 0 {
            let at = i + below.trailing_zeros() as usize / 8;
            if b[at].is_ascii_whitespace() {
                return at;
            }
            break;
        }
        i += 8;
    }
    i + b[i..]
        .iter()
        .take_while(|c| !c.is_ascii_whitespace())
        .count()
}

/// Which bytes open a space [`skip_spaces`] skips: ` `, `\t`, and the
/// first bytes of U+00A0 and U+3000.
const SPACE_LEADS: [bool; 256] = {
    let mut leads = [false; 256];
    leads[b' ' as usize] = true;
    leads[b'\t' as usize] = true;
    leads[0xC2] = true;
    leads[0xE3] = true;
    leads
};

/// [`skip_spaces`], with the common gaps (none, or one ASCII space before
/// something else) read from one or two bytes.
#[inline]
pub(super) fn skip_gap(text: &str, i: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    // The first bytes of the spaces `skip_spaces` skips, looked up in a
    // table ([`SPACE_LEADS`]): one load, not a chain of compares.
    let space = |b: Option<&u8>| b.is_some_and(|&b| SPACE_LEADS[usize::from(b)]);
    if max == 0 || !space(bytes.get(i)) {
        i
    } else if bytes[i] == b' ' && !space(bytes.get(i + 1)) {
        i + 1
    } else {
        skip_spaces(text, i, max)
    }
}

/// The word right before a figure's number, read once a figure: the
/// rules of every kind of figure ask about it (`with 20 officers`, `had
/// 126 cases`, `compared with 2,800`, `fell to 78 percent`).
#[derive(Debug, Clone, Copy)]
pub(super) struct WordBefore<'a> {
    /// Where the spaces before the number start (no floor: they may run
    /// back past the sentence's start).
    pub(super) gap: usize,
    /// The run of ASCII letters that ends at `gap`, empty when none does.
    pub(super) word: &'a str,
}

impl<'a> WordBefore<'a> {
    /// The word before the number that starts at `start`.
    #[inline]
    pub(super) fn of(text: &'a str, start: usize) -> Self {
        let gap = skip_back_spaces(text, start, 0);
        WordBefore {
            gap,
            word: ascii_word_before(text, gap),
        }
    }
}

#[inline]
pub(super) fn skip_back_spaces(text: &str, mut i: usize, floor: usize) -> usize {
    while i > floor && text.as_bytes()[i - 1] == b' ' {
        i -= 1;
    }
    i
}

/// `X (Y)`: `t` is the converted twin of money figure `f`.
#[inline]
pub(super) fn is_twin(text: &str, f: &Figure<'_>, t: &Figure<'_>) -> bool {
    let money = |x: &Figure<'_>| x.unit.is_some_and(Unit::is_currency);
    money(f) && money(t) && f.unit != t.unit && {
        // Figures may overlap (`US$5 and below seventy yuan`): no gap, no twin.
        let Some(between) = text.get(f.span.end..t.span.start).map(str::trim) else {
            return false;
        };
        between == "("
            || between == "（"
            || between.eq_ignore_ascii_case("(about")
            || between.eq_ignore_ascii_case("(around")
            || between.eq_ignore_ascii_case("(approximately")
            || between.eq_ignore_ascii_case("(some")
    }
}

/// Past the closing parenthesis after a twin, if there is one.
#[inline]
pub(super) fn after_paren(text: &str, end: usize) -> usize {
    let i = skip_gap(text, end, 2);
    match text[i..].chars().next() {
        Some(c @ (')' | '）')) => i + c.len_utf8(),
        _ => end,
    }
}

/// Byte offset of a sub-slice of `text`.
#[inline]
pub(super) fn start_of(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

#[inline]
pub(super) fn end_of(text: &str, part: &str) -> usize {
    start_of(text, part) + part.len()
}

pub(super) use crate::text::{ends_ignore_case, starts_ignore_case};
