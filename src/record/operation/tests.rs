//! The operations layer's tests: names, aliases and dates.

use super::*;

mod date_rules;
mod dates;
mod described;
mod internals;
mod mentions;

pub(super) fn ops(text: &str, reference: &str) -> Vec<String> {
    operations(
        &Tokens::new(text),
        &crate::text::sentence::sentences(&Tokens::new(text)),
        &[],
        reference.parse().ok(),
    )
    .iter()
    .map(|o| {
        let date = |d: Option<Date>| d.map(|d| d.to_string());
        format!(
            "{} {:?} launched={:?} start={:?} end={:?}",
            o.name,
            o.aliases,
            date(o.launched),
            date(o.start),
            date(o.end)
        )
    })
    .collect()
}

/// The per-byte scan that [`dates_in`] replaces: every byte that may
/// start a phrase (a digit, a capital, `t`, `e`, `m`, `l`, `y` after no
/// letter or digit) is tried.
/// The names of the operations found in `text` (dated 2023-06-01).
fn names(text: &str) -> Vec<String> {
    ops(text, "2023-06-01")
        .into_iter()
        .map(|o| o.split(" [").next().unwrap_or("").to_string())
        .collect()
}

pub(super) fn dates_by_bytes(s: &str) -> Vec<(usize, usize, DatePhrase)> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let could_be_date = b.is_ascii_digit() || b.is_ascii_uppercase() || b"temly".contains(&b);
        if could_be_date && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            if let Ok((rest, p)) = campaign_date(&s[i..]) {
                let end = s.len() - rest.len();
                out.push((i, end, p));
                i = end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

#[test]
fn quoted_names_beside_campaign_words() {
    assert_eq!(
        ops("All police launched “Operation Summer”. On July 2, the city started its “Summer Operation”.", "2024-08-14"),
        ["Operation Summer [\"Summer Operation\"] launched=Some(\"2024-07-02\") start=None end=None"]
    );
    assert_eq!(
        ops(
            "the “Cloud Sword” operation, which began in June, has cracked cases",
            "2019-12-26"
        ),
        ["Cloud Sword [] launched=Some(\"2019-06-01\") start=None end=None"]
    );
    assert_eq!(
        ops(
            "a campaign codenamed “Iron Fist” against poaching",
            "2020-01-01"
        ),
        ["Iron Fist [] launched=None start=None end=None"]
    );
}

#[test]
fn lists_of_names() {
    assert_eq!(
        ops("operations like the \"Mountain Eagle Campaign\", \"Three Checks and One Control\" and \"Clear Rivers\" continued", "2022-01-01").len(),
        3
    );
}

#[test]
fn slogans_are_not_operations() {
    assert!(ops(
        "the “one standard and three real” approach and the “zero tolerance” target",
        "2024-01-01"
    )
    .is_empty());
}

#[test]
fn naming_words_name_campaigns_only() {
    assert!(ops(
        "The ring ran its payments through a server code-named Falcon 2.",
        "2024-05-06"
    )
    .is_empty());
    assert!(ops("A boat dubbed Sea Ghost 3 was stopped.", "2024-05-06").is_empty());
}

#[test]
fn unquoted_code_names() {
    assert_eq!(
        ops(
            "Operation Silver Net, a drive against smugglers, went on.",
            "2020-01-01"
        ),
        ["Operation Silver Net [\"Silver Net\"] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "police held 80 people in an operation, code-named Tianwang 5, that ended in May.",
            "2020-06-01"
        ),
        ["Tianwang 5 [] launched=None start=None end=Some(\"2020-05-31\")"]
    );
    assert_eq!(
        ops(
            "Gangs were broken in the Sea Shield-2021 operation along the coast.",
            "2021-06-01"
        ),
        ["Sea Shield-2021 [] launched=None start=None end=None"]
    );
    // Capitalized words alone before a campaign word are no code name.
    assert!(ops("The Guangdong campaign went on.", "2021-06-01").is_empty());
}

#[test]
fn called_and_named_after_a_campaign_word() {
    assert_eq!(
        names("The county ran a special campaign, named Blue Shield, against online gambling."),
        ["Blue Shield"]
    );
    assert_eq!(
        names("Forty suspects were detained in the crackdown, which is called Clean Sky 2023."),
        ["Clean Sky 2023"]
    );
    assert_eq!(
        names("The operation was also named Spring Rain by the bureau."),
        ["Spring Rain"]
    );
    // A person named in a campaign sentence, a call on the public, and
    // the verb that names someone to a role name no campaign.
    assert!(names("During the campaign, a suspect named Wang Ming was caught.").is_empty());
    assert!(names("The campaign called on residents to report clues.").is_empty());
    assert!(names("The campaign named Zhang as a model officer.").is_empty());
    assert!(names("A courier named Li Hua and a driver called Chen were held.").is_empty());
    // Nor people or bodies named after the campaign word.
    assert!(names("After the drive, called Wen Li and Gao Fei up to receive medals.").is_empty());
    assert!(names("The operation named Xinhe Police Station a model unit.").is_empty());
    assert!(names("The campaign named Qiaotou Brigade for a commendation.").is_empty());
    // (Every head word of an agency's name ends a body's: a corps, a
    // headquarters, a sub-bureau.)
    assert!(names("The campaign named Haikou Border Defense Corps for a commendation.").is_empty());
    assert!(names("The drive called Jiangbei Sub-bureau in for praise.").is_empty());
    assert!(names("The crackdown called Inspector Fang back to the city.").is_empty());
    assert_eq!(
        names("The bureau ran an operation named Jade Net and detained 12 people."),
        ["Jade Net"]
    );
}

#[test]
fn quoted_names_listed_after_campaigns_such_as() {
    assert_eq!(
        names("The police have run special campaigns such as \"Clean Net\", \"Spring Thunder\" and \"Safe Campus\" this year."),
        ["Clean Net", "Spring Thunder", "Safe Campus"]
    );
    assert_eq!(
        names("The bureau ran operations, such as \"Iron Fist\" and \"Blue Sky\"."),
        ["Iron Fist", "Blue Sky"]
    );
    // Examples of other things, or of what one campaign did, are no
    // campaigns.
    assert!(names(
        "Police warned residents about tricks such as \"free gifts\" and \"easy loans\"."
    )
    .is_empty());
    assert!(
        names("The crackdown used ideas such as \"order farming\" and \"health care\".").is_empty()
    );
    assert!(
        names("It was sold as a crackdown such as \"order farming\" and \"health care\".")
            .is_empty()
    );
    // Lower-case activities, and a quote before the noun it modifies,
    // are examples of work done, not campaign names.
    assert!(names(
        "Officers ran awareness campaigns such as \"fraud talks at schools\" and \"leaflets for farmers\"."
    )
    .is_empty());
    assert!(
        names("The town held campaigns such as \"Model Street\" prizes for tidy lanes.").is_empty()
    );
    assert_eq!(
        names("Teams carried out special actions such as \"Jade Shield\"; more followed."),
        ["Jade Shield"]
    );
    // Machine translations lowercase code names: after `operations` a
    // short one still names a campaign, a long activity does not.
    assert_eq!(
        names("Police organs carried out special operations such as \"iron fist\", \"net clearing\" and \"cut off\", and held 40 rallies."),
        ["iron fist", "net clearing", "cut off"]
    );
    assert!(names(
        "Police ran operations such as \"visits to every village shop\" and \"talks at schools\"."
    )
    .is_empty());
}

#[test]
fn quoted_names_with_the_sentence_comma_inside() {
    assert_eq!(
        ops(
            "In the drive, which is dubbed \"Clear Lakes 2023,\" 400 boats were checked.",
            "2023-09-01"
        ),
        ["Clear Lakes 2023 [] launched=None start=None end=None"]
    );
}

#[test]
fn slogans_and_so_called_names_are_not_campaigns() {
    assert!(ops("a so-called “lucky star” account", "2020-01-01").is_empty());
    assert!(ops(
        "In the “tough battle” against gangs, 20 were broken.",
        "2020-01-01"
    )
    .is_empty());
    assert_eq!(
        ops("the “Clean Net” battle went on", "2020-01-01"),
        ["Clean Net [] launched=None start=None end=None"]
    );
}

#[test]
fn kind_words_between_a_quoted_name_and_its_campaign_word() {
    assert_eq!(
        ops(
            "Traffic police carried out the \"Iron Fist\" special rectification action.",
            "2023-08-02"
        ),
        ["Iron Fist [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The bureau launched the \"Spring Breeze\" clean-up action and the \"Safe Campus\" security campaign.",
            "2023-08-02"
        ),
        [
            "Spring Breeze [] launched=None start=None end=None",
            "Safe Campus [] launched=None start=None end=None"
        ]
    );
    // A word against a crime says what kind of campaign it is too.
    assert_eq!(
        ops(
            "Police said the \"Blue Shield\" anti-smuggling operation had closed 40 routes.",
            "2023-08-02"
        ),
        ["Blue Shield [] launched=None start=None end=None"]
    );
    assert!(ops(
        "Police said the \"Blue Shield\" anti-smuggling team had closed 40 routes.",
        "2023-08-02"
    )
    .is_empty());
    // A quoted slogan before a noun that is no campaign is no name.
    assert!(ops(
        "Officers promoted the \"Iron Fist\" special rectification notice.",
        "2023-08-02"
    )
    .is_empty());
}

#[test]
fn titled_names_before_a_capitalized_campaign_word() {
    assert_eq!(
        ops(
            "Since the Clear Waters Action was launched on May 8, the bureau has seized 14 boats.",
            "2023-09-01"
        ),
        ["Clear Waters Action [] launched=Some(\"2023-05-08\") start=None end=None"]
    );
    assert_eq!(
        ops(
            "The district ran the Autumn Shield Operation from August to October.",
            "2023-12-01"
        ),
        ["Autumn Shield Operation [] launched=None start=Some(\"2023-08-01\") end=Some(\"2023-10-31\")"]
    );
    assert_eq!(
        ops(
            "Officers joined the Night Hawk Campaign 2023 in July.",
            "2023-12-01"
        ),
        ["Night Hawk Campaign 2023 [] launched=None start=None end=None"]
    );
    // What a title-case name is against, in title case, is its own.
    assert_eq!(
        ops(
            "On June 28, the brigade launched the Summer Night Special Campaign Against Drunk Driving, which lasts until September 30.",
            "2023-07-01"
        ),
        ["Summer Night Special Campaign Against Drunk Driving [] launched=Some(\"2023-06-28\") start=None end=Some(\"2023-09-30\")"]
    );
    assert_eq!(
        ops(
            "Officers joined the Night Hawk Campaign against burglars.",
            "2023-12-01"
        ),
        ["Night Hawk Campaign [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "On June 21, police launched the Summer Security Crackdown, which will last 100 days.",
            "2023-07-30"
        ),
        ["Summer Security Crackdown [] launched=Some(\"2023-06-21\") start=None end=None"]
    );
    // A headline in title case, or a name without `the`, names none.
    assert!(ops(
        "Successful Summer Security Campaign Detects 600 Cases",
        "2023-12-01"
    )
    .is_empty());
    assert!(ops("Police began a Special Action on roads.", "2023-12-01").is_empty());
}

#[test]
fn a_quoted_name_after_operation_and_a_dateline_date() {
    assert_eq!(
        ops(
            "GUANGZHOU, May 3 (Xinhua) -- Operation \"Blue Sky 2023\", launched by the provincial police, has caught 80 suspects.",
            "2023-05-03"
        ),
        ["Blue Sky 2023 [] launched=None start=None end=None"]
    );
}

#[test]
fn lowercase_names_that_end_in_an_emblem() {
    assert_eq!(
        ops(
            "Smugglers were caught in the coastal shield action.",
            "2024-06-01"
        ),
        ["coastal shield [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The province launched the sky net special campaign on May 3.",
            "2024-06-01"
        ),
        ["sky net [] launched=Some(\"2024-05-03\") start=None end=None"]
    );
    // Other lowercase words before a campaign word name nothing.
    assert!(ops(
        "Police joined the joint rectification action.",
        "2024-06-01"
    )
    .is_empty());
    // In title case too.
    assert_eq!(
        ops(
            "Police began the Spring Breeze action and the Fox Hunt operation.",
            "2024-06-01"
        ),
        [
            "Spring Breeze [] launched=None start=None end=None",
            "Fox Hunt [] launched=None start=None end=None"
        ]
    );
    // (A word of no letters before the campaign word is no name.)
    assert!(ops(
        "Police joined the (new) action and the 2024 action.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn ascii_single_quotes_around_names() {
    assert_eq!(
        ops(
            "During the 'safe roads 2023' special campaign, 90 drivers were fined.",
            "2024-06-01"
        ),
        ["safe roads 2023 [] launched=None start=None end=None"]
    );
    // Apostrophes quote nothing.
    assert!(ops(
        "The officers' campaign and the police's drive went on.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn emblem_words_are_sorted() {
    assert!(EMBLEM_WORDS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn titled_names_after_an_adjective_or_a_sentence_opening_the() {
    assert_eq!(
        ops(
            "During the province-wide Clean Roads Action, officers checked 800 trucks.",
            "2024-06-01"
        ),
        ["Clean Roads Action [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "Checks went on all week. The Harbour Light Campaign, police said, found 9 boats.",
            "2024-06-01"
        ),
        ["Harbour Light Campaign [] launched=None start=None end=None"]
    );
    // `The` inside a title-case line is no sentence's opening.
    assert!(ops("Police Join The Harbour Light Campaign", "2024-06-01").is_empty());
}

#[test]
fn a_campaign_word_among_the_modifiers_after_a_quote() {
    assert_eq!(
        ops("The “Red Kite” crackdown netted 31 suspects.", "2024-06-01"),
        ["Red Kite [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The “Red Kite” crackdown operation netted 31 suspects.",
            "2024-06-01"
        ),
        ["Red Kite [] launched=None start=None end=None"]
    );
}

#[test]
fn a_numbered_name_keeps_its_full_stop() {
    assert_eq!(
        ops(
            "The “Iron Gate No. 7” joint operation covered 6 counties.",
            "2024-06-01"
        ),
        ["Iron Gate No. 7 [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "The “Safe Port 2.0” operation began on May 3.",
            "2024-06-01"
        ),
        ["Safe Port 2.0 [] launched=Some(\"2024-05-03\") start=None end=None"]
    );
    // A full stop that ends a sentence still makes the quote a clause.
    assert!(ops(
        "He said “We will win. No more.” at the operation.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn a_season_between_a_quote_and_its_campaign_word() {
    assert_eq!(
        ops(
            "In the “Jade Net-2024” winter campaign, 40 people were held.",
            "2024-12-20"
        ),
        ["Jade Net-2024 [] launched=None start=None end=None"]
    );
}

#[test]
fn a_plural_campaign_word_names_every_quote_of_its_list() {
    assert_eq!(
        ops(
            "The “Still Lake”, “Far Hills” and “Long River” operations ended.",
            "2024-06-01"
        ),
        [
            "Still Lake [] launched=None start=None end=None",
            "Far Hills [] launched=None start=None end=None",
            "Long River [] launched=None start=None end=None"
        ]
    );
    // A singular word names only the quote beside it.
    assert_eq!(
        ops(
            "Posters read “Stay Safe” and the “Long River” operation began.",
            "2024-06-01"
        ),
        ["Long River [] launched=None start=None end=None"]
    );
}

#[test]
fn chinese_campaign_words_beside_or_inside_the_quotes() {
    assert_eq!(
        ops("全市开展“清风2024”专项行动，查处案件45起。", "2024-06-01"),
        ["清风2024 [] launched=None start=None end=None"]
    );
    assert_eq!(
        ops(
            "“秋季攻势”战役中抓获12人，“平安校园行动”成效明显。",
            "2024-06-01"
        ),
        [
            "秋季攻势 [] launched=None start=None end=None",
            "平安校园行动 [] launched=None start=None end=None"
        ]
    );
    // `打击` alone after a quote is a verb, not a campaign.
    assert!(ops("“黑恶”打击力度加大。", "2024-06-01").is_empty());
}

#[test]
fn nested_quotes_before_a_plural_campaign_word_do_not_panic() {
    // A quote that closes after the next one opens joins no list.
    let text = "The “Red “Kite” and “Blue” operations” were held. “A “B” and “C” operations” ran.";
    let names = ops(text, "2024-06-01");
    assert!(names.iter().all(|n| !n.is_empty()));
}

#[test]
fn a_name_without_its_year_is_the_same_campaign() {
    assert_eq!(
        ops(
            "Operation Fox Hunt 2024 began in March. Under Operation Fox Hunt, 20 fugitives returned.",
            "2024-06-01"
        ),
        ["Operation Fox Hunt 2024 [\"Operation Fox Hunt\", \"Fox Hunt 2024\"] launched=Some(\"2024-03-01\") start=None end=None"]
    );
    // The other way round: the year comes with the later mention.
    assert_eq!(
        ops(
            "The “Kunlun” operation went on. In the “Kunlun 2023” operation, police solved 40 cases.",
            "2024-06-01"
        ),
        ["Kunlun [\"Kunlun 2023\"] launched=None start=None end=None"]
    );
    // Two years are two campaigns.
    assert_eq!(
        ops(
            "The “Kunlun 2020” operation ended. The “Kunlun 2021” operation began.",
            "2024-06-01"
        )
        .len(),
        2
    );
}

#[test]
fn a_year_before_the_name_is_the_same_campaign() {
    let p = |s| ops(s, "2025-06-18").join("\n");
    insta::assert_snapshot!(p("Police launched the “2025 Qinglang” operation in March. Under the 2025 Qinglang operation, police solved 40 cases."), @r#"2025 Qinglang ["Qinglang"] launched=Some("2025-03-01") start=None end=None"#);
    insta::assert_snapshot!(p("The “2025 Qinglang” operation went on. The “Qinglang 2025” operation solved 40 cases."), @r#"2025 Qinglang ["Qinglang 2025"] launched=None start=None end=None"#);
    insta::assert_snapshot!(p("The “2024 Qinglang” operation ended. The “Qinglang 2025” operation began."), @"
    2024 Qinglang [] launched=None start=None end=None
    Qinglang 2025 [] launched=None start=None end=None
    ");
}

#[test]
fn operation_before_a_name_is_also_dropped_in_an_alias() {
    assert_eq!(
        ops("Police ran Operation Sky Net.", "2024-06-01"),
        ["Operation Sky Net [\"Sky Net\"] launched=None start=None end=None"]
    );
    // Not when the name is already spelled with its campaign word after it.
    assert_eq!(
        ops(
            "The “Summer Operation” began. Operation Summer ended.",
            "2024-06-01"
        ),
        ["Summer Operation [\"Operation Summer\"] launched=None start=None end=None"]
    );
}

/// The operations of `text` read on 2024-08-14, one a line.
pub(super) fn p(text: &str) -> String {
    ops(text, "2024-08-14").join("\n")
}
