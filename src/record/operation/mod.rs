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

mod cores;
mod dates;
mod mentions;

use crate::lex::{lexicon, Class, Kind, Lexicon, Token, Tokens};
use crate::quantity::date::{date_phrase, DatePhrase, Part};
use crate::record::{Agency, Operation};
use cores::Cores;
use dates::*;
use mentions::*;
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::text::{
    ascii_word_before, floor_char, last_word, match_prefix, skip_spaces, skip_spaces_back, Quote,
    WordFilter,
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
/// `codenamed`, `dubbed`, `day`. With the campaign words, the only words
/// the scan for unquoted names stops at.
pub(crate) const NAMING_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::Naming,
    &[("code", ()), ("codenamed", ()), ("day", ()), ("dubbed", ())],
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
    for m in &mentions {
        let key = &keys[m.core.clone()];
        if key.is_empty() {
            continue;
        }
        if let Some(k) = cores.position(key) {
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
    }
    // Dates: from every sentence that mentions the operation, each sentence
    // read once however many mentions it holds (by its index: few are read).
    let mut read = Read::new(if ops.is_empty() { 0 } else { sentences.len() });
    // The sentences that name a campaign: mentions come in text order, so
    // their sentences do too.
    let mut named: Vec<usize> = mentions
        .iter()
        .filter_map(|m| sentence_of(sentences, m.span.start))
        .collect();
    named.dedup();
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
            let dates = read_once(&mut read, k, || SentenceDates::read(tokens, sentence));
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
            if named.binary_search(&k).is_ok() {
                continue;
            }
            // Most sentences next door hold no campaign word: their dates
            // are never read.
            let dates = read_once(&mut read, k, || {
                if speaks_of_campaign(tokens, sentence) {
                    SentenceDates::read(tokens, sentence)
                } else {
                    SentenceDates::none()
                }
            });
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

/// The name without campaign words, case, punctuation or plural endings,
/// into `out`: `Hundred-Day Operation` and `Hundred Days Action` share
/// `hundredday`.
fn core(name: &str, out: &mut String) {
    out.clear();
    if !name.is_ascii() {
        return core_of_words(name.split(|c: char| !c.is_alphanumeric()), out);
    }
    // Most names are ASCII: split them at bytes, without decoding chars.
    let words = name
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        // Runs of ASCII letters and digits, cut at ASCII bytes.
        .map(|w| std::str::from_utf8(w).unwrap_or_default());
    core_of_words(words, out);
}

/// [`core`] of the name's `words`.
fn core_of_words<'n>(words: impl Iterator<Item = &'n str>, out: &mut String) {
    for word in words {
        let from = out.len();
        if word.is_ascii() {
            out.push_str(word);
            out[from..].make_ascii_lowercase();
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
    campaign_filter().may_start(w)
        && w.len() <= crate::lex::index::MAX_KEY
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
            include_str!("../../../tests/fixtures/city_summer_campaign.txt"),
            include_str!("../../../tests/fixtures/customs_smuggling.txt"),
            include_str!("../../../tests/fixtures/mt_traffic_rectification.txt"),
            include_str!("../../../tests/fixtures/ministry_statistics.txt"),
            include_str!("../../../tests/fixtures/bilingual_crlf.txt"),
            include_str!("../../../tests/fixtures/wire_drug_bust.txt"),
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
            include_str!("../../../tests/fixtures/city_summer_campaign.txt"),
            include_str!("../../../tests/fixtures/customs_smuggling.txt"),
            include_str!("../../../tests/fixtures/bilingual_crlf.txt"),
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
    fn runs_of_unclosed_quotes_are_searched_once_and_found_alike() {
        let texts = [
            "“".repeat(300) + "a” and “b” operation",
            "“x ‘".repeat(80) + "y’ z” the “Cloud” operation",
            "\"".repeat(7) + &"《".repeat(50) + "》 「a」",
        ];
        for text in texts {
            let key = |q: &Quote| (q.open, q.inner, q.close_end);
            let want: Vec<_> = crate::text::quotes(&text, MAX_QUOTED)
                .iter()
                .map(key)
                .collect();
            let got: Vec<_> = scan(&Tokens::new(&text)).quotes.iter().map(key).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for s in [
            "",
            " ",
            "a",
            " a b\tc\u{b}d\u{c}e\r\nf ",
            "x\u{a0}y z",
            "one  two",
        ] {
            for n in 0..8 {
                let want = s.split_whitespace().count() > n;
                assert_eq!(more_words_than(s, n), want, "{s:?} {n}");
            }
        }
    }

    #[test]
    fn cores_are_found_by_list_or_map() {
        let mut cores = Cores::default();
        for k in 0..40 {
            let key = format!("name{}", k % 25);
            if cores.position(&key).is_none() {
                cores.push(&key);
            }
            assert_eq!(cores.position(&key), Some(k % 25), "{key}");
        }
        assert_eq!(cores.position("name25"), None);
        assert_eq!(cores.get(24), "name24");
    }

    #[test]
    fn cores_drop_campaign_words_case_and_plurals() {
        let mut key = String::new();
        for (name, want) in [
            ("Hundred-Day Operation", "hundredday"),
            ("Hundred Days Action", "hundredday"),
            ("Special Campaign of Clean Nets", "ofcleannet"),
            ("Opération Été 2024", "opérationété2024"),
            ("“Sky Net” 2024 operations", "skynet2024"),
        ] {
            core(name, &mut key);
            assert_eq!(key, want, "{name}");
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
        // A code name after the phrase is the campaign's name: one
        // operation, not two.
        assert_eq!(
            ops(
                "Police began a 90-day campaign code-named Operation Clear Water on May 18.",
                "2020-08-01"
            ),
            ["Operation Clear Water [] launched=Some(\"2020-05-18\") start=None end=None"]
        );
        // `called on` names nothing.
        assert_eq!(
            ops(
                "Police began a 90-day campaign, called on residents to help, on May 18.",
                "2020-08-01"
            ),
            ["90-day campaign [] launched=Some(\"2020-05-18\") start=None end=None"]
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
        // A ministry deploys a campaign (部署) when it starts one.
        assert_eq!(
            ops(
                "On April 9 the ministry deployed the “Iron Fist” action nationwide.",
                "2022-07-01"
            ),
            ["Iron Fist [] launched=Some(\"2022-04-09\") start=None end=None"]
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

    #[test]
    fn kind_words_between_a_quoted_name_and_its_campaign_word() {
        assert_eq!(
            ops(
                "Traffic police carried out the \"Iron Fist\" special rectification action.",
                "2023-08-02"
            ),
            ["Iron Fist [] launched=None start=None end=None"]
        );
        assert_eq!(
            ops(
                "The bureau launched the \"Spring Breeze\" clean-up action and the \"Safe Campus\" security campaign.",
                "2023-08-02"
            ),
            [
                "Spring Breeze [] launched=None start=None end=None",
                "Safe Campus [] launched=None start=None end=None"
            ]
        );
        // A word against a crime says what kind of campaign it is too.
        assert_eq!(
            ops(
                "Police said the \"Blue Shield\" anti-smuggling operation had closed 40 routes.",
                "2023-08-02"
            ),
            ["Blue Shield [] launched=None start=None end=None"]
        );
        assert!(ops(
            "Police said the \"Blue Shield\" anti-smuggling team had closed 40 routes.",
            "2023-08-02"
        )
        .is_empty());
        // A quoted slogan before a noun that is no campaign is no name.
        assert!(ops(
            "Officers promoted the \"Iron Fist\" special rectification notice.",
            "2023-08-02"
        )
        .is_empty());
    }

    #[test]
    fn a_month_that_closes_a_range_is_the_whole_month() {
        assert_eq!(
            ops(
                "the “Clean Net” action runs from April to June this year.",
                "2023-08-02"
            ),
            ["Clean Net [] launched=None start=Some(\"2023-04-01\") end=Some(\"2023-06-30\")"]
        );
        // Into the next year, to the last day of its February.
        assert_eq!(
            ops(
                "the “Warm Winter” campaign runs from November to February.",
                "2023-12-01"
            ),
            ["Warm Winter [] launched=None start=Some(\"2023-11-01\") end=Some(\"2024-02-29\")"]
        );
    }
}
