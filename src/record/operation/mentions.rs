//! The mentions of campaign names: quoted names beside or inside a
//! campaign word, or continuing a list of them; `100-day campaign`
//! phrases; and code names without quotes (`Operation Fox Hunt`,
//! `code-named Jufeng 3`), all from one pass over the tokens.

use super::*;

/// A quoted stretch of text: the name inside and where the quotes end.
pub(super) struct Quoted<'a> {
    pub(super) name: &'a str,
    pub(super) span: Span,
    pub(super) open: usize,
    pub(super) close_end: usize,
}

/// Every short quoted stretch that could be a name, from the `quotes` of
/// `text`.
pub(super) fn quoted(text: &str, quotes: Vec<Quote>) -> Vec<Quoted<'_>> {
    quotes
        .into_iter()
        .filter_map(|q| {
            let inner = &text[q.inner.range()];
            // `dubbed "Safe Rivers 2024,"`: the sentence's comma inside.
            let name = inner.trim().trim_end_matches([',', '.']).trim_end();
            // A clause, not a name: its bytes tell (all the marks but `…`
            // are ASCII), and they cost less than the words counted.
            // (`…` ends in the byte A6: only a name holding such a byte is
            // searched for the whole mark.)
            let mut ellipsis = false;
            let clause = name.bytes().any(|b| {
                ellipsis |= b == 0xA6;
                matches!(b, b'\n' | b'.' | b',' | b';' | b'!' | b'?')
            }) || (ellipsis && name.contains('…'));
            if name.is_empty() || clause || more_words_than(name, 12) {
                return None;
            }
            let start = q.inner.start + (inner.len() - inner.trim_start().len());
            Some(Quoted {
                name,
                span: Span::new(start, start + name.len()),
                open: q.open,
                close_end: q.close_end,
            })
        })
        .collect()
}

/// Whether `s` has more than `n` words between whitespace; ASCII text is
/// read by its bytes, without decoding chars.
pub(super) fn more_words_than(s: &str, n: usize) -> bool {
    if !s.is_ascii() {
        return s.split_whitespace().nth(n).is_some();
    }
    // The ASCII chars `char::is_whitespace` accepts.
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut words = 0;
    let mut in_word = false;
    for b in s.bytes() {
        let word = !space(b);
        words += usize::from(word && !in_word);
        in_word = word;
    }
    words > n
}

/// Quoted campaign names and `100-day campaign` phrases, in text order.
///
/// A name qualifies by a campaign word beside or inside it, or by
/// continuing a list of names that do; once it qualifies, every quoted
/// mention of it counts (`launched "clearing the source ..."` after the
/// `"clearing the source ..." campaign`).
///
/// The name cores ([`core`]) of the mentions, worked out on the way, go to
/// `cores`: each mention's `core` is its range there.
pub(super) fn mentions<'a>(tokens: &Tokens<'a>, cores: &mut String) -> Vec<Mention<'a>> {
    let text = tokens.text();
    let Scan {
        quotes,
        days,
        unquoted,
    } = scan(tokens);
    let quotes = quoted(text, quotes);
    let mut qualified = vec![false; quotes.len()];
    let mut last_end = 0usize;
    for (k, q) in quotes.iter().enumerate() {
        let mut after = &text[skip_spaces(text, q.close_end, 1)..];
        // `the “Iron Fist” special rectification campaign`: up to three
        // words that say what kind of campaign it is, then the word.
        for _ in 0..3 {
            let Some(len) = CAMPAIGN_MODIFIERS
                .iter()
                .find_map(|m| {
                    let b = after.as_bytes();
                    (b.len() > m.len()
                        && b[m.len()] == b' '
                        && b[..m.len()].eq_ignore_ascii_case(m.as_bytes()))
                    .then_some(m.len() + 1)
                })
                .or_else(|| anti_word(after))
            else {
                break;
            };
            after = &after[len..];
        }
        let before = text[..q.open].trim_end();
        let word_before = ascii_word_before(before, before.len());
        // `a so-called “beauty” account` names no campaign.
        let lead = before[..before.len() - word_before.len()].trim_end_matches(['-', ' ']);
        let so_called = lead.len() < before.len() - word_before.len()
            && ascii_word_before(lead, lead.len()).eq_ignore_ascii_case("so");
        // `Operation "Sky Net 2024"`: the campaign word before the quote.
        let beside = campaign_at(after)
            || word_before == "Operation"
            || (NAMING_WORDS
                .iter()
                .any(|w| word_before.eq_ignore_ascii_case(w))
                && !so_called)
            || ["campaign of", "campaign to", "action to"]
                .iter()
                .any(|p| before.ends_with(p));
        let first = q.name.split_whitespace().next().unwrap_or("");
        let is_campaign = |w: &str| {
            campaign_filter().may_start(w)
                && match_prefix(w, CAMPAIGN_WORDS).is_some_and(|(_, l)| l == w.len())
        };
        // `“tough battle”`, `“Safe Drive”`: a slogan, unless the word
        // stands outside the quotes (`the “Clean Net” battle`).
        let strong = |w: &str| {
            is_campaign(w) && !WEAK_CAMPAIGN_WORDS.contains(&w.to_ascii_lowercase().as_str())
        };
        let inside = strong(last_word(q.name)) || strong(first);
        let between = &text[last_end.min(q.open)..q.open];
        let in_list = last_end > 0 && matches!(between.trim(), "," | "and" | ", and" | "、");
        if beside || inside || in_list {
            qualified[k] = true;
            last_end = q.close_end;
        }
    }
    let mut out: Vec<Mention<'a>> = Vec::new();
    let all = cores;
    all.clear();
    let mut key = String::new();
    if qualified.contains(&true) {
        // The core of each quote, end to end in `all`, and the distinct
        // cores of the qualified ones.
        let mut ends = Vec::with_capacity(quotes.len());
        let mut qualified_cores = Cores::default();
        for (k, q) in quotes.iter().enumerate() {
            core(q.name, &mut key);
            all.push_str(&key);
            ends.push(all.len());
            if qualified[k] && qualified_cores.position(&key).is_none() {
                qualified_cores.push(&key);
            }
        }
        let core_of = |k: usize| k.checked_sub(1).map_or(0, |p| ends[p])..ends[k];
        for (k, q) in quotes.iter().enumerate() {
            if qualified_cores.position(&all[core_of(k)]).is_some() {
                out.push(Mention {
                    name: q.name,
                    span: q.span,
                    core: core_of(k),
                });
            }
        }
    }
    for mut m in days.into_iter().chain(unquoted) {
        core(m.name, &mut key);
        m.core = all.len()..all.len() + key.len();
        all.push_str(&key);
        out.push(m);
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// Words between a quoted name and its campaign word that say what kind
/// of campaign it is (`the “Iron Fist” special rectification action`).
const CAMPAIGN_MODIFIERS: &[&str] = &[
    "centralized",
    "clean-up",
    "cleanup",
    "concentrated",
    "crackdown",
    "investigation",
    "joint",
    "law enforcement",
    "nationwide",
    "prevention",
    "rectification",
    "remediation",
    "security",
    "special",
    "strike",
];

/// Words that name a campaign after them (`codenamed “Green Wind”`,
/// `dubbed Sky Net`).
const NAMING_WORDS: [&str; 6] = [
    "codenamed",
    "code-named",
    "code named",
    "dubbed",
    "called",
    "named",
];

/// `anti-drug `, `anti-fraud `: a word against a crime before a campaign
/// word (`the “Thunder Fire” anti-drug operation`), its length with the
/// space after it.
fn anti_word(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 6 || !b[..5].eq_ignore_ascii_case(b"anti-") {
        return None;
    }
    let word = 5 + b[5..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || **c == b'-')
        .count();
    (word > 5 && b.get(word) == Some(&b' ')).then_some(word + 1)
}

/// Whether a campaign word starts `s` (a word start): most words are
/// turned away by the filter, without a lexicon lookup.
pub(super) fn campaign_at(s: &str) -> bool {
    campaign_filter().may_start(s) && match_prefix(s, CAMPAIGN_WORDS).is_some()
}

/// What one pass over the tokens finds.
pub(super) struct Scan<'a> {
    /// The quoted stretches.
    pub(super) quotes: Vec<Quote>,
    /// `100-day campaign` phrases.
    pub(super) days: Vec<Mention<'a>>,
    /// Code names written without quotes.
    pub(super) unquoted: Vec<Mention<'a>>,
}

/// The most bytes between a name's quotes.
pub(super) const MAX_QUOTED: usize = 120;

/// One pass over the tokens, stopping only at campaign and naming words
/// (by their lexicon classes), and the quotes ([`quotes_of`]).
///
/// Quotes: every stretch between matching quotes (`“”`, `‘’`, `""`, `《》`,
/// `「」`) of at most [`MAX_QUOTED`] bytes inside, as
/// [`crate::text::quotes`] finds them in the text: after a curly pair the
/// scan goes on inside it. Each quote char is a token of its own.
///
/// Names written without quotes: the `100-day campaign` phrases
/// ([`day_campaign`]), then the code names: `Operation Fox Hunt`,
/// `code-named Jufeng 3`, `the Sea Shield-2021 operation`. A code name is a
/// run of capitalized words (and numbers) after `Operation` or a naming
/// word; before a lowercase campaign word, it must hold a number, as code
/// names do.
pub(super) fn scan<'a>(tokens: &Tokens<'a>) -> Scan<'a> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    let (mut days, mut out) = (Vec::new(), Vec::new());
    let quotes = quotes_of(tokens);
    // The words to stop at: campaign and naming words, by their classes.
    let stop = |t: &Token| {
        let starts = t.starts();
        starts.has(Class::Campaign) || starts.has(Class::Naming)
    };
    for (k, t) in crate::lex::stops(all, stop) {
        if t.kind() != Kind::Word {
            continue;
        }
        let i = t.start();
        let whole = t.whole();
        if !(whole.has(Class::Campaign) || whole.has(Class::Naming)) {
            continue;
        }
        let word = tokens.str(k);
        if word == "day" {
            days.extend(day_campaign(tokens, k));
            continue;
        }
        // A word starts after anything but a digit.
        if i > 0 && bytes[i - 1].is_ascii_digit() {
            continue;
        }
        let rest = &text[i..];
        // The naming word's length, if one starts here.
        let naming = ["code", "codenamed", "dubbed"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            .then(|| {
                ["codenamed", "code-named", "dubbed"].iter().find_map(|w| {
                    let b = rest.as_bytes();
                    (b.len() >= w.len()
                        && b[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                        && !b.get(w.len()).is_some_and(u8::is_ascii_alphanumeric))
                    .then_some(w.len())
                })
            })
            .flatten();
        // `a server code-named Falcon 2` names a thing, not a campaign: a
        // naming word counts after a campaign word a few words back
        // (`an operation, code-named Thunder 9`).
        let naming = naming.filter(|_| campaign_word_before(text, i));
        let titled = || {
            let start = titled_before(text, i)?;
            // `the Spring Thunder Action 2024`: a number after it is its own.
            let after = skip_spaces(text, i + word.len(), 1);
            let digits = text[after..].bytes().take_while(u8::is_ascii_digit).count();
            let end = match digits {
                0 => i + word.len(),
                _ if text[after + digits..].starts_with(|c: char| c.is_ascii_alphanumeric()) => {
                    i + word.len()
                }
                _ => after + digits,
            };
            Some(Mention {
                name: &text[start..end],
                span: Span::new(start, end),
                core: 0..0,
            })
        };
        if word == "Operation" || naming.is_some() {
            let word_len = naming.unwrap_or(word.len());
            let from = skip_spaces(text, i + word_len, 1);
            if let Some(end) = name_run(text, from) {
                let start = if naming.is_some() { from } else { i };
                out.push(Mention {
                    name: &text[start..end],
                    span: Span::new(start, end),
                    core: 0..0,
                });
            } else if naming.is_none() {
                out.extend(titled());
            }
        } else if matches!(word, "Action" | "Campaign") {
            out.extend(titled());
        } else if bytes[i].is_ascii_lowercase() && t.whole().has(Class::Campaign) {
            // `the Kunlun 2022 operation`: back over the run before.
            if let Some(start) = name_run_before(text, i) {
                let end = skip_spaces_back(text, i, 1);
                out.push(Mention {
                    name: &text[start..end],
                    span: Span::new(start, end),
                    core: 0..0,
                });
            }
        }
    }
    Scan {
        quotes,
        days,
        unquoted: out,
    }
}

/// Where the last search for each closing quote (`”`, `’`, `》`, `」`, `"`)
/// found none: the token it would have gone on from. Limits only grow as
/// the scan goes on, so no later search needs the tokens before it: a run
/// of opening quotes is searched past once, not once per quote.
#[derive(Default)]
pub(super) struct Unclosed([usize; 5]);

/// The quoted stretches of the text, from its punctuation tokens that start
/// with a quote char's first byte (`"`, E2 for `“‘`, E3 for `《「`): the
/// bytes are found by `memchr`, their tokens by a binary search, so the
/// words are never looked at.
pub(super) fn quotes_of(tokens: &Tokens<'_>) -> Vec<Quote> {
    let all = tokens.all();
    let mut quotes: Vec<Quote> = Vec::new();
    // No quote opens before this byte.
    let mut pos = 0;
    let mut unclosed = Unclosed::default();
    // No token before this one starts at or after `last`.
    let (mut from, mut last) = (0, 0);
    for at in memchr::memchr3_iter(b'"', 0xE2, 0xE3, tokens.text().as_bytes()) {
        // Tokens start at distinct bytes: at most `at - last` of them
        // start between the two.
        let window = &all[from..all.len().min(from + at - last + 1)];
        let k = from + window.partition_point(|t| t.start() < at);
        (from, last) = (k, at);
        let punct = all
            .get(k)
            .is_some_and(|t| t.start() == at && t.kind() == Kind::Punct);
        if punct && at >= pos {
            pos = quote_at(tokens, k, &mut quotes, &mut unclosed);
        }
    }
    quotes
}

/// The quote opening at token `k`, if it opens one and it closes within
/// [`MAX_QUOTED`] bytes, into `quotes`; where the next quote may open.
/// `unclosed` remembers the searches that failed.
pub(super) fn quote_at(
    tokens: &Tokens<'_>,
    k: usize,
    quotes: &mut Vec<Quote>,
    unclosed: &mut Unclosed,
) -> usize {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    let open = all[k].start();
    let c = text[open..].chars().next().unwrap_or(' ');
    let (close, which) = match c {
        '“' => ('”', 0),
        '‘' => ('’', 1),
        '《' => ('》', 2),
        '「' => ('」', 3),
        '"' => ('"', 4),
        _ => return open + c.len_utf8(),
    };
    let inner_start = open + c.len_utf8();
    let limit = floor_char(text, inner_start + MAX_QUOTED);
    let mut buf = [0; 4];
    let close_str = close.encode_utf8(&mut buf).as_bytes();
    // A failed search from an earlier quote read every token up to here
    // that ends within its (lower) limit.
    let mut i = (k + 1).max(unclosed.0[which]);
    let closing = loop {
        let Some(u) = all.get(i).filter(|u| u.start() < limit) else {
            break None;
        };
        if u.end() <= limit && &bytes[u.start()..u.end()] == close_str {
            break Some(u);
        }
        i += 1;
    };
    let Some(closing) = closing else {
        // The token that ends past the limit, if one straddles it, is
        // read again by the next search.
        let straddles = i > k + 1 && all[i - 1].end() > limit;
        unclosed.0[which] = if straddles { i - 1 } else { i };
        return inner_start;
    };
    quotes.push(Quote {
        open,
        inner: Span::new(inner_start, closing.start()),
        close_end: closing.end(),
    });
    if c == '"' {
        closing.end()
    } else {
        inner_start
    }
}

/// Whether a campaign word stands within the few words before byte `at`.
pub(super) fn campaign_word_before(text: &str, at: usize) -> bool {
    const LOOK: usize = 40;
    let floor = crate::text::ceil_char(text, at.saturating_sub(LOOK));
    text[floor..at]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| !w.is_empty() && is_campaign_word(w))
}

/// Words that never start or continue a name.
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "A",
    "According",
    "After",
    "An",
    "And",
    "As",
    "At",
    "By",
    "For",
    "From",
    "In",
    "It",
    "Of",
    "On",
    "Since",
    "The",
    "This",
    "To",
    "With",
];

/// A capitalized word or a number (`Jufeng`, `3`, `2021-4`).
pub(super) fn name_word(w: &str) -> bool {
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    (first.is_ascii_uppercase() && !NOT_NAME_WORDS.contains(&w)) || first.is_ascii_digit()
}

/// The end of a run of 1 to 4 name words at `from`, led by a capitalized one.
pub(super) fn name_run(text: &str, from: usize) -> Option<usize> {
    let mut end = None;
    let mut at = from;
    for k in 0..4 {
        let rest = &text[at..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        let w = rest[..len].trim_end_matches('-');
        if w.is_empty()
            || !name_word(w)
            || (k == 0 && !w.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            break;
        }
        end = Some(at + w.len());
        let next = skip_spaces(text, at + w.len(), 1);
        if next == at + w.len() {
            break;
        }
        at = next;
    }
    end
}

/// The start of a run of 1 to 4 name words ending just before `at` (a
/// campaign word), holding a number, led by a capitalized word.
pub(super) fn name_run_before(text: &str, at: usize) -> Option<usize> {
    let mut start = None;
    let mut end = skip_spaces_back(text, at, 1);
    if end == at {
        return None;
    }
    let mut digits = false;
    for _ in 0..4 {
        // Name words are ASCII, so the byte after the last other one
        // starts the word.
        let w_start = text.as_bytes()[..end]
            .iter()
            .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
            .map_or(0, |p| p + 1);
        let w = &text[w_start..end];
        if w.is_empty() || !name_word(w) {
            break;
        }
        digits |= w.bytes().any(|b| b.is_ascii_digit());
        if w.starts_with(|c: char| c.is_ascii_uppercase()) {
            start = Some(w_start);
        }
        let back = skip_spaces_back(text, w_start, 1);
        if back == w_start {
            break;
        }
        end = back;
    }
    start.filter(|_| digits)
}

/// `the Hundred Days Action`, `the Summer Security Operation`: where a run
/// of 1 to 4 capitalized name words ends right before the capitalized
/// campaign word at `at`, after a lowercase `the`, and no capitalized word
/// follows it (a headline in title case names no campaign by its case).
pub(super) fn titled_before(text: &str, at: usize) -> Option<usize> {
    let after = &text[at..];
    let word_end = at
        + after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
    let next = skip_spaces(text, word_end, 1);
    if next > word_end && text[next..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut end = skip_spaces_back(text, at, 1);
    if end == at {
        return None;
    }
    for _ in 0..4 {
        let w_start = text.as_bytes()[..end]
            .iter()
            .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
            .map_or(0, |p| p + 1);
        let w = &text[w_start..end];
        if w.is_empty() || !name_word(w) {
            break;
        }
        let back = skip_spaces_back(text, w_start, 1);
        if back == w_start {
            return None;
        }
        end = back;
        if ascii_word_before(text, end) == "the" {
            return Some(w_start);
        }
    }
    None
}

/// `the 100-day campaign`, `a 90-day nationwide operation`, at the word
/// token `day` (`k`): digits, `-day `, an optional `nationwide `, then a
/// campaign word.
pub(super) fn day_campaign<'a>(tokens: &Tokens<'a>, k: usize) -> Option<Mention<'a>> {
    let text = tokens.text();
    let day = tokens.all()[k];
    let at = day.start().checked_sub(1)?;
    let mut end = day.end() + 1;
    // The byte before `day` may belong to any char (`every\u{a0}day`): check
    // it is the hyphen before slicing there.
    if text.as_bytes()[at] != b'-' || !text[at..].starts_with("-day ") {
        return None;
    }
    let digits = text[..at]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 {
        return None;
    }
    let start = at - digits;
    let rest = &text[end..];
    let rest = if let Some(r) = rest.strip_prefix("nationwide ") {
        end += "nationwide ".len();
        r
    } else {
        rest
    };
    let (_, len) = match_prefix(rest, CAMPAIGN_WORDS)?;
    end += len;
    // `a 100-day campaign codenamed Operation Thunder`: the phrase only
    // describes the campaign that the code name names.
    // (A name follows: a capital or a quote, not `called on residents`.)
    let after = text[end..].trim_start_matches([',', ' ']);
    let named = NAMING_WORDS
        .iter()
        .find(|w| {
            let b = after.as_bytes();
            b.len() > w.len()
                && b[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                && !b[w.len()].is_ascii_alphanumeric()
        })
        .is_some_and(|w| {
            after[w.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_uppercase() || "\"“‘'「《".contains(c))
        });
    if named {
        return None;
    }
    Some(Mention {
        name: &text[start..end],
        span: Span::new(start, end),
        core: 0..0,
    })
}
