//! Unit tests of the header and footer readers.

use super::*;
use crate::Time;

mod fields;

fn source(text: &str) -> Option<&str> {
    let tokens = Tokens::new(text);
    super::source(&tokens, &Labels::read(&tokens), title(text).is_some())
}

fn editor(text: &str) -> Option<&str> {
    let tokens = Tokens::new(text);
    super::editor(&tokens, &Labels::read(&tokens))
}

fn published(text: &str) -> Option<(Date, Option<Time>)> {
    dates::published(&Tokens::new(text))
}

#[test]
fn header_block() {
    let text = "Police campaign delivers results\n\n2023-09-02 09:15:48\n\nDate: 2023-09-02\nViews: 412\nSource: Hengshan Police Affairs\nEditor in charge: Zhao Lirong\n\nBody text.";
    let (m, date) = meta(&Tokens::new(text));
    assert_eq!(m.title.as_deref(), Some("Police campaign delivers results"));
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2023-09-02")
    );
    assert_eq!(date, "2023-09-02".parse().ok());
    assert_eq!(m.source.as_deref(), Some("Hengshan Police Affairs"));
    assert_eq!(m.editor.as_deref(), Some("Zhao Lirong"));
    assert_eq!(m.views, Some(412));
}

#[test]
fn a_chinese_header() {
    let text = "县公安局召开反诈工作新闻发布会\n发布时间：2024-03-12 09:30 来源：平安某县 作者：李明 浏览量：1.5万\n责任编辑：王芳\n\n今年以来，全县共破获案件326起。";
    let (m, date) = meta(&Tokens::new(text));
    assert_eq!(m.title.as_deref(), Some("县公安局召开反诈工作新闻发布会"));
    assert_eq!(date, "2024-03-12".parse().ok());
    assert_eq!(m.source.as_deref(), Some("平安某县"));
    assert_eq!(m.editor.as_deref(), Some("王芳"));
    assert_eq!(m.views, Some(15_000));
    // A person credited as author is no source; a line that is a
    // sentence is no headline.
    let m = meta(&Tokens::new(
        "今年以来，全县共破获案件326起\n作者：李明\n\n正文。",
    ))
    .0;
    assert_eq!((m.title, m.source), (None, None));
    // A Chinese label ends the value before it after one space.
    let m = meta(&Tokens::new(
        "Night patrols expand\n来源：Ping An County 阅读：820\n\nBody.",
    ))
    .0;
    assert_eq!(m.source.as_deref(), Some("Ping An County"));
    assert_eq!(m.views, Some(820));
}

#[test]
fn bylines_stamps_and_edits_are_no_headline_or_publication() {
    fn m(text: &'static str) -> Meta<'static> {
        meta(&Tokens::new(text)).0
    }
    assert_eq!(m("By Liu Fang\nOfficers checked 80 vehicles.").title, None);
    // A body's or an account's name alone heads its pages, no story.
    let masthead = |t| m(t).title;
    assert_eq!(
        masthead(
            "Yunnan Provincial Public Security Department\nNews Center\nPolice seized 3 guns."
        ),
        None
    );
    assert_eq!(
        masthead("公安部 | Ministry of Public Security\nPolice seized 3 guns."),
        None
    );
    assert_eq!(
        masthead("Shaanxi Police WeChat official account\nPolice seized 3 guns."),
        None
    );
    assert_eq!(
        masthead("Ministry of Public Security Launches Summer Campaign\nPolice seized 3 guns.")
            .as_deref(),
        Some("Ministry of Public Security Launches Summer Campaign")
    );
    let stamped = m("China Daily Published: Apr 2, 2023 07:15 PM\nOfficers checked 80 vehicles.");
    assert_eq!(stamped.title, None);
    assert_eq!(
        stamped.published.map(|d| d.to_string()).as_deref(),
        Some("2023-04-02")
    );
    assert_eq!(
        stamped.published_time.map(|t| t.to_string()).as_deref(),
        Some("19:15")
    );
    let on = m(
        "Night patrols expand in Wenzhou\nPublished on 2023.06.19\nOfficers checked 80 vehicles.",
    );
    assert_eq!(
        on.published.map(|d| d.to_string()).as_deref(),
        Some("2023-06-19")
    );
    let edited = m("Night patrols expand in Wenzhou\nUpdated: 2023-06-21 Published: 2023-06-19\nOfficers checked 80 vehicles.");
    assert_eq!(
        edited.published.map(|d| d.to_string()).as_deref(),
        Some("2023-06-19")
    );
    // An event's date is still no stamp.
    let event = m("Night patrols expand\nOn 2023.06.19 officers checked 80 vehicles.");
    assert_eq!(event.published, None);
}

#[test]
fn view_counts_in_ten_thousands() {
    let views = |v: &str| {
        meta(&Tokens::new(&format!(
            "Night patrols expand in Wenzhou\nViews: {v}\n\nBody."
        )))
        .0
        .views
    };
    assert_eq!(views("2.7万"), Some(27_000));
    assert_eq!(views("4w"), Some(40_000));
    assert_eq!(views("1,208"), Some(1208));
    assert_eq!(views("35."), Some(35));
}

#[test]
fn machine_translated_view_counts() {
    for (label, want) in [
        ("Reading", Some(2345)),
        ("Clicks", Some(2345)),
        ("Hits", Some(2345)),
    ] {
        let text = format!("Traffic police check night markets\nTime: 2023-11-12 {label}: 2,345\n\nOfficers checked 80 vehicles.");
        let (m, _) = meta(&Tokens::new(&text));
        assert_eq!(m.views, want, "{label}");
        assert_eq!(
            m.title.as_deref(),
            Some("Traffic police check night markets")
        );
    }
    // A label line is no headline.
    let (m, _) = meta(&Tokens::new("Reads: 810\nOfficers checked 80 vehicles."));
    assert_eq!((m.title, m.views), (None, Some(810)));
}

#[test]
fn wire_credits() {
    assert_eq!(
        source("Drug bust\n\nXinhua) 09:12, May 21, 2020\n\nSHANGHAI"),
        Some("Xinhua")
    );
    assert_eq!(
        source("By Li Ming | China Daily | Updated: 2020-06-02 11:15"),
        Some("China Daily")
    );
    assert_eq!(
        source("China News Service, Lanzhou, March 12th (Reporter Ma)"),
        Some("China News Service")
    );
    assert_eq!(source("XIAMEN (Xinhua) – For operating"), Some("Xinhua"));
    assert_eq!(source("Police praised Xinhua reports"), None);
    assert_eq!(
        source("...going on.(Source: Guangming Daily)\n"),
        Some("Guangming Daily")
    );
}

#[test]
fn publication_dates() {
    // The date, and the time of day when one is stated with it.
    let stamp = |text: &str| {
        published(text).map(|(d, t)| match t {
            Some(t) => format!("{d} {t}"),
            None => d.to_string(),
        })
    };
    assert_eq!(
        stamp("Title here\nUpdated: 2014-02-17 07:26\n").as_deref(),
        Some("2014-02-17 07:26")
    );
    assert_eq!(
        stamp("This story ran on\nApril 2, 2017\nGang broken up").as_deref(),
        Some("2017-04-02")
    );
    assert_eq!(
        stamp("Title\n\nSource:Xinhua Published: 2016/5/23 09:41:07").as_deref(),
        Some("2016-05-23 09:41:07")
    );
    assert_eq!(
        stamp("Police news\n\n2023-09-02 9:15 Views: 12").as_deref(),
        Some("2023-09-02 09:15")
    );
    // A number after the date that is no time of day.
    assert_eq!(
        stamp("Title\n\n2023-09-02 12345 views").as_deref(),
        Some("2023-09-02")
    );
    assert_eq!(stamp("From Feburary 9, 2018 until now, the ban"), None);
    assert_eq!(stamp("On November 8, Shenzhen police"), None);
    assert_eq!(stamp("Nanning, Oct 4 (Xinhua) Police"), None);
}

#[test]
fn label_values_end_at_a_line_a_label_or_twelve_words() {
    assert_eq!(
        source("Source: Lishui Police Affairs Published: 2021-03-04"),
        Some("Lishui Police Affairs")
    );
    let long = format!("Source: {}\n", "word ".repeat(13));
    assert_eq!(source(&long), None);
    assert_eq!(source("Source: one two three."), Some("one two three"));
}

#[test]
fn an_author_line_credits_an_outlet_not_a_person() {
    assert_eq!(
        source("Headline\nAuthor: Jiangnan Police Daily | Published: 2024-01-02\nBody"),
        Some("Jiangnan Police Daily")
    );
    assert_eq!(
        source("Headline\nAuthor: Harbour District Public Security Bureau\nBody"),
        Some("Harbour District Public Security Bureau")
    );
    assert_eq!(source("Headline\nAuthor: Li Jing\nBody"), None);
    // A public security account signs with the police's pinyin name.
    assert_eq!(
        source("Headline\nAuthor:Hexi Gong'an Time:2023.05.06\nBody"),
        Some("Hexi Gong'an")
    );
    assert_eq!(
        source("Headline\nAuthor: Linping Gongan\nBody"),
        Some("Linping Gongan")
    );
    // A person named like it is none: the pinyin is a word of its own.
    assert_eq!(source("Headline\nAuthor: Li Ligongan\nBody"), None);
    // A `Source:` line wins over it.
    assert_eq!(
        source("Headline\nAuthor: City News Network Source: Harbour Post\nBody"),
        Some("Harbour Post")
    );
}

#[test]
fn a_publisher_line_is_the_byline_of_the_page() {
    assert_eq!(
        source("Headline\nPublisher: Lu'an Public Security Bureau   Date: 2024-04-03   Views: 208\nBody"),
        Some("Lu'an Public Security Bureau")
    );
    assert_eq!(
        source("Headline\nRelease unit: Xishan Branch | Release time: 2025-04-14\nBody"),
        Some("Xishan Branch")
    );
    // A `Source:` line wins over it; a unit that no release word names is
    // no label of a publisher.
    assert_eq!(
        source("Headline\nPublisher: Xishan Branch Source: Harbour Post\nBody"),
        Some("Harbour Post")
    );
    assert_eq!(
        source("Headline\nResponsible unit: Xishan Branch\nBody"),
        None
    );
}

#[test]
fn issued_by_and_published_by_label_the_publisher() {
    insta::assert_snapshot!(format!("{:?}", source("Notice on the spring drive\nIssued by: Lishui Traffic Police Detachment\nDate: 2024-03-01\nBody")), @r#"Some("Lishui Traffic Police Detachment")"#);
    insta::assert_snapshot!(format!("{:?}", source("Headline\nPublished by: Xishan Branch   Date: 2024-03-01\nBody")), @r#"Some("Xishan Branch")"#);
    insta::assert_snapshot!(format!("{:?}", source("Headline\nThe notice was issued by: the city\nBody")), @"None");
}

#[test]
fn produced_by_at_the_foot_credits_the_post() {
    assert_eq!(
        source("Headline\nBody text.\nProduced by: Shangrao Police WeChat Studio"),
        Some("Shangrao Police WeChat Studio")
    );
    // A `Source:` line wins over it; in a sentence it is no label.
    assert_eq!(
        source("Headline\nBody.\nSource: Jinhe News\nProduced by: Jinhe Bureau Studio"),
        Some("Jinhe News")
    );
    assert_eq!(
        source("Headline\nThe film was produced by: the city studio.\nBody"),
        None
    );
}

#[test]
fn from_opens_a_field_of_the_header() {
    assert_eq!(
        source(
            "Headline\n2023-08-21 16:40:05   From: Lakeside Public Security   Clicks: 522\nBody"
        ),
        Some("Lakeside Public Security")
    );
    assert_eq!(
        source("Headline\nViews: 96 | From: Lakeside Daily | Date: 2025-05-06\nBody"),
        Some("Lakeside Daily")
    );
    // In a sentence, `from:` is no label.
    assert_eq!(
        source("Headline\nWe heard from: the station chief\nBody"),
        None
    );
}

#[test]
fn sources_from_datelines_times_and_full_names() {
    assert_eq!(
        source("Headline\nHarbour Evening Post – March 3, 2022\nBody"),
        Some("Harbour Evening Post")
    );
    // The separator is a dash or a bar between spaces, an em dash too; a
    // dash inside a word or glued to one separates nothing, and only the
    // first separator of a line is read.
    assert_eq!(
        source("Headline\nLakeside Courier — June 12, 2021\nBody"),
        Some("Lakeside Courier")
    );
    assert_eq!(
        source("Headline\nNorth-Bank Weekly | August 30, 2020\nBody"),
        Some("North-Bank Weekly")
    );
    assert_eq!(source("Headline\nHill Post -June 12, 2021\nBody"), None);
    assert_eq!(
        source("Headline\nCity Desk - Hill Post - June 12, 2021\nBody"),
        None
    );
    assert_eq!(
        source("Headline\n2019-04-02 10:21Xinhua Editor: Wu Fang\nBody"),
        Some("Xinhua")
    );
    assert_eq!(
        source("Body.\n(Xinhua News Agency, May 4, 2005)\n"),
        Some("Xinhua News Agency")
    );
    assert_eq!(source("Officers on duty Photo: Xinhua\nBody"), None);
    assert_eq!(source(&"Source: ".repeat(40)), None);
    // A label later on the line ends the value.
    assert_eq!(
        source("Headline\nRelease time: 2023-01-09 Source: Linhe District Police Views: 812\nBody"),
        Some("Linhe District Police")
    );
    assert_eq!(
        source("Headline\nSource: Hillside County Bureau Reporter: Gao Lei\nBody"),
        Some("Hillside County Bureau")
    );
}

#[test]
fn editors_from_credits() {
    assert_eq!(
        editor("Body\n2020-01-02 10:00 Editor: Zhou Min ECNS App Download\n"),
        Some("Zhou Min")
    );
    assert_eq!(
        editor("Head\nEdited and Translated by Sun Lei, China Daily\nBody"),
        Some("Sun Lei")
    );
    assert_eq!(editor("The plan was edited by the committee, then"), None);
    assert_eq!(editor("Body\nEditor-in-charge: Tan Mei\n"), Some("Tan Mei"));
    assert_eq!(editor("Body\nSub-editor-in-charge-x: Tan Mei\n"), None);
}

#[test]
fn a_value_in_lenticular_brackets_is_read_inside_them() {
    assert_eq!(
        editor("Body\nEditor in charge: 【Gao Lin】\n"),
        Some("Gao Lin")
    );
    assert_eq!(
        editor("Body\nEditor:【Sun Pei】 Views: 40\n"),
        Some("Sun Pei")
    );
    assert_eq!(
        source("Harbour police warn of scams\nSource: 【Harbour Evening Post】\nBody"),
        Some("Harbour Evening Post")
    );
}

#[test]
fn a_date_stamp_line_anywhere() {
    assert_eq!(
        published(&format!(
            "{}\n4th March 2021, 10:12 GMT+8\n",
            "Body text. ".repeat(120)
        )),
        Some(("2021-03-04".parse().unwrap(), Time::new(10, 12, None)))
    );
    assert_eq!(
        published(&format!("{}\nMarch 4 police said\n", "x ".repeat(600))),
        None
    );
}

#[test]
fn editors_take_the_last_credit() {
    assert_eq!(
        editor("[Editor: site]\nbody\nEditor: Hanwen\n"),
        Some("Hanwen")
    );
    assert_eq!(
        editor("Responsible editor: [Qian Yiming]\n"),
        Some("Qian Yiming")
    );
}

/// [`plain_the`] rejects only what the outlet lookup rejects: `the paper`
/// is the one outlet that starts with `the`.
#[test]
fn plain_the_starts_no_outlet() {
    use crate::lex::Phrases;
    let the: Vec<&str> = (0..OUTLETS.len())
        .map(|i| OUTLETS.phrase(i))
        .filter(|p| p.split(' ').next() == Some("the"))
        .collect();
    assert_eq!(the, ["the paper"]);
    for text in [
        "the police",
        "The Paper",
        "the paper",
        "The pAper)",
        "the  paper",
        "the\u{a0}paper",
        "the Xinhua",
        "the 3",
        "then paper",
        "the",
        "the p",
    ] {
        if plain_the(text.as_bytes(), 0) {
            assert_eq!(match_prefix(text, OUTLETS), None, "{text:?}");
        }
    }
    assert!(plain_the(b"The suspects said", 0));
    assert!(!plain_the(b"The Paper reported", 0));
}

#[test]
fn day_first_dates() {
    let published = |stamp: &str| {
        let text = format!("Police close karaoke bars\nCGTN\n{stamp}\nThe bureau acted.");
        let (m, _) = meta(&Tokens::new(&text));
        format!("{:?}", m.published.map(|d| d.to_string()))
    };
    insta::assert_snapshot!(published("Updated 07:40, 11-Mar-2023"), @r#"Some("2023-03-11")"#);
    insta::assert_snapshot!(published("Date: 14/03/2023"), @r#"Some("2023-03-14")"#);
    insta::assert_snapshot!(published("14.03.2023 08:10"), @r#"Some("2023-03-14")"#);
    // No 14th month: the American order, month first.
    insta::assert_snapshot!(published("Date: 03/14/2023"), @r#"Some("2023-03-14")"#);
    // Neither order reads: no date.
    insta::assert_snapshot!(published("Date: 13/14/2023"), @"None");
}

#[test]
fn an_author_that_is_a_police_unit_is_the_source() {
    insta::assert_snapshot!(format!("{:?}", source("Police act\nAuthor: Lihu Police Station\nBody.")), @r#"Some("Lihu Police Station")"#);
    insta::assert_snapshot!(format!("{:?}", source("Police act\nAuthor: Li Hu\nBody.")), @"None");
}

#[test]
fn a_byline_of_a_name_and_a_stamp_names_the_outlet() {
    let p = |t: &str| format!("{:?}", source(t));
    insta::assert_snapshot!(p("Police act\nKunshan Public Security  2024-09-09 17:02\nBody."), @r#"Some("Kunshan Public Security")"#);
    insta::assert_snapshot!(p("Police act\nKunshan Evening News 2024/09/09\nBody."), @r#"Some("Kunshan Evening News")"#);
    insta::assert_snapshot!(p("Police act\nUpdated 2024-09-09 17:02\nBody."), @"None");
    insta::assert_snapshot!(p("Police act\nOn 2024-09-09 police met.\nBody."), @"None");
    insta::assert_snapshot!(p("Kunshan Daily 2024-09-09\nBody."), @"None");
    // Any outlet's or account's name, a written date, a time and a place.
    insta::assert_snapshot!(p("Police act\nHuaiyin Release  2024-09-09 17:02\nBody."), @r#"Some("Huaiyin Release")"#);
    insta::assert_snapshot!(p("Police act\nHuaiyin Times  Aug 9, 2024\nBody."), @r#"Some("Huaiyin Times")"#);
    insta::assert_snapshot!(p("Police act\nHuaiyin Police  August 9, 2024  Jiangsu\nBody."), @r#"Some("Huaiyin Police")"#);
    insta::assert_snapshot!(p("Police act\n淮阴公安 2024-08-09 17:02 江苏\nBody."), @r#"Some("淮阴公安")"#);
    // A WeChat post's mark and author before the account.
    insta::assert_snapshot!(p("Police act\n原创 李华 淮阴公安 2024年8月9日 17:02 江苏\nBody."), @r#"Some("淮阴公安")"#);
    insta::assert_snapshot!(p("Police act\nOriginal  Huaiyin Police  2024-08-09 17:02  Jiangsu\nBody."), @r#"Some("Huaiyin Police")"#);
    // A label, a weekday, an issue number or more words: no byline.
    insta::assert_snapshot!(p("Police act\nPress Release 2024-08-09\nBody."), @"None");
    insta::assert_snapshot!(p("Police act\nRelease 2024-08-09\nBody."), @"None");
    insta::assert_snapshot!(p("Police act\nFriday  August 9, 2024\nBody."), @"None");
    insta::assert_snapshot!(p("Police act\n淮阴公安 2024年8期\nBody."), @"None");
    insta::assert_snapshot!(p("Police act\nHuaiyin Police 2024-08-09 17:02 said on its account\nBody."), @"None");
    insta::assert_snapshot!(p("Police act\n淮阴公安通报 - 2024年08月09日\nBody."), @"None");
}

#[test]
fn the_outlet_of_a_bracketed_dateline() {
    let p = |t: &str| format!("{:?}", source(t));
    insta::assert_snapshot!(p("Police act\nWUXI, May 5 (Jiangnan Evening News) -- Police said."), @r#"Some("Jiangnan Evening News")"#);
    insta::assert_snapshot!(p("Police act\nWuxi Daily Online, May 5 (Reporter Wang Lin, Correspondent Li Qi) -- Police said."), @r#"Some("Wuxi Daily Online")"#);
    insta::assert_snapshot!(p("Police act\nWUXI, May 5 (Reporter Wang Lin) -- Police said."), @"None");
    // Without a dash, an outlet's name before a place, a date and its
    // reporters; a place's name, or brackets naming no reporter, credit none.
    insta::assert_snapshot!(p("Police act\nChina News Network, Xiamen, May 18 (Reporter Lin Hui) The bureau said."), @r#"Some("China News Network")"#);
    insta::assert_snapshot!(p("Police act\nWUXI, May 18 (Reporter Lin Hui) The bureau said."), @"None");
    insta::assert_snapshot!(p("Police act\nPort News Network, on May 18 (see photo) the bureau said."), @"None");
    insta::assert_snapshot!(p("Police act\nThe case (see photo) - police said."), @"None");
    insta::assert_snapshot!(p("Police act\nWUXI, May 5 (JSTV) -- Police said."), @r#"Some("JSTV")"#);
    // An app's download link is navigation, no credit.
    insta::assert_snapshot!(p("Police act\n2024-04-02 | ECNS App Download\n(ECNS) -- Police said."), @r#"Some("ECNS")"#);
    insta::assert_snapshot!(p("Police act\n2024-04-02 | ECNS App\nPolice said."), @r#"Some("ECNS App")"#);
    // A web address keeps its ending, as the page writes it.
    insta::assert_snapshot!(p("Police act\n2024-04-02 15:22Ecns.cn Editor: Li Yan\nPolice said."), @r#"Some("Ecns.cn")"#);
}

#[test]
fn an_outlet_in_small_letters_is_a_common_word() {
    let p = |t: &str| format!("{:?}", source(t));
    insta::assert_snapshot!(p("Police promoted the anti-fraud app, with 3,000 installs."), @"None");
    insta::assert_snapshot!(p("Police act\nWUXI (APP) -- Police said."), @r#"Some("APP")"#);
    insta::assert_snapshot!(p("Police act\nPolice said.\n(chinadaily.com.cn)"), @r#"Some("chinadaily.com.cn")"#);
}

#[test]
fn a_span_opened_by_between_is_no_stamp_in_either_case() {
    // A line that opens with `Between` names the span of the work, not
    // the day the bulletin went out.
    let capital = "Harbour district figures\nBetween April 2 and June 30, 2022, officers detained 18 people.\nMore text.";
    assert_eq!(published(capital), None);
    let lower = "Harbour district figures\nFigures gathered between April 2 and June 30, 2022 show a fall.\nMore text.";
    assert_eq!(published(lower), None);
    // A date standing alone on its line is still the stamp.
    let stamp = "Harbour district figures\nJune 30, 2022\nOfficers detained 18 people.";
    assert_eq!(
        published(stamp).map(|(d, _)| d.to_string()).as_deref(),
        Some("2022-06-30")
    );
}

#[test]
fn a_wire_credit_as_the_texts_last_word() {
    assert_eq!(
        source("Police held 12 people, the release added. -BSS"),
        Some("BSS")
    );
    assert_eq!(source("Police held 12 people in Dhaka.\nUNB"), Some("UNB"));
    // A wire merely cited at the end of a sentence is no credit.
    assert_eq!(source("The figures were first reported by UNB"), None);
    // A reporter's byline names the outlet before the role.
    assert_eq!(
        source(
            "Headline\n\nRiverside Evening News reporter Wang Li correspondent Sun Bo: police said"
        ),
        Some("Riverside Evening News")
    );
}
