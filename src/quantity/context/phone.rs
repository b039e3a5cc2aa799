//! Phone numbers: groups of digits joined by spaces or hyphens after a
//! leading zero or a phone word (`call the hotline on 400-820-1234`), and
//! numbers masked with asterisks (`4201**********3518`), which are no
//! counts.

/// Words before a phone number, within [`PHONE_REACH`] bytes of it.
const PHONE_WORDS: [&str; 10] = [
    "call",
    "contact",
    "dial",
    "fax",
    "hotline",
    "number",
    "phone",
    "tel",
    "telephone",
    "whatsapp",
];

/// The most digit groups of a phone number.
const MAX_PHONE_GROUPS: usize = 5;

/// How far before a number [`PHONE_WORDS`] are looked for.
const PHONE_REACH: usize = 40;

/// The end of the phone number that starts at `start`, if one does: groups
/// of two to four digits (the last up to eight) joined by single spaces or
/// hyphens, seven digits or more in all (`2860 5012`, `138 0000 1234`,
/// `0755-8888 1234`, `400-820-1234`), with a leading zero or a phone word
/// shortly before (`call the hotline on`). A count's digits are grouped
/// by commas, so no count reads so (`287 693 people`: six digits).
pub(super) fn phone_number(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    let (mut groups, mut total) = (0, 0);
    let mut lens = [0; MAX_PHONE_GROUPS];
    loop {
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(2..=8).contains(&n) || (n > 4 && groups == 0) {
            return None;
        }
        lens[groups] = n;
        groups += 1;
        total += n;
        i += n;
        // (`(852) 2860 2000`: a code in parentheses opens the number.)
        let code = groups == 1 && text[..start].ends_with('(') && b[i..].starts_with(b") ");
        let gap = 1 + usize::from(code);
        let joined = (code || matches!(b.get(i), Some(b' ' | b'-')))
            && b.get(i + gap).is_some_and(u8::is_ascii_digit);
        if !joined || n > 4 {
            break;
        }
        // (At most five groups: a longer run is no phone number, and each
        // number of it reads only a few groups on.)
        if groups == MAX_PHONE_GROUPS {
            return None;
        }
        i += gap;
    }
    // (A comma or point after the digits makes them a count's: `5012,300`.)
    let counted =
        matches!(b.get(i), Some(b',' | b'.')) && b.get(i + 1).is_some_and(u8::is_ascii_digit);
    if groups < 2 || total < 7 || counted || b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let before = &text.as_bytes()[start.saturating_sub(PHONE_REACH)..start];
    let worded = || {
        before.split(|c| !c.is_ascii_alphabetic()).any(|w| {
            PHONE_WORDS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
        })
    };
    let spaced = !text[start..i].contains('-');
    let shaped = spaced && card_or_mobile_shape(&lens[..groups], b[start]);
    (b[start] == b'0' || text[..start].ends_with('(') || shaped || worded()).then_some(i)
}

/// The groups of a bank card (`6222 0212 3456 7890`, `6217 8888 1234
/// 5678 901`: three or more groups of four, the last perhaps shorter) or of
/// a Chinese mobile number (`138 1234 5678`), by their lengths: an
/// identifier with no word before it. Counts group by commas, in threes.
fn card_or_mobile_shape(lens: &[usize], first: u8) -> bool {
    // (Four groups at least: a card holds 16 to 19 digits, while three
    // four-digit counts in a flattened table row, `1352 1480 1633`, count.)
    let card = lens.len() >= 4
        && lens[..lens.len() - 1].iter().all(|&n| n == 4)
        && (2..=4).contains(&lens[lens.len() - 1]);
    card || (first == b'1' && lens == [3, 4, 4])
}

/// Whether the number from `start` to `head_end` touches another group of
/// digits (after a space, hyphen or `) `, or before a space or hyphen): the
/// cheap test before [`phone_number`], which most numbers fail.
pub(super) fn may_join_digits(b: &[u8], start: usize, head_end: usize) -> bool {
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let after = match b.get(head_end) {
        Some(b' ' | b'-') => digit_at(head_end + 1),
        Some(b')') => b.get(head_end + 1) == Some(&b' ') && digit_at(head_end + 2),
        _ => false,
    };
    let before = start >= 2 && matches!(b[start - 1], b' ' | b'-') && digit_at(start - 2);
    after || before
}

/// Where the run of digit groups that `start` is in opens: `7177` in
/// `2527 7177` is read from `2527`, a group another rule took alone.
pub(super) fn chain_start(text: &str, mut start: usize) -> usize {
    let b = text.as_bytes();
    for _ in 0..3 {
        let Some(gap) = start
            .checked_sub(1)
            .filter(|&g| matches!(b[g], b' ' | b'-'))
        else {
            break;
        };
        let n = b[..gap]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(2..=4).contains(&n) {
            break;
        }
        start = gap - n;
    }
    start
}

/// `4201**********3518`, `138****5678`: an ID card's or a phone's number
/// with its middle masked. The number from `start` to `head_end` stands
/// next to two asterisks or more with a digit on their other side; the
/// end of the masked run (digits, asterisks and an ID's `X`) is returned.
/// Bold marks around a count (`**35** cases`) have no digit beyond them.
pub(super) fn masked_number(text: &str, start: usize, head_end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let stars_after = b[head_end..].iter().take_while(|&&c| c == b'*').count();
    let after = stars_after >= 2
        && b.get(head_end + stars_after)
            .is_some_and(u8::is_ascii_digit);
    let stars_before = b[..start].iter().rev().take_while(|&&c| c == b'*').count();
    let before = stars_before >= 2
        && start
            .checked_sub(stars_before + 1)
            .is_some_and(|i| b[i].is_ascii_digit());
    if !(after || before) {
        return None;
    }
    let run = b[head_end..]
        .iter()
        .take_while(|&&c| c.is_ascii_digit() || c == b'*' || c == b'X' || c == b'x')
        .count();
    Some(head_end + run)
}
