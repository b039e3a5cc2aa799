//! One test per phrasing family: each line shows `text = value [max] unit
//! qualifier (noun)` for every figure found.

use insta::assert_snapshot;

use super::{scan, Figure};

fn show(f: &Figure<'_>) -> String {
    let mut s = format!("{} = {}", f.text, f.value);
    if let Some(m) = f.max {
        s += &format!("..{m}");
    }
    if let Some(u) = f.unit {
        s += &format!(" {}", u.as_str());
    }
    s += &format!(" {:?}", f.qualifier);
    if let Some(n) = &f.noun {
        s += &format!(" ({n})");
    }
    s
}

pub(super) fn p(text: &str) -> String {
    let scan = scan(&crate::lex::Tokens::new(text));
    for f in &scan.figures {
        assert_eq!(&text[f.span.range()], f.text, "span and text agree");
    }
    let mut lines: Vec<String> = scan.figures.iter().map(show).collect();
    lines.extend(
        scan.warnings
            .iter()
            .map(|w| format!("warning: {} at {:?}", w.message, &text[w.span.range()])),
    );
    if lines.is_empty() {
        "(none)".into()
    } else {
        lines.join("\n")
    }
}

mod bounds;
mod chinese;
mod forms;
mod multiples;
mod not_figures;
mod units;

#[test]
fn digits_separators_and_decimals() {
    assert_snapshot!(p("dispatched 5,384 officers and 963 vehicles"), @r"
    5,384 = 5384 Exact (officers)
    963 = 963 Exact (vehicles)
    ");
    assert_snapshot!(p("up 3.07 percentage points"), @"3.07 percentage points = 3.07 percent Exact");
    assert_snapshot!(p("共破获案件１２３起"), @"１２３起 = 123 Exact (起)");
}

#[test]
fn scale_words_and_compounds() {
    assert_snapshot!(p("fines of 5.5 million yuan"), @"5.5 million yuan = 5500000 CNY Exact");
    assert_snapshot!(p("losses of 1 million 700 thousand yuan"), @"1 million 700 thousand yuan = 1700000 CNY Exact");
    assert_snapshot!(p("a loss of one million and seven hundred thousand yuan"), @"one million and seven hundred thousand yuan = 1700000 CNY Exact");
    assert_snapshot!(p("Eight- hundred and eighty-three people"), @"Eight- hundred and eighty-three = 883 Exact (people)");
    assert_snapshot!(p("returned 1.2 wan yuan and 1.2 ten thousand yuan"), @r"
    1.2 wan yuan = 12000 CNY Exact
    1.2 ten thousand yuan = 12000 CNY Exact
    ");
    assert_snapshot!(p("a total of 3.07 billion yuan"), @"3.07 billion yuan = 3070000000 CNY Exact");
    // The hyphened spelling of 万.
    assert_snapshot!(p("froze 32 ten-thousand yuan"), @"32 ten-thousand yuan = 320000 CNY Exact");
}

#[test]
fn fractions_in_words() {
    // A number word before a denominator is a fraction, not the count it
    // would be alone (`two thirds` was 2).
    assert_snapshot!(p("two thirds of the victims were elderly, three fifths of the calls were scams"), @r"
    two thirds = 0.666666666666667 Exact (victims)
    three fifths = 0.6 Exact (calls)
    ");
    // `quarters` of a year are periods, not fourths, and the first three
    // of them a stretch of the calendar, no figure.
    assert_snapshot!(p("in the first three quarters"), @"(none)");
    assert_snapshot!(p("in the first three quarters of the year"), @"(none)");
    // A share of people is a fraction.
    assert_snapshot!(p("nearly three quarters of the victims"), @"nearly three quarters = 0.75 Nearly (victims)");
    assert_snapshot!(p("thefts fell by a third, a third suspect fled"), @"a third = 0.333333333333333 Exact");
    assert_snapshot!(p("电信诈骗占发案总数的三分之一以上"), @"三分之一以上 = 0.333333333333333 MoreThan");
    // An ordinal alone is no fraction's bottom: `the third suspect`.
    assert_snapshot!(p("the third suspect fled, one fifth"), @"one fifth = 0.2 Exact");
    // Decimals in words: `one point five tons` had been five tons.
    assert_snapshot!(p("seized one point five tons of explosives"), @"one point five tons = 1500 kg Exact (explosives)");
    // A weight in two units is one weight.
    assert_snapshot!(p("seized 4 tons 350 kilograms of cannabis, 6 kg 20 g of ice, 2吨500公斤"), @r"
    4 tons 350 kilograms = 4350 kg Exact (cannabis)
    6 kg 20 g = 6.02 kg Exact (ice)
    2吨500公斤 = 2500 kg Exact
    ");
    // After `and` a second weight is its own (`respectively`).
    assert_snapshot!(p("heroin and ice weighing 3 kg and 200 g respectively"), @r"
    3 kg = 3 kg Exact
    200 g = 0.2 kg Exact
    ");
    // Not a smaller mass: a count, a larger unit, a second weight.
    assert_snapshot!(p("4 tons 350 bags, 6 kg 2 tons, 5 kg 12 kg"), @r"
    4 tons = 4000 kg Exact
    350 = 350 Exact (bags)
    6 kg = 6 kg Exact
    2 tons = 2000 kg Exact
    5 kg = 5 kg Exact
    12 kg = 12 kg Exact
    ");
    // A whole number and a fraction: `2 1/2 tons` had been two, unitless.
    assert_snapshot!(p("seized 2 1/2 tons of ketamine and 3½ kg of heroin"), @r"
    2 1/2 tons = 2500 kg Exact (ketamine)
    3½ kg = 3.5 kg Exact (heroin)
    ");
    // Hyphenated fractions, and a fraction in digits before a measure.
    assert_snapshot!(p("two-thirds of the victims, one-fifth of the calls, a one-third-party app"), @"
    two-thirds = 0.666666666666667 Exact (victims)
    one-fifth = 0.2 Exact (calls)
    ");
    assert_snapshot!(p("seized 1/2 kg of heroin and 3/4 tons of sand, 3/4 of a ton of coal, 1/4 of a million yuan"), @"
    1/2 kg = 0.5 kg Exact (heroin)
    3/4 tons = 750 kg Exact (sand)
    3/4 of a ton = 750 kg Exact (coal)
    1/4 of a million yuan = 250000 CNY Exact
    ");
    // Of a whole, a fraction in digits counts as `two thirds of` does.
    assert_snapshot!(p("over 1/3 of the cases were frauds; on 1/3, 12 suspects"), @"
    over 1/3 = 0.333333333333333 MoreThan (cases)
    12 = 12 Exact (suspects)
    ");
}

#[test]
fn a_quarter_of_a_scale() {
    assert_snapshot!(p("a quarter of a million yuan, half a million yuan"), @"
    a quarter of a million yuan = 250000 CNY Exact
    half a million yuan = 500000 CNY Exact
    ");
    // A share of something: a fraction, no scale.
    assert_snapshot!(p("a quarter of the cases"), @"a quarter = 0.25 Exact (cases)");
    assert_snapshot!(p("three quarters of a million yuan, three-quarters of a ton, a quarter of a tonne"), @"
    three quarters of a million yuan = 750000 CNY Exact
    three-quarters of a ton = 750 kg Exact
    a quarter of a tonne = 250 kg Exact
    ");
    assert_snapshot!(p("in the first three quarters of a year, a quarter of an hour"), @"(none)");
}

#[test]
fn nouns() {
    assert_snapshot!(p("3,356 vehicles captured 8 current criminals and 6 fugitives"), @r"
    3,356 = 3356 Exact (vehicles captured)
    8 = 8 Exact (current criminals)
    6 = 6 Exact (fugitives)
    ");
    assert_snapshot!(p("recovered 54,923 ancient coins; a 100-day campaign"), @r"
    54,923 = 54923 Exact (ancient coins)
    100-day = 100 Exact (day)
    ");
    // `-strong` gives the size of a body of people: the noun after it is
    // what was counted.
    assert_snapshot!(p("a 600-strong police force and a 40-strong team"), @"
    600-strong = 600 Exact (police force)
    40-strong = 40 Exact (team)
    ");
    // An acronym or proper adjective leads a noun that goes on in
    // lowercase; a capital alone does not.
    assert_snapshot!(p("1,200 SIM cards, 6 Chinese nationals, 12 Suspects in"), @r"
    1,200 = 1200 Exact (SIM cards)
    6 = 6 Exact (Chinese nationals)
    12 = 12 Exact
    ");
    // A plural acronym is a noun alone; capitals with no plural are not.
    assert_snapshot!(p("inspected 75 KTVs, seized 12 ATMs and 9 USB"), @r"
    75 = 75 Exact (KTVs)
    12 = 12 Exact (ATMs)
    9 = 9 Exact
    ");
    // Examples after `such as` are not the noun; `such` before it is.
    assert_snapshot!(p("checked 640 venues such as bars, and 3 such workshops"), @r"
    640 = 640 Exact (venues)
    3 = 3 Exact (such workshops)
    ");
    assert_snapshot!(p("held 40 people suspected of fraud and 6 suspected smugglers"), @r"
    40 = 40 Exact (people)
    6 = 6 Exact (suspected smugglers)
    ");
    // A dynasty leads the noun of relics with both its words.
    assert_snapshot!(p("seized 41 Han Dynasty bronze mirrors and 3 Tang Dynasty"), @r"
    41 = 41 Exact (Han Dynasty bronze mirrors)
    3 = 3 Exact
    ");
    // So does a people or place of two capitalized words (`South Korean`,
    // `Hong Kong`) before a lowercase noun; not another pair of capitals,
    // nor one before `and`.
    assert_snapshot!(p("held 13 South Korean nationals, 9 Hong Kong residents, 4 South Park fans, 2 Red Cross"), @r"
    13 = 13 Exact (South Korean nationals)
    9 = 9 Exact (Hong Kong residents)
    4 = 4 Exact
    2 = 2 Exact
    ");
    assert_snapshot!(p("one Hong Kong and six New Zealand residents; 19 West The gaming"), @r"
    one = 1 Exact
    six = 6 Exact (New Zealand residents)
    19 = 19 Exact
    ");
}

#[test]
fn number_words() {
    assert_snapshot!(p("detained four suspects; one of them; checked one by one; no one; three and a half years"), @r"
    four = 4 Exact (suspects)
    three and a half = 3.5 Exact (years)
    ");
    assert_snapshot!(p("a three-month campaign, a three-dimensional network, grade-one relics"), @"three-month = 3 Exact (month)");
}

#[test]
fn overflow_is_a_warning() {
    assert_snapshot!(p("fines of 99999999999999999999999 yuan and 5 cases"), @r#"
    5 = 5 Exact (cases)
    warning: number too large to represent exactly; figure dropped at "99999999999999999999999 yuan"
    "#);
}

#[test]
fn articles_and_dozens() {
    assert_snapshot!(p("a couple of suspects, a couple of thousand yuan, a couple surnamed Li"), @"
    a couple of = 2 Exact (suspects)
    a couple of thousand yuan = 2000 CNY Exact
    ");
    assert_snapshot!(p("a hundred police officers were deployed"), @r#"a hundred = 100 Exact (police officers)"#);
    assert_snapshot!(p("a dozen suspects were held"), @r#"a dozen = 12 Exact (suspects)"#);
    assert_snapshot!(p("two dozen knives"), @r#"two dozen = 24 Exact (knives)"#);
    assert_snapshot!(p("3 dozen knives"), @r#"3 dozen = 36 Exact (knives)"#);
    assert_snapshot!(p("a hundred and two vehicles"), @r#"a hundred and two = 102 Exact (vehicles)"#);
    assert_snapshot!(p("a thousand people"), @r#"a thousand = 1000 Exact (people)"#);
    assert_snapshot!(p("a man and a woman"), @r#"(none)"#);
}

#[test]
fn a_score_of_and_a_half_dozen() {
    assert_snapshot!(p("A score of villagers, a half-dozen officers, half-dozen dogs"), @"
    A score of = 20 Exact (villagers)
    a half-dozen = 6 Exact (officers)
    half-dozen = 6 Exact (dogs)
    ");
    assert_snapshot!(p("a score of 95 points, a score card, a half-day course"), @"95 = 95 Exact (points)");
    assert_snapshot!(p("earned a score of ninety-five, a score of ９８"), @"
    ninety-five = 95 Exact
    ９８ = 98 Exact
    ");
}

#[test]
fn signs_keep_their_sign() {
    assert_snapshot!(p("profits fell -3.2% last year"), @r#"-3.2% = -3.2 percent Exact"#);
    assert_snapshot!(p("minus five percent"), @r#"minus five percent = -5 percent Exact"#);
    assert_snapshot!(p("a balance of -1,200 yuan"), @r#"-1,200 yuan = -1200 CNY Exact"#);
    assert_snapshot!(p("COVID-19 and 2023-2024"), @r#"(none)"#);
    assert_snapshot!(p("- 5 cases"), @r#"5 = 5 Exact (cases)"#);
    // Chinese writes minus as 负 (traditional 負), before digits or numerals.
    assert_snapshot!(p("本月利润为负25万元，盈亏：负三十二万元，余额：負1,500元"), @"
    负25万元 = -250000 CNY Exact
    负三十二万元 = -320000 CNY Exact
    負1,500元 = -1500 CNY Exact
    ");
    // The full-width hyphen is a minus before a number, a dash between two.
    assert_snapshot!(p("发案率同比－5.2％，每组配备2－3人"), @"
    －5.2％ = -5.2 percent Exact
    2－3人 = 2..3 Exact (人)
    ");
    assert_snapshot!(p("民警身负3处刀伤，球队1胜2负"), @"
    3处 = 3 Exact (处)
    1 = 1 Exact
    2 = 2 Exact
    ");
}

#[test]
fn fractions_without_leading_zero() {
    assert_snapshot!(p("a rate of .08 percent"), @r#".08 percent = 0.08 percent Exact"#);
    assert_snapshot!(p("results.2,937 tons"), @r#"2,937 tons = 2937000 kg Exact"#);
}

#[test]
fn unit_letters_inside_codes() {
    // A batch number or model that a unit letter sits in counts nothing.
    assert_snapshot!(p("Products of batch 50817L306 and type 2106kg5 were recalled; 20L of oil"), @"20L = 20 l Exact (oil)");
}

#[test]
fn zero_counts() {
    assert_snapshot!(p("zero deaths were reported and 0 cases remained"), @r#"
    zero = 0 Exact (deaths)
    0 = 0 Exact (cases remained)
    "#);
    assert_snapshot!(p("2022-11-18 0 By"), @r#"(none)"#);
}

#[test]
fn a_change_is_two_figures() {
    assert_snapshot!(p("the rate rose from 12% to 15%"), @r#"
    12% = 12 percent Exact
    15% = 15 percent Exact
    "#);
    assert_snapshot!(p("cases fell from 1,200 to 900"), @r#"
    1,200 = 1200 Exact
    900 = 900 Exact
    "#);
    assert_snapshot!(p("dropped sharply from 300 to 150 cases"), @r#"
    300 = 300 Exact
    150 = 150 Exact (cases)
    "#);
    // A percent and a level after a change word are two figures, but a dash
    // joins a range there too.
    assert_snapshot!(p("thefts rose 2.1% to 15%"), @r"
    2.1% = 2.1 percent Exact
    15% = 15 percent Exact
    ");
    assert_snapshot!(p("thefts fell 10%-15%"), @"10%-15% = 10..15 percent Exact");
}

#[test]
fn numbers_word_by_word() {
    assert_snapshot!(p("three billions"), @r#"three billions = 3000000000 Exact"#);
    assert_snapshot!(p("4 thousand 3 hundred and 21"), @r#"4 thousand 3 hundred and 21 = 4321 Exact"#);
}

/// A line that opens with a capitalized verb (`Rescued`, `Detained`) is
/// not a name like `Voyager 2` when a plural follows, even one that does
/// not end in `s`, or one that is not the last word of the noun.
#[test]
fn capitalized_verb_then_plural_is_a_count() {
    assert_snapshot!(p("Rescued 8 abducted women and children."), @"8 = 8 Exact (abducted women)");
    assert_snapshot!(p("Found 15 missing children."), @"15 = 15 Exact (missing children)");
    assert_snapshot!(p("Detained 45 suspects involved in gambling."), @"45 = 45 Exact (suspects)");
    // A count joined to the next opens a list of counts.
    assert_snapshot!(p("Solved 70 and 45 cases."), @r"
    70 = 70 Exact
    45 = 45 Exact (cases)
    ");
    // A singular side of a pair the plural ends counts too.
    assert_snapshot!(p("Destroyed 11 evil and criminal gangs."), @"11 = 11 Exact (evil)");
    assert_snapshot!(p("Smashed 6 drug or gun rings."), @"6 = 6 Exact (drug)");
    // Still names: a singular noun, or none.
    assert_snapshot!(p("the Tiangong 2 station"), @"(none)");
    assert_snapshot!(p("the Tiangong 2 station and its docks"), @"(none)");
}

#[test]
fn values_are_exact_or_warned() {
    assert_snapshot!(p("0.0000000000000000001 yuan"), @r#"warning: more decimal places than can be held exactly; figure dropped at "0.0000000000000000001 yuan""#);
    assert_snapshot!(p("1.0000000000000000001 million"), @r#"warning: more decimal places than can be held exactly; figure dropped at "1.0000000000000000001 million""#);
    assert_snapshot!(p("1.0000000000000000000 yuan"), @r#"1.0000000000000000000 yuan = 1 CNY Exact"#);
    assert_snapshot!(p("0.000000001 μg"), @r#"0.000000001 μg = 0.000000000000000001 kg Exact"#);
    assert_snapshot!(p("police arrested 99999999999999999999999 suspects"), @r#"warning: digit run too long to be a count (an ID or code?); figure dropped at "99999999999999999999999""#);
    assert_snapshot!(p("10-99999999999999999999999 yuan"), @r#"warning: number too large to represent exactly; figure dropped at "10-99999999999999999999999 yuan""#);
    assert_snapshot!(p("十十十十十十名"), @r#"(none)"#);
    assert_snapshot!(p("二十名 and 一千零五名"), @r#"
    二十名 = 20 Exact (名)
    一千零五名 = 1005 Exact (名)
    "#);
}

/// Common quantity forms of wire copy and bulletins, one per line:
/// `input => figures` (figures separated by `|`).
pub(super) fn battery(inputs: &[&str]) -> String {
    inputs
        .iter()
        .map(|t| format!("{t:?} => {}", p(t).replace('\n', " | ")))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn one_after_a_count_word_is_a_count() {
    assert_snapshot!(p("deaths fell to one."), @"one = 1 Exact");
    assert_snapshot!(p("whenever they find one, they act"), @"(none)");
}

#[test]
fn zero_idioms_and_dimension_nouns() {
    assert_snapshot!(p("a zero tolerance policy and a zero-sum game"), @"(none)");
    assert_snapshot!(p("a 1.8m-long knife and a 3 m-high wall"), @r"
    1.8m = 1.8 m Exact (knife)
    3 m = 3 m Exact (wall)
    ");
}

#[test]
fn more_of_the_same_kind_counts_its_noun() {
    assert_snapshot!(p("officers held 45 more suspects and seized 9 more rifles"), @r"
    45 = 45 Exact (suspects)
    9 = 9 Exact (rifles)
    ");
    // A comparison keeps no noun: it is a change.
    assert_snapshot!(p("they solved 45 more cases than in 2023"), @"45 = 45 Exact");
}

#[test]
fn a_counted_noun_stops_before_every() {
    assert_snapshot!(p("sent 85 patrol cars every night and 12 boats each week"), @r"
    85 = 85 Exact (patrol cars)
    12 = 12 Exact (boats)
    ");
}

#[test]
fn a_participle_that_opens_a_phrase_ends_the_noun() {
    assert_snapshot!(p("seized 2,350 mobile phones hidden in a truck and 4 trucks carrying 86 tons of coal"), @"
    2,350 = 2350 Exact (mobile phones)
    4 = 4 Exact (trucks)
    86 tons = 86000 kg Exact (coal)
    ");
    // A participle before the noun, or one that ends the clause, stays.
    assert_snapshot!(p("12 suspected dealers, 30 smuggled phones, 6 cases solved"), @"
    12 = 12 Exact (suspected dealers)
    30 = 30 Exact (smuggled phones)
    6 = 6 Exact (cases solved)
    ");
}

#[test]
fn a_verb_with_its_object_after_a_plural_ends_the_noun() {
    assert_snapshot!(p("helped 3,560 elderly residents install the app and 1,200 students download and register it"), @"
    3,560 = 3560 Exact (elderly residents)
    1,200 = 1200 Exact (students)
    ");
    // A plural after it, or no object, stays in the noun.
    assert_snapshot!(p("seized 30 cannabis plants the gang grew and 40 goods vehicles, 6 cases solved"), @"
    30 = 30 Exact (cannabis plants)
    40 = 40 Exact (goods vehicles)
    6 = 6 Exact (cases solved)
    ");
}

#[test]
fn list_numbers_inside_a_line_and_the_above_ones() {
    // A list number right after a sentence's end, before a capital.
    assert_snapshot!(p("(1) Police arrested 3 suspects. (2) Police seized 4 guns. 3. Patrols went on."), @"
    3 = 3 Exact (suspects)
    4 = 4 Exact (guns)
    ");
    // A count that opens a sentence stays one.
    assert_snapshot!(p("The gang had 12 members. 3 were arrested. Police caught 2. Others fled."), @"
    12 = 12 Exact (members)
    3 = 3 Exact
    2 = 2 Exact
    ");
    // `the above 3 cases` are the ones named before; the tail of a card
    // number is no count.
    assert_snapshot!(p("The above 3 cases were solved; the card ending in 8848 was frozen."), @"3 = 3 Exact (cases)");
}

#[test]
fn a_zero_something_fell_to_or_was_is_a_figure() {
    assert_snapshot!(p("Deaths dropped from 12 to zero, losses fell to 0, and 命案发生数为0。"), @"
    12 = 12 Exact
    zero = 0 Exact
    0 = 0 Exact
    0 = 0 Exact
    ");
    // A bare zero elsewhere is a counter, not a count.
    assert_snapshot!(p("2022-11-18 0 By admin"), @"(none)");
}

#[test]
fn the_particle_of_a_split_verb_ends_the_noun() {
    assert_snapshot!(p("took 3 suspects away and brought 12 fishing boats back"), @"
    3 = 3 Exact (suspects)
    12 = 12 Exact (fishing boats)
    ");
}

#[test]
fn thousands_by_spaces_decimal_commas_and_the_w_of_wan() {
    // One number after a one-digit lead or before round hundreds; cases
    // and people side by side stay two, unless the bulletin groups a
    // one-digit lead by a space (`1 200`): then they are one number too.
    assert_snapshot!(p("seized 1 200 bottles and 45 000 labels, 75 108 people"), @"
    1 200 = 1200 Exact (bottles)
    45 000 = 45000 Exact (labels)
    75 108 = 75108 Exact (people)
    ");
    assert_snapshot!(p("seized 45 000 labels, 75 108 people"), @"
    45 000 = 45000 Exact (labels)
    75 = 75 Exact
    108 = 108 Exact (people)
    ");
    assert_snapshot!(p("purity of 3,5 percent, 1,2万余元, 3,3 criminal cases"), @"
    3,5 percent = 3.5 percent Exact
    1,2万余元 = 12000 CNY MoreThan
    ");
    assert_snapshot!(p("a return of 1.2w yuan and a 60W bulb"), @"1.2w yuan = 12000 CNY Exact");
}

#[test]
fn a_percent_keeps_its_plus_sign_as_written() {
    assert_snapshot!(p("Thefts fell to 1,200 (+5.1%) and frauds to 300 (-2.4%)."), @"
    1,200 = 1200 Exact
    +5.1% = 5.1 percent Exact
    300 = 300 Exact
    -2.4% = -2.4 percent Exact
    ");
    // A plus glued to a word is a code's, no sign (as before).
    assert_snapshot!(p("Grade A+5% rose."), @"(none)");
}
