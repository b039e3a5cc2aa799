//! The basis phrases, as data: each table's phrases with the key word that
//! locates them (`month`, `year`, `period`), Chinese phrases and short
//! codes (`MoM`, `y/y`).

/// A basis phrase, the key word it holds (an index into its table's keys),
/// where that word starts in it, and the byte after the word, if any
/// (` ` of `year on year`; none for `last year`).
#[derive(Clone, Copy)]
pub(super) struct Keyed {
    pub(super) phrase: &'static str,
    pub(super) key: usize,
    pub(super) at: usize,
    pub(super) after: Option<u8>,
}

/// The phrases with their key words: each phrase's first key word, in the
/// order of `keys`, found at compile time (a phrase without one fails the
/// build).
pub(super) const fn keyed<const N: usize>(phrases: [&'static str; N], keys: &[&str]) -> [Keyed; N] {
    let mut out = [Keyed {
        phrase: "",
        key: 0,
        at: 0,
        after: None,
    }; N];
    let mut n = 0;
    while n < N {
        let p = phrases[n].as_bytes();
        let mut key = 0;
        let mut found = None;
        while key < keys.len() && found.is_none() {
            let k = keys[key].as_bytes();
            let mut at = 0;
            while at + k.len() <= p.len() && found.is_none() {
                let mut j = 0;
                while j < k.len() && p[at + j] == k[j] {
                    j += 1;
                }
                if j == k.len() {
                    found = Some((key, at));
                }
                at += 1;
            }
            key += 1;
        }
        let Some((key, at)) = found else {
            panic!("a basis phrase without a key word");
        };
        let end = at + keys[key].len();
        out[n] = Keyed {
            phrase: phrases[n],
            key,
            at,
            after: if end < p.len() { Some(p[end]) } else { None },
        };
        n += 1;
    }
    // Sorted by key word, in table order under each (a stable insertion
    // sort), so that a key's phrases are one run ([`of_key`]).
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && out[j - 1].key > out[j].key {
            let t = out[j - 1];
            out[j - 1] = out[j];
            out[j] = t;
            j -= 1;
        }
        i += 1;
    }
    out
}

/// The phrases of `table` (as [`keyed`] sorts it) under its key word of
/// index `key`.
const fn of_key(table: &'static [Keyed], key: usize) -> &'static [Keyed] {
    let mut from = 0;
    while from < table.len() && table[from].key < key {
        from += 1;
    }
    let mut to = from;
    while to < table.len() && table[to].key == key {
        to += 1;
    }
    table.split_at(from).1.split_at(to - from).0
}

/// The key words of the month phrases (each starts with its own letter).
pub(super) const MONTH_KEYS: &[&str] = &["month", "chain", "ring"];

/// The key words of the year phrases: each starts with its own letter
/// (`basis_in` picks one by its letter and its place here).
pub(super) const YEAR_KEYS: &[&str] = &["year", "same", "annual"];

/// The key words of the period phrases (picked by letter and place, as
/// the year keys are).
pub(super) const PERIOD_KEYS: &[&str] = &["period", "quarter", "week", "half"];

/// A key word as `basis_in` finds it: the word, its first four letters as
/// one little-endian word (a quick test before the whole is compared), the
/// phrases that hold it, the basis they name ([`MONTH`], [`YEAR`] or
/// [`PERIOD`]: an index into what was found), and the short codes that
/// start with its letter (`mom` with `month`), compared wherever that
/// letter stands.
pub(super) struct Key {
    pub(super) word: &'static str,
    pub(super) head: u32,
    pub(super) phrases: &'static [Keyed],
    pub(super) basis: usize,
    pub(super) codes: &'static [&'static str],
}

/// The index of a month basis among the three.
pub(super) const MONTH: usize = 0;

/// The index of a year basis.
pub(super) const YEAR: usize = 1;

/// The index of a period basis.
pub(super) const PERIOD: usize = 2;

/// Every key word of the three tables (each starts with its own letter,
/// and has four letters or more).
pub(super) const KEYS: [Key; 10] = {
    const fn key(
        keys: &'static [&'static str],
        index: usize,
        table: &'static [Keyed],
        basis: usize,
        codes: &'static [&'static str],
    ) -> Key {
        let w = keys[index].as_bytes();
        Key {
            word: keys[index],
            head: u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
            phrases: of_key(table, index),
            basis,
            codes,
        }
    }
    const NO_CODES: &[&str] = &[];
    [
        key(MONTH_KEYS, 0, MONTH_PHRASES, MONTH, MONTH_CODES),
        key(MONTH_KEYS, 1, MONTH_PHRASES, MONTH, NO_CODES),
        key(MONTH_KEYS, 2, MONTH_PHRASES, MONTH, NO_CODES),
        key(YEAR_KEYS, 0, YEAR_PHRASES, YEAR, YEAR_CODES),
        key(YEAR_KEYS, 1, YEAR_PHRASES, YEAR, NO_CODES),
        key(YEAR_KEYS, 2, YEAR_PHRASES, YEAR, NO_CODES),
        key(PERIOD_KEYS, 0, PERIOD_PHRASES, PERIOD, NO_CODES),
        key(PERIOD_KEYS, 1, PERIOD_PHRASES, PERIOD, PERIOD_CODES),
        key(PERIOD_KEYS, 2, PERIOD_PHRASES, PERIOD, NO_CODES),
        key(PERIOD_KEYS, 3, PERIOD_PHRASES, PERIOD, NO_CODES),
    ]
};

/// For each byte, 1 + the index in [`KEYS`] of the key word it starts (in
/// either case), or 0: one look-up passes a byte that starts none. Built
/// at compile time; two keys with one letter, or a code that does not
/// start with its key's letter, fail the build.
pub(super) const KEY_AT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < KEYS.len() {
        let first = KEYS[k].word.as_bytes()[0];
        assert!(
            t[first as usize] == 0,
            "two basis keys start with one letter"
        );
        t[first as usize] = k as u8 + 1;
        t[first.to_ascii_uppercase() as usize] = k as u8 + 1;
        let mut c = 0;
        while c < KEYS[k].codes.len() {
            assert!(
                KEYS[k].codes[c].as_bytes()[0] == first,
                "a code off its key's letter"
            );
            c += 1;
        }
        k += 1;
    }
    t
};

/// A change compared with the month before.
pub(super) const MONTH_PHRASES: &[Keyed] = &keyed(
    [
        "a month earlier",
        "chain on chain",
        "chain-on-chain",
        "from a month ago",
        "from last month",
        "month on month",
        "month over month",
        "month-on-month",
        "month-over-month",
        "on last month",
        "on the month",
        "over last month",
        "previous month",
        "prior month",
        "ring on ring",
        "ring-on-ring",
        "than a month ago",
        "than last month",
        "to last month",
        "with last month",
    ],
    MONTH_KEYS,
);

/// A change compared with the year before (or the same period of it).
pub(super) const YEAR_PHRASES: &[Keyed] = &keyed(
    [
        "a year before",
        "a year earlier",
        "annual basis",
        "annual decline",
        "annual decrease",
        "annual drop",
        "annual fall",
        "annual growth",
        "annual increase",
        "annual rise",
        "annual terms",
        "from a year ago",
        "from the year before",
        "last year",
        "on the year",
        "over a year ago",
        "over the year before",
        "previous year",
        "prior year",
        "same period",
        "same time",
        "than a year ago",
        "than the year before",
        "with a year ago",
        "year on year",
        "year over year",
        "year-ago period",
        "year-earlier period",
        "year-on-year",
        "year-over-year",
        "yearly basis",
    ],
    YEAR_KEYS,
);

/// A change compared with the period or quarter before.
pub(super) const PERIOD_PHRASES: &[Keyed] = &keyed(
    [
        "from last quarter",
        "from the first quarter",
        "from the second quarter",
        "from the third quarter",
        "half on half",
        "half-on-half",
        "on last quarter",
        "over last quarter",
        "over the first quarter",
        "over the second quarter",
        "over the third quarter",
        "period on period",
        "period-on-period",
        "preceding half-year",
        "preceding period",
        "preceding quarter",
        "previous half year",
        "previous half-year",
        "previous period",
        "previous quarter",
        "previous week",
        "prior period",
        "prior quarter",
        "quarter before",
        "quarter earlier",
        "quarter on quarter",
        "quarter over quarter",
        "quarter-on-quarter",
        "quarter-over-quarter",
        "quarterly basis",
        "than last quarter",
        "to the first quarter",
        "to the second quarter",
        "to the third quarter",
        "week before",
        "week earlier",
        "week on week",
        "week over week",
        "week-on-week",
        "week-over-week",
        "with the first quarter",
        "with the second quarter",
        "with the third quarter",
    ],
    PERIOD_KEYS,
);

/// `环比`, and `较上月`, `与上月相比` (than last month; `上月` alone dates
/// the change).
pub(super) const CJK_MONTH: &[&str] = &["与上月", "比上月", "环比", "较上月"];

/// `同比`, `较去年同期` (than the same period last year), `比去年`, and
/// the previous year named `上年` (`比上年`, `较上年`, `与上年相比`;
/// `上年` alone may date the count).
pub(super) const CJK_YEAR: &[&str] = &[
    "上年同期",
    "去年同期",
    "同比",
    "比上一年",
    "比上年",
    "比去年",
    "与上年",
    "与去年",
    "较上一年",
    "较上年",
    "较去年",
];

/// Than the quarter or half-year before: `较上季度`, `比上半年`.
pub(super) const CJK_PERIOD: &[&str] = &[
    "比上一季度",
    "比上半年",
    "比上季度",
    "较上一季度",
    "较上半年",
    "较上季度",
];

/// The chars the Chinese phrases open with (`与`, `比`, `较`, ...): a char
/// that is none of them opens no phrase.
pub(super) const CJK_OPENERS: &[&str] = &["上", "与", "去", "同", "比", "环", "较"];

/// Short codes, whole words in any case: `MoM`, `m/m`.
pub(super) const MONTH_CODES: &[&str] = &["m-o-m", "m/m", "mom"];

/// `YoY`, `y-o-y`, `y/y`.
pub(super) const YEAR_CODES: &[&str] = &["y-o-y", "y/y", "yoy"];

/// `QoQ`, `q-o-q`, `q/q`.
pub(super) const PERIOD_CODES: &[&str] = &["q-o-q", "q/q", "qoq"];
