//! The labels of the body that put a page out: `Publisher:`, `Release
//! unit:`, `Issued by:`.

use super::opens_field;
use crate::lex::{Kind, Tokens};

/// `Publisher:`, `Release unit:`, `Issuing unit:`, `Publishing unit:`,
/// `Issued by:`, `Published by:`: the label word token `w` ends names the
/// body that put the page out.
pub(super) fn is_publisher_label(tokens: &Tokens<'_>, w: usize) -> bool {
    let word = tokens.str(w);
    if word.eq_ignore_ascii_case("publisher") {
        return true;
    }
    let all = tokens.all();
    // The word token before `w` is one of `words`.
    let after = |words: &[&str]| {
        w.checked_sub(1).is_some_and(|p| {
            all[p].kind() == Kind::Word
                && words.iter().any(|l| tokens.str(p).eq_ignore_ascii_case(l))
        })
    };
    (word.eq_ignore_ascii_case("unit") && after(&["release", "issuing", "publishing"]))
        || (word.eq_ignore_ascii_case("by")
            && after(&["issued", "published", "released"])
            && opens_line_or_field(tokens, w - 1))
}

/// `Produced by:` opening its line, header or footer: the studio or body
/// that made a WeChat post credits itself at its foot
/// (`Produced by: Shangrao Police WeChat Studio`).
pub(super) fn is_producer_label(tokens: &Tokens<'_>, w: usize) -> bool {
    let all = tokens.all();
    tokens.str(w).eq_ignore_ascii_case("by")
        && w.checked_sub(1).is_some_and(|p| {
            all[p].kind() == Kind::Word
                && tokens.str(p).eq_ignore_ascii_case("produced")
                && opens_line_or_field(tokens, p)
        })
}

/// Whether the word token `w` opens its line or a field of a header line
/// (`Issued by:` but not `The notice was issued by:`).
fn opens_line_or_field(tokens: &Tokens<'_>, w: usize) -> bool {
    w.checked_sub(1)
        .map_or(true, |p| tokens.all()[p].kind() == Kind::Newline)
        || opens_field(tokens.text(), tokens.all()[w].start())
}
