//! The mentions of campaign names: quoted names beside or inside a
//! campaign word, or continuing a list of them; `100-day campaign`
//! phrases; and code names without quotes (`Operation Fox Hunt`,
//! `code-named Jufeng 3`), all from one pass over the tokens.

use super::*;

/// Quoted campaign names and `100-day campaign` phrases, in text order.
///
/// A name qualifies by a campaign word beside or inside it, or by
/// continuing a list of names that do; once it qualifies, every quoted
/// mention of it counts (`launched "clearing the source ..."` after the
/// `"clearing the source ..." campaign`).
///
/// The name cores ([`core`]) of the mentions, worked out on the way, go to
/// `cores`: each mention's `core` is its range there.
pub(super) fn mentions<'a>(tokens: &Tokens<'a>, cores: &mut String) -> Vec<Mention<'a>> {
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
        // (`the “Leiting” (Thunderbolt) operation`: past a gloss.)
        let next = past_gloss(text, skip_spaces(text, q.close_end, 1));
        let mut after = &text[next..];
        // `the “Iron Fist” special rectification campaign`: up to three
        // words that say what kind of campaign it is, then the word.
        // A modifier may be the campaign word itself (`the “Iron Fist”
        // crackdown netted ...`), so the word is looked for first.
        for _ in 0..3 {
            if campaign_at(after) {
                break;
            }
            // (By the first letter first: most words open no modifier.)
            let may = opens_with(after, &MODIFIER_FIRSTS);
            let Some(len) = (CAMPAIGN_MODIFIERS.iter().chain(SEASONS))
                .filter(|_| may)
                .find_map(|m| {
                    let b = after.as_bytes();
                    (b.len() > m.len()
                        && b[m.len()] == b' '
                        && b[..m.len()].eq_ignore_ascii_case(m.as_bytes()))
                    .then_some(m.len() + 1)
                })
                .or_else(|| anti_word(after))
            else {
                break;
            };
            after = &after[len..];
        }
        let before = text[..q.open].trim_end();
        let word_before = ascii_word_before(before, before.len());
        // `a so-called “beauty” account` names no campaign.
        let lead = before[..before.len() - word_before.len()].trim_end_matches(['-', ' ']);
        let so_called = lead.len() < before.len() - word_before.len()
            && ascii_word_before(lead, lead.len()).eq_ignore_ascii_case("so");
        // `Operation "Sky Net 2024"`: the campaign word before the quote.
        let beside = campaign_at(after)
            || kind_words_then_campaign(&text[next..])
            || cjk_campaign_at(after)
            || word_before == "Operation"
            || (NAMING_WORDS
                .iter()
                .any(|w| word_before.eq_ignore_ascii_case(w))
                && !so_called)
            || ["campaign of", "campaign to", "action to"]
                .iter()
                .any(|p| before.ends_with(p))
            // (`the second round of “Ice Hawk”`: a round is a campaign's.)
            // (Its name ends in an emblem: not the `round of “Best Police
            // Station” awards`.)
            || (before.ends_with("round of") && emblem_named(q.name))
            || drive_at(&text[next..])
            || launched_before(before)
            || (after_campaign_word(word_before) && title_cased(q.name))
            || such_as_after_campaigns(before, q.name, &text[q.close_end..])
            || (year_tagged(q.name) && ends_a_name(&text[next..]))
            || (emblem_named(q.name) && ends_an_emblem_name(&text[next..]));
        let beside = beside && !is_manner(word_before, q.name);
        let first = q.name.split_whitespace().next().unwrap_or("");
        // `“tough battle”`, `“Safe Drive”`: a slogan, unless the word
        // stands outside the quotes (`the “Clean Net” battle`).
        let strong = after_campaign_word;
        let inside = strong(last_word(q.name)) || strong(first) || cjk_campaign_inside(q.name);
        let between = &text[last_end.min(q.open)..q.open];
        let in_list = last_end > 0 && list_joiner(between);
        // (`“2” action`: a bare number names nothing; a date does, `“5.1”
        // action`.)
        let bare_number = q.name.bytes().all(|b| b.is_ascii_digit());
        if (beside || inside || in_list) && !bare_number {
            qualified[k] = true;
            last_end = q.close_end;
        }
        // `the “Clear Wind” and “Bright Moon” operations`: a plural
        // campaign word after a list qualifies the names before it too.
        if beside && plural_campaign_at(after) {
            let mut j = k;
            // (Quotes may nest: a quote that closes after the next one
            // opens joins no list with it.)
            let joined = |j: usize| {
                text.get(quotes[j - 1].close_end..quotes[j].open)
                    .is_some_and(list_joiner)
            };
            while j > 0 && !qualified[j - 1] && joined(j) {
                qualified[j - 1] = true;
                j -= 1;
            }
        }
    }
    let mut out: Vec<Mention<'a>> = Vec::new();
    let all = cores;
    all.clear();
    let mut key = String::new();
    if qualified.contains(&true) {
        // The core of each quote, end to end in `all`, and the distinct
        // cores of the qualified ones.
        let mut ends = Vec::with_capacity(quotes.len());
        let mut qualified_cores = Cores::default();
        for (k, q) in quotes.iter().enumerate() {
            core(q.name, &mut key);
            all.push_str(&key);
            ends.push(all.len());
            if qualified[k] && qualified_cores.position(&key).is_none() {
                qualified_cores.push(&key);
            }
        }
        let core_of = |k: usize| k.checked_sub(1).map_or(0, |p| ends[p])..ends[k];
        for (k, q) in quotes.iter().enumerate() {
            if qualified_cores.position(&all[core_of(k)]).is_some() {
                out.push(Mention {
                    name: q.name,
                    span: q.span,
                    core: core_of(k),
                });
            }
        }
    }
    for mut m in days.into_iter().chain(unquoted) {
        // (A described name is keyed by its length or season alone.)
        core(described_key(m.name).unwrap_or(m.name), &mut key);
        m.core = all.len()..all.len() + key.len();
        all.push_str(&key);
        out.push(m);
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// Words that name a campaign after them (`codenamed “Green Wind”`,
/// `dubbed Sky Net`).
const NAMING_WORDS: [&str; 6] = [
    "codenamed",
    "code-named",
    "code named",
    "dubbed",
    "called",
    "named",
];

/// What one pass over the tokens finds.
pub(super) struct Scan<'a> {
    /// The quoted stretches.
    pub(super) quotes: Vec<Quote>,
    /// `100-day campaign` phrases.
    pub(super) days: Vec<Mention<'a>>,
    /// Code names written without quotes.
    pub(super) unquoted: Vec<Mention<'a>>,
}

/// One pass over the tokens, stopping only at campaign and naming words
/// (by their lexicon classes), and the quotes ([`quotes_of`]).
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
pub(super) fn scan<'a>(tokens: &Tokens<'a>) -> Scan<'a> {
    let text = tokens.text();
    let bytes = text.as_bytes();
    let (mut days, mut out) = (Vec::new(), Vec::new());
    let quotes = quotes_of(tokens);
    // The words to stop at: campaign and naming words, by their classes.
    let stop = |t: &Token| {
        let starts = t.starts();
        starts.has(Class::Campaign) || starts.has(Class::Naming) || starts.has(Class::Launch)
    };
    for (k, t) in tokens.listed_where(stop) {
        if t.kind() != Kind::Word {
            continue;
        }
        let i = t.start();
        if t.starts().has(Class::Launch) {
            // `launched Sky Net 2023 on March 1`: a name without quotes.
            if let Some(span) = launch_phrase_len(text, i).and_then(|l| launched_name(text, i + l))
            {
                out.push(Mention {
                    name: &text[span.range()],
                    span,
                    core: 0..0,
                });
            }
        }
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
        let naming = ["code", "codenamed", "dubbed", "called", "named"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            .then(|| {
                ["codenamed", "code-named", "dubbed", "called", "named"]
                    .iter()
                    .find_map(|w| {
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
        // The plain `called` and `named` name people too (`a suspect
        // named Wang`, `a campaign ... called on residents`): they count
        // right after the campaign word only (`a campaign, named Blue
        // Shield`, `the crackdown, which is called Clean Sky`).
        let plain = matches!(word, "called" | "named");
        let naming = naming.filter(|_| {
            if plain {
                campaign_word_just_before(text, i)
            } else {
                campaign_word_before(text, i)
            }
        });
        let titled = || {
            let start = titled_before(text, i)?;
            // `the Spring Thunder Action 2024`: a number after it is its own.
            let after = skip_spaces(text, i + word.len(), 1);
            let digits = text[after..].bytes().take_while(u8::is_ascii_digit).count();
            let end = match digits {
                0 => i + word.len(),
                _ if text[after + digits..].starts_with(|c: char| c.is_ascii_alphanumeric()) => {
                    i + word.len()
                }
                _ => after + digits,
            };
            let end = against_tail(text, end).unwrap_or(end);
            Some(Mention {
                name: &text[start..end],
                span: Span::new(start, end),
                core: 0..0,
            })
        };
        if word == "Operation" && naming.is_none() && after_quoted_name(text, i) {
            // `“Cloud Sword-2024” Operation Hunting Fugitives ...`: the
            // word is the quoted name's, not a code name's start.
            continue;
        }
        if word == "Operation" || naming.is_some() {
            let word_len = naming.unwrap_or(word.len());
            let from = skip_spaces(text, i + word_len, 1);
            // (`code-named Guangdong's Anti-Drug Sword`: past its owner.)
            let from = naming.map_or(from, |_| past_owner(text, from));
            // (`the campaign named Li as its model`: the verb, naming a
            // person or a body.)
            let verb = |end: usize| plain && names_people_or_bodies(text, from, end);
            if let Some(end) = name_run(text, from).filter(|&end| !verb(end)) {
                let start = if naming.is_some() { from } else { i };
                out.push(Mention {
                    name: &text[start..end],
                    span: Span::new(start, end),
                    core: 0..0,
                });
            } else if naming.is_none() {
                out.extend(titled());
            }
        } else if matches!(word, "Action" | "Campaign")
            || (word == "Crackdown" && !and_titled(&text[i + word.len()..]))
        {
            // (`the Summer Security Crackdown and Rectification Action`
            // is named at its last campaign word.)
            out.extend(titled());
        } else if bytes[i].is_ascii_lowercase() && t.whole().has(Class::Campaign) {
            // `the Kunlun 2022 operation`: back over the run before.
            if let Some(start) = name_run_before(text, i) {
                let end = skip_spaces_back(text, i, 1);
                out.push(Mention {
                    name: &text[start..end],
                    span: Span::new(start, end),
                    core: 0..0,
                });
            } else if let Some(span) = emblem_run_before(text, i) {
                out.push(Mention {
                    name: &text[span.range()],
                    span,
                    core: 0..0,
                });
            } else if let Some(span) = season_may_precede(tokens, k)
                .then(|| season_campaign(text, i, word.len()))
                .flatten()
            {
                days.push(Mention {
                    name: &text[span.range()],
                    span,
                    core: 0..0,
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

/// Whether a closing quote stands before byte `at`, past spaces and at
/// most two capitalized words (`“Thunder 2024” Special Operation`).
fn after_quoted_name(text: &str, at: usize) -> bool {
    let mut end = skip_spaces_back(text, at, 1);
    for _ in 0..3 {
        let before = &text[..end];
        if before.ends_with(['”', '’', '"', '\'', '》', '」']) {
            return true;
        }
        let word = ascii_word_before(before, before.len());
        if end == at || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        end = skip_spaces_back(text, end - word.len(), 1);
    }
    false
}

/// `the Summer Night Special Campaign Against Drunk Driving`: a
/// capitalized `Against` and 1 to 4 name words after a title-case name
/// are its own, what it is against; where they end.
fn against_tail(text: &str, end: usize) -> Option<usize> {
    let at = skip_spaces(text, end, 1);
    let from = at
        .checked_add(8)
        .filter(|_| at > end && text[at..].starts_with("Against "))?;
    name_run(text, from)
}

/// `the 100-day campaign`, `a 90-day nationwide operation`, at the word
/// token `day` (`k`): digits, `-day `, then words that describe a campaign
/// ending in a campaign word ([`described_end`]).
pub(super) fn day_campaign<'a>(tokens: &Tokens<'a>, k: usize) -> Option<Mention<'a>> {
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
    // `during a 12-day crackdown`: a length no round number (planned ones
    // are: 30, 90, 100 days), after `a`, says how long a crackdown ran;
    // `the 103-day action` may name a planned one again.
    let round = text[start..at].ends_with('0');
    let article = ascii_word_before(text, skip_spaces_back(text, start, 1));
    if !round && (article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an")) {
        return None;
    }
    // `a 90-day nationwide operation`, `the 100-day special campaign`.
    let (e, _) = described_end(text, end)?;
    end = e;
    // `a 100-day campaign codenamed Operation Thunder`: the phrase only
    // describes the campaign that the code name names.
    // (A name follows: a capital or a quote, not `called on residents`.)
    let after = text[end..].trim_start_matches([',', ' ']);
    let named = NAMING_WORDS
        .iter()
        .find(|w| {
            let b = after.as_bytes();
            b.len() > w.len()
                && b[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                && !b[w.len()].is_ascii_alphanumeric()
        })
        .is_some_and(|w| {
            after[w.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_uppercase() || "\"“‘'「《".contains(c))
        });
    if named {
        return None;
    }
    Some(Mention {
        name: &text[start..end],
        span: Span::new(start, end),
        core: 0..0,
    })
}
