//! Numbers that are no figures: dates, years, times, identifiers, names,
//! slogans, ordinals, pronouns and URLs.

use super::*;
use insta::assert_snapshot;

#[test]
fn dates_and_times_are_not_figures() {
    assert_snapshot!(p("On July 2, Sept. 30 and Oct 10; 2024-08-14 08:37:33; 2017/8/14"), @"(none)");
    assert_snapshot!(p("from March 3rd this year to 9, from October 21st to 28"), @"(none)");
    assert_snapshot!(p("at 11:40 p.m., around 1 am, at 20 o'clock, 4th Nov, 15 January 2021"), @"(none)");
    assert_snapshot!(p("2021年5期 2019年09月04日"), @"(none)");
    assert_snapshot!(p("briefed on the 14, then"), @"(none)");
    // Days written first, in a span before the month.
    assert_snapshot!(p("from 3 to 17 August, between 8 and 9 July"), @"(none)");
    // Quarters counted from the start or end of the calendar are a span.
    assert_snapshot!(p("in the first three quarters of 2024, the last 2 quarters; two quarters later; three quarters of the victims"), @"
    two = 2 Exact (quarters later)
    three quarters = 0.75 Exact (victims)
    ");
    // A number after a date's `and` that counts something is no day.
    assert_snapshot!(p("held 4 on 9 March and 3 more on March 11, and on May 2 and 5 suspects"), @r"
    4 = 4 Exact
    3 = 3 Exact
    5 = 5 Exact (suspects)
    ");
}

#[test]
fn slash_pairs_of_counts_are_two_figures_and_dates_stay_dates() {
    assert_snapshot!(p("Cases solved/suspects arrested: 12/9"), @r"
    12 = 12 Exact
    9 = 9 Exact
    ");
    assert_snapshot!(p("Warnings: 3,421/3,398; cracked 148/97; cracked 36 cases/52 people"), @r"
    3,421 = 3421 Exact
    3,398 = 3398 Exact
    148 = 148 Exact
    97 = 97 Exact
    36 = 36 Exact (cases)
    52 = 52 Exact (people)
    ");
    assert_snapshot!(p("on 8/14, dated 2017/8/14, in 2024/25, code A/52"), @"(none)");
}

#[test]
fn years_are_not_figures() {
    assert_snapshot!(p("in 2020, since 2018, from 2013 to 2022, the 1990s, Tang Dynasty (618-907), 1046 BC"), @"(none)");
    assert_snapshot!(p("from 246 in 2017 to 98,000 in 2021"), @r"
    246 = 246 Exact
    98,000 = 98000 Exact
    ");
    // A year opening a title or a label's value, before no plural.
    assert_snapshot!(p("2021 annual drug control work summary\nHubei: 2022 anti-gang year in review"), @"(none)");
    // Anywhere in the headline, the text's first line, before no plural;
    // not in the body, where MT drops a count's plural.
    assert_snapshot!(p("Jiangsu police hold 2024 anti-fraud work press conference\nPolice checked 2024 vehicle and said."), @"2024 = 2024 Exact (vehicle)");
    assert_snapshot!(p("Police hold press conference, arrest 2024 suspects\nBody."), @"2024 = 2024 Exact (suspects)");
    assert_snapshot!(p("Seized: 1975 counterfeit watches\n2040 people were warned"), @r"
    1975 = 1975 Exact (counterfeit watches)
    2040 = 2040 Exact (people)
    ");
    assert_snapshot!(p("more than 1400 suspects and 1968 places"), @r"
    more than 1400 = 1400 MoreThan (suspects)
    1968 = 1968 Exact (places)
    ");
}

#[test]
fn identifiers_are_not_figures() {
    assert_snapshot!(p("No. 3, Article 52, COVID-19, G20, 5G, the 110 hotline, call 110, the 12337 platform"), @"(none)");
    assert_snapshot!(p("the victim dialed 110 and rescued 3 people; he called 120"), @"3 = 3 Exact (people)");
    // A number after an underscore is part of a user or file name.
    assert_snapshot!(p("the account wx_8812 sent 3 links and photo_0521.jpg"), @"3 = 3 Exact (links)");
    // A hotline joined to another, and the fraud warning text platform.
    assert_snapshot!(p("dial 110 or 96110 at once; the 12381 warning platform texted 40 people"), @"40 = 40 Exact (people)");
    // A place's hotline takes a verb or a service noun after it; a place's
    // count takes a plural.
    assert_snapshot!(p("the county's 110 answered 812 reports and the town’s 110 suspects fled"), @"
    812 = 812 Exact (reports)
    110 = 110 Exact (suspects fled)
    ");
    assert_snapshot!(p("Provincial 12110 SMS alerts reached 960 users; 96110 platform staff phoned 75 people"), @"
    960 = 960 Exact (users)
    75 = 75 Exact (people)
    ");
    // `police` before a plural counts police things; before a singular it
    // names the hotline.
    assert_snapshot!(p("sent 120 police vehicles to the 110 police hotline"), @"120 = 120 Exact (police vehicles)");
    // After a label or a verb of amount, a number that ends its clause counts.
    assert_snapshot!(p("Cases solved: 120; the total reached 110."), @r"
    120 = 120 Exact
    110 = 110 Exact
    ");
    // An age set off by commas after a person noun (`the ringleader, 47,`)
    // or a name; a listed count after a plural stays (`14 suspects, 6 of`).
    assert_snapshot!(p("The mastermind, 51, and the accomplice, 33 and jobless, kept 14 suspects, 6 of them minors; Zhou, 28, had 9 phones, 40 cards"), @"
    14 = 14 Exact (suspects)
    6 = 6 Exact
    9 = 9 Exact (phones)
    40 = 40 Exact (cards)
    ");
    // The far end of an age or article range is no count either.
    assert_snapshot!(p("36 victims, aged 18 to 60, under Articles 3-5"), @"36 = 36 Exact (victims)");
    // So are the other items of a closed list of them; an open one is
    // not a list of theirs.
    assert_snapshot!(p("4 men, aged 25, 31 and 40, under Articles 3, 5, and 7"), @"4 = 4 Exact (men)");
    assert_snapshot!(p("under Article 3, 200 people and 40 cars"), @r"
    200 = 200 Exact (people)
    40 = 40 Exact (cars)
    ");
    // A range of clock hours is a time.
    assert_snapshot!(p("between 8 and 10 p.m., from 8 to 10 pm, police checked 300 vehicles"), @"300 = 300 Exact (vehicles)");
    assert_snapshot!(p("case 2014.5.1 and hotline 8123-4567, GMT+8, &#8220;"), @"(none)");
    // Phone numbers in groups: after a phone word, or with a leading zero
    // or a code in parentheses.
    assert_snapshot!(p("call the hotline on 2860 5012, or 138 0000 1234; Tel: 0755-8888 1234; (852) 2860 2000; 400-820-1234; the hotline 2527 7177"), @"(none)");
    // Digit groups with no such sign, or too few digits, stay counts.
    assert_snapshot!(p("police arrested 287 693 people; from 2019-2023 300 officers"), @r"
    287 = 287 Exact
    693 = 693 Exact (people)
    300 = 300 Exact (officers)
    ");
    // A bank card's groups of four, a mobile's 3-4-4: identifiers with no
    // word before them; a count after them stays.
    assert_snapshot!(p("accounts 6222 0212 3456 7890 and 6217 8888 1234 5678 901 held 1.3 million yuan; 138 1234 5678 was blocked"), @"1.3 million yuan = 1300000 CNY Exact");
    // An ID card's or a phone's number masked in its middle; bold marks
    // around a count are no mask.
    assert_snapshot!(p("ID number 4201**********3518, ID 420102********351X, phone 138****5678; **35** cases"), @"35 = 35 Exact");
    // Three groups of four are a table row's counts, no card.
    assert_snapshot!(p("Totals by year: 1352 1480 1633"), @r"
    1352 = 1352 Exact
    1480 = 1480 Exact
    1633 = 1633 Exact
    ");
    assert_snapshot!(p("Zeng (male, 58), 30 years old, aged 35"), @"(none)");
    assert_snapshot!(p("the 803 Theme Day and the 35th International Day"), @"(none)");
}

#[test]
fn names_slogans_and_ordinals_are_not_figures() {
    assert_snapshot!(p("Second, the “one standard and three real” plan; “Kunlun 2023”; \"Three Checks and One Control\""), @"(none)");
    assert_snapshot!(p("Cloud Sword-2020 and Kunlun 2023 operations"), @"(none)");
    assert_snapshot!(p("\"So far we have seen at least 10 such cases,\" he said"), @"at least 10 = 10 AtLeast (such cases)");
    assert_snapshot!(p("**1. Shanghai\n**2. Henan"), @"(none)");
}

#[test]
fn not_figures_pronouns_names_urls() {
    assert_snapshot!(p("the one you mentioned"), @r#"(none)"#);
    assert_snapshot!(p("whenever they find one, they act"), @r#"(none)"#);
    assert_snapshot!(p("in one fell swoop"), @r#"(none)"#);
    assert_snapshot!(p("Voyager 2 was launched"), @r#"(none)"#);
    assert_snapshot!(p("a Model i7 860 computer"), @r#"(none)"#);
    assert_snapshot!(p("visit http://x.com/a%2020b"), @r#"(none)"#);
    assert_snapshot!(p("a suspect surnamed Zhang, 21, was held"), @r#"(none)"#);
    assert_snapshot!(p("the driver, 52, and his son, 19, were held; 19 people"), @"19 = 19 Exact (people)");
    assert_snapshot!(p("a 40-year-old man"), @r#"(none)"#);
    assert_snapshot!(p("ICP备05050403"), @r#"(none)"#);
    assert_snapshot!(p("Address: No. 55 Beijing Road   Postal code: 650000"), @r#"(none)"#);
    assert_snapshot!(p("Postcode 650000"), @r#"(none)"#);
}

#[test]
fn clock_hours_in_translated_prose() {
    assert_snapshot!(p("checks ran from 8 points to 11 points at the crossing"), @"(none)");
    assert_snapshot!(p("12 points were deducted"), @"12 = 12 Exact (points)");
}

/// Pronouns, idioms, names, models, codes and dates that are not figures,
/// beside a few look-alikes that are.
#[test]
fn not_figures_battery() {
    let inputs = [
        "one of the suspects fled",
        "No one was hurt",
        "a one-stop service",
        "the first one",
        "one by one",
        "One raid after another followed.",
        "Police said so.\n[1] Harbour Daily, May 2\n  [2] Legal Daily",
        "seized [12] guns",
        "they fell one after another",
        "one of the 2 raids after another tip",
        "at one point",
        "one day later",
        "on one hand",
        "in the 1990s",
        "a man aged 35",
        "a 35-year-old man",
        "on the 3rd",
        "Room 502 of the hotel",
        "Unit 3 was raided",
        "Highway 101 was closed",
        "Line 2 subway",
        "the Chang'e-5 probe",
        "Shenzhou-12 crew",
        "5G networks",
        "4K video",
        "H1N1 flu",
        "flight MH370",
        "F-16 jets",
        "AK-47 rifles",
        "G7 summit",
        "COP26 talks",
        "24/7 patrols",
        "9/11 attacks",
        "at 7:30 pm",
        "at 1 a.m.",
        "No. 3 Middle School",
        "Article 266 of the Criminal Law",
        "dial 110",
        "call 12345 for help",
        "Level 3 emergency response",
        "Phase 2 of the campaign",
        "a Boeing 737 jet",
        "the Group of 20",
        "Top 10 cases",
        "Section 5 states",
        "the 2022 World Cup",
        "Beijing 2022 Olympics",
        "in 2023, 500 people",
        "his 2 sons",
        "Xi's 3 visits",
        "Police Arrest 317 Suspects In Crackdown",
        "Apollo 11 Mission",
    ];
    assert_snapshot!(battery(&inputs), @r#"
    "one of the suspects fled" => (none)
    "No one was hurt" => (none)
    "a one-stop service" => (none)
    "the first one" => (none)
    "one by one" => (none)
    "One raid after another followed." => (none)
    "Police said so.\n[1] Harbour Daily, May 2\n  [2] Legal Daily" => (none)
    "seized [12] guns" => 12 = 12 Exact
    "they fell one after another" => (none)
    "one of the 2 raids after another tip" => 2 = 2 Exact (raids)
    "at one point" => (none)
    "one day later" => one = 1 Exact (day later)
    "on one hand" => (none)
    "in the 1990s" => (none)
    "a man aged 35" => (none)
    "a 35-year-old man" => (none)
    "on the 3rd" => (none)
    "Room 502 of the hotel" => (none)
    "Unit 3 was raided" => (none)
    "Highway 101 was closed" => (none)
    "Line 2 subway" => (none)
    "the Chang'e-5 probe" => (none)
    "Shenzhou-12 crew" => (none)
    "5G networks" => (none)
    "4K video" => (none)
    "H1N1 flu" => (none)
    "flight MH370" => (none)
    "F-16 jets" => (none)
    "AK-47 rifles" => (none)
    "G7 summit" => (none)
    "COP26 talks" => (none)
    "24/7 patrols" => (none)
    "9/11 attacks" => (none)
    "at 7:30 pm" => (none)
    "at 1 a.m." => (none)
    "No. 3 Middle School" => (none)
    "Article 266 of the Criminal Law" => (none)
    "dial 110" => (none)
    "call 12345 for help" => (none)
    "Level 3 emergency response" => (none)
    "Phase 2 of the campaign" => (none)
    "a Boeing 737 jet" => (none)
    "the Group of 20" => 20 = 20 Exact
    "Top 10 cases" => 10 = 10 Exact (cases)
    "Section 5 states" => (none)
    "the 2022 World Cup" => (none)
    "Beijing 2022 Olympics" => (none)
    "in 2023, 500 people" => 500 = 500 Exact (people)
    "his 2 sons" => 2 = 2 Exact (sons)
    "Xi's 3 visits" => 3 = 3 Exact (visits)
    "Police Arrest 317 Suspects In Crackdown" => 317 = 317 Exact (Suspects)
    "Apollo 11 Mission" => (none)
    "#);
}

#[test]
fn a_month_and_day_that_names_a_day_or_case_is_no_figure() {
    assert_snapshot!(p("On the 6.26 International Anti-Drug Day police burned 2 tons of drugs; the 11.11 telecom fraud case was solved."), @"2 tons = 2000 kg Exact (drugs)");
    // Decimals with a unit, a scale or no name after them stay figures.
    assert_snapshot!(p("Police seized 3.5 tons, 1.2 Million yuan and 6.26 kg; the rate was 6.2 percent."), @"
    3.5 tons = 3500 kg Exact
    1.2 Million yuan = 1200000 CNY Exact
    6.26 kg = 6.26 kg Exact
    6.2 percent = 6.2 percent Exact
    ");
}

#[test]
fn platforms_gates_and_berths_are_places_and_sector_hotlines_lines() {
    assert_snapshot!(p("Ask at the police room beside platform 4, gate 12, terminal 2 or berth 7."), @"(none)");
    assert_snapshot!(p("Call 12313 for tobacco, 12369 for pollution, or 12306 for tickets."), @"(none)");
    // A count after the place is still a count.
    assert_snapshot!(p("On platform 4, 3 pickpockets were caught."), @"3 = 3 Exact (pickpockets)");
    assert_snapshot!(p("The station checked 12,369 passengers."), @"12,369 = 12369 Exact (passengers)");
    // A grouped number, or one a noun follows, counts after the word.
    assert_snapshot!(p("Through the anti-fraud platform 3,200 warning messages were pushed."), @"3,200 = 3200 Exact (warning messages)");
    assert_snapshot!(p("At the airport terminal 45 officers were on duty."), @"45 = 45 Exact (officers)");
    assert_snapshot!(p("North gate 287 693"), @"
    287 = 287 Exact
    693 = 693 Exact
    ");
}
