//! Money: the peso a bulletin means, the money words before a number, and
//! a unit shared with the next number.

use super::{skip_spaces, skip_spaces_back, Around};
use crate::lex::{Class, Lexicon};
use crate::quantity::figure::prefix_word;
use crate::quantity::number::{amount, Script};
use crate::quantity::scan::Scanner;
use crate::quantity::{unit, Decimal, Unit};
use crate::text::ascii_word_before;

impl Scanner<'_, '_> {
    /// The peso a bulletin means: Philippine when it names the Philippines
    /// or Manila, Mexican when it names Mexico, else none (a bare `pesos`
    /// is then no known currency). One search per bulletin, at most.
    pub(crate) fn peso_country(&mut self) -> Option<Unit> {
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
}

/// A currency named in Chinese right before a number (`港币30万元`,
/// `美元100万元`, `人民币500万元`): the currency, and where its name
/// starts. The `元` after such an amount is that currency's unit, not the
/// yuan's. One space may stand between, as mixed typesetting leaves it
/// (`新台币 12 万元`).
/// (The reject on the byte before, which nearly every number meets, is
/// inline at the call.)
#[inline(always)]
pub(crate) fn chinese_currency_before(text: &str, start: usize) -> Option<(Unit, usize)> {
    let head = &text[..start];
    let head = match head.strip_suffix(' ') {
        Some(h) if h.as_bytes().last().is_some_and(|b| !b.is_ascii()) => h,
        _ => head,
    };
    // Every name ends in a CJK character: after an ASCII byte (nearly
    // every number in an English bulletin) there is nothing to compare.
    if !head.as_bytes().last().is_some_and(|b| !b.is_ascii()) {
        return None;
    }
    chinese_currency_ending(text, head)
}

/// [`chinese_currency_before`] past its reject: the name that ends
/// `head`, the text before the number.
#[inline(never)]
fn chinese_currency_ending(text: &str, head: &str) -> Option<(Unit, usize)> {
    // The longest name that ends there: `新台币`, not `台币`.
    CHINESE_CURRENCIES
        .iter()
        .filter(|(name, _)| head.ends_with(name))
        .max_by_key(|(name, _)| name.len())
        .map(|&(name, unit)| (unit, head.len() - name.len()))
        // `100万美元3起`: the name ends the amount before, not this one's.
        .filter(|&(_, at)| {
            !text[..at].ends_with(|c: char| c.is_ascii_digit() || "万亿千百".contains(c))
        })
}

/// A currency named in English words right before a number, one space
/// between (`Hong Kong dollars 5,000`, `yuan 80,000`, and `U.S. $12,000`, where the name
/// only repeats the `$`): the currency, where its name starts, and whether
/// it only confirms a currency already read (`U.S.` names no unit alone).
pub(crate) fn english_currency_before(text: &str, start: usize) -> Option<(Unit, usize, bool)> {
    let head = text[..start].strip_suffix(' ')?;
    // Most words before a number end in no name's last byte: one lookup
    // rejects them, and one compare each name that ends otherwise.
    let last = head.as_bytes().last()?.to_ascii_lowercase();
    if !ENDS_ENGLISH_CURRENCY[usize::from(last)] {
        return None;
    }
    // Nor in its last two (`was`, `has` end in a name's `s`, not its `rs`
    // or `os`): every name is two bytes long or more.
    let second = head.len().checked_sub(2).map(|i| head.as_bytes()[i])?;
    if !ENDS2_ENGLISH_CURRENCY
        .iter()
        .any(|&(l, s)| l == last && s == second.to_ascii_lowercase())
    {
        return None;
    }
    ENGLISH_CURRENCIES
        .iter()
        .find(|(name, _, _)| {
            name.as_bytes().last().map(u8::to_ascii_lowercase) == Some(last)
                && head.len() >= name.len()
                && head.as_bytes()[head.len() - name.len()..].eq_ignore_ascii_case(name.as_bytes())
                && crate::text::is_boundary_before(head, head.len() - name.len())
        })
        .map(|&(name, unit, confirms)| (unit, head.len() - name.len(), confirms))
        // `447,000 U.S. dollars 3 times`: the name closes the amount before.
        .filter(|&(_, at, _)| {
            !text[..at]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit())
        })
}

/// English currency names that stand before an amount, the longest first
/// where one ends another; `true` for a prefix that needs its sign.
const ENGLISH_CURRENCIES: &[(&str, Unit, bool)] = &[
    ("Hong Kong dollars", Unit::Hkd, false),
    ("Hong Kong dollar", Unit::Hkd, false),
    ("HK dollars", Unit::Hkd, false),
    ("U.S. dollars", Unit::Usd, false),
    ("US dollars", Unit::Usd, false),
    ("U.S.", Unit::Usd, true),
    ("renminbi", Unit::Cny, false),
    ("yuan", Unit::Cny, false),
    ("euros", Unit::Eur, false),
];

/// Per byte (lowercase), whether an [`ENGLISH_CURRENCIES`] name ends in it.
const ENDS_ENGLISH_CURRENCY: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < ENGLISH_CURRENCIES.len() {
        let name = ENGLISH_CURRENCIES[k].0.as_bytes();
        t[name[name.len() - 1].to_ascii_lowercase() as usize] = true;
        k += 1;
    }
    t
};

/// The last two bytes (lowercase) of each [`ENGLISH_CURRENCIES`] name,
/// last first.
const ENDS2_ENGLISH_CURRENCY: [(u8, u8); ENGLISH_CURRENCIES.len()] = {
    let mut t = [(0, 0); ENGLISH_CURRENCIES.len()];
    let mut k = 0;
    while k < ENGLISH_CURRENCIES.len() {
        let name = ENGLISH_CURRENCIES[k].0.as_bytes();
        let n = name.len();
        t[k] = (
            name[n - 1].to_ascii_lowercase(),
            name[n - 2].to_ascii_lowercase(),
        );
        k += 1;
    }
    t
};

/// Chinese currency names that stand before an amount.
const CHINESE_CURRENCIES: &[(&str, Unit)] = &[
    ("人民币", Unit::Cny),
    ("台币", Unit::Twd),
    ("新台币", Unit::Twd),
    ("日元", Unit::Jpy),
    ("欧元", Unit::Eur),
    ("泰铢", Unit::Thb),
    ("港元", Unit::Hkd),
    ("港币", Unit::Hkd),
    ("澳元", Unit::Aud),
    ("澳门元", Unit::Mop),
    ("澳门币", Unit::Mop),
    ("美元", Unit::Usd),
    ("美金", Unit::Usd),
    ("英镑", Unit::Gbp),
    ("韩元", Unit::Krw),
    // The traditional forms.
    ("人民幣", Unit::Cny),
    ("台幣", Unit::Twd),
    ("新台幣", Unit::Twd),
    ("歐元", Unit::Eur),
    ("泰銖", Unit::Thb),
    ("港幣", Unit::Hkd),
    ("澳門元", Unit::Mop),
    ("澳門幣", Unit::Mop),
    ("英鎊", Unit::Gbp),
    ("韓元", Unit::Krw),
];

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
pub(crate) fn money_before(a: &Around<'_, '_>, before: usize) -> bool {
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
/// (`1.42 and 2.85 percentage points`), when this number (`this`) has none.
#[inline]
pub(crate) fn shared_unit(after: &str, this: Option<Decimal>) -> Option<(Unit, Decimal)> {
    let i = skip_spaces(after, 0, 2);
    let s = &after[i..];
    // The connectors start with `a`, `o` or `t`: most numbers have none
    // (this reject is inline at the call, the rest is not).
    if !s
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b | 0x20, b'a' | b'o' | b't'))
    {
        return None;
    }
    shared_unit_after(s, this)
}

/// [`shared_unit`] from the connector on.
#[inline(never)]
fn shared_unit_after(s: &str, this: Option<Decimal>) -> Option<(Unit, Decimal)> {
    let or = prefix_word(s, "or");
    let conn = prefix_word(s, "and")
        .or(or)
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
    // `fell by 356 or 15.2 percent`: after `or`, a percent restates the
    // count before it as a share, not its unit. (Two percents joined by
    // `or` are a range, read before any unit is shared: `10 or 20 percent`.)
    if unit == Unit::Percent && or.is_some() {
        return None;
    }
    // `cases and losses were 2,318 and 41.6 million yuan`: a whole number
    // ten times the next one's before its scale word is a count of its own,
    // not a sum in the same money (that would share the scale too: `3 and
    // 5 million yuan`).
    if unit.is_currency() {
        if let (Some(this), Some(scale), Some(next)) = (this, a.scale_only, a.value) {
            let ten = Decimal::from_u64(10);
            let big = this.checked_mul(scale).zip(next.checked_mul(ten));
            if this.is_integer() && big.is_some_and(|(this, next)| this > next) {
                return None;
            }
        }
    }
    (unit == Unit::Percent || unit.is_currency()).then_some((unit, factor))
}

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::quantity::tests::p;

    #[test]
    fn every_chinese_currency_name_ends_in_a_cjk_character() {
        // `chinese_currency_before` skips the table after an ASCII byte.
        for (name, _) in super::CHINESE_CURRENCIES {
            assert!(!name.as_bytes().last().unwrap().is_ascii(), "{name}");
        }
    }

    #[test]
    fn a_percent_after_or_restates_the_count() {
        assert_snapshot!(p("Cases fell by 356 or 15.2 percent; thefts fell 12 or 30 percent; 1.42 and 2.85 percentage points"), @"
        356 = 356 Exact
        15.2 percent = 15.2 percent Exact
        12 or 30 percent = 12..30 percent Exact
        1.42 = 1.42 percent Exact
        2.85 percentage points = 2.85 percent Exact
        ");
    }

    #[test]
    fn a_count_before_a_scaled_sum_keeps_no_currency() {
        // Far more than the next sum's number before its scale word: a
        // count listed beside the sum.
        assert_snapshot!(p("cases and losses were 2,318 and 41.6 million yuan; 1,562 and 38.4万元"), @"
        2,318 = 2318 Exact
        41.6 million yuan = 41600000 CNY Exact
        1,562 = 1562 Exact
        38.4万元 = 384000 CNY Exact
        ");
        // Sums of one money keep sharing it.
        assert_snapshot!(p("fines of 500 and 2,000 yuan; 3 and 5 million yuan; 300 and 500 million yuan"), @"
        500 = 500 CNY Exact
        2,000 yuan = 2000 CNY Exact
        3 = 3 CNY Exact
        5 million yuan = 5000000 CNY Exact
        300 = 300 CNY Exact
        500 million yuan = 500000000 CNY Exact
        ");
    }

    #[test]
    fn a_currency_named_in_chinese() {
        // Before the amount: its `元` is that currency's.
        assert_snapshot!(p("冻结港币12万元、美元8000元，追回人民币3.5万元。"), @"
        港币12万元 = 120000 HKD Exact
        美元8000元 = 8000 USD Exact
        人民币3.5万元 = 35000 CNY Exact
        ");
        // After the amount.
        assert_snapshot!(p("查获45万美金、2万澳门币和6000令吉。"), @"
        45万美金 = 450000 USD Exact
        2万澳门币 = 20000 MOP Exact
        6000令吉 = 6000 MYR Exact
        ");
        // In English words, or a `U.S.` before the `$`.
        assert_snapshot!(p("She lost Hong Kong dollars 8,200 and U.S. $950; fines of US 30 were paid, and 600 US dollars 2 times."), @"
        Hong Kong dollars 8,200 = 8200 HKD Exact
        U.S. $950 = 950 USD Exact
        30 = 30 Exact
        600 US dollars = 600 USD Exact
        2 = 2 Exact (times)
        ");
        // A currency word before the amount, as translations leave it.
        assert_snapshot!(p("losses of yuan 80,000 and renminbi 2.3 million; 600 yuan 3 times"), @"
        yuan 80,000 = 80000 CNY Exact
        renminbi 2.3 million = 2300000 CNY Exact
        600 yuan = 600 CNY Exact
        3 = 3 Exact (times)
        ");
        // One space between, as mixed typesetting leaves it.
        assert_snapshot!(p("扣押新台币 45.5 万元，冻结美元 3000 元，其中 200 元"), @"
        新台币 45.5 万元 = 455000 TWD Exact
        美元 3000 元 = 3000 USD Exact
        200 元 = 200 CNY Exact
        ");
        // A yuan amount with no currency before it stays CNY.
        assert_snapshot!(p("罚款2000元。"), @"2000元 = 2000 CNY Exact");
        // The unit of the amount before is not this count's.
        assert_snapshot!(p("涉案100万美元12人，损失8万美元5起"), @"
        100万美元 = 1000000 USD Exact
        12人 = 12 Exact (人)
        8万美元 = 80000 USD Exact
        5起 = 5 Exact (起)
        ");
    }
}
