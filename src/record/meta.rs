//! Bulletin metadata from the header and footer lines: headline,
//! publication date, source, editor and view count.

use crate::lex::Tokens;
use crate::lex::{Class, Lexicon};
use std::borrow::Cow;

use crate::quantity::date::{date_phrase, time_of_day, DatePhrase};
use crate::record::Meta;
use crate::text::{
    ascii_word_before, ceil_char, floor_char, for_each_word, match_prefix, skip_spaces,
};
use crate::{Date, Time};

/// How far into the text the header (publication date, dateline) may reach.
const HEADER_LEN: usize = 1000;
/// How far from the end the footer (source and editor credits) may reach.
const FOOTER_LEN: usize = 800;

/// News outlets and wire services whose credit names a bulletin's source.
pub(crate) const OUTLETS: &Lexicon<()> = &Lexicon::new(
    Class::Outlet,
    &[
        ("afp", ()),
        ("app", ()),
        ("beijing news", ()),
        ("cctv", ()),
        ("cgtn", ()),
        ("china daily", ()),
        ("china news agency", ()),
        ("china news service", ()),
        ("china youth daily", ()),
        ("chinadaily.com.cn", ()),
        ("cnr", ()),
        ("ecns", ()),
        ("global times", ()),
        ("guangming daily", ()),
        ("hubei daily", ()),
        ("legal daily", ()),
        ("people's daily", ()),
        ("people’s daily", ()),
        ("reuters", ()),
        ("shanghai daily", ()),
        ("the paper", ()),
        ("xinhua", ()),
    ],
);

/// Words before a date that make it an event date, not the publication date
/// (`From February 16, 2019`, `On July 7, 2022 police ...`).
const EVENT_BEFORE: &[&str] = &[
    "after", "before", "between", "by", "from", "in", "of", "on", "since", "till", "to", "until",
];

/// Read the metadata; the publication date is also returned as a [`Date`].
pub(crate) fn meta<'a>(tokens: &Tokens<'a>) -> (Meta<'a>, Option<Date>) {
    let text = tokens.text();
    let stamp = published(text);
    let published = stamp.map(|(date, _)| date);
    let meta = Meta {
        title: title(text).map(Cow::Borrowed),
        published,
        published_time: stamp.and_then(|(_, time)| time),
        source: source(text).map(Cow::Borrowed),
        editor: editor(text).map(Cow::Borrowed),
        views: views(text),
    };
    (meta, published)
}

/// The first line, when it reads as a headline: short, several words, not a
/// sentence ending in a full stop, not a date, not site navigation
/// (`News / Nation`, `home > NEWS`), not a photo caption, not a sentence
/// broken off (`This story ran on`). A scraped `Original title:` or
/// `title:` label before it is dropped.
fn title(text: &str) -> Option<&str> {
    let line = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let line = ["original title:", "title:"]
        .iter()
        .find_map(|label| {
            line.get(..label.len())
                .filter(|head| head.eq_ignore_ascii_case(label))
                .map(|_| line[label.len()..].trim_start())
        })
        .unwrap_or(line);
    let words = line.split_whitespace().count();
    let sentence_end = line.ends_with(['.', '。', ':', ',']);
    let dated = date_phrase(line).is_ok();
    (text.trim_end().len() > line.len()
        && line.len() <= 200
        && words >= 3
        && !sentence_end
        && !dated
        && !is_navigation(line)
        && !is_caption(line)
        && !ends_in_function_word(line))
    .then_some(line)
}

/// Site navigation: breadcrumbs (`China / Society`, `home > NEWS`,
/// `CHINA / Regional |`), or a language menu whose Chinese characters are
/// glued to Latin letters (`中文Français`), as scraped menus are.
fn is_navigation(line: &str) -> bool {
    let crumbs = [" / ", " > ", " | ", " » "]
        .iter()
        .any(|sep| line.contains(sep))
        || line.ends_with(['|', '>', '»']);
    let mut prev = ' ';
    let glued = line.chars().any(|c| {
        let g =
            (is_cjk(c) && prev.is_ascii_alphabetic()) || (is_cjk(prev) && c.is_ascii_alphabetic());
        prev = c;
        g
    });
    crumbs || glued
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// `... (Photo by Zhao Jing / Police Daily)`, `Photo: Xinhua`.
fn is_caption(line: &str) -> bool {
    line.contains("(Photo") || line.contains("Photo:") || line.contains("Photo by")
}

/// `This story ran on`: a line that stops on a word no headline ends with.
fn ends_in_function_word(line: &str) -> bool {
    const FUNCTION_WORDS: [&str; 12] = [
        "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to",
    ];
    let last = ascii_word_before(line, line.len());
    FUNCTION_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// The first dated header line: a full date with its year near the top, not
/// introduced as an event (`From ...`, `On ...`).
fn published(text: &str) -> Option<(Date, Option<Time>)> {
    let zone = &text[..floor_char(text, text.len().min(HEADER_LEN))];
    let bytes = zone.as_bytes();
    for i in 0..bytes.len() {
        let b = bytes[i];
        // A dated header starts with a digit or a month's capital.
        let starts = (b.is_ascii_digit() || b"ADFJMNOS".contains(&b))
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if !starts {
            continue;
        }
        let Ok((after, phrase)) = date_phrase(&zone[i..]) else {
            continue;
        };
        if !matches!(phrase, DatePhrase::Day { year: Some(_), .. }) {
            continue;
        }
        // `"2014.5.1 excavation case"`: a case code in quotes.
        if zone[..i].ends_with(['"', '“', '‘', '\'']) {
            continue;
        }
        let line_start = zone[..i].rfind('\n').map_or(0, |p| p + 1);
        let before = zone[line_start..i].trim_end();
        let prev = ascii_word_before(before, before.len());
        if EVENT_BEFORE.iter().any(|w| prev.eq_ignore_ascii_case(w))
            && before.len()
                == before
                    .trim_end_matches(|c: char| !c.is_ascii_alphabetic())
                    .len()
        {
            continue;
        }
        return phrase.resolve(None, false).map(|d| (d, time_after(after)));
    }
    dated_line(text)
}

/// The time stated right after a date (`2024-08-14 08:37:33`,
/// `May 4, 2005, 16:04`, `2016/5/23T09:41`).
fn time_after(after: &str) -> Option<Time> {
    let i = after
        .find(|c: char| !matches!(c, ' ' | ',' | 'T' | '\u{a0}'))
        .unwrap_or(after.len());
    (i <= 3).then(|| time_of_day(&after[i..]).ok().map(|(_, t)| t))?
}

/// A line that holds nothing but a full date, a time and a zone
/// (`15th January 2021, 03:44 GMT+11`), anywhere in the text: a
/// publication stamp the page repeats below the article.
fn dated_line(text: &str) -> Option<(Date, Option<Time>)> {
    text.lines().find_map(|line| {
        let line = line.trim();
        if line.len() > 60 || !line.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return None;
        }
        let (rest, phrase) = date_phrase(line).ok()?;
        let stamp = !rest.bytes().any(|b| b.is_ascii_lowercase());
        match phrase {
            DatePhrase::Day { year: Some(_), .. } if stamp => {
                phrase.resolve(None, false).map(|d| (d, time_after(rest)))
            }
            _ => None,
        }
    })
}

/// `Source: X`, or the first wire credit of a known outlet: `(Xinhua)`,
/// `Xinhua) 16:04`, `| China Daily |`, `China News Service, Hohhot, ...`.
fn source(text: &str) -> Option<&str> {
    if let Some(s) = labelled(text, &["source:"], false) {
        return Some(s);
    }
    // Credits stand in the header or the footer.
    let bytes = text.as_bytes();
    let head = floor_char(text, text.len().min(HEADER_LEN));
    let foot = ceil_char(text, text.len().saturating_sub(FOOTER_LEN).max(head));
    for i in (0..head).chain(foot..bytes.len()) {
        let glued = i > 0
            && (bytes[i - 1].is_ascii_alphabetic()
                || (bytes[i - 1].is_ascii_digit() && !ends_in_time(&text[..i])));
        if !bytes[i].is_ascii_alphabetic() || glued {
            continue;
        }
        let Some((_, len)) = match_prefix(&text[i..], OUTLETS) else {
            continue;
        };
        let before = text[..i].trim_end_matches(' ');
        // `(Photo: Xinhua)`, `(Photo/Xinhua)` credit a picture, not the text.
        if before.trim_end_matches([':', '/', ' ']).ends_with("Photo") {
            continue;
        }
        // `Xinhua News Agency`, `People's Daily Online`: the name as written.
        let len = len + full_name_rest(&text[i + len..]);
        let after = &text[i + len..];
        let credit_before = before.is_empty()
            || before.ends_with(['(', '|', '\n'])
            || before.ends_with("By")
            || ends_in_time(before);
        let credit_after = after.starts_with([')', ',', '|', '\n'])
            || [" |", " (", " reporter", " –", " -", " Editor"]
                .iter()
                .any(|p| after.starts_with(p));
        let word_after = after.starts_with(|c: char| c.is_ascii_alphabetic());
        if !word_after && (credit_before || credit_after) {
            return Some(&text[i..i + len]);
        }
    }
    dateline_outlet(&text[..head])
}

/// The capitalized words that finish an outlet's name after its known
/// part: ` News Agency` after `Xinhua`, ` Online` after `People's Daily`.
fn full_name_rest(after: &str) -> usize {
    const TAILS: [&str; 6] = [
        " News Agency",
        " Online",
        " Net",
        " Network",
        " News",
        " App",
    ];
    TAILS
        .iter()
        .find(|t| {
            after.starts_with(*t)
                && !after[t.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
        .map_or(0, |t| t.len())
}

/// `... 2015-05-29 08:56Xinhua`: a credit glued to the time before it.
fn ends_in_time(before: &str) -> bool {
    let b = before.as_bytes();
    b.len() >= 5
        && b[b.len() - 3] == b':'
        && [1, 2, 4, 5]
            .iter()
            .all(|&k| b[b.len() - k].is_ascii_digit())
}

/// A header line `Jellyfish Network – August 19, 2023`: the outlet named
/// before a dash and a full date, whatever the outlet is.
fn dateline_outlet(head: &str) -> Option<&str> {
    head.lines().find_map(|line| {
        let line = line.trim();
        let (name, date) = [" – ", " — ", " - ", " | "]
            .iter()
            .find_map(|sep| line.split_once(sep))?;
        let words = name.split_whitespace().count();
        let capitalized = name
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let dated = matches!(
            date_phrase(date.trim()),
            Ok((_, DatePhrase::Day { year: Some(_), .. }))
        );
        ((1..=5).contains(&words) && capitalized && dated).then_some(name)
    })
}

/// `Editor in charge: Zhao Lirong`, `Responsible editor: [Qian Yiming]`,
/// `Editor: Hiram`: the last such credit.
///
/// A bracketed `[Editor: site]` is a site's boilerplate: an unbracketed
/// credit wins over it.
fn editor(text: &str) -> Option<&str> {
    let labels = ["editor in charge:", "responsible editor:", "editor:"];
    labelled(text, &labels, true)
        .and_then(|v| {
            let at = v.as_ptr() as usize - text.as_ptr() as usize;
            let line = &text[text[..at].rfind('\n').map_or(0, |p| p + 1)..at];
            if line.trim_start().starts_with('[') {
                labelled(&text[..text[..at].rfind('\n').unwrap_or(0)], &labels, true).or(Some(v))
            } else {
                Some(v)
            }
        })
        .map(before_outlet)
        .or_else(|| edited_by(text))
}

/// An editor's name ends where an outlet's name starts (`Li Yan ECNS App
/// Download`: a site's banner glued to the credit).
fn before_outlet(value: &str) -> &str {
    let mut end = value.len();
    for_each_word(value, |i, rest| {
        if i > 0 && end == value.len() && match_prefix(rest, OUTLETS).is_some() {
            end = i;
        }
    });
    value[..end].trim_end()
}

/// `Edited and Translated by Wu Lan, People's Daily Online`: the name up to
/// the comma or the line's end, at most four words.
fn edited_by(text: &str) -> Option<&str> {
    const LABELS: [&str; 2] = ["edited and translated by ", "edited by "];
    let bytes = text.as_bytes();
    let at = (0..bytes.len()).find_map(|i| {
        (bytes[i] == b'E' || bytes[i] == b'e')
            .then(|| {
                LABELS
                    .iter()
                    .find(|l| {
                        bytes[i..].len() >= l.len()
                            && bytes[i..i + l.len()].eq_ignore_ascii_case(l.as_bytes())
                    })
                    .map(|l| i + l.len())
            })
            .flatten()
    })?;
    let rest = &text[at..];
    let end = rest.find([',', '\n', '(', ';']).unwrap_or(rest.len());
    let name = rest[..end].trim();
    let words = name.split_whitespace().count();
    let capitalized = name
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    ((1..=4).contains(&words) && capitalized).then_some(name)
}

/// `Views: 75`.
fn views(text: &str) -> Option<u64> {
    let zone = &text[..floor_char(text, text.len().min(HEADER_LEN))];
    let at = find_ci(zone, "views:")?;
    let rest = &zone[skip_spaces(zone, at + 6, 2)..];
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The value after a label (`Source: X`), to the end of its line, a bracket
/// or the next label; the first or the `last` occurrence.
fn labelled<'a>(text: &'a str, labels: &[&str], last: bool) -> Option<&'a str> {
    let mut found = None;
    for label in labels {
        let mut from = 0;
        while let Some(at) = find_ci(&text[from..], label).map(|a| from + a) {
            from = at + label.len();
            if at > 0 && text.as_bytes()[at - 1].is_ascii_alphabetic() {
                continue;
            }
            if let Some(v) = label_value(text, at + label.len()) {
                match found {
                    Some((prev, _)) if (last && prev > at) || (!last && prev < at) => {}
                    _ => found = Some((at, v)),
                }
                if !last {
                    break;
                }
            }
        }
    }
    found.map(|(_, v)| v)
}

/// The most words a label's value holds.
const VALUE_WORDS: usize = 12;

/// The value after a label, up to the end of its line, a bracket, a
/// double space or the next label (`Source:Xinhua Published: ...`).
///
/// One pass that stops soon after the value's last possible word, so a
/// text of nothing but labels is not read to its end once per label.
fn label_value(text: &str, from: usize) -> Option<&str> {
    const STOPS: [&str; 5] = ["Editor", "Published", "Updated", "Date", "Source:"];
    let start = skip_spaces(text, from, 4);
    let start = start + usize::from(text[start..].starts_with('['));
    let rest = &text[start..];
    let bytes = rest.as_bytes();
    let mut end = rest.len();
    let mut words = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let stop = match b {
            b'\n' | b']' | b')' | b'(' | b'|' => true,
            // `Source: Xinhua   2018-04-11`
            b' ' => {
                bytes.get(i + 1) == Some(&b' ')
                    || STOPS.iter().any(|s| rest[i + 1..].starts_with(s))
            }
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
        if !b.is_ascii_whitespace() && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            words += 1;
            // One word of slack: a lone trailing `.` is trimmed below.
            if words > VALUE_WORDS + 1 {
                return None;
            }
        }
    }
    let value = rest[..end].trim_end().trim_end_matches(['.', ',', ';']);
    // `Source: Source: ...`: a label is no value.
    if value.is_empty() || value.ends_with(':') || value.split_whitespace().count() > VALUE_WORDS {
        return None;
    }
    Some(&text[start..start + value.len()])
}

/// Find a label ending in `:` by jumping between colons.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    let mut from = 0;
    while let Some(c) = haystack[from..].find(':') {
        let colon = from + c;
        if colon + 1 >= n {
            let start = colon + 1 - n;
            if haystack.as_bytes()[start..=colon].eq_ignore_ascii_case(needle.as_bytes()) {
                return Some(start);
            }
        }
        from = colon + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn titles_are_headlines_not_navigation_captions_or_broken_lines() {
        let t =
            |first: &str| title(&format!("{first}\n\nBody text follows here.")).map(str::to_owned);
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
        assert_eq!(t("This report appeared in"), None);
        assert_eq!(
            t("Original title: Ring of car thieves broken up in the north"),
            Some("Ring of car thieves broken up in the north".to_owned())
        );
    }

    #[test]
    fn sources_from_datelines_times_and_full_names() {
        assert_eq!(
            source("Headline\nHarbour Evening Post – March 3, 2022\nBody"),
            Some("Harbour Evening Post")
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
}
