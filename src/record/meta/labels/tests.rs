//! The label reader's tests: one-pass values against a plain reading.
use super::*;
use crate::lex::Token;

/// [`edited_by`] read from every word: a word ending in `edited` and the
/// words after it. Only a word of six letters or more may end in `edited`.
fn edited_by_words(bytes: &[u8], all: &[Token]) -> Option<usize> {
    all.iter()
        .filter(|t| t.kind() == Kind::Word && t.end() - t.start() >= 6)
        .find_map(|t| edited_by_at(bytes, t))
}

/// `edited by `, `Edited and Translated by `: a word ending in `edited`
/// (any case) and the words after it, one space apart. Where the name
/// after them starts.
fn edited_by_at(bytes: &[u8], t: &Token) -> Option<usize> {
    const AFTER: [&[u8]; 2] = [b" and translated by ", b" by "];
    let end = t.end();
    if bytes[end - 1] | 0x20 != b'd'
        || end - t.start() < 6
        || bytes.get(end) != Some(&b' ')
        || !bytes[end - 6..end].eq_ignore_ascii_case(b"edited")
    {
        return None;
    }
    AFTER.iter().find_map(|a| {
        bytes
            .get(end..end + a.len())
            .filter(|b| b.eq_ignore_ascii_case(a))
            .map(|_| end + a.len())
    })
}

/// The plain reading of one label's value, read to its stop for each
/// label: what [`Values`] must give, in one pass.
/// The value after a label, up to the end of its line, a bracket, a
/// double space or the next label (`Source:Xinhua Published: ...`).
///
/// One pass that stops soon after the value's last possible word, so a
/// text of nothing but labels is not read to its end once per label.
fn plain_value(text: &str, from: usize) -> Option<&str> {
    const STOPS: [&str; 5] = ["Editor", "Published", "Updated", "Date", "Source:"];
    let start = skip_spaces(text, from, 4);
    let start = start
        + ["[", "【"]
            .iter()
            .find(|b| text[start..].starts_with(**b))
            .map_or(0, |b| b.len());
    let rest = &text[start..];
    let bytes = rest.as_bytes();
    let mut end = rest.len();
    let mut words = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let stop = match b {
            b'\n' | b'[' | b']' | b')' | b'(' | b'|' => true,
            0xE3 => rest[i..].starts_with(['【', '】', '\u{3000}']),
            0xEF => rest[i..].starts_with(['\u{ff08}', '\u{ff09}']),
            // `Source: Xinhua   2018-04-11`
            b' ' => {
                bytes.get(i + 1) == Some(&b' ')
                    || STOPS.iter().any(|s| rest[i + 1..].starts_with(s))
                    || label_follows(&rest[i + 1..])
            }
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
        if !b.is_ascii_whitespace() && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            words += 1;
            // One word of slack: a lone trailing `.` is trimmed below.
            if words > VALUE_WORDS + 1 {
                return None;
            }
        }
    }
    let value = rest[..end].trim_end().trim_end_matches(['.', ',', ';']);
    // `Source: Source: ...`: a label is no value.
    if value.is_empty() || value.ends_with(':') || value.split_whitespace().count() > VALUE_WORDS {
        return None;
    }
    Some(&text[start..start + value.len()])
}

/// The source, editor and views of a text, as its labels give them.
fn fields(text: &str) -> String {
    let tokens = Tokens::new(text);
    let labels = Labels::read(&tokens);
    let views = labels
        .views
        .map(|at| &text[at..text[at..].find('\n').map_or(text.len(), |n| at + n)]);
    format!(
        "source={:?} editor={:?} views_at={:?}",
        labels.source,
        labels.editor.map(|(_, e)| e),
        views
    )
}

#[test]
fn a_value_stops_at_any_next_label_or_full_width_mark() {
    insta::assert_snapshot!(fields("Police act\n来源：海宁公安\u{3000}编辑：王林\n"), @r#"source=Some("海宁公安") editor=Some("王林") views_at=None"#);
    insta::assert_snapshot!(fields("Body.\nEditor: Wang Lin Proofreader: Zhao Qi\n"), @r#"source=None editor=Some("Wang Lin") views_at=None"#);
    insta::assert_snapshot!(fields("Body.\n责任编辑：王林 审核：赵琪\n"), @r#"source=None editor=Some("王林") views_at=None"#);
    insta::assert_snapshot!(fields("Body.\n（来源：海宁公安 编辑：王林）\n"), @r#"source=Some("海宁公安") editor=Some("王林") views_at=None"#);
    // A colon inside a value's words, after a lowercase word, stays.
    insta::assert_snapshot!(fields("Source: Haining police note: daily\n"), @r#"source=Some("Haining police note: daily") editor=None views_at=None"#);
}

#[test]
fn a_from_label_opening_its_line_names_the_source() {
    insta::assert_snapshot!(fields("Police act\nFrom: Wuxi Daily\nBody."), @r#"source=Some("Wuxi Daily") editor=None views_at=None"#);
    insta::assert_snapshot!(fields("Police act\nReprinted from: Wuxi Daily\nBody."), @r#"source=Some("Wuxi Daily") editor=None views_at=None"#);
    insta::assert_snapshot!(fields("Police act\nTips from: the public\nBody."), @"source=None editor=None views_at=None");
}

#[test]
fn views_without_a_colon_on_a_line_of_their_own() {
    insta::assert_snapshot!(fields("Police act\nRead 12,045\nBody."), @r#"source=None editor=None views_at=Some("12,045")"#);
    insta::assert_snapshot!(fields("Police act\n阅读 980\nBody."), @r#"source=None editor=None views_at=Some("980")"#);
    insta::assert_snapshot!(fields("Police act\nBrowse times: 451\nBody."), @r#"source=None editor=None views_at=Some(" 451")"#);
    insta::assert_snapshot!(fields("Police act\nRead 3 reports\nBody."), @"source=None editor=None views_at=None");
    insta::assert_snapshot!(fields("Police act\nReader 300\nBody."), @"source=None editor=None views_at=None");
    insta::assert_snapshot!(fields("Police act\nReading 300 files\nBody."), @"source=None editor=None views_at=None");
    // (`Reading` is a machine translation's 阅读, a likes' count allowed.)
    insta::assert_snapshot!(fields("Police act\nReading 300\nBody."), @r#"source=None editor=None views_at=Some("300")"#);
    insta::assert_snapshot!(fields("Police act\nReading 7,310  Like 95\nBody."), @r#"source=None editor=None views_at=Some("7,310  Like 95")"#);
    // A likes' count after it; a post's counts that close it.
    insta::assert_snapshot!(fields("Police act\nRead 1,204  Like 31\nBody."), @r#"source=None editor=None views_at=Some("1,204  Like 31")"#);
    insta::assert_snapshot!(fields("Police act\nBody.\nRead 1,204  Like 31"), @r#"source=None editor=None views_at=Some("1,204  Like 31")"#);
    insta::assert_snapshot!(fields("Police act\nBody.\n阅读 10万+ 在看 208\n"), @r#"source=None editor=None views_at=Some("10万+ 在看 208")"#);
    insta::assert_snapshot!(fields("Police act\nBody.\nRead 1,204 and like this\n"), @"source=None editor=None views_at=None");
    insta::assert_snapshot!(fields("Police act\nRead 12 reports.\nBody.\nMore.\nEnd.\nEnd."), @"source=None editor=None views_at=None");
}

#[test]
fn visits_police_made_are_no_views() {
    insta::assert_snapshot!(fields("Police act\nDoor-to-door visits: 61,000\nBody."), @"source=None editor=None views_at=None");
    insta::assert_snapshot!(fields("Police act\nHome visits: 320\nBody."), @"source=None editor=None views_at=None");
    insta::assert_snapshot!(fields("Police act\nNumber of visits: 1,204\nBody."), @r#"source=None editor=None views_at=Some(" 1,204")"#);
}

#[test]
fn labels_spaced_from_their_colon_and_of_two_words() {
    insta::assert_snapshot!(fields("Police act\nSource : Wuxi Police   View count:802\nBody."), @r#"source=Some("Wuxi Police") editor=None views_at=Some("802")"#);
    insta::assert_snapshot!(fields("Police act\nSource: Wuxi County Public Security Bureau Reading volume: 802\nBody."), @r#"source=Some("Wuxi County Public Security Bureau") editor=None views_at=Some(" 802")"#);
    insta::assert_snapshot!(fields("Police act\nSource: Wuxi Police Release time: 2024-08-09\nBody."), @r#"source=Some("Wuxi Police") editor=None views_at=None"#);
    // Capitalized words of a name are no label.
    insta::assert_snapshot!(fields("Police act\nSource: Wuxi Public Security Bureau Editor: Li Ming\nBody."), @r#"source=Some("Wuxi Public Security Bureau") editor=Some("Li Ming") views_at=None"#);
}

const LABEL_PARTS: &[&str] = &[
    "Source:",
    "Editor: ",
    "x",
    "Li Ming",
    " ",
    "  ",
    "\t",
    "\n",
    ".",
    ";",
    ",",
    "[",
    "]",
    "【",
    "】",
    ")",
    "|",
    ":",
    "Published",
    " Date",
    "\u{a0}",
    "\u{3000}",
    "a b c d e f g ",
    "\u{ff08}",
    "\u{ff09}",
    " Reviewer: ",
    "审核：",
];

const CREDIT_PARTS: &[&str] = &[
    "edited",
    "Edited",
    "EDITED",
    "reedited",
    "dited",
    " by ",
    " By ",
    " by",
    "by ",
    " and translated by ",
    " AND Translated ",
    " and ",
    "translated",
    " ",
    "  ",
    "\n",
    "5",
    "Wu Lan",
    ",",
];

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(4096))]
    #[test]
    fn credits_found_from_by_are_those_read_from_every_word(
        parts in proptest::collection::vec(proptest::sample::select(CREDIT_PARTS), 1..=12)
    ) {
        let text = parts.concat();
        let tokens = Tokens::new(&text);
        proptest::prop_assert_eq!(
            edited_by(text.as_bytes(), &tokens),
            edited_by_words(text.as_bytes(), tokens.all()),
            "{:?}", text
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(4096))]
    #[test]
    fn one_pass_values_read_as_each_label_alone(
        parts in proptest::collection::vec(proptest::sample::select(LABEL_PARTS), 1..=32)
    ) {
        let text = parts.concat();
        // Every colon is read as a label's, in text order.
        let mut values = Values::new(&text);
        for (colon, _) in text.match_indices(':') {
            proptest::prop_assert_eq!(
                values.after(colon + 1),
                plain_value(&text, colon + 1),
                "{:?} at {}", text, colon
            );
        }
    }
}
