//! The date grammar's tests: phrases and how they resolve.
use super::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn resolve(text: &str, reference: &str, past: bool) -> String {
    match date_phrase(text) {
        Ok((_, p)) => p
            .resolve(Some(d(reference)), past)
            .map_or("unresolved".into(), |d| d.to_string()),
        Err(_) => "no date".into(),
    }
}

#[test]
fn explicit_dates() {
    assert_eq!(
        resolve("2024-08-14 08:37", "2000-01-01", false),
        "2024-08-14"
    );
    assert_eq!(
        resolve("2016/5/23 09:41", "2000-01-01", false),
        "2016-05-23"
    );
    assert_eq!(resolve("2022.08.05", "2000-01-01", false), "2022-08-05");
    assert_eq!(resolve("2019年09月04日", "2000-01-01", false), "2019-09-04");
    assert_eq!(
        resolve("November 3, 2018", "2000-01-01", false),
        "2018-11-03"
    );
    assert_eq!(resolve("6th Dec, 2018", "2000-01-01", false), "2018-12-06");
    assert_eq!(
        resolve("22nd March 2020, 11:05", "2000-01-01", false),
        "2020-03-22"
    );
    assert_eq!(
        resolve("Oct 07, 2021 04:52 PM", "2000-01-01", false),
        "2021-10-07"
    );
    // A comma with no space after it still sets off the year; a number
    // that is no year, or runs on, leaves the day yearless.
    assert_eq!(
        resolve("Nov 09,2016 at 08:15", "2000-01-01", false),
        "2016-11-09"
    );
    assert_eq!(resolve("4th May,2019", "2000-01-01", false), "2019-05-04");
    assert_eq!(
        resolve("May 4,300 people", "2019-06-01", true),
        "2019-05-04"
    );
    assert_eq!(resolve("May 4,20190", "2019-06-01", true), "2019-05-04");
}

#[test]
fn yearless_dates_take_the_reference_year() {
    assert_eq!(resolve("July 2", "2024-08-14", true), "2024-07-02");
    assert_eq!(resolve("Sept. 30", "2024-08-14", false), "2024-09-30");
    assert_eq!(resolve("2 July", "2024-08-14", true), "2024-07-02");
}

#[test]
fn month_parts() {
    assert_eq!(resolve("June", "2024-08-14", true), "2024-06-01");
    assert_eq!(resolve("early July", "2024-08-14", true), "2024-07-01");
    assert_eq!(resolve("mid-July", "2024-08-14", true), "2024-07-11");
    assert_eq!(resolve("late July", "2024-08-14", true), "2024-07-21");
    assert_eq!(
        resolve("the end of July", "2024-08-14", false),
        "2024-07-31"
    );
    assert_eq!(
        resolve("end of February", "2024-08-14", false),
        "2024-02-29"
    );
    assert_eq!(resolve("July 2023", "2024-08-14", false), "2023-07-01");
    assert_eq!(
        resolve("the beginning of this year", "2024-08-14", true),
        "2024-01-01"
    );
    assert_eq!(resolve("this year began", "2024-08-14", true), "2024-01-01");
    assert_eq!(
        resolve("the beginning of May", "2024-08-14", true),
        "2024-05-01"
    );
    assert_eq!(
        resolve("start of March 2023", "2024-08-14", true),
        "2023-03-01"
    );
    assert_eq!(resolve("the beginning of", "2024-08-14", true), "no date");
}

#[test]
fn year_rollover_for_past_events() {
    assert_eq!(resolve("December 20", "2024-01-10", true), "2023-12-20");
    assert_eq!(resolve("December 20", "2024-01-10", false), "2024-12-20");
    assert_eq!(resolve("early December", "2024-01-10", true), "2023-12-01");
}

#[test]
fn this_month_is_the_reference_month() {
    assert_eq!(
        resolve("earlier this month", "2017-03-28", true),
        "2017-03-01"
    );
    assert_eq!(resolve("this month", "2017-03-28", true), "2017-03-01");
    assert_eq!(
        resolve("late this month", "2017-03-08", false),
        "2017-03-21"
    );
    assert_eq!(resolve("this monthly", "2017-03-28", true), "no date");
}

#[test]
fn the_end_of_this_next_or_last_month() {
    let p = |s| resolve(s, "2024-06-10", false);
    insta::assert_snapshot!(p("the end of this month."), @"2024-06-30");
    insta::assert_snapshot!(p("end of the month"), @"2024-06-30");
    insta::assert_snapshot!(p("the end of next month"), @"2024-07-31");
    insta::assert_snapshot!(p("the end of last month"), @"2024-05-31");
    insta::assert_snapshot!(p("early next month"), @"2024-07-01");
    insta::assert_snapshot!(resolve("the end of next month", "2024-12-02", false), @"2025-01-31");
    insta::assert_snapshot!(p("the month"), @"no date");
    insta::assert_snapshot!(p("next month"), @"no date");
    insta::assert_snapshot!(p("the end of the monthly report"), @"no date");
}

#[test]
fn a_chinese_month_and_day_takes_the_reference_year() {
    let p = |s| resolve(s, "2024-06-03", true);
    insta::assert_snapshot!(p("6月1日,"), @"2024-06-01");
    insta::assert_snapshot!(resolve("9月30日", "2024-06-03", false), @"2024-09-30");
    insta::assert_snapshot!(p("13月1日"), @"no date");
    insta::assert_snapshot!(p("6月"), @"no date");
}

#[test]
fn a_present_or_future_event_takes_the_nearest_year() {
    let near = |text: &str, reference: &str| match date_phrase(text) {
        Ok((_, p)) => p
            .resolve_near(Some(d(reference)))
            .map_or("unresolved".into(), |d| d.to_string()),
        Err(_) => "no date".into(),
    };
    insta::assert_snapshot!(near("June 20", "2024-06-18"), @"2024-06-20");
    insta::assert_snapshot!(near("January 5", "2024-12-20"), @"2025-01-05");
    insta::assert_snapshot!(near("the end of December", "2025-01-03"), @"2024-12-31");
    insta::assert_snapshot!(near("June 20, 2023", "2024-06-18"), @"2023-06-20");
    insta::assert_snapshot!(near("the end of this month", "2024-06-18"), @"2024-06-30");
}

#[test]
fn weekdays_count_back_from_the_reference() {
    // 2019-03-13 was a Wednesday.
    assert_eq!(resolve("Monday", "2019-03-13", true), "2019-03-11");
    assert_eq!(resolve("Wednesday", "2019-03-13", true), "2019-03-13");
    assert_eq!(resolve("Thursday", "2019-03-13", true), "2019-03-07");
    assert_eq!(d("2024-08-14").weekday(), 2);
}

#[test]
fn not_dates() {
    assert_eq!(resolve("may 5", "2024-08-14", true), "no date");
    assert_eq!(resolve("July 32", "2024-08-14", true), "2024-07-01");
    assert_eq!(resolve("2024-13-01", "2024-08-14", true), "no date");
    assert_eq!(resolve("Monday", "2024-08-14", true), "2024-08-12");
}
