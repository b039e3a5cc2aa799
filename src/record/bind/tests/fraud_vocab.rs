//! A sweep of the vocabulary strangers use for telecom and online fraud
//! figures: the names of the fraud and the channels it runs through, the
//! fraudsters, their dens, the money moved back to victims and the
//! warnings sent, each with a counter-example that stays out of fraud.

use super::r;

#[test]
fn phishing_by_voice_or_text_and_cyber_scams_are_online_fraud() {
    insta::assert_snapshot!(r("Police arrested 37 suspects in vishing and smishing cases."), @"fraud suspects_arrested 37");
    insta::assert_snapshot!(r("The cyber squad cracked 18 cyberscam cases last month."), @"fraud cases_solved 18");
    insta::assert_snapshot!(r("Detectives solved 26 e-fraud cases in the port district."), @"fraud cases_solved 26");
    insta::assert_snapshot!(r("Police caught 29 cyberfraud suspects."), @"fraud suspects_arrested 29");
    // Card fraud names no channel: another kind of fraud.
    insta::assert_snapshot!(r("Police caught 29 suspects in credit card fraud cases."), @"tally Arrests 29 (suspects)");
}

#[test]
fn apps_and_live_streams_are_online_channels() {
    insta::assert_snapshot!(r("Police arrested 44 suspects who cheated buyers through QQ groups."), @"fraud suspects_arrested 44");
    insta::assert_snapshot!(r("Police arrested 45 suspects who swindled users on Alipay and TikTok."), @"fraud suspects_arrested 45");
    insta::assert_snapshot!(r("Police solved 12 cases of fraud committed through live streaming."), @"fraud cases_solved 12");
    insta::assert_snapshot!(r("Police arrested 8 men who tricked victims via WhatsApp."), @"fraud suspects_arrested 8");
    insta::assert_snapshot!(r("The squad caught 9 people who duped followers on Douyin."), @"fraud suspects_arrested 9");
    // A channel with no fraud named is no fraud.
    insta::assert_snapshot!(r("Police arrested 20 suspects who sold fake jade through live streaming."), @"tally Arrests 20 (suspects)");
}

#[test]
fn con_men_and_those_who_fleeced_or_tricked_are_fraudsters() {
    insta::assert_snapshot!(r("Police arrested 15 con men who called the elderly by phone."), @"fraud suspects_arrested 15");
    insta::assert_snapshot!(r("Officers caught 7 conmen behind an online lottery."), @"fraud suspects_arrested 7");
    insta::assert_snapshot!(r("Police held 11 suspects who fleeced residents over the internet."), @"fraud suspects_arrested 11");
    insta::assert_snapshot!(r("Police detained 6 suspects who tricked students online."), @"fraud suspects_arrested 6");
    // Con men at a market: fraud, but neither telecom nor online.
    insta::assert_snapshot!(r("Police arrested 15 con men who sold fake medicine at a market."), @"tally Arrests 15 (con men)");
}

#[test]
fn strongholds_lairs_and_scam_centres_are_dens() {
    insta::assert_snapshot!(r("Police smashed 13 telecom fraud strongholds."), @"fraud dens_destroyed 13");
    insta::assert_snapshot!(r("Police raided 4 online scam lairs in rented flats."), @"fraud dens_destroyed 4");
    insta::assert_snapshot!(r("Police busted 6 scam centres on the border."), @"fraud dens_destroyed 6");
    // A drug stronghold is a den, of another crime.
    insta::assert_snapshot!(r("Police destroyed 3 drug strongholds in the hills."), @"tally DensDestroyed 3 (drug strongholds)");
}

#[test]
fn swindles_deceptions_and_launderers_are_counted() {
    insta::assert_snapshot!(r("Police cracked 40 telephone swindles."), @"fraud cases_solved 40");
    insta::assert_snapshot!(r("Police solved 22 online deceptions."), @"fraud cases_solved 22");
    insta::assert_snapshot!(r("In the telecom fraud crackdown, police arrested 23 launderers."), @"fraud suspects_arrested 23");
    insta::assert_snapshot!(r("Police solved 12 swindles at a pension office."), @"tally CasesSolved 12 (swindles)");
    insta::assert_snapshot!(r("Police arrested 23 launderers for a drug gang."), @"tally Arrests 23 (launderers)");
}

#[test]
fn money_sent_back_refunded_or_redeemed_for_victims() {
    insta::assert_snapshot!(r("In the telecom fraud case, officers sent back 640,000 yuan to the victims."), @"fraud funds_returned 640000");
    insta::assert_snapshot!(r("The anti-fraud centre made refunds of 1.3 million yuan to online scam victims."), @"fraud funds_returned 1300000");
    insta::assert_snapshot!(r("Police redeemed losses of 2.2 million yuan for telecom fraud victims."), @"fraud funds_recovered 2200000");
    insta::assert_snapshot!(r("In telecom fraud cases, banks made emergency interceptions of 4.1 million yuan."), @"fraud funds_frozen 4100000");
    insta::assert_snapshot!(r("The anti-fraud centre reduced losses of 6.4 million yuan from online scams."), @"fraud losses_avoided 6400000");
    // Losses reduced for farmers in a storm are no fraud figure.
    insta::assert_snapshot!(r("Police reduced losses of 2 million yuan for farmers hit by the storm."), @"");
}

#[test]
fn flash_messages_reminders_and_alert_messages_are_warnings() {
    insta::assert_snapshot!(r("The anti-fraud centre sent 52,000 flash messages to residents at risk."), @"fraud warnings_issued 52000");
    insta::assert_snapshot!(r("Police pushed 8,600 reminder texts about online scams."), @"fraud warnings_issued 8600");
    insta::assert_snapshot!(r("Police sent 3,100 alert messages to potential telecom fraud victims."), @"fraud warnings_issued 3100");
    insta::assert_snapshot!(r("Police reminded 12,000 residents about online scams."), @"fraud warnings_issued 12000");
    // Drivers reminded of the rain were neither warned of fraud nor
    // dealt with.
    insta::assert_snapshot!(r("Police reminded 300 drivers to slow down in the rain."), @"");
}

#[test]
fn a_feedback_or_processing_rate_of_warnings_is_the_response_rate() {
    insta::assert_snapshot!(r("Police issued 20,000 anti-fraud alerts, with a feedback rate of 98.1 percent."), @r"
    fraud warning_response_rate 98.1
    fraud warnings_issued 20000
    ");
    insta::assert_snapshot!(r("The centre pushed 6,000 anti-fraud alerts, and the processing rate was 99.5%."), @r"
    fraud warning_response_rate 99.5
    fraud warnings_issued 6000
    ");
    // Complaints answered are no warnings.
    insta::assert_snapshot!(r("Police handled 400 complaints with a feedback rate of 95 percent."), @"");
}

#[test]
fn people_convinced_are_dissuaded_but_not_from_swimming() {
    insta::assert_snapshot!(r("Police convinced 430 victims of online fraud to stop their transfers."), @"fraud people_dissuaded 430");
    insta::assert_snapshot!(r("Police dissuaded 190 people from transferring money to scammers."), @"fraud people_dissuaded 190");
    insta::assert_snapshot!(r("Police dissuaded 191 people from swimming in the reservoir."), @"");
    insta::assert_snapshot!(r("Police convinced 5 fugitives to surrender."), @"tally Fugitives 5 (fugitives)");
}

#[test]
fn residents_telephoned_texted_or_notified_were_warned() {
    insta::assert_snapshot!(r("The anti-fraud team telephoned 2,400 residents one by one to warn them of scams."), @"fraud warnings_issued 2400");
    insta::assert_snapshot!(r("Community officers texted 1,800 residents to warn them about phone scams."), @"fraud warnings_issued 1800");
    insta::assert_snapshot!(r("The anti-fraud centre notified 5,600 account holders of scam risks."), @"fraud warnings_issued 5600");
    // Out of fraud work, those notified or telephoned are no count.
    insta::assert_snapshot!(r("Police notified 300 families of the road closure."), @"");
    insta::assert_snapshot!(r("Police telephoned 30 witnesses after the crash."), @"");
}

#[test]
fn house_calls_are_visits_and_people_held_back_were_dissuaded() {
    insta::assert_snapshot!(r("To counter online fraud, officers made 760 house calls in the district."), @"fraud door_to_door_visits 760");
    insta::assert_snapshot!(r("Against telecom fraud, police held back 320 people from paying scammers."), @"fraud people_dissuaded 320");
    // Trucks held back at a toll gate were neither taken nor dissuaded.
    insta::assert_snapshot!(r("Police held back 30 trucks at the toll gate."), @"");
}

#[test]
fn other_crimes_named_keep_a_count_out_of_a_fraud_report() {
    let report = |s: &str| {
        r(&format!(
            "Telecom fraud crackdown\n\nThe county police cracked 120 telecom fraud cases this year. {s}"
        ))
    };
    insta::assert_snapshot!(report("Officers also detained 14 suspects for loan sharking."), @r"
    tally Arrests 14 (suspects)
    fraud cases_solved 120
    ");
    insta::assert_snapshot!(report("The bureau also arrested 9 suspects for tax evasion and bribery."), @r"
    tally Arrests 9 (suspects)
    fraud cases_solved 120
    ");
    insta::assert_snapshot!(report("Police also caught 6 teenagers for stealing bicycles."), @r"
    tally Arrests 6 (teenagers)
    fraud cases_solved 120
    ");
    insta::assert_snapshot!(report("Police also arrested 11 suspects for hacking into company servers."), @r"
    tally Arrests 11 (suspects)
    fraud cases_solved 120
    ");
    insta::assert_snapshot!(report("Police also held 8 men for shoplifting at malls."), @r"
    tally Arrests 8 (men)
    fraud cases_solved 120
    ");
    insta::assert_snapshot!(report("Police also arrested 13 suspects for extortion."), @r"
    tally Arrests 13 (suspects)
    fraud cases_solved 120
    ");
    // Riot police name no crime: rioting does.
    insta::assert_snapshot!(report("Police also arrested 14 suspects for rioting."), @r"
    tally Arrests 14 (suspects)
    fraud cases_solved 120
    ");
    insta::assert_snapshot!(report("The city deployed 300 riot police and arrested 40 suspects."), @r"
    tally OfficersDeployed 300 (riot police)
    fraud cases_solved 120
    fraud suspects_arrested 40
    ");
    // A crime that only tells what fraud cases involved keeps them fraud,
    // and the arrests after them too.
    insta::assert_snapshot!(r("The city police broke up 35 online fraud cases involving blackmail and detained 62 suspects."), @r"
    fraud cases_solved 35
    fraud suspects_arrested 62
    ");
    insta::assert_snapshot!(r("Officers solved 27 telecom fraud cases of stealing account passwords."), @"fraud cases_solved 27");
    // Cases of that crime with no fraud word before them are its own.
    insta::assert_snapshot!(r("The city police broke up 35 cases of blackmail and 12 online fraud cases."), @r"
    tally CasesSolved 35 (cases of blackmail)
    fraud cases_solved 12
    ");
    // A count with no other crime named stays in the report's fraud.
    insta::assert_snapshot!(report("Police also arrested 15 suspects."), @"
    fraud cases_solved 120
    fraud suspects_arrested 15
    ");
}

#[test]
fn people_dissuaded_from_other_things_are_no_fraud_work() {
    insta::assert_snapshot!(r("Police dissuaded 50 people from setting off fireworks."), @"");
    insta::assert_snapshot!(r("Police dissuaded 80 hikers from climbing the closed peak."), @"");
    insta::assert_snapshot!(r("Police dissuaded 25 minors from entering internet cafes."), @"");
    // Kept from paying or from being cheated: anti-fraud work.
    insta::assert_snapshot!(r("Police dissuaded 3,000 people from being cheated."), @"fraud people_dissuaded 3000");
    insta::assert_snapshot!(r("Dissuaded 500 people from paying fraudsters."), @"fraud people_dissuaded 500");
    // Kept from a gerund no list of scams names: still anti-fraud work,
    // only a risky pastime keeps dissuasion out of fraud.
    insta::assert_snapshot!(r("Officers dissuaded 65 retirees from ordering miracle cures by phone."), @"fraud people_dissuaded 65");
    insta::assert_snapshot!(r("Officers dissuaded 65 retirees from gambling in the park."), @"");
    insta::assert_snapshot!(r("Officers dissuaded 40 anglers from fishing on the thin ice."), @"");
    // A comma ends the clause the gerund is looked for in.
    insta::assert_snapshot!(r("Police dissuaded 1,200 people, stopping payments of 3 million yuan."), @r"
    fraud funds_frozen 3000000
    fraud people_dissuaded 1200
    ");
}

#[test]
fn chinese_names_of_the_trades_around_online_fraud() {
    // 帮信 (helping information network crime), 断卡 (card-breaking),
    // 杀猪盘 (pig-butchering), 刷单 (order brushing), 网贷 (online loans).
    insta::assert_snapshot!(r("打击帮信犯罪，抓获嫌疑人320名。"), @"fraud suspects_arrested 320");
    insta::assert_snapshot!(r("开展断卡行动，抓获嫌疑人45名。"), @"fraud suspects_arrested 45");
    insta::assert_snapshot!(r("破获杀猪盘诈骗案件32起。"), @"fraud cases_solved 32");
    insta::assert_snapshot!(r("破获刷单诈骗案件18起。"), @"fraud cases_solved 18");
    insta::assert_snapshot!(r("破获网贷诈骗案件27起。"), @"fraud cases_solved 27");
    // Fraud with no channel, and a theft of WeChat accounts, stay out.
    insta::assert_snapshot!(r("破获诈骗案件27起。"), @"tally CasesSolved 27 (案件)");
    insta::assert_snapshot!(r("破获盗窃微信账号案件12起。"), @"tally CasesSolved 12 (案件)");
}
