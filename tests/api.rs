//! What a crate that depends on this one can do with the output, written
//! the way such a crate would write it: store owned bulletins, read them
//! back from JSON, print kinds, sum a tally kind exactly.

use std::collections::BTreeMap;

use police_bulletin::{Bulletin, Decimal, Parser, TallyKind};
use proptest::prelude::*;

const FIXTURES: &[&str] = &[
    include_str!("fixtures/city_summer_campaign.txt"),
    include_str!("fixtures/mt_telecom_fraud.txt"),
    include_str!("fixtures/customs_smuggling.txt"),
    include_str!("fixtures/ministry_statistics.txt"),
    include_str!("fixtures/bilingual_crlf.txt"),
    include_str!("fixtures/wire_drug_bust.txt"),
];

/// Parse texts that are dropped before their bulletins are used.
fn parse_and_forget_the_input(n: usize) -> Vec<Bulletin<'static>> {
    (0..n)
        .map(|i| {
            let text = format!(
                "Police arrested {} suspects and seized {i} kg of heroin.",
                i + 10
            );
            Bulletin::parse(&text).unwrap().into_owned()
        })
        .collect()
}

#[test]
fn owned_bulletins_outlive_their_input() {
    let stored = parse_and_forget_the_input(3);
    assert_eq!(stored.len(), 3);
    assert_eq!(stored[2].tallies[0].what, "suspects");
    assert_eq!(stored[2].tallies[0].count.value, Decimal::from_u64(12));
    assert_eq!(stored[2].figures[1].text, "2 kg");
    // Owned bulletins cross threads.
    let handle =
        std::thread::spawn(move || stored.into_iter().map(|b| b.figures.len()).sum::<usize>());
    assert_eq!(handle.join().unwrap(), 6);
}

#[test]
fn bulletins_read_back_from_json() {
    let parser = Parser::new().reference_date("2024-08-14".parse().unwrap());
    for text in FIXTURES {
        let b = parser.parse(text).unwrap();
        let json = serde_json::to_string(&b).unwrap();
        let back: Bulletin<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, b);
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }
}

#[test]
fn kinds_print_as_the_spec_spells_them() {
    let b = Bulletin::parse(FIXTURES[0]).unwrap();
    let lines: Vec<String> = b
        .tallies
        .iter()
        .map(|t| format!("{}: {} {}", t.kind, t.count.value, t.what))
        .collect();
    assert!(
        lines.iter().any(|l| l.starts_with("officers_deployed: ")),
        "{lines:#?}"
    );
    for t in &b.tallies {
        assert_eq!(t.kind.to_string().parse::<TallyKind>().unwrap(), t.kind);
    }
}

#[test]
fn a_tally_kind_sums_exactly() {
    let texts = [
        "Police arrested 1,250 suspects in the first half.",
        "The bureau captured 3.5 thousand suspects.",
        "Officers detained 0.75 million suspects this year.",
    ];
    let mut totals: BTreeMap<TallyKind, Decimal> = BTreeMap::new();
    for text in texts {
        for t in Bulletin::parse(text).unwrap().tallies {
            let total = totals.entry(t.kind).or_insert(Decimal::ZERO);
            *total = total.checked_add(t.count.value).expect("no overflow");
        }
    }
    assert_eq!(totals[&TallyKind::Arrests], Decimal::from_u64(754_750));
}

/// A piece of a fixture: from one char boundary to another.
fn fixture_slice() -> impl Strategy<Value = String> {
    (
        0..FIXTURES.len(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(i, a, b)| {
            let text = FIXTURES[i];
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            let (a, b) = (a.get(&bounds), b.get(&bounds));
            text[*a.min(b)..*a.max(b)].to_string()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// `from_str(to_string(b)) == b` for any bulletin, and owning changes
    /// nothing but who holds the text.
    #[test]
    fn any_bulletin_round_trips_through_json(text in fixture_slice()) {
        let b = Parser::new().reference_date("2024-08-14".parse().unwrap()).parse(&text).unwrap();
        let json = serde_json::to_string(&b).unwrap();
        let back: Bulletin<'_> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &b);
        prop_assert_eq!(b.clone().into_owned(), b);
    }
}

/// A crate's own nom rule, built around the crate's figure parser: a
/// `label: figure` line of a statistics table.
fn stat_line(input: &str) -> nom::IResult<&str, (&str, police_bulletin::Figure<'_>)> {
    use nom::bytes::complete::{tag, take_until};
    use nom::sequence::separated_pair;
    use nom::Parser;
    separated_pair(take_until(":"), tag(":"), police_bulletin::grammar::figure).parse(input)
}

#[test]
fn grammar_figure_composes_inside_another_nom_parser() {
    use police_bulletin::{Qualifier, Unit};
    let (rest, (label, figure)) = stat_line("Money frozen: more than 5.5 million yuan\n").unwrap();
    assert_eq!((label, rest), ("Money frozen", "\n"));
    assert_eq!(figure.text, "more than 5.5 million yuan");
    assert_eq!(
        (figure.unit, figure.qualifier),
        (Some(Unit::Cny), Qualifier::MoreThan)
    );
    assert_eq!(figure.value, Decimal::from_u64(5_500_000));
    assert!(stat_line("Date: 2024-08-14").is_err());
}
