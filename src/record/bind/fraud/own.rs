//! What a fraud count's own words next to it say of the field its noun
//! and verb chose: cases a ring or a sum was only linked to, cases split
//! by kind of scam, cases of stopped payments, visits to websites.

use super::*;

/// The field of the count `f`, from `field` (the one its noun and verb
/// chose): another field when the words beside it name one, `None` when
/// they say it is no fraud count.
pub(in crate::record::bind) fn own_field(
    text: &str,
    field: FraudField,
    f: &Figure<'_>,
) -> Option<FraudField> {
    match field {
        FraudField::CasesFiled | FraudField::CasesSolved | FraudField::CasesBlocked
            if linked_cases(&text[..f.span.start]) =>
        {
            None
        }
        FraudField::CasesFiled | FraudField::CasesSolved if split_by_kind(text, f) => None,
        FraudField::CasesBlocked if stop_paid(text, f.span.start) => {
            Some(FraudField::PaymentsStopped)
        }
        FraudField::DoorToDoorVisits if visits_online(&text[f.span.end..]) => None,
        FraudField::CasesFiled
        | FraudField::CasesSolved
        | FraudField::SuspectsArrested
        | FraudField::GangsBusted
        | FraudField::DensDestroyed
        | FraudField::FundsReturned
        | FraudField::FundsFrozen
        | FraudField::FundsRecovered
        | FraudField::LossesAvoided
        | FraudField::WarningsIssued
        | FraudField::WarningResponseRate
        | FraudField::PeopleDissuaded
        | FraudField::AmountDissuaded
        | FraudField::DoorToDoorVisits
        | FraudField::PaymentsStopped
        | FraudField::CasesBlocked => Some(field),
    }
}

/// Whether `before` (the text up to a count of cases) ends in words that
/// link a ring, a sum or people to the cases (`a gang involving more
/// than 60 cases`, `NT$2 million connected to nine cases`, `suspects
/// accused in 40 cases`): what was busted, stopped or caught is the ring,
/// the sum or the people; the cases only tell their size.
fn linked_cases(before: &str) -> bool {
    const LINKS: [&str; 9] = [
        "involving",
        "involved in",
        "involvement in",
        "connected to",
        "connected with",
        "linked to",
        "related to",
        "in connection with",
        "accused in",
    ];
    let b = before.trim_end().as_bytes();
    LINKS.iter().any(|l| {
        let l = l.as_bytes();
        b.len() >= l.len()
            && b[b.len() - l.len()..].eq_ignore_ascii_case(l)
            && (b.len() == l.len() || !b[b.len() - l.len() - 1].is_ascii_alphabetic())
    })
}

/// Whether a verb of stopping payment stands in the clause before a count
/// of cases at `start` (`stopped payment in 412 cases`, `made stop-payment
/// requests in 86 cases`): each case is one payment stopped.
fn stop_paid(text: &str, start: usize) -> bool {
    const STOPS: [&[u8]; 5] = [
        b"stop payment",
        b"stop-payment",
        b"stopped payment",
        b"stopping payment",
        b"stop paying",
    ];
    let from = crate::text::ceil_char(text, start.saturating_sub(60));
    let before = &text.as_bytes()[from..start];
    // (Only the clause of the count: no mark or other number between.)
    let clause = before
        .iter()
        .rposition(|c| matches!(c, b'.' | b';' | b',') || c.is_ascii_digit())
        .map_or(before, |i| &before[i + 1..]);
    (0..clause.len()).any(|i| STOPS.iter().any(|s| starts_ignore_case(&clause[i..], s)))
}

/// Whether `after` (the text after a count of visits) says they were
/// visits to sites on the web (`visits to fake websites`, `visits to
/// phishing pages`): clicks, no police calling at homes.
fn visits_online(after: &str) -> bool {
    const WEB: [&str; 8] = [
        "app", "apps", "links", "pages", "site", "sites", "webpages", "websites",
    ];
    let mut words = after.split_ascii_whitespace();
    let visits = words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("visits") || w.eq_ignore_ascii_case("visit"));
    let to = words.next().is_some_and(|w| w.eq_ignore_ascii_case("to"));
    visits
        && to
        && words.take(3).any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
            WEB.iter().any(|x| w.eq_ignore_ascii_case(x))
        })
}

/// Whether the count `f` is one of a list that splits scams by kind (`354
/// phone scams and 906 internet scams`, `170 cases of phone scams ..., 135
/// cases of ticket scams`): each is a part, and the field takes a total
/// only.
fn split_by_kind(text: &str, f: &Figure<'_>) -> bool {
    let Some((kind, _)) = scam_kind(&text[f.span.end..]) else {
        return false;
    };
    let next = next_of_list(text, f.span.end).is_some_and(|(k, _)| k != kind);
    next || {
        // The count before it in the list, within 160 bytes of its
        // sentence.
        let from = crate::text::ceil_char(text, f.span.start.saturating_sub(160));
        let window = &text.as_bytes()[from..f.span.start];
        let from = window
            .iter()
            .rposition(|c| matches!(c, b'.' | b';' | b'\n'))
            .map_or(from, |i| from + i + 1);
        let b = text.as_bytes();
        (from..f.span.start)
            .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()))
            .any(|i| {
                let end = i + b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit() || **c == b',')
                    .count();
                next_of_list(text, end).is_some_and(|(_, at)| at == f.span.start)
                    && scam_kind(&text[end..]).is_some_and(|(k0, _)| k0 != kind)
            })
    }
}

/// The kind of scam a count at `num_end` counts (the words between the
/// number and a `scam` or `fraud` noun within six words: `phone`, `cases
/// of ticket`), and where that noun ends.
fn scam_kind(after: &str) -> Option<(&str, usize)> {
    const NOUNS: [&str; 4] = ["fraud", "frauds", "scam", "scams"];
    let b = after.as_bytes();
    let mut at = 0;
    for _ in 0..6 {
        let start = at + b[at..].iter().take_while(|&&c| c == b' ').count();
        let len = b[start..]
            .iter()
            .take_while(|&&c| c.is_ascii_alphabetic() || c == b'-')
            .count();
        if len == 0 {
            return None;
        }
        let word = &after[start..start + len];
        if NOUNS.iter().any(|n| word.eq_ignore_ascii_case(n)) {
            let kind = after[..start].trim();
            return (!kind.is_empty()).then_some((kind, start + len));
        }
        at = start + len;
    }
    None
}

/// The next count of a list after the count whose number ends at
/// `num_end`, when it counts a kind of scam too: its kind and where its
/// number starts. The list goes on past its noun's own words (`involving
/// fake officials`) to a comma or `and` right before the next number, in
/// the same sentence and within 90 bytes.
fn next_of_list(text: &str, num_end: usize) -> Option<(&str, usize)> {
    let (_, noun_end) = scam_kind(&text[num_end..])?;
    let from = num_end + noun_end;
    let to = crate::text::floor_char(text, text.len().min(from + 90));
    let gap = &text[from..to];
    let digit = gap.find(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | '\n'))?;
    if !gap.as_bytes()[digit].is_ascii_digit() {
        return None;
    }
    let before = gap[..digit].trim_end();
    let joined = before.ends_with(',') || before.ends_with(" and") || before == "and";
    let at = from + digit;
    let b = text.as_bytes();
    let end = at
        + b[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b',')
            .count();
    let end = if b.get(end - 1) == Some(&b',') {
        end - 1
    } else {
        end
    };
    let (kind, _) = scam_kind(&text[end..])?;
    joined.then_some((kind, at))
}
