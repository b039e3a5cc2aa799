//! Cases counted by the payments stopped in them: `In 37 cases, the
//! centre stopped payment in time`, `intercepted 5.2 million yuan of
//! payments in 418 scams`.

use super::*;

/// The heads of a count of frauds (`in 418 scams`).
const CASES: [&str; 7] = [
    "cases",
    "deceptions",
    "frauds",
    "incidents",
    "instances",
    "scams",
    "swindles",
];

impl<'a> Binder<'_, 'a> {
    /// Fills the payments stopped with `f` when it counts the frauds
    /// (`in 37 cases`, right after `in`) in which its sentence stops or
    /// intercepts payments (`stopped payment`, `made stop payments`,
    /// `intercepted ... payments`). Returns whether it did.
    pub(in crate::record::bind) fn cases_stop_paid(
        &mut self,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
    ) -> bool {
        let text = self.text;
        if f.unit.is_some() || !f.value.is_integer() || !ctx.before.word.eq_ignore_ascii_case("in")
        {
            return false;
        }
        let head = f.noun_str().map(last_word_of);
        if !head.is_some_and(|h| CASES.iter().any(|c| h.eq_ignore_ascii_case(c))) {
            return false;
        }
        let sentence = &text[ctx.sentence.range()];
        if !stops_payments(sentence) {
            return false;
        }
        self.rule.what = "cases_stop_paid";
        self.set_fraud(FraudField::PaymentsStopped, f)
    }
}

/// Whether `sentence` stops or intercepts payments: a word of stopping
/// (`stop`, `stopped`, `stopping`, `intercepted`, `intercepting`) and,
/// within the six words after it, one of paying (`payment`,
/// `payments`, `stop-payment`; `paid`, as in `stop-paid`).
fn stops_payments(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(80)
        .collect();
    let starts = |w: &str, p: &str| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p);
    let pays = |w: &str| starts(w, "payment") || w.eq_ignore_ascii_case("paid");
    words.iter().enumerate().any(|(i, w)| {
        let (stop, rest) = match w.split_once('-') {
            Some((a, b)) => (a, Some(b)),
            None => (*w, None),
        };
        let stopping = starts(stop, "stop") || starts(stop, "intercept");
        stopping && (rest.is_some_and(pays) || words[i + 1..].iter().take(6).any(|n| pays(n)))
    })
}
