//! Bulletin-shaped random text: sentences built from the pieces bulletins
//! are made of (labels, counts, nouns and verbs from the crate's own tables,
//! lists joined by commas and `and`, asides, passive tails, CJK
//! punctuation, stops), then cut, spliced and garbled at random points.
//! Random characters almost never form such phrases, so the plain
//! property tests never reach the binder's readers; these do.
//!
//! `PROPTEST_CASES` raises the number of cases (e.g. 200000 with
//! `cargo test --release --test shaped`).

use police_bulletin::Bulletin;
use proptest::prelude::*;

const LABELS: &[&str] = &[
    "Fraud cases: ",
    "Drug cases：",
    "Results: ",
    "一、",
    "1. ",
    "(2) ",
    "Criminal cases solved | ",
    "Hidden dangers found / rectified: ",
    "Seized: ",
    "Arrests ",
    "第一，",
    "Tallies of the campaign: ",
    "Online fraud – ",
];

const SUBJECTS: &[&str] = &[
    "Police ",
    "The bureau ",
    "Officers ",
    "The provincial public security department ",
    "Customs ",
    "The campaign ",
    "Since January, police in the city ",
    "In 2023, ",
    "On May 12, 2024, ",
    "It ",
    "They ",
    "Of these, ",
    "Among them, ",
    "including ",
    "警方",
];

const ACTIVE: &[&str] = &[
    "arrested ",
    "seized ",
    "cracked ",
    "solved ",
    "detained ",
    "handled ",
    "confiscated ",
    "recovered ",
    "investigated ",
    "destroyed ",
    "dismantled ",
    "busted ",
    "rescued ",
    "approved the arrest of ",
    "put on file ",
    "issued ",
    "sent ",
    "intercepted ",
    "dissuaded ",
    "checked ",
    "carried out ",
    "deployed ",
    "have a total of ",
    "破获",
    "抓获",
    "查扣",
];

const QUALIFIERS: &[&str] = &[
    "",
    "",
    "",
    "more than ",
    "over ",
    "nearly ",
    "about ",
    "approx. ",
    "at least ",
    "a total of ",
    "up to ",
    "some ",
    "No. ",
    "another ",
    "approx. ",
    "No. ",
    "appr. ",
    "est. ",
    "ca. ",
    "Co., Ltd. ",
    "etc. ",
    "i.e. ",
    "a further ",
    "the ",
    "a large number of ",
    "up ",
    "down ",
];

const NUMBERS: &[&str] = &[
    "1",
    "12",
    "3,356",
    "1.5",
    "18.5万",
    "2亿",
    "ninety-five",
    "a score of",
    "dozens of",
    "0",
    "200",
    "1,93000",
    "4 thousand 3 hundred",
    "1.2 million",
    "3.5 billion",
    "10-20",
    "3 to 5",
    "a hundred",
    "two dozen",
    "hundreds of",
    "thousands of",
    "half",
    "三千",
    "两",
    "1,234.5",
    "2024",
    "12.5",
    "one",
    "seven",
    "100,000",
    "5",
];

const UNITS: &[&str] = &[
    "",
    "",
    "",
    "",
    " kg",
    " tonnes",
    " yuan",
    "万元",
    "%",
    " percent",
    "kg",
    " grams",
    " million yuan",
    " US dollars",
    " pieces",
    " boxes",
    " sets",
    " liters",
    " people-times",
    "余",
    "多",
    "起",
    "名",
    " cartons of",
    " bottles of",
];

const NOUNS: &[&str] = &[
    "suspects",
    "cases",
    "criminal cases",
    "people",
    "gangs",
    "cigarettes",
    "heroin",
    "methamphetamine",
    "guns",
    "ammunition",
    "bullets",
    "vehicles",
    "bank cards",
    "mobile phones",
    "SIM cards",
    "fraud cases",
    "telecom fraud cases",
    "drug cases",
    "burglaries",
    "robberies",
    "traffic violations",
    "drunk drivers",
    "fugitives",
    "criminal gangs",
    "dens",
    "gambling dens",
    "wildlife products",
    "bear paws",
    "ivory products",
    "fake liquor",
    "counterfeit goods",
    "cash",
    "funds",
    "losses",
    "assets",
    "computers",
    "e-bikes",
    "hidden dangers",
    "warning messages",
    "anti-fraud text messages",
    "victims",
    "minors",
    "patrol shifts",
    "personnel",
    "police officers",
    "of which",
    "of them",
    "items",
    "案件",
    "毒品",
    "人员",
    "车辆",
    "起案件",
    "名犯罪嫌疑人",
    "illegal income",
    "yuan in cash",
    "economic losses",
    "cases of economic crime",
    "percent",
];

const JOINERS: &[&str] = &[
    ", ",
    " and ",
    "、",
    ", and ",
    " as well as ",
    " together with ",
    "; ",
    "，",
    " or ",
    " plus ",
    ", including ",
    " / ",
    " | ",
];

const ASIDES: &[&str] = &[
    ", who had fled,",
    " (sets)",
    ", in addition to other items,",
    " (pieces)",
    "（件）",
    " worth ",
    " valued at ",
    " involving ",
    ", up 12.5% year on year,",
    ", down 3.2 percent",
    " (including 3 minors)",
    " [1]",
    " “",
    "” ",
    "《",
    "》",
    " of which ",
    ", of which ",
    " in total",
    ", respectively",
    " each",
    " with a value of ",
    ", an increase of ",
    " compared with last year",
];

const TAILS: &[&str] = &[
    " were seized",
    " have been arrested",
    " were cracked",
    " were solved",
    " have been detained",
    " were handled",
    " was recovered",
    " were recovered for the victims",
    " had been supervised",
    " were put on file",
    " were destroyed",
    " were rescued",
    " were dissuaded from transferring money",
    " were issued",
    " rose by 15%",
    " fell 8.3 percent year on year",
    " decreased by 20.1%",
    " increased ",
    " was",
    " were",
    " are at large",
    " were given administrative penalties",
    " it was counted as cracked",
];

const STOPS: &[&str] = &[
    ". ", "。", "；", ";", ":", "：", "\n", "\n\n", ".", "! ", "? ", "\r\n", " ", "",
];

/// Noise set anywhere: brackets, quotes, abbreviations, CJK text,
/// multi-byte characters (wide, thin, no-break and zero-width spaces
/// among them: a cut one byte past a space must be a char boundary),
/// digits glued to words.
const NOISE: &[&str] = &[
    "(",
    ")",
    "（",
    "）",
    "“",
    "”",
    "\"",
    "'",
    "《",
    "》",
    "【",
    "】",
    "No. ",
    "approx. ",
    "Mr. ",
    "e.g. ",
    "U.S. ",
    "共",
    "破获",
    "万",
    "亿",
    "余",
    "起",
    "，",
    "。",
    "、",
    "：",
    "；",
    "é",
    "🚓",
    "１２",
    " ",
    "\u{3000}",
    "\u{2009}",
    "\u{a0}",
    "\u{200b}",
    "-",
    "–",
    "/",
    "|",
    "\t",
    "a",
    ",",
    ".",
    "%",
    "$",
    "US$",
    "RMB",
    "¥",
    "year on year",
    "respectively",
    "the same period last year",
];

fn pick(table: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    prop::sample::select(table)
}

/// One list item: `more than 3,356 kg of heroin, who had fled,`, or in
/// machine-translated order `fake belts 3.5万`, or uncounted.
fn item() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => counted_item(),
        2 => (pick(NOUNS), pick(NUMBERS), pick(UNITS), prop::option::weighted(0.2, pick(ASIDES)))
            .prop_map(|(noun, n, u, aside)| format!("{noun} {n}{u}{}", aside.unwrap_or(""))),
        1 => (pick(QUALIFIERS), pick(NOUNS)).prop_map(|(q, noun)| format!("{q}{noun}")),
        1 => (pick(LABELS), pick(NUMBERS), pick(UNITS)).prop_map(|(l, n, u)| format!("{l}{n}{u}")),
    ]
}

fn counted_item() -> impl Strategy<Value = String> {
    (
        pick(QUALIFIERS),
        pick(NUMBERS),
        pick(UNITS),
        prop::bool::weighted(0.2),
        pick(NOUNS),
        prop::option::weighted(0.2, pick(ASIDES)),
    )
        .prop_map(|(q, n, u, of, noun, aside)| {
            let of = if of { " of " } else { " " };
            format!("{q}{n}{u}{of}{noun}{}", aside.unwrap_or(""))
        })
}

/// One sentence: label, subject, active verb, a list, a passive tail, a stop.
fn sentence() -> impl Strategy<Value = String> {
    (
        prop::option::weighted(0.3, pick(LABELS)),
        prop::option::weighted(0.5, pick(SUBJECTS)),
        prop::option::weighted(0.5, pick(ACTIVE)),
        prop::collection::vec((item(), pick(JOINERS)), 1..6),
        prop::option::weighted(0.4, pick(TAILS)),
        prop::option::weighted(0.2, pick(ASIDES)),
        pick(STOPS),
    )
        .prop_map(|(label, subject, verb, items, tail, after, stop)| {
            let mut s = String::new();
            s.push_str(label.unwrap_or(""));
            s.push_str(subject.unwrap_or(""));
            s.push_str(verb.unwrap_or(""));
            let last = items.len() - 1;
            for (i, (item, joiner)) in items.iter().enumerate() {
                s.push_str(item);
                if i < last {
                    s.push_str(joiner);
                }
            }
            s.push_str(tail.unwrap_or(""));
            s.push_str(after.unwrap_or(""));
            s.push_str(stop);
            s
        })
}

/// A change to the built text: cut it, drop a stretch, insert noise, or
/// repeat a stretch.
#[derive(Debug, Clone)]
enum Edit {
    Cut(usize),
    Drop(usize, usize),
    Noise(usize, &'static str),
    Repeat(usize, usize),
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(mut text: String, edits: &[Edit]) -> String {
    for edit in edits {
        match *edit {
            Edit::Cut(at) => {
                let at = floor(&text, at % (text.len() + 1));
                text.truncate(at);
            }
            Edit::Drop(at, len) => {
                let start = floor(&text, at % (text.len() + 1));
                let end = floor(&text, start + len % 24);
                text.replace_range(start..end, "");
            }
            Edit::Noise(at, piece) => {
                let at = floor(&text, at % (text.len() + 1));
                text.insert_str(at, piece);
            }
            Edit::Repeat(at, len) => {
                let start = floor(&text, at % (text.len() + 1));
                let end = floor(&text, start + len % 40);
                let stretch = text[start..end].to_string();
                text.insert_str(end, &stretch);
            }
        }
    }
    text
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        1 => any::<usize>().prop_map(Edit::Cut),
        3 => (any::<usize>(), any::<usize>()).prop_map(|(a, l)| Edit::Drop(a, l)),
        5 => (any::<usize>(), pick(NOISE)).prop_map(|(a, p)| Edit::Noise(a, p)),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, l)| Edit::Repeat(a, l)),
    ]
}

/// Any piece of any table, in any order.
fn soup() -> impl Strategy<Value = String> {
    let tables: &[&'static [&'static str]] = &[
        LABELS, SUBJECTS, ACTIVE, QUALIFIERS, NUMBERS, UNITS, NOUNS, JOINERS, ASIDES, TAILS, STOPS,
        NOISE,
    ];
    let all: Vec<&'static str> = tables.iter().flat_map(|t| t.iter().copied()).collect();
    prop::collection::vec(prop::sample::select(all), 0..40).prop_map(|p| p.concat())
}

fn bulletin() -> impl Strategy<Value = String> {
    let shaped = (
        prop::collection::vec(prop_oneof![8 => sentence(), 1 => soup()], 1..6),
        prop::collection::vec(edit(), 0..4),
    )
        .prop_map(|(sentences, edits)| apply(sentences.concat(), &edits));
    prop_oneof![5 => shaped, 1 => soup()]
}

fn check(text: &str) {
    let b = Bulletin::parse(text).expect("any str parses");
    for f in &b.figures {
        assert_eq!(&text[f.span.range()], f.text);
    }
    for w in &b.warnings {
        assert!(w.span.start <= w.span.end && w.span.end <= text.len());
    }
    serde_json::to_string(&b).expect("serializes");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(4000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn bulletin_shaped_text_parses_without_panic(text in bulletin()) {
        check(&text);
    }
}
