//! ASCII words read forward and back from a byte offset, eight bytes at a
//! time where the text allows.

/// Length of the run of ASCII letters at the start of `s`.
///
/// Read eight bytes at a time ([`non_letters`]), as [`ascii_word_before`]
/// reads back: most words end inside the first eight, found in one step,
/// not a test a byte. The last few bytes of a text, fewer than eight, are
/// read one by one.
#[inline]
pub(crate) fn ascii_word_len(s: &str) -> usize {
    let b = s.as_bytes();
    // (Many calls find no letter at all: one test.)
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    let mut i = 0;
    while let Some(eight) = b[i..].first_chunk::<8>() {
        let non = non_letters(u64::from_le_bytes(*eight));
        if non != 0 {
            // The first byte that is no letter: the lowest marked.
            return i + non.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    i + b[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count()
}

/// The run of ASCII letters ending at byte `end` of `s`.
///
/// Read back eight bytes at a time ([`non_letters`]): most words end
/// inside the first eight, found in one step, not a test a byte (the
/// binder asks for the word before an offset some ten thousand times on
/// the dev corpus).
///
/// The common word, ended within the eight bytes before `end`, is read
/// inline where it is asked; a longer one, or one near the text's start, out
/// of line.
#[inline]
pub(crate) fn ascii_word_before(s: &str, end: usize) -> &str {
    let eight = end
        .checked_sub(8)
        .and_then(|from| s.as_bytes().get(from..end))
        .map(<[u8; 8]>::try_from);
    if let Some(Ok(eight)) = eight {
        let non = non_letters(u64::from_le_bytes(eight));
        if non != 0 {
            // The last byte that is no letter: the highest marked.
            let last = (63 - non.leading_zeros() as usize) / 8;
            return &s[end - 8 + last + 1..end];
        }
    }
    ascii_word_before_long(s, end)
}

/// [`ascii_word_before`], read back eight bytes at a time from `end`.
#[inline(never)]
fn ascii_word_before_long(s: &str, end: usize) -> &str {
    let bytes = &s.as_bytes()[..end];
    let mut i = end;
    while i >= 8 {
        let Ok(eight) = <[u8; 8]>::try_from(&bytes[i - 8..i]) else {
            break;
        };
        let non = non_letters(u64::from_le_bytes(eight));
        if non != 0 {
            // The last byte that is no letter: the highest marked.
            let last = (63 - non.leading_zeros() as usize) / 8;
            return &s[i - 8 + last + 1..end];
        }
        i -= 8;
    }
    let start = bytes[..i]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    &s[start..end]
}

/// The bytes of `eight` (eight bytes, the first in the low byte) that are
/// no ASCII letter, each marked by its top bit (`0x80`), others 0.
#[inline]
pub(super) fn non_letters(eight: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const EACH: u64 = 0x0101_0101_0101_0101;
    // Case folded and the top bit dropped: each byte is below 0x80, so the
    // sums below carry into no other byte. (Only `A`-`Z` fold onto `a`-`z`;
    // a byte of 0x80 or more is no letter, whatever it folds to.)
    let x = (eight | 0x2020_2020_2020_2020) & !HIGH;
    // Top bit set where the byte is at least `a`, and where it is past `z`.
    let from_a = (x + EACH * (0x80 - u64::from(b'a'))) & HIGH;
    let past_z = (x + EACH * (0x80 - u64::from(b'z' + 1))) & HIGH;
    let letter = from_a & !past_z & !(eight & HIGH);
    !letter & HIGH
}

/// The word before a full stop at `dot`, with inner full stops kept
/// (`U.S` before `U.S.`, `e.g` before `e.g.`).
///
/// Looks back at most 8 bytes: abbreviations are short, and a bounded look
/// keeps sentence splitting linear on hostile input.
pub(crate) fn ascii_word_before_dotted(s: &str, dot: usize) -> &str {
    let bytes = s.as_bytes();
    let floor = dot.saturating_sub(8);
    let mut start = dot;
    // Dots inside the word (`U.S`) are part of it, leading ones are not.
    while start > floor && matches!(bytes[start - 1], b'.' | b'a'..=b'z' | b'A'..=b'Z') {
        start -= 1;
    }
    while start < dot && bytes[start] == b'.' {
        start += 1;
    }
    s.get(start..dot).unwrap_or_default()
}
