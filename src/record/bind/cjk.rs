//! Counts written in Chinese, as bilingual pages give them
//! (`抓获犯罪嫌疑人3000余名`, `破获1.2万起案件`): a verb and a noun of
//! [`CJK_VERBS`] and [`CJK_NOUNS`] in the Chinese words around the
//! number; fraud money (`冻结涉案资金5600万元`) by the verb before it;
//! the fraud context of a Chinese line (`电信网络诈骗`); and a list item
//! after `、` or `，` shares the verb of the item before it
//! (`缴获枪支12支、子弹1500发`); money out of fraud after a verb that
//! takes things is a seizure (`追回赃款50万元`). Not attempted: clauses.

use super::*;
use crate::lex::is_cjk;
use crate::record::lexicon::{
    CjkThing, CJK_FRAUD, CJK_NOUNS, CJK_OTHER_CRIMES, CJK_TELECOM, CJK_VERBS,
};

/// The most chars of Chinese read on either side of a number.
const CJK_REACH: usize = 16;

/// Words that qualify a Chinese noun in a list item (`管制刀具`, controlled
/// knives; `各类案件`, cases of all kinds): no verb among them.
const CJK_QUALIFIERS: [&str; 12] = [
    "假冒",
    "其他",
    "各类",
    "易制毒",
    "涉案",
    "涉诈",
    "管制",
    "违法",
    "违禁",
    "重点",
    "野生",
    "非法",
];

/// Whether `words` are none, or only [`CJK_QUALIFIERS`].
fn qualifiers_only(mut words: &str) -> bool {
    while !words.is_empty() {
        let Some(rest) = CJK_QUALIFIERS.iter().find_map(|q| words.strip_prefix(q)) else {
            return false;
        };
        words = rest;
    }
    true
}

impl Index {
    /// The context words of a run of Chinese at `at` (`打击电信网络诈骗`
    /// holds a telecom and a fraud word): where the first of each table
    /// stands in it, as the English words are indexed.
    ///
    /// One pass over the run's chars: a char that opens no word of the
    /// three tables ([`CONTEXT_FIRSTS`]) is passed with one look-up, and
    /// the pass ends once each table has its first word.
    pub(super) fn cjk_context(&mut self, run: &str, at: usize) {
        let [fraud, telecom, other] = context_firsts(run);
        if let Some(i) = fraud {
            self.fraud.push(at + i);
        }
        if let Some(i) = telecom {
            self.telecom.push(at + i);
        }
        if let Some(i) = other {
            self.other_crimes.push(at + i);
        }
    }
}

/// Where the first word of [`CJK_FRAUD`], [`CJK_TELECOM`] and
/// [`CJK_OTHER_CRIMES`] starts in `run`, each: the least place any of its
/// words is found at.
fn context_firsts(run: &str) -> [Option<usize>; 3] {
    let h = run.as_bytes();
    let mut first = [None; 3];
    // (Every word opens with a three-byte char: no place nearer the end
    // than three bytes, nor any other char, opens one.)
    for i in 0..h.len().saturating_sub(2) {
        if h[i] & 0xF0 != 0xE0 {
            continue;
        }
        let c = code_of(h[i], h[i + 1], h[i + 2]);
        if CONTEXT_FIRSTS[c / 64] & (1 << (c % 64)) == 0 {
            continue;
        }
        let rest = &h[i..];
        for (f, table) in first.iter_mut().zip(CONTEXT_TABLES) {
            if f.is_none() && table.iter().any(|w| rest.starts_with(w.as_bytes())) {
                *f = Some(i);
            }
        }
        if first.iter().all(Option::is_some) {
            break;
        }
    }
    first
}

/// The Chinese context tables, in the order [`context_firsts`] answers.
const CONTEXT_TABLES: [&[&str]; 3] = [CJK_FRAUD, CJK_TELECOM, CJK_OTHER_CRIMES];

/// The code point of the three-byte UTF-8 char `b0 b1 b2`.
const fn code_of(b0: u8, b1: u8, b2: u8) -> usize {
    ((b0 as usize & 0x0F) << 12) | ((b1 as usize & 0x3F) << 6) | (b2 as usize & 0x3F)
}

/// The first chars of the words of [`CONTEXT_TABLES`], a bit per code
/// point. (Each word opens with a three-byte char: the build fails
/// otherwise.)
const CONTEXT_FIRSTS: [u64; 1024] = {
    let mut set = [0u64; 1024];
    let mut t = 0;
    while t < CONTEXT_TABLES.len() {
        let mut k = 0;
        while k < CONTEXT_TABLES[t].len() {
            let b = CONTEXT_TABLES[t][k].as_bytes();
            assert!(b.len() >= 3 && b[0] & 0xF0 == 0xE0);
            let c = code_of(b[0], b[1], b[2]);
            set[c / 64] |= 1 << (c % 64);
            k += 1;
        }
        t += 1;
    }
    set
};

impl<'a> Binder<'_, 'a> {
    /// A count whose verb is a Chinese word before the number and whose
    /// noun ends the words before it or stands in those after it:
    /// records it, and says whether it read the number.
    pub(super) fn cjk_count(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        let text = self.text;
        // The run of Chinese chars that ends at the number.
        let (run_start, run_end) = run_before_number(text, f.span.start);
        if run_start == run_end {
            return false;
        }
        let run = &text[run_start..run_end];
        // The verb: the last one in the run; for a part (`其中`, among
        // them) with none, its total's, earlier in the sentence
        // (`破获刑事案件1.8万起，其中电信网络诈骗案件3200起`); else the one a
        // list shares. (The noun stands after the verb's start,
        // `noun_from`; a list item is its noun alone, from 0.)
        let part_verb = || {
            let floor = ceil_char(text, ctx.sentence.start.max(run_start.saturating_sub(120)));
            let before = text.get(floor..run_start)?;
            run.starts_with("其中")
                .then(|| last_verb(before))
                .flatten()
                .map(|(_, v)| (1, v))
        };
        let Some((noun_from, verb)) = last_verb(run)
            .map(|(i, v)| (i + 1, v))
            .or_else(part_verb)
            .or_else(|| self.cjk_list_verb(run_start).map(|v| (0, v)))
            .or_else(|| warning_label(run).then_some((0, Verb::Issue)))
        else {
            return false;
        };
        // The noun ends the run (`破获案件1.2万起`) or follows the number
        // and its measure word (`破获1.2万起案件`).
        let after = &text[f.span.end..];
        let after = &after[..after
            .char_indices()
            .take(CJK_REACH)
            .take_while(|&(_, c)| is_cjk(c))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8())];
        let noun = CJK_NOUNS
            .iter()
            // (A list item is its noun alone, or after words that only
            // qualify it: `、子弹1500发`, `、管制刀具410把`; other words may
            // hold a verb the table lacks, `，涉及子弹2300发`.)
            .filter(|(w, _)| {
                let at = run.len().saturating_sub(w.len());
                run.ends_with(w)
                    && at >= noun_from
                    && (noun_from > 0 || qualifiers_only(&run[..at]))
            })
            .map(|&(w, t)| (run_start + run.len() - w.len(), w.len(), t))
            .max_by_key(|&(_, len, _)| len)
            .or_else(|| {
                if noun_from == 0 {
                    return None;
                }
                // (After the number, the first noun: `3000余名犯罪嫌疑人`.)
                CJK_NOUNS
                    .iter()
                    .filter_map(|&(w, t)| after.find(w).map(|i| (f.span.end + i, w.len(), t)))
                    .min_by_key(|&(i, len, _)| (i + len, usize::MAX - len))
            })
            .or_else(|| {
                // (A noun right before a verb that ends the run: the
                // topic-first order of a statistic, `预警推送12万条`.)
                let verb_at = noun_from.checked_sub(1)?;
                let ends_run = CJK_VERBS
                    .iter()
                    .any(|(w, _)| run.get(verb_at..) == Some(*w));
                let before = run.get(..verb_at).filter(|_| ends_run)?;
                // (Not one who acts: `民警抓获120人`, the officers did it.)
                let agent = |t: CjkThing| {
                    matches!(
                        t,
                        CjkThing::Counted(Noun::Officer | Noun::Generic | Noun::Person)
                    )
                };
                CJK_NOUNS
                    .iter()
                    .filter(|(w, t)| before.ends_with(w) && !agent(*t))
                    .map(|&(w, t)| (run_start + verb_at - w.len(), w.len(), t))
                    .max_by_key(|&(_, len, _)| len)
            })
            .or_else(|| {
                // (An English noun after the number, in a bilingual
                // table: `破案 388 cases`, `抓获 512 people`.)
                let noun = noun_after_figure(&self.words, f).filter(|_| noun_from > 0)?;
                let class = noun.class?;
                Some((
                    start_of(text, noun.text),
                    noun.text.len(),
                    CjkThing::Counted(class),
                ))
            })
            .or_else(|| {
                // (With no noun, the measure word's: `发案1250起`. The
                // figure holds its measure word as its noun.)
                let measure = f.noun.as_deref().filter(|_| noun_from > 0)?;
                let noun = measured_noun(measure)?;
                let at = f.span.end.checked_sub(measure.len())?;
                text.get(at..f.span.end)
                    .filter(|w| *w == measure)
                    .map(|w| (at, w.len(), CjkThing::Counted(noun)))
            });
        let Some((at, len, thing)) = noun else {
            return false;
        };
        let what = &text[at..at + len];
        self.rule = Rule {
            how: if noun_from == 0 {
                "cjk_list"
            } else {
                "cjk_verb"
            },
            what: "cjk_noun",
        };
        self.last_bound = Some((f.span.end, verb, false));
        // `冻结资金 3.5亿`: money named by its noun, its unit unwritten, is
        // fraud money in fraud context as `3.5亿元` is.
        let fraud_money = fund_field(verb).filter(|_| ctx.fraud || ctx.topic);
        if let (CjkThing::Item(SeizureKind::Cash), Some(field)) = (&thing, fraud_money) {
            self.rule.what = "fraud_funds";
            self.set_fraud(field, f);
            return true;
        }
        match thing {
            CjkThing::Item(kind) => {
                if let Some(action) = seizure_action(verb, kind) {
                    self.seize(kind, action, what, Some(f.clone()), None);
                }
            }
            // `追回被盗车辆12辆`: vehicles taken are seized, not a tally.
            CjkThing::Counted(Noun::Vehicle)
                if matches!(verb, Verb::Seize | Verb::Confiscate | Verb::Recover) =>
            {
                if let Some(action) = seizure_action(verb, SeizureKind::Vehicles) {
                    self.seize(SeizureKind::Vehicles, action, what, Some(f.clone()), None);
                }
            }
            CjkThing::Counted(noun) => match count_target(Some(noun), Some(verb), ctx.fraud_work) {
                // `破获电信网络诈骗案件1.2万起`: in fraud context a count of
                // cases, suspects or gangs is the fraud field's (a smaller
                // second one stays a tally).
                Some(Target::Tally(kind)) => {
                    let field = tally_fraud_field(kind).filter(|_| ctx.fraud);
                    if !field.is_some_and(|field| self.set_fraud(field, f)) {
                        self.tally(kind, what, f);
                    }
                    // `排查整改隐患560处`: found and rectified, both.
                    if kind == TallyKind::HazardsRectified && found_before_fix(run) {
                        self.tally(TallyKind::HazardsFound, what, f);
                    }
                }
                Some(Target::Fraud(field)) => {
                    self.set_fraud(field, f);
                }
                None => {}
            },
        }
        true
    }

    /// `缴获枪支12支、子弹1500发`: the verb of the Chinese count that ends
    /// right before the list joiner before `run_start`.
    fn cjk_list_verb(&self, run_start: usize) -> Option<Verb> {
        let (end, verb, _) = self.last_bound?;
        let between = self.text.get(end..run_start)?;
        matches!(between, "、" | "，" | ",").then_some(verb)
    }

    /// Fraud money after a Chinese verb (`返还被骗资金2.3亿元`,
    /// `冻结涉案资金5600万元`, `避免群众损失8500万元`): the field the last
    /// verb in the Chinese run before the money names, in fraud context.
    /// Says whether it read the money.
    pub(super) fn cjk_money(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        let text = self.text;
        let (run_start, run_end) = run_before_number(text, f.span.start);
        let run = &text[run_start..run_end];
        if !(ctx.fraud || ctx.topic) {
            return self.cjk_cash(f, run, run_start);
        }
        let Some(field) = last_verb(run).and_then(|(_, v)| fund_field(v)) else {
            return false;
        };
        self.rule = Rule {
            how: "cjk_verb",
            what: "fraud_funds",
        };
        self.set_fraud(field, f);
        true
    }
}

impl<'a> Binder<'_, 'a> {
    /// Money out of fraud context after a Chinese verb that takes things
    /// and the thing it took (`追回赃款50万元`, `缴获现金3万元`): the cash
    /// (or the worth of the thing) seized. `run` is the Chinese before the
    /// money, from `run_start`. Says whether it read the money.
    fn cjk_cash(&mut self, f: &Figure<'a>, run: &'a str, run_start: usize) -> bool {
        let Some((i, verb)) = last_verb(run) else {
            return false;
        };
        let noun = CJK_NOUNS
            .iter()
            .filter(|(w, _)| run.ends_with(w) && run.len() - w.len() > i)
            .max_by_key(|(w, _)| w.len());
        let Some(&(w, CjkThing::Item(kind))) = noun else {
            return false;
        };
        let Some(action) = seizure_action(verb, kind) else {
            return false;
        };
        let at = run_start + run.len() - w.len();
        self.rule = Rule {
            how: "cjk_verb",
            what: "cjk_cash",
        };
        let what = &self.text[at..at + w.len()];
        self.seize(kind, action, what, None, Some(f.clone()));
        true
    }
}

/// Where the run of Chinese chars that ends at `end` starts (`end` when
/// none does), at most [`CJK_REACH`] chars back. Quotes and title marks
/// stand inside a run: `抓获“两卡”犯罪嫌疑人326名` is one.
fn run_before(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .take(CJK_REACH)
        .take_while(|&(_, c)| is_cjk(c) || matches!(c, '“' | '”' | '《' | '》' | '「' | '」'))
        .last()
        .map_or(end, |(i, _)| i)
}

/// The fraud money field a verb of moving money names (`返还` or
/// `returned`; `冻结` or `frozen`; `挽损` or `recovered`), if any.
pub(super) fn fund_field(verb: Verb) -> Option<FraudField> {
    match verb {
        Verb::Return => Some(FraudField::FundsReturned),
        Verb::Freeze | Verb::Intercept => Some(FraudField::FundsFrozen),
        Verb::Recover => Some(FraudField::FundsRecovered),
        Verb::Avoid => Some(FraudField::LossesAvoided),
        Verb::Dissuade => Some(FraudField::AmountDissuaded),
        Verb::Arrest
        | Verb::Detain
        | Verb::Solve
        | Verb::File
        | Verb::Bust
        | Verb::Deploy
        | Verb::Check
        | Verb::Find
        | Verb::Rectify
        | Verb::Handle
        | Verb::Mediate
        | Verb::Rescue
        | Verb::Publicize
        | Verb::Seize
        | Verb::Confiscate
        | Verb::Issue
        | Verb::Visit
        | Verb::Prosecute
        | Verb::Harm
        | Verb::Surrender
        | Verb::Commit
        | Verb::Block => None,
    }
}

/// The run of Chinese before a number at `start`, as [`run_before`]
/// finds it ending at the number or at one space before it (`立案 58起`,
/// `破案 388 cases`: a bilingual table keeps its cells apart): its start
/// and end.
fn run_before_number(text: &str, start: usize) -> (usize, usize) {
    let end = match text[..start].strip_suffix(' ') {
        Some(before) if before.ends_with(is_cjk) => start - 1,
        _ => start,
    };
    (run_before(text, end), end)
}

/// The noun a Chinese measure word right after a number counts, when no
/// noun is written (`立案1250起`: 起 counts cases; `查扣12辆`, vehicles;
/// `劝阻3.5万人`, people).
pub(super) fn measured_noun(measure: &str) -> Option<Noun> {
    match measure {
        "起" => Some(Noun::Case),
        "辆" => Some(Noun::Vehicle),
        "名" => Some(Noun::Person),
        "人" | "人次" => Some(Noun::Generic),
        _ => None,
    }
}

/// `预警 1,024条`, `预警信息: 3,200条`: a label that is the warnings' noun
/// alone (预警 is also the verb, to warn) counts warnings issued.
fn warning_label(run: &str) -> bool {
    CJK_NOUNS
        .iter()
        .any(|&(w, t)| w == run && t == CjkThing::Counted(Noun::Warning))
}

/// `排查整改`, `发现并整改`: a verb of checking or finding right before
/// the run's last verb (a fix), joined directly or by `并` / `和`.
fn found_before_fix(run: &str) -> bool {
    let Some((i, _)) = last_verb(run) else {
        return false;
    };
    let before = run[..i].trim_end_matches(['并', '和', '及']);
    CJK_VERBS
        .iter()
        .any(|&(w, v)| matches!(v, Verb::Check | Verb::Find) && before.ends_with(w))
}

/// The last verb of [`CJK_VERBS`] in `run`, and where it starts: the
/// char starts of `run` from its end, each tried against the table by its
/// first two bytes (no verb is the start of another, so one matches).
fn last_verb(run: &str) -> Option<(usize, Verb)> {
    let b = run.as_bytes();
    (0..b.len())
        .rev()
        .filter(|&i| b[i] & 0xC0 != 0x80)
        .find_map(|i| {
            let rest = &b[i..];
            CJK_VERBS
                .iter()
                .find(|(w, _)| {
                    let w = w.as_bytes();
                    w.len() >= 2
                        && rest.len() >= w.len()
                        && rest[..2] == w[..2]
                        && rest.starts_with(w)
                })
                .map(|&(_, v)| (i, v))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one pass finds, for each table, the first place any of its
    /// words is found at.
    #[test]
    fn context_firsts_are_the_first_finds() {
        let runs = [
            "",
            "电",
            "打击电信网络诈骗犯罪",
            "养老诈骗和盗窃案件",
            "严厉打击涉赌涉毒违法犯罪",
            "a网贷b",
            "劝阻群众被骗",
            "破获传销案件，微信转账",
        ];
        for run in runs {
            let old = CONTEXT_TABLES.map(|t| t.iter().filter_map(|w| run.find(w)).min());
            assert_eq!(context_firsts(run), old, "{run:?}");
        }
    }

    /// The byte scans find what the substring searchers find.
    #[test]
    fn scans_are_searches() {
        let runs = [
            "",
            "抓",
            "抓获犯罪嫌疑人",
            "破获案件抓获",
            "其中冻结涉案资金",
            "打击电信网络诈骗犯罪",
            "a抓获b",
            "刑事拘留刑拘",
        ];
        for run in runs {
            let old = CJK_VERBS
                .iter()
                .filter_map(|&(w, v)| run.rfind(w).map(|i| (i, v)))
                .max_by_key(|&(i, _)| i);
            assert_eq!(last_verb(run), old, "{run:?}");
        }
    }
}
