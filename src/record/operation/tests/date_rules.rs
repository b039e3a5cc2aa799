//! The rules of dates.rs: the year a date told in the future lies in,
//! the dates of several campaigns in one sentence, weekdays, months named
//! by `last`, Chinese years and months, ends of months.

use super::*;
use insta::assert_snapshot;

#[test]
fn a_date_told_in_the_future_keeps_the_reference_year() {
    let p = |s| ops(s, "2024-06-18").join("\n");
    assert_snapshot!(p("The \"Iron Net\" drive is to be launched on June 25."), @r#"Iron Net [] launched=Some("2024-06-25") start=None end=None"#);
    assert_snapshot!(p("Police will run the \"Iron Net\" drive from July 2 to July 20."), @r#"Iron Net [] launched=None start=Some("2024-07-02") end=Some("2024-07-20")"#);
    assert_snapshot!(p("The \"Iron Net\" drive runs from July 2 to July 20."), @r#"Iron Net [] launched=None start=Some("2024-07-02") end=Some("2024-07-20")"#);
    // Told in the past, a date after the reference is last year's.
    assert_snapshot!(p("The \"Iron Net\" drive was launched on June 25."), @r#"Iron Net [] launched=Some("2023-06-25") start=None end=None"#);
    assert_snapshot!(ops("Starting from January 6, police will carry out the \"Iron Net\" drive.", "2024-12-28").join("\n"), @r#"Iron Net [] launched=None start=Some("2025-01-06") end=None"#);
}

#[test]
fn each_campaign_of_a_sentence_takes_the_dates_after_its_name() {
    let p = |s| ops(s, "2024-07-10").join("\n");
    assert_snapshot!(p("The \"Green Net\" action ends on August 20, while the \"Red Fence\" action ends on October 15."), @r#"
    Green Net [] launched=None start=None end=Some("2024-08-20")
    Red Fence [] launched=None start=None end=Some("2024-10-15")
    "#);
    // Dates before the first name are the campaigns' alike.
    assert_snapshot!(p("Until August 20, the \"Green Net\" action and the \"Red Fence\" action will go on."), @r#"
    Green Net [] launched=None start=None end=Some("2024-08-20")
    Red Fence [] launched=None start=None end=Some("2024-08-20")
    "#);
}

#[test]
fn a_date_next_year_lies_in_the_year_after_the_reference() {
    let p = |s| ops(s, "2023-12-20").join("\n");
    assert_snapshot!(p("Police launched the \"Sea Shield 2023\" winter operation on Tuesday, which will last until March 19 next year."), @r#"Sea Shield 2023 [] launched=Some("2023-12-19") start=None end=Some("2024-03-19")"#);
}

#[test]
fn a_weekday_before_its_date_takes_the_date() {
    let p = |s| ops(s, "2024-06-10").join("\n");
    assert_snapshot!(p("Police launched the \"Blue Lake\" action on Monday, June 3."), @r#"Blue Lake [] launched=Some("2024-06-03") start=None end=None"#);
    assert_snapshot!(p("Police launched the \"Blue Lake\" action on Friday June 7."), @r#"Blue Lake [] launched=Some("2024-06-07") start=None end=None"#);
    assert_snapshot!(p("Police launched the \"Blue Lake\" action on Monday."), @r#"Blue Lake [] launched=Some("2024-06-10") start=None end=None"#);
}

#[test]
fn a_month_named_by_last() {
    let p = |s, r| ops(s, r).join("\n");
    assert_snapshot!(p("The \"Blue Lake\" action, which police launched last month, has found 41 cases.", "2025-07-15"), @r#"Blue Lake [] launched=Some("2025-06-01") start=None end=None"#);
    assert_snapshot!(p("The \"Blue Lake\" action that police launched last December has found 41 cases.", "2025-01-20"), @r#"Blue Lake [] launched=Some("2024-12-01") start=None end=None"#);
    assert_snapshot!(p("Since last month, police have carried out the \"Blue Lake\" action.", "2025-01-20"), @r#"Blue Lake [] launched=None start=Some("2024-12-01") end=None"#);
    assert_snapshot!(p("Police launched the \"Blue Lake\" action over the last months.", "2025-01-20"), @"Blue Lake [] launched=None start=None end=None");
}

#[test]
fn a_month_of_last_year_ends_a_span_on_its_last_day() {
    let p = |s| ops(s, "2025-01-17").join("\n");
    assert_snapshot!(p("The \"Blue Lake\" action ran from April to November last year."), @r#"Blue Lake [] launched=None start=Some("2024-04-01") end=Some("2024-11-30")"#);
    assert_snapshot!(p("The \"Blue Lake\" action ran until November last year."), @r#"Blue Lake [] launched=None start=None end=Some("2024-11-30")"#);
}

#[test]
fn a_chinese_year_and_month() {
    let p = |s| ops(s, "2025-07-09").join("\n");
    assert_snapshot!(p("Since 2025年5月, police have carried out the \"Blue Lake\" action."), @r#"Blue Lake [] launched=None start=Some("2025-05-01") end=None"#);
    assert_snapshot!(p("Since 2025年5月8日, police have carried out the \"Blue Lake\" action."), @r#"Blue Lake [] launched=None start=Some("2025-05-08") end=None"#);
    assert_snapshot!(p("Police ran the \"Blue Lake\" action from 2025年3月 to 2025年5月."), @r#"Blue Lake [] launched=None start=Some("2025-03-01") end=Some("2025-05-31")"#);
}

#[test]
fn until_the_end_of_a_month_named_by_the_reference() {
    let p = |s| ops(s, "2024-06-10").join("\n");
    assert_snapshot!(p("The \"Blue Lake\" action will last until the end of this month."), @r#"Blue Lake [] launched=None start=None end=Some("2024-06-30")"#);
    assert_snapshot!(p("The \"Blue Lake\" action will last until the end of next month."), @r#"Blue Lake [] launched=None start=None end=Some("2024-07-31")"#);
    assert_snapshot!(p("Police launched the \"Blue Lake\" action on 6月3日."), @r#"Blue Lake [] launched=Some("2024-06-03") start=None end=None"#);
}

#[test]
fn a_date_told_in_the_future_lies_ahead() {
    let p = |s, r| ops(s, r).join("\n");
    assert_snapshot!(p("The \"Blue Lake\" action will run until December 31.", "2025-05-01"), @r#"Blue Lake [] launched=None start=None end=Some("2025-12-31")"#);
    assert_snapshot!(p("The \"Blue Lake\" action will be carried out for three months, from June 1 to August 31.", "2025-05-28"), @r#"Blue Lake [] launched=None start=Some("2025-06-01") end=Some("2025-08-31")"#);
    assert_snapshot!(p("The \"Blue Lake\" action will run from January 5 to March 5.", "2024-12-20"), @r#"Blue Lake [] launched=None start=Some("2025-01-05") end=Some("2025-03-05")"#);
    // A plan posted a little late keeps its year; a past end does not move.
    assert_snapshot!(p("The \"Blue Lake\" action will be launched on May 1.", "2025-05-20"), @r#"Blue Lake [] launched=Some("2025-05-01") start=None end=None"#);
    assert_snapshot!(p("The \"Blue Lake\" action ended on December 31.", "2025-05-01"), @r#"Blue Lake [] launched=None start=None end=Some("2024-12-31")"#);
    // A plan told while it runs: the range's end is still ahead.
    assert_snapshot!(p("From September 1 to December 31, police will carry out the \"Blue Lake\" action.", "2025-10-28"), @r#"Blue Lake [] launched=None start=Some("2025-09-01") end=Some("2025-12-31")"#);
    assert_snapshot!(p("The \"Blue Lake\" action will run from November to February.", "2025-01-20"), @r#"Blue Lake [] launched=None start=Some("2024-11-01") end=Some("2025-02-28")"#);
}

#[test]
fn a_launch_takes_a_month_or_day_over_a_date_naming_only_the_year() {
    let p = |s| ops(s, "2025-10-12").join("\n");
    assert_snapshot!(p("This year, police launched the \"Blue Lake\" action on March 15."), @r#"Blue Lake [] launched=Some("2025-03-15") start=None end=None"#);
    assert_snapshot!(p("In the first half of the year, police launched the \"Blue Lake\" action in April."), @r#"Blue Lake [] launched=Some("2025-04-01") start=None end=None"#);
    // Alone, the year still dates the launch.
    assert_snapshot!(p("This year, police launched the \"Blue Lake\" action."), @r#"Blue Lake [] launched=Some("2025-01-01") start=None end=None"#);
}

#[test]
fn since_the_beginning_of_a_month() {
    let p = |s| ops(s, "2025-06-10").join("\n");
    assert_snapshot!(p("Since the beginning of May, police have organized the \"Blue Lake\" action, which will run until the end of the year."), @r#"Blue Lake [] launched=None start=Some("2025-05-01") end=Some("2025-12-31")"#);
    assert_snapshot!(p("Since the start of May, police have organized the \"Blue Lake\" action."), @r#"Blue Lake [] launched=None start=Some("2025-05-01") end=None"#);
}

#[test]
fn a_campaign_ended_as_the_object_it() {
    let p = |s| ops(s, "2026-03-10").join("\n");
    assert_snapshot!(p("The city launched the \"Blue Lake\" action in May and ended it in November."), @r#"Blue Lake [] launched=Some("2025-05-01") start=None end=Some("2025-11-30")"#);
    assert_snapshot!(p("Police launched the \"Blue Lake\" action on May 2 and concluded it on June 30."), @r#"Blue Lake [] launched=Some("2025-05-02") start=None end=Some("2025-06-30")"#);
}

#[test]
fn a_launch_word_before_several_names_launches_each_on_its_date() {
    let p = |s| ops(s, "2025-10-12").join("\n");
    assert_snapshot!(p("Police launched the \"Blue Lake\" action on March 15 and the \"Red Hill\" action on May 20."), @r#"
    Blue Lake [] launched=Some("2025-03-15") start=None end=None
    Red Hill [] launched=Some("2025-05-20") start=None end=None
    "#);
    assert_snapshot!(p("This year, police launched the \"Blue Lake\" action on March 15 and the \"Red Hill\" action on May 20."), @r#"
    Blue Lake [] launched=Some("2025-03-15") start=None end=None
    Red Hill [] launched=Some("2025-05-20") start=None end=None
    "#);
    // One date for both: both launched then.
    assert_snapshot!(p("On June 1, police launched the \"Blue Lake\" action and the \"Red Hill\" action."), @r#"
    Blue Lake [] launched=Some("2025-06-01") start=None end=None
    Red Hill [] launched=Some("2025-06-01") start=None end=None
    "#);
    // A second name with no date of its own takes none.
    assert_snapshot!(p("Police launched the \"Blue Lake\" action on March 15 after the \"Red Hill\" action."), @r#"
    Blue Lake [] launched=Some("2025-03-15") start=None end=None
    Red Hill [] launched=None start=None end=None
    "#);
}

#[test]
fn starting_in_a_month_and_a_chinese_range() {
    let p = |s| ops(s, "2026-07-30").join("\n");
    assert_snapshot!(p("Beginning in June, the city carried out the \"Blue Lake\" action."), @r#"Blue Lake [] launched=None start=Some("2026-06-01") end=None"#);
    assert_snapshot!(p("Starting on May 5, police carried out the \"Blue Lake\" action."), @r#"Blue Lake [] launched=None start=Some("2026-05-05") end=None"#);
    assert_snapshot!(p("2026年3月1日至6月30日，police carried out the \"Blue Lake\" action."), @r#"Blue Lake [] launched=None start=Some("2026-03-01") end=Some("2026-06-30")"#);
    assert_snapshot!(p("Police carried out the \"Blue Lake\" action 3月1日到6月30日."), @r#"Blue Lake [] launched=None start=Some("2026-03-01") end=Some("2026-06-30")"#);
}

#[test]
fn a_launch_on_a_day_after_a_start_read_before_it() {
    let p = |s| ops(s, "2025-03-18").join("\n");
    // `since the beginning of this year` opens the sentence; the campaign
    // is still launched on the day its launch verb names.
    assert_snapshot!(p("Since the beginning of this year, police pushed forward the \"Clear Wind\" special action, which was kicked off on January 6."), @r#"Clear Wind [] launched=Some("2025-01-06") start=Some("2025-01-01") end=None"#);
    // A date after `began` or `from` is no launch of this kind.
    assert_snapshot!(p("Since March, police have run the \"Clear Wind\" action, which began in April."), @r#"Clear Wind [] launched=None start=Some("2025-03-01") end=None"#);
}
