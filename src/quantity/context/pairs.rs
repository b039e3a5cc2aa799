//! Slash pairs of counts: `148/97` under a label of two names (`cases
//! solved/suspects arrested: 148/97`), `3,421/3,398`, and `36 cases/52
//! people` (破案36起/52人): two counts, neither a date nor a code.

/// Whether the digit run at `start` is a pair of counts `A/B`: two digit
/// groups joined by one slash with no digit, slash or separator after
/// them, and a thousands comma on either side, or a left side no day,
/// month or year can be (over 31, no four-digit year), or a label of two
/// names joined by a slash before it on its line.
pub(super) fn count_pair(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let group = |from: usize| {
        let n = b[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b',')
            .count();
        let digits = &b[from..from + n];
        let ok = n > 0 && digits[0].is_ascii_digit() && digits[n - 1].is_ascii_digit();
        ok.then_some((from + n, digits))
    };
    // (`2017/8/14`: the middle of a date is no pair's start.)
    if start > 0 && matches!(b[start - 1], b'/' | b'-' | b'.' | b':') {
        return false;
    }
    let Some((slash, left)) = group(start) else {
        return false;
    };
    if b.get(slash) != Some(&b'/') {
        return false;
    }
    let Some((end, right)) = group(slash + 1) else {
        return false;
    };
    let tail = b.get(end..end + 2).unwrap_or(&b[end..]);
    let numeric_tail = match tail {
        [b'/' | b'-' | b':', ..] => true,
        [b'.', c] => c.is_ascii_digit(),
        _ => false,
    };
    if numeric_tail {
        return false;
    }
    let comma = left.contains(&b',') || right.contains(&b',');
    let value = left.iter().try_fold(0u64, |v, &c| match c {
        b',' => Some(v),
        d => v.checked_mul(10)?.checked_add(u64::from(d - b'0')),
    });
    let year = left.len() == 4 && matches!(left[..2], [b'1', b'9'] | [b'2', b'0']);
    let no_date = value.is_some_and(|v| v > 31) && !year;
    comma || no_date || slash_label(b, start)
}

/// Whether the line before `start` holds a label of two names joined by a
/// slash (`Cases solved/suspects arrested:`), within 120 bytes.
fn slash_label(b: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(120);
    let line = &b[from..start];
    let line = match line.iter().rposition(|&c| c == b'\n') {
        Some(i) => &line[i + 1..],
        None => line,
    };
    line.windows(3)
        .any(|w| w[0].is_ascii_alphabetic() && w[1] == b'/' && w[2].is_ascii_alphabetic())
}

/// Whether the slash at `slash` joins a count's noun to the next count:
/// `36 cases/52 people`, the word before it after a number and a space.
pub(super) fn noun_pair(text: &str, slash: usize) -> bool {
    let b = &text.as_bytes()[..slash];
    let letters = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let word = slash - letters;
    letters > 0 && word >= 2 && b[word - 1] == b' ' && b[word - 2].is_ascii_digit()
}

/// Whether the count before the slash at `slash` opens a pair of counts
/// ([`count_pair`]).
pub(super) fn pair_before(text: &str, slash: usize) -> bool {
    let b = &text.as_bytes()[..slash];
    let n = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || **c == b',')
        .count();
    count_pair(text, slash - n)
}
