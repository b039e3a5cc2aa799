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
        FraudField::WarningsIssued | FraudField::DoorToDoorVisits | FraudField::PeopleDissuaded
            if one_anecdote(text, f) =>
        {
            None
        }
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
            && linked_is_ring(&before[..before.trim_end().len() - l.len()])
    })
}

/// Whether the words before a link (`a fraud gang` in `a fraud gang
/// involving 60 cases`) name one ring, sum or group of people, which the
/// cases only measure. Cases or fraud linked to cases (`solved fraud
/// cases involving 85 cases`), and a bare plural right after a verb of
/// solving (`cracked fraud gangs involved in 64 cases`), are how a
/// translation words the cases themselves.
fn linked_is_ring(before: &str) -> bool {
    const ITSELF: [&str; 6] = ["case", "cases", "fraud", "frauds", "scam", "scams"];
    const DETERMINERS: [&str; 8] = ["a", "an", "the", "this", "that", "these", "those", "one"];
    const SOLVING: [&str; 14] = [
        "blocked",
        "broke",
        "busted",
        "cracked",
        "destroyed",
        "detected",
        "dismantled",
        "filed",
        "prevented",
        "smashed",
        "solved",
        "stopped",
        "uncovered",
        "investigated",
    ];
    let mut words = before
        .split_ascii_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()));
    let last = words.next().unwrap_or("");
    if ITSELF.iter().any(|w| last.eq_ignore_ascii_case(w)) {
        return false;
    }
    for w in std::iter::once(last).chain(words).take(6) {
        if w.bytes().any(|c| c.is_ascii_digit())
            || DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
        {
            return true;
        }
        if SOLVING.iter().any(|v| w.eq_ignore_ascii_case(v)) {
            return false;
        }
    }
    true
}

/// Whether the count of cases at `start` sits in a phrase of stopping
/// payment (`stopped payment in 412 cases`, `made stop-payment requests
/// in 86 cases`): each case is one payment stopped. A stop named further
/// back (`by stopping payment, police prevented 57 cases`) only tells how
/// the cases were blocked.
fn stop_paid(text: &str, start: usize) -> bool {
    const STOPS: [&[u8]; 5] = [
        b"stop payment",
        b"stop-payment",
        b"stopped payment",
        b"stopping payment",
        b"stop paying",
    ];
    let before = text[..start].trim_end().as_bytes();
    let Some(rest) = [&b" in"[..], b" for", b" on"]
        .iter()
        .find(|p| ends_ignore_case(before, p))
        .map(|p| &before[..before.len() - p.len()])
    else {
        return false;
    };
    // (The stop and the `in`, with at most four words between: `stopped
    // payment in`, `stop-payment requests in`, `stop payments tied to
    // scams in`.)
    let tail = &rest[rest.len().saturating_sub(40)..];
    (0..tail.len()).any(|i| {
        let after = |s: &[u8]| &tail[i + s.len()..];
        STOPS.iter().any(|s| {
            starts_ignore_case(&tail[i..], s)
                && (i == 0 || !tail[i - 1].is_ascii_alphabetic())
                && after(s)
                    .iter()
                    .all(|c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'-'))
                && after(s).iter().filter(|&&c| c == b' ').count() <= 4
        })
    })
}

/// One person, or one person's place, whose visits or calls a count of
/// times may tell.
const ONE_TARGET: [&str; 18] = [
    "apartment",
    "boy",
    "family",
    "flat",
    "girl",
    "home",
    "house",
    "household",
    "lady",
    "man",
    "owner",
    "person",
    "residence",
    "resident",
    "shop",
    "student",
    "victim",
    "woman",
];

/// Whether the count of times `f` tells how often one person or one home
/// was called on (`visited the victim's home 3 times`, `called him 5
/// times`, `phoned the old man 4 times`): a story of one case, no count
/// of the prevention work. The object right before the number is an
/// object pronoun, or a noun of [`ONE_TARGET`] after an article or a
/// possessive (within two words).
fn one_anecdote(text: &str, f: &Figure<'_>) -> bool {
    if !f.noun_str().is_some_and(|n| n == "times" || n == "time") {
        return false;
    }
    let mut words = text[..f.span.start]
        .split_ascii_whitespace()
        .rev()
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '\''));
    let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    let Some(last) = words.next() else {
        return false;
    };
    if is(last, &["him", "her", "me", "us"]) {
        return true;
    }
    const LEADS: [&str; 8] = ["a", "an", "the", "this", "that", "his", "her", "their"];
    is(last, &ONE_TARGET)
        && words.take(2).any(|w| {
            is(w, &LEADS) || w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with('\'')
        })
}

/// Whether `after` (the text after a count of visits) says they were
/// visits to sites on the web (`visits to fake websites`, `visits to
/// phishing pages`): clicks, no police calling at homes. Only words of the
/// web count: `visits to building sites` or `to app users` are calls on
/// people and places.
fn visits_online(after: &str) -> bool {
    const WEB: [&str; 9] = [
        "apps", "links", "online", "pages", "urls", "web", "webpages", "website", "websites",
    ];
    let mut words = after.split_ascii_whitespace();
    let visits = words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("visits") || w.eq_ignore_ascii_case("visit"));
    let to = words.next().is_some_and(|w| w.eq_ignore_ascii_case("to"));
    let web = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        WEB.iter().any(|x| w.eq_ignore_ascii_case(x))
    };
    // (Within three words, none after a comma: `to shops, sites` is a
    // list of places.)
    let mut listed = false;
    let web_word = words.take(3).any(|w| {
        let hit = !listed && web(w);
        listed |= w.ends_with(',');
        hit
    });
    visits && to && web_word
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
            let end = start + len;
            let cases = !kind.is_empty()
                && !kind
                    .split_ascii_whitespace()
                    .any(|w| in_list(w, &NOT_A_KIND))
                && !in_list(first_word(&after[end..]), &NOT_CASES);
            return cases.then_some((kind, end));
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
    // (`including 354 ...`, `among them 210 ...`: parts of a total.)
    let parts = before
        .split_ascii_whitespace()
        .any(|w| in_list(w, &NOT_A_KIND));
    let joined = !parts && (before.ends_with(',') || before.ends_with(" and") || before == "and");
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
    let (kind, noun_end) = scam_kind(&text[end..])?;
    // (`and 300 online fraud cases were solved`: a clause of its own,
    // whose verb may give another field.)
    let rest = &text[end + noun_end..];
    let rest = match first_word(rest) {
        w if w.eq_ignore_ascii_case("cases") || w.eq_ignore_ascii_case("case") => {
            &rest[rest.find(w).map_or(0, |i| i + w.len())..]
        }
        _ => rest,
    };
    let own_verb = in_list(
        first_word(rest),
        &["are", "had", "has", "have", "is", "was", "were"],
    );
    (joined && !own_verb).then_some((kind, at))
}

/// Words that make the words before a scam noun no kind of scam (`of
/// them`, `of which 120 were`, `other`), or the words before a count no
/// plain list joint (`including`, `among them`).
const NOT_A_KIND: [&str; 9] = [
    "among",
    "are",
    "including",
    "is",
    "other",
    "them",
    "was",
    "were",
    "which",
];

/// Nouns after `fraud` or `scam` that count no cases (`fraud gangs`,
/// `scam rings`, `fraud suspects`).
const NOT_CASES: [&str; 26] = [
    "accounts",
    "bases",
    "calls",
    "criminals",
    "den",
    "dens",
    "funds",
    "gang",
    "gangs",
    "group",
    "groups",
    "hideouts",
    "links",
    "members",
    "messages",
    "money",
    "networks",
    "platforms",
    "proceeds",
    "ring",
    "rings",
    "suspect",
    "suspects",
    "syndicates",
    "victims",
    "websites",
];

/// The first word of `s`, letters only (`gangs` of ` gangs, and`).
fn first_word(s: &str) -> &str {
    let s = s.trim_start();
    &s[..s.bytes().take_while(|c| c.is_ascii_alphabetic()).count()]
}

fn in_list(w: &str, list: &[&str]) -> bool {
    let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The tally kind a count of fraud `field` is when it is no fraud count
/// (the inverse of [`super::tally_fraud_field`]), if any.
pub(in crate::record::bind) fn field_tally_kind(field: FraudField) -> Option<TallyKind> {
    match field {
        FraudField::CasesFiled => Some(TallyKind::CasesFiled),
        FraudField::CasesSolved => Some(TallyKind::CasesSolved),
        FraudField::SuspectsArrested => Some(TallyKind::Arrests),
        FraudField::GangsBusted => Some(TallyKind::GangsBusted),
        FraudField::DensDestroyed => Some(TallyKind::DensDestroyed),
        FraudField::FundsReturned
        | FraudField::FundsFrozen
        | FraudField::FundsRecovered
        | FraudField::LossesAvoided
        | FraudField::WarningsIssued
        | FraudField::WarningResponseRate
        | FraudField::PeopleDissuaded
        | FraudField::AmountDissuaded
        | FraudField::DoorToDoorVisits
        | FraudField::PaymentsStopped
        | FraudField::CasesBlocked => None,
    }
}
