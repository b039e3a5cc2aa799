//! A seizable thing a bare measure counts, set out before it: as a label
//! inside a sentence that a verb of taking opened (`seized smuggled goods,
//! including cigarettes: 12,000 cartons; liquor: 300 bottles`), or as the
//! subject a participle of taking leads (`the seized cigarettes numbered
//! 26,000 cartons`).

use super::*;

/// Words that may open such a label before the thing (`including
/// cigarettes:`, `and liquor:`).
const LEADS: [&str; 3] = ["and", "including", "with"];

/// What ends the run a label stands in.
const EDGES: [char; 6] = [',', ';', '\n', '.', '，', '；'];

/// The thing of the item lexicon named alone (past one word of
/// [`LEADS`]) as the label before the colon right before the number at
/// `start`, inside the sentence that starts at `floor`.
fn item_label<'a>(w: &Words<'_, 'a>, start: usize, floor: usize) -> Option<&'a str> {
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

/// The thing a bare measure at `start` counts, set out before it in the
/// sentence from `floor`: by a label ([`item_label`], its kind `other`
/// when the lexicon names none in it), else as an item subject taken
/// (`the seized cigarettes`, `the cigarettes seized`), and its kind.
pub(super) fn set_out_item<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<(&'a str, SeizureKind)> {
    item_label(w, start, floor)
        .map(|o| (o, item_kind(w, o).unwrap_or(SeizureKind::Other)))
        .or_else(|| {
            item_subject_before(w, start, floor).and_then(|n| Some((n.text, item_kind(w, n.text)?)))
        })
}
