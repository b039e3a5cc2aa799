//! What follows a number's head, read once: where the gap after it ends
//! and the lexicon classes a phrase starting there may belong to (the
//! bits of the token there). The checks after a number that look for a
//! unit, a name or title word, or a month ask these bits first, instead of
//! each finding the token again or hashing the word: most words after a
//! number (`suspects`, `cases`) are none of them.

use super::around::{skip_spaces, Around};
use crate::lex::{Class, Classes};

/// What follows the head of a number ([`Next::read`]). Asked about any
/// other place, or read with no tokens, it rules nothing out.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next {
    /// Where the gap after the head ends, as [`unit_after`] reads it:
    /// past at most two spaces, else past one hyphen (`16-meter`).
    ///
    /// [`unit_after`]: super::unit::unit_after
    at: usize,
    /// The classes a phrase starting at `at` may belong to
    /// ([`Around::starts_at`]).
    starts: Classes,
}

impl Next {
    /// What follows the head that ends at byte `end`.
    #[inline]
    pub(super) fn read(around: &Around<'_, '_>, end: usize) -> Next {
        let text = around.text;
        let spaced = skip_spaces(text, end, 2);
        let at = match spaced == end && text.as_bytes().get(end) == Some(&b'-') {
            true => end + 1,
            false => spaced,
        };
        Next {
            at,
            starts: around.starts_at(at),
        }
    }

    /// Whether [`unit_after`] may read a unit right after the head: not
    /// when the word past the gap starts no unit mark.
    ///
    /// [`unit_after`]: super::unit::unit_after
    #[inline]
    pub(super) fn may_be_unit(&self) -> bool {
        self.starts.has(Class::Unit)
    }

    /// Whether a phrase of `class` may start at byte `at`: not when `at` is
    /// where the gap after the head ends and the token there starts none;
    /// always anywhere else.
    #[inline]
    pub(super) fn may_start(&self, at: usize, class: Class) -> bool {
        at != self.at || self.starts.has(class)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::Tokens;
    use crate::quantity::scan::walk_tests::texts;
    use crate::quantity::unit::unit_after;
    use crate::text::lexicon::{MONTHS, NAME_AFTER, TITLE_AFTER};
    use crate::text::match_prefix;
    use proptest::prelude::*;

    #[test]
    fn a_noun_after_a_number_rules_out_a_unit_but_not_a_unit_word() {
        let tokens = Tokens::new("12 suspects, 5 kg, 3-ton, 7 people");
        let a = Around::new(tokens.text(), Some(&tokens));
        assert!(!Next::read(&a, 2).may_be_unit());
        assert!(Next::read(&a, 14).may_be_unit());
        assert!(Next::read(&a, 20).may_be_unit());
        assert!(!Next::read(&a, 27).may_be_unit());
        // Asked about another place, it rules nothing out.
        assert!(!Next::read(&a, 2).may_start(3, Class::Month));
        assert!(Next::read(&a, 2).may_start(4, Class::Month));
        // With no tokens, nothing is known.
        let bare = Around::new(tokens.text(), None);
        assert!(Next::read(&bare, 2).may_be_unit());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// A class ruled out is one the text lookups find nothing of.
        #[test]
        fn what_is_ruled_out_is_not_there(text in texts()) {
            let tokens = Tokens::new(&text);
            let a = Around::new(&text, Some(&tokens));
            for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let next = Next::read(&a, end);
                if !next.may_be_unit() {
                    prop_assert!(unit_after(&text[end..]).is_err(), "{:?} at {}", text, end);
                }
                let at = skip_spaces(&text, end, 2);
                for t in [NAME_AFTER, TITLE_AFTER] {
                    if !next.may_start(at, t.class()) {
                        prop_assert_eq!(match_prefix(&text[at..], t), None);
                    }
                }
                if !next.may_start(at, MONTHS.class()) {
                    prop_assert_eq!(match_prefix(&text[at..], MONTHS), None);
                }
            }
        }
    }
}
