//! A passive verb past a comma-bounded insertion after the noun: an
//! aside, an `of` phrase, a relative clause.

use super::*;

/// `1,200 workshops, along with 85 rings, were smashed`, `46 suspects,
/// who had fled abroad, were all caught`: a passive verb after a
/// comma-bounded insertion that holds no verb of its own.
pub(in crate::record::bind) fn after_insertion(
    w: &Words<'_, '_>,
    from: usize,
    ceil: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let comma = skip_gap(text, from, 2);
    if comma >= ceil {
        return None;
    }
    if !text[comma..ceil].starts_with(',') {
        // `2,000 members of gangs, who had ...,`: past the noun's `of`
        // phrase to a relative clause.
        let comma = of_phrase_end(text, comma, ceil)?;
        let limit = floor_char(text, (comma + 1 + CLAUSE_WINDOW).min(ceil));
        return relative_opens(&text[comma + 1..limit])
            .then(|| after_relative(w, comma + 1, limit, ceil))
            .flatten();
    }
    if let Some(v) = passive_from(w, comma + 1, ceil, Read::Aux) {
        return Some(v);
    }
    let limit = floor_char(text, (comma + 1 + CLAUSE_WINDOW).min(ceil));
    let inner = &text[comma + 1..limit];
    // The insertion ends at a comma; a `.` or `,` inside a number
    // (`4.3 billion`, `4,300`) is no edge.
    let bytes = inner.as_bytes();
    // (The marks are found by `memchr3`: most bytes are none, and are
    // passed without a look at the digits around them.)
    let close = memchr::memchr3_iter(b',', b';', b'.', bytes).find(|&i| {
        !(bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            && i > 0
            && bytes[i - 1].is_ascii_digit())
    })?;
    if bytes[close] != b',' {
        return None;
    }
    if relative_opens(inner) {
        return after_relative(w, comma + 1, limit, ceil);
    }
    if has_verb(w, Span::new(comma + 1, comma + 1 + close)) {
        return None;
    }
    passive_from(w, comma + 1 + close + 1, ceil, Read::Aux)
}

/// `of gangs,`, `of the ring,`: where the comma after a short `of`
/// phrase at `at` stands (at most four words of letters).
fn of_phrase_end(text: &str, at: usize, ceil: usize) -> Option<usize> {
    let rest = &text[at..floor_char(text, (at + 48).min(ceil))];
    if !rest.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("of ")) {
        return None;
    }
    let comma = rest.find(',')?;
    let phrase = &rest[3..comma];
    (phrase.split(' ').filter(|w| !w.is_empty()).count() <= 4
        && phrase
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-'))
    .then_some(at + comma)
}

/// Whether an insertion opens with a relative pronoun (`, who had fled,`)
/// or adds things of its own (`, as well as raw materials, tools and
/// equipment,`): either may hold a list, commas and all.
fn relative_opens(inner: &str) -> bool {
    let head = inner.trim_start();
    // (The relative pronoun is a word of its own, a space after it.)
    let relative = head
        .split_once(' ')
        .is_some_and(|(word, _)| matches!(function_word(word), Some(Who | Which | Whose)));
    relative
        || ["as well as ", "along with ", "together with "]
            .iter()
            .any(|r| {
                head.get(..r.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(r))
            })
}

/// `3,000 gang members, who had extorted owners, seized land and run
/// casinos, were arrested`: a relative clause may hold a list of its own
/// acts, commas and all; its verbs are what those counted did. The passive
/// after one of its commas (within `limit`) is the count's.
fn after_relative(
    w: &Words<'_, '_>,
    from: usize,
    limit: usize,
    ceil: usize,
) -> Option<(Verb, usize)> {
    let text = w.text();
    let bytes = text.as_bytes();
    (from..limit)
        .filter(|&i| {
            bytes[i] == b','
                && !(bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && bytes[i - 1].is_ascii_digit())
        })
        .find_map(|i| passive_from(w, i + 1, ceil, Read::Aux))
}
