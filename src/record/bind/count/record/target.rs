//! Where a count goes once its noun and verb classes have chosen its
//! target: a tally (or the fraud field its noun or document makes it,
//! with the second tally of a pair of verbs), or a fraud field.

use super::*;

impl<'a> Binder<'_, 'a> {
    /// Records `f`, counting `noun` (taken by `verb`), as `target` says.
    pub(super) fn record_target(
        &mut self,
        target: Target,
        f: &Figure<'a>,
        ctx: &Ctx<'_, 'a>,
        noun: NounPhrase<'a>,
        verb: Option<(Verb, usize)>,
    ) {
        let text = self.text;
        // `1,200 online deceptions of these`: a pronoun of the total after
        // the part names no more of what it counts.
        let mut noun = noun;
        noun.text = without_pronoun(noun.text);
        match target {
            Target::Tally(kind) => {
                let fraud_field = tally_fraud_field(kind);
                // `solved 96 cases of theft and 37 cases of telecom fraud`:
                // a count whose own noun names telecom fraud (and no other
                // crime) is a fraud count, whatever else its clause names;
                // not where crimes listed after it share the count (`cases
                // of telecom fraud, burglary and robbery`, `of telecom fraud
                // and other property crimes`).
                // (The list is read only for a noun that names telecom fraud.)
                let own_fraud = || {
                    let end = end_of(text, noun.text);
                    let span = Span::new(start_of(text, noun.text), end);
                    Index::any(&self.index.fraud, span)
                        && Index::any(&self.index.telecom, span)
                        && {
                            // (Read once, for both lookups.)
                            let listed = Span::new(span.start, fraud::crime_list_end(text, end));
                            !Index::any(&self.index.other_crimes, listed)
                                && !Index::any(&self.index.mixed, listed)
                        }
                };
                // (Cases solved for other places are theirs: a tally.)
                let for_others = || {
                    verb.is_some_and(|(_, at)| stage::done_for_others(text, at, ctx.sentence.start))
                };
                let field = fraud_field.filter(|_| ctx.fraud || (!noun.before && own_fraud()));
                // (Suspects repatriated or handed over are counted home,
                // not arrested: see `fraud::moved_home`; in fraud work or
                // out of it.)
                let moved = match kind {
                    TallyKind::Arrests => verb.and_then(|(_, at)| fraud::moved_home(text, at)),
                    _ => None,
                };
                let kind = match moved {
                    Some(fraud::Moved::SentHome) => TallyKind::Other,
                    Some(fraud::Moved::HandedOver) | None => kind,
                };
                let field = field.filter(|_| moved.is_none());
                if let Some(field) = field.filter(|_| !for_others()) {
                    let detained = verb.is_some_and(|(v, _)| v == Verb::Detain);
                    let named = (kind, noun.text, self.framed_named(field, f, noun.text, ctx));
                    if self.fill_weighed(field, f, named, detained, ctx.sentence) {
                        return;
                    }
                }
                self.tally(kind, noun.text, f);
                // `found and rectified 310 hazards`: both verbs count them.
                let pair = verb.and_then(|(_, at)| hazard_pair(text, &self.index.verbs, kind, at));
                if let Some(other) = pair {
                    self.tally(other, noun.text, f);
                }
            }
            Target::Fraud(field) => {
                // People count as warnings only where their clause speaks
                // of warning them (`were warned`, `warnings were sent to`),
                // not wherever a verb of sending stands (`sent 300 people
                // to villages`).
                let people = matches!(noun.class, Some(Noun::Generic | Noun::Victim));
                if field == FraudField::WarningsIssued
                    && people
                    && !speaks_of_warning(&text[ctx.clause.range()])
                {
                    return;
                }
                self.set_fraud(field, f);
            }
        }
    }
}

/// `intercepted 12 stowaways`: people intercepted are caught only when
/// the count's own noun, right beside it, names them; a noun carried over
/// from the count before (`arrested 40 suspects and intercepted 3 billion
/// ...`, `elided`) or read past `of` is not theirs. (Anything else
/// intercepted is read as it was.)
pub(super) fn intercepted_as_written(
    text: &str,
    f: &Figure<'_>,
    noun: NounPhrase<'_>,
    elided: bool,
) -> bool {
    let beside = if noun.before {
        end_of(text, noun.text) == skip_back_spaces(text, f.span.start, 0)
    } else {
        start_of(text, noun.text) == skip_spaces(text, f.span.end, 2)
    };
    noun.class != Some(Noun::Person) || (beside && !elided)
}

impl<'a> Binder<'_, 'a> {
    /// How the noun `what` of the count `f` (for `field`) names fraud,
    /// read with its sentence's frame: a plain fraud noun after a count of
    /// another field, in the same sentence, with a telecom word between
    /// them speaks of that telecom fraud (`handled 1,640 cases of phone fraud and
    /// detained 900 fraudsters`), so it weighs as telecom against a
    /// smaller count that named it elsewhere (one operation's arrests).
    fn framed_named(
        &mut self,
        field: FraudField,
        f: &Figure<'a>,
        what: &str,
        ctx: &Ctx<'_, 'a>,
    ) -> Named {
        let named = self.fraud_named(what);
        if named != Named::Plain {
            return named;
        }
        // (Not where other crimes share the frame, `640 online scams and
        // 900 contract fraudsters`, nor past another count, `700 online
        // scams and 2,900 frauds of every kind, with 1,800 fraudsters`.)
        let framed = FraudField::ALL.iter().any(|&g| {
            g != field
                && self.fraud.slot(g).as_ref().is_some_and(|h| {
                    let between = Span::new(h.span.start, f.span.start);
                    let framed = Span::new(h.span.start, end_of(self.text, what));
                    ctx.sentence.start <= h.span.start
                        && h.span.end <= f.span.start
                        && !self.text[h.span.end..f.span.start]
                            .bytes()
                            .any(|b| b.is_ascii_digit())
                        && Index::any(&self.index.telecom, between)
                        && !Index::any(&self.index.other_crimes, framed)
                        && !Index::any(&self.index.mixed, framed)
                })
        });
        if framed {
            Named::Telecom
        } else {
            named
        }
    }
}

/// `noun` without an `of` pronoun of a total at its end (`of these`, `of
/// them`, `of which`, `of whom`), where the noun ran on past its head.
fn without_pronoun(noun: &str) -> &str {
    [
        " of these",
        " of them",
        " of which",
        " of whom",
        " of those",
    ]
    .iter()
    .find_map(|p| {
        let cut = noun.len().checked_sub(p.len())?;
        (noun.is_char_boundary(cut) && noun[cut..].eq_ignore_ascii_case(p)).then(|| &noun[..cut])
    })
    .filter(|cut| !cut.is_empty())
    .unwrap_or(noun)
}
