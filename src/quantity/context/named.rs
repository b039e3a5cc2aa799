//! Numbers a word around names rather than counts: a year between an
//! article and its singular noun (`a 2021 smuggling case`), a year joined
//! to an earlier one (`between 2016 and 2017`), and a line's number after
//! a word of calling (`the hotline – 18222`).

use super::noun_after;
use super::skip_spaces;
use super::skip_spaces_back;
use super::years::names_plural;
use crate::quantity::figure::Core;
use crate::quantity::scan::Scanner;
use crate::text::lexicon::NOUN_STOP;
use crate::text::{ascii_word_before, ascii_word_len};

/// Words of a line to call, whose number follows them.
const LINE_WORDS: [&str; 6] = ["hotline", "number", "phone", "tel", "telephone", "whatsapp"];

/// `called the hotline 12 times`, `dialled the number 5 times`: after a
/// word of calling, plain digits (at most four) then `time` or `times`
/// count the calls; no line is numbered so.
pub(super) fn counts_calls(text: &str, word: &str, start: usize) -> bool {
    const CALLING: [&str; 6] = ["call", "dial", "hotline", "line", "number", "phone"];
    if !CALLING.iter().any(|p| word.eq_ignore_ascii_case(p)) {
        return false;
    }
    let b = &text.as_bytes()[start..];
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let Some(rest) = b[digits..].strip_prefix(b" time") else {
        return false;
    };
    let rest = rest.strip_prefix(b"s").unwrap_or(rest);
    (1..=4).contains(&digits) && !rest.first().is_some_and(u8::is_ascii_alphanumeric)
}

impl Scanner<'_, '_> {
    /// `a 2022 smuggling case`, `the 2019 review`: a year between an
    /// article and a singular noun (a count would make its noun plural:
    /// `the 2000 officers`); `between 2016 and 2017 fell`: a year joined
    /// to an earlier one by `and`, `to` or `through`, before no plural.
    /// `before` is where the word `prev` before the number ends.
    pub(super) fn dates_its_noun(
        &self,
        before: usize,
        prev: &str,
        head_end: usize,
        value: u64,
    ) -> bool {
        let text = self.text;
        // (`a 2000-strong force`: a hyphen makes the number a measure.)
        if text[head_end..].starts_with('-') {
            return false;
        }
        // No plural in the first `n` words after it (the words after them
        // may be a verb's: `a 2021 theft case led officers to ...`).
        let singular = |n: usize| {
            !noun_after(&self.around, head_end)
                .is_some_and(|noun| noun.split(' ').take(n).any(names_plural))
        };
        let is = |list: &[&str]| list.iter().any(|w| prev.eq_ignore_ascii_case(w));
        if is(&["a", "an"]) {
            return singular(1);
        }
        // (`the 2000 new recruits`: a round number after `the` may count.)
        if is(&["the", "this", "that"]) {
            return value % 100 != 0 && noun_after(&self.around, head_end).is_some() && singular(3);
        }
        if is(&["and", "to", "through"]) {
            let b = skip_spaces_back(text, before - prev.len(), 2);
            let digits = text[..b]
                .bytes()
                .rev()
                .take_while(u8::is_ascii_digit)
                .count();
            let earlier = (digits == 4)
                .then(|| text[b - 4..b].parse::<u64>().ok())
                .flatten()
                .filter(|&y| (1900..=2099).contains(&y) && y < value && value - y <= 20);
            // (Not after a digit group: `1,2016` is no year.)
            let grouped = b > digits && matches!(text.as_bytes()[b - digits - 1], b',' | b'.');
            // (`arrested 2020 and 2021 suspects`: two years joined by `and`
            // date a plural too, as the first of them does; after `between`
            // or `from` they may bound a count, `between 2015 and 2020
            // officers`.)
            let joined_years = || {
                let w = ascii_word_before(text, skip_spaces_back(text, b - digits, 2));
                prev.eq_ignore_ascii_case("and")
                    && !["between", "from"]
                        .iter()
                        .any(|r| w.eq_ignore_ascii_case(r))
            };
            return earlier.is_some() && !grouped && (singular(2) || joined_years());
        }
        false
    }

    /// `a 24-hour hotline – 18222.`, `a new number — 962110 — from May`,
    /// `Tel: 86651234`: a plain number right after a word of a line to
    /// call (a mark between or none) is the line's number, whatever its
    /// value (after `number`, only with a dash or colon), unless a word
    /// after it is what it counts (`the hotline 300 times`) or a bound or
    /// unit makes it a measure. The caller asks only of five digits or
    /// more: a shorter number there is a tally's (`calls to the hotline:
    /// 640 in May`), and the short lines are the known hotlines.
    #[inline(never)]
    pub(super) fn line_named(
        &self,
        start: usize,
        head_end: usize,
        core: &Core<'_>,
        qualified: bool,
    ) -> bool {
        if qualified
            || core.max.is_some()
            || core.unit.is_some()
            || core.currency.is_some()
            || core.qualifier.is_some()
            || core.counter.is_some()
        {
            return false;
        }
        let text = self.text;
        // Back over spaces and at most one dash, colon or comma, or the
        // word `at` or `on` (`the hotline at 18222`).
        let lead = text[..start].trim_end_matches(' ');
        let marked = lead.strip_suffix(['-', ':', ',', '\u{2013}', '\u{2014}', '\u{ff1a}']);
        let mut lead = marked.unwrap_or(lead).trim_end_matches(' ');
        let mut prev = ascii_word_before(lead, lead.len());
        if marked.is_none() && (prev == "at" || prev == "on") {
            lead = lead[..lead.len() - prev.len()].trim_end_matches(' ');
            prev = ascii_word_before(lead, lead.len());
        }
        // (`number` names a line only before a dash or colon: `the number,
        // 1,203, ...`, `in number 120` may be a count's.)
        let dashed = text[..start]
            .trim_end()
            .ends_with(['-', ':', '\u{2013}', '\u{2014}', '\u{ff1a}']);
        let number = prev.eq_ignore_ascii_case("number");
        let named = LINE_WORDS.iter().any(|w| prev.eq_ignore_ascii_case(w)) && (dashed || !number);
        if !named {
            return false;
        }
        // Nothing after it but a mark, a capital or a word of no count.
        let n = skip_spaces(text, head_end, 2);
        let next_len = ascii_word_len(&text[n..]);
        let next = &text[n..n + next_len];
        // (`of` after it takes a part of a count: `the hotline 300 of
        // which ...`.)
        !(n > head_end
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && (next == "of" || !self.around.is_whole(n, next_len, NOUN_STOP)))
    }
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::quantity::tests::p;

    #[test]
    fn a_year_between_an_article_and_its_singular_noun() {
        assert_snapshot!(p("Notice\n\nLeads from a 2021 smuggling case took officers to the port."), @"(none)");
        assert_snapshot!(p("Notice\n\nThe bureau reopened the 2019 robbery file after a tip."), @"(none)");
        // A plural after it, or a round number after `the`, may count.
        assert_snapshot!(p("Notice\n\nOfficers questioned the 2137 residents; a 2019 report and 2019 rounds."), @"
        2137 = 2137 Exact (residents)
        2019 = 2019 Exact (rounds)
        ");
    }

    #[test]
    fn a_year_joined_to_an_earlier_year() {
        assert_snapshot!(p("Notice\n\nThefts between 2018 and 2019 fell by 12 percent."), @"12 percent = 12 percent Exact");
        assert_snapshot!(p("Notice\n\nFrom 2015 to 2017 burglary rose."), @"(none)");
        // Not before a plural, nor after a count of another kind.
        assert_snapshot!(p("Notice\n\nBetween 2015 and 2020 officers took the exam."), @"2020 = 2020 Exact (officers)");
        // Two years joined by `and` before a plural date it.
        assert_snapshot!(p("Notice\n\nDetectives caught 2018 and 2019 fugitives."), @"(none)");
        assert_snapshot!(p("Notice\n\nThe 2021 and 2022 cases of theft were closed."), @"(none)");
        assert_snapshot!(p("Notice\n\nThey seized 80 rifles and 2023 rounds."), @"
        80 = 80 Exact (rifles)
        2023 = 2023 Exact (rounds)
        ");
    }

    #[test]
    fn times_after_a_word_of_calling_count_the_calls() {
        // The number alone is the figure, as in any count of times (`that
        // night` says when, it is no level the times multiply).
        assert_snapshot!(p("Notice\n\nThe woman rang the hotline 9 times that night."), @"9 = 9 Exact (times)");
        assert_snapshot!(p("Notice\n\nHe had to dial the number 3 times."), @"3 = 3 Exact (times)");
        assert_snapshot!(p("Notice\n\nThe caller phoned the line 7 times that day and 2 times on Friday."), @"
        7 = 7 Exact (times)
        2 = 2 Exact (times)
        ");
        // A line's number stays a line's.
        assert_snapshot!(p("Notice\n\nCall the hotline 12345 for help."), @"(none)");
    }

    #[test]
    fn a_line_number_after_a_word_of_calling() {
        assert_snapshot!(p("Notice\n\nThe desk runs a round-the-clock hotline – 28650."), @"(none)");
        assert_snapshot!(p("Notice\n\nFrom June a new number — 963110 — will warn residents."), @"(none)");
        assert_snapshot!(p("Notice\n\nCall the fraud hotline at 96888, or Tel: 86651234."), @"(none)");
        // A count after the word stays one.
        assert_snapshot!(p("Notice\n\nThe hotline, 300 calls a day, is busy; the hotline received 4500 calls."), @"
        300 = 300 Exact (calls)
        4500 = 4500 Exact (calls)
        ");
        assert_snapshot!(p("Notice\n\nCases fell in number, 120 fewer than last year."), @"120 = 120 Exact (fewer)");
    }

    #[test]
    fn a_short_number_after_a_line_word_stays_a_count() {
        // Lines have five digits or more (the short ones are known
        // hotlines); a shorter number after the word is a tally's.
        assert_snapshot!(p("Notice\n\nReports by telephone: 845 in April."), @"845 = 845 Exact");
        assert_snapshot!(p("Notice\n\nCallers to the hotline - 2650 in a week."), @"2650 = 2650 Exact");
        assert_snapshot!(p("Notice\n\nThe hotline at 450 a day is stretched."), @"450 = 450 Exact");
        assert_snapshot!(p("Notice\n\nResidents may ring the hotline at 96301."), @"(none)");
    }
}
