//! Counts only expected or announced, read from the words around them:
//! a nominal arrest expected (`Arrests of 500 suspects are expected`),
//! those counted who will act (`210 officers who will guard`), and how
//! often one thing was acted on (`called the police 12 times`).

use super::*;

/// Whether a regular past form (`organized`, `assigned`) stands among the
/// words from `floor` to `start`: a verb the lexicon does not know, done
/// to the count after it.
pub(super) fn past_form_before(text: &str, floor: usize, start: usize) -> bool {
    text.get(floor..start).is_some_and(|b| {
        b.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| w.len() > 4 && w.ends_with("ed"))
    })
}

/// Whether the words at `at`, right after the noun of a nominal count
/// (`Arrests of 500 suspects`, its subject), only expect it: `are
/// expected`, `is likely`, `will follow`, `would come`. What is expected
/// has not been done.
pub(super) fn nominal_expected(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let mut words = rest
        .split_ascii_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()));
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    let first = words.next().unwrap_or("");
    if is(first, &["will", "would", "shall"]) {
        return true;
    }
    if !is(first, &["is", "are"]) {
        return false;
    }
    let mut second = words.next().unwrap_or("");
    if is(second, &["also", "still", "now"]) {
        second = words.next().unwrap_or("");
    }
    is(
        second,
        &[
            "anticipated",
            "due",
            "expected",
            "likely",
            "planned",
            "set",
            "to",
        ],
    )
}

/// Whether the words at `at`, right after a count, open a relative clause
/// that only announces its act: `who` or `that`, then
/// [`super::not_done::will_act`] or a
/// promised passive (`210 officers who will guard the stadium`, `48
/// suspects who will be handed over`). It describes those counted; the
/// caller asks it only where no verb before the count did anything to
/// them (`There are 210 officers who will guard ...`).
pub(super) fn relative_will(text: &str, at: usize, ceil: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").as_bytes();
    let Some(len) = [&b"who "[..], b"that "]
        .iter()
        .find(|w| starts_ignore_case(rest, w))
        .map(|w| w.len())
    else {
        return false;
    };
    let next = skip_gap(text, at + len - 1, 2);
    super::not_done::will_act(text, next) || super::modal_be(text, next, ceil)
}

/// The words from `floor` to the number at `start` before a closing
/// `arrest of` or `arrests of` (past `another` or `the`), if they end so:
/// the count is a nominal act's (`arrests of 500 suspects`).
pub(super) fn arrests_of(text: &str, floor: usize, start: usize) -> Option<&str> {
    let before = text.get(floor..start)?;
    let mut b = before.trim_end();
    for w in ["another", "the"] {
        if ends_ignore_case(b.as_bytes(), w.as_bytes()) && b[..b.len() - w.len()].ends_with(' ') {
            b = b[..b.len() - w.len()].trim_end();
        }
    }
    ["arrests of", "arrest of"].iter().find_map(|a| {
        let cut = b.len().checked_sub(a.len())?;
        (b.get(cut..)?.eq_ignore_ascii_case(a) && (cut == 0 || b[..cut].ends_with(' ')))
            .then(|| b[..cut].trim_end())
    })
}

/// Whether the words `lead` before a nominal `the arrests of` end in a
/// verb of expecting (`Officers expect the arrests of 500 suspects`).
pub(super) fn expects(lead: &str) -> bool {
    let lead = lead.strip_suffix("the").unwrap_or(lead).trim_end();
    let word = ascii_word_before(lead, lead.len());
    ["anticipat", "expect", "foresee"]
        .iter()
        .any(|e| starts_ignore_case(word.as_bytes(), e.as_bytes()))
}

/// Whether the count `f` of `times`, its noun `noun` before it (machine
/// translation's order), only says how often one thing was acted on: the
/// noun is a definite one (`called the police 12 times`, `visited her
/// home 3 times`, `the victim's phone`), no plural counted in turns
/// (`checked vehicles 66,569 times`, `dispatched police 500 times`).
pub(super) fn one_thing_times(text: &str, f: &Figure<'_>, noun: &str) -> bool {
    if !f.noun_str().is_some_and(|n| n == "times" || n == "time") {
        return false;
    }
    let start = start_of(text, noun);
    let lead = text[..start].trim_end();
    let word = ascii_word_before(lead, lead.len());
    ["the", "her", "his", "its", "their", "this", "that"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
        || lead.ends_with("'s")
        || lead.ends_with("\u{2019}s")
}

#[cfg(test)]
mod tests {
    use crate::record::bind::tests::r;

    #[test]
    fn expected_arrests_take_no_one() {
        insta::assert_snapshot!(r("Arrests of 350 more suspects are expected in the coming weeks."), @"");
        insta::assert_snapshot!(r("Officials said arrests of another 90 gang members are likely."), @"");
        insta::assert_snapshot!(r("The arrest of 60 suspects is expected after the raids."), @"");
        insta::assert_snapshot!(r("Investigators expect the arrests of 25 suspects."), @"");
        // Made, they count.
        insta::assert_snapshot!(r("Arrests of 350 suspects were made in the raids."), @"tally Arrests 350 (Arrests)");
        insta::assert_snapshot!(r("Police confirmed the arrests of 16 gang members on Monday."), @"tally Arrests 16 (gang members)");
    }

    #[test]
    fn those_who_will_act_are_announced() {
        insta::assert_snapshot!(r("There are 150 officers who will guard the exam sites."), @"");
        insta::assert_snapshot!(r("Some 36 suspects who will be handed over to China were named."), @"");
        // A verb before them did something to them.
        insta::assert_snapshot!(r("The bureau deployed 150 officers who will guard the exam sites."), @"tally OfficersDeployed 150 (officers)");
        insta::assert_snapshot!(r("The county organized 80 auxiliary police who will patrol the fair."), @"tally OfficersDeployed 80 (auxiliary police)");
    }

    #[test]
    fn how_often_one_thing_was_acted_on_is_no_count() {
        insta::assert_snapshot!(r("The old man called the police 14 times that week."), @"");
        insta::assert_snapshot!(r("She rang the anti-fraud hotline 6 times before the transfer."), @"");
        // Turns of checks, or of plural things, still count.
        insta::assert_snapshot!(r("Officers checked the vehicle 3,200 times at the toll gate."), @r"
        tally VehiclesChecked 3200 (vehicle)
        warning binding guessed from machine-translated word order (noun before its number) [3,200]
        ");
        insta::assert_snapshot!(r("Police patrolled 940 times along the river."), @"tally Patrols 940 (times)");
    }
}
