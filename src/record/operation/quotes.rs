//! The quoted stretches of a text, read from its quote tokens, and the
//! short ones that could be campaign names.

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
            let b = name.as_bytes();
            let clause = b.iter().enumerate().any(|(k, &c)| {
                ellipsis |= c == 0xA6;
                matches!(c, b'\n' | b',' | b';' | b'!' | b'?') || (c == b'.' && !numbered(b, k))
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

/// Whether `word` is a strong campaign word (not `battle`, `drive` or
/// `offensive`, which slogans use too): before a quote, `the special
/// operation “Jade Shield 2024”` names the campaign after it; inside one,
/// `“Clean Net Operation”` is a campaign's name.
pub(super) fn after_campaign_word(word: &str) -> bool {
    campaign_filter().may_start(word)
        && match_prefix(word, CAMPAIGN_WORDS).is_some_and(|(_, l)| l == word.len())
        && !WEAK_CAMPAIGN_WORDS
            .iter()
            .any(|weak| weak.eq_ignore_ascii_case(word))
}

/// `vowed to keep up a “high-pressure” crackdown`: one lowercase quoted
/// word after `a` or `an` that says how hard a crackdown is (a word of
/// force or degree, alone or in a compound: `tough`, `zero-tolerance`,
/// `all-out`) names none; `a “thunder” action` or `a “clean-net”
/// campaign` still does.
pub(super) fn is_manner(word_before: &str, name: &str) -> bool {
    ["a", "an"]
        .iter()
        .any(|a| word_before.eq_ignore_ascii_case(a))
        && !name.contains(' ')
        && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && degree_word(name)
}

/// A word of force or degree: one of [`MANNER_WORDS`], or a compound
/// opening or closing with one of [`MANNER_PARTS`] (`high-pressure`,
/// `iron-fisted`).
fn degree_word(name: &str) -> bool {
    if MANNER_WORDS.contains(&name) {
        return true;
    }
    let mut parts = name.split('-');
    let first = parts.next().unwrap_or("");
    let last = name.rsplit('-').next().unwrap_or("");
    name.contains('-') && (MANNER_PARTS.contains(&first) || MANNER_PARTS.contains(&last))
}

/// Words that tell how hard a crackdown is.
const MANNER_WORDS: &[&str] = &[
    "tough",
    "strict",
    "severe",
    "harsh",
    "relentless",
    "sustained",
    "intensive",
    "rigorous",
    "resolute",
    "vigorous",
    "fierce",
    "firm",
];

/// Halves of compounds that tell how hard a crackdown is.
const MANNER_PARTS: &[&str] = &[
    "high",
    "zero",
    "all",
    "full",
    "large",
    "heavy",
    "iron",
    "pressure",
    "tolerance",
    "fist",
    "fisted",
    "out",
    "scale",
    "intensity",
    "handed",
    "line",
];

/// Whether every word of `name` opens with a capital or a digit, as a
/// name's do (`Jade Shield 2024`); a quoted clause (`the campaign “has
/// worked”`) has lowercase words.
pub(super) fn title_cased(name: &str) -> bool {
    name.split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
        && name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Whether the full stop at `dot` in `name` belongs to a number, not a
/// sentence: the `No.` before it (`Great Wall No. 5`) or a decimal point
/// (`Sky Net 2.0`).
fn numbered(name: &[u8], dot: usize) -> bool {
    let digit_after = |k: usize| name.get(k).is_some_and(u8::is_ascii_digit);
    let decimal = dot > 0 && name[dot - 1].is_ascii_digit() && digit_after(dot + 1);
    let no = dot >= 2
        && name[dot - 2..dot].eq_ignore_ascii_case(b"no")
        && (dot == 2 || name[dot - 3] == b' ')
        && name.get(dot + 1) == Some(&b' ')
        && digit_after(dot + 2);
    decimal || no
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

/// The most bytes between a name's quotes.
pub(super) const MAX_QUOTED: usize = 120;

/// Where the last search for each closing quote (`”`, `’`, `》`, `」`, `"`,
/// `'`) found none: the token it would have gone on from. Limits only grow as
/// the scan goes on, so no later search needs the tokens before it: a run
/// of opening quotes is searched past once, not once per quote.
#[derive(Default)]
pub(super) struct Unclosed([usize; 6]);

/// The quoted stretches of the text, from its punctuation tokens that start
/// with an opening quote char (`"`, `“`, `‘`, `《`, `「`, and `'` where it
/// is no apostrophe: [`single_quote`]): each of them is a cue of the
/// tokenizer ([`Tokens::cues`]: every non-ASCII token, every `"`, and a
/// `'` after no letter or digit), so only the cues are read, never the
/// words or the text's other bytes.
pub(super) fn quotes_of(tokens: &Tokens<'_>) -> Vec<Quote> {
    let all = tokens.all();
    let mut quotes: Vec<Quote> = Vec::new();
    // No quote opens before this byte.
    let mut pos = 0;
    let mut unclosed = Unclosed::default();
    let bytes = tokens.text().as_bytes();
    for &k in tokens.cues() {
        let k = k as usize;
        let t = all[k];
        let at = t.start();
        if t.kind() != Kind::Punct || at < pos {
            continue;
        }
        // Only an opening quote starts one: the cues are numbers and
        // ideographs too, and the lead bytes E2 and E3 also start dashes,
        // `…`, `。` and `、` (`quote_at` would pass them all the same).
        let opens = match bytes.get(at..at + 3) {
            Some([0xE2, 0x80, third]) => matches!(third, 0x9C | 0x98),
            Some([0xE3, 0x80, third]) => matches!(third, 0x8A | 0x8C),
            _ => matches!(bytes[at], b'"' | b'\''),
        };
        if opens {
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
        '\'' if single_quote(bytes, open, true) => ('\'', 5),
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
        let closes = &bytes[u.start()..u.end()] == close_str
            && (c != '\'' || single_quote(bytes, u.start(), false));
        if u.end() <= limit && closes {
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
    if matches!(c, '"' | '\'') {
        closing.end()
    } else {
        inner_start
    }
}

/// Whether the ASCII `'` at `at` opens (`open`) or closes a quote, not an
/// apostrophe (`police's`, `officers' work`): an opening one stands after
/// a space or bracket and before a letter or digit; a closing one after
/// a letter, digit or stop and before no letter or digit.
fn single_quote(bytes: &[u8], at: usize, open: bool) -> bool {
    let before = at.checked_sub(1).map(|i| bytes[i]);
    let after = bytes.get(at + 1).copied();
    if open {
        matches!(before, None | Some(b' ' | b'\n' | b'(' | b'\t'))
            && after.is_some_and(|b| b.is_ascii_alphanumeric())
    } else {
        before.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b',' | b'!'))
            && !after.is_some_and(|b| b.is_ascii_alphanumeric())
    }
}

/// `“Bright Sword 2024” maritime law enforcement operation`: whether, after
/// a quote, 1 to 4 lowercase words that say what kind of campaign it is
/// lead to a campaign word. Function words and verbs (`was`, `launched`,
/// `targeting`) end the phrase: what follows them is another clause.
pub(super) fn kind_words_then_campaign(s: &str) -> bool {
    const FUNCTION: &[&str] = &[
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "had", "has",
        "have", "in", "into", "is", "its", "of", "on", "or", "than", "that", "the", "their",
        "this", "to", "was", "were", "which", "will", "with",
    ];
    let mut at = 0;
    for _ in 0..4 {
        let rest = &s[at..];
        let len = rest
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || *b == b'-')
            .count();
        let word = &rest[..len];
        if len == 0
            || rest.as_bytes().get(len) != Some(&b' ')
            || FUNCTION.contains(&word)
            || word.ends_with("ed")
            || word.ends_with("ing")
            || is_campaign_word(word)
        {
            return false;
        }
        at += len + 1;
        if campaign_at(&s[at..]) {
            return true;
        }
    }
    false
}
/// Whether text ending in `head` stands inside a quoted name: an odd
/// number of straight quotes, or a curly one opened and not closed, and
/// fewer than [`NAME_WORDS`] words since it opened. (`"The operation will
/// run until December 31," he said`: quoted speech dates like any other.)
pub(super) fn in_quoted_name(head: &str) -> bool {
    let curly = match (head.rfind('“'), head.rfind('”')) {
        (Some(open), Some(close)) => (open > close).then_some(open),
        (open, _) => open,
    };
    let straight = (head.bytes().filter(|&b| b == b'"').count() % 2 == 1)
        .then(|| head.rfind('"'))
        .flatten();
    curly
        .into_iter()
        .chain(straight)
        .any(|open| head[open..].matches(' ').count() < NAME_WORDS)
}

/// The most words a quoted name runs before a date inside it.
const NAME_WORDS: usize = 5;

/// Whether `before` (the text before a campaign word) ends in `the` or in
/// `the` and one lowercase word (`the special action`).
pub(super) fn the_before(before: &str) -> bool {
    let the = |w: &str| w.eq_ignore_ascii_case("the");
    let word = ascii_word_before(before, before.len());
    if the(word) {
        return true;
    }
    let lead = before[..before.len() - word.len()].trim_end_matches(' ');
    !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && lead.len() < before.len() - word.len()
        && the(ascii_word_before(lead, lead.len()))
}

#[cfg(test)]
mod speech {
    #[test]
    fn a_quoted_sentence_dates_its_campaign_a_quoted_name_does_not() {
        let p = |s| super::super::tests::ops(s, "2025-03-11").join("\n");
        insta::assert_snapshot!(p("Police launched the \"Sea Gate\" operation in April. \"The operation will carry on until December 31,\" said its head."), @r#"Sea Gate [] launched=Some("2024-04-01") start=None end=Some("2025-12-31")"#);
        insta::assert_snapshot!(p("Police began the \"May Day Guard\" operation on April 28."), @r#"May Day Guard [] launched=Some("2024-04-28") start=None end=None"#);
    }

    #[test]
    fn a_title_cased_name_after_a_campaign_word_is_named() {
        let p = |s| super::super::tests::ops(s, "2025-03-11").join("\n");
        insta::assert_snapshot!(p("The ministry began the special operation \"Jade Shield 2025\" nationwide in February."), @r#"Jade Shield 2025 [] launched=Some("2025-02-01") start=None end=None"#);
        insta::assert_snapshot!(p("Officers praised the crackdown \"Clear Sky\" for its reach."), @"Clear Sky [] launched=None start=None end=None");
        // A quoted clause or number after a campaign word names nothing.
        insta::assert_snapshot!(p("The operation \"3.5\" cut thefts."), @"");
        insta::assert_snapshot!(p("Chen said the campaign \"has cut thefts by half\" this year."), @"");
    }
}

#[cfg(test)]
mod cues {
    use super::*;

    /// The quotes read from every punctuation token, not only the cues:
    /// what [`quotes_of`] must find.
    fn every_token(tokens: &Tokens<'_>) -> Vec<(usize, usize, usize, usize)> {
        let (mut quotes, mut pos, mut unclosed) = (Vec::new(), 0, Unclosed::default());
        for (k, t) in tokens.all().iter().enumerate() {
            if t.kind() == Kind::Punct && t.start() >= pos {
                pos = quote_at(tokens, k, &mut quotes, &mut unclosed);
            }
        }
        quotes
            .iter()
            .map(|q| (q.open, q.inner.start, q.inner.end, q.close_end))
            .collect()
    }

    #[test]
    fn the_cues_hold_every_opening_quote() {
        let texts = [
            "The \"Blue Net\" drive and the “Iron Gate 2025” action, dubbed 'Clean Port', ran.",
            "The officers' 'Safe Road' campaign and the bureau's ‘Spring Dawn’ push.",
            "('Night Watch') began; \"unclosed and 'nested \"Red Kite\" words' here\".",
            "《净网2025》专项行动与「清源」行动 — and … the “Long Wind” operation。",
            "'Start' of text, rock'n'roll, 5'6\", \t'Tab Quote' and \n'Line Quote'.",
            "“Open “Twice” then” and ‘one ’two’ three’ with \"a\"\"b\" glued.",
        ];
        for text in texts {
            let tokens = Tokens::new(text);
            let got: Vec<_> = quotes_of(&tokens)
                .iter()
                .map(|q| (q.open, q.inner.start, q.inner.end, q.close_end))
                .collect();
            assert!(!got.is_empty(), "{text}");
            assert_eq!(got, every_token(&tokens), "{text}");
        }
    }
}
