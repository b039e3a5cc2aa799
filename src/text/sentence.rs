//! Sentence boundaries, found with plain code in one pass.
//!
//! A sentence ends at `!`, `?`, `;`, `。`, `；`, a line break (unless a
//! lowercase word follows it: a hard wrap inside a sentence), or a full stop
//! that is not a decimal point, not an abbreviation (`U.S.`, `No.`, `Sept.`)
//! and is followed by a space, a capital or the end. Glued sentences
//! (`results.The`) split at the full stop.

use crate::lex::{Kind, Token, Tokens};
use crate::Span;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "apr", "aug", "co", "corp", "dec", "dr", "e.g", "etc", "feb", "i.e", "inc", "jan", "jr", "jul",
    "jun", "ltd", "mar", "mr", "mrs", "ms", "no", "nos", "nov", "oct", "prof", "rs", "sep", "sept",
    "st", "u.s", "vs",
];

/// The sentences of the tokenized text, in order, covering every non-blank
/// stretch.
///
/// Only line breaks and the punctuation that may end a sentence can end
/// one: the tokenizer lists them (its marks), and only they are read, with
/// bounded looks around a full stop or a semicolon.
// Kept out of line: `benches/stages.sh` finds it by name.
#[inline(never)]
pub(crate) fn sentences(tokens: &Tokens<'_>) -> Vec<Span> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    // About one sentence per hundred bytes of news text: room enough
    // that the list seldom grows.
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut start = 0;
    // The first token after `start`.
    let mut first = 0;
    for &k in tokens.marks() {
        let k = k as usize;
        let t = &all[k];
        let i = t.start();
        let ends = match t.kind() {
            Kind::Newline => {
                !bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) && !wrapped_count(bytes, i)
            }
            _ => match bytes[i] {
                b'!' | b'?' => true,
                b';' => !ends_entity(bytes, i),
                b'.' => ends_sentence(text, i, long_word_before(all, k)),
                b':' => false,
                // `。`, `；`, `！`, `？` end one; `：` (0xEF 0xBC 0x9A) none.
                _ => bytes.get(i..i + 3) != Some("：".as_bytes()),
            },
        };
        if ends {
            push(
                text,
                &mut out,
                start,
                t.end(),
                solid(bytes, &all[first..=k]),
            );
            start = t.end();
            first = k + 1;
        }
    }
    let rest = all.get(first..).unwrap_or_default();
    push(text, &mut out, start, text.len(), solid(bytes, rest));
    out
}

/// Whether one of `tokens` is a char that is not whitespace: a word, a
/// number, CJK, or ASCII punctuation (the tokenizer skips ASCII spaces;
/// other punctuation may be whitespace, U+2028). Most stretches open with
/// a word: the search stops at once.
fn solid(bytes: &[u8], tokens: &[Token]) -> bool {
    tokens.iter().any(|t| match t.kind() {
        Kind::Newline => false,
        Kind::Punct => bytes[t.start()] < 0x80,
        Kind::Word | Kind::Number | Kind::Cjk => true,
    })
}

/// Whether the token before the full stop `k` is a word of five letters or
/// more that ends at it: then no abbreviation or initial ends there.
fn long_word_before(all: &[Token], k: usize) -> bool {
    k.checked_sub(1).and_then(|p| all.get(p)).is_some_and(|p| {
        p.kind() == Kind::Word && p.end() == all[k].start() && p.end() - p.start() > 4
    })
}

/// How long (bytes) a line must run, with no break, before a hard wrap
/// inside it is read past a number: a headline or a byline is shorter.
const WRAPPED_LINE: usize = 40;

/// Words that end no sentence and no headline but stand before a count.
const BEFORE_COUNT: [&[u8]; 13] = [
    b"about",
    b"around",
    b"at",
    b"by",
    b"mere",
    b"nearly",
    b"of",
    b"only",
    b"over",
    b"some",
    b"than",
    b"to",
    b"totaling",
];

/// Past forms with no `-ed` that take a count (`had caught⏎117 drug
/// dealers`).
const STRONG_PAST: [&[u8]; 9] = [
    b"broke", b"brought", b"caught", b"found", b"held", b"sent", b"struck", b"took", b"won",
];

/// `police also investigated⏎395 cases of smuggling`: whether the line
/// break at `nl` is a hard wrap before a count. The line before it is
/// long and ends in a past form (`-ed`) or a word that leads to a count
/// (`than`, `of`, `some`), where no headline ends; the next opens with a
/// number, a space and a lowercase word (a date, a time or a list's
/// number does not).
fn wrapped_count(bytes: &[u8], nl: usize) -> bool {
    // (The cheap test first: a count opens the next line.)
    if !bytes.get(nl + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some(line) = nl.checked_sub(WRAPPED_LINE).map(|s| &bytes[s..nl]) else {
        return false;
    };
    if !line.last().is_some_and(u8::is_ascii_lowercase) || line.contains(&b'\n') {
        return false;
    }
    let word = line.rsplit(|b| *b == b' ').next().unwrap_or_default();
    let leads = word.ends_with(b"ed")
        || STRONG_PAST.contains(&word)
        || BEFORE_COUNT
            .iter()
            .any(|w| line.ends_with(w) && line[..line.len() - w.len()].ends_with(b" "));
    if !leads {
        return false;
    }
    let rest = &bytes[nl + 1..bytes.len().min(nl + 24)];
    let digits = rest
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    rest.first().is_some_and(u8::is_ascii_digit)
        && rest[..digits].last().is_some_and(u8::is_ascii_digit)
        && rest.get(digits) == Some(&b' ')
        && rest.get(digits + 1).is_some_and(u8::is_ascii_lowercase)
}

/// Keep `start..end` unless it is blank; `solid` says a token in it is no
/// whitespace, so it is not.
fn push(text: &str, out: &mut Vec<Span>, start: usize, end: usize, solid: bool) {
    if solid || !text[start..end].trim().is_empty() {
        out.push(Span::new(start, end));
    }
}

/// `&yen;`, `&#8220;`: the semicolon closes an HTML entity.
fn ends_entity(bytes: &[u8], semi: usize) -> bool {
    let floor = semi.saturating_sub(10);
    match bytes[floor..semi].iter().rposition(|&b| b == b'&') {
        Some(amp) => bytes[floor + amp + 1..semi]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'#'),
        None => false,
    }
}

/// Whether the full stop at `dot` ends a sentence; `long_word` says the
/// word before it has five letters or more (no abbreviation is that long).
fn ends_sentence(text: &str, dot: usize, long_word: bool) -> bool {
    let bytes = text.as_bytes();
    let next = bytes.get(dot + 1).copied();
    let prev = dot.checked_sub(1).map(|p| bytes[p]);
    // 3.5, 2014.5.1
    if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) {
        return false;
    }
    let word = if long_word {
        ""
    } else {
        super::ascii_word_before_dotted(text, dot)
    };
    // No abbreviation is longer than four letters.
    let is_abbreviation = !long_word
        && word.len() <= 4
        && ABBREVIATIONS
            .binary_search_by(|a| a.bytes().cmp(word.bytes().map(|c| c.to_ascii_lowercase())))
            .is_ok();
    if is_abbreviation {
        return false;
    }
    // A lone capital (`Y. Li`) is an initial.
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    match next {
        None => true,
        Some(n) if n.is_ascii_whitespace() => !stranded_count(text, dot),
        Some(n) if n.is_ascii_uppercase() => true, // results.The
        Some(n) if n.is_ascii_digit() => prev.is_some_and(|p| p.is_ascii_alphabetic()), // respectively.2,937
        Some(b'"' | b'\'' | b')') => true,
        Some(n) => n >= 0x80 && !text[dot + 1..].starts_with(|c: char| c.is_alphanumeric()),
    }
}

/// `criminal suspects were arrested. 154,000 people.`: machine
/// translation sometimes sets a full stop between a passive and its count
/// (抓获犯罪嫌疑人15.4万名). A full stop right after `were`, `been` or
/// `was` and a participle in `-ed`, before a bare count (a bound word,
/// the number, at most `people` or `persons`) that a comma or a full stop
/// closes, ends no sentence.
fn stranded_count(text: &str, dot: usize) -> bool {
    // (Most full stops have a capital after them: the count is read first.)
    if !bare_count_after(text, dot) {
        return false;
    }
    let from = super::floor_char(text, dot.saturating_sub(30));
    let mut back = text[from..dot].rsplit(' ');
    let participle = back.next().unwrap_or("");
    let aux = back.next().unwrap_or("");
    participle.len() > 4
        && participle.ends_with("ed")
        && participle.bytes().all(|b| b.is_ascii_lowercase())
        && ["were", "been", "was"].contains(&aux)
}

/// Whether a bare count follows the full stop at `dot`: a bound word, the
/// number, at most `people` or `persons`, then a comma or a full stop.
fn bare_count_after(text: &str, dot: usize) -> bool {
    let to = super::floor_char(text, (dot + 40).min(text.len()));
    let mut rest = text[dot + 1..to].trim_start();
    for bound in ["more than ", "over ", "nearly ", "about "] {
        if super::starts_ignore_case(rest.as_bytes(), bound.as_bytes()) {
            rest = &rest[bound.len()..];
            break;
        }
    }
    let digits = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    let number = rest[..digits].trim_end_matches([',', '.']);
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let rest = &rest[number.len()..];
    let rest = ["people", "persons"]
        .iter()
        .find_map(|w| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(w)))
        .unwrap_or(rest);
    rest.starts_with([',', '.'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(&Tokens::new(text))
            .into_iter()
            .map(|s| text[s.range()].trim())
            .collect()
    }

    #[test]
    fn splits_on_stops_but_not_decimals_or_abbreviations() {
        assert_eq!(
            split("Police seized 3.5 kg. The U.S. team left on Sept. 3. Done"),
            [
                "Police seized 3.5 kg.",
                "The U.S. team left on Sept. 3.",
                "Done"
            ]
        );
    }

    #[test]
    fn glued_sentences_and_lines() {
        assert_eq!(
            split("good results.The bureau\nNext line"),
            ["good results.", "The bureau", "Next line"]
        );
        // A hard wrap: a line break before a lowercase word goes on.
        assert_eq!(
            split("seized 4,500\ncartons of\r\ncigarettes.\nThen"),
            ["seized 4,500\ncartons of\r\ncigarettes.", "Then"]
        );
        assert_eq!(
            split("rose 5% respectively.2,937 tons"),
            ["rose 5% respectively.", "2,937 tons"]
        );
        assert_eq!(split("一句。二句；"), ["一句。", "二句；"]);
        // A full-width colon, like an ASCII one, ends no sentence.
        assert_eq!(split("来源：平安某县。二句"), ["来源：平安某县。", "二句"]);
        assert_eq!(split("worth &yen;500; then"), ["worth &yen;500;", "then"]);
    }

    #[test]
    fn a_hard_wrap_before_a_count_goes_on() {
        // A long line ending in a lowercase word, then a count: one sentence.
        assert_eq!(
            split("In the first half the border brigades together examined\n612 vessels at sea."),
            ["In the first half the border brigades together examined\n612 vessels at sea."]
        );
        assert_eq!(
            split("Over the same months the city's patrol units stopped some\n1,250 cars, up 9%."),
            ["Over the same months the city's patrol units stopped some\n1,250 cars, up 9%."]
        );
        // A strong past form leads to a count too.
        assert_eq!(
            split("After a fortnight of work the river town's theft squad caught\n26 pickpockets."),
            ["After a fortnight of work the river town's theft squad caught\n26 pickpockets."]
        );
        // A short line (a byline), a date or a capital after the number:
        // the break ends the line.
        assert_eq!(
            split("By Zhou Min\n18 suspects held"),
            ["By Zhou Min", "18 suspects held"]
        );
        assert_eq!(
            split("Province police break up a ring of telecom fraudsters\n2024-03-02 09:15"),
            [
                "Province police break up a ring of telecom fraudsters",
                "2024-03-02 09:15"
            ]
        );
        // A long headline ends in a noun: its line ends there.
        assert_eq!(
            split("Officers across the province carry out raids on workshops\n12 suspects held"),
            [
                "Officers across the province carry out raids on workshops",
                "12 suspects held"
            ]
        );
        assert_eq!(
            split("Officers across the province carried out raids on workshops\n12 Suspects Held"),
            [
                "Officers across the province carried out raids on workshops",
                "12 Suspects Held"
            ]
        );
    }

    #[test]
    fn a_count_stranded_after_its_passive_stays_in_its_sentence() {
        assert_eq!(
            split("Gangs were smashed, and suspects were detained. 2,310 people. Then"),
            [
                "Gangs were smashed, and suspects were detained. 2,310 people.",
                "Then"
            ]
        );
        assert_eq!(
            split("Thieves were captured. More than 640 people, and 12 gangs."),
            ["Thieves were captured. More than 640 people, and 12 gangs."]
        );
        // A count that opens a sentence of its own still does.
        assert_eq!(
            split("Suspects were detained. 2,310 people attended the talk."),
            ["Suspects were detained.", "2,310 people attended the talk."]
        );
    }

    #[test]
    fn blank_stretches_are_dropped_whatever_their_spaces() {
        assert_eq!(split("\u{2028}\nOne.\n \u{3000}\n\u{85}"), ["One."]);
        assert_eq!(split("\u{200b}\nTwo"), ["\u{200b}", "Two"]);
        // No ASCII char the tokenizer keeps as punctuation is whitespace.
        for b in 0..0x80u8 {
            let s = char::from(b).to_string();
            let t = Tokens::new(&s);
            if t.all().first().is_some_and(|t| t.kind() == Kind::Punct) {
                assert!(!char::from(b).is_whitespace(), "{b:#x}");
            }
        }
    }

    /// The plain reading of the word before a dot: the last run of letters
    /// and dots in the eight bytes before it, its leading dots dropped.
    fn plain_word_before(s: &str, dot: usize) -> &str {
        let floor = dot.saturating_sub(8);
        let start = s.as_bytes()[floor..dot]
            .iter()
            .rposition(|b| !(b.is_ascii_alphabetic() || *b == b'.'))
            .map_or(floor, |p| floor + p + 1);
        s[start..dot].trim_start_matches('.')
    }

    const DOTTED_PARTS: &[&str] = &["a", "Bc", ".", "é", " ", "3", "U.S", "..", "etc", "x"];

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2048))]
        #[test]
        fn the_word_before_a_dot_is_read_back_at_most_eight_bytes(
            parts in proptest::collection::vec(proptest::sample::select(DOTTED_PARTS), 1..=16)
        ) {
            let s = parts.concat() + ".";
            for (dot, _) in s.match_indices('.') {
                proptest::prop_assert_eq!(
                    crate::text::ascii_word_before_dotted(&s, dot),
                    plain_word_before(&s, dot),
                    "{:?} at {}", s, dot
                );
            }
        }
    }

    #[test]
    fn abbreviation_table_is_sorted_and_short() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 4));
    }
}
