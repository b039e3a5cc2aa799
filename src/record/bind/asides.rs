//! Asides about the people counted: their ages (`aged 27 and 33`) and
//! their names (`surnamed Wang, Li and Zhao`). An aside stands between a
//! count and its verb and holds numbers and commas of its own; the
//! numbers in it count nothing.

use super::*;

/// The most bytes an aside runs over.
pub(super) const ASIDE_LEN: usize = 80;

/// What an aside lists.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Aside {
    /// `aged 19, 24 and 30`, `aged between 18 and 22`: numbers.
    Ages,
    /// `surnamed Chen, Liu and Zhou`: capitalised names.
    Names,
}

/// The aside that the word at `at` opens, and where that word ends.
///
/// (Inlined where it is asked, of nearly every word a passive reader
/// passes: its first letter names the one word it may be.)
#[inline(always)]
fn opens_aside(text: &str, at: usize) -> Option<(Aside, usize)> {
    let b = &text.as_bytes()[at..];
    let (word, aside): (&[u8], Aside) = match b.first().map(|c| c | 0x20) {
        Some(b'a') => (b"aged", Aside::Ages),
        Some(b's') => (b"surnamed", Aside::Names),
        Some(b'n') => (b"nicknamed", Aside::Names),
        _ => return None,
    };
    (starts_ignore_case(b, word) && !b.get(word.len()).is_some_and(u8::is_ascii_alphabetic))
        .then_some((aside, at + word.len()))
}

/// `men aged 29 and 52 were arrested`, `suspects, surnamed Ma and Sun,
/// were detained`: where the aside that starts at `at` ends, past the comma
/// that closes it, if an aside starts there. Bounded by [`ASIDE_LEN`] and
/// `ceil`.
///
/// (Most words open no aside: the test for one is inlined, the reading of
/// an aside is not.)
#[inline]
pub(super) fn past_aside(text: &str, at: usize, ceil: usize) -> Option<usize> {
    let (aside, i) = opens_aside(text, at)?;
    aside_end(text, at, i, aside, ceil)
}

/// [`past_aside`] of the `aside` that starts at `at`, its opening word
/// read up to `i`.
#[inline(never)]
fn aside_end(text: &str, at: usize, mut i: usize, aside: Aside, ceil: usize) -> Option<usize> {
    let ceil = floor_char(text, ceil.min(at + ASIDE_LEN));
    let b = text.as_bytes();
    let mut items = 0;
    while i < ceil {
        let j = skip_gap(text, i, 2);
        if j >= ceil {
            break;
        }
        let word = ascii_word_len(&text[j..ceil]);
        let is = |w: &str| text[j..j + word].eq_ignore_ascii_case(w);
        let step = match (aside, b[j]) {
            (Aside::Ages, c) if c.is_ascii_digit() => {
                b[j..ceil].iter().take_while(|c| c.is_ascii_digit()).count()
            }
            (Aside::Names, c) if c.is_ascii_uppercase() => word,
            (_, b'-' | b'~') => 1,
            // A comma goes on only to another item of the list.
            (_, b',') => {
                let k = skip_gap(text, j + 1, 2);
                let next = b.get(k).copied().unwrap_or(b' ');
                let goes_on = match aside {
                    Aside::Ages => next.is_ascii_digit(),
                    Aside::Names => next.is_ascii_uppercase(),
                } || text.get(k..ceil).is_some_and(|r| r.starts_with("and "));
                if !goes_on {
                    // The comma that closes the aside.
                    return (items > 0).then_some(j + 1);
                }
                1
            }
            _ if word > 0
                && [
                    "and",
                    "or",
                    "to",
                    "between",
                    "from",
                    "respectively",
                    "years",
                    "old",
                ]
                .iter()
                .any(|w| is(w)) =>
            {
                word
            }
            _ => break,
        };
        if step == 0 {
            break;
        }
        items += 1;
        i = j + step;
    }
    (items > 0).then_some(i)
}

/// Whether a bare number at `span` is part of an aside: an age in it
/// ([`is_age`]), or the one person it describes (`2 suspects, one aged
/// 19 and the other aged 23`).
pub(super) fn in_aside(text: &str, span: Span, ceil: usize) -> bool {
    is_age(text, span.start) || {
        let at = skip_gap(text, span.end, 2);
        at < ceil && past_aside(text, at, ceil).is_some()
    }
}

/// `aged 19, 24 and 30`, `aged between 18 and 22`: whether the number at
/// `start` is an age in an aside, read back over the list to `aged`.
pub(super) fn is_age(text: &str, start: usize) -> bool {
    let floor = ceil_char(text, start.saturating_sub(ASIDE_LEN));
    let b = text.as_bytes();
    let mut i = start;
    while i > floor {
        let c = b[i - 1];
        if c.is_ascii_digit() || matches!(c, b' ' | b',' | b'-' | b'~') {
            i -= 1;
            continue;
        }
        let word = ascii_word_before(text, i);
        if word.is_empty() {
            return false;
        }
        if word.eq_ignore_ascii_case("aged") {
            return true;
        }
        let list = ["and", "or", "to", "between", "from"];
        if !list.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            return false;
        }
        i -= word.len();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text an aside at the first word of `rest` in `text` runs over.
    fn aside(text: &str, from: &str) -> Option<String> {
        let at = text.find(from).unwrap();
        past_aside(text, at, text.len()).map(|e| text[at..e].to_string())
    }

    #[test]
    fn an_aside_runs_over_its_list_and_the_comma_that_closes_it() {
        let t = "Two men aged 29 and 52 were held.";
        assert_eq!(aside(t, "aged").as_deref(), Some("aged 29 and 52"));
        let t = "Five women, aged 18, 21 and 40, were held.";
        assert_eq!(aside(t, "aged").as_deref(), Some("aged 18, 21 and 40,"));
        let t = "Three suspects, surnamed Gao, Fan and Xu, were held.";
        assert_eq!(
            aside(t, "surnamed").as_deref(),
            Some("surnamed Gao, Fan and Xu,")
        );
        let t = "4 men aged between 19 and 23 years old were held.";
        assert_eq!(
            aside(t, "aged").as_deref(),
            Some("aged between 19 and 23 years old")
        );
        // No list after the word: no aside.
        assert_eq!(aside("the aged were helped", "aged"), None);
        assert_eq!(aside("named Gao", "named"), None);
    }

    #[test]
    fn asides_cut_anywhere_do_not_panic() {
        let t = "Two men, aged 29 ,  and 52， surnamed Gao ,\u{3000}Xu and 严, were held";
        for at in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
            for ceil in (at..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let _ = past_aside(t, at, ceil);
            }
            let _ = is_age(t, at);
        }
    }

    #[test]
    fn one_described_by_an_aside_is_no_count() {
        let t = "held 2 men, one aged 40 and one surnamed Gao";
        let at = |n: &str, from: usize| {
            let s = from + t[from..].find(n).unwrap();
            Span::new(s, s + n.len())
        };
        assert!(in_aside(t, at("one", 0), t.len()));
        assert!(in_aside(t, at("one", 20), t.len()));
        assert!(in_aside(t, at("40", 0), t.len()));
        assert!(!in_aside(t, at("2", 0), t.len()));
    }

    #[test]
    fn numbers_after_aged_are_ages() {
        // (`, and 3 men`: read back, a list may go on past a comma; the
        // binder asks only about numbers with no noun of their own.)
        let t = "Five women, aged 18, 21 and 40, were found; 3 men aged 19-25.";
        for (n, age) in [
            ("18", true),
            ("21", true),
            ("40", true),
            ("3", false),
            ("19", true),
        ] {
            assert_eq!(is_age(t, t.find(n).unwrap()), age, "{n}");
        }
        let t = "arrested 6 suspects aged between 20 and 31";
        assert!(is_age(t, t.find("20").unwrap()));
        assert!(!is_age(t, t.find('6').unwrap()));
    }
}
