//! The headline: the first line, when it reads as one rather than as
//! navigation, a byline, a header field or a photo caption.

use super::dates::may_be_date;
use crate::quantity::date::date_phrase;
use crate::text::ascii_word_before;

/// The first line, when it reads as a headline: short, several words, not a
/// sentence ending in a full stop, not a date, not site navigation
/// (`News / Nation`, `home > NEWS`), not a photo caption, not a sentence
/// broken off (`This story ran on`). A scraped `Original title:` or
/// `title:` label before it is dropped.
pub(super) fn title(text: &str) -> Option<&str> {
    // (Split by the memchr crate's search, as `str::lines` splits them.)
    let mut lines = crate::text::lines(text).filter(|l| !l.trim().is_empty());
    let line = lines.next()?.trim();
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
        && (!line.ends_with(['.', '。', ':', ','])
            || stamped_below(line, lines.clone().map(str::trim))
            || is_title_cased(line)
            || retold_below(line, lines.clone().next())
            || retitled_below(lines.next()))
        && (line.split_whitespace().nth(2).is_some()
            || is_cjk_headline(line)
            || is_two_word_headline(line))
        && !(may_be_date(line) && date_phrase(line).is_ok())
        && !is_navigation(line)
        && !is_masthead(line)
        && !is_menu(line)
        && !has_clock_stamp(line)
        && !is_label_line(line)
        && !is_byline(line)
        && !holds_stamp_label(line)
        && !is_caption(line)
        && !ends_in_function_word(line)
        && !wrapped_on(text))
    .then_some(line)
}

/// `Police in Hexi break up a card ring.` over `Source: Hexi Daily`, a
/// date stamp or a byline: a line that ends in one full stop is still the
/// headline when a header line (a label, a stamp, a byline, a date alone)
/// stands right under it and the body follows the header, as a lead
/// paragraph never has. One sentence of a headline's make only: no full
/// stop and space inside it, no comma (`On June 2, police ...` opens a
/// lead; an editor's credit or a source may close a one-sentence story).
fn stamped_below<'t>(line: &str, mut below: impl Iterator<Item = &'t str>) -> bool {
    let header = |l: &str| {
        is_label_line(l)
            || has_clock_stamp(l)
            || is_byline(l)
            || holds_stamp_label(l)
            || (l.len() <= 40 && may_be_date(l) && date_phrase(l).is_ok())
    };
    let one_sentence = line.ends_with('.') && !line.ends_with("..") && !line.contains(". ");
    if !one_sentence {
        return false;
    }
    // (A comma is allowed only over a stamp of date and clock, which no
    // lead paragraph has under it: `On May 2, ...` / `2022-05-02 10:15`.)
    let comma = line.contains([',', '，']);
    let Some(next) = below.next() else {
        return false;
    };
    let fits = if comma {
        has_clock_stamp(next)
            || (next.len() <= 40
                && next.starts_with(|c: char| c.is_ascii_digit())
                && may_be_date(next)
                && date_phrase(next).is_ok())
    } else {
        header(next)
    };
    // (Header lines are few: a byline, a source, a date.)
    fits && below.take(4).any(|l| !header(l))
}

/// `Police Of The County Held 40 Suspects In March.`: a sentence of five
/// words or more, every one capitalized, as only headlines are written.
fn is_title_cased(line: &str) -> bool {
    let mut words = 0;
    let capitalized = line.split_whitespace().all(|w| {
        words += 1;
        let first = w.trim_start_matches(['"', '“', '‘', '(']).chars().next();
        first.is_some_and(|c| !c.is_ascii_lowercase())
    });
    capitalized && words >= 5
}

/// `Police in Hexi held 40 suspects in March.` over a paragraph that
/// opens with the same words (and goes on): a lead repeats its headline,
/// and the line above it is that headline.
///
/// A line that names the day (`on Monday`, `yesterday`) is the lead itself,
/// printed twice: a headline leaves the day to its story (no headline of
/// the dev and earlier rounds' gold names one).
fn retold_below(line: &str, below: Option<&str>) -> bool {
    const DAYS: [&str; 10] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tonight",
        "yesterday",
    ];
    let head = line.trim_end_matches('.');
    let names_day = head.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        DAYS.iter().any(|d| w.eq_ignore_ascii_case(d))
    });
    !names_day
        && below.is_some_and(|b| {
            let b = b.trim_start();
            b.len() > head.len() && b.starts_with(head) && head.split_whitespace().nth(4).is_some()
        })
}

/// `Police in Hexi break up a card ring, seize 40 phones.` over `Original
/// title: ...`: a page that gives the story's first title under the line
/// gives that line as its headline, however it ends.
fn retitled_below(below: Option<&str>) -> bool {
    below
        .map(str::trim_start)
        .and_then(|l| l.get(.."original title".len()))
        .is_some_and(|head| head.eq_ignore_ascii_case("original title"))
}

/// `县公安局召开反诈工作新闻发布会`: a line of Chinese words, which has no
/// spaces to count words by, reads as a headline when it holds at least
/// five ideographs and no label (`来源：`) or sentence mark.
fn is_cjk_headline(line: &str) -> bool {
    let cjk = line.chars().filter(|&c| crate::lex::is_cjk(c)).count();
    cjk >= 5 && !line.contains(['：', '。', '，', '；'])
}

/// `Police notice`, `Crackdown results`: two words, the first capitalized
/// and the second in lower case, read as a sentence-case headline; two
/// capitalized words (`Guangxi Police`, `Jinhua Daily`) stay an account's
/// or an outlet's name, and a lone word (`Pingyang`) a place.
fn is_two_word_headline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    // Site words make a menu or an edition label (`Home page`, `English
    // edition`), not a headline.
    const SITE: [&str; 23] = [
        "back", "close", "contact", "current", "edition", "font", "home", "index", "latest",
        "location", "login", "menu", "news", "next", "page", "previous", "print", "related",
        "search", "share", "site", "size", "version",
    ];
    let letters = |w: &str| w.len() > 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
    let site = |w: &str| SITE.iter().any(|s| w.eq_ignore_ascii_case(s));
    letters(first)
        && !site(first)
        && !site(second)
        && letters(second)
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && second.bytes().all(|b| b.is_ascii_lowercase())
}

/// `By Zhang Hui`: a byline, `By` and one to four capitalized words.
fn is_byline(line: &str) -> bool {
    let Some(name) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    let mut words = 0;
    for w in name.split_whitespace() {
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        words += 1;
    }
    (1..=4).contains(&words)
}

/// `Global Times Published: Mar 14, 2024 06:37 PM`: an outlet's stamp, a
/// publication label after the outlet's name, is no headline either.
fn holds_stamp_label(line: &str) -> bool {
    // Each label ends in a colon: most lines hold none, and one search for
    // it answers them.
    line.contains(':')
        && [
            " Published:",
            " Updated:",
            " Posted:",
            " Source:",
            " Release time:",
        ]
        .iter()
        .any(|l| line.contains(l))
}

/// A header field (`Source: Xinhua`, `Editor: Li Wen`, `Release time:
/// 2024-03-02`, `(Reporter: Wang Qiang)`), which is no headline.
fn is_label_line(line: &str) -> bool {
    const LABELS: [&str; 38] = [
        "answer",
        "article source",
        "author",
        "by",
        "clicks",
        "correspondent",
        "date",
        "date of issue",
        "date of release",
        "editor",
        "editor in charge",
        "font size",
        "hits",
        "issue date",
        "issued by",
        "issuing agency",
        "journalist",
        "photographer",
        "posted",
        "publication date",
        "publish date",
        "publish time",
        "published",
        "publisher",
        "q",
        "question",
        "reading",
        "reads",
        "release date",
        "release time",
        "reporter",
        "responsible editor",
        "source",
        "time",
        "update time",
        "updated",
        "views",
        "问",
    ];
    let line = line.trim_start_matches(['(', '[', '（', '【']);
    // The longest label and its colon fit in the first 24 bytes.
    let head = &line[..crate::text::floor_char(line, line.len().min(24))];
    let Some(colon) = crate::text::find_colon(head) else {
        return false;
    };
    let label = head[..colon].trim_end();
    LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
}

/// Site navigation: breadcrumbs (`China / Society`, `home > NEWS`,
/// `CHINA / Regional |`), a site's banner, or a language menu whose Chinese characters are
/// glued to Latin letters (`中文Français`), as scraped menus are.
pub(crate) fn is_navigation(line: &str) -> bool {
    // ` / `, ` > `, ` >> `, ` | ` or ` » `, found in one pass over the
    // spaces.
    // (Each mark's first byte is found by a byte search, and the space
    // before it looked at: most lines hold none of them.)
    let b = line.as_bytes();
    let crumb_at = |j: usize| {
        j > 0
            && b[j - 1] == b' '
            && matches!(
                &b[j..],
                [b'/' | b'>' | b'|', b' ', ..] | [b'>', b'>', b' ', ..] | [0xC2, 0xBB, b' ', ..]
            )
    };
    let crumbs = memchr::memchr3_iter(b'/', b'>', b'|', b).any(crumb_at)
        || memchr::memchr_iter(0xC2, b).any(crumb_at)
        || line.ends_with(['|', '>', '»']);
    // `Hundred Days Action | Wuxi police crack 1,026 cases`: a column's
    // name before a headline; a crumb is never a sentence.
    let headline_after_bar = !line.ends_with(['|', '>', '»'])
        && line.contains(" | ")
        && (line.split(" | ").any(reads_as_sentence) || bilingual(line));
    let crumbs = crumbs && !headline_after_bar;
    let glued = !line.is_ascii() && cjk_glued(line);
    crumbs || glued || is_site_banner(line)
}

/// The ideographs [`is_cjk`] reads: the unified block, each three bytes.
const IDEOGRAPHS: std::ops::RangeInclusive<char> = '\u{4e00}'..='\u{9fff}';

/// The lead byte of a three-byte char (`0xE0` and its top four bits).
const fn lead_byte(c: char) -> u8 {
    0xE0 | (c as u32 >> 12) as u8
}

/// The lead bytes of [`IDEOGRAPHS`]' chars: E4 to E9.
const IDEOGRAPH_LEADS: std::ops::RangeInclusive<u8> =
    lead_byte(*IDEOGRAPHS.start())..=lead_byte(*IDEOGRAPHS.end());

/// Whether an ideograph ([`is_cjk`]) stands right beside an ASCII letter
/// (`中文Français`). Each is three bytes led by one of
/// [`IDEOGRAPH_LEADS`]: only those lead bytes are decoded, not every char
/// of the line.
fn cjk_glued(line: &str) -> bool {
    let b = line.as_bytes();
    let letter = |at: usize| b.get(at).is_some_and(u8::is_ascii_alphabetic);
    b.iter().enumerate().any(|(i, &lead)| {
        IDEOGRAPH_LEADS.contains(&lead)
            && line[i..].chars().next().is_some_and(is_cjk)
            && ((i > 0 && letter(i - 1)) || letter(i + 3))
    })
}

/// `通报 | Police bulletin`: a headline in Chinese and its English gloss,
/// two fields, one of ideographs and one of two or more Latin words (a
/// language menu, `中文 | English`, glosses in one word).
fn bilingual(line: &str) -> bool {
    let Some((a, b)) = line.split_once(" | ") else {
        return false;
    };
    let (a, b) = (a.trim(), b.trim());
    let cjk = |f: &str| !f.is_empty() && f.chars().all(|c| is_cjk(c) || "“”\"·".contains(c));
    // (`English edition | 英文版`: a site's language switch, no headline.)
    const SITE: [&str; 7] = [
        "chinese", "edition", "english", "home", "language", "page", "version",
    ];
    let latin = |f: &str| {
        f.split(' ').filter(|w| !w.is_empty()).count() >= 2
            && f.bytes().all(|c| c.is_ascii_alphabetic() || c == b' ')
            && !f
                .split(' ')
                .any(|w| SITE.iter().any(|s| w.eq_ignore_ascii_case(s)))
    };
    (cjk(a) && latin(b)) || (latin(a) && cjk(b))
}

/// `Nanjing Public Security Bureau Official Website`, `Wuxi Police
/// Portal`: a site's name over its pages, not a story's headline.
fn is_site_banner(line: &str) -> bool {
    [
        " Official Website",
        " Website",
        " Portal",
        " Official Site",
        "官方网站",
        "门户网站",
    ]
    .iter()
    .any(|end| line.ends_with(end))
}

/// `Yunnan Provincial Public Security Department`, `公安部 | Ministry of
/// Public Security`, `Shaanxi Police WeChat official account`: a body's or
/// an account's name alone heads its own pages (a body named there is
/// still one, so this is no navigation). Each field of a bar line
/// is a body's name (capitalized words, `of` and `and` allowed, ending in
/// a security body's head) or ideographs, one at least the former.
fn is_masthead(line: &str) -> bool {
    const ACCOUNTS: [&str; 3] = [" official account", " public account", " WeChat account"];
    const BODIES: [&str; 4] = [
        "Ministry of Public Security",
        "Public Security Bureau",
        "Public Security Department",
        "Police Department",
    ];
    let account = ACCOUNTS.iter().any(|a| {
        line.len() >= a.len()
            && line.is_char_boundary(line.len() - a.len())
            && line[line.len() - a.len()..].eq_ignore_ascii_case(a)
    });
    let body = |f: &str| {
        let words = f.split(' ').filter(|w| !w.is_empty());
        let named = words.clone().count() <= 8
            && words.into_iter().all(|w| {
                matches!(w, "of" | "and") || w.starts_with(|c: char| c.is_ascii_uppercase())
            });
        named && BODIES.iter().any(|b| f.ends_with(b))
    };
    let cjk = |f: &str| f.chars().all(|c| is_cjk(c) || c == ' ');
    let fields = || line.split(" | ").map(str::trim);
    // (Every body named ends in `Public Security ...` or `Police
    // Department`: a line holding neither is looked at no further.)
    let may_name_body = line.contains("Public Security") || line.contains("Police Department");
    account || (may_name_body && fields().all(|f| body(f) || cjk(f)) && fields().any(body))
}

/// `Menu  Home  Police Affairs  Services  About Us`: a scraped menu, three
/// or more fields set apart by runs of spaces, each of one to three
/// capitalized words.
fn is_menu(line: &str) -> bool {
    // (A headline has no run of spaces, so no second field: one pass over
    // its bytes, not a split by a substring search.)
    if !line.as_bytes().windows(2).any(|w| w == b"  ") {
        return false;
    }
    let mut fields = 0;
    for field in line.split("  ").map(str::trim).filter(|f| !f.is_empty()) {
        let words = field.split(' ').count();
        let capitalized = field
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        if words > 3 || !capitalized {
            return false;
        }
        fields += 1;
    }
    fields >= 3
}

/// `Original  Wuyi Public Security  2023-11-28 17:30  Zhejiang`: a line
/// holding a date and a clock time (`2023-11-28 17:30`) is a post's stamp
/// or byline, not its headline.
fn has_clock_stamp(line: &str) -> bool {
    let b = line.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // Each `-` of a `YYYY-MM-DD` found by one byte search.
    memchr::memchr_iter(b'-', b).any(|i| {
        let date = i >= 4
            && (1..=4).all(|k| digit(i - k))
            && digit(i + 1)
            && digit(i + 2)
            && b.get(i + 3) == Some(&b'-')
            && digit(i + 4)
            && digit(i + 5);
        let mut j = i + 6;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
        let spaced = j > i + 6;
        let h = if digit(j + 1) { j + 2 } else { j + 1 };
        date && spaced && digit(j) && b.get(h) == Some(&b':') && digit(h + 1) && digit(h + 2)
    })
}

/// Four words or more, one of them lowercase (`Wuxi police crack 1,026
/// cases`): a sentence, not a menu's label.
fn reads_as_sentence(part: &str) -> bool {
    part.split_whitespace().count() >= 4
        && part
            .split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
}

fn is_cjk(c: char) -> bool {
    IDEOGRAPHS.contains(&c)
}

/// `... (Photo by Zhao Jing / Police Daily)`, `Photo: Xinhua`, `... Photo
/// courtesy of the city police`, `Photo provided by X`.
fn is_caption(line: &str) -> bool {
    // Each `Photo` found by its `P` (memchr: cheaper than setting up a
    // substring searcher per line; `Photo` cannot overlap itself, so these
    // are the places `match_indices` finds), then a look at each side.
    let b = line.as_bytes();
    memchr::memchr_iter(b'P', b).any(|i| {
        let after = &b[i..];
        after.starts_with(b"Photo")
            && ((i > 0 && b[i - 1] == b'(')
                || after[5..].starts_with(b":")
                || after[5..].starts_with(b" by")
                || after[5..].starts_with(b" courtesy")
                || after[5..].starts_with(b" provided"))
    })
}

/// Whether the first line is a sentence wrapped at a fixed width: the
/// line right under it (no blank line between) goes on in lowercase, as
/// long as a wrapped line runs (`Police held 40 more suspects this` over
/// `spring than they did a year before, ...`). A short lowercase line
/// under a headline (a byline, `by staff writer`) is no wrap.
fn wrapped_on(text: &str) -> bool {
    let text = text.trim_start();
    let Some(nl) = memchr::memchr(b'\n', text.as_bytes()) else {
        return false;
    };
    let mut lines = crate::text::lines(&text[nl + 1..]);
    let next = lines.next().unwrap_or("").trim_end();
    // A sentence goes on: a stop or comma in the line, or a third line
    // that goes on in lowercase too. A lowercase subhead, credit or
    // stamp line (`updated: ...`) has neither.
    let goes_on = [", ", ". ", "; "].iter().any(|p| next.contains(p))
        || next.ends_with(['.', ',', ';'])
        || lines
            .next()
            .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_lowercase()));
    next.starts_with(|c: char| c.is_ascii_lowercase())
        && next.len() >= WRAPPED_LINE
        && !next.contains(':')
        && goes_on
        && !is_byline(next)
}

/// The fewest bytes of a wrapped line read by [`wrapped_on`].
const WRAPPED_LINE: usize = 30;

/// `This story ran on`: a line that stops on a word no headline ends with.
fn ends_in_function_word(line: &str) -> bool {
    const FUNCTION_WORDS: [&str; 12] = [
        "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to",
    ];
    let last = ascii_word_before(line, line.len());
    FUNCTION_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w)) && !is_time_on(line, last)
}

/// `campaign one year on`, `two months on`: `on` after a span of time
/// closes a headline (the time since an event), it breaks off no sentence.
fn is_time_on(line: &str, last: &str) -> bool {
    const SPANS: [&str; 8] = [
        "day", "days", "month", "months", "week", "weeks", "year", "years",
    ];
    let before = line.len() - last.len();
    let span = ascii_word_before(line, line[..before].trim_end().len());
    last.eq_ignore_ascii_case("on") && SPANS.iter().any(|w| span.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests;
