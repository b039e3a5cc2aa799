//! What the words right around a count say of those counted, where that
//! changes the record: people caught after they fled are fugitives,
//! offenders only suspected are people checked when checked, and cases
//! put `on record` (立案) are cases filed.

use super::*;

/// How far past the noun a trailing `on record` or `who fled` is looked
/// for: a clause's worth of words, as `wanted` is.
const REACH: usize = 80;

/// The rest of the clause after `end` (up to the next `,`, `;` or `.`),
/// at most `reach` bytes on and never past `ceil` (nor below `end`: a
/// noun may run past the sentence's end).
pub(super) fn clause_rest(text: &str, end: usize, reach: usize, ceil: usize) -> &str {
    let top = floor_char(text, (end + reach).min(ceil)).max(end);
    let rest = text.get(end..top).unwrap_or("");
    let edge = rest
        .bytes()
        .position(|b| matches!(b, b',' | b';' | b'.'))
        .unwrap_or(rest.len());
    &rest[..edge]
}

/// `arrested 2,100 people who had fled abroad`, `caught 45 suspects who
/// absconded`: people caught (arrested, detained, taken) whose relative
/// clause says they fled are fugitives. (`rescued 12 people who fled the
/// fire` stays a rescue: only a verb of capture reads it.)
pub(super) fn fled(
    text: &str,
    noun: NounPhrase<'_>,
    verb: Option<(Verb, usize)>,
    ceil: usize,
) -> bool {
    const FLED: [&str; 3] = ["fled", "escaped", "absconded"];
    let caught = verb.is_some_and(|(v, _)| matches!(v, Verb::Arrest | Verb::Detain | Verb::Seize));
    if noun.before || !caught || !matches!(noun.class, Some(Noun::Person | Noun::Generic)) {
        return false;
    }
    // (The noun may hold its relative clause, or stop before it.)
    let end = end_of(text, noun.text);
    let edge = end + clause_rest(text, end, REACH, ceil).len();
    let rest = text.get(start_of(text, noun.text)..edge).unwrap_or("");
    // (The clause is the noun's own: `who` right after it, not after a
    // later count, `arrested 45 suspects and persuaded 3 who had fled`.)
    let Some(who) = find_ascii(rest, " who ").filter(|&w| start_of(text, noun.text) + w <= end)
    else {
        return false;
    };
    // (`who fled`, `who have fled`, `who had escaped`: one auxiliary at most.)
    let mut words = rest[who + " who ".len()..].split(' ');
    let first = words.next().unwrap_or("");
    let word = if ["has", "have", "had"].contains(&first) {
        words.next().unwrap_or("")
    } else {
        first
    };
    FLED.contains(&word) && from_justice(words.next(), words.next())
}

/// Whether the words after `fled` say the flight was from justice: the
/// clause ends there, or goes on `abroad`, `overseas`, `online`, `to` a place,
/// `after` the crime, `for` a time, or `from` justice, arrest, the police
/// or prosecution. (`fled the scene`, `fled the war`, `escaped injury`,
/// `escaped from the compound` are other flights.)
fn from_justice(next: Option<&str>, then: Option<&str>) -> bool {
    const FROM: [&str; 6] = [
        "arrest",
        "investigation",
        "justice",
        "police",
        "prosecution",
        "punishment",
    ];
    match next {
        None | Some("") => true,
        // (`fled online`: wanted online, 网上逃犯 as translated.)
        Some("abroad" | "overseas" | "online" | "to" | "after" | "for" | "and") => true,
        Some("from") => then.is_some_and(|w| FROM.contains(&w.trim_end_matches(['.', ',']))),
        Some(w) => ["abroad", "overseas"].contains(&w.trim_end_matches(['.', ',', ';'])),
    }
}

/// `checked 280 suspected drug users`: offenders only suspected, who were
/// checked, are people checked; nothing says they were dealt with.
pub(super) fn only_suspected(noun: &str) -> bool {
    starts_ignore_case(noun.as_bytes(), b"suspected ")
}

/// `investigated 751 people based in the city for their suspected
/// involvement in scams`: a suspicion later in the clause than the words
/// right after the noun (`suspected` reads those) names those counted
/// suspects, not people checked.
pub(super) fn suspected_later(text: &str, end: usize, ceil: usize) -> bool {
    const SUSPICION: [&str; 4] = [
        " for suspected ",
        " for their suspected ",
        " on suspicion ",
        " suspected of ",
    ];
    let rest = clause_rest(text, end, REACH, ceil);
    SUSPICION.iter().any(|p| find_ascii(rest, p).is_some())
}

/// `placing 1,228 cases ... on record`, `put 96 criminal cases on record`:
/// cases a verb of placing (the word `prev` right before the number) puts
/// `on record` later in the clause were filed (立案). The noun may end
/// at `end`; a dash-set aside (`- worth 6 billion yuan -`) may stand
/// between.
pub(super) fn put_on_record(text: &str, prev: &str, end: usize, ceil: usize) -> bool {
    const PLACE: [&str; 6] = ["place", "placed", "placing", "put", "puts", "putting"];
    if !PLACE.iter().any(|p| prev.eq_ignore_ascii_case(p)) {
        return false;
    }
    // (An aside may hold a money figure and its converted twin.)
    let top = floor_char(text, (end + 2 * REACH).min(ceil)).max(end);
    let rest = text.get(end..top).unwrap_or("");
    // (Up to the clause's end, but not at a dash: the aside goes on.)
    let edge = rest
        .bytes()
        .position(|b| matches!(b, b';' | b'.'))
        .unwrap_or(rest.len());
    find_ascii(&rest[..edge], "on record").is_some()
}

#[cfg(test)]
mod tests {
    use crate::record::bind::tests::r;

    #[test]
    fn people_caught_after_fleeing_are_fugitives() {
        insta::assert_snapshot!(r("The bureau tracked down and arrested more than 2,100 people who had fled abroad."), @"tally Fugitives 2100 (people)");
        insta::assert_snapshot!(r("Railway police caught 45 suspects who absconded after the robbery."), @"tally Fugitives 45 (suspects)");
        insta::assert_snapshot!(r("Police arrested 310 people who have fled online."), @"tally Fugitives 310 (people)");
        // Not a capture: a rescue stays one; nor people who did something else.
        insta::assert_snapshot!(r("Firefighters rescued 12 people who fled the blaze."), @"tally Rescued 12 (people)");
        insta::assert_snapshot!(r("Police arrested 45 people who stole cables."), @"tally Arrests 45 (people)");
        // A flight from something else (a scene, a war, harm) makes no
        // fugitive; nor does a later count's clause.
        insta::assert_snapshot!(r("Police detained 5 suspects who escaped injury in the crash."), @"tally Arrests 5 (suspects)");
        insta::assert_snapshot!(r("Police detained 15 migrants who fled the war."), @"tally Arrests 15 (migrants)");
        insta::assert_snapshot!(r("Police arrested 45 suspects and persuaded 3 who had fled to surrender."), @"
        tally Arrests 45 (suspects)
        tally Fugitives 3 (suspects)
        ");
    }

    #[test]
    fn suspected_offenders_checked_are_people_checked() {
        insta::assert_snapshot!(r("Officers identified and checked 312 suspected drug users."), @"tally PeopleChecked 312 (suspected drug users)");
        // Offenders named by their offence stay offenders.
        insta::assert_snapshot!(r("Police checked 41 drunk drivers."), @"tally OffendersHandled 41 (drunk drivers)");
        insta::assert_snapshot!(r("Police punished 41 suspected drug users."), @"tally OffendersHandled 41 (suspected drug users)");
    }

    #[test]
    fn people_investigated_on_a_later_suspicion_are_not_checked() {
        insta::assert_snapshot!(r("Police have investigated 751 people based in the city for their suspected involvement in scams."), @"");
        insta::assert_snapshot!(r("Police investigated 300 people living in the town on suspicion of fraud."), @"");
        // With no suspicion, people investigated were checked.
        insta::assert_snapshot!(r("Police investigated 3,000 people living in rented flats."), @"tally PeopleChecked 3000 (people living)");
    }

    #[test]
    fn cases_put_on_record_are_filed() {
        insta::assert_snapshot!(r("Customs arrested 800 suspects, while placing 612 cases of smuggling - worth 2 billion yuan - on record."), @"
        tally Arrests 800 (suspects)
        tally CasesFiled 612 (cases of smuggling)
        ");
        insta::assert_snapshot!(r("The bureau put 96 criminal cases on record for investigation."), @"tally CasesFiled 96 (criminal cases)");
        // Without `on record`, a case placed is no filing.
        insta::assert_snapshot!(r("Police solved 40 cases, placing 12 cases with the courts."), @"
        tally CasesSolved 40 (cases)
        tally CasesSolved 12 (cases)
        ");
    }
}
