//! Qualifiers, vague counts and ranges: bounds before and after a number,
//! hedges, and the ends of a range.

use super::*;
use insta::assert_snapshot;

#[test]
fn every_qualifier() {
    assert_snapshot!(p("more than 60,000, over 300, above 96%, in excess of 20 kg, exceeding 90 percent"), @r"
    more than 60,000 = 60000 MoreThan
    over 300 = 300 MoreThan
    above 96% = 96 percent MoreThan
    in excess of 20 kg = 20 kg MoreThan
    exceeding 90 percent = 90 percent MoreThan
    ");
    assert_snapshot!(p("at least 10 cases; no less than 5 gangs"), @r"
    at least 10 = 10 AtLeast (cases)
    no less than 5 = 5 AtLeast (gangs)
    ");
    assert_snapshot!(p("less than 60 thousand, fewer than 20 people, under 18 suspects"), @r"
    less than 60 thousand = 60000 LessThan
    fewer than 20 = 20 LessThan (people)
    under 18 = 18 LessThan (suspects)
    ");
    assert_snapshot!(p("up to 20,000 yuan; no more than 3 days"), @r"
    up to 20,000 yuan = 20000 CNY AtMost
    no more than 3 = 3 AtMost (days)
    ");
    assert_snapshot!(p("nearly 2,700 people, almost 97 per cent, Close to three million"), @r"
    nearly 2,700 = 2700 Nearly (people)
    almost 97 per cent = 97 percent Nearly
    Close to three million = 3000000 Nearly
    ");
    assert_snapshot!(p("about 8,600, approximately 20 kg, around $520 million, roughly 70 percent, some 12,000, an estimated 2.8 million yuan"), @r"
    about 8,600 = 8600 About
    approximately 20 kg = 20 kg About
    around $520 million = 520000000 USD About
    roughly 70 percent = 70 percent About
    some 12,000 = 12000 About
    an estimated 2.8 million yuan = 2800000 CNY About
    ");
    assert_snapshot!(p("3,000-odd vehicles and 3000多 people"), @r"
    3,000-odd = 3000 MoreThan (vehicles)
    3000多 = 3000 MoreThan (people)
    ");
    // Symbols that open a word qualify; a range's tilde, an arrow and a
    // markup tag do not.
    assert_snapshot!(p("~50 officers, >50 kg, (<10,000 yuan), ≥ 60 people, <=5 days, 50~60 kg, a->7 cases, <br>8 guns"), @r"
    ~50 = 50 About (officers)
    >50 kg = 50 kg MoreThan
    <10,000 yuan = 10000 CNY LessThan
    ≥ 60 = 60 AtLeast (people)
    <=5 = 5 AtMost (days)
    50~60 kg = 50..60 kg Exact
    7 = 7 Exact (cases)
    8 = 8 Exact (guns)
    ");
}

#[test]
fn vague_counts() {
    assert_snapshot!(p("dozens of suspects, hundreds of officers, thousands of people, tens of thousands of yuan"), @r"
    dozens of = 12 AtLeast (suspects)
    hundreds of = 100 AtLeast (officers)
    thousands of = 1000 AtLeast (people)
    tens of thousands of yuan = 10000 CNY AtLeast
    ");
    // `several` counts by the same rule; a unit after a vague count is read.
    assert_snapshot!(p("several hundred officers, several hundred thousand yuan, dozens of tons of sand"), @r"
    several hundred = 100 AtLeast (officers)
    several hundred thousand yuan = 100000 CNY AtLeast
    dozens of tons = 12000 kg AtLeast (sand)
    ");
    assert_snapshot!(p("10 or so suspects, 300-some officers"), @r"
    10 or so = 10 About (suspects)
    300-some = 300 About (officers)
    ");
    // `a few` before a scale is `several`; `a few` alone counts nothing.
    assert_snapshot!(p("A few hundred people, a few thousand yuan, a few dozen knives, a few days, a few"), @"
    A few hundred = 100 AtLeast (people)
    a few thousand yuan = 1000 CNY AtLeast
    a few dozen = 12 AtLeast (knives)
    ");
    // A score is twenty.
    assert_snapshot!(p("Police questioned scores of gamblers."), @"scores of = 20 AtLeast (gamblers)");
}

#[test]
fn ranges() {
    assert_snapshot!(p("between 21 and 30 years, 10 to 15 people, 10-15 suspects"), @r"
    between 21 and 30 = 21..30 Exact (years)
    10 to 15 = 10..15 Exact (people)
    10-15 = 10..15 Exact (suspects)
    ");
    // A range's `from` is its own, as `between` is; after a change word
    // the two numbers are a before and an after.
    assert_snapshot!(p("shares ranged from 20% to 30%; cases rose from 10 to 15"), @r"
    from 20% to 30% = 20..30 percent Exact
    10 = 10 Exact
    15 = 15 Exact
    ");
    // After a change word, a unit on both ends is the change and the level
    // reached; with the unit once, `by 5 to 10 percent` stays a range.
    assert_snapshot!(p("the rate increased by 5.2 percentage points to 95.3%, fines rose by 5 to 10 percent"), @r"
    5.2 percentage points = 5.2 percent Exact
    95.3% = 95.3 percent Exact
    5 to 10 percent = 5..10 percent Exact
    ");
    assert_snapshot!(p("rose from 16 to 20 cases"), @r"
    16 = 16 Exact
    20 = 20 Exact (cases)
    ");
    // So past the change's size, and so after newer change words.
    assert_snapshot!(p("thefts climbed by 25 per cent, from 16 to 20 cases; frauds rocketed from 8 to 30"), @r"
    25 per cent = 25 percent Exact
    16 = 16 Exact
    20 = 20 Exact (cases)
    8 = 8 Exact
    30 = 30 Exact
    ");
    // A before and an after in parentheses right after a change, and a
    // change noun's subject after `in` before the `from`.
    assert_snapshot!(p("thefts saw a 31.4 percent increase (612 to 804) and frauds rose by 20 percent (15 to 18)"), @"
    31.4 percent = 31.4 percent Exact
    612 = 612 Exact
    804 = 804 Exact
    20 percent = 20 percent Exact
    15 = 15 Exact
    18 = 18 Exact
    ");
    assert_snapshot!(p("a rise in bicycle thefts, from 30 to 42; the site (1368 to 1644) reopened; a team set up in the town, from 3 to 5 officers"), @"
    30 = 30 Exact
    42 = 42 Exact
    from 3 to 5 = 3..5 Exact (officers)
    ");
    // A hedge on the first number leaves the change's `from` where it was:
    // a before and an after still; a range's own `between` too.
    assert_snapshot!(p("patrol officers went up from about 30 to 55; visits fell from nearly 900 to 610; between roughly 8 and 12 boats"), @r"
    about 30 = 30 About
    55 = 55 Exact
    nearly 900 = 900 Nearly
    610 = 610 Exact
    roughly 8 and 12 = 8..12 About (boats)
    ");
}

#[test]
fn bound_words() {
    assert_snapshot!(p("losses exceed 3,000 yuan"), @r#"exceed 3,000 yuan = 3000 CNY MoreThan"#);
    assert_snapshot!(p("greater than 4,565 accounts"), @r#"greater than 4,565 = 4565 MoreThan (accounts)"#);
    assert_snapshot!(p("500 or more people"), @r#"500 or more = 500 MoreThan (people)"#);
    // A bound's hedge is part of its text: `just over`, `well under`.
    assert_snapshot!(p("just over 40 requests, well under 10 disputes, slightly more than 5 kg, well above 90%"), @"
    just over 40 = 40 MoreThan (requests)
    well under 10 = 10 LessThan (disputes)
    slightly more than 5 kg = 5 kg MoreThan
    well above 90% = 90 percent MoreThan
    ");
    assert_snapshot!(p("not exceeding 30 days"), @r#"not exceeding 30 = 30 AtMost (days)"#);
    // A negated `exceed` bounds from above.
    assert_snapshot!(p("losses did not exceed 1 million yuan; fines not to exceed 500 yuan; it has not exceeded 20%"), @"
    not exceed 1 million yuan = 1000000 CNY AtMost
    not to exceed 500 yuan = 500 CNY AtMost
    not exceeded 20% = 20 percent AtMost
    ");
    assert_snapshot!(p("no fewer than 12 suspects, not less than 5 kg, a minimum of 3 officers, a maximum of 10 years"), @r#"
    no fewer than 12 = 12 AtLeast (suspects)
    not less than 5 kg = 5 kg AtLeast
    a minimum of 3 = 3 AtLeast (officers)
    a maximum of 10 = 10 AtMost (years)
    "#);
    assert_snapshot!(p("60 or less, below 40 cases, upwards of 2,000 people, 18 and above"), @r#"
    60 or less = 60 AtMost
    below 40 = 40 LessThan (cases)
    upwards of 2,000 = 2000 MoreThan (people)
    18 and above = 18 MoreThan
    "#);
    assert_snapshot!(p("a 40-plus group"), @r#"40-plus = 40 MoreThan (group)"#);
    // Wire English: `as many as` is a ceiling, `more or less` a hedge.
    assert_snapshot!(p("as many as 300 people, as much as 5 tons, more or less 50 cars, in the region of 400 officers"), @r"
    as many as 300 = 300 AtMost (people)
    as much as 5 tons = 5000 kg AtMost
    more or less 50 = 50 About (cars)
    in the region of 400 = 400 About (officers)
    ");
    assert_snapshot!(p("in the neighbourhood of RMB 2 million, in the neighborhood of 300 cars"), @r"
    in the neighbourhood of RMB 2 million = 2000000 CNY About
    in the neighborhood of 300 = 300 About (cars)
    ");
    // A scale after the bound scales the number (`3000余万元` in English).
    assert_snapshot!(p("recovered 70-odd million yuan from 30-plus thousand victims"), @r"
    70-odd million yuan = 70000000 CNY MoreThan
    30-plus thousand = 30000 MoreThan (victims)
    ");
    // Machine translation leaves the bound of `2.6亿余元` between the number
    // and its Chinese magnitude written out; a whole number before `more
    // than` is a number of its own (a year, a count).
    assert_snapshot!(p("froze 2.6 more than 100 million yuan and returned 4.75 more than 10,000 yuan to 1.2 more than ten thousand people"), @r"
    2.6 more than 100 million yuan = 260000000 CNY MoreThan
    4.75 more than 10,000 yuan = 47500 CNY MoreThan
    1.2 more than ten thousand = 12000 MoreThan (people)
    ");
    // After a word of change the number is the change's own, and the
    // bound opens the next figure.
    assert_snapshot!(p("thefts dropped 3.5 more than 10,000 yuan lower"), @r"
    3.5 = 3.5 Exact
    more than 10,000 yuan = 10000 CNY MoreThan
    ");
    assert_snapshot!(p("In 2023 more than 10,000 people, then 1.5 more than 10,000,000 yuan"), @r"
    more than 10,000 = 10000 MoreThan (people)
    1.5 = 1.5 Exact
    more than 10,000,000 yuan = 10000000 CNY MoreThan
    ");
    // A bound with its own end point: `or equal to` makes it inclusive.
    assert_snapshot!(p("less than or equal to 50 kg, greater than or equal to 7 suspects, more than or equal to 3 cases"), @r#"
    less than or equal to 50 kg = 50 kg AtMost
    greater than or equal to 7 = 7 AtLeast (suspects)
    more than or equal to 3 = 3 AtLeast (cases)
    "#);
    // Before another number a bound word is that number's qualifier: the
    // two figures never share the word.
    assert_snapshot!(p("fares of HK$8 and below twelve yuan"), @r#"
    HK$8 = 8 HKD Exact
    below twelve yuan = 12 CNY LessThan
    "#);
    assert_snapshot!(p("groups of 30 or more than forty"), @r#"
    30 = 30 Exact
    more than forty = 40 MoreThan
    "#);
    assert_snapshot!(p("recovered RMB 4 million and over US$150,000"), @r"
    RMB 4 million = 4000000 CNY Exact
    over US$150,000 = 150000 USD MoreThan
    ");
}

#[test]
fn ranges_with_units_and_connectors() {
    assert_snapshot!(p("between 10 dollars and 20 dollars"), @r#"between 10 dollars and 20 dollars = 10..20 USD Exact"#);
    assert_snapshot!(p("from 10 to 20 dollars"), @r#"from 10 to 20 dollars = 10..20 USD Exact"#);
    assert_snapshot!(p("44 mg to 50 mg"), @r#"44 mg to 50 mg = 0.000044..0.00005 kg Exact"#);
    // A dash between two glued units is a range too; not with no far unit.
    assert_snapshot!(p("2kg-3kg of heroin, 5 kg-3 bags, 5 kg - 10 kg"), @"
    2kg-3kg = 2..3 kg Exact (heroin)
    5 kg = 5 kg Exact
    5 kg - 10 kg = 5..10 kg Exact
    ");
    assert_snapshot!(p("20 through 100"), @r#"20 through 100 = 20..100 Exact"#);
    assert_snapshot!(p("an 8- to 16-meter wall"), @r#"8- to 16-meter = 8..16 m Exact (wall)"#);
    // A lone em dash joins a range; a doubled one is Chinese punctuation.
    assert_snapshot!(p("10—15 people, 3—5 km"), @"
    10—15 = 10..15 Exact (people)
    3—5 km = 3..5 km Exact
    ");
    assert_snapshot!(p("arrested 12 suspects——15 of them minors"), @"
    12 = 12 Exact (suspects)
    15 = 15 Exact
    ");
    assert_snapshot!(p("arrested 12 — 15 of them minors"), @"
    12 = 12 Exact
    15 = 15 Exact
    ");
}

#[test]
fn billions_of_is_a_vague_count() {
    assert_snapshot!(p("billions of yuan, Billions of people"), @r"
    billions of yuan = 1000000000 CNY AtLeast
    Billions of = 1000000000 AtLeast (people)
    ");
}

#[test]
fn a_range_shares_the_scale_of_its_high_end() {
    assert_snapshot!(p("losses of 10-20 million yuan"), @"10-20 million yuan = 10000000..20000000 CNY Exact");
    assert_snapshot!(p("3 to 5 million people"), @"3 to 5 million = 3000000..5000000 Exact (people)");
    assert_snapshot!(p("between 2 and 3 billion yuan"), @"between 2 and 3 billion yuan = 2000000000..3000000000 CNY Exact");
    assert_snapshot!(p("1.2-1.5 million"), @"1.2-1.5 million = 1200000..1500000 Exact");
    assert_snapshot!(p("涉案3至5万元"), @"3至5万元 = 30000..50000 CNY Exact");
    // A low end that would pass the high end keeps its own size.
    assert_snapshot!(p("from 1,000 to 2 million"), @"from 1,000 to 2 million = 1000..2000000 Exact");
    // `hundred` is shared like a scale word, but only by a lone number.
    assert_snapshot!(p("two to three hundred cars"), @"two to three hundred = 200..300 Exact (cars)");
    assert_snapshot!(p("fifty to one hundred cars"), @"fifty to one hundred = 50..100 Exact (cars)");
    assert_snapshot!(p("2 to 300 cars"), @"2 to 300 = 2..300 Exact (cars)");
}

#[test]
fn at_least_with_its_verb_of_having() {
    assert_snapshot!(p("至少有30名嫌疑人被抓获。"), @"至少有30名 = 30 AtLeast (名)");
}

#[test]
fn a_before_and_an_after_in_parentheses_after_a_bare_percent() {
    // A change word with its percent and no `by`: the pair inside the
    // parentheses is a before and an after, with `from` or without.
    assert_snapshot!(p("burglaries went up 8.5 percent (2,140 to 2,322) and scams climbed 3% (from 870 to 896)"), @"
    8.5 percent = 8.5 percent Exact
    2,140 = 2140 Exact
    2,322 = 2322 Exact
    3% = 3 percent Exact
    870 = 870 Exact
    896 = 896 Exact
    ");
    assert_snapshot!(p("thefts dropped by 12 per cent (from 640 to 563)"), @"
    12 per cent = 12 percent Exact
    640 = 640 Exact
    563 = 563 Exact
    ");
    // No change word before the percent: a range in the aside stays one.
    assert_snapshot!(p("about 30 percent (40 to 45 officers) were on leave"), @"
    about 30 percent = 30 percent About
    40 to 45 = 40..45 Exact (officers)
    ");
    // `made up` tells a share: its aside is a range too.
    assert_snapshot!(p("loan scams made up 17% (220 to 260 cases) of the total"), @"
    17% = 17 percent Exact
    220 to 260 = 220..260 Exact (cases)
    ");
}
