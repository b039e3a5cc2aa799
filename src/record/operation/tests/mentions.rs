//! Campaign mentions: quoted names, launched names with a year, kind words, headlines.

use insta::assert_snapshot;

/// The operations of `text` read on 2024-08-14, one a line.
fn p(text: &str) -> String {
    super::ops(text, "2024-08-14").join("\n")
}

#[test]
fn a_quoted_name_without_a_campaign_word() {
    // Launched, or closing on a year, it is a campaign.
    assert_snapshot!(p("On May 1, the bureau launched \"Green Shield 2024\"."), @r#"Green Shield 2024 [] launched=Some("2024-05-01") start=None end=None"#);
    assert_snapshot!(p("Since the launch of the \"Safe Home\" in May, 30 were held."), @r#"Safe Home [] launched=Some("2024-05-01") start=None end=None"#);
    assert_snapshot!(p("The \"Summer Storm 2024\", which will run until September 30, began."), @r#"Summer Storm 2024 [] launched=None start=None end=Some("2024-09-30")"#);
    assert_snapshot!(p("The bureau carried out the \"Iron Shield\" special rectification."), @"Iron Shield [] launched=None start=None end=None");
    assert_snapshot!(p("The bureau issued the \"Iron Shield\" special rectification plan."), @"");
    assert_snapshot!(p("The \"Safe Campus\" initiative and the \"Clear Sky\" series of actions."), @"
    Safe Campus [] launched=None start=None end=None
    Clear Sky [] launched=None start=None end=None
    ");
    // A slogan is not: quoted, neither launched nor dated.
    assert_snapshot!(p("Police called on residents to \"say no to fraud\" this summer."), @"");
    assert_snapshot!(p("The bureau launched a \"zero tolerance\" approach."), @"");
    assert_snapshot!(p("The \"Top 100 Enterprises 2024\" list was published."), @"");
    assert_snapshot!(p("The \"Net Guard 2024\" has netted 30 suspects."), @"Net Guard 2024 [] launched=None start=None end=None");
}

#[test]
fn a_launched_name_with_a_year_needs_no_quotes() {
    assert_snapshot!(p("Officers have caught 40 fugitives since the launch of Fox Hunt 2024 in January."), @r#"Fox Hunt 2024 [] launched=Some("2024-01-01") start=None end=None"#);
    assert_snapshot!(p("The ministry launched Sky Net 2023 on March 1."), @r#"Sky Net 2023 [] launched=Some("2023-03-01") start=None end=None"#);
    assert_snapshot!(p("The city kicked off the Clean Water 2024 on May 2, and it ends in June."), @r#"Clean Water 2024 [] launched=Some("2024-05-02") start=None end=Some("2024-06-30")"#);
    // No year, a date, or no launch: no name.
    assert_snapshot!(p("The ministry launched Sky Net on March 1."), @"");
    assert_snapshot!(p("The ministry launched June 2024 reforms."), @"");
    assert_snapshot!(p("The Provincial Games 2024 opened on May 1."), @"");
    assert_snapshot!(p("The ministry launched Unit 3 2024 on May 1."), @"");
}

#[test]
fn kind_words_between_a_quote_and_its_campaign_word() {
    assert_snapshot!(p("Boats were seized in the \"Blue Reef 2024\" coastal fisheries law enforcement operation."), @"Blue Reef 2024 [] launched=None start=None end=None");
    assert_snapshot!(p("The \"Quiet Night\" noise pollution crackdown ran until May."), @r#"Quiet Night [] launched=None start=None end=Some("2024-05-31")"#);
    // A clause between: no campaign word of the quote's.
    assert_snapshot!(p("The \"Quiet Night\" slogan was printed before the operation."), @"");
    assert_snapshot!(p("Residents sang \"Quiet Night\" during the campaign."), @"");
    assert_snapshot!(p("The \"Quiet Night\" poster targeting noise and the operation."), @"");
}

#[test]
fn a_title_case_headline_is_no_code_name() {
    assert_snapshot!(p("Special Operation Against Telecom Fraud Achieves Results"), @"");
    assert_snapshot!(p("Summer Operation Against Illegal Crimes Launched In Xuzhou"), @"");
    assert_snapshot!(p("Ningbo: \"Cloud Sword-2024\" Operation Hunting Fugitives Achieves Good Results"), @"Cloud Sword-2024 [] launched=None start=None end=None");
    assert_snapshot!(p("The Thunder Action Launched In Xuzhou Nets 30"), @"Thunder Action [] launched=None start=None end=None");
    // A code name still reads to its end.
    assert_snapshot!(p("Police began Operation Fox Hunt 2024 in January."), @r#"Operation Fox Hunt 2024 ["Fox Hunt 2024"] launched=Some("2024-01-01") start=None end=None"#);
}

#[test]
fn a_title_case_name_may_join_two_of_its_words_with_and() {
    assert_eq!(
        super::ops(
            "Since the launch in April, the Summer Public Security Crackdown and Rectification Action of the county bureau has lasted over 100 days.",
            "2025-08-12"
        ),
        ["Summer Public Security Crackdown and Rectification Action [] launched=Some(\"2025-04-01\") start=None end=None"]
    );
    // Six name words are read; one `and` between two of them.
    assert_eq!(
        super::ops(
            "Since May the City Summer Public Security Special Crackdown Action has run.",
            "2025-08-12"
        ),
        ["City Summer Public Security Special Crackdown Action [] launched=None start=Some(\"2025-05-01\") end=None"]
    );
    assert_eq!(
        super::ops(
            "He led the Summer Crackdown and Rescue Action in May.",
            "2025-08-12"
        ),
        ["Summer Crackdown and Rescue Action [] launched=None start=None end=None"]
    );
    // Not `and` first, nor two of them, nor past six name words.
    assert!(super::ops("He led the Summer and Action in May.", "2025-08-12").is_empty());
    assert!(super::ops(
        "He met the Police and Traffic and Rescue Action staff.",
        "2025-08-12"
    )
    .is_empty());
    assert!(super::ops(
        "Since May the Grand City Summer Public Security Special Crackdown Action has run.",
        "2025-08-12"
    )
    .is_empty());
}

#[test]
fn a_code_name_past_its_owner() {
    insta::assert_snapshot!(p("Police ran a drive code-named Hunan's Clean Net 2023 in May."), @"Clean Net 2023 [] launched=None start=None end=None");
    insta::assert_snapshot!(p("The campaign, dubbed Fujian’s Iron Fist, ended in June."), @"Iron Fist [] launched=None start=None end=Some(\"2024-06-30\")");
    // No capitalized name after the possessive: the owner is read as
    // before (a weak spot left as it was).
    insta::assert_snapshot!(p("A campaign code-named Hunan's own drive began."), @"Hunan [] launched=None start=None end=None");
}

#[test]
fn a_quoted_emblem_name_stands_alone() {
    // Two to four words ending in an emblem, in title case or with a
    // number, name a campaign with no campaign word beside them.
    assert_snapshot!(p("\"Iron Fist\" against fake medicine, the bureau said, is paying off."), @"Iron Fist [] launched=None start=None end=None");
    assert_snapshot!(p("Police carried out the \"2023 border shield\" and \"Clean Net 2023\" special action."), @r"
    2023 border shield [] launched=None start=None end=None
    Clean Net 2023 [] launched=None start=None end=None
    ");
    // Not before a noun the name names, nor a lowercase pair.
    assert_snapshot!(p("The bureau issued the \"Iron Shield\" plan."), @"");
    assert_snapshot!(p("Residents called the fund a \"safety net\" for the poor."), @"");
    // Nor a quote given alone as an example, a stop after it.
    assert_snapshot!(p("Quote styles: curly and straight, \"Spring Breeze\"; 40 were held."), @"");
    // A round of a campaign names it.
    assert_snapshot!(p("Customs began the third round of \"Frost Hawk\" to stop meat smuggling."), @"Frost Hawk [] launched=None start=None end=None");
    // A quote of a bare number is no name (a date is: `“5.1” action`);
    // one lowercase emblem word alone is the common noun.
    assert_snapshot!(p("Officers of the \"2\" action task force joined the close the net action."), @"");
    assert_snapshot!(p("Police carried out the \"5.1\" action."), @"5.1 [] launched=None start=None end=None");
}
