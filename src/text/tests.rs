//! Tests of the text helpers: lines, prefix and suffix phrase matches,
//! word and end filters, words and spaces.

use super::*;

use crate::quantity::words::QUALIFIER_BEFORE as T;
use crate::Qualifier;

#[test]
fn lines_are_the_standard_librarys() {
    for s in [
        "",
        "\n",
        "\n\n",
        "a",
        "a\n",
        "a\r\nb\r\n",
        "a\r",
        "a\r\r\nb",
        "\rx\n\n y \n",
        "一\n二\r\n三",
    ] {
        assert_eq!(lines(s).collect::<Vec<_>>(), s.lines().collect::<Vec<_>>());
    }
}

#[test]
fn prefix_prefers_longest_and_respects_boundaries() {
    assert_eq!(
        match_prefix("More  than 5", T),
        Some((&Qualifier::MoreThan, 10))
    );
    assert_eq!(match_prefix("over 5", T), Some((&Qualifier::MoreThan, 4)));
    assert_eq!(match_prefix("moreover", T), None);
    assert_eq!(match_prefix("police", T), None);
    assert_eq!(match_prefix("", T), None);
}

#[test]
fn suffix_finds_phrase_before_offset() {
    let s = "seized more than 5";
    assert_eq!(match_suffix(s, 16, T), Some((&Qualifier::MoreThan, 7)));
    assert_eq!(match_suffix("leftover", 8, T), None);
}

#[test]
fn word_filter_is_exact() {
    let f = WordFilter::of(T);
    assert!(f.may_start("more than 5") && f.may_start("More") && f.may_start("over"));
    assert!(!f.may_start("moreover") && !f.may_start("mo") && !f.may_start("police"));
    // `myth` has the first letter and length of `more`, not its second.
    assert!(!f.may_start("myth") && !f.may_start("Myth"));
}

#[test]
fn end_filter_is_exact() {
    let f = EndFilter::of(T);
    assert!(f.may_end_word(b"than") && f.may_end_word(b"THAN") && f.may_end_word(b"about"));
    // `then` has the length and last letter of `than`, `arrested` the
    // length and last two letters of `exceeded`: neither ends a
    // qualifier.
    assert!(!f.may_end_word(b"then") && !f.may_end_word(b"arrested"));
    assert!(!f.may_end_word(b"seized") && !f.may_end_word(b"Seized"));
    assert!(!f.may_end_byte(b',') && f.may_end_byte(b'N') && !f.may_end_byte(b'k'));
    let f = EndFilter::of(crate::text::lexicon::IDENTIFIER_BEFORE);
    assert!(f.may_end_byte(b'.') && f.may_end_byte(b'#'));
}

/// Every phrase of the tables looked up from their end passes its
/// table's end filter, as written and in capitals.
#[test]
fn end_filters_pass_every_phrase() {
    fn check<V>(table: &'static Lexicon<V>) {
        let f = EndFilter::of(table);
        for (phrase, _) in table.iter() {
            let b = phrase.as_bytes();
            let run = b
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let word = &b[b.len() - run..];
            let &l = b.last().expect("no empty phrase");
            assert!(f.may_end_byte(l) && f.may_end_byte(l.to_ascii_uppercase()));
            if l.is_ascii_alphabetic() {
                assert!(
                    f.may_end_word(word) && f.may_end_word(&word.to_ascii_uppercase()),
                    "{phrase:?}"
                );
            }
        }
    }
    check(crate::text::lexicon::IDENTIFIER_BEFORE);
    check(T);
}

/// Every phrase of the filtered tables passes its table's filter, as
/// written and capitalized: the filter rejects only words no phrase
/// can match.
#[test]
fn word_filters_pass_every_phrase() {
    fn check<V>(table: &'static Lexicon<V>) {
        let f = WordFilter::of(table);
        for (phrase, _) in table.iter() {
            let mut cap = phrase.to_string();
            if let Some(first) = cap.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            assert!(f.may_start(phrase) && f.may_start(&cap), "{phrase:?}");
        }
    }
    check(crate::quantity::words::SCALES);
    check(crate::quantity::words::UNITS);
    check(crate::quantity::scan::TRIGGERS);
    check(crate::record::operation::CAMPAIGN_WORDS);
    check(crate::record::operation::LAUNCH_WORDS);
    check(T);
}

#[test]
fn words_and_spaces() {
    assert_eq!(ascii_word_before("the Sept", 8), "Sept");
    assert_eq!(skip_spaces("a   b", 1, 8), 4);
    assert_eq!(skip_spaces_back("a   b", 4, 2), 2);
    assert_eq!(digit_value('７'), Some(7));
}

#[test]
fn the_word_before_read_eight_bytes_at_a_time_is_the_bytewise_one() {
    // The run of ASCII letters before each offset, as a byte-by-byte
    // read back finds it: around the bytes that fold next to letters
    // (`@`, `[`, backtick, `{`), non-ASCII letters and marks, and words
    // shorter and longer than eight and sixteen bytes.
    let bytewise = |s: &str, end: usize| {
        let start = s.as_bytes()[..end]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        start..end
    };
    let texts = [
        "",
        "a",
        "Police seized 1,250 kg of drugs.",
        "counterrevolutionaries@Zz[aZ`az{AZ}Ab^_~x",
        "Überwachung café—naïve “ice” 万元 rectificationrectification",
        "abcdefgh abcdefghabcdefgh,ABCDEFGHIJKLMNOPQRSTUVWXYZ\tq",
        "\u{a0}Year-on-year 12% ranked No.1 in Q3 ☆ oK",
    ];
    for s in texts {
        for end in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            let word = ascii_word_before(s, end);
            let at = word.as_ptr() as usize - s.as_ptr() as usize;
            assert_eq!(at..at + word.len(), bytewise(s, end), "{s:?} at {end}");
        }
    }
    // Every byte value, before a letter run that reaches past eight bytes.
    for b in 0..=255u8 {
        let mut bytes = vec![b'x', b];
        bytes.extend_from_slice(b"abcdefghij");
        let Ok(s) = std::str::from_utf8(&bytes) else {
            continue;
        };
        for end in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            let word = ascii_word_before(s, end);
            let at = word.as_ptr() as usize - s.as_ptr() as usize;
            assert_eq!(at..at + word.len(), bytewise(s, end), "byte {b} at {end}");
        }
    }
}

#[test]
fn non_letters_marks_each_byte_that_is_no_ascii_letter() {
    for b in 0..=255u8 {
        for k in 0..8 {
            let mut eight = [b'q'; 8];
            eight[k] = b;
            let marked = non_letters(u64::from_le_bytes(eight)) >> (8 * k) & 0x80 != 0;
            assert_eq!(marked, !b.is_ascii_alphabetic(), "byte {b} at {k}");
            assert_eq!(
                non_letters(u64::from_le_bytes(eight)) & !(0x80 << (8 * k)),
                0
            );
        }
    }
}

#[test]
fn find_colon_is_the_char_search() {
    for s in [
        "Source: the county bureau",
        "来源：县公安局",
        "（图）说明，时间：2024",
        "no colon here，（）",
        "：first",
        "a:b：c",
        "",
    ] {
        assert_eq!(find_colon(s), s.find([':', '：']), "{s:?}");
    }
}

#[test]
fn the_word_length_read_eight_bytes_at_a_time_is_the_bytewise_one() {
    let bytewise = |s: &str| s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let texts = [
        "",
        "a",
        "abcdefg",
        "abcdefgh",
        "abcdefghi",
        "Police seized 1,250 kg of drugs.",
        "counterrevolutionaries@Zz[aZ`az{AZ}Ab^_~x",
        "Überwachung café—naïve “ice” 万元 rectificationrectification",
        "abcdefgh abcdefghabcdefgh,ABCDEFGHIJKLMNOPQRSTUVWXYZ\tq",
    ];
    for s in texts {
        for at in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            assert_eq!(
                ascii_word_len(&s[at..]),
                bytewise(&s[at..]),
                "{s:?} at {at}"
            );
        }
    }
    // Every byte value after letter runs of every length to seventeen.
    for b in 0..=255u8 {
        for run in 0..=17 {
            let mut bytes = b"abcdefghIJKLMNOPq"[..run].to_vec();
            bytes.extend_from_slice(&[b, b'x', b'y']);
            if let Ok(s) = std::str::from_utf8(&bytes) {
                assert_eq!(ascii_word_len(s), bytewise(s), "byte {b} after {run}");
            }
        }
    }
}
