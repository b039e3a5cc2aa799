//! A period's number written after its name (`week 12`): which week of the
//! year a report covers, not a quantity.

use crate::text::ascii_word_before;

/// Whether the number at `start`, with `before` the end of the text before
/// it past spaces, numbers a week: `In week 12,`, `Telecom fraud weekly,
/// week 10`, `Week 9 results`. Only when nothing before `week` quantifies
/// it: `last week 43 suspects`, `in a week 12 people`, `per week 3 cases`
/// keep their counts.
pub(super) fn is_week_number(text: &str, start: usize, before: usize) -> bool {
    // `week` ends in `k`: any other byte before the number's spaces ends
    // no such word, and the word before need not be read.
    let ends_k = before
        .checked_sub(1)
        .is_some_and(|b| text.as_bytes()[b] | 0x20 == b'k');
    if before >= start || !ends_k {
        return false;
    }
    let w = ascii_word_before(text, before);
    if !w.eq_ignore_ascii_case("week") || !text[start..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let at = before - w.len();
    let lead = text[..at].trim_end_matches([' ', '\t']);
    // What opens the week: a line, a bracket or a comma, or `in`, `of`,
    // `for`, `during` (the week as a whole, named by its number).
    if lead.is_empty() || lead.ends_with(['\n', '(', ',', ':', '（', '，', '：']) {
        return true;
    }
    let prev = ascii_word_before(lead, lead.len());
    ["in", "of", "for", "during", "from", "to"]
        .iter()
        .any(|p| prev.eq_ignore_ascii_case(p))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::quantity::tests::p;

    #[test]
    fn a_week_s_number_is_no_figure() {
        assert_snapshot!(p("In week 12, the centre issued 1,830 warnings. Telecom fraud weekly, week 10\nWeek 9 results: 515 people dissuaded."), @"
        1,830 = 1830 Exact (warnings)
        515 = 515 Exact (people dissuaded)
        ");
        // A week that something quantifies keeps the count after it.
        assert_snapshot!(p("Last week 43 suspects were held; in a week 12 people were warned; the week 7 cases came in."), @"
        43 = 43 Exact (suspects)
        12 = 12 Exact (people)
        7 = 7 Exact (cases)
        ");
    }
}
