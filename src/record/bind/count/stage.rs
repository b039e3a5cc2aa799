//! Whose fraud count a count is, and which of two counts of suspects fills
//! the arrests field: cases solved for other places (`helped other
//! provinces solve 25 more`) are theirs, not the bureau's; a criminal
//! detention and a formal arrest in one sentence are two stages of the
//! same suspects, and the arrest is the field's.

use super::*;

impl<'a> Binder<'_, 'a> {
    /// Fill fraud `field` with the count `f` of `what` (its verb a
    /// detention when `detained`), in `sentence`; whether it is accounted
    /// for. A formal arrest outranks a detention of its own sentence, in
    /// either order (`1,324 were criminally detained and 929 arrested`,
    /// `arrested 929, criminally detained 1,324`): the detention stays a
    /// tally. Across sentences (or a semicolon) the broadest count wins as
    /// for any field (`detained over 900 suspects this year. In one
    /// operation 450 were arrested`).
    pub(in crate::record::bind) fn fill_fraud_count(
        &mut self,
        field: FraudField,
        f: &Figure<'a>,
        what: &'a str,
        detained: bool,
        sentence: Span,
    ) -> bool {
        // (A semicolon parts the stages' sentence: `detained over 900 this
        // year; in one operation 450 were arrested`.)
        let text = self.text;
        let within = |g: &Figure<'_>| {
            let (from, to) = (g.span.end.min(f.span.start), g.span.start.max(f.span.end));
            sentence.start <= g.span.start
                && g.span.end <= sentence.end
                && !text[from..to].contains([';', '；'])
        };
        let arrests = field == FraudField::SuspectsArrested;
        if arrests && !detained {
            let displaced = self
                .fraud_detention
                .as_ref()
                .is_some_and(|(old, ..)| within(old));
            if displaced {
                if let Some((old, what, rule)) = self.fraud_detention.take() {
                    self.fraud.suspects_arrested = None;
                    let now = std::mem::replace(&mut self.rule, rule);
                    self.tally(TallyKind::Arrests, what, &old);
                    self.rule = now;
                }
            }
        }
        // (The field holds a formal arrest when no detention holds it.)
        let after_arrest = arrests
            && detained
            && self.fraud_detention.is_none()
            && self.fraud.suspects_arrested.as_ref().is_some_and(within);
        if after_arrest || !self.set_fraud(field, f) {
            return false;
        }
        if arrests {
            let holds = self
                .fraud
                .suspects_arrested
                .as_ref()
                .is_some_and(|g| g.span == f.span);
            if detained && holds {
                self.fraud_detention = Some((f.clone(), what, self.rule));
            } else if holds {
                self.fraud_detention = None;
            }
        }
        true
    }
}

/// Whether the verb starting at `at` is done for others, the object of a
/// verb of helping whose words between name them (`helped other provinces
/// solve 25 cases`, `assisted other places to crack 12`, `assisted in
/// solving 8`) or its passive (`25 cases were helped to be solved`). Not
/// a helper credited with the bureau's own work (`big data helped solve
/// 300 cases`, `helped to solve`).
pub(super) fn done_for_others(text: &str, at: usize, floor: usize) -> bool {
    let helps = |word: &str| {
        [
            "help",
            "helped",
            "helping",
            "helps",
            "assist",
            "assisted",
            "assisting",
            "assists",
        ]
        .iter()
        .any(|h| word.eq_ignore_ascii_case(h))
    };
    let mut end = at;
    // The words read back so far, nearest first (at most five: no
    // allocation).
    let mut read = [""; 5];
    for n in 0..read.len() {
        let between = &read[..n];
        let gap = skip_back_spaces(text, end, 0);
        if gap <= floor || gap == end {
            return false;
        }
        let word = ascii_word_before(text, gap);
        if word.is_empty() {
            return false;
        }
        if helps(word) {
            let others = between.iter().any(|w| {
                ["other", "outside", "elsewhere", "brother"]
                    .iter()
                    .any(|o| w.eq_ignore_ascii_case(o))
            });
            let is = |xs: &[&str]| {
                between.len() == xs.len()
                    && between
                        .iter()
                        .rev()
                        .zip(xs)
                        .all(|(w, x)| w.eq_ignore_ascii_case(x))
            };
            return others || is(&["to", "be"]) || is(&["in"]);
        }
        read[n] = word;
        end = gap - word.len();
    }
    false
}
