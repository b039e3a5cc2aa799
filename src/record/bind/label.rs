//! Labels: statistics set out as `label: value` pairs (`Warnings issued:
//! 56,000`), with a dash (`suspects detained - 19`) or with nothing between
//! (`cases cracked 233; suspects arrested 408`). The label's noun is what
//! the value counts.

use super::*;

/// `Warnings issued: 56,000`, `Cases solved: 120`: a figure right after a
/// colon counts the classed noun of the label before it (statistics set
/// out as `label: value` pairs).
pub(super) fn label_noun<'a>(
    w: &Words<'_, 'a>,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let b = skip_back_spaces(text, start, floor);
    // `guns - 7`, `bullets — 310`: a dash with spaces around it sets a
    // value off as a colon does.
    let dash = || {
        let d = text[..b].strip_suffix(['-', '–', '—'])?;
        d.ends_with(' ').then_some(d)
    };
    let Some(colon) = text[..b]
        .strip_suffix(':')
        .or_else(|| text[..b].strip_suffix('：'))
        .or_else(|| (b < start).then(dash).flatten())
        .map(str::len)
    else {
        return label_pair(w, b, floor);
    };
    let noun = (colon > floor).then(|| subject_before(w, colon, floor))??;
    // The label ends with its noun, or its noun and a verb (`Warnings
    // issued:`), not a clause (`police crack down on fraud:`).
    let rest = &text[end_of(text, noun.text)..colon];
    (rest.split_ascii_whitespace().count() <= 1).then_some(noun)
}

/// `cases cracked 233; suspects arrested 408`: a label pair with no colon,
/// a classed noun and its verb right before the figure (`b`, past the
/// spaces), the pair opening its clause. (`3,356 vehicles captured 8
/// criminals` opens with a number: its noun is the verb's subject.)
fn label_pair<'a>(w: &Words<'_, 'a>, b: usize, floor: usize) -> Option<NounPhrase<'a>> {
    let text = w.text();
    let word = ascii_word_before(text, b);
    let at = b - word.len();
    let verb = match w.prefix(at, b, VERBS) {
        Some((&v, len)) if !word.is_empty() && at + len == b => v,
        _ => return None,
    };
    let e = skip_back_spaces(text, at, floor);
    let noun = (e < at).then(|| subject_before(w, e, floor))??;
    // The noun of a label is what the verb was done to; the police before
    // their verb (`Police arrested 12`) did it, unless they were deployed.
    if noun.class == Some(Noun::Officer) && verb != Verb::Deploy {
        return None;
    }
    let start = start_of(text, noun.text);
    if end_of(text, noun.text) != e || start < floor {
        return None;
    }
    let lead = text[floor..start].trim_end();
    let opens = lead.is_empty() || lead.ends_with([';', ':', ',', '；', '：', '，']);
    opens.then_some(noun)
}
