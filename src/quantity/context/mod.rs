//! Context checks around a parsed number: the distractors that are not
//! figures (dates, codes, names, ages, pronouns, years, hotlines), the
//! counted noun after a figure, and the money words before one.

pub(super) use super::around::{skip_spaces, skip_spaces_back, Around};

mod column;
mod dates;
mod money;
mod multiple;
mod named;
mod names;
mod noun;
mod pairs;
mod periods;
mod phone;
mod years;

use super::words;
use crate::text::{char_at, digit_value};
use words::chinese_digit;

pub(super) use column::{
    after_cell_mark, column_unit_before, header_unit_above, is_column_unit, money_label_before,
    TableHeader,
};
pub(super) use dates::is_day_reference;
pub(crate) use money::MONEY_WORDS;
pub(super) use money::{
    chinese_currency_before, english_currency_before, money_before, shared_unit,
};
pub(super) use multiple::{multiple_without_change, multiple_word_after};
pub(crate) use names::FUNCTION_WORDS;
pub(super) use names::{is_age_apposition, is_dot_code, is_note_mark};
pub(crate) use noun::NOUN_STOP_MORE;
pub(super) use noun::{noun_after, word_len, word_len_from};

/// The longest token [`token_len`] reports.
pub(super) const MAX_TOKEN: usize = 256;

/// Length of the token at the start of `s`: a run of digits and separators,
/// a word, or one char. Always at least one byte (one char), and at most
/// [`MAX_TOKEN`] bytes plus one char: a longer run is skipped a piece at a
/// time, so text of endless digits and commas costs linear time.
pub(super) fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let numeric = |c: char| digit_value(c).is_some() || matches!(c, ',' | '.' | '．');
    let chinese = |c: char| chinese_digit(c).is_some() || words::chinese_small_scale(c).is_some();
    if chinese(first) {
        // A run of Chinese numerals that did not parse (`十十十`) is skipped
        // whole: no number starts inside it.
        for (i, c) in s.char_indices() {
            if !chinese(c) || i > MAX_TOKEN {
                return i;
            }
        }
        return s.len();
    }
    if numeric(first) {
        // The end of the run, or the first char boundary past MAX_TOKEN:
        // ASCII bytes read as bytes, other chars decoded.
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if i > MAX_TOKEN {
                return i;
            }
            match b[i] {
                b'0'..=b'9' | b',' | b'.' => i += 1,
                x if x.is_ascii() => return i,
                _ => match char_at(s, i) {
                    Some(c) if numeric(c) => i += c.len_utf8(),
                    _ => return i,
                },
            }
        }
        s.len()
    } else if first.is_ascii_alphabetic() {
        s.bytes()
            .take(MAX_TOKEN)
            .take_while(u8::is_ascii_alphabetic)
            .count()
    } else {
        first.len_utf8()
    }
}
