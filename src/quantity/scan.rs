//! The figure scan: candidate positions (digits, number words, articles
//! before a scale, currency marks, Chinese numerals), one [`core`](fn@super::figure::core) parse at
//! each, and the checks that keep or drop it, in text order.

use crate::lex::{Class, Kind, Lexicon, Tokens};
use std::borrow::Cow;
use std::sync::OnceLock;

use super::context::{
    is_age_apposition, is_day_reference, money_before, noun_after, shared_unit, skip_spaces,
    skip_spaces_back, token_len, Around,
};
use super::figure::{core, Before};
use super::number::{self, Script};
use super::rules::RangeMode;
use super::{rules, unit, words, Decimal, Figure, Qualifier, Scan, Unit};
use crate::text::lexicon::TIME_UNITS;
use crate::text::{
    ascii_word_before, ascii_word_len, char_at, char_before, digit_value, is_boundary_before,
    match_prefix, Quote, WordFilter,
};
use crate::{Span, Warning, WarningKind};
use words::{chinese_digit, QUALIFIER_BEFORE};

/// Find every figure in `text`, in order.
// Kept out of line: `benches/stages.sh` finds it by name.
#[inline(never)]
pub(crate) fn scan<'a>(tokens: &Tokens<'a>) -> Scan<'a> {
    let text = tokens.text();
    let mut scanner = Scanner {
        text,
        around: Around::new(text, Some(tokens)),
        last_date_end: None,
        peso: None,
        out: Scan {
            // About one figure in 160 bytes of bulletin text: one
            // allocation, not a doubling at every few figures.
            figures: Vec::with_capacity(text.len() / 128 + 4),
            warnings: Vec::new(),
        },
    };
    let mut pos = 0;
    let mut walk = Candidates::new(tokens);
    while let Some((start, i)) = walk.next(pos) {
        if let Some(end) = walk.names.covering(start) {
            pos = end;
            continue;
        }
        scanner.around.set_cursor(i);
        let end = scanner.read_at(start);
        debug_assert!(end > start);
        pos = end.max(start + 1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    scanner.out
}

/// The figure that starts `text` (after leading spaces), as the scan would
/// read it with nothing before it, and the offset where it ends. The look
/// for its number stays within the first few words, so parsing a list of
/// figures one by one stays linear.
pub(crate) fn figure_at_start(text: &str) -> Option<(Figure<'_>, usize)> {
    // Qualifiers before a number are a few words at most (`no fewer than`).
    const LOOK: usize = 48;
    let lead = skip_spaces(text, 0, usize::MAX);
    let window = &text[..crate::text::floor_char(text, lead + LOOK)];
    let start = next_candidate(window, lead)?;
    let mut scanner = Scanner {
        text,
        around: Around::new(text, None),
        last_date_end: None,
        peso: None,
        out: Scan::default(),
    };
    scanner.read_at(start);
    let figure = scanner.out.figures.into_iter().next()?;
    let end = figure.span.end;
    (figure.span.start == lead).then_some((figure, end))
}

/// The walk over the tokens for candidate positions: the same positions
/// [`next_candidate`] finds in the text, read from the token kinds and the
/// lexicon's trigger class instead of from every byte.
struct Candidates<'t, 'a> {
    tokens: &'t Tokens<'a>,
    /// The first token not yet passed.
    next: usize,
    /// The quoted names opened by the punctuation passed so far: read on
    /// the way, so the tokens are walked once, not once more for quotes.
    names: Names<'t, 'a>,
}

impl<'t, 'a> Candidates<'t, 'a> {
    fn new(tokens: &'t Tokens<'a>) -> Self {
        Candidates {
            tokens,
            next: 0,
            names: Names::new(tokens),
        }
    }

    /// Where the next figure might start at or after `pos` (a char
    /// boundary, never less than the last call's), and the index of the
    /// token there.
    fn next(&mut self, pos: usize) -> Option<(usize, usize)> {
        let text = self.tokens.text();
        let bytes = text.as_bytes();
        let all = self.tokens.all();
        let from = self.next;
        for (k, t) in all.get(from..)?.iter().enumerate() {
            // Most tokens are words with no trigger bit, or line breaks.
            match t.kind() {
                Kind::Word if !t.starts().has(Class::Trigger) => continue,
                Kind::Newline => continue,
                // Every quote mark is a punctuation token, passed here in
                // text order, each before any number inside its quote.
                // The quotes' first bytes: `"`, E2 for `“‘`, E3 for `《「`.
                Kind::Punct if matches!(bytes[t.start()], b'"' | 0xE2 | 0xE3) => {
                    self.names.pass(from + k);
                }
                Kind::Punct => {}
                Kind::Word | Kind::Number | Kind::Cjk => {}
            }
            let i = from + k;
            if t.end() <= pos {
                continue;
            }
            self.next = i;
            let at = t.start().max(pos);
            match t.kind() {
                // Every char of a number token is a digit.
                Kind::Number => return Some((at, i)),
                Kind::Word => {
                    let boundary = t.start() >= pos
                        && (t.start() == 0 || !bytes[t.start() - 1].is_ascii_alphanumeric());
                    if boundary && t.whole().has(Class::Trigger) && is_trigger_token(self.tokens, i)
                    {
                        return Some((at, i));
                    }
                }
                Kind::Punct => {
                    if is_candidate_mark(text, t.start()) {
                        return Some((at, i));
                    }
                }
                // 十 and the Chinese digits other than zero start a number
                // inside a run of ideographs.
                Kind::Cjk => {
                    let run = &text[at..t.end()];
                    if let Some((k, _)) = run
                        .char_indices()
                        .find(|&(k, c)| starts_chinese(text, at + k, c))
                    {
                        return Some((at + k, i));
                    }
                }
                Kind::Newline => {}
            }
        }
        self.next = all.len();
        None
    }
}

/// Whether the char `c` at `at` may start a Chinese number: 十 or a digit
/// other than zero, the 百 of `百分之` (percent), a vague count (`数百`,
/// `上千`), or a bare 百, 千 or 万 that a hedge stands before (`近万名`,
/// nearly ten thousand) or 余 or 多 follows (`千余人`, `万余元`, `千万余元`).
/// (A bare scale alone is too often part of a word: 百度, 千万不要.)
fn starts_chinese(text: &str, at: usize, c: char) -> bool {
    if c == '十' || chinese_digit(c).is_some_and(|d| d > 0) {
        return true;
    }
    // `零点五公斤`: zero starts a number only before its decimal point.
    if chinese_digit(c) == Some(0) {
        return text[at + c.len_utf8()..].starts_with('点');
    }
    // `数百名`, `上千万元`, `几十人`: a vague count. (Not the 上 of 晚上十点
    // or 线上百场: after a word it ends, or before 十, it counts nothing.)
    if matches!(c, '数' | '几') {
        return text[at + c.len_utf8()..].starts_with(['十', '百', '千', '万']);
    }
    if c == '上' {
        let ends_word = text[..at]
            .chars()
            .next_back()
            .is_some_and(|p| "晚早线网以马路身手会世面".contains(p));
        return !ends_word && text[at + c.len_utf8()..].starts_with(['百', '千', '万']);
    }
    if !matches!(c, '百' | '千' | '万') {
        return false;
    }
    let after = &text[at + c.len_utf8()..];
    // `百分之五`: a percent written before its number.
    if c == '百' && after.starts_with("分之") {
        return true;
    }
    // `千万余元`: over ten million.
    let after = match c {
        '百' | '千' => after.strip_prefix(['万', '亿']).unwrap_or(after),
        _ => after,
    };
    after.starts_with(['余', '多']) || text[..at].ends_with(['近', '逾', '超', '约'])
}

/// Whether the one-char token at `at` may start a figure: `$`, a currency
/// sign, `&yen;`, or the point of `.08` after a space or bracket.
fn is_candidate_mark(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes[at] {
        b'$' => true,
        b'&' => text[at..].starts_with("&yen;"),
        b'.' => {
            bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
                && (at == 0 || matches!(bytes[at - 1], b' ' | b'(' | b'\t' | b'\n'))
        }
        b if b >= 0x80 => char_at(text, at).is_some_and(|c| {
            matches!(c, '¥' | '￥' | '€' | '£' | '₩' | '฿' | '₱' | '₹' | '₿')
                || starts_chinese(text, at, c)
        }),
        _ => false,
    }
}

/// Whether the trigger word at token `i` starts a figure (see
/// [`is_trigger`]), its table value read from the token's lexicon entry.
fn is_trigger_token(tokens: &Tokens<'_>, i: usize) -> bool {
    let text = tokens.text();
    let t = tokens.all()[i];
    let Some((&trigger, _)) = tokens.match_at(i, TRIGGERS) else {
        return false;
    };
    let next = tokens.all().get(i + 1);
    let next_kind = next.map(|n| n.kind());
    match trigger {
        // `a` and `an` stand for one only before a scale word (`a dozen`),
        // or as the `A` of `A$`: a next word that starts no scale settles
        // it. `half` goes on with `a`. A number or line break next, or a
        // mark other than a glued `$`, starts neither.
        Trigger::Article => {
            if t.end() - t.start() <= 2
                && next.map_or(true, |n| {
                    n.kind() == Kind::Word
                        && !n.starts().has(Class::Scale)
                        && !n.starts().has(Class::Unit)
                })
            {
                return false;
            }
            let dollar = text.as_bytes().get(t.end()) == Some(&b'$');
            if matches!(next_kind, Some(Kind::Number | Kind::Newline))
                || (next_kind == Some(Kind::Punct) && !dollar)
            {
                return false;
            }
        }
        // A currency mark is this word and marks (`US$`, `Rs.`, `HK $`),
        // then a digit or point: a word, ideographs or a line break next
        // end it.
        Trigger::Currency => {
            if !matches!(next_kind, Some(Kind::Number | Kind::Punct)) {
                return false;
            }
        }
        Trigger::Word => {}
    }
    trigger_starts(text, t.start(), t.end() - t.start(), trigger)
}

/// Where the next figure might start at or after `pos`.
fn next_candidate(text: &str, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        // `&` for entity-encoded currency (`&yen;500`).
        if b.is_ascii_digit() || b == b'$' || (b == b'&' && text[pos..].starts_with("&yen;")) {
            return Some(pos);
        }
        // `.08`: a fraction with no leading zero, after a space or bracket.
        if b == b'.'
            && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
            && (pos == 0 || matches!(bytes[pos - 1], b' ' | b'(' | b'\t' | b'\n'))
        {
            return Some(pos);
        }
        if b.is_ascii_alphabetic() {
            let len = ascii_word_len(&text[pos..]);
            if is_boundary_before(text, pos) && is_trigger(text, pos, len) {
                return Some(pos);
            }
            pos += len;
            continue;
        }
        if b >= 0x80 {
            let c = char_at(text, pos)?;
            let starts = digit_value(c).is_some()
                || matches!(c, '¥' | '￥' | '€' | '£' | '₩' | '฿' | '₱' | '₹' | '₿')
                || starts_chinese(text, pos, c);
            if starts {
                return Some(pos);
            }
            pos += c.len_utf8();
            continue;
        }
        pos += 1;
    }
    None
}

/// Where an identifier or age read at `end` stops: past the far end of a
/// digit range written after it (`aged 18 to 60`, `Articles 3-5`), which
/// is the same kind of number, not a count.
fn identifier_range_end(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let Ok((after, _)) = rules::range_connector(RangeMode::Normal)(rest) else {
        return end;
    };
    match number::digits(after) {
        Ok((r, d)) if d.plain => text.len() - r.len(),
        _ => end,
    }
}

/// Words that can start a figure: number words, vague counts, `a`/`an`
/// (`a dozen`), `minus`, currency codes and dollar prefixes (`us` of `US$`,
/// `u` of `U.S.$`, `s` of `S$`, `mex` of `Mex$`).
pub(crate) const TRIGGERS: &Lexicon<Trigger> = &Lexicon::new(
    Class::Trigger,
    &[
        ("a", Trigger::Article),
        ("an", Trigger::Article),
        ("au", Trigger::Currency),
        ("aud", Trigger::Currency),
        ("btc", Trigger::Currency),
        ("c", Trigger::Currency),
        ("cad", Trigger::Currency),
        ("can", Trigger::Currency),
        ("cny", Trigger::Currency),
        ("dozens", Trigger::Word),
        ("eight", Trigger::Word),
        ("eighteen", Trigger::Word),
        ("eighty", Trigger::Word),
        ("eleven", Trigger::Word),
        ("eur", Trigger::Currency),
        ("fifteen", Trigger::Word),
        ("fifty", Trigger::Word),
        ("five", Trigger::Word),
        ("forty", Trigger::Word),
        ("four", Trigger::Word),
        ("fourteen", Trigger::Word),
        ("gbp", Trigger::Currency),
        ("half", Trigger::Article),
        ("hk", Trigger::Currency),
        ("hkd", Trigger::Currency),
        ("hundreds", Trigger::Word),
        ("inr", Trigger::Currency),
        ("jp", Trigger::Currency),
        ("jpy", Trigger::Currency),
        ("khr", Trigger::Currency),
        ("krw", Trigger::Currency),
        ("mex", Trigger::Currency),
        ("millions", Trigger::Word),
        ("minus", Trigger::Word),
        ("mmk", Trigger::Currency),
        ("mop", Trigger::Currency),
        ("mxn", Trigger::Currency),
        ("myr", Trigger::Currency),
        ("nine", Trigger::Word),
        ("nineteen", Trigger::Word),
        ("ninety", Trigger::Word),
        ("nt", Trigger::Currency),
        ("nz", Trigger::Currency),
        ("nzd", Trigger::Currency),
        ("one", Trigger::Word),
        ("php", Trigger::Currency),
        ("quarter", Trigger::Article),
        ("rm", Trigger::Currency),
        ("rmb", Trigger::Currency),
        ("rs", Trigger::Currency),
        ("s", Trigger::Currency),
        ("seven", Trigger::Word),
        ("seventeen", Trigger::Word),
        ("seventy", Trigger::Word),
        ("several", Trigger::Word),
        ("sgd", Trigger::Currency),
        ("six", Trigger::Word),
        ("sixteen", Trigger::Word),
        ("sixty", Trigger::Word),
        ("ten", Trigger::Word),
        ("tens", Trigger::Word),
        ("thb", Trigger::Currency),
        ("thirteen", Trigger::Word),
        ("thirty", Trigger::Word),
        ("thousands", Trigger::Word),
        ("three", Trigger::Word),
        ("twd", Trigger::Currency),
        ("twelve", Trigger::Word),
        ("twenty", Trigger::Word),
        ("two", Trigger::Word),
        ("u", Trigger::Currency),
        ("us", Trigger::Currency),
        ("usd", Trigger::Currency),
        ("usdt", Trigger::Currency),
        ("zero", Trigger::Word),
    ],
);

/// What a trigger word needs after it to start a figure.
#[derive(Clone, Copy)]
pub(crate) enum Trigger {
    /// A number word or vague count: always a candidate.
    Word,
    /// `a`, `an`, `half`: only before a scale word (`a dozen`, `half a
    /// million`), or as `A$`.
    Article,
    /// A currency code or dollar prefix: only with a number after it.
    Currency,
}

/// Whether the word at `at` (of length `len`) may start a figure. Articles
/// and currency prefixes are checked on the spot, so the common `a` costs
/// one table lookup and no figure parse.
fn is_trigger(text: &str, at: usize, len: usize) -> bool {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    let word = &text[at..at + len];
    let filter = FILTER.get_or_init(|| WordFilter::of(TRIGGERS));
    if !filter.may_start(word) {
        return false;
    }
    match match_prefix(word, TRIGGERS) {
        Some((&trigger, l)) => l == len && trigger_starts(text, at, len, trigger),
        None => false,
    }
}

/// Whether the whole trigger word at `at` (of length `len`) starts a figure.
fn trigger_starts(text: &str, at: usize, len: usize, trigger: Trigger) -> bool {
    match trigger {
        Trigger::Word => true,
        // `a` is also the `A` of `A$15`.
        Trigger::Article => {
            number::article(&text[at..]).is_ok()
                || number::article_before_unit(&text[at..]).is_ok()
                || number::half_article(&text[at..]).is_ok()
                || number::quarter_article(&text[at..]).is_ok()
                || (text[at + len..].starts_with('$') && unit::currency_before(&text[at..]).is_ok())
        }
        Trigger::Currency => unit::currency_before(&text[at..]).is_ok(),
    }
}

pub(super) struct Scanner<'a, 't> {
    pub(super) text: &'a str,
    /// Word lookups around a candidate, from the tokens when the whole
    /// text was tokenized (not for [`figure_at_start`], which reads a
    /// figure at the start of any text).
    pub(super) around: Around<'a, 't>,
    /// End of the last date seen, for `from August 11th to 16`.
    pub(super) last_date_end: Option<usize>,
    /// Whose peso the bulletin means, looked up once at the first `pesos`.
    pub(super) peso: Option<Option<Unit>>,
    pub(super) out: Scan<'a>,
}

impl<'a> Scanner<'a, '_> {
    /// Read a figure (or skip a distractor) at `start`; return where to go on.
    fn read_at(&mut self, start: usize) -> usize {
        let text = self.text;
        // Where a skipped candidate goes on: only those ask.
        let token_end = || start + token_len(&text[start..]);
        // `Z$5`: a dollar with a prefix we do not know is nobody's USD.
        if text[start..].starts_with('$')
            && char_before(text, start).is_some_and(|c| c.is_ascii_alphabetic())
        {
            return start + 1 + token_len(&text[start + 1..]);
        }
        if self.is_identifier_or_date(start) {
            return identifier_range_end(text, token_end());
        }
        if let Ok((rest, ())) = rules::clock_points(&text[start..]) {
            return text.len() - rest.len();
        }
        // A sign is `-` or `−` (E2 88 92) right before: its last byte first.
        let sign = match start.checked_sub(1).map(|b| text.as_bytes()[b]) {
            Some(b'-' | 0x92) => rules::sign_before(text, start),
            _ => None,
        };
        let before = skip_spaces_back(text, sign.unwrap_or(start), 3);
        // Only `between` and `from` matter here: a last letter other than
        // their `n` and `m` needs no word read.
        let prev_word = match before.checked_sub(1).map(|b| text.as_bytes()[b] | 0x20) {
            Some(b'n' | b'm') => ascii_word_before(text, before),
            _ => "",
        };
        let mode = if prev_word.eq_ignore_ascii_case("between") {
            RangeMode::Between
        } else if prev_word.eq_ignore_ascii_case("from")
            && rules::change_before(text, before - prev_word.len())
        {
            RangeMode::DashOnly
        } else {
            RangeMode::Normal
        };
        let around = &self.around;
        let money = || money_before(around, before);
        let after_change = || rules::change_right_before(text, sign.unwrap_or(start));
        let Some(mut core) = core(
            &text[start..],
            Before {
                mode,
                money: &money,
                after_change: &after_change,
            },
        ) else {
            return token_end();
        };
        // `-minus 5`: a dash before `minus` is one sign, not two.
        if sign.is_some() && !core.negative {
            core.amount.value = core.amount.value.map(Decimal::negated);
            core.negative = true;
        }
        if core.unit.is_none() && core.currency.is_none() && !core.vague {
            if let Ok((rest, ())) = unit::pesos(core.rest) {
                if let Some(u) = self.peso_country() {
                    core.unit = Some((u, Decimal::from_u64(1)));
                    core.rest = rest;
                }
            }
        }
        let head_end = text.len() - core.head_rest.len();
        let mut end = text.len() - core.rest.len();
        if let Some(skip) = self.distractor_after(start, head_end, &core) {
            return skip.max(token_end());
        }
        // `a 40-year-old`, `30 years old`, `Zhang, 21,`: an age, not a count.
        if core.unit.is_none() && core.max.is_none() {
            if let Ok((rest, ())) = rules::age_after(&text[head_end..]) {
                return text.len() - rest.len();
            }
            if is_age_apposition(&self.around, start, head_end, &core) {
                return head_end;
            }
        }
        // `最近3个月` (the last three months), `附近`: there 近 ends a word
        // and hedges nothing.
        let qualifier = self
            .around
            .suffix(before, QUALIFIER_BEFORE)
            .filter(|&(_, at)| {
                let (lead, word) = text.as_bytes()[..before].split_at(at);
                !(word == "近".as_bytes()
                    && (lead.ends_with("最".as_bytes()) || lead.ends_with("附".as_bytes())))
                    && !words::is_particle_over(text, at, before)
            });
        if self.is_idiom(start, head_end, &core) {
            return head_end;
        }
        if let Some(d) = core.amount.digits.filter(|d| d.plain) {
            let bare = core.unit.is_none() && core.currency.is_none();
            // 13812345678, 330106198001011234: phone and ID numbers. Counts
            // this large are written with separators or scale words; one
            // that still reads as a count is warned about, not dropped silently.
            if d.int_digits >= 9 && bare {
                if core.amount.value.is_none() || noun_after(&self.around, head_end).is_some() {
                    self.out.warnings.push(Warning::new(
                        WarningKind::OverlongNumber,
                        "digit run too long to be a count (an ID or code?); figure dropped",
                        Span::new(start, head_end),
                    ));
                }
                return head_end;
            }
            // 05050403, 0909346: a leading zero makes a code.
            if d.int_digits >= 2 && text[start..].starts_with('0') {
                return head_end;
            }
        }
        if self.is_year_or_hotline(start, head_end, &core, qualifier.is_some()) {
            return head_end;
        }
        if qualifier.is_none() && sign.is_none() && self.is_in_name(start, head_end, &core) {
            return head_end;
        }
        let (unit, factor) = match (core.unit, core.currency) {
            (Some((u, f)), _) => (Some(u), f),
            (None, Some(c)) => (Some(c), Decimal::from_u64(1)),
            (None, None) => match shared_unit(&text[end..]) {
                // `rose 1.42 and 2.85 percentage points`: the unit of the
                // next number is this one's too.
                Some((u, f)) if core.counter.is_none() => (Some(u), f),
                _ => (None, Decimal::from_u64(1)),
            },
        };
        // `3 tons 200 kilograms`: a smaller mass right after adds to this one.
        let mut part = None;
        if unit == Some(Unit::Kg) && core.max.is_none() {
            if let Ok((rest, kg)) = rules::smaller_mass_after(&text[end..], factor) {
                part = Some(kg);
                end = text.len() - rest.len();
            }
        }
        // A hyphenated time word makes a duration: `100-day`, `three-month`.
        let mut noun = None;
        if unit.is_none() && core.counter.is_none() && text[end..].starts_with('-') {
            let w = ascii_word_len(&text[end + 1..]);
            if w > 0 {
                let word = &text[end + 1..end + 1 + w];
                let singular = word.strip_suffix('s').unwrap_or(word);
                let time = self.around.is_whole(end + 1, singular.len(), TIME_UNITS);
                // `7-Eleven`: a capitalized word makes a name.
                let name = word.starts_with(|c: char| c.is_ascii_uppercase());
                // `Five-Year Plan`, `Three-Year Action`: a capitalized
                // compound before a capitalized word names something.
                let next = skip_spaces(text, end + 1 + w, 1);
                if name
                    && next > end + 1 + w
                    && text[next..].starts_with(|c: char| c.is_ascii_uppercase())
                {
                    return end + 1 + w;
                }
                if time || (core.amount.script == Script::Digits && !name) {
                    noun = Some(word);
                    end += 1 + w;
                } else {
                    return end + 1 + w;
                }
            }
        }
        let span_start = match qualifier {
            Some((_, s)) => s,
            None if mode == RangeMode::Between && core.max.is_some() => before - prev_word.len(),
            None => sign.unwrap_or(start),
        };
        let span = Span::new(span_start, end);
        // Times one is itself: the grammar's values are already exact.
        let times = |v: Decimal| match factor == Decimal::from_u64(1) {
            true => Some(v),
            false => v.checked_mul(factor),
        };
        let value = core.amount.value.and_then(times);
        let value = match part {
            Some(kg) => value.and_then(|v| v.checked_add(kg)),
            None => value,
        };
        let max = core.max.map(|m| m.and_then(times));
        let (Some(value), Some(max)) = (value, max.map_or(Some(None), |m| m.map(Some))) else {
            let precise = core.amount.too_precise
                || (core.amount.value.is_some() && factor < Decimal::from_u64(1));
            let message = if precise {
                "more decimal places than can be held exactly; figure dropped"
            } else {
                "number too large to represent exactly; figure dropped"
            };
            self.out
                .warnings
                .push(Warning::new(WarningKind::NumberTooLarge, message, span));
            return end;
        };
        // `0 cases`, `zero deaths` count; a bare 0 (`2022-11-18 0 By`, a
        // comment counter) counts nothing.
        if value == Decimal::ZERO && unit.is_none() && noun_after(&self.around, end).is_none() {
            return end;
        }
        if unit.is_none()
            && qualifier.is_none()
            && core.max.is_none()
            && is_day_reference(&self.around, span_start, end, value)
        {
            return end;
        }
        // 一 inside a word, 十九大 (a congress), 十三五 (a plan): a small
        // whole Chinese numeral with nothing around it is not a count. One
        // with 百 or 千 (两千四百五) or a decimal part (二点五) is.
        if core.amount.script == Script::Chinese
            && core.counter.is_none()
            && unit.is_none()
            && !core.amount.scaled
            && core.qualifier.is_none()
            && value < Decimal::from_u64(100)
            && value.is_integer()
        {
            return end;
        }
        // 第三名, 第3季度: an ordinal. 统一, 万一, 唯一, 逐一: the 一 ends a
        // word (统一部署 is no one 部).
        if qualifier.is_none() && sign.is_none() {
            match char_before(text, start) {
                Some('第') => return end,
                Some(c)
                    if core.amount.script == Script::Chinese
                        && value == Decimal::from_u64(1)
                        && "统万唯同逐之单专划均".contains(c) =>
                {
                    return end
                }
                _ => {}
            }
        }
        let qualifier = match (qualifier, core.qualifier) {
            (Some((&q, _)), _) => q,
            (None, Some(q)) => q,
            (None, None) if core.vague => Qualifier::AtLeast,
            (None, None) => Qualifier::Exact,
        };
        // `18.6万条 warning messages`: in mixed text the English noun after a
        // Chinese counter names what was counted.
        let counted = || {
            core.counter
                .map(|c| noun_after(&self.around, end).unwrap_or(c))
        };
        let noun = noun.or_else(counted).or_else(|| {
            if unit.is_some_and(Unit::is_currency) || unit == Some(Unit::Percent) {
                None
            } else {
                // `a 1.8m-long knife`: the noun follows the dimension word.
                let dimension = rules::dimension_after(&text[end..])
                    .map_or(0, |(r, ())| text.len() - end - r.len());
                noun_after(&self.around, end + dimension)
            }
        });
        self.out.figures.push(Figure {
            text: Cow::Borrowed(&text[span.range()]),
            span,
            value,
            max,
            unit,
            qualifier,
            noun: noun.map(Cow::Borrowed),
        });
        end
    }
}

// Quoted names and slogans (`“Kunlun 2020”`, `"one standard and three
// real"`): numbers inside them are not figures. A quote that holds a
// clause (commas, full stops) is speech and is read. The names are read
// from the punctuation tokens as the token walk passes them
// ([`Names::pass`]), so the tokens are walked once for both. (Kept in this
// module, not its own: a module of its own changes how the crate is split
// for code generation, and the tokenizer lost an inlined lookup.)

/// The longest inside of a quote that can be a name, in bytes.
const MAX_NAME: usize = 90;

/// The quoted names opened by the tokens passed so far, in text order.
struct Names<'t, 'a> {
    tokens: &'t Tokens<'a>,
    /// The first token not yet passed.
    passed: usize,
    /// After a straight pair: the first token past its close (no quote
    /// opens inside it).
    skip_to: usize,
    list: Vec<Span>,
    /// The first name that may still cover a later candidate.
    first: usize,
}

impl<'t, 'a> Names<'t, 'a> {
    fn new(tokens: &'t Tokens<'a>) -> Self {
        Names {
            tokens,
            passed: 0,
            skip_to: 0,
            list: Vec::new(),
            first: 0,
        }
    }

    /// Pass the punctuation token `i`, which may be a quote mark (its first
    /// byte is one of theirs): the name it opens, if any, is kept. Tokens
    /// are passed in order; one passed again is ignored.
    #[inline]
    fn pass(&mut self, i: usize) {
        if i < self.passed {
            return;
        }
        self.passed = i + 1;
        if i >= self.skip_to {
            self.read_quote(i);
        }
    }

    /// The quote mark at token `i`: kept out of line, since inlined in the
    /// token walk's loop it slows the loop over every token.
    #[inline(never)]
    fn read_quote(&mut self, i: usize) {
        let Some((q, after)) = quote_at(self.tokens, i, MAX_NAME) else {
            return;
        };
        if let Some(after) = after {
            self.skip_to = after;
        }
        if is_name(&self.tokens.text()[q.inner.range()]) {
            self.list.push(Span::new(q.open, q.close_end));
        }
    }

    /// The end of the name that covers byte `start`, if one does. Asked
    /// at growing offsets, after every quote opened before `start` was
    /// passed.
    fn covering(&mut self, start: usize) -> Option<usize> {
        while self.list.get(self.first).is_some_and(|n| n.end <= start) {
            self.first += 1;
        }
        self.list
            .get(self.first)
            .filter(|n| n.start <= start)
            .map(|n| n.end)
    }

    /// Every name read so far.
    #[cfg(test)]
    pub(crate) fn all(&self) -> Vec<Span> {
        self.list.clone()
    }
}

/// The quote that the punctuation token `i` opens (`“”`, `‘’`, `""`,
/// `《》`, `「」`) when its inside is at most `max_inner` bytes, and for a
/// straight pair the first token past its close: after a curly pair the
/// quotes inside it are read too, so a stray opening quote never hides a
/// later pair; after a straight pair the reading goes on after the close.
#[inline]
fn quote_at(tokens: &Tokens<'_>, i: usize, max_inner: usize) -> Option<(Quote, Option<usize>)> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    let t = &all[i];
    // The quotes' first bytes: `"`, E2 for `“‘`, E3 for `《「`.
    if !matches!(bytes[t.start()], b'"' | 0xE2 | 0xE3) {
        return None;
    }
    let close = match &text[t.start()..t.end()] {
        "“" => "”",
        "‘" => "’",
        "《" => "》",
        "「" => "」",
        "\"" => "\"",
        _ => return None,
    };
    let inner_start = t.end();
    let limit = inner_start + max_inner;
    let k = all[i + 1..]
        .iter()
        .take_while(|c| c.end() <= limit)
        .position(|c| c.kind() == Kind::Punct && &bytes[c.start()..c.end()] == close.as_bytes())?;
    let c = &all[i + 1 + k];
    let quote = Quote {
        open: t.start(),
        inner: Span::new(inner_start, c.start()),
        close_end: c.end(),
    };
    Some((quote, (close == "\"").then_some(i + 1 + k + 1)))
}

/// Every stretch between matching quotes whose inside is at most
/// `max_inner` bytes (see [`quote_at`]): the same stretches as
/// [`crate::text::quotes`] finds in the text.
#[cfg(test)]
fn quotes(tokens: &Tokens<'_>, max_inner: usize) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (i, t) in tokens.all().iter().enumerate() {
        if t.kind() != Kind::Punct || i < skip_to {
            continue;
        }
        if let Some((q, after)) = quote_at(tokens, i, max_inner) {
            skip_to = after.unwrap_or(skip_to);
            out.push(q);
        }
    }
    out
}

/// Byte ranges of the quoted names in the whole text, read in one pass.
#[cfg(test)]
pub(crate) fn quoted_names(tokens: &Tokens<'_>) -> Vec<Span> {
    let text = tokens.text();
    quotes(tokens, MAX_NAME)
        .into_iter()
        .filter(|q| is_name(&text[q.inner.range()]))
        .map(|q| Span::new(q.open, q.close_end))
        .collect()
}

/// A quoted stretch that names something (`"Sky Net"`, `《Anti-Fraud》`):
/// at most ten words, no sentence marks or money signs, no final point,
/// and no comma unless it is a slogan.
fn is_name(inner: &str) -> bool {
    let Some(marks) = Marks::of(inner) else {
        return false;
    };
    !marks.stop
        && !inner.trim_end().ends_with('.')
        && (!marks.comma || is_slogan(inner))
        && words_at_most(inner, 10)
}

/// What a name may not hold, read in one pass over the bytes: the chars
/// `\n ; ! ? … 。 % $ ¥` (`stop`), and a comma, ASCII or full-width.
/// UTF-8 never starts a char inside another, so a byte match is a char
/// match.
struct Marks {
    stop: bool,
    comma: bool,
}

impl Marks {
    /// The marks of `s`; `None` for empty text.
    fn of(s: &str) -> Option<Marks> {
        if s.is_empty() {
            return None;
        }
        let b = s.as_bytes();
        let mut marks = Marks {
            stop: false,
            comma: false,
        };
        for (i, &c) in b.iter().enumerate() {
            match (c, &b[i + 1..]) {
                (b'\n' | b';' | b'!' | b'?' | b'%' | b'$', _) => marks.stop = true,
                (b',', _) => marks.comma = true,
                // ¥, …, 。
                (0xC2, [0xA5, ..]) | (0xE2, [0x80, 0xA6, ..]) | (0xE3, [0x80, 0x82, ..]) => {
                    marks.stop = true
                }
                // ，
                (0xEF, [0xBC, 0x8C, ..]) => marks.comma = true,
                _ => {}
            }
        }
        Some(marks)
    }
}

/// `s.split_whitespace().count() <= max`, with ASCII text counted from
/// its bytes (the same whitespace: space, tab, line breaks, VT, FF).
fn words_at_most(s: &str, max: usize) -> bool {
    if !s.is_ascii() {
        return s.split_whitespace().count() <= max;
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
    }
    words <= max
}

/// `"one village, one officer"`, `“two cards, one account”`: a quote of
/// short parallel parts, numbers written as words. Quoted speech with a
/// comma (`"we solved 12 cases, and more will follow"`) has longer parts or
/// digits, and its numbers are read.
fn is_slogan(inner: &str) -> bool {
    let parts: Vec<&str> = inner.split([',', '，']).collect();
    parts.len() <= 4
        && !inner.bytes().any(|b| b.is_ascii_digit())
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.split_whitespace().count()))
}

#[cfg(test)]
pub(crate) mod walk_tests;
