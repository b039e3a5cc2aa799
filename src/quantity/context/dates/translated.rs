//! Dates written in machine-translated order: a day set after its month
//! and year (`November 2022, 11,`), and a month's number before `to` and
//! the month a span ends in (`1 to October`, the English of 1至10月).

use super::{skip_spaces, MAX_MONTH, MONTHS};
use crate::quantity::figure::Core;
use crate::quantity::scan::Scanner;
use crate::quantity::Decimal;
use crate::text::ascii_word_len;

impl Scanner<'_, '_> {
    /// `November 2022, 11,`: a day of one or two digits set after its
    /// month and year, with a comma before and after it.
    pub(super) fn day_after_month_year(&self, start: usize) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        let day = bytes[start..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=2).contains(&day) || bytes.get(start + day) != Some(&b',') {
            return false;
        }
        // (`18, 20 and 22 suspects`: a list of counts goes on.)
        let next = text[start + day + 1..].trim_start();
        if next.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let value = text[start..start + day].parse::<u8>().unwrap_or(0);
        let Some(y) = text[..start].strip_suffix(", ").map(str::len) else {
            return false;
        };
        let year = y >= 4
            && bytes[y - 4..y].iter().all(u8::is_ascii_digit)
            && matches!(&bytes[y - 4..y - 2], b"19" | b"20");
        if !(1..=31).contains(&value) || !year || y < 5 || bytes[y - 5] != b' ' {
            return false;
        }
        let m = y - 5;
        let n = bytes[..m]
            .iter()
            .rev()
            .take(MAX_MONTH + 1)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        n > 0 && n <= MAX_MONTH && self.around.is_whole(m - n, n, MONTHS)
    }

    /// `1 to October this year`: a month's number (1 to 12, the plain
    /// number ending at `head_end`), then `to` and a capitalized month.
    /// Returns the end of that month.
    pub(super) fn month_before_to(&mut self, head_end: usize, core: &Core<'_>) -> Option<usize> {
        let text = self.text;
        let month = core
            .amount
            .value
            .is_some_and(|v| v >= Decimal::from_u64(1) && v <= Decimal::from_u64(12));
        let n = skip_spaces(text, head_end, 2);
        if !month || n == head_end || !text[n..].starts_with("to ") {
            return None;
        }
        let m = n + 3;
        let w = ascii_word_len(&text[m..]);
        let capital = text.as_bytes().get(m).is_some_and(u8::is_ascii_uppercase);
        if capital && self.around.is_whole(m, w, MONTHS) {
            self.last_date_end = Some(m + w);
            return Some(m + w);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::quantity::tests::p;

    #[test]
    fn a_day_after_its_month_and_year_is_no_count() {
        insta::assert_snapshot!(p("On March 2024, 18, the county bureau seized 40 phones."), @"40 = 40 Exact (phones)");
        // A count after a date's year stays one.
        insta::assert_snapshot!(p("In March 2024, 18 suspects were caught."), @"18 = 18 Exact (suspects)");
        insta::assert_snapshot!(p("In March 2024, 18, 20 and 22 suspects were caught in three raids."), @"
        18 = 18 Exact
        20 = 20 Exact
        22 = 22 Exact (suspects)
        three = 3 Exact (raids)
        ");
    }

    #[test]
    fn a_month_number_before_to_and_a_month_is_a_date() {
        insta::assert_snapshot!(p("From 1 to October this year, police solved 20 cases."), @"20 = 20 Exact (cases)");
        // A count before `to` and no month stays a count.
        insta::assert_snapshot!(p("Thefts fell from 12 to 9 cases."), @"
        12 = 12 Exact
        9 = 9 Exact (cases)
        ");
    }
}
