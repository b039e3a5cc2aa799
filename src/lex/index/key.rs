//! Keys and their hashes: where a key ends in the text, the eight-byte
//! words it is read and compared as, and the hash that picks its slot.

use super::*;

/// The length of the key at the start of `s`: its leading run of ASCII
/// letters, or its first char when it starts with anything else. `None`
/// for empty text and runs longer than [`MAX_KEY`].
#[inline]
pub(crate) fn key_len(s: &[u8]) -> Option<usize> {
    let &first = s.first()?;
    if first.is_ascii_alphabetic() {
        let len = s
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(s.len());
        (len <= MAX_KEY).then_some(len)
    } else {
        Some(utf8_len(first).min(s.len()))
    }
}

/// A hash of the key that is the first `len` bytes of `s`, ASCII letters
/// folded to lowercase: eight bytes at a time, then mixed so that the top
/// bits (the slot) depend on every byte.
#[inline]
pub(super) fn hash(s: &[u8], len: usize) -> u64 {
    if len <= 8 {
        return short_hash(fold(load8(s, 0), len));
    }
    long_hash(fold(load8(s, 0), 8), len)
}

/// The hash of a key longer than eight bytes: its first eight (folded) and
/// its length.
#[inline(always)]
pub(super) fn long_hash(head: u64, len: usize) -> u64 {
    short_hash(head ^ (len as u64).rotate_right(8))
}

/// The eight bytes of `s` from `i` as a little-endian word, zeros past the
/// end of `s`.
#[inline(always)]
pub(crate) fn load8(s: &[u8], i: usize) -> u64 {
    let rest = s.get(i..).unwrap_or_default();
    match rest.first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        None => rest.iter().rev().fold(0, |w, &b| (w << 8) | u64::from(b)),
    }
}

/// A lowercase key of at most eight bytes as a little-endian word.
pub(super) fn short_word(key: &[u8]) -> Option<u64> {
    let mut w = [0; 8];
    w.get_mut(..key.len())?.copy_from_slice(key);
    Some(u64::from_le_bytes(w))
}

/// Bytes 8 to 15 of a lowercase key longer than eight bytes as a
/// little-endian word, zeros past its end: its [`Index::tails`] word.
pub(super) fn tail_word(key: &[u8]) -> u64 {
    let rest = key.get(8..).unwrap_or_default();
    let mut w = [0; 8];
    let n = rest.len().min(8);
    w[..n].copy_from_slice(&rest[..n]);
    u64::from_le_bytes(w)
}

/// The hash of a key of at most eight bytes, given as its folded word:
/// the word holds the key's length too (its bytes past the key are 0, a
/// key's bytes are not), so one multiply spreads it to the top bits.
#[inline(always)]
pub(super) fn short_hash(folded: u64) -> u64 {
    folded.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Whether `text` (any case) spells the lowercase `key`.
#[inline]
pub(super) fn same_key(key: &[u8], text: &[u8]) -> bool {
    key.len() == text.len()
        && key
            .iter()
            .zip(text)
            .all(|(k, t)| *k == t.to_ascii_lowercase())
}

/// Bytes in the UTF-8 sequence that starts with `b` (1 for a stray
/// continuation byte).
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}
