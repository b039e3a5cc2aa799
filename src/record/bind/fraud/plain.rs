//! Fraud named with and without a telecom word: `Deception cases fell to
//! 6,200, with phone deceptions down to 870`. The field takes the count
//! that is specifically about telecom / online fraud, however small; the
//! count of fraud of every kind is a tally.

use super::*;

/// How a count's own noun names fraud.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(in crate::record::bind) enum Named {
    /// With a telecom word: `online scam cases`, `telephone deceptions`.
    Telecom,
    /// With no telecom word: `deception cases`, `fraud cases`.
    Plain,
    /// Not at all: `cases`, `suspects`.
    Neither,
}

/// A count of plain fraud holding a field, with what makes it a tally
/// when a count naming telecom fraud takes the field.
pub(in crate::record::bind) type PlainHolder<'a> =
    (FraudField, Figure<'a>, TallyKind, &'a str, Rule);

/// The bit of `field` in [`Binder::telecom_held`].
fn bit(field: FraudField) -> u32 {
    1 << (field as u32)
}

impl<'a> Binder<'_, 'a> {
    /// How the noun `what` (of this text) names fraud, with the two words
    /// right before it that may modify it (`telephone deceptions`, `Fraud
    /// cases`, read from their heads): a telecom word there is a telecom
    /// one.
    pub(in crate::record::bind) fn fraud_named(&self, what: &str) -> Named {
        let text = self.text;
        let (start, end) = (start_of(text, what), end_of(text, what));
        let span = Span::new(modifiers_start(text, start), end);
        if !Index::any(&self.index.fraud, span) {
            Named::Neither
        } else if Index::any(&self.index.telecom, span) {
            Named::Telecom
        } else {
            Named::Plain
        }
    }

    /// Fills `field` with the count `f` of `kind` (noun `what`, named as
    /// `named` says), weighing fraud named with and without a telecom
    /// word: a count naming telecom fraud displaces a plain one (then a
    /// tally), unless it is a part of it (`fraud cases, including 300
    /// online scams`); a plain one never displaces a telecom one. Returns
    /// whether the field took the count.
    pub(in crate::record::bind) fn fill_weighed(
        &mut self,
        field: FraudField,
        f: &Figure<'a>,
        (kind, what, named): (TallyKind, &'a str, Named),
        detained: bool,
        sentence: Span,
    ) -> bool {
        // (A count is whole: `scams reported daily rose to 5.4` is an
        // average, no count of cases.)
        if !f.value.is_integer() {
            return false;
        }
        // (A repeat of the telecom count's value is that count retold:
        // accounted for, as the field's filling says.)
        if named == Named::Plain && self.telecom_held & bit(field) != 0 {
            let slot = self.fraud.slot(field).as_ref();
            return slot.is_some_and(|g| g.value == f.value && g.unit == f.unit);
        }
        // (The plain count still holding the field, when this one may
        // take it.)
        let displaced = match self.plain_fraud.take() {
            // (Not by its own value retold: one fact.)
            Some(p)
                if named == Named::Telecom
                    && p.0 == field
                    && p.1.value != f.value
                    && !part_between(self.text, &p.1, f)
                    && !part_after(self.text, f) =>
            {
                let held = self.fraud.slot(field).take_if_span(p.1.span);
                match held {
                    true => Some(p),
                    false => None,
                }
            }
            other => {
                self.plain_fraud = other;
                None
            }
        };
        let filled = self.fill_fraud_count(field, f, what, detained, sentence);
        if let Some((_, old, old_kind, old_what, rule)) = displaced {
            if filled {
                let now = std::mem::replace(&mut self.rule, rule);
                self.tally(old_kind, old_what, &old);
                self.rule = now;
            } else {
                *self.fraud.slot(field) = Some(old.clone());
                self.plain_fraud = Some((field, old, old_kind, old_what, rule));
            }
        }
        let holds = self
            .fraud
            .slot(field)
            .as_ref()
            .is_some_and(|h| h.span == f.span);
        if filled && holds {
            match named {
                Named::Telecom => self.telecom_held |= bit(field),
                Named::Plain => self.plain_fraud = Some((field, f.clone(), kind, what, self.rule)),
                Named::Neither => {}
            }
        }
        filled
    }
}

/// Where the two words before `start` (of `text`) start, when they are
/// words joined to it by single spaces or hyphens (no number, no mark):
/// `Fraud cases` from `cases`, `online scam cases` from `cases`.
fn modifiers_start(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut at = start;
    for _ in 0..2 {
        let Some(&sep) = at.checked_sub(1).and_then(|i| b.get(i)) else {
            break;
        };
        if !matches!(sep, b' ' | b'-') {
            break;
        }
        let word = b[..at - 1]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if word == 0 || word > 20 {
            break;
        }
        at = at - 1 - word;
    }
    at
}

/// Whether the words between two counts open a part of the first
/// (`including`, `among them`, `of which`): the second is then one kind
/// of the first's fraud, not the telecom count that displaces it.
fn part_between(text: &str, first: &Figure<'_>, second: &Figure<'_>) -> bool {
    const OPENERS: [&str; 5] = ["including", "among", "of which", "of them", "in which"];
    text.get(first.span.end..second.span.start)
        .is_some_and(|b| b.len() < 160 && OPENERS.iter().any(|o| b.contains(o)))
}

/// Whether the words right after a count, in its clause, make it a part
/// of what came before (`with 510 phone scams among them`, `620 online
/// frauds of these`).
fn part_after(text: &str, second: &Figure<'_>) -> bool {
    const MARKS: [&str; 4] = ["among them", "among these", "of them", "of these"];
    let rest = text.as_bytes().get(second.span.end..).unwrap_or(&[]);
    let Some(len) = rest
        .iter()
        .take(60)
        .position(|c| matches!(c, b',' | b'.' | b';' | b'\n'))
    else {
        return false;
    };
    let clause = &rest[..len];
    MARKS
        .iter()
        .any(|m| clause.windows(m.len()).any(|w| w == m.as_bytes()))
}

/// Emptying a field's slot only when it holds the figure at `span`.
trait TakeIfSpan {
    /// Whether the slot held the figure at `span` (now emptied).
    fn take_if_span(&mut self, span: Span) -> bool;
}

impl TakeIfSpan for Option<Figure<'_>> {
    fn take_if_span(&mut self, span: Span) -> bool {
        let holds = self.as_ref().is_some_and(|h| h.span == span);
        if holds {
            *self = None;
        }
        holds
    }
}
