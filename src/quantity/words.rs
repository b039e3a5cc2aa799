//! The quantity vocabulary, as data: qualifiers, scale words, number words,
//! units and currencies. Phrases are lowercase and alphabetical (a unit test
//! keeps them so); matching is case-insensitive and longest-first.

use super::{Qualifier, Unit};
use crate::text::Table;

/// Qualifiers written before a number (`more than 3,000`, `nearly 20 kg`).
pub(crate) const QUALIFIER_BEFORE: &Table<Qualifier> = &[
    ("about", Qualifier::About),
    ("above", Qualifier::MoreThan),
    ("almost", Qualifier::Nearly),
    ("an estimated", Qualifier::About),
    ("approx.", Qualifier::About),
    ("approximately", Qualifier::About),
    ("around", Qualifier::About),
    ("at least", Qualifier::AtLeast),
    ("at most", Qualifier::AtMost),
    ("below", Qualifier::LessThan),
    ("close to", Qualifier::Nearly),
    ("estimated", Qualifier::About),
    ("exceeding", Qualifier::MoreThan),
    ("fewer than", Qualifier::LessThan),
    ("in excess of", Qualifier::MoreThan),
    ("less than", Qualifier::LessThan),
    ("more than", Qualifier::MoreThan),
    ("more than and", Qualifier::MoreThan),
    ("nearing", Qualifier::Nearly),
    ("nearly", Qualifier::Nearly),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("no more than", Qualifier::AtMost),
    ("not less than", Qualifier::AtLeast),
    ("not more than", Qualifier::AtMost),
    ("over", Qualifier::MoreThan),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("under", Qualifier::LessThan),
    ("up to", Qualifier::AtMost),
    ("upwards of", Qualifier::MoreThan),
    ("within", Qualifier::AtMost),
];

/// Qualifiers written right after a number (`3,000-odd`, `3000多`, `3000余名`).
pub(crate) const QUALIFIER_AFTER: &Table<Qualifier> = &[
    ("+", Qualifier::MoreThan),
    ("-odd", Qualifier::MoreThan),
    ("-plus", Qualifier::MoreThan),
    ("余", Qualifier::MoreThan),
    ("多", Qualifier::MoreThan),
];

/// Vague counts and the conservative value SPEC gives them (all `at_least`).
pub(crate) const VAGUE: &Table<u64> = &[
    ("dozens of", 12),
    ("hundreds of", 100),
    ("hundreds of millions of", 100_000_000),
    ("hundreds of thousands of", 100_000),
    ("millions of", 1_000_000),
    ("tens of millions of", 10_000_000),
    ("tens of thousands of", 10_000),
    ("thousands of", 1_000),
];

/// English and Chinese scale words. `hundred` is a scale too: it multiplies
/// the group before it (`seven hundred`, `1 hundred million`).
pub(crate) const SCALES: &Table<u64> = &[
    ("billion", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("hundred", 100),
    ("mil", 1_000_000),
    ("million", 1_000_000),
    ("mln", 1_000_000),
    ("ten thousand", 10_000),
    ("thousand", 1_000),
    ("trillion", 1_000_000_000_000),
    ("wan", 10_000),
    ("万", 10_000),
    ("亿", 100_000_000),
];

/// English cardinal words below one hundred.
pub(crate) const NUMBER_WORDS: &Table<u64> = &[
    ("eight", 8),
    ("eighteen", 18),
    ("eighty", 80),
    ("eleven", 11),
    ("fifteen", 15),
    ("fifty", 50),
    ("five", 5),
    ("forty", 40),
    ("four", 4),
    ("fourteen", 14),
    ("nine", 9),
    ("nineteen", 19),
    ("ninety", 90),
    ("one", 1),
    ("seven", 7),
    ("seventeen", 17),
    ("seventy", 70),
    ("six", 6),
    ("sixteen", 16),
    ("sixty", 60),
    ("ten", 10),
    ("thirteen", 13),
    ("thirty", 30),
    ("three", 3),
    ("twelve", 12),
    ("twenty", 20),
    ("two", 2),
];

/// Currency symbols and codes written before the number (`US$2.81 million`,
/// `RMB7.1 billion`, `¥500`).
pub(crate) const CURRENCY_BEFORE: &Table<Unit> = &[
    ("$", Unit::Usd),
    ("&yen;", Unit::Cny),
    ("cny", Unit::Cny),
    ("eur", Unit::Eur),
    ("gbp", Unit::Gbp),
    ("hk$", Unit::Hkd),
    ("hkd", Unit::Hkd),
    ("nt$", Unit::Twd),
    ("rmb", Unit::Cny),
    ("u.s.$", Unit::Usd),
    ("us$", Unit::Usd),
    ("usd", Unit::Usd),
    ("£", Unit::Gbp),
    ("¥", Unit::Cny),
    ("€", Unit::Eur),
    ("￥", Unit::Cny),
];

/// A unit after the number, and the factor that converts it to the SPEC unit
/// (`tons` → `kg` × 1000, `grams` → `kg` × 0.001, `jin` → `kg` × 0.5).
/// The factor is `(digits, decimal places)`.
pub(crate) const UNITS_AFTER: &Table<(Unit, (u64, u32))> = &[
    ("%", (Unit::Percent, (1, 0))),
    ("catties", (Unit::Kg, (5, 1))),
    ("catty", (Unit::Kg, (5, 1))),
    ("cny", (Unit::Cny, (1, 0))),
    ("cubic meters", (Unit::CubicM, (1, 0))),
    ("cubic metres", (Unit::CubicM, (1, 0))),
    ("dollar", (Unit::Usd, (1, 0))),
    ("dollars", (Unit::Usd, (1, 0))),
    ("eur", (Unit::Eur, (1, 0))),
    ("euro", (Unit::Eur, (1, 0))),
    ("euros", (Unit::Eur, (1, 0))),
    ("g", (Unit::Kg, (1, 3))),
    ("gram", (Unit::Kg, (1, 3))),
    ("grams", (Unit::Kg, (1, 3))),
    ("ha", (Unit::Hectare, (1, 0))),
    ("hectare", (Unit::Hectare, (1, 0))),
    ("hectares", (Unit::Hectare, (1, 0))),
    ("hk dollars", (Unit::Hkd, (1, 0))),
    ("hkd", (Unit::Hkd, (1, 0))),
    ("hong kong dollars", (Unit::Hkd, (1, 0))),
    ("jin", (Unit::Kg, (5, 1))),
    ("kg", (Unit::Kg, (1, 0))),
    ("kgs", (Unit::Kg, (1, 0))),
    ("kilo", (Unit::Kg, (1, 0))),
    ("kilogram", (Unit::Kg, (1, 0))),
    ("kilograms", (Unit::Kg, (1, 0))),
    ("kilometer", (Unit::Km, (1, 0))),
    ("kilometers", (Unit::Km, (1, 0))),
    ("kilometre", (Unit::Km, (1, 0))),
    ("kilometres", (Unit::Km, (1, 0))),
    ("kilos", (Unit::Kg, (1, 0))),
    ("km", (Unit::Km, (1, 0))),
    ("liter", (Unit::L, (1, 0))),
    ("liters", (Unit::L, (1, 0))),
    ("litre", (Unit::L, (1, 0))),
    ("litres", (Unit::L, (1, 0))),
    ("meter", (Unit::M, (1, 0))),
    ("meters", (Unit::M, (1, 0))),
    ("metre", (Unit::M, (1, 0))),
    ("metres", (Unit::M, (1, 0))),
    ("metric tons", (Unit::Kg, (1000, 0))),
    ("mg", (Unit::Kg, (1, 6))),
    ("milligrams", (Unit::Kg, (1, 6))),
    ("mu", (Unit::Mu, (1, 0))),
    ("new taiwan dollars", (Unit::Twd, (1, 0))),
    ("per cent", (Unit::Percent, (1, 0))),
    ("percent", (Unit::Percent, (1, 0))),
    ("percentage point", (Unit::Percent, (1, 0))),
    ("percentage points", (Unit::Percent, (1, 0))),
    ("pounds sterling", (Unit::Gbp, (1, 0))),
    ("renminbi", (Unit::Cny, (1, 0))),
    ("rmb", (Unit::Cny, (1, 0))),
    ("square kilometers", (Unit::SqKm, (1, 0))),
    ("square kilometres", (Unit::SqKm, (1, 0))),
    ("square meters", (Unit::SqM, (1, 0))),
    ("square metres", (Unit::SqM, (1, 0))),
    ("ton", (Unit::Kg, (1000, 0))),
    ("tones", (Unit::Kg, (1000, 0))),
    ("tonne", (Unit::Kg, (1000, 0))),
    ("tonnes", (Unit::Kg, (1000, 0))),
    ("tons", (Unit::Kg, (1000, 0))),
    ("u.s. dollars", (Unit::Usd, (1, 0))),
    ("us dollars", (Unit::Usd, (1, 0))),
    ("usd", (Unit::Usd, (1, 0))),
    ("yen", (Unit::Jpy, (1, 0))),
    ("yuan", (Unit::Cny, (1, 0))),
    ("亩", (Unit::Mu, (1, 0))),
    ("元", (Unit::Cny, (1, 0))),
    ("克", (Unit::Kg, (1, 3))),
    ("公斤", (Unit::Kg, (1, 0))),
    ("公里", (Unit::Km, (1, 0))),
    ("吨", (Unit::Kg, (1000, 0))),
    ("斤", (Unit::Kg, (5, 1))),
    ("美元", (Unit::Usd, (1, 0))),
    ("％", (Unit::Percent, (1, 0))),
];

/// Chinese measure words (量词) after a number: part of the figure's text and
/// its noun, but no unit (`18.5万起` counts cases, `3000余名` counts people).
pub(crate) const CHINESE_COUNTERS: &str = "个件人位名处台只头套家户张支条枚次款辆部间艘起";

/// Chinese numeral characters, and their values.
pub(crate) fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Chinese numeral multipliers below 万.
pub(crate) fn chinese_small_scale(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lexicon::assert_sorted;

    #[test]
    fn tables_are_sorted_lowercase() {
        assert_sorted("QUALIFIER_BEFORE", QUALIFIER_BEFORE);
        assert_sorted("QUALIFIER_AFTER", QUALIFIER_AFTER);
        assert_sorted("VAGUE", VAGUE);
        assert_sorted("SCALES", SCALES);
        assert_sorted("NUMBER_WORDS", NUMBER_WORDS);
        assert_sorted("CURRENCY_BEFORE", CURRENCY_BEFORE);
        assert_sorted("UNITS_AFTER", UNITS_AFTER);
        assert_sorted("TRIGGERS", super::super::TRIGGERS);
    }
}
