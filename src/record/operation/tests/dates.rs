//! Dates of campaigns: launch, start and end dates from the words beside a
//! name, ranges, weekdays, yearless dates and dates next door.

use super::*;

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
        include_str!("../../../../tests/fixtures/city_summer_campaign.txt"),
        include_str!("../../../../tests/fixtures/customs_smuggling.txt"),
        include_str!("../../../../tests/fixtures/mt_traffic_rectification.txt"),
        include_str!("../../../../tests/fixtures/ministry_statistics.txt"),
        include_str!("../../../../tests/fixtures/bilingual_crlf.txt"),
        include_str!("../../../../tests/fixtures/wire_drug_bust.txt"),
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

#[test]
fn a_span_right_after_the_campaign_in_a_later_sentence_is_its_own() {
    use insta::assert_snapshot;
    assert_snapshot!(p("Police in the county have joined the \"Blue Shield\" operation.\n\nOfficers held 12 men.\n\nThe operation runs from June 3 to September 30, police said."), @r#"Blue Shield [] launched=None start=Some("2024-06-03") end=Some("2024-09-30")"#);
    assert_snapshot!(p("Police in the county have joined the \"Blue Shield\" operation.\n\nThe special campaign will be carried out from July to the end of October."), @r#"Blue Shield [] launched=None start=Some("2024-07-01") end=Some("2024-10-31")"#);
    // A span further on is any period's.
    assert_snapshot!(p("Police in the county have joined the \"Blue Shield\" operation.\n\nOfficers held 12 men.\n\nThe operation is going well, and police solved 80 cases from March 2 to May 9."), @"Blue Shield [] launched=None start=None end=None");
}

#[test]
fn a_span_of_another_campaign_next_door_is_not_the_named_ones() {
    use insta::assert_snapshot;
    assert_snapshot!(p("Police in the county have joined the \"Iron Gate\" operation.\n\nA similar campaign, from April 4 to July 20, 2022, held 18 men."), @"Iron Gate [] launched=None start=None end=None");
    assert_snapshot!(p("Police in the county have joined the \"Iron Gate\" operation.\n\nAnother special operation ran from April 4 to July 20, 2022."), @"Iron Gate [] launched=None start=None end=None");
    assert_snapshot!(p("Police in the county have joined the \"Iron Gate\" operation.\n\nThe operation ran from April 4 to July 20, 2022."), @r#"Iron Gate [] launched=None start=Some("2022-04-04") end=Some("2022-07-20")"#);
}

#[test]
fn a_range_a_bureau_decided_to_run_lies_near_the_reference() {
    let o = |t: &str, r: &str| ops(t, r).join("\n");
    insta::assert_snapshot!(o("The bureau met on April 25 and decided to launch the \"Spring Guard\" operation from April 28 to May 5.", "2024-04-26"), @r#"Spring Guard [] launched=Some("2024-04-25") start=Some("2024-04-28") end=Some("2024-05-05")"#);
    insta::assert_snapshot!(o("In March the city planned to run the \"Clean Lanes\" drive from March 5 to June 30.", "2024-07-10"), @r#"Clean Lanes [] launched=None start=Some("2024-03-05") end=Some("2024-06-30")"#);
    insta::assert_snapshot!(o("The bureau launched the \"Spring Guard\" operation from April 28 to May 5.", "2024-04-26"), @r#"Spring Guard [] launched=None start=Some("2023-04-28") end=Some("2023-05-05")"#);
}

#[test]
fn a_date_inside_a_quoted_name_dates_nothing() {
    let o = |t: &str, r: &str| ops(t, r).join("\n");
    insta::assert_snapshot!(o("The bureau will launch the \"May Day Guard\" operation.", "2024-04-26"), @"May Day Guard [] launched=None start=None end=None");
    insta::assert_snapshot!(o("The bureau launched the “May Day Guard” operation on April 28.", "2024-05-02"), @r#"May Day Guard [] launched=Some("2024-04-28") start=None end=None"#);
    insta::assert_snapshot!(o("On May Day, the bureau launched the \"Spring Guard\" operation.", "2024-05-02"), @r#"Spring Guard [] launched=Some("2024-05-01") start=None end=None"#);
}

#[test]
fn wrapped_up_and_present_tense_verbs_of_ending() {
    let p = |s| ops(s, "2025-09-10").join("\n");
    insta::assert_snapshot!(p("The \"Sky Net 2025\" operation kicked off on June 1 and wrapped up on August 31."), @r#"Sky Net 2025 [] launched=Some("2025-06-01") start=None end=Some("2025-08-31")"#);
    insta::assert_snapshot!(p("The \"Sky Net 2025\" operation concludes on September 30."), @r#"Sky Net 2025 [] launched=None start=None end=Some("2025-09-30")"#);
    // `up` after another verb ends nothing.
    insta::assert_snapshot!(p("The \"Sky Net 2025\" operation stepped up on August 31."), @"Sky Net 2025 [] launched=None start=None end=None");
}
