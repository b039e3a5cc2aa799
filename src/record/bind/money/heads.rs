//! What a money item's own words say: the participle that modifies it
//! (`frozen funds`) and its head (`in cash`, `losses`).

use super::*;

/// The fraud field a money item's own participle names (`frozen funds`,
/// `stop-payment funds`, `returned money`), if any.
pub(super) fn item_state(w: &Words<'_, '_>, item: &str) -> Option<FraudField> {
    let span = span_of(w.text(), item);
    // (A participle names money held or given back, not a sum recovered,
    // avoided or talked out of a payment: those need their own verb.)
    w.starts_in(span).find_map(|at| {
        cjk::fund_field(*w.verb(at, span.end)?.0)
            .filter(|f| matches!(f, FraudField::FundsFrozen | FraudField::FundsReturned))
    })
}

/// Whether the seizing verb at `at` is joined to a freezing one (`seized
/// and frozen`, `seized or froze`, `seized/frozen`, `froze and then
/// seized`): money taken so is held in accounts, as frozen money is.
pub(super) fn frozen_too(text: &str, at: usize) -> bool {
    let freezing = |w: &[u8]| {
        ["froze", "frozen", "freeze", "freezing"]
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f.as_bytes()))
    };
    let rest = &text[at..];
    let word = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = rest[word..].trim_start_matches([' ', '/', ',']);
    let rest = ["and ", "or "]
        .iter()
        .find_map(|j| rest.strip_prefix(j))
        .unwrap_or(rest)
        .as_bytes();
    let after = starts_ignore_case(rest, b"froze") || starts_ignore_case(rest, b"freez");
    // (Before it: the last words up to the verb, `then` and a joint
    // skipped.)
    let mut back = text.as_bytes()[..at]
        .split(|&c| matches!(c, b' ' | b'/' | b','))
        .rev()
        .filter(|w| !w.is_empty())
        .skip_while(|w| w.eq_ignore_ascii_case(b"then"))
        .take(2);
    let before = match back.next() {
        Some(j) if j.eq_ignore_ascii_case(b"and") || j.eq_ignore_ascii_case(b"or") => {
            back.next().is_some_and(freezing)
        }
        Some(w) => freezing(w) && text[..at].trim_end().ends_with('/'),
        None => false,
    };
    after || before
}

/// Whether a money item names losses (`losses`, `economic loss`): money
/// that a blocked fraud never took.
pub(super) fn names_losses(w: &Words<'_, '_>, item: &str) -> bool {
    item_head_is(w, item, &["loss", "losses"])
}

/// Whether the item entry of a money item is one of `words`.
fn item_head_is(w: &Words<'_, '_>, item: &str, words: &[&str]) -> bool {
    item_span(w, item)
        .is_some_and(|(_, at, end)| words.iter().any(|c| item[at..end].eq_ignore_ascii_case(c)))
}

/// Whether a money item names the victims' money, taken by the fraud
/// (`fraud funds`, `defrauded money`, `the victims' savings`, `scam
/// proceeds`), not the gang's own (`anti-fraud cash` names no fraud's
/// money).
pub(super) fn victims_money(item: &str) -> bool {
    const WORDS: [&str; 10] = [
        "cheated",
        "defrauded",
        "fraud",
        "scam",
        "scammed",
        "swindled",
        "victim",
        "victim's",
        "victims",
        "victims'",
    ];
    item.split_ascii_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']))
        .any(|w| WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// Whether `words` name victims (`of the victims' funds`, `belonging to
/// victims`): their money, taken by the fraud.
pub(super) fn names_victims(words: &str) -> bool {
    const WORDS: [&str; 4] = ["victim", "victim's", "victims", "victims'"];
    words
        .split_ascii_whitespace()
        .any(|w| WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// The words right after a sum that may say whose money it was (`of the
/// victims' funds`, `belonging to victims`): up to six, to the end of the
/// clause or a word that opens another one (`and returned it to
/// victims`).
pub(super) fn owner_words(after: &str) -> &str {
    const STOPS: [&str; 10] = [
        "after", "and", "before", "but", "or", "that", "to", "when", "which", "while",
    ];
    let clause = after
        .find(['.', ',', ';', ':', '\n'])
        .map_or(after, |i| &after[..i]);
    let mut end = 0;
    let mut prev = "";
    for (k, w) in clause.split_ascii_whitespace().enumerate() {
        // (`belonging to`, `owned by`: the owner follows.)
        let stop = STOPS.iter().any(|s| w.eq_ignore_ascii_case(s))
            && !(w.eq_ignore_ascii_case("to") && prev.eq_ignore_ascii_case("belonging"));
        if k == 6 || stop {
            break;
        }
        // (Word ends found from the text, not counted: spaces vary.)
        let at = w.as_ptr() as usize - clause.as_ptr() as usize;
        end = at + w.len();
        prev = w;
    }
    &clause[..end]
}
