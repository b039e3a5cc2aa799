//! One lexicon for every word table, with hashed lookup.
//!
//! Each word table stays a readable, sorted data file beside the code that
//! uses it (`record/lexicon.rs`, `quantity/words.rs`, ...). They are
//! joined once ([`super::index`](mod@super::index)) into one hash map from a lowercase *key*
//! (a phrase's leading run of ASCII letters, or its first char when it
//! starts with anything else) to an entry: which word classes have a
//! phrase starting with that key, which have it as a whole entry, and the
//! phrases themselves. A phrase is then matched from its first word's entry,
//! never by searching a table.

use std::ops::Deref;

pub(crate) use super::index::{index, After, EntryId, Index, Phrase};

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
    /// Parts and products of a seizable thing (`parts`, `products`).
    Derived,
    /// Fraud words.
    Fraud,
    /// Telecom words.
    Telecom,
    /// Other crimes.
    OtherCrime,
    /// Words of a total of many crimes (`of all kinds`).
    MixedTotal,
    /// Words of a count of all crime (`criminal cases`), when their
    /// sentence names no fraud.
    GeneralTotal,
    /// List joiners (`and`, `as well as`).
    ListJoiner,
    /// Trend words before a number.
    TrendBefore,
    /// Trend words after a number.
    TrendAfter,
    /// News outlets.
    Outlet,
    /// `by`, which ends an editor's credit (`edited by`).
    Credit,
}

/// A set of [`Class`]es.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Classes(u64);

impl Classes {
    /// No class.
    pub(crate) const NONE: Classes = Classes(0);

    /// Every class: what is known of text no token describes.
    pub(crate) const ALL: Classes = Classes(u64::MAX);

    /// Whether `class` is in the set.
    #[inline]
    pub(crate) fn has(self, class: Class) -> bool {
        self.0 & (1 << class as u8) != 0
    }

    /// The set with `class` added.
    pub(crate) const fn with(self, class: Class) -> Classes {
        Classes(self.0 | 1 << class as u8)
    }

    /// The classes of either set.
    pub(crate) const fn union(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }

    /// The number of classes of the set before `class`, when `class` is
    /// in it: its rank among them.
    #[inline]
    pub(crate) fn rank(self, class: Class) -> Option<usize> {
        let bit = 1u64 << class as u8;
        (self.0 & bit != 0).then(|| (self.0 & (bit - 1)).count_ones() as usize)
    }

    /// Whether the two sets share a class.
    #[inline]
    pub(crate) fn meets(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }

    pub(super) fn insert(&mut self, class: Class) {
        self.0 |= 1 << class as u8;
    }

    /// The classes of the set that are not in `other`.
    pub(crate) fn without(self, other: Classes) -> Classes {
        Classes(self.0 & !other.0)
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

    /// The table itself, in a constant (where `Deref` cannot be called).
    pub(crate) const fn table(&self) -> &'static Table<T> {
        self.table
    }
}

impl<T> Deref for Lexicon<T> {
    type Target = Table<T>;
    fn deref(&self) -> &Table<T> {
        self.table
    }
}

/// The longest phrase of `lexicon` under `entry` that matches at the start of
/// `s`, which starts with the entry's key (its entry was looked up from
/// `s`).
pub(crate) fn longest<T>(
    index: &Index,
    entry: EntryId,
    s: &str,
    lexicon: &'static Lexicon<T>,
) -> Option<(&'static T, usize)> {
    let entry = index.entry(entry);
    let phrases = index.class_phrases(entry, lexicon.class());
    if phrases.is_empty() {
        return None;
    }
    // Every phrase under the entry starts with its key, which `s` starts
    // with (that is how the entry was found): compared from after it,
    // unless `s` is cut shorter than the key.
    let key = entry.key_len();
    let known = if s.len() >= key { key } else { 0 };
    let bytes = s.as_bytes();
    // The key alone, the class's only phrase under it: the longest match
    // when the word ends there (the loop below, without its tests).
    if known > 0 && entry.single.has(lexicon.class()) {
        let (_, value) = lexicon.table.get(usize::from(phrases[0].index))?;
        let ends_in_letter = bytes[known - 1].is_ascii_alphabetic();
        return (!ends_in_letter || crate::text::is_boundary_after(s, known))
            .then_some((value, known));
    }
    let mut best: Option<(&'static T, usize)> = None;
    // The text's byte right after the key, and the one past the spaces
    // there (read when a phrase asks): the compare of most phrases fails
    // at one of them.
    let next = bytes.get(known).map(u8::to_ascii_lowercase);
    let mut past_space = None;
    for &Phrase {
        index: k,
        after,
        plain,
    } in phrases
    {
        let rejected = known > 0
            && match after {
                After::Any => false,
                After::Byte(c) => next != Some(c),
                After::Spaced(c) => {
                    let at = *past_space.get_or_insert_with(|| past_spaces(s, known));
                    at != Some(c)
                }
            };
        if rejected {
            continue;
        }
        let Some((phrase, value)) = lexicon.table.get(usize::from(k)) else {
            continue;
        };
        // The key alone (the phrase is as long as the key it starts with):
        // it matches, and ends where the text's letter run does.
        let len = if phrase.len() == known && known > 0 {
            // The token callers pass the text's whole leading letter run,
            // so this holds for them; the one-byte test keeps `by` out of
            // `bypass` for any other caller.
            let ends_in_letter = phrase.as_bytes()[known - 1].is_ascii_alphabetic();
            (!ends_in_letter || crate::text::is_boundary_after(s, known)).then_some(known)
        } else if plain && known > 0 {
            plain_phrase_len(s, phrase, known)
        } else {
            crate::text::phrase_len_from(s, phrase, known)
        };
        if let Some(len) = len {
            if best.map_or(true, |(_, l)| len > l) {
                best = Some((value, len));
            }
        }
    }
    best
}

/// [`crate::text::phrase_len_from`] for a plain phrase (see `Phrase::plain`)
/// whose first `known` bytes (at least one) `s` is known to match: the
/// phrase's bytes are compared with the text's, eight at a time, the
/// text's letters lowercased. Where they all match, the text spells the
/// phrase with one space between its words; where they first differ at a
/// byte that is no space and follows none, no run of spaces can make up
/// for it; the few other cases (a space, a tab or a wide space there, a
/// text too short to read eight bytes of) take the byte by byte compare.
fn plain_phrase_len(s: &str, phrase: &str, known: usize) -> Option<usize> {
    let (t, p) = (s.as_bytes(), phrase.as_bytes());
    let n = p.len();
    if n <= known || t.len() < n.max(8) {
        return crate::text::phrase_len_from(s, phrase, known);
    }
    // The first byte from `known` on where the two differ.
    let mismatch = if n >= 8 {
        let differ = |off: usize| lower8(word_at(t, off)) ^ word_at(p, off);
        let mut off = known;
        let mut x = 0;
        while off + 8 < n {
            x = differ(off);
            if x != 0 {
                break;
            }
            off += 8;
        }
        // The last eight bytes, overlapping the chunk before.
        if x == 0 {
            off = n - 8;
            x = differ(off);
        }
        (x != 0).then(|| off + (x.trailing_zeros() / 8) as usize)
    } else {
        let short = p.iter().rev().fold(0, |w, &b| (w << 8) | u64::from(b));
        let x = (lower8(word_at(t, 0)) ^ short) & ((1 << (8 * n)) - 1);
        (x != 0).then(|| (x.trailing_zeros() / 8) as usize)
    };
    match mismatch {
        None => {
            let ends_in_letter = p[n - 1].is_ascii_alphabetic();
            (!ends_in_letter || crate::text::is_boundary_after(s, n)).then_some(n)
        }
        // A byte of the known part (never, for a caller that keeps the
        // contract), or a space where the phrase has one or the letter
        // after it: compared byte by byte, where a run of spaces may stand
        // for the phrase's one.
        Some(m)
            if m < known
                || (matches!(t[m], b' ' | b'\t' | 0xC2 | 0xE3)
                    && (p[m] == b' ' || p[m - 1] == b' ')) =>
        {
            crate::text::phrase_len_from(s, phrase, known)
        }
        Some(_) => None,
    }
}

/// The eight bytes of `b` from `off` as a little-endian word (0 when
/// fewer are left: callers read within bounds).
#[inline(always)]
fn word_at(b: &[u8], off: usize) -> u64 {
    match b.get(off..off + 8) {
        Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) => {
            u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7])
        }
        _ => 0,
    }
}

/// The eight bytes of `w` with each ASCII capital lowercased, every other
/// byte kept: [`u8::to_ascii_lowercase`] on each.
#[inline(always)]
fn lower8(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const EACH: u64 = 0x0101_0101_0101_0101;
    // The top bit dropped: each byte is below 0x80, so the sums carry into
    // no other byte.
    let low = w & !HIGH;
    let from_a = low + EACH * (0x80 - u64::from(b'A'));
    let past_z = low + EACH * (0x80 - u64::from(b'Z' + 1));
    let capital = from_a & !past_z & !w & HIGH;
    w | (capital >> 2)
}

/// The byte of `s` past the spaces at `i` (at most four), lowercased:
/// `None` when no space is there. Most words are followed by one ASCII
/// space and a letter, read from two bytes.
#[inline]
fn past_spaces(s: &str, i: usize) -> Option<u8> {
    let bytes = s.as_bytes();
    match bytes.get(i..i + 2) {
        Some(&[b' ', next]) if !matches!(next, b' ' | b'\t' | 0xC2 | 0xE3) => {
            Some(next.to_ascii_lowercase())
        }
        _ => {
            let j = crate::text::skip_spaces(s, i, 4);
            bytes.get(j).filter(|_| j > i).map(u8::to_ascii_lowercase)
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::index::key_len;

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
    fn plain_compare_agrees_with_the_byte_loop() {
        let phrases = [
            "public security case",
            "public security cases",
            "taken into custody",
            "in custody",
            "who had sold",
            "anti-fraud",
            "of all kinds",
            "per cent",
            "10,000 yuan",
        ];
        let texts = [
            "Public Security Cases fell",
            "public security bureau said",
            "public  security case",
            "public\tsecurity case",
            "public\u{a0}security case.",
            "public\u{3000}security cases",
            "PUBLIC SECURITY CASE",
            "public security casework",
            "taken into custody, then",
            "taken  into custody",
            "In Custody",
            "in custodyx",
            "in cust",
            "who had sold 5",
            "who has sold",
            "Anti-Fraud centre",
            "anti fraud",
            "of all kinds of",
            "per cent.",
            "per  cent",
            "10,000 yuan",
            "10,000 Yuan in",
            "",
            "p",
        ];
        for phrase in phrases {
            assert!(crate::lex::index::tests_is_plain(phrase.as_bytes()));
            let known = key_len(phrase.as_bytes()).unwrap_or(0);
            for text in texts {
                for cut in [text.len(), text.len().saturating_sub(3)] {
                    let s = &text[..crate::text::floor_char(text, cut)];
                    let agrees = s.len() >= known
                        && s.as_bytes()[..known].eq_ignore_ascii_case(&phrase.as_bytes()[..known]);
                    if !agrees || known == 0 {
                        continue;
                    }
                    assert_eq!(
                        plain_phrase_len(s, phrase, known),
                        crate::text::phrase_len_from(s, phrase, known),
                        "{phrase:?} in {s:?}"
                    );
                }
            }
        }
        // A phrase whose space a run of spaces could hide is not plain.
        for phrase in ["a  b", "a \tb", "a ", " a", "a \u{3000}b"] {
            assert!(!crate::lex::index::tests_is_plain(phrase.as_bytes()));
        }
    }

    #[test]
    fn lower8_lowercases_capitals_only() {
        for b in 0..=255u8 {
            let w = u64::from_le_bytes([b, b'A', b'z', b'@', b'[', 0x80, 0xC1, b'Z']);
            let lowered = lower8(w).to_le_bytes();
            assert_eq!(lowered[0], b.to_ascii_lowercase());
            assert_eq!(&lowered[1..], &[b'a', b'z', b'@', b'[', 0x80, 0xC1, b'z']);
        }
    }
}

#[cfg(test)]
mod plain_differential;
