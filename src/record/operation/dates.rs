//! The dates of a campaign from the sentences that mention it: the date
//! phrases of a sentence read once (launch, start, end of a range, `until
//! ...`), and whether a launch word stands beside the mention.

use super::*;

/// Whether a launch word stands right beside a mention (`kicking off the
/// “Summer Operation”`, `“Cloud Sword” operation, which began in June`), so
/// a sentence naming two campaigns dates only the one launched.
///
/// Only the few bytes around the mention are read.
pub(super) fn launched_beside(text: &str, sentence: Span, mention: Span) -> Option<usize> {
    /// How far before the mention a launch word may end, and how far after
    /// it one may start.
    const BEFORE: usize = 40;
    const AFTER: usize = 30;
    /// Longer than any launch phrase, with its spaces.
    const LONGEST: usize = 24;
    let s = &text[sentence.range()];
    let (m_start, m_end) = (mention.start - sentence.start, mention.end - sentence.start);
    let from = m_start.saturating_sub(BEFORE + LONGEST);
    // `the “Sea Guard” operation targeting smuggling by sea, which began
    // on January 1`: a clause of its own says when the name was launched.
    if let Some(i) = which_launched(s, m_end) {
        return Some(i);
    }
    let to = (m_end + AFTER + 1).min(s.len());
    let bytes = s.as_bytes();
    // The class of the byte before `i`: a word starts at a letter after no
    // letter or digit.
    let mut before_i = if from == 0 {
        0
    } else {
        BYTE_CLASS[usize::from(bytes[from - 1])]
    };
    let mut i = from;
    while i < to {
        let class = BYTE_CLASS[usize::from(bytes[i])];
        if class & LETTER != 0 && before_i & ALNUM == 0 {
            if let Some(len) = launch_word_at(&s[i..]).or_else(|| carried_out_at(&s[i..])) {
                let before = i + len <= m_start && m_start - (i + len) <= BEFORE;
                let after = i >= m_end && i - m_end <= AFTER;
                if before || after {
                    return Some(i);
                }
            }
        }
        before_i = class;
        i += 1;
    }
    None
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
/// launched`, `which kicked off`) that follows the name ending at `m_end`
/// in `s` before any other clause opens, within a few words.
fn which_launched(s: &str, m_end: usize) -> Option<usize> {
    const LOOK: usize = 80;
    let window = s.get(m_end..crate::text::floor_char(s, (m_end + LOOK).min(s.len())))?;
    let comma = window.find(", which ")?;
    // The words between belong to the name's phrase: no clause of their own.
    if window[..comma].contains([',', ';', '(', ')']) {
        return None;
    }
    let mut at = comma + ", which ".len();
    for aux in ["was ", "has been ", "had been ", "were "] {
        if window[at..].starts_with(aux) {
            at += aux.len();
            break;
        }
    }
    launch_word_at(&window[at..]).map(|_| m_end + at)
}

/// [`BYTE_CLASS`] bits: an ASCII letter, an ASCII letter or digit.
const LETTER: u8 = 1;
const ALNUM: u8 = 2;

/// Per byte, whether it is an ASCII letter and whether a letter or digit.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            t[b] |= LETTER;
        }
        if c.is_ascii_alphanumeric() {
            t[b] |= ALNUM;
        }
        b += 1;
    }
    t
};

/// What one sentence says about a campaign's dates.
pub(super) struct SentenceDates {
    /// The dates a launch word may date, with where they stand: those
    /// before any start, not the second end of a range, not a briefing's.
    /// Each with where the first `that` after it stands (`On the 23rd,
    /// the director said that police launched ...` dates the saying).
    pub(super) launch: Vec<(usize, DatePhrase, usize)>,
    /// Where the sentence's first launch word stands.
    pub(super) launch_word: Option<usize>,
    /// Whether it speaks of a campaign without naming it (`a campaign`).
    pub(super) unnamed: bool,
    /// Where `the campaign` (`the operation`, ...) first stands.
    pub(super) the_campaign: Option<usize>,
    /// The first start: `from May 8`, `since June`.
    pub(super) start: Option<DatePhrase>,
    /// The first end: of a range (`from May 8 to August 30`, with the
    /// start), or alone (`until the end of April`).
    pub(super) end: Option<End>,
}

/// An end date, alone or closing a range.
#[derive(Clone, Copy)]
pub(super) enum End {
    Range { from: DatePhrase, to: DatePhrase },
    Until(DatePhrase),
}

/// Whether `sentence` holds a campaign word: [`SentenceDates::unnamed`]
/// without reading the rest.
pub(super) fn speaks_of_campaign(tokens: &Tokens<'_>, sentence: Span) -> bool {
    words_in(tokens, sentence, &[Class::Campaign]).any(|word| word.is(tokens, CAMPAIGN_WORDS))
}

impl SentenceDates {
    /// A sentence that says nothing of a campaign.
    pub(super) fn none() -> SentenceDates {
        SentenceDates {
            launch: Vec::new(),
            launch_word: None,
            unnamed: false,
            the_campaign: None,
            start: None,
            end: None,
        }
    }

    /// Read the date phrases of `sentence` once.
    pub(super) fn read(tokens: &Tokens<'_>, sentence: Span) -> SentenceDates {
        let text = tokens.text();
        let s = &text[sentence.range()];
        let mut out = SentenceDates::none();
        // Only launch and campaign words count.
        for word in words_in(tokens, sentence, &[Class::Launch, Class::Campaign]) {
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
        // Where each `that` of the sentence stands.
        let thats: Vec<usize> = s
            .match_indices("that")
            .map(|(i, _)| i)
            .filter(|&i| {
                let edge = |b: Option<&u8>| !b.is_some_and(u8::is_ascii_alphanumeric);
                edge(i.checked_sub(1).and_then(|j| s.as_bytes().get(j)))
                    && edge(s.as_bytes().get(i + 4))
            })
            .collect();
        // The date that closes the last range read.
        let mut closed = None;
        for (k, &(at, end, phrase)) in dates.iter().enumerate() {
            let before = s[..at].trim_end();
            let word = ascii_word_before(before, before.len());
            let is = |w: &str| word.eq_ignore_ascii_case(w);
            let after = s[end..].trim_start();
            // `BEIJING, Nov. 2 (Xinhua) --`: a dateline dates the report.
            if closed == Some(k) || is_dateline_end(after) {
                continue;
            }
            if let Some(r) = range_at(s, &dates, k) {
                out.start = out.start.or(Some(r.from));
                out.end = out.end.or(Some(End::Range {
                    from: r.from,
                    to: r.to,
                }));
                closed = r.closes;
                continue;
            }
            let ranged = is("from")
                && (after.starts_with("to ")
                    || after.starts_with("until ")
                    || after.starts_with('-'));
            // `starting from Oct 15`, `beginning June 1`: a start.
            let starting = |w: &str| {
                ["starting", "beginning", "commencing", "effective"]
                    .iter()
                    .any(|s| w.eq_ignore_ascii_case(s))
            };
            let from_after = || {
                let lead = before[..before.len() - word.len()].trim_end();
                starting(ascii_word_before(lead, lead.len()))
            };
            let begins = starting(word) || (is("from") && from_after());
            if ranged || is("since") || begins {
                out.start = out.start.or(Some(phrase));
                if let (true, Some(&(_, _, to))) = (ranged, dates.get(k + 1)) {
                    out.end = out.end.or(Some(End::Range { from: phrase, to }));
                }
                continue;
            }
            if ["until", "till", "through"].into_iter().any(is)
                || (is("of") && before.ends_with("end of"))
                || ended_on(before, word)
            {
                out.end = out.end.or(Some(End::Until(phrase)));
                continue;
            }
            // `at a news conference on Tuesday`, `said on Tuesday that`:
            // when it was said. (Read last: the other tests are cheaper
            // than the text search.)
            let briefing = || {
                if after[..crate::text::ascii_word_len(after)].eq_ignore_ascii_case("that") {
                    return true;
                }
                // `the ministry said on Tuesday.`
                if is("on") {
                    let verb = before[..before.len() - word.len()].trim_end();
                    let verb = ascii_word_before(verb, verb.len());
                    if SAYING.iter().any(|w| verb.eq_ignore_ascii_case(w)) {
                        return true;
                    }
                }
                let near = &s[floor_char(s, at.saturating_sub(40))..at];
                ["conference", "briefing"].iter().any(|w| near.contains(w))
            };
            if out.start.is_none() && !(is("to") && k > 0) && !briefing() {
                let that = thats.partition_point(|&t| t < end);
                out.launch
                    .push((at, phrase, thats.get(that).copied().unwrap_or(usize::MAX)));
            }
        }
        out
    }

    /// Date `op` from this sentence: its launch only when a launch word
    /// stands at `launch` (beside the mention), from the date nearest to
    /// it, and no start is known.
    /// A yearless date takes `named_year`, the year in the campaign's name
    /// (`"Clean Net 2023" ... from April to December`), when it has one.
    pub(super) fn apply(
        &self,
        launch: Option<usize>,
        reference: Option<Date>,
        named_year: Option<u16>,
        op: &mut Operation<'_>,
    ) {
        let resolve = |p: DatePhrase, past| in_year(p, named_year).resolve(reference, past);
        // (A start read before, such as a statistics window `from January
        // to November`, does not keep a launch word from dating the launch.)
        if let (Some(at), None) = (launch, &op.launched) {
            // The dates are in order: the nearest is beside the split.
            let k = self.launch.partition_point(|&(d, ..)| d < at);
            // A date before a `that` before the launch word dates what
            // was said, not the launch.
            let nearest = [k.wrapping_sub(1), k]
                .into_iter()
                .filter_map(|k| self.launch.get(k))
                .filter(|&&(d, _, that)| d > at || that > at)
                .min_by_key(|&&(d, ..)| d.abs_diff(at));
            op.launched = nearest.and_then(|&(_, p, _)| resolve(p, true));
        }
        if op.start.is_none() {
            op.start = self.start.and_then(|p| resolve(p, true));
        }
        if op.end.is_none() {
            op.end = match self.end {
                // `from May 8 to August 30 this year`: the end takes the
                // year of the start when it states none.
                Some(End::Range { from, to }) => {
                    // (The end takes the start's year, below, or the next.)
                    let from = in_year(from, named_year);
                    let start = from.resolve(reference, true);
                    // `from April to June`: through the end of June.
                    let to = month_end(to);
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
                        // `from November to February`: the same.
                        (
                            Some(e),
                            Some(s),
                            DatePhrase::Month {
                                year: None, part, ..
                            },
                        ) if e < s => DatePhrase::Month {
                            year: Some(e.year() + 1),
                            month: e.month(),
                            part,
                        }
                        .resolve(reference, false),
                        _ => end,
                    }
                }
                // `until June`, `ended in June`: through the end of June.
                Some(End::Until(p)) => resolve(month_end(p), false),
                None => None,
            };
        }
    }
}

/// Verbs of saying: a date right after them (`said on Tuesday`) dates
/// the saying.
const SAYING: [&str; 6] = [
    "announced",
    "reported",
    "revealed",
    "said",
    "says",
    "stated",
];

/// A whole month as the end of a span: its last day.
fn month_end(p: DatePhrase) -> DatePhrase {
    match p {
        DatePhrase::Month {
            year,
            month,
            part: Part::Whole,
        } => DatePhrase::Month {
            year,
            month,
            part: Part::End,
        },
        other => other,
    }
}

/// `p` in `year`, when it states none and a year is given: `April` in a
/// campaign named for 2023 is April 2023.
fn in_year(p: DatePhrase, year: Option<u16>) -> DatePhrase {
    match p {
        DatePhrase::Day {
            year: None,
            month,
            day,
        } if year.is_some() => DatePhrase::Day { year, month, day },
        DatePhrase::Month {
            year: None,
            month,
            part,
        } if year.is_some() => DatePhrase::Month { year, month, part },
        other => other,
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
pub(super) fn dates_in(tokens: &Tokens<'_>, sentence: Span) -> Vec<(usize, usize, DatePhrase)> {
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
                if !(b.is_ascii_uppercase() || b"temly".contains(&b)) || !boundary(at) {
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
/// beginning of this year`, `the start of the year`, `earlier this month`,
/// `year-end`.
pub(super) const DATE_WORDS: &[&str] = &[
    "beginning",
    "earlier",
    "early",
    "end",
    "late",
    "later",
    "mid",
    "start",
    "year",
];

/// The words after `the` in a date phrase (`the end of`, `the year`).
pub(super) const AFTER_THE: &[&str] = &["beginning", "end", "start", "year"];

/// The words after `this` in a date phrase.
pub(super) const AFTER_THIS: &[&str] = &["month", "year"];

/// The weekdays, capitalized as a date phrase needs them.
pub(super) const WEEKDAYS: &[&str] = &[
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
/// with the word after them, or `the` before a number (`the 15th`).
pub(super) fn may_start_date(tokens: &Tokens<'_>, k: usize, limit: usize) -> bool {
    let word = tokens.str(k);
    let is = |w: &&str| w.eq_ignore_ascii_case(word);
    if is(&"the") {
        let number_next = tokens
            .all()
            .get(k + 1)
            .is_some_and(|t| t.kind() == Kind::Number);
        return number_next || next_word_in(tokens, k, limit, AFTER_THE);
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
pub(super) fn next_word_in(tokens: &Tokens<'_>, k: usize, limit: usize, words: &[&str]) -> bool {
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
pub(super) fn may_start_date_number(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[digits..];
    rest.starts_with(['-', '/', '.', '年'])
        || s[..digits]
            .parse::<u8>()
            .is_ok_and(|d| (1..=31).contains(&d))
}

/// The index of the first token that reaches into `span`.
pub(super) fn first_in(tokens: &Tokens<'_>, span: Span) -> usize {
    let k = tokens.index_from(span.start);
    match k.checked_sub(1) {
        Some(prev) if tokens.all()[prev].end() > span.start => prev,
        _ => k,
    }
}

/// Whether `after` (the text after a date) ends a dateline: an outlet in
/// brackets, then a dash (`(Xinhua) --`, `(CGTN) —`).
fn is_dateline_end(after: &str) -> bool {
    let Some(inner) = after.strip_prefix('(') else {
        return false;
    };
    let Some(close) = inner.get(..inner.len().min(40)).and_then(|h| h.find(')')) else {
        return false;
    };
    inner[close + 1..]
        .trim_start()
        .starts_with(['-', '\u{2013}', '\u{2014}'])
}

/// `ended on December 31`, `will conclude in May`, `closes at the end`:
/// a verb of ending, then the preposition `word` that ends `before`.
fn ended_on(before: &str, word: &str) -> bool {
    const ENDS: [&str; 8] = [
        "close",
        "closed",
        "conclude",
        "concluded",
        "end",
        "ended",
        "ends",
        "finished",
    ];
    if !["on", "in", "at"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let verb = before[..before.len() - word.len()].trim_end();
    let verb = ascii_word_before(verb, verb.len());
    ENDS.iter().any(|w| verb.eq_ignore_ascii_case(w))
}
