//! Keeping a name: whether the words grown around a head name an agency
//! (enforcement, a proper or levelled name, no other body's), and adding
//! it when it is new.

use super::*;

/// `name` without a possessive `'s` at its end.
fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or(name.strip_suffix("’s"))
        .unwrap_or(name)
}

/// Keep the words of `name` (at least one) as an agency if they name one,
/// and it is new; `owned`: the name is a unit of the body named right
/// before it, and needs no enforcement word of its own.
pub(super) fn push<'a>(text: &'a str, name: &[Word], owned: bool, out: &mut Agencies<'a>) {
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return;
    };
    let name_str = strip_possessive(&text[first.start()..last.end()]);
    let has_enforcement =
        || owned || name.iter().any(|w| w.has(ENFORCEMENT_WORD)) || sub_bureau(text, name);
    let has_proper = || name.iter().any(|w| w.has(CAPITALIZED));
    let spelling = std::cell::OnceCell::new();
    let spelling = || spelling.get_or_init(|| Spelling::of(name_str));
    // A generic lowercase name needs a level (`municipal public security
    // bureau`), not just a kind (`the police station`).
    let levelled = || {
        let s = spelling();
        [
            Phrase::Municipal,
            Phrase::Provincial,
            Phrase::City,
            Phrase::County,
        ]
        .into_iter()
        .any(|p| s.contains(p))
    };
    let bare_office = starts_ci(name_str, "office") || starts_ci(name_str, "police of");
    if name.len() == 1
        || !has_enforcement()
        || bare_office
        || !(has_proper() || levelled())
        || other_agency(text, name)
        || other_ministry(text, name)
        || court(text, name)
        || country_customs(text, name)
        || cut_by_text_end(text, name)
    {
        return;
    }
    let start = first.start();
    // A headline's capitals. (A body a `Source:` line names is named:
    // the gold lists every enforcement body, page furniture or not.)
    if generic_in_headline(text, name) {
        return;
    }
    let span = Span::new(start, start + name_str.len());
    if out.seen(span) {
        return;
    }
    // `the provincial public security department` after `the Provincial
    // Department of Public Security`: the same body in other words.
    if !name.iter().any(|w| w.has(UPPER)) && out.reordered(name_str) {
        return;
    }
    // `“One Million Police Enter ...”`: a slogan, not a body.
    if text[..start].ends_with(['“', '"', '‘']) {
        return;
    }
    out.add(Agency {
        name: name_str.into(),
        level: level(spelling()),
        span,
    });
}

/// `the Meixiangpu sub Bureau`: a sub-bureau written in two words, an
/// enforcement body as `Sub-bureau` is.
fn sub_bureau(text: &str, name: &[Word]) -> bool {
    matches!(name, [.., sub, bureau]
        if sub.str(text).eq_ignore_ascii_case("sub")
            && bureau.str(text).eq_ignore_ascii_case("bureau"))
}
