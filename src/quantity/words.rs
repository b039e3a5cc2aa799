//! The quantity vocabulary, as data: qualifiers, scale words, number words,
//! units and currencies. Phrases are lowercase and alphabetical (a unit test
//! keeps them so); matching is case-insensitive and longest-first.

use super::{Qualifier, Unit};
use crate::lex::{Class, Lexicon};

/// Qualifiers written before a number (`more than 3,000`, `nearly 20 kg`).
pub(crate) const QUALIFIER_BEFORE: &Lexicon<Qualifier> = &Lexicon::new(
    Class::QualifierBefore,
    &[
        ("a maximum of", Qualifier::AtMost),
        ("a minimum of", Qualifier::AtLeast),
        ("about", Qualifier::About),
        ("above", Qualifier::MoreThan),
        ("almost", Qualifier::Nearly),
        ("an estimated", Qualifier::About),
        ("approx.", Qualifier::About),
        ("approximately", Qualifier::About),
        ("around", Qualifier::About),
        ("as many as", Qualifier::AtMost),
        ("as much as", Qualifier::AtMost),
        ("at least", Qualifier::AtLeast),
        ("at most", Qualifier::AtMost),
        ("below", Qualifier::LessThan),
        ("close to", Qualifier::Nearly),
        ("estimated", Qualifier::About),
        ("exceed", Qualifier::MoreThan),
        ("exceeded", Qualifier::MoreThan),
        ("exceeding", Qualifier::MoreThan),
        ("exceeds", Qualifier::MoreThan),
        ("fewer than", Qualifier::LessThan),
        ("greater than", Qualifier::MoreThan),
        ("greater than or equal to", Qualifier::AtLeast),
        ("in excess of", Qualifier::MoreThan),
        ("in the region of", Qualifier::About),
        ("less than", Qualifier::LessThan),
        ("less than or equal to", Qualifier::AtMost),
        ("maximum of", Qualifier::AtMost),
        ("minimum of", Qualifier::AtLeast),
        ("more or less", Qualifier::About),
        ("more than", Qualifier::MoreThan),
        ("more than and", Qualifier::MoreThan),
        ("more than or equal to", Qualifier::AtLeast),
        ("nearing", Qualifier::Nearly),
        ("nearly", Qualifier::Nearly),
        ("no fewer than", Qualifier::AtLeast),
        ("no less than", Qualifier::AtLeast),
        ("no more than", Qualifier::AtMost),
        ("not exceed", Qualifier::AtMost),
        ("not exceeded", Qualifier::AtMost),
        ("not exceeding", Qualifier::AtMost),
        ("not fewer than", Qualifier::AtLeast),
        ("not less than", Qualifier::AtLeast),
        ("not more than", Qualifier::AtMost),
        ("not to exceed", Qualifier::AtMost),
        ("over", Qualifier::MoreThan),
        ("roughly", Qualifier::About),
        ("some", Qualifier::About),
        ("under", Qualifier::LessThan),
        ("up to", Qualifier::AtMost),
        ("upward of", Qualifier::MoreThan),
        ("upwards of", Qualifier::MoreThan),
        ("within", Qualifier::AtMost),
        ("不低于", Qualifier::AtLeast),
        ("不到", Qualifier::LessThan),
        ("不少于", Qualifier::AtLeast),
        ("不足", Qualifier::LessThan),
        ("大约", Qualifier::About),
        ("将近", Qualifier::Nearly),
        ("少于", Qualifier::LessThan),
        ("接近", Qualifier::Nearly),
        ("最多", Qualifier::AtMost),
        ("約", Qualifier::About),
        ("约", Qualifier::About),
        ("至少", Qualifier::AtLeast),
        ("至少有", Qualifier::AtLeast),
        ("超", Qualifier::MoreThan),
        ("超过", Qualifier::MoreThan),
        ("近", Qualifier::Nearly),
        ("逾", Qualifier::MoreThan),
    ],
);

/// `handed over 57,000 suspects`, `turned over 300 guns`: `over` after a
/// verb of handing is its particle, not `more than`.
pub(super) fn is_particle_over(text: &str, at: usize, before: usize) -> bool {
    const HANDING: [&str; 8] = [
        "hand", "handed", "handing", "hands", "turn", "turned", "turning", "turns",
    ];
    if !text[at..before].trim_end().eq_ignore_ascii_case("over") {
        return false;
    }
    let lead = text[..at].trim_end_matches(' ');
    let verb = crate::text::ascii_word_before(lead, lead.len());
    HANDING.iter().any(|h| verb.eq_ignore_ascii_case(h))
}

/// `过亿元`, `过万人`: 过 (passing) right before a bare 亿 or 万 is `more
/// than` that scale; gives where 过 starts. Elsewhere 过 is too common a
/// char to be a qualifier (`经过3天`, `通过万达`: after a word it ends;
/// `超过` is a qualifier of its own).
pub(crate) fn over_bare_scale(text: &str, start: usize) -> Option<(&'static Qualifier, usize)> {
    static MORE_THAN: Qualifier = Qualifier::MoreThan;
    let lead = text[..start].strip_suffix('过')?;
    let ends_word = lead
        .chars()
        .next_back()
        .is_some_and(|p| "通经越穿度不路".contains(p));
    (text[start..].starts_with(['亿', '万']) && !ends_word).then_some((&MORE_THAN, lead.len()))
}

/// A qualifier written as a symbol right before a number ending at
/// `before`: `~50` and `～50` (about), `>50` and `＞50` (more than), `<10`
/// (less than), `≥50` and `>=50` (at least), `≤10` and `<=10` (at most),
/// with where the symbol starts.
///
/// The symbol must open a word: after a space, a line start or an opening
/// bracket, so that a range (`50~60`), an arrow (`->`) or a markup tag
/// (`<br>50`) is no qualifier.
pub(super) fn symbol_before(text: &str, before: usize) -> Option<(&'static Qualifier, usize)> {
    static SYMBOLS: [(&str, Qualifier); 10] = [
        (">=", Qualifier::AtLeast),
        ("<=", Qualifier::AtMost),
        ("≥", Qualifier::AtLeast),
        ("≤", Qualifier::AtMost),
        ("~", Qualifier::About),
        ("～", Qualifier::About),
        (">", Qualifier::MoreThan),
        ("＞", Qualifier::MoreThan),
        ("<", Qualifier::LessThan),
        ("＜", Qualifier::LessThan),
    ];
    let lead = text.get(..before)?;
    let (symbol, q) = SYMBOLS.iter().find(|(s, _)| lead.ends_with(s))?;
    let at = before - symbol.len();
    let opens = lead[..at].chars().next_back().map_or(true, |c| {
        c.is_whitespace() || matches!(c, '(' | '（' | '[' | ':' | '：' | ',')
    });
    opens.then_some((q, at))
}

/// The first letters of the [`VAGUE`] phrases (lowercase): a word that
/// starts with none of them is no vague count.
pub(crate) const VAGUE_FIRST: [u8; 7] = *b"abdhmst";

/// Vague counts and the conservative value SPEC gives them (all `at_least`).
pub(crate) const VAGUE: &Lexicon<u64> = &Lexicon::new(
    Class::Vague,
    &[
        // `a few hundred` is `several hundred`.
        ("a few billion", 1_000_000_000),
        ("a few dozen", 12),
        ("a few hundred", 100),
        ("a few hundred thousand", 100_000),
        ("a few million", 1_000_000),
        ("a few thousand", 1_000),
        ("billions of", 1_000_000_000),
        ("dozens of", 12),
        ("hundreds of", 100),
        ("hundreds of billions of", 100_000_000_000),
        ("hundreds of millions of", 100_000_000),
        ("hundreds of thousands of", 100_000),
        ("millions of", 1_000_000),
        // (A score is twenty.)
        ("scores of", 20),
        ("several billion", 1_000_000_000),
        ("several dozen", 12),
        ("several hundred", 100),
        ("several hundred million", 100_000_000),
        ("several hundred thousand", 100_000),
        ("several million", 1_000_000),
        ("several tens of thousands of", 10_000),
        ("several thousand", 1_000),
        ("tens of billions of", 10_000_000_000),
        ("tens of millions of", 10_000_000),
        ("tens of thousands of", 10_000),
        ("thousands of", 1_000),
    ],
);

/// English and Chinese scale words. `hundred` is a scale too: it multiplies
/// the group before it (`seven hundred`, `1 hundred million`).
pub(crate) const SCALES: &Lexicon<u64> = &Lexicon::new(
    Class::Scale,
    &[
        ("billion", 1_000_000_000),
        ("billions", 1_000_000_000),
        ("bln", 1_000_000_000),
        ("bn", 1_000_000_000),
        ("crore", 10_000_000),
        ("crores", 10_000_000),
        ("dozen", 12),
        ("dozens", 12),
        ("hundred", 100),
        ("lakh", 100_000),
        ("lakhs", 100_000),
        ("mil", 1_000_000),
        ("million", 1_000_000),
        ("millions", 1_000_000),
        ("mln", 1_000_000),
        ("mn", 1_000_000),
        ("ten thousand", 10_000),
        ("ten-thousand", 10_000),
        ("thousand", 1_000),
        ("thousands", 1_000),
        ("trillion", 1_000_000_000_000),
        ("wan", 10_000),
        ("万", 10_000),
        ("亿", 100_000_000),
        ("億", 100_000_000),
        ("萬", 10_000),
    ],
);

/// English cardinal words below one hundred.
pub(crate) const NUMBER_WORDS: &Lexicon<u64> = &Lexicon::new(
    Class::NumberWord,
    &[
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
        ("zero", 0),
    ],
);

/// Where a unit mark may stand: before the number (`US$`, `€`, `RM`),
/// after it (`yuan`, `kg`), or either side (`USD 5`, `5 USD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    Before,
    After,
    Either,
}

/// One row of the unit table: the unit, the exact factor to its SPEC unit as
/// `(digits, decimal places)` (tons → kg is `(1000, 0)`, pounds → kg is
/// `(45359237, 8)`), and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    pub unit: Unit,
    pub factor: (u64, u32),
    pub place: Place,
}

const fn before(unit: Unit) -> Mark {
    Mark {
        unit,
        factor: (1, 0),
        place: Place::Before,
    }
}

const fn after(unit: Unit) -> Mark {
    Mark {
        unit,
        factor: (1, 0),
        place: Place::After,
    }
}

const fn either(unit: Unit) -> Mark {
    Mark {
        unit,
        factor: (1, 0),
        place: Place::Either,
    }
}

/// A unit after the number with an exact factor to its SPEC unit
/// (millilitres → litres is `(1, 3)`).
const fn scaled(unit: Unit, digits: u64, places: u32) -> Mark {
    Mark {
        unit,
        factor: (digits, places),
        place: Place::After,
    }
}

/// A mass unit after the number, with its exact factor to kilograms.
const fn mass(digits: u64, places: u32) -> Mark {
    Mark {
        unit: Unit::Kg,
        factor: (digits, places),
        place: Place::After,
    }
}

/// Every unit and currency mark, as written: symbols, ISO codes and names.
/// Matched longest-first, so `km/h` beats `km` and `HK$` beats `$`. A `$`
/// with a country prefix is that country's dollar, never USD, also with a
/// space between (`HK $5`; not for one-letter prefixes, where `a $5 fine`
/// is an article).
pub(crate) const UNITS: &Lexicon<Mark> = &Lexicon::new(
    Class::Unit,
    &[
        ("$", before(Unit::Usd)),
        ("%", after(Unit::Percent)),
        ("&yen;", before(Unit::Cny)),
        ("a$", before(Unit::Aud)),
        ("american dollars", after(Unit::Usd)),
        ("au$", before(Unit::Aud)),
        ("aud", either(Unit::Aud)),
        ("australian dollar", after(Unit::Aud)),
        ("australian dollars", after(Unit::Aud)),
        ("baht", after(Unit::Thb)),
        ("bitcoin", after(Unit::Btc)),
        ("bitcoins", after(Unit::Btc)),
        ("british pounds", after(Unit::Gbp)),
        ("btc", either(Unit::Btc)),
        ("c $", before(Unit::Cad)),
        ("c$", before(Unit::Cad)),
        ("cad", either(Unit::Cad)),
        ("cambodian riel", after(Unit::Khr)),
        ("cambodian riels", after(Unit::Khr)),
        ("can$", before(Unit::Cad)),
        ("canadian dollar", after(Unit::Cad)),
        ("canadian dollars", after(Unit::Cad)),
        ("catties", mass(5, 1)),
        ("catty", mass(5, 1)),
        ("centimeter", scaled(Unit::M, 1, 2)),
        ("centimeters", scaled(Unit::M, 1, 2)),
        ("centimetre", scaled(Unit::M, 1, 2)),
        ("centimetres", scaled(Unit::M, 1, 2)),
        ("chinese yuan", after(Unit::Cny)),
        ("cm", scaled(Unit::M, 1, 2)),
        ("cny", either(Unit::Cny)),
        ("cu m", after(Unit::CubicM)),
        ("cu. m", after(Unit::CubicM)),
        ("cubic meter", after(Unit::CubicM)),
        ("cubic meters", after(Unit::CubicM)),
        ("cubic metre", after(Unit::CubicM)),
        ("cubic metres", after(Unit::CubicM)),
        // `a 5-cubic-metre tank`: the compound before a noun.
        ("cubic-meter", after(Unit::CubicM)),
        ("cubic-metre", after(Unit::CubicM)),
        ("dollar", after(Unit::Usd)),
        ("dollars", after(Unit::Usd)),
        ("eur", either(Unit::Eur)),
        ("euro", after(Unit::Eur)),
        ("euros", after(Unit::Eur)),
        ("g", mass(1, 3)),
        ("gbp", either(Unit::Gbp)),
        ("gram", mass(1, 3)),
        ("gramme", mass(1, 3)),
        ("grammes", mass(1, 3)),
        ("grams", mass(1, 3)),
        ("ha", after(Unit::Hectare)),
        ("hectare", after(Unit::Hectare)),
        ("hectares", after(Unit::Hectare)),
        ("hk $", before(Unit::Hkd)),
        ("hk dollars", after(Unit::Hkd)),
        ("hk$", before(Unit::Hkd)),
        ("hkd", either(Unit::Hkd)),
        ("hong kong dollar", after(Unit::Hkd)),
        ("hong kong dollars", after(Unit::Hkd)),
        ("indian rupees", after(Unit::Inr)),
        ("inr", either(Unit::Inr)),
        ("japanese yen", after(Unit::Jpy)),
        ("jin", mass(5, 1)),
        ("jpy", either(Unit::Jpy)),
        ("jp¥", before(Unit::Jpy)),
        ("kg", mass(1, 0)),
        ("kgs", mass(1, 0)),
        ("khr", either(Unit::Khr)),
        ("kilo", mass(1, 0)),
        ("kilogram", mass(1, 0)),
        ("kilogramme", mass(1, 0)),
        ("kilogrammes", mass(1, 0)),
        ("kilograms", mass(1, 0)),
        ("kilometer", after(Unit::Km)),
        ("kilometers", after(Unit::Km)),
        ("kilometers an hour", after(Unit::KmPerH)),
        ("kilometers per hour", after(Unit::KmPerH)),
        ("kilometre", after(Unit::Km)),
        ("kilometres", after(Unit::Km)),
        ("kilometres an hour", after(Unit::KmPerH)),
        ("kilometres per hour", after(Unit::KmPerH)),
        ("kilos", mass(1, 0)),
        ("km", after(Unit::Km)),
        ("km per hour", after(Unit::KmPerH)),
        ("km squared", after(Unit::SqKm)),
        ("km/h", after(Unit::KmPerH)),
        ("km2", after(Unit::SqKm)),
        ("kmh", after(Unit::KmPerH)),
        ("km²", after(Unit::SqKm)),
        ("korean won", after(Unit::Krw)),
        ("kph", after(Unit::KmPerH)),
        ("krw", either(Unit::Krw)),
        ("kyat", after(Unit::Mmk)),
        ("kyats", after(Unit::Mmk)),
        ("l", after(Unit::L)),
        ("lb", mass(45359237, 8)),
        ("lbs", mass(45359237, 8)),
        ("liter", after(Unit::L)),
        ("liters", after(Unit::L)),
        ("litre", after(Unit::L)),
        ("litres", after(Unit::L)),
        ("m", after(Unit::M)),
        ("m2", after(Unit::SqM)),
        ("m3", after(Unit::CubicM)),
        ("macao patacas", after(Unit::Mop)),
        ("macau patacas", after(Unit::Mop)),
        ("malaysian ringgit", after(Unit::Myr)),
        ("mcg", mass(1, 9)),
        ("meter", after(Unit::M)),
        ("meters", after(Unit::M)),
        ("metre", after(Unit::M)),
        ("metres", after(Unit::M)),
        ("metric ton", mass(1000, 0)),
        ("metric tons", mass(1000, 0)),
        ("mex $", before(Unit::Mxn)),
        ("mex$", before(Unit::Mxn)),
        ("mexican peso", after(Unit::Mxn)),
        ("mexican pesos", after(Unit::Mxn)),
        ("mg", mass(1, 6)),
        ("microgram", mass(1, 9)),
        ("micrograms", mass(1, 9)),
        ("milligram", mass(1, 6)),
        ("milligrams", mass(1, 6)),
        ("milliliter", scaled(Unit::L, 1, 3)),
        ("milliliters", scaled(Unit::L, 1, 3)),
        ("millilitre", scaled(Unit::L, 1, 3)),
        ("millilitres", scaled(Unit::L, 1, 3)),
        ("millimeter", scaled(Unit::M, 1, 3)),
        ("millimeters", scaled(Unit::M, 1, 3)),
        ("millimetre", scaled(Unit::M, 1, 3)),
        ("millimetres", scaled(Unit::M, 1, 3)),
        ("ml", scaled(Unit::L, 1, 3)),
        ("mm", scaled(Unit::M, 1, 3)),
        ("mmk", either(Unit::Mmk)),
        ("mop", either(Unit::Mop)),
        ("mop$", before(Unit::Mop)),
        ("mu", after(Unit::Mu)),
        ("mxn", either(Unit::Mxn)),
        ("myanmar kyat", after(Unit::Mmk)),
        ("myanmar kyats", after(Unit::Mmk)),
        ("myr", either(Unit::Myr)),
        ("m²", after(Unit::SqM)),
        ("m³", after(Unit::CubicM)),
        ("new taiwan dollar", after(Unit::Twd)),
        ("new taiwan dollars", after(Unit::Twd)),
        ("new zealand dollar", after(Unit::Nzd)),
        ("new zealand dollars", after(Unit::Nzd)),
        ("nt $", before(Unit::Twd)),
        ("nt$", before(Unit::Twd)),
        ("nz $", before(Unit::Nzd)),
        ("nz$", before(Unit::Nzd)),
        ("nzd", either(Unit::Nzd)),
        ("ounce", mass(28349523125, 12)),
        ("ounces", mass(28349523125, 12)),
        ("oz", mass(28349523125, 12)),
        ("pataca", after(Unit::Mop)),
        ("patacas", after(Unit::Mop)),
        // `12.5 pc`, wire copy's percent; only lower case (`3 PC` are computers).
        ("pc", after(Unit::Percent)),
        ("pct", after(Unit::Percent)),
        ("per cent", after(Unit::Percent)),
        ("per-cent", after(Unit::Percent)),
        ("percent", after(Unit::Percent)),
        // `fell 12.3 percentage`: machine translation drops `points`.
        ("percentage", after(Unit::Percent)),
        ("percentage point", after(Unit::Percent)),
        ("percentage points", after(Unit::Percent)),
        ("philippine peso", after(Unit::Php)),
        ("philippine pesos", after(Unit::Php)),
        ("php", either(Unit::Php)),
        ("pound sterling", after(Unit::Gbp)),
        ("pounds sterling", after(Unit::Gbp)),
        ("renminbi", after(Unit::Cny)),
        ("riel", after(Unit::Khr)),
        ("riels", after(Unit::Khr)),
        ("ringgit", after(Unit::Myr)),
        ("rm", before(Unit::Myr)),
        ("rmb", either(Unit::Cny)),
        ("rs", before(Unit::Inr)),
        ("rs.", before(Unit::Inr)),
        ("rupee", after(Unit::Inr)),
        ("rupees", after(Unit::Inr)),
        ("s$", before(Unit::Sgd)),
        ("sgd", either(Unit::Sgd)),
        ("singapore dollar", after(Unit::Sgd)),
        ("singapore dollars", after(Unit::Sgd)),
        ("sq km", after(Unit::SqKm)),
        ("sq m", after(Unit::SqM)),
        ("sq meter", after(Unit::SqM)),
        ("sq meters", after(Unit::SqM)),
        ("sq metre", after(Unit::SqM)),
        ("sq metres", after(Unit::SqM)),
        ("sq. km", after(Unit::SqKm)),
        ("sq. m", after(Unit::SqM)),
        ("sq.km", after(Unit::SqKm)),
        ("sq.m", after(Unit::SqM)),
        ("sqkm", after(Unit::SqKm)),
        ("sqm", after(Unit::SqM)),
        ("square kilometer", after(Unit::SqKm)),
        ("square kilometers", after(Unit::SqKm)),
        ("square kilometre", after(Unit::SqKm)),
        ("square kilometres", after(Unit::SqKm)),
        ("square km", after(Unit::SqKm)),
        ("square meter", after(Unit::SqM)),
        ("square meters", after(Unit::SqM)),
        ("square metre", after(Unit::SqM)),
        ("square metres", after(Unit::SqM)),
        ("square-kilometer", after(Unit::SqKm)),
        ("square-kilometre", after(Unit::SqKm)),
        ("square-meter", after(Unit::SqM)),
        ("square-metre", after(Unit::SqM)),
        ("t", mass(1000, 0)),
        ("taiwan dollar", after(Unit::Twd)),
        ("taiwan dollars", after(Unit::Twd)),
        ("tether", after(Unit::Usdt)),
        ("thai baht", after(Unit::Thb)),
        ("thb", either(Unit::Thb)),
        ("ton", mass(1000, 0)),
        ("tones", mass(1000, 0)),
        ("tonne", mass(1000, 0)),
        ("tonnes", mass(1000, 0)),
        ("tons", mass(1000, 0)),
        ("twd", either(Unit::Twd)),
        ("u.s. dollar", after(Unit::Usd)),
        ("u.s. dollars", after(Unit::Usd)),
        ("u.s.$", before(Unit::Usd)),
        ("us $", before(Unit::Usd)),
        ("us dollar", after(Unit::Usd)),
        ("us dollars", after(Unit::Usd)),
        ("us$", before(Unit::Usd)),
        ("usd", either(Unit::Usd)),
        ("usd$", before(Unit::Usd)),
        ("usdt", either(Unit::Usdt)),
        ("won", after(Unit::Krw)),
        ("yen", after(Unit::Jpy)),
        ("yuan", after(Unit::Cny)),
        ("£", before(Unit::Gbp)),
        ("¥", before(Unit::Cny)),
        ("µg", mass(1, 9)),
        ("μg", mass(1, 9)),
        ("฿", before(Unit::Thb)),
        ("₩", before(Unit::Krw)),
        ("€", either(Unit::Eur)),
        ("₱", before(Unit::Php)),
        ("₹", before(Unit::Inr)),
        ("₿", before(Unit::Btc)),
        ("个百分点", after(Unit::Percent)),
        ("亩", after(Unit::Mu)),
        ("人民币", after(Unit::Cny)),
        ("令吉", after(Unit::Myr)),
        ("元", after(Unit::Cny)),
        ("克", mass(1, 3)),
        ("公斤", mass(1, 0)),
        ("公里", after(Unit::Km)),
        ("公顷", after(Unit::Hectare)),
        ("加元", after(Unit::Cad)),
        ("千克", mass(1, 0)),
        ("千米", after(Unit::Km)),
        ("升", after(Unit::L)),
        ("台币", after(Unit::Twd)),
        ("吨", mass(1000, 0)),
        ("平方公里", after(Unit::SqKm)),
        ("平方米", after(Unit::SqM)),
        ("微克", mass(1, 9)),
        // `三成`: tenths, read as percent (30).
        ("成", scaled(Unit::Percent, 10, 0)),
        ("斤", mass(5, 1)),
        ("新台币", after(Unit::Twd)),
        ("日元", after(Unit::Jpy)),
        ("欧元", after(Unit::Eur)),
        ("毫克", mass(1, 6)),
        ("泰铢", after(Unit::Thb)),
        ("港元", after(Unit::Hkd)),
        ("港币", after(Unit::Hkd)),
        ("澳元", after(Unit::Aud)),
        ("澳门元", after(Unit::Mop)),
        ("澳门币", after(Unit::Mop)),
        ("百分点", after(Unit::Percent)),
        ("立方米", after(Unit::CubicM)),
        ("米", after(Unit::M)),
        ("缅币", after(Unit::Mmk)),
        ("美元", after(Unit::Usd)),
        ("美金", after(Unit::Usd)),
        ("英镑", after(Unit::Gbp)),
        ("韩元", after(Unit::Krw)),
        ("％", after(Unit::Percent)),
        ("￥", before(Unit::Cny)),
    ],
);

/// Chinese measure words (量词) after a number: part of the figure's text and
/// its noun, but no unit (`18.5万起` counts cases, `3000余名` counts people).
pub(crate) const CHINESE_COUNTERS: &str =
    "个件人位名处台只头套家户张支条枚次款辆部间艘起发粒包箱瓶把株盒袋桶個處臺隻頭戶張條輛間份宗项场批根副";

/// Chinese numeral characters, and their values.
pub(crate) fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        // The banker's capitals (壹万元) and traditional forms, but not
        // 陆 or 參, which are far more often 陆续 (one after another) and
        // 參加 (take part).
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '貳' | '兩' | '倆' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Chinese numeral multipliers below 万.
pub(crate) fn chinese_small_scale(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
