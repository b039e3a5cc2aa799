//! Gerunds after a preposition: what those counted did or are charged
//! with (`suspected of catching, transporting and selling wild birds`),
//! read through on the way to the noun's own passive.

use super::*;

/// Words in `-ing` that are prepositions, not gerunds: a list of gerunds
/// ends at them (`smuggling, including 3 minors`).
const NOT_GERUNDS: &[&str] = &[
    "according",
    "being",
    "concerning",
    "during",
    "excluding",
    "following",
    "including",
    "involving",
    "pending",
    "regarding",
];

/// The forms of `be` and `have`, which no gerund follows as a modifier.
const AUXILIARY_FORMS: &[&str] = &[
    "are", "be", "been", "had", "has", "have", "is", "was", "were",
];

/// The `-ing` word at `at` (a lowercase word of five letters or more, no
/// preposition), its end.
fn gerund_at(text: &str, at: usize) -> Option<usize> {
    let len = ascii_word_len(&text[at..]);
    let word = &text[at..at + len];
    (len > 4
        && word.ends_with("ing")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_GERUNDS.contains(&word))
    .then_some(at + len)
}

/// After a preposition that ends at `from`: a list of gerunds, each past
/// at most one word before it (`illegally`, `illegal`), joined by commas,
/// `and` or `or` (`of stealing, hiding and reselling`); the end of the
/// last one. None when no gerund follows.
pub(in crate::record::bind) fn gerund_list_end(
    text: &str,
    from: usize,
    ceil: usize,
) -> Option<usize> {
    let one = |at: usize| -> Option<usize> {
        let at = skip_gap(text, at, 2);
        gerund_at(text, at).or_else(|| {
            let len = ascii_word_len(&text[at..]);
            let word = &text[at..at + len];
            // (Not an auxiliary: `was dispatching` is a clause's verb.)
            let plain = len > 0
                && word.bytes().all(|b| b.is_ascii_lowercase())
                && function_word_at(text, at, len).is_none()
                && !AUXILIARY_FORMS.contains(&word);
            plain
                .then(|| gerund_at(text, skip_gap(text, at + len, 2)))
                .flatten()
        })
    };
    let mut end = one(from).filter(|&e| e <= ceil)?;
    loop {
        let mut next = skip_gap(text, end, 2);
        if text[next..].starts_with(',') {
            next = skip_gap(text, next + 1, 2);
        }
        let len = ascii_word_len(&text[next..]);
        if matches!(&text[next..next + len], "and" | "or") {
            next += len;
        } else if next == skip_gap(text, end, 2) {
            // (No comma and no joiner: the list has ended.)
            return Some(end);
        }
        match one(next).filter(|&e| e <= ceil) {
            Some(e) => end = e,
            None => return Some(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::gerund_list_end;
    use crate::Bulletin;

    /// The tallies of `text`: `kind value`.
    fn tallies(text: &str) -> Vec<String> {
        let b = Bulletin::parse(text).unwrap();
        b.tallies
            .iter()
            .map(|t| format!("{:?} {}", t.kind, t.count.value))
            .collect()
    }

    #[test]
    fn a_gerund_list_after_a_preposition_is_read_through() {
        assert_eq!(
            tallies("Police said 148 people suspected of illegally catching, transporting and selling wild birds have been detained."),
            ["Arrests 148"]
        );
        assert_eq!(
            tallies("So far 57 suspects accused of stealing, hiding and reselling electric bikes have been captured."),
            ["Arrests 57"]
        );
        assert_eq!(
            tallies("A total of 63 people involved in unlicensed quarrying, shipping or selling gravel have been arrested."),
            ["Arrests 63"]
        );
    }

    #[test]
    fn the_list_ends_at_a_preposition_in_ing_and_at_a_count() {
        let text = " of smuggling, including 3 minors";
        assert_eq!(gerund_list_end(text, 3, text.len()), Some(13));
        let text = " in selling, 40 were caught";
        assert_eq!(gerund_list_end(text, 3, text.len()), Some(11));
        // An auxiliary before an `-ing` word makes a clause's verb.
        let text = " for was dispatching";
        assert_eq!(gerund_list_end(text, 4, text.len()), None);
        // No gerund, no list.
        let text = " of the province were";
        assert_eq!(gerund_list_end(text, 3, text.len()), None);
        // A gerund's own passive object (`in selling 9 cars that were
        // stolen`) stays the gerund's: no people arrested.
        assert!(tallies("The 12 men involved in selling, renting and hiding cars that were stolen from parking lots.").is_empty());
    }
}
