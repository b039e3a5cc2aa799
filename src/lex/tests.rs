//! Tests of the tokenizer: kinds, spans, classes and the lists it keeps.

use super::*;

fn kinds(text: &str) -> Vec<(Kind, &str)> {
    let t = Tokens::new(text);
    (0..t.all().len())
        .map(|i| (t.all()[i].kind(), t.str(i)))
        .collect()
}

#[test]
fn stops_are_the_accepted_tokens_in_order() {
    let t = Tokens::new("Police seized 3 kg, then Police left.");
    let numbers: Vec<usize> = stops(t.all(), |tok| tok.kind() == Kind::Number)
        .map(|(k, _)| k)
        .collect();
    assert_eq!(numbers.iter().map(|&k| t.str(k)).collect::<Vec<_>>(), ["3"]);
    let police: Vec<&str> = stops(t.all(), |tok| t.text()[tok.start()..tok.end()] == *"Police")
        .map(|(k, tok)| {
            assert_eq!(t.all()[k], *tok);
            t.str(k)
        })
        .collect();
    assert_eq!(police, ["Police", "Police"]);
    assert_eq!(stops(t.all(), |_| false).count(), 0);
    assert_eq!(stops(t.all(), |_| true).count(), t.all().len());
}

#[test]
fn one_pass_gives_words_numbers_punctuation_lines_and_cjk() {
    insta::assert_debug_snapshot!(kinds("Police seized 1,250 kg\n18.5万起 ５ packs, RMB7"), @r#"
    [
        (
            Word,
            "Police",
        ),
        (
            Word,
            "seized",
        ),
        (
            Number,
            "1",
        ),
        (
            Punct,
            ",",
        ),
        (
            Number,
            "250",
        ),
        (
            Word,
            "kg",
        ),
        (
            Newline,
            "\n",
        ),
        (
            Number,
            "18",
        ),
        (
            Punct,
            ".",
        ),
        (
            Number,
            "5",
        ),
        (
            Cjk,
            "万起",
        ),
        (
            Number,
            "５",
        ),
        (
            Word,
            "packs",
        ),
        (
            Punct,
            ",",
        ),
        (
            Word,
            "RMB",
        ),
        (
            Number,
            "7",
        ),
    ]
    "#);
}

#[test]
fn words_carry_their_classes() {
    let t = Tokens::new("They arrested 5 suspects in March");
    assert!(t.all()[1].starts().has(Class::Verb));
    assert!(t.all()[1].whole().has(Class::Verb));
    assert!(t.all()[5].starts().has(Class::Month));
    assert!(!t.all()[0].starts().has(Class::Month));
    assert_eq!(
        t.match_at(1, crate::record::lexicon::VERBS).map(|(_, l)| l),
        Some(8)
    );
    assert_eq!(t.index_from(14), 2);
    assert_eq!(t.index_from(15), 3);
}

#[test]
fn token_entries_agree_with_a_fresh_lookup() {
    let text = "Police ARRESTED 5 suspects; more than 1,000 yuan was Frozen. \
                Seized heroin, methamphetamine and more\nin March. No. 3 o'clock %";
    let tokens = Tokens::new(text);
    let mut known = 0;
    for t in tokens.all() {
        let fresh = match t.kind() {
            Kind::Word | Kind::Punct => index().lookup(&text.as_bytes()[t.start()..]),
            Kind::Number | Kind::Cjk | Kind::Newline => None,
        };
        assert_eq!(t.entry(), fresh, "{:?}", &text[t.start()..t.end()]);
        known += usize::from(fresh.is_some());
    }
    assert!(known > 10);
}

#[test]
fn letter_runs_agree_with_a_byte_loop() {
    let scalar = |w: u64| {
        w.to_le_bytes()
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count()
    };
    // The mask covers the run's bytes (a run of eight has no mask).
    let mask_fits = |w: u64| {
        let (run, mask) = letter_run_mask(w);
        run == 8 || mask == (1u64 << (8 * run)) - 1
    };
    for b in 0..=255u8 {
        for at in 0..8 {
            let mut w = *b"abcdefgh";
            w[at] = b;
            let w = u64::from_le_bytes(w);
            assert_eq!(letter_run(w), scalar(w), "{b:#x} at {at}");
            assert!(mask_fits(w), "{b:#x} at {at}");
        }
    }
    let mut seed = 3u64;
    for _ in 0..100_000 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        // Mostly letters, some of any byte.
        let w = seed.rotate_right(8);
        let mut b = w.to_le_bytes();
        for (k, x) in b.iter_mut().enumerate() {
            if (seed >> (k * 3)) & 3 != 0 {
                *x = b'a' + *x % 26 - (*x & 0x20);
            }
        }
        let w = u64::from_le_bytes(b);
        assert_eq!(letter_run(w), scalar(w), "{b:?}");
        assert!(mask_fits(w), "{b:?}");
    }
    assert_eq!(load8(b"abc", 1), u64::from_le_bytes(*b"bc\0\0\0\0\0\0"));
    assert_eq!(load8(b"abc", 7), 0);
}

#[test]
fn any_text_tokenizes_without_panic() {
    for s in ["", " ", "\u{a0}", "é", "１２３", "a\u{3000}b", "\u{feff}x"] {
        let t = Tokens::new(s);
        for tok in t.all() {
            assert!(tok.start() < tok.end() && tok.end() <= s.len());
        }
    }
}

#[test]
fn cues_are_the_tokens_a_figure_or_quote_may_start_at() {
    let t = Tokens::new("Police seized five kg, \"Sky Net\" .5 and $3 at 十二 ok.");
    let cues: Vec<&str> = t.cues().iter().map(|&i| t.str(i as usize)).collect();
    assert_eq!(cues, ["five", "\"", "\"", ".", "5", "$", "3", "十二"]);
}

#[test]
fn binds_are_the_tokens_the_binders_index_reads() {
    let t =
        Tokens::new("Police seized 5 kg of drugs: fraud cases fell; 诈骗 cases, and the rest，ok");
    let binds: Vec<&str> = t.binds().iter().map(|&i| t.str(i as usize)).collect();
    assert!(binds.contains(&"seized"), "{binds:?}");
    assert!(binds.contains(&"fraud"), "{binds:?}");
    assert!(binds.contains(&"and"), "{binds:?}");
    for edge in [":", ";", ",", "诈骗", "，"] {
        assert!(binds.contains(&edge), "{edge} not in {binds:?}");
    }
    for common in ["kg", "of", "the", "5", "rest", "ok"] {
        assert!(!binds.contains(&common), "{common} in {binds:?}");
    }
}

#[test]
fn a_word_before_a_word_that_opens_none_of_its_phrases_starts_only_itself() {
    let index = index();
    let starts =
        |text: &str| index.may_start(index.lookup(text.as_bytes()).unwrap(), text.as_bytes());
    // `in custody` is a verb phrase: `in Beijing` opens no phrase under
    // `in` (of any class), `in Custody` may.
    assert!(!starts("in Beijing").has(Class::Verb));
    assert!(starts("in Custody").has(Class::Verb));
    // (`in the region of` is a qualifier: `in the` may open a phrase, and
    // keeps every class.)
    assert!(starts("in the city").has(Class::Verb));
    // Not one space and a letter: every class the key starts.
    assert!(starts("in  the").has(Class::Verb));
    assert!(starts("in").has(Class::Verb));
    // `arrested` is a verb alone, whatever follows it.
    assert!(starts("arrested the").has(Class::Verb));
    // `police` opens `police-bank` (a fraud word): a hyphen goes on
    // otherwise, so nothing is ruled out before a letter.
    assert_eq!(
        starts("police said"),
        index.entry(index.lookup(b"police").unwrap()).starts
    );
    // Every phrase of every table may start where its own text stands.
    for (table, &class) in TABLES.iter().zip(Class::ALL) {
        for i in 0..table.len() {
            let phrase = table.phrase(i);
            let Some(id) = index.lookup(phrase.as_bytes()) else {
                continue;
            };
            assert!(
                index.may_start(id, phrase.as_bytes()).has(class),
                "{phrase:?}"
            );
        }
    }
}
