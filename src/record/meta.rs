//! Bulletin metadata from the header and footer lines: headline,
//! publication date, source, editor and view count.

mod byline;
mod dates;
mod header;
mod issuer;
mod labels;
mod reporter;
mod signed;
mod title;
pub(crate) use title::is_navigation;

use crate::lex::{Class, Kind, Lexicon, Tokens};
use std::borrow::Cow;

use crate::quantity::date::{date_phrase, DatePhrase};
use crate::record::Meta;
use crate::text::{ascii_word_before, ceil_char, floor_char, match_prefix, skip_spaces, trim};
use crate::Date;
use byline::byline_outlet;
use dates::published;
use header::HeaderLines;
use labels::Labels;
use title::title;

/// How far into the text the header (publication date, dateline) may reach.
const HEADER_LEN: usize = 1000;
/// How far from the end the footer (source and editor credits) may reach.
const FOOTER_LEN: usize = 800;

/// News outlets and wire services whose credit names a bulletin's source.
pub(crate) const OUTLETS: &Lexicon<()> = &Lexicon::new(
    Class::Outlet,
    &[
        ("afp", ()),
        // (Indian wire services, as the credits of their China stories
        // read: `ANI | Lanzhou | Updated: ...`, `PTI` closing the text.)
        ("ani", ()),
        ("app", ()),
        ("ians", ()),
        // (Bangladesh's wire services, closing their copy: `... the
        // release added. -BSS`.)
        ("bss", ()),
        ("unb", ()),
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
        ("pti", ()),
        ("reuters", ()),
        ("shanghai daily", ()),
        ("the paper", ()),
        ("xinhua", ()),
    ],
);

/// `by`, found as a word of its own class: it ends an editor's credit
/// (`edited by`), and the tokenizer lists the tokens of this class.
pub(crate) const CREDITS: &Lexicon<()> = &Lexicon::new(Class::Credit, &[("by", ())]);

/// Read the metadata; the publication date is also returned as a [`Date`].
// Kept out of line: `benches/stages.sh` finds it by name.
#[inline(never)]
pub(crate) fn meta<'a>(tokens: &Tokens<'a>) -> (Meta<'a>, Option<Date>) {
    let text = tokens.text();
    let labels = Labels::read(tokens);
    let stamp = published(tokens);
    let published = stamp.map(|(date, _)| date);
    // Read once: the source's last fallback asks for it too.
    let headline = title(text);
    let meta = Meta {
        title: headline.map(Cow::Borrowed),
        published,
        published_time: stamp.and_then(|(_, time)| time),
        source: source(tokens, &labels, headline.is_some()).map(Cow::Borrowed),
        editor: editor(tokens, &labels).map(Cow::Borrowed),
        views: labels.views.and_then(|at| views(text, at)),
    };
    (meta, published)
}

/// `Source: X`, or the first wire credit of a known outlet: `(Xinhua)`,
/// `Xinhua) 16:04`, `| China Daily |`, `China News Service, Hohhot, ...`.
/// `titled`: whether the text opens with a headline ([`title`]).
fn source<'a>(tokens: &Tokens<'a>, labels: &Labels<'a>, titled: bool) -> Option<&'a str> {
    // (`Publisher: Xishan Branch`: the body that put the page out is its
    // byline.)
    if labels.source.is_some() || labels.publisher.is_some() {
        return labels.source.or(labels.publisher);
    }
    // `Author: Harbour Evening Post` credits an outlet; `Author: Li Jing`
    // a person, who is no source.
    if let Some(author) = labels.author.filter(|a| is_outlet_name(a)) {
        return Some(author);
    }
    // Credits stand in the header or the footer: the word tokens there
    // that may start an outlet's name.
    let text = tokens.text();
    let head = floor_char(text, text.len().min(HEADER_LEN));
    let foot = ceil_char(text, text.len().saturating_sub(FOOTER_LEN).max(head));
    let all = tokens.all();
    let (head_end, foot_start) = (tokens.index_from(head), tokens.index_from(foot));
    // The header's words, then the footer's (`head <= foot`), from the
    // tokenizer's sorted list of words of the rare classes: the body's
    // listed words are not read at all.
    let listed = tokens.listed();
    let header = listed.partition_point(|&k| (k as usize) < head_end);
    let footer = listed.partition_point(|&k| (k as usize) < foot_start);
    for &k in listed[..header].iter().chain(&listed[footer..]) {
        let k = k as usize;
        let t = &all[k];
        if t.starts().has(Class::Outlet) && t.kind() == Kind::Word {
            if let Some(name) = credit_at(tokens, k) {
                return Some(name);
            }
        }
    }
    if let Some(name) = signed::credit_line(crate::text::lines(&text[foot..])) {
        return Some(name);
    }
    // The header's lines, split once for the readers below.
    let lines = HeaderLines::of(&text[..head]);
    signed::credit_line(lines.all().iter().copied())
        .or_else(|| byline_outlet(&lines))
        .or_else(|| byline::staff_byline(&lines))
        .or_else(|| reporter::reporter_byline(&lines))
        .or_else(|| byline::wire_byline(&lines))
        .or_else(|| paren_dateline(&lines))
        .or_else(|| signed::outlet_dateline(&lines))
        .or_else(|| dateline_outlet(text, head))
        .or_else(|| signed::opening_outlet(&lines))
        .or_else(|| {
            titled
                .then(|| {
                    issuer::under_headline(&lines).or_else(|| issuer::outlet_over_stamp(&lines))
                })
                .flatten()
        })
        .or_else(|| {
            // The foot's last line, read by the three credits that close
            // a text.
            let last = signed::LastLine::of(text);
            signed::signer(last)
                .or_else(|| issuer::closing_body(last))
                .or_else(|| signed::closing_credit(last))
        })
}

/// Whether `name` is one to five capitalized words of letters (`Modern
/// Express`, `Jiangsu News Network`, `ECNS`); with `place_first`, not one
/// word in capitals alone (a dateline's place, `NANJING`).
fn is_proper_name(name: &str, place_first: bool) -> bool {
    let mut words = 0;
    let proper = name.split_whitespace().all(|w| {
        words += 1;
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'\'')
    });
    let shouted = words == 1 && !name.bytes().any(|c| c.is_ascii_lowercase());
    proper && (1..=5).contains(&words) && !(place_first && shouted)
}

/// `NANJING, March 5 (Modern Express) --`: the outlet in the brackets of a
/// dateline; `Jiangsu News Network, March 5 (Reporter Li Hua) --`: the
/// outlet that opens it, when the brackets name its reporters. Without the
/// dash (`China News Network, Xiamen, May 18 (Reporter Lin Hui) The
/// bureau said`, the English of 中新网厦门5月18日电（记者 林辉）) only an
/// outlet's name before reporters counts.
fn paren_dateline<'a>(header: &HeaderLines<'a>) -> Option<&'a str> {
    header.first(6).iter().find_map(|&line| {
        let head = &line[..floor_char(line, line.len().min(160))];
        // The first `)` a dash follows, or else the first `)` at all: one
        // byte search for the brackets (a line without one, most lines, is
        // searched once).
        let dashed = |i: usize| {
            [" --", " \u{2014}", " \u{2013}", " -"]
                .iter()
                .any(|sep| head[i + 1..].starts_with(sep))
        };
        let first = memchr::memchr(b')', head.as_bytes())?;
        let close = memchr::memchr_iter(b')', &head.as_bytes()[first..])
            .map(|i| first + i)
            .find(|&i| dashed(i))
            .unwrap_or(first);
        let open = head[..close].rfind('(')?;
        let (lead, inner) = (head[..open].trim_end(), head[open + 1..close].trim());
        // A date before the brackets, after a comma (`NANJING, March 5`).
        let (first, date) = lead.split_once(',')?;
        if !date.bytes().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let first = first.trim();
        let reporters = ["Reporter", "Correspondent", "By", "Photo"]
            .iter()
            .any(|w| inner.starts_with(w));
        // `Beijing, March 22, 2017 (ECNS): Police ...`: a colon after the
        // brackets ends a dateline as a dash does, after a place, when
        // the brackets hold an outlet's name or an abbreviation (not a
        // label such as `(Photos)` or `(Updated)`).
        let abbreviation = inner.len() >= 2 && inner.bytes().all(|c| c.is_ascii_uppercase());
        let colon = head[close + 1..].starts_with(':')
            && is_proper_name(first, true)
            && (abbreviation || is_outlet_name(inner));
        // `China Youth Online Shanghai, August 3 (Reporter ...)`: the
        // outlet, then the place it reports from.
        let first = outlet_before_place(first).unwrap_or(first);
        if !dashed(close) && !colon {
            return (reporters && is_proper_name(first, true) && is_outlet_name(first))
                .then_some(first);
        }
        if reporters {
            is_proper_name(first, true).then_some(first)
        } else {
            is_proper_name(inner, false).then_some(inner)
        }
    })
}

/// `China Youth Online Shanghai`: an outlet's name (its last word the
/// head of one, [`is_outlet_name`]) and one or two capitalized words of a
/// place after it; the outlet's name.
fn outlet_before_place(lead: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = lead
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let n = words.len();
    (n.saturating_sub(2).max(1)..n).find_map(|k| {
        let (start, _) = words[k];
        let outlet = lead[..start].trim_end();
        // (A word of an outlet's name is no place: `Wuxi Daily Online`.)
        let place = words[k..]
            .iter()
            .all(|(_, w)| w.starts_with(|c: char| c.is_ascii_uppercase()) && !is_outlet_name(w));
        (place && outlet.contains(' ') && is_outlet_name(outlet)).then_some(outlet)
    })
}

/// Whether a credited name is an outlet's or a body's rather than a
/// person's: its last word is the head of one (`Jiangnan Daily`,
/// `Harbour Police`, `Xiamen Public Security Bureau`, `City News Network`,
/// `Dingshu Police Station`).
fn is_outlet_name(name: &str) -> bool {
    const HEADS: [&str; 25] = [
        "agency",
        "branch",
        "brigade",
        "bureau",
        "center",
        "centre",
        "daily",
        "department",
        "detachment",
        "media",
        "net",
        "network",
        "news",
        "office",
        "online",
        "police",
        "post",
        "press",
        "publicity",
        "radio",
        "security",
        "station",
        "times",
        "weekly",
        "xinhuanet",
    ];
    // The police in pinyin (`Huadu Gong'an`, `Linping Gongan`), as public
    // security accounts sign: its apostrophe ends no word of its own.
    const PINYIN: [&str; 3] = ["gong'an", "gong\u{2019}an", "gongan"];
    let last = ascii_word_before(name, name.len());
    HEADS.iter().any(|h| last.eq_ignore_ascii_case(h))
        || PINYIN.iter().any(|p| {
            name.len() > p.len()
                && crate::text::ends_ignore_case(name.as_bytes(), p.as_bytes())
                && name.as_bytes()[name.len() - p.len() - 1] == b' '
        })
}

/// The outlet named by the word token `k` when it stands as a credit.
fn credit_at<'a>(tokens: &Tokens<'a>, k: usize) -> Option<&'a str> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let i = tokens.all()[k].start();
    // Glued to a number before it, unless to a time (`08:56Xinhua`).
    if i > 0 && bytes[i - 1].is_ascii_digit() && !ends_in_time(&text[..i]) {
        return None;
    }
    if plain_the(bytes, i) {
        return None;
    }
    let (_, len) = tokens.match_at(k, OUTLETS)?;
    // `the anti-fraud app, with ...`: an outlet's name is written with a
    // capital (`APP`, `Xinhua`) or as a web address; in small letters it
    // is a common word.
    let name = &text[i..i + len];
    if !name.bytes().any(|c| c.is_ascii_uppercase() || c == b'.') {
        return None;
    }
    let before = text[..i].trim_end_matches(' ');
    // `(Photo: Xinhua)`, `(Photo/Xinhua)` credit a picture, not the text;
    // `li@chinadaily.com.cn` is a reporter's mail address.
    if before.trim_end_matches([':', '/', ' ']).ends_with("Photo") || before.ends_with('@') {
        return None;
    }
    // `Xinhua News Agency`, `People's Daily Online`: the name as written.
    let len = len + full_name_rest(&text[i + len..]);
    let after = &text[i + len..];
    let credit_before = before.is_empty()
        || before.ends_with(['(', '|', '\n'])
        || before.ends_with("By")
        || ends_in_time(before);
    // (`told the Global Times, adding ...`, `reports from Xinhua, the
    // official agency`: after a sentence's word, a comma only goes on
    // with the sentence.)
    let sentence_before = before.ends_with(|c: char| c.is_ascii_lowercase());
    // (`... under the Act. -BSS`: the text's last word, a wire's credit
    // after its last sentence.)
    let last_word = after.trim_end().is_empty() && !sentence_before;
    let credit_after = last_word
        || after.starts_with([')', '|', '\n'])
        || (after.starts_with(',') && !sentence_before)
        || [" |", " (", " reporter", " –", " -", " Editor"]
            .iter()
            .any(|p| after.starts_with(p));
    let word_after = after.starts_with(|c: char| c.is_ascii_alphabetic());
    // `ECNS App Download`: a link to the app, page navigation.
    let download = after
        .get(..9)
        .is_some_and(|d| d.eq_ignore_ascii_case(" download"));
    (!word_after && !download && (credit_before || credit_after)).then(|| &text[i..i + len])
}

/// A `the` at `i` followed by one space and a word that does not start
/// with `p`: it starts no outlet's name, told from five bytes without the
/// lexicon's lookup (most of the header's and footer's words that may
/// start one are such a `the`). Exact because the only outlet starting
/// with `the` is `the paper` (a test keeps [`OUTLETS`] so), and its `p`
/// must follow the spaces after `the`.
fn plain_the(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..i + 5) {
        Some(&[t, h, e, b' ', next]) => {
            [t, h, e].eq_ignore_ascii_case(b"the")
                && next.is_ascii_alphabetic()
                && !next.eq_ignore_ascii_case(&b'p')
        }
        _ => false,
    }
}

/// The capitalized words that finish an outlet's name after its known
/// part: ` News Agency` after `Xinhua`, ` Online` after `People's Daily`;
/// or the end of its web address (`Ecns.cn`), kept as written.
fn full_name_rest(after: &str) -> usize {
    // `.com.cn` before `.com`: the first tail that fits is taken.
    const TAILS: [&str; 9] = [
        " News Agency",
        " Online",
        " Net",
        " Network",
        " News",
        " App",
        ".com.cn",
        ".com",
        ".cn",
    ];
    // (`Xinhua news agency in Beijing`: that tail in any case.)
    const ANY_CASE: &str = " news agency";
    let lower = after
        .get(..ANY_CASE.len())
        .filter(|h| h.eq_ignore_ascii_case(ANY_CASE))
        .map(|_| ANY_CASE);
    let whole = |t: &&str| !after[t.len()..].starts_with(|c: char| c.is_ascii_alphabetic());
    TAILS
        .iter()
        .copied()
        .find(|t| after.starts_with(t) && whole(t))
        .or(lower.filter(whole))
        .map_or(0, str::len)
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
/// Only a line of the header (`text[..head]`) with a separator (a dash or
/// a bar between spaces) is read: the separators are found by one byte
/// search for `-`, `|` and the lead byte of `–` and `—`, not by a walk
/// over the header's tokens.
fn dateline_outlet(text: &str, head: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let zone = &bytes[..head];
    // The line last read: each line is read once.
    let mut read = None;
    for at in memchr::memchr3_iter(b'-', b'|', 0xE2, zone) {
        let len = match &bytes[at..] {
            [b'-' | b'|', ..] => 1,
            // `–` (E2 80 93) and `—` (E2 80 94).
            [0xE2, 0x80, 0x93 | 0x94, ..] => 3,
            _ => continue,
        };
        if at == 0 || bytes[at - 1] != b' ' || bytes.get(at + len) != Some(&b' ') {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &zone[..at]).map_or(0, |n| n + 1);
        if read == Some(line_start) {
            continue;
        }
        read = Some(line_start);
        let end = memchr::memchr(b'\n', &zone[at..]).map_or(head, |n| at + n);
        if let Some(name) = dateline(&text[line_start..end]) {
            return Some(name);
        }
    }
    None
}

/// The outlet named before the separator of one header line.
fn dateline(line: &str) -> Option<&str> {
    let line = trim(line);
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
        // `Web editor: Sun Li, Bianji`: `Bianji` is the pinyin of
        // "editor", the desk's own word, no second editor.
        .map(|v| {
            v.strip_suffix(", Bianji")
                .or_else(|| v.strip_suffix(",Bianji"))
                .unwrap_or(v)
        })
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

/// `Views: 75`: the digits after the header's first `views:` label (from
/// `at`, right after its colon, or where a footer's count starts), commas
/// skipped; `1.2万` (or `1.2w`) is ten thousand times, `5.6k` a thousand
/// times.
fn views(text: &str, at: usize) -> Option<u64> {
    let header = floor_char(text, text.len().min(HEADER_LEN));
    let zone = if at < header { &text[..header] } else { text };
    let rest = zone.as_bytes().get(skip_spaces(zone, at, 2)..)?;
    let int_len = rest
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b',')
        .count();
    let frac_len = match rest.get(int_len) {
        Some(b'.') => rest[int_len + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count(),
        _ => 0,
    };
    let after = &rest[int_len + usize::from(frac_len > 0) + frac_len..];
    // A letter standing alone after the number: `1.2w`, `5.6k`.
    let letter = |l: u8| {
        after.first().is_some_and(|b| b.eq_ignore_ascii_case(&l))
            && !after.get(1).is_some_and(u8::is_ascii_alphanumeric)
    };
    let scale = if after.starts_with("万".as_bytes()) || letter(b'w') {
        10_000
    } else if letter(b'k') {
        1_000
    } else {
        1
    };
    let wan = scale > 1;
    // A decimal only counts before 万 or k.
    let frac = if wan { frac_len } else { 0 };
    let digits = rest[..int_len]
        .iter()
        .chain(rest.get(int_len + 1..).unwrap_or_default()[..frac].iter())
        .filter(|b| b.is_ascii_digit());
    let mut n: Option<u64> = None;
    for &d in digits {
        n = Some(
            n.unwrap_or(0)
                .checked_mul(10)?
                .checked_add(u64::from(d - b'0'))?,
        );
    }
    match wan {
        true => n?
            .checked_mul(scale)?
            .checked_div(10u64.checked_pow(u32::try_from(frac).ok()?)?),
        false => n,
    }
}

#[cfg(test)]
mod tests;
