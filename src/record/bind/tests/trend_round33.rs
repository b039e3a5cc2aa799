//! Trends, round 33: pairs of percents before one change word, long
//! `more ... than` comparisons, and the nouns of clauses that share a
//! change word.

use super::trend::t;
use crate::Bulletin;

/// `metric direction percent` of each trend of `text`, one per line.
fn mt(text: &str) -> String {
    let b = Bulletin::parse(text).unwrap();
    b.trends
        .iter()
        .map(|t| format!("{} | {:?} {}", t.metric, t.direction, t.percent))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_pair_of_percents_before_one_change_word_share_it() {
    // Both percents of the pair take the change word after the second.
    assert_eq!(
        t("Officers held 412 suspects and shut 38 dens, a 17.5 percent and 9 percent rise, respectively."),
        "Increase 17.5 None\nIncrease 9 None"
    );
    assert_eq!(
        t("Phone scams and car thefts showed a 6% and 13% decline respectively."),
        "Decrease 6 None\nDecrease 13 None"
    );
    // An article before the second percent of the pair.
    assert_eq!(
        t("Patrols and checkpoints recorded a 7 percent and a 15 percent rise respectively."),
        "Increase 7 None\nIncrease 15 None"
    );
    // A percent that is a share, then a change of its own: the share is
    // no change.
    assert_eq!(
        t("Of the 800 callers, 40% were elderly and cases fell 12 percent."),
        "Decrease 12 None"
    );
}

#[test]
fn more_than_over_a_long_or_wrapped_comparison() {
    assert_eq!(
        t("Detectives closed 7.5 percent more break-ins in the first nine\nmonths of the year than a year before."),
        "Increase 7.5 Some(YearOnYear)"
    );
    assert_eq!(
        t("Patrols stopped 12% more drivers on the ring road during the long holiday weekend than last year."),
        "Increase 12 Some(YearOnYear)"
    );
    // No `than`: a share, no change.
    assert_eq!(t("Some 15% more of the team joined the night shift."), "");
}

#[test]
fn the_noun_of_a_clause_sharing_a_change_word_is_its_metric() {
    assert_eq!(
        mt("Car thefts in the county fell by 14 percent, bag snatches by 6.5 percent and arson by 2 percent."),
        "Car thefts in the county | Decrease 14\nbag snatches | Decrease 6.5\narson | Decrease 2"
    );
    assert_eq!(
        mt("Online scams climbed 22%, and loan frauds by 31%, on the same period last year."),
        "Online scams | Increase 22\nloan frauds | Increase 31"
    );
    // `by` right after the change word names no noun of its own.
    assert_eq!(
        mt("Street robberies dropped, by 9 percent, police said."),
        "Street robberies | Decrease 9"
    );
}

#[test]
fn a_cause_after_by_is_no_clause_noun() {
    // `helped by`, `followed by`: a cause, not the next clause's noun.
    assert!(
        !mt("Burglaries fell by 11 percent, helped by 25 percent more night patrols.")
            .contains("helped")
    );
    assert!(
        !mt("Card frauds rose by 16 percent, followed by phone frauds by 4 percent.")
            .contains("followed")
    );
    // A noun of its own still is.
    assert_eq!(
        mt("Drink-driving cases fell by 9 percent, and speeding cases by 5 percent."),
        "Drink-driving cases | Decrease 9\nspeeding cases | Decrease 5"
    );
}

#[test]
fn a_than_of_a_later_clause_or_comparative_is_not_more_s() {
    assert_eq!(
        t("About 20 percent more auxiliaries were hired as the season ran longer than usual."),
        ""
    );
    assert_eq!(
        t("Some 35% more cadets enrolled because the courses were shorter than before."),
        ""
    );
    assert_eq!(
        t("Officers stopped 14 percent more lorries on mountain roads in the winter than last year."),
        "Increase 14 Some(YearOnYear)"
    );
}
