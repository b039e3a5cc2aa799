//! The operations layer's building blocks: quotes from the tokens, word
//! counts, and name cores kept by list or map.

use super::*;

#[test]
fn quotes_from_tokens_are_the_text_quotes() {
    let long = format!("“{}” and “x”", "a".repeat(118));
    let texts = [
        "the “Cloud Sword” operation, “a “b” c”, ‘one’ and \"two\" \"three",
        "《Law》 「Net」 “unclosed and then “closed” — ‘x’s’ …”",
        "\"a\"\"b\" \" \" “”‘’《》「」 end”",
        &long,
        include_str!("../../../../tests/fixtures/city_summer_campaign.txt"),
        include_str!("../../../../tests/fixtures/customs_smuggling.txt"),
        include_str!("../../../../tests/fixtures/bilingual_crlf.txt"),
    ];
    for text in texts {
        let key = |q: &Quote| (q.open, q.inner, q.close_end);
        let want: Vec<_> = crate::text::quotes(text, MAX_QUOTED)
            .iter()
            .map(key)
            .collect();
        let got: Vec<_> = scan(&Tokens::new(text)).quotes.iter().map(key).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn runs_of_unclosed_quotes_are_searched_once_and_found_alike() {
    let texts = [
        "“".repeat(300) + "a” and “b” operation",
        "“x ‘".repeat(80) + "y’ z” the “Cloud” operation",
        "\"".repeat(7) + &"《".repeat(50) + "》 「a」",
    ];
    for text in texts {
        let key = |q: &Quote| (q.open, q.inner, q.close_end);
        let want: Vec<_> = crate::text::quotes(&text, MAX_QUOTED)
            .iter()
            .map(key)
            .collect();
        let got: Vec<_> = scan(&Tokens::new(&text)).quotes.iter().map(key).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn words_are_counted_as_split_whitespace_counts_them() {
    for s in [
        "",
        " ",
        "a",
        " a b\tc\u{b}d\u{c}e\r\nf ",
        "x\u{a0}y z",
        "one  two",
    ] {
        for n in 0..8 {
            let want = s.split_whitespace().count() > n;
            assert_eq!(more_words_than(s, n), want, "{s:?} {n}");
        }
    }
}

#[test]
fn cores_are_found_by_list_or_map() {
    let mut cores = Cores::default();
    for k in 0..40 {
        let key = format!("name{}", k % 25);
        if cores.position(&key).is_none() {
            cores.push(&key);
        }
        assert_eq!(cores.position(&key), Some(k % 25), "{key}");
    }
    assert_eq!(cores.position("name25"), None);
    assert_eq!(cores.get(24), "name24");
}

#[test]
fn cores_drop_campaign_words_case_and_plurals_and_spell_hundred_in_digits() {
    let mut key = String::new();
    for (name, want) in [
        ("Hundred-Day Operation", "100day"),
        ("Hundred Days Action", "100day"),
        ("100-day campaign", "100day"),
        ("Special Campaign of Clean Nets", "ofcleannet"),
        ("Hundred Days of Action", "100day"),
        ("Days of Action for Safe Roads", "dayforsaferoad"),
        ("Opération Été 2024", "opérationété2024"),
        ("“Sky Net” 2024 operations", "skynet2024"),
    ] {
        core(name, &mut key);
        assert_eq!(key, want, "{name}");
    }
}
