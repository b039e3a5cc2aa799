//! Hostile inputs of a given size: the eight recipes of issue 14 and those found since, each of
//! which once made one stage scan again for every mention. Shared by
//! `benches/parse.rs` (criterion, two sizes each) and `tests/linear.rs`
//! (2x input costs at most 2.5x time).
//!
//! | recipe | the quadratic path it caught |
//! |---|---|
//! | `editor_label`, `source_label` | a label's value read to the end of the text, per label |
//! | `quoted_operation`, `day_campaign` | a date search over the whole sentence, per campaign mention |
//! | `distinct_operations` | each new campaign name compared with every earlier one |
//! | `quoted_operation_sentences` | a linear search for the sentence of each mention |
//! | `distinct_agencies` | each new agency compared with every earlier one |
//! | `bureau_run` | a backward name extension over the whole run of head words |
//! | `quotes_and_day_campaigns` | (found by `fuzz/parse_long`) the text before each quote copied to check for `so-called` |
//! | `glued_source_labels`, `glued_editor_labels` | (found in the token rewrite of metadata) each label's value read again from every later label |
//! | `blank_run_then_figures` | a sentence's first words found past a run of blanks, per figure |
//! | `digit_groups` | the digit groups after a phone word read to their end, per number |
//! | `cjk_quoted_names` | (found in review) the Chinese campaign word after a name read to the end of a sentence of ideographs, per name |
//! | `dialled_figures` | (found in review) a sentence searched for `warn` or `96110`, per figure after a dialling verb |
//! | `seized_list` | (found in review) the gap back to the first item of the same quantity scanned to its start, per item of a seizure list |

/// How a recipe builds an input of at least `n` bytes.
pub type Make = fn(usize) -> String;

/// `fragment` repeated until the text holds at least `n` bytes.
pub fn repeat(fragment: &str, n: usize) -> String {
    fragment.repeat(n.div_ceil(fragment.len()))
}

/// The `k`-th distinct capitalized name: `Baaaaa`, `Bbaaaa`, ...
pub fn name(k: usize) -> String {
    let mut s = String::from("B");
    let mut k = k;
    for _ in 0..5 {
        s.push(char::from(b'a' + (k % 26) as u8));
        k /= 26;
    }
    s
}

/// `fragment(name(k))` for k = 0, 1, ..., until the text holds `n` bytes.
pub fn distinct(n: usize, fragment: impl Fn(&str) -> String) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut k = 0;
    while s.len() < n {
        s.push_str(&fragment(&name(k)));
        k += 1;
    }
    s
}

/// The eight recipes of issue 14, item 1, and those found since (by the
/// time-aware fuzz target and by rewrites), by name.
pub const RECIPES: &[(&str, Make)] = &[
    ("editor_label", |n| repeat("Editor: x ", n)),
    ("source_label", |n| repeat("Source: ", n)),
    ("quoted_operation", |n| repeat("“Summer Operation” ", n)),
    ("day_campaign", |n| repeat("the 100-day campaign ", n)),
    ("distinct_operations", |n| {
        distinct(n, |b| format!("“Operation {b}” "))
    }),
    ("quoted_operation_sentences", |n| {
        repeat("“Summer Operation”. ", n)
    }),
    ("distinct_agencies", |n| {
        distinct(n, |b| format!("{b} Police Station, "))
    }),
    ("bureau_run", |n| repeat("bureau ", n)),
    ("quotes_and_day_campaigns", |n| {
        repeat(
            "““““““100-day campaign Operation “100-day campaign Operation ”“” ",
            n,
        )
    }),
    ("glued_source_labels", |n| repeat("Source:", n)),
    ("glued_editor_labels", |n| repeat("Editor:", n)),
    // A run of blanks that opens a sentence of many figures: the
    // sentence's first words were found past the blanks once per figure.
    ("blank_run_then_figures", |n| {
        let mut s = String::from("Telecom fraud cases rose.");
        s.push_str(&" ".repeat(n / 2));
        s.push_str(&repeat("police checked 12 cars, ", n / 2));
        s
    }),
    // Digit groups after a phone word that end glued to a letter (so no
    // phone number): each number reads the groups after it, so the reading
    // must stop after a few.
    ("digit_groups", |n| {
        let mut s = String::from("Call the hotline on ");
        s.push_str(repeat("12 ", n).trim_end());
        s.push('x');
        s
    }),
    // Quoted Chinese names in one sentence of ideographs: the campaign
    // word after each name was read to the sentence's end, once per name.
    ("cjk_quoted_names", |n| repeat("启动\"净网\"专项行动", n)),
    // Many figures after a dialling verb in one sentence: whether the
    // sentence names a warning was searched in it once per figure.
    ("dialled_figures", |n| {
        repeat("Police rang 5 residents and rang 7 people, ", n)
    }),
    // Many `up N` / `down N` after a plural: whether a verb takes the
    // particle was asked of every verb of the text once per figure.
    ("plural_changes", |n| {
        repeat("Police arrested 3 suspects, with cases down 42. ", n)
    }),
    // Many rates in one sentence of warnings: whether the sentence holds
    // a verb of answering (bare rates) or a warning word (named rates) was
    // read in it once per rate.
    ("bare_rates", |n| {
        repeat("Anti-fraud warnings: a rate of 5%, ", n)
    }),
    ("named_rates", |n| {
        repeat("Anti-fraud: a disposal rate of 5%, ", n)
    }),
    // Many percents after one warning word: the words after each were
    // read past the run of figures to the sentence's end.
    ("percent_run", |n| {
        let mut s = String::from("Anti-fraud warnings: ");
        s.push_str(&repeat("5% ", n));
        s
    }),
    // One seizure sentence listing the same quantity of the same thing
    // many times: each item's gap back to the first one kept was scanned
    // for a stop before its length was checked.
    ("seized_list", |n| {
        let mut s = String::from("Officers seized ");
        s.push_str(&repeat("40 crates of wine and 40 crates of wine, ", n));
        s
    }),
    // Many call counts in one sentence of anti-fraud work: whether the
    // sentence speaks of warning (those called were warned) was read in
    // it once per count.
    ("called_warnings", |n| {
        repeat("fraud called 3 residents ", n)
    }),
];
