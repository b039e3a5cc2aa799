//! Years and hotlines: a bare four-digit year or a number to call is no
//! figure, unless the words around it count something.

use super::names::is_regular_plural;
use super::{noun_after, skip_spaces, skip_spaces_back};
use crate::quantity::figure::Core;
use crate::quantity::number::Shape;
use crate::quantity::scan::Scanner;
use crate::quantity::Decimal;
use crate::text::label::{run_start, LINE_REACH, STOPS};
use crate::text::lexicon::{HOTLINES, HOTLINE_CONTEXT, NOUN_STOP, YEAR_BEFORE};
use crate::text::{ascii_word_before, ascii_word_len};

/// Verbs after which `to N` or `at N` is the level something reached.
const LEVEL_VERBS: [&str; 14] = [
    "climbed",
    "declined",
    "decreased",
    "dropped",
    "fell",
    "grew",
    "increased",
    "jumped",
    "reached",
    "returned",
    "rose",
    "stayed",
    "totaled",
    "totalled",
];

/// How far into a text its first line is read as its headline.
const HEADLINE_BYTES: usize = 200;

/// Words that count people or things without a plural `s`.
const UNMARKED_PLURALS: [&str; 7] = [
    "children",
    "men",
    "people",
    "personnel",
    "police",
    "staff",
    "women",
];

impl Scanner<'_, '_> {
    /// `2023 annual telecom fraud report`, `Anhui: 2023 anti-fraud year in
    /// review`: a year opening a title or a label's value (its line's start,
    /// or after a colon), or anywhere in the text's first line, its headline
    /// (`Jiangsu police hold 2024 anti-fraud work press conference`), before
    /// words none of which is a plural names the year; a count that large
    /// counts plural things (`1968 places`).
    fn titles_a_year(&self, start: usize, head_end: usize) -> bool {
        let text = self.text;
        let lead = text[..start].trim_end_matches([' ', '\t', '\u{3000}']);
        let opens = lead.is_empty() || lead.ends_with(['\n', ':', '：']);
        // (The headline is looked for in the first bytes only, so the test
        // costs the same for every figure.)
        let headline = start <= HEADLINE_BYTES && !text[..start].contains('\n');
        (opens || headline)
            && noun_after(&self.around, head_end).is_some_and(|noun| !names_plural(noun))
    }

    /// A bare four-digit year (`in 2020`, `2015 January`), or a hotline
    /// number standing alone (`the 110 hotline`). (The reject on the
    /// number, which most meet, is inline at the call; the words around
    /// are read out of line.)
    #[inline(always)]
    pub(crate) fn is_year_or_hotline(
        &self,
        start: usize,
        head_end: usize,
        core: &Core<'_>,
        qualified: bool,
    ) -> bool {
        let Some(d) = core.amount.digits else {
            return false;
        };
        let value = core.amount.value.and_then(Decimal::as_u64).unwrap_or(0);
        // Only a four-digit year or a hotline number needs the words around.
        let year = d.plain && d.int_digits == 4 && (1900..=2099).contains(&value);
        ((year || HOTLINES.contains(&value))
            && self.year_or_hotline_around(start, head_end, core, qualified, d, value))
            // (A line's number has five digits or more: see `line_named`.)
            || (d.plain && d.int_digits >= 5 && self.line_named(start, head_end, core, qualified))
    }

    /// [`Scanner::is_year_or_hotline`] past its reject on the number: `d`
    /// and `value` are the number's digits and value as it read them.
    #[inline(never)]
    fn year_or_hotline_around(
        &self,
        start: usize,
        head_end: usize,
        core: &Core<'_>,
        qualified: bool,
        d: Shape,
        value: u64,
    ) -> bool {
        let text = self.text;
        let before = skip_spaces_back(text, start, 2);
        let prev = ascii_word_before(text, before);
        let n = skip_spaces(text, head_end, 2);
        let next_len = ascii_word_len(&text[n..]);
        let next = &text[n..n + next_len];
        let next_is = |t| n > head_end && next_len > 0 && self.around.is_whole(n, next_len, t);
        let counted = n > head_end
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && !next_is(NOUN_STOP);
        // `around 1998`, `since about 2015`: a hedged year counts nothing.
        let hedge = ["around", "about", "circa", "approximately"]
            .iter()
            .any(|h| prev.eq_ignore_ascii_case(h));
        if hedge && d.plain && d.int_digits == 4 && (1900..=2099).contains(&value) && !counted {
            return core.max.is_none() && core.unit.is_none() && core.currency.is_none();
        }
        // `a 7% rise over 2023`, `higher than 2022.`: the year compared
        // with, not a bound on a count (a round `over 2000` may count).
        let compared = ["over", "than"]
            .iter()
            .any(|h| prev.eq_ignore_ascii_case(h));
        if compared
            && d.plain
            && d.int_digits == 4
            && (1990..=2099).contains(&value)
            && value % 100 != 0
            && !counted
            && core.max.is_none()
        {
            return core.unit.is_none() && core.currency.is_none() && core.counter.is_none();
        }
        if qualified
            || !d.plain
            || core.unit.is_some()
            || core.currency.is_some()
            || core.qualifier.is_some()
            || core.counter.is_some()
        {
            return false;
        }
        let prev_is =
            |t| before < start && self.around.is_whole(before - prev.len(), prev.len(), t);
        if d.int_digits == 4 && (1900..=2099).contains(&value) {
            if let Some(m) = core.max {
                return m
                    .and_then(Decimal::as_u64)
                    .is_some_and(|m| (1900..=2099).contains(&m));
            }
            // `Kunlun 2023`, `Bihai 2020`: a year inside a campaign name.
            let in_name = before < start
                && prev.starts_with(|c: char| c.is_ascii_uppercase())
                && !prev_is(YEAR_BEFORE);
            if in_name || self.titles_a_year(start, head_end) {
                return true;
            }
            // `the county's 2022 annual statistics`, `the bureau's 2024
            // plan`: a year after a possessive before a word of report or
            // period; before people, places or things it counts them (`the
            // town's 1987 volunteers`), as a round `the city's 2000
            // officers` may.
            let lead = &text[..before];
            let possessed = (lead.ends_with("'s") || lead.ends_with("\u{2019}s"))
                && value % 100 != 0
                && noun_after(&self.around, head_end).is_some_and(names_report);
            return prev_is(YEAR_BEFORE)
                || possessed
                || !counted
                || self.dates_its_noun(before, prev, head_end, value);
        }
        // A plural after the number counts it (`received 120 calls`, `the
        // 120 officers`), while a singular service word names the line (`the
        // 110 alarm`); `the 110 and 12345 hotlines` names two lines, and
        // `via 110 orders` the dispatches of the line dialled.
        let dialled = [
            "call", "called", "calling", "dial", "dialed", "dialing", "dialled", "dialling", "via",
        ]
        .iter()
        .any(|w| prev.eq_ignore_ascii_case(w));
        let counts_plural = || {
            !dialled
                && next.starts_with(|c: char| c.is_ascii_lowercase())
                && is_regular_plural(next)
                && ![
                    "hotlines",
                    "platforms",
                    "centres",
                    "centers",
                    "numbers",
                    "services",
                    "lines",
                ]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w))
        };
        // `dispatched 120 police vehicles` counts vehicles; `the 110 police
        // hotline` is a number to call.
        let police_count = || {
            next.eq_ignore_ascii_case("police")
                && noun_after(&self.around, head_end)
                    .is_some_and(|noun| noun.split(' ').skip(1).any(is_regular_plural))
        };
        // `Cases solved: 120;`, `the total reached 110.`: a label or a verb
        // of amount before a number that ends its clause makes it a count.
        let labelled = || {
            text[..before].ends_with([':', '：'])
                || [
                    "reached",
                    "totaled",
                    "totaling",
                    "totalled",
                    "totalling",
                    "numbered",
                ]
                .iter()
                .any(|w| prev.eq_ignore_ascii_case(w))
        };
        // (`suspects arrested 119,`, `cases solved 120;`: nobody arrests
        // or solves a line, so after a verb of enforcement it is a count.)
        let enforced = || {
            [
                "arrested",
                "busted",
                "captured",
                "caught",
                "cracked",
                "destroyed",
                "detained",
                "dissuaded",
                "filed",
                "punished",
                "rescued",
                "seized",
                "solved",
            ]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w))
        };
        let amount_before = || {
            labelled() || enforced() || ["of", "by"].iter().any(|w| prev.eq_ignore_ascii_case(w))
        };
        // `the total was 122.`, `stood at 120.`, `rose to 110.`: a level
        // verb before the number makes it the size of what the clause is
        // about. The subject of a bare copula must not be the line itself
        // (`the alarm number is 110.`), and `to` or `at` count only after a
        // verb of level (`reported to 110` is the line).
        let level = || {
            let b = skip_spaces_back(text, before - prev.len(), 2);
            let word2 = ascii_word_before(text, b);
            let copula = [
                "was", "were", "is", "are", "stood", "stands", "remained", "remains",
            ];
            let is = |list: &[&str], w: &str| list.iter().any(|x| w.eq_ignore_ascii_case(x));
            if is(&copula, prev) {
                return next_len == 0
                    && !self
                        .around
                        .is_whole(b - word2.len(), word2.len(), HOTLINE_CONTEXT);
            }
            ["at", "to"].iter().any(|w| prev.eq_ignore_ascii_case(w))
                && (is(&copula, word2) || is(&LEVEL_VERBS, word2))
        };
        // `call 110 or 96110`: a hotline joined to another.
        // (Or to the phrase after one: `on 12316, or 12369 for pollution,
        // and 110 in an emergency`: a service number of five digits; not
        // before a plural it counts: `called 12345, and 110 auxiliary
        // officers came`.)
        let joined = || {
            ["or", "and"].iter().any(|w| prev.eq_ignore_ascii_case(w)) && {
                let b = skip_spaces_back(text, before - prev.len(), 2);
                let digits = text[..b]
                    .bytes()
                    .rev()
                    .take_while(u8::is_ascii_digit)
                    .count();
                text[b - digits..b]
                    .parse::<u64>()
                    .is_ok_and(|v| HOTLINES.contains(&v))
                    || (line_before(text, b)
                        && !noun_after(&self.around, head_end).is_some_and(names_plural))
            }
        };
        // `the city's 110 received`: a place's service takes a verb; a
        // place's count takes a plural (`the city's 110 suspects`).
        let possessed = || {
            before < start
                && (text[..before].ends_with("'s") || text[..before].ends_with("\u{2019}s"))
                && !(n > head_end && is_regular_plural(next))
        };
        // `inspected hotels and bars 120, 45 and 60 respectively`: the
        // first of a run of counts; a comma and a number that is no line
        // follow (`110, 120 and 119` stay lines).
        let counts_listed = || {
            let Some(rest) = text[head_end..].strip_prefix(',') else {
                return false;
            };
            let rest = rest.trim_start_matches(' ');
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0
                && rest[..digits]
                    .parse::<u64>()
                    .is_ok_and(|v| !HOTLINES.contains(&v))
        };
        // `Summary of 96110 early-warning work`, `after 96110 calls`, `the
        // bureau's 96110 seats`: a service number of five digits or more,
        // with no digit group, names its line whatever words stand around
        // it (a count that large is written `96,110`), unless a label, a
        // verb of amount or level, or a run of counts puts it in a count's
        // place.
        if d.int_digits >= 5 {
            return core.max.is_none() && !level() && !labelled() && !counts_listed();
        }
        // `gambling-related 110 calls`, `the number of 110 calls`: calls
        // of a kind, or their number, are calls to the line, not a count
        // of 110 (`received 110 calls` stays one).
        let line_calls = || {
            let kind =
                prev.eq_ignore_ascii_case("related") && text[..before - prev.len()].ends_with('-');
            let number_of = prev.eq_ignore_ascii_case("of") && {
                let b = skip_spaces_back(text, before - prev.len(), 2);
                ascii_word_before(text, b).eq_ignore_ascii_case("number")
            };
            ["calls", "alarms"]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w))
                && (kind || number_of)
        };
        if HOTLINES.contains(&value) && core.max.is_none() && line_calls() {
            return true;
        }
        HOTLINES.contains(&value)
            && core.max.is_none()
            && !level()
            && !counts_plural()
            && (prev_is(HOTLINE_CONTEXT)
                || next_is(HOTLINE_CONTEXT)
                || joined()
                || possessed()
                || (next_len == 0 && !amount_before() && !counts_listed()))
            && !police_count()
    }
}

/// Whether a word of `noun` counts things or people: a plural
/// (`auxiliary officers`, `people`), hyphened parts read apart.
pub(super) fn names_plural(noun: &str) -> bool {
    noun.split([' ', '-'])
        .any(|w| is_regular_plural(w) || UNMARKED_PLURALS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Words of a report, a period or a yearly drive that a year before
/// them dates.
const REPORT_WORDS: [&str; 21] = [
    "budget",
    "campaign",
    "campaigns",
    "data",
    "figures",
    "goals",
    "half",
    "plan",
    "plans",
    "priorities",
    "quarter",
    "report",
    "reports",
    "results",
    "review",
    "statistics",
    "stats",
    "summary",
    "targets",
    "work",
    "year",
];

/// Whether a word of `noun` names a report or a period (`annual
/// statistics`, `first-half review`), hyphened parts read apart.
fn names_report(noun: &str) -> bool {
    noun.split([' ', '-'])
        .any(|w| REPORT_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// Whether a service number of five digits or more (`12369`) stands in
/// the [`LINE_REACH`] bytes before `end`, in the same sentence: the line a
/// later hotline is joined to.
fn line_before(text: &str, end: usize) -> bool {
    let open = run_start(text, 0, end, LINE_REACH, &STOPS);
    text[open..end]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() >= 5)
        .any(|d| d.parse::<u64>().is_ok_and(|v| HOTLINES.contains(&v)))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::quantity::tests::p;

    #[test]
    fn a_year_compared_with_after_over_or_than() {
        assert_snapshot!(p("Drink-driving cases saw a 7% rise over 2023, higher than 2022."), @"7% = 7 percent Exact");
        // A noun after it, or a round number, may still be a count.
        assert_snapshot!(p("over 2023 people came, and over 2000 attended."), @"
        over 2023 = 2023 MoreThan (people)
        over 2000 = 2000 MoreThan (attended)
        ");
    }

    #[test]
    fn a_year_after_a_possessive_modifies_its_noun() {
        assert_snapshot!(p("The council published Linfen's 2022 first-half safety review and the county’s 2021 work summary."), @"(none)");
        assert_snapshot!(p("Reporters read the prefecture's 2019 annual statistics."), @"(none)");
        // A round number after a possessive may count.
        assert_snapshot!(p("The county's 2000 auxiliary officers took part."), @"2000 = 2000 Exact (auxiliary officers)");
    }

    #[test]
    fn a_year_like_count_after_a_possessive_counts_its_noun() {
        assert_snapshot!(p("The township's 1987 volunteer guards all joined the patrol."), @"1987 = 1987 Exact (volunteer guards)");
        assert_snapshot!(p("Inspectors checked the county's 1993 stalls selling firecrackers."), @"1993 = 1993 Exact (stalls selling firecrackers)");
    }

    #[test]
    fn a_service_number_that_counts() {
        // `by` of a change: the number is the size of the change.
        assert_snapshot!(p("Burglaries went down by 119."), @"119 = 119 Exact");
        // A plural after the number counts what it names.
        assert_snapshot!(p("The centre took 122 calls and 110 reports that night."), @"
        122 = 122 Exact (calls)
        110 = 110 Exact (reports)
        ");
        assert_snapshot!(p("All of the 120 officers joined; the 110 and 12345 hotlines stayed open."), @"120 = 120 Exact (officers joined)");
        // After a verb of enforcement that ends its label.
        assert_snapshot!(p("Fraud data: suspects arrested 119, cases solved 120."), @"
        119 = 119 Exact
        120 = 120 Exact
        ");
        // Still a hotline: after a dialling verb, before a singular service word.
        assert_snapshot!(p("Residents dialled 122 and the 110 alarm platform answered."), @"(none)");
        assert_snapshot!(p("Units answered via 110 dispatches."), @"(none)");
        assert_snapshot!(p("A passer-by got a 120 ambulance there."), @"(none)");
        // Calls of a kind, or their number, are calls to the line.
        assert_snapshot!(p("Gambling-related 110 calls fell by 38%; the number of 110 calls fell."), @"38% = 38 percent Exact");
        assert_snapshot!(p("The centre received 110 calls."), @"110 = 110 Exact (calls)");
        // A name word hyphened to a measure counts trips (台次).
        assert_snapshot!(p("Police car 380 platform-times"), @"380 = 380 Exact (platform-times)");
    }

    #[test]
    fn a_long_service_number_names_its_line() {
        // Five digits and no digit group: the line, whatever words stand
        // around it.
        assert_snapshot!(p("Summary of 96110 early-warning work: 12,560 warning calls were placed."), @"12,560 = 12560 Exact (warning calls)");
        assert_snapshot!(p("Stopped after 96110 calls: 230; the bureau's 12345 seats took 800 calls."), @"
        230 = 230 Exact
        800 = 800 Exact (calls)
        ");
        // A label or a level verb still makes it a count; a digit group too.
        assert_snapshot!(p("Calls answered: 12345. Calls reached 96110; 96,110 calls."), @"
        12345 = 12345 Exact
        96110 = 96110 Exact
        96,110 = 96110 Exact (calls)
        ");
    }

    #[test]
    fn a_hotline_joined_to_the_phrase_after_a_line() {
        // `and 110` after a five-digit line and what it is for.
        assert_snapshot!(p("Call 12110 to report smuggling, or 12369 for pollution, and 110 in an emergency."), @"(none)");
        assert_snapshot!(p("Tip-offs go to the fisheries office on 12316 and 110 for emergencies."), @"(none)");
        assert_snapshot!(p("Report smuggling on 12360 or 110."), @"(none)");
        // Not before a noun it counts: the number of those who came.
        assert_snapshot!(p("After a caller rang 12345 about the blaze, firemen and 110 auxiliary officers rushed to the scene."), @"110 = 110 Exact (auxiliary officers)");
        assert_snapshot!(p("The 12345 line passed on the case, and 110 people joined the search."), @"110 = 110 Exact (people joined)");
        // Not past a stop, nor without a line before.
        assert_snapshot!(p("Dial 12345. And 110 officers were on duty; and 120 more."), @"
        110 = 110 Exact (officers)
        120 = 120 Exact
        ");
    }

    #[test]
    fn a_service_number_as_a_level() {
        // A copula or a verb of level before a number that ends its clause.
        assert_snapshot!(p("The total was 122. Arrests stood at 120; thefts fell to 110."), @"
        122 = 122 Exact
        120 = 120 Exact
        110 = 110 Exact
        ");
        // Still the line: its own subject, or `to` after a verb of calling.
        assert_snapshot!(p("The alarm number is 110. Residents reported it to 110."), @"(none)");
    }

    #[test]
    fn a_service_number_first_in_a_run_of_counts() {
        assert_snapshot!(p("Teams checked hotels, bars and saunas 110, 45 and 23 respectively."), @"
        110 = 110 Exact
        45 = 45 Exact
        23 = 23 Exact
        ");
        // Still lines: a line before another, or before a new clause.
        assert_snapshot!(p("In danger, residents may dial 110, 119."), @"(none)");
        assert_snapshot!(p("If in danger, call 110, then wait."), @"(none)");
    }
}
