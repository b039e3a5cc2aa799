//! Campaigns named by what they are, without quotes or capitals: a
//! length (`the 100-day special campaign`) or a season (`the summer public
//! security crackdown and rectification operation`), then words that say
//! what kind of campaign it is, ending in a campaign word. Such a phrase
//! names one campaign per document: its key is the length or the season
//! alone, so `the 100-day campaign` and `the Hundred Days Action`, or `the
//! summer public security crackdown` and `“Summer Operation”`, are one.

use super::*;

/// Seasons a yearly campaign is named after. Sorted.
pub(super) const SEASONS: &[&str] = &["autumn", "spring", "summer", "winter"];

/// Whether `word` is one of [`SEASONS`]: each is six letters, so most
/// words are told apart by their length, with no compare.
#[inline]
fn is_season(word: &str) -> bool {
    word.len() == SEASON_LEN && SEASONS.binary_search(&word).is_ok()
}

/// The length of each of [`SEASONS`].
const SEASON_LEN: usize = 6;

/// The most words read after the length or season.
const MAX_WORDS: usize = 8;

/// From `from` (a word start), the words that may describe a campaign:
/// campaign words, kind words ([`CAMPAIGN_MODIFIERS`], `public`, a
/// season, `anti-drug`) and `and`. Where the last campaign word ends, and
/// how many kind words stand before it.
pub(super) fn described_end(text: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    let mut end = None;
    let mut kinds = 0;
    let mut seen = 0;
    for _ in 0..MAX_WORDS {
        let rest = &text[at..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if word.is_empty() {
            break;
        }
        if is_campaign_word(word) {
            end = Some(at + len);
            kinds = seen;
        } else if let Some(l) = kind_word(rest) {
            seen += 1;
            at += l;
            continue;
        } else if word != "and" {
            break;
        }
        let next = skip_spaces(text, at + len, 1);
        if next == at + len {
            break;
        }
        at = next;
    }
    end.map(|e| (e, kinds))
}

/// The length with its space of a kind word that starts `rest`, with the
/// space after it (none at the end of the text).
fn kind_word(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let word = |w: &str| {
        (b.len() >= w.len()
            && b[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && !b
                .get(w.len())
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-'))
        .then(|| w.len() + usize::from(b.get(w.len()) == Some(&b' ')))
    };
    CAMPAIGN_MODIFIERS
        .iter()
        .chain(SEASONS)
        .chain(&["public"])
        .find_map(|w| word(w))
        .or_else(|| anti_word(rest))
}

/// `the summer public security crackdown`: at the lowercase campaign word
/// at `at` (of `len` bytes), a phrase from a season after `the`, `a` or
/// `this`, with a kind word or more before its last campaign word, which
/// is this one. (`the summer campaign` alone is a time of year, no name.)
pub(super) fn season_campaign(text: &str, at: usize, len: usize) -> Option<Span> {
    let floor = season_floor(text, at);
    let mut end = skip_spaces_back(text, at, 1);
    for _ in 0..MAX_WORDS {
        // (The walk may step back past the window's floor: a word cut by
        // the window ends it.)
        let w_start = text
            .as_bytes()
            .get(floor..end)?
            .iter()
            .rposition(|&b| !(b.is_ascii_alphabetic() || b == b'-'))
            .map_or(floor, |p| floor + p + 1);
        let w = &text[w_start..end];
        let back = skip_spaces_back(text, w_start, 1);
        if w.is_empty() || back == w_start {
            return None;
        }
        if is_season(w) {
            let det = ascii_word_before(text, back);
            if !["the", "a", "this"]
                .iter()
                .any(|d| det.eq_ignore_ascii_case(d))
            {
                return None;
            }
            let from = skip_spaces(text, w_start + w.len(), 1);
            let (e, kinds) = described_end(text, from)?;
            return (e == at + len && kinds > 0).then(|| Span::new(w_start, e));
        }
        end = back;
    }
    None
}

/// How far back from a campaign word at `at` [`season_campaign`] reads:
/// at most [`SEASON_WINDOW`] bytes, to a char boundary.
fn season_floor(text: &str, at: usize) -> usize {
    crate::text::ceil_char(text, at.saturating_sub(SEASON_WINDOW))
}

/// The most bytes before its campaign word that a season phrase is read
/// over.
const SEASON_WINDOW: usize = 120;

/// Whether [`season_campaign`] may find a season before the word token
/// `k`: a word token of its walk back is one of [`SEASONS`], or the
/// window's floor cuts a token (a word cut there is read as cut). The
/// walk goes back over words and hyphens only, and the season it reads is
/// a whole run of letters, so a whole token: most campaign words have
/// none before them, and are not walked back from (`mentions::scan` asks
/// first).
pub(super) fn season_may_precede(tokens: &Tokens<'_>, k: usize) -> bool {
    let text = tokens.text();
    let all = tokens.all();
    let floor = season_floor(text, all[k].start());
    for t in all[..k].iter().rev().take_while(|t| t.end() > floor) {
        if t.start() < floor {
            return true;
        }
        match t.kind() {
            Kind::Word => {
                if is_season(&text[t.start()..t.end()]) {
                    return true;
                }
            }
            Kind::Punct if text.as_bytes()[t.start()] == b'-' => {}
            // (The walk stops at any other token.)
            Kind::Punct | Kind::Number | Kind::Cjk | Kind::Newline => return false,
        }
    }
    false
}

/// The part of a described name that is its key: `100-day` of `100-day
/// special campaign`, `summer` of `summer public security crackdown`;
/// `None` for other names.
pub(super) fn described_key(name: &str) -> Option<&str> {
    let first = name.split(' ').next()?;
    if is_season(first) {
        return Some(first);
    }
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && name[digits..].starts_with("-day ")).then(|| &name[..digits + 4])
}

/// `launched a 100-day campaign ... the 102-day action came to a close`: a
/// length campaign named again as `the N-day <campaign word>`, nothing
/// more, with another length than the one campaign of a length the text
/// has named (extended, or counted another way) is that campaign, unless
/// a launch word stands before it. Which of `cores` it is.
pub(super) fn retold_length(
    text: &str,
    cores: &Cores,
    ops: &[Operation<'_>],
    m: &Mention<'_>,
) -> Option<usize> {
    let key = described_key(m.name)?;
    let word = m.name.get(key.len() + 1..)?;
    if is_season(key) || !is_campaign_word(word) || cores.len() > MOST_OPS {
        return None;
    }
    let the = skip_spaces_back(text, m.span.start, 1);
    if the == m.span.start || !ascii_word_before(text, the).eq_ignore_ascii_case("the") {
        return None;
    }
    // (`launched the 30-day action`, `kicked off the ...`: a new one.)
    let before = skip_spaces_back(text, the - 3, 1);
    let prev = ascii_word_before(text, before);
    if launch_word_at(&text[before - prev.len()..]).is_some() || ["off", "on"].contains(&prev) {
        return None;
    }
    let is_length = |core: &str| {
        let digits = core.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && &core[digits..] == "day"
    };
    let mut lengths = (0..cores.len()).filter(|&k| is_length(cores.get(k)));
    let k = lengths.next()?;
    // (`the 100-day campaign and the 60-day campaign`: a list names two;
    // a retelling comes in a later sentence.)
    let later = ops.get(k).is_some_and(|op| {
        text.get(op.span.end..m.span.start)
            .is_some_and(|between| between.contains(['.', '\n']))
    });
    (later && lengths.next().is_none()).then_some(k)
}

/// The most operations whose mentions are compared for [`fold_described`].
const MOST_OPS: usize = 16;

/// `kicked off the summer public security crackdown and rectification
/// “Hundred Days Action”`: a campaign known only by its description, whose
/// mention runs into a quoted name of another (named already, in a
/// headline), is that one: it folds into it, its name an alias.
/// `mentions` are all the mentions in text order; `mentioned` holds each
/// operation's, in the order of `ops`.
pub(super) fn fold_described<'a>(
    text: &str,
    mentions: &[Mention<'a>],
    ops: &mut Vec<Operation<'a>>,
    mentioned: &mut Vec<Vec<&Mention<'a>>>,
) {
    if ops.len() > MOST_OPS {
        return;
    }
    let owner = |mentioned: &[Vec<&Mention<'a>>], at: usize| {
        (mentioned.iter()).position(|ms| ms.iter().any(|m| m.span.start == at))
    };
    let mut k = 0;
    while k < ops.len() {
        let into = (described_key(&ops[k].name).is_some())
            .then(|| {
                mentioned[k].iter().find_map(|m| {
                    let next = mentions.partition_point(|n| n.span.start <= m.span.start);
                    let n = mentions.get(next)?;
                    let last = Some((k, m.span.end));
                    described_before(text, last, m.name, n)
                        .then(|| owner(mentioned, n.span.start))
                        .flatten()
                })
            })
            .flatten()
            .filter(|&j| j != k);
        let Some(j) = into else {
            k += 1;
            continue;
        };
        super::shortened::fold_into(ops, mentioned, k, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_running_into_a_name_from_the_headline_is_that_campaign() {
        let p = |s| super::super::tests::ops(s, "2024-09-03").join("\n");
        insta::assert_snapshot!(p("Our city's \"Hundred Days Action\" scores results\nOn June 10, the bureau kicked off the summer public security crackdown and rectification \"Hundred Days Action\"."), @r#"Hundred Days Action ["summer public security crackdown"] launched=Some("2024-06-10") start=None end=None"#);
    }

    /// Pieces of text around a season phrase, with tokens the walk back
    /// stops at or crosses, and long words for the window's floor to cut.
    const PIECES: &[&str] = &[
        "the ",
        "a ",
        "this ",
        "The ",
        "the summer ",
        "a winter ",
        "this spring ",
        "autumn ",
        "Summer ",
        "summer-",
        "public ",
        "security ",
        "special ",
        "joint ",
        "crackdown ",
        "law enforcement ",
        "anti-fraud ",
        "and ",
        "campaign",
        "operation ",
        "action",
        "campaign ",
        "-",
        " ",
        ",",
        ".",
        "2024 ",
        "严打",
        "\n",
        "é",
        "rectificationandremediationsweepingeverywhereatonce",
        "x",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The token gate never rules out a season phrase the text walk
        /// would find: at every lowercase campaign word token, a phrase
        /// found implies the gate let it be looked for.
        #[test]
        fn the_gate_lets_every_season_phrase_through(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30)
        ) {
            let text = pieces.concat();
            let tokens = crate::lex::Tokens::new(&text);
            for (k, t) in tokens.all().iter().enumerate() {
                let at = t.start();
                let lower = text.as_bytes()[at].is_ascii_lowercase();
                if t.kind() != Kind::Word || !lower || !t.whole().has(Class::Campaign) {
                    continue;
                }
                if season_campaign(&text, at, t.end() - at).is_some() {
                    proptest::prop_assert!(season_may_precede(&tokens, k), "{:?} at {}", text, at);
                }
            }
        }
    }

    #[test]
    fn a_season_phrase_is_found_past_the_gate() {
        // (So the property above is not met by finding nothing.)
        let text = "Police began the summer joint crackdown campaign.";
        let tokens = crate::lex::Tokens::new(text);
        let k = (tokens.all().iter())
            .position(|t| &text[t.start()..t.end()] == "campaign")
            .unwrap();
        let at = tokens.all()[k].start();
        assert!(season_may_precede(&tokens, k));
        assert_eq!(
            season_campaign(text, at, 8).map(|s| &text[s.range()]),
            Some("summer joint crackdown campaign")
        );
    }

    #[test]
    fn seasons_are_six_letters() {
        assert!(SEASONS.iter().all(|s| s.len() == SEASON_LEN));
        assert!(is_season("summer") && !is_season("Summer") && !is_season("summers"));
    }
}

#[cfg(test)]
mod retold {
    #[test]
    fn a_length_campaign_retold_with_another_length_is_that_campaign() {
        let p = |s| super::super::tests::ops(s, "2024-10-08").join("\n");
        insta::assert_snapshot!(p("On June 12, the county launched a 100-day summer crackdown and rectification campaign, the \"Hundred Days of Action\". The campaign was extended, and the 103-day action closed on September 22."), @r#"Hundred Days of Action ["100-day summer crackdown and rectification campaign", "103-day action"] launched=Some("2024-06-12") start=None end=Some("2024-09-22")"#);
        // Launched anew, it is another campaign.
        insta::assert_snapshot!(p("On June 12, the county launched a 100-day special campaign. On July 2, it launched the 30-day action against gambling."), @r#"
        100-day special campaign [] launched=Some("2024-06-12") start=None end=None
        30-day action [] launched=Some("2024-07-02") start=None end=None
        "#);
        // Two lengths named already: which one is retold is unknown.
        insta::assert_snapshot!(p("The city launched a 100-day campaign in May. In June it launched a 60-day action against gambling. The 90-day action closed on September 22."), @r#"
        100-day campaign [] launched=Some("2024-05-01") start=None end=None
        60-day action [] launched=Some("2024-06-01") start=None end=None
        90-day action [] launched=None start=None end=Some("2024-09-22")
        "#);
    }
}
