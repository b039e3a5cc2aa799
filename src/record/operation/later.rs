//! Dates told of `the campaign` paragraphs after its name: `The operation
//! will end on November 30, the bureau said.` at the foot of a story, or a
//! press conference's answer (`Chen: The special action will run until
//! December 31.`). The campaign is the one named last before the
//! sentence; only an end, or a launch told of the campaign itself (`since
//! the launch of the special action in April`), is taken, and only when
//! the campaign has none yet.

use super::*;

/// How far apart (bytes) a launch word and `the campaign` may stand for
/// the one to launch the other: `the launch of the special action`, `the
/// operation was launched`.
const LAUNCH_NEAR: usize = 24;

/// How far (bytes) after `the campaign` a span (`from June 1 to August
/// 31`) may start for it to be the campaign's: a verb of running between
/// (`will be carried out`), no more.
const SPAN_NEAR: usize = 40;

/// `A similar campaign`, `another special operation`, `other drives`: the
/// campaign word `before` leads up to is some other campaign's, whose dates
/// are not the named one's.
pub(super) fn another(before: &str) -> bool {
    const OTHER: [&str; 5] = ["another", "other", "separate", "similar", "previous"];
    let other = |w: &str| OTHER.iter().any(|o| w.eq_ignore_ascii_case(o));
    let before = before.trim_end();
    let word = ascii_word_before(before, before.len());
    let lead = before[..before.len() - word.len()].trim_end();
    other(word) || other(ascii_word_before(lead, lead.len()))
}

/// The year in a campaign's name: `Kunlun 2020` runs in 2020.
pub(super) fn named_year(name: &str) -> Option<u16> {
    name.split(|c: char| !c.is_ascii_digit())
        .filter_map(|y| y.parse::<u16>().ok())
        .find(|y| (1990..=2100).contains(y))
}

/// Where, in a sentence whose dates are `dates`, its launch word stands
/// when it launches `the campaign` of the sentence: the two a few words
/// apart.
pub(super) fn campaign_launch(dates: &SentenceDates) -> Option<usize> {
    let (word, campaign) = (dates.launch_word?, dates.the_campaign?);
    (word.abs_diff(campaign) <= LAUNCH_NEAR).then_some(word)
}

/// The sentences of the document after its first named one, outside
/// `named` (sorted sentence indices), that hold a campaign word: each
/// dates the campaign of the last mention before it (`owners`: mention
/// starts with their operations, in text order), unless that mention's
/// sentence names several campaigns (`crowded`, sorted).
pub(super) struct Later<'s> {
    pub(super) sentences: &'s [Span],
    pub(super) named: &'s [usize],
    pub(super) crowded: &'s [usize],
    pub(super) owners: &'s [(usize, usize)],
}

impl Later<'_> {
    /// Give the operations in `ops` the ends (and launches) told of `the
    /// campaign` in later sentences, reading each sentence once through
    /// `read`.
    pub(super) fn date(
        &self,
        tokens: &Tokens<'_>,
        read: &mut Read,
        reference: Option<Date>,
        ops: &mut [Operation<'_>],
    ) {
        let Some(&(first, _)) = self.owners.first() else {
            return;
        };
        let text = tokens.text();
        let whole = Span::new(first, text.len());
        let mut last_sentence = usize::MAX;
        for word in words_in(tokens, whole, CAMPAIGN) {
            let Some(k) = sentence_of(self.sentences, word.start) else {
                continue;
            };
            if k == last_sentence || self.named.binary_search(&k).is_ok() {
                continue;
            }
            last_sentence = k;
            if !word.is(tokens, CAMPAIGN_WORDS) {
                last_sentence = usize::MAX;
                continue;
            }
            let sentence = self.sentences[k];
            let owner = self.owners.partition_point(|&(at, _)| at < sentence.start);
            let Some(&(at, op)) = owner.checked_sub(1).and_then(|o| self.owners.get(o)) else {
                continue;
            };
            let crowded = sentence_of(self.sentences, at)
                .is_some_and(|s| self.crowded.binary_search(&s).is_ok());
            let Some(op) = ops.get_mut(op).filter(|_| !crowded) else {
                continue;
            };
            // (Most such sentences say `a campaign`, `special operations`:
            // their dates are read only after `the campaign` is found.)
            if SentenceDates::words(tokens, sentence)
                .the_campaign
                .is_none()
            {
                continue;
            }
            let dates = read_once(read, k, || SentenceDates::read(tokens, sentence));
            let launch = campaign_launch(dates).filter(|_| op.start.is_none());
            // `The campaign runs from June 1 to August 31`: a span right
            // after `the campaign` is the campaign's (one further on may be
            // any period's: `the campaign ..., and from May to June, 40
            // cases were solved`).
            let spanned = |at: usize| {
                dates
                    .the_campaign
                    .is_some_and(|c| at > c && at - c <= SPAN_NEAR)
            };
            let span_at = dates.end.iter().find_map(|&(at, end, _)| {
                matches!(end, End::Range { .. })
                    .then_some(at)
                    .filter(|&at| spanned(at) && op.start.is_none() && op.end.is_none())
            });
            let told = SentenceDates {
                launch: if launch.is_some() {
                    dates.launch.clone()
                } else {
                    Vec::new()
                },
                launch_word: launch,
                unnamed: true,
                the_campaign: dates.the_campaign,
                start: dates
                    .start
                    .iter()
                    .filter(|&&(at, ..)| Some(at) == span_at)
                    .copied()
                    .collect(),
                end: dates
                    .end
                    .iter()
                    .filter(|&&(at, end, _)| matches!(end, End::Until(_)) || Some(at) == span_at)
                    .copied()
                    .collect(),
                next_year: dates.next_year.clone(),
                whole_year: dates.whole_year.clone(),
            };
            let year = named_year(&op.name);
            told.apply(launch, reference, year, op, None);
        }
    }
}

/// `would be extended to the end of 2024`, `was prolonged to June 30`: a
/// campaign carried on to a date ends then (`to`, the word ending
/// `before`, after a verb of lengthening).
pub(super) fn extended_to(before: &str, word: &str) -> bool {
    const LENGTHEN: [&str; 5] = ["extend", "extended", "extends", "prolonged", "continued"];
    let verb = before[..before.len() - word.len()].trim_end();
    let verb = ascii_word_before(verb, verb.len());
    word.eq_ignore_ascii_case("to") && LENGTHEN.iter().any(|w| verb.eq_ignore_ascii_case(w))
}

/// `By September 30, when the campaign ended, ...`: the text after a date
/// says that something ended then, so the date is an end.
pub(super) fn when_ended(after: &str) -> bool {
    const ENDED: [&str; 5] = ["closed", "concluded", "ended", "finished", "wrapped"];
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix("when ") else {
        return false;
    };
    rest.split(' ')
        .take(5)
        .any(|w| ENDED.contains(&w.trim_end_matches([',', '.'])))
}

/// Whether `sentence` opens with `It` and a launch word (`It began`,
/// `It was launched`) or a verb of ending or lasting (`It will end on`,
/// `It runs until`): the pronoun stands for the campaign named before.
/// An answer's label before it is passed over (`A: It was launched ...`).
/// `The special governance will last until ...`: a drive's word after
/// `The` ([`DRIVE_PHRASES`]) stands for it too.
pub(super) fn it_dated(sentence: &str) -> bool {
    /// Verbs that an end date follows.
    const ENDING: [&str; 13] = [
        "close",
        "closes",
        "conclude",
        "concludes",
        "end",
        "ended",
        "ends",
        "last",
        "lasted",
        "lasts",
        "ran",
        "run",
        "runs",
    ];
    let opening = after_speaker(sentence.trim_start());
    let drive = || {
        let rest = opening.strip_prefix("The ")?;
        DRIVE_PHRASES.iter().find_map(|p| {
            let head = rest.get(..p.len())?;
            head.eq_ignore_ascii_case(p)
                .then(|| rest[p.len()..].strip_prefix(' '))
                .flatten()
        })
    };
    let Some(rest) = opening.strip_prefix("It ").or_else(drive) else {
        return false;
    };
    let rest = ["was ", "has been ", "had been ", "will ", "is to "]
        .iter()
        .find_map(|aux| rest.strip_prefix(aux))
        .unwrap_or(rest);
    let verb = &rest[..ascii_word_len(rest)];
    launch_word_at(rest).is_some() || ENDING.contains(&verb)
}

/// `A: ...`, `Answer: ...`, `Zhao Gang: ...`: the text after a speaker's
/// label opening a line of a transcript (a few capitalized words and a
/// colon), else `s`.
fn after_speaker(s: &str) -> &str {
    let Some(colon) = s.get(..s.len().min(32)).and_then(crate::text::find_colon) else {
        return s;
    };
    let label = &s[..colon];
    let words = label.split(' ').filter(|w| !w.is_empty());
    let named = words.clone().count() <= 3
        && words
            .clone()
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    if label.is_empty() || !named {
        return s;
    }
    let colon_len = s[colon..].chars().next().map_or(1, char::len_utf8);
    s[colon + colon_len..].trim_start()
}

/// `launched on January 6`, `was kicked off in May`: a launch verb, then
/// the preposition `word` that ends `before`. Such a date dates the launch
/// though a start was read before it (`Since the beginning of this year,
/// police pushed the "A" action, which was launched on January 6`).
pub(super) fn launched_on(before: &str, word: &str) -> bool {
    const LAUNCHED: &crate::text::Table<()> = &[
        ("commenced", ()),
        ("initiated", ()),
        ("kicked off", ()),
        ("launched", ()),
        ("rolled out", ()),
    ];
    if !["on", "in"].iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return false;
    }
    let rest = before[..before.len() - word.len()].trim_end();
    crate::text::match_suffix(rest, rest.len(), LAUNCHED).is_some()
}

#[cfg(test)]
mod rules {
    use super::super::tests::ops;
    use insta::assert_snapshot;

    #[test]
    fn a_campaign_extended_to_a_date_ends_then() {
        let p = |s| ops(s, "2024-01-18").join("\n");
        assert_snapshot!(p("The \"Egret Shield\" campaign, launched in May 2023, would be extended to the end of 2024."), @r#"Egret Shield [] launched=Some("2023-05-01") start=None end=Some("2024-12-31")"#);
        // Going on to a date after other verbs tells no end.
        assert_snapshot!(p("The \"Egret Shield\" campaign, launched in May 2023, sent 30 officers to the border on March 2."), @r#"Egret Shield [] launched=Some("2023-05-01") start=None end=None"#);
    }

    #[test]
    fn an_end_told_of_the_campaign_paragraphs_later() {
        let p = |s| ops(s, "2024-05-06").join("\n");
        assert_snapshot!(p("Police said 300 fugitives were caught in the \"Sky Net\" operation, launched on February 20. The bureau's corps said 19 were suspects of economic crimes. The wanted list shrank by 12 percent. The operation will end on November 30, the bureau said."), @r#"Sky Net [] launched=Some("2024-02-20") start=None end=Some("2024-11-30")"#);
        // A press conference's answer, far from the question that named it.
        assert_snapshot!(p("The \"Iron Fist\" action began on April 1. Police cracked 890 cases. Reporter: Will it go on?\nZhao: The action will run until December 31. Thank you."), @r#"Iron Fist [] launched=Some("2024-04-01") start=None end=Some("2024-12-31")"#);
        // A launch told of the campaign itself.
        assert_snapshot!(p("Officials briefed on the \"Clean Web\" special action. Deputy director Chen attended. Chen: Since the launch of the special action in April this year, police cracked 3,412 cases."), @r#"Clean Web [] launched=Some("2024-04-01") start=None end=None"#);
    }

    #[test]
    fn a_later_campaign_word_dates_only_the_campaign_named_last() {
        let p = |s| ops(s, "2024-05-06").join("\n");
        // Two names in one sentence: `the campaign` may be either.
        assert_snapshot!(p("Police ran the \"Sky Net\" and \"Fox Hunt\" operations. Many were caught. The operation will end on November 30."), @r"
        Sky Net [] launched=None start=None end=None
        Fox Hunt [] launched=None start=None end=None
        ");
        // A range later on is a window of statistics, no end of it.
        assert_snapshot!(p("Police ran the \"Sky Net\" operation. Many were caught. From January to April, the operation caught 300."), @"Sky Net [] launched=None start=None end=None");
        // An end already known stays.
        assert_snapshot!(p("The \"Sky Net\" operation runs until June 30. Many were caught. The operation will end on November 30."), @r#"Sky Net [] launched=None start=None end=Some("2024-06-30")"#);
    }

    #[test]
    fn an_answer_dates_the_campaign_by_its_pronoun() {
        let p = |s| ops(s, "2023-09-14").join("\n");
        assert_snapshot!(p("Q: When did the \"Hunting Eagle\" operation start?\nA: It was launched by the provincial department on May 10 and is scheduled to end on October 31."), @r#"Hunting Eagle [] launched=Some("2023-05-10") start=None end=Some("2023-10-31")"#);
    }

    #[test]
    fn a_date_when_the_campaign_ended_is_its_end() {
        let p = |s| ops(s, "2024-10-12").join("\n");
        assert_snapshot!(p("Since the \"Summer Strike\" campaign was launched on June 15, police have made 4 sweeps. By September 30, when the campaign ended, 862 cases had been solved."), @r#"Summer Strike [] launched=Some("2024-06-15") start=None end=Some("2024-09-30")"#);
    }
}

#[cfg(test)]
mod drive_pronoun {
    #[test]
    fn the_special_governance_next_door_is_the_campaign() {
        let p = |s| super::super::tests::ops(s, "2025-04-09").join("\n");
        insta::assert_snapshot!(p("On April 2, the city launched the \"Dry Stairwell\" special governance of fire hazards. The special governance will last until October 31."), @r#"Dry Stairwell [] launched=Some("2025-04-02") start=None end=Some("2025-10-31")"#);
        // Another drive word, or none: no date of it.
        insta::assert_snapshot!(p("On April 2, the city launched the \"Dry Stairwell\" special governance of fire hazards. The governance plan will last until October 31."), @r#"Dry Stairwell [] launched=Some("2025-04-02") start=None end=None"#);
    }
}
