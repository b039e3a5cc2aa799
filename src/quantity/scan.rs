//! The figure scan: candidate positions (digits, number words, articles
//! before a scale, currency marks, Chinese numerals), one [`core`](fn@super::figure::core) parse at
//! each, and the checks that keep or drop it, in text order.

use crate::lex::{Class, Tokens};
use std::borrow::Cow;

use super::context::{
    is_age_apposition, is_day_reference, money_before, noun_after, shared_unit, skip_spaces,
    skip_spaces_back, token_len, Around,
};
use super::figure::{core, Before};
use super::next::Next;
use super::number::Script;
use super::rules::RangeMode;
use super::{rules, unit, words, Decimal, Figure, Qualifier, Scan, Unit};
use crate::text::lexicon::TIME_UNITS;
use crate::text::{ascii_word_before, ascii_word_len, char_before};
use crate::{Span, Warning, WarningKind};
use words::QUALIFIER_BEFORE;

mod beside;
mod candidates;
mod names;
mod spaced;

use beside::{identifier_range_end, quarters_of_calendar, zero_reached};
pub(crate) use candidates::TRIGGERS;
use candidates::{next_candidate, Candidates};

/// Find every figure in `text`, in order.
// Kept out of line: `benches/stages.sh` finds it by name.
#[inline(never)]
pub(crate) fn scan<'a>(tokens: &Tokens<'a>) -> Scan<'a> {
    let text = tokens.text();
    let mut scanner = Scanner {
        text,
        around: Around::new(text, Some(tokens)),
        last_date_end: None,
        last_measure: None,
        peso: None,
        table: None,
        out: Scan {
            // About one figure in 160 bytes of bulletin text: one
            // allocation, not a doubling at every few figures.
            figures: Vec::with_capacity(text.len() / 128 + 4),
            warnings: Vec::new(),
        },
    };
    let mut pos = 0;
    // Whether the bulletin groups thousands by spaces: read at the first
    // pair of figures that may be one number.
    let mut spaced_style = None;
    let mut walk = Candidates::new(tokens);
    while let Some((start, i)) = walk.next(pos) {
        if let Some(end) = walk.names.covering(start) {
            pos = end;
            continue;
        }
        scanner.around.set_cursor(i);
        let found = scanner.out.figures.len();
        let end = scanner.read_at(start);
        if scanner.out.figures.len() > found {
            spaced::join_spaced(text, &mut scanner.out.figures, &mut spaced_style);
        }
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
        last_measure: None,
        peso: None,
        table: None,
        out: Scan::default(),
    };
    scanner.read_at(start);
    let figure = scanner.out.figures.into_iter().next()?;
    let end = figure.span.end;
    (figure.span.start == lead).then_some((figure, end))
}

pub(super) struct Scanner<'a, 't> {
    pub(super) text: &'a str,
    /// Word lookups around a candidate, from the tokens when the whole
    /// text was tokenized (not for [`figure_at_start`], which reads a
    /// figure at the start of any text).
    pub(super) around: Around<'a, 't>,
    /// End of the last date seen, for `from August 11th to 16`.
    pub(super) last_date_end: Option<usize>,
    /// The last measure written before `of` (`3.2 kilograms of heroin`):
    /// where it ends, its unit and factor, for [`Scanner::carried_unit`].
    pub(super) last_measure: Option<(usize, Unit, Decimal)>,
    /// Whose peso the bulletin means, looked up once at the first `pesos`.
    pub(super) peso: Option<Option<Unit>>,
    /// The header row of the table the scan is going down, for
    /// [`header_unit_above`](super::context::header_unit_above).
    pub(super) table: Option<super::context::TableHeader>,
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
        // A sign is `-`, `−` (E2 88 92), the full-width `－` (EF BC 8D),
        // `负` (E8 B4 9F) or `負` (E8 B2 A0) right before: its last byte first.
        let sign = match start.checked_sub(1).map(|b| text.as_bytes()[b]) {
            Some(b'-' | 0x92 | 0x8D | 0x9F | 0xA0) => rules::sign_before(text, start),
            _ => None,
        };
        let before = skip_spaces_back(text, sign.unwrap_or(start), 3);
        // Only `between` and `from` matter here: a last letter other than
        // their `n` and `m` needs no word read. (`rose from about 20 to
        // 35`: past a qualifier of the first number.)
        let word_at = |b: usize| match b.checked_sub(1).map(|b| text.as_bytes()[b] | 0x20) {
            Some(b'n' | b'm') => ascii_word_before(text, b),
            _ => "",
        };
        // The hedge right before the number, read once: the range's `from`
        // is looked for past it, and the figure's own qualifier is it.
        let hedge = self.around.suffix(before, QUALIFIER_BEFORE);
        let (word_end, prev_word) = match word_at(before) {
            "" => hedge
                .map(|(_, at)| skip_spaces_back(text, at, 3))
                .map_or((before, ""), |b| (b, word_at(b))),
            w => (before, w),
        };
        // `a 31.5 percent rise (412 to 542)`, `rose 12% (from 50 to
        // 56)`: a before and an after in parentheses right after a change.
        let open_after_change =
            || text[..before].ends_with('(') && rules::change_before(text, before - 1);
        let mode = if prev_word.eq_ignore_ascii_case("between") {
            RangeMode::Between
        } else if (prev_word.eq_ignore_ascii_case("from")
            && rules::change_before(text, word_end - prev_word.len()))
            || (prev_word.is_empty() && open_after_change())
        {
            RangeMode::DashOnly
        } else {
            RangeMode::Normal
        };
        let around = &self.around;
        let money = || money_before(around, before);
        let after_change = || rules::change_right_before(text, sign.unwrap_or(start));
        let next = |rest: &str| Next::read(around, text.len() - rest.len());
        let may_open_currency = || around.starts_at(start).has(Class::Unit);
        let Some(mut core) = core(
            &text[start..],
            Before {
                mode,
                money: &money,
                after_change: &after_change,
                next: &next,
                may_open_currency: &may_open_currency,
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
        if super::context::is_column_unit(text, start, end) {
            return end;
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
        let qualifier = hedge.filter(|&(_, at)| {
            let (lead, word) = text.as_bytes()[..before].split_at(at);
            !(word == "近".as_bytes()
                    && (lead.ends_with("最".as_bytes()) || lead.ends_with("附".as_bytes())))
                    && !words::is_particle_over(text, at, before)
                    // `the above 3 cases`: the ones named before, no bound.
                    && !(word.eq_ignore_ascii_case(b"above")
                        && ascii_word_before(text, skip_spaces_back(text, at, 3))
                            .eq_ignore_ascii_case("the"))
        });
        // (Written as a match, not `or_else`: the calls stay inline.)
        let qualifier = match qualifier {
            Some(q) => Some(q),
            None => match words::symbol_before(text, before) {
                Some(q) => Some(q),
                None => words::over_bare_scale(text, start),
            },
        };
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
        if super::context::is_dot_code(text, start, head_end)
            || super::context::is_note_mark(text, start, head_end)
        {
            return head_end;
        }
        if self.is_year_or_hotline(start, head_end, &core, qualifier.is_some()) {
            return head_end;
        }
        if qualifier.is_none()
            && sign.is_none()
            && (self.is_in_name(start, head_end, &core) || self.is_place_name(head_end, &core))
        {
            return head_end;
        }
        // (A table's column names a unit only after a cell's mark.)
        let cell = super::context::after_cell_mark(text, start);
        let (unit, factor) = match (core.unit, core.currency) {
            (Some((u, f)), _) => (Some(u), f),
            (None, Some(c)) => (Some(c), Decimal::from_u64(1)),
            (None, None) => match shared_unit(&text[end..], core.amount.value) {
                // `rose 1.42 and 2.85 percentage points`: the unit of the
                // next number is this one's too.
                Some((u, f)) if core.counter.is_none() => (Some(u), f),
                // `Funds frozen (yuan) | 8,625,000`: a unit the label
                // names once for its column.
                _ => match cell
                    .then(|| super::context::column_unit_before(text, start))
                    .flatten()
                {
                    Some((u, f)) if core.counter.is_none() && qualifier.is_none() => (Some(u), f),
                    _ => match self.carried_unit(start, end) {
                        Some((u, f)) if core.counter.is_none() => (Some(u), f),
                        // `| Funds frozen (yuan) |` over `| 2,640,000 |`:
                        // a unit the header names for its column.
                        _ => match cell
                            .then(|| {
                                super::context::header_unit_above(text, start, end, &mut self.table)
                            })
                            .flatten()
                        {
                            Some((u, f)) if core.counter.is_none() && qualifier.is_none() => {
                                (Some(u), f)
                            }
                            // `Losses avoided: 4.6亿`: yuan by the label.
                            _ if super::context::money_label_before(text, start, end) => {
                                (Some(Unit::Cny), Decimal::from_u64(1))
                            }
                            _ => (None, Decimal::from_u64(1)),
                        },
                    },
                },
            },
        };
        // `港币30万元`: a currency named before the amount is its unit; the
        // `元` after it is that currency's, not the yuan.
        let named = match (qualifier, sign, unit) {
            (None, None, None | Some(Unit::Cny))
                if factor == Decimal::from_u64(1) && core.counter.is_none() =>
            {
                super::context::chinese_currency_before(text, start)
            }
            _ => None,
        };
        // `Hong Kong dollars 5,000`, `U.S. $12,000`: an English name.
        let named = named.or_else(|| match (qualifier, sign) {
            (None, None) if core.counter.is_none() => {
                super::context::english_currency_before(text, start)
                    .filter(|&(u, _, confirms)| match unit {
                        None => !confirms && factor == Decimal::from_u64(1),
                        Some(had) => had == u,
                    })
                    .map(|(u, at, _)| (u, at))
            }
            _ => None,
        });
        let unit = named.map_or(unit, |(u, _)| Some(u));
        // `3 tons 200 kilograms`: a smaller mass right after adds to this one.
        let mut part = None;
        if unit == Some(Unit::Kg) && core.max.is_none() {
            if let Ok((rest, kg)) = rules::smaller_mass_after(&text[end..], factor) {
                part = Some(kg);
                end = text.len() - rest.len();
            }
        }
        // `the first three quarters of 2024`: a stretch of the calendar,
        // no figure.
        if unit.is_none() && core.counter.is_none() && quarters_of_calendar(text, before, end) {
            return end;
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
                // `a 600-strong police force`: the size of a body of
                // people, counted by the noun after it.
                let size = word.eq_ignore_ascii_case("strong");
                if size {
                    end += 1 + w;
                // `a three-fold increase`: a multiple, as `3-fold` is.
                } else if time
                    || (core.amount.script == Script::Digits && !name)
                    || word.eq_ignore_ascii_case("fold")
                {
                    noun = Some(word);
                    end += 1 + w;
                } else {
                    return end + 1 + w;
                }
            }
        }
        // `soared 5.5 times`, `1.5倍`, `3 fold`: the multiple word is the
        // figure's.
        if unit.is_none() && core.counter.is_none() && noun.is_none() {
            let from = qualifier.map_or(start, |(_, s)| s);
            if let Some(to) = super::context::multiple_word_after(text, from, end) {
                noun = Some(text[end..to].trim_start());
                end = to;
            }
        }
        // `a twofold approach`: a multiple with no change is no figure.
        if super::context::multiple_without_change(text, start, end) {
            return end;
        }
        let span_start = match qualifier {
            Some((_, s)) => s,
            // (`from 20% to 30%`: a range's `from` is its own, as `between` is.)
            None if (mode == RangeMode::Between || prev_word.eq_ignore_ascii_case("from"))
                && core.max.is_some() =>
            {
                before - prev_word.len()
            }
            // (`(+5.1%)`: a percent's plus sign is written with it, as a
            // minus is; its value stays as read.)
            None => named.map_or_else(
                || {
                    sign.or_else(|| {
                        (unit == Some(Unit::Percent))
                            .then(|| rules::plus_before(text, start))
                            .flatten()
                    })
                    .unwrap_or(start)
                },
                |(_, s)| s,
            ),
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
        // `0 cases`, `zero deaths` count, and so does a zero something fell
        // to or was (`fell to zero`, `was 0`, `为0`); a bare 0 (`2022-11-18
        // 0 By`, a comment counter) counts nothing.
        if value == Decimal::ZERO
            && unit.is_none()
            && noun_after(&self.around, end).is_none()
            && !zero_reached(text, span_start)
        {
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
        let noun = match (noun, core.counter) {
            (Some(n), _) => Some(n),
            (None, Some(c)) => Some(noun_after(&self.around, end).unwrap_or(c)),
            (None, None) if unit.is_some_and(Unit::is_currency) || unit == Some(Unit::Percent) => {
                None
            }
            (None, None) => {
                // `a 1.8m-long knife`: the noun follows the dimension word.
                let dimension = rules::dimension_after(&text[end..])
                    .map_or(0, |(r, ())| text.len() - end - r.len());
                noun_after(&self.around, end + dimension)
            }
        };
        self.last_measure = match unit {
            Some(u)
                if !u.is_currency() && u != Unit::Percent && text[end..].starts_with(" of ") =>
            {
                Some((end, u, factor))
            }
            _ => None,
        };
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

impl Scanner<'_, '_> {
    /// `3.2 kilograms of heroin, 1.5 of methamphetamine and 0.8 of
    /// ketamine`: a bare number that reads `N of` a noun, next in a list
    /// (after a comma or `and`, no number or clause mark between) to a
    /// measure written the same way, is in that measure's unit.
    /// (Most numbers follow no such measure: the reject is inline.)
    #[inline(always)]
    fn carried_unit(&self, start: usize, end: usize) -> Option<(Unit, Decimal)> {
        let last = self.last_measure?;
        self.carried_unit_of(last, start, end)
    }

    /// [`Scanner::carried_unit`] after the measure `last` written before.
    #[inline(never)]
    fn carried_unit_of(
        &self,
        (prev_end, unit, factor): (usize, Unit, Decimal),
        start: usize,
        end: usize,
    ) -> Option<(Unit, Decimal)> {
        let text = self.text;
        let gap = text.get(prev_end..start)?;
        let listed = gap.len() <= 80
            && !gap
                .contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | ':' | '(' | ')'))
            && (gap.ends_with(", ") || gap.ends_with(" and ") || gap.ends_with('\u{3001}'));
        let rest = text[end..].strip_prefix(" of ")?;
        let word = &rest[..rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len())];
        // (`5 of the 9 suspects`, `15 of them`: a part of something else.)
        // (Nor `2 of their trucks`: a determiner opens a noun phrase of its
        // own.)
        let pronoun = [
            "a", "all", "an", "each", "her", "his", "it", "its", "our", "that", "the", "their",
            "them", "these", "this", "those", "which", "whom", "whose",
        ]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p));
        (listed && !word.is_empty() && !pronoun).then_some((unit, factor))
    }
}

#[cfg(test)]
pub(crate) mod walk_tests;
