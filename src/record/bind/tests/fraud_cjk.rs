//! Fraud records of lines written in Chinese.

use super::r;

#[test]
fn chinese_fraud_counts_are_fraud_fields() {
    insta::assert_snapshot!(r("打击电信网络诈骗犯罪，破获案件1.2万起，抓获犯罪嫌疑人3000余名，打掉犯罪团伙45个。"), @r"
    fraud cases_solved 12000
    fraud gangs_busted 45
    fraud suspects_arrested 3000
    ");
    insta::assert_snapshot!(r("今年破获电诈案件860起，捣毁窝点32个。"), @r"
    fraud cases_solved 860
    fraud dens_destroyed 32
    ");
    // The verb may stand a long noun phrase before the number.
    insta::assert_snapshot!(r("抓获涉嫌电信网络诈骗犯罪嫌疑人560名。"), @"fraud suspects_arrested 560");
    // Another crime in the line: a tally, as in English.
    insta::assert_snapshot!(r("破获盗窃案件90起，抓获犯罪嫌疑人80名。"), @r"
    tally CasesSolved 90 (案件)
    tally Arrests 80 (嫌疑人)
    ");
    insta::assert_snapshot!(r("打击盗窃和诈骗犯罪，抓获犯罪嫌疑人120名。"), @"tally Arrests 120 (嫌疑人)");
}

#[test]
fn chinese_fraud_money_by_its_verb() {
    insta::assert_snapshot!(r("打击电信网络诈骗，返还被骗资金2.3亿元，冻结涉案资金5600万元。"), @r"
    fraud funds_frozen 56000000
    fraud funds_returned 230000000
    ");
    insta::assert_snapshot!(r("反诈中心止付涉诈资金800万元，避免群众损失1.5亿元。"), @r"
    fraud funds_frozen 8000000
    fraud losses_avoided 150000000
    ");
    insta::assert_snapshot!(r("侦破网络诈骗案件，为群众挽回损失3500万元。"), @"fraud funds_recovered 35000000");
    // Out of fraud context no fraud field: the money taken is a seizure.
    insta::assert_snapshot!(r("破获盗窃案件，追回赃款50万元。"), @"seizure Cash Recovered 赃款 v=50万元");
}

#[test]
fn chinese_anti_fraud_work() {
    insta::assert_snapshot!(r("反诈中心劝阻群众3.5万人，发布预警信息12万条。"), @r"
    fraud people_dissuaded 35000
    fraud warnings_issued 120000
    ");
    insta::assert_snapshot!(r("下发电信诈骗预警指令2.6万条，走访群众4000户。"), @r"
    fraud door_to_door_visits 4000
    fraud warnings_issued 26000
    ");
    // Cases reported and cases that occurred are filed; 破案 solves.
    insta::assert_snapshot!(r("一季度共接报电信网络诈骗案件2140起，破案960起。"), @"
    fraud cases_filed 2140
    fraud cases_solved 960
    ");
    insta::assert_snapshot!(r("上月全区发生网络诈骗案件315起。"), @"fraud cases_filed 315");
    // The one who acts is no topic: officers arrested the people counted.
    insta::assert_snapshot!(r("民警抓获45人。"), @"tally Arrests 45 (人)");
    // Topic first: the noun before the verb that ends the run.
    insta::assert_snapshot!(r("反诈中心预警推送8.4万条，群众劝阻1.6万人。"), @"
    fraud people_dissuaded 16000
    fraud warnings_issued 84000
    ");
    insta::assert_snapshot!(r("本月盗窃案件破获120起。"), @"tally CasesSolved 120 (案件)");
}

#[test]
fn a_chinese_total_before_its_fraud_part_is_mixed() {
    // The part takes the total's verb.
    insta::assert_snapshot!(r("全年共破获刑事案件1.8万起，其中电信网络诈骗案件3200起。"), @r"
    tally CasesSolved 18000 (案件)
    fraud cases_solved 3200
    ");
}

#[test]
fn a_chinese_measure_word_names_what_it_counts() {
    // 起 counts cases, 名 people, 辆 vehicles, when no noun is written.
    insta::assert_snapshot!(r("今年以来全县累计发案1250起，同比下降30.1%。"), @r"
    tally CasesFiled 1250 (起)
    trend Decrease 30.1 Some(YearOnYear)
    ");
    insta::assert_snapshot!(r("打击电信网络诈骗，立案860起，破获620起，逮捕95名。"), @r"
    fraud cases_filed 860
    fraud cases_solved 620
    fraud suspects_arrested 95
    ");
    insta::assert_snapshot!(r("查扣12辆。"), @"seizure Vehicles Seized 辆 q=12辆");
    // A measure word of no known noun names nothing.
    insta::assert_snapshot!(r("破获32个。"), @"");
}

#[test]
fn quotes_stand_inside_a_chinese_run() {
    // The verb before the quoted words still binds the noun after them.
    insta::assert_snapshot!(r("打击治理电信网络诈骗，共抓获“两卡”犯罪嫌疑人326名。"), @"fraud suspects_arrested 326");
    insta::assert_snapshot!(r("开展“断卡”宣传活动45场。"), @"tally Publicity 45 (宣传活动)");
}

#[test]
fn stop_payment_is_telecom_fraud_work() {
    // 止付 (a stop payment) is only done against telecom fraud.
    insta::assert_snapshot!(r("紧急止付涉案资金2400万元，劝阻受骗群众1.1万余人次。"), @r"
    fraud funds_frozen 24000000
    fraud people_dissuaded 11000
    ");
    insta::assert_snapshot!(r("开展反诈宣传，封堵涉诈网站3100个，为群众挽损860万元。"), @"fraud funds_recovered 8600000");
}

#[test]
fn dissuasion_alone_is_fraud_work_in_chinese_too() {
    // 劝阻 (talking people out of a transfer) is anti-fraud work, as
    // `dissuaded` is in English.
    insta::assert_snapshot!(r("见面劝阻群众1.2万人次。"), @"fraud people_dissuaded 12000");
}

#[test]
fn a_chinese_measure_word_in_an_english_line_names_its_noun() {
    insta::assert_snapshot!(r("Anti-fraud work: dissuaded 3.5万人 and pushed warnings 12万条."), @r"
    fraud people_dissuaded 35000
    fraud warnings_issued 120000
    warning binding guessed from machine-translated word order (noun before its number) [12万条]
    ");
    insta::assert_snapshot!(r("Police checked 2.3万人次 at the checkpoints."), @"tally PeopleChecked 23000 (人次)");
}

#[test]
fn a_chinese_verb_one_space_before_its_number() {
    // A bilingual table keeps its cells apart: the verb's run ends one
    // space before the number, whose noun may be Chinese or English.
    insta::assert_snapshot!(r("电诈 weekly: 立案 58起, 破案 21起, 止付 310万元."), @"
    fraud cases_filed 58
    fraud cases_solved 21
    fraud funds_frozen 3100000
    ");
    insta::assert_snapshot!(r("Telecom fraud: 立案 1,046 cases, 抓获 512 people, 返还 1,830万元."), @"
    fraud cases_filed 1046
    fraud funds_returned 18300000
    fraud suspects_arrested 512
    ");
    // Not past two spaces, nor an English word between.
    insta::assert_snapshot!(r("Telecom fraud: 抓获  512 people; 破案 in May 388 cases."), @"");
}

#[test]
fn chinese_fraud_money_with_no_unit_written() {
    // `冻结资金 3.5亿`: the money's noun names it; in fraud context it is
    // fraud money, not a cash seizure.
    insta::assert_snapshot!(r("Telecom fraud: 冻结资金 3.5亿, returned 1.1亿 yuan to victims."), @"
    fraud funds_frozen 350000000
    fraud funds_returned 110000000
    ");
    insta::assert_snapshot!(r("Gambling case: 冻结资金 3.5亿."), @"seizure Cash Frozen 资金 v=3.5亿");
}

#[test]
fn warnings_sent_out_in_chinese() {
    // 发出, send out: warnings issued.
    insta::assert_snapshot!(r("电信诈骗预警劝阻: 发出预警 6,320 条, dissuaded 5,870 people."), @r"
    fraud people_dissuaded 5870
    fraud warnings_issued 6320
    ");
}
