//! The dates of a campaign from the sentences that mention it: the date
//! phrases of a sentence read once (launch, start, end of a range, `until
//! ...`), each with its tense. Whether a launch word stands beside the
//! mention is [`super::beside`]'s.

use super::*;

/// What one sentence says about a campaign's dates.
pub(super) struct SentenceDates {
    /// The dates a launch word may date, with where they stand: those
    /// before any start, not the second end of a range, not a briefing's.
    /// Each with where the first `that` after it stands (`On the 23rd,
    /// the director said that police launched ...` dates the saying), and
    /// the tense it is told in.
    pub(super) launch: Vec<(usize, DatePhrase, usize, Option<Tense>)>,
    /// Where the sentence's first launch word stands.
    pub(super) launch_word: Option<usize>,
    /// Whether it speaks of a campaign without naming it (`a campaign`).
    pub(super) unnamed: bool,
    /// Where `the campaign` (`the operation`, ...) first stands.
    pub(super) the_campaign: Option<usize>,
    /// The starts, in order, with where they stand and their tense:
    /// `from May 8`, `since June`.
    pub(super) start: Vec<(usize, DatePhrase, Option<Tense>)>,
    /// The ends, the same: of a range (`from May 8 to August 30`, with the
    /// start), or alone (`until the end of April`).
    pub(super) end: Vec<(usize, End, Option<Tense>)>,
    /// Where the dates followed by `next year` stand (`until March 19 next
    /// year`): they lie in the year after the reference's.
    pub(super) next_year: Vec<usize>,
    /// Where the dates that name only a year stand (`this year`, `the
    /// first half of the year`): a launch takes a month or day beside the
    /// launch word over them.
    pub(super) whole_year: Vec<usize>,
}

/// The parts of a sentence naming several campaigns that date one of
/// them (`The “A” action ends on August 31 and the “B” action on
/// September 30`): the words before the first name, and those from the
/// mention (past the list it ends) to the next name. Byte offsets into
/// the sentence.
#[derive(Clone, Copy)]
pub(super) struct Own {
    pub(super) shared: usize,
    pub(super) from: usize,
    pub(super) to: usize,
}

impl Own {
    pub(super) fn holds(self, at: usize) -> bool {
        at < self.shared || (self.from..self.to).contains(&at)
    }
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
    let s = &tokens.text()[sentence.start..];
    words_in(tokens, sentence, CAMPAIGN).any(|word| {
        word.is(tokens, CAMPAIGN_WORDS) && !super::later::another(&s[..word.start - sentence.start])
    })
}

impl SentenceDates {
    /// A sentence that says nothing of a campaign.
    pub(super) fn none() -> SentenceDates {
        SentenceDates {
            launch: Vec::new(),
            launch_word: None,
            unnamed: false,
            the_campaign: None,
            start: Vec::new(),
            end: Vec::new(),
            next_year: Vec::new(),
            whole_year: Vec::new(),
        }
    }

    /// The launch and campaign words of `sentence` ([`launch_word`],
    /// [`unnamed`], [`the_campaign`]), without its date phrases: enough
    /// to tell whether the rest is worth reading.
    ///
    /// [`launch_word`]: SentenceDates::launch_word
    /// [`unnamed`]: SentenceDates::unnamed
    /// [`the_campaign`]: SentenceDates::the_campaign
    pub(super) fn words(tokens: &Tokens<'_>, sentence: Span) -> SentenceDates {
        let s = &tokens.text()[sentence.range()];
        let mut out = SentenceDates::none();
        // Only launch and campaign words count.
        for word in words_in(tokens, sentence, LAUNCH_OR_CAMPAIGN) {
            let i = word.start - sentence.start;
            if out.launch_word.is_none() && word.launch(tokens, sentence.end).is_some() {
                out.launch_word = Some(i);
            }
            if word.is(tokens, CAMPAIGN_WORDS) {
                out.unnamed = true;
                let before = s[..i].trim_end_matches(' ');
                if out.the_campaign.is_none() && the_before(before) {
                    out.the_campaign = Some(i);
                }
            }
        }
        out
    }

    /// Read the date phrases of `sentence` once.
    pub(super) fn read(tokens: &Tokens<'_>, sentence: Span) -> SentenceDates {
        let text = tokens.text();
        let s = &text[sentence.range()];
        let mut out = SentenceDates::words(tokens, sentence);
        let dates = weekdays_joined(s, dates_in(tokens, sentence));
        // (The tenses and `that`s serve the dates: a sentence with none
        // reads neither.)
        if dates.is_empty() {
            return out;
        }
        let tenses = Tenses::read(tokens, sentence);
        // Where each `that` of the sentence stands.
        let thats = &tenses.thats;
        // The date that closes the last range read.
        let mut closed = None;
        for (k, &(at, end, phrase)) in dates.iter().enumerate() {
            let before = s[..at].trim_end();
            let word = ascii_word_before(before, before.len());
            let is = |w: &str| word.eq_ignore_ascii_case(w);
            let after = s[end..].trim_start();
            // `BEIJING, Nov. 2 (Xinhua) --`: a dateline dates the report.
            // A date inside quotes is part of a name (`the "May Day
            // Guard" operation`), no date of it.
            if closed == Some(k) || is_dateline_end(after) || in_quoted_name(&s[..at]) {
                continue;
            }
            let tense = tenses.at(at, end);
            if after
                .get(..9)
                .is_some_and(|h| h.eq_ignore_ascii_case("next year"))
            {
                out.next_year.push(at);
            }
            if s[at..end]
                .get(s[at..end].len().saturating_sub(4)..)
                .is_some_and(|w| w.eq_ignore_ascii_case("year"))
            {
                out.whole_year.push(at);
            }
            if let Some(r) = range_at(s, &dates, k) {
                out.start.push((at, r.from, tense));
                let (from, to) = (r.from, r.to);
                out.end.push((at, End::Range { from, to }, tense));
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
            // (`Beginning in June`, `starting on May 5`: the same.)
            let begins =
                starting(word) || (["from", "in", "on"].into_iter().any(is) && from_after());
            if ranged || is("since") || begins {
                out.start.push((at, phrase, tense));
                if let (true, Some(&(_, _, to))) = (ranged, dates.get(k + 1)) {
                    out.end.push((at, End::Range { from: phrase, to }, tense));
                }
                continue;
            }
            if ["until", "till", "through"].into_iter().any(is)
                || (is("of") && before.ends_with("end of"))
                || ended_on(before, word)
                || until_event(before, word)
                || super::later::extended_to(before, word)
                || super::later::when_ended(after)
            {
                out.end.push((at, End::Until(phrase), tense));
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
            if (out.start.is_empty() || super::later::launched_on(before, word))
                && !(is("to") && k > 0)
                && !briefing()
            {
                let that = thats.partition_point(|&t| t < end);
                let that = thats.get(that).copied().unwrap_or(usize::MAX);
                out.launch.push((at, phrase, that, tense));
            }
        }
        out
    }

    /// Date `op` from this sentence: its launch only when a launch word
    /// stands at `launch` (beside the mention), from the date nearest to
    /// it, and no start is known.
    /// A yearless date takes `named_year`, the year in the campaign's name
    /// (`"Clean Net 2023" ... from April to December`), when it has one,
    /// else the year its tense gives. In a sentence naming several
    /// campaigns, starts and ends come from the parts `own` gives.
    pub(super) fn apply(
        &self,
        launch: Option<usize>,
        reference: Option<Date>,
        named_year: Option<u16>,
        op: &mut Operation<'_>,
        own: Option<Own>,
    ) {
        let resolve = |p: DatePhrase, past, tense| {
            let p = in_year(p, named_year);
            match tense {
                Some(Tense::NotPast) => p.resolve_near(reference),
                Some(Tense::Future) => resolve_ahead(p, reference),
                Some(Tense::Past) => p.resolve(reference, true),
                None => p.resolve(reference, past),
            }
        };
        let owned = |at: usize| own.map_or(true, |o| o.holds(at));
        // (A start read before, such as a statistics window `from January
        // to November`, does not keep a launch word from dating the launch.)
        if let (Some(at), None) = (launch, &op.launched) {
            // The dates are in order: the nearest is beside the split.
            let k = self.launch.partition_point(|&(d, ..)| d < at);
            // A date before a `that` before the launch word dates what
            // was said, not the launch.
            // (`This year, police launched the "A" drive on March 15`: a
            // date naming only the year yields to one naming its day.)
            // In a sentence naming several campaigns, a launch word before
            // the first name launches each on the date after its own
            // (`launched the "A" drive on March 15 and the "B" drive on
            // May 20`).
            // (The sentence's few dates are read once a mention.)
            let shared = own.is_some_and(|o| at < o.shared);
            let beside = [k.wrapping_sub(1), k].map(|k| self.launch.get(k));
            let owned_dates = self.launch.iter().filter(|&&(d, ..)| owned(d));
            let mut candidates: Vec<_> = if shared {
                owned_dates.collect()
            } else {
                Vec::new()
            };
            // (None of its own: the dates beside the launch word, as in a
            // sentence of one name.)
            if candidates.is_empty() {
                candidates = beside.into_iter().flatten().collect();
            }
            let nearest = candidates
                .into_iter()
                .filter(|&&(d, _, that, _)| d > at || that > at)
                .min_by_key(|&&(d, ..)| (self.whole_year.contains(&d), d.abs_diff(at)));
            op.launched = nearest.and_then(|&(_, p, _, tense)| resolve(p, true, tense));
        }
        // The start of a range told in the future whose end is still
        // ahead: in the end's year (see [`ahead_range_year`]).
        let range_start = |at: usize, p: DatePhrase, tense| {
            let ahead = self.end.iter().find_map(|&(a, e, _)| match e {
                End::Range { from, to } if a == at && tense == Some(Tense::Future) => {
                    named_year.map_or_else(|| ahead_range_year(from, to, reference), Some)
                }
                _ => None,
            });
            resolve(in_year(p, ahead), true, tense)
        };
        if op.start.is_none() {
            let start = self.start.iter().find(|&&(at, ..)| owned(at));
            op.start = start.and_then(|&(at, p, tense)| range_start(at, p, tense));
        }
        if op.end.is_none() {
            let end = self.end.iter().find(|&&(at, ..)| owned(at));
            let next_year = reference.and_then(|r| r.year().checked_add(1));
            let end = end.map(|&(at, e, tense)| match e {
                End::Until(p) if self.next_year.contains(&at) => {
                    (End::Until(in_year(p, next_year)), tense, at)
                }
                End::Until(_) | End::Range { .. } => (e, tense, at),
            });
            op.end = match end {
                // `from May 8 to August 30 this year`: the end takes the
                // year of the start when it states none.
                Some((End::Range { from, to }, tense, at)) => {
                    // (The end takes the start's year, below, or the next.)
                    let start = range_start(at, from, tense);
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
                Some((End::Until(p), tense, _)) => resolve(month_end(p), false, tense),
                None => None,
            };
        }
    }
}

/// `on Monday, June 2`: a weekday before the date it falls on is one
/// phrase with it, dated by the date (`dates` are a sentence's phrases, in
/// order, with their offsets in `s`).
fn weekdays_joined(
    s: &str,
    dates: Vec<(usize, usize, DatePhrase)>,
) -> Vec<(usize, usize, DatePhrase)> {
    let mut out: Vec<(usize, usize, DatePhrase)> = Vec::with_capacity(dates.len());
    for (next, next_end, date) in dates {
        let dated = matches!(date, DatePhrase::Day { .. } | DatePhrase::Month { .. });
        if let Some(last) = out.last_mut().filter(|_| dated) {
            let (at, end, first) = *last;
            let gap = s[end..next].strip_prefix(',').unwrap_or(&s[end..next]);
            if matches!(first, DatePhrase::Weekday(_))
                && gap.len() <= 2
                && gap.bytes().all(|b| b == b' ')
            {
                *last = (at, next_end, date);
                continue;
            }
        }
        out.push((next, next_end, date));
    }
    out
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
        DatePhrase::ThisMonth {
            shift,
            part: Part::Whole,
        } => DatePhrase::ThisMonth {
            shift,
            part: Part::End,
        },
        DatePhrase::Month {
            year,
            month,
            part: Part::Whole,
        } => DatePhrase::Month {
            year,
            month,
            part: Part::End,
        },
        // `to November last year`.
        DatePhrase::LastYear {
            month,
            day: None,
            part: Part::Whole,
        } => DatePhrase::LastYear {
            month,
            day: None,
            part: Part::End,
        },
        other => other,
    }
}

/// `p` in `year`, when it states none and a year is given: `April` in a
/// campaign named for 2023 is April 2023.
/// A date told in the future (`will run until December 31`): a yearless
/// day or month lies in the reference's year, or in the next when that
/// would put it more than a month behind the reference (a plan posted a
/// little late still dates this year).
fn resolve_ahead(p: DatePhrase, reference: Option<Date>) -> Option<Date> {
    /// How far behind the reference a planned date may lie.
    const LATE: i64 = 31;
    let date = p.resolve(reference, false);
    let (Some(r), Some(d)) = (reference, date) else {
        return date;
    };
    let yearless = matches!(
        p,
        DatePhrase::Day { year: None, .. } | DatePhrase::Month { year: None, .. }
    );
    if yearless && r.days_since_unix_epoch() - d.days_since_unix_epoch() > LATE {
        return in_year(p, r.year().checked_add(1)).resolve(reference, false);
    }
    date
}

/// `will carry out the drive from September 1 to December 31`, told on
/// October 28: a yearless range told in the future whose end, in the
/// reference's year, is still ahead is this year's range, though its start
/// lies behind (a plan told while it runs). The year of its start: the
/// reference's, or the one before when the range crosses a new year
/// (`from November to February`, told in January). None when the end is
/// behind too, or a bound states its year.
fn ahead_range_year(from: DatePhrase, to: DatePhrase, reference: Option<Date>) -> Option<u16> {
    let month = |p| match p {
        DatePhrase::Day {
            year: None, month, ..
        }
        | DatePhrase::Month {
            year: None, month, ..
        } => Some(month),
        _ => None,
    };
    let (r, from_month, to_month) = (reference?, month(from)?, month(to)?);
    let end = in_year(month_end(to), Some(r.year())).resolve(reference, false)?;
    if end < r {
        return None;
    }
    if from_month > to_month {
        r.year().checked_sub(1)
    } else {
        Some(r.year())
    }
}

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

/// `until the Lantern Festival on February 24`, `till the Spring Festival
/// (February 10)`: a date that says when the event an `until` names
/// falls, the preposition `word` (or a bracket) ending `before`.
fn until_event(before: &str, word: &str) -> bool {
    let lead = if word.eq_ignore_ascii_case("on") {
        &before[..before.len() - word.len()]
    } else if let Some(lead) = before.strip_suffix('(') {
        lead
    } else {
        return false;
    };
    let mut rest = lead.trim_end();
    // The event's name: a few capitalized words, `the`, `of`.
    for _ in 0..8 {
        let w = ascii_word_before(rest, rest.len());
        if ["until", "till"].iter().any(|u| w.eq_ignore_ascii_case(u)) {
            return true;
        }
        let named =
            w.starts_with(|c: char| c.is_ascii_uppercase()) || ["the", "of", "end"].contains(&w);
        if !named {
            return false;
        }
        rest = rest[..rest.len() - w.len()].trim_end();
    }
    false
}

/// `ended on December 31`, `will conclude in May`, `closes at the end`,
/// `wrapped up on August 31`, `ended it in November`: a verb of ending
/// (and its object `it`), then the preposition
/// `word` that ends `before`.
fn ended_on(before: &str, word: &str) -> bool {
    const ENDS: [&str; 13] = [
        "close",
        "closed",
        "closes",
        "completed",
        "conclude",
        "concluded",
        "concludes",
        "end",
        "ended",
        "ends",
        "finished",
        "finishes",
        "terminated",
    ];
    // `wrapped up`, `wound up`: a verb of ending before `up`.
    const UP: [&str; 6] = ["wound", "wind", "winds", "wrap", "wrapped", "wraps"];
    if !["on", "in", "at"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let mut rest = before[..before.len() - word.len()].trim_end();
    let mut verb = ascii_word_before(rest, rest.len());
    // `ended it in November`: the campaign as the verb's object.
    if ["it", "them"].iter().any(|w| verb.eq_ignore_ascii_case(w)) {
        rest = rest[..rest.len() - verb.len()].trim_end();
        verb = ascii_word_before(rest, rest.len());
    }
    if verb.eq_ignore_ascii_case("up") {
        let rest = rest[..rest.len() - verb.len()].trim_end();
        let verb = ascii_word_before(rest, rest.len());
        return UP.iter().any(|w| verb.eq_ignore_ascii_case(w));
    }
    ENDS.iter().any(|w| verb.eq_ignore_ascii_case(w))
}
