//! Named campaigns: `“Summer Operation”`, `“Cloud Sword” operation`,
//! `campaign codenamed “Green Wind”`, `the 100-day campaign`, with the
//! dates the text gives for their launch, start and end.
//!
//! A quoted name counts when a campaign word stands beside it, inside it, or
//! when it continues a list of such names. Mentions whose names differ only
//! in word order, campaign word or plural (`Operation Summer`,
//! `Summer Operation`) are one operation with aliases.

use crate::lex::{lexicon, Class, Kind, Lexicon, Token, Tokens};
use crate::quantity::date::{date_phrase, DatePhrase};
use crate::record::{Agency, Operation};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::text::{
    ascii_word_before, floor_char, is_boundary_before, last_word, match_prefix, skip_spaces,
    skip_spaces_back, Quote, WordFilter,
};
use crate::{Date, Span};

/// Words that name a campaign.
pub(crate) const CAMPAIGN_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Campaign,
    &[
        ("action", ()),
        ("actions", ()),
        ("battle", ()),
        ("campaign", ()),
        ("campaigns", ()),
        ("crackdown", ()),
        ("drive", ()),
        ("offensive", ()),
        ("operation", ()),
        ("operations", ()),
    ],
);

/// Campaign words that make a name only beside it, not inside its quotes.
const WEAK_CAMPAIGN_WORDS: &[&str] = &["battle", "drive", "offensive"];

/// Words that launch a campaign.
pub(crate) const LAUNCH_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Launch,
    &[
        ("began", ()),
        ("got going", ()),
        ("got under way", ()),
        ("initiated", ()),
        ("kicked off", ()),
        ("kicking off", ()),
        ("launch", ()),
        ("launched", ()),
        ("launching", ()),
        ("rolled out", ()),
        ("started", ()),
    ],
);

/// Words that name a thing or begin a `100-day` phrase: `code`(`-named`),
/// `codenamed`, `dubbed`, `day`. With the campaign words, the only words
/// the scan for unquoted names stops at.
pub(crate) const NAMING_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Naming,
    &[("code", ()), ("codenamed", ()), ("day", ()), ("dubbed", ())],
);

/// A mention of a campaign name.
struct Mention<'a> {
    name: &'a str,
    span: Span,
}

/// The named campaigns of `text`, dated against `reference`.
pub(crate) fn operations<'a>(
    tokens: &Tokens<'a>,
    sentences: &[Span],
    agencies: &[Agency<'a>],
    reference: Option<Date>,
) -> Vec<Operation<'a>> {
    let text = tokens.text();
    let mentions = mentions(tokens);
    let mut ops: Vec<Operation<'a>> = Vec::new();
    // Which operation each name core is, and which mentions each one has.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut mentioned: Vec<Vec<&Mention<'a>>> = Vec::new();
    let mut key = String::new();
    for m in &mentions {
        core(m.name, &mut key);
        if key.is_empty() {
            continue;
        }
        if let Some(&k) = index.get(key.as_str()) {
            let op = &mut ops[k];
            if !op.name.eq_ignore_ascii_case(m.name)
                && !op.aliases.iter().any(|a| a.eq_ignore_ascii_case(m.name))
            {
                op.aliases.push(m.name.into());
            }
            mentioned[k].push(m);
            continue;
        }
        let sentence = sentence_of(sentences, m.span.start).map_or(m.span, |k| sentences[k]);
        index.insert(key.clone(), ops.len());
        mentioned.push(vec![m]);
        ops.push(Operation {
            name: m.name.into(),
            aliases: Vec::new(),
            agency: agency_before(agencies, m.span.start, sentence.start),
            launched: None,
            start: None,
            end: None,
            span: m.span,
        });
    }
    // Dates: from every sentence that mentions the operation, each sentence
    // read once however many mentions it holds.
    let mut read: HashMap<usize, SentenceDates> = HashMap::new();
    let named: HashSet<usize> = mentions
        .iter()
        .filter_map(|m| sentence_of(sentences, m.span.start))
        .collect();
    for (op, mentions) in ops.iter_mut().zip(&mentioned) {
        // `Kunlun 2020`: a campaign named for a year runs in it.
        let named_year = op
            .name
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|y| y.parse::<u16>().ok())
            .find(|y| (1990..=2100).contains(y));
        let reference = reference.or(named_year.and_then(|y| Date::new(y, 12, 31)));
        let mut neighbours = Vec::new();
        for m in mentions {
            let Some(k) = sentence_of(sentences, m.span.start) else {
                continue;
            };
            let sentence = sentences[k];
            let dates = read
                .entry(k)
                .or_insert_with(|| SentenceDates::read(tokens, sentence));
            let launch = launched_beside(text, sentence, m.span);
            dates.apply(launch, reference, op);
            neighbours.push(k + 1);
            // `A campaign ... got under way in February. In the campaign,
            // dubbed "X", ...`: the name is given to the campaign before.
            if dates
                .the_campaign
                .is_some_and(|at| at < m.span.start - sentence.start)
            {
                neighbours.push(k.wrapping_sub(1));
            }
        }
        // Then the sentences next door that speak of `the campaign` without
        // naming it (`Lasting until the end of May, the drive will ...`).
        for k in neighbours {
            let Some(&sentence) = sentences.get(k) else {
                continue;
            };
            if named.contains(&k) {
                continue;
            }
            let dates = read
                .entry(k)
                .or_insert_with(|| SentenceDates::read(tokens, sentence));
            if dates.unnamed {
                dates.apply(dates.launch_word, reference, op);
            }
        }
    }
    ops
}

/// The index of the sentence holding byte `at`, by binary search.
fn sentence_of(sentences: &[Span], at: usize) -> Option<usize> {
    let k = sentences.partition_point(|s| s.end <= at);
    sentences.get(k).filter(|s| s.start <= at).map(|_| k)
}

/// The last agency named before byte `at`, inside the sentence from
/// `floor`. Agencies come in text order, so a binary search finds it.
fn agency_before<'a>(agencies: &[Agency<'a>], at: usize, floor: usize) -> Option<Cow<'a, str>> {
    let k = agencies.partition_point(|a| a.span.start < at);
    agencies[..k]
        .iter()
        .rev()
        .take_while(|a| a.span.start >= floor)
        .find(|a| a.span.end <= at)
        .map(|a| a.name.clone())
}

/// Whether a launch word stands right beside a mention (`kicking off the
/// “Summer Operation”`, `“Cloud Sword” operation, which began in June`), so
/// a sentence naming two campaigns dates only the one launched.
///
/// Only the few bytes around the mention are read.
fn launched_beside(text: &str, sentence: Span, mention: Span) -> Option<usize> {
    /// How far before the mention a launch word may end, and how far after
    /// it one may start.
    const BEFORE: usize = 40;
    const AFTER: usize = 30;
    /// Longer than any launch phrase, with its spaces.
    const LONGEST: usize = 24;
    let s = &text[sentence.range()];
    let (m_start, m_end) = (mention.start - sentence.start, mention.end - sentence.start);
    let from = m_start.saturating_sub(BEFORE + LONGEST);
    let to = (m_end + AFTER + 1).min(s.len());
    (from..to).find(|&i| {
        if !s.as_bytes()[i].is_ascii_alphabetic() || !is_boundary_before(s, i) {
            return false;
        }
        let Some(len) = launch_word_at(&s[i..]) else {
            return false;
        };
        let before = i + len <= m_start && m_start - (i + len) <= BEFORE;
        let after = i >= m_end && i - m_end <= AFTER;
        before || after
    })
}

/// What one sentence says about a campaign's dates.
struct SentenceDates {
    /// The dates a launch word may date, with where they stand: those
    /// before any start, not the second end of a range, not a briefing's.
    launch: Vec<(usize, DatePhrase)>,
    /// Where the sentence's first launch word stands.
    launch_word: Option<usize>,
    /// Whether it speaks of a campaign without naming it (`a campaign`).
    unnamed: bool,
    /// Where `the campaign` (`the operation`, ...) first stands.
    the_campaign: Option<usize>,
    /// The first start: `from May 8`, `since June`.
    start: Option<DatePhrase>,
    /// The first end: of a range (`from May 8 to August 30`, with the
    /// start), or alone (`until the end of April`).
    end: Option<End>,
}

/// An end date, alone or closing a range.
#[derive(Clone, Copy)]
enum End {
    Range { from: DatePhrase, to: DatePhrase },
    Until(DatePhrase),
}

impl SentenceDates {
    /// Read the date phrases of `sentence` once.
    fn read(tokens: &Tokens<'_>, sentence: Span) -> SentenceDates {
        let text = tokens.text();
        let s = &text[sentence.range()];
        let mut out = SentenceDates {
            launch: Vec::new(),
            launch_word: None,
            unnamed: false,
            the_campaign: None,
            start: None,
            end: None,
        };
        for word in words_in(tokens, sentence) {
            let i = word.start - sentence.start;
            if out.launch_word.is_none() && word.launch(tokens, sentence.end).is_some() {
                out.launch_word = Some(i);
            }
            if word.is(tokens, CAMPAIGN_WORDS) {
                out.unnamed = true;
                let before = s[..i].trim_end_matches(' ');
                if out.the_campaign.is_none()
                    && ascii_word_before(before, before.len()).eq_ignore_ascii_case("the")
                {
                    out.the_campaign = Some(i);
                }
            }
        }
        let dates = dates_in(tokens, sentence);
        for (k, &(at, end, phrase)) in dates.iter().enumerate() {
            let before = s[..at].trim_end();
            let word = ascii_word_before(before, before.len());
            let is = |w: &str| word.eq_ignore_ascii_case(w);
            let after = s[end..].trim_start();
            let ranged = is("from")
                && (after.starts_with("to ")
                    || after.starts_with("until ")
                    || after.starts_with('-'));
            if ranged || is("since") {
                out.start = out.start.or(Some(phrase));
                if let (true, Some(&(_, _, to))) = (ranged, dates.get(k + 1)) {
                    out.end = out.end.or(Some(End::Range { from: phrase, to }));
                }
                continue;
            }
            if ["until", "till", "through"].into_iter().any(is)
                || (is("of") && before.ends_with("end of"))
            {
                out.end = out.end.or(Some(End::Until(phrase)));
                continue;
            }
            // `at a news conference on Tuesday`: when it was said.
            let near = &s[floor_char(s, at.saturating_sub(40))..at];
            let briefing = ["conference", "briefing"].iter().any(|w| near.contains(w));
            if out.start.is_none() && !briefing && !(is("to") && k > 0) {
                out.launch.push((at, phrase));
            }
        }
        out
    }

    /// Date `op` from this sentence: its launch only when a launch word
    /// stands at `launch` (beside the mention), from the date nearest to
    /// it, and no start is known.
    fn apply(&self, launch: Option<usize>, reference: Option<Date>, op: &mut Operation<'_>) {
        let resolve = |p: DatePhrase, past| p.resolve(reference, past);
        if let (Some(at), None, None) = (launch, &op.launched, &op.start) {
            // The dates are in order: the nearest is beside the split.
            let k = self.launch.partition_point(|&(d, _)| d < at);
            let nearest = [k.wrapping_sub(1), k]
                .into_iter()
                .filter_map(|k| self.launch.get(k))
                .min_by_key(|&&(d, _)| d.abs_diff(at));
            op.launched = nearest.and_then(|&(_, p)| resolve(p, true));
        }
        if op.start.is_none() {
            op.start = self.start.and_then(|p| resolve(p, true));
        }
        if op.end.is_none() {
            op.end = match self.end {
                // `from May 8 to August 30 this year`: the end takes the
                // year of the start when it states none.
                Some(End::Range { from, to }) => {
                    let start = from.resolve(reference, true);
                    let end = match (to, start) {
                        (
                            DatePhrase::Day {
                                year: None,
                                month,
                                day,
                            },
                            Some(s),
                        ) => Date::new(s.year(), month, day),
                        (
                            DatePhrase::Month {
                                year: None,
                                month,
                                part,
                            },
                            Some(s),
                        ) => DatePhrase::Month {
                            year: Some(s.year()),
                            month,
                            part,
                        }
                        .resolve(reference, false),
                        _ => to.resolve(reference, false),
                    };
                    // `from November 10 to January 9`: into the next year.
                    match (end, start, to) {
                        (Some(e), Some(s), DatePhrase::Day { year: None, .. }) if e < s => {
                            Date::new(e.year() + 1, e.month(), e.day())
                        }
                        _ => end,
                    }
                }
                Some(End::Until(p)) => resolve(p, false),
                None => None,
            };
        }
    }
}

/// Every date phrase of `sentence`: (start, end, phrase), from the
/// sentence's start.
///
/// A date phrase starts at a word or number (not right after a letter or
/// digit): a day or a year with its separator ([`may_start_date_number`]),
/// a capitalized month or weekday, one of [`DATE_WORDS`], or `the`/`this`
/// before a word a phrase needs ([`may_start_date`]). Only those tokens are
/// tried; a test holds this to trying every byte.
fn dates_in(tokens: &Tokens<'_>, sentence: Span) -> Vec<(usize, usize, DatePhrase)> {
    let mut out = Vec::new();
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    // No phrase is tried where an earlier one ends.
    let mut free = sentence.start;
    let try_at = |at: usize, out: &mut Vec<(usize, usize, DatePhrase)>, free: &mut usize| {
        if let Ok((rest, p)) = date_phrase(&text[at..sentence.end]) {
            let end = sentence.end - rest.len();
            // `the end of March` is read from its `the`.
            out.push((at - sentence.start, end - sentence.start, p));
            *free = end.max(at + 1);
        }
    };
    // Whether a phrase may start at byte `at`: not right after a letter
    // or digit of the sentence.
    let boundary = |at: usize| at == sentence.start || !bytes[at - 1].is_ascii_alphanumeric();
    let from = first_in(tokens, sentence);
    for (k, &t) in all.iter().enumerate().skip(from) {
        if t.start() >= sentence.end {
            break;
        }
        let at = t.start().max(sentence.start);
        if at < free {
            continue;
        }
        match t.kind() {
            Kind::Word => {
                let b = bytes[at];
                // The letters that start a date word.
                if !(b.is_ascii_uppercase() || b"teml".contains(&b)) || !boundary(at) {
                    continue;
                }
                // A word cut by the sentence's edge is tried as it is.
                let whole = at == t.start() && t.end() <= sentence.end;
                if !whole || may_start_date(tokens, k, sentence.end) {
                    try_at(at, &mut out, &mut free);
                }
            }
            Kind::Number => {
                // ASCII digits after a full-width one start a phrase too.
                for at in at..t.end().min(sentence.end) {
                    if at >= free
                        && bytes[at].is_ascii_digit()
                        && boundary(at)
                        && may_start_date_number(&text[at..sentence.end])
                    {
                        try_at(at, &mut out, &mut free);
                    }
                }
            }
            Kind::Cjk | Kind::Newline | Kind::Punct => {}
        }
    }
    out
}

/// Words that may start a date phrase, besides month names, weekdays, `the`
/// and `this`: `the end of May`, `early June`, `mid-July`, `late`, `the
/// beginning of this year`, `the start of the year`, `earlier this month`.
const DATE_WORDS: &[&str] = &[
    "beginning",
    "earlier",
    "early",
    "end",
    "late",
    "later",
    "mid",
    "start",
];

/// The words after `the` in a date phrase (`the end of`, `the year`).
const AFTER_THE: &[&str] = &["beginning", "end", "start", "year"];

/// The words after `this` in a date phrase.
const AFTER_THIS: &[&str] = &["month", "year"];

/// The weekdays, capitalized as a date phrase needs them.
const WEEKDAYS: &[&str] = &[
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

/// Whether a date phrase may start with the word token `k`, in a sentence
/// that ends at byte `limit`. `the` and `this`, common as they are, only
/// with the word after them.
fn may_start_date(tokens: &Tokens<'_>, k: usize, limit: usize) -> bool {
    let word = tokens.str(k);
    let is = |w: &&str| w.eq_ignore_ascii_case(word);
    if is(&"the") {
        return next_word_in(tokens, k, limit, AFTER_THE);
    }
    if is(&"this") {
        return next_word_in(tokens, k, limit, AFTER_THIS);
    }
    tokens.all()[k].starts().has(Class::Month)
        || DATE_WORDS.iter().any(is)
        || WEEKDAYS.contains(&word)
}

/// Whether the word after token `k`, past spaces and tabs, is one of
/// `words`, or may be as the text up to byte `limit` reads it.
fn next_word_in(tokens: &Tokens<'_>, k: usize, limit: usize, words: &[&str]) -> bool {
    let all = tokens.all();
    let Some(next) = all.get(k + 1) else {
        return false;
    };
    if next.end() > limit {
        return true;
    }
    let gap = &tokens.text().as_bytes()[all[k].end()..next.start()];
    next.kind() == Kind::Word
        && !gap.is_empty()
        && gap.iter().all(|&b| b == b' ' || b == b'\t')
        && words
            .iter()
            .any(|w| w.eq_ignore_ascii_case(tokens.str(k + 1)))
}

/// Whether a date phrase may start with the digits at the start of `s`: a
/// day of the month (`2 July`, `6th Dec`), or a year and its separator
/// (`2024-08-14`, `2017/8/14`, `2022.08.05`, `2019年09月04日`).
fn may_start_date_number(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[digits..];
    rest.starts_with(['-', '/', '.', '年'])
        || s[..digits]
            .parse::<u8>()
            .is_ok_and(|d| (1..=31).contains(&d))
}

/// The index of the first token that reaches into `span`.
fn first_in(tokens: &Tokens<'_>, span: Span) -> usize {
    let k = tokens.index_from(span.start);
    match k.checked_sub(1) {
        Some(prev) if tokens.all()[prev].end() > span.start => prev,
        _ => k,
    }
}

/// A word of a span: a run of ASCII letters not right after a letter or
/// digit, cut to the span.
struct SpanWord {
    start: usize,
    end: usize,
    /// Its token, when the word is the whole token (not cut by the span's
    /// edge): its lexicon entry then holds for the word.
    token: Option<usize>,
}

impl SpanWord {
    /// Whether the word is a whole entry of `lexicon`.
    fn is(&self, tokens: &Tokens<'_>, lexicon: &'static Lexicon<()>) -> bool {
        match self.token {
            Some(k) => tokens.all()[k].whole().has(lexicon.class()),
            None => {
                let w = &tokens.text()[self.start..self.end];
                match_prefix(w, lexicon).is_some_and(|(_, l)| l == w.len())
            }
        }
    }

    /// The length of the launch phrase that starts with the word and ends
    /// by byte `limit`, if one does.
    fn launch(&self, tokens: &Tokens<'_>, limit: usize) -> Option<usize> {
        let rest = &tokens.text()[self.start..limit];
        match self.token {
            Some(k) => {
                let t = tokens.all()[k];
                if !t.starts().has(Class::Launch) {
                    return None;
                }
                let entry = t.entry()?;
                lexicon::longest(lexicon::index(), entry, rest, LAUNCH_WORDS).map(|(_, l)| l)
            }
            None => launch_word_at(rest),
        }
    }
}

/// The words of `span`, from its tokens.
fn words_in<'t>(tokens: &'t Tokens<'_>, span: Span) -> impl Iterator<Item = SpanWord> + 't {
    let bytes = tokens.text().as_bytes();
    let from = first_in(tokens, span);
    tokens.all()[from..]
        .iter()
        .enumerate()
        .take_while(move |(_, t)| t.start() < span.end)
        .filter(|(_, t)| t.kind() == Kind::Word)
        .filter_map(move |(k, t)| {
            let start = t.start().max(span.start);
            let end = t.end().min(span.end);
            if start > span.start && bytes[start - 1].is_ascii_alphanumeric() {
                return None;
            }
            let whole = start == t.start() && end == t.end();
            Some(SpanWord {
                start,
                end,
                token: whole.then_some(from + k),
            })
        })
}

/// A quoted stretch of text: the name inside and where the quotes end.
struct Quoted<'a> {
    name: &'a str,
    span: Span,
    open: usize,
    close_end: usize,
}

/// Every short quoted stretch that could be a name, from the `quotes` of
/// `text`.
fn quoted(text: &str, quotes: Vec<Quote>) -> Vec<Quoted<'_>> {
    quotes
        .into_iter()
        .filter_map(|q| {
            let inner = &text[q.inner.range()];
            // `dubbed "Safe Rivers 2024,"`: the sentence's comma inside.
            let name = inner.trim().trim_end_matches([',', '.']).trim_end();
            let words = name.split_whitespace().count();
            if name.is_empty() || words > 12 || name.contains(['\n', '.', ',', ';', '!', '?', '…'])
            {
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

/// Quoted campaign names and `100-day campaign` phrases, in text order.
///
/// A name qualifies by a campaign word beside or inside it, or by
/// continuing a list of names that do; once it qualifies, every quoted
/// mention of it counts (`launched "clearing the source ..."` after the
/// `"clearing the source ..." campaign`).
fn mentions<'a>(tokens: &Tokens<'a>) -> Vec<Mention<'a>> {
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
        let after = &text[skip_spaces(text, q.close_end, 1)..];
        let after = after
            .strip_prefix("special ")
            .or(after.strip_prefix("nationwide "))
            .unwrap_or(after);
        let before = text[..q.open].trim_end();
        let word_before = ascii_word_before(before, before.len());
        // `a so-called “beauty” account` names no campaign.
        let lead = before[..before.len() - word_before.len()].trim_end_matches(['-', ' ']);
        let so_called = lead.len() < before.len() - word_before.len()
            && ascii_word_before(lead, lead.len()).eq_ignore_ascii_case("so");
        let beside = match_prefix(after, CAMPAIGN_WORDS).is_some()
            || (["codenamed", "code-named", "dubbed", "called", "named"]
                .iter()
                .any(|w| word_before.eq_ignore_ascii_case(w))
                && !so_called)
            || ["campaign of", "campaign to", "action to"]
                .iter()
                .any(|p| before.ends_with(p));
        let first = q.name.split_whitespace().next().unwrap_or("");
        let is_campaign =
            |w: &str| match_prefix(w, CAMPAIGN_WORDS).is_some_and(|(_, l)| l == w.len());
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
    if qualified.contains(&true) {
        // The core of each quote, end to end in one string.
        let mut all = String::new();
        let mut key = String::new();
        let mut ends = Vec::with_capacity(quotes.len());
        for q in &quotes {
            core(q.name, &mut key);
            all.push_str(&key);
            ends.push(all.len());
        }
        let core_of = |k: usize| &all[k.checked_sub(1).map_or(0, |p| ends[p])..ends[k]];
        let cores: HashSet<&str> = (0..quotes.len())
            .filter(|&k| qualified[k])
            .map(core_of)
            .collect();
        for (k, q) in quotes.iter().enumerate() {
            if cores.contains(core_of(k)) {
                out.push(Mention {
                    name: q.name,
                    span: q.span,
                });
            }
        }
    }
    out.extend(days);
    out.extend(unquoted);
    out.sort_by_key(|m| m.span.start);
    out
}

/// What one pass over the tokens finds.
struct Scan<'a> {
    /// The quoted stretches.
    quotes: Vec<Quote>,
    /// `100-day campaign` phrases.
    days: Vec<Mention<'a>>,
    /// Code names written without quotes.
    unquoted: Vec<Mention<'a>>,
}

/// The most bytes between a name's quotes.
const MAX_QUOTED: usize = 120;

/// One pass over the tokens, stopping only at campaign and naming words
/// (by their lexicon classes) and at quotes.
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
fn scan<'a>(tokens: &Tokens<'a>) -> Scan<'a> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let all = tokens.all();
    let (mut days, mut out) = (Vec::new(), Vec::new());
    let mut quotes = Vec::new();
    // No quote opens before this byte.
    let mut pos = 0;
    // The tokens to stop at: campaign and naming words, and punctuation
    // whose first byte starts a quote char (`"`, E2 for `“‘`, E3 for `《「`).
    let stop = |t: &Token| {
        let starts = t.starts();
        starts.has(Class::Campaign)
            || starts.has(Class::Naming)
            || (t.kind() == Kind::Punct
                && bytes
                    .get(t.start())
                    .is_some_and(|b| matches!(b, b'"' | 0xE2 | 0xE3)))
    };
    let mut from = 0;
    while let Some(k) = all
        .get(from..)
        .and_then(|rest| rest.iter().position(stop))
        .map(|p| from + p)
    {
        from = k + 1;
        let t = &all[k];
        if t.kind() == Kind::Punct {
            if t.start() >= pos {
                pos = quote_at(tokens, k, &mut quotes);
            }
            continue;
        }
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
        if word == "Operation" || naming.is_some() {
            let word_len = naming.unwrap_or(word.len());
            let from = skip_spaces(text, i + word_len, 1);
            if let Some(end) = name_run(text, from) {
                let start = if naming.is_some() { from } else { i };
                out.push(Mention {
                    name: &text[start..end],
                    span: Span::new(start, end),
                });
            }
        } else if bytes[i].is_ascii_lowercase() && t.whole().has(Class::Campaign) {
            // `the Kunlun 2022 operation`: back over the run before.
            if let Some(start) = name_run_before(text, i) {
                let end = skip_spaces_back(text, i, 1);
                out.push(Mention {
                    name: &text[start..end],
                    span: Span::new(start, end),
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

/// The quote opening at token `k`, if it opens one and it closes within
/// [`MAX_QUOTED`] bytes, into `quotes`; where the next quote may open.
fn quote_at(tokens: &Tokens<'_>, k: usize, quotes: &mut Vec<Quote>) -> usize {
    let text = tokens.text();
    let all = tokens.all();
    let open = all[k].start();
    let c = text[open..].chars().next().unwrap_or(' ');
    let close = match c {
        '“' => '”',
        '‘' => '’',
        '《' => '》',
        '「' => '」',
        '"' => '"',
        _ => return open + c.len_utf8(),
    };
    let inner_start = open + c.len_utf8();
    let limit = floor_char(text, inner_start + MAX_QUOTED);
    let mut buf = [0; 4];
    let close_str = close.encode_utf8(&mut buf).as_bytes();
    let closing = all[k + 1..]
        .iter()
        .take_while(|u| u.start() < limit)
        .find(|u| u.end() <= limit && &text.as_bytes()[u.start()..u.end()] == close_str);
    let Some(closing) = closing else {
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
fn campaign_word_before(text: &str, at: usize) -> bool {
    const LOOK: usize = 40;
    let floor = crate::text::ceil_char(text, at.saturating_sub(LOOK));
    text[floor..at]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| !w.is_empty() && is_campaign_word(w))
}

/// Words that never start or continue a name.
const NOT_NAME_WORDS: &[&str] = &[
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
fn name_word(w: &str) -> bool {
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    (first.is_ascii_uppercase() && !NOT_NAME_WORDS.contains(&w)) || first.is_ascii_digit()
}

/// The end of a run of 1 to 4 name words at `from`, led by a capitalized one.
fn name_run(text: &str, from: usize) -> Option<usize> {
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
fn name_run_before(text: &str, at: usize) -> Option<usize> {
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

fn is_campaign_word(w: &str) -> bool {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    FILTER
        .get_or_init(|| WordFilter::of(CAMPAIGN_WORDS))
        .may_start(w)
        && match_prefix(w, CAMPAIGN_WORDS).is_some_and(|(_, l)| l == w.len())
}

/// Whether a launch phrase starts at `rest` (a word start).
fn launch_word_at(rest: &str) -> Option<usize> {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    if !FILTER
        .get_or_init(|| WordFilter::of(LAUNCH_WORDS))
        .may_start(rest)
    {
        return None;
    }
    match_prefix(rest, LAUNCH_WORDS).map(|(_, len)| len)
}

/// `the 100-day campaign`, `a 90-day nationwide operation`, at the word
/// token `day` (`k`): digits, `-day `, an optional `nationwide `, then a
/// campaign word.
fn day_campaign<'a>(tokens: &Tokens<'a>, k: usize) -> Option<Mention<'a>> {
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
    Some(Mention {
        name: &text[start..end],
        span: Span::new(start, end),
    })
}

/// The name without campaign words, case, punctuation or plural endings,
/// into `out`: `Hundred-Day Operation` and `Hundred Days Action` share
/// `hundredday`.
fn core(name: &str, out: &mut String) {
    out.clear();
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        let from = out.len();
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.push_str(&word.to_lowercase());
        }
        let w = &out[from..];
        if w.is_empty() || is_campaign_key(w) || w == "special" {
            out.truncate(from);
        } else if w.len() > 3 && w.ends_with('s') {
            out.pop();
        }
    }
}

/// Whether the lowercase word `w` is a word of [`CAMPAIGN_WORDS`]: its
/// lexicon entry, when it has one, says so.
fn is_campaign_key(w: &str) -> bool {
    let index = lexicon::index();
    w.len() <= lexicon::MAX_KEY
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && index
            .lookup_word(w.as_bytes(), w.len())
            .is_some_and(|e| index.entry(e).whole.has(Class::Campaign))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(text: &str, reference: &str) -> Vec<String> {
        operations(
            &Tokens::new(text),
            &crate::text::sentence::sentences(&Tokens::new(text)),
            &[],
            reference.parse().ok(),
        )
        .iter()
        .map(|o| {
            let date = |d: Option<Date>| d.map(|d| d.to_string());
            format!(
                "{} {:?} launched={:?} start={:?} end={:?}",
                o.name,
                o.aliases,
                date(o.launched),
                date(o.start),
                date(o.end)
            )
        })
        .collect()
    }

    /// The per-byte scan that [`dates_in`] replaces: every byte that may
    /// start a phrase (a digit, a capital, `t`, `e`, `m`, `l` after no
    /// letter or digit) is tried.
    fn dates_by_bytes(s: &str) -> Vec<(usize, usize, DatePhrase)> {
        let mut out = Vec::new();
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let could_be_date =
                b.is_ascii_digit() || b.is_ascii_uppercase() || b"teml".contains(&b);
            if could_be_date && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
                if let Ok((rest, p)) = date_phrase(&s[i..]) {
                    let end = s.len() - rest.len();
                    out.push((i, end, p));
                    i = end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    #[test]
    fn dates_in_tries_every_start_a_date_phrase_can_have() {
        let texts = [
            "On 2024-08-14 and 2017/8/14, 2022.08.05 and 2019年09月04日 ５3 July it ran.",
            "From November 3, 2018 to 6th Dec, 2018; since 22nd March 2020, 11:05 and Oct 07, 2021.",
            "In June, early July, mid-July, late July, the end of July and End of August 2023.",
            "The beginning of this year, the start of the year, this year and The Year passed.",
            "Earlier this month, later this month, early this month, late this month, this month.",
            "On Monday, Tuesday and Sunday, the 31 teams met 32 times; the end came in mid-May.",
            "the\tend of May, the  year, this\tmonth, the endless year, this yearly month.",
            include_str!("../../tests/fixtures/city_summer_campaign.txt"),
            include_str!("../../tests/fixtures/customs_smuggling.txt"),
            include_str!("../../tests/fixtures/mt_traffic_rectification.txt"),
            include_str!("../../tests/fixtures/ministry_statistics.txt"),
            include_str!("../../tests/fixtures/bilingual_crlf.txt"),
            include_str!("../../tests/fixtures/wire_drug_bust.txt"),
        ];
        let mut found = 0;
        for text in texts {
            let tokens = Tokens::new(text);
            for sentence in crate::text::sentence::sentences(&tokens) {
                let want = dates_by_bytes(&text[sentence.range()]);
                found += want.len();
                assert_eq!(
                    dates_in(&tokens, sentence),
                    want,
                    "{:?}",
                    &text[sentence.range()]
                );
            }
            // Spans that cut words at either end.
            for cut in [1, 3, 7] {
                let (start, end) = (cut, text.len().min(200).saturating_sub(cut));
                if start < end && text.is_char_boundary(start) && text.is_char_boundary(end) {
                    let span = Span::new(start, end);
                    assert_eq!(dates_in(&tokens, span), dates_by_bytes(&text[span.range()]));
                }
            }
        }
        assert!(found > 40, "{found}");
    }

    #[test]
    fn quotes_from_tokens_are_the_text_quotes() {
        let long = format!("“{}” and “x”", "a".repeat(118));
        let texts = [
            "the “Cloud Sword” operation, “a “b” c”, ‘one’ and \"two\" \"three",
            "《Law》 「Net」 “unclosed and then “closed” — ‘x’s’ …”",
            "\"a\"\"b\" \" \" “”‘’《》「」 end”",
            &long,
            include_str!("../../tests/fixtures/city_summer_campaign.txt"),
            include_str!("../../tests/fixtures/customs_smuggling.txt"),
            include_str!("../../tests/fixtures/bilingual_crlf.txt"),
        ];
        for text in texts {
            let key = |q: &Quote| (q.open, q.inner, q.close_end);
            let want: Vec<_> = crate::text::quotes(text, MAX_QUOTED)
                .iter()
                .map(key)
                .collect();
            let got: Vec<_> = scan(&Tokens::new(text)).quotes.iter().map(key).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn quoted_names_beside_campaign_words() {
        assert_eq!(
            ops("All police launched “Operation Summer”. On July 2, the city started its “Summer Operation”.", "2024-08-14"),
            ["Operation Summer [\"Summer Operation\"] launched=Some(\"2024-07-02\") start=None end=None"]
        );
        assert_eq!(
            ops(
                "the “Cloud Sword” operation, which began in June, has cracked cases",
                "2019-12-26"
            ),
            ["Cloud Sword [] launched=Some(\"2019-06-01\") start=None end=None"]
        );
        assert_eq!(
            ops(
                "a campaign codenamed “Iron Fist” against poaching",
                "2020-01-01"
            ),
            ["Iron Fist [] launched=None start=None end=None"]
        );
    }

    #[test]
    fn lists_of_names() {
        assert_eq!(
            ops("operations like the \"Mountain Eagle Campaign\", \"Three Checks and One Control\" and \"Clear Rivers\" continued", "2022-01-01").len(),
            3
        );
    }

    #[test]
    fn slogans_are_not_operations() {
        assert!(ops(
            "the “one standard and three real” approach and the “zero tolerance” target",
            "2024-01-01"
        )
        .is_empty());
    }

    #[test]
    fn ranges_and_weekdays() {
        assert_eq!(
            ops("From May 8 to August 30 this year, the ministry launched the \"spring thunder operation\".", "2021-09-15"),
            ["spring thunder operation [] launched=None start=Some(\"2021-05-08\") end=Some(\"2021-08-30\")"]
        );
        assert_eq!(
            ops("The ministry on Tuesday began a campaign to \"remove hidden risks from explosives\", running until the end of April.", "2019-03-13"),
            ["remove hidden risks from explosives [] launched=Some(\"2019-03-12\") start=None end=Some(\"2019-04-30\")"]
        );
        assert_eq!(
            ops("The 100-day campaign was launched on May 18.", "2020-08-01"),
            ["100-day campaign [] launched=Some(\"2020-05-18\") start=None end=None"]
        );
    }

    #[test]
    fn naming_words_name_campaigns_only() {
        assert!(ops(
            "The ring ran its payments through a server code-named Falcon 2.",
            "2024-05-06"
        )
        .is_empty());
        assert!(ops("A boat dubbed Sea Ghost 3 was stopped.", "2024-05-06").is_empty());
    }

    #[test]
    fn unquoted_code_names() {
        assert_eq!(
            ops(
                "Operation Silver Net, a drive against smugglers, went on.",
                "2020-01-01"
            ),
            ["Operation Silver Net [] launched=None start=None end=None"]
        );
        assert_eq!(
            ops(
                "police held 80 people in an operation, code-named Tianwang 5, that ended in May.",
                "2020-06-01"
            ),
            ["Tianwang 5 [] launched=None start=None end=None"]
        );
        assert_eq!(
            ops(
                "Gangs were broken in the Sea Shield-2021 operation along the coast.",
                "2021-06-01"
            ),
            ["Sea Shield-2021 [] launched=None start=None end=None"]
        );
        // Capitalized words alone before a campaign word are no code name.
        assert!(ops("The Guangdong campaign went on.", "2021-06-01").is_empty());
    }

    #[test]
    fn quoted_names_with_the_sentence_comma_inside() {
        assert_eq!(
            ops(
                "In the drive, which is dubbed \"Clear Lakes 2023,\" 400 boats were checked.",
                "2023-09-01"
            ),
            ["Clear Lakes 2023 [] launched=None start=None end=None"]
        );
    }

    #[test]
    fn slogans_and_so_called_names_are_not_campaigns() {
        assert!(ops("a so-called “lucky star” account", "2020-01-01").is_empty());
        assert!(ops(
            "In the “tough battle” against gangs, 20 were broken.",
            "2020-01-01"
        )
        .is_empty());
        assert_eq!(
            ops("the “Clean Net” battle went on", "2020-01-01"),
            ["Clean Net [] launched=None start=None end=None"]
        );
    }

    #[test]
    fn the_launch_date_is_the_one_beside_the_launch_word() {
        assert_eq!(
            ops("Speaking at a press conference on Monday, Li said 300 people were held in an operation, code-named Thunder 9, that got under way earlier this month.", "2019-05-20"),
            ["Thunder 9 [] launched=Some(\"2019-05-01\") start=None end=None"]
        );
        assert_eq!(
            ops(
                "The “Night Guard” campaign got going on June 3.",
                "2022-07-01"
            ),
            ["Night Guard [] launched=Some(\"2022-06-03\") start=None end=None"]
        );
    }

    #[test]
    fn dates_from_unnamed_mentions_next_door() {
        assert_eq!(
            ops("Police on Friday began a campaign to \"clear hidden risks from fireworks\". Lasting until the end of February, the drive covers every county.", "2016-01-10"),
            ["clear hidden risks from fireworks [] launched=Some(\"2016-01-08\") start=None end=Some(\"2016-02-29\")"]
        );
        assert_eq!(
            ops("A campaign against poaching that got under way in March has solved 800 cases. In the campaign, dubbed \"Green Hills 2020\", 90 gangs were broken.", "2020-11-01"),
            ["Green Hills 2020 [] launched=Some(\"2020-03-01\") start=None end=None"]
        );
    }

    #[test]
    fn ranges_into_the_next_year_and_open_ends() {
        assert_eq!(
            ops(
                "the “Warm Winter” campaign runs from November 10 to January 9.",
                "2021-12-01"
            ),
            ["Warm Winter [] launched=None start=Some(\"2021-11-10\") end=Some(\"2022-01-09\")"]
        );
        assert_eq!(
            ops(
                "the “Quiet Roads” action lasts from April 21st until the end of August.",
                "2023-05-02"
            ),
            ["Quiet Roads [] launched=None start=Some(\"2023-04-21\") end=Some(\"2023-08-31\")"]
        );
    }
}
