//! Changes not made: an aim (`aims to cut`), a modal (`should drop`), a
//! target (`a target of reducing`) or a condition (`If thefts fall`).

use super::*;

/// Whether the direction word at `s` is an aim rather than a change made:
/// `aims to cut fraud by 10%`, `plans to increase patrols by 20%`. A verb
/// of going on before the `to` keeps it a change: `continued to fall 5%`.
pub(super) fn is_goal(text: &str, s: usize) -> bool {
    let to_end = skip_back_spaces(text, s, 0);
    let to = ascii_word_before(text, to_end);
    if !to.eq_ignore_ascii_case("to") {
        return is_unreal(text, to_end, to);
    }
    let verb = ascii_word_before(text, skip_back_spaces(text, to_end - to.len(), 0));
    !GOING_ON.iter().any(|w| verb.eq_ignore_ascii_case(w))
}

/// Whether the direction word after the word `prev` (which ends at
/// `prev_end`) states a change not made: a modal (`should drop`, `could
/// rise`; lower case, so the month in `cases in May fell` is none), a
/// target (`a target of reducing`), or a condition opening its clause
/// (`If thefts fall 20%`, within a few words, back to a clause edge).
fn is_unreal(text: &str, prev_end: usize, prev: &str) -> bool {
    if MODALS.contains(&prev) {
        return true;
    }
    if prev.eq_ignore_ascii_case("of") {
        let noun = ascii_word_before(text, skip_back_spaces(text, prev_end - prev.len(), 0));
        if TARGETS.iter().any(|t| noun.eq_ignore_ascii_case(t)) {
            return true;
        }
    }
    let (mut end, mut word) = (prev_end, prev);
    for _ in 0..6 {
        // Words back to a clause edge (punctuation before a word).
        if word.is_empty() {
            return false;
        }
        if ["if", "unless"]
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c))
        {
            return true;
        }
        let start = end - word.len();
        end = skip_back_spaces(text, start, 0);
        if end == start {
            return false;
        }
        word = ascii_word_before(text, end);
    }
    false
}

/// Whether the percent at `start`, whose direction word follows it (`a
/// 20% reduction`), is aimed at: `aims at a`, `a target of a`, `seeks a`.
pub(super) fn is_aimed_at(text: &str, start: usize) -> bool {
    let end = skip_back_spaces(text, start, 0);
    let article = ascii_word_before(text, end);
    if !["a", "an"].iter().any(|a| article.eq_ignore_ascii_case(a)) {
        return false;
    }
    let end = skip_back_spaces(text, end - article.len(), 0);
    let word = ascii_word_before(text, end);
    if [
        "seek",
        "seeks",
        "seeking",
        "targets",
        "targeting",
        "targeted",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
    {
        return true;
    }
    if !["at", "for", "of"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let noun = ascii_word_before(text, skip_back_spaces(text, end - word.len(), 0));
    AIMS.iter().any(|a| noun.eq_ignore_ascii_case(a))
}

/// Words of aiming before `at` / `for` / `of`: `aims at a 20% cut`.
const AIMS: &[&str] = &[
    "aim",
    "aimed",
    "aiming",
    "aims",
    "goal",
    "objective",
    "target",
];

/// Modals before a direction word: the change is asked for, feared or
/// supposed, not reported.
const MODALS: &[&str] = &[
    "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Nouns of a goal before `of` + a change word: `a target of reducing`.
const TARGETS: &[&str] = &["aim", "goal", "objective", "target"];

/// Verbs after which `to` + a change word states a change made.
const GOING_ON: &[&str] = &[
    "began",
    "begun",
    "continue",
    "continued",
    "continues",
    "continuing",
    "started",
    "starting",
];

#[cfg(test)]
mod tests {
    use super::super::tests::trends;
    use insta::assert_snapshot;

    #[test]
    fn a_change_asked_for_feared_or_supposed_is_no_trend() {
        assert_snapshot!(trends(&[
            "Burglaries should fall by 15 percent next year.",
            "Officials warned that frauds could rise 12%.",
            "The bureau set a goal of cutting thefts by 25%.",
            "If robberies drop 30%, the county gets an award.",
            "Unless patrols are added, burglaries will increase 10%.",
            "Thefts reported in May fell 9.1%, and robberies that fell 4% last year fell again.",
        ]), @"
        Burglaries should fall by 15 percent next year. => 
        Officials warned that frauds could rise 12%. => 
        The bureau set a goal of cutting thefts by 25%. => 
        If robberies drop 30%, the county gets an award. => 
        Unless patrols are added, burglaries will increase 10%. => 
        Thefts reported in May fell 9.1%, and robberies that fell 4% last year fell again. => Decrease 9.1 (Thefts reported in May); Decrease 4 (robberies that)
        ");
    }

    #[test]
    fn a_change_aimed_at_before_its_noun_is_no_trend() {
        assert_snapshot!(trends(&[
            "The plan aims at a 15% cut in frauds, with a goal of a 10% drop in thefts.",
            "The drive brought a 12% drop in frauds.",
        ]), @"
        The plan aims at a 15% cut in frauds, with a goal of a 10% drop in thefts. => 
        The drive brought a 12% drop in frauds. => Decrease 12 (frauds)
        ");
    }
}
