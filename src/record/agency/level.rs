//! The administrative level a name implies (ministry, province, city,
//! county, district, station), read from its spelling in one pass.

use super::*;

/// Phrases [`level`] and [`push`] look for anywhere in a name, ignoring
/// ASCII case: `Ministry` in `Ministry of Public Security`, `city` in
/// `lanxi city ...`.
#[derive(Clone, Copy)]
pub(super) enum Phrase {
    Ministry,
    Supreme,
    GeneralAdministration,
    ChinaCustoms,
    SubBureau,
    /// `sub Bureau`, a sub-bureau written in two words.
    SubBureauWords,
    CoastGuard,
    Municipal,
    Provincial,
    City,
    County,
}

/// The spelling of each [`Phrase`], in its order.
pub(super) const PHRASES: [&str; 11] = [
    "ministry",
    "supreme",
    "general administration",
    "china customs",
    "sub-bureau",
    "sub bureau",
    "coast guard",
    "municipal",
    "provincial",
    "city",
    "county",
];

/// Words [`level`] looks for as whole runs of letters of a name (a name
/// split at spaces, hyphens and apostrophes).
#[derive(Clone, Copy)]
pub(super) enum LevelWord {
    National,
    State,
    Station,
    Squadron,
    District,
    Branch,
    County,
    Banner,
    Provincial,
    Province,
    Region,
    Department,
    Police,
    Municipal,
    City,
    Bureau,
    Customs,
    /// The Ministry of Public Security's initials (`MPS Criminal
    /// Investigation Bureau`).
    Mps,
    /// A Public Security Bureau's initials (`Shanghai PSB`).
    Psb,
}

/// The spelling of each [`LevelWord`], in its order.
pub(super) const LEVEL_WORDS: [&str; 19] = [
    "national",
    "state",
    "station",
    "squadron",
    "district",
    "branch",
    "county",
    "banner",
    "provincial",
    "province",
    "region",
    "department",
    "police",
    "municipal",
    "city",
    "bureau",
    "customs",
    "mps",
    "psb",
];

/// Which of the [`Phrase`]s in `maybe` start `s`.
pub(super) fn phrases_at(s: &[u8], mut maybe: u16) -> u16 {
    let mut found = 0;
    while maybe != 0 {
        let k = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        if s.get(..PHRASES[k].len())
            .is_some_and(|p| p.eq_ignore_ascii_case(PHRASES[k].as_bytes()))
        {
            found |= 1 << k;
        }
    }
    found
}

/// The [`LevelWord`] bit of a run of letters, if it is one.
pub(super) fn level_word(run: &[u8]) -> u32 {
    let (Some(&first), Some(&by_len)) = (run.first(), LEVEL_LEN.get(run.len())) else {
        return 0;
    };
    let mut maybe = LEVEL_FIRST[usize::from(first)] & by_len;
    while maybe != 0 {
        let k = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        if run.eq_ignore_ascii_case(LEVEL_WORDS[k].as_bytes()) {
            return 1 << k;
        }
    }
    0
}

/// Which [`Phrase`]s and [`LevelWord`]s a name holds, found in one pass
/// over it.
pub(super) struct Spelling {
    phrases: u16,
    words: u32,
    /// The name opens with a province's name (`Guangdong marine police`).
    province: bool,
}

/// The provinces and autonomous regions, by the first word of their
/// English names (the four municipalities are cities by their names'
/// `Municipal`). Sorted.
const PROVINCES: [&str; 27] = [
    "anhui",
    "fujian",
    "gansu",
    "guangdong",
    "guangxi",
    "guizhou",
    "hainan",
    "hebei",
    "heilongjiang",
    "henan",
    "hubei",
    "hunan",
    "inner",
    "jiangsu",
    "jiangxi",
    "jilin",
    "liaoning",
    "ningxia",
    "qinghai",
    "shaanxi",
    "shandong",
    "shanxi",
    "sichuan",
    "tibet",
    "xinjiang",
    "yunnan",
    "zhejiang",
];

/// Per byte, the [`Phrase`]s that start with it (either case): a bit each.
pub(super) const PHRASE_FIRST: [u16; 256] = {
    let mut t = [0; 256];
    let mut k = 0;
    while k < PHRASES.len() {
        let f = PHRASES[k].as_bytes()[0];
        t[f as usize] |= 1 << k;
        t[f.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// Per byte, the [`Phrase`]s whose second byte it is (either case).
pub(super) const PHRASE_SECOND: [u16; 256] = {
    let mut t = [0; 256];
    let mut k = 0;
    while k < PHRASES.len() {
        let f = PHRASES[k].as_bytes()[1];
        t[f as usize] |= 1 << k;
        t[f.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// Marks a byte that is no ASCII letter in [`BYTE_PHRASES`], above the
/// phrase bits.
pub(super) const NOT_LETTER: u32 = 1 << 15;
const _: () = assert!(PHRASES.len() < 15);

/// Per byte, [`PHRASE_FIRST`] in the low half (with [`NOT_LETTER`]) and
/// [`PHRASE_SECOND`] in the high half: one lookup a byte.
pub(super) const BYTE_PHRASES: [u32; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = PHRASE_FIRST[b] as u32 | (PHRASE_SECOND[b] as u32) << 16;
        if !(b as u8).is_ascii_alphabetic() {
            t[b] |= NOT_LETTER;
        }
        b += 1;
    }
    t
};

/// Per first letter (either case), the [`LEVEL_WORDS`] that start with it:
/// a bit each.
pub(super) const LEVEL_FIRST: [u32; 256] = {
    let mut t = [0; 256];
    let mut k = 0;
    while k < LEVEL_WORDS.len() {
        let f = LEVEL_WORDS[k].as_bytes()[0];
        t[f as usize] |= 1 << k;
        t[f.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// Per length, the [`LEVEL_WORDS`] that long: a bit each.
pub(super) const LEVEL_LEN: [u32; 16] = {
    let mut t = [0; 16];
    let mut k = 0;
    while k < LEVEL_WORDS.len() {
        t[LEVEL_WORDS[k].len()] |= 1 << k;
        k += 1;
    }
    t
};

impl Spelling {
    pub(super) fn of(name: &str) -> Spelling {
        let bytes = name.as_bytes();
        let mut phrases = 0;
        let mut words = 0;
        // Where the current run of letters starts.
        let mut run = 0;
        // The phrases the byte before may start.
        let mut may_start: u32 = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let class = BYTE_PHRASES[usize::from(b)];
            // The phrases that start at the byte before and go on with
            // this one.
            let maybe = may_start & (class >> 16);
            if maybe != 0 {
                phrases |= phrases_at(&bytes[i - 1..], maybe as u16);
            }
            // Only letters start a phrase.
            may_start = class & 0xffff & !NOT_LETTER;
            if class & NOT_LETTER != 0 {
                words |= level_word(&bytes[run..i]);
                run = i + 1;
            }
        }
        words |= level_word(bytes.get(run..).unwrap_or_default());
        let first = bytes
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(bytes, |end| &bytes[..end]);
        let province = first.len() >= 5
            && PROVINCES
                .binary_search_by(|p| p.bytes().cmp(first.iter().map(u8::to_ascii_lowercase)))
                .is_ok();
        Spelling {
            phrases,
            words,
            province,
        }
    }

    /// Whether the name holds `phrase` anywhere.
    pub(super) fn contains(&self, phrase: Phrase) -> bool {
        self.phrases & (1 << phrase as u16) != 0
    }

    /// Whether `word` is a whole run of letters of the name.
    pub(super) fn has(&self, word: LevelWord) -> bool {
        self.words & (1 << word as u32) != 0
    }
}

/// The administrative level a name implies, from its [`Spelling`].
pub(super) fn level(name: &Spelling) -> AgencyLevel {
    use LevelWord as W;
    use Phrase as P;
    let has = |w: LevelWord| name.has(w);
    let contains = |p: Phrase| name.contains(p);
    if contains(P::CoastGuard) {
        return AgencyLevel::Other;
    }
    if contains(P::Ministry)
        || contains(P::Supreme)
        || contains(P::GeneralAdministration)
        || has(W::National)
        || has(W::State)
        || has(W::Mps)
        || contains(P::ChinaCustoms)
    {
        AgencyLevel::Ministry
    } else if has(W::Station) || has(W::Squadron) {
        AgencyLevel::Station
    } else if (has(W::District) && !has(W::Customs))
        || has(W::Branch)
        || contains(P::SubBureau)
        || contains(P::SubBureauWords)
    {
        AgencyLevel::District
    } else if has(W::County) || has(W::Banner) {
        AgencyLevel::County
    } else if has(W::Provincial)
        || has(W::Province)
        || has(W::Region)
        || (has(W::Department) && !has(W::Police) && !has(W::Municipal))
        || (name.province && !has(W::Municipal) && !has(W::City))
    {
        AgencyLevel::Province
    } else if has(W::Municipal)
        || has(W::City)
        || has(W::Bureau)
        || has(W::Psb)
        || has(W::Customs)
        || has(W::Police)
    {
        AgencyLevel::City
    } else {
        AgencyLevel::Other
    }
}
