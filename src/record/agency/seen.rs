//! Repeats: the agencies found so far, and the keys that tell a new name
//! from one already listed (the same name, or the end of one without an
//! `of`), without copying a key or hashing with SipHash.

use super::*;

/// The agencies found so far, with the keys that tell a new name from a
/// repeat in one lookup each.
pub(super) struct Agencies<'a> {
    pub(super) text: &'a str,
    pub(super) list: Vec<Agency<'a>>,
    /// The names of the agencies, and the word suffixes of each agency
    /// without an `of` complement (`Maritime Police Bureau` of `Danzhou
    /// Maritime Police Bureau`), by their keys.
    pub(super) keys: KeySet,
    /// The key hashes of the name asked about last: `(hash, start, key
    /// length)` of each of its word suffixes, the whole name last.
    pub(super) suffixes: Vec<(u64, usize, usize)>,
}

impl<'a> Agencies<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Agencies {
            text,
            list: Vec::with_capacity(8),
            keys: KeySet::default(),
            suffixes: Vec::with_capacity(16),
        }
    }

    /// Whether the name at `span` repeats an agency already found: the
    /// same name, or the end of one without an `of` (`the Maritime Police
    /// Bureau` after `Danzhou Maritime Police Bureau`; but `Ministry of
    /// Public Security` after `Bureau of the Ministry of Public Security`
    /// is another body).
    pub(super) fn seen(&mut self, span: Span) -> bool {
        key_hashes(self.text, span, &mut self.suffixes);
        self.suffixes
            .last()
            .is_some_and(|&(h, start, n)| self.keys.contains(self.text, h, start..span.end, n))
    }

    /// Whether the lowercase name `name` repeats an agency already found
    /// in another order: the same words, `of` and `the` aside, in any case
    /// (`the provincial public security department` after `the Provincial
    /// Department of Public Security`). A lowercase reference to a listed
    /// body is no body of its own. (Read only for a name with no capital:
    /// most names have one.)
    pub(super) fn reordered(&self, name: &str) -> bool {
        let this = sorted_words(name);
        this.len() >= 2
            && self.list.iter().any(|a| {
                let other = sorted_words(&a.name);
                other.len() == this.len()
                    && other
                        .iter()
                        .zip(&this)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
    }

    /// Add `agency`, which [`Agencies::seen`] has just been asked about.
    pub(super) fn add(&mut self, agency: Agency<'a>) {
        let end = agency.span.end;
        // (` of ` found by its bytes: no substring searcher per agency.)
        let b = agency.name.as_bytes();
        let of = (3..b.len())
            .any(|i| b[i] == b' ' && b[i - 1] == b'f' && b[i - 2] == b'o' && b[i - 3] == b' ');
        if of {
            if let Some(&(h, start, n)) = self.suffixes.last() {
                self.keys.insert(self.text, h, start..end, n);
            }
        } else {
            for &(h, start, n) in &self.suffixes {
                self.keys.insert(self.text, h, start..end, n);
            }
        }
        self.list.push(agency);
    }
}

/// The words of `name` but `of` and `the`, sorted by their lowercase.
fn sorted_words(name: &str) -> Vec<&str> {
    let mut v: Vec<&str> = name
        .split(' ')
        .filter(|w| !w.is_empty() && *w != "of" && !w.eq_ignore_ascii_case("the"))
        .collect();
    v.sort_unstable_by(|a, b| cmp_ignore_case(a, b));
    v
}

/// `a` and `b` compared as their ASCII lowercase.
fn cmp_ignore_case(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.bytes(), b.bytes());
    a.map(|c| c.to_ascii_lowercase())
        .cmp(b.map(|c| c.to_ascii_lowercase()))
}

/// The key that compares names is their letters and digits, lowercased
/// (`b | 0x20` lowercases both): the keys of `text[span]` and of each of
/// its word suffixes, as `(hash, start, key length)`, into `out`, the
/// whole name's last. One pass from the end gives them all.
pub(super) fn key_hashes(text: &str, span: Span, out: &mut Vec<(u64, usize, usize)>) {
    out.clear();
    let bytes = &text.as_bytes()[span.range()];
    let mut h = HASH_START;
    let mut n = 0;
    // Whether the byte after the current one is part of the key.
    let mut in_key = false;
    for (i, &b) in bytes.iter().enumerate().rev() {
        let k = KEY_BYTE[usize::from(b)];
        if k != 0 {
            h = hash_step(h, k);
            n += 1;
            in_key = true;
        } else if in_key {
            // A run of letters and digits starts after this byte.
            out.push((h, span.start + i + 1, n));
            in_key = false;
        }
    }
    if in_key {
        out.push((h, span.start, n));
    }
}

/// Per byte, its key byte (ASCII letters and digits, lowercased by
/// `| 0x20`), or 0 for a byte the key leaves out.
pub(super) const KEY_BYTE: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_alphanumeric() {
            t[b] = b as u8 | 0x20;
        }
        b += 1;
    }
    t
};

/// Whether `a` and `b` have the same key.
pub(super) fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        while i < a.len() && KEY_BYTE[usize::from(a[i])] == 0 {
            i += 1;
        }
        while j < b.len() && KEY_BYTE[usize::from(b[j])] == 0 {
            j += 1;
        }
        match (a.get(i), b.get(j)) {
            (None, None) => return true,
            (Some(&x), Some(&y)) if KEY_BYTE[usize::from(x)] == KEY_BYTE[usize::from(y)] => {
                i += 1;
                j += 1;
            }
            _ => return false,
        }
    }
}

/// The key of `s`: its letters and digits, lowercased.
#[cfg(test)]
pub(super) fn key_of(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b | 0x20)
}

/// A set of keys, each held as the span of text it is the key of, by a
/// cheap hash instead of SipHash: no key is copied.
#[derive(Default)]
pub(super) struct KeySet {
    /// Open addressing, a power of two long: `(hash, start, end, key
    /// length)`; `end == 0` marks an empty slot.
    slots: Vec<(u64, u32, u32, u32)>,
    /// How many slots are taken.
    len: usize,
}

/// One step of the hash, fed a key's bytes from its end, so that the hash
/// of every suffix comes out along the way.
pub(super) fn hash_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

pub(super) const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

impl KeySet {
    /// The slot holding the key of `text[span]` (`n` bytes, hash `h`), or
    /// the empty slot where it would go.
    pub(super) fn find(&self, text: &str, h: u64, span: std::ops::Range<usize>, n: usize) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = slot_of(h, mask);
        loop {
            let (sh, start, end, len) = self.slots[slot];
            if end == 0
                || (sh == h
                    && len as usize == n
                    && same_key(&text[start as usize..end as usize], &text[span.clone()]))
            {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Whether the key of `text[span]` (`n` bytes, hash `h`) is in the set.
    pub(super) fn contains(
        &self,
        text: &str,
        h: u64,
        span: std::ops::Range<usize>,
        n: usize,
    ) -> bool {
        self.len > 0 && self.slots[self.find(text, h, span, n)].2 != 0
    }

    /// Add the key of `text[span]` (`n` bytes, hash `h`), unless it is in.
    pub(super) fn insert(&mut self, text: &str, h: u64, span: std::ops::Range<usize>, n: usize) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let slot = self.find(text, h, span.clone(), n);
        if self.slots[slot].2 == 0 {
            // Spans are 32-bit: `Parser` caps its input below 4 GiB.
            self.slots[slot] = (h, span.start as u32, span.end as u32, n as u32);
            self.len += 1;
        }
    }

    pub(super) fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(32);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0, 0, 0); size]);
        let mask = size - 1;
        for entry in old.into_iter().filter(|&(_, _, e, _)| e != 0) {
            let mut slot = slot_of(entry.0, mask);
            while self.slots[slot].2 != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = entry;
        }
    }
}

/// The slot of hash `h` in a table of `mask + 1` slots.
pub(super) fn slot_of(h: u64, mask: usize) -> usize {
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hashes of the keys of each suffix of `s` that starts a run of
    /// letters and digits, read the plain way.
    fn hashes_by_suffix(s: &str) -> Vec<(u64, usize, usize)> {
        let bytes = s.as_bytes();
        let mut out: Vec<_> = (0..bytes.len())
            .filter(|&i| {
                bytes[i].is_ascii_alphanumeric()
                    && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            })
            .map(|i| {
                let key: Vec<u8> = key_of(&s[i..]).collect();
                let h = key.iter().rev().fold(HASH_START, |h, &b| hash_step(h, b));
                (h, i, key.len())
            })
            .collect();
        out.reverse();
        out
    }

    #[test]
    fn key_hashes_and_compares_match_the_plain_keys() {
        let names = [
            "Danzhou Maritime Police Bureau",
            "Sub-Bureau's  x",
            "People’s Procuratorate of Lanxi 2",
            " -a- ",
            "",
            "Bureau",
        ];
        for a in names {
            let mut got = Vec::new();
            key_hashes(a, Span::new(0, a.len()), &mut got);
            assert_eq!(got, hashes_by_suffix(a), "{a:?}");
            for b in names {
                assert_eq!(same_key(a, b), key_of(a).eq(key_of(b)), "{a:?} {b:?}");
            }
        }
        assert!(same_key("Maritime-Police", "maritime police"));
    }

    #[test]
    fn a_lowercase_name_in_other_order_repeats_a_listed_one() {
        let names = |t| crate::record::agency::tests::names(t).join("\n");
        insta::assert_snapshot!(names("The Provincial Department of Public Security said the provincial public security department held 3 men."), @"Province Provincial Department of Public Security");
        // Other words are another body; a capitalized name is kept.
        insta::assert_snapshot!(names("The Provincial Department of Public Security and the provincial public security bureau met."), @"
        Province Provincial Department of Public Security
        Province provincial public security bureau
        ");
        insta::assert_snapshot!(names("The Municipal Bureau of Public Security and the Municipal Public Security Bureau met."), @"
        City Municipal Bureau of Public Security
        City Municipal Public Security Bureau
        ");
    }
}
