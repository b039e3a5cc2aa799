//! The headline reader's tests: headlines, and the navigation, captions,
//! leads and broken lines that are not.

use super::*;

#[test]
fn a_question_of_a_transcript_is_no_headline() {
    let p = |t: &str| format!("{:?}", title(t));
    insta::assert_snapshot!(p("Question: What has the city done against fraud this year?
Spokesperson: We cracked 12 cases.
"), @"None");
    insta::assert_snapshot!(p("Q: How many cases were solved?
A: 312.
"), @"None");
    insta::assert_snapshot!(p("问：今年破案多少起？
答：312起。
"), @"None");
    insta::assert_snapshot!(p("Questions and answers on the fraud campaign
Q: What is it?
"), @r#"Some("Questions and answers on the fraud campaign")"#);
}

#[test]
fn a_site_banner_is_no_headline() {
    let p = |t: &str| format!("{:?}", title(t));
    insta::assert_snapshot!(p("Suzhou Public Security Bureau Official Website\nPolice find lost boy\n"), @"None");
    insta::assert_snapshot!(p("Wuxi Police Portal\nPolice find lost boy\n"), @"None");
    insta::assert_snapshot!(p("Police open new website\nThe site went live.\n"), @r#"Some("Police open new website")"#);
}

#[test]
fn one_pass_crumb_and_caption_tests_read_as_plain_searches() {
    let crumbs = |l: &str| {
        [" / ", " > ", " >> ", " | ", " » "]
            .iter()
            .any(|s| l.contains(s))
            || l.ends_with(['|', '>', '»'])
    };
    let caption = |l: &str| {
        [
            "(Photo",
            "Photo:",
            "Photo by",
            "Photo courtesy",
            "Photo provided",
        ]
        .iter()
        .any(|s| l.contains(s))
    };
    let parts = [
        " ",
        "/",
        ">",
        "|",
        "»",
        "a",
        "Photo",
        "(",
        ":",
        " by",
        "by",
        "é",
        "Li",
        " courtesy",
        " provided",
    ];
    // Every line of up to four parts.
    let mut lines = vec![String::new()];
    for _ in 0..4 {
        let longer: Vec<String> = lines
            .iter()
            .flat_map(|l| parts.iter().map(move |p| format!("{l}{p}")))
            .collect();
        lines.extend(longer);
    }
    for l in &lines {
        assert_eq!(is_navigation(l), crumbs(l), "{l:?}");
        assert_eq!(is_caption(l), caption(l), "{l:?}");
    }
}

#[test]
fn a_menu_of_spaced_fields_and_a_stamped_byline_are_no_headline() {
    let t = |first: &str| format!("{:?}", title(&format!("{first}\nBody text follows here.")));
    insta::assert_snapshot!(t("Menu  Home  Police Affairs  Services  About Us"), @"None");
    insta::assert_snapshot!(t("Original  Lishui Police  2024-03-02 08:15  Zhejiang"), @"None");
    insta::assert_snapshot!(t("Lishui Police 2024-03-02 8:15"), @"None");
    insta::assert_snapshot!(t("Police  Catch  Thieves  On  Bikes  In  Town"), @"None");
    insta::assert_snapshot!(t("Lishui police catch 12 bike thieves  Posted in Zhejiang"), @r#"Some("Lishui police catch 12 bike thieves  Posted in Zhejiang")"#);
    insta::assert_snapshot!(t("Lishui police close 2024-03 case files"), @r#"Some("Lishui police close 2024-03 case files")"#);
}

#[test]
fn a_column_name_and_a_bar_before_a_headline() {
    let t = |first: &str| format!("{:?}", title(&format!("{first}\nBody text follows here.")));
    insta::assert_snapshot!(t("Safe Campus | Yiwu police check 40 school gates"), @r#"Some("Safe Campus | Yiwu police check 40 school gates")"#);
    // Menus and crumbs of short labels stay navigation.
    insta::assert_snapshot!(t("通报 | Police bulletin"), @r#"Some("通报 | Police bulletin")"#);
    insta::assert_snapshot!(t("Police situation report | 警情通报"), @r#"Some("Police situation report | 警情通报")"#);
    insta::assert_snapshot!(t("中文 | English"), @"None");
    insta::assert_snapshot!(t("English edition | 英文版"), @"None");
    insta::assert_snapshot!(t("首页 | 新闻"), @"None");
    insta::assert_snapshot!(t("Home | Police News | Local Affairs"), @"None");
    insta::assert_snapshot!(t("Yiwu police check school gates | News |"), @"None");
    insta::assert_snapshot!(t("Home Page >> Police Information >> Work Trends"), @"None");
    insta::assert_snapshot!(t("Police say >>> is no crumb of a site"), @r#"Some("Police say >>> is no crumb of a site")"#);
}

#[test]
fn titles_are_headlines_not_navigation_captions_or_broken_lines() {
    let t = |first: &str| title(&format!("{first}\n\nBody text follows here.")).map(str::to_owned);
    assert_eq!(
        t("Smugglers caught on the coast"),
        Some("Smugglers caught on the coast".to_owned())
    );
    assert_eq!(t("World / Asia / Crime"), None);
    assert_eq!(t("start > news > local"), None);
    assert_eq!(t("NATION / Local |"), None);
    assert_eq!(t("Daily Edition 新闻English"), None);
    assert_eq!(
        t("Police bulletin 警方通报 today"),
        Some("Police bulletin 警方通报 today".to_owned())
    );
    assert_eq!(t("Officers at the scene. (Photo by Li Wen)"), None);
    // A caption that credits its picture after the sentence.
    assert_eq!(
        t("On May 3, officers search a boat. Photo courtesy of Harbour Police"),
        None
    );
    assert_eq!(
        t("Seized phones on a desk Photo provided by the bureau"),
        None
    );
    assert_eq!(t("This report appeared in"), None);
    assert_eq!(t("Crackdown results"), Some("Crackdown results".to_owned()));
    assert_eq!(t("Police notice"), Some("Police notice".to_owned()));
    assert_eq!(t("Guangxi Police"), None);
    assert_eq!(t("Pingyang"), None);
    assert_eq!(t("Home page"), None);
    assert_eq!(t("English edition"), None);
    // A portal's labels are no headlines either.
    for label in [
        "Font size",
        "Current location",
        "Related news",
        "Latest news",
    ] {
        assert_eq!(t(label), None, "{label}");
    }
    assert_eq!(
        t("Chongqing: Shield campaign one year on"),
        Some("Chongqing: Shield campaign one year on".to_owned())
    );
    assert_eq!(t("Police say the case was passed on"), None);
    assert_eq!(t("Source: Harbour Evening Post"), None);
    assert_eq!(t("Release time: 2023-05-04 08:00"), None);
    assert_eq!(
        t("Release date: 2023-05-04 Font size: large medium small"),
        None
    );
    assert_eq!(t("Issuing agency: Harbour District Police"), None);
    assert_eq!(t("Font size: A+ A A-"), None);
    assert_eq!(t("(Reporter: Zhou Min; Correspondent: Gao Lei)"), None);
    assert_eq!(
        t("Crackdown: 310 suspects held in the south"),
        Some("Crackdown: 310 suspects held in the south".to_owned())
    );
    // A line that ends in a full stop is the headline only over a
    // header line; over the body, it is the lead.
    let over = |first: &str, second: &str| {
        title(&format!("{first}\n{second}\nBody text follows here.")).map(str::to_owned)
    };
    let stopped = "Police in Hexi break up a card ring.";
    for header in [
        "Source: Hexi Daily",
        "2023-06-02 09:14",
        "By Liu Fang",
        "June 2, 2023",
        "Hexi Daily Updated: 2023-06-02",
    ] {
        assert_eq!(over(stopped, header), Some(stopped.to_owned()), "{header}");
    }
    assert_eq!(over(stopped, "The ring sold 900 cards."), None);
    assert_eq!(
        over("Police acted. Ten were held.", "Source: Hexi Daily"),
        None
    );
    assert_eq!(t(stopped), None);
    // A one-sentence lead over an editor's credit or a source, and no
    // body after them, is the story itself; so is a lead that opens
    // with its date.
    let lead = "On May 9, officers in Beiling held 4 men and took 2 kg of heroin from a garage.";
    assert_eq!(t(&format!("{lead}\nEditor: Zhao Min")), None);
    assert_eq!(
        t(&format!("{lead}\nSource: Beiling News\nEditor: Zhao Min")),
        None
    );
    assert_eq!(over(lead, "Source: Beiling News"), None);
    assert_eq!(
        t("Original title: Ring of car thieves broken up in the north"),
        Some("Ring of car thieves broken up in the north".to_owned())
    );
}

#[test]
fn an_ideograph_glued_to_a_letter_is_told_from_its_lead_byte() {
    // The definition: some ideograph has an ASCII letter right before or
    // right after it, char by char.
    let by_chars = |line: &str| {
        let chars: Vec<char> = line.chars().collect();
        (0..chars.len()).any(|k| {
            is_cjk(chars[k])
                && ((k > 0 && chars[k - 1].is_ascii_alphabetic())
                    || chars.get(k + 1).is_some_and(char::is_ascii_alphabetic))
        })
    };
    for line in [
        "English中文",
        "中文Deutsch",
        "首页 News",
        "News 首页",
        "a中",
        "中b",
        "中",
        "“Quoted” text — with marks",
        "ＡＢ中文",
        "x\u{3042}y",
        // Ideographs of the other blocks (extension A, compatibility) are
        // no `is_cjk` of a title, and their lead bytes (E3, EF) are not read.
        "x\u{3400}y",
        "\u{F900}z",
        // The block's ends, and the chars just past them.
        "a\u{4e00}",
        "\u{9fff}b",
        "c\u{4dff}",
        "\u{a000}d",
        "",
    ] {
        assert_eq!(cjk_glued(line), by_chars(line), "{line:?}");
    }
    assert!(cjk_glued("中文Français") && !cjk_glued("中文 Français"));
    assert_eq!(IDEOGRAPH_LEADS, 0xE4..=0xE9);
}

#[test]
fn a_title_cased_sentence_or_one_its_lead_repeats_is_the_headline() {
    let p = |t: &str| format!("{:?}", title(t));
    insta::assert_snapshot!(p("Over The Holiday, Police In The Province Kept Order And Held 40 Thieves.\n\nOn Monday, the bureau said roads stayed calm.\n"), @r#"Some("Over The Holiday, Police In The Province Kept Order And Held 40 Thieves.")"#);
    insta::assert_snapshot!(p("Hexi police held 52 suspects in a month of raids on card rings.\n\nHexi police held 52 suspects in a month of raids on card rings, the city bureau said on Monday.\n"), @r#"Some("Hexi police held 52 suspects in a month of raids on card rings.")"#);
    // A line that names its day is a lead printed twice, no headline.
    insta::assert_snapshot!(p("Lishan police held 17 drivers at a checkpoint on Saturday.\n\nLishan police held 17 drivers at a checkpoint on Saturday, the county said, after a tip.\n"), @"None");
    insta::assert_snapshot!(p("Lishan police held 17 drivers at a checkpoint yesterday.\n\nLishan police held 17 drivers at a checkpoint yesterday and took 3 cars.\n"), @"None");
    insta::assert_snapshot!(p("Lishan police held 17 drivers at a checkpoint in June.\n\nLishan police held 17 drivers at a checkpoint in June and took 3 cars.\n"), @r#"Some("Lishan police held 17 drivers at a checkpoint in June.")"#);
    // A lead of its own is no headline.
    insta::assert_snapshot!(p("Hexi police held 52 suspects in a month of raids on card rings.\n\nThe raids began in May, the city bureau said on Monday.\n"), @"None");
    insta::assert_snapshot!(p("In March, Hexi Police Held 52 suspects.\n\nThe raids began in May.\n"), @"None");
}

#[test]
fn a_sentence_wrapped_at_a_fixed_width_is_no_headline() {
    let p = |t: &str| format!("{:?}", title(t));
    insta::assert_snapshot!(p("Traffic police caught 214 drunk drivers over the long\nholiday weekend, up from 170 a year earlier, the bureau said.\nMost were stopped at night.\n"), @"None");
    insta::assert_snapshot!(p("Border officers turned back 38 smuggling boats during\nthe second quarter of the year, a spokesman said on Friday.\n"), @"None");
    // A headline over a capitalized lead, or over a short byline.
    insta::assert_snapshot!(p("Harbour police seize 38 smuggling boats\nBorder officers turned back 38 boats in the second quarter.\n"), @r#"Some("Harbour police seize 38 smuggling boats")"#);
    insta::assert_snapshot!(p("Harbour police seize 38 smuggling boats\nby staff reporter\nBorder officers turned back 38 boats.\n"), @r#"Some("Harbour police seize 38 smuggling boats")"#);
    // A lowercase subhead or credit line that runs on to no stop is no
    // wrap: the headline stands.
    insta::assert_snapshot!(p("Valley police crack 210 loan fraud cases\nnearly 600 suspects held in the spring campaign\n\nThe valley bureau said on Monday.\n"), @r#"Some("Valley police crack 210 loan fraud cases")"#);
    insta::assert_snapshot!(p("Valley police crack 210 loan fraud cases\nupdated: 2024-04-02 09:15 source: valley police\n\nThe bureau said.\n"), @r#"Some("Valley police crack 210 loan fraud cases")"#);
}

#[test]
fn a_sentence_with_a_comma_over_a_date_stamp_is_the_headline() {
    assert_eq!(
        title("On the eve of the festival, 9 drivers were caught drunk.\n\n2023-01-21 0 By\n\nWith the holiday near, police set up checks."),
        Some("On the eve of the festival, 9 drivers were caught drunk.")
    );
    // Over a byline or the body, a sentence with a comma is a lead.
    assert_eq!(
        title("On the eve of the festival, 9 drivers were caught drunk.\n\nBy Li Hua\n\nWith the holiday near, police set up checks."),
        None
    );
    assert_eq!(
        title("On May 3, police caught 9 drunk drivers.\nThe checks went on all night, and 2 cars were held."),
        None
    );
}
