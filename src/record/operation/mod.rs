//! Named campaigns: `“Summer Operation”`, `“Cloud Sword” operation`,
//! `campaign codenamed “Green Wind”`, `the 100-day campaign`, with the
//! dates the text gives for their launch, start and end.
//!
//! A quoted name counts when a campaign word stands beside it, inside it, or
//! when it continues a list of such names. Mentions whose names differ only
//! in word order, campaign word or plural (`Operation Summer`,
//! `Summer Operation`) are one operation with aliases.
//!
//! [`mentions`] finds the names in one pass over the tokens (stopping only
//! at campaign and naming words) and one over the quote bytes; [`dates`]
//! reads the dates of the sentences that mention them.

mod beside;
mod bilingual;
mod campaign_words;
mod code_names;
mod cores;
mod dates;
mod described;
mod gloss;
mod later;
mod mentions;
mod phrases;
mod quotes;
mod ranges;
mod repeats;
mod sentence_words;
mod shortened;
mod tense;

use crate::lex::{lexicon, Class, Classes, Kind, Lexicon, Token, Tokens};
use crate::quantity::date::{date_phrase, month_name, DatePhrase, Part};
use crate::record::{Agency, Operation};
use beside::*;
use campaign_words::*;
use code_names::*;
use cores::{core, Cores};
use dates::*;
use described::*;
use gloss::*;
use later::*;
use mentions::*;
use phrases::*;
use quotes::*;
use ranges::*;
use repeats::repeats;
use sentence_words::*;
use std::borrow::Cow;
use std::sync::OnceLock;
use tense::{Tense, Tenses};

use crate::text::{
    ascii_word_before, ascii_word_len, floor_char, last_word, match_prefix, skip_spaces,
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
        ("commenced", ()),
        ("deployed", ()),
        ("embarked on", ()),
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
/// `codenamed`, `dubbed`, `called`, `named`, `day`. With the campaign
/// words, the only words the scan for unquoted names stops at.
pub(crate) const NAMING_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Naming,
    &[
        ("called", ()),
        ("code", ()),
        ("codenamed", ()),
        ("day", ()),
        ("dubbed", ()),
        ("named", ()),
    ],
);

/// A mention of a campaign name.
struct Mention<'a> {
    pub(super) name: &'a str,
    pub(super) span: Span,
    /// Where its name's [`core`] is in the cores [`mentions`] gives.
    pub(super) core: std::ops::Range<usize>,
}

/// The named campaigns of `text`, dated against `reference`.
// Kept out of line: `benches/stages.sh` finds it by name.
#[inline(never)]
pub(crate) fn operations<'a>(
    tokens: &Tokens<'a>,
    sentences: &[Span],
    agencies: &[Agency<'a>],
    reference: Option<Date>,
) -> Vec<Operation<'a>> {
    let text = tokens.text();
    let mut keys = String::new();
    let mentions = mentions(tokens, &mut keys);
    let mut ops: Vec<Operation<'a>> = Vec::new();
    // The name core of each operation (a document has few: a list beats
    // hashing), and which mentions each one has.
    let mut cores = Cores::default();
    let mut mentioned: Vec<Vec<&Mention<'a>>> = Vec::new();
    // The operation of the last mention and where it ended.
    let mut last: Option<(usize, usize)> = None;
    let mut last_name = "";
    // The cores of the glosses met (`“昆仑2024” (Kunlun 2024)`), and the
    // operation each spells.
    let mut glosses = Cores::default();
    let mut gloss_ops: Vec<usize> = Vec::new();
    let mut gloss_key = String::new();
    for m in &mentions {
        let key = &keys[m.core.clone()];
        if key.is_empty() {
            continue;
        }
        let gloss = gloss_after(text, m.span.end);
        gloss_key.clear();
        if let Some(g) = gloss {
            core(g, &mut gloss_key);
        }
        let k = cores
            .position(key)
            .or_else(|| cores.year_variant(key))
            .or_else(|| glosses.position(key).map(|g| gloss_ops[g]))
            .or_else(|| retold_length(text, &cores, &ops, m))
            .or_else(|| {
                (!gloss_key.is_empty())
                    .then(|| cores.position(&gloss_key))
                    .flatten()
            })
            .or_else(|| {
                // (`“100-day action”` is a quoted and a described mention
                // of the same words: one campaign.)
                (last.is_some_and(|(_, end)| m.span.start < end)
                    || apposition(text, last, m)
                    || described_before(text, last, last_name, m)
                    || glossed(text, last, m))
                .then(|| last.map(|(k, _)| k))
                .flatten()
            });
        last_name = m.name;
        if let Some(k) = k {
            last = Some((k, m.span.end));
            let op = &mut ops[k];
            if !op.name.eq_ignore_ascii_case(m.name)
                && !op.aliases.iter().any(|a| a.eq_ignore_ascii_case(m.name))
            {
                // A proper name outranks a described one (`the summer
                // public security crackdown`, then `“Summer Operation”`).
                if described_key(&op.name).is_some()
                    && (described_key(m.name).is_none() || in_quotes(text, m))
                {
                    let described = std::mem::replace(&mut op.name, m.name.into());
                    op.aliases.insert(0, described);
                    op.span = m.span;
                } else {
                    op.aliases.push(m.name.into());
                }
            }
            mentioned[k].push(m);
            add_gloss(op, gloss, &gloss_key, k, &mut glosses, &mut gloss_ops);
            // A name joined by its place (a description running into it,
            // an apposition) names the campaign when it comes again.
            if cores.position(key) != Some(k) && glosses.position(key).is_none() {
                glosses.push(key);
                gloss_ops.push(k);
            }
            continue;
        }
        last = Some((ops.len(), m.span.end));
        let sentence = sentence_of(sentences, m.span.start).map_or(m.span, |k| sentences[k]);
        cores.push(key);
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
        let k = ops.len() - 1;
        add_gloss(
            &mut ops[k],
            gloss,
            &gloss_key,
            k,
            &mut glosses,
            &mut gloss_ops,
        );
    }
    for op in &mut ops {
        alias_without_operation(op);
    }
    shortened::fold_shortened(&mut ops, &mut mentioned);
    bilingual::fold_bilingual(text, &mut ops, &mut mentioned);
    fold_described(text, &mentions, &mut ops, &mut mentioned);
    // `Safe Campus 2024 will run until July 10`: bare repeats of the names.
    let bare = repeats(tokens, &ops, &mentions);
    for (k, m) in &bare {
        mentioned[*k].push(m);
    }
    if !bare.is_empty() {
        for ms in &mut mentioned {
            ms.sort_by_key(|m| m.span.start);
        }
    }
    // Dates: from every sentence that mentions the operation, each sentence
    // read once however many mentions it holds (by its index: few are read).
    let mut read = Read::new(if ops.is_empty() { 0 } else { sentences.len() });
    // The sentences that name a campaign: mentions come in text order, so
    // their sentences do too.
    let mut named: Vec<usize> = mentions
        .iter()
        .chain(bare.iter().map(|(_, m)| m))
        .filter_map(|m| sentence_of(sentences, m.span.start))
        .collect();
    named.sort_unstable();
    named.dedup();
    // `“Kunlun 2024” and “Net Clean 2024” operations, both launched in
    // March`: a list of names is launched as one, after its last name.
    let list_ends = list_ends(text, &mentions);
    let list_end = |m: &Mention<'_>, sentence: Span| {
        let k = mentions.partition_point(|n| n.span.start < m.span.start);
        // (A list ends in its sentence; a bare repeat opens none.)
        let listed = mentions
            .get(k)
            .is_some_and(|n| n.span.start == m.span.start);
        list_ends
            .get(k)
            .copied()
            .filter(|&e| listed && e <= sentence.end)
            .unwrap_or(m.span.end)
    };
    // The sentences that name more than one operation: `the campaign` in
    // the sentence next door is one of them, only the one it names.
    let mut crowded: Vec<(usize, usize)> = mentioned
        .iter()
        .enumerate()
        .flat_map(|(op, ms)| {
            ms.iter()
                .filter_map(move |m| sentence_of(sentences, m.span.start).map(|k| (k, op)))
        })
        .collect();
    crowded.sort_unstable();
    crowded.dedup();
    let crowded: Vec<usize> = crowded
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[0].0)
        .collect();
    let mut every: Vec<Span> = mentions
        .iter()
        .chain(bare.iter().map(|(_, m)| m))
        .map(|m| m.span)
        .collect();
    every.sort_by_key(|s| s.start);
    // In a sentence naming several campaigns, the parts that date the one
    // mentioned at `m`, with its list ending at `end`.
    let own = |k: usize, sentence: Span, end: usize| {
        if crowded.binary_search(&k).is_err() {
            return None;
        }
        let first = every.partition_point(|n| n.start < sentence.start);
        let next = every.partition_point(|n| n.start < end);
        let start_of = |j: usize| {
            every
                .get(j)
                .map_or(sentence.end, |n| n.start.min(sentence.end))
        };
        Some(Own {
            shared: start_of(first) - sentence.start,
            from: end - sentence.start,
            to: start_of(next) - sentence.start,
        })
    };
    for (op, mentions) in ops.iter_mut().zip(&mentioned) {
        // `Kunlun 2020`: a campaign named for a year runs in it.
        let named_year = named_year(&op.name);
        let mut neighbours = Vec::new();
        for m in mentions {
            let Some(k) = sentence_of(sentences, m.span.start) else {
                continue;
            };
            let sentence = sentences[k];
            let dates = read_once(&mut read, k, || SentenceDates::read(tokens, sentence));
            let end = list_end(m, sentence);
            // (`since the operation began in August`: `the campaign` after
            // the name is the campaign.)
            let own = own(k, sentence, end);
            // (`launched the "A" drive on March 15 and the "B" drive on May
            // 20`: a launch word before a sentence's first name launches
            // each name of it.)
            let launch = launched_beside(tokens, sentence, Span::new(m.span.start, end))
                .or_else(|| campaign_launch(dates).filter(|&w| sentence.start + w > m.span.end))
                .or_else(|| {
                    let o = own?;
                    let dated = dates.launch.iter().any(|&(d, ..)| o.holds(d));
                    dates.launch_word.filter(|&w| dated && w < o.shared)
                });
            dates.apply(launch, reference, named_year, op, own);
            // (Page furniture between a headline and its story is passed
            // over: `Source: ...` speaks of no campaign.)
            let mut next = k + 1;
            while next < k + 3
                && sentences
                    .get(next)
                    .is_some_and(|s| is_furniture(&text[s.range()]))
            {
                next += 1;
            }
            neighbours.push((next, k));
            // `A campaign ... got under way in February. In the campaign,
            // dubbed "X", ...`: the name is given to the campaign before.
            if dates
                .the_campaign
                .is_some_and(|at| at < m.span.start - sentence.start)
            {
                neighbours.push((k.wrapping_sub(1), k));
            }
        }
        // Then the sentences next door that speak of `the campaign` without
        // naming it (`Lasting until the end of May, the drive will ...`).
        for (k, from) in neighbours {
            let Some(&sentence) = sentences.get(k) else {
                continue;
            };
            if named.binary_search(&k).is_ok() {
                continue;
            }
            // (`the "A" operation and the "B" action. The B action, launched
            // in 2020, ...`: only the one it names.)
            if crowded.binary_search(&from).is_ok() && !names(&text[sentence.range()], &op.name) {
                continue;
            }
            // Most sentences next door hold no campaign word: their dates
            // are never read.
            let dates = read_once(&mut read, k, || {
                // `It began on May 10.`: the campaign, by its pronoun.
                let it = it_dated(&text[sentence.range()]);
                if it || speaks_of_campaign(tokens, sentence) {
                    let mut dates = SentenceDates::read(tokens, sentence);
                    dates.unnamed |= it;
                    dates
                } else {
                    SentenceDates::none()
                }
            });
            if dates.unnamed {
                dates.apply(dates.launch_word, reference, named_year, op, None);
            }
        }
    }
    let mut owners: Vec<(usize, usize)> = (mentioned.iter().enumerate())
        .flat_map(|(op, ms)| ms.iter().map(move |m| (m.span.start, op)))
        .collect();
    owners.sort_unstable();
    let later = Later {
        sentences,
        named: &named,
        crowded: &crowded,
        owners: &owners,
    };
    later.date(tokens, &mut read, reference, &mut ops);
    ops
}

/// Give operation `k` its `gloss` (keyed `key`) as an alias, unless it has
/// that spelling, and note that the gloss's core names it.
fn add_gloss<'a>(
    op: &mut Operation<'a>,
    gloss: Option<&'a str>,
    key: &str,
    k: usize,
    glosses: &mut Cores,
    gloss_ops: &mut Vec<usize>,
) {
    let Some(gloss) = gloss.filter(|_| !key.is_empty()) else {
        return;
    };
    let spelled = op.name.eq_ignore_ascii_case(gloss)
        || op.aliases.iter().any(|a| a.eq_ignore_ascii_case(gloss));
    if !spelled {
        op.aliases.push(gloss.into());
    }
    if glosses.position(key).is_none() {
        glosses.push(key);
        gloss_ops.push(k);
    }
}

/// `Operation Fox Hunt 2024` is also spelled `Fox Hunt 2024`, the name
/// proper: give the operation that spelling too, unless it has it or a
/// spelling that starts with it (`Summer Operation` for `Operation Summer`).
fn alias_without_operation(op: &mut Operation<'_>) {
    let Some(bare) = op.name.strip_prefix("Operation ") else {
        return;
    };
    let bare = bare.trim_start();
    let spelled = |a: &Cow<'_, str>| {
        a.get(..bare.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(bare))
    };
    if bare.is_empty() || op.aliases.iter().any(spelled) {
        return;
    }
    let bare: Cow<'_, str> = match &op.name {
        Cow::Borrowed(name) => Cow::Borrowed(&name[name.len() - bare.len()..]),
        Cow::Owned(_) => Cow::Owned(bare.to_owned()),
    };
    op.aliases.push(bare);
}

/// `the “Hundred Days Action” carrying out the summer public security
/// crackdown`: a described name a few words after a name, in the same
/// clause, says what that campaign is.
fn apposition(text: &str, last: Option<(usize, usize)>, m: &Mention<'_>) -> bool {
    let Some((_, end)) = last else {
        return false;
    };
    described_key(m.name).is_some()
        && m.span.start >= end
        && m.span.start - end <= 40
        && !text.as_bytes()[end..m.span.start]
            .iter()
            .any(|b| matches!(b, b'.' | b';' | b',' | b'\n'))
}

/// `the “Summer Operation” (“夏季行动”)`: a quoted name in brackets right
/// after a name, nothing else in them, is that name in another spelling.
fn glossed(text: &str, last: Option<(usize, usize)>, m: &Mention<'_>) -> bool {
    let Some((_, end)) = last else {
        return false;
    };
    let quotes: &[char] = &['"', '\'', '“', '”', '‘', '’', '《', '》', '「', '」', ' '];
    let opened = text
        .get(end..m.span.start)
        .map(|between| between.trim_matches(quotes));
    let closed = text
        .get(m.span.end..)
        .map(|after| after.trim_start_matches(quotes));
    match (opened, closed) {
        (Some("("), Some(after)) => after.starts_with(')'),
        (Some("\u{ff08}"), Some(after)) => after.starts_with('\u{ff09}'),
        (Some(_) | None, Some(_) | None) => false,
    }
}

/// Whether `sentence` holds `name`, ignoring ASCII case.
fn names(sentence: &str, name: &str) -> bool {
    let Some(first) = name.as_bytes().first() else {
        return false;
    };
    // (The first byte turns most places away before the whole compare.)
    sentence
        .as_bytes()
        .windows(name.len())
        .any(|w| w[0].eq_ignore_ascii_case(first) && w.eq_ignore_ascii_case(name.as_bytes()))
}

/// For each mention, where the list of names it opens or continues ends:
/// the names after it joined by `,`, `and`, `、` (past their quotes).
fn list_ends(text: &str, mentions: &[Mention<'_>]) -> Vec<usize> {
    let mut ends: Vec<usize> = mentions.iter().map(|m| m.span.end).collect();
    for k in (1..mentions.len()).rev() {
        let (a, b) = (mentions[k - 1].span.end, mentions[k].span.start);
        let joined = text.get(a..b).is_some_and(|between| {
            let quotes: &[char] = &['"', '\'', '“', '”', '‘', '’', '《', '》', '「', '」', ' '];
            let bare = between.trim_matches(quotes);
            matches!(bare, "," | "and" | ", and" | "、" | "or")
        });
        if a <= b && joined {
            ends[k - 1] = ends[k];
        }
    }
    ends
}

/// The marks that open a quoted name.
const OPENING_QUOTES: [char; 6] = ['"', '\'', '“', '‘', '《', '「'];

/// Whether the mention `m` was written in quotes (`“100-day action”`): a
/// name, even when it reads as a description.
fn in_quotes(text: &str, m: &Mention<'_>) -> bool {
    text[..m.span.start].ends_with(OPENING_QUOTES)
        || text[m.span.start..].starts_with(OPENING_QUOTES)
}

/// `the summer public security crackdown and rectification “Hundred Days
/// Action”`: a described name (`last_name`, ending at `last`) that runs
/// into a proper name through a few lowercase words, with no article or
/// mark between, is that campaign's description.
fn described_before(
    text: &str,
    last: Option<(usize, usize)>,
    last_name: &str,
    m: &Mention<'_>,
) -> bool {
    let Some((_, end)) = last else {
        return false;
    };
    if described_key(last_name).is_none()
        || (described_key(m.name).is_some() && !in_quotes(text, m))
    {
        return false;
    }
    let Some(between) = text.get(end..m.span.start) else {
        return false;
    };
    let words = between.trim_end_matches(|c| c == ' ' || OPENING_QUOTES.contains(&c));
    let mut n = 0;
    between.len() <= 40
        && words.split(' ').filter(|w| !w.is_empty()).all(|w| {
            n += 1;
            n <= 3
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !["a", "an", "its", "the", "their", "this", "with"].contains(&w)
        })
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

fn is_campaign_word(w: &str) -> bool {
    campaign_filter().may_start(w)
        && match_prefix(w, CAMPAIGN_WORDS).is_some_and(|(_, l)| l == w.len())
}

/// The cheap, exact reject for [`CAMPAIGN_WORDS`].
fn campaign_filter() -> &'static WordFilter {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    FILTER.get_or_init(|| WordFilter::of(CAMPAIGN_WORDS))
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

#[cfg(test)]
mod tests;
