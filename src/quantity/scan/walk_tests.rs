//! The candidate walk and the quoted names against their text readings.

use super::names::{is_name, is_slogan, quoted_names, quotes};
use super::*;
use crate::text::Quote;
use proptest::prelude::*;

/// Pieces of bulletin text, tricky ones included, to build texts from.
pub(crate) const PIECES: &[&str] = &[
    "a",
    "A",
    "an",
    "half",
    "quarter of",
    "a dozen",
    "one",
    "Five",
    "minus",
    "dozens of",
    "several",
    "tens",
    "US$",
    "U.S.$",
    "S$",
    "A$",
    "Z$",
    "RMB",
    "Rs.",
    "CAD",
    "usd",
    "$",
    "&yen;",
    "&amp;",
    "¥",
    "￥",
    "€",
    "£",
    "₹",
    "十",
    "一",
    "两",
    "〇",
    "万",
    "亿",
    "百",
    "千",
    "余",
    "多",
    "起",
    "统一",
    "５",
    "１２",
    "0",
    "7",
    "12",
    "2021",
    "1,500",
    "3.5",
    ".08",
    ".",
    "..",
    "No.",
    "more than",
    "nearly",
    "about",
    "up to",
    "approx.",
    "no fewer than",
    "大约",
    "约",
    "超过",
    "近",
    "最近",
    "逾",
    "不足",
    "#",
    "&#",
    "GMT+",
    "male,",
    "Article",
    "hotline",
    "March",
    "Sept.",
    "July",
    "th",
    "s",
    "kg",
    "yuan",
    "percent",
    "or more",
    "or so",
    "or less",
    "or fewer",
    "or above",
    "odd",
    "plus",
    "-odd",
    "+",
    "-",
    "–",
    "~",
    "to",
    "through",
    "thru",
    "and",
    "between",
    "from",
    "the",
    "on",
    "of",
    "people",
    "suspects",
    "cases",
    "Kunlun",
    "Voyager",
    "jet",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "《",
    "》",
    "「",
    "」",
    "(",
    ")",
    "（",
    ",",
    "，",
    ";",
    ":",
    "/",
    "、",
    "%",
    "\n",
    "\r\n",
    " ",
    " ",
    " ",
    "  ",
    "     ",
    "\t",
    "\u{a0}",
    "\u{3000}",
    "\u{2009}",
    "é",
    "x",
    "Q",
];

pub(crate) fn texts() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The token walk stops where the byte scan stops, from any start.
    #[test]
    fn walk_finds_what_the_text_scan_finds(
        text in texts(),
        steps in prop::collection::vec(1usize..6, 64),
    ) {
        let tokens = Tokens::new(&text);
        let mut walk = Candidates::new(&tokens);
        let mut pos = 0;
        for step in steps.iter().cycle().take(400) {
            let want = next_candidate(&text, pos);
            let got = walk.next(pos);
            prop_assert_eq!(got.map(|(s, _)| s), want, "from {}", pos);
            let Some((start, i)) = got else { break };
            let t = tokens.all()[i];
            prop_assert!(t.start() <= start && start < t.end());
            pos = crate::text::ceil_char(&text, start + step);
        }
    }

    /// The names the walk reads on its way are the names of all the
    /// quotes, when it walks to the end.
    #[test]
    fn walk_reads_every_quoted_name(
        text in texts(),
        steps in prop::collection::vec(1usize..6, 64),
    ) {
        let tokens = Tokens::new(&text);
        let mut walk = Candidates::new(&tokens);
        let mut pos = 0;
        let mut step = steps.iter().cycle();
        while let Some((start, _)) = walk.next(pos) {
            pos = crate::text::ceil_char(&text, start + step.next().unwrap_or(&1));
        }
        prop_assert_eq!(walk.names.all(), quoted_names(&tokens));
    }
}

#[test]
fn walk_stops_at_digits_triggers_marks_and_numerals() {
    let text = "Police (a team) seized .5 t, a dozen guns, US$3 and 两万 in “Op 5”";
    let tokens = Tokens::new(text);
    let mut walk = Candidates::new(&tokens);
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some((start, _)) = walk.next(pos) {
        found.push(&text[start..crate::text::ceil_char(text, start + 2)]);
        pos = crate::text::ceil_char(text, start + 1);
    }
    assert_eq!(found, [".5", "5 ", "a ", "US", "$3", "3 ", "两", "5”"]);
}

mod names {
    use super::*;

    /// The name test as first written, char by char.
    fn is_name_by_chars(inner: &str) -> bool {
        !inner.is_empty()
            && inner.split_whitespace().count() <= 10
            && !inner.contains(['\n', ';', '!', '?', '…', '。', '%', '$', '¥'])
            && !inner.trim_end().ends_with('.')
            && (!inner.contains([',', '，']) || is_slogan(inner))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Quotes read from the tokens are the quotes found in the text.
        #[test]
        fn token_quotes_are_text_quotes(text in texts()) {
            let tokens = Tokens::new(&text);
            let spans = |qs: Vec<Quote>| -> Vec<(usize, Span, usize)> {
                qs.into_iter().map(|q| (q.open, q.inner, q.close_end)).collect()
            };
            prop_assert_eq!(
                spans(quotes(&tokens, 12)),
                spans(crate::text::quotes(&text, 12))
            );
            prop_assert_eq!(
                spans(quotes(&tokens, 90)),
                spans(crate::text::quotes(&text, 90))
            );
        }

        /// The byte reading of a name is the char reading.
        #[test]
        fn name_bytes_are_name_chars(
            inner in prop::collection::vec(
                prop::sample::select(
                    [PIECES, &["…", "。", "¥", "，", "\u{b}", "\u{c}", "\r", "！", "\u{85}"]].concat()
                ),
                0..14,
            ).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(is_name(&inner), is_name_by_chars(&inner));
        }
    }

    #[test]
    fn names_and_speech() {
        assert!(is_name("Sky Net 2023"));
        assert!(is_name("one village, one officer"));
        assert!(!is_name("we solved 12 cases, and more will follow"));
        assert!(!is_name("stop!"));
        assert!(!is_name("worth ¥5"));
        assert!(!is_name("it ended."));
        assert!(!is_name("a b c d e f g h i j k"));
        assert!(!is_name(""));
    }
}

#[test]
fn an_article_after_a_price_is_per_unit() {
    let t = "300 yuan a gram, $50 a kilo, in 2023 a ton";
    let after = |w: &str| candidates::after_a_price(t, t.find(w).unwrap());
    assert!(after("a gram") && after("a kilo") && !after("a ton"));
    insta::assert_snapshot!(crate::quantity::tests::p("sold at 300 yuan a gram; $50 a kilo; seized a ton of ore"), @"
    300 yuan = 300 CNY Exact
    $50 = 50 USD Exact
    a ton = 1000 kg Exact (ore)
    ");
}
