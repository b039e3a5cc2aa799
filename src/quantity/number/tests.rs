//! Snapshots and properties of the number grammar's rules.

use super::*;
use crate::quantity::show;
use insta::assert_snapshot;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The shortcut for a number that ends at its first token gives
    /// what the rules give, at every offset.
    #[test]
    fn amount_is_the_rules(text in crate::quantity::scan::walk_tests::texts()) {
        let first = May { digits: true, article: true };
        for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let s = &text[at..];
            let rules = small(first)(s).and_then(|(rest, lead)| amount_after(lead, rest));
            prop_assert_eq!(amount(s), rules);
            prop_assert_eq!(digits(s), digits::digits_by_rules(s));
        }
    }
}

proptest! {
    /// The first-letter reject before the articles turns away only what
    /// they would not read.
    #[test]
    fn article_letters_reject_only_non_articles(text in crate::quantity::scan::walk_tests::texts()) {
        for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let s = &text[at..];
            let first = s.as_bytes()[0];
            prop_assert!(may_open_article(first) || article_small(s).is_err(), "{:?}", s);
        }
    }
}

#[test]
fn articles_open_with_their_letters() {
    for s in [
        "a hundred suspects",
        "A kilogram of salt",
        "a ton of rice",
        "Half a million",
        "half a dozen",
        "A quarter of a million",
        "quarter of a ton",
        "Three quarters of a ton",
        "three-quarters of a million",
        "a couple of cars",
        "A score of villagers",
        "a half-dozen",
        "Half dozen",
        "a third of them",
    ] {
        let read = article_small(s);
        assert!(read.is_ok(), "{s:?}");
        assert!(may_open_article(s.as_bytes()[0]), "{s:?}");
    }
    for s in ["one hundred", "Five million", "seven tons", "nine thousand"] {
        assert!(!may_open_article(s.as_bytes()[0]), "{s:?}");
        assert!(article_small(s).is_err(), "{s:?}");
    }
}

fn p(s: &str) -> String {
    match amount(s) {
        Ok((rest, a)) => {
            let v = a.value.map_or("overflow".to_string(), |v| v.to_string());
            format!("{v} {:?} rest={rest:?}", a.script)
        }
        Err(_) => "no number".to_string(),
    }
}

fn value(v: Option<Decimal>) -> String {
    v.map_or("overflow".into(), |v| v.to_string())
}

#[test]
fn small_tokens() {
    let any = May {
        digits: true,
        article: true,
    };
    let plain = May {
        digits: false,
        article: false,
    };
    let s = |may, i| show(small(may)(i).map(|(r, s)| (r, (value(s.value), s.script))));
    assert_snapshot!(s(any, "36 suspects"), @r#"("36", Digits) rest=" suspects""#);
    assert_snapshot!(s(any, "a hundred"), @r#"("1", Words) rest=" hundred""#);
    assert_snapshot!(s(any, "half a dozen"), @r#"("0.5", Words) rest=" dozen""#);
    assert_snapshot!(s(any, "两万"), @r#"("2", Chinese) rest="万""#);
    assert_snapshot!(s(plain, "36"), @"none");
    assert_snapshot!(s(plain, "a hundred"), @"none");
    assert_snapshot!(s(plain, "seven"), @r#"("7", Words) rest="""#);
}

#[test]
fn terms_and_scales() {
    let may = May {
        digits: true,
        article: true,
    };
    let t = |i| {
        show(
            term(may)
                .parse(i)
                .map(|(r, t)| (r, (value(t.value), t.compound))),
        )
    };
    assert_snapshot!(show(and_a_half(" and a half years")), @r#"() rest=" years""#);
    assert_snapshot!(show(and_a_half(" and a halfway")), @"none");
    assert_snapshot!(show(scale(" hundred")), @"none");
    assert_snapshot!(show(scale("-bn")), @r#"1000000000 rest="""#);
    assert_snapshot!(t("twenty five suspects"), @r#"("25", true) rest=" suspects""#);
    assert_snapshot!(t("twenty-five suspects"), @r#"("25", false) rest=" suspects""#);
    assert_snapshot!(t("three and a half years"), @r#"("3.5", true) rest=" years""#);
    assert_snapshot!(t("twenty and five"), @r#"("20", false) rest=" and five""#);
    assert_snapshot!(t("25 five"), @r#"("25", false) rest=" five""#);
    assert_snapshot!(t("eleven five"), @r#"("11", false) rest=" five""#);
}

#[test]
fn groups() {
    let g = |i| show(first_group(i).map(|(r, (_, g))| (r, (value(g.value), g.hundred, g.lone))));
    assert_snapshot!(g("seven hundred thousand"), @r#"("700", true, true) rest=" thousand""#);
    assert_snapshot!(g("a hundred and two"), @r#"("102", true, false) rest="""#);
    assert_snapshot!(g("3 hundred and 21 cases"), @r#"("321", true, false) rest=" cases""#);
    assert_snapshot!(g("three hundred 21"), @r#"("300", true, true) rest=" 21""#);
    assert_snapshot!(g("one hundred ten thousand"), @r#"("100", true, true) rest=" ten thousand""#);
    assert_snapshot!(g("one hundred and ten thousand"), @r#"("110", true, false) rest=" thousand""#);
    assert_snapshot!(g("a hundred and 200"), @r#"("100", true, true) rest=" and 200""#);
    let b = |i| {
        show(
            below_hundred(true)
                .parse(i)
                .map(|(r, t)| (r, value(t.value))),
        )
    };
    assert_snapshot!(b(" and eighty three"), @r#""83" rest="""#);
    assert_snapshot!(b(" 150"), @"none");
}

#[test]
fn groups_after_a_scale() {
    let g = |last, i| {
        show(
            group_after_scale(last, true)
                .parse(i)
                .map(|(r, g)| (r, value(g.value))),
        )
    };
    assert_snapshot!(g(1_000_000, " 700 thousand"), @r#""700" rest=" thousand""#);
    assert_snapshot!(g(1_000_000, " 26 suspects"), @"none");
    assert_snapshot!(g(1_000, " 700 million"), @"none");
    assert_snapshot!(g(1_000_000, " and seven hundred thousand"), @r#""700" rest=" thousand""#);
    assert_snapshot!(g(10_000, "三千"), @r#""3000" rest="""#);
    assert_snapshot!(g(1_000_000, " ten thousand"), @"none");
}

#[test]
fn digits_and_separators() {
    assert_snapshot!(p("5,384 officers"), @r#"5384 Digits rest=" officers""#);
    assert_snapshot!(p("3.07 billion"), @r#"3070000000 Digits rest="""#);
    assert_snapshot!(p("１２３ people"), @r#"123 Digits rest=" people""#);
    assert_snapshot!(p("2018, 23 percent"), @r#"2018 Digits rest=", 23 percent""#);
    // A comma group too long for thousands garbles the number.
    assert_snapshot!(p("1,2345"), @r#"overflow Digits rest="""#);
    assert_snapshot!(p("99999999999999999999999"), @r#"overflow Digits rest="""#);
}

#[test]
fn scale_words() {
    assert_snapshot!(p("5.5 million yuan"), @r#"5500000 Digits rest=" yuan""#);
    assert_snapshot!(p("1 million 700 thousand yuan"), @r#"1700000 Digits rest=" yuan""#);
    assert_snapshot!(p("1.2 wan yuan"), @r#"12000 Digits rest=" yuan""#);
    assert_snapshot!(p("1.2 ten thousand yuan"), @r#"12000 Digits rest=" yuan""#);
    assert_snapshot!(p("18.5万起"), @r#"185000 Digits rest="起""#);
    assert_snapshot!(p("2-billion-USD"), @r#"2000000000 Digits rest="-USD""#);
    assert_snapshot!(p("150 thousand effective"), @r#"150000 Digits rest=" effective""#);
    assert_snapshot!(p("5.5 million 26 suspects"), @r#"5500000 Digits rest=" 26 suspects""#);
    assert_snapshot!(p("3 hundred million"), @r#"300000000 Digits rest="""#);
}

#[test]
fn a_plain_group_closes_a_thousand_or_a_wan() {
    assert_snapshot!(p("1 thousand 200 officers"), @r#"1200 Digits rest=" officers""#);
    assert_snapshot!(p("1万2000元"), @r#"12000 Digits rest="元""#);
    // Not after a million, not a group as large as the scale, not
    // past a comma; digits with 千 close a 万 as plain ones do.
    assert_snapshot!(p("2 million 300 were"), @r#"2000000 Digits rest=" 300 were""#);
    assert_snapshot!(p("3 thousand 2024"), @r#"3000 Digits rest=" 2024""#);
    assert_snapshot!(p("1万2千元"), @r#"12000 Digits rest="元""#);
    assert_snapshot!(p("3 thousand, 200 of them"), @r#"3000 Digits rest=", 200 of them""#);
}

#[test]
fn articles_and_halves() {
    assert_snapshot!(p("a hundred officers"), @r#"100 Words rest=" officers""#);
    assert_snapshot!(p("a dozen suspects"), @r#"12 Words rest=" suspects""#);
    assert_snapshot!(p("an hundred"), @r#"100 Words rest="""#);
    assert_snapshot!(p("a hundred and two"), @r#"102 Words rest="""#);
    assert_snapshot!(p("half a million yuan"), @r#"500000 Words rest=" yuan""#);
    assert_snapshot!(p("half a dozen"), @r#"6 Words rest="""#);
    assert_snapshot!(p("a man"), @"no number");
    assert_snapshot!(p("a ten thousand"), @"no number");
    assert_snapshot!(p("three billions"), @r#"3000000000 Words rest="""#);
    assert_snapshot!(p("two dozen"), @r#"24 Words rest="""#);
    assert_snapshot!(p("4 thousand 3 hundred and 21"), @r#"4321 Digits rest="""#);
    assert_snapshot!(p("5 lakh"), @r#"500000 Digits rest="""#);
    assert_snapshot!(p(".08 percent"), @r#"0.08 Digits rest=" percent""#);
}

#[test]
fn chinese_scales_fall() {
    assert_snapshot!(p("十十十十十十名"), @"no number");
    assert_snapshot!(p("三百五千"), @"no number");
    assert_snapshot!(p("一千零十人"), @r#"1010 Chinese rest="人""#);
    assert_snapshot!(p("十二名"), @r#"12 Chinese rest="名""#);
}

#[test]
fn number_words() {
    assert_snapshot!(p("one million and seven hundred thousand yuan"), @r#"1700000 Words rest=" yuan""#);
    assert_snapshot!(p("Eight- hundred and eighty-three people"), @r#"883 Words rest=" people""#);
    assert_snapshot!(p("three million"), @r#"3000000 Words rest="""#);
    assert_snapshot!(p("three and a half years"), @r#"3.5 Words rest=" years""#);
    // Half the last scale after it, and the hyphenated `and a half`.
    assert_snapshot!(p("a million and a half yuan"), @r#"1500000 Words rest=" yuan""#);
    assert_snapshot!(p("two dozen and a half"), @r#"30 Words rest="""#);
    assert_snapshot!(p("one-and-a-half million yuan"), @r#"1500000 Words rest=" yuan""#);
    assert_snapshot!(p("a million and a halfway house"), @r#"1000000 Words rest=" and a halfway house""#);
    assert_snapshot!(p("two thirds of them"), @r#"0.666666666666667 Words rest=" of them""#);
    assert_snapshot!(p("a ton of"), @r#"1 Words rest=" ton of""#);
    assert_snapshot!(p("half a kilogram"), @r#"0.5 Words rest=" kilogram""#);
    assert_snapshot!(p("a meter"), @"no number");
    assert_snapshot!(p("three fourths"), @r#"0.75 Words rest="""#);
    assert_snapshot!(p("twenty five suspects"), @r#"25 Words rest=" suspects""#);
    assert_snapshot!(p("Eleven people"), @r#"11 Words rest=" people""#);
    assert_snapshot!(p("ninety-nine"), @r#"99 Words rest="""#);
    assert_snapshot!(p("twenty-zero"), @r#"20 Words rest="""#);
    assert_snapshot!(p("eleven-one"), @r#"11 Words rest="-one""#);
    assert_snapshot!(p("someone"), @"no number");
    assert_snapshot!(p("tender"), @"no number");
    // A decimal in words: digit words after `point`, then scales.
    assert_snapshot!(p("one point five tons"), @r#"1.5 Words rest=" tons""#);
    assert_snapshot!(p("two point seven five million yuan"), @r#"2750000 Words rest=" yuan""#);
    assert_snapshot!(p("twenty point zero eight"), @r#"20.08 Words rest="""#);
    assert_snapshot!(p("one pointed"), @r#"1 Words rest=" pointed""#);
    assert_snapshot!(p("three point twelve"), @r#"3 Words rest=" point twelve""#);
}

#[test]
fn mixed_fractions() {
    assert_snapshot!(p("4 1/2 tons"), @r#"4.5 Digits rest=" tons""#);
    assert_snapshot!(p("1 3/4 million"), @r#"1750000 Digits rest="""#);
    assert_snapshot!(p("6½ kg"), @r#"6.5 Digits rest=" kg""#);
    assert_snapshot!(p("2 ⅓ hours"), @r#"2.333333333333333 Digits rest=" hours""#);
    // Not a proper fraction, or the start of a date or a code.
    assert_snapshot!(p("4 5/3 tons"), @r#"4 Digits rest=" 5/3 tons""#);
    // A fraction alone before a measure; before anything else a date or
    // a code, left to the date rules.
    assert_snapshot!(p("1/2 kg of heroin"), @r#"0.5 Digits rest=" kg of heroin""#);
    assert_snapshot!(p("3/4 tons"), @r#"0.75 Digits rest=" tons""#);
    assert_snapshot!(p("1/2 yuan"), @r#"1 Digits rest="/2 yuan""#);
    assert_snapshot!(p("3/4 of them"), @r#"0.75 Digits rest=" of them""#);
    assert_snapshot!(p("3/4 of a ton"), @r#"0.75 Digits rest=" ton""#);
    assert_snapshot!(p("3/4 of a million yuan"), @r#"750000 Digits rest=" yuan""#);
    assert_snapshot!(p("1/3 of 2024"), @r#"1 Digits rest="/3 of 2024""#);
    assert_snapshot!(p("1/3 of A"), @r#"1 Digits rest="/3 of A""#);
    assert_snapshot!(p("1/2/2024 kg"), @r#"1 Digits rest="/2/2024 kg""#);
    assert_snapshot!(p("5/3 kg"), @r#"5 Digits rest="/3 kg""#);
    assert_snapshot!(p("8 1/2/2024"), @r#"8 Digits rest=" 1/2/2024""#);
    assert_snapshot!(p("8 1/25"), @r#"8 Digits rest=" 1/25""#);
    assert_snapshot!(p("1,200 1/2"), @r#"1200 Digits rest=" 1/2""#);
}

#[test]
fn chinese_numerals() {
    assert_snapshot!(p("三千"), @r#"3000 Chinese rest="""#);
    assert_snapshot!(p("两万"), @r#"20000 Chinese rest="""#);
    assert_snapshot!(p("一百二十名"), @r#"120 Chinese rest="名""#);
    assert_snapshot!(p("1.2万起"), @r#"12000 Digits rest="起""#);
    assert_snapshot!(p("一万三名"), @r#"13000 Chinese rest="名""#);
    assert_snapshot!(p("二十三点五万元"), @r#"235000 Chinese rest="元""#);
    assert_snapshot!(p("三分之一"), @r#"0.333333333333333 Chinese rest="""#);
    assert_snapshot!(p("3千人"), @r#"3000 Digits rest="人""#);
    assert_snapshot!(p("5万4千6百名"), @r#"54600 Digits rest="名""#);
    assert_snapshot!(p("3千米"), @r#"3 Digits rest="千米""#);
    assert_snapshot!(p("四分之三的"), @r#"0.75 Chinese rest="的""#);
    assert_snapshot!(p("九十二万四"), @r#"924000 Chinese rest="""#);
    assert_snapshot!(p("两亿五人"), @r#"250000000 Chinese rest="人""#);
    assert_snapshot!(p("三万一千"), @r#"31000 Chinese rest="""#);
    assert_snapshot!(p("九万零四百"), @r#"90400 Chinese rest="""#);
}

#[test]
fn dotted_codes_are_flagged() {
    let (rest, d) = digits("2014.5.1 case").unwrap();
    assert!(d.dotted);
    assert_eq!(rest, " case");
}

#[test]
fn a_scale_again_after_and_starts_a_new_number() {
    let again = |s| show_scale(scale_again(1_000).parse(s));
    assert_snapshot!(format!("{} | {} | {}", again(" thousand"), again(" million"), again(" ten thousand")), @r#"1000 rest="" | 1000000 rest="" | none"#);
    assert_snapshot!(p("one hundred thousand and fifty thousand yuan"), @r#"100000 Words rest=" and fifty thousand yuan""#);
    assert_snapshot!(p("three million and two million dollars"), @r#"3000000 Words rest=" and two million dollars""#);
    // A smaller scale after `and` goes on with the number.
    assert_snapshot!(p("one million and seven hundred thousand yuan"), @r#"1700000 Words rest=" yuan""#);
    assert_snapshot!(p("two hundred and two thousand"), @r#"202000 Words rest="""#);
}

fn show_scale(r: PResult<'_, u64>) -> String {
    match r {
        Ok((rest, s)) => format!("{s} rest={rest:?}"),
        Err(_) => "none".into(),
    }
}
