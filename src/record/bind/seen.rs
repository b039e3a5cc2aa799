//! The records kept so far, keyed so that a repeated fact is found in
//! constant time, with a cheap hasher and case-blind head nouns.

use super::*;

/// Keys of the records kept so far, so a repeated fact is found in
/// constant time (a bulletin of many records stays linear).
#[derive(Default)]
pub(super) struct Seen<'a> {
    /// kind, value and head noun (any case) of each tally
    pub(super) tallies: Set<(TallyKind, Decimal, Head<'a>)>,
    /// kind and value of each tally stated in the headline
    pub(super) headline_tallies: Set<(TallyKind, Decimal)>,
    /// kind and value of each tally, and where it ended
    pub(super) tally_values: Few<(TallyKind, Decimal), usize>,
    /// kind, value and unit of each seizure's quantity, and where its
    /// figure ended and the head of its item
    pub(super) seizure_quantities: Few<(SeizureKind, Decimal, Option<Unit>), (usize, Head<'a>)>,
    pub(super) seizure_values: Set<(SeizureKind, Decimal, Option<Unit>)>,
    /// direction, percent and metric of each trend
    pub(super) trends: Set<(Direction, Decimal, &'a str)>,
    /// direction and percent of each trend, and whether its metric is
    /// written in Chinese
    pub(super) trend_scripts: Set<(Direction, Decimal, bool)>,
}

/// A set of the records' keys ([`Few`]).
pub(super) type Set<T> = Few<T, ()>;

/// How many keys [`Few`] keeps in a list before it hashes them.
const FEW: usize = 8;

/// A map of the few keys one bulletin's records make: a list searched in
/// order (no hashing) while a bulletin has a handful of records, as most
/// do; a hash map with the binder's cheap hasher once it has more, so that
/// a bulletin of many records stays linear.
pub(super) struct Few<K, V> {
    /// Every key while there are at most [`FEW`]; then empty.
    list: Vec<(K, V)>,
    /// Every key, once there are more than [`FEW`]; else empty.
    many: HashMap<K, V, Fold>,
}

impl<K, V> Default for Few<K, V> {
    fn default() -> Self {
        Few {
            list: Vec::new(),
            many: HashMap::default(),
        }
    }
}

impl<K: Copy + Eq + std::hash::Hash, V: Copy> Few<K, V> {
    /// The value of `key`, if it is in the map.
    pub(super) fn get(&self, key: &K) -> Option<&V> {
        if self.many.is_empty() {
            self.list.iter().find(|(k, _)| k == key).map(|(_, v)| v)
        } else {
            self.many.get(key)
        }
    }

    /// Whether `key` is in the map.
    pub(super) fn contains(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    /// Set `key` to `value`; whether the key is new (the first key of
    /// several equal ones is kept, as a hash map keeps it).
    pub(super) fn put(&mut self, key: K, value: V) -> bool {
        if self.many.is_empty() {
            if let Some((_, v)) = self.list.iter_mut().find(|(k, _)| *k == key) {
                *v = value;
                return false;
            }
            if self.list.len() < FEW {
                if self.list.capacity() == 0 {
                    self.list.reserve_exact(FEW);
                }
                self.list.push((key, value));
                return true;
            }
            // Past a handful: hash from here on.
            self.many.reserve(4 * FEW);
            self.many.extend(self.list.drain(..));
        }
        match self.many.entry(key) {
            std::collections::hash_map::Entry::Occupied(mut e) => {
                e.insert(value);
                false
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(value);
                true
            }
        }
    }
}

impl<K: Copy + Eq + std::hash::Hash> Few<K, ()> {
    /// Add `key`; whether it is new.
    pub(super) fn insert(&mut self, key: K) -> bool {
        self.put(key, ())
    }

    /// Add the key, if there is one.
    pub(super) fn extend(&mut self, key: Option<K>) {
        if let Some(k) = key {
            self.insert(k);
        }
    }
}

/// A head noun compared without case, with no lowercase copy made.
#[derive(Clone, Copy, Debug)]
pub(super) struct Head<'a>(pub(super) &'a str);

impl PartialEq for Head<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Head<'_> {}

impl std::hash::Hash for Head<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Eight lowercase bytes a word: as cheap as the word is short.
        for chunk in self.0.as_bytes().chunks(8) {
            let word = chunk
                .iter()
                .rev()
                .fold(0, |w, b| w << 8 | u64::from(b.to_ascii_lowercase()));
            state.write_u64(word);
        }
        state.write_u8(0xff);
    }
}

/// A multiply-rotate hasher (the keys are the binder's own few records, not
/// input an attacker picks the hash of): much cheaper than SipHash. The
/// binder's only hasher: the lexicon's hash (`lex::lexicon`) hashes byte
/// keys for its own table and is no `Hasher`.
#[derive(Clone, Copy, Default)]
pub(super) struct Fold;

/// The state of a [`Fold`] hash.
#[derive(Default)]
pub(super) struct FoldHasher(u64);

impl std::hash::BuildHasher for Fold {
    type Hasher = FoldHasher;
    fn build_hasher(&self) -> FoldHasher {
        FoldHasher(0)
    }
}

impl std::hash::Hasher for FoldHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_answers_as_a_hash_map_before_and_after_it_hashes() {
        let mut few: Few<(u8, u32), usize> = Few::default();
        let mut map: std::collections::HashMap<(u8, u32), usize> = Default::default();
        for i in 0..40usize {
            let key = ((i % 3) as u8, (i * 7 % 13) as u32);
            assert_eq!(few.put(key, i), map.insert(key, i).is_none(), "{key:?}");
            for k in 0..3u8 {
                for v in 0..13u32 {
                    assert_eq!(few.get(&(k, v)), map.get(&(k, v)), "{i}: {k} {v}");
                }
            }
        }
    }

    #[test]
    fn a_head_noun_is_one_key_in_any_case() {
        let mut set: Set<Head<'_>> = Few::default();
        assert!(set.insert(Head("Suspects")));
        assert!(!set.insert(Head("suspects")));
        assert!(set.contains(&Head("SUSPECTS")));
        assert!(!set.contains(&Head("suspect")));
    }
}
