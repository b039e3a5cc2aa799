//! Counts written in Chinese, as bilingual pages give them
//! (`抓获犯罪嫌疑人3000余名`, `破获1.2万起案件`): a verb and a noun of
//! [`CJK_VERBS`] and [`CJK_NOUNS`] in the Chinese words around the
//! number. Not attempted: clauses, lists sharing a verb, money.

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
        // The verb: the last one in the run.
        let Some((verb_at, verb)) = CJK_VERBS
            .iter()
            .filter_map(|&(w, v)| run.rfind(w).map(|i| (i, v)))
            .max_by_key(|&(i, _)| i)
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
            .filter(|(w, _)| run.ends_with(w) && run.len() - w.len() > verb_at)
            .map(|&(w, t)| (run_start + run.len() - w.len(), w.len(), t))
            .max_by_key(|&(_, len, _)| len)
            .or_else(|| {
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
            how: "cjk_verb",
            what: "cjk_noun",
        };
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
}
