//! One lexicon for every word table, with hashed lookup.
//!
//! Each word table stays a readable, sorted data file beside the code that
//! uses it (`record/lexicon.rs`, `quantity/words.rs`, ...). Here they are
//! joined once, in a [`OnceLock`], into one hash map from a lowercase *key*
//! (a phrase's leading run of ASCII letters, or its first char when it
//! starts with anything else) to an [`Entry`]: which word classes have a
//! phrase starting with that key, which have it as a whole entry, and the
//! phrases themselves. A phrase is then matched from its first word's entry,
//! never by searching a table.

use std::ops::Deref;
use std::sync::OnceLock;

/// A word table: `(phrase, value)` entries, phrases in lowercase.
///
/// Phrases may hold spaces and punctuation; a space in a phrase matches one
/// run of horizontal whitespace in the text. Matching is ASCII
/// case-insensitive and always picks the longest phrase.
pub(crate) type Table<T> = [(&'static str, T)];

macro_rules! classes {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The word classes: one per word table. A word's classes say which
        /// tables have a phrase that starts with it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub(crate) enum Class { $($(#[$doc])* $name,)* }

        impl Class {
            /// Every class, in declaration order.
            #[cfg(test)]
            pub(crate) const ALL: &'static [Class] = &[$(Class::$name,)*];
        }
    };
}

classes! {
    /// Month names (`quantity` dates).
    Month,
    /// Words before a number that make it an identifier (`No. 3`).
    IdentifierBefore,
    /// Words after a number that make it a time, age or identifier.
    NameAfter,
    /// Capitalized words after a number that make it a name.
    TitleAfter,
    /// `day`, `month`: durations in hyphenated compounds.
    TimeUnit,
    /// Words after `one` that make it an idiom.
    OneIdiomAfter,
    /// Words before `one` that make it a pronoun.
    OneIdiomBefore,
    /// Words around a hotline number.
    HotlineContext,
    /// Words that end a counted noun phrase.
    NounStop,
    /// More words that end a counted noun phrase (figures layer).
    NounStopMore,
    /// Words before a year.
    YearBefore,
    /// Function words.
    FunctionWord,
    /// Words that make a number money.
    MoneyWord,
    /// Qualifiers before a number (`more than`, `about`).
    QualifierBefore,
    /// Vague counts (`dozens of`).
    Vague,
    /// Scale words (`million`, `wan`).
    Scale,
    /// Number words (`seven`, `twenty`).
    NumberWord,
    /// Units and currencies.
    Unit,
    /// Qualifiers after a number (`or more`).
    BoundAfter,
    /// Words of change (`up`, `down`, `increase`).
    ChangeWord,
    /// Words after `one` that make it a pronoun.
    OnePronounAfter,
    /// Words that may start a figure.
    Trigger,
    /// Campaign words (`operation`, `campaign`).
    Campaign,
    /// Launch words (`launched`, `kicked off`).
    Launch,
    /// Naming words (`codenamed`, `dubbed`) and `day`.
    Naming,
    /// Agency head words (`Bureau`, `Station`).
    AgencyHead,
    /// Lowercase words inside an agency name.
    AgencyVocabulary,
    /// Words that make a name an enforcement body.
    AgencyEnforcement,
    /// Capitalized words that never start an agency name.
    AgencyNotName,
    /// Verbs.
    Verb,
    /// Auxiliaries.
    Auxiliary,
    /// Counted nouns.
    Noun,
    /// Seizable items.
    Item,
    /// Counterfeit goods.
    Counterfeit,
    /// Fraud words.
    Fraud,
    /// Telecom words.
    Telecom,
    /// Other crimes.
    OtherCrime,
    /// List joiners (`and`, `as well as`).
    ListJoiner,
    /// Trend words before a number.
    TrendBefore,
    /// Trend words after a number.
    TrendAfter,
    /// News outlets.
    Outlet,
}

/// A set of [`Class`]es.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Classes(u64);

impl Classes {
    /// No class.
    pub(crate) const NONE: Classes = Classes(0);

    /// Whether `class` is in the set.
    #[inline]
    pub(crate) fn has(self, class: Class) -> bool {
        self.0 & (1 << class as u8) != 0
    }

    fn insert(&mut self, class: Class) {
        self.0 |= 1 << class as u8;
    }
}

/// A word table of one [`Class`]: the data, and the class its phrases are
/// indexed under. Derefs to the table.
pub(crate) struct Lexicon<T: 'static> {
    class: Class,
    table: &'static Table<T>,
}

impl<T> Lexicon<T> {
    /// A table of `class`. Phrases must be lowercase and sorted (each
    /// table's unit test checks).
    pub(crate) const fn new(class: Class, table: &'static Table<T>) -> Self {
        Lexicon { class, table }
    }

    /// The class of this table.
    pub(crate) fn class(&self) -> Class {
        self.class
    }
}

impl<T> Deref for Lexicon<T> {
    type Target = Table<T>;
    fn deref(&self) -> &Table<T> {
        self.table
    }
}

/// The longest phrase of `lexicon` under `entry` that matches at the start of
/// `s`.
pub(crate) fn longest<T>(
    index: &Index,
    entry: EntryId,
    s: &str,
    lexicon: &'static Lexicon<T>,
) -> Option<(&'static T, usize)> {
    if !index.entry(entry).starts.has(lexicon.class()) {
        return None;
    }
    let mut best: Option<(&'static T, usize)> = None;
    for k in index.phrases(entry, lexicon.class()) {
        let (phrase, value) = &lexicon.table[k];
        if let Some(len) = crate::text::phrase_len_at(s, phrase) {
            if best.map_or(true, |(_, l)| len > l) {
                best = Some((value, len));
            }
        }
    }
    best
}

/// What the lexicon knows of one key.
#[derive(Debug, Default)]
pub(crate) struct Entry {
    /// Classes with a phrase starting with this key.
    pub(crate) starts: Classes,
    /// Classes with this key as a whole one-word entry.
    pub(crate) whole: Classes,
    /// `(class, index in its table)` of every phrase starting with this key,
    /// sorted by class.
    phrases: Vec<(u8, u16)>,
}

/// The id of an [`Entry`] in the lexicon.
pub(crate) type EntryId = u32;

/// A table's phrases, whatever its values: what the lexicon indexes.
pub(crate) trait Phrases: Sync {
    fn class(&self) -> Class;
    fn phrase(&self, i: usize) -> &'static str;
    fn len(&self) -> usize;
}

impl<T: Sync> Phrases for Lexicon<T> {
    fn class(&self) -> Class {
        self.class
    }
    fn phrase(&self, i: usize) -> &'static str {
        self.table[i].0
    }
    fn len(&self) -> usize {
        self.table.len()
    }
}

/// The longest key the lexicon holds; longer words have no entry.
pub(crate) const MAX_KEY: usize = 32;

/// The joined lexicon: every table's phrases under their first key, in an
/// open-addressing hash table keyed by the lowercase key.
pub(crate) struct Index {
    /// `(entry id + 1, low bits of the key's hash)` per slot; id 0 for an
    /// empty slot. The hash bits reject most other keys without a compare.
    slots: Vec<(u32, u32)>,
    /// `64 - log2(slots.len())`: the shift that turns a hash into a slot.
    shift: u32,
    keys: Vec<Box<[u8]>>,
    /// Each key of at most eight bytes as one little-endian word (0 for
    /// longer keys): a short word is compared with one instruction.
    short: Vec<u64>,
    entries: Vec<Entry>,
    /// Whether a key that is not a letter run starts with this byte.
    symbol_first: [bool; 256],
}

/// The lexicon, built on first use from [`crate::lex::TABLES`].
pub(crate) fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(crate::lex::TABLES))
}

impl Index {
    // Kept out of line: `benches/stages.sh` finds it by name.
    #[inline(never)]
    fn build(tables: &[&dyn Phrases]) -> Index {
        let mut keys: Vec<Box<[u8]>> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut ids: std::collections::HashMap<Box<[u8]>, EntryId> = Default::default();
        for table in tables {
            let class = table.class();
            for i in 0..table.len() {
                let phrase = table.phrase(i);
                let Some(len) = key_len(phrase.as_bytes()) else {
                    continue;
                };
                let key = &phrase.as_bytes()[..len];
                let id = *ids.entry(key.into()).or_insert_with(|| {
                    keys.push(key.into());
                    entries.push(Entry::default());
                    (entries.len() - 1) as EntryId
                });
                let entry = &mut entries[id as usize];
                entry.starts.insert(class);
                if phrase.len() == len {
                    entry.whole.insert(class);
                }
                entry.phrases.push((class as u8, i as u16));
            }
        }
        for entry in &mut entries {
            entry.phrases.sort_unstable();
        }
        // A load of at most 1/4 keeps probe runs short.
        let bits = (keys.len() * 4).next_power_of_two().trailing_zeros().max(4);
        let mut index = Index {
            slots: vec![(0, 0); 1 << bits],
            shift: 64 - bits,
            symbol_first: [false; 256],
            short: keys.iter().map(|k| short_word(k).unwrap_or(0)).collect(),
            keys,
            entries,
        };
        for key in &index.keys {
            if !key[0].is_ascii_alphabetic() {
                index.symbol_first[usize::from(key[0])] = true;
            }
        }
        for (id, key) in index.keys.iter().enumerate() {
            let h = hash(key, key.len());
            let mut slot = (h >> index.shift) as usize;
            while index.slots[slot].0 != 0 {
                slot = (slot + 1) & (index.slots.len() - 1);
            }
            index.slots[slot] = (id as u32 + 1, (h as u32) | 1);
        }
        index
    }

    /// Whether a key that is not a run of letters may start with `byte`.
    #[inline]
    pub(crate) fn may_start_symbol(&self, byte: u8) -> bool {
        self.symbol_first[usize::from(byte)]
    }

    /// The entry of the key at the start of `s`, if the lexicon has it.
    #[inline]
    pub(crate) fn lookup(&self, s: &[u8]) -> Option<EntryId> {
        let len = key_len(s)?;
        if s[0].is_ascii_alphabetic() {
            self.lookup_word(s, len)
        } else {
            self.lookup_key(s, len)
        }
    }

    /// The entry of the word (a run of ASCII letters) that is the first
    /// `len` bytes of `s`.
    #[inline(always)]
    pub(crate) fn lookup_word(&self, s: &[u8], len: usize) -> Option<EntryId> {
        let Some(folded) = (len <= 8).then(|| load_folded(s, len)).flatten() else {
            return self.lookup_key(s, len);
        };
        let h = mix(len as u64, folded);
        let tag = (h as u32) | 1;
        let mut slot = (h >> self.shift) as usize;
        loop {
            let (id, t) = self.slots[slot];
            if id == 0 {
                return None;
            }
            // Letters folded to lowercase equal the lowercase key exactly.
            if t == tag && self.short[id as usize - 1] == folded {
                return Some(id - 1);
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
    }

    /// The entry of the key that is the first `len` bytes of `s` (`len`
    /// from [`key_len`]). The bytes after the key are read, not compared:
    /// they let the hash load whole words at once.
    #[inline(always)]
    pub(crate) fn lookup_key(&self, s: &[u8], len: usize) -> Option<EntryId> {
        let h = hash(s, len);
        let tag = (h as u32) | 1;
        let key = &s[..len];
        let mut slot = (h >> self.shift) as usize;
        loop {
            let (id, t) = self.slots[slot];
            if id == 0 {
                return None;
            }
            if t == tag && same_key(&self.keys[id as usize - 1], key) {
                return Some(id - 1);
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
    }

    /// The entry with id `id`.
    #[inline]
    pub(crate) fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id as usize]
    }

    /// The phrases of `class` under entry `id`, as indices into its table.
    pub(crate) fn phrases(&self, id: EntryId, class: Class) -> impl Iterator<Item = usize> + '_ {
        let phrases = &self.entries[id as usize].phrases;
        let c = class as u8;
        let lo = phrases.partition_point(|&(k, _)| k < c);
        phrases[lo..]
            .iter()
            .take_while(move |&&(k, _)| k == c)
            .map(|&(_, i)| usize::from(i))
    }
}

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
fn hash(s: &[u8], len: usize) -> u64 {
    if let Some(folded) = (len <= 8).then(|| load_folded(s, len)).flatten() {
        return mix(len as u64, folded);
    }
    let mut h = len as u64;
    for chunk in s[..len].chunks(8) {
        let mut w = [0; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h = mix(h, fold(u64::from_le_bytes(w), chunk.len()));
    }
    h
}

/// `| 0x20` on the first `n` bytes of `w` (ASCII letters to lowercase),
/// the other bytes cleared.
#[inline(always)]
fn fold(w: u64, n: usize) -> u64 {
    let mask = if n >= 8 { u64::MAX } else { (1 << (8 * n)) - 1 };
    (w | 0x2020_2020_2020_2020) & mask
}

/// The first `len` (at most 8) bytes of `s` as a little-endian word, with
/// `| 0x20` on each (ASCII letters folded to lowercase), when `s` has eight
/// bytes to load at once.
#[inline(always)]
fn load_folded(s: &[u8], len: usize) -> Option<u64> {
    let w: [u8; 8] = s.get(..8)?.try_into().ok()?;
    let mask = if len == 8 {
        u64::MAX
    } else {
        (1 << (8 * len)) - 1
    };
    Some((u64::from_le_bytes(w) | 0x2020_2020_2020_2020) & mask)
}

/// A lowercase key of at most eight bytes as a little-endian word.
fn short_word(key: &[u8]) -> Option<u64> {
    let mut w = [0; 8];
    w.get_mut(..key.len())?.copy_from_slice(key);
    Some(u64::from_le_bytes(w))
}

#[inline(always)]
fn mix(h: u64, word: u64) -> u64 {
    let h = (h.rotate_left(23) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ (h >> 32)
}

/// Whether `text` (any case) spells the lowercase `key`.
#[inline]
fn same_key(key: &[u8], text: &[u8]) -> bool {
    key.len() == text.len()
        && key
            .iter()
            .zip(text)
            .all(|(k, t)| *k == t.to_ascii_lowercase())
}

/// Bytes in the UTF-8 sequence that starts with `b` (1 for a stray
/// continuation byte).
pub(crate) fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_letter_runs_or_first_chars() {
        let k = |s: &str| key_len(s.as_bytes());
        assert_eq!(k("More than 5"), Some(4));
        assert_eq!(k("GMT+8"), Some(3));
        assert_eq!(k("%abc"), Some(1));
        assert_eq!(k("¥5"), Some(2));
        assert_eq!(k(""), None);
        assert_eq!(k(&"a".repeat(40)), None);
    }

    #[test]
    fn every_class_has_its_one_table_in_order() {
        let tables = crate::lex::TABLES;
        assert_eq!(tables.len(), Class::ALL.len());
        for (t, &c) in tables.iter().zip(Class::ALL) {
            assert_eq!(t.class(), c);
        }
        for t in tables {
            for i in 0..t.len() {
                let p = t.phrase(i);
                assert!(key_len(p.as_bytes()).is_some(), "{p:?} has no key");
                assert!(t.len() < usize::from(u16::MAX));
            }
        }
    }

    #[test]
    fn probes_are_short() {
        let ix = index();
        let mut total = 0;
        for key in &ix.keys {
            let mut slot = (hash(key, key.len()) >> ix.shift) as usize;
            let mut n = 1;
            while ix.keys[ix.slots[slot].0 as usize - 1] != *key {
                slot = (slot + 1) & (ix.slots.len() - 1);
                n += 1;
            }
            total += n;
        }
        let mean = total as f64 / ix.keys.len() as f64;
        assert!(mean < 1.5, "mean probe length {mean}");
    }

    #[test]
    fn entries_know_starts_and_wholes() {
        let ix = index();
        let more = ix.lookup(b"more than").unwrap();
        assert!(ix.entry(more).starts.has(Class::QualifierBefore));
        let arrested = ix.lookup(b"Arrested").unwrap();
        assert!(ix.entry(arrested).whole.has(Class::Verb));
        assert!(!ix.entry(arrested).starts.has(Class::Month));
        assert_eq!(ix.lookup(b"zzzqx"), None);
        // Short text (no eight bytes to load at once) finds the same entry.
        assert_eq!(ix.lookup(b"more"), ix.lookup(b"MORE than 5"));
        assert_eq!(ix.lookup_word(b"more", 4), ix.lookup_word(b"more than", 4));
        assert!(ix.lookup(b"more").is_some());
    }
}
