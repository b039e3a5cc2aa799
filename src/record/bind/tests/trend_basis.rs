//! The basis of a trend: codes, phrases opening or closing the sentence,
//! named years and periods, and a basis shared by a list of percents.

use super::trend::t;

#[test]
fn two_bases_in_one_clause_each_go_to_their_own_percent() {
    assert_eq!(
        t("Frauds fell 5.2% year on year and 1.8% month on month."),
        "Decrease 5.2 Some(YearOnYear)\nDecrease 1.8 Some(MonthOnMonth)"
    );
    assert_eq!(
        t("Thefts grew 3% month-on-month and 7% year-on-year."),
        "Increase 3 Some(MonthOnMonth)\nIncrease 7 Some(YearOnYear)"
    );
    // One basis for both still reaches both.
    assert_eq!(
        t("Thefts and frauds fell 3% and 8% year on year respectively."),
        "Decrease 3 Some(YearOnYear)\nDecrease 8 Some(YearOnYear)"
    );
}

#[test]
fn short_codes_and_year_ago_phrases_are_year_on_year() {
    for text in [
        "Thefts fell 4% y-o-y.",
        "Thefts fell 4% YoY.",
        "Thefts fell 4% yoy in April.",
        "Thefts fell 4% y/y.",
        "Thefts fell 4% from a year ago.",
        "Thefts were 4% lower than a year ago.",
        "Thefts fell 4% on an annual basis.",
    ] {
        assert_eq!(t(text), "Decrease 4 Some(YearOnYear)", "{text}");
    }
    assert_eq!(t("Thefts fell 4% MoM."), "Decrease 4 Some(MonthOnMonth)");
    // A code inside a word is none.
    assert_eq!(t("Thefts fell 4% in Yoyo county."), "Decrease 4 None");
}

#[test]
fn a_comparison_opening_the_sentence_is_the_basis() {
    assert_eq!(
        t("Compared with the same period last year, frauds fell 12%."),
        "Decrease 12 Some(YearOnYear)"
    );
    assert_eq!(
        t("Compared to last month, thefts rose 5.5% and robberies 2%."),
        "Increase 5.5 Some(MonthOnMonth)\nIncrease 2 Some(MonthOnMonth)"
    );
    assert_eq!(
        t("Year on year, drug arrests increased 30 percent."),
        "Increase 30 Some(YearOnYear)"
    );
    // A date opening the sentence compares nothing.
    assert_eq!(t("Last year, thefts fell 5%."), "Decrease 5 None");
    // The comparison is a whole word: `Moreover` holds `over`, and the
    // opener only dates the change.
    assert_eq!(
        t("Moreover in the same period last year, thefts fell 5%."),
        "Decrease 5 None"
    );
    assert_eq!(
        t("Over the same period last year, thefts fell 5%."),
        "Decrease 5 Some(YearOnYear)"
    );
    // Nor does a clause with a trend of its own.
    assert_eq!(
        t("Frauds fell 4% year on year, while thefts dropped 9%."),
        "Decrease 4 Some(YearOnYear)\nDecrease 9 None"
    );
}

#[test]
fn a_basis_set_off_after_the_percent() {
    assert_eq!(
        t("Robberies dropped by 20%, compared with the same period last year."),
        "Decrease 20 Some(YearOnYear)"
    );
    // Not past a phrase with a number of its own.
    assert_eq!(
        t("Robberies dropped by 20%, with 31 fewer than last year."),
        "Decrease 20 None"
    );
}

#[test]
fn chinese_lists_and_comparisons_with_last_year_or_month() {
    assert_eq!(
        t("抢劫、盗窃、诈骗案件分别同比下降9.5%、6%和2.4%。"),
        "Decrease 9.5 Some(YearOnYear)\nDecrease 6 Some(YearOnYear)\nDecrease 2.4 Some(YearOnYear)"
    );
    assert_eq!(
        t("盗窃案件较去年同期下降11%。"),
        "Decrease 11 Some(YearOnYear)"
    );
    assert_eq!(t("诈骗案件较上月上升3%。"), "Increase 3 Some(MonthOnMonth)");
    // A list of levels after no change word stays none.
    assert_eq!(t("破案率分别为91%、88%和95%。"), "");
}

#[test]
fn a_basis_closing_the_sentence_is_shared() {
    assert_eq!(
        t("Frauds declined 14.2%, and the sums involved fell 30.5%, year on year."),
        "Decrease 14.2 Some(YearOnYear)\nDecrease 30.5 Some(YearOnYear)"
    );
    // A closing clause with a verb of its own is no basis.
    assert_eq!(
        t("Frauds declined 14.2%, while thefts were stable on last year."),
        "Decrease 14.2 None"
    );
}

#[test]
fn more_ways_to_name_a_basis() {
    let mut bases = Vec::new();
    for text in [
        // Year: a yearly basis, `on the year`, an annual change noun.
        "Economic crime cases solved increased by 15.2 percent on a yearly basis.",
        "Fraud losses were down 21 percent on the year.",
        "Drug offences posted a 9 percent annual decline.",
        "Thefts were 4% lower than the year before.",
        // Month: `环比` translated word for word.
        "Traffic accidents decreased 10.3% chain-on-chain.",
        // Period: a quarter or week before.
        "Scams rose 7.5 percent on a quarterly basis.",
        "Losses declined 6 percent from the second quarter.",
        "Cases fell 2% from the prior quarter.",
        "Fatal accidents rose 9% from the previous week.",
        "Arrests rose 3% week-on-week.",
    ] {
        assert_eq!(t(text).lines().count(), 1, "{text}");
        bases.push(t(text));
    }
    insta::assert_snapshot!(bases.join("\n"), @"
    Increase 15.2 Some(YearOnYear)
    Decrease 21 Some(YearOnYear)
    Decrease 9 Some(YearOnYear)
    Decrease 4 Some(YearOnYear)
    Decrease 10.3 Some(MonthOnMonth)
    Increase 7.5 Some(PeriodOnPeriod)
    Decrease 6 Some(PeriodOnPeriod)
    Decrease 2 Some(PeriodOnPeriod)
    Increase 9 Some(PeriodOnPeriod)
    Increase 3 Some(PeriodOnPeriod)
    ");
    // An average annual change is year on year too (as gold reads it).
    insta::assert_snapshot!(t("The average annual drop in burglary cases was above 15%."), @"Decrease 15 Some(YearOnYear)");
    insta::assert_snapshot!(t("Seizures rose 12%, an average annual growth of 4%."), @"
    Increase 12 None
    Increase 4 Some(YearOnYear)
    ");
    // A quarter or a year that only dates the change is no basis.
    insta::assert_snapshot!(t("Thefts fell 5% in the last quarter of the year."), @"Decrease 5 None");
}

#[test]
fn the_year_before_the_one_reported_named_by_its_number() {
    insta::assert_snapshot!(t("In 2016 police investigated 2,800 pyramid scheme cases, up 19.1 percent from 2015."), @"Increase 19.1 Some(YearOnYear)");
    insta::assert_snapshot!(t("In 2023, criminal cases in the province decreased by 8.1% compared with 2022."), @"Decrease 8.1 Some(YearOnYear)");
    insta::assert_snapshot!(t("Compared with 2022, frauds dropped 12.4 percent and robberies dropped 30.2 percent in 2023."), @"
    Decrease 12.4 Some(YearOnYear)
    Decrease 30.2 Some(YearOnYear)
    ");
    // A year further back, or none reported: a span of years, no basis.
    insta::assert_snapshot!(t("Thefts in 2021 fell 29.9 percent compared with 2015."), @"Decrease 29.9 None");
    insta::assert_snapshot!(t("Arrests were up 35 percent from 2021."), @"Increase 35 None");
    // Two years spanned are no comparison with one.
    insta::assert_snapshot!(t("In 2021 scams rose 20 percent from 2020 to 2021."), @"Increase 20 None");
}

#[test]
fn a_basis_after_the_level_the_change_started_from() {
    insta::assert_snapshot!(t("Victims fell to 1,203, down 4.8 percent from 1,264 a year earlier."), @"Decrease 4.8 Some(YearOnYear)");
    insta::assert_snapshot!(t("Thefts fell 6% from 310 last month."), @"Decrease 6 None");
    insta::assert_snapshot!(t("Thefts fell 6% from 310 to 291."), @"Decrease 6 None");
}

#[test]
fn a_list_of_percents_shares_the_basis_after_its_last() {
    insta::assert_snapshot!(t("Murders, robberies and rapes fell by 10.2%, 18.5% and 7.7% respectively year-on-year."), @"
    Decrease 10.2 Some(YearOnYear)
    Decrease 18.5 Some(YearOnYear)
    Decrease 7.7 Some(YearOnYear)
    ");
    insta::assert_snapshot!(t("Thefts and frauds rose 4 percent and 9 percent month on month."), @"
    Increase 4 Some(MonthOnMonth)
    Increase 9 Some(MonthOnMonth)
    ");
    // A basis in a later clause of its own is not the list's.
    insta::assert_snapshot!(t("Thefts and frauds fell 4% and 9%, and robberies rose 2% year on year."), @"
    Decrease 4 None
    Decrease 9 None
    Increase 2 Some(YearOnYear)
    ");
}

#[test]
fn the_week_or_quarter_before_is_the_period_basis() {
    insta::assert_snapshot!(t("Police took 8,432 calls in the week, 12 percent fewer than the week before."), @"Decrease 12 Some(PeriodOnPeriod)");
    insta::assert_snapshot!(t("Compared with the first quarter, cases fell 6.4 percent in the second quarter."), @"Decrease 6.4 Some(PeriodOnPeriod)");
    insta::assert_snapshot!(t("Scams rose 3% over the third quarter."), @"Increase 3 Some(PeriodOnPeriod)");
    insta::assert_snapshot!(t("Frauds fell 5% on a quarter earlier."), @"Decrease 5 Some(PeriodOnPeriod)");
    // The same quarter of the year before is year on year.
    insta::assert_snapshot!(t("Compared with the first quarter of last year, cases fell 2 percent."), @"Decrease 2 Some(YearOnYear)");
}
