//! Counts written in Chinese, as bilingual pages give them
//! (`抓获犯罪嫌疑人3000余名`, `破获1.2万起案件`): a verb and a noun of
//! [`CJK_VERBS`] and [`CJK_NOUNS`] in the Chinese words around the
//! number; a list item after `、` or `，` shares the verb of the item
//! before it (`缴获枪支12支、子弹1500发`). Not attempted: clauses, money.

use super::*;
use crate::lex::is_cjk;
use crate::record::lexicon::{CjkThing, CJK_NOUNS, CJK_VERBS};

/// The most chars of Chinese read on either side of a number.
const CJK_REACH: usize = 12;

impl<'a> Binder<'_, 'a> {
    /// A count whose verb is a Chinese word before the number and whose
    /// noun ends the words before it or stands in those after it:
    /// records it, and says whether it read the number.
    pub(super) fn cjk_count(&mut self, f: &Figure<'a>, ctx: &Ctx<'_, 'a>) -> bool {
        let text = self.text;
        // The run of Chinese chars that ends at the number.
        let run_start = text[..f.span.start]
            .char_indices()
            .rev()
            .take(CJK_REACH)
            .take_while(|&(_, c)| is_cjk(c))
            .last()
            .map_or(f.span.start, |(i, _)| i);
        if run_start == f.span.start {
            return false;
        }
        let run = &text[run_start..f.span.start];
        // The verb: the last one in the run, or the one a list shares.
        // (The noun stands after the verb's start: `noun_from`.)
        let Some((noun_from, verb)) = CJK_VERBS
            .iter()
            .filter_map(|&(w, v)| run.rfind(w).map(|i| (i + 1, v)))
            .max_by_key(|&(i, _)| i)
            .or_else(|| self.cjk_list_verb(run_start).map(|v| (0, v)))
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
            // (A list item is its noun alone: `、子弹1500发`.)
            .filter(|(w, _)| {
                let at = run.len().saturating_sub(w.len());
                run.ends_with(w) && at >= noun_from && (noun_from > 0 || at == 0)
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
        match thing {
            CjkThing::Item(kind) => {
                if let Some(action) = seizure_action(verb, kind) {
                    self.seize(kind, action, what, Some(f.clone()), None);
                }
            }
            CjkThing::Counted(noun) => match count_target(Some(noun), Some(verb), ctx.fraud_work) {
                Some(Target::Tally(kind)) => self.tally(kind, what, f),
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
}
