//! Unit tests of the whole header and footer read at once: labels and
//! their values, brackets, and view counts, field by field.

use super::*;

/// The meta fields of `text`, one per line, as they come out.
fn fields(text: &str) -> String {
    let (m, _) = meta(&Tokens::new(text));
    format!(
        "title: {:?}\npublished: {:?}\nsource: {:?}\neditor: {:?}\nviews: {:?}",
        m.title.as_deref(),
        m.published.map(|d| d.to_string()),
        m.source.as_deref(),
        m.editor.as_deref(),
        m.views
    )
}

#[test]
fn full_width_colons_after_english_labels() {
    insta::assert_snapshot!(fields("Police close karaoke bars\nRelease time：2023-03-14 Source：Jiangxi Police Editor：Wu Fang Views：902\nThe bureau acted."), @r#"
    title: Some("Police close karaoke bars")
    published: Some("2023-03-14")
    source: Some("Jiangxi Police")
    editor: Some("Wu Fang")
    views: Some(902)
    "#);
}

#[test]
fn chinese_labels_end_the_value_before_them() {
    insta::assert_snapshot!(fields("县公安局开展夜查行动\n编辑：王芳 浏览次数：218\n正文。"), @r#"
    title: Some("县公安局开展夜查行动")
    published: None
    source: None
    editor: Some("王芳")
    views: Some(218)
    "#);
}

#[test]
fn lenticular_brackets_end_values() {
    insta::assert_snapshot!(fields("Police close karaoke bars\nThe bureau acted.\n【Editor: He Jun】【Source: Jiangxi Daily】"), @r#"
    title: Some("Police close karaoke bars")
    published: None
    source: Some("Jiangxi Daily")
    editor: Some("He Jun")
    views: None
    "#);
}

#[test]
fn square_bracket_labels() {
    insta::assert_snapshot!(fields("Police close karaoke bars\n[Release time] 2023-03-14 08:10  [Source] Jiangxi Police  [Editor] Wu Fang  [Hits] 640\nThe bureau acted."), @r#"
    title: Some("Police close karaoke bars")
    published: Some("2023-03-14")
    source: Some("Jiangxi Police")
    editor: Some("Wu Fang")
    views: Some(640)
    "#);
}

#[test]
fn more_view_count_labels() {
    let views = |label: &str| {
        let text = format!(
            "Police close karaoke bars\nSource: Jiangxi Daily  {label} 77\nThe bureau acted."
        );
        let views = meta(&Tokens::new(&text)).0.views;
        views
    };
    insta::assert_snapshot!(format!("{:?}", ["Reading volume:", "Visits:", "Number of visits:", "Browse:", "Hits:", "Trade volume:"].map(views)), @"[Some(77), Some(77), Some(77), Some(77), Some(77), None]");
    insta::assert_snapshot!(fields("Police close karaoke bars\nBrowse: 1,204 times\nThe bureau acted."), @r#"
    title: Some("Police close karaoke bars")
    published: None
    source: None
    editor: None
    views: Some(1204)
    "#);
    let count = |v: &str| {
        let text = format!("Police close karaoke bars\nViews: {v}\nBody.");
        let views = meta(&Tokens::new(&text)).0.views;
        views
    };
    insta::assert_snapshot!(format!("{:?}", ["5.6k", "12k", "3K", "7kg", "1.25k"].map(count)), @"[Some(5600), Some(12000), Some(3000), Some(7), Some(1250)]");
    // A post's closing counts, far from the header.
    let closing = |line: &str| {
        let text = format!(
            "Police close karaoke bars\n{}\n{line}",
            "Body. ".repeat(200)
        );
        let views = meta(&Tokens::new(&text)).0.views;
        views
    };
    insta::assert_snapshot!(format!("{:?}", ["Read 2,371  Like 58", "阅读 10万+", "Read 5 Like"].map(closing)), @"[Some(2371), Some(100000), None]");
    // (A likes' count may come first: `Likes 128  Views 5,612`.)
    insta::assert_snapshot!(format!("{:?}", ["Likes 128  Views 5,612", "Like 9 Read 700", "Likes 128"].map(closing)), @"[Some(5612), Some(700), None]");
}

#[test]
fn a_headline_over_its_original_title_may_end_in_a_full_stop() {
    insta::assert_snapshot!(fields("Hexi police break up a card ring, seize 40 phones.\n\nOriginal title: Hexi card ring broken\n\nThe bureau acted on a tip."), @r#"
    title: Some("Hexi police break up a card ring, seize 40 phones.")
    published: None
    source: None
    editor: None
    views: None
    "#);
    // A lead sentence over the body is no headline.
    insta::assert_snapshot!(fields("Hexi police broke up a card ring, seizing 40 phones.\n\nThe bureau acted on a tip."), @r#"
    title: None
    published: None
    source: None
    editor: None
    views: None
    "#);
}

#[test]
fn an_outlet_in_the_brackets_of_a_dateline_before_a_colon() {
    insta::assert_snapshot!(fields("Shenyang, May 9, 2019 (NEA): Police seized 3 guns in a raid."), @r#"
    title: None
    published: Some("2019-05-09")
    source: Some("NEA")
    editor: None
    views: None
    "#);
    // A weekday in the brackets names no outlet.
    insta::assert_snapshot!(fields("Shenyang, May 9, 2019 (Thursday): Police seized 3 guns in a raid."), @r#"
    title: None
    published: Some("2019-05-09")
    source: None
    editor: None
    views: None
    "#);
    // Nor does a label of the piece; an outlet's name does.
    for label in ["Photos", "Breaking", "Revised"] {
        let text = format!("Jinzhou, June 4 ({label}): Officers seized 5 guns in a raid.");
        assert!(fields(&text).contains("source: None"), "{label}");
    }
    let text = "Jinzhou, June 4 (Liaoxi Daily): Officers seized 5 guns.";
    assert!(fields(text).contains("source: Some(\"Liaoxi Daily\")"));
}

#[test]
fn an_outlet_between_a_writer_and_the_writers_role() {
    insta::assert_snapshot!(fields("Harbour police seize smuggled phones\n\nBy Li Ming, Harbour Times, Staff Reporter\n\nPolice seized 300 phones."), @r#"
    title: Some("Harbour police seize smuggled phones")
    published: None
    source: Some("Harbour Times")
    editor: None
    views: None
    "#);
    // A writer's second role in the middle names no outlet.
    insta::assert_snapshot!(fields("Harbour police seize smuggled phones\n\nBy Li Ming, Senior Desk Editor, Staff Writer\n\nPolice seized 300 phones."), @r#"
    title: Some("Harbour police seize smuggled phones")
    published: None
    source: None
    editor: None
    views: None
    "#);
    // A writer's name and place with no role: no outlet.
    insta::assert_snapshot!(fields("Harbour police seize smuggled phones\n\nBy Li Ming, Harbour City\n\nPolice seized 300 phones."), @r#"
    title: Some("Harbour police seize smuggled phones")
    published: None
    source: None
    editor: None
    views: None
    "#);
}

#[test]
fn a_web_outlet_and_news_opening_the_lead() {
    insta::assert_snapshot!(fields("Jiangbei News Network News On the eve of the Dragon Boat Festival, the Jiangbei County Public Security Bureau sent all officers to patrol the riverside."), @r#"
    title: None
    published: None
    source: Some("Jiangbei News Network")
    editor: None
    views: None
    "#);
    // A wide character across the lead's last byte.
    let lead = format!(
        "Hexi News Network News On Monday the county bureau {}“Safe Roads” patrols.",
        "x".repeat(67)
    );
    assert_eq!(lead.find('“'), Some(118));
    assert!(fields(&lead).contains("source: Some(\"Hexi News Network\")"));
    // `Net` heads a name too; the first of the two marks wins, and a
    // `Network` glued to the word before it starts none.
    let source = |t: &str| fields(t).lines().nth(2).unwrap_or("").to_owned();
    let filler = "the riverside patrols of the county police went on through the night and the morning after.";
    assert_eq!(
        source(&format!(
            "Nanhu Net News On Sunday Nanhu Network News said {filler}"
        )),
        "source: Some(\"Nanhu Net\")"
    );
    assert_eq!(
        source(&format!(
            "Xishan City Network News On Friday the Net News desk said {filler}"
        )),
        "source: Some(\"Xishan City Network\")"
    );
    assert_eq!(
        source(&format!(
            "XishanNetwork News On Friday, Dongpo Net News said {filler}"
        )),
        "source: None"
    );
    // A short first line is a headline, whose capitals name no outlet.
    insta::assert_snapshot!(fields("Police Network News Conference Held\nThe county police briefed reporters on the summer campaign and its results so far."), @r#"
    title: Some("Police Network News Conference Held")
    published: None
    source: None
    editor: None
    views: None
    "#);
}

#[test]
fn credits_of_wire_services_reprints_and_photos() {
    // An Indian wire's bar byline, and its name closing the text.
    insta::assert_snapshot!(fields("Police bust ring\n\nIANS | Kunming | Updated: 05-03-2022 10:10 IST\n\nKunming, March 5 (ANI/Xinhua): Police held 30 people.\n"), @r#"
    title: Some("Police bust ring")
    published: Some("2022-03-05")
    source: Some("IANS")
    editor: None
    views: None
    "#);
    insta::assert_snapshot!(fields("Police held 30 people in raids on Monday, the ministry said in a statement.\nPTI\n"), @r#"
    title: None
    published: None
    source: Some("PTI")
    editor: None
    views: None
    "#);
    // A reprint's closing credit dates the story; a dated photo caption does not.
    insta::assert_snapshot!(fields("Police bust ring\nPolice held 30 people in raids on Monday.\n(Harbour Daily March 4, 2006)\n"), @r#"
    title: Some("Police bust ring")
    published: Some("2006-03-04")
    source: None
    editor: None
    views: None
    "#);
    insta::assert_snapshot!(fields("Police bust ring\nOfficers patrol a market in Hexi, Gansu Province, May 3, 2022. (Xinhua/Li Wen)\nPolice held 30 people in raids on Monday.\n"), @r#"
    title: Some("Police bust ring")
    published: None
    source: Some("Xinhua")
    editor: None
    views: None
    "#);
    // An outlet cited by a sentence, a mail address, a writer's byline and
    // an editor's desk word.
    insta::assert_snapshot!(fields("Police bust ring\n\n2024-05-02 08:10     BY Li Wen\n\nThe case was big, police told the Global Times, adding more.\nwangli@chinadaily.com.cn\n(Web editor: Sun Li, Bianji)"), @r#"
    title: Some("Police bust ring")
    published: Some("2024-05-02")
    source: None
    editor: Some("Sun Li")
    views: None
    "#);
    // The outlet before the place of its dateline, and an author label
    // before a time label.
    insta::assert_snapshot!(fields("Police bust ring\n\nChina Youth Online Hexi, May 3 (Reporter Li Wen) Police held 30 people.\n"), @r#"
    title: Some("Police bust ring")
    published: None
    source: Some("China Youth Online")
    editor: None
    views: None
    "#);
    insta::assert_snapshot!(fields("Police bust ring\n\nAuthor:Xinhuanet Time:2022.05.03\n\nXinhua news agency in Beijing on 3 May, police held 30 people.\n"), @r#"
    title: Some("Police bust ring")
    published: Some("2022-05-03")
    source: Some("Xinhuanet")
    editor: None
    views: None
    "#);
    insta::assert_snapshot!(fields("Police bust ring\n\nXinhua news agency in Beijing on 3 May, police held 30 people.\n"), @r#"
    title: Some("Police bust ring")
    published: None
    source: Some("Xinhua news agency")
    editor: None
    views: None
    "#);
}
