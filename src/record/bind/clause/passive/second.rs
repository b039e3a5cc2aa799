//! A second verb after the first: a list of verbs (`intercepted, frozen
//! and returned`) whose last is the outcome.

use super::*;

/// `were identified and rectified`: of two verbs, the later one is the
/// outcome, unless it is a later stage that makes no record (`arrested and
/// prosecuted`). So of a list of verbs: `intercepted, frozen and returned`
/// returned the money.
pub(in crate::record::bind) fn second_verb(
    w: &Words<'_, '_>,
    end: usize,
    ceil: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let mut end = end;
    let mut listed = None;
    // (`intercepted, frozen and ...`: up to two verbs after commas.)
    for _ in 0..2 {
        let comma = skip_gap(text, end, 0);
        if !text[comma..ceil.max(comma)].starts_with(',') {
            break;
        }
        let at = skip_gap(text, comma + 1, 1);
        match w.verb(at, ceil) {
            // (Not an active verb of its own object: `were solved,
            // arresting 15 suspects`.)
            Some((&v, len))
                if !matches!(v, Verb::Prosecute | Verb::Harm | Verb::Commit)
                    && !number_object(w, at + len) =>
            {
                listed = Some((v, at));
                end = at + len;
            }
            _ => break,
        }
    }
    and_verb_after(w, end, ceil).or(listed)
}

/// `and rectified` after the verb that ends at `end`: the later verb.
fn and_verb_after(w: &Words<'_, '_>, end: usize, ceil: usize) -> Option<(Verb, usize)> {
    let text = w.text();
    let j = skip_gap(text, end, 2);
    // `and` and its space inside the window.
    if j + 4 > ceil {
        return None;
    }
    let from = w.token_at(j)?;
    // (Most verbs have no `and` after them: told from the token, before
    // the window of tokens is found and the rule read.)
    let and = &w.tokens().all()[from];
    if and.kind() != Kind::Word || !text[j..and.end()].eq_ignore_ascii_case("and") {
        return None;
    }
    // The tokens that end within `ceil`.
    let all = w.tokens().all();
    let mut to = w.index_from(ceil);
    if to > 0 && all[to - 1].end() > ceil {
        to -= 1;
    }
    let (rest, (v, verb)) = and_verb(text)(TokenInput::window(w.tokens(), from, to)).ok()?;
    let object = number_object(w, all[rest.at() - 1].end());
    (!object && !matches!(v, Verb::Prosecute | Verb::Harm | Verb::Commit))
        .then_some((v, verb.start()))
}
