//! Chinese record words, for the lines of a bilingual page written in
//! Chinese only (`抓获犯罪嫌疑人3000余名`): the verbs and the counted
//! nouns, as whole words. Sorted by bytes.

use super::{Noun, Verb};
use crate::record::SeizureKind;

/// What a Chinese noun names: a tally's counted thing or a seized item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CjkThing {
    /// A counted noun, classed as an English one.
    Counted(Noun),
    /// A thing seized, of this kind.
    Item(SeizureKind),
}

/// Verbs: what was done to the thing counted.
pub(crate) const CJK_VERBS: &[(&str, Verb)] = &[
    ("下发", Verb::Issue),
    ("侦破", Verb::Solve),
    // (`共立刑事案件18.5万起`: `立` alone is in too many words.)
    ("共立", Verb::File),
    ("冻结", Verb::Freeze),
    ("出动", Verb::Deploy),
    ("刑事拘留", Verb::Detain),
    ("刑拘", Verb::Detain),
    ("劝阻", Verb::Dissuade),
    ("化解", Verb::Mediate),
    ("发出", Verb::Issue),
    ("发布", Verb::Issue),
    ("发放", Verb::Publicize),
    ("发案", Verb::File),
    ("发现", Verb::Find),
    ("发生", Verb::File),
    ("发送", Verb::Issue),
    ("受理", Verb::File),
    ("封堵", Verb::Block),
    ("帮助", Verb::Rescue),
    ("开展", Verb::Publicize),
    ("打掉", Verb::Bust),
    ("扣押", Verb::Seize),
    ("抓捕", Verb::Arrest),
    ("抓获", Verb::Arrest),
    ("投入", Verb::Deploy),
    ("拦截", Verb::Intercept),
    ("挽回", Verb::Recover),
    ("挽损", Verb::Recover),
    ("捣毁", Verb::Bust),
    ("排查", Verb::Check),
    ("接报", Verb::File),
    ("推送", Verb::Issue),
    ("摧毁", Verb::Bust),
    ("收缴", Verb::Confiscate),
    ("救助", Verb::Rescue),
    ("整改", Verb::Rectify),
    ("查处", Verb::Handle),
    ("查扣", Verb::Seize),
    ("查获", Verb::Seize),
    ("检查", Verb::Check),
    ("止付", Verb::Freeze),
    ("没收", Verb::Confiscate),
    ("治安拘留", Verb::Detain),
    ("清查", Verb::Check),
    ("盘查", Verb::Check),
    ("破案", Verb::Solve),
    ("破获", Verb::Solve),
    ("立案", Verb::File),
    ("缴获", Verb::Seize),
    ("行政拘留", Verb::Detain),
    ("解救", Verb::Rescue),
    ("设立", Verb::Deploy),
    ("设置", Verb::Deploy),
    ("调解", Verb::Mediate),
    ("走访", Verb::Visit),
    ("返还", Verb::Return),
    ("追回", Verb::Recover),
    ("追缴", Verb::Recover),
    ("逮捕", Verb::Arrest),
    ("避免", Verb::Avoid),
];

/// Counted nouns and seizable things, matched at the end of the words
/// before a number (`破获刑事案件` ends in `案件`).
pub(crate) const CJK_NOUNS: &[(&str, CjkThing)] = &[
    ("人员", CjkThing::Counted(Noun::Generic)),
    ("假币", CjkThing::Item(SeizureKind::Counterfeit)),
    ("冰毒", CjkThing::Item(SeizureKind::Drugs)),
    ("刀具", CjkThing::Item(SeizureKind::Weapons)),
    ("卡点", CjkThing::Counted(Noun::Checkpoint)),
    ("卷烟", CjkThing::Item(SeizureKind::Goods)),
    ("受害人", CjkThing::Counted(Noun::Victim)),
    ("团伙", CjkThing::Counted(Noun::Gang)),
    ("场所", CjkThing::Counted(Noun::Place)),
    ("大麻", CjkThing::Item(SeizureKind::Drugs)),
    ("嫌疑人", CjkThing::Counted(Noun::Person)),
    ("子弹", CjkThing::Item(SeizureKind::Weapons)),
    ("宣传活动", CjkThing::Counted(Noun::Publicity)),
    ("弹药", CjkThing::Item(SeizureKind::Weapons)),
    ("手机", CjkThing::Item(SeizureKind::Devices)),
    ("提醒短信", CjkThing::Counted(Noun::Warning)),
    ("文物", CjkThing::Item(SeizureKind::Relics)),
    ("枪支", CjkThing::Item(SeizureKind::Weapons)),
    ("案件", CjkThing::Counted(Noun::Case)),
    ("检查站", CjkThing::Counted(Noun::Checkpoint)),
    ("毒品", CjkThing::Item(SeizureKind::Drugs)),
    ("民警", CjkThing::Counted(Noun::Officer)),
    ("海洛因", CjkThing::Item(SeizureKind::Drugs)),
    ("炸药", CjkThing::Item(SeizureKind::Weapons)),
    ("现金", CjkThing::Item(SeizureKind::Cash)),
    ("电脑", CjkThing::Item(SeizureKind::Devices)),
    ("窝点", CjkThing::Counted(Noun::Den)),
    ("纠纷", CjkThing::Counted(Noun::Dispute)),
    ("群众", CjkThing::Counted(Noun::Generic)),
    ("警力", CjkThing::Counted(Noun::Officer)),
    ("警情", CjkThing::Counted(Noun::Case)),
    ("警车", CjkThing::Counted(Noun::Vehicle)),
    ("赃款", CjkThing::Item(SeizureKind::Cash)),
    ("资金", CjkThing::Item(SeizureKind::Cash)),
    ("赌资", CjkThing::Item(SeizureKind::Cash)),
    ("车辆", CjkThing::Counted(Noun::Vehicle)),
    ("违法所得", CjkThing::Item(SeizureKind::Cash)),
    ("违法行为", CjkThing::Counted(Noun::Offender)),
    ("逃犯", CjkThing::Counted(Noun::Fugitive)),
    ("酒驾", CjkThing::Counted(Noun::Offender)),
    ("醉驾", CjkThing::Counted(Noun::Offender)),
    ("野生动物", CjkThing::Item(SeizureKind::Wildlife)),
    ("银行卡", CjkThing::Item(SeizureKind::Devices)),
    ("隐患", CjkThing::Counted(Noun::Hazard)),
    ("雷管", CjkThing::Item(SeizureKind::Weapons)),
    ("预警", CjkThing::Counted(Noun::Warning)),
    ("预警信息", CjkThing::Counted(Noun::Warning)),
    ("预警指令", CjkThing::Counted(Noun::Warning)),
    ("香烟", CjkThing::Item(SeizureKind::Goods)),
];

/// Chinese words of telecom / online fraud (`电信网络诈骗`, `反诈`,
/// `涉诈资金`): a line holding one is in fraud context.
pub(crate) const CJK_FRAUD: &[&str] = &[
    "劝阻",
    "反诈",
    "受骗",
    "帮信",
    "断卡",
    "杀猪盘",
    "止付",
    "涉诈",
    "电诈",
    "被骗",
    "诈骗",
];

/// Chinese words that make fraud telecom or online fraud (`电信诈骗`,
/// `网络诈骗`), as [`TELECOM_WORDS`](super::TELECOM_WORDS) do in English.
pub(crate) const CJK_TELECOM: &[&str] = &[
    "两卡",
    "刷单",
    "劝阻",
    "反诈",
    "帮信",
    "微信",
    "抖音",
    "支付宝",
    "断卡",
    "杀猪盘",
    "止付",
    "涉诈",
    "电信",
    "电诈",
    "电话",
    "短信",
    "网上",
    "网络",
    "网购",
    "网贷",
];

/// Chinese words of crimes other than telecom fraud, as
/// [`OTHER_CRIMES`](super::OTHER_CRIMES) in English (`盗窃`, theft;
/// `养老诈骗`, pension fraud).
pub(crate) const CJK_OTHER_CRIMES: &[&str] = &[
    "传销", "养老", "抢劫", "毒品", "涉毒", "涉赌", "涉黄", "盗窃", "赌博", "走私", "集资",
];
