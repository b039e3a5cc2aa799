//! Change words, and whether one stands before a number or a `from`:
//! after a change, `from X to Y` is a before and an after, not a range.

use super::*;
use crate::text::floor_char;

/// Words that state a change: after them `from X to Y` is a before and an
/// after, not a range.
pub(crate) const CHANGE_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::ChangeWord,
    &[
        ("climbed", ()),
        ("cut", ()),
        ("decline", ()),
        ("declined", ()),
        ("decrease", ()),
        ("decreased", ()),
        ("dipped", ()),
        ("dived", ()),
        ("doubled", ()),
        ("down", ()),
        ("drop", ()),
        ("dropped", ()),
        ("fall", ()),
        ("fallen", ()),
        ("fell", ()),
        ("grew", ()),
        ("growth", ()),
        ("halved", ()),
        ("improved", ()),
        ("increase", ()),
        ("increased", ()),
        ("jump", ()),
        ("jumped", ()),
        ("leapt", ()),
        ("lowered", ()),
        ("plummeted", ()),
        ("plunged", ()),
        ("raised", ()),
        ("reduced", ()),
        ("reduction", ()),
        ("rise", ()),
        ("risen", ()),
        ("rocketed", ()),
        ("rose", ()),
        ("shrank", ()),
        ("skyrocketed", ()),
        ("slid", ()),
        ("slumped", ()),
        ("soared", ()),
        ("spiked", ()),
        ("surge", ()),
        ("surged", ()),
        ("tumbled", ()),
        ("up", ()),
    ],
);

/// Whether the word `from` starting at byte `from_start` follows a change
/// word (`rose from`, `fell sharply from`, `a drop from`), or a change and
/// its size (`rose by 12% from`, `grew by nearly a half, from`, `a rise of
/// 8 per cent from`).
pub(crate) fn change_before(text: &str, from_start: usize) -> bool {
    // `rose 12% (from 50 to 56)`: the `from` opens an aside right after
    // the change.
    let end = skip_spaces_back(text, from_start, 2);
    let from_start = match text[..end].strip_suffix('(') {
        Some(open) => skip_spaces_back(text, open.len(), 2),
        None => from_start,
    };
    change_word_before(text, from_start)
        || sized_change_before(text, from_start)
        || change_in_before(text, from_start)
        || bare_size_before(text, from_start)
}

/// Whether a change word and a percent right after it, with no `by` or
/// `of` (`rose 12%`, `went up 4.5 per cent`), stand right before
/// `from_start`, a comma maybe between: `rose 12% (412 to 461)`.
fn bare_size_before(text: &str, from_start: usize) -> bool {
    let floor = floor_char(text, from_start.saturating_sub(SIZE_REACH));
    let window = text[floor..from_start].trim_end();
    let window = window.strip_suffix(',').unwrap_or(window);
    let Some(number) = ["%", " percent", " per cent"]
        .iter()
        .find_map(|p| window.strip_suffix(p))
    else {
        return false;
    };
    let lead = number.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let digits = number.len() - lead.len();
    let spaced = lead.ends_with(' ');
    digits > 0
        && spaced
        && number.as_bytes()[lead.len()].is_ascii_digit()
        && change_word_before(text, floor + lead.len())
        && !share_before(text, floor + lead.len())
}

/// `made up 12% (300 to 340 cases)`: `up` after a form of `make` tells a
/// share, no change; the pair after it is a range.
fn share_before(text: &str, at: usize) -> bool {
    let end = skip_spaces_back(text, at, 2);
    let up = ascii_word_before(text, end);
    let before = skip_spaces_back(text, end - up.len(), 2);
    up.eq_ignore_ascii_case("up")
        && ["make", "makes", "made", "making"]
            .iter()
            .any(|m| ascii_word_before(text, before).eq_ignore_ascii_case(m))
}

/// How far (bytes) back from `from` the `in` of a change's subject is
/// looked for: a few words.
const SUBJECT_REACH: usize = 60;

/// Whether a change noun and its subject, `in` and one to five plain
/// words, stand right before the `from` starting at `from_start`, a comma
/// maybe between (`a rise in car thefts, from 20 to 31`).
fn change_in_before(text: &str, from_start: usize) -> bool {
    let floor = floor_char(text, from_start.saturating_sub(SUBJECT_REACH));
    let window = text[floor..from_start].trim_end();
    let window = window.strip_suffix(',').unwrap_or(window);
    let Some(at) = last_of(window, b" in ", b" in ") else {
        return false;
    };
    let subject = &window[at + 4..];
    let words = subject.split(' ').filter(|w| !w.is_empty()).count();
    let plain = subject
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-'));
    let noun = ascii_word_before(text, floor + at);
    plain && (1..=5).contains(&words) && CHANGE_NOUNS.iter().any(|n| noun.eq_ignore_ascii_case(n))
}

/// Change words that are nouns, which name their subject after `in` (`a
/// rise in thefts`); `up` or `cut` before `in` is another phrase.
const CHANGE_NOUNS: [&str; 11] = [
    "decline",
    "decrease",
    "drop",
    "fall",
    "growth",
    "increase",
    "jump",
    "reduction",
    "rise",
    "surge",
    "upturn",
];

/// How far (bytes) back from `from` the `by` or `of` of a change's size
/// is looked for: a percent or a fraction with its hedge, no more.
const SIZE_REACH: usize = 48;

/// Words that state a change's size without digits (`by half`, `by close
/// to a third`, `by three times`).
const SIZE_WORDS: [&str; 20] = [
    "eight", "fifth", "fifths", "five", "four", "half", "nine", "one", "quarter", "quarters",
    "seven", "six", "ten", "tenth", "tenths", "third", "thirds", "three", "twice", "two",
];

/// Whether a change word and its size, `by` or `of` and a number, stand
/// right before the `from` starting at `from_start`, a comma maybe
/// between (`soared by 40 per cent, from`). The size holds no mark that
/// ends a clause, nor a point or comma but inside a number.
fn sized_change_before(text: &str, from_start: usize) -> bool {
    let floor = floor_char(text, from_start.saturating_sub(SIZE_REACH));
    let window = &text[floor..from_start];
    // (The later of the last ` by ` and the last ` of `.)
    let Some(at) = last_of(window, b" by ", b" of ") else {
        return false;
    };
    let size = window[at + 4..].trim_end();
    let size = size.strip_suffix(',').unwrap_or(size);
    let bytes = size.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let marks_inside = bytes.iter().enumerate().all(|(i, &b)| match b {
        b'.' | b',' => i > 0 && digit(i - 1) && digit(i + 1),
        b';' | b':' | b'(' | b')' | b'!' | b'?' | b'\n' => false,
        _ => true,
    });
    let number = bytes.iter().any(u8::is_ascii_digit)
        || size
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| SIZE_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)));
    marks_inside && number && change_word_before(text, floor + at + 1)
}

/// Where the last of the four-byte words `a` and `b` starts in `window`:
/// `window.rfind(a).max(window.rfind(b))`, read as one pass from the end
/// (the windows are a few words long, and a string searcher's set-up cost
/// more than the search). Most bytes are turned away by their first.
fn last_of(window: &str, a: &[u8; 4], b: &[u8; 4]) -> Option<usize> {
    let bytes = window.as_bytes();
    (0..bytes.len().saturating_sub(3)).rev().find(|&i| {
        (bytes[i] == a[0] || bytes[i] == b[0])
            && bytes
                .get(i..i + 4)
                .and_then(|w| <[u8; 4]>::try_from(w).ok())
                .is_some_and(|w| w == *a || w == *b)
    })
}

/// [`change_before`] for a change word right before `from` (or an adverb
/// and a change word).
fn change_word_before(text: &str, from_start: usize) -> bool {
    let mut end = skip_spaces_back(text, from_start, 2);
    for _ in 0..2 {
        if end == from_start && end > 0 && text.as_bytes()[end - 1].is_ascii_alphabetic() {
            return false;
        }
        let w = ascii_word_before(text, end);
        if w.is_empty() {
            return false;
        }
        if match_prefix(w, CHANGE_WORDS).is_some_and(|(_, l)| l == w.len()) {
            return true;
        }
        // An adverb may stand between: `fell sharply from`.
        if !w.ends_with("ly") {
            return false;
        }
        let before = end - w.len();
        end = skip_spaces_back(text, before, 2);
        if end == before {
            return false;
        }
    }
    false
}

/// Whether a change word, alone or with `by`, stands right before the
/// number starting at byte `start` (`rose 2.1%`, `increased by 5.2
/// percentage points`, `fell sharply by 3%`).
pub(crate) fn change_right_before(text: &str, start: usize) -> bool {
    let end = skip_spaces_back(text, start, 2);
    if end == start {
        return false;
    }
    let w = ascii_word_before(text, end);
    match w.eq_ignore_ascii_case("by") {
        true => change_before(text, end - w.len()),
        false => change_before(text, start),
    }
}

#[cfg(test)]
mod tests {
    use super::last_of;

    #[test]
    fn the_last_of_two_words_is_where_rfind_puts_it() {
        let texts = [
            "burglaries fell by a fifth of the total",
            "a share of arrests went up by",
            " by ",
            "by of",
            "the rate of growth in fraud of",
            "nothing here at all",
            "",
            "of",
            "rose by 9% by then, of which",
        ];
        for t in texts {
            let expected = match (t.rfind(" by "), t.rfind(" of ")) {
                (Some(b), Some(o)) => Some(b.max(o)),
                (b, o) => b.or(o),
            };
            assert_eq!(last_of(t, b" by ", b" of "), expected, "{t:?}");
            assert_eq!(last_of(t, b" in ", b" in "), t.rfind(" in "), "{t:?}");
        }
        assert_eq!(
            last_of("thefts rose by 12% by June", b" by ", b" of "),
            Some(18)
        );
    }
}
