//! Property tests: no input panics the parser, every span is exact, and
//! numbers written in any supported style (digits, words, article forms,
//! signed, suffixed, glued unit) read back to their value.

use police_bulletin::{Bulletin, Parser};
use proptest::prelude::*;

/// Fragments that exercise the grammar: numbers, units, qualifiers,
/// distractors, multi-byte text.
const PIECES: &[&str] = &[
    "more than ",
    "nearly ",
    "about ",
    "1,234",
    "5.5",
    " million",
    " yuan",
    "US$",
    "RMB",
    "%",
    " per cent",
    "万",
    "亿",
    "余",
    "多",
    "起",
    "三千",
    "两",
    " tons",
    " kg",
    "-odd",
    " to ",
    "-",
    "between ",
    " and ",
    "one",
    "hundred",
    "thousand",
    "dozens of ",
    "July ",
    "2024-08-14",
    "No. ",
    "“",
    "”",
    "\"",
    "(",
    ")",
    ".",
    ",",
    "１２",
    "，",
    " ",
    "\n",
    "&yen;",
    "suspects",
    "cases",
    "0",
    "9",
    "99999999999999999999",
    "é",
    "🚓",
    "a ",
    " dozen",
    "minus ",
    ".08",
    "HK$",
    "C$",
    "RM",
    "m",
    "k",
    "kg",
    "t",
    " μg",
    " km2",
    " km/h",
    " or more",
    "from ",
    "rose ",
    "through ",
    "十十",
    "%20",
    "0.0000000000000000001",
];

fn check(text: &str) {
    let bulletin = Bulletin::parse(text).expect("any str parses");
    let mut last_start = 0;
    for f in &bulletin.figures {
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        assert_eq!(&text[f.span.range()], f.text);
        assert!(f.span.start >= last_start, "figures are in text order");
        last_start = f.span.start;
        if let Some(noun) = &f.noun {
            assert!(text.contains(noun.as_ref()));
        }
        if let Some(max) = f.max {
            assert!(max > f.value);
        }
    }
    for w in &bulletin.warnings {
        assert!(w.span.start <= w.span.end && w.span.end <= text.len());
        assert!(text.is_char_boundary(w.span.start) && text.is_char_boundary(w.span.end));
    }
    // Every figure a record holds is one of the bulletin's figures.
    let held = bulletin.tallies.iter().map(|t| &t.count).chain(
        bulletin
            .seizures
            .iter()
            .flat_map(|s| s.quantity.iter().chain(&s.value)),
    );
    for f in held {
        assert!(
            bulletin.figures.contains(f),
            "record figure {:?} is in figures",
            f.text
        );
    }
    for t in &bulletin.trends {
        assert!(
            text.is_char_boundary(t.span.start)
                && text.is_char_boundary(t.span.end)
                && t.span.end <= text.len()
        );
    }
    serde_json::to_string(&bulletin).expect("serializes");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_parses_without_panic(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn grammar_fragments_parse_without_panic(parts in prop::collection::vec(prop::sample::select(PIECES), 0..40)) {
        check(&parts.concat());
    }

    #[test]
    fn any_bytes_give_a_bulletin_or_a_utf8_error(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        match Parser::new().parse_bytes(&bytes) {
            Ok(_) => prop_assert!(std::str::from_utf8(&bytes).is_ok()),
            Err(e) => prop_assert_eq!(e.byte_offset(), Some(std::str::from_utf8(&bytes).unwrap_err().valid_up_to())),
        }
    }

    #[test]
    fn grouped_digits_round_trip(n in 0u64..=u64::MAX / 2) {
        let grouped = group_thousands(n);
        let text = format!("seized {grouped} items");
        let b = Bulletin::parse(&text).unwrap();
        // 0 is a value like any other (`0 items`).
        prop_assert_eq!(b.figures[0].value.as_u64(), Some(n));
    }

    #[test]
    fn scaled_decimals_round_trip(int in 1u64..1000, frac in 0u64..100, scale in 0usize..3) {
        let (word, factor) = [("thousand", 1_000u64), ("million", 1_000_000), ("billion", 1_000_000_000)][scale];
        let text = format!("fines of {int}.{frac:02} {word} yuan");
        let b = Bulletin::parse(&text).unwrap();
        let expected = int * factor + frac * factor / 100;
        prop_assert_eq!(b.figures[0].value.as_u64(), Some(expected));
        prop_assert_eq!(b.figures[0].unit.map(|u| u.as_str()), Some("CNY"));
    }

    #[test]
    fn chinese_percent_and_currency_styles_round_trip(n in 1u64..10_000, tenths in 0u64..10, style in 0usize..5) {
        const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        let (text, value, unit) = match style {
            // 1.2万起
            0 => (format!("共破获案件{n}.{tenths}万起"), n * 10_000 + tenths * 1_000, None),
            // 三千名: one Chinese digit and a power of ten
            1 => {
                let d = (n % 9 + 1) as usize;
                (format!("抓获{}千名", DIGITS[d]), d as u64 * 1_000, None)
            }
            // 12.5%, 12.5 per cent
            2 => (format!("down {n}.{tenths}% and"), 0, Some("percent")),
            3 => (format!("down {n}.{tenths} per cent"), 0, Some("percent")),
            // US$1,234
            _ => (format!("fines of US${} in total", group_thousands(n)), n, Some("USD")),
        };
        let b = Bulletin::parse(&text).unwrap();
        prop_assert_eq!(b.figures.len(), 1, "{}", text);
        let f = &b.figures[0];
        prop_assert_eq!(f.unit.map(|u| u.as_str()), unit, "{}", text);
        if unit == Some("percent") {
            prop_assert_eq!(f.value.to_string(), if tenths == 0 { n.to_string() } else { format!("{n}.{tenths}") });
        } else {
            prop_assert_eq!(f.value.as_u64(), Some(value), "{}", text);
        }
    }

    #[test]
    fn number_words_round_trip(n in 1u64..1_000_000) {
        let text = format!("police arrested {} suspects", words(n));
        let b = Bulletin::parse(&text).unwrap();
        prop_assert_eq!(b.figures.len(), 1, "{}", text);
        prop_assert_eq!(b.figures[0].value.as_u64(), Some(n), "{}", text);
    }
}

/// `n / 10^places` written exactly, without trailing zeros (`1234, 3` → `1.234`).
fn decimal(n: u64, places: u32) -> String {
    let pow = 10u64.pow(places);
    let (int, frac) = (n / pow, n % pow);
    if frac == 0 {
        return int.to_string();
    }
    let frac = format!("{frac:0width$}", width = places as usize);
    format!("{int}.{}", frac.trim_end_matches('0'))
}

/// The one figure of `text`: its value as exact text, and its unit.
fn one_figure(text: &str) -> Result<(String, Option<&'static str>), TestCaseError> {
    let b = Bulletin::parse(text).unwrap();
    prop_assert_eq!(b.figures.len(), 1, "{}", text);
    let f = &b.figures[0];
    Ok((f.value.to_string(), f.unit.map(|u| u.as_str())))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// `a hundred`, `a dozen`, `two dozen`, `a hundred and two`, `a thousand`.
    #[test]
    fn article_and_dozen_forms_round_trip(k in 1u64..100, style in 0usize..5) {
        let (text, value) = match style {
            0 => ("police deployed a hundred officers".to_string(), 100),
            1 => (format!("police deployed a hundred and {} officers", words(k)), 100 + k),
            2 => ("a dozen suspects were held".to_string(), 12),
            3 => (format!("{} dozen knives were seized", words(k % 20 + 1)), 12 * (k % 20 + 1)),
            _ => (format!("{k} dozen knives were seized"), 12 * k),
        };
        prop_assert_eq!(one_figure(&text)?, (value.to_string(), None));
    }

    /// `-3.2%`, `minus five percent`, `-1,200 yuan`.
    #[test]
    fn signed_numbers_round_trip(n in 1u64..1_000_000, tenths in 1u64..10, style in 0usize..3) {
        let (text, value, unit) = match style {
            0 => (format!("profit changed by -{n}.{tenths}% in May"), format!("-{n}.{tenths}"), Some("percent")),
            1 => (format!("a change of minus {} percent", words(n)), format!("-{n}"), Some("percent")),
            _ => (format!("a balance of -{} yuan", group_thousands(n)), format!("-{n}"), Some("CNY")),
        };
        prop_assert_eq!(one_figure(&text)?, (value, unit));
    }

    /// `HK$48m`, `$12k`, `$3.5bn`, `5mn yuan`, `RMB 2 bln`, `C$16.4 million`.
    #[test]
    fn suffixed_money_round_trips(n in 1u64..1000, tenths in 0u64..10, style in 0usize..6) {
        let (text, value, unit) = match style {
            0 => (format!("HK${n}.{tenths}m in cash"), (n * 10 + tenths) * 100_000, "HKD"),
            1 => (format!("a bribe of ${n}k was paid"), n * 1_000, "USD"),
            2 => (format!("losses of ${n}.{tenths}bn"), (n * 10 + tenths) * 100_000_000, "USD"),
            3 => (format!("fines of {n}mn yuan"), n * 1_000_000, "CNY"),
            4 => (format!("fraud of RMB {n} bln"), n * 1_000_000_000, "CNY"),
            _ => (format!("assets of C${n}.{tenths} million"), (n * 10 + tenths) * 100_000, "CAD"),
        };
        prop_assert_eq!(one_figure(&text)?, (value.to_string(), Some(unit)));
    }

    /// `5kg`, `100t`, `20L`, `1.8m`, `120 μg`, `190 km2`, `120 km/h`, `3 mg`.
    #[test]
    fn glued_and_symbol_units_round_trip(n in 1u64..100_000, style in 0usize..8) {
        let (text, value, unit) = match style {
            0 => (format!("seized {n}kg of heroin"), n.to_string(), "kg"),
            1 => (format!("seized {n}t of sand"), (n * 1000).to_string(), "kg"),
            2 => (format!("seized {n}L of diesel"), n.to_string(), "l"),
            3 => (format!("a {}m-long boat", decimal(n, 1)), decimal(n, 1), "m"),
            4 => (format!("seized {n} μg of fentanyl"), decimal(n, 9), "kg"),
            5 => (format!("burned {n} km2 of forest"), n.to_string(), "sq_km"),
            6 => (format!("drove at {n} km/h on the road"), n.to_string(), "km_per_h"),
            _ => (format!("seized {n} mg of powder"), decimal(n, 6), "kg"),
        };
        prop_assert_eq!(one_figure(&text)?, (value, Some(unit)));
    }

    /// `.08 percent`, `zero deaths`, `0 cases`.
    #[test]
    fn bare_fractions_and_zero_round_trip(n in 1u64..100, style in 0usize..3) {
        let (text, value, unit) = match style {
            0 => (format!("a rate of .{n:02} percent"), decimal(n, 2), Some("percent")),
            1 => ("zero deaths were reported".to_string(), "0".to_string(), None),
            _ => ("0 cases were filed".to_string(), "0".to_string(), None),
        };
        prop_assert_eq!(one_figure(&text)?, (value, unit));
    }

    /// `4 thousand 3 hundred and 21`: digits and scale words mixed.
    #[test]
    fn mixed_digit_and_scale_words_round_trip(t in 1u64..1000, h in 1u64..10, r in 1u64..100) {
        let text = format!("police seized {t} thousand {h} hundred and {r} bottles");
        prop_assert_eq!(one_figure(&text)?, ((t * 1000 + h * 100 + r).to_string(), None));
    }
}

/// A signed percent in a trend: `percent` is the size of the change and
/// `direction` carries the sign, whatever the verb says.
#[test]
fn signed_trends_keep_the_size_and_carry_the_sign() {
    for text in [
        "Burglary cases increased by -3.2% year on year.",
        "Burglary cases fell -3.2% year on year.",
        "Burglary cases fell 3.2% year on year.",
    ] {
        let b = Bulletin::parse(text).unwrap();
        assert_eq!(b.trends.len(), 1, "{text}");
        let t = &b.trends[0];
        assert_eq!(t.percent.to_string(), "3.2", "{text}");
        assert_eq!(
            serde_json::to_value(t.direction).unwrap(),
            "decrease",
            "{text}"
        );
    }
}

const FIXTURES: &[&str] = &[
    include_str!("fixtures/city_summer_campaign.txt"),
    include_str!("fixtures/mt_telecom_fraud.txt"),
    include_str!("fixtures/mt_traffic_rectification.txt"),
    include_str!("fixtures/bilingual_crlf.txt"),
    include_str!("fixtures/customs_smuggling.txt"),
];

/// An edit to a fixture: insert a fragment, delete a stretch, or splice in a
/// stretch of another fixture, at char boundaries.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, &'static str),
    Delete(usize, usize),
    Splice(usize, usize, usize),
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(base: &str, edits: &[Edit]) -> String {
    let mut text = base.to_string();
    for edit in edits {
        match *edit {
            Edit::Insert(at, piece) => {
                let at = floor(&text, at % (text.len() + 1));
                text.insert_str(at, piece);
            }
            Edit::Delete(at, len) => {
                let start = floor(&text, at % (text.len() + 1));
                let end = floor(&text, start + len % 64);
                text.replace_range(start..end, "");
            }
            Edit::Splice(at, from, len) => {
                let other = FIXTURES[from % FIXTURES.len()];
                let s = floor(other, from % (other.len() + 1));
                let e = floor(other, s + len % 200);
                let at = floor(&text, at % (text.len() + 1));
                text.insert_str(at, &other[s..e]);
            }
        }
    }
    text
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), prop::sample::select(PIECES)).prop_map(|(a, p)| Edit::Insert(a, p)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, l)| Edit::Delete(a, l)),
        (any::<usize>(), any::<usize>(), any::<usize>())
            .prop_map(|(a, f, l)| Edit::Splice(a, f, l)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn mutated_fixtures_parse_without_panic(which in 0..FIXTURES.len(), edits in prop::collection::vec(edit(), 1..12)) {
        check(&mutate(FIXTURES[which], &edits));
    }
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// English words for `n` < 1,000,000, as bulletins write them.
fn words(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64) -> String {
        let mut parts = Vec::new();
        if n >= 100 {
            parts.push(format!("{} hundred", SMALL[(n / 100) as usize]));
        }
        let rest = n % 100;
        if rest > 0 {
            if n >= 100 {
                parts.push("and".to_string());
            }
            parts.push(if rest < 20 {
                SMALL[rest as usize].to_string()
            } else if rest % 10 == 0 {
                TENS[(rest / 10) as usize].to_string()
            } else {
                format!(
                    "{}-{}",
                    TENS[(rest / 10) as usize],
                    SMALL[(rest % 10) as usize]
                )
            });
        }
        parts.join(" ")
    }
    let (thousands, rest) = (n / 1000, n % 1000);
    match (thousands, rest) {
        (0, r) => below_thousand(r),
        (t, 0) => format!("{} thousand", below_thousand(t)),
        (t, r) => format!("{} thousand {}", below_thousand(t), below_thousand(r)),
    }
}
