//! Whether a launch word stands beside a campaign's mention: in a few
//! bytes around it, in a `which began ...` clause after it, or past the
//! words that say whose the campaign is (`the “X” operation of the Y
//! Branch was launched`).

use super::*;

/// Whether a launch word stands right beside a mention (`kicking off the
/// “Summer Operation”`, `“Cloud Sword” operation, which began in June`), so
/// a sentence naming two campaigns dates only the one launched.
///
/// Only the few bytes around the mention are read.
pub(super) fn launched_beside(tokens: &Tokens<'_>, sentence: Span, mention: Span) -> Option<usize> {
    let text = tokens.text();
    /// How far before the mention a launch word may end, and how far after
    /// it one may start.
    const BEFORE: usize = 40;
    const AFTER: usize = 30;
    /// Longer than any launch phrase, with its spaces.
    const LONGEST: usize = 24;
    /// Chars a closing quote and a Chinese campaign word may take
    /// (`”专项整治行动`, `」夏季治安打击整治行动`).
    const CJK_TAIL: usize = 16;
    let s = &text[sentence.range()];
    // (A mention may run past its sentence's end: a `？` inside a quoted
    // name ends the sentence. Only the sentence's part of it is read.)
    let inside = |at: usize| at.clamp(sentence.start, sentence.end) - sentence.start;
    let (m_start, m_end) = (inside(mention.start), inside(mention.end));
    // `the “净网2025”专项行动 (Clean Network 2025 special action) was
    // launched`: a gloss in brackets after the name is read past.
    // (Past the closing quote and the Chinese campaign word the name may
    // end before: a few chars, the ASCII quote only as the closing one, so
    // a run of CJK names is not read to its end once per name.)
    let mut cjk = s.len();
    for (n, (i, c)) in s[m_end..].char_indices().enumerate() {
        let part =
            (c == '"' && i == 0) || crate::lex::is_cjk(c) || matches!(c, '\u{201d}' | '\u{300d}');
        if !part || n == CJK_TAIL {
            cjk = m_end + i;
            break;
        }
    }
    let gloss = skip_spaces(s, cjk, 1);
    let m_end = Some(past_gloss(s, gloss))
        .filter(|&e| e > gloss)
        .unwrap_or(m_end);
    let from = m_start.saturating_sub(BEFORE + LONGEST);
    // `the “Sea Guard” operation targeting smuggling by sea, which began
    // on January 1`: a clause of its own says when the name was launched.
    if let Some(i) = which_launched(s, m_end) {
        return Some(i);
    }
    let to = (m_end + AFTER + 1).min(s.len());
    let bytes = s.as_bytes();
    // A word starts at a letter after no letter or digit (or at the
    // sentence's start). Past the sentence's first byte, such a letter
    // starts a word token: only the window's word tokens that may open a
    // launch phrase are tried, not each of its bytes.
    let first = tokens.index_from(sentence.start + from);
    let starts = (from == 0 && to > 0).then_some(0).into_iter().chain(
        tokens.all()[first..]
            .iter()
            .take_while(|t| t.start() < sentence.start + to)
            .filter(|t| {
                t.kind() == Kind::Word
                    && t.start() > sentence.start
                    && may_launch(text, t, sentence.end)
            })
            .map(|t| t.start() - sentence.start),
    );
    for i in starts {
        if !bytes[i].is_ascii_alphabetic() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            continue;
        }
        if let Some(len) = launch_word_at(&s[i..]).or_else(|| carried_out_at(&s[i..])) {
            let before = i + len <= m_start && m_start - (i + len) <= BEFORE;
            let after = i >= m_end && i - m_end <= AFTER;
            if before || after {
                return Some(i);
            }
        }
    }
    launched_past_modifiers(s, m_end).or_else(|| fronted_launch(s, m_start, m_end))
}

/// `Known as “Summer Shield”, the crackdown of the X Branch began on June
/// 1`: a name fronted by a naming phrase that opens the sentence names its
/// subject; the main clause's first launch word dates it.
fn fronted_launch(s: &str, m_start: usize, m_end: usize) -> Option<usize> {
    let quotes: &[char] = &['"', '\'', '\u{201c}', '\u{2018}', ' '];
    let lead = s[..m_start].trim_matches(quotes);
    let named = [
        "Known as",
        "Dubbed",
        "Code-named",
        "Codenamed",
        "Called",
        "Named",
    ]
    .iter()
    .any(|w| lead.eq_ignore_ascii_case(w));
    let close: &[char] = &['"', '\'', '\u{201d}', '\u{2019}'];
    let after = s[m_end..].trim_start_matches(close);
    if !named || !after.starts_with(',') {
        return None;
    }
    let from = s.len() - after.len();
    let bytes = s.as_bytes();
    (from..s.len()).find(|&i| {
        bytes[i].is_ascii_alphabetic()
            && !bytes[i - 1].is_ascii_alphanumeric()
            && launch_word_at(&s[i..]).is_some()
    })
}

/// Words that may stand between a campaign's name and its launch verb: its
/// campaign and kind words aside, a phrase saying whose it is (`of the
/// Baoshan Branch`, `organized by the City Bureau`) and the verb's
/// auxiliaries and adverbs (`was officially launched`). Sorted.
const POSTMODIFIER_WORDS: &[&str] = &[
    "a",
    "an",
    "be",
    "been",
    "by",
    "formally",
    "had",
    "has",
    "have",
    "is",
    "jointly",
    "led",
    "of",
    "officially",
    "organised",
    "organized",
    "successfully",
    "the",
    "under",
    "was",
    "were",
    "will",
];

/// `the “Summer Shield” operation of the Baoshan Branch was launched`,
/// `the “X” action organized by the City Bureau was launched`, `“Jingwang
/// 2024” (Net Clean 2024) operation was launched`: where the launch word
/// stands that the name's phrase runs into, past its campaign word and
/// [`CAMPAIGN_MODIFIERS`], a bracketed gloss, capitalized names and
/// [`POSTMODIFIER_WORDS`] only,
/// within a few words of the name ending at `m_end` in `s`.
fn launched_past_modifiers(s: &str, m_end: usize) -> Option<usize> {
    const LOOK: usize = 120;
    let end = floor_char(s, (m_end + LOOK).min(s.len()));
    let bytes = s.as_bytes();
    let mut i = m_end;
    while i < end {
        let b = bytes[i];
        if matches!(b, b' ' | b'"' | b'\'') || b.is_ascii_digit() {
            i += 1;
            continue;
        }
        // A gloss in brackets, ASCII or full-width, is skipped whole, and
        // a closing curly quote. (`i` is on a char boundary: it moves by
        // ASCII bytes and whole chars.)
        let rest = &s[i..end];
        if rest.starts_with(['(', '\u{ff08}']) {
            let close = rest
                .char_indices()
                .find(|&(_, c)| c == ')' || c == '\u{ff09}');
            let (at, c) = close?;
            i += at + c.len_utf8();
            continue;
        }
        if let Some(c) = rest
            .chars()
            .next()
            .filter(|c| ['\u{201d}', '\u{2019}'].contains(c))
        {
            i += c.len_utf8();
            continue;
        }
        if !b.is_ascii_alphabetic() {
            return None;
        }
        if launch_word_at(&s[i..]).is_some() {
            return Some(i);
        }
        let len = ascii_word_len(&s[i..]);
        let word = &s[i..i + len];
        // (Lowercased on the stack: a word longer than the buffer is in
        // neither list.)
        let mut buf = [0u8; 16];
        let lower = buf.get_mut(..len).map_or("", |l| {
            l.copy_from_slice(word.as_bytes());
            l.make_ascii_lowercase();
            std::str::from_utf8(l).unwrap_or("")
        });
        let listed = !lower.is_empty()
            && (POSTMODIFIER_WORDS.binary_search(&lower).is_ok()
                || CAMPAIGN_MODIFIERS.contains(&lower));
        let passes = b.is_ascii_uppercase() || is_campaign_word(word) || listed;
        if !passes {
            return None;
        }
        i += len;
    }
    None
}

/// Whether a launch phrase ([`launch_word_at`]) or `carried out`
/// ([`carried_out_at`]) may start at the word token `t`, of a sentence
/// that ends at byte `end`. Both read the word from the token's start: a
/// launch phrase's first word is the token, of its lexicon class, unless
/// the sentence's end cuts the token (then it is tried as cut).
fn may_launch(text: &str, t: &Token, end: usize) -> bool {
    t.starts().has(Class::Launch)
        || t.end() > end
        || text[t.start()..t.end()].eq_ignore_ascii_case("carried")
}

/// `carried out on June 1`, `carried out in May`: a campaign carried out
/// on a date was launched then; the length of `carried out`.
fn carried_out_at(s: &str) -> Option<usize> {
    const WORDS: &str = "carried out ";
    let head = s.get(..WORDS.len())?;
    let rest = &s[WORDS.len()..];
    let prep = &rest[..crate::text::ascii_word_len(rest)];
    (head.eq_ignore_ascii_case(WORDS)
        && ["on", "in", "since"]
            .iter()
            .any(|w| prep.eq_ignore_ascii_case(w)))
    .then_some(WORDS.len() - 1)
}

/// Where the launch word stands in a `which began ...` clause (`which was
/// launched`, `which kicked off`, `which the X Branch launched`, `that the
/// X Branch launched`) or a participle clause (`, launched on March 20`)
/// that follows the name ending at `m_end` in `s` before any other clause
/// opens, within a few words; a gloss in brackets right after the name is
/// part of it.
fn which_launched(s: &str, m_end: usize) -> Option<usize> {
    const LOOK: usize = 80;
    let window = s.get(m_end..crate::text::floor_char(s, (m_end + LOOK).min(s.len())))?;
    let closes: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ' '];
    let lead = window.len() - window.trim_start_matches(closes).len();
    let gloss = match window[lead..].chars().next() {
        Some(open @ ('(' | '\u{ff08}')) => {
            let close = if open == '(' { ')' } else { '\u{ff09}' };
            lead + window[lead..].find(close)? + close.len_utf8()
        }
        Some(_) | None => 0,
    };
    // The words between belong to the name's phrase: no clause of their own.
    let clause = window[gloss..]
        .find([',', ';', '(', ')'])
        .map_or(window.len(), |c| gloss + c);
    // (Both words open at a space: the first space that opens either is
    // the nearest end, as the two cannot overlap.)
    let between = &window[gloss..clause];
    let relative = memchr::memchr_iter(b' ', between.as_bytes()).find_map(|i| {
        [" which ", " that "]
            .iter()
            .find(|w| between[i..].starts_with(*w))
            .map(|w| gloss + i + w.len())
    });
    let mut at = match relative {
        Some(at) => at,
        None if window[clause..].starts_with(", which ") => clause + ", which ".len(),
        // `, launched on March 20`: a past participle opens the clause.
        None if window[clause..].starts_with(", ") => {
            let at = clause + 2;
            let word = &window[at..at + ascii_word_len(&window[at..])];
            return (word.ends_with("ed") && launch_word_at(&window[at..]).is_some())
                .then_some(m_end + at);
        }
        None => return None,
    };
    for aux in ["was ", "has been ", "had been ", "were "] {
        if window[at..].starts_with(aux) {
            at += aux.len();
            break;
        }
    }
    if launch_word_at(&window[at..]).is_some() {
        return Some(m_end + at);
    }
    // `, which the Jiangyan Branch launched`: the clause's own subject, a
    // name after `the`, then the launch word.
    let subject = window[at..].strip_prefix("the ").unwrap_or(&window[at..]);
    let mut i = window.len() - subject.len();
    for _ in 0..6 {
        let len = ascii_word_len(&window[i..]);
        if len == 0 || !window.as_bytes()[i].is_ascii_uppercase() {
            break;
        }
        i = skip_spaces(window, i + len, 1);
    }
    for aux in ["has ", "had "] {
        if window[i..].starts_with(aux) {
            i += aux.len();
            break;
        }
    }
    let named = i > window.len() - subject.len();
    let len = launch_word_at(&window[i..]).filter(|_| named)?;
    // (`... action that the X Branch launched checks on`: a launch with an
    // object of its own is no relative clause's: a `that` without a comma
    // may open a saying's clause.)
    let after = window[i + len..].trim_start();
    let object = relative.is_some()
        && after.starts_with(|c: char| c.is_ascii_alphabetic())
        && !DATE_LEADS
            .iter()
            .any(|w| ascii_word_len(after) == w.len() && after[..w.len()].eq_ignore_ascii_case(w));
    (!object).then_some(m_end + i)
}

/// Words that open a date after a launch verb (`launched on`, `launched
/// last month`).
const DATE_LEADS: [&str; 9] = [
    "at", "early", "in", "last", "late", "on", "since", "the", "this",
];

#[cfg(test)]
mod launch_rules {
    use super::super::tests::ops;
    use insta::assert_snapshot;

    #[test]
    fn a_launch_verb_past_whose_campaign_it_is() {
        let p = |s| ops(s, "2024-06-20").join("\n");
        assert_snapshot!(p("The \"Clear Sky\" action of the Minhang Branch was launched on June 3."), @r#"Clear Sky [] launched=Some("2024-06-03") start=None end=None"#);
        assert_snapshot!(p("The \"Clear Sky\" action organized by the Wuxi Public Security Bureau was officially launched on June 3."), @r#"Clear Sky [] launched=Some("2024-06-03") start=None end=None"#);
        assert_snapshot!(p("The \"Qingkong 2024\" (Clear Sky 2024) action was launched on June 3."), @r#"Qingkong 2024 ["Clear Sky 2024"] launched=Some("2024-06-03") start=None end=None"#);
        assert_snapshot!(p("The \"Clear Sky\" action, which the Minhang Branch launched on the 3rd of this month, will last until July 30."), @r#"Clear Sky [] launched=Some("2024-06-03") start=None end=Some("2024-07-30")"#);
        assert_snapshot!(p("The \"Clear Sky\" action, which the Minhang Branch joined on June 3, will last until July 30."), @r#"Clear Sky [] launched=None start=None end=Some("2024-07-30")"#);
        assert_snapshot!(p("Known as \"Operation Clear Sky\", the summer crackdown of the Minhang Branch began on June 3."), @r#"Operation Clear Sky ["Clear Sky"] launched=Some("2024-06-03") start=None end=None"#);
        assert_snapshot!(p("Police said \"Clear Sky\" action, the summer crackdown of the Minhang Branch, began on June 3."), @"Clear Sky [] launched=None start=None end=None");
        // A verb of its own between: the launch is another's.
        assert_snapshot!(p("The \"Clear Sky\" action achieved results after police launched checks on June 3."), @"Clear Sky [] launched=None start=None end=None");
    }

    #[test]
    fn a_relative_or_participle_clause_past_the_name_phrase() {
        let p = |s| ops(s, "2025-01-20").join("\n");
        assert_snapshot!(p("The \"Warm Home\" action that the Jinghu Public Security Bureau launched on January 6 has helped 300 workers."), @r#"Warm Home [] launched=Some("2025-01-06") start=None end=None"#);
        assert_snapshot!(p("The Jinghu Branch's \"Qingfeng\" (Clear Wind) operation against illegal fishing, launched on January 6, has seized 40 nets."), @r#"Qingfeng ["Clear Wind"] launched=Some("2025-01-06") start=None end=None"#);
        assert_snapshot!(p("The \"Warm Home\" action which was launched on January 6 has helped 300 workers."), @r#"Warm Home [] launched=Some("2025-01-06") start=None end=None"#);
        // Another clause first, or a participle of another verb: no launch.
        assert_snapshot!(p("The \"Warm Home\" action against wage arrears, which police joined, launched on January 6."), @"Warm Home [] launched=None start=None end=None");
        assert_snapshot!(p("The \"Warm Home\" action against wage arrears, extended on January 6, has helped 300 workers."), @"Warm Home [] launched=None start=None end=None");
        assert_snapshot!(p("Police said during the \"Warm Home\" action that the Jinghu Branch launched checks on January 6."), @"Warm Home [] launched=None start=None end=None");
    }

    #[test]
    fn a_long_gloss_after_the_name_is_read_past() {
        let p = |s| ops(s, "2025-06-11").join("\n");
        assert_snapshot!(p("Since the “净网2025”专项行动 (Clean Network 2025 special action) was launched in March, police cracked 190 cases."), @r#"净网2025 [] launched=Some("2025-03-01") start=None end=None"#);
        // (An ASCII closing quote is read past as a curly one.)
        assert_snapshot!(p("Since the \"净网2025\"专项行动 (Clean Network 2025 special action) was launched in March, police cracked 190 cases."), @r#"净网2025 [] launched=Some("2025-03-01") start=None end=None"#);
        // A bracket holding a clause is no gloss.
        assert_snapshot!(p("Since the “净网2025”专项行动 (its third year, after two rounds of work) was launched in March, police cracked 190 cases."), @"净网2025 [] launched=None start=None end=None");
    }

    #[test]
    fn until_an_event_on_its_date() {
        let p = |s| ops(s, "2024-02-26").join("\n");
        assert_snapshot!(p("The \"Safe Spring\" action lasted until the Lantern Festival on February 24."), @r#"Safe Spring [] launched=None start=None end=Some("2024-02-24")"#);
        assert_snapshot!(p("The \"Safe Spring\" action lasted until the end of the Spring Festival (February 17)."), @r#"Safe Spring [] launched=None start=None end=Some("2024-02-17")"#);
        assert_snapshot!(p("The \"Safe Spring\" action lasted until police met on February 24."), @"Safe Spring [] launched=None start=None end=None");
    }
}
