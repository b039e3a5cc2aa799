//! Names that are no enforcement body as written: an outlet's or a firm's
//! agency, a ministry of a field no one polices, a court, the country's customs in
//! general, and a name cut by the excerpt's end.

use super::*;

/// `the Security Press Agency`, `a Police Travel Agency`: an agency whose
/// word before `Agency` is no enforcement word is an outlet's or a firm's,
/// whatever words open its name (`the National Police Agency`, `a Drug
/// Enforcement Agency` stay bodies).
pub(super) fn other_agency(text: &str, name: &[Word]) -> bool {
    matches!(name, [.., before, agency]
        if agency.str(text).eq_ignore_ascii_case("agency")
            && !before.has(ENFORCEMENT_WORD)
            && !before.str(text).eq_ignore_ascii_case("enforcement"))
}

/// `China customs seized ...`, `East China customs busts ...`: the
/// country's customs service in general (lowercase), no named body (`China
/// Customs`, capitalized, is the service's name; `Nanjing customs` a
/// place's office).
pub(super) fn country_customs(text: &str, name: &[Word]) -> bool {
    const COMPASS: [&str; 5] = ["Central", "East", "North", "South", "West"];
    match name {
        [china, customs] | [_, china, customs] => {
            customs.str(text) == "customs"
                && china.str(text) == "China"
                && (name.len() == 2 || COMPASS.contains(&name[0].str(text)))
        }
        _ => false,
    }
}

/// Fields of a ministry that polices: `Ministry of the Interior`, `Ministry
/// of Home Affairs`, `Ministry of Justice` (lowercase). A field of security
/// is an enforcement word already.
const POLICING_FIELDS: [&str; 3] = ["home", "interior", "justice"];

/// `the Ministry of Commerce`, `the Ministry of Culture and Tourism`: a
/// ministry whose name holds no enforcement word but
/// `Ministry` and no policing field is no enforcement body.
pub(super) fn other_ministry(text: &str, name: &[Word]) -> bool {
    let is_ministry = |w: &Word| w.str(text).eq_ignore_ascii_case("ministry");
    name.iter().any(is_ministry)
        && !name.iter().any(|w| {
            (w.has(ENFORCEMENT_WORD) && !is_ministry(w))
                || POLICING_FIELDS
                    .iter()
                    .any(|f| w.str(text).eq_ignore_ascii_case(f))
        })
}

/// `the Xiangtan People's Court`, `the Maritime Court`: a court judges and
/// enforces nothing, whatever words its name holds. `Court` stays a head
/// so that it ends its name (`the Haidian Court and Haidian Public Security
/// Bureau` are two names); a unit of a court's police (`the Court Police
/// Brigade`) ends in its own head and stays a body.
pub(super) fn court(text: &str, name: &[Word]) -> bool {
    name.last()
        .is_some_and(|w| w.str(text).eq_ignore_ascii_case("court"))
}

/// `... since May this year, the provincial police, working with the
/// Narcotics Control Bureau of the Provin`: an `of` complement that ends
/// the text with no mark after it, at the end of a paragraph's worth of a
/// sentence that runs into the name, is cut by the excerpt's end: the name
/// is not written out, and names no body as written. (A closing credit,
/// `Source: Lishui Public Security Bureau`, is a short line with no
/// lowercase word of a sentence before the name.)
pub(super) fn cut_by_text_end(text: &str, name: &[Word]) -> bool {
    /// The fewest bytes of a line cut inside a sentence.
    const PARAGRAPH: usize = 80;
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return false;
    };
    // (The text's end first: the line is looked for only then, once.)
    if !text[last.end()..].trim_start().is_empty() {
        return false;
    }
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..first.start()]).map_or(0, |i| i + 1);
    let of = name[..name.len() - 1].iter().any(|w| w.str(text) == "of");
    of && last.end() - line_start >= PARAGRAPH
        && text[line_start..first.start()]
            .split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
}
