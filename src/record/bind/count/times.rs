//! Counts of times and pieces: the act each one stands for.

use super::*;

/// The act a count of `n` (`times`, or `pieces`, 条) stands for, read
/// from the number at `start` back to `floor`, the start of its sentence;
/// `None` when `n` is no such count or names no act.
///
/// `early warnings were issued 7,600 times`, `warning information was
/// pushed 15.6万 pieces`: the subject of its verb names the act.
/// `patrolled 1,600 times`: the verb right before names it, a patrol each
/// time. `were blocked from being deceived 2,110 times`: a participle of
/// fraud right before counts the frauds, one each time.
pub(super) fn act_counted<'a>(
    w: &Words<'_, 'a>,
    n: NounPhrase<'a>,
    prev: &str,
    start: usize,
    floor: usize,
) -> Option<NounPhrase<'a>> {
    if n.before || n.class != Some(Noun::Measure) || !matches!(n.text, "times" | "pieces") {
        return None;
    }
    let is = |words: &[&str]| words.iter().any(|p| prev.eq_ignore_ascii_case(p));
    let act = |class| NounPhrase {
        class: Some(class),
        ..n
    };
    subject_before(w, start, floor)
        .filter(|s| matches!(s.class, Some(Noun::Warning | Noun::Visit | Noun::Payment)))
        .or_else(|| {
            is(&["patrol", "patrolled", "patrolling", "patrols"]).then(|| act(Noun::Patrol))
        })
        .or_else(|| {
            (n.text == "times" && is(&["deceived", "defrauded", "cheated", "scammed", "swindled"]))
                .then(|| act(Noun::Case))
        })
}
