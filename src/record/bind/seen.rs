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
    pub(super) tally_values: HashMap<(TallyKind, Decimal), usize, Fold>,
    pub(super) seizure_quantities: Set<(SeizureKind, Decimal, Option<Unit>)>,
    pub(super) seizure_values: Set<(SeizureKind, Decimal, Option<Unit>)>,
    /// direction, percent and metric of each trend
    pub(super) trends: Set<(Direction, Decimal, &'a str)>,
}

/// A hash set with the binder's cheap hasher.
pub(super) type Set<T> = HashSet<T, Fold>;

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

impl Seen<'_> {
    /// Room for the records of a typical bulletin, made when the first
    /// tally is kept: the sets do not grow (and rehash) one by one.
    pub(super) fn reserve_tallies(&mut self) {
        if self.tally_values.capacity() == 0 {
            self.tallies.reserve(32);
            self.tally_values.reserve(32);
        }
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
