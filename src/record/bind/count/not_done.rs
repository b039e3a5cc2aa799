//! Numbers that stand where a count would but count nothing done: a
//! duration used as a modifier (`over the seven year period`), a share
//! given to each of something counted before (`each attracting 9,000
//! visitors`), and a difference (`one case less than last year`).

use super::*;

/// Whether the number ending at `end` is a duration set before a noun
/// (`the seven year period`, `a three month campaign`): a singular unit
/// of time right after it, then a word.
pub(super) fn duration_modifier(text: &str, end: usize) -> bool {
    let at = skip_gap(text, end, 2);
    let rest = text.get(at..).unwrap_or("");
    let unit = ascii_word_len(rest);
    let singular = ["year", "month", "week", "day", "hour"]
        .iter()
        .any(|u| rest[..unit].eq_ignore_ascii_case(u));
    singular
        && rest[unit..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Whether `each` stands right before the word before the number (`each
/// attracting over 9,000 visitors`, `each with 40 members`): the number
/// is what each of those counted before had, no count of its own. (Only
/// a participle or `with`, or `each` opening a clause after `and` or a
/// comma: right after a subject before a finite verb, `each` is the
/// subject's, and the count is theirs: `the stations each sent 30
/// officers`.)
pub(super) fn for_each(text: &str, before: WordBefore<'_>) -> bool {
    let word = before.word;
    if word.is_empty() {
        return false;
    }
    let end = skip_back_spaces(text, before.gap - word.len(), 0);
    // (`each` is the whole word before: its four bytes, and no letter
    // before them; read from the bytes, as most counts have none.)
    let b = text.as_bytes();
    if !(end >= 4
        && b[end - 4..end].eq_ignore_ascii_case(b"each")
        && (end == 4 || !b[end - 5].is_ascii_alphabetic()))
    {
        return false;
    }
    let shared = word.eq_ignore_ascii_case("with")
        || (word.len() > 4
            && word
                .get(word.len() - 3..)
                .is_some_and(|e| e.eq_ignore_ascii_case("ing")));
    // (`each` opening a clause of its own stands for those counted
    // before: `and each got 30 leaflets`.)
    let at = skip_back_spaces(text, end - 4, 0);
    let opens =
        text[..at].ends_with([',', ';']) || ascii_word_before(text, at).eq_ignore_ascii_case("and");
    shared || opens
}

/// Whether the count ending at `end` is a difference: its noun, then
/// `less than`, `more than` or `fewer than` (`one case less than in
/// 2022`, `12 cases more than last year`).
pub(super) fn difference(text: &str, end: usize) -> bool {
    let at = skip_gap(text, end, 2);
    let rest = text.get(at..).unwrap_or("");
    let noun = ascii_word_len(rest);
    let Some(rest) = rest[noun..].strip_prefix(' ') else {
        return false;
    };
    noun > 0
        && ["less than ", "more than ", "fewer than "]
            .iter()
            .any(|c| starts_ignore_case(rest.as_bytes(), c.as_bytes()))
}

/// Whether the words at `at` only promise what is done to a count (`6
/// more are being sought`, `3 others are expected to be charged`, `are
/// to be questioned`): nothing done yet.
pub(super) fn promised(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").as_bytes();
    [
        "are being sought",
        "are being hunted",
        "are expected to be ",
        "are to be ",
        "is expected to be ",
    ]
    .iter()
    .any(|p| starts_ignore_case(rest, p.as_bytes()))
}

#[cfg(test)]
mod tests {
    use crate::record::bind::tests::r;

    #[test]
    fn a_duration_before_a_noun_counts_nothing() {
        insta::assert_snapshot!(r("A total of 9,011 suspects were arrested by customs police over the five year period."), @"tally Arrests 9011 (suspects)");
        insta::assert_snapshot!(r("The three month drive netted 41 suspects."), @"tally Arrests 41 (suspects)");
        // A duration counted on its own stays out, and counts stay.
        insta::assert_snapshot!(r("Police arrested 5 suspects in two years."), @"tally Arrests 5 (suspects)");
    }

    #[test]
    fn what_each_had_is_no_count() {
        insta::assert_snapshot!(r("Police secured more than 800 gatherings, each attracting over 20,000 visitors."), @"");
        insta::assert_snapshot!(r("Officers busted 6 rings, each with about 30 members."), @"tally GangsBusted 6 (rings)");
        // Not `each` two words back.
        insta::assert_snapshot!(r("Each team arrested 12 suspects."), @"tally Arrests 12 (suspects)");
        insta::assert_snapshot!(r("Officers raided 14 farms, each holding about 300 stolen sheep."), @"");
        // `each` before a finite verb is the subject's: the count stands.
        insta::assert_snapshot!(r("The three border units each sent 25 officers."), @"tally OfficersDeployed 25 (officers)");
        // (`each` opening its own clause stands for those counted before.)
        insta::assert_snapshot!(r("Officers called at 120 shops and each got 15 posters."), @"tally PlacesInspected 120 (shops)");
    }

    #[test]
    fn a_count_only_promised_is_not_done() {
        insta::assert_snapshot!(r("Police held 22 suspects and 9 more are being sought."), @"tally Arrests 22 (suspects)");
        insta::assert_snapshot!(r("Officers detained 14 dealers; 4 others are expected to be arrested soon."), @"tally Arrests 14 (dealers)");
        insta::assert_snapshot!(r("Another 11 suspects are to be questioned next week."), @"");
        // Done, they count.
        insta::assert_snapshot!(r("Police held 22 suspects and 9 more were caught later."), @r"
        tally Arrests 22 (suspects)
        tally Arrests 9 (suspects)
        ");
    }

    #[test]
    fn a_difference_is_no_count() {
        insta::assert_snapshot!(r("The county logged four arson cases in 2023, one case less than the year before."), @"tally CasesFiled 4 (arson cases)");
        insta::assert_snapshot!(r("Police solved 96 burglaries, 12 cases more than last year."), @"tally CasesSolved 96 (burglaries)");
        insta::assert_snapshot!(r("Police solved 96 burglaries and 12 cases of arson."), @r"
        tally CasesSolved 96 (burglaries)
        tally CasesSolved 12 (cases of arson)
        ");
    }
}
