//! Thousands grouped by spaces after a lead of two or three digits (`a
//! total of 48 317 calls`), which the number rule leaves as two counts
//! (see `number::digits::spaced`: machine translation sets a count of
//! cases and one of people side by side the same way). A bulletin that
//! groups a one-digit lead by a space elsewhere (`2 406 cases`) writes its
//! thousands so: there the two counts are one number.

use std::borrow::Cow;

use super::super::{Decimal, Figure};
use crate::Span;

/// Join the last two figures of `figures` into one when they are the two
/// groups of one space-grouped number: the first two or three digits
/// alone, one space, then a figure that opens with three digits and is
/// worth them (`317 calls`, `317 yuan`), in a bulletin whose style
/// ([`groups_by_spaces`], read once into `style`) groups thousands by
/// spaces.
pub(super) fn join_spaced<'a>(
    text: &'a str,
    figures: &mut Vec<Figure<'a>>,
    style: &mut Option<bool>,
) {
    let [.., a, b] = figures.as_slice() else {
        return;
    };
    let lead = a.text.as_ref();
    let group = text.as_bytes().get(b.span.start..b.span.start + 4);
    let three = match group {
        Some([x, y, z, after]) if !after.is_ascii_digit() => [*x, *y, *z],
        Some(_) => return,
        None => match text.as_bytes().get(b.span.start..) {
            Some([x, y, z]) => [*x, *y, *z],
            _ => return,
        },
    };
    let near = a.span.end + 1 == b.span.start
        && text.as_bytes()[a.span.end] == b' '
        && !in_a_row(text.as_bytes(), a.span.start, b.span.start + 3);
    let plain = |d: &[u8]| d.iter().all(u8::is_ascii_digit);
    if !near
        || !(2..=3).contains(&lead.len())
        || !plain(lead.as_bytes())
        || !plain(&three)
        || a.unit.is_some()
        || b.max.is_some()
    {
        return;
    }
    let number = |d: &[u8]| d.iter().fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'));
    if b.value != Decimal::from_u64(number(&three)) {
        return;
    }
    if !*style.get_or_insert_with(|| groups_by_spaces(text)) {
        return;
    }
    let value = Decimal::from_u64(number(lead.as_bytes()) * 1000 + number(&three));
    let span = Span::new(a.span.start, b.span.end);
    let joined = Figure {
        text: Cow::Borrowed(&text[span.range()]),
        span,
        value,
        max: None,
        unit: b.unit,
        qualifier: b.qualifier,
        noun: b.noun.clone(),
    };
    figures.truncate(figures.len() - 2);
    figures.push(joined);
}

/// Whether `text` groups a one-digit lead by a space somewhere: a lone
/// digit (no digit, point or comma before it), one space, three digits
/// and no digit after them (`2 406`).
pub(super) fn groups_by_spaces(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len()).any(|i| {
        b[i] == b' '
            && b[i - 1].is_ascii_digit()
            && (i < 2 || !(b[i - 2].is_ascii_digit() || matches!(b[i - 2], b'.' | b',')))
            && b.get(i + 1..i + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            && !in_a_row(b, i - 1, i + 4)
    })
}

/// Whether a number stands right before `start` or right after `end`,
/// one space between (`87 1 358`, `2 406 311`): a row of counts, as a
/// flattened table sets them, is no grouping.
fn in_a_row(b: &[u8], start: usize, end: usize) -> bool {
    let before = start >= 2 && b[start - 1] == b' ' && b[start - 2].is_ascii_digit();
    let after = b.get(end) == Some(&b' ') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
    before || after || labelled_row(b, start, end)
}

/// Whether one label word and a number stand right after `end`, or a
/// number and one label word right before `start`, one space each
/// (`theft 5 120 fraud 36 210`): a flattened table's row of counts.
fn labelled_row(b: &[u8], start: usize, end: usize) -> bool {
    let letters = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    let mut i = end + 1;
    let after = b.get(end) == Some(&b' ') && letters(i) && {
        while letters(i) {
            i += 1;
        }
        b.get(i) == Some(&b' ') && b.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    let mut j = start.wrapping_sub(1);
    let before = start >= 1 && b[start - 1] == b' ' && j > 0 && letters(j - 1) && {
        j -= 1;
        while j > 0 && letters(j - 1) {
            j -= 1;
        }
        j >= 2 && b[j - 1] == b' ' && b[j - 2].is_ascii_digit()
    };
    after || before
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text = value (noun)` of each figure of `t`.
    fn p(t: &str) -> Vec<String> {
        crate::quantity::scan(&crate::lex::Tokens::new(t))
            .figures
            .iter()
            .map(|f| match &f.noun {
                Some(n) => format!("{} = {} ({n})", f.text, f.value),
                None => format!("{} = {}", f.text, f.value),
            })
            .collect()
    }

    #[test]
    fn a_style_of_spaced_thousands() {
        assert!(groups_by_spaces("a fall of 2 406 cases"));
        assert!(!groups_by_spaces("75 108 people; 2.5 000"));
        assert!(!groups_by_spaces("5 2000 people"));
        // A row of counts.
        assert!(!groups_by_spaces("North gate 64 1 358 cars"));
        assert!(!groups_by_spaces("cars 1 358 64"));
    }

    #[test]
    fn a_longer_lead_joins_only_where_the_bulletin_groups_by_spaces() {
        // The same pair, with and without a one-digit lead grouped by a
        // space elsewhere in the bulletin.
        assert_eq!(
            p("Police took a total of 48 317 calls, up by 2 406 on last year."),
            ["48 317 = 48317 (calls)", "2 406 = 2406"]
        );
        assert_eq!(
            p("Police took a total of 48 317 calls this year."),
            ["48 = 48", "317 = 317 (calls)"]
        );
        // A table flattened to one line, a label before each pair of
        // counts: the pair of two digits and three stays two counts (the
        // one-digit lead is the number rule's own).
        assert_eq!(
            p("Rows: arson 7 315 assault 42 160 fraud 9"),
            [
                "7 315 = 7315 (assault)",
                "42 = 42",
                "160 = 160 (fraud)",
                "9 = 9"
            ]
        );
        // A row of counts in a table: no number joined.
        assert_eq!(
            p("Gate 9 120 cars; gate 7 31 487 54 people"),
            [
                "9 120 = 9120 (cars)",
                "7 = 7",
                "31 = 31",
                "487 = 487",
                "54 = 54 (people)"
            ]
        );
    }
}
