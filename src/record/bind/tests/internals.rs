//! The binder's readings checked against slower reference readings of the
//! same text (clause edges, word and noun lookups), and the lexicon's
//! classes.

use super::*;

#[test]
fn clause_edges_may_be_multibyte() {
    let text = "共破获案件，抓获12名嫌疑人";
    let start = text.find("12").unwrap();
    let tokens = Tokens::new(text);
    let starts = Starts::new(&tokens);
    let w = Words::new(&tokens, &starts);
    let index = Index::new(&tokens);
    let clause = clause_of(
        &w,
        &index,
        Span::new(start, start + 2),
        Span::new(0, text.len()),
    );
    assert!(text.is_char_boundary(clause.start));
    assert_eq!(&text[clause.range()], "抓获12名嫌疑人");
}

#[test]
fn trend_words_end_in_a_letter_and_are_found_by_their_last_word() {
    // `trend_before` rejects by the last word: that is exact only while
    // every phrase ends in a letter.
    for (p, _) in TREND_BEFORE.iter() {
        assert!(p.ends_with(|c: char| c.is_ascii_alphabetic()), "{p}");
        // `Index::trend_may_end` looks for the phrase's first word, within
        // its reach (each space may be four spaces of three bytes).
        assert!(p.starts_with(|c: char| c.is_ascii_alphabetic()), "{p}");
        assert!(p.len() + 11 * p.matches(' ').count() <= TREND_REACH, "{p}");
    }
    let text = "Cases fell by a Decline Of 5% and rose";
    for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        assert_eq!(
            trend_before(text, end).map(|(d, s)| (*d, s)),
            match_suffix(text, end, TREND_BEFORE).map(|(d, s)| (*d, s)),
            "at {end}"
        );
    }
    let of = text.find(" 5%").unwrap();
    assert_eq!(
        trend_before(text, of).map(|(_, s)| s),
        text.find("a Decline")
    );
}

#[test]
fn one_verb_class_one_meaning() {
    // `halted` is no verb of ours, and `stopped` (a freeze only in
    // `stopped payment`) freezes no vehicle: neither makes a frozen
    // seizure or fraud field (vehicles stopped were checked).
    assert_eq!(index_verb("halted"), None);
    assert_eq!(index_verb("stopped"), Some(Verb::Block));
    assert_eq!(index_verb("stopped payment"), Some(Verb::Freeze));
    insta::assert_snapshot!(r("Traffic police halted 3 trucks and stopped 5 vans on the bridge."), @"tally VehiclesChecked 5 (vans)");
    insta::assert_snapshot!(r("In the telecom fraud crackdown, officers halted 3 trucks."), @"");
    // The same verb still freezes what can be frozen.
    insta::assert_snapshot!(r("In the telecom fraud crackdown, police stopped payment of 3 million yuan."), @"fraud funds_frozen 3000000");
}

/// The verb class the binder's verb index gives a lone word.
fn index_verb(word: &str) -> Option<Verb> {
    let tokens = Tokens::new(word);
    Index::new(&tokens).verbs.first().map(|&(_, _, v)| v)
}

/// The clause around a figure as the binder read it from the text before
/// it read tokens: the token rules must find the same edges.
fn clause_by_text(text: &str, span: Span, sentence: Span) -> Span {
    let floor = ceil_char(
        text,
        sentence.start.max(span.start.saturating_sub(CLAUSE_WINDOW)),
    );
    let ceil = floor_char(text, sentence.end.min(span.end + CLAUSE_WINDOW));
    let is_edge = |c: char| matches!(c, ',' | ';' | ':' | '，' | '；');
    let mut start = text[floor..span.start]
        .char_indices()
        .rfind(|&(_, c)| is_edge(c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let mut end = text[span.end..ceil]
        .find(is_edge)
        .map_or(ceil, |i| span.end + i);
    let and_verb = |at: usize| match_prefix(&text[skip_spaces(text, at + 4, 2)..], VERBS).is_some();
    if let Some(i) = text[span.end..end]
        .match_indices(" and ")
        .map(|(i, _)| span.end + i)
        .find(|&i| and_verb(i))
    {
        end = i;
    }
    if let Some(i) = text[start..span.start]
        .match_indices(" and ")
        .map(|(i, _)| start + i)
        .filter(|&i| and_verb(i))
        .last()
    {
        start = i;
    }
    Span::new(start, end)
}

#[test]
fn clause_rules_find_the_edges_the_text_scan_found() {
    let texts = [
        "Police busted 41 gangs and solved 1,510 fraud cases, and arrested 9 suspects; 3 were freed.",
        "They seized 12 guns and and seized 4 knives: 7 cars and  arrested 2 men，抓获12名 and seized 5.",
        "In 2023 police and prosecutors detained 3 people and 2,400 vehicles were checked and fined 8 drivers",
    ];
    for text in texts {
        let tokens = Tokens::new(text);
        let starts = Starts::new(&tokens);
        let w = Words::new(&tokens, &starts);
        let index = Index::new(&tokens);
        for tok in tokens.all().iter().filter(|t| t.kind() == Kind::Number) {
            for sentence in [
                Span::new(0, text.len()),
                Span::new(tok.start().min(20), text.len()),
            ] {
                let span = Span::new(tok.start(), tok.end());
                assert_eq!(
                    clause_of(&w, &index, span, sentence),
                    clause_by_text(text, span, sentence),
                    "{text:?} at {span:?} in {sentence:?}"
                );
            }
        }
    }
}

#[test]
fn index_edges_are_where_the_clause_edge_rule_matches() {
    let text =
        "In March: 5 raids, 3 arrests; 2 cases. 抓获，破获；“ice”, (7) a-b: 9,000 and 3.5%; ，；x";
    let tokens = Tokens::new(text);
    let input = TokenInput::new(&tokens);
    let by_rule: Vec<usize> = (0..tokens.all().len())
        .filter(|&k| clause_edge(input.take_from(k)).is_ok())
        .collect();
    assert_eq!(Index::new(&tokens).edges, by_rule);
}

#[test]
fn compound_is_the_noun_after_the_last_hyphen() {
    for (text, noun) in [
        ("17-member", "member"),
        ("17-strong-member", "member"),
        ("17-strong-member", "strong-member"),
        ("17 member", "member"),
        ("member", "member"),
        ("3-", ""),
        ("3", ""),
    ] {
        let by_split = text.rsplit_once('-').is_some_and(|(_, w)| w == noun);
        assert_eq!(cues::is_compound(text, noun), by_split, "{text:?} {noun:?}");
    }
}

#[test]
fn last_word_of_is_last_word() {
    for s in [
        "",
        "suspects",
        "drug suspects",
        "drug\tsuspects ",
        "drug\u{a0}suspects",
        "people’s\u{3000}cases",
        "a\u{b}b",
    ] {
        assert_eq!(last_word_of(s), last_word(s), "{s:?}");
    }
}

#[test]
fn skip_gap_is_skip_spaces() {
    let text = "a b  c\td \u{a0}e\u{3000} f\u{a0}\u{a0}g \u{3000}\u{3000}h  \u{2009}i";
    for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        for max in 0..4 {
            assert_eq!(
                skip_gap(text, i, max),
                skip_spaces(text, i, max),
                "{i} {max}"
            );
        }
    }
}

#[test]
fn noun_before_reads_the_tokens_as_the_text() {
    let texts = [
        "cracked cases 19, an audience of 3,120 people; police force 96 and cases in 19",
        "seized bank cards  312 pieces, checking point 6 places, the drug-related 7 of 5",
        "Arrested suspects 33 people, heroin\t5 kg, x5 y, of 9 OF 4 items\u{a0}of 8 and 'cases' 7",
        "seized \"ice\" 3 kg, “heroin” 2 kg and \"x\" 4",
    ];
    for text in texts {
        let tokens = Tokens::new(text);
        let starts = Starts::new(&tokens);
        let w = Words::new(&tokens, &starts);
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for floor in [0, start.saturating_sub(12), start] {
                if w.token_at(start).is_none() {
                    continue;
                }
                let by_tokens = noun_before(&w, start, floor).map(|n| (n.text, n.class));
                let by_text = noun_before_by_text(&w, start, floor).map(|n| (n.text, n.class));
                assert_eq!(by_tokens, by_text, "{text:?} at {start} above {floor}");
            }
        }
    }
}

#[test]
fn find_pinned_is_find() {
    for hay in [
        "",
        "v",
        "respectively",
        "respectivel",
        "espectively",
        "were arrested and fined respectively.",
        "vvv respectivelyrespectively",
        "irrespectively of v, respectively",
        "Respectively, 3 and respectively",
        "“two” respectively",
    ] {
        for pin in [0, 8, 11] {
            assert_eq!(
                find_pinned(hay, "respectively", pin),
                hay.find("respectively"),
                "{hay:?} {pin}"
            );
        }
    }
}

/// The kept answer is the search's, in any order of asking.
#[test]
fn next_respectively_is_find() {
    let text = "held 3 and 4 respectively, fined 5, 6 and 7 “yuan” respectively; 8.";
    let ends = [text.len(), 25, 64, 66];
    let mut asks = vec![];
    for at in 0..=text.len() {
        for &end in &ends {
            asks.push((at, end));
        }
    }
    // In order, then backwards.
    let mut next = NextRespectively::default();
    for &(at, end) in asks.iter().chain(asks.iter().rev()) {
        let want = text
            .get(at..end)
            .and_then(|r| r.find(RESPECTIVELY))
            .map(|r| at + r);
        assert_eq!(next.first(text, at, end), want, "{at} {end}");
    }
}

#[test]
fn find_near_is_a_near_find() {
    for s in [
        "",
        "for",
        "for making",
        " for making",
        "xyz for making",
        "sfor makingfor making",
        "“for making",
        "for f",
    ] {
        for p in ["for making ", "for making", "f", "for"] {
            for reach in [0, 1, 4] {
                assert_eq!(
                    cues::find_near(s, p, reach),
                    s.find(p).filter(|&i| i < reach),
                    "{s:?} {p:?} {reach}"
                );
            }
        }
    }
}

#[test]
fn find_ascii_is_find() {
    for hay in [
        "",
        "o",
        "of",
        "cases of fraud",
        "a case of  of x",
        "“ice” of",
        "wanted list",
        "x of",
    ] {
        for needle in ["of", " of ", "wanted", "o", "x of y"] {
            assert_eq!(
                find_ascii(hay, needle),
                hay.find(needle),
                "{hay:?} {needle:?}"
            );
        }
    }
}

/// The reported-clause test on the words between a verb and a figure reads
/// as a split at whitespace does.
#[test]
fn reports_clause_is_the_word_split() {
    let by_words = |between: &str, measure: bool| {
        let mut words = between.split_ascii_whitespace().peekable();
        while let Some(w) = words.next() {
            let aux = ["had", "has", "have", "was", "were"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x));
            let next = words.peek().copied();
            let taken =
                measure && next.is_some_and(|n| ["adopted", "imposed", "taken"].contains(&n));
            if w.eq_ignore_ascii_case("that") || (aux && next.is_some() && !taken) {
                return true;
            }
        }
        false
    };
    for between in [
        "",
        " ",
        " that the firm had sold ",
        "\tThat\n",
        " were taken against ",
        " were adopted",
        " was ",
        " HAS\r\nbeen ",
        " thats hadn't ",
        " 已经 had 被 ",
        " of the   were",
    ] {
        for measure in [false, true] {
            assert_eq!(
                reports_clause(between.as_bytes(), measure),
                by_words(between, measure),
                "{between:?} {measure}"
            );
        }
    }
}

#[test]
fn noun_before_the_head_is_read_the_same_without_its_spaces() {
    // `noun_class` looks for an offence before the head noun in the words
    // cut before the spaces ahead of the head: the class is the one of the
    // words cut right at the head.
    let texts = [
        "drunk driving cases, drunk  driving offenders and telecom fraud suspects",
        "traffic violation cases; police force x5 y of 9 missing persons  reports",
        "e-bike theft suspects, gambling-related people and illegal fishing boats",
    ];
    for text in texts {
        let tokens = Tokens::new(text);
        let starts = Starts::new(&tokens);
        let w = Words::new(&tokens, &starts);
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let cut = &text[start..end];
                if !cut.ends_with(' ') {
                    continue;
                }
                let trimmed = cut.trim_end_matches(' ');
                assert_eq!(
                    noun_at(&w, cut).map(|(c, _)| c),
                    noun_at(&w, trimmed).map(|(c, _)| c),
                    "{cut:?}"
                );
            }
        }
    }
}

#[test]
fn the_unspaced_run_read_eight_bytes_at_a_time_is_the_bytewise_one() {
    // Every byte value (whitespace, control bytes, `!`, non-ASCII) after
    // runs shorter and longer than eight bytes, from each offset.
    for b in 0..=255u8 {
        for run in [0, 3, 7, 8, 9, 17] {
            let mut bytes = vec![b'x'; run];
            bytes.push(b);
            bytes.extend_from_slice(b"tail of it\tand more");
            for from in 0..bytes.len() {
                let rest = &bytes[from..];
                let bytewise = rest.iter().take_while(|c| !c.is_ascii_whitespace()).count();
                assert_eq!(
                    unspaced_len(rest),
                    bytewise,
                    "byte {b} run {run} from {from}"
                );
            }
        }
    }
}

#[test]
fn word_lookups_agree_with_the_text_scan() {
    // Words before a word that opens none of their phrases (`in Beijing`,
    // `were detained`), before one that may (`in custody`, `were at
    // large`), and before other gaps: the token lookup skips the first
    // kind, and answers as a scan of the text does.
    let text = "Police in Beijing were detained in Custody, in  custody, \
                criminal Cases were at large; Public Security Bureau staff \
                dealt with 5 drug users in-custody were.";
    let tokens = Tokens::new(text);
    let starts = Starts::new(&tokens);
    let w = Words::new(&tokens, &starts);
    fn agree<T>(w: &Words<'_, '_>, text: &str, at: usize, table: &'static Lexicon<T>) {
        assert_eq!(
            w.prefix(at, text.len(), table).map(|(_, l)| l),
            match_prefix(&text[at..], table).map(|(_, l)| l),
            "{:?}",
            &text[at..]
        );
    }
    for tok in tokens.all().iter().filter(|t| t.kind() == Kind::Word) {
        agree(&w, text, tok.start(), VERBS);
        agree(&w, text, tok.start(), NOUNS);
        agree(&w, text, tok.start(), OTHER_CRIMES);
    }
}

#[test]
fn a_second_verb_follows_and_in_any_case_and_no_other_word() {
    // The later verb after `and` (in any case) is the outcome; a word
    // that only starts with the letters of `and` joins nothing.
    fn verb_after(text: &str) -> Option<(Verb, &str)> {
        let tokens = Tokens::new(text);
        let starts = Starts::new(&tokens);
        let w = Words::new(&tokens, &starts);
        let end = text.find("identified").unwrap() + "identified".len();
        second_verb(&w, end, text.len()).map(|(v, at)| (v, &text[at..]))
    }
    let and = verb_after("9 hazards were identified and rectified.");
    assert!(
        and.is_some_and(|(_, at)| at.starts_with("rectified")),
        "{and:?}"
    );
    let upper = verb_after("9 HAZARDS WERE identified AND rectified.");
    assert!(
        upper.is_some_and(|(_, at)| at.starts_with("rectified")),
        "{upper:?}"
    );
    assert_eq!(verb_after("9 hazards were identified andrectified."), None);
    assert_eq!(verb_after("9 hazards were identified, 3 rectified."), None);
}

/// A [`CharSet`] finds what `str::find` and `str::rfind` find with the
/// same chars, in ASCII and Chinese text alike (a full-width char shares
/// its first byte with others: `，` and `；` and `：`).
#[test]
fn char_set_is_find_and_rfind() {
    const EDGES: &[char] = &[',', ';', '.', '，', '；', '。'];
    let set = CharSet::new(EDGES);
    for hay in [
        "",
        ",",
        "no edge here",
        "thefts fell, robberies rose; frauds too.",
        "盗窃案件下降，抢劫上升；诈骗持平。",
        "全年（同比）：下降",
        "mixed：text， then, 1,200 and 3.5%",
        "ends with a full stop。",
        "é, ü; ñ.",
    ] {
        assert_eq!(set.find(hay), hay.find(EDGES), "{hay:?}");
        assert_eq!(set.rfind(hay), hay.rfind(EDGES), "{hay:?}");
    }
}

/// `index_from_near` is the tokens' own search at every offset: at a
/// token's start, right before one, and inside words, numbers and
/// multibyte text.
#[test]
fn index_from_near_is_index_from() {
    let text = "Police seized 12 kg of drugs,  arrested 7 suspects per day; 共抓获 9 人.";
    let tokens = Tokens::new(text);
    let starts = Starts::new(&tokens);
    let w = Words::new(&tokens, &starts);
    for at in 0..=text.len() {
        assert_eq!(w.index_from_near(at), w.index_from(at), "at {at}");
    }
}

#[test]
fn rate_words_are_found_by_their_derived_letters_and_lengths() {
    // Each rate word, in either case, passes the cheap gate; words that
    // share a first letter or a length with one do not.
    let found = |text: &str| {
        let tokens = Tokens::new(text);
        let starts = Starts::new(&tokens);
        let w = Words::new(&tokens, &starts);
        rate_word_within(&w, 0, text.len())
    };
    for word in RATE_WORDS {
        assert!(found(&format!("5 arrests {word} day")), "{word}");
        let upper = word.to_ascii_uppercase();
        assert!(found(&format!("5 arrests {upper} day")), "{upper}");
    }
    for text in [
        "5 pens a day",
        "5 on the eve",
        "5 peruse",
        "5 eaches",
        "5 arrests",
    ] {
        assert!(!found(text), "{text}");
    }
}
