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
    ]), @r#"
    "a three-fold increase in scam calls" => three-fold = 3 Exact (fold)
    "seizures grew fourfold, arrests rose twofold" => fourfold = 4 Exact | twofold = 2 Exact
    "a Tenfold rise and a 3-fold one" => Tenfold = 10 Exact (rise) | 3-fold = 3 Exact (fold)
    "a three-wheeler and a two-way radio" => (none)
    "#);
}

#[test]
fn per_mille_is_a_tenth_of_a_percent() {
    assert_snapshot!(
        battery(&["a case rate of 3.5‰, down 0.4‰"]),
        @r#""a case rate of 3.5‰, down 0.4‰" => 3.5‰ = 0.35 percent Exact | 0.4‰ = 0.04 percent Exact"#
    );
}
