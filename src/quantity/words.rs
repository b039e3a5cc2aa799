//! The quantity vocabulary, as data: qualifiers, scale words, number words,
//! units and currencies. Phrases are lowercase and alphabetical (a unit test
//! keeps them so); matching is case-insensitive and longest-first.

use super::{Qualifier, Unit};
use crate::lex::{Class, Lexicon};

mod units;
pub(crate) use units::{Mark, Place, UNITS};

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
        ("in the neighborhood of", Qualifier::About),
        ("in the neighbourhood of", Qualifier::About),
        ("in the region of", Qualifier::About),
        ("just above", Qualifier::MoreThan),
        ("just below", Qualifier::LessThan),
        ("just over", Qualifier::MoreThan),
        ("just under", Qualifier::LessThan),
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
        ("slightly less than", Qualifier::LessThan),
        ("slightly more than", Qualifier::MoreThan),
        ("slightly over", Qualifier::MoreThan),
        ("some", Qualifier::About),
        ("under", Qualifier::LessThan),
        ("up to", Qualifier::AtMost),
        ("upward of", Qualifier::MoreThan),
        ("upwards of", Qualifier::MoreThan),
        ("well above", Qualifier::MoreThan),
        ("well below", Qualifier::LessThan),
        ("well over", Qualifier::MoreThan),
        ("well short of", Qualifier::LessThan),
        ("well under", Qualifier::LessThan),
        ("within", Qualifier::AtMost),
        ("不低于", Qualifier::AtLeast),
        ("不低於", Qualifier::AtLeast),
        ("不到", Qualifier::LessThan),
        ("不多于", Qualifier::AtMost),
        ("不多於", Qualifier::AtMost),
        ("不大于", Qualifier::AtMost),
        ("不大於", Qualifier::AtMost),
        ("不小于", Qualifier::AtLeast),
        ("不小於", Qualifier::AtLeast),
        ("不少于", Qualifier::AtLeast),
        ("不少於", Qualifier::AtLeast),
        ("不超过", Qualifier::AtMost),
        ("不超過", Qualifier::AtMost),
        ("不足", Qualifier::LessThan),
        ("多于", Qualifier::MoreThan),
        ("多於", Qualifier::MoreThan),
        ("大于", Qualifier::MoreThan),
        ("大于等于", Qualifier::AtLeast),
        ("大於", Qualifier::MoreThan),
        ("大於等於", Qualifier::AtLeast),
        ("大約", Qualifier::About),
        ("大约", Qualifier::About),
        ("将近", Qualifier::Nearly),
        ("將近", Qualifier::Nearly),
        ("小于", Qualifier::LessThan),
        ("小于等于", Qualifier::AtMost),
        ("小於", Qualifier::LessThan),
        ("小於等於", Qualifier::AtMost),
        ("少于", Qualifier::LessThan),
        ("少於", Qualifier::LessThan),
        ("接近", Qualifier::Nearly),
        ("最多", Qualifier::AtMost),
        ("最少", Qualifier::AtLeast),
        ("約", Qualifier::About),
        ("约", Qualifier::About),
        ("至少", Qualifier::AtLeast),
        ("至少有", Qualifier::AtLeast),
        ("超", Qualifier::MoreThan),
        ("超过", Qualifier::MoreThan),
        ("超過", Qualifier::MoreThan),
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
///
/// (Inlined always: almost every number has no `过` before it, and that
/// reject, its first test, is then a compare at the call, not a call;
/// left to itself LLVM kept the function a call of its own.)
#[inline(always)]
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
    // Most numbers follow an ASCII byte no symbol ends in: one test.
    let last = *lead.as_bytes().last()?;
    if last.is_ascii() && !matches!(last, b'=' | b'~' | b'>' | b'<') {
        return None;
    }
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

/// English cardinal words below one hundred, and the multiples written
/// as one word (`fourfold`: four times as many).
pub(crate) const NUMBER_WORDS: &Lexicon<u64> = &Lexicon::new(
    Class::NumberWord,
    &[
        ("eight", 8),
        ("eighteen", 18),
        ("eightfold", 8),
        ("eighty", 80),
        ("eleven", 11),
        ("fifteen", 15),
        ("fifty", 50),
        ("five", 5),
        ("fivefold", 5),
        ("forty", 40),
        ("four", 4),
        ("fourfold", 4),
        ("fourteen", 14),
        ("nine", 9),
        ("ninefold", 9),
        ("nineteen", 19),
        ("ninety", 90),
        ("one", 1),
        ("seven", 7),
        ("sevenfold", 7),
        ("seventeen", 17),
        ("seventy", 70),
        ("six", 6),
        ("sixfold", 6),
        ("sixteen", 16),
        ("sixty", 60),
        ("ten", 10),
        ("tenfold", 10),
        ("thirteen", 13),
        ("thirty", 30),
        ("three", 3),
        ("threefold", 3),
        ("twelve", 12),
        ("twenty", 20),
        ("two", 2),
        ("twofold", 2),
        ("zero", 0),
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
