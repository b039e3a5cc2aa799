//! Numbers that stand where a count would but count nothing done: a
//! duration used as a modifier (`over the seven year period`), a share
//! given to each of something counted before (`each attracting 9,000
//! visitors`), and a difference (`one case less than last year`).

use super::*;
use crate::text::byte_set::{folded_firsts, folded_in};

/// The word right after the number ending at `end` (past at most two
/// spaces: a run of ASCII letters, maybe empty) and the text after it,
/// read once for [`duration_modifier`] and [`difference`].
pub(super) fn word_after(text: &str, end: usize) -> (&str, &str) {
    let at = skip_gap(text, end, 2);
    let rest = text.get(at..).unwrap_or("");
    rest.split_at(ascii_word_len(rest))
}

/// Whether the number before `after` (its [`word_after`]) is a duration
/// set before a noun (`the seven year period`, `a three month
/// campaign`): a singular unit of time right after it, then a word.
pub(super) fn duration_modifier(after: (&str, &str)) -> bool {
    let (unit, tail) = after;
    let singular = ["year", "month", "week", "day", "hour"]
        .iter()
        .any(|u| unit.eq_ignore_ascii_case(u));
    singular
        && tail
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

/// Whether the count before `after` (its [`word_after`]) is a
/// difference: its noun, then `less than`, `more than` or `fewer than`
/// (`one case less than in 2022`, `12 cases more than last year`).
pub(super) fn difference(after: (&str, &str)) -> bool {
    let (noun, tail) = after;
    let Some(rest) = tail.strip_prefix(' ') else {
        return false;
    };
    // (By the first letter first: most words after a noun open none.)
    let b = rest.as_bytes();
    !noun.is_empty()
        && b.first().is_some_and(|&c| folded_in(&COMPARED_FIRSTS, c))
        && COMPARED.iter().any(|c| starts_ignore_case(b, c.as_bytes()))
}

/// The comparisons after a count's noun that make it a [`difference`].
const COMPARED: &[&str] = &["less than ", "more than ", "fewer than "];

/// The first letters of [`COMPARED`].
const COMPARED_FIRSTS: [bool; 256] = folded_firsts(&[COMPARED]);

/// Whether the words at `at` only promise what is done to a count (`6
/// more are being sought`, `3 others are expected to be charged`, `are
/// to be questioned`): nothing done yet.
pub(super) fn promised(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").as_bytes();
    // (A first letter that opens no phrase is turned away before the long
    // compares.)
    if !rest.first().is_some_and(|&b| folded_in(&PROMISE_FIRSTS, b)) {
        return false;
    }
    PROMISES
        .iter()
        .any(|p| starts_ignore_case(rest, p.as_bytes()))
}

/// The phrases that only promise what is done to a count ([`promised`]).
const PROMISES: &[&str] = &[
    "are being sought",
    "are being hunted",
    "are expected to be ",
    "are to be ",
    "is expected to be ",
];

/// The first letters of [`PROMISES`].
const PROMISE_FIRSTS: [bool; 256] = folded_firsts(&[PROMISES]);

/// Whether the verb at `at` is an act only announced: `will` right before
/// it (past `also`, `further`, `soon`) and the verb in its plain form
/// (`police will arrest 15 more`, `will also inspect 300 shops`). A past
/// form after `will` is machine translation's object marker 将 (`will 3
/// suspects arrested`, `will seized goods`), a done act.
pub(super) fn announced(text: &str, at: usize) -> bool {
    let mut word = &text[at..at + ascii_word_len(&text[at..])];
    let mut at = at;
    // (A particle read as the verb stands for the verb before it: `will
    // track down 5 others`, `will hand over 10 cases`.)
    if ["down", "over", "up", "out", "off", "back"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
    {
        let end = skip_back_spaces(text, at, 0);
        let verb = ascii_word_before(text, end);
        if verb.is_empty() {
            return false;
        }
        // (Right after `will`, the particle is all there is: `will up`.)
        if !verb.eq_ignore_ascii_case("will") {
            at = end - verb.len();
            word = verb;
        }
    }
    // (`will` first: the verb's own form is read only after it.)
    let mut end = skip_back_spaces(text, at, 0);
    let mut before = ascii_word_before(text, end);
    // (`will be sending 40 officers`: a progressive after `will be` is
    // announced too, past the `be`.)
    let progressive = before.eq_ignore_ascii_case("be") && word.ends_with("ing");
    for _ in 0..1 + usize::from(progressive) {
        if progressive && before.eq_ignore_ascii_case("be") {
            end = skip_back_spaces(text, end - before.len(), 0);
            before = ascii_word_before(text, end);
        }
        if ["also", "further", "soon", "then"]
            .iter()
            .any(|b| before.eq_ignore_ascii_case(b))
        {
            end = skip_back_spaces(text, end - before.len(), 0);
            before = ascii_word_before(text, end);
        }
    }
    if word.is_empty() || !before.eq_ignore_ascii_case("will") {
        return false;
    }
    progressive || !past_form(word)
}

/// Whether `word` is a past form or a gerund: after `will` it is machine
/// translation's object marker 将 (`will 3 suspects arrested`), a done act.
fn past_form(word: &str) -> bool {
    // (A plain form may end in -en too, `will open`, `will strengthen`:
    // only the participles of the few strong verbs are past.)
    word.ends_with("ed")
        || word.ends_with("ing")
        || [
            "caught", "held", "found", "sent", "took", "broke", "brought", "struck", "won",
            "beaten", "eaten",
        ]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
        || [
            "taken", "broken", "spoken", "woken", "shaken", "stolen", "frozen", "chosen", "given",
            "driven", "written", "hidden", "bitten", "ridden", "fallen", "gotten", "risen", "seen",
            "been", "proven", "stricken",
        ]
        .iter()
        .any(|p| ends_ignore_case(word.as_bytes(), p.as_bytes()))
}

/// Whether the words at `at`, right after a count, only announce its own
/// act: `will` (or `shall`), at most an adverb, then a plain verb (`300
/// officers will patrol the fair`, `40 more will join`). (`will be`, a
/// promised passive, is [`modal_be`]'s; a past form after `will` is the
/// object marker, a done act.)
pub(super) fn will_act(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let mut words = rest.split_ascii_whitespace();
    let modal = words.next().unwrap_or("");
    if !["will", "shall"]
        .iter()
        .any(|m| modal.eq_ignore_ascii_case(m))
    {
        return false;
    }
    let mut verb = words.next().unwrap_or("");
    if ["also", "further", "soon", "then", "jointly"]
        .iter()
        .any(|b| verb.eq_ignore_ascii_case(b))
    {
        verb = words.next().unwrap_or("");
    }
    verb.len() > 1
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && !verb.eq_ignore_ascii_case("be")
        && !past_form(verb)
}

/// Whether the verb at `at` is negated by `without` right before it (past
/// `being`): `released without being charged`, `were let go without
/// being arrested`. Nothing was done.
pub(super) fn without(text: &str, at: usize) -> bool {
    let end = skip_back_spaces(text, at, 0);
    let mut before = ascii_word_before(text, end);
    if before.eq_ignore_ascii_case("being") {
        let end = skip_back_spaces(text, end - before.len(), 0);
        before = ascii_word_before(text, end);
    }
    before.eq_ignore_ascii_case("without")
}

/// Whether the arrest verb at `at` names an approval that was turned
/// down (`refused to approve the arrest of 47`, `did not approve the
/// arrests of 12 people`, `disapproved the arrest of`): no one was taken.
pub(super) fn approval_refused(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").as_bytes();
    let word_before = |end: usize| {
        let end = skip_back_spaces(text, end, 0);
        (end, ascii_word_before(text, end))
    };
    let approval = if starts_ignore_case(rest, b"arrest") {
        let (mut end, mut w) = word_before(at);
        if w.eq_ignore_ascii_case("the") {
            (end, w) = word_before(end - w.len());
        }
        if starts_ignore_case(w.as_bytes(), b"disapprov") {
            return true;
        }
        if !starts_ignore_case(w.as_bytes(), b"approv") {
            return false;
        }
        end - w.len()
    } else if starts_ignore_case(rest, b"approv") {
        at
    } else {
        return false;
    };
    let (end, before) = word_before(approval);
    if before.eq_ignore_ascii_case("to") {
        let (_, refused) = word_before(end - before.len());
        return ["refus", "declin", "fail", "reject"]
            .iter()
            .any(|r| starts_ignore_case(refused.as_bytes(), r.as_bytes()));
    }
    ["not", "never"]
        .iter()
        .any(|n| before.eq_ignore_ascii_case(n))
}

/// Whether the verb at `at` is `arrest` naming warrants that were turned
/// down (`rejected arrest warrants for 240 people`, `refused arrest
/// warrants against`): no one was taken, nor by an act listed after it.
/// (Not a count at `figure` past an arrest of its own between: `and
/// approved arrests of 310`.)
pub(super) fn warrant_refused(text: &str, at: usize, figure: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").as_bytes();
    if !starts_ignore_case(rest, b"arrest warrant") {
        return false;
    }
    let between = text.get(at + "arrest warrant".len()..figure).unwrap_or("");
    if between
        .as_bytes()
        .windows(6)
        .any(|b| b.eq_ignore_ascii_case(b"arrest"))
    {
        return false;
    }
    let end = skip_back_spaces(text, at, 0);
    let before = ascii_word_before(text, end);
    [
        "rejected",
        "refused",
        "denied",
        "declined",
        "dismissed",
        "rejecting",
        "refusing",
    ]
    .iter()
    .any(|r| before.eq_ignore_ascii_case(r))
}

/// Whether `year` is four digits from 1900 to 2099.
fn is_year(year: &str) -> bool {
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20"))
}

/// `cracked 2 2023 fraud cases`: whether the figure at `span` is a year set
/// right after another number (one space between), between a count and
/// its noun: it dates the noun and counts nothing ([`past_year`] gives the
/// count before it its noun).
pub(super) fn year_after_count(text: &str, span: Span) -> bool {
    let before = text.as_bytes().get(..span.start).unwrap_or(&[]);
    text.get(span.start..span.end).is_some_and(is_year)
        && before.ends_with(b" ")
        && before.len() >= 2
        && before[before.len() - 2].is_ascii_digit()
}

/// Where the noun of the count ending at `end` starts when a year stands
/// between them (`2 2023 fraud cases`, see [`year_after_count`]): past the
/// year and one space, at a word.
pub(super) fn past_year(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?.strip_prefix(' ')?;
    let after = rest.get(4..)?.strip_prefix(' ')?;
    (is_year(&rest[..4]) && after.starts_with(|c: char| c.is_ascii_lowercase()))
        .then(|| text.len() - after.len())
}

/// Whether the cases of `noun` (seized, ending in the text at
/// `noun_end`) are boxes, not criminal cases: goods follow them (`cases
/// containing 3 kg of heroin`), or an `of` that names no crime (`cases of
/// fireworks`, `cases of fake drugs`; not `cases of drug smuggling`).
/// Cases named by a crime before them (`drug smuggling cases`) are cases.
pub(super) fn cases_are_boxes(w: &Words<'_, '_>, noun: &str, noun_end: usize) -> bool {
    let text = w.text();
    let next = skip_gap(text, noun_end, 1);
    let word = &text[next..next + ascii_word_len(&text[next..])];
    // (The word may close the noun: `cases packed with`.)
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    let holds = [
        "containing",
        "holding",
        "filled",
        "packed",
        "stuffed",
        "full",
    ]
    .iter()
    .any(|h| word.eq_ignore_ascii_case(h) || last.eq_ignore_ascii_case(h));
    let Some(of) = find_ascii(noun, " of ") else {
        return holds;
    };
    let span = span_of(text, &noun[of + 4..]);
    let crime = w.starts_in(span).any(|at| {
        let rest = &text.as_bytes()[at..span.end];
        // (Drugs and guns are goods as much as crimes.)
        let goods = starts_ignore_case(rest, b"drug") || starts_ignore_case(rest, b"gun");
        let other = !goods && w.prefix(at, span.end, OTHER_CRIMES).is_some();
        other
            || w.prefix(at, span.end, FRAUD_WORDS).is_some()
            || starts_ignore_case(rest, b"crime")
            || starts_ignore_case(rest, b"criminal")
    });
    holds || !crime
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

    #[test]
    fn an_announced_act_is_no_count() {
        insta::assert_snapshot!(r("Officers in the district will detain 40 more suspects next month."), @"");
        insta::assert_snapshot!(r("The bureau will also inspect 600 hotels and check 90 bars."), @"");
        insta::assert_snapshot!(r("Police said they will arrest 12 more."), @"");
        // A past form after `will` is machine translation's 将: done.
        insta::assert_snapshot!(r("The brigade will 18 suspects detained and 2 dens smashed."), @r"
        tally Arrests 18 (suspects)
        tally DensDestroyed 2 (dens)
        ");
        insta::assert_snapshot!(r("Police arrested 31 suspects and will question 8 more."), @"tally Arrests 31 (suspects)");
    }

    #[test]
    fn an_announced_deployment_is_no_count() {
        // `will be` and a progressive, before the count.
        insta::assert_snapshot!(r("The province will be sending 65 officers to the border towns."), @"");
        insta::assert_snapshot!(r("The county will also be deploying 140 auxiliary police."), @"");
        // `will` and a plain verb right after the count.
        insta::assert_snapshot!(r("About 800 police officers will patrol the lantern fair."), @"");
        insta::assert_snapshot!(r("Some 90 traffic police will also join the checks."), @"");
        // Done, they count; a past form after `will` is the object marker.
        insta::assert_snapshot!(r("About 800 police officers patrolled the lantern fair."), @"tally OfficersDeployed 800 (police officers)");
        insta::assert_snapshot!(r("The bureau will 35 officers dispatched to the venues."), @"tally OfficersDeployed 35 (officers)");
        insta::assert_snapshot!(r("Police caught 12 suspects, who will be tried next month."), @"tally Arrests 12 (suspects)");
    }

    #[test]
    fn a_refused_approval_takes_no_one() {
        insta::assert_snapshot!(r("Prosecutors refused to approve the arrest of 63 people in 2022."), @"");
        insta::assert_snapshot!(r("The procuratorate declined to approve the arrests of 18 suspects."), @"");
        insta::assert_snapshot!(r("Prosecutors did not approve the arrest of 27 people but approved the arrest of 380."), @"tally Arrests 380 (people)");
        // Approved, they take them, in the plural too.
        insta::assert_snapshot!(r("Prosecutors approved the arrests of more than 2.4 million criminal suspects."), @"tally Arrests 2400000 (criminal suspects)");
        insta::assert_snapshot!(r("Police confirmed the arrests of 16 gang members on Monday."), @"tally Arrests 16 (gang members)");
    }

    #[test]
    fn refused_warrants_take_no_one() {
        insta::assert_snapshot!(r("Prosecutors rejected arrest warrants for 9,870 people and dropped charges against 2,210 others."), @"");
        insta::assert_snapshot!(r("The procuratorate refused arrest warrants against 51 suspects."), @"");
        // Approved, they take them.
        insta::assert_snapshot!(r("Prosecutors approved the arrest of 4,460 suspects."), @"tally Arrests 4460 (suspects)");
    }

    #[test]
    fn a_year_between_a_count_and_its_noun_dates_it() {
        insta::assert_snapshot!(r("Detectives cracked 3 2022 burglary cases and caught 4 suspects."), @r"
        tally CasesSolved 3 (burglary cases)
        tally Arrests 4 (suspects)
        ");
        insta::assert_snapshot!(r("The unit solved 11 2019 murder cases this spring."), @"tally CasesSolved 11 (murder cases)");
        // A year alone after a verb is no count, and no year stays a count.
        insta::assert_snapshot!(r("Police solved 2023 cases last year."), @"tally CasesSolved 2023 (cases)");
    }
}
