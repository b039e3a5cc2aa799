//! Inspections: what a verb did to a place or a hazard (checked, found,
//! fixed), and the hazards a pair of verbs joined by `and` counts twice.

use super::*;

/// What a verb did to a place or a hazard, if it inspected, found or
/// fixed it: `checked 300 places`, `found 40 hidden dangers`, `dealt with
/// 12 hazards`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Inspection {
    Checked,
    Found,
    Fixed,
}

/// `found and rectified 310 fire hazards`, `660 hidden dangers were
/// investigated and rectified`: the hazards one verb of a pair joined by
/// `and` counts are counted by the other too. Given the verb `at` that
/// made the tally `kind`, the kind its partner makes, if any: a verb of
/// finding right before `and` it, or a verb of fixing right after `and`
/// past it. `verbs` is [`Index::verbs`].
pub(in crate::record::bind) fn hazard_pair(
    text: &str,
    verbs: &[(usize, usize, Verb)],
    kind: TallyKind,
    at: usize,
) -> Option<TallyKind> {
    let is = |v: Verb, want: Inspection| inspection(v) == Some(want);
    match kind {
        TallyKind::HazardsRectified => {
            let before = text.get(..at)?.trim_end().strip_suffix(" and")?;
            let e = before.trim_end().len();
            let i = verbs.partition_point(|&(end, _, _)| end < e);
            let &(end, _, v) = verbs.get(i)?;
            (end == e && (is(v, Inspection::Found) || is(v, Inspection::Checked)))
                .then_some(TallyKind::HazardsFound)
        }
        TallyKind::HazardsFound => {
            let i = verbs.partition_point(|&(end, _, _)| end <= at);
            let &(end, start, _) = verbs.get(i).filter(|&&(_, s, _)| s == at)?;
            let rest = text.get(end..)?.strip_prefix(" and ")?;
            let s = end + " and ".len();
            let j = verbs.partition_point(|&(e, _, _)| e <= s);
            let &(_, s2, v) = verbs.get(j)?;
            (start == at && s2 == s && !rest.is_empty() && is(v, Inspection::Fixed))
                .then_some(TallyKind::HazardsRectified)
        }
        _ => None,
    }
}

/// The [`Inspection`] a verb makes. Every verb class is named here: a new
/// class is a compile error until it is placed.
pub(super) fn inspection(verb: Verb) -> Option<Inspection> {
    match verb {
        Verb::Check => Some(Inspection::Checked),
        Verb::Find | Verb::Solve => Some(Inspection::Found),
        Verb::Rectify | Verb::Bust | Verb::Handle => Some(Inspection::Fixed),
        Verb::Arrest
        | Verb::Detain
        | Verb::File
        | Verb::Deploy
        | Verb::Mediate
        | Verb::Rescue
        | Verb::Publicize
        | Verb::Seize
        | Verb::Confiscate
        | Verb::Recover
        | Verb::Freeze
        | Verb::Intercept
        | Verb::Return
        | Verb::Dissuade
        | Verb::Issue
        | Verb::Avoid
        | Verb::Block
        | Verb::Visit
        | Verb::Prosecute
        | Verb::Harm
        | Verb::Surrender
        | Verb::Commit => None,
    }
}
