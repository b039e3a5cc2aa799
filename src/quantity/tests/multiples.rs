//! Multiples, shares and rates of a level: `a three-fold increase`,
//! `fourfold`, `3.5‰`, `one in five`.

use super::*;

#[test]
fn multiples_in_words_are_figures() {
    assert_snapshot!(battery(&[
        "a three-fold increase in scam calls",
        "seizures grew fourfold, arrests rose twofold",
        "a Tenfold rise and a 3-fold one",
        "a three-wheeler and a two-way radio",
        "Police took a twofold approach to the problem.",
        "The threefold crackdown targeted gangs.",
        "a three-fold strategy and a sixfold plan",
        "thefts increased by nearly threefold",
    ]), @r#"
    "a three-fold increase in scam calls" => three-fold = 3 Exact (fold)
    "seizures grew fourfold, arrests rose twofold" => fourfold = 4 Exact | twofold = 2 Exact
    "a Tenfold rise and a 3-fold one" => Tenfold = 10 Exact (rise) | 3-fold = 3 Exact (fold)
    "a three-wheeler and a two-way radio" => (none)
    "Police took a twofold approach to the problem." => (none)
    "The threefold crackdown targeted gangs." => (none)
    "a three-fold strategy and a sixfold plan" => (none)
    "thefts increased by nearly threefold" => nearly threefold = 3 Nearly
    "#);
}

#[test]
fn per_mille_is_a_tenth_of_a_percent() {
    assert_snapshot!(
        battery(&["a case rate of 3.5‰, down 0.4‰"]),
        @r#""a case rate of 3.5‰, down 0.4‰" => 3.5‰ = 0.35 percent Exact | 0.4‰ = 0.04 percent Exact"#
    );
}

#[test]
fn one_in_five_is_a_share() {
    assert_snapshot!(battery(&[
        "one in five victims was elderly",
        "one out of every three calls, two in three users",
        "one in 10 residents, one in ten.",
        "one in five hundred, one in 2,000 cases, one in 2024",
        "arrested one in Beijing and one in the 3rd district",
        "caught all three in 48 hours and two in 3 days",
    ]), @r#"
    "one in five victims was elderly" => one in five = 0.2 Exact (victims)
    "one out of every three calls, two in three users" => one out of every three = 0.333333333333333 Exact (calls) | two in three = 0.666666666666667 Exact (users)
    "one in 10 residents, one in ten." => one in 10 = 0.1 Exact (residents) | one in ten = 0.1 Exact
    "one in five hundred, one in 2,000 cases, one in 2024" => one = 1 Exact | five hundred = 500 Exact | one = 1 Exact | 2,000 = 2000 Exact (cases) | one = 1 Exact
    "arrested one in Beijing and one in the 3rd district" => one = 1 Exact | one = 1 Exact
    "caught all three in 48 hours and two in 3 days" => three = 3 Exact | 48 = 48 Exact (hours) | two = 2 Exact | 3 = 3 Exact (days)
    "#);
}

#[test]
fn a_slash_share_before_a_plural_verb() {
    assert_snapshot!(battery(&[
        "Of the suspects, 1/3 were recruited online and 2/5 are locals",
        "On 1/3 was a holiday; 1/3 had been cases",
    ]), @r#"
    "Of the suspects, 1/3 were recruited online and 2/5 are locals" => 1/3 = 0.333333333333333 Exact | 2/5 = 0.4 Exact
    "On 1/3 was a holiday; 1/3 had been cases" => (none)
    "#);
}

#[test]
fn times_after_a_change_or_before_a_level_is_the_multiples_word() {
    assert_snapshot!(battery(&[
        "animal products soared 5.5 times, an increase of 1.3 times",
        "it has increased more than 1 times; it was 2.5 times that of last year",
        "checked vehicles 66,569 times and served the public 115 times",
        "损失增长1.5倍, and arrests rose 3 fold",
    ]), @r#"
    "animal products soared 5.5 times, an increase of 1.3 times" => 5.5 times = 5.5 Exact (times) | 1.3 times = 1.3 Exact (times)
    "it has increased more than 1 times; it was 2.5 times that of last year" => more than 1 times = 1 MoreThan (times) | 2.5 times = 2.5 Exact (times)
    "checked vehicles 66,569 times and served the public 115 times" => 66,569 = 66569 Exact (times) | 115 = 115 Exact (times)
    "损失增长1.5倍, and arrests rose 3 fold" => 1.5倍 = 1.5 Exact (倍) | 3 fold = 3 Exact (fold)
    "#);
}

#[test]
fn times_before_that_and_a_stretch_of_time_count_occurrences() {
    // `that night`, `that week`: when the times fell, no level; `that of`
    // and `that year's` still name one.
    assert_snapshot!(battery(&[
        "officers searched the flat 4 times that night",
        "the man phoned the station 6 times that week, 2 times that morning",
        "thefts were 3 times that of last year",
        "losses grew to 2 times that year's level",
    ]), @r#"
    "officers searched the flat 4 times that night" => 4 = 4 Exact (times)
    "the man phoned the station 6 times that week, 2 times that morning" => 6 = 6 Exact (times) | 2 = 2 Exact (times)
    "thefts were 3 times that of last year" => 3 times = 3 Exact (times)
    "losses grew to 2 times that year's level" => 2 times = 2 Exact (times)
    "#);
}
