//! Trends: a percent with a direction word, its basis and its metric;
//! levels and shares are no trends.

use super::*;

mod before;
mod compare;
mod direction;
mod goal;
mod listed;
mod noun_first;
pub(super) use before::trend_before;
use compare::{arrow_before, aside_open, between_groups, level_against_basis};
pub(super) use direction::*;
use goal::{is_aimed_at, is_goal};
use listed::{plural_change, respective_before_change};
use noun_first::noun_first;

impl<'a> Binder<'_, 'a> {
    /// A percent: a trend when a direction is stated, else a fraud rate.
    pub(super) fn percent(&mut self, f: &Figure<'a>, ctx: &Ctx) {
        let text = self.text;
        // A direction word (`rose 5%`, `a 5% drop`), else a sign beside a
        // basis or change word (`changed by -12.4% year on year`).
        let found = trend_direction(&self.words, &self.index, f, ctx)
            .map(|(d, at)| {
                // The direction word stands after the figure (`a 5% drop`)
                // or before it (`rose 5%`).
                let how = if at > f.span.start {
                    "direction_after"
                } else {
                    "direction_before"
                };
                (d, at, how)
            })
            .or_else(|| signed_change(text, f, ctx).map(|(d, at)| (d, at, "signed")))
            // `aims at a 20% reduction`: a change aimed at, not made.
            .filter(|&(_, _, how)| how != "direction_after" || !is_aimed_at(text, f.span.start));
        if let Some((direction, at, how)) = found {
            let basis = basis_of(text, f.span, ctx);
            // `a 37% drop in thefts`: the metric follows the change word.
            let metric = (at > f.span.end)
                .then(|| {
                    respective(text, f, at, ctx)
                        .or_else(|| metric_after(text, at, ctx.sentence.end))
                })
                .or_else(|| {
                    // `a drop of 8% in burglaries`: a change noun before
                    // the percent, its metric after it.
                    let noun = text[at.min(f.span.start)..f.span.start]
                        .trim_end()
                        .ends_with(" of");
                    noun.then(|| metric_in_after(text, f.span.end, ctx.sentence.end))
                })
                .flatten()
                .or_else(|| {
                    // `Decline 9% of thefts`: the noun-first order names
                    // its metric after `of`.
                    text[f.span.end..]
                        .starts_with(" of ")
                        .then(|| metric_after(text, f.span.end, ctx.sentence.end))
                        .flatten()
                })
                .or_else(|| by_clause_metric(text, f.span.start, at))
                .or_else(|| respective(text, f, at, ctx))
                .unwrap_or_else(|| {
                    let start = at.min(f.span.start);
                    // `Frauds 532 (YoY: +12.1%)`: named before the aside,
                    // the level stated after it left out.
                    aside_open(text, start, f.span.end, ctx.sentence.start)
                        .map(|open| {
                            trend_metric(text, open, ctx.sentence.start).trim_end_matches(
                                |c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '),
                            )
                        })
                        .filter(|m| !m.is_empty())
                        .unwrap_or_else(|| trend_metric(text, start, ctx.sentence.start))
                });
            // `its GDP grew by 4.3 percent`: economic background, no
            // change the police report.
            if economic(metric) {
                return;
            }
            // A trend repeated (headline, then body) is one fact.
            // A written minus is a fall whatever the verb (`increased by -3.2%`).
            let direction = if f.value.is_negative() {
                Direction::Decrease
            } else {
                direction
            };
            if !self.seen.trends.insert((direction, f.value, metric)) {
                return;
            }
            // A bilingual page states a change in both languages
            // (`同比下降27.4%`, then `down 27.4 percent`): one fact.
            let chinese = !metric.is_ascii() && metric.chars().any(crate::lex::is_cjk);
            if self
                .seen
                .trend_scripts
                .contains(&(direction, f.value, !chinese))
            {
                return;
            }
            self.seen
                .trend_scripts
                .insert((direction, f.value, chinese));
            if self.explain {
                self.out.made.trends.push(Rule {
                    how,
                    what: "percent",
                });
            }
            self.out.trends.push(Trend {
                metric: metric.into(),
                direction,
                percent: f.value.abs(),
                basis,
                span: Span::new(at.min(f.span.start), f.span.end.max(at)),
            });
            return;
        }
        // `a 100% response rate`, `response rate reach 100%`.
        let window_end = floor_char(text, (ctx.after + 40).min(ctx.sentence.end));
        let window_start = ceil_char(
            text,
            f.span.start.saturating_sub(40).max(ctx.sentence.start),
        );
        let right = &text[window_start..window_end];
        // (A table's label is capitalised: `Response rate: 99.2%`.)
        let has = |lower: &str, title: &str| right.contains(lower) || right.contains(title);
        if has("rate", "Rate") {
            if f.value > Decimal::from_u64(100) {
                self.out.warnings.push(Warning::new(
                    WarningKind::RateOver100,
                    "a rate over 100%",
                    f.span,
                ));
            }
            // (Warnings are anti-fraud work: a fraud word in the sentence
            // is enough, as for the warnings counted.)
            if ctx.fraud_work
                && (has("response", "Response")
                    || answer_rate(right, || self.rate_words(ctx.sentence))
                    || text[ctx.clause.range()]
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| {
                            // (`the dissuasion success rate was 96%`: the
                            // share of warned people kept from paying.)
                            ["warning", "warnings", "dissuasion", "dissuading"]
                                .iter()
                                .any(|x| w.eq_ignore_ascii_case(x))
                        }))
            {
                self.rule = Rule {
                    how: "no_verb",
                    what: "response_rate",
                };
                self.set_fraud(FraudField::WarningResponseRate, f);
            }
        } else if ctx.fraud_work && {
            // (The words read before and after the percent are few: each
            // reader is given a window, not the sentence.)
            let before = ceil_char(
                text,
                f.span
                    .start
                    .saturating_sub(SHARE_WINDOW)
                    .max(ctx.sentence.start),
            );
            let before = text.get(before..f.span.start).unwrap_or("");
            let rest = floor_char(text, (ctx.after + SHARE_WINDOW).min(ctx.sentence.end));
            let rest = text.get(ctx.after..rest).unwrap_or("");
            answered_share(rest)
                || answered_after_warnings(before, rest)
                || reached_in_share(before, rest)
        } {
            // `99.2% of the warnings were answered`: the rate as a share.
            self.rule = Rule {
                how: "no_verb",
                what: "answered_share",
            };
            self.set_fraud(FraudField::WarningResponseRate, f);
        }
    }
}

/// Whether a trend's metric is economic background (`its GDP`, `the
/// economy`, `gross domestic product`), no crime statistic.
///
/// Its words are the pieces `split` on every char that is not an ASCII
/// letter or digit gives (empty ones too), read by bytes: a run of ASCII
/// letters and digits, then one char, of its UTF-8 length, skipped.
fn economic(metric: &str) -> bool {
    let b = metric.as_bytes();
    let mut prev: &[u8] = b"";
    let mut start = 0;
    loop {
        let end = b[start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |k| start + k);
        let w = &b[start..end];
        let domestic_product =
            prev.eq_ignore_ascii_case(b"domestic") && w.eq_ignore_ascii_case(b"product");
        if domestic_product
            || TREND_ECONOMY
                .iter()
                .any(|e| w.eq_ignore_ascii_case(e.as_bytes()))
        {
            return true;
        }
        let Some(&lead) = b.get(end) else {
            return false;
        };
        prev = w;
        // (A char starts at `end`: the pieces before it were ASCII.)
        start = end
            + match lead {
                0..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
    }
}

/// `Thefts fell by 12%, robberies by 8% and frauds by 3%`: the metric of
/// a clause that shares the change word at `at` before it and states only
/// its noun and `by` before the percent at `start` (`robberies`, `frauds`).
/// The noun runs back from `by` to the comma or `and` that opens the
/// clause, after `at`: one to five words of letters.
fn by_clause_metric(text: &str, start: usize, at: usize) -> Option<&str> {
    if at >= start {
        return None;
    }
    let before = text[at..start].trim_end();
    let noun_end = before.strip_suffix("by")?;
    if !noun_end.ends_with(' ') {
        return None;
    }
    let noun_end = noun_end.trim_end();
    let open = noun_end.rfind([',', ';'])?;
    let mut noun = noun_end[open + 1..].trim_start();
    if let Some(rest) = noun.strip_prefix("and ") {
        noun = rest.trim_start();
    }
    if let Some(k) = noun.rfind(" and ") {
        noun = &noun[k + 5..];
    }
    let words = noun.split(' ').filter(|w| !w.is_empty()).count();
    let letters = noun
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-' | b'\''));
    // `, helped by 30% more patrols`, `, followed by thefts by 6%`: a verb
    // of cause before `by` opens no clause of its own noun.
    let caused = (words == 1 && participle(noun)) || noun.split(' ').any(|w| w == "by");
    (letters && !caused && (1..=5).contains(&words)).then_some(noun)
}

/// A past participle (`helped`, `driven`, `led`): the verb of a clause
/// whose `by` names a cause, not a noun.
fn participle(word: &str) -> bool {
    const IRREGULAR: [&str; 8] = [
        "driven", "led", "hit", "cut", "offset", "beaten", "shown", "spread",
    ];
    (word.len() > 4 && word.ends_with("ed"))
        || IRREGULAR.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `Murders, robberies and rapes fell by 10.2%, 18.5% and 7.7%
/// respectively`: the metric of the percent's place in its list, from the
/// list of nouns before the change word at `at`.
fn respective<'a>(text: &'a str, f: &Figure<'_>, at: usize, ctx: &Ctx) -> Option<&'a str> {
    // (Near the list only: a sentence of many percents is read once each.)
    let near = ceil_char(text, at.saturating_sub(100).max(ctx.sentence.start));
    let far = floor_char(text, (f.span.end + 200).min(ctx.sentence.end)).max(near);
    // (Found by its `v`, eight bytes in, as [`find_pinned`] finds it,
    // in either case.)
    let hay = &text.as_bytes()[near..far];
    let said = memchr::memchr2_iter(b'v', b'V', hay)
        .filter_map(|v| v.checked_sub(8))
        .any(|at| {
            hay.get(at..at + 12)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"respectively"))
        });
    // (A plural change word after the percents says it too: `Thefts and
    // frauds saw 10% and 5% falls`.)
    let plural = at >= f.span.end && plural_change(ascii_word_before(text, at));
    if !said && !plural {
        return None;
    }
    if at >= f.span.end {
        return respective_before_change(text, f, at, ctx);
    }
    // The percents before this one since the change word, and after it.
    let before = &text[at..f.span.start];
    let k = before.matches('%').count() + before.matches("percent").count();
    let (after, last) = percents_after(text, f.span.end, ctx.sentence.end);
    let n = k + 1 + after;
    // (The nouns listed before the change word, else after an `in` that
    // follows the percents: `Rises of 5% and 7% in thefts and frauds
    // respectively`.)
    (n >= 2)
        .then(|| {
            list_metric(text, at, ctx.sentence.start, k, n)
                .or_else(|| list_in_after(text, last.unwrap_or(f.span.end), ctx.sentence.end, k, n))
        })
        .flatten()
}

/// `Of 7,600 warning calls made in June, 98.6% were answered`: the
/// percent is the share answered of the warnings named before it in its
/// sentence (`before`) when `rest`, right after it, is `were answered`
/// (or `was`, `heeded`, `picked up`, `responded to`).
fn answered_after_warnings(before: &str, rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let is = |w: Option<&str>, x: &[&str]| {
        w.is_some_and(|w| x.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    if !rest.starts_with(' ')
        || !is(words.next(), &["were", "was"])
        || !is(words.next(), &["answered", "heeded", "picked", "responded"])
    {
        return false;
    }
    // (The warnings stand in the words before the percent, not far off.)
    let near = &before[floor_char(before, before.len().saturating_sub(120))..];
    near.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        ["warnings", "warning", "alerts"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// `handled 3,508 early warnings and reached the people at risk within 15
/// minutes in 95.6% of them`: the share of warnings (`in N% of them`, `of
/// the warnings`, `of cases`) in which a verb of contact before it
/// (`reached`, `contacted`, `called`, `got through to`) came through, in a
/// sentence of warnings: the response rate. So is a share in brackets
/// right after the warnings or call-backs that came through (`9,102 of
/// them got through (92.2%)`, `all verified (100%)`), and the share of
/// those warned that contact reached (`reached 98.7% of the people
/// warned`).
fn reached_in_share(before: &str, rest: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
    };
    let near = &before[floor_char(before, before.len().saturating_sub(160))..];
    let lead = words(near);
    let warned = lead.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "warning" | "warnings" | "alerts" | "callbacks")
            || (w == "backs" && i > 0 && lead[i - 1] == "call")
    });
    // `9,102 of them got through (92.2%)`: the share in brackets right
    // after the calls that came through.
    if near.trim_end().ends_with('(') {
        let through = lead.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "through" | "answered" | "connected" | "reached" | "responded" | "verified"
            )
        });
        return through && warned;
    }
    // `reached 98.7% of the people warned`: the share of those warned
    // that a verb of contact right before it came through to.
    let contacted = |w: &str| matches!(w, "reached" | "contacted" | "verified");
    if lead.last().is_some_and(|w| contacted(w)) {
        let tail = &rest[..floor_char(rest, rest.len().min(40))];
        let of = words(tail);
        return of.first().is_some_and(|w| w == "of")
            && of
                .iter()
                .skip(1)
                .take(4)
                .any(|w| matches!(w.as_str(), "warned" | "alerted" | "warnings"));
    }
    if lead.last().map(String::as_str) != Some("in") {
        return false;
    }
    let tail = &rest[..floor_char(rest, rest.len().min(24))];
    let of = words(tail);
    let share = of.first().is_some_and(|w| w == "of")
        && of
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "them" | "the" | "cases" | "these"));
    let contact = lead
        .iter()
        .any(|w| matches!(w.as_str(), "reached" | "contacted" | "called" | "got"));
    share && warned && contact
}

/// How far (bytes) the readers of a share (`answered_share`,
/// `answered_after_warnings`, `reached_in_share`) read each side of the
/// percent: past their longest phrase and its spaces.
const SHARE_WINDOW: usize = 200;

/// The words of a sentence that make a rate in it a response rate ([`answer_rate`]):
/// read once a sentence, for all its rates.
#[derive(Clone, Copy, Default)]
pub(super) struct RateWords {
    sentence: Span,
    /// A verb of answering (`5,988 of them responded`).
    answered: bool,
    /// `of them` or `of whom`, pointing back to the warned.
    of_them: bool,
    /// Warnings or warning calls (`warnings`, `alerts`, `calls`, `96110`).
    warnings: bool,
}

impl RateWords {
    /// The words of `text`'s `sentence`.
    fn of(text: &str, sentence: Span) -> Self {
        let words = &text[sentence.range()];
        RateWords {
            sentence,
            answered: words.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                ["answered", "reached", "replied", "responded", "verified"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            }),
            of_them: words.contains("of them") || words.contains("of whom"),
            warnings: words.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                ["warning", "warnings", "alerts", "calls", "96110"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            }),
        }
    }
}

impl Binder<'_, '_> {
    /// The [`RateWords`] of `sentence`, read once for all its rates (a
    /// sentence of many rates would be read again for each).
    fn rate_words(&mut self, sentence: Span) -> RateWords {
        match self.rate_words {
            Some(w) if w.sentence == sentence => w,
            _ => {
                let w = RateWords::of(self.text, sentence);
                self.rate_words = Some(w);
                w
            }
        }
    }
}

/// Whether a rate in `window` is named for warnings answered (`a
/// call-through rate of 97.6%`, `the call answer rate was 95.2%`, `a
/// verification rate of 99.9%`) in a sentence of warnings or warning
/// calls (its [`RateWords`], read only for a rate): the response rate by
/// another name.
fn answer_rate(window: &str, sentence: impl FnOnce() -> RateWords) -> bool {
    // (`a disposal rate of 99.2%`, `the handling rate`: 预警处置率, the
    // share of warnings dealt with.)
    // (`a feedback rate of 97.3%`: 预警反馈率, the share of warnings
    // answered; `processing`, like `disposal`, the share dealt with.)
    const NAMES: [&str; 15] = [
        "answer",
        "answered",
        "answering",
        "call-through",
        "connection",
        "disposal",
        "feedback",
        "handling",
        "pick-up",
        "processing",
        "receipt",
        "reply",
        "sign-in",
        "signing",
        "verification",
    ];
    let mut prev = "";
    let mut bare = false;
    let named = window.split([' ', ',', ';', '(', ')']).any(|w| {
        let rate = w.eq_ignore_ascii_case("rate");
        bare |= rate && prev.eq_ignore_ascii_case("a");
        let named = rate && NAMES.iter().any(|n| prev.eq_ignore_ascii_case(n));
        prev = w;
        named
    });
    if !named && !bare {
        return false;
    }
    let words = sentence();
    // `5,988 of them responded, a rate of 96.4%`: a bare rate after a
    // verb of answering in the sentence is the share that answered.
    // (`of them` points back to the warned, past the `;` that ends the
    // sentence read here.)
    if bare && words.answered && words.of_them {
        return true;
    }
    (named || bare && words.answered) && words.warnings
}

/// Whether `rest`, right after a percent, makes it the share of warnings
/// answered: `of the warnings were answered`, `of early warnings got a
/// response`.
fn answered_share(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(7);
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        return false;
    }
    let mut warnings = false;
    for w in words {
        let is = |x: &[&str]| x.iter().any(|x| w.eq_ignore_ascii_case(x));
        if is(&["warnings", "warning", "alerts", "calls"]) {
            warnings = true;
        } else if warnings
            && is(&[
                "answered",
                "responded",
                "response",
                "received",
                "heeded",
                "replied",
            ])
        {
            return true;
        } else if !is(&[
            "the", "all", "early", "these", "those", "were", "was", "had", "been", "got", "a",
            "anti", "fraud",
        ]) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests;
