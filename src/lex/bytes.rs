//! The tokenizer's byte work: the byte classes of its dispatch, letter runs
//! read eight bytes at a time, and the tokens it reads out of line (long
//! words, non-ASCII chars).

use super::index::{self, load8, EntryId, NO_ENTRY};
use super::lexicon::Classes;
use super::{is_cjk, Kind};

/// Byte classes for the tokenizer's dispatch.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Byte {
    Space,
    Letter,
    Digit,
    Newline,
    Ascii,
    /// ASCII punctuation that is a mark: `.`, `!`, `?`, `;`, `:`.
    Mark,
    Multi,
}

pub(super) const BYTES: [Byte; 256] = {
    let mut t = [Byte::Multi; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            Byte::Letter
        } else if c.is_ascii_digit() {
            Byte::Digit
        } else if c == b'\n' {
            Byte::Newline
        } else if c == b' ' || c == b'\t' || c == b'\r' || c == 0x0B || c == 0x0C {
            Byte::Space
        } else if matches!(c, b'.' | b'!' | b'?' | b';' | b':') {
            Byte::Mark
        } else {
            Byte::Ascii
        };
        b += 1;
    }
    t
};

/// A token read out of line: its kind, its entry and classes, and whether
/// it is a mark.
pub(super) type Found = (Kind, (EntryId, Classes), bool);

/// The token at `i`, whose first byte is not ASCII: where the next token
/// may start, and the token's kind, entry and whether it is a mark (`None`
/// for a space). Out of line: few tokens are not ASCII.
#[inline(never)]
pub(super) fn multi(index: &index::Index, text: &str, start: usize) -> (usize, Option<Found>) {
    let bytes = text.as_bytes();
    let c = char_at(text, start);
    let mut i = start + c.len_utf8();
    let token = if is_space(c) {
        return (i, None);
    } else if is_full_width_digit(c) {
        i = digits_end(bytes, i);
        (Kind::Number, NONE, false)
    } else if is_cjk(c) {
        while i < bytes.len() && bytes[i] >= 0xE3 {
            let c = char_at(text, i);
            if !is_cjk(c) {
                break;
            }
            i += c.len_utf8();
        }
        (Kind::Cjk, NONE, false)
    } else {
        // (`：` for the labels of a Chinese header, `来源：`.)
        let mark = matches!(c, '。' | '；' | '！' | '？' | '：');
        (Kind::Punct, symbol(index, &bytes[start..]), mark)
    };
    (i, Some(token))
}

/// The end of the word of eight letters or more that starts at `i` (its
/// first eight bytes `w`), and its entry and classes if the lexicon has it.
#[inline(always)]
pub(super) fn long_word_at(
    index: &index::Index,
    bytes: &[u8],
    i: usize,
    w: u64,
) -> (usize, (EntryId, Classes)) {
    let mut end = i + 8;
    loop {
        let n = letter_run(load8(bytes, end));
        end += n;
        if n < 8 {
            break;
        }
    }
    let len = end - i;
    let found = if len == 8 {
        index.word_starts(len, fold(w, len))
    } else if len <= index::MAX_KEY {
        index.long_word_starts(bytes.get(i..).unwrap_or_default(), len)
    } else {
        NONE
    };
    (end, found)
}

/// The entry and classes of the symbol key (a punctuation char) at the
/// start of `s`, if the lexicon has one.
#[inline]
pub(super) fn symbol(index: &index::Index, s: &[u8]) -> (EntryId, Classes) {
    match s.first() {
        Some(&first) if index.may_start_symbol(first) => {
            index.lookup(s).map_or(NONE, |e| (e, index.entry(e).starts))
        }
        _ => NONE,
    }
}

/// No entry, no class.
pub(super) const NONE: (EntryId, Classes) = (NO_ENTRY, Classes::NONE);

/// How many of the bytes of `w` (little-endian) are ASCII letters before
/// the first one that is not: 0 to 8.
#[inline(always)]
pub(super) fn letter_run(w: u64) -> usize {
    letter_run_mask(w).0
}

/// [`letter_run`], and the mask of the bytes before the first that is
/// not a letter (meaningless for a run of eight).
#[inline(always)]
pub(super) fn letter_run_mask(w: u64) -> (usize, u64) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Letters folded to lowercase. A byte of 0x80 or more is no letter (the
    // `!w` below), and the carry its sums may push into the bytes after it
    // does not matter: only the bytes before the first non-letter count.
    let y = w | 0x2020_2020_2020_2020;
    let at_least_a = y.wrapping_add(0x1f1f_1f1f_1f1f_1f1f); // high bit: y >= b'a'
    let past_z = y.wrapping_add(0x0505_0505_0505_0505); // high bit: y > b'z'
    let not_letters = !(at_least_a & !past_z & !w) & HIGH;
    // The bits up to the first non-letter's high bit, one byte down: the
    // bytes before it.
    let mask = (not_letters ^ not_letters.wrapping_sub(1)) >> 8;
    ((not_letters.trailing_zeros() / 8) as usize, mask)
}

/// The first `len` (at most 8) bytes of `w` with `| 0x20` (ASCII letters
/// folded to lowercase), the others cleared: the key word of
/// [`index::Index::lookup_folded`].
#[inline(always)]
pub(super) fn fold(w: u64, len: usize) -> u64 {
    let mask = if len >= 8 {
        u64::MAX
    } else {
        (1 << (8 * len)) - 1
    };
    (w | 0x2020_2020_2020_2020) & mask
}

#[inline]
pub(super) fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        match bytes.get(i) {
            Some(b) if b.is_ascii_digit() => i += 1,
            // Full-width digits: EF BC 90..=99.
            Some(0xEF)
                if bytes.get(i + 1) == Some(&0xBC)
                    && bytes.get(i + 2).is_some_and(|b| (0x90..=0x99).contains(b)) =>
            {
                i += 3
            }
            _ => return i,
        }
    }
}

#[inline]
pub(super) fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

#[inline]
pub(super) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{3000}' | '\u{2000}'..='\u{200b}' | '\u{202f}' | '\u{feff}'
    )
}

#[inline]
pub(super) fn is_full_width_digit(c: char) -> bool {
    matches!(c, '０'..='９')
}
