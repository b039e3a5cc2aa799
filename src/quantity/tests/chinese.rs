//! Chinese numerals, scales, counters, hedges and units, alone and inside
//! English sentences.

use super::*;
use insta::assert_snapshot;

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
    assert_snapshot!(p("晚上十点，线上百场直播，涉案金额达二万一旦发现立即处置"), @"二万 = 20000 CNY Exact");
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
fn chinese_per_mille_before_its_number() {
    // 千分之 is a tenth of a percent, as ‰ is; 千分 alone is no mark.
    assert_snapshot!(p("发案率降至千分之三，误报率千分之五点二，控制在千分之一至千分之二"), @r"
    千分之三 = 0.3 percent Exact
    千分之五点二 = 0.52 percent Exact
    千分之一至千分之二 = 0.1..0.2 percent Exact
    ");
    assert_snapshot!(p("考核实行千分制，千分考核"), @"(none)");
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
    // A bare digit before a far end of one digit and 百 or 千 shares
    // that scale; a near end of its own size keeps it.
    assert_snapshot!(p("每人获利两到三千元，涉及5至8百人，罚款2到3000元"), @"
    两到三千元 = 2000..3000 CNY Exact
    5至8百人 = 500..800 Exact (人)
    2到3000元 = 2..3000 CNY Exact
    ");
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
    // The traditional names: 幣, 門, 鎊, 韓, 噸, 頃, 點.
    assert_snapshot!(p("扣押港幣3萬元、人民幣5000元和新台幣12萬，沒收澳門幣800元、英鎊20，查獲走私凍肉2噸，破壞林地1.5公頃，上升3個百分點"), @"
    港幣3萬元 = 30000 HKD Exact
    人民幣5000元 = 5000 CNY Exact
    新台幣12萬 = 120000 TWD Exact
    澳門幣800元 = 800 MOP Exact
    英鎊20 = 20 GBP Exact
    2噸 = 2000 kg Exact
    1.5公頃 = 1.5 hectare Exact
    3個百分點 = 3 percent Exact
    ");
    // A traditional name before the amount is its currency too.
    assert_snapshot!(p("追回人民幣300萬元及港幣20萬元"), @"
    人民幣300萬元 = 3000000 CNY Exact
    港幣20萬元 = 200000 HKD Exact
    ");
}

#[test]
fn chinese_metric_names_with_gong() {
    // 公升 (litre), 公尺 (metre) and the traditional 公裏 (kilometre), as
    // 公斤 and 公里 are read.
    assert_snapshot!(p("查获走私柴油3000公升，嫌疑人逃跑500公尺，追出二公裏"), @"
    3000公升 = 3000 l Exact
    500公尺 = 500 m Exact
    二公裏 = 2 km Exact
    ");
}

#[test]
fn traditional_decimal_point() {
    // 點 is the traditional 点: a decimal point inside a numeral, and still
    // no decimal before a clock's 分.
    assert_snapshot!(p("查獲毒品三點五公斤、零點八公斤，比率上升百分之十二點五，下午三點五分"), @"
    三點五公斤 = 3.5 kg Exact
    零點八公斤 = 0.8 kg Exact
    百分之十二點五 = 12.5 percent Exact
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
    // 个 before 亿 is spoken Chinese for the scale, not a counter.
    assert_snapshot!(p("涉案金额两个亿，另有3个亿元，抓获一个人"), @"
    两个亿 = 200000000 CNY Exact
    3个亿元 = 300000000 CNY Exact
    一个 = 1 Exact (个)
    ");
    // The banker's 仟 and 佰 too.
    assert_snapshot!(p("罚款3仟元，追回6佰日元"), @"
    3仟元 = 3000 CNY Exact
    6佰日元 = 600 JPY Exact
    ");
}

#[test]
fn chinese_capital_and_traditional_numerals() {
    assert_snapshot!(p("退还赃款人民币壹万贰仟元，涉案金額逾三億元，查扣車輛兩輛"), @"
    人民币壹万贰仟元 = 12000 CNY Exact
    逾三億元 = 300000000 CNY MoreThan
    兩輛 = 2 Exact (輛)
    ");
    // The banker's ten opens a number before 万, 亿 or a banker's digit,
    // but 拾到 (picked up) is no ten.
    assert_snapshot!(p("退赔拾万零伍佰元，罚没拾贰万元，群众拾到钱包，拾起300元"), @"
    拾万零伍佰元 = 100500 CNY Exact
    拾贰万元 = 120000 CNY Exact
    300元 = 300 CNY Exact
    ");
    // 陆续 (one after another) is no six.
    assert_snapshot!(p("民警陆续抓获嫌疑人"), @"(none)");
    // 餘 and 幾 bound a number as 余 and 几 do, and 萬 or 億 after the bound
    // is still the number's scale.
    assert_snapshot!(p("騙取款項1200餘萬元，凍結十多萬元，繳獲現金萬餘元，涉及二十幾億元"), @"
    1200餘萬元 = 12000000 CNY MoreThan
    十多萬元 = 100000 CNY MoreThan
    萬餘元 = 10000 CNY MoreThan
    二十幾億元 = 2000000000 CNY MoreThan
    ");
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
    // A negated bound is the opposite bound: 不超过 is at most, not more than.
    assert_snapshot!(p("罚款不超过5000元，人数不多于30人，车速不大于60公里，面积不小于100平方米"), @"
    不超过5000元 = 5000 CNY AtMost
    不多于30人 = 30 AtMost (人)
    不大于60公里 = 60 km AtMost
    不小于100平方米 = 100 sq_m AtLeast
    ");
    // Comparatives, and the traditional forms.
    assert_snapshot!(p("大于10人，小于20人，大于等于3起，最少8人，多于50人"), @"
    大于10人 = 10 MoreThan (人)
    小于20人 = 20 LessThan (人)
    大于等于3起 = 3 AtLeast (起)
    最少8人 = 8 AtLeast (人)
    多于50人 = 50 MoreThan (人)
    ");
    // After a letter or digit too: Chinese sets no space before the bound.
    assert_snapshot!(p("x大于10且y不大于50，A区不超过5人"), @"
    大于10 = 10 MoreThan
    不大于50 = 50 AtMost
    不超过5人 = 5 AtMost (人)
    ");
    assert_snapshot!(p("超過3000人，將近2萬元，不少於10人，不超過3萬元，大約40人"), @"
    超過3000人 = 3000 MoreThan (人)
    將近2萬元 = 20000 CNY Nearly
    不少於10人 = 10 AtLeast (人)
    不超過3萬元 = 30000 CNY AtMost
    大約40人 = 40 About (人)
    ");
    // 近 ends 最近 (lately) and 附近 (nearby): no hedge there.
    assert_snapshot!(p("最近3起案件，附近2名群众"), @r"
    3起 = 3 Exact (起)
    2名 = 2 Exact (名)
    ");
}

#[test]
fn neighbouring_digits_make_a_range() {
    assert_snapshot!(p("抓获二三十人，约三四万元，近七八十名，五六十年代"), @"
    二三十人 = 20..30 Exact (人)
    约三四万元 = 30000..40000 CNY About
    近七八十名 = 70..80 Nearly (名)
    ");
}
