//! Described campaigns: a length or a season (`the 100-day campaign`,
//! `the summer public security crackdown`), and the named campaign a
//! description belongs to.

use super::*;

#[test]
fn campaigns_described_by_length_or_season() {
    assert_eq!(
        ops(
            "During the 100-day special campaign against gambling, police solved 40 cases.",
            "2024-06-01"
        ),
        ["100-day special campaign [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "Police held 30 suspects during the winter public security crackdown.",
            "2024-06-01"
        ),
        ["winter public security crackdown [] launched=None start=None end=None"]
    );
    // The phrase runs on to its last campaign word.
    assert_eq!(
        ops("The county launched a spring security crackdown and rectification action on March 4.", "2024-06-01"),
        ["spring security crackdown and rectification action [] launched=Some(\"2024-03-04\") start=None end=None"]
    );
    // A season and a campaign word alone name a time of year; other words
    // between them, another kind of work.
    assert!(ops("In the summer campaign, police checked bars.", "2024-06-01").is_empty());
    assert!(ops(
        "Police joined the summer road safety campaign.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn a_described_campaign_is_the_named_one() {
    // Keyed by its length or season: the proper name is the name.
    assert_eq!(
        ops("Since the 100-day summer security crackdown was launched, the “Hundred Days Action” has gone well.", "2024-06-01"),
        ["Hundred Days Action [\"100-day summer security crackdown\"] launched=None start=None end=None"]
    );
    // Right after a name, a description is that campaign's.
    assert_eq!(
        ops("Patrols of the “Clean Sky Action” pressing on with the summer public security crackdown continued.", "2024-06-01"),
        ["Clean Sky Action [\"summer public security crackdown\"] launched=None start=None end=None"]
    );
}

#[test]
fn a_description_that_runs_into_a_quoted_name_is_its_alias() {
    use insta::assert_snapshot;
    assert_snapshot!(p("Since the summer public security crackdown and rectification \"Sixty Days Action\" was launched on June 20, 30 were held."), @r#"Sixty Days Action ["summer public security crackdown"] launched=Some("2024-06-20") start=None end=None"#);
    // With an article between, two campaigns.
    assert_snapshot!(p("Police ran the summer public security crackdown and the \"Clean Port\" operation."), @"
    summer public security crackdown [] launched=None start=None end=None
    Clean Port [] launched=None start=None end=None
    ");
}

#[test]
fn a_quoted_name_that_reads_as_a_length_is_the_name_of_its_description() {
    use insta::assert_snapshot;
    // `“100-day action”` reads as a length, but its quotes make it the name
    // the season's description runs into; said again later, it is the same
    // campaign.
    assert_snapshot!(p("Since the launch of the summer public security crackdown and rectification \"100-day action\" on June 25, 30 were held. Police will push the \"100-day action\" to victory."), @r#"100-day action ["summer public security crackdown"] launched=Some("2024-06-25") start=None end=None"#);
    // A proper name that its description ran into keeps the description
    // as its alias, and a later length of other words is another campaign.
    assert_snapshot!(p("Since the summer public security crackdown and rectification \"Sixty Days Action\" was launched on June 25, 30 were held. The 100-day action went on."), @r#"
    Sixty Days Action ["summer public security crackdown"] launched=Some("2024-06-25") start=None end=None
    100-day action [] launched=None start=None end=None
    "#);
}

#[test]
fn a_sub_action_and_a_special_governance_are_campaigns() {
    assert_eq!(
        ops(
            "Police also carried out the \"Kunlun 2024\" sub-action, cracking 44 cases. The \"Net Clean\" sub-action ran from July 1 to August 31.",
            "2024-09-12"
        ),
        [
            "Kunlun 2024 [] launched=None start=None end=None",
            "Net Clean [] launched=None start=Some(\"2024-07-01\") end=Some(\"2024-08-31\")"
        ]
    );
    assert_eq!(
        ops(
            "Since the \"Summer Music Season\" special governance started on April 20, police cracked 36 cases.",
            "2024-06-14"
        ),
        ["Summer Music Season [] launched=Some(\"2024-04-20\") start=None end=None"]
    );
    // A quoted target before other words is no campaign.
    assert_eq!(
        ops("It targets \"grab ticket\" software sellers.", "2024-06-14"),
        Vec::<String>::new()
    );
}

#[test]
fn a_length_that_is_no_round_number_after_a_is_no_name() {
    // How long some crackdown ran, told with `a`: no campaign.
    assert!(names(
        "Harbour police detained 41 people during a 12-day crackdown on street gambling."
    )
    .is_empty());
    assert!(
        names("Officers seized 300 fake cards in a 27-day operation ending on Monday.").is_empty()
    );
    assert!(names("An 18-day sweep of the night markets netted 9 pickpockets.").is_empty());
    // A round, planned length is a campaign's name, with `a` too.
    assert_eq!(
        names("The city began a 60-day campaign against loan sharks in May."),
        ["60-day campaign"]
    );
    // `the 103-day action` names again the one the county planned.
    assert_eq!(
        names("The county launched a 100-day crackdown in June. The 103-day action closed in September."),
        ["100-day crackdown"]
    );
}

#[test]
fn one_lowercase_quoted_word_after_a_is_a_manner_not_a_name() {
    // How hard a crackdown is, in quotes: no campaign.
    assert!(
        names("The minister vowed to keep up a \"high-pressure\" crackdown on loan fraud.")
            .is_empty()
    );
    assert!(
        names("Police will wage an \"all-out\" campaign against scam call centres.").is_empty()
    );
    // A capitalized name after `a`, or a lowercase one after `the`, still
    // names its campaign.
    assert_eq!(
        names("The city started a \"Clean Wind\" campaign against bribes."),
        ["Clean Wind"]
    );
    assert_eq!(
        names("Officers joined the \"skynet\" operation in March."),
        ["skynet"]
    );
}

#[test]
fn a_lowercase_quoted_name_after_a_is_no_manner() {
    // A quoted word of force or degree after `a`: how hard, not a name.
    assert!(names("The county pledged a \"tough\" crackdown on illegal lenders.").is_empty());
    assert!(names("Police ordered a \"zero-tolerance\" crackdown on karaoke bars.").is_empty());
    // Other lowercase words after `a` are names, as bulletins write them.
    assert_eq!(
        names("Forest police launched a \"thunder\" action against poachers."),
        ["thunder"]
    );
    assert_eq!(
        names("The county began a \"clean-net\" campaign against online rumours."),
        ["clean-net"]
    );
}
