//! What a fraud count's own words next to it say of the field its noun
//! and verb chose: cases a ring or a sum was only linked to, cases of
//! stopped payments, visits to websites.

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
    let before = text[from..start].as_bytes();
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
