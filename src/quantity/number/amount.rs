//! The amount rule: a number with its scale words, folded into one value
//! (`5.5 million`, `1 million 700 thousand`, `两万`), with the fast path for
//! a lone token and the fractions and decimals written in words.

use super::*;

/// A number with its scale words: `5.5 million`, `1 million 700 thousand`,
/// `one million and seven hundred thousand`, `1.2 ten thousand`, `两万`.
pub(crate) fn amount(input: &str) -> PResult<'_, Amount> {
    let first = May {
        digits: true,
        article: true,
    };
    // Most numbers start with an ASCII digit: their first token is the
    // digits (`small` would try them first and they always read), and no
    // decimal in words follows.
    let (rest, lead) = match input.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => {
            let (rest, lead) = digits_small(input)?;
            let (rest, lead) = with_fraction(lead, rest);
            bare_fraction(lead, rest)
        }
        _ => {
            let (rest, lead) = small(first)(input)?;
            let (rest, lead) = with_fraction(lead, rest);
            if let Ok(decimal) = word_decimal(lead, rest) {
                return Ok(decimal);
            }
            (rest, lead)
        }
    };
    // Most numbers end at their first token: what goes on after one
    // (`and a half`, `hundred`, a scale word, a tens word's unit) starts
    // with `a`, `h` or a scale word. The same answer as the rules below.
    if !lead.is_tens_word() && !goes_on(rest, may_be_numerator(lead)) {
        return Ok((rest, lone(lead)));
    }
    amount_after(lead, rest)
}

/// A number that is its first token alone, as [`Sum::amount`] reads a
/// lone group with no scale.
fn lone(lead: Small) -> Amount {
    Amount {
        value: lead.value,
        script: lead.script,
        digits: lead.digits,
        scaled: false,
        too_precise: lead.digits.is_some_and(|d| d.too_precise),
        scale_only: None,
    }
}

/// `2 1/2`, `3½`, `1 ¾`: a whole number of at most three plain digits
/// and a proper fraction after it. (Read alone, `2 1/2 tons` had been two,
/// with no unit.) Anything else is `lead` as it was.
///
/// Inline: nearly every number is turned away by its first test, and the
/// call would cost more than the test.
#[inline(always)]
fn with_fraction(lead: Small, rest: &str) -> (&str, Small) {
    let whole = lead.digits.is_some_and(|d| d.plain && d.int_digits <= 3);
    // A space and a digit, or a vulgar fraction (C2 for ½ ¼ ¾, E2 for ⅓ ⅔
    // ⅛), perhaps after a space: most numbers are followed by neither.
    let may = match rest.as_bytes() {
        [b' ', d, ..] => d.is_ascii_digit() || matches!(d, 0xC2 | 0xE2),
        [first, ..] => matches!(first, 0xC2 | 0xE2),
        [] => false,
    };
    if !whole || !may {
        return (rest, lead);
    }
    with_mixed_fraction(lead, rest)
}

/// [`with_fraction`] past its first test: the fraction read, if one is
/// there.
#[inline(never)]
fn with_mixed_fraction(lead: Small, rest: &str) -> (&str, Small) {
    match mixed_fraction(rest) {
        Ok((after, part)) => {
            let small = Small {
                value: lead.value.zip(part).and_then(|(v, p)| v.checked_add(p)),
                digits: None,
                ..lead
            };
            (after, small)
        }
        Err(_) => (rest, lead),
    }
}

/// `1/2 kg`, `3/4 ton`, `3/4 of a ton`, `1/3 of the cases`: a proper
/// fraction in digits alone, when a measure or `of` and a word follows it
/// (alone, `1/2` may be a date or a code, and stays the `1` it was, for the
/// date rules to judge). `of a` before a scale or a unit is read with the
/// fraction, so the unit after it multiplies (`3/4 of a ton` is 750 kg).
/// Anything else is `lead` as it was.
fn bare_fraction(lead: Small, rest: &str) -> (&str, Small) {
    let small_top = lead.digits.is_some_and(|d| d.plain && d.int_digits <= 2);
    if !small_top || !rest.starts_with('/') {
        return (rest, lead);
    }
    let Some(n) = lead.value.and_then(Decimal::as_u64) else {
        return (rest, lead);
    };
    let mut bottom = terminated(
        preceded(char('/'), decimal_u64),
        not(one_of("0123456789/.")),
    );
    let parsed: PResult<'_, u64> = bottom.parse(rest);
    let Ok((after, d)) = parsed else {
        return (rest, lead);
    };
    let measure = super::super::unit::unit_after(after)
        .is_ok_and(|(_, (u, _))| !u.is_currency() && u != super::super::Unit::Percent);
    let of = || (char(' '), word("of"), char(' '));
    let of_a: PResult<'_, _> = preceded(of(), alt((article, article_before_unit))).parse(after);
    // `of the cases`, `of all calls`: a word, not a year or a date.
    let of_word = || {
        let r: PResult<'_, _> = preceded(of(), one_of("abcdefghijklmnopqrstuvwxyz")).parse(after);
        r.is_ok()
    };
    // `1/3 were recruited online`: a share is many, a date is one day.
    let plural = after.starts_with(" were ") || after.starts_with(" are ");
    let after = match of_a {
        Ok((r, ())) => r,
        Err(_) if measure || plural || of_word() => after,
        Err(_) => return (rest, lead),
    };
    if !(0 < n && n < d && d <= 16) {
        return (rest, lead);
    }
    let small = Small {
        value: ratio(Decimal::from_u64(n), d),
        digits: None,
        ..lead
    };
    (after, small)
}

/// The fraction of [`with_fraction`]: ` 1/2` (a numerator below a
/// denominator of at most 16, and no digit or slash after it, which would
/// make a date or a code), or a vulgar fraction such as `½`, its value.
fn mixed_fraction(input: &str) -> PResult<'_, Option<Decimal>> {
    let vulgar = alt((
        value((1, 2), char('½')),
        value((1, 4), char('¼')),
        value((3, 4), char('¾')),
        value((1, 3), char('⅓')),
        value((2, 3), char('⅔')),
        value((1, 8), char('⅛')),
    ));
    let proper = |&(n, d): &(u64, u64)| 0 < n && n < d && d <= 16;
    let written = preceded(
        char(' '),
        verify(separated_pair(decimal_u64, char('/'), decimal_u64), proper),
    );
    let (rest, (n, d)) = alt((
        preceded(opt(char(' ')), vulgar),
        terminated(written, not(one_of("0123456789/"))),
    ))
    .parse(input)?;
    Ok((rest, ratio(Decimal::from_u64(n), d)))
}

/// `one point five`, `two point seven five million`: a decimal said in
/// words, one digit word after another past `point`, perhaps before scale
/// words. (Read as the number ending at `one`, `one point five tons` had
/// been five tons.)
fn word_decimal(lead: Small, rest: &str) -> PResult<'_, Amount> {
    let whole = match (lead.script, lead.value) {
        (Script::Words, Some(v)) if v.is_integer() => v,
        _ => return fail(rest),
    };
    let digit = preceded(sep, verify(number_word, |&d: &u64| d < 10));
    let fraction = fold_many_m_n(
        1,
        9,
        digit,
        || (0u128, 0u32),
        |(m, k), d| (m * 10 + u128::from(d), k + 1),
    );
    let (rest, (m, k)) = preceded((sep, text_no_case("point")), fraction).parse(rest)?;
    let (rest, scales) = fold_many0(
        scale,
        || Some(Decimal::from_u64(1)),
        |acc, s| acc.and_then(|a| a.checked_mul(Decimal::from_u64(s))),
    )
    .parse(rest)?;
    let value = Decimal::new(m, k)
        .and_then(|f| whole.checked_add(f))
        .zip(scales)
        .and_then(|(v, s)| v.checked_mul(s));
    Ok((
        rest,
        Amount {
            value,
            script: Script::Words,
            digits: None,
            scaled: scales != Some(Decimal::from_u64(1)),
            too_precise: false,
            scale_only: None,
        },
    ))
}

/// The rest of a number whose first token is `lead`, by the rules.
pub(super) fn amount_after(lead: Small, rest: &str) -> PResult<'_, Amount> {
    // (Once read, the fraction leaves no plain digits: this is a no-op
    // after [`amount`].)
    let (rest, lead) = with_fraction(lead, rest);
    if let Ok(decimal) = word_decimal(lead, rest) {
        return Ok(decimal);
    }
    let (rest, first) = group_of(lead).parse(rest)?;
    let digits_after_hundred = lead.script == Script::Digits;
    let step = scale.flat_map(|s: u64| {
        map(opt(group_after_scale(s, digits_after_hundred)), move |g| {
            (s, g)
        })
    });
    let start = Sum::new(first);
    let (rest, sum) = fold_many0(step, move || start, Sum::push).parse(rest)?;
    let mut amount = sum.amount(lead);
    // `a million and a half`, `two dozen and a half`: half the last scale
    // more, when a scale word ends the number.
    if sum.after_scale {
        if let Ok((after, ())) = and_a_half(rest) {
            let half =
                Decimal::new(5, 1).and_then(|h| Decimal::from_u64(sum.last_scale).checked_mul(h));
            amount.value = amount.value.zip(half).and_then(|(v, h)| v.checked_add(h));
            amount.scale_only = None;
            return Ok((after, amount));
        }
    }
    Ok((rest, amount))
}

/// A number as it is summed, group by group.
#[derive(Debug, Clone, Copy)]
struct Sum {
    /// Groups already times their scales.
    total: Option<Decimal>,
    /// The group waiting for its scale.
    group: Option<Decimal>,
    last_scale: u64,
    /// The last step was a scale with no group after it.
    after_scale: bool,
    /// The product of the scales, while the number is one group and
    /// scale words only (`20 million`).
    scale_only: Option<Option<Decimal>>,
}

impl Sum {
    fn new(first: Group) -> Sum {
        let hundred = Decimal::from_u64(if first.hundred { 100 } else { 1 });
        Sum {
            total: Some(Decimal::ZERO),
            group: first.value,
            last_scale: u64::MAX,
            after_scale: false,
            scale_only: first.lone.then_some(Some(hundred)),
        }
    }

    /// A scale and the group after it, if any.
    fn push(self, (scale, group): (u64, Option<Group>)) -> Sum {
        let s = Decimal::from_u64(scale);
        let total = if self.after_scale {
            // 万亿, `thousand million`: all so far is times the scale.
            self.total.and_then(|t| t.checked_mul(s))
        } else if scale < self.last_scale {
            // `1 million 700 thousand`: the group is times its scale.
            let part = self.group.and_then(|g| g.checked_mul(s));
            self.total.zip(part).and_then(|(t, p)| t.checked_add(p))
        } else {
            // `two thousand five million`: all so far is times the scale.
            let sum = self
                .total
                .zip(self.group)
                .and_then(|(t, g)| t.checked_add(g));
            sum.and_then(|t| t.checked_mul(s))
        };
        let scale_only = match (self.scale_only, group) {
            (Some(m), None) => Some(m.and_then(|m| m.checked_mul(s))),
            _ => None,
        };
        Sum {
            total,
            group: group.map_or(Some(Decimal::ZERO), |g| g.value),
            last_scale: scale,
            after_scale: group.is_none(),
            scale_only,
        }
    }

    /// The number whose first token is `lead`.
    fn amount(self, lead: Small) -> Amount {
        let scaled = self.last_scale != u64::MAX;
        Amount {
            // With no scale the total is still zero.
            value: match scaled {
                false => self.group,
                true => self
                    .total
                    .zip(self.group)
                    .and_then(|(t, g)| t.checked_add(g)),
            },
            script: lead.script,
            digits: if scaled { None } else { lead.digits },
            scaled,
            too_precise: lead.digits.is_some_and(|d| d.too_precise),
            // `three hundred` shares its hundred too (`two to three
            // hundred` is 200 to 300); a lone number does not.
            scale_only: self
                .scale_only
                .flatten()
                .filter(|m| scaled || *m > Decimal::from_u64(1)),
        }
    }
}

/// A folded run of number tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    /// The value, or `None` on overflow.
    pub value: Option<Decimal>,
    /// How the first token was written.
    pub script: Script,
    /// How the first token was written, when it was a lone run of digits.
    pub digits: Option<Shape>,
    /// Whether any scale word took part.
    pub scaled: bool,
    /// A run of decimals past what [`Decimal`] holds cost the value.
    pub too_precise: bool,
    /// When the number is one small number and scale words only (`20
    /// million`, `5万`), the product of those scales: the low end of a range
    /// shares it (`10-20 million` is 10 million to 20 million).
    pub scale_only: Option<Decimal>,
}
