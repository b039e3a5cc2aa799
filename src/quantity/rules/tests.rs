//! Snapshots of the figure rules.

use super::*;
use crate::quantity::show;
use insta::assert_snapshot;

#[test]
fn tables_are_sorted_lowercase() {
    crate::text::lexicon::assert_sorted("BOUND_AFTER", BOUND_AFTER);
    crate::text::lexicon::assert_sorted("CHANGE_WORDS", CHANGE_WORDS);
    crate::text::lexicon::assert_sorted("ONE_PRONOUN_AFTER", ONE_PRONOUN_AFTER);
}

#[test]
fn signs() {
    assert_snapshot!(show(minus_word("minus five percent")), @r#"() rest="five percent""#);
    assert_snapshot!(show(minus_word("minuscule")), @"none");
    let s = |t: &str| {
        format!(
            "{:?}",
            sign_before(t, t.find(|c: char| c.is_ascii_digit()).unwrap())
        )
    };
    assert_snapshot!(s("fell -3.2%"), @"Some(5)");
    assert_snapshot!(s("(-1,200)"), @"Some(1)");
    assert_snapshot!(s("−5"), @"Some(0)");
    assert_snapshot!(s("COVID-19"), @"None");
    assert_snapshot!(s("2023-24"), @"None");
    assert_snapshot!(s("- 5"), @"None");
    assert_snapshot!(s("同比增长-5.2%"), @"Some(12)");
    assert_snapshot!(s("增幅：-3.1%"), @"Some(9)");
    // The full-width minus of Chinese text.
    assert_snapshot!(s("同比－5.2%"), @"Some(6)");
    // 负 is minus at the start, after punctuation or after a verb of amount.
    assert_snapshot!(s("负10000"), @"Some(0)");
    assert_snapshot!(s("利润为负25万元"), @"Some(9)");
    assert_snapshot!(s("余额：負300元"), @"Some(9)");
    // It is no sign in 胜负, after a count (`1胜2负3平`) or as `bear`.
    assert_snapshot!(s("双方胜负3场"), @"None");
    let at3 = |t: &str| format!("{:?}", sign_before(t, t.find('3').unwrap()));
    assert_snapshot!(at3("1胜2负3平"), @"None");
    assert_snapshot!(at3("身负3处刀伤"), @"None");
}

#[test]
fn bounds_after() {
    assert_snapshot!(show(bound_after(" or more people")), @r#"MoreThan rest=" people""#);
    assert_snapshot!(show(bound_after(" and above")), @r#"MoreThan rest="""#);
    assert_snapshot!(show(bound_after(" or less")), @r#"AtMost rest="""#);
    assert_snapshot!(show(bound_after(" or fewer cases")), @r#"AtMost rest=" cases""#);
    assert_snapshot!(show(bound_after("-plus")), @r#"MoreThan rest="""#);
    assert_snapshot!(show(bound_after("-odd vehicles")), @r#"MoreThan rest=" vehicles""#);
    assert_snapshot!(show(bound_after(" or more than 20")), @"none");
    assert_snapshot!(show(bound_after(" or 20")), @"none");
    assert_snapshot!(show(bound_after(" and below seventy yuan")), @"none");
    assert_snapshot!(show(bound_after(" and below 两万")), @"none");
    assert_snapshot!(show(bound_after(" or moreover")), @"none");
    assert_snapshot!(show(bound_after(" and over US$200,000")), @"none");
    assert_snapshot!(show(bound_after(" and over ¥5,000")), @"none");
    assert_snapshot!(show(bound_after(" and over USD")), @r#"MoreThan rest=" USD""#);
    // Spaced, as machine translation writes `-plus` and `-odd`; not a sum.
    assert_snapshot!(show(bound_after(" plus officers")), @r#"MoreThan rest=" officers""#);
    assert_snapshot!(show(bound_after(" odd phones")), @r#"MoreThan rest=" phones""#);
    assert_snapshot!(show(bound_after(" plus 3 accomplices")), @"none");
    assert_snapshot!(show(bound_after(" plussize")), @"none");
}

#[test]
fn cents_after_dollars() {
    let c = |s| format!("{:?}", cents_after(s).map(|(r, d)| (r, d.to_string())));
    assert_snapshot!(c(" 50 cents in cash"), @r#"Some((" in cash", "0.5"))"#);
    assert_snapshot!(c(" and forty-five cents"), @r#"Some(("", "0.45"))"#);
    assert_snapshot!(c(" 50 cent"), @r#"Some(("", "0.5"))"#);
    assert_snapshot!(c(" 150 cents"), @"None");
    assert_snapshot!(c(" 50 suspects"), @"None");
}

#[test]
fn quick_rejects_pass_every_phrase() {
    for (phrase, _) in BOUND_AFTER.iter() {
        assert!(may_bound(phrase), "{phrase:?}");
    }
    assert!(may_bound("  or more") && !may_bound("\tor more") && !may_bound(" orders"));
    for c in [
        "-",
        "–",
        "—",
        "~",
        "～",
        "至",
        "到",
        " to",
        "  Through",
        "thru",
    ] {
        assert!(may_connect(c, RangeMode::Normal), "{c:?}");
    }
    assert!(may_connect(" and", RangeMode::Between) && may_connect("-", RangeMode::DashOnly));
    assert!(
        !may_connect(" —", RangeMode::Normal)
            && !may_connect(" people", RangeMode::Normal)
            && !may_connect("   to", RangeMode::Normal)
    );
    // A word is compared whole: `tons` and `and` (outside `between`)
    // connect nothing.
    assert!(!may_connect(" tons", RangeMode::Normal) && !may_connect(" and", RangeMode::Normal));
    assert!(!may_connect(" to", RangeMode::DashOnly) && !may_connect(" Andes", RangeMode::Between));
}

#[test]
fn range_connectors() {
    let c = |m, s| show(range_connector(m)(s));
    assert_snapshot!(c(RangeMode::Normal, " to 15"), @r#""to" rest="15""#);
    assert_snapshot!(c(RangeMode::Normal, "-15"), @r#""-" rest="15""#);
    assert_snapshot!(c(RangeMode::Normal, "- to 16-meter"), @r#""- to" rest="16-meter""#);
    assert_snapshot!(c(RangeMode::Normal, " through 100"), @r#""through" rest="100""#);
    assert_snapshot!(c(RangeMode::Normal, " together"), @"none");
    assert_snapshot!(c(RangeMode::Between, " and 30"), @r#""and" rest="30""#);
    assert_snapshot!(c(RangeMode::Normal, " and 30"), @"none");
    assert_snapshot!(c(RangeMode::DashOnly, " to 15"), @"none");
    assert_snapshot!(c(RangeMode::DashOnly, "~15"), @r#""~" rest="15""#);
    assert_snapshot!(c(RangeMode::Normal, "—15"), @r#""—" rest="15""#);
    assert_snapshot!(c(RangeMode::Normal, " or 3"), @r#""or" rest="3""#);
    assert_snapshot!(c(RangeMode::Normal, " order"), @"none");
    assert_snapshot!(c(RangeMode::Between, " or 3"), @"none");
    assert_snapshot!(c(RangeMode::Normal, " — 15"), @"none");
    assert_snapshot!(c(RangeMode::Normal, "——15"), @"none");
}

#[test]
fn change_words() {
    let c = |t: &str| change_before(t, t.rfind("from").unwrap());
    assert!(c("cases rose from"));
    assert!(c("fell sharply from"));
    assert!(c("a drop from"));
    assert!(!c("prices ranged from"));
    assert!(!c("sentences from"));
    assert!(!c("from"));
    // Past the size of the change, a comma maybe between.
    assert!(c("thefts rose by 12.5 per cent from"));
    assert!(c("frauds grew by nearly a half, from"));
    assert!(c("a rise of 1,250 cases from"));
    assert!(c("burglaries rocketed from"));
    // Past a change noun's subject after `in`.
    assert!(c("and a rise in bicycle thefts, from"));
    assert!(c("an increase in phone scam reports from"));
    assert!(!c("a team set up in the old town, from"));
    assert!(!c("a rise in thefts at 12 sites, from"));
    // No change before the size, or a clause between: a range.
    assert!(!c("fines ranged by 5 per cent from"));
    assert!(!c("a total of 40 from"));
    assert!(!c("rose by 8%; prices went from"));
    assert!(!c("rose by 8. The fines went from"));
}

#[test]
fn pronoun_one() {
    assert!(one_is_pronoun(" you mentioned"));
    assert!(one_is_pronoun(", he said"));
    assert!(one_is_pronoun(" fell swoop"));
    assert!(one_is_pronoun(""));
    assert!(!one_is_pronoun(" suspect"));
    assert!(!one_is_pronoun(" youth"));
    assert!(!one_is_pronoun("-year"));
}

#[test]
fn zero_idioms() {
    assert_snapshot!(show(zero_idiom(" tolerance for")), @r#"() rest=" for""#);
    assert_snapshot!(show(zero_idiom("-sum game")), @r#"() rest=" game""#);
    assert_snapshot!(show(zero_idiom(" deaths")), @"none");
}

#[test]
fn dimensions() {
    assert_snapshot!(show(dimension_after("-long knife")), @r#"() rest=" knife""#);
    assert_snapshot!(show(dimension_after("-longer")), @"none");
    assert_snapshot!(show(dimension_after(" long")), @"none");
}

#[test]
fn smaller_masses() {
    let ton = Decimal::from_u64(1000);
    let m = |i| show(smaller_mass_after(i, ton).map(|(r, kg)| (r, kg.to_string())));
    assert_snapshot!(m(" 200 kilograms of"), @r#""200" rest=" of""#);
    assert_snapshot!(m(" and 5 kg."), @"none");
    assert_snapshot!(m("30公斤"), @r#""30" rest="""#);
    assert_snapshot!(m(" 200 tons"), @"none");
    assert_snapshot!(m(" 200 bags"), @"none");
    assert_snapshot!(m(" 2,000 kg"), @"none");
    assert_snapshot!(m(" and a half"), @"none");
}

#[test]
fn clock_hours() {
    assert_snapshot!(show(clock_points("8 points to 11 points at")), @r#"() rest=" at""#);
    assert_snapshot!(show(clock_points("12 points deducted")), @"none");
    assert_snapshot!(show(clock_points("30 points to 40 points")), @"none");
}

#[test]
fn ages() {
    assert_snapshot!(show(age_after("-year-old man")), @r#"() rest=" man""#);
    assert_snapshot!(show(age_after(" years old,")), @r#"() rest=",""#);
    assert_snapshot!(show(age_after(" years of")), @"none");
}

#[test]
fn either_or_is_an_approximate_range() {
    use crate::quantity::tests::p;
    assert_snapshot!(p("caught two or three suspects and three or four hundred gamblers, lost 2 or 3 million yuan"), @"
    two or three = 2..3 Exact (suspects)
    three or four hundred = 300..400 Exact (gamblers)
    2 or 3 million yuan = 2000000..3000000 CNY Exact
    ");
    // A bound after `or` stays a bound; a smaller far end is no range.
    assert_snapshot!(p("5 or more suspects, 300 or 15 of them"), @"
    5 or more = 5 MoreThan (suspects)
    300 = 300 Exact
    15 = 15 Exact
    ");
}

#[test]
fn lai_before_a_counter_is_about() {
    use crate::quantity::tests::p;
    let lai = |s| match about_lai(s) {
        Ok((rest, q)) => format!("{q:?} rest={rest:?}"),
        Err(_) => "none".into(),
    };
    assert_snapshot!(format!("{} | {} | {}", lai("来人"), lai("来块钱"), lai("来自")), @r#"About rest="人" | About rest="块钱" | none"#);
    assert_snapshot!(p("二十来人，三千来块钱，近3年来"), @"
    二十来人 = 20 About (人)
    三千来块钱 = 3000 CNY About
    ");
}
