//! Context checks around a parsed number: the distractors that are not
//! figures (dates, codes, names, ages, pronouns, years, hotlines), the
//! counted noun after a figure, and the money words before one.

pub(super) use super::around::{skip_spaces, skip_spaces_back, Around};
use super::figure::{prefix_word, Core};
use super::number::{self, amount, Script};
use super::scan::Scanner;
use super::{rules, unit, words, Decimal, Unit};
use crate::lex::{Class, Lexicon};
use crate::text::lexicon::{
    HOTLINES, HOTLINE_CONTEXT, IDENTIFIER_BEFORE, MONTHS, NAME_AFTER, NOUN_STOP, ONE_IDIOM_AFTER,
    ONE_IDIOM_BEFORE, TITLE_AFTER, YEAR_BEFORE,
};
use crate::text::{ascii_word_before, ascii_word_len, char_at, char_before, digit_value};
use crate::Span;
use words::{chinese_digit, QUALIFIER_BEFORE};

impl Scanner<'_, '_> {
    /// The peso a bulletin means: Philippine when it names the Philippines
    /// or Manila, Mexican when it names Mexico, else none (a bare `pesos`
    /// is then no known currency). One search per bulletin, at most.
    pub(super) fn peso_country(&mut self) -> Option<Unit> {
        let text = self.text;
        *self.peso.get_or_insert_with(|| {
            if ["Philippin", "Manila", "Filipino"]
                .iter()
                .any(|w| text.contains(w))
            {
                Some(Unit::Php)
            } else if text.contains("Mexic") {
                Some(Unit::Mxn)
            } else {
                None
            }
        })
    }

    /// A number that is part of a name: `Voyager 2`, `Jufeng 3`, `Model i7
    /// 860`, `a Boeing 737 jet`. The word before is capitalized (or a code
    /// with digits), and no counted noun follows, or only a singular one.
    pub(super) fn is_in_name(&self, start: usize, head_end: usize, core: &Core<'_>) -> bool {
        let text = self.text;
        let Some(d) = core.amount.digits else {
            return false;
        };
        if !d.plain
            || d.int_digits > 4
            || core.unit.is_some()
            || core.currency.is_some()
            || core.qualifier.is_some()
            || core.max.is_some()
            || core.counter.is_some()
        {
            return false;
        }
        let before = skip_spaces_back(text, start, 1);
        if before == start {
            return false;
        }
        // `i7 860`: a code with digits right before.
        if char_before(text, before).is_some_and(|c| c.is_ascii_digit()) {
            // Looks back at most 9 bytes: a model code is short.
            let code = text.as_bytes()[..before]
                .iter()
                .rev()
                .take(9)
                .take_while(|b| b.is_ascii_alphanumeric());
            let (len, letters) = code.fold((0, false), |(n, l), b| {
                (n + 1, l || b.is_ascii_alphabetic())
            });
            return letters && len <= 8;
        }
        if text[head_end..].starts_with('-') {
            return false;
        }
        let word = ascii_word_before(text, before);
        let at = before - word.len();
        let capitalized = word.len() >= 2
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.bytes().skip(1).any(|b| b.is_ascii_lowercase());
        let named = capitalized
            && !is_function_word(&self.around, at, word.len())
            && !self.around.is_whole(at, word.len(), MONTHS);
        // A noun after it counts the number, unless it is singular after a
        // number above one: `a Boeing 737 jet`, `the Apollo 11 mission`.
        named
            && match noun_after(&self.around, head_end) {
                None => true,
                Some(noun) => {
                    let more_than_one = core.amount.value.is_some_and(|v| v > Decimal::from_u64(1));
                    more_than_one && !is_plural_phrase(noun) && text[..start].ends_with(' ')
                }
            }
    }

    /// Context before `start` that makes the number a date, code or identifier.
    pub(super) fn is_identifier_or_date(&mut self, start: usize) -> bool {
        let text = self.text;
        let first = char_at(text, start).unwrap_or(' ');
        match char_before(text, start) {
            // G20, COVID19
            Some(c) if c.is_ascii_alphabetic() && digit_value(first).is_some() => return true,
            // `%2020`: percent-encoding in a URL.
            Some('%') => return true,
            Some(c @ ('-' | '/' | '.' | ':' | '#' | '+')) => {
                let b = start - c.len_utf8();
                match char_before(text, b) {
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
        if self.around.suffix(before, IDENTIFIER_BEFORE).is_some() {
            return true;
        }
        // `July 2`, `Sept. 30`, `Oct 10`: a day of the month.
        let b = if text[..before].ends_with('.') {
            before - 1
        } else {
            before
        };
        let word = ascii_word_before(text, b);
        let separated = before > b || before < start;
        if separated
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && self.around.is_whole(b - word.len(), word.len(), MONTHS)
        {
            self.last_date_end = Some(start + token_len(&text[start..]));
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
            let digits = number::digits(&text[start..]).ok().map(|(_, d)| d);
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
            if ends_to && small && !between.contains(['.', ';']) {
                self.last_date_end = Some(start + token_len(&text[start..]));
                return true;
            }
        }
        false
    }

    /// Context right after the number that makes it a date, code, ordinal,
    /// time, age or name. Returns where to resume.
    pub(super) fn distractor_after(
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
                if after[next.map_or(1, char::len_utf8)..].starts_with(|c: char| c.is_ascii_digit())
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
                if ordinal && digit_value(text[start..].chars().next().unwrap_or(' ')).is_some() {
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
            if let Some((_, len)) = self.around.prefix(n, NAME_AFTER) {
                return Some(n + len);
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

    /// `one of`, `no one`, `one-stop`: the word one as a pronoun or idiom.
    pub(super) fn is_idiom(&self, start: usize, head_end: usize, core: &Core<'_>) -> bool {
        let text = self.text;
        if core.amount.script != Script::Words
            || core.amount.scaled
            || core.unit.is_some()
            || core.currency.is_some()
        {
            return false;
        }
        // `zero tolerance`, `zero-sum`: an idiom, not a count of none.
        if core.amount.value == Some(Decimal::ZERO) {
            return rules::zero_idiom(&text[head_end..]).is_ok();
        }
        if core.amount.value != Some(Decimal::from_u64(1)) {
            return false;
        }
        let n = skip_spaces(text, head_end, 2);
        if n > head_end && self.around.prefix(n, ONE_IDIOM_AFTER).is_some() {
            return true;
        }
        // `rose to one.`, `just one,`: after these words `one` is a count.
        let b = skip_spaces_back(text, start, 2);
        let prev = ascii_word_before(text, b);
        let counted = b < start
            && [
                "to", "by", "from", "than", "just", "only", "of", "least", "most",
            ]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w));
        if !counted && rules::one_is_pronoun(&text[head_end..]) {
            return true;
        }
        let b = skip_spaces_back(text, start, 2);
        let prev = ascii_word_before(text, b);
        b < start
            && self
                .around
                .is_whole(b - prev.len(), prev.len(), ONE_IDIOM_BEFORE)
    }

    /// A bare four-digit year (`in 2020`, `2015 January`), or a hotline
    /// number standing alone (`the 110 hotline`).
    pub(super) fn is_year_or_hotline(
        &self,
        start: usize,
        head_end: usize,
        core: &Core<'_>,
        qualified: bool,
    ) -> bool {
        let text = self.text;
        let Some(d) = core.amount.digits else {
            return false;
        };
        let value = core.amount.value.and_then(Decimal::as_u64).unwrap_or(0);
        // Only a four-digit year or a hotline number needs the words around.
        let year = d.plain && d.int_digits == 4 && (1900..=2099).contains(&value);
        if !year && !HOTLINES.contains(&value) {
            return false;
        }
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
            if in_name {
                return true;
            }
            return prev_is(YEAR_BEFORE) || !counted;
        }
        // `dispatched 120 police vehicles` counts vehicles; `the 110 police
        // hotline` is a number to call.
        let police_count = || {
            next.eq_ignore_ascii_case("police")
                && noun_after(&self.around, head_end)
                    .is_some_and(|noun| noun.split(' ').skip(1).any(is_regular_plural))
        };
        // `Cases solved: 120;`, `the total reached 110.`: a label or a verb
        // of amount before a number that ends its clause makes it a count.
        let amount_before = || {
            text[..before].ends_with([':', '：'])
                || [
                    "reached",
                    "totaled",
                    "totaling",
                    "totalled",
                    "totalling",
                    "numbered",
                    "of",
                ]
                .iter()
                .any(|w| prev.eq_ignore_ascii_case(w))
        };
        // `call 110 or 96110`: a hotline joined to another.
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
            }
        };
        HOTLINES.contains(&value)
            && core.max.is_none()
            && (prev_is(HOTLINE_CONTEXT)
                || next_is(HOTLINE_CONTEXT)
                || joined()
                || (next_len == 0 && !amount_before()))
            && !police_count()
    }
}

/// `**2. Henan`, `(3) the ...`, `1、`: a list number at the start of a line.
///
/// Only the few bytes before the number are read (a list marker's lead is
/// short), so the check costs the same on a text with no line breaks.
pub(super) fn is_enumerator(text: &str, start: usize) -> bool {
    // The marker after the number first: most numbers have none.
    let len = text[start..].bytes().take_while(u8::is_ascii_digit).count();
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
        None => return false,
    };
    let lead = &text[line_start..start];
    lead.chars()
        .all(|c| c.is_whitespace() || matches!(c, '*' | '#' | '(' | '（'))
}

/// `on the 14,`: a day of the month in translated prose (在14日).
pub(super) fn is_day_reference(
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
    if next.is_some_and(|c| c.is_ascii_alphanumeric()) || noun_after(a, end).is_some() {
        return false;
    }
    let b = skip_spaces_back(text, start, 2);
    let the = ascii_word_before(text, b);
    if b == start || !the.eq_ignore_ascii_case("the") {
        return false;
    }
    let b2 = skip_spaces_back(text, b - the.len(), 2);
    let on = ascii_word_before(text, b2);
    b2 < b - the.len() && on.eq_ignore_ascii_case("on")
}

/// A percent right after the digits at the start of `s` (`5%`, `3.2 percent`).
pub(super) fn percent_follows(s: &str) -> bool {
    let Ok((rest, _)) = number::digits(s) else {
        return false;
    };
    unit::unit_after(rest).is_ok_and(|(_, (u, _))| u == Unit::Percent)
}

/// `surnamed Zhang, 21, was`: a small number set off by commas right after
/// a name is the person's age.
pub(super) fn is_age_apposition(
    a: &Around<'_, '_>,
    start: usize,
    head_end: usize,
    core: &Core<'_>,
) -> bool {
    let text = a.text;
    let small = core
        .amount
        .digits
        .is_some_and(|d| d.plain && d.int_digits <= 3)
        && core
            .amount
            .value
            .is_some_and(|v| v <= Decimal::from_u64(120));
    if !small || core.qualifier.is_some() || core.currency.is_some() {
        return false;
    }
    let b = skip_spaces_back(text, start, 1);
    // `Wang, 37,` or `Li Ming (45)`.
    let bracket = text[..b].ends_with('(');
    if !(text[..b].ends_with(',') || bracket) {
        return false;
    }
    let name_end = skip_spaces_back(text, b - 1, 1);
    let name = ascii_word_before(text, name_end);
    let after = &text[head_end..];
    let closes = if bracket {
        after.starts_with(')')
    } else {
        after.starts_with([',', ')', ';'])
            || (after.starts_with('.')
                && after[1..].chars().next().map_or(true, char::is_whitespace))
    };
    // `the suspect, 35,`, `his wife, 32,`: a person named by a noun.
    let person = PERSON_NOUNS.contains(&name);
    closes
        && (person
            || (name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.bytes().skip(1).all(|c| c.is_ascii_lowercase())
                && name.len() >= 2
                && !a.is_whole(name_end - name.len(), name.len(), MONTHS)))
}

/// One person named by a singular noun, whose age may follow in commas.
const PERSON_NOUNS: &[&str] = &[
    "boy", "brother", "daughter", "driver", "father", "girl", "husband", "man", "mother", "owner",
    "sister", "son", "suspect", "victim", "wife", "woman",
];

/// A capitalized function word (`In 5`, `About 30`) starts a sentence, not a name.
pub(super) fn is_function_word(a: &Around<'_, '_>, at: usize, len: usize) -> bool {
    a.is_whole(at, len, NOUN_STOP)
        || a.is_whole(at, len, FUNCTION_WORDS)
        || a.is_whole(at, len, QUALIFIER_BEFORE)
}

/// Plurals that do not end in `s`: `Rescued 8 women`, `Detained 45
/// people` count people, where a capitalized sentence-opening verb looked
/// like a name (`Voyager 2`).
const IRREGULAR_PLURALS: &[&str] = &[
    "cattle",
    "children",
    "crew",
    "fish",
    "folk",
    "geese",
    "livestock",
    "men",
    "people",
    "personnel",
    "police",
    "poultry",
    "sheep",
    "staff",
    "women",
    "youth",
];

/// Whether a counted noun phrase names more than one thing: one of its
/// words is a plural (`suspects involved`, `abducted women`), not only its
/// last (`a Boeing 737 jet` has none).
fn is_plural_phrase(noun: &str) -> bool {
    noun.split(' ').any(|w| {
        is_regular_plural(w) || IRREGULAR_PLURALS.iter().any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// `officers`, `vehicles`; not `class`, `bus`, `analysis`.
fn is_regular_plural(w: &str) -> bool {
    w.len() > 2
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
}

/// Prepositions, verbs, and hedges that open the next quantity, that end a
/// counted noun beyond [`NOUN_STOP`] (`a 10-meter-deep tunnel near`, `102
/// officers took part`, `8 guns nearly 6 kg`).
pub(crate) const NOUN_STOP_MORE: &Lexicon<()> = &Lexicon::new(
    Class::NounStopMore,
    &[
        ("almost", ()),
        ("approximately", ()),
        ("behind", ()),
        ("beside", ()),
        ("came", ()),
        ("can", ()),
        ("could", ()),
        ("did", ()),
        ("inside", ()),
        ("may", ()),
        ("must", ()),
        ("near", ()),
        ("nearly", ()),
        ("outside", ()),
        ("roughly", ()),
        ("said", ()),
        ("should", ()),
        ("stood", ()),
        ("took", ()),
        ("toward", ()),
        ("towards", ()),
        ("upon", ()),
        ("via", ()),
        ("went", ()),
        ("would", ()),
    ],
);

/// Capitalized words that open a clause before a number, beyond [`NOUN_STOP`].
pub(crate) const FUNCTION_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::FunctionWord,
    &[
        ("altogether", ()),
        ("another", ()),
        ("arrested", ()),
        ("of", ()),
        ("on", ()),
        ("seized", ()),
        ("the", ()),
        ("to", ()),
        ("total", ()),
        ("with", ()),
    ],
);

/// Words before a number that make it money (`fined 500 pounds`, `worth`).
pub(crate) const MONEY_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::MoneyWord,
    &[
        ("bail", ()),
        ("cost", ()),
        ("costs", ()),
        ("fine", ()),
        ("fined", ()),
        ("fines", ()),
        ("loss", ()),
        ("losses", ()),
        ("paid", ()),
        ("pay", ()),
        ("price", ()),
        ("ransom", ()),
        ("value", ()),
        ("valued", ()),
        ("worth", ()),
    ],
);

/// Whether one of the two words ending at `before` is a money word
/// (`fined 500`, `a fine of 500`).
pub(super) fn money_before(a: &Around<'_, '_>, before: usize) -> bool {
    let text = a.text;
    let mut end = before;
    for _ in 0..2 {
        let w = ascii_word_before(text, end);
        if w.is_empty() {
            return false;
        }
        if a.is_whole(end - w.len(), w.len(), MONEY_WORDS) {
            return true;
        }
        let b = end - w.len();
        end = skip_spaces_back(text, b, 2);
        if end == b {
            return false;
        }
    }
    false
}

/// The unit of a number that follows after `and`, `or`, `to` or a comma
/// (`1.42 and 2.85 percentage points`), when this number has none.
pub(super) fn shared_unit(after: &str) -> Option<(Unit, Decimal)> {
    let i = skip_spaces(after, 0, 2);
    let s = &after[i..];
    // The connectors start with `a`, `o` or `t`: most numbers have none.
    if !s
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b | 0x20, b'a' | b'o' | b't'))
    {
        return None;
    }
    let conn = prefix_word(s, "and")
        .or_else(|| prefix_word(s, "or"))
        .or_else(|| prefix_word(s, "to"))?;
    let s = &s[conn..];
    let j = skip_spaces(s, 0, 2);
    if j == 0 {
        return None;
    }
    let (rest, a) = amount(&s[j..]).ok()?;
    if a.script != Script::Digits {
        return None;
    }
    let (_, (unit, factor)) = unit::unit_after(rest).ok()?;
    (unit == Unit::Percent || unit.is_currency()).then_some((unit, factor))
}

/// The longest token [`token_len`] reports.
pub(super) const MAX_TOKEN: usize = 256;

/// Length of the token at the start of `s`: a run of digits and separators,
/// a word, or one char. Always at least one byte (one char), and at most
/// [`MAX_TOKEN`] bytes plus one char: a longer run is skipped a piece at a
/// time, so text of endless digits and commas costs linear time.
pub(super) fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let numeric = |c: char| digit_value(c).is_some() || matches!(c, ',' | '.' | '．');
    let chinese = |c: char| chinese_digit(c).is_some() || words::chinese_small_scale(c).is_some();
    if chinese(first) {
        // A run of Chinese numerals that did not parse (`十十十`) is skipped
        // whole: no number starts inside it.
        for (i, c) in s.char_indices() {
            if !chinese(c) || i > MAX_TOKEN {
                return i;
            }
        }
        return s.len();
    }
    if numeric(first) {
        // The end of the run, or the first char boundary past MAX_TOKEN:
        // ASCII bytes read as bytes, other chars decoded.
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if i > MAX_TOKEN {
                return i;
            }
            match b[i] {
                b'0'..=b'9' | b',' | b'.' => i += 1,
                x if x.is_ascii() => return i,
                _ => match char_at(s, i) {
                    Some(c) if numeric(c) => i += c.len_utf8(),
                    _ => return i,
                },
            }
        }
        s.len()
    } else if first.is_ascii_alphabetic() {
        s.bytes()
            .take(MAX_TOKEN)
            .take_while(u8::is_ascii_alphabetic)
            .count()
    } else {
        first.len_utf8()
    }
}

/// The counted noun after a number: up to four lowercase words, stopping at
/// function words and punctuation (`8 current criminals and ...`).
pub(super) fn noun_after<'a>(a: &Around<'a, '_>, end: usize) -> Option<&'a str> {
    // A figure asks at most a few times, always at its end.
    if let Some((at, noun)) = a.noun.get() {
        if at == end {
            return noun.map(|n: Span| &a.text[n.range()]);
        }
    }
    let noun = noun_span_after(a, end);
    a.noun.set(Some((end, noun)));
    noun.map(|n| &a.text[n.range()])
}

fn noun_span_after(a: &Around<'_, '_>, end: usize) -> Option<Span> {
    let text = a.text;
    const MAX_WORDS: usize = 5;
    const MAX_WORD: usize = 30;
    let mut i = skip_spaces(text, end, 2);
    if i == end {
        // A hard wrap (`4,500\ncartons`): a lone line break before a
        // lowercase word continues the sentence.
        let wrap = ["\n", "\r\n"]
            .iter()
            .find(|nl| text[end..].starts_with(**nl));
        match wrap {
            Some(nl) if text[end + nl.len()..].starts_with(|c: char| c.is_ascii_lowercase()) => {
                i = end + nl.len();
            }
            _ => return None,
        }
    }
    if let Some(of) = prefix_word(&text[i..], "of") {
        let j = skip_spaces(text, i + of, 2);
        if j == i + of {
            return None;
        }
        i = j;
        // `12 of the suspects`, `61 of its members`: a part of a counted
        // group counts the group's noun.
        let determiner = ["the", "its", "their", "these", "those"]
            .iter()
            .find_map(|d| prefix_word(&text[i..], d));
        if let Some(d) = determiner {
            let k = skip_spaces(text, i + d, 2);
            if k > i + d {
                i = k;
            }
        }
    }
    let noun_start = i;
    let mut noun_end = i;
    for _ in 0..MAX_WORDS {
        let word_at = a.word_at(i);
        let w = word_at.0;
        let lower = text[i..].starts_with(|c: char| c.is_ascii_lowercase());
        // `1,200 SIM cards`, `6 Chinese nationals`: an acronym or a proper
        // adjective may lead the noun when a lowercase word goes on with
        // it (a capital alone, `12 Suspects`, may start anything).
        let bytes = text.as_bytes();
        let capital_lead = !lower
            && i == noun_start
            && bytes.get(i).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(i + w) == Some(&b' ')
            && bytes.get(i + w + 1).is_some_and(u8::is_ascii_lowercase)
            && {
                let j = i + w + 1;
                !a.is_whole_in(j, word_len(&text[j..]), NOUN_STOP, NOUN_STOP_MORE)
            };
        // `120 KTVs`, `30 ATMs`: a plural acronym is a noun of its own.
        let acronyms = !lower && i == noun_start && {
            let b = &bytes[i..i + w];
            b.len() >= 3
                && b[b.len() - 1] == b's'
                && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
        };
        if w == 0 || w > MAX_WORD || !(lower || capital_lead || acronyms) {
            break;
        }
        let word = &text[i..i + w];
        if a.is_whole_in_word(word_at, i, NOUN_STOP, NOUN_STOP_MORE) {
            break;
        }
        // `920 places such as hotels`: examples follow the noun (but `3
        // such cases` counts cases).
        if word == "such" && prefix_word(&text[skip_spaces(text, i + w, 1)..], "as").is_some() {
            break;
        }
        // `500 people suspected of gambling`: a participle after the noun
        // opens what is said of it (`12 suspected dealers` leads with it).
        if word == "suspected" && noun_end > noun_start {
            break;
        }
        noun_end = i + w;
        let j = skip_spaces(text, noun_end, 1);
        if j == noun_end {
            break;
        }
        i = j;
        // `civilian and auxiliary police officers`: an adjective joined by
        // `and` continues the noun; `8 criminals and 4 fugitives` does not.
        let adjective = ["al", "ian", "ary", "ic", "ive", "ous", "ile"]
            .iter()
            .any(|x| word.ends_with(x));
        if adjective {
            if let Some(and) = prefix_word(&text[i..], "and") {
                let k = skip_spaces(text, i + and, 1);
                if k > i + and && text[k..].starts_with(|c: char| c.is_ascii_lowercase()) {
                    i = k;
                }
            }
        }
    }
    (noun_end > noun_start).then(|| Span::new(noun_start, noun_end))
}

/// A word with inner hyphens or apostrophes (`license-related`, `people’s`).
pub(super) fn word_len(s: &str) -> usize {
    word_len_from(s, ascii_word_len(s))
}

/// [`word_len`] of `s`, whose leading run of letters is `len` bytes
/// (known from its token).
#[inline]
pub(super) fn word_len_from(s: &str, mut len: usize) -> usize {
    while len > 0 {
        let rest = &s[len..];
        let joiner = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '\'' | '’'));
        let Some(j) = joiner else { break };
        let more = ascii_word_len(&rest[j.len_utf8()..]);
        if more == 0 {
            break;
        }
        len += j.len_utf8() + more;
    }
    len
}
