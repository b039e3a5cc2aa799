//! Tests of the trend readers in `trend.rs` (the helper `trends` is shared
//! with the submodules' tests).

use super::*;
use insta::assert_snapshot;

/// Each text's trends, one line each: `direction percent (metric)`.
pub(super) fn trends(texts: &[&str]) -> String {
    texts
        .iter()
        .map(|t| {
            let b = crate::Bulletin::parse(t).unwrap();
            let found: Vec<String> = b
                .trends
                .iter()
                .map(|t| format!("{:?} {} ({})", t.direction, t.percent, t.metric))
                .collect();
            format!("{t} => {}", found.join("; "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn economic_background_is_no_trend() {
    assert_snapshot!(trends(&[
        "The county has 380,000 residents, and its GDP grew by 6.1 percent last year.",
        "The city's gross domestic product rose 5.2% in 2023, while burglaries fell 17%.",
        "The local economy expanded 3.9 percent, and economic crimes dropped 8.8 percent.",
        "Smuggling via exports rose 14%, and evaded revenue went up 9.5%.",
    ]), @"
    The county has 380,000 residents, and its GDP grew by 6.1 percent last year. => 
    The city's gross domestic product rose 5.2% in 2023, while burglaries fell 17%. => Decrease 17 (burglaries)
    The local economy expanded 3.9 percent, and economic crimes dropped 8.8 percent. => Decrease 8.8 (economic crimes)
    Smuggling via exports rose 14%, and evaded revenue went up 9.5%. => Increase 14 (Smuggling via exports); Increase 9.5 (evaded revenue)
    ");
}

#[test]
fn a_level_reached_after_a_change_is_no_second_change() {
    assert_snapshot!(trends(&[
        "Last year the county's thefts of cars fell 14.8%, and public satisfaction reached 97.6%.",
        "In 2022 the four kinds of major crimes dropped 22.5%, and the residents' sense of safety reached 99.1%.",
        "Burglaries dropped 9.4%, and the clearance rate stood at 88.2%.",
        "Burglaries dropped 9.4% while the clearance rate was about 71%.",
        "Frauds went down 12%, and the detection rate hit 65%.",
        "Frauds went down 12% and the recovery rate reached nearly 40%.",
        "Robberies fell 10.2%, 18.5% and 7.7% respectively.",
        "Robberies fell 6%, and the decline was 6.5% in the suburbs.",
        "The decline was 4.4% in the city.",
        "Drug cases rose 8%, and arrests increased 11%.",
    ]), @"
    Last year the county's thefts of cars fell 14.8%, and public satisfaction reached 97.6%. => Decrease 14.8 (year the county's thefts of cars)
    In 2022 the four kinds of major crimes dropped 22.5%, and the residents' sense of safety reached 99.1%. => Decrease 22.5 (the four kinds of major crimes)
    Burglaries dropped 9.4%, and the clearance rate stood at 88.2%. => Decrease 9.4 (Burglaries)
    Burglaries dropped 9.4% while the clearance rate was about 71%. => Decrease 9.4 (Burglaries)
    Frauds went down 12%, and the detection rate hit 65%. => Decrease 12 (Frauds)
    Frauds went down 12% and the recovery rate reached nearly 40%. => Decrease 12 (Frauds)
    Robberies fell 10.2%, 18.5% and 7.7% respectively. => Decrease 10.2 (Robberies); Decrease 18.5 (Robberies); Decrease 7.7 (Robberies)
    Robberies fell 6%, and the decline was 6.5% in the suburbs. => Decrease 6 (Robberies); Decrease 6.5 (the)
    The decline was 4.4% in the city. => Decrease 4.4 (The)
    Drug cases rose 8%, and arrests increased 11%. => Increase 8 (Drug cases); Increase 11 (arrests)
    ");
}

#[test]
fn a_percent_at_after_a_change_is_its_level() {
    assert_snapshot!(trends(&[
        "The clearance rate was up 3.2 percentage points on last year at 68.9%.",
        "Frauds fell 12% year on year, at 1,024 cases, and robberies were down 3% at 16%.",
        "Thefts grew at 5% a year.",
    ]), @"
    The clearance rate was up 3.2 percentage points on last year at 68.9%. => Increase 3.2 (The clearance rate)
    Frauds fell 12% year on year, at 1,024 cases, and robberies were down 3% at 16%. => Decrease 12 (Frauds); Decrease 3 (robberies)
    Thefts grew at 5% a year. => Increase 5 (Thefts)
    ");
}

#[test]
fn trend_before_is_match_suffix_over_the_whole_table() {
    let mut text = String::from("Cases fell 5%, a DROP  of 3; rose by 2, roof 4, of 9, -of 1. ");
    for (p, _) in TREND_BEFORE.iter() {
        text.push_str(p);
        text.push_str(" 7, x");
        text.push_str(&p.to_ascii_uppercase());
        text.push_str(" 8; ");
    }
    for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
        assert_eq!(
            trend_before(&text, end),
            match_suffix(&text, end, TREND_BEFORE),
            "{:?}",
            &text[..end]
        );
    }
}

/// `economic` reads the words `split` gives: pieces between chars
/// that are no ASCII letter or digit, empty ones and all, whatever
/// the chars' lengths.
#[test]
fn economic_reads_the_words_split_gives() {
    let split = |metric: &str| {
        let mut prev = "";
        metric.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
            let dp = prev.eq_ignore_ascii_case("domestic") && w.eq_ignore_ascii_case("product");
            prev = w;
            dp || TREND_ECONOMY.iter().any(|e| w.eq_ignore_ascii_case(e))
        })
    };
    for metric in [
        "its GDP",
        "the local economy,",
        "gross domestic product",
        "domestic  product",
        "domestic—product",
        "domestic、product",
        "domestic\u{1F600}product",
        "burglaries in the city",
        "经济 economy",
    ] {
        assert_eq!(economic(metric), split(metric), "{metric:?}");
    }
    assert!(economic("domestic—product"));
    assert!(!economic("domestic  product"));
}

#[test]
fn percents_listed_before_a_plural_change_word_respectively() {
    assert_snapshot!(trends(&[
        "Burglaries and pickpocketing posted 14 per cent and 9 per cent declines respectively.",
        "Drug cases, robberies and arson recorded 6%, 11% and 3% rises, respectively, on last year.",
        "Assaults and thefts saw a 12 percent and 5 percent drop respectively.",
        "The clearance rate hit 96%, 11% higher than last year.",
        "Scam losses showed 25% increases across both districts.",
    ]), @"
    Burglaries and pickpocketing posted 14 per cent and 9 per cent declines respectively. => Decrease 14 (Burglaries); Decrease 9 (pickpocketing)
    Drug cases, robberies and arson recorded 6%, 11% and 3% rises, respectively, on last year. => Increase 6 (Drug cases); Increase 11 (robberies); Increase 3 (arson)
    Assaults and thefts saw a 12 percent and 5 percent drop respectively. => Decrease 12 (Assaults); Decrease 5 (thefts)
    The clearance rate hit 96%, 11% higher than last year. => Increase 11 (The clearance rate hit)
    Scam losses showed 25% increases across both districts. => 
    ");
}

#[test]
fn a_plural_change_word_pairs_listed_percents_unless_a_verb_opened_them() {
    assert_snapshot!(trends(&[
        "Frauds and robberies posted 13% and 4% rises over the year.",
        "Pickpocketing and arson showed 7 per cent and 2 per cent decreases.",
        "Vehicle thefts fell 16% and 5% increases were noted.",
        "Scams rose by 9% and 3% falls came later.",
    ]), @"
    Frauds and robberies posted 13% and 4% rises over the year. => Increase 13 (Frauds); Increase 4 (robberies)
    Pickpocketing and arson showed 7 per cent and 2 per cent decreases. => Decrease 7 (Pickpocketing); Decrease 2 (arson)
    Vehicle thefts fell 16% and 5% increases were noted. => Decrease 16 (Vehicle thefts); Decrease 5 (Vehicle thefts)
    Scams rose by 9% and 3% falls came later. => Increase 9 (Scams); Increase 3 (Scams)
    ");
}
