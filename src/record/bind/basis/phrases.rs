//! The basis phrases, as data: each table's phrases with the key word that
//! locates them (`month`, `year`, `period`), Chinese phrases and short
//! codes (`MoM`, `y/y`).

/// A basis phrase, the key word it holds (an index into its table's keys)
/// and where that word starts in it.
#[derive(Clone, Copy)]
pub(super) struct Keyed {
    pub(super) phrase: &'static str,
    pub(super) key: usize,
    pub(super) at: usize,
}

/// The phrases with their key words: each phrase's first key word, in the
/// order of `keys`, found at compile time (a phrase without one fails the
/// build).
pub(super) const fn keyed<const N: usize>(phrases: [&'static str; N], keys: &[&str]) -> [Keyed; N] {
    let mut out = [Keyed {
        phrase: "",
        key: 0,
        at: 0,
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
        out[n] = Keyed {
            phrase: phrases[n],
            key,
            at,
        };
        n += 1;
    }
    out
}

/// The key words of the month phrases (each starts with its own letter).
pub(super) const MONTH_KEYS: &[&str] = &["month", "chain", "ring"];

/// The key words of the year phrases: each starts with its own letter
/// (`basis_in` picks one by its letter and its place here).
pub(super) const YEAR_KEYS: &[&str] = &["year", "same", "annual"];

/// The key words of the period phrases (picked by letter and place, as
/// the year keys are).
pub(super) const PERIOD_KEYS: &[&str] = &["period", "quarter", "week", "half"];

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

/// Short codes, whole words in any case: `MoM`, `m/m`.
pub(super) const MONTH_CODES: &[&str] = &["m-o-m", "m/m", "mom"];

/// `YoY`, `y-o-y`, `y/y`.
pub(super) const YEAR_CODES: &[&str] = &["y-o-y", "y/y", "yoy"];

/// `QoQ`, `q-o-q`, `q/q`.
pub(super) const PERIOD_CODES: &[&str] = &["q-o-q", "q/q", "qoq"];
