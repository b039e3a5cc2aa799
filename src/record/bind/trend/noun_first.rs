//! Machine-translated noun-first order: `Year-on-year decline 11.1% of
//! burglaries`, `Growth 7% of frauds`. The change noun stands right before
//! the percent, with no article, and the metric follows `of`.

use super::*;

/// Change nouns that open the noun-first order.
const CHANGE_NOUNS: &[(&str, Direction)] = &[
    ("decline", Direction::Decrease),
    ("decrease", Direction::Decrease),
    ("drop", Direction::Decrease),
    ("fall", Direction::Decrease),
    ("growth", Direction::Increase),
    ("increase", Direction::Increase),
    ("reduction", Direction::Decrease),
    ("rise", Direction::Increase),
];

/// Basis words that may lead the change noun.
const LEADING_BASIS: &[&str] = &[
    "month-on-month",
    "month-over-month",
    "year-on-year",
    "year-over-year",
    "yoy",
];

/// The direction and start of a change noun right before a percent at
/// `start` that is followed by `of`, when the noun opens its clause or
/// follows only a basis word (`Decline 9% of thefts`, `, year-on-year
/// growth 5% of frauds`). `a decline 5% of` or `the rise 5% of` are
/// left out: an article makes the percent a share of something else.
pub(in crate::record::bind) fn noun_first(
    text: &str,
    start: usize,
    floor: usize,
) -> Option<(Direction, usize)> {
    let e = skip_back_spaces(text, start, floor);
    let word = ascii_word_before(text, e);
    let &(_, direction) = CHANGE_NOUNS
        .iter()
        .find(|(n, _)| word.eq_ignore_ascii_case(n))?;
    let s = e - word.len();
    let head = text[floor..s].trim_end();
    let lead = LEADING_BASIS.iter().find_map(|b| {
        let cut = head.len().checked_sub(b.len())?;
        let tail = head.get(cut..)?;
        (tail.eq_ignore_ascii_case(b)
            && !head[..cut].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-'))
        .then(|| head[..cut].trim_end())
    });
    let before = lead.unwrap_or(head);
    let opens = before.is_empty() || before.ends_with([',', ';', ':', '.', '(', '\n']);
    opens.then_some((direction, s))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::record::bind::basis::tests::bases;
    use crate::record::bind::trend::tests::trends;

    #[test]
    fn a_change_noun_before_the_percent_and_its_metric_after_of() {
        assert_snapshot!(bases(&[
            "Year-on-year decline 8.4% of burglaries in the county.",
            "Growth 21% of online frauds, year on year.",
            "Month-on-month drop 3.5% of car thefts.",
            "In June, decrease 6% of street robberies.",
            "A decline 5% of the total was seen.",
            "Arrests rose, and the rise 12% of them were minors.",
        ]), @"
        Year-on-year decline 8.4% of burglaries in the county. => Decrease 8.4 Some(YearOnYear)
        Growth 21% of online frauds, year on year. => Increase 21 Some(YearOnYear)
        Month-on-month drop 3.5% of car thefts. => Decrease 3.5 Some(MonthOnMonth)
        In June, decrease 6% of street robberies. => Decrease 6 None
        A decline 5% of the total was seen. => 
        Arrests rose, and the rise 12% of them were minors. => 
        ");
        assert_snapshot!(trends(&[
            "Year-on-year decline 8.4% of burglaries in the county.",
            "Growth 21% of online frauds, year on year.",
        ]), @"
        Year-on-year decline 8.4% of burglaries in the county. => Decrease 8.4 (burglaries)
        Growth 21% of online frauds, year on year. => Increase 21 (online frauds)
        ");
    }
}
