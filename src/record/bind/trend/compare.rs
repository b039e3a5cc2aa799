//! Comparisons right after a percent that are, or are not, changes over
//! time: a level stated against an earlier one (`12% below last year's
//! level`), and a comparison between groups (`12% higher among men than
//! women`).

use super::*;

/// The direction of `12% below last year's level`, `8% above the same
/// period last year`: `below` or `above` (the word `word` at `at`, right
/// after the percent) compares the level with an earlier one only when the
/// rest of the clause names the basis. Against a standard (`12% below the
/// national average`) no change is stated.
pub(super) fn level_against_basis(
    text: &str,
    word: &str,
    at: usize,
    clause_end: usize,
) -> Option<Direction> {
    let direction = if word.eq_ignore_ascii_case("below") {
        Direction::Decrease
    } else if word.eq_ignore_ascii_case("above") {
        Direction::Increase
    } else {
        return None;
    };
    let end = floor_char(text, clause_end.min(at + word.len() + REACH)).max(at + word.len());
    trend_basis(text, at + word.len(), end).map(|_| direction)
}

/// Whether the comparative that ends at `end` (`higher`, `lower`) compares
/// two groups, not two times: `among men than women`, `between the two
/// districts`, with no basis in the rest of its clause.
pub(super) fn between_groups(text: &str, end: usize, clause_end: usize) -> bool {
    let at = skip_gap(text, end, 2);
    let word = &text[at..at + word_len(&text[at..])];
    let groups = ["among", "between"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    let stop = floor_char(text, clause_end.min(at + REACH)).max(at);
    groups && trend_basis(text, at, stop).is_none()
}

/// `↓14.7%`, `▲ 8.2%`: an arrow right before a percent (a table's change
/// column) is its direction. Gives the direction and where the arrow is.
pub(super) fn arrow_before(text: &str, start: usize) -> Option<(Direction, usize)> {
    let head = text[..start].trim_end_matches(' ');
    // The arrows all start with byte E2: most percents are passed on it.
    if head.as_bytes().last().map_or(true, |&b| b < 0x80) {
        return None;
    }
    let c = head.chars().next_back()?;
    let direction = match c {
        '↑' | '▲' => Direction::Increase,
        '↓' | '▼' => Direction::Decrease,
        _ => return None,
    };
    Some((direction, head.len() - c.len_utf8()))
}

/// Where the parenthesised aside that a change closes opens: `Frauds 532
/// (YoY: +12.1%)`, `Thefts 320 (down 5%)`. The metric is named before the
/// aside, not inside it. `start` is where the change starts, `end` where
/// its percent ends; the aside opens at most [`REACH`] bytes before.
pub(super) fn aside_open(text: &str, start: usize, end: usize, floor: usize) -> Option<usize> {
    if !text[end..].trim_start_matches(' ').starts_with([')', '）']) {
        return None;
    }
    let from = ceil_char(text, floor.max(start.saturating_sub(REACH))).min(start);
    let head = &text[from..start];
    let open = head.rfind(['(', '（'])?;
    (!head[open..].contains([')', '）'])).then_some(from + open)
}

/// How far after the comparison its basis is looked for, in bytes.
const REACH: usize = 60;

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::record::bind::basis::tests::bases;

    #[test]
    fn a_level_below_an_earlier_one() {
        assert_snapshot!(bases(&[
            "Thefts were 12% below last year's level.",
            "Frauds ran 8.5 percent above the same period last year.",
            "The detection rate was 12% below the national average.",
        ]), @"
        Thefts were 12% below last year's level. => Decrease 12 Some(YearOnYear)
        Frauds ran 8.5 percent above the same period last year. => Increase 8.5 Some(YearOnYear)
        The detection rate was 12% below the national average. =>
        ");
    }

    #[test]
    fn the_metric_of_a_change_in_an_aside() {
        let b = crate::Bulletin::parse(
            "Frauds 532 (YoY: +12.1%); criminal cases 1,024 (1,200 last year, -14.7%). Thefts 320 (down 5%). Drug cases: 87 (YoY -3%).",
        )
        .unwrap();
        let metrics: Vec<&str> = b.trends.iter().map(|t| t.metric.as_ref()).collect();
        assert_snapshot!(metrics.join(" | "), @"Frauds | criminal cases | Thefts | Drug cases");
    }

    #[test]
    fn an_arrow_before_a_percent() {
        assert_snapshot!(bases(&[
            "Criminal cases 1,024 ↓14.7%",
            "Thefts 320 ▲ 8.2%; frauds 41 ▼3%",
            "Clearance rate 92% → 95%",
        ]), @"
        Criminal cases 1,024 ↓14.7% => Decrease 14.7 None
        Thefts 320 ▲ 8.2%; frauds 41 ▼3% => Increase 8.2 None; Decrease 3 None
        Clearance rate 92% → 95% =>
        ");
    }

    #[test]
    fn a_comparison_between_groups_is_no_trend() {
        assert_snapshot!(bases(&[
            "The arrest rate was 12% higher among men than women.",
            "Losses were 20% lower between the two districts than last year.",
            "Thefts were 9% higher than a year earlier.",
        ]), @"
        The arrest rate was 12% higher among men than women. => 
        Losses were 20% lower between the two districts than last year. => Decrease 20 Some(YearOnYear)
        Thefts were 9% higher than a year earlier. => Increase 9 Some(YearOnYear)
        ");
    }
}
