//! The metric of a trend: what changed, read before its direction word
//! back to a clause edge, or after a change word that follows its percent
//! (`a 37% drop in thefts`, `15% fewer burglaries than`).

use super::*;

mod beside;
mod clause;
mod joined;
mod scan;
pub(super) use beside::{list_in_after, list_metric, metric_in_after};
use clause::*;
use joined::goes_on;
use scan::{names_nothing, CJK_FIRST, CJK_SECOND, EDGE_LAST};

/// The words of `phrase` after an earlier change it holds: `Thefts fell
/// 12% and robberies` names `robberies`. The earlier change ends at its
/// percent; the metric opens after the last conjunction that follows it
/// (`12% year on year, while robberies`), or right after the percent.
fn after_earlier_change(phrase: &str) -> &str {
    let b = phrase.as_bytes();
    // (Each byte is matched first: only `%` and the first bytes of `％`
    // and `percent` are compared further.)
    let Some(percent) = (0..b.len()).rev().find(|&i| match b[i] {
        b'%' => true,
        0xEF => b[i..].starts_with("％".as_bytes()),
        b'p' | b'P' => b.len() - i >= 7 && b[i..i + 7].eq_ignore_ascii_case(b"percent"),
        _ => false,
    }) else {
        return phrase;
    };
    let after = &phrase[percent..];
    // Where the words after the last conjunction start.
    let mut opens = None;
    let mut at = 0;
    for word in after.split(' ') {
        at += word.len() + 1;
        if ["and", "while", "whereas", "but"]
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c))
        {
            opens = Some(at.min(after.len()));
        }
    }
    let rest = match opens {
        Some(i) => &after[i..],
        // Past the percent's own word or sign.
        None => after.trim_start_matches(|c: char| c.is_alphabetic() || c == '%' || c == '％'),
    };
    let rest = rest
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim();
    if rest.is_empty() {
        phrase
    } else {
        rest
    }
}

/// Where the words after the last clause edge in `s` start (0 if none):
/// an [`EDGES`] mark, but a comma between digits (`4,512`) is none.
#[inline]
fn edge(s: &str) -> usize {
    // (A byte that ends no edge, most of them, is passed with one look-up.)
    let b = s.as_bytes();
    (0..b.len())
        .rev()
        .filter(|&i| EDGE_LAST[usize::from(b[i])])
        .find(|&i| match b[i] {
            b',' => {
                !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            }
            b';' | b':' | b'(' | b'\n' => true,
            // Full-width `，`, `；`, `：`, `（`, and `。` (not `、`,
            // which joins the items of one metric: `盗窃、诈骗案件`).
            0x8C | 0x9B | 0x9A | 0x88 => i >= 2 && b[i - 2..i] == [0xEF, 0xBC],
            0x82 => i >= 2 && b[i - 2..i] == [0xE3, 0x80],
            _ => false,
        })
        .map_or(0, |i| i + 1)
}

/// What changed: the words before the direction word, back to a clause edge.
///
/// `the number of cases fell to 206, a decrease of 22.6%`: when the
/// direction opens its clause, the clause before names the metric.
pub(super) fn trend_metric(text: &str, at: usize, floor: usize) -> &str {
    // A window that opens inside a word starts at the next one.
    let b = text.as_bytes();
    let window = |reach: usize| {
        let mut from = ceil_char(text, floor.max(at.saturating_sub(reach))).min(at);
        if from > 0 && b[from - 1].is_ascii_alphanumeric() {
            while from < at && b[from].is_ascii_alphanumeric() {
                from += 1;
            }
        }
        from
    };
    let floor = window(80);
    let left = &text[floor..at];
    let mut start = edge(left);
    if names_nothing(&left[start..]) && start > 0 {
        // (Before the edge, which may be a full-width char.) The clause
        // before is read in a wider window: `The total number of criminal
        // cases in the city fell by 1,126 compared with the same period
        // last year, a decrease of 12.3%`.
        let wide = window(PREVIOUS_CLAUSE);
        let before = &text[wide..floor + floor_char(left, start - 1)];
        start = edge(before);
        // `Thefts: 5,432, down 3.2%`: a label's value alone names nothing;
        // the label does.
        // So does a value with its one unit word (`Robbery: 12 cases, -40%
        // y/y`).
        let value = before[start..].trim();
        let unit = value
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
            .trim_start();
        let value_only = !value.bytes().any(|b| b.is_ascii_alphabetic() || b >= 0x80)
            || (value.starts_with(|c: char| c.is_ascii_digit())
                && unit.bytes().all(|b| b.is_ascii_alphabetic()));
        if value_only && start > 0 && before.as_bytes()[start - 1] == b':' {
            let label = &before[..start - 1];
            return without_tail(label[edge(label)..].trim());
        }
        let phrase = before[start..].trim();
        // (`thefts rose 2.5% and scam calls doubled`: the later change's.)
        let phrase = after_earlier_change(phrase);
        let phrase = phrase.strip_prefix("and ").unwrap_or(phrase);
        // An HTML entity (`&mdash;`) ends the words.
        let phrase = phrase.split('&').next().unwrap_or("");
        // `the number of cases fell to 206`: the words before the number;
        // `4,512 cases were filed`: the clause opens with its number, so
        // the words after it.
        let lead = phrase
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or("");
        let head = lead.trim();
        // (Read once: two of the rules below may ask for it.)
        let counted_words = std::cell::OnceCell::new();
        let counted = || {
            *counted_words.get_or_init(|| {
                // (Cut at the untrimmed lead: a trimmed one is shorter by
                // any space before it, which may be wider than a byte.)
                let rest = phrase[lead.len()..]
                    .trim_start()
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
                // (`4.39 million criminal cases`: the scale is the number's.)
                let rest = without_scale(rest);
                let rest = rest
                    .split(|c: char| c.is_ascii_digit())
                    .next()
                    .unwrap_or("");
                // (`people were arrested in the first half of the year`: a
                // time phrase after the counted words is no part of them.)
                let words = first_words(rest.trim(), 6);
                let cut = words
                    .match_indices(' ')
                    .map(|(i, _)| i)
                    .find(|&i| TIME_AFTER.iter().any(|p| words[i..].starts_with(p)))
                    .unwrap_or(words.len());
                without_copula(&words[..cut])
            })
        };
        // (`A total of 8,700 cases were filed, down 21%`: a bound alone
        // before the number names nothing either.)
        // (`of which 52 were thefts, down 8%`, `including 52 thefts`: a
        // part's opener names nothing; its counted noun does.)
        // (Nor does a word of a phrase cut by the window's start: `of` of
        // `A total of 1,153 people ...`.)
        if head.is_empty() || opens_part(head) || is_tail_word(head) {
            // (Less a trailing auxiliary the window cut from its verb:
            // `cases of telecom network fraud were`.)
            let noun = counted();
            let aux = ["were", "was", "are", "is", "have", "has", "had", "been"];
            return match noun.rsplit_once(' ') {
                Some((head, last)) if aux.contains(&last) => head,
                _ => noun,
            };
        }
        if without_bound(head).is_empty() && !scale_or_unit_word(counted()) {
            return without_tail(counted());
        }
        let before = before_change_word(head);
        if before.len() == head.len() && verb_ends(without_bound(head)) {
            // `There were 1,203 thefts, 15% fewer`, `Police received 3,400
            // reports, down 12%`: the clause counts its noun.
            let noun = counted();
            if noun.starts_with(|c: char| c.is_ascii_alphabetic()) && !scale_or_unit_word(noun) {
                return without_tail(noun);
            }
        }
        return without_tail(after_total(before));
    }
    let mut phrase = after_earlier_change(left[start..].trim());
    for conj in ["while ", "whereas ", "and ", "but ", "with "] {
        let head = phrase.as_bytes().get(..conj.len());
        if phrase.len() > conj.len()
            && head.is_some_and(|h| h.eq_ignore_ascii_case(conj.as_bytes()))
        {
            phrase = &phrase[conj.len()..];
        }
    }
    // `其中盗窃案件` (of which thefts): the part, without `其中`.
    let phrase = phrase.strip_prefix("其中").unwrap_or(phrase);
    let phrase = without_tail(phrase.trim_end_matches(|c: char| !c.is_alphanumeric()));
    // The last six words at most (eight when the six open on `of`: `the
    // number of drug users in the region`).
    let cut = |n| {
        phrase
            .rmatch_indices(char::is_whitespace)
            .nth(n)
            .map_or(0, |(i, space): (usize, &str)| i + space.len())
    };
    let six = cut(5);
    let phrase = if phrase[six..].starts_with("of ") {
        phrase[cut(7)..].trim()
    } else {
        phrase[six..].trim()
    };
    // `Police said burglaries`: the words after a saying are the metric.
    let phrase = after_saying(phrase);
    // `across the province the number of burglaries`: the metric opens
    // with its `the number of`.
    let b = phrase.as_bytes();
    (0..b.len())
        .find(|&i| {
            (i == 0 || b[i - 1] == b' ')
                && b[i] | 0x20 == b't'
                && starts_ignore_case(&b[i..], b"the number of ")
        })
        .map_or(phrase, |i| &phrase[i..])
}

/// How far back (bytes) the clause before a direction that names nothing
/// is read.
const PREVIOUS_CLAUSE: usize = 160;

/// `a 37.2% drop in criminal cases`, `a 12% rise of burglaries`: after a
/// change word that follows its percent (ending at `at`), `in` or `of`
/// and the noun phrase it names, up to six words and the next clause edge,
/// number or comparison.
pub(super) fn metric_after(text: &str, at: usize, end: usize) -> Option<&str> {
    // (`9% more than in the same period`: what follows a comparison is
    // its basis.)
    if text[..at].ends_with("than") {
        return None;
    }
    let rest = text.get(at..end)?;
    let rest = rest.strip_prefix(' ')?;
    // `15% fewer burglaries than`: a comparative names its metric with no
    // preposition.
    let comparative = ["more", "fewer", "less"]
        .iter()
        .any(|w| text[..at].ends_with(w));
    let rest = if comparative {
        rest
    } else {
        ["in ", "of "].iter().find_map(|p| rest.strip_prefix(p))?
    }
    .trim_start();
    let mut stop = rest.len();
    let mut i = 0;
    for (n, word) in rest.split_inclusive(' ').enumerate() {
        let bare = word.trim_end();
        let clean = bare.trim_end_matches([',', '.', ';', ':', ')']);
        let ends = (METRIC_AFTER_STOPS
            .iter()
            .any(|s| clean.eq_ignore_ascii_case(s))
            && (clean.len() < bare.len() || !goes_on(clean, &rest[i + word.len()..])))
            || clean.starts_with(|c: char| c.is_ascii_digit() || c == '(')
            || n == 6;
        if ends {
            stop = i;
            break;
        }
        if clean.len() < bare.len() {
            stop = i + clean.len();
            break;
        }
        i += word.len();
    }
    let metric = rest[..stop].trim_end();
    (!metric.is_empty() && metric.starts_with(|c: char| c.is_alphabetic())).then_some(metric)
}

/// Words that end a metric read after its change word (`a 12% drop in
/// thefts compared with ...`).
const METRIC_AFTER_STOPS: &[&str] = &[
    "and",
    "as",
    "compared",
    "during",
    "for",
    "from",
    "in",
    "last",
    "month",
    "on",
    "over",
    "since",
    "than",
    "this",
    "to",
    "versus",
    "vs",
    "was",
    "were",
    "while",
    "with",
    "year",
    "year-on-year",
];

/// The words of `phrase` before its first change word: `losses fell by`
/// (`, a decrease of 16.7%`) names `losses`, `cases fell for the` (`18th
/// month, down 22%`) names `cases`. A phrase that opens with one is kept.
fn before_change_word(phrase: &str) -> &str {
    if !phrase.is_ascii() {
        // `同比下降12.3%，环比上升5.6%`: the clause before names no metric
        // when it holds only a basis and a change word.
        // (Only where the first two bytes may open a change word: most
        // chars are passed with two look-ups.)
        let b = phrase.as_bytes();
        let Some(at) = (0..b.len())
            .filter(|&i| {
                CJK_FIRST[usize::from(b[i])]
                    && b.get(i + 1)
                        .is_some_and(|&c| (CJK_SECOND >> (c & 63)) & 1 == 1)
            })
            .find(|&i| {
                TREND_CJK
                    .iter()
                    .any(|(w, _)| b[i..].starts_with(w.as_bytes()))
            })
        else {
            return phrase;
        };
        let head = phrase[..at].trim_end();
        return head
            .strip_suffix("同比")
            .or_else(|| head.strip_suffix("环比"))
            .unwrap_or(head)
            .trim_end();
    }
    let b = phrase.as_bytes();
    (1..b.len())
        .filter(|&i| b[i - 1] == b' ' && b[i].is_ascii_lowercase())
        .find(|&i| {
            crate::text::match_prefix(&phrase[i..], TREND_BEFORE)
                .is_some_and(|(_, len)| crate::text::is_boundary_after(&phrase[i..], len))
        })
        .map_or(phrase, |i| phrase[..i].trim_end())
}

/// The words after `a total of` in `head`, when words follow it: `the
/// county has a total of fraud cases (126)` names `fraud cases`.
fn after_total(head: &str) -> &str {
    const TOTAL: &[u8] = b"a total of ";
    let b = head.as_bytes();
    (0..b.len().saturating_sub(TOTAL.len()))
        .find(|&i| (i == 0 || b[i - 1] == b' ') && b[i..].starts_with(TOTAL))
        .map(|i| head[i + TOTAL.len()..].trim())
        .filter(|rest| rest.starts_with(|c: char| c.is_alphabetic()))
        .unwrap_or(head)
}

/// Whether `head` is only the opener of a part of a total before its
/// number (`of which`, `including`, `among them`).
fn opens_part(head: &str) -> bool {
    const OPENERS: [&str; 11] = [
        "among them",
        "among these",
        "among which",
        "among whom",
        "in which",
        "including",
        "of them",
        "of these",
        "of which",
        "of whom",
        "within which",
    ];
    OPENERS.iter().any(|w| head.eq_ignore_ascii_case(w))
}

/// `words` without the copula they open on: `52 were thefts` counts
/// `thefts`.
fn without_copula(words: &str) -> &str {
    ["are ", "is ", "was ", "were "]
        .iter()
        .find_map(|c| {
            words
                .get(..c.len())
                .filter(|h| h.eq_ignore_ascii_case(c))
                .map(|_| words[c.len()..].trim_start())
        })
        .unwrap_or(words)
}

/// `head` without a bound or total before its number: `solved more than`
/// is `solved`, `seized a total of` is `seized`, `A total of` is empty.
fn without_bound(head: &str) -> &str {
    const BOUNDS: [&str; 15] = [
        "a total of",
        "about",
        "almost",
        "approximately",
        "around",
        "at least",
        "close to",
        "in total",
        "more than",
        "nearly",
        "over",
        "roughly",
        "some",
        "totaling",
        "up to",
    ];
    let b = head.as_bytes();
    BOUNDS
        .iter()
        .find(|w| {
            b.len() >= w.len()
                && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
                && (b.len() == w.len() || b[b.len() - w.len() - 1] == b' ')
        })
        .map_or(head, |w| head[..head.len() - w.len()].trim_end())
}

/// Whether `words` open on a scale or unit of the number before them
/// (`million yuan`, `percent`), which names no metric.
fn scale_or_unit_word(words: &str) -> bool {
    let first = words.split(' ').next().unwrap_or("");
    [
        "billion", "hundred", "million", "per", "percent", "thousand", "wan", "yi", "yuan",
    ]
    .iter()
    .any(|w| first.eq_ignore_ascii_case(w))
}

/// `phrase` without the [`METRIC_TAIL`] words at its end: `Burglaries
/// were (down)`, `cases saw a year-on-year (drop)`, `satisfaction reached
/// (98.2%, up 1.3 points)`.
fn without_tail(mut phrase: &str) -> &str {
    while let Some(space) = phrase.rfind(' ') {
        if !is_tail_word(&phrase[space + 1..]) {
            break;
        }
        phrase = phrase[..space].trim_end();
    }
    phrase
}

/// Whether `word` is one of [`METRIC_TAIL`], ignoring ASCII case.
fn is_tail_word(word: &str) -> bool {
    // (The table is sorted lowercase: searched, not read through.)
    let lower = word.bytes().map(|b| b.to_ascii_lowercase());
    METRIC_TAIL
        .binary_search_by(|w| w.bytes().cmp(lower.clone()))
        .is_ok()
}

/// Words that end the text before a direction word without being part of
/// the metric: auxiliaries, light verbs, articles, a basis stated first,
/// the degree of a change noun (`registered a sharp decline of`),
/// and the neutral change words before a signed percent (`losses changed
/// by -3%`, `a change of -3%`). Sorted, lowercase (a test checks).
const METRIC_TAIL: &[&str] = &[
    "a",
    "accounted",
    "amounted",
    "an",
    "are",
    "at",
    "been",
    "by",
    "change",
    "changed",
    "considerable",
    "doubled",
    "dramatic",
    "edged",
    "experienced",
    "for",
    "further",
    "had",
    "halved",
    "has",
    "have",
    "in",
    "inched",
    "is",
    "marked",
    "modest",
    "month-on-month",
    "notable",
    "numbered",
    "of",
    "posted",
    "reached",
    "recorded",
    "registered",
    "saw",
    "sharp",
    "showed",
    "significant",
    "slight",
    "steady",
    "steep",
    "stood",
    "substantial",
    "the",
    "ticked",
    "to",
    "totaled",
    "totalled",
    "tripled",
    "was",
    "went",
    "were",
    "witnessed",
    "year-on-year",
    "year-over-year",
    "yearly",
];

/// The first `n` words of `s`.
/// Time phrases that end the counted words of a metric (` in the first
/// half of the year`, ` this year`), each read from the space before it.
const TIME_AFTER: [&str; 13] = [
    " in the first",
    " in the second",
    " in the third",
    " in the past",
    " in the last",
    " in the same",
    " during",
    " since",
    " over the past",
    " in this year",
    " in last year",
    " this year",
    " last year",
];

fn first_words(s: &str, n: usize) -> &str {
    let cut = s
        .match_indices(char::is_whitespace)
        .nth(n - 1)
        .map_or(s.len(), |(i, _)| i);
    s[..cut].trim()
}

#[cfg(test)]
mod tests {
    use super::scan::EDGES;
    use super::*;

    /// `without_tail` searches the table: it must stay sorted, lowercase.
    #[test]
    fn metric_tail_is_sorted_lowercase() {
        assert!(METRIC_TAIL.windows(2).all(|w| w[0] < w[1]));
        assert!(METRIC_TAIL.iter().all(|w| *w == w.to_ascii_lowercase()));
        assert_eq!(without_tail("Thefts Were"), "Thefts");
        assert_eq!(without_tail("cases SAW A Year-On-Year"), "cases");
        assert_eq!(without_tail("robberies waned"), "robberies waned");
    }

    /// `edge` passes bytes by [`EDGE_LAST`], from [`EDGES`], then checks
    /// the mark by hand: each of the list's marks must be read as one.
    #[test]
    fn every_listed_mark_is_an_edge() {
        for mark in EDGES {
            let s = format!("thefts{mark} down");
            assert_eq!(edge(&s), 6 + mark.len(), "{mark:?}");
        }
        assert_eq!(edge("thefts 4,512 、 down"), 0);
    }
}
