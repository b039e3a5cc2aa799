//! Dates, times, codes and list numbers: the context that makes a number
//! an identifier or a day, not a figure.

use super::pairs;
use super::phone::{chain_start, masked_number, may_join_digits, phone_number};
use super::{noun_after, skip_spaces, skip_spaces_back, token_len, Around};
use crate::quantity::figure::Core;
use crate::quantity::number;
use crate::quantity::scan::Scanner;
use crate::quantity::{unit, Decimal, Unit};
use crate::text::lexicon::{IDENTIFIER_BEFORE, MONTHS, NAME_AFTER, TITLE_AFTER};
use crate::text::{ascii_word_before, ascii_word_len, char_at, digit_value};

mod translated;

/// Whether a number after a place word that names places by number
/// (`platform 4`, `gate 12`, `terminal 2`, `berth 7`, `pier 3`) counts
/// something after all: a grouped or longer number (`the anti-fraud
/// platform 3,200 warnings`), or one a word follows past a space (`the
/// airport terminal 45 officers`), other than `and` / `or` of a list of
/// places, or another number of its row (`North gate 287 693`).
fn counts_past_place(text: &str, word: &str, start: usize) -> bool {
    const PLACES: [&str; 5] = ["berth", "gate", "pier", "platform", "terminal"];
    if !PLACES.iter().any(|p| word.eq_ignore_ascii_case(p)) {
        return false;
    }
    let b = &text.as_bytes()[start..];
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let grouped = b.get(digits) == Some(&b',') && b.get(digits + 1).is_some_and(u8::is_ascii_digit);
    if digits > 3 || grouped {
        return true;
    }
    let rest = &text[start + digits..];
    let spaced = rest.trim_start_matches(' ');
    let next = &spaced[..ascii_word_len(spaced)];
    let row = spaced.starts_with(|c: char| c.is_ascii_digit());
    spaced.len() < rest.len()
        && (row
            || !next.is_empty()
                && !next.eq_ignore_ascii_case("and")
                && !next.eq_ignore_ascii_case("or"))
}

/// `arrested35 suspects`, `seized300 grams`: a space lost between a
/// lowercase past participle (four letters or more, ending in `ed`) and
/// the plain digits after it, which a space and a lowercase word follow.
/// A code has capitals or no `-ed` (`G20`, `covid19`, `mp3 files`).
fn glued_verb(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let letters = b[..start]
        .iter()
        .rev()
        .take(20)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let word = &b[start - letters..start];
    let digits = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    let after = &b[start + digits..];
    (4..20).contains(&letters)
        && word.ends_with(b"ed")
        && word.iter().all(u8::is_ascii_lowercase)
        && (start == letters || !b[start - letters - 1].is_ascii_alphanumeric())
        && after.first() == Some(&b' ')
        && after.get(1).is_some_and(u8::is_ascii_lowercase)
}

/// The longest month name of [`MONTHS`] (`September`), in letters.
const MAX_MONTH: usize = 9;

impl Scanner<'_, '_> {
    /// Context before `start` that makes the number a date, code or identifier.
    pub(crate) fn is_identifier_or_date(&mut self, start: usize) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        // Every char looked for right before the number is ASCII: a byte
        // that is not (the end of a wider char) is read as none of them,
        // with no char decoded.
        let ascii_before = |i: usize| {
            i.checked_sub(1)
                .map(|j| bytes[j])
                .filter(u8::is_ascii)
                .map(char::from)
        };
        match ascii_before(start) {
            // G20, COVID19; but not a verb glued to its count.
            Some(c)
                if c.is_ascii_alphabetic()
                    && char_at(text, start).is_some_and(|f| digit_value(f).is_some())
                    && !glued_verb(text, start) =>
            {
                return true
            }
            // `%2020`: percent-encoding in a URL; `wx_8812`: a user name.
            Some('%' | '_') => return true,
            Some(c @ ('-' | '/' | '.' | ':' | '#' | '+')) => {
                let b = start - 1;
                match ascii_before(b) {
                    // `148/97`, `36 cases/52 people`: the second of a pair
                    // of counts.
                    Some(p) if c == '/' && p.is_ascii_digit() && pairs::pair_before(text, b) => {}
                    Some(p) if c == '/' && p.is_ascii_alphabetic() && pairs::noun_pair(text, b) => {
                    }
                    // `results.2,937 tons` is a glued sentence, not a code.
                    Some(p) if p.is_ascii_alphabetic() && c == '.' => {}
                    // COVID-19, grade-one, 2024-08, 10:30
                    Some(p) if p.is_ascii_alphanumeric() => return true,
                    // `+5%`: a sign before a percent, not a phone prefix.
                    _ if c == '+' && percent_follows(&text[start..]) => {}
                    _ if c == '#' || c == '+' => return true,
                    _ => {}
                }
            }
            _ => {}
        }
        if is_enumerator(text, start) {
            return true;
        }
        let before = skip_spaces_back(text, start, 3);
        if let Some((_, from)) = self.around.suffix(before, IDENTIFIER_BEFORE) {
            let word = &text[from..before];
            if !counts_past_place(text, word, start)
                && !super::named::counts_calls(text, word, start)
            {
                return true;
            }
        }
        if super::periods::is_week_number(text, start, before) {
            return true;
        }
        // `July 2`, `Sept. 30`, `Oct 10`: a day of the month.
        let b = if text[..before].ends_with('.') {
            before - 1
        } else {
            before
        };
        let separated = before > b || before < start;
        // A month is at most [`MAX_MONTH`] letters: the look back stops
        // one letter past that (`arrested` is read whole, `investigations`
        // is not, and is no month either way).
        let run = || {
            bytes[..b]
                .iter()
                .rev()
                .take(MAX_MONTH + 1)
                .take_while(|c| c.is_ascii_alphabetic())
                .count()
        };
        if separated
            && bytes[..b].last().is_some_and(u8::is_ascii_alphabetic)
            && Some(run()).is_some_and(|n| {
                n <= MAX_MONTH
                    && bytes[b - n].is_ascii_uppercase()
                    && self.around.is_whole(b - n, n, MONTHS)
            })
        {
            self.last_date_end = Some(start + token_len(&text[start..]));
            return true;
        }
        // `On November 2022, 11, the bureau ...`: machine translation sets
        // the day after the month and its year, between commas.
        if self.day_after_month_year(start) {
            return true;
        }
        // `from March 3rd this year to 9`: the other end of a date range.
        if let Some(d) = self
            .last_date_end
            .filter(|&d| d <= start && start - d <= 24)
        {
            let between = text[d..start].trim_end();
            let ends_to = ["to", "-", "–", "and", "through", "till"]
                .iter()
                .any(|w| between.ends_with(w));
            let parsed = number::digits(&text[start..]).ok();
            let digits = parsed.map(|(_, d)| d);
            let small = digits.is_some_and(|d| d.value.is_some_and(|v| v <= Decimal::from_u64(31)));
            // `March 30, 2019 police ...`: a year right after the day is
            // the date's own year, whatever word follows it.
            let year = digits.is_some_and(|d| {
                d.plain
                    && d.int_digits == 4
                    && d.value
                        .and_then(Decimal::as_u64)
                        .is_some_and(|v| (1900..=2099).contains(&v))
            });
            if year
                && d < start
                && start - d <= 3
                && text[d..start].bytes().all(|b| b == b',' || b == b' ')
            {
                self.last_date_end = Some(start + token_len(&text[start..]));
                return true;
            }
            // `on 5 May and 2 more on May 6`, `May 5 and 6 suspects`: a
            // number that counts something is no day.
            let counts = || {
                parsed.is_some_and(|(rest, _)| {
                    let end = text.len() - rest.len();
                    noun_after(&self.around, end).is_some() || counted_word_after(text, end)
                })
            };
            if ends_to && small && !between.contains(['.', ';']) && !counts() {
                self.last_date_end = Some(start + token_len(&text[start..]));
                return true;
            }
        }
        false
    }

    /// Context right after the number that makes it a date, code, ordinal,
    /// time, age or name. Returns where to resume.
    pub(crate) fn distractor_after(
        &mut self,
        start: usize,
        head_end: usize,
        core: &Core<'_>,
    ) -> Option<usize> {
        let text = self.text;
        let digits = core.amount.digits;
        if digits.is_some_and(|d| d.dotted) {
            return Some(head_end);
        }
        if core.currency.is_none() {
            if let Some(end) = masked_number(text, start, head_end) {
                return Some(end);
            }
        }
        if core.currency.is_none() && may_join_digits(text.as_bytes(), start, head_end) {
            if let Some(end) = phone_number(text, chain_start(text, start)).filter(|&e| e > start) {
                return Some(end);
            }
        }
        let plain_head = core.unit.is_none()
            && core.max.is_none()
            && core.qualifier.is_none()
            && core.counter.is_none()
            && core.currency.is_none();
        let after = &text[head_end..];
        let next = after.chars().next();
        if digits.is_some() && plain_head {
            // 2024-08-14, 2017/8/14, 08:37:33, 8123-4567: dates, times, phones.
            if let Some('-' | '/' | ':' | '.' | '：') = next {
                if next == Some('/') && pairs::count_pair(text, start) {
                    // `cases solved/suspects arrested: 148/97`: two counts.
                } else if after[next.map_or(1, char::len_utf8)..]
                    .starts_with(|c: char| c.is_ascii_digit())
                {
                    let run = after
                        .bytes()
                        .take_while(|b| b.is_ascii_digit() || b"-/:.".contains(b))
                        .count();
                    self.last_date_end = Some(head_end + run);
                    return Some(head_end + run);
                }
            }
            // 4th, 21st, 1990s, 5G: ordinals, decades, codes.
            let letters = ascii_word_len(after);
            if letters > 0 {
                let suffix = &after[..letters];
                let ordinal = ["st", "nd", "rd", "th", "s"]
                    .iter()
                    .any(|o| suffix.eq_ignore_ascii_case(o));
                // `the 1st quarter and 9`: an ordinal that a noun follows
                // ranks that noun; only a day (`March 3rd this year`) opens
                // a date range whose other end is a bare number.
                if ordinal
                    && digit_value(text[start..].chars().next().unwrap_or(' ')).is_some()
                    && noun_after(&self.around, head_end + letters).is_none()
                {
                    self.last_date_end = Some(head_end + letters);
                }
                return Some(head_end + letters);
            }
            // 2021年, 5期, 09月04日
            if let Some(c) = next.filter(|c| {
                matches!(
                    c,
                    '年' | '月' | '日' | '号' | '期' | '时' | '点' | '分' | '秒'
                )
            }) {
                return Some(head_end + c.len_utf8());
            }
        }
        if plain_head {
            let n = skip_spaces(text, head_end, 2);
            // (`380 platform-times`: a name word hyphened to `times` is
            // machine translation's count of vehicle trips, 台次.)
            let name = core.next.may_start(n, NAME_AFTER.class());
            if let Some((_, len)) = name
                .then(|| self.around.prefix(n, NAME_AFTER))
                .flatten()
                .filter(|&(_, len)| !text[n + len..].starts_with("-times"))
            {
                return Some(n + len);
            }
            // `6.26 International Anti-Drug Day`, `the 11.11 fraud case`: a
            // month and day named as the day or case they stand for.
            let month_day = month_day(&text[start..head_end]);
            if month_day && n > head_end && names_a_day_or_case(&text[n..]) {
                return Some(head_end);
            }
            // `On 6.12, police ...`: a month and day after `on` that counts
            // nothing is a date (`on 3.5 days` counts).
            if month_day
                && ascii_word_before(text, skip_spaces_back(text, start, 1))
                    .eq_ignore_ascii_case("on")
                && noun_after(&self.around, head_end).is_none()
            {
                self.last_date_end = Some(head_end);
                return Some(head_end);
            }
            // `the 618 shopping festival`, `the 122 Traffic Safety Day`.
            if n > head_end {
                if let Some(end) = names_an_event(&text[n..]) {
                    return Some(n + end);
                }
            }
            // A title is capitalized and set off by a space: asked first.
            if n > head_end && text.as_bytes().get(n).is_some_and(u8::is_ascii_uppercase) {
                if let Some((_, len)) = self.around.prefix(n, TITLE_AFTER) {
                    return Some(n + len);
                }
            }
            // `15 January`: a date written day first (a capital after a
            // space, asked before the word is measured).
            if n > head_end && text.as_bytes().get(n).is_some_and(u8::is_ascii_uppercase) {
                let w = ascii_word_len(&text[n..]);
                if self.around.is_whole(n, w, MONTHS) {
                    self.last_date_end = Some(n + w);
                    return Some(n + w);
                }
            }
        }
        // `1 to October this year` (1至10月): a month's number, then `to`
        // and the month the span ends in.
        if plain_head && digits.is_some() {
            if let Some(end) = self.month_before_to(head_end, core) {
                return Some(end);
            }
        }
        // `8 to 10 p.m.`, `between 8 and 10 pm`: a span of clock hours.
        if core.max.is_some()
            && core.unit.is_none()
            && core.currency.is_none()
            && core.counter.is_none()
        {
            let end = text.len() - core.rest.len();
            let n = skip_spaces(text, end, 2);
            if let Some((_, len)) = self.around.prefix(n, NAME_AFTER) {
                return Some(n + len);
            }
            // `from 1 to 15 June`: a span of days, written day first.
            let days = |d: Option<Decimal>| d.is_some_and(|v| v <= Decimal::from_u64(31));
            if n > end
                && days(core.amount.value)
                && days(core.max.flatten())
                && text.as_bytes().get(n).is_some_and(u8::is_ascii_uppercase)
            {
                let w = ascii_word_len(&text[n..]);
                if self.around.is_whole(n, w, MONTHS) {
                    self.last_date_end = Some(n + w);
                    return Some(n + w);
                }
            }
        }
        // (618-907): a span of years in parentheses.
        if core.max.is_some()
            && core.unit.is_none()
            && text[..start].ends_with('(')
            && core.rest.starts_with(')')
        {
            return Some(text.len() - core.rest.len());
        }
        None
    }
}

/// `2 more`, `3 others`: a word after a number that counts, with no noun.
fn counted_word_after(text: &str, end: usize) -> bool {
    let i = skip_spaces(text, end, 2);
    if i == end {
        return false;
    }
    let word = &text[i..i + ascii_word_len(&text[i..])];
    ["more", "others", "people"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// `**2. Henan`, `(3) the ...`, `1、`: a list number at the start of a line.
///
/// Only the few bytes before the number are read (a list marker's lead is
/// short), so the check costs the same on a text with no line breaks.
pub(super) fn is_enumerator(text: &str, start: usize) -> bool {
    // The marker after the number first: most numbers have none.
    // (Three digits are already too many: the run is not read past them.)
    let len = text[start..]
        .bytes()
        .take(3)
        .take_while(u8::is_ascii_digit)
        .count();
    if len == 0 || len > 2 {
        return false;
    }
    let rest = &text[start + len..];
    let mut chars = rest.chars();
    let marked = match chars.next() {
        Some('.' | ')' | '）') => chars.next().map_or(true, |c| c.is_whitespace()),
        Some('、') => true,
        _ => false,
    };
    if !marked {
        return false;
    }
    let mut floor = start.saturating_sub(8);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let line_start = match text[floor..start].rfind('\n') {
        Some(i) => floor + i + 1,
        None if floor == 0 => 0,
        None => return opens_sentence_as_marker(text, start, rest),
    };
    let lead = &text[line_start..start];
    lead.chars()
        .all(|c| c.is_whitespace() || matches!(c, '*' | '#' | '(' | '（'))
}

/// `... patrols. 2. Crack down on ...`, `... suspects. (2) Police ...`: a
/// list number inside a line, right after a sentence's end and before a
/// capital (`rest` is the text after its digits).
fn opens_sentence_as_marker(text: &str, start: usize, rest: &str) -> bool {
    let lead = text[..start].trim_end_matches([' ', '\t', '(', '（']);
    let after_end = lead.ends_with(['.', '。', ';', '；', '!', '?']);
    let capital_after = rest
        .trim_start_matches(['.', ')', '）'])
        .trim_start()
        .starts_with(|c: char| c.is_ascii_uppercase());
    after_end && capital_after && (lead.len() < text[..start].len())
}

/// Whether `head` is written as a month and a day: `6.26`, `12.2`, `11.11`.
fn month_day(head: &str) -> bool {
    // Read from the bytes: asked of every figure's head, which is seldom
    // one (a `str` split and parse cost more than the answer).
    let b = head.as_bytes();
    let Some(dot) = b.iter().position(|&c| c == b'.') else {
        return false;
    };
    let small = |s: &[u8], max: u8| {
        let value = match *s {
            [d] if d.is_ascii_digit() => d - b'0',
            [t @ b'1'..=b'9', u] if u.is_ascii_digit() => (t - b'0') * 10 + (u - b'0'),
            _ => return false,
        };
        (1..=max).contains(&value)
    };
    small(&b[..dot], 12) && small(&b[dot + 1..], 31)
}

/// Whether `rest` goes on as the name of a day or a case: a capitalized
/// name (`International Anti-Drug Day`), or a few lowercase words that end
/// in `case` (`telecom fraud case`).
fn names_a_day_or_case(rest: &str) -> bool {
    if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return true;
    }
    rest.split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .take(4)
        .take_while(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .any(|w| w == "case" || w == "incident")
}

/// The words that end an event's name after its number.
const EVENT_WORDS: [&str; 3] = ["Day", "Festival", "festival"];

/// The most words between an event's number and its [`EVENT_WORDS`].
const MAX_EVENT_WORDS: usize = 3;

/// Whether `rest`, the text after a number and a space, names the event
/// the number stands for (`shopping festival`, `Traffic Safety Day`,
/// `Festival`): at most one lowercase word or [`MAX_EVENT_WORDS`]
/// capitalized ones, then an event word that no plural follows (`300
/// festival volunteers` counts). Returns the end of the event word.
fn names_an_event(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let mut at = 0;
    for i in 0..=MAX_EVENT_WORDS {
        let len = ascii_word_len(&rest[at..]);
        let word = &rest[at..at + len];
        if len == 0 {
            return None;
        }
        if EVENT_WORDS.contains(&word) {
            let next = skip_spaces(rest, at + len, 1);
            let plural = next > at + len && {
                let w = ascii_word_len(&rest[next..]);
                w > 2 && rest[next..next + w].ends_with('s')
            };
            return (!plural).then_some(at + len);
        }
        // Words of a name: capitalized (not a plural), or one lowercase one.
        let lower = b[at].is_ascii_lowercase();
        if (lower && i > 0) || word.ends_with('s') || b.get(at + len) != Some(&b' ') {
            return None;
        }
        at += len + 1;
    }
    None
}

/// `on the 14,`: a day of the month in translated prose (在14日).
pub(crate) fn is_day_reference(
    a: &Around<'_, '_>,
    start: usize,
    end: usize,
    value: Decimal,
) -> bool {
    let text = a.text;
    if value > Decimal::from_u64(31) || !value.is_integer() {
        return false;
    }
    let next = text[end..].chars().next();
    if next.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let b = skip_spaces_back(text, start, 2);
    let the = ascii_word_before(text, b);
    if b == start || !the.eq_ignore_ascii_case("the") {
        return false;
    }
    let b2 = skip_spaces_back(text, b - the.len(), 2);
    let on = ascii_word_before(text, b2);
    // (The noun last: the words before turn most numbers away first.)
    b2 < b - the.len() && on.eq_ignore_ascii_case("on") && noun_after(a, end).is_none()
}

/// A percent right after the digits at the start of `s` (`5%`, `3.2 percent`).
pub(super) fn percent_follows(s: &str) -> bool {
    let Ok((rest, _)) = number::digits(s) else {
        return false;
    };
    unit::unit_after(rest).is_ok_and(|(_, (u, _))| u == Unit::Percent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_that_names_an_event_or_a_day() {
        use crate::quantity::tests::p;
        insta::assert_snapshot!(p("The 618 shopping festival and the 122 Traffic Safety Day drew 40 scams. On 6.12, police held 3."), @"
        40 = 40 Exact (scams)
        3 = 3 Exact
        ");
        // Counts stay: a plural after the event word, a decimal after `rose`.
        insta::assert_snapshot!(p("Police sent 300 festival volunteers and 20 officers on Spring Festival; thefts rose 6.12 percent on 3.5 days."), @"
        300 = 300 Exact (festival volunteers)
        20 = 20 Exact (officers)
        6.12 percent = 6.12 percent Exact
        3.5 = 3.5 Exact (days)
        ");
    }

    #[test]
    fn an_ordinal_before_a_noun_opens_no_date_range() {
        use crate::quantity::tests::p;
        insta::assert_snapshot!(p("Police logged 14 thefts in the 1st quarter and 9 in the 2nd."), @"
        14 = 14 Exact (thefts)
        9 = 9 Exact
        ");
        // A day still does: `to 9` is its other end.
        insta::assert_snapshot!(p("from May 3rd this year to 9, and from the 21st to 28"), @"(none)");
    }

    #[test]
    fn a_verb_glued_to_its_count() {
        use crate::quantity::tests::p;
        insta::assert_snapshot!(p("Officers detained12 people and seized300 grams of heroin."), @"
        12 = 12 Exact (people)
        300 grams = 0.3 kg Exact (heroin)
        ");
        // Codes stay codes: capitals, no `-ed`, no word after.
        insta::assert_snapshot!(p("G20 talks, covid19 cases, mp3 files, version2 and Seized40 items; tagged7."), @"(none)");
    }

    #[test]
    fn no_month_is_longer_than_the_look_back() {
        for (month, _) in MONTHS.iter() {
            assert!(month.len() <= MAX_MONTH, "{month:?}");
        }
    }
}
