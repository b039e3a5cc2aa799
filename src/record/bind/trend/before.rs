//! The direction phrase that ends right before a figure (`rose`, `a drop
//! of`), found from the text's last two words: [`TREND_BEFORE`] sorted by
//! them at compile time.

use super::*;

/// The longest [`TREND_BEFORE`] phrase that ends at `end`, as
/// [`match_suffix`] finds it over the whole table.
///
/// A phrase that matches there ends in the letter run that ends there, and
/// a phrase of more than one word has, before that, the same letter run as
/// the text has (its first word starts at a word boundary, and the bytes
/// between are the phrase's own or spaces). So the table is sorted once by
/// (last word, word before it) into groups ([`BY_WORDS`]), and only the
/// phrases of the text's own two words (`decrease of`, of the 21 that end
/// in `of`) are compared.
pub(in crate::record::bind) fn trend_before(
    text: &str,
    end: usize,
) -> Option<(&'static Direction, usize)> {
    let word = ascii_word_before(text, end);
    // Most words before a number end no trend phrase: most are told so by
    // their length and first letter, the rest by the search.
    if !ends_some_phrase(word) {
        return None;
    }
    let last = word_key(word)?;
    let lo = WORD_KEYS.partition_point(|k| k.0 < last);
    if WORD_KEYS.get(lo).map_or(true, |k| k.0 != last) {
        return None;
    }
    // The word before, past the spaces or punctuation between (a phrase's
    // own are far shorter than this bound).
    let bytes = text.as_bytes();
    let stop = end - word.len();
    let mut i = stop;
    while i > stop.saturating_sub(64) && !bytes[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    let before = (i > 0 && bytes[i - 1].is_ascii_alphabetic())
        .then(|| word_key(ascii_word_before(text, i)))
        .flatten();
    let mut best: Option<(&'static Direction, usize)> = None;
    // The groups of the last word (one run); the phrases of two groups end
    // in different words before the last, so no two match the same span.
    let mut g = lo;
    while g < N && WORD_KEYS[g].0 == last {
        let group_end = usize::from(GROUP_ENDS[g]);
        let b = WORD_KEYS[g].1;
        if b == 0 || Some(b) == before {
            if let Some((d, s)) = match_suffix(text, end, &BY_WORDS[g..group_end]) {
                if best.map_or(true, |(_, b)| s < b) {
                    best = Some((d, s));
                }
            }
        }
        g = group_end;
    }
    best
}

/// Whether a phrase's last word may be `word` (a run of ASCII letters, or
/// none), by its length and first letter ([`LAST_SHAPES`]).
fn ends_some_phrase(word: &str) -> bool {
    let shapes = LAST_SHAPES.get(word.len()).copied().unwrap_or(0);
    let bit = word
        .as_bytes()
        .first()
        .map_or(NO_WORD, |&c| c.to_ascii_lowercase().wrapping_sub(b'a') & 31);
    shapes & 1 << bit != 0
}

/// For each length of a phrase's last word (0 to 16 letters), the first
/// letters it has (bit `c - b'a'`), or [`NO_WORD`] for a phrase with
/// none (a Chinese one).
static LAST_SHAPES: [u32; 17] = {
    let table = TREND_BEFORE.table();
    let mut shapes = [0u32; 17];
    let mut n = 0;
    while n < N {
        let p = table[n].0.as_bytes();
        let start = letters_before(p, p.len());
        let len = p.len() - start;
        assert!(len <= 16, "a trend word longer than 16 letters");
        shapes[len] |= if len == 0 {
            1 << NO_WORD
        } else {
            1 << (p[start].to_ascii_lowercase() - b'a')
        };
        n += 1;
    }
    shapes
};

/// The bit of [`LAST_SHAPES`] for no word.
const NO_WORD: u8 = 26;

/// A word of at most 16 ASCII letters as one number, any case; 0 for no
/// word, `None` for a longer one.
fn word_key(word: &str) -> Option<u128> {
    (word.len() <= 16).then(|| {
        word.bytes()
            .fold(0, |k, b| k << 8 | u128::from(b.to_ascii_lowercase()))
    })
}

/// The number of [`TREND_BEFORE`] phrases.
const N: usize = TREND_BEFORE.table().len();

/// [`TREND_BEFORE`] sorted by (last word, word before it), as
/// [`WORD_KEYS`] keys them, in table order within each group (a stable
/// sort): each group is one run.
static BY_WORDS: [Entry; N] = SORTED.0;

/// The (last word, word before it) of each phrase of [`BY_WORDS`], as
/// [`word_key`] keys them (0 for none: `rose` has no word before, and a
/// Chinese phrase neither), sorted.
static WORD_KEYS: [WordKeys; N] = SORTED.1;

/// For each phrase of [`BY_WORDS`], where its group (the run of its
/// [`WORD_KEYS`]) ends.
static GROUP_ENDS: [u16; N] = {
    assert!(
        N < u16::MAX as usize,
        "too many trend phrases for their ends"
    );
    let keys = SORTED.1;
    let mut ends = [0u16; N];
    let mut i = N;
    while i > 0 {
        i -= 1;
        let same = i + 1 < N && keys[i + 1].0 == keys[i].0 && keys[i + 1].1 == keys[i].1;
        ends[i] = if same { ends[i + 1] } else { (i + 1) as u16 };
    }
    ends
};

/// A phrase of [`TREND_BEFORE`] and its direction.
type Entry = (&'static str, Direction);

/// A phrase's (last word, word before it), as [`word_key`] keys them.
type WordKeys = (u128, u128);

/// [`BY_WORDS`] and [`WORD_KEYS`], built at compile time (a word longer
/// than 16 letters fails the build).
const SORTED: ([Entry; N], [WordKeys; N]) = {
    let table = TREND_BEFORE.table();
    let mut phrases = [("", Direction::Increase); N];
    let mut keys = [(0u128, 0u128); N];
    let mut n = 0;
    while n < N {
        let p = table[n].0.as_bytes();
        // The last letter run, then past what is no letter, the one
        // before it (a Chinese phrase has neither).
        let last_start = letters_before(p, p.len());
        let mut rest = last_start;
        while rest > 0 && !p[rest - 1].is_ascii_alphabetic() {
            rest -= 1;
        }
        let before_start = letters_before(p, rest);
        phrases[n] = (table[n].0, table[n].1);
        keys[n] = (
            key_of(p, last_start, p.len()),
            key_of(p, before_start, rest),
        );
        n += 1;
    }
    // A stable insertion sort by the keys.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0
            && (keys[j - 1].0 > keys[j].0
                || (keys[j - 1].0 == keys[j].0 && keys[j - 1].1 > keys[j].1))
        {
            let (k, p) = (keys[j - 1], phrases[j - 1]);
            (keys[j - 1], phrases[j - 1]) = (keys[j], phrases[j]);
            (keys[j], phrases[j]) = (k, p);
            j -= 1;
        }
        i += 1;
    }
    (phrases, keys)
};

/// Where the run of ASCII letters that ends at `end` of `p` starts.
const fn letters_before(p: &[u8], end: usize) -> usize {
    let mut i = end;
    while i > 0 && p[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    i
}

/// [`word_key`] of `p[from..to]`, at compile time.
const fn key_of(p: &[u8], from: usize, to: usize) -> u128 {
    assert!(to - from <= 16, "a trend word longer than 16 letters");
    let mut k = 0u128;
    let mut i = from;
    while i < to {
        k = k << 8 | p[i].to_ascii_lowercase() as u128;
        i += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sorted table holds each phrase of [`TREND_BEFORE`] once, with
    /// its direction, keyed by its last two words as [`word_key`] keys the
    /// text's, and sorted by them.
    #[test]
    fn the_sorted_table_is_the_lexicon_table_by_its_last_words() {
        let mut sorted: Vec<(&str, Direction)> = BY_WORDS.to_vec();
        let mut table: Vec<(&str, Direction)> = TREND_BEFORE.to_vec();
        sorted.sort_by_key(|&(p, _)| p);
        table.sort_by_key(|&(p, _)| p);
        assert_eq!(sorted, table);
        assert!(WORD_KEYS.windows(2).all(|k| k[0] <= k[1]));
        for &(p, _) in &BY_WORDS {
            assert!(ends_some_phrase(ascii_word_before(p, p.len())), "{p}");
        }
        for word in ["", "the", "police", "Rose"] {
            let known = BY_WORDS
                .iter()
                .any(|&(p, _)| ascii_word_before(p, p.len()).eq_ignore_ascii_case(word));
            assert!(ends_some_phrase(word) || !known, "{word}");
        }
        // (No change word starts with `x`.)
        assert!(!ends_some_phrase("xylophone"));
        for (i, &end) in GROUP_ENDS.iter().enumerate() {
            let end = usize::from(end);
            assert!(WORD_KEYS[i..end].iter().all(|&k| k == WORD_KEYS[i]));
            assert!(WORD_KEYS.get(end) != Some(&WORD_KEYS[i]));
        }
        for (&(p, _), &(last, before)) in BY_WORDS.iter().zip(&WORD_KEYS) {
            let word = ascii_word_before(p, p.len());
            let rest =
                p[..p.len() - word.len()].trim_end_matches(|c: char| !c.is_ascii_alphabetic());
            assert_eq!(word_key(word), Some(last), "{p}");
            assert_eq!(
                word_key(ascii_word_before(rest, rest.len())),
                Some(before),
                "{p}"
            );
        }
    }
}
