//! Named campaigns: `“Summer Operation”`, `“Cloud Sword” operation`,
//! `campaign codenamed “Green Wind”`, `the 100-day campaign`, with the
//! dates the text gives for their launch, start and end.
//!
//! A quoted name counts when a campaign word stands beside it, inside it, or
//! when it continues a list of such names. Mentions whose names differ only
//! in word order, campaign word or plural (`Operation Summer`,
//! `Summer Operation`) are one operation with aliases.

use crate::quantity::date::{date_phrase, DatePhrase};
use crate::record::{Agency, Operation};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::text::{
    ascii_word_before, is_boundary_before, last_word, match_prefix, quotes, skip_spaces, Table,
};
use crate::{Date, Span};

/// Words that name a campaign.
const CAMPAIGN_WORDS: &Table<()> = &[
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
];

/// Words that launch a campaign.
const LAUNCH_WORDS: &Table<()> = &[
    ("began", ()),
    ("got under way", ()),
    ("initiated", ()),
    ("kicked off", ()),
    ("kicking off", ()),
    ("launch", ()),
    ("launched", ()),
    ("launching", ()),
    ("rolled out", ()),
    ("started", ()),
];

/// A mention of a campaign name.
struct Mention<'a> {
    name: &'a str,
    span: Span,
}

/// The named campaigns of `text`, dated against `reference`.
pub(crate) fn operations<'a>(
    text: &'a str,
    sentences: &[Span],
    agencies: &[Agency<'a>],
    reference: Option<Date>,
) -> Vec<Operation<'a>> {
    let mentions = mentions(text);
    let mut ops: Vec<Operation<'a>> = Vec::new();
    // Which operation each name core is, and which mentions each one has.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut mentioned: Vec<Vec<&Mention<'a>>> = Vec::new();
    for m in &mentions {
        let key = core(m.name);
        if key.is_empty() {
            continue;
        }
        if let Some(&k) = index.get(&key) {
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
        index.insert(key, ops.len());
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
    for (op, mentions) in ops.iter_mut().zip(&mentioned) {
        // `Kunlun 2020`: a campaign named for a year runs in it.
        let named_year = op
            .name
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|y| y.parse::<u16>().ok())
            .find(|y| (1990..=2100).contains(y));
        let reference = reference.or(named_year.and_then(|y| Date::new(y, 12, 31)));
        for m in mentions {
            let Some(k) = sentence_of(sentences, m.span.start) else {
                continue;
            };
            let sentence = sentences[k];
            let dates = read
                .entry(k)
                .or_insert_with(|| SentenceDates::read(&text[sentence.range()]));
            let launch = launched_beside(text, sentence, m.span);
            dates.apply(launch, reference, op);
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
fn launched_beside(text: &str, sentence: Span, mention: Span) -> bool {
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
    (from..to).any(|i| {
        if !s.as_bytes()[i].is_ascii_alphabetic() || !is_boundary_before(s, i) {
            return false;
        }
        let Some((_, len)) = match_prefix(&s[i..], LAUNCH_WORDS) else {
            return false;
        };
        let before = i + len <= m_start && m_start - (i + len) <= BEFORE;
        let after = i >= m_end && i - m_end <= AFTER;
        before || after
    })
}

/// What one sentence says about a campaign's dates.
struct SentenceDates {
    /// The first date a launch word may date: one before any start, not the
    /// second end of a range.
    launch: Option<DatePhrase>,
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
    /// Read the date phrases of sentence `s` once.
    fn read(s: &str) -> SentenceDates {
        let mut out = SentenceDates {
            launch: None,
            start: None,
            end: None,
        };
        let dates = dates_in(s);
        for (k, &(at, end, phrase)) in dates.iter().enumerate() {
            let before = s[..at].trim_end();
            let word = ascii_word_before(before, before.len()).to_ascii_lowercase();
            let after = s[end..].trim_start();
            let ranged = word == "from"
                && (after.starts_with("to ")
                    || after.starts_with("until ")
                    || after.starts_with('-'));
            if ranged || word == "since" {
                out.start = out.start.or(Some(phrase));
                if let (true, Some(&(_, _, to))) = (ranged, dates.get(k + 1)) {
                    out.end = out.end.or(Some(End::Range { from: phrase, to }));
                }
                continue;
            }
            if ["until", "till", "through"].contains(&word.as_str())
                || (word == "of" && before.ends_with("end of"))
            {
                out.end = out.end.or(Some(End::Until(phrase)));
                continue;
            }
            if out.start.is_none() && out.launch.is_none() && !(word == "to" && k > 0) {
                out.launch = Some(phrase);
            }
        }
        out
    }

    /// Date `op` from this sentence: its launch only when a launch word
    /// stands beside the mention, and no start is known.
    fn apply(&self, launch: bool, reference: Option<Date>, op: &mut Operation<'_>) {
        let resolve = |p: DatePhrase, past| p.resolve(reference, past);
        if launch && op.launched.is_none() && op.start.is_none() {
            op.launched = self.launch.and_then(|p| resolve(p, true));
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
                    match (to, start) {
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
                    }
                }
                Some(End::Until(p)) => resolve(p, false),
                None => None,
            };
        }
    }
}

/// Every date phrase of a sentence: (start, end, phrase).
fn dates_in(s: &str) -> Vec<(usize, usize, DatePhrase)> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Date phrases start with a digit, a capital (month, weekday) or
        // `the`, `early`, `mid`, `late`, `end`, `this`.
        let could_be_date = b.is_ascii_digit() || b.is_ascii_uppercase() || b"teml".contains(&b);
        let starts = could_be_date && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if starts {
            if let Ok((rest, p)) = date_phrase(&s[i..]) {
                let end = s.len() - rest.len();
                // `the end of March` is read from its `the`.
                out.push((i, end, p));
                i = end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A quoted stretch of text: the name inside and where the quotes end.
struct Quoted<'a> {
    name: &'a str,
    span: Span,
    open: usize,
    close_end: usize,
}

/// Every short quoted stretch that could be a name.
fn quoted(text: &str) -> Vec<Quoted<'_>> {
    quotes(text, 120)
        .into_iter()
        .filter_map(|q| {
            let inner = &text[q.inner.range()];
            let name = inner.trim();
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
fn mentions(text: &str) -> Vec<Mention<'_>> {
    let quotes = quoted(text);
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
        let beside = match_prefix(after, CAMPAIGN_WORDS).is_some()
            || ["codenamed", "dubbed", "called"]
                .iter()
                .any(|w| word_before.eq_ignore_ascii_case(w))
            || ["campaign of", "campaign to", "action to"]
                .iter()
                .any(|p| before.ends_with(p));
        let first = q.name.split_whitespace().next().unwrap_or("");
        let is_campaign =
            |w: &str| match_prefix(w, CAMPAIGN_WORDS).is_some_and(|(_, l)| l == w.len());
        let inside = is_campaign(last_word(q.name)) || is_campaign(first);
        let between = &text[last_end.min(q.open)..q.open];
        let in_list = last_end > 0 && matches!(between.trim(), "," | "and" | ", and" | "、");
        if beside || inside || in_list {
            qualified[k] = true;
            last_end = q.close_end;
        }
    }
    let cores: HashSet<String> = quotes
        .iter()
        .zip(&qualified)
        .filter(|(_, &ok)| ok)
        .map(|(q, _)| core(q.name))
        .collect();
    let mut out: Vec<Mention<'_>> = quotes
        .iter()
        .filter(|q| cores.contains(&core(q.name)))
        .map(|q| Mention {
            name: q.name,
            span: q.span,
        })
        .collect();
    out.extend(day_campaigns(text));
    out.sort_by_key(|m| m.span.start);
    out
}

/// `the 100-day campaign`, `a 90-day nationwide operation`.
fn day_campaigns(text: &str) -> Vec<Mention<'_>> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("-day ") {
        let digits = text[..at]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits == 0 {
            continue;
        }
        let start = at - digits;
        let mut end = at + "-day ".len();
        let rest = &text[end..];
        let rest = if let Some(r) = rest.strip_prefix("nationwide ") {
            end += "nationwide ".len();
            r
        } else {
            rest
        };
        if let Some((_, len)) = match_prefix(rest, CAMPAIGN_WORDS) {
            end += len;
            out.push(Mention {
                name: &text[start..end],
                span: Span::new(start, end),
            });
        }
    }
    out
}

/// The name without campaign words, case, punctuation or plural endings:
/// `Hundred-Day Operation` and `Hundred Days Action` share `hundredday`.
fn core(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        let w = word.to_lowercase();
        if w.is_empty()
            || match_prefix(&w, CAMPAIGN_WORDS).is_some_and(|(_, l)| l == w.len())
            || w == "special"
        {
            continue;
        }
        out.push_str(w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(&w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(text: &str, reference: &str) -> Vec<String> {
        operations(
            text,
            &crate::text::sentence::sentences(text),
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
}
