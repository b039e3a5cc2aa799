//! The joined lexicon: every table of [`super::TABLES`] under the first key
//! of each phrase, in an open-addressing hash table of a fixed size, built
//! once (`OnceLock`). A word is looked up, and its classes read, in one
//! slot; a phrase is then matched from its key's [`Entry`]
//! ([`super::lexicon::longest`]).

use std::sync::OnceLock;

use super::bytes::fold;
use super::lexicon::{Class, Classes, Phrases};

mod key;
use key::{hash, long_hash, same_key, short_hash, short_word, tail_word};
pub(crate) use key::{key_len, load8};

/// What the lexicon knows of one key.
#[derive(Debug, Default)]
pub(crate) struct Entry {
    /// Classes with a phrase starting with this key.
    pub(crate) starts: Classes,
    /// Classes with this key as a whole one-word entry.
    pub(crate) whole: Classes,
    /// Classes whose only phrase under this key is the key itself: the
    /// word is then the longest match, with no phrase compared.
    pub(crate) single: Classes,
    /// The letters that open the word after the key in this key's
    /// phrases of one space, then a letter (bit `c - b'a'`: `c` of `in
    /// custody`), of every class.
    next_letters: u32,
    /// Whether a phrase under this key goes on past it in any other way
    /// (a hyphen, an apostrophe, a digit after its space).
    goes_on_otherwise: bool,
    /// Where this entry's class ranges start in [`Index::ranges`]: one
    /// offset per class of `starts`, in class order, then the end of the
    /// last.
    ranges: u32,
    /// The key's length in bytes.
    key_len: u8,
}

/// A phrase under its key's [`Entry`]: its index in its class's table,
/// and what follows the key in it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Phrase {
    /// The phrase's index in its table.
    pub(crate) index: u16,
    /// What follows the key in the phrase.
    pub(crate) after: After,
    /// Whether the phrase is plain (`is_plain`): then a text that spells
    /// it byte for byte (letters in any case) is found by a compare of
    /// eight bytes at a time ([`super::lexicon::longest`]).
    pub(crate) plain: bool,
}

/// [`is_plain`], for the tests of the phrase compare.
#[cfg(test)]
pub(crate) fn tests_is_plain(phrase: &[u8]) -> bool {
    is_plain(phrase)
}

/// Whether `phrase` has one space between its words and no space where a
/// run of spaces could hide (at either end, or before a tab, a no-break
/// or an ideographic space's first byte): a text then matches it exactly
/// when it spells it byte for byte, or where a space (or the byte after
/// one) differs.
fn is_plain(phrase: &[u8]) -> bool {
    phrase.first().is_some_and(|&b| b != b' ')
        && phrase.last().is_some_and(|&b| b != b' ')
        && phrase
            .windows(2)
            .all(|w| w[0] != b' ' || !matches!(w[1], b' ' | b'\t' | 0xC2 | 0xE3))
}

/// What a phrase holds right after its key: most phrases under one key
/// (`who bought`, `who had sold`, ...) differ there, so one byte of the
/// text rejects them without a compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum After {
    /// Nothing (the key is the whole phrase), or more than one space.
    Any,
    /// This byte (`-` of `anti-fraud`).
    Byte(u8),
    /// One space, then this byte (`b` of `who bought`).
    Spaced(u8),
}

impl After {
    /// What follows the key, `key` bytes long, in `phrase`.
    fn of(phrase: &[u8], key: usize) -> After {
        match phrase.get(key..) {
            Some([b' ', b' ', ..] | []) | None => After::Any,
            Some([b' ', c, ..]) => After::Spaced(*c),
            Some([c, ..]) => After::Byte(*c),
        }
    }
}

/// The id of an [`Entry`] in the lexicon.
pub(crate) type EntryId = u32;

/// The longest key the lexicon holds; longer words have no entry.
pub(crate) const MAX_KEY: usize = 32;

/// The joined lexicon: every table's phrases under their first key, in an
/// open-addressing hash table keyed by the lowercase key.
pub(crate) struct Index {
    /// [`SLOTS`] slots, at most a quarter of them used. A fixed size: a
    /// slot is found with constants, no bounds check.
    slots: Box<[Slot; SLOTS]>,
    /// Per slot, bytes 8 to 15 of its key when the key is longer than
    /// eight bytes (as one little-endian word, zeros past the key's end),
    /// else 0: a word of nine to fifteen letters is compared with its
    /// slot's [`Slot::head`] and this word, and no key is read. Apart from
    /// the slots: the lookup of a short word never reads it.
    tails: Box<[u64; SLOTS]>,
    keys: Vec<&'static [u8]>,
    entries: Vec<Entry>,
    /// Every phrase, by entry, then class, then index in the table: an
    /// entry's phrases of one class are one run, found in one step.
    phrases: Vec<Phrase>,
    /// Per entry (from its [`Entry::ranges`]), the start in `phrases` of
    /// the run of each class it starts, then the end of the last run.
    ranges: Vec<u32>,
    /// Whether a key that is not a letter run starts with this byte.
    symbol_first: [bool; 256],
    /// The entry and `starts` of each one-byte key that is not a letter.
    ascii_symbols: [(EntryId, Classes); 128],
}

/// One slot of the index's hash table: a word is looked up, and its
/// classes read, without leaving the slot.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// The key, when it has at most eight bytes, as one little-endian word
    /// (0 for longer keys and empty slots): a short word is compared with
    /// one instruction.
    short: u64,
    /// The first eight bytes of a key longer than eight (0 for shorter
    /// keys and empty slots): most long words are told apart by them.
    head: u64,
    /// The entry's `starts`.
    starts: Classes,
    /// The entry's id; [`NO_ENTRY`] for an empty slot.
    id: EntryId,
    /// Low bits of the key's hash: they reject most other keys without a
    /// compare.
    tag: u32,
}

/// `log2` of the number of slots: room for 4096 keys at a load of 1/4
/// (the tables hold a little over 2048 keys; the index's build checks the
/// load).
const SLOT_BITS: u32 = 14;

/// The number of slots of the index.
const SLOTS: usize = 1 << SLOT_BITS;

/// The shift that turns a hash into a slot: its top [`SLOT_BITS`] bits.
const SHIFT: u32 = 64 - SLOT_BITS;

/// The mask that wraps a probe to the first slot.
const SLOT_MASK: usize = SLOTS - 1;

/// No lexicon entry: an empty slot's id, and a token's without an entry.
pub(crate) const NO_ENTRY: EntryId = EntryId::MAX;

impl Slot {
    const EMPTY: Slot = Slot {
        short: 0,
        head: 0,
        starts: Classes::NONE,
        id: NO_ENTRY,
        tag: 0,
    };
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
        // (Built once a process, but for one short bulletin the build is
        // most of the work: no allocation per phrase, no SipHash.)
        let mut keys: Vec<&'static [u8]> = Vec::with_capacity(SLOTS / 4);
        let mut entries: Vec<Entry> = Vec::with_capacity(SLOTS / 4);
        // Every phrase with its entry and class, in table order.
        let mut listed: Vec<(EntryId, u8, Phrase)> = Vec::new();
        // The keys seen so far, by the slot their hash picks: the same
        // open addressing the index uses, with exact (unfolded) keys.
        let mut seen: Vec<EntryId> = vec![NO_ENTRY; SLOTS];
        // Per entry, the classes with more than one phrase under it.
        let mut several: Vec<Classes> = Vec::with_capacity(SLOTS / 4);
        for table in tables {
            let class = table.class();
            listed.reserve(table.len());
            for i in 0..table.len() {
                let phrase = table.phrase(i);
                let Some(len) = key_len(phrase.as_bytes()) else {
                    continue;
                };
                let key = &phrase.as_bytes()[..len];
                let mut slot = (hash(key, len) >> SHIFT) as usize;
                let id = loop {
                    match seen[slot] {
                        NO_ENTRY => {
                            assert!(keys.len() * 4 < SLOTS, "the lexicon outgrew its index");
                            let id = keys.len() as EntryId;
                            seen[slot] = id;
                            keys.push(key);
                            entries.push(Entry {
                                key_len: len as u8,
                                ..Entry::default()
                            });
                            several.push(Classes::NONE);
                            break id;
                        }
                        id if keys[id as usize] == key => break id,
                        _ => slot = (slot + 1) & SLOT_MASK,
                    }
                };
                let entry = &mut entries[id as usize];
                if entry.starts.has(class) {
                    several[id as usize].insert(class);
                }
                entry.starts.insert(class);
                if phrase.len() == len {
                    entry.whole.insert(class);
                }
                let after = After::of(phrase.as_bytes(), len);
                match after {
                    After::Spaced(c) if c.is_ascii_lowercase() => {
                        entry.next_letters |= 1 << (c - b'a');
                    }
                    _ if phrase.len() == len => {}
                    _ => entry.goes_on_otherwise = true,
                }
                listed.push((
                    id,
                    class as u8,
                    Phrase {
                        index: i as u16,
                        after,
                        plain: is_plain(phrase.as_bytes()),
                    },
                ));
            }
        }
        // The phrases grouped by entry (a counting sort, which keeps each
        // entry's phrases in table order), then sorted by class and index
        // within each entry.
        let mut starts = vec![0u32; entries.len() + 1];
        for &(id, _, _) in &listed {
            starts[id as usize + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut grouped: Vec<(u8, Phrase)> = vec![
            (
                0,
                Phrase {
                    index: 0,
                    after: After::Any,
                    plain: false,
                }
            );
            listed.len()
        ];
        let mut next = starts.clone();
        for &(id, class, p) in &listed {
            grouped[next[id as usize] as usize] = (class, p);
            next[id as usize] += 1;
        }
        let mut phrases = Vec::with_capacity(listed.len());
        let mut ranges = Vec::with_capacity(entries.len() * 2);
        for (id, (entry, several)) in entries.iter_mut().zip(several).enumerate() {
            entry.single = entry.whole.without(several);
            entry.ranges = ranges.len() as u32;
            let list = &mut grouped[starts[id] as usize..starts[id + 1] as usize];
            list.sort_unstable_by_key(|&(class, p)| (class, p.index));
            let mut last = None;
            for &(class, p) in &*list {
                if last != Some(class) {
                    ranges.push(phrases.len() as u32);
                    last = Some(class);
                }
                phrases.push(p);
            }
            ranges.push(phrases.len() as u32);
        }
        // A load of at most 1/4 keeps probe runs short.
        assert!(keys.len() * 4 <= SLOTS, "the lexicon outgrew its index");
        let mut index = Index {
            slots: vec![Slot::EMPTY; SLOTS]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            tails: vec![0; SLOTS]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            symbol_first: [false; 256],
            ascii_symbols: [(NO_ENTRY, Classes::NONE); 128],
            keys,
            entries,
            phrases,
            ranges,
        };
        for (id, key) in index.keys.iter().enumerate() {
            if !key[0].is_ascii_alphabetic() {
                index.symbol_first[usize::from(key[0])] = true;
            }
            if let ([b], Some(symbol)) =
                (&key[..], index.ascii_symbols.get_mut(usize::from(key[0])))
            {
                if !b.is_ascii_alphabetic() {
                    *symbol = (id as EntryId, index.entries[id].starts);
                }
            }
        }
        for (id, key) in index.keys.iter().enumerate() {
            let h = hash(key, key.len());
            let mut slot = (h >> SHIFT) as usize;
            while index.slots[slot].id != NO_ENTRY {
                slot = (slot + 1) & SLOT_MASK;
            }
            index.slots[slot] = Slot {
                short: short_word(key).unwrap_or(0),
                head: if key.len() > 8 { load8(key, 0) } else { 0 },
                starts: index.entries[id].starts,
                id: id as EntryId,
                tag: (h as u32) | 1,
            };
            if key.len() > 8 {
                index.tails[slot] = tail_word(key);
            }
        }
        index
    }

    /// The entry and `starts` of the one-byte key `byte`, an ASCII char
    /// that is not a letter ([`NO_ENTRY`] and no class if it has none):
    /// [`Index::lookup`] without hashing.
    #[inline]
    pub(crate) fn ascii_symbol(&self, byte: u8) -> (EntryId, Classes) {
        self.ascii_symbols
            .get(usize::from(byte))
            .copied()
            .unwrap_or((NO_ENTRY, Classes::NONE))
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
        if len > 8 {
            return self.lookup_key(s, len);
        }
        self.lookup_folded(len, fold(load8(s, 0), len))
    }

    /// The entry of a word of `len` (1 to 8) ASCII letters given as
    /// `folded`: its bytes `| 0x20`, little-endian, the bytes past `len`
    /// zero.
    #[inline(always)]
    pub(crate) fn lookup_folded(&self, len: usize, folded: u64) -> Option<EntryId> {
        let (id, _) = self.word_starts(len, folded);
        (id != NO_ENTRY).then_some(id)
    }

    /// [`Index::lookup_folded`], with the entry's `starts`: [`NO_ENTRY`]
    /// and no class for a word the lexicon does not have.
    #[inline(always)]
    pub(crate) fn word_starts(&self, len: usize, folded: u64) -> (EntryId, Classes) {
        let _ = len;
        let mut slot = (short_hash(folded) >> SHIFT) as usize;
        loop {
            let s = &self.slots[slot & SLOT_MASK];
            // Letters folded to lowercase equal the lowercase key exactly
            // (a word's folded bytes are not 0, an empty slot's are); an
            // empty slot holds no entry and no class.
            if s.short == folded || s.id == NO_ENTRY {
                return (s.id, s.starts);
            }
            slot += 1;
        }
    }

    /// The entry of the key that is the first `len` bytes of `s` (`len`
    /// from [`key_len`]). The bytes after the key are read, not compared:
    /// they let the hash load whole words at once.
    #[inline(always)]
    pub(crate) fn lookup_key(&self, s: &[u8], len: usize) -> Option<EntryId> {
        self.key_starts(s, len).map(|(id, _)| id)
    }

    /// [`Index::lookup_key`], with the entry's `starts`.
    #[inline(always)]
    pub(crate) fn key_starts(&self, s: &[u8], len: usize) -> Option<(EntryId, Classes)> {
        let h = hash(s, len);
        let tag = (h as u32) | 1;
        let key = &s[..len];
        let mut slot = (h >> SHIFT) as usize;
        loop {
            let Slot {
                id, tag: t, starts, ..
            } = self.slots[slot & SLOT_MASK];
            if id == NO_ENTRY {
                return None;
            }
            if t == tag && same_key(self.keys[id as usize], key) {
                return Some((id, starts));
            }
            slot += 1;
        }
    }

    /// The entry and `starts` of the word of `len` (more than eight) ASCII
    /// letters at the start of `s`: [`Index::key_starts`], comparing eight
    /// letters at a time; [`NO_ENTRY`] and no class if it has none.
    #[inline]
    pub(crate) fn long_word_starts(&self, s: &[u8], len: usize) -> (EntryId, Classes) {
        let head = fold(load8(s, 0), 8);
        let mut slot = (long_hash(head, len) >> SHIFT) as usize;
        if len < 16 {
            // Nine to fifteen letters: the word's bytes from the eighth on,
            // zeros past its end, equal a key's tail only when the key is
            // as long (a key's bytes are not 0, and one longer than
            // fifteen has eight there), so two words compare it whole.
            let tail = fold(load8(s, 8), len - 8);
            loop {
                let at = slot & SLOT_MASK;
                let Slot {
                    id,
                    head: h,
                    starts,
                    ..
                } = self.slots[at];
                if id == NO_ENTRY || (h == head && self.tails[at] == tail) {
                    return (id, starts);
                }
                slot += 1;
            }
        }
        // Keys longer than eight bytes are lowercase letter runs: compared
        // eight letters at a time, the first eight in the slot.
        let same = |key: &[u8]| {
            key.len() == len
                && (8..len)
                    .step_by(8)
                    .all(|at| fold(load8(s, at), len - at) == load8(key, at))
        };
        loop {
            let Slot {
                id,
                head: h,
                starts,
                ..
            } = self.slots[slot & SLOT_MASK];
            if id == NO_ENTRY || (h == head && self.keys.get(id as usize).is_some_and(|k| same(k)))
            {
                return (id, starts);
            }
            slot += 1;
        }
    }

    /// The entry with id `id`.
    #[inline]
    pub(crate) fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id as usize]
    }

    /// The classes of entry `id` that may have a phrase starting at the
    /// start of `s`, a word with the entry's key: all its `starts`, but
    /// before one space and a letter that opens no phrase under the key
    /// past a space (`in` before `the`: no `in custody`), only the
    /// classes the key alone is a phrase of. Exact: a phrase of another
    /// class cannot match there.
    #[inline]
    pub(crate) fn may_start(&self, id: EntryId, s: &[u8]) -> Classes {
        let entry = &self.entries[id as usize];
        let key = usize::from(entry.key_len);
        match s.get(key..key + 2) {
            Some(&[b' ', c]) if c.is_ascii_alphabetic() && !entry.goes_on_otherwise => {
                let bit = 1 << ((c | 0x20) - b'a');
                if entry.next_letters & bit == 0 {
                    entry.whole
                } else {
                    entry.starts
                }
            }
            _ => entry.starts,
        }
    }

    /// The phrases of `class` under entry `id`, as indices into its table.
    pub(crate) fn phrases(&self, id: EntryId, class: Class) -> impl Iterator<Item = usize> + '_ {
        self.class_phrases(self.entry(id), class)
            .iter()
            .map(|p| usize::from(p.index))
    }

    /// The phrases of `class` under `entry`, in table order: one run,
    /// found from the entry's classes without a search.
    #[inline]
    pub(crate) fn class_phrases(&self, entry: &Entry, class: Class) -> &[Phrase] {
        let Some(rank) = entry.starts.rank(class) else {
            return &[];
        };
        let at = entry.ranges as usize + rank;
        match self.ranges.get(at..at + 2) {
            Some(&[lo, hi]) => self
                .phrases
                .get(lo as usize..hi as usize)
                .unwrap_or_default(),
            _ => &[],
        }
    }
}

impl Entry {
    /// The length of the entry's key in bytes.
    #[inline]
    pub(crate) fn key_len(&self) -> usize {
        usize::from(self.key_len)
    }
}

#[cfg(test)]
mod tests;
