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
    ("侦破", Verb::Solve),
    ("出动", Verb::Deploy),
    ("刑事拘留", Verb::Detain),
    ("刑拘", Verb::Detain),
    ("化解", Verb::Mediate),
    ("打掉", Verb::Bust),
    ("抓捕", Verb::Arrest),
    ("抓获", Verb::Arrest),
    ("投入", Verb::Deploy),
    ("捣毁", Verb::Bust),
    ("排查", Verb::Check),
    ("摧毁", Verb::Bust),
    ("收缴", Verb::Confiscate),
    ("查处", Verb::Handle),
    ("查获", Verb::Seize),
    ("检查", Verb::Check),
    ("没收", Verb::Confiscate),
    ("盘查", Verb::Check),
    ("破获", Verb::Solve),
    ("缴获", Verb::Seize),
    ("解救", Verb::Rescue),
    ("设立", Verb::Deploy),
    ("设置", Verb::Deploy),
    ("调解", Verb::Mediate),
    ("追回", Verb::Recover),
];

/// Counted nouns and seizable things, matched at the end of the words
/// before a number (`破获刑事案件` ends in `案件`).
pub(crate) const CJK_NOUNS: &[(&str, CjkThing)] = &[
    ("卡点", CjkThing::Counted(Noun::Checkpoint)),
    ("团伙", CjkThing::Counted(Noun::Gang)),
    ("场所", CjkThing::Counted(Noun::Place)),
    ("嫌疑人", CjkThing::Counted(Noun::Person)),
    ("子弹", CjkThing::Item(SeizureKind::Weapons)),
    ("文物", CjkThing::Item(SeizureKind::Relics)),
    ("枪支", CjkThing::Item(SeizureKind::Weapons)),
    ("案件", CjkThing::Counted(Noun::Case)),
    ("检查站", CjkThing::Counted(Noun::Checkpoint)),
    ("毒品", CjkThing::Item(SeizureKind::Drugs)),
    ("民警", CjkThing::Counted(Noun::Officer)),
    ("窝点", CjkThing::Counted(Noun::Den)),
    ("纠纷", CjkThing::Counted(Noun::Dispute)),
    ("警力", CjkThing::Counted(Noun::Officer)),
    ("警车", CjkThing::Counted(Noun::Vehicle)),
    ("车辆", CjkThing::Counted(Noun::Vehicle)),
    ("逃犯", CjkThing::Counted(Noun::Fugitive)),
    ("隐患", CjkThing::Counted(Noun::Hazard)),
];
