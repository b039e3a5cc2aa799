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
}

#[test]
fn a_chinese_total_before_its_fraud_part_is_mixed() {
    // The part takes the total's verb.
    insta::assert_snapshot!(r("全年共破获刑事案件1.8万起，其中电信网络诈骗案件3200起。"), @r"
    tally CasesSolved 18000 (案件)
    fraud cases_solved 3200
    ");
}
