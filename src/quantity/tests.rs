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
fn pinyin_yi_before_money_only() {
    // 亿 left in pinyin is a scale before a currency word; `Yi` (an
    // ethnic group) and `yi` before anything else are not.
    assert_snapshot!(p("froze 3.2 yi yuan and returned 0.5 yi RMB"), @r"
    3.2 yi yuan = 320000000 CNY Exact
    0.5 yi RMB = 50000000 CNY Exact
    ");
    assert_snapshot!(p("arrested 12 Yi people, 3 Yi yuan"), @r"
    12 = 12 Exact (Yi people)
    3 = 3 Exact (Yi yuan)
    ");
    assert_snapshot!(p("visited 40 yi households"), @"40 = 40 Exact (yi households)");
}

#[test]
fn chinese_numerals_and_counters() {
    assert_snapshot!(p("共破获案件1.2万起，抓获3000余名"), @r"
    1.2万起 = 12000 Exact (起)
    3000余名 = 3000 MoreThan (名)
    ");
    assert_snapshot!(p("三千人 两万元 18.5万起"), @r"
    三千人 = 3000 Exact (人)
    两万元 = 20000 CNY Exact
    18.5万起 = 185000 Exact (起)
    ");
    // 上 ending a word, and 一 opening one, are no part of a number.
    assert_snapshot!(p("晚上十点，线上百场直播，涉案金额达二万一旦发现立即处置"), @"二万 = 20000 Exact");
    assert_snapshot!(p("涉案金额上千万元，一万三起"), @r"
    上千万元 = 10000000 CNY AtLeast
    一万三起 = 13000 Exact (起)
    ");
    // In mixed text the English noun after the counter is what it counts.
    assert_snapshot!(p("pushed 18.6万条 warning messages, arrested 1.2万名 suspects"), @r"
    18.6万条 = 186000 Exact (warning messages)
    1.2万名 = 12000 Exact (suspects)
    ");
    assert_snapshot!(p("统一行动"), @"(none)");
    // 万 or 亿 after the 余 bound scales the number before it; more
    // counters, and 人次 (person-times).
    assert_snapshot!(p("涉案金额3000余万元，缴获子弹1200余发，出动警力约300人次"), @r"
    3000余万元 = 30000000 CNY MoreThan
    1200余发 = 1200 MoreThan (发)
    约300人次 = 300 About (人次)
    ");
}

#[test]
fn chinese_percent_before_and_points_after() {
    // 百分之 stands before its number; 个百分点 (percentage points) after.
    assert_snapshot!(p("盗窃案件同比下降百分之十二，破案率提高百分之7.5"), @r"
    百分之十二 = 12 percent Exact
    百分之7.5 = 7.5 percent Exact
    ");
    assert_snapshot!(p("群众满意度达到百分之百，发案率下降三个百分点"), @r"
    百分之百 = 100 percent Exact
    三个百分点 = 3 percent Exact
    ");
    // A decimal part written with 点; not a clock time (三点五分).
    assert_snapshot!(p("破案率上升百分之十二点五，缴获毒品三点五公斤，下午三点五分"), @r"
    百分之十二点五 = 12.5 percent Exact
    三点五公斤 = 3.5 kg Exact
    ");
    // Chinese sets no space before a minus sign.
    assert_snapshot!(p("财产案件同比增长-5.2%"), @"-5.2% = -5.2 percent Exact");
    // 百分 alone is no mark: 百分百 is a phrase, not a number.
    assert_snapshot!(p("民警百分百投入工作"), @"(none)");
}

#[test]
fn chinese_bounds_and_ranges_after_the_number() {
    // 以上, 以下 and 左右 after the number, its unit or its counter.
    assert_snapshot!(p("涉案金额均在5万元以上，每次出动警力200人左右，罚款2000元以下"), @r"
    5万元以上 = 50000 CNY MoreThan
    200人左右 = 200 About (人)
    2000元以下 = 2000 CNY AtMost
    ");
    // 到 joins a range like 至; the far end may repeat 百分之.
    assert_snapshot!(p("每个团伙有3到5人，涉案金额10到20万元，占比百分之十五至百分之二十"), @r"
    3到5人 = 3..5 Exact (人)
    10到20万元 = 100000..200000 CNY Exact
    百分之十五至百分之二十 = 15..20 percent Exact
    ");
    assert_snapshot!(p("民警3人到场处置"), @"3人 = 3 Exact (人)");
}

#[test]
fn chinese_vague_counts() {
    // 数, 几 or 上 before a bare scale: at least that scale. 几 after a
    // number is a bound like 多.
    assert_snapshot!(p("出动警力数百人，涉案金额上千万元，抓获十几名嫌疑人，涉及二十几万人"), @r"
    数百人 = 100 AtLeast (人)
    上千万元 = 10000000 CNY AtLeast
    十几名 = 10 MoreThan (名)
    二十几万人 = 200000 MoreThan (人)
    ");
    // 数十年 is a span of time; 上午 and 数量 are words.
    assert_snapshot!(p("数十年来，上午清点数量"), @"(none)");
    // 亿 too: `上亿元`, `数亿`.
    assert_snapshot!(p("涉案金额上亿元，波及数亿人"), @"
    上亿元 = 100000000 CNY AtLeast
    数亿人 = 100000000 AtLeast (人)
    ");
}

#[test]
fn chinese_units_and_currencies_after_the_number() {
    assert_snapshot!(p("查获冰毒20毫克，追缴赃款500英镑和3万新台币，巡逻12千米"), @r"
    20毫克 = 0.00002 kg Exact
    500英镑 = 500 GBP Exact
    3万新台币 = 30000 TWD Exact
    12千米 = 12 km Exact
    ");
}

#[test]
fn chinese_tenths_halves_and_zero_point() {
    // 成 after a number is tenths (percent); 半 after a unit is a half more.
    assert_snapshot!(p("盗窃案件下降三成，诈骗案件下降近两成半，缴获毒品一吨半、零点五公斤"), @r"
    三成 = 30 percent Exact
    近两成半 = 25 percent Nearly
    一吨半 = 1500 kg Exact
    零点五公斤 = 0.5 kg Exact
    ");
    // 成员, 成年, 一成不变: 成 starts a word; 半年 is a duration word.
    assert_snapshot!(p("抓获团伙3成员，2年半年内"), @"3 = 3 Exact");
    assert_snapshot!(p("八成新手机"), @"(none)");
}

#[test]
fn bare_chinese_numerals_ordinals_and_words() {
    // A numeral with 百 or 千, or a decimal part, counts without a counter;
    // a small one alone (二十大, 十三五) does not.
    assert_snapshot!(p("受理群众求助一千二百，学习二十大精神"), @"一千二百 = 1200 Exact");
    // 第 makes an ordinal; 统一 and 万一 end in 一.
    assert_snapshot!(p("抓获第3名嫌疑人，统一部署，万一发生险情"), @"(none)");
    // More counters: 份 (copies), 宗 (cases), 项, 场, 批, 根, 副.
    assert_snapshot!(p("发放资料三千份，破获案件12宗"), @r"
    三千份 = 3000 Exact (份)
    12宗 = 12 Exact (宗)
    ");
}

#[test]
fn chinese_last_digit_after_a_scale() {
    // A last digit right after 百, 千, 万 or 亿 stands for the next scale
    // down; after 零 it is itself.
    // Digits take 千 and 百 as scales, but not the 千 of 千米 or 千克.
    assert_snapshot!(p("排查3千人，涉案1万2千元，追踪5千米，查获2千克"), @r"
    3千人 = 3000 Exact (人)
    1万2千元 = 12000 CNY Exact
    5千米 = 5 km Exact
    2千克 = 2 kg Exact
    ");
    assert_snapshot!(p("抓获两千三百五人，出动一万二名民警，检查车辆三百零五辆"), @r"
    两千三百五人 = 2350 Exact (人)
    一万二名 = 12000 Exact (名)
    三百零五辆 = 305 Exact (辆)
    ");
}

#[test]
fn chinese_capital_and_traditional_numerals() {
    assert_snapshot!(p("退还赃款人民币壹万贰仟元，涉案金額逾三億元，查扣車輛兩輛"), @"
    人民币壹万贰仟元 = 12000 CNY Exact
    逾三億元 = 300000000 CNY MoreThan
    兩輛 = 2 Exact (輛)
    ");
    // 陆续 (one after another) is no six.
    assert_snapshot!(p("民警陆续抓获嫌疑人"), @"(none)");
}

#[test]
fn fractions_in_words() {
    // A number word before a denominator is a fraction, not the count it
    // would be alone (`two thirds` was 2).
    assert_snapshot!(p("two thirds of the victims were elderly, three fifths of the calls were scams"), @r"
    two thirds = 0.666666666666667 Exact (victims)
    three fifths = 0.6 Exact (calls)
    ");
    // `quarters` of a year are periods, not fourths.
    assert_snapshot!(p("in the first three quarters"), @"three = 3 Exact (quarters)");
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
fn dollars_and_cents() {
    // The cents after a dollar amount are part of it, not a count of 50.
    // A spaced country prefix, as `HK $` already was.
    assert_snapshot!(p("fined C $ 2,500"), @"C $ 2,500 = 2500 CAD Exact");
    assert_snapshot!(p("he took 3 dollars 50 cents and twelve dollars and five cents"), @r"
    3 dollars 50 cents = 3.5 USD Exact
    twelve dollars and five cents = 12.05 USD Exact
    ");
}

#[test]
fn an_article_before_a_mass() {
    assert_snapshot!(p("seized nearly a ton of cocaine and half a kilogram of heroin"), @r"
    nearly a ton = 1000 kg Nearly (cocaine)
    half a kilogram = 0.5 kg Exact (heroin)
    ");
    assert_snapshot!(p("robbed a dollar store and read a meter"), @"(none)");
}

#[test]
fn a_quarter_of_a_scale() {
    assert_snapshot!(p("a quarter of a million yuan, half a million yuan"), @"
    a quarter of a million yuan = 250000 CNY Exact
    half a million yuan = 500000 CNY Exact
    ");
    assert_snapshot!(p("a quarter of the cases"), @"(none)");
    assert_snapshot!(p("three quarters of a million yuan, three-quarters of a ton, a quarter of a tonne"), @"
    three quarters of a million yuan = 750000 CNY Exact
    three-quarters of a ton = 750 kg Exact
    a quarter of a tonne = 250 kg Exact
    ");
    assert_snapshot!(p("in the first three quarters of a year, a quarter of an hour"), @"three = 3 Exact (quarters)");
}

#[test]
fn bare_chinese_scales_with_a_hedge() {
    assert_snapshot!(p("万余元，千余人，近万名，近百名，千万余元"), @r"
    万余元 = 10000 CNY MoreThan
    千余人 = 1000 MoreThan (人)
    近万名 = 10000 Nearly (名)
    近百名 = 100 Nearly (名)
    千万余元 = 10000000 CNY MoreThan
    ");
    assert_snapshot!(p("涉案资金逾亿元，冻结近亿元，亿余元"), @r"
    逾亿元 = 100000000 CNY MoreThan
    近亿元 = 100000000 CNY Nearly
    亿余元 = 100000000 CNY MoreThan
    ");
    // Alone, a scale is part of a word: 百度, 千万不要 (by no means), 万达.
    assert_snapshot!(p("百度，千万不要转账，万达广场，亿万富翁"), @"(none)");
}

#[test]
fn chinese_hedges_before_a_number() {
    assert_snapshot!(p("近3万名民警，逾3000人，超500起，至少12人，不足5%"), @r"
    近3万名 = 30000 Nearly (名)
    逾3000人 = 3000 MoreThan (人)
    超500起 = 500 MoreThan (起)
    至少12人 = 12 AtLeast (人)
    不足5% = 5 percent LessThan
    ");
    // 近 ends 最近 (lately) and 附近 (nearby): no hedge there.
    assert_snapshot!(p("最近3起案件，附近2名群众"), @r"
    3起 = 3 Exact (起)
    2名 = 2 Exact (名)
    ");
}

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
}

#[test]
fn currencies() {
    assert_snapshot!(p("RMB7.1 billion, US$2.81 million, USD19.2 million, $1.58 billion dollars, 2-billion-USD"), @r"
    RMB7.1 billion = 7100000000 CNY Exact
    US$2.81 million = 2810000 USD Exact
    USD19.2 million = 19200000 USD Exact
    $1.58 billion dollars = 1580000000 USD Exact
    2-billion-USD = 2000000000 USD Exact
    ");
    assert_snapshot!(p("¥500, 300元, 447,000 U.S. dollars, 20 HKD, 5 euros"), @r"
    ¥500 = 500 CNY Exact
    300元 = 300 CNY Exact
    447,000 U.S. dollars = 447000 USD Exact
    20 HKD = 20 HKD Exact
    5 euros = 5 EUR Exact
    ");
    assert_snapshot!(p("20 million yuan (US$2.81 million)"), @r"
    20 million yuan = 20000000 CNY Exact
    US$2.81 million = 2810000 USD Exact
    ");
}

#[test]
fn percent_and_measures() {
    assert_snapshot!(p("a 20 cm knife, 3 mm wire, 15 centimetres, 300 sqm, 40 sq metres, 5 square km, 3 cu m"), @"
    20 cm = 0.2 m Exact (knife)
    3 mm = 0.003 m Exact (wire)
    15 centimetres = 0.15 m Exact
    300 sqm = 300 sq_m Exact
    40 sq metres = 40 sq_m Exact
    5 square km = 5 sq_km Exact
    3 cu m = 3 cubic_m Exact
    ");
    assert_snapshot!(p("30.2%, 31.5 per cent, 40 percent, 5％"), @r"
    30.2% = 30.2 percent Exact
    31.5 per cent = 31.5 percent Exact
    40 percent = 40 percent Exact
    5％ = 5 percent Exact
    ");
    assert_snapshot!(p("1.5 tons, 2 tonnes, 300 grams, 10 jin, 4 catties, 48 kg, 2吨"), @r"
    1.5 tons = 1500 kg Exact
    2 tonnes = 2000 kg Exact
    300 grams = 0.3 kg Exact
    10 jin = 5 kg Exact
    4 catties = 2 kg Exact
    48 kg = 48 kg Exact
    2吨 = 2000 kg Exact
    ");
    assert_snapshot!(p("120 mu of land, 3 hectares, 500 meters, 12 km, 40 liters, 20 cubic meters, 80 square meters"), @r"
    120 mu = 120 mu Exact (land)
    3 hectares = 3 hectare Exact
    500 meters = 500 m Exact
    12 km = 12 km Exact
    40 liters = 40 l Exact
    20 cubic meters = 20 cubic_m Exact
    80 square meters = 80 sq_m Exact
    ");
    assert_snapshot!(p("rose 32.7 and 42.9 percent"), @r"
    32.7 = 32.7 percent Exact
    42.9 percent = 42.9 percent Exact
    ");
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
}

#[test]
fn dates_and_times_are_not_figures() {
    assert_snapshot!(p("On July 2, Sept. 30 and Oct 10; 2024-08-14 08:37:33; 2017/8/14"), @"(none)");
    assert_snapshot!(p("from March 3rd this year to 9, from October 21st to 28"), @"(none)");
    assert_snapshot!(p("at 11:40 p.m., around 1 am, at 20 o'clock, 4th Nov, 15 January 2021"), @"(none)");
    assert_snapshot!(p("2021年5期 2019年09月04日"), @"(none)");
    assert_snapshot!(p("briefed on the 14, then"), @"(none)");
    // Days written first, in a span before the month.
    assert_snapshot!(p("from 3 to 17 August, between 8 and 9 July"), @"(none)");
    // A number after a date's `and` that counts something is no day.
    assert_snapshot!(p("held 4 on 9 March and 3 more on March 11, and on May 2 and 5 suspects"), @r"
    4 = 4 Exact
    3 = 3 Exact
    5 = 5 Exact (suspects)
    ");
}

#[test]
fn years_are_not_figures() {
    assert_snapshot!(p("in 2020, since 2018, from 2013 to 2022, the 1990s, Tang Dynasty (618-907), 1046 BC"), @"(none)");
    assert_snapshot!(p("from 246 in 2017 to 98,000 in 2021"), @r"
    246 = 246 Exact
    98,000 = 98000 Exact
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
fn signs_keep_their_sign() {
    assert_snapshot!(p("profits fell -3.2% last year"), @r#"-3.2% = -3.2 percent Exact"#);
    assert_snapshot!(p("minus five percent"), @r#"minus five percent = -5 percent Exact"#);
    assert_snapshot!(p("a balance of -1,200 yuan"), @r#"-1,200 yuan = -1200 CNY Exact"#);
    assert_snapshot!(p("COVID-19 and 2023-2024"), @r#"(none)"#);
    assert_snapshot!(p("- 5 cases"), @r#"5 = 5 Exact (cases)"#);
}

#[test]
fn fractions_without_leading_zero() {
    assert_snapshot!(p("a rate of .08 percent"), @r#".08 percent = 0.08 percent Exact"#);
    assert_snapshot!(p("results.2,937 tons"), @r#"2,937 tons = 2937000 kg Exact"#);
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
fn bound_words() {
    assert_snapshot!(p("losses exceed 3,000 yuan"), @r#"exceed 3,000 yuan = 3000 CNY MoreThan"#);
    assert_snapshot!(p("greater than 4,565 accounts"), @r#"greater than 4,565 = 4565 MoreThan (accounts)"#);
    assert_snapshot!(p("500 or more people"), @r#"500 or more = 500 MoreThan (people)"#);
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
    // A scale after the bound scales the number (`3000余万元` in English).
    assert_snapshot!(p("recovered 70-odd million yuan from 30-plus thousand victims"), @r"
    70-odd million yuan = 70000000 CNY MoreThan
    30-plus thousand = 30000 MoreThan (victims)
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
    assert_snapshot!(p("from 10 to 20 dollars"), @r#"10 to 20 dollars = 10..20 USD Exact"#);
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
fn billions_of_is_a_vague_count() {
    assert_snapshot!(p("billions of yuan, Billions of people"), @r"
    billions of yuan = 1000000000 CNY AtLeast
    Billions of = 1000000000 AtLeast (people)
    ");
}

#[test]
fn money_suffixes() {
    assert_snapshot!(p("HK$48m in cash"), @r#"HK$48m = 48000000 HKD Exact"#);
    assert_snapshot!(p("$3.5bn"), @r#"$3.5bn = 3500000000 USD Exact"#);
    assert_snapshot!(p("5mn yuan"), @r#"5mn yuan = 5000000 CNY Exact"#);
    assert_snapshot!(p("RMB 2 bln"), @r#"RMB 2 bln = 2000000000 CNY Exact"#);
    assert_snapshot!(p("$12k"), @r#"$12k = 12000 USD Exact"#);
    assert_snapshot!(p("RM 283K"), @r#"RM 283K = 283000 MYR Exact"#);
    assert_snapshot!(p("a 12k run"), @r#"(none)"#);
}

#[test]
fn glued_units() {
    assert_snapshot!(p("5kg of heroin"), @r#"5kg = 5 kg Exact (heroin)"#);
    assert_snapshot!(p("100t of sand"), @r#"100t = 100000 kg Exact (sand)"#);
    assert_snapshot!(p("a 1.8m-long knife"), @r#"1.8m = 1.8 m Exact (knife)"#);
    assert_snapshot!(p("20L of diesel"), @r#"20L = 20 l Exact (diesel)"#);
    assert_snapshot!(p("120 μg of fentanyl"), @r#"120 μg = 0.00000012 kg Exact (fentanyl)"#);
    assert_snapshot!(p("278,000 t of coal"), @r#"278,000 t = 278000000 kg Exact (coal)"#);
    assert_snapshot!(p("1 m deep and 12 m wide"), @r#"
    1 m = 1 m Exact (deep)
    12 m = 12 m Exact (wide)
    "#);
    assert_snapshot!(p("1.8m"), @r#"1.8m = 1.8 m Exact"#);
    assert_snapshot!(p("5 t-shirts"), @r#"5 = 5 Exact (t-shirts)"#);
}

#[test]
fn area_and_speed() {
    assert_snapshot!(p("190 km2 of forest and 4 km squared"), @r#"
    190 km2 = 190 sq_km Exact (forest)
    4 km squared = 4 sq_km Exact
    "#);
    assert_snapshot!(p("3 km² and 250 m² and 40 m³"), @r#"
    3 km² = 3 sq_km Exact
    250 m² = 250 sq_m Exact
    40 m³ = 40 cubic_m Exact
    "#);
    assert_snapshot!(p("120 km/h"), @r#"120 km/h = 120 km_per_h Exact"#);
}

#[test]
fn currencies_of_every_country() {
    assert_snapshot!(p("C$16.4 million, A$15, NZ$15 and Mex$10 million"), @r#"
    C$16.4 million = 16400000 CAD Exact
    A$15 = 15 AUD Exact
    NZ$15 = 15 NZD Exact
    Mex$10 million = 10000000 MXN Exact
    "#);
    assert_snapshot!(p("S$163 million and 170,500 Taiwan dollars"), @r#"
    S$163 million = 163000000 SGD Exact
    170,500 Taiwan dollars = 170500 TWD Exact
    "#);
    assert_snapshot!(p("100 Chinese yuan, 10 US dollar, 20€ and 361 million pounds"), @r#"
    100 Chinese yuan = 100 CNY Exact
    10 US dollar = 10 USD Exact
    20€ = 20 EUR Exact
    361 million pounds = 361000000 GBP Exact
    "#);
    assert_snapshot!(p("RM42 and CAD3.03"), @r#"
    RM42 = 42 MYR Exact
    CAD3.03 = 3.03 CAD Exact
    "#);
    assert_snapshot!(p("5,000 USDT and 2 bitcoins"), @r#"
    5,000 USDT = 5000 USDT Exact
    2 bitcoins = 2 BTC Exact
    "#);
    assert_snapshot!(p("3 million won, 500 baht, 20,000 kyats, 900 rupees"), @r#"
    3 million won = 3000000 KRW Exact
    500 baht = 500 THB Exact
    20,000 kyats = 20000 MMK Exact
    900 rupees = 900 INR Exact
    "#);
    // Macao's pataca, named or by its sign.
    assert_snapshot!(p("MOP$18,000 and 2.5 million Macao patacas"), @r#"
    MOP$18,000 = 18000 MOP Exact
    2.5 million Macao patacas = 2500000 MOP Exact
    "#);
    // Its code, and the riel and the kyat with their country.
    assert_snapshot!(p("3,000 MOP, MOP 500, 40,000 Cambodian riels and 90,000 Myanmar kyat"), @"
    3,000 MOP = 3000 MOP Exact
    MOP 500 = 500 MOP Exact
    40,000 Cambodian riels = 40000 KHR Exact
    90,000 Myanmar kyat = 90000 MMK Exact
    ");
    assert_snapshot!(p("Z$5 notes"), @"(none)");
    assert_snapshot!(p("50 pounds of cocaine"), @r#"50 pounds = 22.6796185 kg Exact (cocaine)"#);
    assert_snapshot!(p("fined 500 pounds"), @r#"500 pounds = 500 GBP Exact"#);
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
    // Still names: a singular noun, or none.
    assert_snapshot!(p("the Tiangong 2 station"), @"(none)");
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
fn battery(inputs: &[&str]) -> String {
    inputs
        .iter()
        .map(|t| format!("{t:?} => {}", p(t).replace('\n', " | ")))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn common_quantity_forms() {
    let inputs = [
        "1,234,567 people",
        "1.5 million people",
        "one million people",
        "twenty-one people",
        "one hundred twenty three people",
        "10%",
        "10 percent",
        "ten percent",
        "10 per cent",
        "10 pct",
        "+5% growth",
        "up +12.5 percent",
        "$5",
        "$5.00",
        "5 dollars",
        "5 USD",
        "USD 5",
        "US$5",
        "€5",
        "5 euros",
        "£5",
        "¥5",
        "5 yen",
        "HK$5",
        "5 Hong Kong dollars",
        "USD$5",
        "Rs 500",
        "Rs. 500",
        "5 kg",
        "5 kilograms",
        "5 kilos",
        "5 tonnes",
        "5 tons",
        "5 grams",
        "5 g",
        "5 lbs",
        "5 km",
        "5 kilometers",
        "5 meters",
        "5 m",
        "5 litres",
        "5 L",
        "500 ml of",
        "5 square meters",
        "5 sq m",
        "5 hectares",
        "at least 5 people",
        "up to 10 people",
        "more than 100 people",
        "over 1,000 people",
        "nearly 200 people",
        "about 30 people",
        "5-10 people",
        "5 to 10 people",
        "5~10 people",
        "between 5 and 10 people",
        "5–10 kg",
        "half a million yuan",
        "half a dozen eggs",
        "one and a half million yuan",
        "3 and a half tons",
        "5m yuan",
        "a 100,000-yuan fine",
        "$1.2-million",
        "a 5 million-dollar deal",
        "7-Eleven stores",
        "Route 66 is",
        "Windows 10 and",
        "5 lakh rupees",
        "2 crore",
        "10,000 police officers",
        "1 billion 200 million yuan",
        "two thousand and twenty people",
        "more than 1,000 and less than 2,000",
        "some 2,000",
        "around 3,000",
        "approximately 4,000",
        "roughly 50",
        "almost 80",
        "close to 90",
        "fewer than 10",
        "less than 5",
        "under 20",
        "below 30",
        "above 40",
        "in excess of 50",
        "RMB 300,000 (US$42,000)",
        "300,000 yuan (about $42,000)",
        "-5 to 10",
        "temperatures of minus 10",
        "a 10-15% rise",
        "10 to 15 percent",
        "10%-15%",
        "from 10% to 15%",
        "2.5 million-strong",
        "3,000 odd",
        "3000-plus",
        "1 in 5",
        "nine out of 10 cases",
    ];
    assert_snapshot!(battery(&inputs), @r#"
    "1,234,567 people" => 1,234,567 = 1234567 Exact (people)
    "1.5 million people" => 1.5 million = 1500000 Exact (people)
    "one million people" => one million = 1000000 Exact (people)
    "twenty-one people" => twenty-one = 21 Exact (people)
    "one hundred twenty three people" => one hundred twenty three = 123 Exact (people)
    "10%" => 10% = 10 percent Exact
    "10 percent" => 10 percent = 10 percent Exact
    "ten percent" => ten percent = 10 percent Exact
    "10 per cent" => 10 per cent = 10 percent Exact
    "10 pct" => 10 pct = 10 percent Exact
    "+5% growth" => 5% = 5 percent Exact
    "up +12.5 percent" => 12.5 percent = 12.5 percent Exact
    "$5" => $5 = 5 USD Exact
    "$5.00" => $5.00 = 5 USD Exact
    "5 dollars" => 5 dollars = 5 USD Exact
    "5 USD" => 5 USD = 5 USD Exact
    "USD 5" => USD 5 = 5 USD Exact
    "US$5" => US$5 = 5 USD Exact
    "€5" => €5 = 5 EUR Exact
    "5 euros" => 5 euros = 5 EUR Exact
    "£5" => £5 = 5 GBP Exact
    "¥5" => ¥5 = 5 CNY Exact
    "5 yen" => 5 yen = 5 JPY Exact
    "HK$5" => HK$5 = 5 HKD Exact
    "5 Hong Kong dollars" => 5 Hong Kong dollars = 5 HKD Exact
    "USD$5" => USD$5 = 5 USD Exact
    "Rs 500" => Rs 500 = 500 INR Exact
    "Rs. 500" => Rs. 500 = 500 INR Exact
    "5 kg" => 5 kg = 5 kg Exact
    "5 kilograms" => 5 kilograms = 5 kg Exact
    "5 kilos" => 5 kilos = 5 kg Exact
    "5 tonnes" => 5 tonnes = 5000 kg Exact
    "5 tons" => 5 tons = 5000 kg Exact
    "5 grams" => 5 grams = 0.005 kg Exact
    "5 g" => 5 g = 0.005 kg Exact
    "5 lbs" => 5 lbs = 2.26796185 kg Exact
    "5 km" => 5 km = 5 km Exact
    "5 kilometers" => 5 kilometers = 5 km Exact
    "5 meters" => 5 meters = 5 m Exact
    "5 m" => 5 m = 5 m Exact
    "5 litres" => 5 litres = 5 l Exact
    "5 L" => 5 L = 5 l Exact
    "500 ml of" => 500 ml = 0.5 l Exact
    "5 square meters" => 5 square meters = 5 sq_m Exact
    "5 sq m" => 5 sq m = 5 sq_m Exact
    "5 hectares" => 5 hectares = 5 hectare Exact
    "at least 5 people" => at least 5 = 5 AtLeast (people)
    "up to 10 people" => up to 10 = 10 AtMost (people)
    "more than 100 people" => more than 100 = 100 MoreThan (people)
    "over 1,000 people" => over 1,000 = 1000 MoreThan (people)
    "nearly 200 people" => nearly 200 = 200 Nearly (people)
    "about 30 people" => about 30 = 30 About (people)
    "5-10 people" => 5-10 = 5..10 Exact (people)
    "5 to 10 people" => 5 to 10 = 5..10 Exact (people)
    "5~10 people" => 5~10 = 5..10 Exact (people)
    "between 5 and 10 people" => between 5 and 10 = 5..10 Exact (people)
    "5–10 kg" => 5–10 kg = 5..10 kg Exact
    "half a million yuan" => half a million yuan = 500000 CNY Exact
    "half a dozen eggs" => half a dozen = 6 Exact (eggs)
    "one and a half million yuan" => one and a half million yuan = 1500000 CNY Exact
    "3 and a half tons" => 3 and a half tons = 3500 kg Exact
    "5m yuan" => 5m yuan = 5000000 CNY Exact
    "a 100,000-yuan fine" => 100,000-yuan = 100000 CNY Exact
    "$1.2-million" => $1.2-million = 1200000 USD Exact
    "a 5 million-dollar deal" => 5 million-dollar = 5000000 USD Exact
    "7-Eleven stores" => (none)
    "Route 66 is" => (none)
    "Windows 10 and" => (none)
    "5 lakh rupees" => 5 lakh rupees = 500000 INR Exact
    "2 crore" => 2 crore = 20000000 Exact
    "10,000 police officers" => 10,000 = 10000 Exact (police officers)
    "1 billion 200 million yuan" => 1 billion 200 million yuan = 1200000000 CNY Exact
    "two thousand and twenty people" => two thousand and twenty = 2020 Exact (people)
    "more than 1,000 and less than 2,000" => more than 1,000 = 1000 MoreThan | less than 2,000 = 2000 LessThan
    "some 2,000" => some 2,000 = 2000 About
    "around 3,000" => around 3,000 = 3000 About
    "approximately 4,000" => approximately 4,000 = 4000 About
    "roughly 50" => roughly 50 = 50 About
    "almost 80" => almost 80 = 80 Nearly
    "close to 90" => close to 90 = 90 Nearly
    "fewer than 10" => fewer than 10 = 10 LessThan
    "less than 5" => less than 5 = 5 LessThan
    "under 20" => under 20 = 20 LessThan
    "below 30" => below 30 = 30 LessThan
    "above 40" => above 40 = 40 MoreThan
    "in excess of 50" => in excess of 50 = 50 MoreThan
    "RMB 300,000 (US$42,000)" => RMB 300,000 = 300000 CNY Exact | US$42,000 = 42000 USD Exact
    "300,000 yuan (about $42,000)" => 300,000 yuan = 300000 CNY Exact | about $42,000 = 42000 USD About
    "-5 to 10" => -5 to 10 = -5..10 Exact
    "temperatures of minus 10" => minus 10 = -10 Exact
    "a 10-15% rise" => 10-15% = 10..15 percent Exact
    "10 to 15 percent" => 10 to 15 percent = 10..15 percent Exact
    "10%-15%" => 10%-15% = 10..15 percent Exact
    "from 10% to 15%" => 10% to 15% = 10..15 percent Exact
    "2.5 million-strong" => 2.5 million-strong = 2500000 Exact
    "3,000 odd" => 3,000 odd = 3000 MoreThan
    "3000-plus" => 3000-plus = 3000 MoreThan
    "1 in 5" => 1 = 1 Exact | 5 = 5 Exact
    "nine out of 10 cases" => nine = 9 Exact (out) | 10 = 10 Exact (cases)
    "#);
}

#[test]
fn a_range_shares_the_scale_of_its_high_end() {
    assert_snapshot!(p("losses of 10-20 million yuan"), @"10-20 million yuan = 10000000..20000000 CNY Exact");
    assert_snapshot!(p("3 to 5 million people"), @"3 to 5 million = 3000000..5000000 Exact (people)");
    assert_snapshot!(p("between 2 and 3 billion yuan"), @"between 2 and 3 billion yuan = 2000000000..3000000000 CNY Exact");
    assert_snapshot!(p("1.2-1.5 million"), @"1.2-1.5 million = 1200000..1500000 Exact");
    assert_snapshot!(p("涉案3至5万元"), @"3至5万元 = 30000..50000 CNY Exact");
    // A low end that would pass the high end keeps its own size.
    assert_snapshot!(p("from 1,000 to 2 million"), @"1,000 to 2 million = 1000..2000000 Exact");
    // `hundred` is shared like a scale word, but only by a lone number.
    assert_snapshot!(p("two to three hundred cars"), @"two to three hundred = 200..300 Exact (cars)");
    assert_snapshot!(p("fifty to one hundred cars"), @"fifty to one hundred = 50..100 Exact (cars)");
    assert_snapshot!(p("2 to 300 cars"), @"2 to 300 = 2..300 Exact (cars)");
}

#[test]
fn one_after_a_count_word_is_a_count() {
    assert_snapshot!(p("deaths fell to one."), @"one = 1 Exact");
    assert_snapshot!(p("whenever they find one, they act"), @"(none)");
}

#[test]
fn clock_hours_in_translated_prose() {
    assert_snapshot!(p("checks ran from 8 points to 11 points at the crossing"), @"(none)");
    assert_snapshot!(p("12 points were deducted"), @"12 = 12 Exact (points)");
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
fn money_suffix_after_a_space() {
    assert_snapshot!(p("a fine of $5 m"), @"$5 m = 5000000 USD Exact");
    assert_snapshot!(p("HK$48 m in cash"), @"HK$48 m = 48000000 HKD Exact");
    // A measure never overrides the currency before the number.
    assert_snapshot!(p("US$3 kg"), @"US$3 = 3 USD Exact");
    // Before a currency word the letter is a scale, not metres.
    assert_snapshot!(p("losses of 3.5 m yuan and a 3 m wall"), @"
    3.5 m yuan = 3500000 CNY Exact
    3 m = 3 m Exact (wall)
    ");
}

#[test]
fn pesos_take_the_bulletin_country() {
    assert_snapshot!(p("Manila police seized 50,000 pesos in cash"), @"50,000 pesos = 50000 PHP Exact");
    assert_snapshot!(p("Police in Mexico City seized 50,000 pesos"), @"50,000 pesos = 50000 MXN Exact");
    assert_snapshot!(p("police seized 50,000 pesos"), @"50,000 = 50000 Exact (pesos)");
    assert_snapshot!(p("fines of 900 Philippine pesos"), @"900 Philippine pesos = 900 PHP Exact");
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
    ];
    assert_snapshot!(battery(&inputs), @r#"
    "one of the suspects fled" => (none)
    "No one was hurt" => (none)
    "a one-stop service" => (none)
    "the first one" => (none)
    "one by one" => (none)
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
    "#);
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
fn a_money_range_scaled_by_letters_at_both_ends() {
    assert_snapshot!(p("Mules were paid $10k-$20k; bail was HK$3m-HK$5m; they moved between $1m and $2m."), @"
    $10k-$20k = 10000..20000 USD Exact
    HK$3m-HK$5m = 3000000..5000000 HKD Exact
    between $1m and $2m = 1000000..2000000 USD Exact
    ");
}

#[test]
fn at_least_with_its_verb_of_having() {
    assert_snapshot!(p("至少有30名嫌疑人被抓获。"), @"至少有30名 = 30 AtLeast (名)");
}
