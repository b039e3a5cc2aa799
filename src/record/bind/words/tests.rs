//! Tests of the word lookups by byte offset.

use super::*;

#[test]
fn catch_is_a_noun_after_its_kind_or_with_no_object() {
    let noun = |text: &str| {
        let at = text.find("catch").or_else(|| text.find("find")).unwrap();
        let end = at
            + if text[at..].starts_with("catch") {
                5
            } else {
                4
            };
        is_noun_use(text, at, end)
    };
    // After an article, `of` or a word of its kind.
    assert!(noun("Police seized the catch of 860 kilograms."));
    assert!(noun("3,000 catties of illegal fishing catch were seized"));
    assert!(noun("a find of 12 bronzes"));
    // No object after it: the thing.
    assert!(noun("Officers seized 75 kilograms of shrimp catch."));
    assert!(noun("seized shrimp catch and 3 boats"));
    assert!(noun("seized shrimp catch worth 9,000 yuan"));
    // With an object (machine translation's base form): the verb.
    assert!(!noun("The county bureau catch criminal suspect 287 name."));
    assert!(!noun("catch and punish 12 suspects"));
    assert!(!noun("Police find and rectify hidden dangers 230 place."));
    assert!(!noun("police find."));
}

#[test]
fn the_start_table_of_a_later_text_ignores_the_earlier_one() {
    let long = Tokens::new("Police  seized 1,250 kg, and 7kg of “ice” in 3 raids today.");
    drop(Starts::new(&long));
    let text = "Seized  12 guns; 7 raids.";
    let tokens = Tokens::new(text);
    let starts = Starts::new(&tokens);
    let w = Words::new(&tokens, &starts);
    for at in 0..=text.len() + 8 {
        let k = tokens.index_from(at);
        let starts_here = tokens.all().get(k).filter(|t| t.start() == at);
        assert_eq!(w.token_at(at), starts_here.map(|_| k), "at {at}");
        let word = starts_here.filter(|t| t.kind() == Kind::Word);
        assert_eq!(w.word_at(at), word.map(|_| k), "at {at}");
    }
}

#[test]
fn prefix_is_match_prefix_at_every_offset() {
    let texts = [
        "Officers dealt with 5 cases; 3 were cracked, 7kg seized and dealt wi",
        "seized 490 tablets, and ４ guns、“ice” (3) as well as: cash; fake-goods.At 5% — 20 kg ‘x’",
        "a 5% drop, 7% year-on-year increase, 3 percent higher; 9% lower than",
    ];
    for text in texts {
        let tokens = Tokens::new(text);
        let starts = Starts::new(&tokens);
        let w = Words::new(&tokens, &starts);
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for ceil in [text.len(), at + 5, at + 10, at + 13] {
                let ceil = floor_char(text, ceil.min(text.len()));
                let check = |name, a: Option<usize>, b: Option<usize>| {
                    assert_eq!(a, b, "{name} {at}..{ceil} in {text:?}");
                };
                let len = |m: Option<(&(), usize)>| m.map(|(_, l)| l);
                check(
                    "verbs",
                    w.prefix(at, ceil, VERBS).map(|(_, l)| l),
                    match_prefix(&text[at..ceil], VERBS).map(|(_, l)| l),
                );
                check(
                    "nouns",
                    w.prefix(at, ceil, NOUNS).map(|(_, l)| l),
                    match_prefix(&text[at..ceil], NOUNS).map(|(_, l)| l),
                );
                check(
                    "items",
                    w.prefix(at, ceil, ITEMS).map(|(_, l)| l),
                    match_prefix(&text[at..ceil], ITEMS).map(|(_, l)| l),
                );
                check(
                    "joiners",
                    len(w.prefix(at, ceil, LIST_JOINERS)),
                    len(match_prefix(&text[at..ceil], LIST_JOINERS)),
                );
                check(
                    "trend words",
                    w.prefix(at, ceil, TREND_AFTER).map(|(_, l)| l),
                    match_prefix(&text[at..ceil], TREND_AFTER).map(|(_, l)| l),
                );
                check(
                    "auxiliaries",
                    w.prefix(at, ceil, AUXILIARIES).map(|(_, l)| l),
                    match_prefix(&text[at..ceil], AUXILIARIES).map(|(_, l)| l),
                );
            }
        }
    }
}

#[test]
fn no_phrase_reads_past_the_reach() {
    let reach = |p: &str| p.len() + p.matches(' ').count() * 11 + 1;
    let mut longest = ("", 0);
    for table in crate::lex::TABLES {
        for i in 0..table.len() {
            let p = table.phrase(i);
            if reach(p) > longest.1 {
                longest = (p, reach(p));
            }
        }
    }
    assert!(longest.1 <= PHRASE_REACH, "{longest:?}");
    assert!(longest.1 + 16 > PHRASE_REACH, "{longest:?}");
}

#[test]
fn a_window_cut_past_the_reach_answers_as_the_text() {
    // A sentence glued to the next: the lookups of the words before
    // it are read from the tokens, with the text's answers.
    let text = "12 suspects were taken into custody and 3 guns were seized in the raid \
                on the county's storage yards, where officers found the catch of two \
                trawlers and dealt with the crews in accordance with the law.Police";
    let tokens = Tokens::new(text);
    let starts = Starts::new(&tokens);
    let w = Words::new(&tokens, &starts);
    let ceil = text.len() - "olice".len();
    let mut read = 0;
    for at in (0..ceil).filter(|&i| text.is_char_boundary(i)) {
        read += usize::from(w.word_within(at, ceil).is_some());
        // (A verb's noun use, `the catch`, is no verb either way.)
        assert_eq!(
            w.verb(at, ceil).map(|(_, l)| l),
            match_prefix(&text[at..ceil], VERBS)
                .map(|(_, l)| l)
                .filter(|&l| !is_noun_use(text, at, at + l)),
            "verb at {at}"
        );
        assert_eq!(
            w.prefix(at, ceil, AUXILIARIES).map(|(_, l)| l),
            match_prefix(&text[at..ceil], AUXILIARIES).map(|(_, l)| l),
            "auxiliary at {at}"
        );
        assert_eq!(
            w.prefix(at, ceil, NOUNS).map(|(_, l)| l),
            match_prefix(&text[at..ceil], NOUNS).map(|(_, l)| l),
            "noun at {at}"
        );
    }
    // The words more than the reach before the cut (19 of them) are
    // read from their tokens.
    assert_eq!(read, 19);
}

#[test]
fn no_phrase_starts_with_a_digit() {
    // `Words::read_text` answers a number without looking it up.
    for table in crate::lex::TABLES {
        for i in 0..table.len() {
            let p = table.phrase(i);
            assert!(
                !p.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)),
                "{p:?}"
            );
        }
    }
}
