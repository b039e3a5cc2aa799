//! Bulletin metadata from the header and footer lines: headline,
//! publication date, source, editor and view count.

use crate::lex::{Class, Kind, Lexicon, Token, Tokens};
use std::borrow::Cow;

use crate::quantity::date::{date_phrase, month_name, time_of_day, DatePhrase};
use crate::record::Meta;
use crate::text::{
    ascii_word_before, ceil_char, char_at, char_before, floor_char, match_prefix, skip_spaces,
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
    let labels = Labels::read(tokens);
    let stamp = published(tokens);
    let published = stamp.map(|(date, _)| date);
    let meta = Meta {
        title: title(text).map(Cow::Borrowed),
        published,
        published_time: stamp.and_then(|(_, time)| time),
        source: source(tokens, &labels).map(Cow::Borrowed),
        editor: editor(tokens, &labels).map(Cow::Borrowed),
        views: labels.views.and_then(|colon| views(text, colon)),
    };
    (meta, published)
}

/// The labels of one text, found in one pass over its tokens: a label is
/// its words right before a `:` token (`Source:`, `Editor in charge:`).
#[derive(Debug, Default)]
struct Labels<'a> {
    /// The value of the first `Source:` that has one.
    source: Option<&'a str>,
    /// The value of the last editor credit (`Editor:`, `Editor in charge:`,
    /// `Responsible editor:`) that has one, and its colon.
    editor: Option<(usize, &'a str)>,
    /// The value of the last editor credit on a line before `editor`'s.
    editor_before: Option<&'a str>,
    /// Where the name after the first `edited by ` or `edited and
    /// translated by ` starts.
    edited_by: Option<usize>,
    /// The colon of the first `views:` in the header.
    views: Option<usize>,
}

impl<'a> Labels<'a> {
    fn read(tokens: &Tokens<'a>) -> Self {
        let text = tokens.text();
        let bytes = text.as_bytes();
        let all = tokens.all();
        let header = floor_char(text, text.len().min(HEADER_LEN));
        let mut labels = Labels::default();
        let mut values = Values::new(text);
        // The last line break seen: an editor credit after it is on a later
        // line than the one before it.
        let mut newline = 0;
        for (k, t) in all.iter().enumerate() {
            match t.kind() {
                Kind::Newline => newline = t.start(),
                Kind::Word if labels.edited_by.is_none() => {
                    labels.edited_by = edited_by_at(bytes, t);
                }
                Kind::Punct if bytes[t.start()] == b':' && k > 0 => {
                    let colon = t.start();
                    let word = &all[k - 1];
                    if word.kind() != Kind::Word || word.end() != colon {
                        continue;
                    }
                    let w = &bytes[word.start()..colon];
                    if labels.views.is_none()
                        && colon < header
                        && w.len() >= 5
                        && w[w.len() - 5..].eq_ignore_ascii_case(b"views")
                    {
                        labels.views = Some(colon);
                    }
                    if labels.source.is_none() && w.eq_ignore_ascii_case(b"source") {
                        labels.source = values.after(colon + 1);
                    } else if is_editor_label(tokens, k) {
                        if let Some(v) = values.after(colon + 1) {
                            if let Some((last, before)) = labels.editor {
                                if newline > last {
                                    labels.editor_before = Some(before);
                                }
                            }
                            labels.editor = Some((colon, v));
                        }
                    }
                }
                _ => {}
            }
        }
        labels
    }
}

/// Whether the words before the `:` token `k` are an editor's label:
/// `editor`, `responsible editor` or `editor in charge`, one space apart.
fn is_editor_label(tokens: &Tokens<'_>, k: usize) -> bool {
    let is = |i: usize, word: &str| tokens.str(i).eq_ignore_ascii_case(word);
    // The word tokens `i - 1` and `i`, one space apart.
    let spaced = |i: usize| {
        let (a, b) = (&tokens.all()[i - 1], &tokens.all()[i]);
        a.kind() == Kind::Word
            && a.end() + 1 == b.start()
            && tokens.text().as_bytes()[a.end()] == b' '
    };
    is(k - 1, "editor")
        || (k >= 3
            && is(k - 1, "charge")
            && spaced(k - 1)
            && is(k - 2, "in")
            && spaced(k - 2)
            && is(k - 3, "editor"))
}

/// `edited by `, `Edited and Translated by `: a word ending in `edited`
/// (any case) and the words after it, one space apart. Where the name
/// after them starts.
fn edited_by_at(bytes: &[u8], t: &Token) -> Option<usize> {
    const AFTER: [&[u8]; 2] = [b" and translated by ", b" by "];
    let end = t.end();
    if bytes[end - 1] | 0x20 != b'd'
        || end - t.start() < 6
        || bytes.get(end) != Some(&b' ')
        || !bytes[end - 6..end].eq_ignore_ascii_case(b"edited")
    {
        return None;
    }
    AFTER.iter().find_map(|a| {
        bytes
            .get(end..end + a.len())
            .filter(|b| b.eq_ignore_ascii_case(a))
            .map(|_| end + a.len())
    })
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
    // The cheap tests first: a long first line is a paragraph, not a title.
    (line.len() <= 200
        && text.trim_end().len() > line.len()
        && !line.ends_with(['.', '。', ':', ','])
        && line.split_whitespace().nth(2).is_some()
        && !(may_be_date(line) && date_phrase(line).is_ok())
        && !is_navigation(line)
        && !is_caption(line)
        && !ends_in_function_word(line))
    .then_some(line)
}

/// Whether a date phrase of any kind may start `s`: a date's number, or a
/// word that starts one (a month's name, a weekday, `the`, `this`, `early`,
/// `end` ...). Any other start fails every date rule.
fn may_be_date(s: &str) -> bool {
    const WORDS: [&str; 10] = [
        "beginning",
        "early",
        "earlier",
        "end",
        "late",
        "later",
        "mid",
        "start",
        "the",
        "this",
    ];
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let word = &s[..s.bytes().take_while(u8::is_ascii_alphabetic).count()];
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => may_start_date(s, 0),
        Some(b) if b.is_ascii_alphabetic() => {
            WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
                || DAYS.contains(&word)
                || month_name(s).is_ok()
        }
        _ => false,
    }
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
///
/// A full date starts with a number or a capitalized month name: only
/// those tokens are tried.
fn published(tokens: &Tokens<'_>) -> Option<(Date, Option<Time>)> {
    let text = tokens.text();
    let zone = &text[..floor_char(text, text.len().min(HEADER_LEN))];
    let bytes = zone.as_bytes();
    for t in tokens.all() {
        if t.start() >= zone.len() {
            break;
        }
        let found = match t.kind() {
            // A month's capital, not glued to a number before it.
            Kind::Word => {
                let i = t.start();
                let month = b"ADFJMNOS".contains(&bytes[i])
                    && !(i > 0 && bytes[i - 1].is_ascii_digit())
                    && t.whole().has(Class::Month);
                month.then(|| header_date(zone, i)).flatten()
            }
            // Each ASCII digit that starts a run: the token's first, or one
            // after a full-width digit.
            Kind::Number => (t.start()..t.end().min(zone.len()))
                .filter(|&i| {
                    bytes[i].is_ascii_digit()
                        && !(i > 0 && bytes[i - 1].is_ascii_alphanumeric())
                        && may_start_date(zone, i)
                })
                .find_map(|i| header_date(zone, i)),
            _ => None,
        };
        if let Some(stamp) = found {
            return stamp;
        }
    }
    dated_line(tokens)
}

/// Whether the digits at `i` of `s` may start a full date: a year and
/// its separator (`2023-`, `2023年`), or a day of the month, a space and a
/// month's name (`2 May`, `6th Dec`). Only those make a dated day, so any
/// other number is not parsed.
fn may_start_date(s: &str, i: usize) -> bool {
    let bytes = s.as_bytes();
    let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let value = bytes[i..i + digits].iter().fold(0u32, |v, &b| {
        v.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    });
    let end = i + digits;
    let year = (1900..=2100).contains(&value)
        && (matches!(bytes.get(end), Some(b'-' | b'/' | b'.')) || s[end..].starts_with('年'));
    year || ((1..=31).contains(&value) && month_follows(s, end))
}

/// After a day's digits: an optional ordinal suffix, then spaces, then a
/// month's name (`th March`, ` May`).
fn month_follows(s: &str, mut i: usize) -> bool {
    let bytes = s.as_bytes();
    if bytes.get(i..i + 2).is_some_and(|b| {
        [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|x| b.eq_ignore_ascii_case(*x))
    }) {
        i += 2;
    }
    let spaces = bytes[i..]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    spaces > 0 && month_name(&s[i + spaces..]).is_ok()
}

/// The full date at `i` of the header `zone`, with its time, unless it is
/// a quoted case code or an event date: `None` to read on, `Some` for the
/// stamp (itself `None` when the date names no real day: the search ends
/// there all the same).
fn header_date(zone: &str, i: usize) -> Option<Option<(Date, Option<Time>)>> {
    let (after, phrase) = date_phrase(&zone[i..]).ok()?;
    if !matches!(phrase, DatePhrase::Day { year: Some(_), .. }) {
        return None;
    }
    // `"2014.5.1 excavation case"`: a case code in quotes.
    if zone[..i].ends_with(['"', '“', '‘', '\'']) {
        return None;
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
        return None;
    }
    Some(phrase.resolve(None, false).map(|d| (d, time_after(after))))
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
///
/// Lines are read between the line-break tokens; only a short line that
/// starts with a number or a capitalized month is parsed.
fn dated_line(tokens: &Tokens<'_>) -> Option<(Date, Option<Time>)> {
    let text = tokens.text();
    let all = tokens.all();
    let mut k = 0;
    let mut start = 0;
    loop {
        let (end, next) = match all[k..].iter().position(|t| t.kind() == Kind::Newline) {
            Some(n) => (all[k + n].start(), k + n + 1),
            None => (text.len(), all.len()),
        };
        let line = text[start..end].trim();
        if line.len() <= 60 && line.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            let at = line.as_ptr() as usize - text.as_ptr() as usize;
            // The line's first token: the line may open with a space the
            // tokenizer does not skip.
            let first = all[k..next].iter().find(|t| t.start() >= at);
            let may = first.is_some_and(|t| match t.kind() {
                Kind::Word => t.whole().has(Class::Month),
                Kind::Number => may_start_date(text, at),
                _ => false,
            });
            if may {
                if let Some(stamp) = stamp_line(line) {
                    return Some(stamp);
                }
            }
        }
        if next >= all.len() {
            return None;
        }
        k = next;
        start = end + 1;
    }
}

/// The stamp a short line holds: a full date, then no lowercase word.
fn stamp_line(line: &str) -> Option<(Date, Option<Time>)> {
    let (rest, phrase) = date_phrase(line).ok()?;
    let stamp = !rest.bytes().any(|b| b.is_ascii_lowercase());
    match phrase {
        DatePhrase::Day { year: Some(_), .. } if stamp => {
            phrase.resolve(None, false).map(|d| (d, time_after(rest)))
        }
        _ => None,
    }
}

/// `Source: X`, or the first wire credit of a known outlet: `(Xinhua)`,
/// `Xinhua) 16:04`, `| China Daily |`, `China News Service, Hohhot, ...`.
fn source<'a>(tokens: &Tokens<'a>, labels: &Labels<'a>) -> Option<&'a str> {
    if labels.source.is_some() {
        return labels.source;
    }
    // Credits stand in the header or the footer: the word tokens there
    // that may start an outlet's name.
    let text = tokens.text();
    let bytes = text.as_bytes();
    let head = floor_char(text, text.len().min(HEADER_LEN));
    let foot = ceil_char(text, text.len().saturating_sub(FOOTER_LEN).max(head));
    let all = tokens.all();
    let index = crate::lex::index();
    let zones = (0..tokens.index_from(head)).chain(tokens.index_from(foot)..all.len());
    for k in zones {
        let t = &all[k];
        let outlet = t.kind() == Kind::Word
            && t.entry()
                .is_some_and(|e| index.entry(e).starts.has(Class::Outlet));
        if !outlet {
            continue;
        }
        let i = t.start();
        // Glued to a number before it, unless to a time (`08:56Xinhua`).
        if i > 0 && bytes[i - 1].is_ascii_digit() && !ends_in_time(&text[..i]) {
            continue;
        }
        let Some((_, len)) = tokens.match_at(k, OUTLETS) else {
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
    dateline_outlet(tokens, head)
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
///
/// Only a line of the header (`text[..head]`) with a separator token (a
/// dash or a bar between spaces) is read.
fn dateline_outlet<'a>(tokens: &Tokens<'a>, head: usize) -> Option<&'a str> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let mut line_start = 0;
    // The line last read: each line is read once.
    let mut read = None;
    for t in &tokens.all()[..tokens.index_from(head)] {
        let at = t.start();
        match t.kind() {
            Kind::Newline => line_start = t.end(),
            Kind::Punct
                if read != Some(line_start)
                    && at > 0
                    && bytes[at - 1] == b' '
                    && bytes.get(t.end()) == Some(&b' ')
                    && matches!(&text[at..t.end()], "-" | "|" | "–" | "—") =>
            {
                read = Some(line_start);
                let end = text[at..head].find('\n').map_or(head, |n| at + n);
                if let Some(name) = dateline(&text[line_start..end]) {
                    return Some(name);
                }
            }
            _ => {}
        }
    }
    None
}

/// The outlet named before the separator of one header line.
fn dateline(line: &str) -> Option<&str> {
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
}

/// `Editor in charge: Zhao Lirong`, `Responsible editor: [Qian Yiming]`,
/// `Editor: Hiram`: the last such credit.
///
/// A bracketed `[Editor: site]` is a site's boilerplate: an unbracketed
/// credit on a line before it wins over it.
fn editor<'a>(tokens: &Tokens<'a>, labels: &Labels<'a>) -> Option<&'a str> {
    let text = tokens.text();
    labels
        .editor
        .map(|(colon, v)| {
            let line = &text[text[..colon].rfind('\n').map_or(0, |p| p + 1)..colon];
            if line.trim_start().starts_with('[') {
                labels.editor_before.unwrap_or(v)
            } else {
                v
            }
        })
        .map(|v| before_outlet(tokens, v))
        .or_else(|| edited_by(text, labels.edited_by?))
}

/// An editor's name ends where an outlet's name starts (`Li Yan ECNS App
/// Download`: a site's banner glued to the credit).
fn before_outlet<'a>(tokens: &Tokens<'a>, value: &'a str) -> &'a str {
    let at = value.as_ptr() as usize - tokens.text().as_ptr() as usize;
    let bytes = tokens.text().as_bytes();
    let end = tokens
        .words_in(crate::Span::new(at, at + value.len()))
        .map(|(_, t)| t)
        .find(|t| {
            // A word of the value after its first, not glued to a number,
            // that starts an outlet's name within the value.
            let i = t.start();
            i > at
                && !bytes[i - 1].is_ascii_digit()
                && t.starts().has(Class::Outlet)
                && match_prefix(&value[i - at..], OUTLETS).is_some()
        })
        .map_or(value.len(), |t| t.start() - at);
    value[..end].trim_end()
}

/// `Edited and Translated by Wu Lan, People's Daily Online`: the name up to
/// the comma or the line's end, at most four words.
fn edited_by(text: &str, at: usize) -> Option<&str> {
    let rest = &text[at..];
    let end = rest.find([',', '\n', '(', ';']).unwrap_or(rest.len());
    let name = rest[..end].trim();
    let words = name.split_whitespace().count();
    let capitalized = name
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    ((1..=4).contains(&words) && capitalized).then_some(name)
}

/// `Views: 75`: the digits after the header's first `views:` label (its
/// `colon`), commas skipped.
fn views(text: &str, colon: usize) -> Option<u64> {
    let zone = &text[..floor_char(text, text.len().min(HEADER_LEN))];
    let digits = zone.as_bytes()[skip_spaces(zone, colon + 1, 2)..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b',')
        .filter(|b| b.is_ascii_digit());
    let mut n: Option<u64> = None;
    for &d in digits {
        n = Some(
            n.unwrap_or(0)
                .checked_mul(10)?
                .checked_add(u64::from(d - b'0'))?,
        );
    }
    n
}
/// The most words a label's value holds.
const VALUE_WORDS: usize = 12;

/// Where a label's value stops: a line's end, a bracket, a bar, a double
/// space, or a space before the next label (`Source:Xinhua Published: ...`).
fn stops_value(text: &str, i: usize) -> bool {
    const STOPS: [&str; 5] = ["Editor", "Published", "Updated", "Date", "Source:"];
    let bytes = text.as_bytes();
    match bytes[i] {
        b'\n' | b']' | b')' | b'(' | b'|' => true,
        // `Source: Xinhua   2018-04-11`
        b' ' => {
            bytes.get(i + 1) == Some(&b' ') || STOPS.iter().any(|s| text[i + 1..].starts_with(s))
        }
        _ => false,
    }
}

/// The last positions where a word starts, enough to tell whether a
/// stretch holds more than [`VALUE_WORDS`]` + 1` words.
#[derive(Debug, Default)]
struct WordStarts {
    at: [usize; 16],
    pushed: usize,
}

impl WordStarts {
    fn push(&mut self, at: usize) {
        self.at[self.pushed % 16] = at;
        self.pushed += 1;
    }

    /// How many word starts lie strictly between `lo` and `hi`: exact up
    /// to 14, and at least 15 when more were pushed out.
    fn between(&self, lo: usize, hi: usize) -> usize {
        self.at[..self.pushed.min(16)]
            .iter()
            .filter(|&&p| lo < p && p < hi)
            .count()
    }
}

/// Reads the values after labels (`Source: X`) met in text order: up to
/// the end of its line, a bracket, a double space or the next label, at
/// most [`VALUE_WORDS`] words, a lone trailing `.`, `,` or `;` dropped.
///
/// Values of labels glued together (`Source:Source:...`) share the stretch
/// up to their stop: it is read once for all of them, so a text of nothing
/// but labels is read in one pass, not once per label.
#[derive(Debug)]
struct Values<'a> {
    text: &'a str,
    /// No stop from `from` to `to`; `stopped`: a stop (or the text's end)
    /// at `to`, and `end`, where a value that runs to it ends once trimmed.
    from: usize,
    to: usize,
    stopped: bool,
    end: usize,
    /// Word starts in the stretch: a non-space after an ASCII space (the
    /// limit while reading), after any Unicode space (the value's words).
    ascii: WordStarts,
    unicode: WordStarts,
}

impl<'a> Values<'a> {
    fn new(text: &'a str) -> Self {
        Values {
            text,
            from: 0,
            to: 0,
            stopped: false,
            end: 0,
            ascii: WordStarts::default(),
            unicode: WordStarts::default(),
        }
    }

    /// The value of the label whose colon ends at `from`.
    fn after(&mut self, from: usize) -> Option<&'a str> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = skip_spaces(text, from, 4);
        let start = start + usize::from(text[start..].starts_with('['));
        if start < self.from || start > self.to {
            *self = Values {
                from: start,
                to: start,
                ..Values::new(text)
            };
        }
        // The words read from `start`: its own first, then those after.
        let words = |v: &Self| {
            usize::from(start < v.to && !bytes[start].is_ascii_whitespace())
                + v.ascii.between(start, v.to)
        };
        while !self.stopped && words(self) <= VALUE_WORDS + 1 {
            self.step();
        }
        if !self.stopped || words(self) > VALUE_WORDS + 1 {
            return None;
        }
        let value = &text[start..self.end.max(start)];
        let first = value.chars().next().is_some_and(|c| !c.is_whitespace());
        // `Source: Source: ...`: a label is no value.
        if value.is_empty()
            || value.ends_with(':')
            || usize::from(first) + self.unicode.between(start, start + value.len()) > VALUE_WORDS
        {
            return None;
        }
        Some(value)
    }

    /// Read one more char of the stretch, or find its stop.
    fn step(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let i = self.to;
        if i == text.len() || stops_value(text, i) {
            self.stopped = true;
            let value = text[self.from..i]
                .trim_end()
                .trim_end_matches(['.', ',', ';']);
            self.end = self.from + value.len();
            return;
        }
        if i > 0 && bytes[i - 1].is_ascii_whitespace() && !bytes[i].is_ascii_whitespace() {
            self.ascii.push(i);
        }
        let c = char_at(text, i).unwrap_or(' ');
        if !c.is_whitespace() && char_before(text, i).is_some_and(char::is_whitespace) {
            self.unicode.push(i);
        }
        self.to = i + c.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Option<&str> {
        let tokens = Tokens::new(text);
        super::source(&tokens, &Labels::read(&tokens))
    }

    fn editor(text: &str) -> Option<&str> {
        let tokens = Tokens::new(text);
        super::editor(&tokens, &Labels::read(&tokens))
    }

    fn published(text: &str) -> Option<(Date, Option<Time>)> {
        super::published(&Tokens::new(text))
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

    /// The plain reading of one label's value, read to its stop for each
    /// label: what [`Values`] must give, in one pass.
    /// The value after a label, up to the end of its line, a bracket, a
    /// double space or the next label (`Source:Xinhua Published: ...`).
    ///
    /// One pass that stops soon after the value's last possible word, so a
    /// text of nothing but labels is not read to its end once per label.
    fn plain_value(text: &str, from: usize) -> Option<&str> {
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
        if value.is_empty()
            || value.ends_with(':')
            || value.split_whitespace().count() > VALUE_WORDS
        {
            return None;
        }
        Some(&text[start..start + value.len()])
    }

    #[test]
    fn one_pass_values_read_as_each_label_alone() {
        let parts = [
            "Source:",
            "Editor: ",
            "x",
            "Li Ming",
            " ",
            "  ",
            "\t",
            "\n",
            ".",
            ";",
            ",",
            "[",
            "]",
            ")",
            "|",
            ":",
            "Published",
            " Date",
            "\u{a0}",
            "\u{3000}",
            "a b c d e f g ",
        ];
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            for _ in 0..(seed >> 59) + 1 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            // Every colon is read as a label's, in text order.
            let mut values = Values::new(&text);
            for (colon, _) in text.match_indices(':') {
                assert_eq!(
                    values.after(colon + 1),
                    plain_value(&text, colon + 1),
                    "{text:?} at {colon}"
                );
            }
        }
    }
}
