//! Clause rules: small nom parsers over the token stream
//! ([`TokenInput`]), each named for the phrasing it reads, each tested
//! alone below. A rule reads words by class (a bit test on the token) and
//! phrases from the lexicon; it never scans the text.

use super::*;
use crate::lex::input::{kind, phrase, TokenInput};
use nom::combinator::{map, peek, verify};
use nom::{IResult, Parser};

/// A rule's result: nothing is said about why a rule did not match.
pub(super) type Rule<'t, 'a, O> = IResult<TokenInput<'t, 'a>, O, ()>;

/// A clause edge: a comma, semicolon or colon, ASCII or full-width.
pub(super) fn clause_edge<'t, 'a>(input: TokenInput<'t, 'a>) -> Rule<'t, 'a, Token> {
    verify(kind(Kind::Punct), |t: &Token| {
        matches!(input.str(t), "," | ";" | ":" | "，" | "；")
    })
    .parse(input)
}

/// A verb phrase and its class: `arrested`, `dealt with`, `taken into
/// custody`; the longest the lexicon has.
pub(super) fn verb_phrase<'t, 'a>(input: TokenInput<'t, 'a>) -> Rule<'t, 'a, Verb> {
    map(phrase(VERBS), |&v| v).parse(input)
}

/// A word or phrase of a context table (fraud, telecom, other crimes):
/// `telecom fraud`, `burglary`.
pub(super) fn context_word<'t, 'a>(
    table: &'static Lexicon<()>,
) -> impl Fn(TokenInput<'t, 'a>) -> Rule<'t, 'a, ()> {
    move |input| map(phrase(table), |_| ()).parse(input)
}

/// A word of a total of many crimes ([`MIXED_TOTALS`]): `of all kinds`,
/// `various crimes`. Before `of` it qualifies the noun after it, and is
/// one only when no word of fraud follows in the next three tokens (`all
/// kinds of crimes`, not `all kinds of new telecom fraud`).
pub(super) fn mixed_total(input: TokenInput<'_, '_>) -> bool {
    let Ok((rest, ())) = context_word(MIXED_TOTALS)(input) else {
        return false;
    };
    let Ok((mut rest, _)) = word("of").parse(rest) else {
        return true;
    };
    for _ in 0..3 {
        if context_word(FRAUD_WORDS)(rest).is_ok() || context_word(TELECOM_WORDS)(rest).is_ok() {
            return false;
        }
        let Ok((next, _)) = kind::<()>(Kind::Word).parse(rest) else {
            break;
        };
        rest = next;
    }
    true
}

/// Whether the crime word at `input` is `fighting` used as the verb of
/// the fight against a crime: `fighting telecom network fraud`,
/// `fighting against scams`. `against`, or a word of fraud or telecom
/// within the next three words (no `and` or `or` before it), makes it
/// one; a fight (`fighting and telecom fraud`) stays a crime.
pub(super) fn fights_against(input: TokenInput<'_, '_>) -> bool {
    let Ok((mut rest, _)) = word("fighting").parse(input) else {
        return false;
    };
    if word("against").parse(rest).is_ok() {
        return true;
    }
    for _ in 0..3 {
        if context_word(FRAUD_WORDS)(rest).is_ok() || context_word(TELECOM_WORDS)(rest).is_ok() {
            return true;
        }
        // (`fighting and telecom fraud` lists two crimes.)
        if word("and").parse(rest).is_ok() || word("or").parse(rest).is_ok() {
            return false;
        }
        let Ok((next, _)) = kind::<()>(Kind::Word).parse(rest) else {
            break;
        };
        rest = next;
    }
    false
}

/// A number written in ASCII digits.
pub(super) fn ascii_number<'t, 'a>(input: TokenInput<'t, 'a>) -> Rule<'t, 'a, Token> {
    verify(kind(Kind::Number), |t: &Token| {
        input.str(t).starts_with(|c: char| c.is_ascii_digit())
    })
    .parse(input)
}

/// One word, in any case: `word("and")` matches `and` and `AND`.
pub(super) fn word<'t, 'a>(
    word: &'static str,
) -> impl Fn(TokenInput<'t, 'a>) -> Rule<'t, 'a, Token> {
    move |input| {
        verify(kind(Kind::Word), |t: &Token| {
            input.str(t).eq_ignore_ascii_case(word)
        })
        .parse(input)
    }
}

/// `and rectified`, `and dealt with`: `and`, one space (then at most two
/// more) and a verb phrase; the verb's class and its first token. `text`
/// is the text of the tokens, to read the spaces between them.
pub(super) fn and_verb<'t, 'a>(
    text: &'a str,
) -> impl Fn(TokenInput<'t, 'a>) -> Rule<'t, 'a, (Verb, Token)> {
    move |input| {
        map(
            verify(
                (word("and"), peek(kind(Kind::Word)), verb_phrase),
                |&(and, verb, _): &(Token, Token, Verb)| {
                    text.as_bytes().get(and.end()) == Some(&b' ')
                        && skip_gap(text, and.end() + 1, 2) == verb.start()
                },
            ),
            |(_, verb, v)| (v, verb),
        )
        .parse(input)
    }
}

/// Machine-translated order, `3,356 vehicles captured 8 criminals`: a verb
/// that ends at `verb_end` with a number right after it (within two
/// spaces) has that number for its object, so it is active, and the noun
/// before it is its subject, not its object.
pub(super) fn number_object(w: &Words<'_, '_>, verb_end: usize) -> bool {
    let text = w.text();
    let at = skip_gap(text, verb_end, 2);
    match w.token_at(at) {
        Some(k) => ascii_number(TokenInput::window(w.tokens(), k, k + 1)).is_ok(),
        // Inside a token (a digit run cut by the verb's end): read the byte.
        None => text[at..].starts_with(|c: char| c.is_ascii_digit()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule applied at each token of `text`: the text of each token
    /// where it matched, and what it gave.
    fn at_each<O: std::fmt::Debug>(
        text: &str,
        rule: impl for<'t, 'a> Fn(TokenInput<'t, 'a>) -> Rule<'t, 'a, O>,
    ) -> Vec<String> {
        let tokens = Tokens::new(text);
        let input = TokenInput::new(&tokens);
        (0..tokens.all().len())
            .filter_map(|k| {
                let (rest, out) = rule(input.take_from(k)).ok()?;
                let end = tokens.all()[rest.at() - 1].end();
                Some(format!("{} {out:?}", &text[tokens.all()[k].start()..end]))
            })
            .collect()
    }

    #[test]
    fn clause_edges_are_commas_semicolons_and_colons() {
        assert_eq!(
            at_each(
                "In March: 5 raids, 3 arrests; 2 cases. 抓获，破获；",
                clause_edge
            )
            .iter()
            .map(|s| s.split(' ').next().unwrap())
            .collect::<Vec<_>>(),
            [":", ",", ";", "，", "；"]
        );
    }

    #[test]
    fn verb_phrases_take_the_longest_entry() {
        assert_eq!(
            at_each(
                "Officers dealt with 40 drivers and Arrested 3; 2 were taken into custody",
                verb_phrase
            ),
            [
                "dealt with Handle",
                "Arrested Arrest",
                "taken into custody Arrest"
            ]
        );
    }

    #[test]
    fn halted_is_no_verb_and_stopped_payment_is_a_freeze() {
        // One verb class, one meaning: `halted 3 trucks` is not a freeze;
        // `stopped` blocks (`stopped 410 scams`) unless it stops a payment.
        assert!(at_each("police halted 3 trucks", verb_phrase).is_empty());
        assert_eq!(
            at_each("police stopped payment", verb_phrase),
            ["stopped payment Freeze"]
        );
        assert_eq!(
            at_each("police stopped 410 scams", verb_phrase),
            ["stopped Block"]
        );
    }

    #[test]
    fn context_words_match_whole_phrases() {
        assert_eq!(
            at_each(
                "telecom fraud and burglary, not burglars",
                |i| context_word(OTHER_CRIMES)(i)
            ),
            ["burglary ()"]
        );
        assert_eq!(
            at_each("Telecom network fraud", |i| context_word(TELECOM_WORDS)(i)).len(),
            2
        );
    }

    #[test]
    fn word_matches_one_word_in_any_case() {
        assert_eq!(
            at_each("Sand and AND andes, and-", |i| word("and")(i))
                .iter()
                .map(|s| s.split(' ').next().unwrap())
                .collect::<Vec<_>>(),
            ["and", "AND", "and"]
        );
    }

    /// The text [`and_verb`] reads at each token of `text`, and the verb.
    fn and_verbs_of(text: &str) -> Vec<(&str, Verb)> {
        let tokens = Tokens::new(text);
        let input = TokenInput::new(&tokens);
        let all = tokens.all();
        (0..all.len())
            .filter_map(|k| {
                let (rest, (v, _)) = and_verb(text)(input.take_from(k)).ok()?;
                Some((&text[all[k].start()..all[rest.at() - 1].end()], v))
            })
            .collect()
    }

    #[test]
    fn and_verb_reads_a_verb_right_after_and() {
        assert_eq!(
            and_verbs_of("Hazards were found and rectified; cars And dealt with"),
            [
                ("and rectified", Verb::Rectify),
                ("And dealt with", Verb::Handle)
            ]
        );
        // Up to three spaces, the first of them ASCII.
        assert_eq!(and_verbs_of("found and   seized").len(), 1);
        assert!(and_verbs_of("found and    seized").is_empty());
        assert!(and_verbs_of("found and\tseized").is_empty());
        // A word, a number or a comma between: no verb after `and`.
        assert!(and_verbs_of("found and then seized").is_empty());
        assert!(and_verbs_of("found and 3 seized").is_empty());
        assert!(and_verbs_of("found and, seized").is_empty());
        assert!(and_verbs_of("found band seized").is_empty());
    }

    #[test]
    fn and_verb_stops_at_the_window() {
        let text = "items found and dealt with";
        let tokens = Tokens::new(text);
        // Cut after `dealt`: the phrase runs past the window.
        let cut = TokenInput::window(&tokens, 2, 4);
        assert!(and_verb(text)(cut).is_err());
        let (rest, (v, t)) = and_verb(text)(TokenInput::window(&tokens, 2, 5)).unwrap();
        assert_eq!((v, t.start(), rest.at()), (Verb::Handle, 16, 5));
    }

    fn object_after(text: &str, verb: &str) -> bool {
        let tokens = Tokens::new(text);
        let starts = Starts::new(&tokens);
        let w = Words::new(&tokens, &starts);
        number_object(&w, text.find(verb).unwrap() + verb.len())
    }

    #[test]
    fn a_number_after_the_verb_is_its_object() {
        assert!(object_after(
            "3,356 vehicles captured 8 criminals",
            "captured"
        ));
        assert!(object_after("vehicles captured  8 criminals", "captured"));
        // Three spaces, a full-width digit or a word: no object.
        assert!(!object_after("vehicles captured   8 criminals", "captured"));
        assert!(!object_after("vehicles captured ８ criminals", "captured"));
        assert!(!object_after(
            "12 suspects were captured in May",
            "captured"
        ));
        assert!(!object_after("12 suspects were captured", "captured"));
    }

    #[test]
    fn machine_translated_order_binds_the_count_after_the_verb() {
        let b =
            crate::Bulletin::parse("Patrols found 3,356 vehicles captured 8 criminals.").unwrap();
        let kinds: Vec<_> = b.tallies.iter().map(|t| (t.kind, &*t.count.text)).collect();
        assert_eq!(kinds, [(TallyKind::Arrests, "8")]);
    }
}
