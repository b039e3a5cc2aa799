//! Campaign names written without quotes: runs of capitalized name words
//! after `Operation` or a naming word, before a campaign word, or in title
//! case before `Action` or `Campaign`; in lower case, a run of words that
//! ends in an emblem word (`the border shield action`).

use super::*;

/// Whether a campaign word stands within the few words before byte `at`.
pub(super) fn campaign_word_before(text: &str, at: usize) -> bool {
    const LOOK: usize = 40;
    let floor = crate::text::ceil_char(text, at.saturating_sub(LOOK));
    text[floor..at]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| !w.is_empty() && is_campaign_word(w))
}

/// Whether a campaign word ends the text before byte `at`, past a comma,
/// `also`, and `is` or `was` with a `which` or `that` before it (`the
/// campaign, which is also`, `the operation was`).
pub(super) fn campaign_word_just_before(text: &str, at: usize) -> bool {
    let mut before = text[..at].trim_end_matches([' ', ',']);
    let mut strip = |words: &[&str]| {
        let w = ascii_word_before(before, before.len());
        let found = words.iter().any(|x| w.eq_ignore_ascii_case(x));
        if found {
            before = before[..before.len() - w.len()].trim_end_matches([' ', ',']);
        }
        found
    };
    strip(&["also"]);
    if strip(&["is", "was"]) {
        strip(&["which", "that"]);
    }
    is_campaign_word(ascii_word_before(before, before.len()))
}

/// `special operations such as “A”, “B” and “C”`: whether `before` (the
/// text before a quote, trimmed) ends in `such as` after a plural
/// campaign word, the quoted `name` is capitalized, and `after` (the text
/// past its closing quote) goes on with a comma, `and` or `or`, or ends
/// the clause. Lower-case activities (`campaigns such as “door-to-door
/// visits”`) and quotes that modify a noun (`such as “Safe Home” awards`)
/// are no names. After `operations`, whose examples are code names, a
/// short lower-case name is one too: machine translations lowercase them
/// (`special operations such as “iron fist” and “clean net”`).
/// The names listed after the first join it as a list.
pub(super) fn such_as_after_campaigns(before: &str, name: &str, after: &str) -> bool {
    let rest = after.trim_start_matches(' ');
    let word = &rest[..ascii_word_len(rest)];
    let goes_on = rest.is_empty()
        || rest.starts_with([
            ',', '，', '、', '.', ';', '；', '。', '!', '?', ')', '\n', '\r',
        ])
        || ["and", "or"].contains(&word);
    if !goes_on {
        return false;
    }
    let Some(head) = before
        .len()
        .checked_sub(7)
        .filter(|&i| before.is_char_boundary(i) && before[i..].eq_ignore_ascii_case("such as"))
        .map(|i| before[..i].trim_end_matches([' ', ',']))
    else {
        return false;
    };
    // (Plural: examples of campaigns, not of whatever one campaign did.)
    let word = ascii_word_before(head, head.len());
    if !(word.ends_with('s') && is_campaign_word(word)) {
        return false;
    }
    let capitalized = name.chars().next().is_some_and(|c| {
        c.is_uppercase() || (!c.is_ascii() && c.is_alphabetic() && !c.is_lowercase())
    });
    capitalized || (word.eq_ignore_ascii_case("operations") && name.split_whitespace().count() <= 3)
}

/// Whether `word`, capitalized, ends a body's name (`Xinhe Police
/// Station`, `the Haidian Sub-bureau`): a head word of the agency lexicon
/// ([`crate::record::agency::HEADS`]), or `Company`, a firm's.
fn ends_body(word: &str) -> bool {
    let lower = || word.bytes().map(|b| b.to_ascii_lowercase());
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && (word == "Company"
            || crate::record::agency::HEADS
                .binary_search_by(|(head, ())| head.bytes().cmp(lower()))
                .is_ok())
}

/// First words of a person's name with a title (`Officer Wu`).
const PERSON_TITLES: [&str; 9] = [
    "Captain",
    "Chief",
    "Comrade",
    "Director",
    "Dr",
    "Inspector",
    "Mr",
    "Mrs",
    "Ms",
];

/// Whether the plain verb `called` or `named` before the name run
/// `text[from..end]` names people or bodies, not a campaign: the run is
/// a body's name or a titled person's, or `as`, `to`, an article, or
/// `and` with another capitalized name follows it (`the operation named
/// Wen Li to the panel`, `called Wen Li and Gao Fei up`, `named Xinhe
/// Police Station a model unit`).
pub(super) fn names_people_or_bodies(text: &str, from: usize, end: usize) -> bool {
    let name = &text[from..end];
    let first = name.split(' ').next().unwrap_or("");
    let last = name.rsplit(' ').next().unwrap_or("");
    let rest = &text[skip_spaces(text, end, 1)..];
    let word = &rest[..ascii_word_len(rest)];
    let joined = word == "and"
        && rest[word.len()..]
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_ascii_uppercase());
    ends_body(last)
        || PERSON_TITLES.contains(&first)
        || ["as", "to", "a", "an", "the"].contains(&word)
        || joined
}

/// Words that never start or continue a name: function words, and the
/// verbs of a title-case headline (`Special Operation Against Telecom
/// Fraud Achieves Results`, `Summer Operation Launched In Xuzhou`).
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "A",
    "According",
    "Achieve",
    "Achieved",
    "Achieves",
    "After",
    "Against",
    "An",
    "And",
    "As",
    "At",
    "Begins",
    "By",
    "Concluded",
    "Concludes",
    "Cracks",
    "Ends",
    "For",
    "From",
    "Held",
    "Holds",
    "In",
    "It",
    "Kicked",
    "Kicks",
    "Launch",
    "Launched",
    "Launches",
    "Nets",
    "Of",
    "On",
    "Seizes",
    "Since",
    "Started",
    "Starts",
    "The",
    "This",
    "To",
    "Wins",
    "With",
    "Yields",
];

/// A capitalized word or a number (`Jufeng`, `3`, `2021-4`).
pub(super) fn name_word(w: &str) -> bool {
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    (first.is_ascii_uppercase() && !NOT_NAME_WORDS.contains(&w)) || first.is_ascii_digit()
}

/// The end of a run of 1 to 4 name words at `from`, led by a capitalized one.
pub(super) fn name_run(text: &str, from: usize) -> Option<usize> {
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

/// Where a code name at `from` starts past a capitalized owner with its
/// possessive (`Guangdong's Anti-Drug Sword`: the province runs the
/// campaign, whose name follows), if a capitalized word follows it; else
/// `from`.
pub(super) fn past_owner(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let after = ["'s ", "’s "]
        .iter()
        .find_map(|p| rest[len..].strip_prefix(p));
    match after {
        Some(next)
            if len > 1
                && rest.starts_with(|c: char| c.is_ascii_uppercase())
                && next.starts_with(|c: char| c.is_ascii_uppercase()) =>
        {
            text.len() - next.len()
        }
        _ => from,
    }
}

/// The start of a run of 1 to 4 name words ending just before `at` (a
/// campaign word), holding a number, led by a capitalized word.
pub(super) fn name_run_before(text: &str, at: usize) -> Option<usize> {
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

/// The length of the launch phrase at byte `at` (a word start) that a
/// campaign's name may follow: `launched`, `kicked off`, `the launch of`
/// (`launch` only with its `of`).
pub(super) fn launch_phrase_len(text: &str, at: usize) -> Option<usize> {
    if at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric() {
        return None;
    }
    let rest = &text[at..];
    let len = launch_word_at(rest)?;
    if rest
        .as_bytes()
        .get(len)
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    if !rest[..len].eq_ignore_ascii_case("launch") {
        return Some(len);
    }
    let of = skip_spaces(text, at + len, 1);
    let word = &text[of..];
    (of > at + len && word[..ascii_word_len(word)].eq_ignore_ascii_case("of"))
        .then_some(of + 2 - at)
}

/// `launched Sky Net 2023 on March 1`, `since the launch of Fox Hunt 2024
/// in January`: a run of capitalized name words right after a launch
/// phrase ending at `from` (past a `the`), that closes on a year, as code
/// names do. A capitalized phrase with a year elsewhere names no campaign,
/// nor does a date (`launched June 2024`).
pub(super) fn launched_name(text: &str, from: usize) -> Option<Span> {
    let mut start = skip_spaces(text, from, 1);
    if start == from {
        return None;
    }
    let first = &text[start..];
    if first[..ascii_word_len(first)].eq_ignore_ascii_case("the") {
        let next = skip_spaces(text, start + 3, 1);
        if next == start + 3 {
            return None;
        }
        start = next;
    }
    let rest = &text[start..];
    let head = &rest[..ascii_word_len(rest)];
    if head == "Operation" {
        return None;
    }
    // (The date grammar, the dearer test, only for a run of names.)
    let end = name_run(text, start)?;
    if date_phrase(rest).is_ok() {
        return None;
    }
    let name = &text[start..end];
    // (Trimmed, not `rfind(..) + 1`: the char before the digits may be
    // wider than a byte.)
    let year_at = name.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let year = &name[year_at..];
    let is_year = year.len() == 4
        && year
            .parse::<u16>()
            .is_ok_and(|y| (1990..=2100).contains(&y));
    // A word before the year, not a number (`Unit 3 2024`).
    let words = name[..year_at].trim_end_matches([' ', '-']);
    let worded = words
        .split([' ', '-'])
        .any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && !words.ends_with(|c: char| c.is_ascii_digit());
    (is_year && worded).then(|| Span::new(start, end))
}

/// `the Hundred Days Action`, `the Summer Security Operation`: where a run
/// of 1 to [`MAX_TITLED_NAMES`] capitalized name words (one `and` between
/// two of them allowed) ends right before the capitalized
/// campaign word at `at`, after a lowercase `the`, and no capitalized word
/// follows it (a headline in title case names no campaign by its case).
pub(super) fn titled_before(text: &str, at: usize) -> Option<usize> {
    let after = &text[at..];
    let word_end = at
        + after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
    let next = skip_spaces(text, word_end, 1);
    // A headline in title case goes on past the word, unless a word that
    // never continues a name ends it (`Summer Action Launched In ...`).
    let next_word = &text[next..];
    let next_word = &next_word[..ascii_word_len(next_word)];
    if next > word_end
        && next_word.starts_with(|c: char| c.is_ascii_uppercase())
        && name_word(next_word)
    {
        return None;
    }
    let mut end = skip_spaces_back(text, at, 1);
    if end == at {
        return None;
    }
    // Name words read, and whether an `and` was read.
    let (mut names, mut joined) = (0, false);
    for _ in 0..TITLED_WORDS {
        let w_start = text.as_bytes()[..end]
            .iter()
            .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
            .map_or(0, |p| p + 1);
        let w = &text[w_start..end];
        // `the Summer Public Security Crackdown and Rectification Action`:
        // one lowercase `and` between name words.
        let and = w == "and" && names > 0 && !joined;
        if w.is_empty() || !(and || name_word(w)) || (!and && names == MAX_TITLED_NAMES) {
            break;
        }
        let back = skip_spaces_back(text, w_start, 1);
        if back == w_start {
            return None;
        }
        end = back;
        joined |= and;
        names += usize::from(!and);
        if !and && the_before(text, end) {
            return Some(w_start);
        }
    }
    None
}

/// The most words [`titled_before`] reads back from a campaign word: its
/// name words and one `and`.
const TITLED_WORDS: usize = MAX_TITLED_NAMES + 1;

/// The most name words of a title-case name before its campaign word
/// (`Summer Public Security Crackdown and Rectification`: five), a
/// single name word of it before `and`.
const MAX_TITLED_NAMES: usize = 6;

/// Whether `the` ends `text[..end]`, perhaps with one lowercase word
/// after it (`the nationwide`, `the province-wide`), or `The` opens the
/// sentence there.
fn the_before(text: &str, end: usize) -> bool {
    let word = ascii_word_before(text, end);
    if word == "the" {
        return true;
    }
    if word == "The" {
        let back = end - word.len();
        // A sentence's first word, not a headline's title case.
        let before = text[..back].trim_end_matches(' ');
        return before.is_empty() || before.ends_with(['.', '\n', ':', ';']);
    }
    // `launched a Hundred-Day Campaign`: a launch word names the one it
    // launches, with `a`.
    if word == "a" || word == "an" {
        let lead = text[..end - word.len()].trim_end_matches(' ');
        return LAUNCH_WORDS.iter().any(|&(phrase, ())| {
            let cut = lead.len().checked_sub(phrase.len());
            cut.is_some_and(|cut| {
                lead.as_bytes()[cut..].eq_ignore_ascii_case(phrase.as_bytes())
                    && !lead.as_bytes()[..cut]
                        .last()
                        .is_some_and(u8::is_ascii_alphabetic)
            })
        });
    }
    // One lowercase word, perhaps hyphenated, between `the` and the name.
    let start = text.as_bytes()[..end]
        .iter()
        .rposition(|&b| !(b.is_ascii_lowercase() || b == b'-'))
        .map_or(0, |p| p + 1);
    let lead = skip_spaces_back(text, start, 1);
    start < end && lead < start && ascii_word_before(text, lead).eq_ignore_ascii_case("the")
}

/// Words of the emblems campaigns are named after (`Border Shield`, `Sky
/// Net`, `Thunder`): before a lowercase campaign word they make a name
/// without quotes or capitals. Sorted.
pub(super) const EMBLEM_WORDS: &[&str] = &[
    "blade",
    "breeze",
    "eagle",
    "falcon",
    "fist",
    "hawk",
    "hunt",
    "lightning",
    "net",
    "shield",
    "spear",
    "storm",
    "sword",
    "thunder",
    "thunderbolt",
];

/// [`is_emblem`], ignoring ASCII case (`Thunder`).
fn is_emblem_ci(w: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(is_emblem)
}

/// Whether `w` is one of [`EMBLEM_WORDS`], told from most words by its
/// first letter and length before its bytes are compared.
fn is_emblem(w: &str) -> bool {
    let first = w.as_bytes().first();
    EMBLEM_WORDS
        .iter()
        .any(|e| e.as_bytes().first() == first && e.len() == w.len() && *e == w)
}

/// `“Bright Sword”`, `“2016 country sword”`: a quoted name of two to
/// four words that ends in an emblem word is a code name with no campaign
/// word beside it, when it is in title case or carries a number (a
/// lowercase pair, `“safety net”`, is a phrase).
pub(super) fn emblem_named(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (2..=4).contains(&words)
        && is_emblem_ci(last_word(name))
        && (title_cased(name) || name.contains(|c: char| c.is_ascii_digit()))
}

/// Whether `after` (the text after an [`emblem_named`] quote) lets it
/// stand alone as a name: a word of [`ends_a_name`] follows (`and`, a
/// launch word), or `against` what it fights (`“Bright Sword” against
/// counterfeiting`); not a noun it names (`the “Iron Shield” plan`), nor
/// a stop alone (a quote given as an example of something).
pub(super) fn ends_an_emblem_name(after: &str) -> bool {
    let word = &after[..ascii_word_len(after)];
    !word.is_empty() && (ends_a_name(after) || word.eq_ignore_ascii_case("against"))
}

/// `the border shield action`, `the sky net special campaign`: the span of
/// a run of 1 to 3 lowercase words between `the` and the campaign word at
/// `at` (past a `special` before it), whose last word is an emblem.
pub(super) fn emblem_run_before(text: &str, at: usize) -> Option<Span> {
    let mut end = skip_spaces_back(text, at, 1);
    if end == at {
        return None;
    }
    if text[..end].ends_with(" special") {
        end = skip_spaces_back(text, end - "special".len(), 1);
    }
    let name_end = end;
    let mut start = None;
    for k in 0..3 {
        let w_start = text.as_bytes()[..end]
            .iter()
            .rposition(|&b| !b.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        let w = &text[w_start..end];
        // (`the Spring Breeze action`: capitalized as well, when every
        // word is; the emblem is compared in lower case.)
        let lower = w.bytes().all(|b| b.is_ascii_lowercase());
        let title = w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        if w.is_empty() || !(lower || title) || (k == 0 && !is_emblem_ci(w)) {
            return None;
        }
        let back = skip_spaces_back(text, w_start, 1);
        if back == w_start {
            return None;
        }
        // (`close the net action`: one lowercase emblem word alone is the
        // common noun, no name.)
        if k == 0 && lower && ascii_word_before(text, back).eq_ignore_ascii_case("the") {
            return None;
        }
        if ascii_word_before(text, back).eq_ignore_ascii_case("the") {
            start = Some(w_start);
            break;
        }
        end = back;
    }
    start.map(|s| Span::new(s, name_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emblems_are_the_table() {
        for w in [
            "shield",
            "net",
            "thunderbolt",
            "thunder",
            "shields",
            "Net",
            "",
            "s",
            "public",
        ] {
            assert_eq!(
                is_emblem(w),
                EMBLEM_WORDS.binary_search(&w).is_ok(),
                "{w:?}"
            );
        }
    }
}
