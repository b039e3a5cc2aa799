//! Plain-code text helpers: character classes, word boundaries, quotes,
//! and phrase lookup on a plain `&str` (through the one lexicon of
//! [`crate::lex`]).
//!
//! In: the raw bulletin `&str` and byte offsets into it. Out: offsets and
//! table entries. Stages that hold the tokens use [`crate::lex::Tokens`]
//! instead; these helpers serve the grammar on plain text and the checks
//! near one figure. Nothing here parses grammar; that is the job of
//! [`quantity`](crate::quantity).

pub(crate) mod byte_set;
pub(crate) mod label;
pub(crate) mod lexicon;
pub(crate) mod sentence;
mod word;
#[cfg(test)]
use word::non_letters;
pub(crate) use word::{ascii_word_before, ascii_word_before_dotted, ascii_word_len};

/// Whether `b` starts with `prefix`, ASCII case ignored (bytes: no char
/// boundary to miss).
#[inline]
pub(crate) fn starts_ignore_case(b: &[u8], prefix: &[u8]) -> bool {
    b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Whether `b` ends with `suffix`, ASCII case ignored (bytes: no char
/// boundary to miss).
#[inline]
pub(crate) fn ends_ignore_case(b: &[u8], suffix: &[u8]) -> bool {
    b.len() >= suffix.len() && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// The value of an ASCII or full-width decimal digit.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The char ending at byte `i` of `s`, if any.
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// The char starting at byte `i` of `s`, if any.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// Whether a word may start at `i`: the previous char is not a word char.
///
/// The byte before `i` says it: the last byte of a non-ASCII char is never
/// an ASCII letter or digit.
pub(crate) fn is_boundary_before(s: &str, i: usize) -> bool {
    i == 0 || !s.as_bytes()[i - 1].is_ascii_alphanumeric()
}

/// Whether a word may end at `i`: the next char is not an ASCII letter.
///
/// Digits may follow directly, so that `RMB7.1 billion` and `more than5`
/// still split into a word and a number.
pub(crate) fn is_boundary_after(s: &str, i: usize) -> bool {
    s.as_bytes()
        .get(i)
        .map_or(true, |b| !b.is_ascii_alphabetic())
}

/// The largest char boundary at or below `i`.
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`.
pub(crate) fn ceil_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The last whitespace-separated word of `s`.
pub(crate) fn last_word(s: &str) -> &str {
    s.rsplit(char::is_whitespace).next().unwrap_or(s)
}

/// Where the first `:` or full-width `：` of `s` stands, as `s.find([':',
/// '：'])` gives it, found by a byte search for `:` and the full-width
/// colon's lead byte instead of decoding every char.
pub(crate) fn find_colon(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr2_iter(b':', 0xEF, b)
        .find(|&i| b[i] == b':' || b[i..].starts_with("：".as_bytes()))
}

/// The lines of `s`, as [`str::lines`] gives them (split at `\n`, a `\r`
/// before it dropped), each line's end found by a vectorized byte search
/// (`memchr`) rather than the standard library's char searcher.
pub(crate) fn lines(s: &str) -> impl Iterator<Item = &str> + Clone {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(n) => {
                let line = &rest[..n];
                rest = &rest[n + 1..];
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

/// A quoted stretch of text.
pub(crate) struct Quote {
    /// Where the opening quote is.
    pub open: usize,
    /// The text between the quotes.
    pub inner: crate::Span,
    /// Where the closing quote ends.
    pub close_end: usize,
}

/// Every stretch between matching quotes (`“”`, `‘’`, `""`, `《》`, `「」`)
/// whose inside is at most `max_inner` bytes. After a curly pair the scan
/// goes on inside it, so a stray opening quote never hides a later pair.
pub(crate) fn quotes(text: &str, max_inner: usize) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut pos = 0;
    let bytes = text.as_bytes();
    // A byte scan for the quotes' first bytes (`"`, E2 for `“‘`, E3 for
    // `《「`), then a check of the char: much cheaper than a char search.
    while let Some(open) = next_quote_byte(bytes, pos) {
        let c = char_at(text, open).unwrap_or('"');
        if !matches!(c, '“' | '"' | '‘' | '《' | '「') {
            pos = open + c.len_utf8();
            continue;
        }
        let close = match c {
            '“' => '”',
            '‘' => '’',
            '《' => '》',
            '「' => '」',
            _ => '"',
        };
        let inner_start = open + c.len_utf8();
        let window = &text[inner_start..floor_char(text, inner_start + max_inner)];
        pos = inner_start;
        if let Some(len) = window.find(close) {
            let close_end = inner_start + len + close.len_utf8();
            out.push(Quote {
                open,
                inner: crate::Span::new(inner_start, inner_start + len),
                close_end,
            });
            if c == '"' {
                pos = close_end;
            }
        }
    }
    out
}

/// The first byte at or after `from` that may open a quote: `"`, or E2 or
/// E3 (the first byte of `“‘` and of `《「`).
///
/// Eight bytes at a time: a word with none of them is skipped with a few
/// operations (the "has a zero byte" test on the word XORed with each
/// pattern), and most words of a text have none.
fn next_quote_byte(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The high bit of the first zero byte of `x` is the lowest bit set
    // (bits above it may be set wrongly, never bits below).
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut chunks = bytes.get(from..)?.chunks_exact(8);
    let mut at = from;
    for c in chunks.by_ref() {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // `"`, and E2 or E3 (equal to E2 once the low bit is cleared).
        let hits = zero_bytes(w ^ (ONES * 0x22)) | zero_bytes((w & (ONES * 0xFE)) ^ (ONES * 0xE2));
        if hits != 0 {
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| matches!(b, b'"' | 0xE2 | 0xE3))
        .map(|p| at + p)
}

/// Skip at most `max` horizontal spaces (ASCII space, tab, no-break space).
pub(crate) fn skip_spaces(s: &str, mut i: usize, max: usize) -> usize {
    let bytes = s.as_bytes();
    for _ in 0..max {
        // The spaces' UTF-8 bytes: ` `, `\t`, C2 A0, E3 80 80.
        i += match bytes.get(i..) {
            Some([b' ' | b'\t', ..]) => 1,
            Some([0xC2, 0xA0, ..]) => 2,
            Some([0xE3, 0x80, 0x80, ..]) => 3,
            _ => break,
        };
    }
    i
}

/// `s.trim()`, the common case (nothing to trim) read from its end bytes
/// alone.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// `s.trim_start()`, the common case (nothing to trim) read from its first
/// byte alone.
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => s,
        _ => s.trim_start(),
    }
}

/// Step back over at most `max` horizontal spaces ending at `i`.
pub(crate) fn skip_spaces_back(s: &str, mut i: usize, max: usize) -> usize {
    let bytes = s.as_bytes();
    for _ in 0..max {
        i -= match bytes.get(..i) {
            Some([.., b' ' | b'\t']) => 1,
            Some([.., 0xC2, 0xA0]) => 2,
            Some([.., 0xE3, 0x80, 0x80]) => 3,
            _ => break,
        };
    }
    i
}

pub(crate) use crate::lex::{Lexicon, Table};

/// Match the longest phrase of `lexicon` at the start of `s`.
///
/// A phrase that ends in an ASCII letter must end at a word boundary.
/// Returns the entry and the number of bytes of `s` it covered.
///
/// The phrase is found from the lexicon entry of the first word of `s` (one
/// hash lookup); a stage that holds [`crate::lex::Tokens`] uses
/// [`Tokens::match_at`](crate::lex::Tokens::match_at) and skips even that.
pub(crate) fn match_prefix<T>(
    s: &str,
    lexicon: &'static Lexicon<T>,
) -> Option<(&'static T, usize)> {
    let index = crate::lex::index();
    let entry = index.lookup(s.as_bytes())?;
    crate::lex::lexicon::longest(index, entry, s, lexicon)
}

/// Bytes of `s` covered by `phrase` at its start, if it matches there.
pub(crate) fn phrase_len_at(s: &str, phrase: &str) -> Option<usize> {
    phrase_len_from(s, phrase, 0)
}

/// [`phrase_len_at`] when the first `known` bytes of `phrase` (no space
/// among them) are known to match the first `known` bytes of `s`: the
/// compare starts after them.
pub(crate) fn phrase_len_from(s: &str, phrase: &str, known: usize) -> Option<usize> {
    let text = s.as_bytes();
    let mut i = known;
    for &p in phrase.as_bytes().get(known..)? {
        if p == b' ' {
            // Most words are followed by one ASCII space and a letter.
            let j = match text.get(i..i + 2) {
                Some(&[b' ', next]) if !matches!(next, b' ' | b'\t' | 0xC2 | 0xE3) => i + 1,
                _ => skip_spaces(s, i, 4),
            };
            if j == i {
                return None;
            }
            i = j;
        } else {
            let &t = text.get(i)?;
            if t.to_ascii_lowercase() != p {
                return None;
            }
            i += 1;
        }
    }
    let ends_in_letter = phrase
        .as_bytes()
        .last()
        .is_some_and(u8::is_ascii_alphabetic);
    (!ends_in_letter || is_boundary_after(s, i)).then_some(i)
}

/// A cheap, exact reject for whole-text passes: which (first letter, length
/// of the leading letter run) pairs, and which (first letter, second
/// letter) pairs, start a phrase of a table. A phrase can only match a
/// word with the same leading letter run (the run must end where the
/// phrase's does, or the word boundary check fails) and the same first two
/// letters, so a word not in both sets needs no lookup at all. (The second
/// letter rejects words the first letter and length let through: after a
/// number, `cases` has the first letter and length of `crore`.)
pub(crate) struct WordFilter {
    /// Per first letter: bit `n` when a phrase's leading run is `n`
    /// letters (31 for 31 or more).
    lengths: [u32; 26],
    /// Per first letter: bit `k` when a phrase's second letter is the
    /// `k`th of the alphabet, [`ONE_LETTER`] when its leading run is one
    /// letter.
    seconds: [u32; 26],
}

/// The [`WordFilter::seconds`] bit of a leading run of one letter.
const ONE_LETTER: u32 = 1 << 26;

impl WordFilter {
    /// The filter of a table.
    pub(crate) fn of<T>(table: &'static Lexicon<T>) -> Self {
        let mut filter = WordFilter {
            lengths: [0; 26],
            seconds: [0; 26],
        };
        for (phrase, _) in table.iter() {
            let b = phrase.as_bytes();
            match b.first() {
                Some(f) if f.is_ascii_lowercase() => {
                    let i = usize::from(f - b'a');
                    let run = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
                    filter.lengths[i] |= 1 << run.min(31);
                    filter.seconds[i] |= second_bit(b);
                }
                _ => {}
            }
        }
        filter
    }

    /// Whether a phrase of the table may start at `s` (a word start).
    /// Text that does not start with an ASCII letter always may.
    pub(crate) fn may_start(&self, s: &str) -> bool {
        let b = s.as_bytes();
        match b.first() {
            Some(f) if f.is_ascii_alphabetic() => {
                let i = usize::from(f.to_ascii_lowercase() - b'a');
                // The first two letters first: they reject most words
                // before the run is counted.
                if self.seconds[i] & second_bit(b) == 0 {
                    return false;
                }
                let run = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
                self.lengths[i] & (1 << run.min(31)) != 0
            }
            Some(_) => true,
            None => false,
        }
    }
}

/// A cheap, exact reject for lookups from the end of a phrase, as
/// [`WordFilter`] is from its start: a bit set of the phrases' trailing
/// letter runs, each hashed from its length and its first and last two
/// letters, and the last bytes of the phrases. A phrase that ends in a
/// letter can only end at a whole word equal to its trailing run (the char
/// before the run is no letter, in the phrase and so in the text), so a
/// word whose bit is clear ends none. (The words before a number, `seized`,
/// `arrested`, share their last letters with `exceeded`, not the rest.)
pub(crate) struct EndFilter {
    /// Bit [`end_key`] of each trailing letter run.
    words: [u64; 16],
    /// Bit `b` when a phrase ends with the byte `b` (letters lowercase).
    lasts: [u64; 4],
}

impl EndFilter {
    /// The filter of a table.
    pub(crate) fn of<T>(table: &'static Lexicon<T>) -> Self {
        let mut filter = EndFilter {
            words: [0; 16],
            lasts: [0; 4],
        };
        for (phrase, _) in table.iter() {
            let b = phrase.as_bytes();
            let Some(&l) = b.last() else {
                continue;
            };
            let l = l.to_ascii_lowercase();
            filter.lasts[usize::from(l / 64)] |= 1 << (l % 64);
            if l.is_ascii_alphabetic() {
                let run = b
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                let k = end_key(&b[b.len() - run..]);
                filter.words[k / 64] |= 1 << (k % 64);
            }
        }
        filter
    }

    /// Whether a phrase of the table may end with `word`, a whole run of
    /// ASCII letters.
    #[inline]
    pub(crate) fn may_end_word(&self, word: &[u8]) -> bool {
        if word.is_empty() {
            return false;
        }
        let k = end_key(word);
        self.words[k / 64] & (1 << (k % 64)) != 0
    }

    /// Whether a phrase of the table may end with the byte `b` (a letter
    /// in either case): the test [`match_suffix`] makes of each phrase.
    #[inline]
    pub(crate) fn may_end_byte(&self, b: u8) -> bool {
        let b = b.to_ascii_lowercase();
        self.lasts[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }
}

/// The [`EndFilter::words`] bit of a run of ASCII letters (at least one),
/// in any case: a hash of its length and its first, next to last and last
/// letters, lowercased.
#[inline]
fn end_key(word: &[u8]) -> usize {
    let n = word.len();
    let lower = |b: u8| u32::from(b | 0x20);
    let h = (n.min(31) as u32)
        ^ lower(word[0]) << 5
        ^ lower(word[n.saturating_sub(2)]) << 12
        ^ lower(word[n - 1]) << 19;
    (h.wrapping_mul(0x9E37_79B9) >> 22) as usize
}

/// The [`WordFilter::seconds`] bit of `b`, which starts with an ASCII
/// letter: its second letter's, or [`ONE_LETTER`] when no letter follows
/// the first.
#[inline]
fn second_bit(b: &[u8]) -> u32 {
    match b.get(1) {
        Some(c) if c.is_ascii_alphabetic() => 1 << (c.to_ascii_lowercase() - b'a'),
        _ => ONE_LETTER,
    }
}

/// Match the longest phrase of `table` that ends exactly at byte `end` of `s`
/// and starts at a word boundary. Returns the entry and the phrase's start.
/// A phrase that starts with an ideograph needs no boundary: Chinese sets
/// no space before a word (`A区不超过5人`, `3人约`).
pub(crate) fn match_suffix<'t, T>(
    s: &str,
    end: usize,
    table: &'t Table<T>,
) -> Option<(&'t T, usize)> {
    let last = s.as_bytes()[..end].last()?.to_ascii_lowercase();
    let mut best: Option<(&'t T, usize)> = None;
    for (phrase, value) in table {
        if phrase.as_bytes().last() != Some(&last) {
            continue;
        }
        if let Some(start) = phrase_start_before(s, end, phrase) {
            let ideograph = !phrase.as_bytes()[0].is_ascii();
            if (ideograph || is_boundary_before(s, start)) && best.map_or(true, |(_, b)| start < b)
            {
                best = Some((value, start));
            }
        }
    }
    best
}

/// Where `phrase` starts if it ends exactly at `end` of `s`.
fn phrase_start_before(s: &str, end: usize, phrase: &str) -> Option<usize> {
    let text = s.as_bytes();
    let mut i = end;
    for &p in phrase.as_bytes().iter().rev() {
        if p == b' ' {
            let j = skip_spaces_back(s, i, 4);
            if j == i {
                return None;
            }
            i = j;
        } else {
            if i == 0 || text[i - 1].to_ascii_lowercase() != p {
                return None;
            }
            i -= 1;
        }
    }
    // A match that stopped inside a multi-byte char cannot happen: every
    // phrase byte compared is ASCII or a whole UTF-8 sequence of the phrase.
    s.is_char_boundary(i).then_some(i)
}

#[cfg(test)]
mod tests;
