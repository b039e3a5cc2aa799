//! The grammar of one figure as written: sign, currency, number, money
//! suffix, range, bound and unit, composed from the rules in
//! [`number`](super::number), [`unit`](mod@super::unit) and [`rules`].
//! Context before and after is the scan's job.

use super::context::skip_spaces;
use super::next::Next;
use super::number::{amount, Amount, Script};
use super::rules::RangeMode;
use super::{rules, unit, words, Decimal, Qualifier, Unit};
use crate::text::match_prefix;
use words::{CHINESE_COUNTERS, VAGUE, VAGUE_FIRST};

mod range;

use range::{change_and_level, range_tail, unit_range};

/// The parsed number with what is written right around it.
pub(super) struct Core<'a> {
    pub(super) currency: Option<Unit>,
    pub(super) amount: Amount,
    pub(super) vague: bool,
    /// Written with `minus`.
    pub(super) negative: bool,
    /// After the first number (before any range, unit or suffix).
    pub(super) head_rest: &'a str,
    pub(super) max: Option<Option<Decimal>>,
    pub(super) qualifier: Option<Qualifier>,
    pub(super) unit: Option<(Unit, Decimal)>,
    pub(super) counter: Option<&'a str>,
    pub(super) rest: &'a str,
    /// What follows the head, read once for the checks after it.
    pub(super) next: Next,
}

/// What the text before the number says about it.
#[derive(Clone, Copy)]
pub(super) struct Before<'m> {
    pub(super) mode: RangeMode,
    /// Whether a money word stands near: `pounds` are sterling. Asked
    /// only when `pound` follows the number (few do), so the words before
    /// are read only then.
    pub(super) money: &'m dyn Fn() -> bool,
    /// Whether a change word stands right before the number (`rose`,
    /// `increased by`): then `5.2 percentage points to 95.3%` is a change
    /// and the level it reached, not a range. Asked only when both ends
    /// carry a unit.
    pub(super) after_change: &'m dyn Fn() -> bool,
    /// What follows the head, given the text after it.
    pub(super) next: &'m dyn Fn(&str) -> Next,
    /// Whether a unit mark may open the text (`US$`, `RM`): not where the
    /// token there starts none. Asked only of a figure that opens with no
    /// digit.
    pub(super) may_open_currency: &'m dyn Fn() -> bool,
}

#[inline]
pub(super) fn core<'a>(input: &'a str, before: Before<'_>) -> Option<Core<'a>> {
    // Most candidates start with a digit: neither `minus` nor a currency.
    let starts_digit = |s: &str| s.as_bytes().first().is_some_and(u8::is_ascii_digit);
    let minus = match starts_digit(input) {
        true => None,
        false => rules::minus_word(input).ok(),
    };
    let (input, negative) = match minus {
        Some((rest, ())) => (rest, true),
        None => (input, false),
    };
    // (A currency opens the text only where its token starts a mark.)
    let found = if starts_digit(input) || (minus.is_none() && !(before.may_open_currency)()) {
        None
    } else {
        unit::currency_before(input).ok()
    };
    let (i, currency) = match found {
        Some((rest, u)) => (rest, Some(u)),
        None => (input, None),
    };
    // `百分之五`, `百分之2.4`: Chinese writes the percent before the number,
    // and the per mille too (`千分之三`, 0.3 percent).
    let (i, percent_before, per_mille) = match currency {
        None => match (i.strip_prefix("百分之"), i.strip_prefix("千分之")) {
            (Some(r), _) => (r, true, false),
            (None, Some(r)) => (r, true, true),
            (None, None) => (i, false, false),
        },
        Some(_) => (i, false, false),
    };
    // Vague counts start with `billions`, `dozens`, `hundreds`, `millions`,
    // `several`, `tens`, `thousands`: a cheap reject before the table.
    let may_be_vague = i
        .as_bytes()
        .first()
        .is_some_and(|b| VAGUE_FIRST.contains(&b.to_ascii_lowercase()));
    let vague_word = may_be_vague.then(|| match_prefix(i, VAGUE)).flatten();
    // `数百名`, `上千万元`, `几十人`: 数, 几 or 上 before a bare scale is at
    // least that scale, as `hundreds of` is.
    let chinese_vague = match currency {
        None if !percent_before && !negative => chinese_vague_scale(i),
        _ => None,
    };
    // `二三十人`, `三四万元`: two neighbouring Chinese digits, a range.
    let pair = match (currency, chinese_vague) {
        (None, None) if !percent_before && !negative => pair_head(i),
        _ => None,
    };
    let (mut head_rest, mut amt, vague) = match (chinese_vague, vague_word) {
        (Some((rest, a)), _) => (rest, a, true),
        _ if pair.is_some() => pair.map(|(r, a, _)| (r, a, false))?,
        (None, Some((&v, len))) if currency.is_none() && !negative => {
            let a = Amount {
                value: Some(Decimal::from_u64(v)),
                script: Script::Words,
                digits: None,
                scaled: true,
                too_precise: false,
                scale_only: None,
            };
            (&i[len..], a, true)
        }
        _ => match amount(i) {
            Ok((rest, a)) => (rest, a, false),
            // `百分之百`: a hundred percent.
            Err(_) if percent_before && !per_mille => {
                let a = Amount {
                    value: Some(Decimal::from_u64(100)),
                    script: Script::Chinese,
                    digits: None,
                    scaled: false,
                    too_precise: false,
                    scale_only: None,
                };
                (i.strip_prefix('百')?, a, false)
            }
            Err(_) => return None,
        },
    };
    // `HK$48m`, `$12k`, `5m yuan`: a letter scale only next to a currency.
    if !amt.scaled {
        // The letter may stand one space off, after a currency sign (`$5
        // m`) or before a currency word (`3.5 m yuan`, never metres).
        let spaced = &head_rest[skip_spaces(head_rest, 0, 1)..];
        let suffix = match currency {
            Some(_) => unit::money_suffix(spaced).ok(),
            None => unit::money_suffix(spaced)
                .ok()
                .filter(|(r, _)| unit::unit_after(r).is_ok_and(|(_, (u, _))| u.is_currency())),
        };
        if let Some((r, k)) = suffix {
            amt.value = amt.value.and_then(|v| v.checked_mul(k));
            amt.scaled = true;
            amt.digits = None;
            head_rest = r;
        }
    }
    if negative {
        amt.value = amt.value.map(Decimal::negated);
    }
    let next = (before.next)(head_rest);
    // A unit at `rest`: none where the word after the head starts no mark.
    let unit_after = |rest: &'a str| match rest.len() == head_rest.len() && !next.may_be_unit() {
        true => None,
        false => unit::unit_after(rest).ok(),
    };
    // A bound at `rest`: none where the word after the head opens none.
    let bound_after = |rest: &'a str| match rest.len() == head_rest.len() && !next.may_bound() {
        true => None,
        false => rules::bound_after(rest).ok(),
    };
    let mut rest = head_rest;
    let mut max = pair.map(|(_, _, high)| Some(high));
    let mut unit = None;
    // The unit right after the number, read once for the range and the unit.
    let mut unit_at_head = None;
    if !vague && pair.is_none() {
        let tail = next
            .may_connect(before.mode)
            .then(|| range_tail(rest, before.mode, &amt));
        let range = match tail.flatten() {
            Some(end) if change_and_level(rest, &end, &amt, before) => None,
            Some(end) => Some((end, None)),
            // `44 mg to 50 mg`, `between 10 dollars and 20 dollars`.
            None => {
                let first = unit_after(rest);
                unit_at_head = Some(first);
                // `rose 2.1% to 15%` is a change and a level, but a dash
                // joins a range after a change word too (`fell 10%-15%`).
                let dash = first.is_some_and(|(r, _)| r.starts_with(['-', '–', '~', '～', '－']));
                unit_range(first, before.mode, &amt)
                    .filter(|_| dash || !(before.after_change)())
                    .map(|(end, u)| (end, Some(u)))
            }
        };
        if let Some((end, u)) = range {
            rest = end.rest;
            max = Some(end.max);
            amt.value = Some(end.low);
            unit = u;
        }
    }
    let mut qualifier = None;
    // Where the bound was looked for: with no unit after, not again.
    let bound_tried = rest.len();
    // `3000余万元`: the Chinese scale may follow the bound (`300余万` is
    // more than 3 million, not more than 300).
    if let Some((r, k)) = scale_after_bound(rest, &amt, before.after_change) {
        amt.value = amt.value.and_then(|v| v.checked_mul(k));
        max = max.map(|m: Option<Decimal>| m.and_then(|m| m.checked_mul(k)));
        amt.scaled = true;
        amt.digits = None;
        qualifier = Some(Qualifier::MoreThan);
        rest = r;
    } else if let Some((r, q)) = bound_after(rest).or_else(|| rules::about_lai(rest).ok()) {
        qualifier = Some(q);
        rest = r;
    }
    // A vague count takes its unit too (`hundreds of thousands of yuan`).
    if unit.is_none() {
        let money = || amt.scaled || currency.is_some() || (before.money)();
        let after = match unit_at_head {
            Some(first) if rest.len() == head_rest.len() => first,
            _ => unit_after(rest),
        };
        let after = after.or_else(|| unit::pounds(rest, money).ok());
        if let Some((r, u)) = after {
            // `$5 m`-like slips aside, a measure never overrides the
            // currency written before the number; another currency does
            // (`US$5 million yuan` is garbled either way).
            if currency.is_none() || u.0.is_currency() || u.0 == Unit::Percent {
                // `S$41.3 million dollars`: a bare `dollars` after a
                // country's `$` is that country's dollar, never USD.
                let u = match currency {
                    Some(c) if unit::prefixed_dollar(c) && unit::bare_dollars(rest).is_ok() => {
                        (c, u.1)
                    }
                    _ => u,
                };
                unit = Some(u);
                rest = r;
                // `86,000 yuan RMB`, `1.2 billion RMB yuan`: the currency
                // named twice is one mark.
                if let Ok((r2, u2)) = unit::unit_after(rest) {
                    if u.0.is_currency() && u2.0 == u.0 && u2.1 == Decimal::from_u64(1) {
                        rest = r2;
                    }
                }
            }
        }
    }
    // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`.
    let cents = match (unit, max) {
        (Some((u, _)), None) if u.is_currency() && rest.starts_with(' ') => {
            rules::cents_after(rest)
        }
        _ => None,
    };
    if let Some((r, c)) = cents {
        amt.value = amt.value.and_then(|v| v.checked_add(c));
        rest = r;
    }
    // `一吨半`, `三斤半`, `三成半`: 半 after the unit is one half more of it.
    let half = match (unit, max) {
        (Some(_), None) => half_after_unit(rest),
        _ => None,
    };
    if let Some(r) = half {
        amt.value = amt
            .value
            .zip(Decimal::new(5, 1))
            .and_then(|(v, h)| v.checked_add(h));
        rest = r;
    }
    if qualifier.is_none() && rest.len() != bound_tried {
        if let Ok((r, q)) = rules::bound_after(rest) {
            qualifier = Some(q);
            rest = r;
        }
    }
    if percent_before && unit.is_none() {
        let factor = match per_mille {
            true => Decimal::new(1, 1)?,
            false => Decimal::from_u64(1),
        };
        unit = Some((Unit::Percent, factor));
    }
    let mut counter = None;
    if unit.is_none() {
        if let Some(c) = rest
            .chars()
            .next()
            .filter(|&c| !c.is_ascii() && CHINESE_COUNTERS.contains(c))
        {
            // `300人次` (person-times): 次 after a counter is part of it.
            let len = c.len_utf8() + usize::from(rest[c.len_utf8()..].starts_with('次')) * 3;
            counter = Some(&rest[..len]);
            rest = &rest[len..];
            // `500人以上`, `300人左右`: the bound after the counter.
            if qualifier.is_none() {
                if let Ok((r, q)) = rules::bound_after(rest) {
                    qualifier = Some(q);
                    rest = r;
                }
            }
        }
    }
    Some(Core {
        currency,
        amount: amt,
        vague,
        negative,
        head_rest,
        max,
        qualifier,
        unit,
        counter,
        rest,
        next,
    })
}

/// `数百`, `几十`, `上千万`, `上亿`: the scale after 数, 几 or 上, read as a number
/// from its bare scale (`百` is 100, `千万` ten million).
fn chinese_vague_scale(input: &str) -> Option<(&str, Amount)> {
    let rest = input.strip_prefix(['数', '几', '上'])?;
    if !rest.starts_with(['十', '百', '千', '万', '亿']) {
        return None;
    }
    let (rest, mut a) = amount(rest).ok()?;
    // `数十年来` (for decades): a span of time, not a count.
    if rest.starts_with(['年', '天', '月', '日', '岁', '小']) {
        return None;
    }
    a.scaled = true;
    Some((rest, a))
}

/// 半 right after a Chinese unit (`一吨半`): the rest after it. Not the
/// 半 of a word (半年, 半径, 半小时).
fn half_after_unit(rest: &str) -> Option<&str> {
    let r = rest.strip_prefix('半')?;
    (!r.starts_with(['年', '月', '天', '日', '小', '个', '夜', '径', '岛', '价'])).then_some(r)
}

/// The bound 余, 多 or 几 (or 餘, 幾) with `万` or `亿` (or 萬, 億) right after it (`3000余万元`,
/// `二十几万`), or `-odd` or `-plus` with a scale word (`60-odd million`):
/// the rest and the scale's factor. Only after a number with no scale of
/// its own.
fn scale_after_bound<'a>(
    rest: &'a str,
    amt: &Amount,
    after_change: &dyn Fn() -> bool,
) -> Option<(&'a str, Decimal)> {
    if amt.scaled {
        return None;
    }
    // `60-odd million yuan`, `40-plus thousand`: the same in English.
    if let Some(r) = ["-odd ", "-plus "]
        .iter()
        .find_map(|b| rest.strip_prefix(b))
    {
        return match super::number::scale_word(r) {
            Ok((r, k)) if k >= 1_000 => Some((r, Decimal::from_u64(k))),
            _ => None,
        };
    }
    // `1.3 more than 100 million yuan`: 1.3亿余元 as machine translation
    // leaves it, the bound between the number and its Chinese magnitude.
    // (Not after a word of change: `fell 2.5 more than 10,000 yuan` is
    // the change, then a figure of its own.)
    if let Some(r) = rest.strip_prefix(" more than ") {
        return magnitude_written(r, amt).filter(|_| !after_change());
    }
    let rest = rest.strip_prefix(['余', '多', '几', '餘', '幾'])?;
    let c = rest.chars().next()?;
    // The traditional forms too: `500餘萬元`, `十多萬`.
    let k = match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    };
    Some((&rest[c.len_utf8()..], Decimal::from_u64(k)))
}

/// `100 million` (亿) or `10,000` (万) written out after the bound of
/// [`scale_after_bound`], after a number in digits with a fraction below
/// 10,000 (`2.6 more than 100 million`, `4.75 more than 10,000 yuan`): the
/// rest and the magnitude. (A whole number is no such coefficient: `In
/// 2023 more than 10,000 people ...` is a year and a count.)
/// (Rare: kept out of line, so the figure reader `core` stays small
/// enough to be inlined into the scan.)
#[inline(never)]
fn magnitude_written<'a>(r: &'a str, amt: &Amount) -> Option<(&'a str, Decimal)> {
    const MAGNITUDES: [(&str, u64); 5] = [
        ("100 million", 100_000_000),
        ("hundred million", 100_000_000),
        ("10,000", 10_000),
        ("10000", 10_000),
        ("ten thousand", 10_000),
    ];
    let coefficient = amt.digits.is_some()
        && amt
            .value
            .is_some_and(|v| !v.is_integer() && v < Decimal::from_u64(10_000));
    if !coefficient {
        return None;
    }
    MAGNITUDES.iter().find_map(|&(m, k)| {
        let after = r.strip_prefix(m)?;
        let b = after.as_bytes();
        // (Not a longer number: `10,000,000`, `10000.5`, `100 millions`.)
        let longer = b.first().is_some_and(u8::is_ascii_alphanumeric)
            || (matches!(b.first(), Some(b',' | b'.')) && b.get(1).is_some_and(u8::is_ascii_digit));
        (!longer).then(|| (after, Decimal::from_u64(k)))
    })
}

/// A [`chinese_pair`](super::number::chinese_pair) at the head of a
/// figure: the rest, the low end as an amount, and the high end.
fn pair_head(input: &str) -> Option<(&str, Amount, Decimal)> {
    let (rest, (low, high)) = super::number::chinese_pair(input).ok()?;
    let amt = Amount {
        value: Some(Decimal::from_u64(low)),
        script: Script::Chinese,
        digits: None,
        scaled: false,
        too_precise: false,
        scale_only: None,
    };
    Some((rest, amt, Decimal::from_u64(high)))
}

/// Length of `word` at the start of `s` when it is a whole word.
pub(super) fn prefix_word(s: &str, word: &str) -> Option<usize> {
    let head = s.get(..word.len())?;
    (head.eq_ignore_ascii_case(word) && crate::text::is_boundary_after(s, word.len()))
        .then_some(word.len())
}
