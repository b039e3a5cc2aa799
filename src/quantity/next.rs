//! What follows a number's head, read once: where the gap after it ends,
//! the lexicon classes a phrase starting there may belong to (the bits of
//! the token there), and whether the word there is one of the few that
//! carry a figure on (a range's `to`, a bound's `or`). The checks after a
//! number that look for a unit, a name or title word, a month, a range or
//! a bound ask these first, instead of each skipping the spaces and
//! reading the word again: most words after a number (`suspects`,
//! `cases`) are none of them.

use super::around::{skip_spaces, Around};
use super::rules::RangeMode;
use crate::lex::{Class, Classes};

/// What follows the head of a number ([`Next::read`]). Asked about any
/// other place, or read with no tokens, it rules nothing out.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next {
    /// Whether spaces stand between the head and the word after it.
    spaced: bool,
    /// The word or mark past at most two spaces after the head, when it
    /// is ASCII (`None`: the rules read it).
    word: Option<Carry>,
    /// Where the gap after the head ends, as [`unit_after`] reads it:
    /// past at most two spaces, else past one hyphen (`16-meter`) or one
    /// wrapped line's break.
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
        let at = match spaced == end {
            true if text.as_bytes().get(end) == Some(&b'-') => end + 1,
            // (A wrapped line: the unit on the next one.)
            // (Read back to the line's start only at a line's end: once a
            // line.)
            true => match super::unit::line_wrap(&text[end..]) {
                wrap if wrap > 0 && !super::unit::ends_label_row(text, end) => end + wrap,
                _ => end,
            },
            false => spaced,
        };
        let word = match text.as_bytes().get(spaced) {
            // Every carrying word starts with one of these letters: a word
            // that does not is not measured.
            Some(b) if matches!(b | 0x20, b'a' | b'o' | b'p' | b't') => {
                Some(Carry::of(&text.as_bytes()[spaced..]))
            }
            Some(b) if b.is_ascii_alphabetic() => Some(Carry::Other),
            // A comma, a point, a digit: no range or bound starts with one
            // (they start with a dash, a tilde or a plus, or more spaces).
            Some(b) if b.is_ascii() && !matches!(b, b' ' | b'\t' | b'-' | b'~' | b'+') => {
                Some(Carry::Other)
            }
            _ => None,
        };
        Next {
            spaced: spaced > end,
            word,
            at,
            starts: around.starts_at(at),
        }
    }

    /// Whether [`may_connect`] may find a range's connector right after
    /// the head, in `mode`: not when a word no connector of `mode` is
    /// stands past the spaces.
    ///
    /// [`may_connect`]: super::rules::may_connect
    #[inline]
    pub(super) fn may_connect(&self, mode: RangeMode) -> bool {
        match (self.word, mode) {
            (None, _) => true,
            (Some(Carry::To | Carry::Or), RangeMode::Normal) => true,
            (Some(Carry::And), RangeMode::Between) => true,
            (Some(_), _) => false,
        }
    }

    /// Whether [`bound_after`] may read a bound right after the head: not
    /// when a word stands there with no space before it, nor a word that
    /// opens no bound (`and`, `or`, `odd`, `plus` do).
    ///
    /// [`bound_after`]: super::rules::bound_after
    #[inline]
    pub(super) fn may_bound(&self) -> bool {
        match self.word {
            None => true,
            Some(w) => self.spaced && matches!(w, Carry::Or | Carry::And | Carry::Bound),
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

/// What a word after a number is to the rules that carry a figure on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Carry {
    /// `to`, `through`, `thru`: a range's connector.
    To,
    /// `or`: a range's connector (`two or three`) and a bound's (`or more`).
    Or,
    /// `and`: a range's connector after `between`, and a bound's (`and
    /// above`).
    And,
    /// `odd`, `plus`: a bound's (`3,000 odd`, `2,000 plus`).
    Bound,
    /// Any other word, or an ASCII mark no range or bound starts with.
    Other,
}

impl Carry {
    /// The class of the run of ASCII letters that starts `s` (in any
    /// case), read letter by letter: most words are told apart by their
    /// first two.
    fn of(s: &[u8]) -> Carry {
        // (A byte `| 0x20` is a lowercase letter only when it was that
        // letter in either case.)
        let is = |word: &[u8], at: usize| {
            s.len() >= at + word.len()
                && word.iter().zip(&s[at..]).all(|(w, b)| b | 0x20 == *w)
                && !s.get(at + word.len()).is_some_and(u8::is_ascii_alphabetic)
        };
        match (s[0] | 0x20, s.get(1).map_or(0, |b| b | 0x20)) {
            (b't', b'o') if is(b"", 2) => Carry::To,
            (b't', b'h') if is(b"ru", 2) || is(b"rough", 2) => Carry::To,
            (b'o', b'r') if is(b"", 2) => Carry::Or,
            (b'o', b'd') if is(b"d", 2) => Carry::Bound,
            (b'a', b'n') if is(b"d", 2) => Carry::And,
            (b'p', b'l') if is(b"us", 2) => Carry::Bound,
            _ => Carry::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::Tokens;
    use crate::quantity::rules::{bound_after, may_connect, range_connector, BOUND_AFTER};
    use crate::quantity::scan::walk_tests::texts;
    use crate::quantity::unit::{currency_before, unit_after};
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

    #[test]
    fn a_carrying_word_is_read_whole_in_any_case() {
        // What `Carry::of` reads letter by letter: the whole run of letters.
        let whole = |s: &str| {
            let word = s[..crate::text::ascii_word_len(s)].to_ascii_lowercase();
            match word.as_str() {
                "to" | "thru" | "through" => Carry::To,
                "or" => Carry::Or,
                "and" => Carry::And,
                "odd" | "plus" => Carry::Bound,
                _ => Carry::Other,
            }
        };
        let words = [
            "to",
            "TO",
            "tons",
            "t",
            "thru",
            "THROUGH",
            "throughout",
            "thr",
            "or",
            "Or",
            "order",
            "o",
            "odd",
            "Oddly",
            "od",
            "and",
            "AND",
            "android",
            "an",
            "a",
            "plus",
            "Plush",
            "pl",
            "p",
            "the",
        ];
        for w in words {
            for tail in ["", " x", "-x", "s", "1", "."] {
                let s = format!("{w}{tail}");
                assert_eq!(Carry::of(s.as_bytes()), whole(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn only_a_connector_or_a_bound_word_carries_a_figure_on() {
        let text = "10 to 20, 5 or more, 3 plus, 7 suspects, 8odd, 9 And";
        let tokens = Tokens::new(text);
        let a = Around::new(text, Some(&tokens));
        let next = |end| Next::read(&a, end);
        assert!(next(2).may_connect(RangeMode::Normal));
        assert!(!next(2).may_connect(RangeMode::Between) && !next(2).may_bound());
        assert!(next(11).may_connect(RangeMode::Normal) && next(11).may_bound());
        assert!(!next(22).may_connect(RangeMode::Normal) && next(22).may_bound());
        assert!(!next(30).may_connect(RangeMode::Normal) && !next(30).may_bound());
        // No space before it: no bound.
        assert!(!next(42).may_bound());
        assert!(next(48).may_connect(RangeMode::Between) && next(48).may_bound());
        // A comma: neither.
        assert!(!next(8).may_connect(RangeMode::Normal) && !next(8).may_bound());
        // A dash or a plus: the rules decide.
        let text = "4-6, 9 +";
        let tokens = Tokens::new(text);
        let a = Around::new(text, Some(&tokens));
        assert!(Next::read(&a, 1).may_connect(RangeMode::DashOnly));
        assert!(Next::read(&a, 6).may_bound());
    }

    /// `Carry::of` is a third copy of the words the rules read after a
    /// number: every phrase of `BOUND_AFTER` and every connector word the
    /// rules read must pass its gates, so the copies cannot drift apart.
    #[test]
    fn every_bound_phrase_and_connector_word_passes_the_gates() {
        let gates = |text: &str| {
            let tokens = Tokens::new(text);
            let a = Around::new(text, Some(&tokens));
            Next::read(&a, 2)
        };
        for (phrase, _) in BOUND_AFTER.iter() {
            for (case, tail) in [phrase.to_string(), phrase.to_ascii_uppercase()]
                .iter()
                .flat_map(|c| ["", " suspects", ", 12", " 7"].map(|t| (c, t)))
            {
                let text = format!("40{case}{tail}");
                let read = bound_after(&text[2..]).is_ok();
                assert!(!read || gates(&text).may_bound(), "{text:?}");
                if case == phrase && tail == " suspects" {
                    assert!(read, "{text:?} is read as a bound");
                }
            }
        }
        let connectors = [
            ("to", RangeMode::Normal),
            ("through", RangeMode::Normal),
            ("thru", RangeMode::Normal),
            ("or", RangeMode::Normal),
            ("and", RangeMode::Between),
        ];
        for (word, its_mode) in connectors {
            for case in [word.to_string(), word.to_ascii_uppercase()] {
                let text = format!("30 {case} 90 people");
                for mode in [RangeMode::Normal, RangeMode::Between, RangeMode::DashOnly] {
                    let read = range_connector(mode)(&text[2..]).is_ok();
                    assert_eq!(read, mode == its_mode, "{text:?} in {mode:?}");
                    assert!(!read || may_connect(&text[2..], mode), "{text:?}");
                    assert!(!read || gates(&text).may_connect(mode), "{text:?}");
                }
            }
        }
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
                for mode in [RangeMode::Normal, RangeMode::Between, RangeMode::DashOnly] {
                    if !next.may_connect(mode) {
                        prop_assert!(!may_connect(&text[end..], mode), "{:?} at {}", text, end);
                    }
                }
                // (The token at a figure's start says whether a currency
                // mark may open it.)
                if !a.starts_at(end).has(Class::Unit) {
                    prop_assert!(currency_before(&text[end..]).is_err(), "{:?} at {}", text, end);
                }
                if !next.may_bound() {
                    prop_assert!(bound_after(&text[end..]).is_err(), "{:?} at {}", text, end);
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
