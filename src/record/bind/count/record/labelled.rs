//! A seizable thing set out as a label inside a sentence that a verb of
//! taking opened: `seized smuggled goods, including cigarettes: 12,000
//! cartons; liquor: 300 bottles`.

use super::*;

/// Words that may open such a label before the thing (`including
/// cigarettes:`, `and liquor:`).
const LEADS: [&str; 3] = ["and", "including", "with"];

/// What ends the run a label stands in.
const EDGES: [char; 6] = [',', ';', '\n', '.', '，', '；'];

/// The thing of the item lexicon named alone (past one word of
/// [`LEADS`]) as the label before the colon right before the number at
/// `start`, inside the sentence that starts at `floor`.
pub(super) fn item_label<'a>(w: &Words<'_, 'a>, start: usize, floor: usize) -> Option<&'a str> {
    let text = w.text();
    let colon = skip_back_spaces(text, start, floor);
    text[..colon].strip_suffix([':', '：'])?;
    let (mut at, mut label) = crate::text::label::label_before(text, start, &EDGES)?;
    if at < floor {
        return None;
    }
    if let Some(lead) = LEADS.iter().find(|l| {
        label.len() > l.len() + 1
            && label.as_bytes()[l.len()] == b' '
            && label[..l.len()].eq_ignore_ascii_case(l)
    }) {
        let rest = &label[lead.len() + 1..];
        let trimmed = rest.trim_start();
        at += lead.len() + 1 + rest.len() - trimmed.len();
        label = trimmed;
    }
    let (_, len) = head_match_len(w, at, at + label.len(), ITEMS)?;
    (len == label.len()).then(|| &text[at..at + len])
}
