//! Issue 10's figure classes, in sentences written for this test: what is
//! a figure and what is not, beyond the dev corpus.

use police_bulletin::{Bulletin, Qualifier};

/// Every figure of `text` as `text = value`.
fn figures(text: &str) -> Vec<String> {
    Bulletin::parse(text)
        .unwrap()
        .figures
        .iter()
        .map(|f| format!("{} = {}", f.text, f.value))
        .collect()
}

#[test]
fn slogans_with_a_comma_inside_quotes_hold_no_figures() {
    assert_eq!(
        figures("The “one village, one officer” scheme now covers 45 villages."),
        ["45 = 45"]
    );
    assert_eq!(
        figures("Police promoted \"two cards, one account\" checks in 12 banks."),
        ["12 = 12"]
    );
    // Quoted speech with a comma is read.
    assert_eq!(
        figures("\"We solved 12 cases, and more will follow,\" he said."),
        ["12 = 12"]
    );
}

#[test]
fn an_age_after_a_name_is_not_a_count() {
    assert!(figures("The suspect Wang, 37, was detained on the spot.").is_empty());
    assert_eq!(figures("Zhang (52) and 3 accomplices fled."), ["3 = 3"]);
    assert_eq!(figures("In Yunnan, 37 suspects were held."), ["37 = 37"]);
}

#[test]
fn a_hedged_year_is_a_year() {
    assert!(figures("The ring had been active since around 1998.").is_empty());
    assert!(figures("Built in about 2005, the depot was raided.").is_empty());
    assert_eq!(
        figures("around 2000 residents attended"),
        ["around 2000 = 2000"]
    );
}

#[test]
fn one_before_a_time_of_day_is_not_a_count() {
    assert_eq!(
        figures("One evening in March, officers raided 3 gambling dens."),
        ["3 = 3"]
    );
    assert!(figures("One night last week the patrol stopped a truck.").is_empty());
}

#[test]
fn numbers_inside_plan_names_are_not_figures() {
    assert_eq!(
        figures("During the 14th Five-Year Plan period, 120 cases were solved."),
        ["120 = 120"]
    );
    assert_eq!(figures("a three-year campaign"), ["three-year = 3"]);
}

#[test]
fn a_count_that_looks_like_a_year_but_counts() {
    assert_eq!(
        figures("Police intercepted 2043 calls, and returned 1.2 million yuan."),
        ["2043 = 2043", "1.2 million yuan = 1200000"]
    );
    assert!(figures("In 2043, the plan ends.").is_empty());
}

#[test]
fn about_in_chinese_before_a_count() {
    let b = Bulletin::parse("約3000人 took part; 大约200名 volunteers").unwrap();
    let got: Vec<_> = b
        .figures
        .iter()
        .map(|f| (f.text.as_ref(), f.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            ("約3000人", Qualifier::About),
            ("大约200名", Qualifier::About)
        ]
    );
}

#[test]
fn a_hard_line_wrap_between_a_count_and_its_noun() {
    let b = Bulletin::parse("Police seized 4,500\ncartons of cigarettes.").unwrap();
    assert_eq!(b.figures[0].noun.as_deref(), Some("cartons"));
    // A new line that starts a new thought is not the noun.
    let b = Bulletin::parse("Total: 4,500\nNext item").unwrap();
    assert_eq!(b.figures[0].noun, None);
}

#[test]
fn a_year_after_the_day_of_a_date_is_not_a_count() {
    // The year is the date's, even when a lowercase word follows it.
    assert_eq!(
        figures("On May 14, 2021 officers detained 9 suspects in the port."),
        ["9 = 9"]
    );
    assert_eq!(
        figures("On Aug. 3 2022 police seized 40 kg of drugs."),
        ["40 kg = 40"]
    );
    // A year with its own noun, not after a day, is still a count.
    assert_eq!(
        figures("In May, police questioned 2021 drivers."),
        ["2021 = 2021"]
    );
}
