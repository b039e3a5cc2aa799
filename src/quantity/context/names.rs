//! Names, ages and idioms: a number inside a name (`Voyager 2`), a
//! person's age in commas, and `one` as a pronoun.

use super::{noun_after, skip_spaces, skip_spaces_back, Around};
use crate::lex::{Class, Classes, Lexicon};
use crate::quantity::figure::Core;
use crate::quantity::number::Script;
use crate::quantity::scan::Scanner;
use crate::quantity::words::QUALIFIER_BEFORE;
use crate::quantity::{rules, Decimal};
use crate::text::lexicon::{MONTHS, NOUN_STOP, ONE_IDIOM_AFTER, ONE_IDIOM_BEFORE};
use crate::text::{ascii_word_before, char_before};

impl Scanner<'_, '_> {
    /// A number that is part of a name: `Voyager 2`, `Jufeng 3`, `Model i7
    /// 860`, `a Boeing 737 jet`. The word before is capitalized (or a code
    /// with digits), and no counted noun follows, or only a singular one.
    /// (The reject on the number, which most meet, is inline at the call;
    /// the words around are read out of line.)
    #[inline(always)]
    pub(crate) fn is_in_name(&self, start: usize, head_end: usize, core: &Core<'_>) -> bool {
        let short = core
            .amount
            .digits
            .is_some_and(|d| d.plain && d.int_digits <= 4);
        short
            && core.unit.is_none()
            && core.currency.is_none()
            && core.qualifier.is_none()
            && core.max.is_none()
            && core.counter.is_none()
            && self.is_in_name_around(start, head_end, core)
    }

    /// [`Scanner::is_in_name`] past its reject on the number.
    #[inline(never)]
    fn is_in_name_around(&self, start: usize, head_end: usize, core: &Core<'_>) -> bool {
        let text = self.text;
        let before = skip_spaces_back(text, start, 1);
        if before == start {
            return false;
        }
        // `i7 860`: a code with digits right before.
        if char_before(text, before).is_some_and(|c| c.is_ascii_digit()) {
            // Looks back at most 9 bytes: a model code is short.
            let code = text.as_bytes()[..before]
                .iter()
                .rev()
                .take(9)
                .take_while(|b| b.is_ascii_alphanumeric());
            let (len, letters) = code.fold((0, false), |(n, l), b| {
                (n + 1, l || b.is_ascii_alphabetic())
            });
            return letters && len <= 8;
        }
        if text[head_end..].starts_with('-') {
            return false;
        }
        let word = ascii_word_before(text, before);
        // `12 Type 64 pistols`, `an iPhone 15`: a model word or a brand
        // written in camel case names the model even before a plural noun.
        if MODEL_WORDS.contains(&word) || is_camel_brand(word) {
            return true;
        }
        let at = before - word.len();
        let capitalized = word.len() >= 2
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.bytes().skip(1).any(|b| b.is_ascii_lowercase());
        let named = capitalized
            && !is_function_word(&self.around, at, word.len())
            && !self.around.is_whole(at, word.len(), MONTHS);
        // A noun after it counts the number, unless it is singular after a
        // number above one: `a Boeing 737 jet`, `the Apollo 11 mission`.
        named
            && match noun_after(&self.around, head_end) {
                // `Solved 80 and 60 cases`, `Caught 25, 17 and 9
                // suspects`: a count joined to the next one opens a list.
                // (`Knives 15, bullets 120 rounds`: nor after a plural, the
                // machine-translated order of a thing and its number, an
                // item of a list; `Windows 10 and` stays a name.)
                None => {
                    let item = is_regular_plural(word)
                        && text[head_end..].starts_with([',', ';', '，', '、', '；']);
                    !opens_count_list(&text[head_end..])
                        && !joined_plural(&text[head_end..])
                        && !item
                        && (!title_plural(&text[head_end..]) || year_like(core))
                }
                Some(noun) => {
                    let more_than_one = core.amount.value.is_some_and(|v| v > Decimal::from_u64(1));
                    more_than_one
                        && !is_plural_phrase(noun)
                        && !joined_plural(&text[head_end..])
                        && text[..start].ends_with(' ')
                }
            }
    }

    /// `the eight archduke mountain police station`, `Three Rivers
    /// village`, `nine dragon county`: a number word above one, then one to
    /// three name words, then a singular place head, is part of the place's
    /// name (a translation keeps the number of `八大山派出所`, `三河村`).
    /// Not a count of places (`three villages`, `two border villages`), nor
    /// of what a place names (`three key road sections`). (The reject on
    /// the number, which most meet, is inline at the call.)
    #[inline(always)]
    pub(crate) fn is_place_name(&self, head_end: usize, core: &Core<'_>) -> bool {
        core.amount.script == Script::Words
            && !core.amount.scaled
            && core.unit.is_none()
            && core.currency.is_none()
            && core.max.is_none()
            && core.counter.is_none()
            && core.amount.value.is_some_and(|v| v > Decimal::from_u64(1))
            && self.is_place_name_around(head_end)
    }

    /// [`Scanner::is_place_name`] past its reject on the number.
    #[inline(never)]
    fn is_place_name_around(&self, head_end: usize) -> bool {
        let text = self.text;
        let word_at = |j: usize| {
            let len = text.as_bytes()[j..]
                .iter()
                .take(24)
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            &text[j..j + len]
        };
        // (A name word is no verb, and no counted noun but right before
        // the head, `police station`: `two men beside Xinhua Road`, `three
        // suspects fled town` count men and suspects.)
        let classes = |j: usize, len: usize| {
            let (_, token) = self.around.word_at(j);
            token
                .filter(|t| t.end() == j + len)
                .map_or(Classes::NONE, |t| t.whole())
        };
        let mut noun_before = false;
        // (Name words share one case, all capitalized or all lowercase:
        // `Seven Bends`, `eight archduke mountain`; `men beside Xinhua`
        // mixes them.)
        let mut capitalized = None;
        let mut i = head_end;
        for k in 0..4 {
            let j = skip_spaces(text, i, 1);
            let word = word_at(j);
            if j == i || word.is_empty() {
                return false;
            }
            let head = k > 0 && PLACE_HEADS.iter().any(|h| word.eq_ignore_ascii_case(h));
            if noun_before && !head {
                return false;
            }
            let class = classes(j, word.len());
            if class.has(Class::Verb) {
                return false;
            }
            noun_before = class.has(Class::Noun);
            if !head {
                let cap = word.starts_with(|c: char| c.is_ascii_uppercase());
                if *capitalized.get_or_insert(cap) != cap {
                    return false;
                }
            }
            if head {
                let n = skip_spaces(text, j + word.len(), 1);
                let next = word_at(n);
                return !(n > j + word.len()
                    && is_regular_plural(next)
                    && next.starts_with(|c: char| c.is_ascii_lowercase()));
            }
            if is_function_word(&self.around, j, word.len()) {
                return false;
            }
            i = j + word.len();
        }
        false
    }

    /// `one of`, `no one`, `one-stop`: the word one as a pronoun or idiom.
    pub(crate) fn is_idiom(&self, start: usize, head_end: usize, core: &Core<'_>) -> bool {
        let text = self.text;
        if core.amount.script != Script::Words
            || core.amount.scaled
            || core.unit.is_some()
            || core.currency.is_some()
        {
            return false;
        }
        if is_list_lead(text, start, head_end) || names_the_sessions(text, head_end) {
            return true;
        }
        // `zero tolerance`, `zero-sum`: an idiom, not a count of none.
        if core.amount.value == Some(Decimal::ZERO) {
            return rules::zero_idiom(&text[head_end..]).is_ok();
        }
        if core.amount.value != Some(Decimal::from_u64(1)) {
            return false;
        }
        let n = skip_spaces(text, head_end, 2);
        if n > head_end && self.around.prefix(n, ONE_IDIOM_AFTER).is_some() {
            return true;
        }
        if one_after_another(&text[head_end..]) {
            return true;
        }
        // `rose to one.`, `just one,`: after these words `one` is a count.
        let b = skip_spaces_back(text, start, 2);
        let prev = ascii_word_before(text, b);
        let counted = b < start
            && [
                "to", "by", "from", "than", "just", "only", "of", "least", "most",
            ]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w));
        if !counted && rules::one_is_pronoun(&text[head_end..]) {
            return true;
        }
        let b = skip_spaces_back(text, start, 2);
        let prev = ascii_word_before(text, b);
        b < start
            && self
                .around
                .is_whole(b - prev.len(), prev.len(), ONE_IDIOM_BEFORE)
    }
}

/// `One is strike. Two is prevention.`: machine translation's 一是 ... 二是,
/// a capitalized number word opening a line or a sentence before `is`,
/// numbers the points of a list; it counts nothing.
fn is_list_lead(text: &str, start: usize, head_end: usize) -> bool {
    let capital = text[start..].starts_with(|c: char| c.is_ascii_uppercase());
    if !capital || !text[head_end..].starts_with(" is ") {
        return false;
    }
    let lead = text[..start].trim_end_matches([' ', '\t']);
    lead.is_empty() || lead.ends_with(['\n', '.', '。', ';', '；', ':', '：'])
}

/// `the Two Sessions` (两会): the number word of the yearly congress's name.
fn names_the_sessions(text: &str, head_end: usize) -> bool {
    text[head_end..].starts_with(" Sessions")
}

/// Capitalized words that name a model by the number after them (`Type
/// 64`, `Model 3`, `Series 7`). Only capitalized: `this type, 15 phones`
/// counts.
const MODEL_WORDS: [&str; 3] = ["Model", "Series", "Type"];

/// `iPhone`, `iPad`, `eBay`: a brand written in camel case, a lowercase
/// letter then a capital then lowercase letters. No ordinary word is.
fn is_camel_brand(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_lowercase()
        && b[1].is_ascii_uppercase()
        && b[2..].iter().any(u8::is_ascii_lowercase)
}

/// `6·26`, `12·4`: digits joined by a middle dot name a day (the anti-drug
/// day, a case named after its date), not two counts.
pub(crate) fn is_dot_code(text: &str, start: usize, head_end: usize) -> bool {
    const DOTS: [char; 2] = ['·', '・'];
    let digit_after = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    let digit_before = |s: &str| s.ends_with(|c: char| c.is_ascii_digit());
    let after = text[head_end..].strip_prefix(DOTS).is_some_and(digit_after);
    let before = text[..start].strip_suffix(DOTS).is_some_and(digit_before);
    after || before
}

/// `[1] Xinhua, July 1`, `[2] Legal Daily`: a number in square brackets
/// opening its line marks a note or a source in a list, no count.
pub(crate) fn is_note_mark(text: &str, start: usize, head_end: usize) -> bool {
    let Some(lead) = text[..start].strip_suffix('[') else {
        return false;
    };
    let lead = lead.trim_end_matches([' ', '\t']);
    (lead.is_empty() || lead.ends_with('\n')) && text[head_end..].starts_with(']')
}

/// `surnamed Zhang, 21, was`: a small number set off by commas right after
/// a name is the person's age.
pub(crate) fn is_age_apposition(
    a: &Around<'_, '_>,
    start: usize,
    head_end: usize,
    core: &Core<'_>,
) -> bool {
    let text = a.text;
    let small = core
        .amount
        .digits
        .is_some_and(|d| d.plain && d.int_digits <= 3)
        && core
            .amount
            .value
            .is_some_and(|v| v <= Decimal::from_u64(120));
    if !small || core.qualifier.is_some() || core.currency.is_some() {
        return false;
    }
    let b = skip_spaces_back(text, start, 1);
    // `Wang, 37,` or `Li Ming (45)`.
    let bracket = text[..b].ends_with('(');
    if !(text[..b].ends_with(',') || bracket) {
        return false;
    }
    let name_end = skip_spaces_back(text, b - 1, 1);
    let name = ascii_word_before(text, name_end);
    let after = &text[head_end..];
    let closes = if bracket {
        after.starts_with(')')
    } else {
        after.starts_with([',', ')', ';'])
            || (after.starts_with('.')
                && after[1..].chars().next().map_or(true, char::is_whitespace))
            // `the ringleader, 47 and his wife`: only a person noun before,
            // at an adult's age (`Changsha, 35 and 40 cases` lists counts).
            || (after.starts_with(" and ")
                && PERSON_NOUNS.contains(&name)
                && core
                    .amount
                    .value
                    .is_some_and(|v| v >= Decimal::from_u64(14) && v <= Decimal::from_u64(99)))
    };
    // `the suspect, 35,`, `his wife, 32,`: a person named by a noun.
    let person = PERSON_NOUNS.contains(&name);
    closes
        && (person
            || (name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.bytes().skip(1).all(|c| c.is_ascii_lowercase())
                && name.len() >= 2
                && !a.is_whole(name_end - name.len(), name.len(), MONTHS)))
}

/// One person named by a singular noun, whose age may follow in commas.
const PERSON_NOUNS: &[&str] = &[
    "accomplice",
    "boss",
    "boy",
    "brother",
    "culprit",
    "daughter",
    "defendant",
    "driver",
    "father",
    "fugitive",
    "girl",
    "husband",
    "kingpin",
    "leader",
    "man",
    "mastermind",
    "mother",
    "offender",
    "owner",
    "perpetrator",
    "resident",
    "ringleader",
    "sister",
    "son",
    "student",
    "suspect",
    "victim",
    "villager",
    "wife",
    "woman",
    "worker",
];

/// Whether the text after a number joins it to another number (`and 60`,
/// `, 17`): the first of a list of counts, not a name (`Voyager 2`).
fn opens_count_list(after: &str) -> bool {
    let rest = after
        .strip_prefix(" and ")
        .or_else(|| after.strip_prefix(", "))
        .or_else(|| after.strip_prefix(","));
    rest.is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// `Destroyed 11 evil and criminal gangs`: a singular word after the
/// number, then `and` or `or` and a plural within the next few words, is
/// one side of a pair the plural ends: the number counts it, no name.
fn joined_plural(after: &str) -> bool {
    let mut words = after
        .split([' ', ',', '.', ';', ':'])
        .filter(|w| !w.is_empty())
        .take(6)
        .take_while(|w| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'));
    let joined = words
        .by_ref()
        .take(3)
        .skip(1)
        .any(|w| w == "and" || w == "or");
    // (`the Tiangong 2 station and its docks`: a determiner after `and`
    // opens another noun phrase.)
    let determiner = ["a", "an", "its", "his", "her", "the", "their"];
    joined
        && words.next().is_some_and(|w| {
            !determiner.contains(&w) && (is_regular_plural(w) || words.any(is_regular_plural))
        })
}

/// A capitalized function word (`In 5`, `About 30`) starts a sentence, not a name.
/// (The first two tables are asked of one token lookup.)
pub(super) fn is_function_word(a: &Around<'_, '_>, at: usize, len: usize) -> bool {
    a.is_whole_in(at, len, NOUN_STOP, FUNCTION_WORDS) || a.is_whole(at, len, QUALIFIER_BEFORE)
}

/// Plurals that do not end in `s`: `Rescued 8 women`, `Detained 45
/// people` count people, where a capitalized sentence-opening verb looked
/// like a name (`Voyager 2`).
const IRREGULAR_PLURALS: &[&str] = &[
    "cattle",
    "children",
    "crew",
    "fish",
    "folk",
    "geese",
    "livestock",
    "men",
    "people",
    "personnel",
    "police",
    "poultry",
    "sheep",
    "staff",
    "women",
    "youth",
];

/// `one after another`, `One hypothesis after another`, `one raid
/// after another`: a succession, no count of one. At most two words (no
/// marks) between `one` and `after another`; only the bytes of five words
/// are read.
fn one_after_another(rest: &str) -> bool {
    let mut words = rest.split([' ', '\t']).filter(|w| !w.is_empty()).take(4);
    for _ in 0..3 {
        match words.next() {
            Some(w) if w.eq_ignore_ascii_case("after") => {
                return words.next().is_some_and(|n| {
                    n.trim_end_matches([',', '.', ';'])
                        .eq_ignore_ascii_case("another")
                });
            }
            Some(w) if w.bytes().all(|b| b.is_ascii_alphabetic()) => {}
            Some(_) | None => return false,
        }
    }
    false
}

/// Whether a counted noun phrase names more than one thing: one of its
/// words is a plural (`suspects involved`, `abducted women`), not only its
/// last (`a Boeing 737 jet` has none).
fn is_plural_phrase(noun: &str) -> bool {
    noun.split(' ').any(is_plural_word)
}

/// A plural, regular (`officers`) or not (`people`, `women`), in any case.
pub(super) fn is_plural_word(w: &str) -> bool {
    is_regular_plural(w) || IRREGULAR_PLURALS.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// `Police Arrest 317 Suspects`, `Bust 45 Gangs`: a headline in title
/// case counts a capitalized plural after the number (a name takes a
/// singular: `Apollo 11 Mission`). The first word of `rest`, past a space.
fn title_plural(rest: &str) -> bool {
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..end];
    word.starts_with(|c: char| c.is_ascii_uppercase()) && is_plural_word(word)
}

/// A four-digit number a year could be (`Beijing 2022 Olympics`).
fn year_like(core: &Core<'_>) -> bool {
    core.amount.digits.is_some_and(|d| d.int_digits == 4)
        && core
            .amount
            .value
            .is_some_and(|v| v >= Decimal::from_u64(1900) && v <= Decimal::from_u64(2100))
}

/// `officers`, `vehicles`; not `class`, `bus`, `analysis`.
pub(super) fn is_regular_plural(w: &str) -> bool {
    w.len() > 2
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
}

/// The singular heads of place names ([`Scanner::is_place_name`]).
const PLACE_HEADS: [&str; 10] = [
    "avenue", "bridge", "county", "lane", "road", "station", "street", "town", "township",
    "village",
];

/// Capitalized words that open a clause before a number, beyond [`NOUN_STOP`].
pub(crate) const FUNCTION_WORDS: &Lexicon<()> = &Lexicon::new(
    Class::FunctionWord,
    &[
        ("altogether", ()),
        ("another", ()),
        ("arrested", ()),
        ("of", ()),
        ("on", ()),
        ("seized", ()),
        ("the", ()),
        ("to", ()),
        ("total", ()),
        ("with", ()),
    ],
);

#[cfg(test)]
mod tests {
    use insta::assert_snapshot;

    use crate::quantity::tests::p;

    #[test]
    fn a_model_number_is_no_count() {
        assert_snapshot!(p("Police seized 12 Type 64 pistols and an iPhone 15; a Model 3 car burned."), @"12 = 12 Exact");
        // Ordinary counts stay: the type in lowercase, a count after a comma.
        assert_snapshot!(p("Police seized 15 phones. Of this type 3 cases were filed; by Type, 4 were thefts."), @"
        15 = 15 Exact (phones)
        3 = 3 Exact (cases)
        4 = 4 Exact
        ");
    }

    #[test]
    fn a_plural_before_a_number_is_no_name() {
        // Machine-translated order: the thing, then its number.
        assert_snapshot!(p("Knives 15, bullets 120 rounds were seized."), @"
        15 = 15 Exact
        120 = 120 Exact (rounds)
        ");
        // A singular name keeps its number.
        assert_snapshot!(p("The Apollo 11 mission."), @"(none)");
    }

    #[test]
    fn a_number_word_in_a_place_name() {
        assert_snapshot!(p("Officers of the nine peaks hill police station detained 4 suspects."), @"4 = 4 Exact (suspects)");
        assert_snapshot!(p("The Five Willows village committee settled 6 disputes."), @"6 = 6 Exact (disputes)");
        assert_snapshot!(p("Police on Seven Bends Road stopped 30 cars."), @"30 = 30 Exact (cars)");
        // A count of places, or of what a place word names, stays one.
        assert_snapshot!(p("Patrols covered three border villages and two police stations."), @"
        three = 3 Exact (border villages)
        two = 2 Exact (police stations)
        ");
        assert_snapshot!(p("Crews repaired three key road sections."), @"three = 3 Exact (key road sections)");
        assert_snapshot!(p("Teams visited four villages on the county road."), @"four = 4 Exact (villages)");
        // Counted nouns and verbs are no name words.
        assert_snapshot!(p("Police held three women near Jiefang Road and took two vans."), @r"
        three = 3 Exact (women)
        two = 2 Exact (vans)
        ");
        assert_snapshot!(p("Six guards watched Yanhe Bridge all night."), @"Six = 6 Exact (guards watched)");
        assert_snapshot!(p("The four robbers left town by bus."), @"four = 4 Exact (robbers left town)");
    }

    #[test]
    fn a_middle_dot_date_code() {
        assert_snapshot!(p("On the 6·26 day, 40 posters went up; the 3・15 case closed."), @"40 = 40 Exact (posters)");
        // Spaced, the dot is a separator between counts.
        assert_snapshot!(p("Seized: 12 · 4 boxes"), @"
        12 = 12 Exact
        4 = 4 Exact (boxes)
        ");
    }

    #[test]
    fn a_list_lead_and_the_sessions_count_nothing() {
        assert_snapshot!(p("One is strike. The station solved 34 cases. Two is prevention."), @"34 = 34 Exact (cases)");
        assert_snapshot!(p("Security for the Two Sessions took 500 officers."), @"500 = 500 Exact (officers)");
        // A number word in a sentence, or before another verb, still counts.
        assert_snapshot!(p("Two suspects fled; of them one is still at large."), @"
        Two = 2 Exact (suspects fled)
        one = 1 Exact
        ");
    }
}
