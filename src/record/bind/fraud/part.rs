//! Parts of a total: the words that open one (`among them`, `of which`,
//! `Of the 742 suspects ..., 316 were`), for the fraud part of a count.

use super::*;

/// The words that open a part of a total, for [`part_opener`].
const OPENERS: [&[u8]; 9] = [
    b"among them",
    b"among whom",
    b"among which",
    b"among these",
    b"of them",
    b"of which",
    b"of whom",
    b"including",
    b"in which",
];

/// Whether a word whose first two letters (folded to lowercase) are `two`
/// may be one of the [`OPENERS`]: every opener starts `am`, `of` or `in`,
/// and most words start none of them. (A test checks every opener.)
fn may_open(two: [u8; 2]) -> bool {
    matches!(two, [b'a', b'm'] | [b'o', b'f'] | [b'i', b'n'])
}

/// Where the first word that opens a part of a total (`among them`,
/// `among which`, `of which`, `including`, `in which`; after its number
/// too: `92 of whom were involved in telecom fraud`) starts in `span`, the
/// part running on to the span's end.
pub(in crate::record::bind) fn part_opener(text: &str, span: Span) -> Option<usize> {
    let b = &text.as_bytes()[..span.end];
    // The part runs on to the fraud word: no comma between them, past one
    // right after the opener (`among them, telecom fraud cases 426`). (`...
    // among them 30 ringleaders, in a crackdown on telecom fraud` is no
    // fraud part.)
    let runs_on = |from: usize| {
        let mut rest = &b[from..];
        while let [b',' | b' ', tail @ ..] = rest {
            rest = tail;
        }
        // (A digit group's comma is no clause's: `among them, 1,377 were
        // telecom fraud cases`.)
        let digit = |i: usize| rest.get(i).is_some_and(u8::is_ascii_digit);
        !(0..rest.len()).any(|i| {
            rest[i] == b';' || (rest[i] == b',' && !(i > 0 && digit(i - 1) && digit(i + 1)))
        })
    };
    let opens = |i: usize| {
        let first = b.get(i).map(|c| c | 0x20);
        // (By its first two letters first: most words open none.)
        let two = b.get(i..i + 2).map(|t| [t[0] | 0x20, t[1] | 0x20]);
        two.is_some_and(may_open)
            && OPENERS.iter().any(|p| {
                // (By its first letter first: the openers differ there.)
                Some(p[0]) == first
                    && starts_ignore_case(&b[i..], p)
                    && !b.get(i + p.len()).is_some_and(u8::is_ascii_alphanumeric)
                    && runs_on(i + p.len())
            })
    };
    // No comma may stand between an opener and the fraud word, so the
    // opener is near it: the last 64 bytes are read, not the sentence.
    let start = span.start.max(span.end.saturating_sub(64));
    // Each opener starts a word after a space (or starts the span).
    let first = (start == 0 || !b[start - 1].is_ascii_alphanumeric()) && opens(start);
    if first {
        return Some(start);
    }
    // (Each space found by `memchr`, the word after it tested.)
    let before_last = b.get(start..b.len().saturating_sub(1)).unwrap_or(&[]);
    memchr::memchr_iter(b' ', before_last)
        .map(|j| start + j + 1)
        .find(|&i| opens(i))
}

/// `Of the 742 suspects caught this year, 316 were linked to telecom
/// fraud`: a sentence that opens with its total (`Of the` and a number)
/// names the part after the comma that closes it, in `span` (up to the
/// fraud word); where that part starts.
pub(super) fn of_the_total(text: &str, span: Span) -> Option<usize> {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let b = s.trim_start().as_bytes();
    // (Or `Among the 9,300 suspects detained, 2,860 were ...`.)
    let opener = [&b"of the "[..], b"among the ", b"among "]
        .iter()
        .find(|o| starts_ignore_case(b, o))?
        .len();
    if !b.get(opener).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // The comma after the total (a digit group's comma is no clause's).
    let comma = (opener + 1..b.len()).find(|&i| {
        b[i] == b',' && !(b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })?;
    Some(span.start + lead + comma + 1)
}

/// Whether `rest` (the text after a clause) opens a part of the count
/// before it: `, including`, `, of which`, `, among whom`, or the same
/// after the part's number (`, 92 of whom`, `, 160 of them`), or `，其中`.
pub(super) fn opens_part(rest: &str) -> bool {
    let rest = rest.trim_start_matches([',', ' ', '，']);
    // `破获刑事案件2.3万起，其中电信诈骗案件4500起`: 其中, among them.
    if rest.starts_with("其中") {
        return true;
    }
    let after_number = rest
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
        .trim_start_matches(' ');
    let opens =
        |s: &str, openers: &[&[u8]]| openers.iter().any(|p| starts_ignore_case(s.as_bytes(), p));
    opens(
        rest,
        &[
            b"including ",
            b"of which ",
            b"of whom ",
            b"among which ",
            b"among whom ",
        ],
    ) || (after_number.len() < rest.len()
        && opens(after_number, &[b"of which ", b"of whom ", b"of them "]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opener_passes_the_two_letter_check() {
        for opener in OPENERS {
            assert!(
                may_open([opener[0], opener[1]]),
                "{}",
                String::from_utf8_lossy(opener)
            );
        }
    }

    #[test]
    fn an_opener_starts_the_part_after_its_total() {
        let text = "Police handled 80 cases, of which 30 involved telecom fraud";
        let fraud = text.find("telecom").unwrap();
        assert_eq!(
            part_opener(text, Span::new(0, fraud)),
            text.find("of which")
        );
        let text = "Police handled 80 cases in the city involving telecom fraud";
        let fraud = text.find("telecom").unwrap();
        assert_eq!(part_opener(text, Span::new(0, fraud)), None);
    }
}
