//! The operations layer's tests: names, aliases and dates.

use super::*;

pub(super) fn ops(text: &str, reference: &str) -> Vec<String> {
    operations(
        &Tokens::new(text),
        &crate::text::sentence::sentences(&Tokens::new(text)),
        &[],
        reference.parse().ok(),
    )
    .iter()
    .map(|o| {
        let date = |d: Option<Date>| d.map(|d| d.to_string());
        format!(
            "{} {:?} launched={:?} start={:?} end={:?}",
            o.name,
            o.aliases,
            date(o.launched),
            date(o.start),
            date(o.end)
        )
    })
    .collect()
}

/// The per-byte scan that [`dates_in`] replaces: every byte that may
/// start a phrase (a digit, a capital, `t`, `e`, `m`, `l`, `y` after no
/// letter or digit) is tried.
fn dates_by_bytes(s: &str) -> Vec<(usize, usize, DatePhrase)> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let could_be_date = b.is_ascii_digit() || b.is_ascii_uppercase() || b"temly".contains(&b);
        if could_be_date && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            if let Ok((rest, p)) = campaign_date(&s[i..]) {
                let end = s.len() - rest.len();
                out.push((i, end, p));
                i = end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

#[test]
fn dates_in_tries_every_start_a_date_phrase_can_have() {
    let texts = [
        "On 2024-08-14 and 2017/8/14, 2022.08.05 and 2019年09月04日 ５3 July it ran.",
        "From November 3, 2018 to 6th Dec, 2018; since 22nd March 2020, 11:05 and Oct 07, 2021.",
        "In June, early July, mid-July, late July, the end of July and End of August 2023.",
        "The beginning of this year, the start of the year, this year and The Year passed.",
        "Earlier this month, later this month, early this month, late this month, this month.",
        "On Monday, Tuesday and Sunday, the 31 teams met 32 times; the end came in mid-May.",
        "the\tend of May, the  year, this\tmonth, the endless year, this yearly month.",
        "By year-end, the year end, the end of 2025; on the 15th, the 8th of last month, the 3rd.",
        "On December 20 last year, the 2nd floor, the\t15th and the end of the year-long drive.",
        "Last month, last  December, last Sept. and the last months of last Mayday, last\tMay.",
        "Since 2025年5月, 2025年5月8日, 2025年13月, 2025年5 and 1800年5月 it ran.",
        include_str!("../../../tests/fixtures/city_summer_campaign.txt"),
        include_str!("../../../tests/fixtures/customs_smuggling.txt"),
        include_str!("../../../tests/fixtures/mt_traffic_rectification.txt"),
        include_str!("../../../tests/fixtures/ministry_statistics.txt"),
        include_str!("../../../tests/fixtures/bilingual_crlf.txt"),
        include_str!("../../../tests/fixtures/wire_drug_bust.txt"),
    ];
    let mut found = 0;
    for text in texts {
        let tokens = Tokens::new(text);
        for sentence in crate::text::sentence::sentences(&tokens) {
            let want = dates_by_bytes(&text[sentence.range()]);
            found += want.len();
            assert_eq!(
                dates_in(&tokens, sentence),
                want,
                "{:?}",
                &text[sentence.range()]
            );
        }
        // Spans that cut words at either end.
        for cut in [1, 3, 7] {
            let (start, end) = (cut, text.len().min(200).saturating_sub(cut));
            if start < end && text.is_char_boundary(start) && text.is_char_boundary(end) {
                let span = Span::new(start, end);
                assert_eq!(dates_in(&tokens, span), dates_by_bytes(&text[span.range()]));
            }
        }
    }
    assert!(found > 40, "{found}");
}

#[test]
fn quotes_from_tokens_are_the_text_quotes() {
    let long = format!("“{}” and “x”", "a".repeat(118));
    let texts = [
        "the “Cloud Sword” operation, “a “b” c”, ‘one’ and \"two\" \"three",
        "《Law》 「Net」 “unclosed and then “closed” — ‘x’s’ …”",
        "\"a\"\"b\" \" \" “”‘’《》「」 end”",
        &long,
        include_str!("../../../tests/fixtures/city_summer_campaign.txt"),
        include_str!("../../../tests/fixtures/customs_smuggling.txt"),
        include_str!("../../../tests/fixtures/bilingual_crlf.txt"),
    ];
    for text in texts {
        let key = |q: &Quote| (q.open, q.inner, q.close_end);
        let want: Vec<_> = crate::text::quotes(text, MAX_QUOTED)
            .iter()
            .map(key)
            .collect();
        let got: Vec<_> = scan(&Tokens::new(text)).quotes.iter().map(key).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn runs_of_unclosed_quotes_are_searched_once_and_found_alike() {
    let texts = [
        "“".repeat(300) + "a” and “b” operation",
        "“x ‘".repeat(80) + "y’ z” the “Cloud” operation",
        "\"".repeat(7) + &"《".repeat(50) + "》 「a」",
    ];
    for text in texts {
        let key = |q: &Quote| (q.open, q.inner, q.close_end);
        let want: Vec<_> = crate::text::quotes(&text, MAX_QUOTED)
            .iter()
            .map(key)
            .collect();
        let got: Vec<_> = scan(&Tokens::new(&text)).quotes.iter().map(key).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn words_are_counted_as_split_whitespace_counts_them() {
    for s in [
        "",
        " ",
        "a",
        " a b\tc\u{b}d\u{c}e\r\nf ",
        "x\u{a0}y z",
        "one  two",
    ] {
        for n in 0..8 {
            let want = s.split_whitespace().count() > n;
            assert_eq!(more_words_than(s, n), want, "{s:?} {n}");
        }
    }
}

#[test]
fn cores_are_found_by_list_or_map() {
    let mut cores = Cores::default();
    for k in 0..40 {
        let key = format!("name{}", k % 25);
        if cores.position(&key).is_none() {
            cores.push(&key);
        }
        assert_eq!(cores.position(&key), Some(k % 25), "{key}");
    }
    assert_eq!(cores.position("name25"), None);
    assert_eq!(cores.get(24), "name24");
}

#[test]
fn cores_drop_campaign_words_case_and_plurals_and_spell_hundred_in_digits() {
    let mut key = String::new();
    for (name, want) in [
        ("Hundred-Day Operation", "100day"),
        ("Hundred Days Action", "100day"),
        ("100-day campaign", "100day"),
        ("Special Campaign of Clean Nets", "ofcleannet"),
        ("Opération Été 2024", "opérationété2024"),
        ("“Sky Net” 2024 operations", "skynet2024"),
    ] {
        core(name, &mut key);
        assert_eq!(key, want, "{name}");
    }
}

#[test]
fn quoted_names_beside_campaign_words() {
    assert_eq!(
        ops("All police launched “Operation Summer”. On July 2, the city started its “Summer Operation”.", "2024-08-14"),
        ["Operation Summer [\"Summer Operation\"] launched=Some(\"2024-07-02\") start=None end=None"]
    );
    assert_eq!(
        ops(
            "the “Cloud Sword” operation, which began in June, has cracked cases",
            "2019-12-26"
        ),
        ["Cloud Sword [] launched=Some(\"2019-06-01\") start=None end=None"]
    );
    assert_eq!(
        ops(
            "a campaign codenamed “Iron Fist” against poaching",
            "2020-01-01"
        ),
        ["Iron Fist [] launched=None start=None end=None"]
    );
}

#[test]
fn lists_of_names() {
    assert_eq!(
        ops("operations like the \"Mountain Eagle Campaign\", \"Three Checks and One Control\" and \"Clear Rivers\" continued", "2022-01-01").len(),
        3
    );
}

#[test]
fn slogans_are_not_operations() {
    assert!(ops(
        "the “one standard and three real” approach and the “zero tolerance” target",
        "2024-01-01"
    )
    .is_empty());
}

#[test]
fn ranges_and_weekdays() {
    assert_eq!(
        ops("From May 8 to August 30 this year, the ministry launched the \"spring thunder operation\".", "2021-09-15"),
        ["spring thunder operation [] launched=None start=Some(\"2021-05-08\") end=Some(\"2021-08-30\")"]
    );
    assert_eq!(
        ops("The ministry on Tuesday began a campaign to \"remove hidden risks from explosives\", running until the end of April.", "2019-03-13"),
        ["remove hidden risks from explosives [] launched=Some(\"2019-03-12\") start=None end=Some(\"2019-04-30\")"]
    );
    assert_eq!(
        ops("The 100-day campaign was launched on May 18.", "2020-08-01"),
        ["100-day campaign [] launched=Some(\"2020-05-18\") start=None end=None"]
    );
    // A code name after the phrase is the campaign's name: one
    // operation, not two.
    assert_eq!(
        ops(
            "Police began a 90-day campaign code-named Operation Clear Water on May 18.",
            "2020-08-01"
        ),
        ["Operation Clear Water [\"Clear Water\"] launched=Some(\"2020-05-18\") start=None end=None"]
    );
    // `called on` names nothing.
    assert_eq!(
        ops(
            "Police began a 90-day campaign, called on residents to help, on May 18.",
            "2020-08-01"
        ),
        ["90-day campaign [] launched=Some(\"2020-05-18\") start=None end=None"]
    );
}

#[test]
fn naming_words_name_campaigns_only() {
    assert!(ops(
        "The ring ran its payments through a server code-named Falcon 2.",
        "2024-05-06"
    )
    .is_empty());
    assert!(ops("A boat dubbed Sea Ghost 3 was stopped.", "2024-05-06").is_empty());
}

#[test]
fn unquoted_code_names() {
    assert_eq!(
        ops(
            "Operation Silver Net, a drive against smugglers, went on.",
            "2020-01-01"
        ),
        ["Operation Silver Net [\"Silver Net\"] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "police held 80 people in an operation, code-named Tianwang 5, that ended in May.",
            "2020-06-01"
        ),
        ["Tianwang 5 [] launched=None start=None end=Some(\"2020-05-31\")"]
    );
    assert_eq!(
        ops(
            "Gangs were broken in the Sea Shield-2021 operation along the coast.",
            "2021-06-01"
        ),
        ["Sea Shield-2021 [] launched=None start=None end=None"]
    );
    // Capitalized words alone before a campaign word are no code name.
    assert!(ops("The Guangdong campaign went on.", "2021-06-01").is_empty());
}

#[test]
fn quoted_names_with_the_sentence_comma_inside() {
    assert_eq!(
        ops(
            "In the drive, which is dubbed \"Clear Lakes 2023,\" 400 boats were checked.",
            "2023-09-01"
        ),
        ["Clear Lakes 2023 [] launched=None start=None end=None"]
    );
}

#[test]
fn slogans_and_so_called_names_are_not_campaigns() {
    assert!(ops("a so-called “lucky star” account", "2020-01-01").is_empty());
    assert!(ops(
        "In the “tough battle” against gangs, 20 were broken.",
        "2020-01-01"
    )
    .is_empty());
    assert_eq!(
        ops("the “Clean Net” battle went on", "2020-01-01"),
        ["Clean Net [] launched=None start=None end=None"]
    );
}

#[test]
fn the_launch_date_is_the_one_beside_the_launch_word() {
    assert_eq!(
        ops("Speaking at a press conference on Monday, Li said 300 people were held in an operation, code-named Thunder 9, that got under way earlier this month.", "2019-05-20"),
        ["Thunder 9 [] launched=Some(\"2019-05-01\") start=None end=None"]
    );
    assert_eq!(
        ops(
            "The “Night Guard” campaign got going on June 3.",
            "2022-07-01"
        ),
        ["Night Guard [] launched=Some(\"2022-06-03\") start=None end=None"]
    );
    // A ministry deploys a campaign (部署) when it starts one.
    assert_eq!(
        ops(
            "On April 9 the ministry deployed the “Iron Fist” action nationwide.",
            "2022-07-01"
        ),
        ["Iron Fist [] launched=Some(\"2022-04-09\") start=None end=None"]
    );
    // `said on Friday that`: the day it was said, not the launch.
    assert_eq!(
        ops(
            "The bureau said on Friday that since the launch of the \"Clear Water\" operation in March, 80 people were held.",
            "2023-09-15"
        ),
        ["Clear Water [] launched=Some(\"2023-03-01\") start=None end=None"]
    );
    // `On the 12th, the director told reporters that`: the same, said
    // earlier in the sentence.
    assert_eq!(
        ops(
            "On the 12th, the director told reporters that police had launched the \"Clear Water\" operation.",
            "2023-09-15"
        ),
        ["Clear Water [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "On the 12th, police launched the \"Clear Water\" operation that targets fraud.",
            "2023-09-15"
        ),
        ["Clear Water [] launched=Some(\"2023-09-12\") start=None end=None"]
    );
}

#[test]
fn dates_from_unnamed_mentions_next_door() {
    assert_eq!(
        ops("Police on Friday began a campaign to \"clear hidden risks from fireworks\". Lasting until the end of February, the drive covers every county.", "2016-01-10"),
        ["clear hidden risks from fireworks [] launched=Some(\"2016-01-08\") start=None end=Some(\"2016-02-29\")"]
    );
    assert_eq!(
        ops("A campaign against poaching that got under way in March has solved 800 cases. In the campaign, dubbed \"Green Hills 2020\", 90 gangs were broken.", "2020-11-01"),
        ["Green Hills 2020 [] launched=Some(\"2020-03-01\") start=None end=None"]
    );
}

#[test]
fn ranges_into_the_next_year_and_open_ends() {
    assert_eq!(
        ops(
            "the “Warm Winter” campaign runs from November 10 to January 9.",
            "2021-12-01"
        ),
        ["Warm Winter [] launched=None start=Some(\"2021-11-10\") end=Some(\"2022-01-09\")"]
    );
    assert_eq!(
        ops(
            "the “Quiet Roads” action lasts from April 21st until the end of August.",
            "2023-05-02"
        ),
        ["Quiet Roads [] launched=None start=Some(\"2023-04-21\") end=Some(\"2023-08-31\")"]
    );
}

#[test]
fn kind_words_between_a_quoted_name_and_its_campaign_word() {
    assert_eq!(
        ops(
            "Traffic police carried out the \"Iron Fist\" special rectification action.",
            "2023-08-02"
        ),
        ["Iron Fist [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The bureau launched the \"Spring Breeze\" clean-up action and the \"Safe Campus\" security campaign.",
            "2023-08-02"
        ),
        [
            "Spring Breeze [] launched=None start=None end=None",
            "Safe Campus [] launched=None start=None end=None"
        ]
    );
    // A word against a crime says what kind of campaign it is too.
    assert_eq!(
        ops(
            "Police said the \"Blue Shield\" anti-smuggling operation had closed 40 routes.",
            "2023-08-02"
        ),
        ["Blue Shield [] launched=None start=None end=None"]
    );
    assert!(ops(
        "Police said the \"Blue Shield\" anti-smuggling team had closed 40 routes.",
        "2023-08-02"
    )
    .is_empty());
    // A quoted slogan before a noun that is no campaign is no name.
    assert!(ops(
        "Officers promoted the \"Iron Fist\" special rectification notice.",
        "2023-08-02"
    )
    .is_empty());
}

#[test]
fn a_month_that_closes_a_range_is_the_whole_month() {
    assert_eq!(
        ops(
            "the “Clean Net” action runs from April to June this year.",
            "2023-08-02"
        ),
        ["Clean Net [] launched=None start=Some(\"2023-04-01\") end=Some(\"2023-06-30\")"]
    );
    // Into the next year, to the last day of its February.
    assert_eq!(
        ops(
            "the “Warm Winter” campaign runs from November to February.",
            "2023-12-01"
        ),
        ["Warm Winter [] launched=None start=Some(\"2023-11-01\") end=Some(\"2024-02-29\")"]
    );
}

#[test]
fn titled_names_before_a_capitalized_campaign_word() {
    assert_eq!(
        ops(
            "Since the Clear Waters Action was launched on May 8, the bureau has seized 14 boats.",
            "2023-09-01"
        ),
        ["Clear Waters Action [] launched=Some(\"2023-05-08\") start=None end=None"]
    );
    assert_eq!(
        ops(
            "The district ran the Autumn Shield Operation from August to October.",
            "2023-12-01"
        ),
        ["Autumn Shield Operation [] launched=None start=Some(\"2023-08-01\") end=Some(\"2023-10-31\")"]
    );
    assert_eq!(
        ops(
            "Officers joined the Night Hawk Campaign 2023 in July.",
            "2023-12-01"
        ),
        ["Night Hawk Campaign 2023 [] launched=None start=None end=None"]
    );
    // A headline in title case, or a name without `the`, names none.
    assert!(ops(
        "Successful Summer Security Campaign Detects 600 Cases",
        "2023-12-01"
    )
    .is_empty());
    assert!(ops("Police began a Special Action on roads.", "2023-12-01").is_empty());
}

#[test]
fn a_quoted_name_after_operation_and_a_dateline_date() {
    assert_eq!(
        ops(
            "GUANGZHOU, May 3 (Xinhua) -- Operation \"Blue Sky 2023\", launched by the provincial police, has caught 80 suspects.",
            "2023-05-03"
        ),
        ["Blue Sky 2023 [] launched=None start=None end=None"]
    );
}

#[test]
fn lowercase_names_that_end_in_an_emblem() {
    assert_eq!(
        ops(
            "Smugglers were caught in the coastal shield action.",
            "2024-06-01"
        ),
        ["coastal shield [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The province launched the sky net special campaign on May 3.",
            "2024-06-01"
        ),
        ["sky net [] launched=Some(\"2024-05-03\") start=None end=None"]
    );
    // Other lowercase words before a campaign word name nothing.
    assert!(ops(
        "Police joined the joint rectification action.",
        "2024-06-01"
    )
    .is_empty());
    // In title case too.
    assert_eq!(
        ops(
            "Police began the Spring Breeze action and the Fox Hunt operation.",
            "2024-06-01"
        ),
        [
            "Spring Breeze [] launched=None start=None end=None",
            "Fox Hunt [] launched=None start=None end=None"
        ]
    );
    // (A word of no letters before the campaign word is no name.)
    assert!(ops(
        "Police joined the (new) action and the 2024 action.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn ascii_single_quotes_around_names() {
    assert_eq!(
        ops(
            "During the 'safe roads 2023' special campaign, 90 drivers were fined.",
            "2024-06-01"
        ),
        ["safe roads 2023 [] launched=None start=None end=None"]
    );
    // Apostrophes quote nothing.
    assert!(ops(
        "The officers' campaign and the police's drive went on.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn emblem_words_are_sorted() {
    assert!(EMBLEM_WORDS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn yearless_dates_take_the_year_of_the_name() {
    assert_eq!(
        ops(
            "The \"Safe Campus 2022\" action ran from March to June.",
            "2024-06-01"
        ),
        ["Safe Campus 2022 [] launched=None start=Some(\"2022-03-01\") end=Some(\"2022-06-30\")"]
    );
    // Into the next year, from a start in the named one.
    assert_eq!(
        ops(
            "From December to January, the \"Winter Net 2022\" operation ran.",
            "2024-06-01"
        ),
        ["Winter Net 2022 [] launched=None start=Some(\"2022-12-01\") end=Some(\"2023-01-31\")"]
    );
    // A weekday needs the report's date: the name's year gives no week.
    assert_eq!(
        ops("Police launched the \"Sky Net 2023\" drive on Tuesday.", ""),
        ["Sky Net 2023 [] launched=None start=None end=None"]
    );
}

#[test]
fn campaigns_described_by_length_or_season() {
    assert_eq!(
        ops(
            "During the 100-day special campaign against gambling, police solved 40 cases.",
            "2024-06-01"
        ),
        ["100-day special campaign [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "Police held 30 suspects during the winter public security crackdown.",
            "2024-06-01"
        ),
        ["winter public security crackdown [] launched=None start=None end=None"]
    );
    // The phrase runs on to its last campaign word.
    assert_eq!(
        ops("The county launched a spring security crackdown and rectification action on March 4.", "2024-06-01"),
        ["spring security crackdown and rectification action [] launched=Some(\"2024-03-04\") start=None end=None"]
    );
    // A season and a campaign word alone name a time of year; other words
    // between them, another kind of work.
    assert!(ops("In the summer campaign, police checked bars.", "2024-06-01").is_empty());
    assert!(ops(
        "Police joined the summer road safety campaign.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn a_described_campaign_is_the_named_one() {
    // Keyed by its length or season: the proper name is the name.
    assert_eq!(
        ops("Since the 100-day summer security crackdown was launched, the “Hundred Days Action” has gone well.", "2024-06-01"),
        ["Hundred Days Action [\"100-day summer security crackdown\"] launched=None start=None end=None"]
    );
    // Right after a name, a description is that campaign's.
    assert_eq!(
        ops("Patrols of the “Clean Sky Action” pressing on with the summer public security crackdown continued.", "2024-06-01"),
        ["Clean Sky Action [\"summer public security crackdown\"] launched=None start=None end=None"]
    );
}

#[test]
fn titled_names_after_an_adjective_or_a_sentence_opening_the() {
    assert_eq!(
        ops(
            "During the province-wide Clean Roads Action, officers checked 800 trucks.",
            "2024-06-01"
        ),
        ["Clean Roads Action [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "Checks went on all week. The Harbour Light Campaign, police said, found 9 boats.",
            "2024-06-01"
        ),
        ["Harbour Light Campaign [] launched=None start=None end=None"]
    );
    // `The` inside a title-case line is no sentence's opening.
    assert!(ops("Police Join The Harbour Light Campaign", "2024-06-01").is_empty());
}

#[test]
fn a_campaign_word_among_the_modifiers_after_a_quote() {
    assert_eq!(
        ops("The “Red Kite” crackdown netted 31 suspects.", "2024-06-01"),
        ["Red Kite [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The “Red Kite” crackdown operation netted 31 suspects.",
            "2024-06-01"
        ),
        ["Red Kite [] launched=None start=None end=None"]
    );
}

#[test]
fn a_numbered_name_keeps_its_full_stop() {
    assert_eq!(
        ops(
            "The “Iron Gate No. 7” joint operation covered 6 counties.",
            "2024-06-01"
        ),
        ["Iron Gate No. 7 [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The “Safe Port 2.0” operation began on May 3.",
            "2024-06-01"
        ),
        ["Safe Port 2.0 [] launched=Some(\"2024-05-03\") start=None end=None"]
    );
    // A full stop that ends a sentence still makes the quote a clause.
    assert!(ops(
        "He said “We will win. No more.” at the operation.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn a_verb_of_ending_dates_the_end() {
    assert_eq!(
        ops(
            "The “Blue Tide” campaign ended on 30 November.",
            "2024-12-10"
        ),
        ["Blue Tide [] launched=None start=None end=Some(\"2024-11-30\")"]
    );
    assert_eq!(
        ops("The “Blue Tide” campaign concluded in March.", "2024-06-10"),
        ["Blue Tide [] launched=None start=None end=Some(\"2024-03-31\")"]
    );
}

#[test]
fn a_season_between_a_quote_and_its_campaign_word() {
    assert_eq!(
        ops(
            "In the “Jade Net-2024” winter campaign, 40 people were held.",
            "2024-12-20"
        ),
        ["Jade Net-2024 [] launched=None start=None end=None"]
    );
}

#[test]
fn a_plural_campaign_word_names_every_quote_of_its_list() {
    assert_eq!(
        ops(
            "The “Still Lake”, “Far Hills” and “Long River” operations ended.",
            "2024-06-01"
        ),
        [
            "Still Lake [] launched=None start=None end=None",
            "Far Hills [] launched=None start=None end=None",
            "Long River [] launched=None start=None end=None"
        ]
    );
    // A singular word names only the quote beside it.
    assert_eq!(
        ops(
            "Posters read “Stay Safe” and the “Long River” operation began.",
            "2024-06-01"
        ),
        ["Long River [] launched=None start=None end=None"]
    );
}

#[test]
fn chinese_campaign_words_beside_or_inside_the_quotes() {
    assert_eq!(
        ops("全市开展“清风2024”专项行动，查处案件45起。", "2024-06-01"),
        ["清风2024 [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "“秋季攻势”战役中抓获12人，“平安校园行动”成效明显。",
            "2024-06-01"
        ),
        [
            "秋季攻势 [] launched=None start=None end=None",
            "平安校园行动 [] launched=None start=None end=None"
        ]
    );
    // `打击` alone after a quote is a verb, not a campaign.
    assert!(ops("“黑恶”打击力度加大。", "2024-06-01").is_empty());
}

#[test]
fn nested_quotes_before_a_plural_campaign_word_do_not_panic() {
    // A quote that closes after the next one opens joins no list.
    let text = "The “Red “Kite” and “Blue” operations” were held. “A “B” and “C” operations” ran.";
    let names = ops(text, "2024-06-01");
    assert!(names.iter().all(|n| !n.is_empty()));
}

#[test]
fn a_name_without_its_year_is_the_same_campaign() {
    assert_eq!(
        ops(
            "Operation Fox Hunt 2024 began in March. Under Operation Fox Hunt, 20 fugitives returned.",
            "2024-06-01"
        ),
        ["Operation Fox Hunt 2024 [\"Operation Fox Hunt\", \"Fox Hunt 2024\"] launched=Some(\"2024-03-01\") start=None end=None"]
    );
    // The other way round: the year comes with the later mention.
    assert_eq!(
        ops(
            "The “Kunlun” operation went on. In the “Kunlun 2023” operation, police solved 40 cases.",
            "2024-06-01"
        ),
        ["Kunlun [\"Kunlun 2023\"] launched=None start=None end=None"]
    );
    // Two years are two campaigns.
    assert_eq!(
        ops(
            "The “Kunlun 2020” operation ended. The “Kunlun 2021” operation began.",
            "2024-06-01"
        )
        .len(),
        2
    );
}

#[test]
fn a_year_before_the_name_is_the_same_campaign() {
    let p = |s| ops(s, "2025-06-18").join("\n");
    insta::assert_snapshot!(p("Police launched the “2025 Qinglang” operation in March. Under the 2025 Qinglang operation, police solved 40 cases."), @r#"2025 Qinglang ["Qinglang"] launched=Some("2025-03-01") start=None end=None"#);
    insta::assert_snapshot!(p("The “2025 Qinglang” operation went on. The “Qinglang 2025” operation solved 40 cases."), @r#"2025 Qinglang ["Qinglang 2025"] launched=None start=None end=None"#);
    insta::assert_snapshot!(p("The “2024 Qinglang” operation ended. The “Qinglang 2025” operation began."), @"
    2024 Qinglang [] launched=None start=None end=None
    Qinglang 2025 [] launched=None start=None end=None
    ");
}

#[test]
fn operation_before_a_name_is_also_dropped_in_an_alias() {
    assert_eq!(
        ops("Police ran Operation Sky Net.", "2024-06-01"),
        ["Operation Sky Net [\"Sky Net\"] launched=None start=None end=None"]
    );
    // Not when the name is already spelled with its campaign word after it.
    assert_eq!(
        ops(
            "The “Summer Operation” began. Operation Summer ended.",
            "2024-06-01"
        ),
        ["Summer Operation [\"Operation Summer\"] launched=None start=None end=None"]
    );
}

/// The operations of `text` read on 2024-08-14, one a line.
fn p(text: &str) -> String {
    ops(text, "2024-08-14").join("\n")
}

#[test]
fn launch_phrasings_that_date_a_campaign() {
    use insta::assert_snapshot;
    // Carried out on a date: launched then; carried out alone dates nothing.
    assert_snapshot!(p("Since the \"Clear Lake\" action carried out on June 1, 40 boats were seized."), @r#"Clear Lake [] launched=Some("2024-06-01") start=None end=None"#);
    assert_snapshot!(p("On June 3, police carried out the \"Clear Lake\" action."), @"Clear Lake [] launched=None start=None end=None");
    // A `which began` clause past a few words of the name's phrase.
    assert_snapshot!(p("The bureau will go on with its \"Operation River Guard\" against smuggling on the river, which began on January 1."), @r#"Operation River Guard ["River Guard"] launched=Some("2024-01-01") start=None end=None"#);
    // A list of names launched together.
    assert_snapshot!(p("The \"Red Kite 2024\" and \"Blue Gate 2024\" operations, both launched by the ministry in March, go on."), @r#"
    Red Kite 2024 [] launched=Some("2024-03-01") start=None end=None
    Blue Gate 2024 [] launched=Some("2024-03-01") start=None end=None
    "#);
    // A statistics window does not keep the launch next door from dating it.
    assert_snapshot!(p("From January to July, under the \"Stone Bridge\" operation, police solved 30 cases. The operation was launched by the ministry in February."), @r#"Stone Bridge [] launched=Some("2024-02-01") start=Some("2024-01-01") end=Some("2024-07-31")"#);
    // The date of a saying is not the launch.
    assert_snapshot!(p("Police have run the \"Long Wall 2024\" operation, the ministry said on Tuesday. The operation started on May 1."), @r#"Long Wall 2024 [] launched=Some("2024-05-01") start=None end=None"#);
    // `starting from` a date: a start.
    // (Read the day after: a yearless start is in the past.)
    assert_snapshot!(ops("Police will carry out a special campaign starting from Oct 15. The campaign, named \"Fresh Air\", will end on Dec 15.", "2024-10-16").join("\n"), @r#"Fresh Air [] launched=None start=Some("2024-10-15") end=Some("2024-12-15")"#);
}

#[test]
fn the_campaign_next_door_to_several_is_the_one_it_names() {
    use insta::assert_snapshot;
    assert_snapshot!(p("Since the start of this year, the ministry has run the \"Iron Chain\" operation and the \"Card Cutting\" action. The Card Cutting action, launched in October 2020, goes on."), @r#"
    Iron Chain [] launched=None start=Some("2024-01-01") end=None
    Card Cutting [] launched=Some("2020-10-01") start=Some("2024-01-01") end=None
    "#);
}

#[test]
fn a_description_that_runs_into_a_quoted_name_is_its_alias() {
    use insta::assert_snapshot;
    assert_snapshot!(p("Since the summer public security crackdown and rectification \"Sixty Days Action\" was launched on June 20, 30 were held."), @r#"Sixty Days Action ["summer public security crackdown"] launched=Some("2024-06-20") start=None end=None"#);
    // With an article between, two campaigns.
    assert_snapshot!(p("Police ran the summer public security crackdown and the \"Clean Port\" operation."), @"
    summer public security crackdown [] launched=None start=None end=None
    Clean Port [] launched=None start=None end=None
    ");
}

#[test]
fn it_began_next_door_dates_the_campaign() {
    use insta::assert_snapshot;
    assert_snapshot!(p("Police in the county have joined the \"Green Field\" operation. It began on May 10."), @r#"Green Field [] launched=Some("2024-05-10") start=None end=None"#);
    assert_snapshot!(p("Police in the county have joined the \"Green Field\" operation. It was launched by the ministry in May."), @r#"Green Field [] launched=Some("2024-05-01") start=None end=None"#);
    // Another `It` says nothing of the launch.
    assert_snapshot!(p("Police in the county have joined the \"Green Field\" operation. It rained on May 10."), @"Green Field [] launched=None start=None end=None");
    // Its end, by a verb of ending or lasting.
    assert_snapshot!(p("Police started the \"Green Field\" operation on May 10. It will end on August 31, and patrols go on."), @r#"Green Field [] launched=Some("2024-05-10") start=None end=Some("2024-08-31")"#);
    assert_snapshot!(p("Police started the \"Green Field\" operation on May 10. It runs until the end of July."), @r#"Green Field [] launched=Some("2024-05-10") start=None end=Some("2024-07-31")"#);
    assert_snapshot!(p("Police started the \"Green Field\" operation on May 10. It ended badly for the gang on June 2."), @r#"Green Field [] launched=Some("2024-05-10") start=None end=None"#);
}
