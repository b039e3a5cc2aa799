//! Inputs that once broke the parser, kept so they never do again. Each
//! asserts behaviour (no panic, spans exact, figures kept), not timing.

use police_bulletin::Bulletin;

fn spans_exact(text: &str) -> Bulletin<'_> {
    let b = Bulletin::parse(text).expect("any text parses");
    for f in &b.figures {
        assert_eq!(&text[f.span.range()], f.text);
    }
    b
}

/// Proptest: `prefix_of` sliced three bytes into a curly quote.
#[test]
fn curly_quote_after_a_number_phrase() {
    spans_exact(
        "(“2024-08-14about 三千 per cent多No. -dozens of ,， per centone July about  kg亿-万",
    );
}

/// Fixture: a clause edge at a full-width comma gave an offset inside it.
#[test]
fn full_width_comma_clause_edge() {
    let b = spans_exact("共破获案件，抓获12名嫌疑人");
    assert_eq!(b.figures[0].text, "12名");
}

/// Fixture: the `;` of `&yen;` split a sentence inside a figure.
#[test]
fn entity_semicolon_inside_a_figure() {
    let b = spans_exact("seizing drugs worth &yen;２.５ million in cash.");
    assert_eq!(b.figures[0].text, "&yen;２.５ million");
    assert_eq!(b.seizures.len(), 1);
}

/// Hostile input: after a digit run longer than a token, the text that
/// follows is still read (the run is skipped piecewise, not wholesale).
#[test]
fn text_after_a_long_digit_run_is_read() {
    let text = format!("{} police seized 5 guns and 12 knives.", "1,2".repeat(400));
    let b = spans_exact(&text);
    let values: Vec<u64> = b.figures.iter().filter_map(|f| f.value.as_u64()).collect();
    assert!(values.ends_with(&[5, 12]), "{values:?}");
}

/// Hostile input: many identical facts in one sentence are kept once each
/// (the repeat check is by key, not by scanning).
#[test]
fn repeated_facts_in_one_long_sentence() {
    let text = "police arrested 12 suspects and ".repeat(2_000);
    let b = spans_exact(&text);
    assert_eq!(b.tallies.len(), 1);
    assert_eq!(b.figures.len(), 2_000);
}

/// Hostile input: a comma-joined list of thousands of numbers.
#[test]
fn long_comma_list() {
    let text: String = (1..3_000).map(|n| format!("{n} cases, ")).collect();
    let b = spans_exact(&text);
    assert!(b.figures.len() > 2_900);
}

/// Review of the token rewrite: `day` after a multi-byte char was sliced one
/// byte back, inside that char.
#[test]
fn day_after_a_multi_byte_char() {
    for text in [
        "Open every\u{a0}day for visitors",
        "He spent one day\u{2014}day after day",
        "\u{201c}day\u{201d}",
        "年day ",
        "５day",
    ] {
        spans_exact(text);
    }
    // The campaign itself is still found after a hyphen.
    let b = spans_exact("Police launched the 100-day campaign in May.");
    assert_eq!(b.operations.len(), 1);
}

/// Review: the last six words of a trend's metric were cut one byte into a
/// no-break or ideographic space.
#[test]
fn trend_metric_after_a_wide_space() {
    spans_exact("theft\u{a0}cases in the city this year fell 5%");
    spans_exact("theft\u{3000}cases in the city this year fell 5%");
}

/// Review: a counted noun that runs past its sentence made a backwards
/// slice when looking for `wanted`.
#[test]
fn noun_past_the_sentence_end() {
    spans_exact("Police sealed 5 sq. m\u{a0}suspects");
}

/// Review: two figures that overlap (`US$5 and below` and `below seventy
/// yuan`) were read as money and its twin with the gap sliced backwards.
#[test]
fn overlapping_money_figures() {
    spans_exact("US$5 and below seventy yuan");
    spans_exact("RMB5 and below seventy dollars");
}

/// Review: an inherited noun's distance underflowed (a debug-build panic)
/// when the earlier noun ended after this figure began.
#[test]
fn inherited_noun_before_its_figure() {
    spans_exact("suspects thirteen and over .8");
}

/// Proptest: a dash before `minus` negated the number twice, and the sign
/// hid the year from the range check, so `-minus 2024-08-14` became a
/// figure from 2024 to 8 (a max below its value).
#[test]
fn sign_word_before_a_date() {
    for text in [
        "-minus 2024-08-14",
        "minus 2024-08-14",
        "x -minus 2024-08-14",
    ] {
        let b = spans_exact(text);
        assert!(b.figures.is_empty(), "{text}: {:?}", b.figures);
    }
    let b = spans_exact("temperatures of -minus 5 degrees");
    assert_eq!(b.figures[0].value, "-5".parse().unwrap());
    for f in &spans_exact("-minus 5-8 cases").figures {
        assert!(f.max.is_none_or(|m| m >= f.value), "{f:?}");
    }
}

/// Fuzz: a counted noun ran into the next figure's hedge (`drug nearly`),
/// past the start of the weight it was checked against, and sliced
/// backwards.
#[test]
fn noun_stops_before_the_next_figures_hedge() {
    let b = spans_exact("confiscate 8 drug nearly 6t");
    assert_eq!(b.figures[0].noun.as_deref(), Some("drug"));
    assert_eq!(b.figures[1].text, "nearly 6t");
}

/// Fuzz: a number with only a space after it, at the end of the text,
/// indexed one past the end in the capitalized-noun check.
#[test]
fn number_then_a_space_at_the_end() {
    let b = spans_exact("Police seized 5 ");
    assert_eq!(b.figures.len(), 1);
    assert_eq!(b.figures[0].noun, None);
}

/// Fuzz: a warning verb read after the figure (`to 900 residents were
/// pushed`) was sliced from the verb back to the figure.
#[test]
fn warning_verb_after_its_recipients() {
    for text in [
        "Telecom fraud warnings: the anti-fraud centre rose to 900 residents pushed warnings.",
        "Anti-fraud centre: alerts went to 900 residents who were sent warnings.",
        "Telecom fraud: early warnings to 900 people were issued.",
    ] {
        let b = spans_exact(text);
        assert!(b.figures.iter().any(|f| f.text == "900"), "{text}");
    }
}

/// Property test: a label pair's noun (`suspects`) that does not end right
/// before its verb was sliced back from the verb by the noun's length,
/// inside the Chinese between them.
#[test]
fn label_noun_apart_from_its_verb() {
    for text in [
        "suspects，抓获 caught ３",
        "Cases，破获 cracked 12; suspects 抓获 arrested 30",
    ] {
        let b = spans_exact(text);
        assert!(!b.figures.is_empty(), "{text}");
    }
}

/// Review: a visit noun before `to`, with a long run of spaces between
/// `to` and the number, put the number's clause start past `to`, and the
/// words before `to` were sliced backwards.
#[test]
fn visits_to_a_number_far_after_to() {
    let text = format!(
        "Police made door-to-door anti-fraud visits to{}36,000 households to prevent telecom fraud.",
        " ".repeat(200)
    );
    let b = spans_exact(&text);
    assert!(b.figures.iter().any(|f| f.text == "36,000"));
}

/// Fuzz (round 13): the walk back from a lowercase campaign word past a
/// long run of letters and dashes stepped below its window's floor and
/// sliced a reversed range.
#[test]
fn season_walk_back_below_its_window() {
    spans_exact("\u{1}----aampaign tMMMMMMMMMMMMMMMMMMMMMMMMMMMMM-campaign tMMMMMMMMMMM---aampaign ---aampaign tMMMMMMMMMMMMMMMMMMMMMMMMMMMMM-campaign tMMMMMMMMMMMM---aampaign tMMMtMMMMMMMMMMMMMMMMMMMMMMMMMMMMM-campaign tMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM---aampaign -MMMMMMMMMMMMMMMMMMMMMMMMMMMMM-campaign tMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM--\"&\"");
}

/// Fuzz (round 14): a `respectively` run read its nouns back past the
/// clause's floor, and the clause before one was sliced from beyond its
/// end.
#[test]
fn respective_nouns_read_back_past_the_floor() {
    spans_exact(" 11\u{2264}nd 8.1 1,nda 8.11, and 4, and 8, and 4, and.11, and 8.11, respectivelyand \u{18}5, and 8, and 4, anj 8\"5^~1~0'0\u{3}\u{3}2ca out of 4 \u{9a}9\"mpaigo\"6campaign to\"5\", and 4, an46$$$ $$$ $ ~");
}

/// Fuzz (round 21): a full-width `？` inside a quoted campaign name ends
/// the sentence, so the name's mention ran past it and the launch look
/// beside it sliced beyond the sentence.
#[test]
fn quoted_name_cut_by_a_full_width_question_mark() {
    let text = "Police seized cash.\r\nCurly quotes: “Thunde？r 2022”; straight: \"Spring Breeze\"; 2,000 people reached; up 5.5%.";
    let b = spans_exact(text);
    assert!(b.figures.iter().any(|f| f.text == "2,000"));
}

/// Property test (round 22): a money label whose only words before the
/// colon were spaces had its start skipped past its end and sliced a
/// reversed range.
#[test]
fn money_label_of_spaces_only() {
    let b = spans_exact(" :£0ೠ");
    assert!(b.tallies.is_empty() && b.seizures.is_empty());
}

/// Review (round 31): a code name whose last word ends in a digit after a
/// multibyte space had its year cut found one byte past the space's first
/// byte, inside the char.
#[test]
fn code_name_year_after_a_wide_space() {
    spans_exact("launched T\u{3000}5");
    spans_exact("Police launched Storm\u{3000}2024 against fraud.");
}

/// Review (round 31): a metric phrase that opened with a thin space after
/// `and ` was sliced at the length of its trimmed lead, inside the space.
#[test]
fn metric_phrase_after_a_thin_space() {
    spans_exact("and \u{2009}to,up三成");
    spans_exact("thefts fell 5% and \u{2009}robberies dropped to 40 cases, up三成");
}

/// Review (round 31): a byline's fields of ideographs split by a wide
/// space had the last field cut one byte past the space's first byte.
#[test]
fn byline_fields_split_by_a_wide_space() {
    spans_exact("Police Bust Fraud Ring\n原创\u{3000}南湖公安 2025-03-14 09:20\n\nPolice arrested 12 suspects.");
}
